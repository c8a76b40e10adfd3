// The CLI verbs on temporary repositories: validation output, bad config, case selection,
// sharding + merge + compare, each asserting what the user sees and the exit code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { Results } from '../../src/types.js';
import { caseYaml, configYaml, listFiles, makeTempRepo, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

const HEAD = (id: string) => `id: ${id}\ntitle: t\nguards: 1\nworkflow: w\nseverity: sev1\ninput: {}\n`;

describe('validate with several broken files', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml());
    await repo.write('evals/cases/t/a.yaml', HEAD('a-bad-check') + 'checks:\n  - type: bogus\n');
    await repo.write('evals/cases/t/b.yaml', HEAD('b-bad-guards').replace('guards: 1', 'guards: not an issue') + 'checks:\n  - type: no_tool_errors\n');
    await repo.write('evals/cases/t/c.yaml', HEAD('dup') + 'checks:\n  - type: no_tool_errors\n');
    await repo.write('evals/cases/t/d.yaml', HEAD('dup') + 'checks:\n  - type: no_tool_errors\n');
    await repo.write('evals/cases/t/e.yaml', HEAD('e-fixture') + 'fixtures: ../../fixtures/missing.json\nchecks:\n  - type: no_tool_errors\n');
    await repo.write('evals/cases/t/f.yaml', 'id: f-yaml\ntitle: [unclosed\nguards: 1\n');
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'fine', input: { mode: 'ok' } }));
  });
  afterAll(() => repo?.cleanup());

  it('prints every problem as file:line:col in one pass and exits 2 without a stack trace', async () => {
    const r = await repo.cli(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('evals/'));
    const expected: Array<[string, RegExp]> = [
      ['evals/cases/t/a.yaml', /unknown check type "bogus"/],
      ['evals/cases/t/b.yaml', /guards.*not an issue/],
      ['evals/cases/t/c.yaml', /duplicate case id "dup"/],
      ['evals/cases/t/d.yaml', /duplicate case id "dup"/],
      ['evals/cases/t/e.yaml', /missing\.json/],
      ['evals/cases/t/f.yaml', /YAML/],
    ];
    for (const [file, msg] of expected) {
      const line = lines.find((l) => l.startsWith(file + ':'));
      expect(line, `no problem printed for ${file}`).toBeDefined();
      expect(line).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}:\\d+:\\d+: `));
      expect(line).toMatch(msg);
    }
    expect(lines.some((l) => l.includes('ok.yaml'))).toBe(false);
  });

  it('run with a broken case or config exits 2 and writes nothing', async () => {
    const before = await listFiles(repo.dir);
    const r = await repo.cli(['run', '--suite', 'benchmark']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing was run/);
    await repo.write('evalgate.yml', 'harness:\n  protocol: grpc\nconcurrency: -1\n');
    const r2 = await repo.cli(['run', '--suite', 'benchmark']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/^evalgate\.yml:\d+:\d+: .*command/m);
    expect(r2.stderr).toMatch(/^evalgate\.yml:\d+:\d+: .*grpc/m);
    expect(r2.stderr).not.toMatch(STACK_LINE);
    // The config changed; nothing else may have appeared (no .evalgate/, no results).
    expect(await listFiles(repo.dir)).toEqual(before);
    await repo.write('evalgate.yml', configYaml());
  });
});

describe('case selection, shards, merge and compare', () => {
  let repo: TempRepo;
  let full: Results;
  // A mix of passing and deterministically failing cases, some with several trials.
  const cases = [
    { id: 'c-01', input: { mode: 'ok' } },
    { id: 'c-02', input: { mode: 'ok', reply: 'nope' } },
    { id: 'c-03', input: { mode: 'ok' }, trials: 2 },
    { id: 'c-04', input: { mode: 'ok' } },
    { id: 'c-05', input: { mode: 'ok', reply: 'nope' }, trials: 3 },
    { id: 'c-06', input: { mode: 'ok' } },
    { id: 'c-07', input: { mode: 'ok' }, severity: 'sev3' }, // coverage only
  ];

  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
    for (const c of cases) await repo.write(`evals/cases/t/${c.id}.yaml`, caseYaml(c));
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'full.json']);
    expect(r.code).toBe(1);
    full = await readValidResults(join(repo.dir, 'full.json'));
  });
  afterAll(() => repo?.cleanup());

  it('runs the suite members only (a sev3 case is coverage-only)', () => {
    expect(full.cases.map((c) => c.id)).toEqual(['c-01', 'c-02', 'c-03', 'c-04', 'c-05', 'c-06']);
    expect(full.totals.runs).toBe(9);
    expect(full.totals.passes).toBe(5);
  });

  it('--case runs exactly the named cases', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--case', 'c-01', '--case', 'c-04', '--out', 'sel.json']);
    expect(r.code).toBe(0);
    const sel = await readValidResults(join(repo.dir, 'sel.json'));
    expect(sel.cases.map((c) => c.id).sort()).toEqual(['c-01', 'c-04']);
  });

  it('--case with an unknown id exits 2 naming the id and writes nothing', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--case', 'no-such-case', '--out', 'unknown.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown case 'no-such-case' (known: ");
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(repo.exists('unknown.json')).toBe(false);
  });

  it('shard 1/2 + shard 2/2, merged, equal the unsharded run; compare verdict is pass', async () => {
    const s1 = await repo.cli(['run', '--suite', 'benchmark', '--shard', '1/2', '--out', 's1.json']);
    const s2 = await repo.cli(['run', '--suite', 'benchmark', '--shard', '2/2', '--out', 's2.json']);
    expect([s1.code, s2.code].every((c) => c === 0 || c === 1)).toBe(true);
    const r1 = await readValidResults(join(repo.dir, 's1.json'));
    const r2 = await readValidResults(join(repo.dir, 's2.json'));
    // Disjoint and complete.
    const ids1 = r1.cases.map((c) => c.id);
    const ids2 = r2.cases.map((c) => c.id);
    expect(ids1.filter((id) => ids2.includes(id))).toEqual([]);
    expect([...ids1, ...ids2].sort()).toEqual(full.cases.map((c) => c.id).sort());

    const m = await repo.cli(['merge', 's1.json', 's2.json', '--out', 'merged.json']);
    expect(m.code).toBe(0);
    const merged = await readValidResults(join(repo.dir, 'merged.json'));
    expect(merged.cases.map((c) => c.id).sort()).toEqual(full.cases.map((c) => c.id).sort());
    for (const k of ['cases', 'runs', 'passes', 'errors', 'pass_rate', 'pass_pow_k', 'failures_by_class', 'failures_by_level'] as const) {
      expect(merged.totals[k], k).toEqual(full.totals[k]);
    }
    const perCase = (r: Results) => Object.fromEntries(r.cases.map((c) => [c.id, [c.passes, c.runs, c.errors, c.definition_hash]]));
    expect(perCase(merged)).toEqual(perCase(full));

    const cmp = await repo.cli(['compare', '--base', 'full.json', '--head', 'merged.json', '--out', 'cmp.json']);
    expect(cmp.code).toBe(0);
    expect(JSON.parse(await repo.read('cmp.json')).verdict).toBe('pass');
  });

  it('merging the same shard twice is refused with exit 2', async () => {
    await repo.cli(['run', '--suite', 'benchmark', '--shard', '1/2', '--out', 'dup1.json']);
    const m = await repo.cli(['merge', 'dup1.json', 'dup1.json', '--out', 'dupmerged.json']);
    expect(m.code).toBe(2);
    expect(m.stderr).not.toMatch(STACK_LINE);
    expect(repo.exists('dupmerged.json')).toBe(false);
  });

  it.each([
    [['run', '--suite', 'nightly'], /--suite "nightly"/],
    [['run', '--suite', 'benchmark', '--shard', '3/2'], /--shard "3\/2"/],
    [['compare', '--base', 'missing.json', '--head', 'full.json'], /missing\.json/],
    [['report', 'full.json', '--format', 'pdf'], /--format "pdf"/],
    [['frobnicate'], /"frobnicate" is not an evalgate command/],
  ])('usage error %j exits 2 with a message naming the input', async (argv, msg) => {
    const r = await repo.cli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('gate against a results file: removed guards and new cases', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
    await repo.write('evals/cases/t/keep.yaml', caseYaml({ id: 'keep-a', input: { mode: 'ok' } }));
    await repo.write('evals/cases/t/guard.yaml', caseYaml({ id: 'guard-b', input: { mode: 'ok' }, guards: 7 }));
    expect((await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'])).code).toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it('a removed guard case and a failing new case both block, each named', async () => {
    await rm(join(repo.dir, 'evals/cases/t/guard.yaml'));
    await repo.write('evals/cases/t/new.yaml', caseYaml({ id: 'new-c', input: { mode: 'ok', reply: 'not yet fixed' }, guards: 8 }));
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'g1']);
    expect(g.code).toBe(1);
    const cmp = JSON.parse(await repo.read('g1/comparison.json'));
    const byId = Object.fromEntries(cmp.cases.map((c: { id: string }) => [c.id, c]));
    expect(byId['guard-b']).toMatchObject({ status: 'removed', blocking: true });
    expect(byId['new-c']).toMatchObject({ status: 'new', blocking: true });
    expect(g.stdout).toContain('guard-b');
    expect(g.stdout).toContain('new-c');
    expect(await repo.read('g1/report.md')).toMatch(/guard-b/);
  });

  it('--allow-guard-removal with the new case passing lets the gate pass', async () => {
    await repo.write('evals/cases/t/new.yaml', caseYaml({ id: 'new-c', input: { mode: 'ok' }, guards: 8 }));
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--allow-guard-removal', '--out', 'g2']);
    expect(g.code).toBe(0);
    const cmp = JSON.parse(await repo.read('g2/comparison.json'));
    expect(cmp.verdict).toBe('pass');
    expect(cmp.cases.find((c: { id: string }) => c.id === 'guard-b')).toMatchObject({ status: 'removed', blocking: false });
  });
  it('JUnit testcase times are the head trials\' latencies, in junit.xml and in report --format junit of the comparison', async () => {
    const head = JSON.parse(await repo.read('g2/results.json')) as Results;
    const want = (head.cases.find((c) => c.id === 'keep-a')!.trials.reduce((s, t) => s + t.latency_ms, 0) / 1000).toFixed(3);
    expect(Number(want)).toBeGreaterThan(0);
    const fromReport = await repo.cli(['report', 'g2/comparison.json', '--format', 'junit']);
    for (const xml of [await repo.read('g2/junit.xml'), fromReport.stdout]) {
      expect(xml).toMatch(new RegExp(`<testcase classname="[^"]*" name="keep-a" time="${want.replace('.', '\\.')}"`));
    }
  });
});

describe('gate options against a full baseline', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
    for (const id of ['g-1', 'g-2', 'g-3']) await repo.write(`evals/cases/t/${id}.yaml`, caseYaml({ id, input: { mode: 'ok' } }));
    expect((await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'])).code).toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it('gate --case compares only the selected cases (the others are not "removed")', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--case', 'g-2', '--out', 'g']);
    expect(g.code, g.stdout).toBe(0);
    const cmp = JSON.parse(await repo.read('g/comparison.json'));
    expect(cmp.cases.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['g-2', 'unchanged']]);
  });

  it('gate with a baseline of another suite exits 2 before running anything', async () => {
    const g = await repo.cli(['gate', '--suite', 'coverage', '--baseline', 'base.json', '--out', 'cov']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/suite benchmark/);
    expect(g.stderr).not.toMatch(/unexpected error/);
    expect(g.stderr).not.toMatch(/\[\d+\/\d+\]/); // no progress lines: nothing ran
    expect(repo.exists('cov')).toBe(false);
  });
});
