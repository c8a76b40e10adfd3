// Invariants of the comparison, as properties over random valid results (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareResults } from '../../src/comparison/compare.js';
import type { Results } from '../../src/types.js';
import { caseResult, gate, results } from '../results/helpers.js';

const outcome = fc.constantFrom('p', 'f', 'e');
/** One case: an id, a trial pattern of pass/fail/error, and whether it declares itself stochastic. */
const caseArb = fc.record({ pattern: fc.array(outcome, { minLength: 1, maxLength: 40 }).map((a) => a.join('')), stochastic: fc.boolean() });
const suiteArb = fc.array(caseArb, { minLength: 1, maxLength: 8 });

function build(cases: Array<{ pattern: string; stochastic: boolean }>, ids = cases.map((_, i) => `case-${i}`)): Results {
  return results(cases.map((c, i) => caseResult(ids[i], c.pattern, { trials: c.stochastic ? 3 : 1 })));
}

const opts = { gate: gate(), baseSource: 'prop', allowGuardRemoval: false };
const shuffle = (s: string, seed: number) => {
  const a = [...s];
  for (let i = a.length - 1; i > 0; i--) {
    const j = (seed * (i + 7)) % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.join('');
};

describe('comparison invariants', () => {
  it('compare(R, R) passes for any valid results R', () => {
    fc.assert(
      fc.property(suiteArb, (cases) => {
        const r = build(cases);
        const cmp = compareResults(r, r, opts);
        expect(cmp.verdict).toBe('pass');
        expect(cmp.cases.some((c) => c.status === 'regressed' || c.status === 'errored')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a case erroring on every trial on both sides is still_erroring: a warning, never new or blocking', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (nb, nh, stochastic) => {
        const cmp = compareResults(build([{ pattern: 'e'.repeat(nb), stochastic }]), build([{ pattern: 'e'.repeat(nh), stochastic }]), opts);
        expect(cmp.cases[0].status).toBe('still_erroring');
        expect(cmp.cases[0].blocking).toBe(false);
        expect(cmp.verdict).toBe('pass');
        expect(cmp.reasons.map((r) => [r.kind, r.blocking])).toEqual([['still_erroring', false]]);
      }),
    );
  });

  it('relabelling case ids or reordering trials never changes a verdict or a status', () => {
    fc.assert(
      fc.property(suiteArb, suiteArb, fc.integer({ min: 1, max: 1000 }), (baseCases, headCases, seed) => {
        const n = Math.min(baseCases.length, headCases.length);
        const b = baseCases.slice(0, n);
        const h = headCases.slice(0, n).map((c, i) => ({ ...c, stochastic: b[i].stochastic }));
        const ref = compareResults(build(b), build(h), opts);
        const ids = b.map((_, i) => `renamed-${(i * 7919 + seed) % 100000}-${i}`);
        const shuffled = h.map((c) => ({ ...c, pattern: shuffle(c.pattern, seed) }));
        const other = compareResults(build(b, ids), build(shuffled, ids), opts);
        expect(other.verdict).toBe(ref.verdict);
        const statuses = (cmp: typeof ref, names: string[]) => names.map((id) => cmp.cases.find((c) => c.id === id)!.status);
        expect(statuses(other, ids)).toEqual(statuses(ref, b.map((_, i) => `case-${i}`)));
      }),
      { numRuns: 300 },
    );
  });

  it('adding passing trials to the head never turns pass into block', () => {
    fc.assert(
      fc.property(suiteArb, suiteArb, fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 8, maxLength: 8 }), (baseCases, headCases, extra) => {
        const n = Math.min(baseCases.length, headCases.length);
        const b = baseCases.slice(0, n);
        const h = headCases.slice(0, n).map((c, i) => ({ ...c, stochastic: b[i].stochastic }));
        const before = compareResults(build(b), build(h), opts);
        fc.pre(before.verdict === 'pass');
        const more = h.map((c, i) => ({ ...c, pattern: c.pattern + 'p'.repeat(extra[i]) }));
        expect(compareResults(build(b), build(more), opts).verdict).toBe('pass');
      }),
      { numRuns: 300 },
    );
  });
});
