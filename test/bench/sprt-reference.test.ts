import { describe, expect, it } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { planSprt, sequentialDecision, sprtBaselineRate, type SequentialOptions } from './sprt-reference.js';

describe('planSprt', () => {
  it.each([
    [0.9, 0.7, 0.05, 0.1],
    [0.8, 0.6, 0.01, 0.2],
    [0.99, 0.5, 0.1, 0.05],
  ])('p0=%f p1=%f alpha=%f beta=%f uses Wald boundaries', (p0, p1, alpha, beta) => {
    const plan = planSprt(p0, p1, alpha, beta);
    expect(plan.A).toBeCloseTo((1 - beta) / alpha, 12);
    expect(plan.B).toBeCloseTo(beta / (1 - alpha), 12);
    expect(plan.a).toBeCloseTo(Math.log((1 - beta) / alpha), 12);
    expect(plan.b).toBeCloseTo(Math.log(beta / (1 - alpha)), 12);
    expect(plan.llrPass).toBeCloseTo(Math.log(p1 / p0), 12);
    expect(plan.llrFail).toBeCloseTo(Math.log((1 - p1) / (1 - p0)), 12);
  });
  it.each([
    [1, 0.8, 0.05, 0.1],
    [0.5, 0.6, 0.05, 0.1],
    [0.9, 0.7, 0, 0.1],
  ])('rejects p0=%f p1=%f alpha=%f beta=%f', (p0, p1, a, b) => {
    expect(() => planSprt(p0, p1, a, b)).toThrow(/expected/);
  });
});

describe('sprtBaselineRate', () => {
  it.each([
    [{ passes: 1, runs: 1 }, 2 / 3],
    [{ passes: 20, runs: 20 }, 21 / 22],
    [{ passes: 9, runs: 10 }, 10 / 12],
    [{ passes: 0, runs: 0 }, 0.5],
  ])('%j -> %f', (b, want) => expect(sprtBaselineRate(b)).toBeCloseTo(want, 12));
});

const opts: SequentialOptions = { alpha: 0.05, power: 0.9, min_drop: 0.2, max_trials: 20 };
const known = { passes: 9000, runs: 10000 };

describe('sequentialDecision', () => {
  it.each([
    // [base, head, max_trials, expected]
    [{ passes: 1, runs: 1 }, { passes: 0, runs: 1 }, 1, 'regressed'], // deterministic: no re-trials allowed
    [{ passes: 1, runs: 1 }, { passes: 0, runs: 1 }, 20, 'continue'], // re-run before blocking
    [{ passes: 1, runs: 1 }, { passes: 0, runs: 7 }, 20, 'regressed'], // p0 = 2/3: 7 log((8/15)/(1/3)) > log 18
    [{ passes: 1, runs: 1 }, { passes: 0, runs: 6 }, 20, 'continue'],
    [{ passes: 1, runs: 1 }, { passes: 0, runs: 6 }, 6, 'regressed'], // truncation: deterministic rule
    [known, { passes: 9, runs: 9 }, 20, 'accept'], // 9 log(7/9) < log(0.1/0.95)
    [known, { passes: 8, runs: 8 }, 20, 'continue'],
    [known, { passes: 1, runs: 4 }, 20, 'regressed'],
    [known, { passes: 17, runs: 20 }, 20, 'accept'], // truncation: exact test not significant
    [known, { passes: 12, runs: 20 }, 20, 'regressed'], // truncation: exact test significant
    [{ passes: 0, runs: 5 }, { passes: 0, runs: 1 }, 20, 'accept'], // nothing to regress from
    [{ passes: 0, runs: 0 }, { passes: 0, runs: 1 }, 20, 'accept'],
    [{ passes: 1, runs: 10 }, { passes: 1, runs: 1 }, 20, 'accept'], // p1 = 0: any pass rules out H1
  ] as const)('base %j head %j max %i -> %s', (base, head, max, want) => {
    expect(sequentialDecision(base, head, { ...opts, max_trials: max })).toBe(want);
  });
  it('never says continue at max_trials', () => {
    for (let passes = 0; passes <= 20; passes++) {
      expect(sequentialDecision(known, { passes, runs: 20 }, opts)).not.toBe('continue');
    }
  });
});

/** Seeded simulation of gates: fraction that regress and mean head runs until decided. */
function simulate(p: number, o: SequentialOptions, sims: number, seed: number): { rate: number; runs: number } {
  const rng = xoroshiro128plus(seed);
  let regressed = 0;
  let runs = 0;
  for (let i = 0; i < sims; i++) {
    const head = { passes: 0, runs: 0 };
    let d = sequentialDecision(known, head, o);
    while (d === 'continue') {
      head.runs++;
      if (uniformFloat64(rng) < p) head.passes++;
      d = sequentialDecision(known, head, o);
    }
    if (d === 'regressed') regressed++;
    runs += head.runs;
  }
  return { rate: regressed / sims, runs: runs / sims };
}

describe('sequential test error rates (seeded simulation, 4000 gates each)', () => {
  const sims = 4000;
  const mcSe = (p: number): number => Math.sqrt((p * (1 - p)) / sims);
  it('untruncated: false-block rate <= alpha, power >= target, far fewer runs than the fixed 33', () => {
    const wide = { ...opts, max_trials: 1000 };
    const h0 = simulate(0.9, wide, sims, 11);
    const h1 = simulate(0.7, wide, sims, 12);
    expect(h0.rate).toBeLessThanOrEqual(0.05);
    expect(h1.rate).toBeGreaterThanOrEqual(0.9 - 2 * mcSe(0.9));
    expect((h0.runs + h1.runs) / 2).toBeLessThan(0.6 * 33);
  });
  it('truncated at the default 20 trials: false-block rate stays within alpha', () => {
    const h0 = simulate(0.9, opts, sims, 13);
    expect(h0.rate).toBeLessThanOrEqual(0.05 + 2 * mcSe(0.05));
    expect(h0.runs).toBeLessThanOrEqual(20);
  });
  it('with a baseline estimated from 20 runs, the false-block rate still stays within alpha', () => {
    const rng = xoroshiro128plus(15);
    let blocks = 0;
    for (let i = 0; i < sims; i++) {
      let bp = 0;
      for (let j = 0; j < 20; j++) if (uniformFloat64(rng) < 0.9) bp++;
      const base = { passes: bp, runs: 20 };
      const head = { passes: 0, runs: 0 };
      let d = sequentialDecision(base, head, { ...opts, max_trials: 33 });
      while (d === 'continue') {
        head.runs++;
        if (uniformFloat64(rng) < 0.9) head.passes++;
        d = sequentialDecision(base, head, { ...opts, max_trials: 33 });
      }
      if (d === 'regressed') blocks++;
    }
    expect(blocks / sims).toBeLessThanOrEqual(0.05 + 2 * mcSe(0.05));
  });
  it('log-LR truncation trades false blocks for power', () => {
    const exact = simulate(0.7, opts, sims, 14);
    const llr = simulate(0.7, { ...opts, truncation: 'llr' }, sims, 14);
    expect(llr.rate).toBeGreaterThan(exact.rate);
  });
});
