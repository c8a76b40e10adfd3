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

describe('classifyPair', () => {
  it.each<[string, string, CaseStatus]>([
    ['p', 'f', 'regressed'], // deterministic: 1 trial, baseline 100%
    ['pppppppppp', 'pppppfffff', 'regressed'],
    ['pppppppppf', 'pppppppfff', 'flaky'], // differs, not significantly
    ['p', 'pf', 'flaky'],
    ['f', 'p', 'fixed'],
    ['ffffffffff', 'ppppppppfp', 'fixed'],
    ['fffff', 'ppfff', 'flaky'],
    ['p', 'p', 'unchanged'],
    ['f', 'f', 'unchanged'],
    ['ppf', 'ppf', 'flaky'], // same rate but mixed outcomes
    ['p', 'e', 'errored'],
    ['pp', 'pe', 'errored'],
    ['f', 'e', 'unchanged'], // baseline never passed: not an errored regression
  ])('base %s head %s -> %s', (b, h, want) => {
    expect(classifyPair(count(b), count(h), 0.05).status).toBe(want);
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
    caseResult('flk', 'ppp'),
    caseResult('same', 'pp'),
    caseResult('err', 'p'),
    caseResult('gone', 'p', { guards: 42 }),
    caseResult('mod', 'p'),
  ]);
  const head = results([
    caseResult('reg', 'ffff'),
    caseResult('fix', 'p'),
    caseResult('flk', 'ppf'),
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
      flk: 'flaky',
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
    expect(cmp.cases.map((c) => c.id)).toEqual(['reg', 'err', 'gone', 'new-bad', 'new-ok', 'fix', 'flk', 'mod', 'same']);
    expect(cmp.cases.filter((c) => c.blocking).map((c) => c.id).sort()).toEqual(['err', 'gone', 'new-bad', 'reg']);
    expect(cmp.verdict).toBe('block');
  });

  it('carries counts, p-value, class, first failing message and evidence for failing rows', () => {
    const r = row(cmp, 'reg');
    expect(r.base).toEqual({ passes: 4, runs: 4, errors: 0 });
    expect(r.head).toEqual({ passes: 0, runs: 4, errors: 0 });
    // Boschloo: only the observed table is this extreme, sup over pi of pi^4 (1-pi)^4 = 1/256 (Fisher: 1/70)
    expect(r.p_value).toBeCloseTo(1 / 256, 6);
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
    const b = results([caseResult('a', 'ppp'), caseResult('b', 'f')]);
    const h = results([caseResult('a', 'ppf'), caseResult('b', 'p'), caseResult('c', 'p')]);
    const c = compareResults(b, h, opts);
    expect(c.verdict).toBe('pass');
    expect(c.reasons).toEqual([]);
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
  it.each<[string, string, 'exact_test' | 'deterministic', Map<string, 'regressed' | 'accept'> | undefined, string]>([
    ['pppppppppp', 'ffffffffff', 'exact_test', undefined, 'a significant drop is decided by the exact test'],
    ['p', 'f', 'deterministic', undefined, '1/1 -> 0/1 is decided by the deterministic rule, whatever the p-value'],
  ])('base %s head %s -> %s', (b, h, want, decisions, _why) => {
    const cmp = compareResults(results([caseResult('c', b)]), results([caseResult('c', h)]), { ...opts, decisions });
    expect(cmp.cases[0].status).toBe('regressed');
    expect(cmp.cases[0].decided_by).toBe(want);
  });

  it('the sequential test decides when the gate ran re-trials, in either direction', () => {
    const base = results([caseResult('up', 'pppppppppp'), caseResult('down', 'pppppppppp')]);
    const head = results([caseResult('up', 'pppfpppfpp'), caseResult('down', 'ffffffffff')]);
    const cmp = compareResults(base, head, { ...opts, decisions: new Map([['up', 'regressed'], ['down', 'accept']]) });
    expect(row(cmp, 'up')).toMatchObject({ status: 'regressed', decided_by: 'sequential' });
    expect(row(cmp, 'down').status).toBe('flaky');
    expect(row(cmp, 'down').decided_by).toBeUndefined();
  });

  it('the verdict reason says a deterministic regression is decisive despite its p-value', () => {
    const cmp = compareResults(results([caseResult('c', 'p')]), results([caseResult('c', 'f')]), opts);
    expect(cmp.reasons[0].message).toContain('deterministic: base always passed, head always failed; p = 0.');
  });
});
