import { describe, expect, it } from 'vitest';
import { classifyPair, compareResults } from '../../src/comparison/compare.js';
import type { CaseStatus, Results } from '../../src/types.js';
import { HASH_B, caseResult, gate, results } from '../results/helpers.js';

const opts = { gate: gate(), baseSource: 'stored (merge base)', allowGuardRemoval: false };

function count(pattern: string): { passes: number; runs: number; errors: number } {
  const passes = [...pattern].filter((c) => c === 'p').length;
  const errors = [...pattern].filter((c) => c === 'e').length;
  return { passes, runs: pattern.length - errors, errors };
}

const ctx = { alpha: 0.05, power: 0.9, min_drop: 0.2, max_trials: 200 };
const many = (c: string, n: number) => c.repeat(n);

describe('classifyPair', () => {
  it.each<[string, string, boolean | undefined, CaseStatus, string]>([
    ['p', 'f', undefined, 'regressed', 'deterministic: 1 trial, baseline 100%, one failure regresses'],
    ['p', 'p', undefined, 'unchanged', 'deterministic pass'],
    ['pp', 'ff', false, 'regressed', 'declared deterministic (trials: 1) with a perfect baseline, failing every head trial'],
    ['ppp', 'fff', false, 'regressed', 'a head failure confirmed by every trial (the gate confirms with 3)'],
    ['pp', 'pf', false, 'inconclusive', 'declared deterministic but passed and failed on head: the claim is refuted, not a pass'],
    ['ppp', 'ffp', false, 'inconclusive', 'a confirmation that passed: not deterministic, never a block on one flake'],
    ['ppp', 'ffe', false, 'regressed', 'errors do not refute a deterministic failure'],
    ['f', 'f', undefined, 'unchanged', 'identical counts are unchanged, not flaky'],
    ['ppf', 'ppf', true, 'inconclusive', 'identical counts against a 3-trial baseline: too short to back a pass'],
    [many('p', 270) + many('f', 30), many('p', 54) + many('f', 6), true, 'unchanged', 'identical rates against a baseline that carries its evidence'],
    ['f', 'p', undefined, 'fixed', 'never passed, now always passes'],
    ['p', 'e', undefined, 'errored', 'errored where the baseline passed'],
    ['f', 'e', undefined, 'still_erroring', 'errors where the baseline never passed: broken on base too'],
    ['pp', 'pe', true, 'errored', 'head errors where the baseline passed'],
    ['pppppppppf', 'pppppppfff', true, 'inconclusive', 'differs, and 10 trials cannot settle the test'],
    [many('p', 100), many('f', 20), true, 'regressed', 'a collapse against a long baseline'],
    [many('p', 90) + many('f', 10), many('p', 27) + many('f', 3), true, 'unchanged', 'same rate, enough trials'],
    [many('p', 90) + many('f', 10), many('p', 30), true, 'flaky', 'better, not significantly'],
  ])('base %s head %s (stochastic %s) -> %s: %s', (b, h, declared, want) => {
    expect(classifyPair(count(b), count(h), declared, ctx).status).toBe(want);
  });

  it('a stochastic case accepted early by futility is not a regression and says how it was decided', () => {
    const d = classifyPair(count(many('p', 180) + many('f', 20)), count(many('p', 30)), true, ctx);
    expect(d.status).toBe('flaky');
    expect(d.kind).toBe('stochastic');
    expect(['futility', 'curtailed', 'exact_test']).toContain(d.decided_by);
    expect(d.mde).toBeGreaterThan(0);
    expect(d.mde).toBeLessThan(0.5);
  });
});

function row(cmp: ReturnType<typeof compareResults>, id: string) {
  const r = cmp.cases.find((c) => c.id === id);
  if (r === undefined) throw new Error(`no row ${id}`);
  return r;
}

describe('compareResults', () => {
  const base = results([
    caseResult('reg', 'pppp'),
    caseResult('fix', 'f'),
    caseResult('flk', 'ppp', { trials: 3 }),
    caseResult('same', 'pp'),
    caseResult('err', 'p'),
    caseResult('gone', 'p', { guards: 42 }),
    caseResult('mod', 'p'),
  ]);
  const head = results([
    caseResult('reg', 'ffff'),
    caseResult('fix', 'p'),
    caseResult('flk', 'ppf', { trials: 3 }),
    caseResult('same', 'pp'),
    caseResult('err', 'e'),
    caseResult('mod', 'p', { definition_hash: HASH_B }),
    caseResult('new-ok', 'p'),
    caseResult('new-bad', 'f', { guards: 'acme/agent#9' }),
  ]);
  const cmp = compareResults(base, head, opts);

  it('assigns every status', () => {
    const got = Object.fromEntries(cmp.cases.map((c) => [c.id, c.status]));
    expect(got).toEqual({
      reg: 'regressed',
      fix: 'fixed',
      flk: 'inconclusive',
      same: 'unchanged',
      err: 'errored',
      gone: 'removed',
      mod: 'unchanged',
      'new-ok': 'new',
      'new-bad': 'new',
    });
    expect(row(cmp, 'mod').modified).toBe(true);
    expect(row(cmp, 'same').modified).toBe(false);
  });

  it('orders rows blocking-first and marks blocking rows', () => {
    expect(cmp.cases.map((c) => c.id)).toEqual(['reg', 'err', 'gone', 'new-bad', 'new-ok', 'flk', 'fix', 'mod', 'same']);
    expect(cmp.cases.filter((c) => c.blocking).map((c) => c.id).sort()).toEqual(['err', 'gone', 'new-bad', 'reg']);
    expect(cmp.verdict).toBe('block');
  });

  it('carries counts, p-value, class, first failing message and evidence for failing rows', () => {
    const r = row(cmp, 'reg');
    expect(r.base).toEqual({ passes: 4, runs: 4, errors: 0 });
    expect(r.head).toEqual({ passes: 0, runs: 4, errors: 0 });
    // A deterministic case (trials: 1, perfect baseline): decided by the one-failure rule, no p-value.
    expect(r.decided_by).toBe('deterministic');
    expect(r.p_value).toBeNull();
    expect(r.class).toBe('bad_decision');
    expect(r.message).toMatch(/^trajectory: expected tool a before b/);
    expect(r.evidence).toContain('stderr evidence');
    expect(r.title).toBe('Title of reg');
    expect(row(cmp, 'err').message).toBe('harness crashed: exit 1');
    expect(row(cmp, 'same').message).toBeNull();
  });

  it('computes the paired suite delta over cases present on both sides', () => {
    // pairs: reg 1->0, fix 0->1, flk 1->2/3, same 1->1, mod 1->1 (err has no evaluated head run)
    expect(cmp.suite_delta.paired_cases).toBe(5);
    expect(cmp.suite_delta.mean_diff).toBeCloseTo((-1 + 1 - 1 / 3) / 5, 12);
    expect(cmp.suite_delta.ci95[0]).toBeLessThan(cmp.suite_delta.mean_diff);
  });

  it('records the baseline source and both commits', () => {
    expect(cmp.base).toEqual({ commit: base.commit, ref: base.ref, source: 'stored (merge base)' });
    expect(cmp.head.commit).toBe(head.commit);
  });

  it('passes when only non-blocking differences remain', () => {
    const b = results([caseResult('a', 'ppp', { trials: 3 }), caseResult('b', 'f')]);
    const h = results([caseResult('a', 'ppf', { trials: 3 }), caseResult('b', 'p'), caseResult('c', 'p')]);
    const c = compareResults(b, h, opts);
    expect(c.verdict).toBe('pass');
    // Three trials cannot settle a stochastic case's test: a warning, never a silent pass.
    expect(c.reasons.map((r) => [r.kind, r.blocking])).toEqual([['inconclusive', false]]);
  });

  it('allows guard removal with the label, and errors with on_error: warn', () => {
    const b = results([caseResult('a', 'p'), caseResult('gone', 'p')]);
    const h = results([caseResult('a', 'e')]);
    const c = compareResults(b, h, { gate: gate({ on_error: 'warn' }), baseSource: 'rerun', allowGuardRemoval: true });
    expect(c.verdict).toBe('pass');
    expect(c.reasons.map((r) => [r.kind, r.blocking])).toEqual([
      ['errored', false],
      ['removed', false],
    ]);
  });

  it('treats every case as new without a baseline', () => {
    const c = compareResults(null, results([caseResult('a', 'p'), caseResult('b', 'pf')]), opts);
    expect(c.base).toBeNull();
    expect(c.cases.map((r) => r.status)).toEqual(['new', 'new']);
    expect(c.verdict).toBe('block'); // b fails
    expect(c.notices.join('\n')).toMatch(/no baseline/);
    expect(c.budgets).toEqual({ cost_per_success_pct: null, p95_latency_pct: null });
  });

  it('rejects a baseline of another suite', () => {
    const b: Results = { ...results([caseResult('a', 'p')]), suite: 'coverage' };
    expect(() => compareResults(b, results([caseResult('a', 'p')]), opts)).toThrow(/baseline \(stored \(merge base\)\) is suite 'coverage' but head is suite 'benchmark'/);
  });
});

describe('compareResults holdout', () => {
  const hold = (prefix: string, n: number, pattern: string) =>
    Array.from({ length: n }, (_, i) => caseResult(`${prefix}-${i}`, pattern, { holdout: true }));

  it('blocks on a significant aggregate drop beyond the tolerance, never on one holdout case', () => {
    const b = results([caseResult('a', 'p'), ...hold('h', 30, 'pppp')]);
    const h = results([caseResult('a', 'p'), ...hold('h', 20, 'pppp'), ...hold('h', 10, 'ffff').map((c, i) => ({ ...c, id: caseResult(`h-${20 + i}`, 'p', { holdout: true }).id }))]);
    const c = compareResults(b, h, opts);
    expect(c.holdout).toMatchObject({ base_pass_rate: 1, base_runs: 120, head_runs: 120, blocking: true });
    expect(c.holdout!.head_pass_rate).toBeCloseTo(80 / 120);
    expect(c.reasons.map((r) => r.kind)).toEqual(['holdout']);
    expect(c.reasons[0].message).not.toMatch(/holdout-[0-9a-f]{16}/);
    expect(c.cases.filter((r) => r.holdout && r.blocking)).toEqual([]);
    expect(c.cases.filter((r) => r.holdout && r.status === 'regressed').length).toBe(10);
  });

  it('does not block on a drop within the tolerance', () => {
    const b = results(hold('h', 50, 'pp'));
    const h = results([...hold('h', 49, 'pp'), ...hold('x', 1, 'pf').map((c) => ({ ...c, id: caseResult('h-49', 'p', { holdout: true }).id }))]);
    const c = compareResults(b, h, opts);
    expect(c.holdout!.blocking).toBe(false);
    expect(c.verdict).toBe('pass');
  });

  it('does not report holdout cases as removed when the head skipped holdout', () => {
    const b = results([caseResult('a', 'p'), ...hold('h', 3, 'p')]);
    const h = results([caseResult('a', 'p')], { notices: ['holdout skipped: EVALGATE_HOLDOUT_KEY is not set'] });
    const c = compareResults(b, h, opts);
    expect(c.cases.map((r) => r.id)).toEqual(['a']);
    expect(c.holdout).toBeNull();
    expect(c.verdict).toBe('pass');
    expect(c.notices).toContain('holdout skipped: EVALGATE_HOLDOUT_KEY is not set');
  });
});

describe('compareResults budgets', () => {
  const b = results([caseResult('a', 'pp', {}, { cost: 0.1, latency: 1000 })]);
  const h = results([caseResult('a', 'pp', {}, { cost: 0.13, latency: 1300 })]);
  it('warns on cost and latency increases over the thresholds', () => {
    const c = compareResults(b, h, opts);
    expect(c.budgets.cost_per_success_pct).toBeCloseTo(30, 9);
    expect(c.budgets.p95_latency_pct).toBeCloseTo(30, 9);
    expect(c.reasons.map((r) => [r.kind, r.blocking])).toEqual([
      ['budget_cost', false],
      ['budget_latency', false],
    ]);
    expect(c.verdict).toBe('pass');
  });
  it('blocks when budgets are enforced', () => {
    const c = compareResults(b, h, { ...opts, gate: gate({ budgets: { cost_increase_pct: 20, p95_latency_increase_pct: 50, enforce: true } }) });
    expect(c.reasons.map((r) => [r.kind, r.blocking])).toEqual([['budget_cost', true]]);
    expect(c.verdict).toBe('block');
  });
});

describe('what decided a regression (decided_by)', () => {
  it.each<[string, string, 'exact_test' | 'deterministic' | 'curtailed', string]>([
    [many('p', 100), many('f', 60), 'exact_test', 'the planned trials ran: the exact test decides'],
    [many('p', 200), many('f', 8), 'curtailed', 'so many failures that no remaining trial could save it'],
    ['p', 'f', 'deterministic', '1/1 -> 0/1 is decided by the deterministic rule'],
  ])('base %s head %s -> %s', (b, h, want) => {
    const stochastic = want !== 'deterministic';
    const over = { trials: stochastic ? 3 : 1 };
    const cmp = compareResults(results([caseResult('c', b, over)]), results([caseResult('c', h, over)]), opts);
    expect(cmp.cases[0].status).toBe('regressed');
    expect(cmp.cases[0].decided_by).toBe(want);
    // No p-value above the case's alpha is ever shown next to a block.
    if (cmp.cases[0].p_value !== null) expect(cmp.cases[0].p_value).toBeLessThanOrEqual(cmp.family!.case_alpha);
  });

  it('the verdict reason says a deterministic regression is decisive despite its p-value', () => {
    const cmp = compareResults(results([caseResult('c', 'p')]), results([caseResult('c', 'f')]), opts);
    expect(cmp.reasons[0].message).toContain('deterministic case: passed every base trial, failed its only head trial');
    expect(cmp.reasons[0].message).not.toMatch(/p = /);
  });
});

describe('evidence of a regressed case', () => {
  it('ends with the trace conversion warnings of the failing trial', () => {
    const head = caseResult('reg', 'f');
    head.trials[0] = { ...head.trials[0], trace_excerpt: '{"steps":[]}', warnings: ['step 2 (tool "unknown_tool"): tool name unknown: the span names only the class DynamicStructuredTool'] };
    const cmp = compareResults(results([caseResult('reg', 'p')]), results([head]), opts);
    expect(row(cmp, 'reg').evidence).toBe('{"steps":[]}\n--- stderr ---\nstderr evidence\n--- trace conversion ---\nstep 2 (tool "unknown_tool"): tool name unknown: the span names only the class DynamicStructuredTool');
  });
});
