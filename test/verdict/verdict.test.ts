import { describe, expect, it } from 'vitest';
import { decideVerdict, formatGuards, type VerdictInput } from '../../src/verdict/verdict.js';
import type { CaseComparison } from '../../src/types.js';
import { gate } from '../results/helpers.js';

function row(over: Partial<CaseComparison>): CaseComparison {
  return {
    id: 'case-x',
    status: 'unchanged',
    guards: 123,
    workflow: 'refund',
    severity: 'sev1',
    holdout: false,
    base: { passes: 1, runs: 1, errors: 0 },
    head: { passes: 1, runs: 1, errors: 0 },
    p_value: null,
    class: null,
    message: null,
    modified: false,
    blocking: false,
    ...over,
  };
}

function input(cases: CaseComparison[], over: Partial<VerdictInput> = {}): VerdictInput {
  return { cases, holdout: null, budgets: { cost_per_success_pct: null, p95_latency_pct: null }, gate: gate(), allowGuardRemoval: false, ...over };
}

describe('formatGuards', () => {
  it.each([
    [123, '#123'],
    ['acme/agent#9', 'acme/agent#9'],
    [null, 'no guarded issue'],
  ])('%s -> %s', (g, want) => expect(formatGuards(g)).toBe(want));
});

describe('decideVerdict', () => {
  it.each<[string, Partial<CaseComparison>, string | null, boolean, RegExp | null]>([
    [
      'regressed',
      { status: 'regressed', head: { passes: 0, runs: 1, errors: 0 }, p_value: 0.5, class: 'bad_decision', message: 'trajectory: payments.charge\n called' },
      'regressed',
      true,
      /^case-x — guards #123: regressed, base 1\/1 passed -> head 0\/1 passed \(exact test; p = 0\.5000\): class bad_decision: trajectory: payments\.charge called$/,
    ],
    ['errored', { status: 'errored', head: { passes: 0, runs: 0, errors: 1 }, message: 'exit 1' }, 'errored', true, /^case-x — guards #123: errored on head \(all 1 trial errored\) where base 1\/1 passed: exit 1$/],
    ['removed guard', { status: 'removed', head: null }, 'removed', true, /guard case removed; add the label evalgate:allow-guard-removal/],
    ['removed non-guard', { status: 'removed', head: null, guards: null }, null, false, null],
    ['new failing', { status: 'new', base: null, head: { passes: 2, runs: 3, errors: 0 }, guards: 'acme/a#5' }, 'new_failing', true, /^case-x — guards acme\/a#5: new case fails \(2\/3 passed\)/],
    ['new passing', { status: 'new', base: null }, null, false, null],
    ['new all errored', { status: 'new', base: null, head: { passes: 0, runs: 0, errors: 2 } }, 'errored', true, /new case errored on every trial/],
    ['flaky', { status: 'flaky' }, null, false, null],
    ['fixed', { status: 'fixed' }, null, false, null],
    ['holdout row regressed (aggregate only)', { status: 'regressed', holdout: true, id: 'holdout-0123456789abcdef' }, null, false, null],
    ['regressed and modified', { status: 'regressed', modified: true }, 'regressed', true, /definition modified; the base definition gated/],
  ])('%s', (_name, over, kind, blocking, message) => {
    const v = decideVerdict(input([row(over)]));
    if (kind === null) {
      expect(v.reasons).toEqual([]);
      expect(v.verdict).toBe('pass');
    } else {
      expect(v.reasons).toHaveLength(1);
      expect(v.reasons[0]).toMatchObject({ kind, blocking, case_id: 'case-x' });
      expect(v.reasons[0].message).toMatch(message!);
      expect(v.verdict).toBe(blocking ? 'block' : 'pass');
    }
  });

  it('without any baseline a failing case says so instead of "the fix it claims is not in this change"', () => {
    const v = decideVerdict(input([row({ status: 'new', base: null, head: { passes: 0, runs: 1, errors: 0 } })], { noBaseline: true }));
    expect(v.reasons[0]).toMatchObject({ kind: 'new_failing', blocking: true });
    expect(v.reasons[0].message).toMatch(/^case-x — guards #123: fails \(0\/1 passed\) and there is no baseline to compare with, so it counts as new$/);
    expect(v.reasons[0].message).not.toMatch(/claims/);
  });

  it('lists every reason, not just the first', () => {
    const v = decideVerdict(
      input([row({ id: 'a', status: 'regressed' }), row({ id: 'b', status: 'regressed', guards: 7 }), row({ id: 'c', status: 'removed' })], {
        budgets: { cost_per_success_pct: 50, p95_latency_pct: 10 },
      }),
    );
    expect(v.reasons.map((r) => `${r.kind}:${r.case_id ?? ''}`)).toEqual(['regressed:a', 'regressed:b', 'removed:c', 'budget_cost:']);
    expect(v.reasons[1].message).toContain('b — guards #7');
  });

  it('downgrades errors to warnings with on_error: warn', () => {
    const v = decideVerdict(input([row({ status: 'errored' })], { gate: gate({ on_error: 'warn' }) }));
    expect(v.verdict).toBe('pass');
    expect(v.reasons[0]).toMatchObject({ kind: 'errored', blocking: false });
    expect(v.reasons[0].message).toMatch(/warning: gate\.on_error is warn/);
  });

  it('blocks on a significant holdout drop and names the rates, not case ids', () => {
    const v = decideVerdict(input([], { holdout: { base_pass_rate: 0.95, head_pass_rate: 0.8, base_runs: 100, head_runs: 100, p_value: 0.018, blocking: true } }));
    expect(v.verdict).toBe('block');
    expect(v.reasons[0].kind).toBe('holdout');
    expect(v.reasons[0].message).toBe('holdout: pass rate dropped from 95.0% (100 runs) to 80.0% (100 runs), more than the tolerance 5.0 points (p = 0.0180)');
  });

  it.each([
    [{ cost_per_success_pct: 20, p95_latency_pct: 25 }, false, []],
    [{ cost_per_success_pct: 21, p95_latency_pct: null }, false, [['budget_cost', false]]],
    [{ cost_per_success_pct: null, p95_latency_pct: 40 }, true, [['budget_latency', true]]],
    [{ cost_per_success_pct: -50, p95_latency_pct: -10 }, true, []],
  ])('budgets %j enforce=%s', (budgets, enforce, want) => {
    const g = gate({ budgets: { cost_increase_pct: 20, p95_latency_increase_pct: 25, enforce } });
    const v = decideVerdict(input([], { budgets, gate: g }));
    expect(v.reasons.map((r) => [r.kind, r.blocking])).toEqual(want);
    expect(v.verdict).toBe(want.some((w) => w[1]) ? 'block' : 'pass');
  });
});
