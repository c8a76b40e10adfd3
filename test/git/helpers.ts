// Real-git fixtures: temp repositories with a local bare repository as origin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Results, Suite } from '../../src/types.js';

/** Isolates git from the machine's config and gives commits a fixed identity. */
export function isolateGitEnv(root: string): void {
  const globalConfig = join(root, 'gitconfig');
  writeFileSync(globalConfig, '[init]\n\tdefaultBranch = main\n[protocol "file"]\n\tallow = always\n');
  Object.assign(process.env, {
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
  });
}

/** Makes a temp directory removed by the returned cleanup. */
export function makeTempRoot(prefix: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs git synchronously in a test fixture, returning trimmed stdout. */
export function sh(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Creates a bare origin and a clone of it with remote "origin"; returns their paths. */
export function makeOriginAndClone(root: string, name = 'work'): { origin: string; work: string } {
  mkdirSync(root, { recursive: true });
  const origin = join(root, 'origin.git');
  sh(root, 'init', '--quiet', '--bare', '-b', 'main', origin);
  const work = join(root, name);
  sh(root, 'init', '--quiet', '-b', 'main', work);
  sh(work, 'remote', 'add', 'origin', origin);
  return { origin, work };
}

/** Clones origin into root/name. */
export function cloneOrigin(root: string, origin: string, name: string): string {
  const dir = join(root, name);
  sh(root, 'clone', '--quiet', origin, dir);
  return dir;
}

/** Writes files and commits them on the current branch; returns the new commit id. */
export function commitFiles(work: string, files: Record<string, string>, message: string): string {
  for (const [path, content] of Object.entries(files)) {
    const full = join(work, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    sh(work, 'add', '--', path);
  }
  sh(work, 'commit', '--quiet', '--allow-empty', '-m', message);
  return sh(work, 'rev-parse', 'HEAD');
}

/** A minimal valid-looking results document for a suite at a commit. */
export function makeResults(suite: Suite, commit: string, passRate: number, createdAt = new Date().toISOString()): Results {
  const zeroClasses = { tool_error: 0, bad_decision: 0, bad_output: 0, timeout: 0, cost_blowup: 0 };
  return {
    schema: 'evalgate/results@1',
    suite,
    commit,
    ref: 'refs/heads/main',
    created_at: createdAt,
    harness: { command: 'node harness.js', config_hash: 'abc' },
    cases: [],
    totals: {
      cases: 1,
      runs: 10,
      passes: Math.round(passRate * 10),
      errors: 0,
      pass_rate: passRate,
      pass_at_k: passRate,
      pass_pow_k: passRate,
      k: 1,
      cost_usd: 0,
      cost_per_success_usd: null,
      latency_p50_ms: 1,
      latency_p95_ms: 2,
      tokens: 0,
      failures_by_class: zeroClasses,
      failures_by_level: { system: 0, trace: 0, node: 0 },
    },
    holdout_totals: null,
    notices: [],
  };
}

/** A deterministic fake 40-hex commit id. */
export function fakeSha(n: number): string {
  return n.toString(16).padStart(8, '0').repeat(5);
}
