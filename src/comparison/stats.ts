// Exact and asymptotic tests used by the comparison (SPEC 6). Pure numeric code.
import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import type { SuiteDelta } from '../types.js';

/** Pass/run counts of one side of a comparison. */
export interface Counts {
  passes: number;
  runs: number;
}

/**
 * One-sided Fisher exact test p-value for "head pass rate is below base pass rate":
 * P(X <= headPasses) under the hypergeometric law of the 2x2 table with fixed margins.
 */
export function fisherOneSidedLess(basePasses: number, baseRuns: number, headPasses: number, headRuns: number): number {
  if (baseRuns === 0 || headRuns === 0) return 1;
  const p = hypergeometricCdf(headPasses, baseRuns + headRuns, basePasses + headPasses, headRuns);
  return Math.min(1, Math.max(0, p));
}

/** One-sided Fisher exact test p-value for "head pass rate is above base pass rate". */
export function fisherOneSidedGreater(basePasses: number, baseRuns: number, headPasses: number, headRuns: number): number {
  if (baseRuns === 0 || headRuns === 0) return 1;
  // By symmetry: head above base <=> base below head.
  return fisherOneSidedLess(headPasses, headRuns, basePasses, baseRuns);
}

/** Tables larger than this ((baseRuns+1) * (headRuns+1)) fall back to Fisher, where the two tests nearly agree. */
export const BOSCHLOO_MAX_TABLES = 2601;

function logFactorials(n: number): Float64Array {
  const lf = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lf[i] = lf[i - 1] + Math.log(i);
  return lf;
}

/** Binomial pmf over 0..n at rate pi. */
function binomialPmf(n: number, pi: number, lf: Float64Array): Float64Array {
  const out = new Float64Array(n + 1);
  if (pi <= 0) out[0] = 1;
  else if (pi >= 1) out[n] = 1;
  else {
    const lp = Math.log(pi);
    const lq = Math.log1p(-pi);
    for (let x = 0; x <= n; x++) out[x] = Math.exp(lf[n] - lf[x] - lf[n - x] + x * lp + (n - x) * lq);
  }
  return out;
}

/**
 * One-sided Boschloo exact unconditional test for "head pass rate is below base pass rate":
 * the Fisher p-value is the test statistic, and the p-value is its tail probability maximised
 * over the common pass rate under H0 (grid of 1,001 points refined around the maximum).
 * Never above the Fisher p-value, so it is uniformly more powerful at the same level.
 * Tables with more than `maxTables` cells (default BOSCHLOO_MAX_TABLES) fall back to Fisher (cost grows as n^2).
 */
export function boschlooOneSidedLess(
  basePasses: number,
  baseRuns: number,
  headPasses: number,
  headRuns: number,
  maxTables: number = BOSCHLOO_MAX_TABLES,
): number {
  const key = `${basePasses}/${baseRuns}/${headPasses}/${headRuns}/${maxTables}`;
  const hit = boschlooMemo.get(key);
  if (hit !== undefined) return hit;
  const p = computeBoschloo(basePasses, baseRuns, headPasses, headRuns, maxTables);
  // The sequential test re-asks the same small tables; a bounded memo keeps that cheap.
  if (boschlooMemo.size >= 10000) boschlooMemo.clear();
  boschlooMemo.set(key, p);
  return p;
}

const boschlooMemo = new Map<string, number>();

function computeBoschloo(basePasses: number, baseRuns: number, headPasses: number, headRuns: number, maxTables: number): number {
  const fisher = fisherOneSidedLess(basePasses, baseRuns, headPasses, headRuns);
  if (baseRuns === 0 || headRuns === 0 || fisher >= 1) return fisher;
  if ((baseRuns + 1) * (headRuns + 1) > maxTables) return fisher;
  // Tables at least as extreme as observed: Fisher p-value <= observed (relative tolerance for ties).
  const extreme: Array<[number, number]> = [];
  for (let xb = 0; xb <= baseRuns; xb++) {
    for (let xh = 0; xh <= headRuns; xh++) {
      if (fisherOneSidedLess(xb, baseRuns, xh, headRuns) <= fisher * (1 + 1e-7)) extreme.push([xb, xh]);
    }
  }
  const lf = logFactorials(Math.max(baseRuns, headRuns));
  const tail = (pi: number): number => {
    const pb = binomialPmf(baseRuns, pi, lf);
    const ph = binomialPmf(headRuns, pi, lf);
    let s = 0;
    for (const [xb, xh] of extreme) s += pb[xb] * ph[xh];
    return s;
  };
  let best = 0;
  let bestPi = 0;
  const steps = 1000;
  for (let i = 0; i <= steps; i++) {
    const v = tail(i / steps);
    if (v > best) [best, bestPi] = [v, i / steps];
  }
  for (let i = -100; i <= 100; i++) {
    const pi = bestPi + i / (steps * 100);
    if (pi > 0 && pi < 1) best = Math.max(best, tail(pi));
  }
  return Math.min(fisher, best);
}

/** Standard normal CDF (Numerical Recipes erfc approximation, relative error < 1.2e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/**
 * Deterministic-harness rule (SPEC 6: "1 trial, baseline 100%, regresses on a single failure").
 * When the baseline passed every run and the head failed every run, both samples are internally
 * consistent: nothing suggests randomness, so the change in behaviour is taken as real even when
 * the counts are too small for the exact test to reach `alpha` (1 vs 1 trials gives p = 0.5).
 * A head that passed even once is not deterministic-broken and goes to the statistical test.
 * The adaptive re-trials of the sequential test run before this rule is applied, so a flaky case
 * that happened to fail once is re-run rather than blocked outright whenever max_trials > 1.
 */
export function isDeterministicRegression(base: Counts, head: Counts): boolean {
  return base.runs > 0 && base.passes === base.runs && head.runs > 0 && head.passes === 0;
}

/** Final per-case decision on fixed counts: Boschloo exact one-sided test at alpha, or the deterministic rule. */
export function isRegression(base: Counts, head: Counts, alpha: number): { regressed: boolean; p_value: number | null } {
  if (base.runs === 0 || head.runs === 0) return { regressed: false, p_value: null };
  const p = boschlooOneSidedLess(base.passes, base.runs, head.passes, head.runs);
  return { regressed: p <= alpha || isDeterministicRegression(base, head), p_value: p };
}

/**
 * Suite-level paired difference (Miller 2024, "Adding Error Bars to Evals"): d_i = head_i - base_i
 * per case, mean(d), SE = sd(d) / sqrt(n) (clustered by case), 95% CI mean +- z_.975 * SE.
 * With fewer than two pairs the SE is not estimable and is reported as 0.
 */
export function pairedDelta(pairs: Array<{ base: number; head: number }>): SuiteDelta {
  const n = pairs.length;
  if (n === 0) return { paired_cases: 0, base_pass_rate: 0, head_pass_rate: 0, mean_diff: 0, se: 0, ci95: [0, 0] };
  const base = pairs.reduce((s, p) => s + p.base, 0) / n;
  const head = pairs.reduce((s, p) => s + p.head, 0) / n;
  const mean = head - base;
  const ss = pairs.reduce((s, p) => s + (p.head - p.base - mean) ** 2, 0);
  const se = n > 1 ? Math.sqrt(ss / (n - 1)) / Math.sqrt(n) : 0;
  const z = normalQuantile(0.975, 0, 1);
  // A difference of pass rates lies in [-1, 1]; the normal interval is clipped to that range.
  const clip = (x: number) => Math.max(-1, Math.min(1, x));
  return { paired_cases: n, base_pass_rate: base, head_pass_rate: head, mean_diff: mean, se, ci95: [clip(mean - z * se), clip(mean + z * se)] };
}

/**
 * One-sided test that the head pass rate is more than `tolerance` below the base rate, on
 * pooled runs: H0 p_base - p_head <= tolerance. Uses the Agresti-Caffo adjusted Wald statistic
 * (one pseudo-pass and pseudo-fail per side), which stays defined at 0% / 100% and keeps its
 * level better than the plain Wald test at small n. Returns the p-value (1 when a side is empty).
 */
export function shiftedDropTest(base: Counts, head: Counts, tolerance: number): number {
  if (base.runs === 0 || head.runs === 0) return 1;
  const pb = (base.passes + 1) / (base.runs + 2);
  const ph = (head.passes + 1) / (head.runs + 2);
  const se = Math.sqrt((pb * (1 - pb)) / (base.runs + 2) + (ph * (1 - ph)) / (head.runs + 2));
  const z = (pb - ph - tolerance) / se;
  return 1 - normalCdf(z);
}
