// The only module that re-executes evalgate. A process's exec environment (what /proc/<pid>/environ
// shows) is fixed at execve: deleting a variable from process.env later does not change it, and any
// process of the same user (the harness, which is untrusted PR code) can read it. So when a secret
// is in the environment at start-up, evalgate re-executes itself (same pid, process.execve, Node >=
// 22.15 / 23.11) with an environment without it, and hands the secrets over through a 0600 file in
// a fresh 0700 directory that the re-executed image reads and removes before it does anything else:
// by the time the first harness process exists, neither the environ of any evalgate process nor the
// file holds a secret. The secrets are back in process.env (libc's copy, invisible in /proc), so
// every reader (@actions/core, the inputs, the holdout) works unchanged.
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * Variables whose values are secrets evalgate itself may need but no other process of the job
 * should read from evalgate's environ: the holdout key (action input and CLI variable), the job
 * token (action input and the conventional variable), and the runner's own tokens.
 */
export const SECRET_VARIABLES: readonly string[] = [
  'INPUT_HOLDOUT-KEY',
  'INPUT_GITHUB-TOKEN',
  'EVALGATE_HOLDOUT_KEY',
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
];

/** Variable naming the hand-over file in the re-executed image's environment (the path only). */
export const HANDOFF_VAR = 'EVALGATE_SECRET_HANDOFF';
const DIR_PREFIX = 'evalgate-secrets-';
const FILE_NAME = 'secrets';

/** What start-up did about secrets in the exec environment. */
export type ExecEnvState =
  /** No secret was in the environment: nothing to do. */
  | { kind: 'clean' }
  /** Re-executed without them; `ms` is the cost (from just before execve to the hand-over read). */
  | { kind: 'reexecuted'; names: string[]; ms: number }
  /** Secrets stay readable in this process's environ (no process.execve, or it failed): warn. */
  | { kind: 'exposed'; names: string[]; why: string };

/** An unusable hand-over: evalgate must stop rather than run without the secrets it was given. */
export class HandoffError extends Error {
  override name = 'HandoffError';
}

function handoffBase(): string {
  // /dev/shm is memory-backed: the secrets never reach a disk, even for the milliseconds they are there.
  try {
    if (statSync('/dev/shm').isDirectory()) {
      accessSync('/dev/shm', constants.W_OK | constants.X_OK);
      return '/dev/shm';
    }
  } catch {
    // not on this machine, or not writable: the temporary directory does.
  }
  return tmpdir();
}

function readHandoff(file: string): { secrets: Record<string, string>; t: number } {
  const dir = dirname(file);
  const uid = typeof process.getuid === 'function' ? process.getuid() : -1;
  // Only a file shaped as evalgate writes it is read and removed: the variable comes from the
  // environment, and a crafted path must not make evalgate read or unlink an arbitrary file.
  if (basename(file) !== FILE_NAME || !basename(dir).startsWith(DIR_PREFIX)) {
    throw new HandoffError(`${HANDOFF_VAR} is "${file}", not a hand-over file evalgate writes (expected <dir>/${DIR_PREFIX}XXXXXX/${FILE_NAME}); unset it`);
  }
  const d = lstatSync(dir);
  const f = lstatSync(file);
  const own = (s: { uid: number; mode: number }) => (uid < 0 || s.uid === uid) && (s.mode & 0o077) === 0;
  if (!d.isDirectory() || !f.isFile() || !own(d) || !own(f)) {
    throw new HandoffError(`${HANDOFF_VAR} names ${file}, which is not a private file of this user in a private directory (expected mode 0600 in a 0700 directory)`);
  }
  const text = readFileSync(file, 'utf8');
  unlinkSync(file);
  rmdirSync(dir);
  const doc = JSON.parse(text) as { secrets?: unknown; t?: unknown };
  if (typeof doc.secrets !== 'object' || doc.secrets === null || typeof doc.t !== 'number') throw new HandoffError(`${file} is not an evalgate secret hand-over`);
  return { secrets: doc.secrets as Record<string, string>, t: doc.t };
}

/**
 * Called first thing by each entry point. In the re-executed image: restores the handed-over
 * secrets into process.env and removes the file. Otherwise, when a secret variable is set:
 * re-executes without it (this call then never returns) or, where Node cannot, reports it exposed.
 * Throws HandoffError when a hand-over is named but unusable.
 */
export function leaveSecretsOutOfEnviron(env: NodeJS.ProcessEnv = process.env): ExecEnvState {
  const handoff = env[HANDOFF_VAR];
  if (handoff !== undefined) {
    delete env[HANDOFF_VAR];
    let read: { secrets: Record<string, string>; t: number };
    try {
      read = readHandoff(handoff);
    } catch (err) {
      if (err instanceof HandoffError) throw err;
      throw new HandoffError(`could not read the secrets evalgate handed to itself at ${handoff}: ${(err as Error).message}`);
    }
    for (const [k, v] of Object.entries(read.secrets)) if (SECRET_VARIABLES.includes(k) && typeof v === 'string') env[k] = v;
    return { kind: 'reexecuted', names: Object.keys(read.secrets), ms: Math.max(0, Date.now() - read.t) };
  }
  const names = SECRET_VARIABLES.filter((n) => env[n] !== undefined);
  if (names.length === 0) return { kind: 'clean' };
  const execve = (process as unknown as { execve?: (file: string, args: string[], env: Record<string, string>) => never }).execve;
  if (typeof execve !== 'function') return { kind: 'exposed', names, why: `Node ${process.version} has no process.execve (Node >= 22.15 or 23.11 has)` };
  let dir: string | undefined;
  try {
    dir = mkdtempSync(join(handoffBase(), DIR_PREFIX));
    const file = join(dir, FILE_NAME);
    const secrets = Object.fromEntries(names.map((n) => [n, env[n] as string]));
    writeFileSync(file, JSON.stringify({ secrets, t: Date.now() }), { mode: 0o600, flag: 'wx' });
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(env)) if (v !== undefined && !names.includes(k)) next[k] = v;
    next[HANDOFF_VAR] = file;
    // argv is the same (no secret is ever an argument: /proc/<pid>/cmdline is as readable).
    execve.call(process, process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], next);
    throw new Error('process.execve returned');
  } catch (err) {
    if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    return { kind: 'exposed', names, why: `re-executing without them failed: ${(err as Error).message}` };
  }
}

/** The variables handed to git and other helper processes: `env` without the secret variables. */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) if (!SECRET_VARIABLES.includes(k)) out[k] = v;
  return out;
}
