// Harness faults as a user meets them: one suite run in which each case's harness misbehaves
// differently (exec protocol), then the same with the jsonl protocol and a worker that dies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseResult, Results } from '../../src/types.js';
import { caseYaml, configYaml, countInvocations, makeTempRepo, readResults, readValidResults, schemaProblems, STACK_LINE, type CliRun, type TempRepo } from './helpers.js';

const TIMEOUT_MS = 1500;
const RETRIES = 2;
const MAX_OUT = 4096;
const MARKER = 'crash-marker-7f3a';

// id -> harness input; what each should become is asserted below, table-driven.
const FAULT_CASES: Record<string, Record<string, unknown>> = {
  'ok-case': { mode: 'ok' },
  'crash-case': { mode: 'crash', stderr: MARKER },
  'hang-case': { mode: 'hang' },
  'garbage-case': { mode: 'garbage' },
  'big-case': { mode: 'big', bytes: MAX_OUT * 4 },
  'sigkill-case': { mode: 'sigkill' },
  'nonutf8-case': { mode: 'nonutf8' },
  'fail-case': { mode: 'ok', reply: 'wrong answer' },
};

describe('exec harness faults in one suite run', () => {
  let repo: TempRepo;
  let countDir: string;
  let run: CliRun;
  let results: Results;
  const byId = (id: string): CaseResult => results.cases.find((c) => c.id === id)!;

  beforeAll(async () => {
    repo = await makeTempRepo();
    countDir = join(repo.dir, 'counts');
    await mkdir(countDir);
    await repo.write('evalgate.yml', configYaml({ timeoutMs: TIMEOUT_MS, retries: RETRIES, maxOutputBytes: MAX_OUT, env: { COUNT_DIR: countDir } }));
    for (const [id, input] of Object.entries(FAULT_CASES)) await repo.write(`evals/cases/t/${id}.yaml`, caseYaml({ id, input }));
    run = await repo.cli(['run', '--suite', 'benchmark', '--out', 'out/results.json']);
    results = await readResults(join(repo.dir, 'out/results.json'));
  });
  afterAll(() => repo?.cleanup());

  // A timeout's implicit failure entry has index -1 (no check); the schema must accept it, or
  // merge/compare/report/gate would refuse every run that had a timeout.
  it('writes results that validate against results.schema.json', async () => {
    expect(await schemaProblems(join(repo.dir, 'out/results.json'))).toEqual([]);
  });

  it('finishes in bounded time with exit 1 and every case in the results', () => {
    expect(run.code).toBe(1);
    // One hang (timeout + kill grace) dominates; everything else is a few quick processes.
    expect(run.ms).toBeLessThan(TIMEOUT_MS + 2000 + 5000);
    expect(results.cases.map((c) => c.id).sort()).toEqual(Object.keys(FAULT_CASES).sort());
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['crash-case', /exited with code 1 without printing a trace/],
    ['garbage-case', /not a valid trace: stdout is not JSON/],
    ['big-case', new RegExp(`stdout exceeded ${MAX_OUT} bytes`)],
    ['sigkill-case', /SIGKILL/],
    ['nonutf8-case', /not valid UTF-8/],
  ])('%s is an error after the configured retries, with a reason the user can act on', async (id, reason) => {
    const c = byId(id);
    expect(c.trials).toHaveLength(1);
    const t = c.trials[0];
    expect(t.outcome).toBe('error');
    expect(t.retries).toBe(RETRIES);
    expect(t.error).toMatch(reason);
    expect(c.errors).toBe(1);
    expect(c.passes).toBe(0);
    expect(await countInvocations(countDir, id)).toBe(RETRIES + 1);
  });

  it('garbage stdout: the reason says the output (stdout) is not a trace', () => {
    expect(byId('garbage-case').trials[0].error).toMatch(/output|stdout/i);
  });

  it('keeps the crashing harness stderr as evidence', () => {
    expect(byId('crash-case').trials[0].stderr_tail ?? '').toContain(MARKER);
  });

  it('a hang past timeout_ms is a fail of class timeout, not retried', async () => {
    const t = byId('hang-case').trials[0];
    expect(t.outcome).toBe('fail');
    expect(t.class).toBe('timeout');
    expect(t.retries).toBe(0);
    expect(await countInvocations(countDir, 'hang-case')).toBe(1);
  });

  it('a failing check is a fail that is never retried (exactly one attempt)', async () => {
    const t = byId('fail-case').trials[0];
    expect(t.outcome).toBe('fail');
    expect(t.class).toBe('bad_output');
    expect(t.failures[0].message).toMatch(/wrong answer/);
    expect(await countInvocations(countDir, 'fail-case')).toBe(1);
  });

  it('errors are not counted as failures and never as passes', () => {
    const errored = Object.keys(FAULT_CASES).filter((id) => byId(id).trials[0].outcome === 'error').length;
    expect(errored).toBe(5);
    expect(results.totals.errors).toBe(5);
    expect(results.totals.passes).toBe(1);
    const fails = Object.values(results.totals.failures_by_class).reduce((a, b) => a + b, 0);
    expect(fails).toBe(2); // timeout + bad_output only
    expect(results.totals.failures_by_class.timeout).toBe(1);
    expect(results.totals.failures_by_class.bad_output).toBe(1);
    expect(byId('ok-case').trials[0].outcome).toBe('pass');
  });

  it('the faulty run is usable downstream: report, merge and compare accept it', async () => {
    for (const argv of [
      ['report', 'out/results.json', '--format', 'junit'],
      ['merge', 'out/results.json', '--out', 'out/merged.json'],
    ]) {
      const r = await repo.cli(argv);
      expect(r.code, `${argv.join(' ')}: ${r.stderr}`).toBe(0);
    }
    // compare reads both as valid input (exit 0 or 1, never 2). Its verdict on identical runs is
    // `block`: a case that errored in both is treated as "new, errored" (see the integration report).
    const cmp = await repo.cli(['compare', '--base', 'out/results.json', '--head', 'out/merged.json']);
    expect([0, 1], cmp.stderr).toContain(cmp.code);
    expect(cmp.stderr).not.toMatch(/not a valid evalgate results file/);
  });

  it('leaves no harness process behind', async () => {
    // The hang harness was killed with its group; a second, short run must not be slowed by it.
    const again = await repo.cli(['run', '--suite', 'benchmark', '--case', 'ok-case', '--out', 'out/one.json']);
    expect(again.code).toBe(0);
  });
});

describe('jsonl protocol with a worker that dies mid-run', () => {
  let repo: TempRepo;
  let countDir: string;
  let jsonl: Results;
  let exec: Results;
  let run: CliRun;
  const ids = ['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6'];

  beforeAll(async () => {
    repo = await makeTempRepo();
    countDir = join(repo.dir, 'counts');
    const reqDir = join(repo.dir, 'reqs');
    await mkdir(countDir);
    await mkdir(reqDir);
    const env = { COUNT_DIR: countDir, REQ_DIR: reqDir, DIE_ON_REQUEST: '3' };
    for (const id of ids) await repo.write(`evals/cases/t/${id}.yaml`, caseYaml({ id, input: { mode: 'ok' } }));
    await repo.write('evalgate.yml', configYaml({ protocol: 'jsonl', timeoutMs: TIMEOUT_MS, env, concurrency: 2 }));
    run = await repo.cli(['run', '--suite', 'benchmark', '--out', 'jsonl.json']);
    jsonl = await readValidResults(join(repo.dir, 'jsonl.json'));
    await repo.write('evalgate.yml', configYaml({ protocol: 'exec', timeoutMs: TIMEOUT_MS, env: { COUNT_DIR: join(repo.dir, 'reqs') } }));
    const r2 = await repo.cli(['run', '--suite', 'benchmark', '--out', 'exec.json']);
    expect(r2.code).toBe(0);
    exec = await readValidResults(join(repo.dir, 'exec.json'));
  });
  afterAll(() => repo?.cleanup());

  it('retries the request the dead worker held, passes the rest, and completes', () => {
    expect(run.code).toBe(0);
    expect(jsonl.totals.passes).toBe(ids.length);
    expect(jsonl.totals.errors).toBe(0);
    const retried = jsonl.cases.filter((c) => c.trials[0].retries > 0);
    expect(retried).toHaveLength(1);
    expect(retried[0].trials[0].retries).toBe(1);
  });

  it('sent the retried case twice and every other case once', async () => {
    const counts = await Promise.all(ids.map((id) => countInvocations(countDir, id)));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(ids.length + 1);
    expect(counts.filter((n) => n === 2)).toHaveLength(1);
  });

  it('gives results of the same shape as exec', () => {
    const shape = (r: Results) =>
      r.cases.map((c) => ({ id: c.id, keys: Object.keys(c).sort(), trialKeys: c.trials.map((t) => Object.keys(t).filter((k) => k !== 'retries').sort()), passes: c.passes, runs: c.runs }));
    expect(shape(jsonl)).toEqual(shape(exec));
    expect(Object.keys(jsonl).sort()).toEqual(Object.keys(exec).sort());
    expect(Object.keys(jsonl.totals).sort()).toEqual(Object.keys(exec.totals).sort());
  });

  it('a jsonl worker that hangs is a timeout fail, and the run still completes', async () => {
    const r = await makeTempRepo();
    try {
      await r.write('evals/cases/t/hang.yaml', caseYaml({ id: 'hang', input: { mode: 'ok' }, timeoutMs: 800 }));
      await r.write('evals/cases/t/fine.yaml', caseYaml({ id: 'fine', input: { mode: 'ok' } }));
      // A worker that never answers: `sleep` reads no stdin and prints nothing.
      await r.write('evalgate.yml', 'harness:\n  command: sleep 30\n  protocol: jsonl\n  timeout_ms: 800\ncases: evals/cases/**/*.yaml\nconcurrency: 2\n');
      const res = await r.cli(['run', '--suite', 'benchmark', '--out', 'r.json']);
      expect(res.code).toBe(1);
      expect(res.ms).toBeLessThan(8000);
      const out = await readValidResults(join(r.dir, 'r.json'));
      for (const c of out.cases) {
        expect(c.trials[0].outcome).toBe('fail');
        expect(c.trials[0].class).toBe('timeout');
      }
    } finally {
      await r.cleanup();
    }
  });
});

describe('harness descendants that keep stdout open', () => {
  it.each([
    ['a backgrounded child in the same process group', 'sleep 20 & exec node'],
    ['a child that escaped with setsid', 'setsid sleep 3 & exec node'],
  ])('%s does not hold the run open', async (_name, prefix) => {
    const repo = await makeTempRepo();
    try {
      const config = configYaml({ timeoutMs: 10_000 }).replace(/command: node /, `command: ${prefix} `);
      await repo.write('evalgate.yml', config);
      await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'bg', input: { mode: 'ok' } }));
      const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'r.json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.ms).toBeLessThan(4000);
      expect((await readValidResults(join(repo.dir, 'r.json'))).totals.passes).toBe(1);
    } finally {
      await repo.cleanup();
    }
  });
});

describe('a harness command that does not exist', () => {
  it('errors every case (exit 1) with the shell complaint kept as evidence, after the retries', async () => {
    const repo = await makeTempRepo();
    try {
      await repo.write('evalgate.yml', configYaml({ retries: 1 }).replace(/command: .*/, 'command: no-such-harness-binary --flag'));
      await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'typo', input: { mode: 'ok' } }));
      const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'r.json']);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(STACK_LINE);
      const t = (await readValidResults(join(repo.dir, 'r.json'))).cases[0].trials[0];
      expect(t).toMatchObject({ outcome: 'error', retries: 1 });
      expect(t.error).toMatch(/code 127/);
      expect(t.stderr_tail).toMatch(/no-such-harness-binary.*not found/);
    } finally {
      await repo.cleanup();
    }
  });
});
