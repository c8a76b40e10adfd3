// The bundled example (evals/ + evalgate.yml, copied to a temp dir) through the real CLI
// process: baseline run, a gate that blocks the seeded regression, a gate that passes, reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Comparison, Results } from '../../src/types.js';
import { DIST_CLI, ensureDist, makeTempRepo, PROJECT_ROOT, readValidResults, schemaProblems, spawnCli, STACK_LINE, xmlProblems, type CliRun, type TempRepo } from './helpers.js';

describe('bundled example through dist/cli.js', () => {
  let repo: TempRepo;
  let base: CliRun;
  let blocked: CliRun;
  let passed: CliRun;
  let baseResults: Results;

  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-demo-');
    await cp(join(PROJECT_ROOT, 'evals'), join(repo.dir, 'evals'), { recursive: true });
    await cp(join(PROJECT_ROOT, 'evalgate.yml'), join(repo.dir, 'evalgate.yml'));
    base = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'base.json']);
    baseResults = await readValidResults(join(repo.dir, 'base.json'));
    [blocked, passed] = await Promise.all([
      spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-regressed'], { EVALGATE_DEMO_VARIANT: 'regressed' }),
      spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-ok'], { EVALGATE_DEMO_VARIANT: 'baseline' }),
    ]);
  });
  afterAll(() => repo?.cleanup());

  it('the baseline run passes (exit 0) and writes valid results', () => {
    expect(base.code).toBe(0);
    expect(base.stderr).not.toMatch(STACK_LINE);
    expect(baseResults.cases.length).toBeGreaterThan(0);
    expect(baseResults.totals.passes).toBe(baseResults.totals.runs);
  });

  it('the regressed variant is blocked (exit 1) naming the guarded issue', async () => {
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).not.toMatch(STACK_LINE);
    expect(blocked.stdout).toContain('refund-policy-before-payment — guards #101');
    expect(blocked.stdout).toMatch(/BLOCKED/);
    const md = await repo.read('gate-regressed/report.md');
    expect(md).toContain('refund-policy-before-payment');
    // Shown inert in Markdown (#\u200b101: no cross-reference from a report).
    expect(md).toContain('guards #\u200b101');
    const cmp = JSON.parse(await repo.read('gate-regressed/comparison.json')) as Comparison;
    expect(cmp.verdict).toBe('block');
    expect(cmp.cases.find((c) => c.id === 'refund-policy-before-payment')?.status).toBe('regressed');
  });

  it('the baseline variant passes (exit 0) and runs no extra trials', async () => {
    expect(passed.code).toBe(0);
    const head = await readValidResults(join(repo.dir, 'gate-ok/results.json'));
    const configured = new Map(baseResults.cases.map((c) => [c.id, c.trials.length]));
    for (const c of head.cases) expect(c.trials.length, c.id).toBe(configured.get(c.id));
    expect(head.notices.join('\n')).not.toMatch(/extra trial/);
    expect(passed.stdout).not.toMatch(/extra trial/);
  });

  it('every results file the gates wrote validates against results.schema.json', async () => {
    expect(await schemaProblems(join(repo.dir, 'gate-regressed/results.json'))).toEqual([]);
    expect(await schemaProblems(join(repo.dir, 'gate-ok/results.json'))).toEqual([]);
  });

  it('report --format junit is well-formed XML with one testcase per case', async () => {
    const fromResults = await spawnCli(repo.dir, ['report', 'base.json', '--format', 'junit']);
    expect(fromResults.code).toBe(0);
    expect(xmlProblems(fromResults.stdout)).toEqual([]);
    const names = [...fromResults.stdout.matchAll(/<testcase [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names.sort()).toEqual(baseResults.cases.map((c) => c.id).sort());

    const fromCmp = await spawnCli(repo.dir, ['report', 'gate-regressed/comparison.json', '--format', 'junit']);
    expect(fromCmp.code).toBe(0);
    expect(xmlProblems(fromCmp.stdout)).toEqual([]);
    const caseRows = [...fromCmp.stdout.matchAll(/<testcase classname="(?!evalgate\.)[^"]*" name="([^"]+)"/g)].map((m) => m[1]);
    expect(caseRows.sort()).toEqual(baseResults.cases.map((c) => c.id).sort());
    expect(await repo.read('gate-regressed/junit.xml').then(xmlProblems)).toEqual([]);
  });

  it('report --format md of the blocked gate has the regressions section', async () => {
    const r = await spawnCli(repo.dir, ['report', 'gate-regressed/comparison.json', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#+ Regressions/m);
    expect(r.stdout).toContain('refund-policy-before-payment');
  });

  // Regression test (fixed in src/cli.ts): when the reader of stdout goes away (`| head`), the write fails with
  // EPIPE and node prints an unhandled 'error' event with a stack trace. Fix: in src/cli.ts,
  // process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); }).
  //
  it('report piped into `head` ends quietly (no EPIPE stack trace)', async () => {
    const r = await new Promise<{ stderr: string }>((resolvePromise) => {
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(DIST_CLI)} report gate-regressed/results.json --format json | head -c 10 > /dev/null`;
      const child = spawn('sh', ['-c', cmd], { cwd: repo.dir, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += c));
      child.on('close', () => resolvePromise({ stderr }));
    });
    expect(r.stderr).not.toMatch(/EPIPE/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('user errors from the real process: exit 2, one message, no stack trace', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['run', '--suite', 'benchmark', '--case', 'nope'], /unknown case 'nope'/],
      [['gate', '--suite', 'benchmark', '--baseline', 'missing.json'], /missing\.json/],
      [['report', 'evalgate.yml'], /evalgate\.yml/],
      [['run', '--suite', 'benchmark', '--config', 'nothere.yml'], /nothere\.yml/],
    ];
    const runs = await Promise.all(cases.map(([argv]) => spawnCli(repo.dir, argv)));
    runs.forEach((r, i) => {
      expect(r.code, cases[i][0].join(' ')).toBe(2);
      expect(r.stderr).toMatch(cases[i][1]);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(r.stderr).not.toMatch(/unexpected error/);
    });
  });
});
