// The evalgate process and its harness processes: interruption, environment, machine-readable output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { caseYaml, configYaml, DIST_CLI, baseEnv, ensureDist, makeTempRepo, readValidResults, spawnCli, type TempRepo } from './helpers.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(pred: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('evalgate as a process', () => {
  let repo: TempRepo;
  let pidDir: string;

  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-proc-');
    pidDir = join(repo.dir, 'pids');
    await mkdir(pidDir);
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 30_000, env: { PID_DIR: pidDir } }));
    await repo.write('evals/cases/t/hang.yaml', caseYaml({ id: 'hang', input: { mode: 'hang' } }));
    await repo.write('evals/cases/t/env.yaml', caseYaml({ id: 'env', input: { mode: 'env', vars: ['EVALGATE_HOLDOUT_KEY', 'FROM_IO_ENV'] }, severity: 'sev3' }));
  });
  afterAll(() => repo?.cleanup());

  // Regression test (fixed in src/cli.ts): SIGINT/SIGTERM end node without running 'exit' handlers, so the
  // process groups src/adapters/harness.ts tracks are never killed: Ctrl-C (or a cancelled CI job)
  // leaves every running harness behind. Fix: in src/cli.ts, on SIGINT/SIGTERM/SIGHUP call
  // process.exit(128 + signo), which runs the adapter's exit hook.
  it('Ctrl-C (SIGINT) stops evalgate and the harness processes it started', async () => {
    const child = spawn(process.execPath, [DIST_CLI, 'run', '--suite', 'benchmark', '--case', 'hang'], { cwd: repo.dir, env: baseEnv(), stdio: 'ignore' });
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    const started = await waitFor(async () => (await readdir(pidDir)).length > 0, 10_000);
    expect(started).toBe(true);
    const pids = (await readdir(pidDir)).map(Number);
    child.kill('SIGINT');
    await exited;
    const survivors = [];
    if (await waitFor(async () => pids.every((p) => !alive(p)), 3000)) return;
    for (const p of pids) if (alive(p)) survivors.push(p);
    for (const p of survivors) process.kill(-p, 'SIGKILL'); // clean up what evalgate left behind
    expect(survivors, 'harness processes still running after SIGINT').toEqual([]);
  });

  // Regression test (fixed in src/adapters/harness.ts buildEnv): the harness — code the PR author controls — gets
  // EVALGATE_HOLDOUT_KEY in its environment; it can print it into stderr evidence (kept in results
  // and the PR comment) and decrypt evals/holdout.enc. The key should be removed from the harness
  // (and command-check) environment.
  it('the harness does not receive EVALGATE_HOLDOUT_KEY', async () => {
    const key = (await spawnCli(repo.dir, ['holdout', 'keygen'])).stdout.trim();
    const r = await spawnCli(repo.dir, ['run', '--suite', 'coverage', '--case', 'env', '--out', 'env.json', '--json'], { EVALGATE_HOLDOUT_KEY: key });
    expect(r.code).toBe(1);
    const results = await readValidResults(join(repo.dir, 'env.json'));
    expect(results.cases[0].trials[0].failures[0].message).toContain('EVALGATE_HOLDOUT_KEY=unset');
  });

  // Regression test (fixed in src/engine/run.ts + src/adapters/harness.ts): main(argv, io) takes io.env, but
  // harness processes inherit process.env, so an embedding caller (tests, the action) cannot set the
  // harness environment through io.env.
  it('in-process main(): variables in io.env reach the harness', async () => {
    const r = await repo.cli(['run', '--suite', 'coverage', '--case', 'env', '--out', 'io.json'], { FROM_IO_ENV: '1' });
    expect(r.code).toBe(1);
    const results = await readValidResults(join(repo.dir, 'io.json'));
    expect(results.cases[0].trials[0].failures[0].message).toContain('FROM_IO_ENV=set');
  });

  it('run --json prints only the results JSON on stdout (progress goes to stderr)', async () => {
    const r = await spawnCli(repo.dir, ['run', '--suite', 'coverage', '--case', 'env', '--out', 'j.json', '--json']);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.stdout);
    expect(parsed.schema).toBe('evalgate/results@1');
    expect(parsed.cases.map((c: { id: string }) => c.id)).toEqual(['env']);
    expect(r.stderr).toMatch(/\[1\/1\]/);
  });
});
