// The only module that spawns harness processes (SPEC 4). Everything here is I/O; callers
// get plain RawRun data back and decide what it means (trace parsing lives elsewhere).
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Suite } from '../types.js';
import { decodeUtf8, firstInvalidUtf8Offset } from '../utf8.js';
import { cutHead, cutTail } from '../surfaces/redact.js';

/** One trial to run: which case, which attempt, and what to feed the harness. */
export interface TrialRequest {
  caseId: string;
  trial: number;
  suite: Suite;
  input: unknown;
  fixtures: string | null;
  timeoutMs: number;
}

/** How to start the harness command. */
export interface HarnessOptions {
  command: string;
  cwd: string;
  env: Record<string, string>;
  maxOutputBytes: number;
  /** Delay between SIGTERM and SIGKILL of a process group (default 2000 ms). */
  killGraceMs?: number;
  /** Environment the harness inherits (default process.env); private variables are removed. */
  baseEnv?: NodeJS.ProcessEnv;
}

/** What one harness invocation produced, before trace parsing. */
export type RawRun =
  | { kind: 'output'; stdout: string; stderr_tail: string; wall_ms: number; exit_code: number | null; signal: string | null }
  | { kind: 'timeout'; stderr_tail: string; wall_ms: number }
  | { kind: 'error'; reason: string; stderr_tail: string; wall_ms: number };

/** A way to run trials; `close()` releases every process it started. */
export interface Harness {
  run(req: TrialRequest): Promise<RawRun>;
  close(): Promise<void>;
}

/** Result of a `command` check's evaluator. */
export type EvaluatorResult = { pass: boolean; score?: number; reason: string } | { error: string };

/** Bytes of stderr kept as evidence. */
export const STDERR_TAIL_BYTES = 4096;
/**
 * Extra bytes kept in front of the evidence window: the tail is redacted before it is cut to
 * STDERR_TAIL_BYTES, so a secret up to this long that straddles the cut is still seen whole.
 */
export const STDERR_MARGIN_BYTES = 1024;
const DEFAULT_KILL_GRACE_MS = 2000;
// After the group leader exits we SIGKILL the group, so the pipes normally close at once;
// this only bounds the wait when something outside the group (setsid) still holds them.
const CLOSE_LINGER_MS = 500;

// ---------------------------------------------------------------- small helpers

/** Keeps the last `limit` bytes written to it. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    // Compact lazily so a chatty stderr costs O(bytes), not O(chunks^2).
    if (this.size > this.limit * 4) this.compact();
  }
  private compact(): void {
    const all = Buffer.concat(this.chunks);
    const kept = all.subarray(Math.max(0, all.length - this.limit));
    this.chunks = [Buffer.from(kept)];
    this.size = kept.length;
  }
  clear(): void {
    this.chunks = [];
    this.size = 0;
  }
  text(): string {
    this.compact();
    // A cut may land inside a multi-byte character; the replacement char is fine for evidence.
    return this.chunks.length ? this.chunks[0].toString('utf8') : '';
  }
}

function invalidUtf8Reason(what: string, buf: Buffer): string {
  return `${what} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(buf)}); the harness must write a UTF-8 JSON trace`;
}

// ---------------------------------------------------------------- leftover processes
//
// Three layers make sure no harness process outlives evalgate:
// 1. Every trial runs as the leader of its own process group; the group is killed when the
//    trial ends, and on evalgate's exit (including Ctrl-C, see src/cli.ts).
// 2. A process that leaves the group (`setsid`, a daemonizing helper) keeps its environment, so
//    every process a harness starts carries EVALGATE_PROCESS_TAG; on Linux, /proc is swept for
//    that tag when a trial times out or leaves its pipes open, and when the harness is closed.
// 3. `kill -9` of evalgate runs no handler at all, so a small detached watchdog process holds
//    the read end of a pipe from evalgate; when evalgate dies the pipe closes, and the watchdog
//    kills the recorded groups and sweeps the tag. A harness that deliberately scrubs the tag
//    from its environment and leaves its group escapes layers 2 and 3 (see README).
//    The groups are recorded in a private file, not written down the pipe: a pipe write wakes
//    the watchdog twice per trial (0.13 ms per write in a CPU profile), a file append wakes
//    nobody; the watchdog reads the file only once evalgate is gone.

/** Environment variable carried by every process a harness or evaluator starts. */
export const PROCESS_TAG_VAR = 'EVALGATE_PROCESS_TAG';
/** This evalgate process's prefix of every tag it hands out. */
const RUN_TOKEN: string = randomUUID();
let tagCounter = 0;
/** A fresh tag (`<run>.<n>`) for one trial, worker or harness. */
function newTag(parent = RUN_TOKEN): string {
  return `${parent}.${++tagCounter}`;
}

/** Bounds of one sweep: passes over /proc, and wall time (a process stuck in the kernel must not hang evalgate's exit). */
export const SWEEP_LIMITS = { passes: 50, ms: 3000 } as const;

/**
 * One pass over /proc: every process whose environment has PROCESS_TAG_VAR equal to `tag` or, with
 * `prefix`, starting with `tag.`, is stopped (SIGSTOP) as soon as it is found, so that it can neither
 * start a successor nor see a sibling die before the kill. Returns the pids found.
 */
async function stopTagged(tag: string, prefix: boolean): Promise<number[]> {
  let pids: string[];
  try {
    // Newest first: the link of a chain that is about to start its successor is the newest
    // process, so it is read (and stopped) right after /proc is listed, before it can move on.
    pids = (await readdir('/proc')).filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid).sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
  const exact = `${PROCESS_TAG_VAR}=${tag}`;
  const sub = `${exact}.`;
  const found: number[] = [];
  // Bounded parallelism: fast on a busy runner without risking EMFILE.
  for (let i = 0; i < pids.length; i += 64) {
    await Promise.all(
      pids.slice(i, i + 64).map(async (pid) => {
        let env: string[];
        try {
          env = (await readFile(`/proc/${pid}/environ`, 'latin1')).split('\0');
        } catch {
          return; // gone, or not ours (EACCES)
        }
        if (!env.some((v) => v === exact || (prefix && v.startsWith(sub)))) return;
        try {
          process.kill(Number(pid), 'SIGSTOP');
          found.push(Number(pid));
        } catch {
          // already gone
        }
      }),
    );
  }
  return found;
}

/**
 * Kills (SIGKILL) every process whose environment has PROCESS_TAG_VAR equal to `tag` or, with
 * `prefix`, starting with `tag.`. Linux only (reads /proc/<pid>/environ, readable for our own
 * processes); elsewhere it finds nothing. Returns the pids it signalled.
 * One scan is not enough: a process started after the scan read /proc is not in it, so a chain of
 * processes that each start a `setsid` successor and exit outran a single pass (60 links alive
 * when evalgate exited, 231 two seconds later). So every process found is stopped on the spot, all
 * are killed at the end of the pass, and passes repeat until one finds no process not already
 * killed, within SWEEP_LIMITS.
 */
export async function sweepTaggedProcesses(tag: string, opts: { prefix?: boolean } = {}): Promise<number[]> {
  const killed = new Set<number>();
  const start = performance.now();
  for (let pass = 0; pass < SWEEP_LIMITS.passes && performance.now() - start < SWEEP_LIMITS.ms; pass++) {
    const found = await stopTagged(tag, opts.prefix === true);
    // A process killed in an earlier pass may still be on its way out; it can no longer run, so it does not count.
    const fresh = found.filter((pid) => !killed.has(pid));
    for (const pid of found) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
      killed.add(pid);
    }
    if (fresh.length === 0) break;
  }
  return [...killed];
}

/** Process groups we started and have not seen die, killed if evalgate itself exits. */
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function trackGroup(pid: number): void {
  liveGroups.add(pid);
  recordGroup(`+${pid}`);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const g of liveGroups) killGroup(g, 'SIGKILL');
      // The watchdog sees the pipe close and finds the log gone: nothing left to do.
      if (groupLog) rmSync(groupLog.dir, { recursive: true, force: true });
    });
  }
}
function untrackGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  if (liveGroups.delete(pid)) recordGroup(`-${pid}`);
}

// The watchdog: `/bin/sh -c` with this script, stdin a pipe from evalgate, the tag variable, the
// run token, the group log, Node's path and WATCHDOG_SWEEP as its arguments ($1 .. $5). Lines
// "+pgid"/"-pgid" of the log are the live groups; end of stdin means evalgate is gone (exit, crash
// or kill -9). A shell, not a second Node: a Node start is ~30-40 ms of CPU in every run, competing
// with the first trials. Once evalgate is gone that cost no longer matters, so the tag sweep runs
// in Node then (WATCHDOG_SWEEP: the same passes as sweepTaggedProcesses, newest process first);
// a shell loop that does the same more slowly stands in when Node cannot start.
// awk takes only all-digit groups above 1 (never 0 or -1: "kill -KILL -1" would signal every process
// of the user); `grep -z` reads each NUL-separated environment entry as a line. The watchdog's own
// environment is PATH alone, so it and its helpers never carry the tag. dash's `kill` takes no
// `--`, so a group is `kill -KILL -<pgid>` (dash, bash and busybox read it alike).
/** The watchdog's shell script (exported for its test). */
export const WATCHDOG_SCRIPT = `trap '' INT TERM HUP
cat >/dev/null 2>&1
if [ -f "$3" ]; then
  awk '/^[+][0-9]+$/ { g[substr($0, 2)] = 1 } /^-[0-9]+$/ { delete g[substr($0, 2)] } END { for (k in g) if (k + 0 > 1) print k }' "$3" 2>/dev/null |
    while read -r g; do kill -KILL "-$g" 2>/dev/null; done
fi
if [ -z "$4" ] || ! "$4" -e "$5" "$1" "$2" </dev/null >/dev/null 2>&1; then
  n=0
  while [ "$n" -lt 50 ]; do
    pids=
    for f in $(grep -lz -- "^$1=$2[.]" /proc/[0-9]*/environ 2>/dev/null); do
      p=\${f#/proc/}
      p=\${p%/environ}
      kill -STOP "$p" 2>/dev/null && pids="$pids $p"
    done
    [ -z "$pids" ] && break
    for p in $pids; do kill -KILL "$p" 2>/dev/null; done
    n=$((n + 1))
  done
fi
rm -rf "\${3%/*}"
`;
/**
 * The watchdog's tag sweep, run as `node -e WATCHDOG_SWEEP <tag variable> <run token>` once evalgate
 * is gone (self-contained: it runs outside the bundle). Synchronous reads, newest process first;
 * every process found is stopped, all are killed at the end of a pass, until a pass finds none new.
 */
export const WATCHDOG_SWEEP = `const fs = require('fs');
const want = '\\0' + process.argv[1] + '=' + process.argv[2] + '.';
const killed = new Set();
const end = Date.now() + ${SWEEP_LIMITS.ms};
for (let pass = 0; pass < ${SWEEP_LIMITS.passes} && Date.now() < end; pass++) {
  let pids;
  try { pids = fs.readdirSync('/proc').filter((d) => /^[0-9]+$/.test(d)).map(Number).sort((a, b) => b - a); } catch { break; }
  const found = [];
  for (const pid of pids) {
    if (pid === process.pid) continue;
    let env;
    try { env = '\\0' + fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch { continue; }
    if (!env.includes(want)) continue;
    try { process.kill(pid, 'SIGSTOP'); found.push(pid); } catch {}
  }
  let fresh = 0;
  for (const pid of found) {
    if (!killed.has(pid)) fresh++;
    killed.add(pid);
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  if (fresh === 0) break;
}
`;
/** The group log the watchdog reads (a private directory, removed on exit), and the watchdog holding the pipe; null when they could not be made. */
let groupLog: { dir: string; fd: number; watchdog: ChildProcess } | null | undefined;

/** Appends a "+pgid"/"-pgid" line to the group log, starting the watchdog on first use. */
function recordGroup(line: string): void {
  if (groupLog === undefined) {
    groupLog = null;
    let dir: string | undefined;
    try {
      dir = mkdtempSync(join(tmpdir(), 'evalgate-groups-'));
      const file = join(dir, 'groups');
      const fd = openSync(file, 'a', 0o600);
      const watchdog = spawn('/bin/sh', ['-c', WATCHDOG_SCRIPT, 'evalgate-watchdog', PROCESS_TAG_VAR, RUN_TOKEN, file, process.execPath, WATCHDOG_SWEEP], {
        detached: true,
        stdio: ['pipe', 'ignore', 'ignore'],
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      });
      watchdog.on('error', () => {});
      watchdog.stdin!.on('error', () => {});
      // Neither the process nor its pipe may keep evalgate alive.
      watchdog.unref();
      (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
      groupLog = { dir, fd, watchdog };
    } catch {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  // Synchronous: on disk before evalgate does anything else, so a kill -9 right after the spawn
  // still leaves the group for the watchdog.
  if (groupLog) {
    try {
      writeSync(groupLog.fd, line + '\n');
    } catch {
      // A full disk loses layer 3 for this group; layers 1 and 2 still hold.
    }
  }
}

/** Signals a whole process group; a group that is already gone is not an error. */
function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: nothing left in the group. EPERM cannot happen for our own children.
  }
}

/**
 * Whether a variable of evalgate's own environment must not reach harness or evaluator processes:
 * the harness is untrusted PR code. The holdout key would let it decrypt the holdout (and leak it
 * through stderr evidence); action inputs carry the GitHub token; the runtime tokens are the
 * runner's. Harness configuration belongs in `harness.env`.
 */
export function isPrivateVariable(name: string): boolean {
  return name === 'EVALGATE_HOLDOUT_KEY' || name.startsWith('INPUT_') || /^ACTIONS_(RUNTIME_TOKEN|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|RUNTIME_URL|CACHE_URL|RESULTS_URL)$/.test(name);
}

function buildEnv(extra: Record<string, string>, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !isPrivateVariable(k)) env[k] = v;
  return Object.assign(env, extra);
}

function elapsed(start: number): number {
  return Math.round(performance.now() - start);
}

// Words that are shell builtins/keywords (or assignments) and so cannot follow `exec`.
const NOT_EXECABLE = new Set(
  '. : ! { } [[ break continue eval exec exit export readonly return set shift times trap unset cd alias unalias umask ulimit wait read getopts command type hash jobs fg bg local source if then else elif fi for while until do done case esac function time'.split(' '),
);

/**
 * `exec `-prefixes a plain simple command so /bin/sh (dash does not exec the last command
 * itself) replaces itself with the harness: one process less per trial, and a harness killed
 * by a signal is reported as that signal instead of the shell's 128+N. Anything with control
 * operators, or starting with a builtin or an assignment, runs unchanged.
 */
export function buildShellCommand(command: string): string {
  if (/[;&|()\n\r]/.test(command)) return command;
  const first = /^\s*(\S+)/.exec(command)?.[1];
  if (first === undefined || first.includes('=') || NOT_EXECABLE.has(first.replace(/["']/g, ''))) return command;
  return `exec ${command.trimStart()}`;
}

/** Starts `command` through the shell as the leader of its own process group. */
function startGroup(command: string, cwd: string, env: Record<string, string>): ChildProcess {
  return spawn(buildShellCommand(command), { cwd, env, shell: true, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
}

function spawnFailure(command: string, cwd: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: string } | null)?.code;
  const hint = code === 'ENOENT' ? ` (does the directory ${JSON.stringify(cwd)} exist, and is /bin/sh available?)` : '';
  return `could not start harness command ${JSON.stringify(command)} in ${cwd}: ${msg}${hint}`;
}

// ---------------------------------------------------------------- one process, one result

interface OnceOptions {
  cwd: string;
  /** Environment of the process; PROCESS_TAG_VAR is added from `tag`. */
  env: Record<string, string>;
  /** Tag marking this run's processes, swept when something may have escaped the group. */
  tag: string;
  timeoutMs: number;
  maxOutputBytes: number;
  killGraceMs: number;
}

/** Running one-shot processes, so close() can stop them. */
type Abort = (reason: string) => void;

/**
 * Runs `command` once with `stdin`, collecting stdout (capped) and a stderr tail.
 * Always settles: on timeout or overflow it kills the group and does not wait on pipes that a
 * stray descendant keeps open for longer than a short linger.
 */
function runOnce(command: string, stdin: string, o: OnceOptions, active?: Set<Abort>): Promise<RawRun> {
  return new Promise<RawRun>((resolve) => {
    const start = performance.now();
    const stderr = new TailBuffer(STDERR_TAIL_BYTES + STDERR_MARGIN_BYTES);
    const out: Buffer[] = [];
    let outBytes = 0;
    let settled = false;
    let timedOut = false;
    let failure: string | null = null;
    let exitCode: number | null = null;
    let exitSignal: string | null = null;
    let pipesClosed = false;
    const timers: NodeJS.Timeout[] = [];
    let child: ChildProcess;

    const finish = (): void => {
      if (settled) return;
      settled = true;
      // Something may live on outside the group: a timeout or abort (descendants that called
      // setsid survive the group kill), or pipes still held open after the group was killed.
      if (child?.pid !== undefined && (timedOut || failure !== null || !pipesClosed)) {
        const result = settle();
        void sweepTaggedProcesses(o.tag).finally(() => resolve(result));
        return;
      }
      resolve(settle());
    };

    const settle = (): RawRun => {
      for (const t of timers) clearTimeout(t);
      untrackGroup(child?.pid);
      active?.delete(abort);
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      const wall_ms = elapsed(start);
      const stderr_tail = stderr.text();
      if (timedOut) return { kind: 'timeout', stderr_tail, wall_ms };
      if (failure !== null) return { kind: 'error', reason: failure, stderr_tail, wall_ms };
      const buf = Buffer.concat(out, outBytes);
      const stdout = decodeUtf8(buf);
      if (stdout === null) return { kind: 'error', reason: invalidUtf8Reason('stdout', buf), stderr_tail, wall_ms };
      return { kind: 'output', stdout, stderr_tail, wall_ms, exit_code: exitCode, signal: exitSignal };
    };

    // Kill now and give the pipes a moment to drain/close, but never wait on them forever.
    const killAndFinish = (signal: NodeJS.Signals, wait: number): void => {
      killGroup(child.pid, signal);
      timers.push(setTimeout(finish, wait));
    };

    const abort: Abort = (reason) => {
      if (settled || failure !== null || timedOut) return;
      failure = reason;
      killAndFinish('SIGKILL', CLOSE_LINGER_MS);
    };

    try {
      child = startGroup(command, o.cwd, { ...o.env, [PROCESS_TAG_VAR]: o.tag });
    } catch (err) {
      failure = spawnFailure(command, o.cwd, err);
      return finish();
    }
    if (child.pid !== undefined) trackGroup(child.pid);
    active?.add(abort);

    child.on('error', (err) => {
      // Spawn failure (no pid) or a failed kill; only the former ends the run.
      if (child.pid === undefined && failure === null) {
        failure = spawnFailure(command, o.cwd, err);
        finish();
      }
    });

    child.stdout!.on('data', (chunk: Buffer) => {
      if (settled || failure !== null) return;
      outBytes += chunk.length;
      if (outBytes > o.maxOutputBytes) {
        out.length = 0;
        failure = `stdout exceeded ${o.maxOutputBytes} bytes (harness.max_output_bytes); write only the trace JSON to stdout and logs to stderr`;
        killAndFinish('SIGKILL', CLOSE_LINGER_MS);
        return;
      }
      out.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));

    // EPIPE when the harness never reads stdin (or exits first) is expected, not our failure.
    child.stdin!.on('error', () => {});
    child.stdin!.end(stdin);

    child.on('exit', (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      // Descendants that outlive the leader (backgrounded helpers) die with it.
      killGroup(child.pid, 'SIGKILL');
      timers.push(setTimeout(finish, CLOSE_LINGER_MS));
    });
    child.on('close', () => {
      pipesClosed = true;
      finish();
    });

    timers.push(
      setTimeout(() => {
        if (settled || failure !== null) return;
        timedOut = true;
        killGroup(child.pid, 'SIGTERM');
        timers.push(setTimeout(() => killAndFinish('SIGKILL', CLOSE_LINGER_MS), o.killGraceMs));
      }, o.timeoutMs),
    );
  });
}

/** A trial's environment: the harness's (built once: reading process.env is a call into C++ per variable) plus the trial's variables. */
function trialEnv(shared: Record<string, string>, req: TrialRequest): Record<string, string> {
  return {
    ...shared,
    EVALGATE_CASE_ID: req.caseId,
    EVALGATE_TRIAL: String(req.trial),
    EVALGATE_FIXTURES: req.fixtures ?? '',
    EVALGATE_SUITE: req.suite,
  };
}

/** exec protocol: one shell process per trial, case input on stdin, trace on stdout. */
export function spawnExecHarness(opts: HarnessOptions): Harness {
  const killGraceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const active = new Set<Abort>();
  const harnessTag = newTag();
  const sharedEnv = buildEnv(opts.env, opts.baseEnv);
  let closed = false;
  return {
    run(req) {
      if (closed) return Promise.resolve({ kind: 'error', reason: 'harness was closed before the trial started', stderr_tail: '', wall_ms: 0 });
      const stdin = JSON.stringify(req.input ?? null);
      const tag = newTag(harnessTag);
      return runOnce(opts.command, stdin, { cwd: opts.cwd, env: trialEnv(sharedEnv, req), tag, timeoutMs: req.timeoutMs, maxOutputBytes: opts.maxOutputBytes, killGraceMs }, active);
    },
    async close() {
      closed = true;
      for (const abort of [...active]) abort('harness was closed while the trial was running');
      // Whatever a trial left behind outside its group (a setsid'd daemon) ends with the run.
      await sweepTaggedProcesses(harnessTag, { prefix: true });
    },
  };
}

// ---------------------------------------------------------------- command evaluator

/** The trial an evaluator judges. */
export interface EvaluatorTrial {
  caseId: string;
  trial: number;
  suite: Suite;
  input: unknown;
}

/**
 * Runs a `command` check's evaluator with the trace JSON on stdin; its last stdout line is the
 * verdict. With `trial`, the evaluator also gets EVALGATE_CASE_ID, EVALGATE_TRIAL, EVALGATE_SUITE
 * and EVALGATE_INPUT_FILE (the case input as JSON in a temporary file, removed afterwards: inputs
 * can exceed what one environment variable holds). stdin stays the bare trace, so evaluators
 * written before these variables keep working.
 */
export async function spawnCommandEvaluator(
  run: string,
  stdinJson: string,
  opts: {
    cwd: string;
    env: Record<string, string>;
    timeoutMs: number;
    maxOutputBytes: number;
    killGraceMs?: number;
    baseEnv?: NodeJS.ProcessEnv;
    trial?: EvaluatorTrial;
    /** Applied to the evaluator's output before it is cut into messages (default: none). */
    redact?: (text: string) => string;
  },
): Promise<EvaluatorResult> {
  const extra: Record<string, string> = { ...opts.env };
  let dir: string | undefined;
  if (opts.trial) {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-eval-'));
    const inputFile = join(dir, 'input.json');
    await writeFile(inputFile, JSON.stringify(opts.trial.input ?? null));
    Object.assign(extra, {
      EVALGATE_CASE_ID: opts.trial.caseId,
      EVALGATE_TRIAL: String(opts.trial.trial),
      EVALGATE_SUITE: opts.trial.suite,
      EVALGATE_INPUT_FILE: inputFile,
    });
  }
  let raw: Awaited<ReturnType<typeof runOnce>>;
  try {
    raw = await runOnce(run, stdinJson, {
      cwd: opts.cwd,
      env: buildEnv(extra, opts.baseEnv),
      tag: newTag(),
      timeoutMs: opts.timeoutMs,
      maxOutputBytes: opts.maxOutputBytes,
      killGraceMs: opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
    });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  const where = `command check ${JSON.stringify(run)}`;
  const red = opts.redact ?? ((t: string) => t);
  const stderr = red(raw.stderr_tail);
  const tail = (s: string): string => (s.trim() ? `; stderr: ${cutTail(s.trim(), 500)}` : '');
  if (raw.kind === 'timeout') return { error: `${where} timed out after ${opts.timeoutMs} ms${tail(stderr)}` };
  if (raw.kind === 'error') return { error: `${where}: ${red(raw.reason)}${tail(stderr)}` };
  const result = parseEvaluatorOutput(where, raw.stdout, raw.exit_code, raw.signal, stderr);
  if (!('error' in result)) return { ...result, reason: red(result.reason) };
  // The error quotes a cut piece of stdout: describe the redacted stdout, so the cut comes after redaction.
  const shown = red(raw.stdout);
  if (shown === raw.stdout) return result;
  const again = parseEvaluatorOutput(where, shown, raw.exit_code, raw.signal, stderr);
  return 'error' in again ? again : { error: red(result.error) };
}

const EXPECTED_VERDICT = 'expected the last stdout line to be {"pass": true|false, "score": 0..1 (optional), "reason": "..."}';

function parseEvaluatorOutput(where: string, stdout: string, code: number | null, signal: string | null, stderrTail: string): EvaluatorResult {
  const lines = stdout.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1];
  const status = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const stderrNote = stderrTail.trim() ? `; stderr: ${cutTail(stderrTail.trim(), 500)}` : '';
  if (last === undefined) return { error: `${where} ${status} and printed nothing on stdout; ${EXPECTED_VERDICT}${stderrNote}` };
  let v: unknown;
  try {
    v = JSON.parse(last);
  } catch {
    return { error: `${where} ${status}; its last stdout line ${JSON.stringify(cutHead(last, 200))} is not JSON; ${EXPECTED_VERDICT}${stderrNote}` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { error: `${where}: last stdout line ${JSON.stringify(cutHead(last, 200))} is not a JSON object; ${EXPECTED_VERDICT}` };
  }
  const o = v as Record<string, unknown>;
  if (typeof o.pass !== 'boolean') return { error: `${where}: "pass" is ${JSON.stringify(o.pass) ?? 'missing'}, expected true or false; ${EXPECTED_VERDICT}` };
  if (o.score !== undefined && (typeof o.score !== 'number' || !(o.score >= 0 && o.score <= 1))) {
    return { error: `${where}: "score" is ${JSON.stringify(o.score)}, expected a number from 0 to 1` };
  }
  if (o.reason !== undefined && typeof o.reason !== 'string') {
    return { error: `${where}: "reason" is ${JSON.stringify(o.reason)}, expected a string` };
  }
  // A failing verdict with a non-zero exit code is the common convention (`exit 1` when failing).
  // A passing verdict from a process that then failed, or any verdict from one killed by a signal,
  // is not trusted: the evaluator broke, so the check is unevaluated (trial `error`).
  if (signal || (o.pass && code !== 0)) {
    return { error: `${where} printed {"pass": ${o.pass}} but ${status}; a verdict counts only from an evaluator that exits normally (0, or non-zero with "pass": false)${stderrNote}` };
  }
  const result: { pass: boolean; score?: number; reason: string } = { pass: o.pass, reason: (o.reason as string | undefined) ?? '' };
  if (typeof o.score === 'number') result.score = o.score;
  return result;
}

// ---------------------------------------------------------------- jsonl protocol

interface Pending {
  id: string;
  req: TrialRequest;
  line: string;
  resolve: (r: RawRun) => void;
}

interface InFlight extends Pending {
  start: number;
  timer: NodeJS.Timeout;
}

interface Worker {
  child: ChildProcess;
  stderr: TailBuffer;
  current: InFlight | null;
  /** Bytes of the stdout line being assembled. */
  partial: Buffer[];
  partialBytes: number;
  /** Set once the worker is out of the pool (dead, timed out, or overflowed). */
  retired: boolean;
  /** Ids of requests this worker answered already, to name a stale reply as such. */
  sentIds: Set<string>;
  /** Requests this worker answered (0: it has not shown that it speaks jsonl). */
  answered: number;
  /** Stdout lines that were not replies (counted for a message; the lines themselves go to the stderr evidence). */
  stray: { count: number };
  /** Set while a worker that answered nothing is probed after its timeout (stdin closed), with the timed-out trial's wall time. */
  probe: { wallMs: number } | null;
  /** PROCESS_TAG_VAR of this worker's processes. */
  tag: string;
}

const ID_RE = /"id"\s*:\s*"([^"\\]{1,100})"/g;

/** True when `line` carries `"id": "<id>"` (anywhere: ids are random UUIDs, so nesting cannot collide). */
function lineHasId(line: string, id: string): boolean {
  if (!line.includes(id)) return false;
  for (const m of line.matchAll(ID_RE)) if (m[1] === id) return true;
  return false;
}

/**
 * Why a stdout line that does not carry the in-flight request's id is a protocol violation, or
 * null when it is just a log line. A line is a reply when it is a JSON object with an `id`, or
 * one that looks like a trace (`output`, `steps`, `resourceSpans`); JSON logs (pino and the like)
 * have none of these and stay evidence.
 */
export function classifyStrayReply(line: string, expectedId: string, sentIds: ReadonlySet<string>): string | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) return null;
  let v: unknown;
  try {
    // JSON.parse is iterative in V8, so a deeply nested line cannot overflow the stack here.
    v = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const expected = `expected "id": ${JSON.stringify(expectedId)} (the id of the request in flight, one reply per request)`;
  if ('id' in o) {
    const shown = JSON.stringify(o.id)?.slice(0, 120) ?? String(o.id);
    if (typeof o.id === 'string' && sentIds.has(o.id)) return `reply carries the stale id ${shown} of an earlier request; ${expected}`;
    return `reply carries the unknown id ${shown}; ${expected}`;
  }
  if ('output' in o || 'steps' in o || 'resourceSpans' in o) return `reply has no "id"; ${expected}`;
  return null;
}

/** What to do when a harness under `protocol: jsonl` behaves like an exec harness. */
const EXEC_HINT = 'if the harness reads one input and prints one trace, set harness.protocol: exec';

/**
 * How long a jsonl worker that answered no request is watched after its first request timed out,
 * with its stdin closed: an exec harness (it reads its input to the end) prints its trace then,
 * which tells a wrong `harness.protocol` from a slow agent.
 */
export const JSONL_EOF_PROBE_MS = 1000;

/**
 * " (it printed 2 stdout lines that are not replies: see its stderr)" for a worker's ignored stdout
 * lines, or ''. Not quoted here: this adapter cannot redact, and a quote cut before redaction could
 * keep a piece of a secret; the lines are in the stderr evidence, which is redacted before it is cut.
 */
function strayNote(stray: { count: number }): string {
  if (stray.count === 0) return '';
  return ` (it printed ${stray.count} stdout line${stray.count === 1 ? '' : 's'} that ${stray.count === 1 ? 'is' : 'are'} not a reply: see its stderr, "[evalgate: ignored stdout line] ...")`;
}

/** jsonl protocol: `workers` long-lived processes, one request line in flight per worker. */
export function spawnJsonlHarness(opts: HarnessOptions & { workers: number }): Harness {
  if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new RangeError(`jsonl workers must be an integer >= 1, got ${opts.workers}`);
  const killGraceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const probeMs = Math.min(JSONL_EOF_PROBE_MS, killGraceMs);
  /**
   * Set once a worker that answered nothing within its timeout printed a trace without "id" when
   * its stdin closed: the harness is an exec harness, so every later request errors at once with
   * the same reason and evidence (instead of each waiting out its timeout on a fresh worker).
   */
  let notJsonl: { reason: string; stderr_tail: string } | null = null;
  const env = buildEnv({ ...opts.env, EVALGATE_PROTOCOL: 'jsonl' }, opts.baseEnv);
  const harnessTag = newTag();
  const pool = new Set<Worker>();
  const dying = new Set<Worker>();
  const queue: Pending[] = [];
  let closed = false;

  const settle = (w: Worker, r: RawRun): void => {
    const cur = w.current;
    if (!cur) return;
    clearTimeout(cur.timer);
    w.current = null;
    cur.resolve(r);
  };

  /** Takes the worker out of the pool, kills its group (TERM then KILL), and moves the queue on. */
  const retire = (w: Worker, signal: NodeJS.Signals): void => {
    if (w.retired) return;
    w.retired = true;
    pool.delete(w);
    dying.add(w);
    killGroup(w.child.pid, signal);
    if (signal !== 'SIGKILL') {
      const t = setTimeout(() => killGroup(w.child.pid, 'SIGKILL'), killGraceMs);
      w.child.once('exit', () => clearTimeout(t));
    }
    dispatch();
  };

  const onExit = (w: Worker, code: number | null, signal: string | null): void => {
    // Leftover descendants die with the worker, in its group or not.
    killGroup(w.child.pid, 'SIGKILL');
    void sweepTaggedProcesses(w.tag);
    const cur = w.current;
    if (cur && w.probe) {
      // Timed out, then exited on end of input without printing a trace: a slow agent, not an exec harness.
      settle(w, { kind: 'timeout', stderr_tail: w.stderr.text(), wall_ms: w.probe.wallMs });
    } else if (cur && w.answered === 0) {
      // Gone before its first reply: an exec harness (one input, one trace, exit), or a crash at start.
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      settle(w, {
        kind: 'error',
        reason: `harness.protocol is jsonl but the harness ${how} after 1 request line without replying${strayNote(w.stray)}; a jsonl harness answers each request line with a trace line carrying its "id": ${EXEC_HINT}`,
        stderr_tail: w.stderr.text(),
        wall_ms: elapsed(cur.start),
      });
    } else if (cur) {
      settle(w, {
        kind: 'error',
        reason: `jsonl worker exited with code ${code} (signal ${signal}) while running case ${cur.req.caseId} trial ${cur.req.trial}`,
        stderr_tail: w.stderr.text(),
        wall_ms: elapsed(cur.start),
      });
    }
    untrackGroup(w.child.pid);
    dying.delete(w);
    if (!w.retired) {
      w.retired = true;
      pool.delete(w);
    }
    dispatch();
  };

  const onLine = (w: Worker, buf: Buffer): void => {
    const cur = w.current;
    const text = decodeUtf8(buf);
    if (cur && lineHasId(text ?? buf.toString('latin1'), cur.id)) {
      if (w.probe) {
        // The reply of a slow jsonl worker, after its timeout: the trial timed out.
        settle(w, { kind: 'timeout', stderr_tail: w.stderr.text(), wall_ms: w.probe.wallMs });
        retire(w, 'SIGTERM');
        return;
      }
      w.sentIds.add(cur.id);
      w.answered++;
      const wall_ms = elapsed(cur.start);
      const stderr_tail = w.stderr.text();
      if (text === null) settle(w, { kind: 'error', reason: invalidUtf8Reason('stdout line', buf), stderr_tail, wall_ms });
      else settle(w, { kind: 'output', stdout: text, stderr_tail, wall_ms, exit_code: null, signal: null });
      dispatch();
      return;
    }
    const violation = cur && text !== null ? classifyStrayReply(text, cur.id, w.sentIds) : null;
    if (cur && violation) {
      // A reply that is not the answer to this request means the worker and evalgate disagree on
      // what is in flight: the trial is `error` (not an agent failure), and the worker is replaced.
      // A trace without "id" as a worker's first answer is what an exec harness prints.
      const execLike = w.answered === 0 && violation.startsWith('reply has no "id"');
      let reason = `jsonl protocol violation: ${violation}`;
      const stderr_tail = w.stderr.text();
      if (execLike && w.probe) {
        reason = `harness.protocol is jsonl but the harness answered no request within its timeout (${cur.req.timeoutMs} ms) and printed a trace without "id" once its stdin was closed: it reads its input to the end, as an exec harness does; set harness.protocol: exec`;
        notJsonl = { reason, stderr_tail };
      } else if (execLike) {
        // Not conclusive alone (a jsonl harness may drop the id on one path), so said, not acted on.
        reason += `; harness.protocol is jsonl, and a first reply without "id" is what an exec harness prints: ${EXEC_HINT}`;
      }
      settle(w, { kind: 'error', reason, stderr_tail, wall_ms: w.probe ? w.probe.wallMs : elapsed(cur.start) });
      retire(w, 'SIGKILL');
      return;
    }
    // Not a reply (a log line, JSON logs included): keep as evidence.
    if (buf.length > 0) {
      const shown = buf.subarray(0, 500).toString('utf8');
      w.stray.count++;
      w.stderr.push(Buffer.from(`[evalgate: ignored stdout line] ${shown}\n`));
    }
  };

  const onData = (w: Worker, chunk: Buffer): void => {
    if (w.retired) return;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      w.partialBytes += piece.length;
      if (w.partialBytes > opts.maxOutputBytes) {
        const cur = w.current;
        if (cur) {
          settle(w, {
            kind: 'error',
            reason: `stdout exceeded ${opts.maxOutputBytes} bytes (harness.max_output_bytes) on one line; write each trace as a single line and logs to stderr`,
            stderr_tail: w.stderr.text(),
            wall_ms: elapsed(cur.start),
          });
        }
        w.partial = [];
        w.partialBytes = 0;
        retire(w, 'SIGKILL');
        return;
      }
      if (piece.length) w.partial.push(piece);
      if (nl === -1) return;
      const line = Buffer.concat(w.partial, w.partialBytes);
      w.partial = [];
      w.partialBytes = 0;
      onLine(w, line[line.length - 1] === 0x0d ? line.subarray(0, -1) : line);
      if (w.retired) return;
      from = nl + 1;
    }
  };

  const startWorker = (): Worker | null => {
    let child: ChildProcess;
    const tag = newTag(harnessTag);
    try {
      child = startGroup(opts.command, opts.cwd, { ...env, [PROCESS_TAG_VAR]: tag });
    } catch (err) {
      const reason = spawnFailure(opts.command, opts.cwd, err);
      const p = queue.shift();
      p?.resolve({ kind: 'error', reason, stderr_tail: '', wall_ms: 0 });
      return null;
    }
    const w: Worker = {
      child,
      tag,
      stderr: new TailBuffer(STDERR_TAIL_BYTES + STDERR_MARGIN_BYTES),
      current: null,
      partial: [],
      partialBytes: 0,
      retired: false,
      sentIds: new Set(),
      answered: 0,
      stray: { count: 0 },
      probe: null,
    };
    if (child.pid !== undefined) trackGroup(child.pid);
    child.on('error', (err) => {
      if (child.pid !== undefined) return; // a failed kill on a live worker; exit handling covers it
      const cur = w.current;
      if (cur) settle(w, { kind: 'error', reason: spawnFailure(opts.command, opts.cwd, err), stderr_tail: '', wall_ms: elapsed(cur.start) });
      w.retired = true;
      pool.delete(w);
      dispatch();
    });
    child.stdin!.on('error', () => {}); // EPIPE after the worker died; the exit handler reports it
    child.stdout!.on('data', (c: Buffer) => onData(w, c));
    child.stderr!.on('data', (c: Buffer) => w.stderr.push(c));
    child.on('exit', (code, signal) => {
      // Let buffered stdout (a reply written just before exiting) arrive before judging.
      const t = setTimeout(() => onExit(w, code, signal), CLOSE_LINGER_MS);
      child.once('close', () => {
        clearTimeout(t);
        onExit(w, code, signal);
      });
    });
    pool.add(w);
    return w;
  };

  const assign = (w: Worker, p: Pending): void => {
    w.stderr.clear();
    const timer = setTimeout(() => {
      if (w.current?.id !== p.id) return;
      const wallMs = elapsed(cur.start);
      if (w.answered === 0 && probeMs > 0) {
        // A worker that never answered: close its stdin and watch it briefly. An exec harness
        // (reads its input to the end) prints its trace now; a slow jsonl worker exits or stays
        // silent, and the trial is the timeout it was (settle clears this second timer).
        w.probe = { wallMs };
        w.child.stdin!.end();
        cur.timer = setTimeout(() => {
          if (w.current !== cur) return;
          settle(w, { kind: 'timeout', stderr_tail: w.stderr.text(), wall_ms: wallMs });
          retire(w, 'SIGTERM');
        }, probeMs);
        return;
      }
      settle(w, { kind: 'timeout', stderr_tail: w.stderr.text(), wall_ms: wallMs });
      retire(w, 'SIGTERM');
    }, p.req.timeoutMs);
    const cur: InFlight = { ...p, start: performance.now(), timer };
    // Bounded memory for a long run: the oldest ids are forgotten (then named "unknown", still an error).
    if (w.sentIds.size >= 1000) w.sentIds.delete(w.sentIds.values().next().value as string);
    w.current = cur;
    w.child.stdin!.write(p.line);
  };

  function dispatch(): void {
    if (notJsonl !== null) {
      for (const p of queue.splice(0)) p.resolve({ kind: 'error', reason: `${notJsonl.reason} (not sent: an earlier request showed it)`, stderr_tail: notJsonl.stderr_tail, wall_ms: 0 });
      return;
    }
    while (queue.length > 0 && !closed) {
      let idle: Worker | null = null;
      for (const w of pool) if (!w.current && !w.retired) { idle = w; break; }
      if (!idle && pool.size < opts.workers) idle = startWorker();
      if (!idle) {
        if (pool.size < opts.workers) continue; // start failed and consumed a request; try the next
        return;
      }
      assign(idle, queue.shift()!);
    }
  }

  return {
    run(req) {
      if (closed) return Promise.resolve({ kind: 'error', reason: 'harness was closed before the trial started', stderr_tail: '', wall_ms: 0 });
      return new Promise<RawRun>((resolve) => {
        const id = randomUUID();
        const line =
          JSON.stringify({ id, case: req.caseId, trial: req.trial, suite: req.suite, input: req.input ?? null, fixtures: req.fixtures ?? '' }) + '\n';
        queue.push({ id, req, line, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.resolve({ kind: 'error', reason: 'harness was closed before the trial started', stderr_tail: '', wall_ms: 0 });
      const all = [...pool, ...dying];
      for (const w of all) {
        if (w.current) settle(w, { kind: 'error', reason: 'harness was closed while the trial was running', stderr_tail: w.stderr.text(), wall_ms: elapsed(w.current.start) });
        w.child.stdin?.end();
      }
      // Workers get a short moment to exit on EOF; stragglers are killed with their groups.
      await Promise.all(
        all.map(
          (w) =>
            new Promise<void>((done) => {
              if (w.child.exitCode !== null || w.child.signalCode !== null || w.child.pid === undefined) return done();
              const t = setTimeout(() => {
                killGroup(w.child.pid, 'SIGKILL');
                done();
              }, Math.min(killGraceMs, 1000));
              w.child.once('exit', () => {
                clearTimeout(t);
                killGroup(w.child.pid, 'SIGKILL');
                done();
              });
            }),
        ),
      );
      for (const w of all) {
        w.child.stdout?.destroy();
        w.child.stderr?.destroy();
        untrackGroup(w.child.pid);
      }
      await sweepTaggedProcesses(harnessTag, { prefix: true });
      pool.clear();
      dying.clear();
    },
  };
}
