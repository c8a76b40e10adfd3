import { describe, expect, it } from 'vitest';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import {
  BOSCHLOO_MAX_TABLES,
  boschlooOneSidedLess,
  fisherOneSidedGreater,
  fisherOneSidedLess,
  isDeterministicRegression,
  isRegression,
  normalCdf,
  pairedDelta,
  shiftedDropTest,
} from '../../src/comparison/stats.js';

describe('fisherOneSidedLess', () => {
  // Hand-summed hypergeometric tails (R: fisher.test(matrix(c(hp, hf, bp, bf), 2), alternative = "less")).
  it.each([
    // SciPy docs tea-tasting table [[3,1],[1,3]]: one-sided p = 17/70 = 0.2429
    [3, 4, 1, 4, 17 / 70],
    // base 10/10, head 5/10: C(15,5)C(5,5)/C(20,10) = 3003/184756
    [10, 10, 5, 10, 3003 / 184756],
    // base 9/10, head 7/10: (C(16,6)C(4,4) + C(16,7)C(4,3))/C(20,10)
    [9, 10, 7, 10, 53768 / 184756],
    // deterministic 1 vs 1 trial: the exact test alone can never block
    [1, 1, 0, 1, 0.5],
    // no drop: p = 1
    [5, 10, 10, 10, 1],
  ])('base %i/%i head %i/%i -> %f', (bp, bn, hp, hn, want) => {
    expect(fisherOneSidedLess(bp, bn, hp, hn)).toBeCloseTo(want, 10);
  });
  it('is the mirror of the greater alternative (tea tasting greater = 0.2429)', () => {
    expect(fisherOneSidedGreater(1, 4, 3, 4)).toBeCloseTo(17 / 70, 10);
  });
  it('returns 1 when a side has no runs', () => {
    expect(fisherOneSidedLess(0, 0, 0, 5)).toBe(1);
  });
});

describe('boschlooOneSidedLess', () => {
  it('matches the SciPy boschloo_exact docs example (statistic 0.0483, p-value 0.0355)', () => {
    expect(fisherOneSidedLess(74, 117, 31, 63)).toBeCloseTo(0.0483, 4);
    // 118 x 64 tables is above the default cap, so lift it for this reference value.
    expect(118 * 64).toBeGreaterThan(BOSCHLOO_MAX_TABLES);
    expect(boschlooOneSidedLess(74, 117, 31, 63, Infinity)).toBeCloseTo(0.0355, 3);
    expect(boschlooOneSidedLess(74, 117, 31, 63)).toBe(fisherOneSidedLess(74, 117, 31, 63));
  });
  it.each([
    // only the observed table is as extreme: sup_pi of the table probability
    [1, 1, 0, 1, 0.25], // pi (1 - pi)
    [4, 4, 0, 4, 1 / 256], // pi^4 (1 - pi)^4
    [3, 3, 0, 3, 1 / 64],
  ])('base %i/%i head %i/%i -> %f (hand-computed)', (bp, bn, hp, hn, want) => {
    expect(boschlooOneSidedLess(bp, bn, hp, hn)).toBeCloseTo(want, 6);
  });
  it('is never above Fisher and equals it above the size cap', () => {
    for (let bp = 0; bp <= 6; bp++) for (let hp = 0; hp <= 6; hp++) {
      expect(boschlooOneSidedLess(bp, 6, hp, 6)).toBeLessThanOrEqual(fisherOneSidedLess(bp, 6, hp, 6) + 1e-12);
    }
    expect(boschlooOneSidedLess(90, 100, 70, 100)).toBe(fisherOneSidedLess(90, 100, 70, 100));
  });
});

describe('isRegression / deterministic rule', () => {
  it.each([
    // [base passes, base runs, head passes, head runs, regressed]
    [1, 1, 0, 1, true], // SPEC: 1 trial, baseline 100%, one failure regresses
    [3, 3, 0, 1, true],
    [1, 1, 0, 3, true],
    [1, 1, 1, 2, false], // passed once on head: statistics decide, and 1/2 vs 1/1 is not significant
    [9, 10, 0, 1, false], // baseline was not perfect: one failure is within its noise
    [10, 10, 5, 10, true], // exact test p = 0.016
    [4, 4, 1, 4, true], // Boschloo p = 0.035 (Fisher alone: 0.071, would miss it)
    [9, 10, 7, 10, false], // exact test p = 0.29
    [0, 3, 0, 3, false],
  ])('base %i/%i head %i/%i -> %s', (bp, bn, hp, hn, want) => {
    expect(isRegression({ passes: bp, runs: bn }, { passes: hp, runs: hn }, 0.05).regressed).toBe(want);
  });
  it('needs evaluated runs on both sides', () => {
    expect(isDeterministicRegression({ passes: 0, runs: 0 }, { passes: 0, runs: 1 })).toBe(false);
    expect(isRegression({ passes: 1, runs: 1 }, { passes: 0, runs: 0 }, 0.05)).toEqual({ regressed: false, p_value: null });
  });
});

describe('normalCdf', () => {
  it.each([0.001, 0.025, 0.05, 0.3, 0.5, 0.8, 0.975, 0.999])('inverts the stdlib normal quantile at %f', (p) => {
    expect(normalCdf(normalQuantile(p, 0, 1))).toBeCloseTo(p, 6);
  });
});

describe('pairedDelta (Miller 2024)', () => {
  it('uses the sd of per-case differences over sqrt(n)', () => {
    const d = pairedDelta([
      { base: 1, head: 1 },
      { base: 1, head: 0 },
      { base: 0.5, head: 0.5 },
      { base: 1, head: 0.5 },
    ]);
    expect(d.paired_cases).toBe(4);
    expect(d.base_pass_rate).toBeCloseTo(0.875);
    expect(d.head_pass_rate).toBeCloseTo(0.5);
    expect(d.mean_diff).toBeCloseTo(-0.375);
    const se = Math.sqrt(0.6875 / 3) / 2;
    expect(d.se).toBeCloseTo(se, 12);
    expect(d.ci95[0]).toBeCloseTo(-0.375 - 1.959964 * se, 5);
    expect(d.ci95[1]).toBeCloseTo(-0.375 + 1.959964 * se, 5);
  });
  it('clips the 95% interval to the possible range of a pass-rate difference', () => {
    const d = pairedDelta([{ base: 1, head: 0 }, { base: 1, head: 0 }, { base: 1, head: 1 }]);
    expect(d.mean_diff + -1.96 * d.se).toBeLessThan(-1);
    expect(d.ci95[0]).toBe(-1);
    expect(d.ci95[1]).toBeLessThanOrEqual(1);
  });
  it('reports zero spread for identical differences and empty input', () => {
    expect(pairedDelta([{ base: 1, head: 0.5 }, { base: 0.5, head: 0 }]).se).toBe(0);
    expect(pairedDelta([])).toMatchObject({ paired_cases: 0, mean_diff: 0, se: 0 });
  });
});

describe('shiftedDropTest (holdout)', () => {
  it('matches a hand-computed Agresti-Caffo statistic', () => {
    // pb = 96/102, ph = 81/102, z = (pb - ph - 0.05) / se = 2.0953 -> p = 0.0181
    expect(shiftedDropTest({ passes: 95, runs: 100 }, { passes: 80, runs: 100 }, 0.05)).toBeCloseTo(0.0181, 3);
  });
  it.each([
    [{ passes: 90, runs: 100 }, { passes: 90, runs: 100 }, false],
    [{ passes: 90, runs: 100 }, { passes: 86, runs: 100 }, false], // drop within tolerance
    [{ passes: 95, runs: 100 }, { passes: 80, runs: 100 }, true],
    [{ passes: 10, runs: 10 }, { passes: 8, runs: 10 }, false], // too few runs to be sure
    [{ passes: 200, runs: 200 }, { passes: 170, runs: 200 }, true],
  ])('base %j head %j significant: %s', (b, h, want) => {
    expect(shiftedDropTest(b, h, 0.05) <= 0.05).toBe(want);
  });
});
