// `evalgate baseline` then `evalgate gate` in a real git repository with a seeded stochastic jsonl
// harness: the documented local flow (store on main, gate on a branch), as a user runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Comparison, Results } from '../../src/types.js';
import { PROJECT_ROOT, git, makeTempRepo, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

const STOCH = join(PROJECT_ROOT, 'test/fixtures/stochastic-harness.mjs');

function stochCase(id: string, p: number): string {
  return [
    `id: ${id}`,
    `title: Stochastic case ${id}`,
    'guards: 101',
    'workflow: refund',
    'severity: sev1',
    'failure_class: bad_output',
    'suites: [benchmark]',
    'trials: 3',
    `input: { p: ${p} }`,
    'checks:',
    '  - type: output_match',
    '    path: reply',
    '    pattern: "^ok$"',
    '',
  ].join('\n');
}

describe('evalgate baseline, then gate on a branch', () => {
  let repo: TempRepo;
  let main: string;

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-baseline-');
    await repo.write('evalgate.yml', ['harness:', `  command: node ${JSON.stringify(STOCH)}`, '  protocol: jsonl', '  paths: ["agent/**"]', 'concurrency: 2', ''].join('\n'));
    await repo.write('agent/prompt.txt', 'v1\n');
    await repo.write('evals/cases/refund/steady.yaml', stochCase('steady', 0.9));
    await repo.write('evals/cases/refund/dropper.yaml', stochCase('dropper', 0.9));
    await repo.write('.gitignore', '.evalgate/\n');
    git(repo.dir, 'init', '-q', '-b', 'main');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'main');
    main = git(repo.dir, 'rev-parse', 'HEAD');
  });
  afterAll(async () => repo?.cleanup());

  it('stores a sized baseline in the store layout the gate reads', async () => {
    const b = await repo.cli(['baseline', '--suite', 'benchmark'], { STOCH_SEED: 'base-1' });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain(`baseline: .evalgate/baselines/benchmark/${main}.json`);
    const stored: Results = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${main}.json`));
    for (const c of stored.cases) {
      expect(c.stochastic).toBe(true);
      // Sized for the gate's power (3x the head's plan for 2 stochastic cases), far beyond trials: 3.
      expect(c.runs).toBeGreaterThanOrEqual(60);
      expect(c.runs).toBeLessThanOrEqual(400);
    }
    expect(repo.exists(`.evalgate/baselines/index/main.json`)).toBe(true);
    expect(stored.cases.every((c) => /^[0-9a-f]{64}$/.test(c.fingerprint ?? ''))).toBe(true);
  });

  it('a later commit that leaves harness.paths alone pools the stored trials; one that changes them starts afresh', async () => {
    const first: Results = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${main}.json`));
    await repo.write('notes.txt', 'docs only\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'docs');
    const docs = git(repo.dir, 'rev-parse', 'HEAD');
    const b = await repo.cli(['baseline', '--suite', 'benchmark'], { STOCH_SEED: 'base-2' });
    expect(b.code, b.stderr).toBe(0);
    const pooled: Results = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${docs}.json`));
    expect(pooled.notices.join('\n')).toMatch(new RegExp(`pooled \\d+ trial\\(s\\) of 2 case\\(s\\) from the stored run at ${main.slice(0, 7)}`));
    for (const c of pooled.cases) {
      const before = first.cases.find((x) => x.id === c.id)!;
      expect(c.fingerprint).toBe(before.fingerprint);
      // The stored trials plus this run's own configured 3 (the target was met already).
      expect(c.runs + c.errors).toBe(Math.min(400, before.runs + before.errors + 3));
    }

    await repo.write('agent/prompt.txt', 'v2\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'prompt change');
    const changed = git(repo.dir, 'rev-parse', 'HEAD');
    expect((await repo.cli(['baseline', '--suite', 'benchmark'], { STOCH_SEED: 'base-3' })).code).toBe(0);
    const fresh: Results = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${changed}.json`));
    expect(fresh.notices.join('\n')).not.toMatch(/pooled/);
    for (const c of fresh.cases) expect(c.fingerprint).not.toBe(first.cases.find((x) => x.id === c.id)!.fingerprint);
    // Back to the commit the feature branch starts from.
    git(repo.dir, 'checkout', '-q', main);
    git(repo.dir, 'checkout', '-q', '-B', 'main');
  });

  it('an unchanged branch passes; a branch whose harness dropped one case blocks on that case only', async () => {
    git(repo.dir, 'checkout', '-q', '-b', 'feature');
    await repo.write('notes.txt', 'x\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'docs only');
    // Outside harness.paths: skipped by the action's rule, locally too, and said so.
    const skipped = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', 'g-skip'], { STOCH_SEED: 'head-0' });
    expect(skipped.code, skipped.stdout + skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('skipped: this change touches only notes.txt, none of it the harness (harness.paths (agent/**))');
    expect(repo.exists('g-skip/comparison.json')).toBe(false);
    // An uncommitted edit in the harness scope is part of the change: no skip.
    await repo.write('agent/prompt.txt', 'v1 (edited)\n');
    const dirty = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', 'g-dirty'], { STOCH_SEED: 'head-0' });
    expect(dirty.stdout).not.toContain('skipped:');
    git(repo.dir, 'checkout', '-q', '--', 'agent/prompt.txt');
    await repo.write('agent/tools.txt', 'same behaviour\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'feature');
    const same = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', 'g-same'], { STOCH_SEED: 'head-1' });
    expect(same.code, same.stdout + same.stderr).toBe(0);
    const cmpSame = JSON.parse(await repo.read('g-same/comparison.json')) as Comparison;
    expect(cmpSame.base?.commit).toBe(main);
    expect(cmpSame.family).toMatchObject({ procedure: 'bonferroni', tests: 2, case_alpha: 0.025 });
    for (const row of cmpSame.cases) {
      expect(row.status).not.toBe('regressed');
      expect(row.status).not.toBe('inconclusive');
      // Every stochastic case got more than its 3 configured trials: it was examined, not waved through.
      expect(row.head!.runs).toBeGreaterThan(3);
    }

    const drop = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', 'g-drop'], {
      STOCH_SEED: 'head-2',
      STOCH_DROP_CASE: 'dropper',
      STOCH_DROP: '0.4',
    });
    expect(drop.code, drop.stdout + drop.stderr).toBe(1);
    expect(drop.stderr).not.toMatch(STACK_LINE);
    expect(drop.stdout).toContain('dropper — guards #101');
    const cmp = JSON.parse(await repo.read('g-drop/comparison.json')) as Comparison;
    const byId = Object.fromEntries(cmp.cases.map((c) => [c.id, c]));
    expect(byId.dropper.status).toBe('regressed');
    expect(byId.dropper.p_value).toBeLessThanOrEqual(cmp.family!.case_alpha);
    expect(byId.steady.status).not.toBe('regressed');
    expect(await repo.read('g-drop/report.md')).toMatch(/How this was decided: each stochastic case runs until a one-sided exact test/);
  });

  it('gate --shard i/n decides each shard as a member of the whole suite; the merged shards compare to the same family', async () => {
    const env = { STOCH_SEED: 'head-3', STOCH_DROP_CASE: 'dropper', STOCH_DROP: '0.4' };
    const files: string[] = [];
    for (const i of [1, 2]) {
      const r = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--shard', `${i}/2`, '--out', `g-shard-${i}`], env);
      expect(r.stderr).not.toMatch(STACK_LINE);
      const cmp = JSON.parse(await repo.read(`g-shard-${i}/comparison.json`)) as Comparison;
      // One case per shard, yet each decides at the suite's alpha / 2 (was alpha / 1: a shard's own family).
      expect(cmp.family).toMatchObject({ tests: 2, case_alpha: 0.025 });
      expect(cmp.cases.filter((c) => c.status === 'removed')).toEqual([]);
      files.push(`g-shard-${i}/results.json`);
    }
    expect((await repo.cli(['merge', ...files, '--out', 'merged.json'])).code).toBe(0);
    const merged = await repo.cli(['compare', '--base', `.evalgate/baselines/benchmark/${main}.json`, '--head', 'merged.json', '--config', 'evalgate.yml', '--out', 'merged-cmp.json']);
    const cmp = JSON.parse(await repo.read('merged-cmp.json')) as Comparison;
    expect(cmp.family).toMatchObject({ tests: 2, case_alpha: 0.025 });
    expect(cmp.cases.find((c) => c.id === 'dropper')!.status).toBe('regressed');
    expect(merged.code).toBe(1);
  });

  it('gate --reuse continues from an earlier gate of the change: an unchanged harness costs 0 new runs, a changed one reuses nothing', async () => {
    const first = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', 'g-r1'], { STOCH_SEED: 'head-r1' });
    expect(first.stderr).not.toMatch(STACK_LINE);
    const cmp1 = JSON.parse(await repo.read('g-r1/comparison.json')) as Comparison;
    expect(cmp1.spend!.head.harness_runs).toBeGreaterThan(6);
    // A docs-only push to the change (outside harness.paths): the re-run reuses every head trial.
    await repo.write('notes.txt', 'more docs\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'docs on the branch');
    const again = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--reuse', 'g-r1', '--out', 'g-r2'], { STOCH_SEED: 'head-r2' });
    expect(again.code).toBe(first.code);
    const cmp2 = JSON.parse(await repo.read('g-r2/comparison.json')) as Comparison;
    expect(cmp2.spend!.head.harness_runs).toBe(0);
    expect(cmp2.notices.join('\n')).toMatch(/reused \d+ head trial\(s\) of 2 case\(s\) from an earlier gate of this change .*; 0 new harness run\(s\)/);
    expect(cmp2.cases.map((c) => [c.id, c.status, c.head])).toEqual(cmp1.cases.map((c) => [c.id, c.status, c.head]));
    // A harness change: a new fingerprint, so nothing is reused and the cases run afresh.
    await repo.write('agent/prompt.txt', 'v3\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'prompt change on the branch');
    await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--reuse', 'g-r2', '--out', 'g-r3'], { STOCH_SEED: 'head-r3' });
    const cmp3 = JSON.parse(await repo.read('g-r3/comparison.json')) as Comparison;
    expect(cmp3.notices.join('\n')).not.toMatch(/reused/);
    expect(cmp3.spend!.head.harness_runs).toBeGreaterThan(6);
    // A missing prior is a usage error naming the path, not a silent fresh gate.
    const missing = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--reuse', 'nope', '--out', 'g-r4']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--reuse "nope": no such file or directory');
  });
});
