// Wald's SPRT against a known baseline rate: the reference the gate's cost is measured against
// (test/bench/), not the gate's decision (that is design.ts: the baseline rate is never known).
import { isRegression, type Counts } from '../../src/comparison/stats.js';

/** Wald SPRT plan for Bernoulli trials, H0: p = p0 vs H1: p = p1 (p1 < p0). */
export interface SprtPlan {
  p0: number;
  p1: number;
  /** Wald's upper boundary A = (1 - beta) / alpha: reject H0 (regressed) when LR >= A. */
  A: number;
  /** Wald's lower boundary B = beta / (1 - alpha): accept H0 when LR <= B. */
  B: number;
  /** log A. */
  a: number;
  /** log B. */
  b: number;
  /** Log-likelihood-ratio increment of one pass, log(p1 / p0) (-Infinity when p1 = 0). */
  llrPass: number;
  /** Log-likelihood-ratio increment of one fail, log((1 - p1) / (1 - p0)). */
  llrFail: number;
}

/** Plans a Wald SPRT with error rates alpha (false regression) and beta (missed regression). */
export function planSprt(p0: number, p1: number, alpha: number, beta: number): SprtPlan {
  if (!(p0 > 0 && p0 < 1 && p1 >= 0 && p1 < p0)) {
    throw new RangeError(`planSprt: expected 0 < p0 < 1 and 0 <= p1 < p0, got p0=${p0}, p1=${p1}`);
  }
  if (!(alpha > 0 && alpha < 1 && beta > 0 && beta < 1)) {
    throw new RangeError(`planSprt: expected alpha and beta in (0, 1), got alpha=${alpha}, beta=${beta}`);
  }
  const A = (1 - beta) / alpha;
  const B = beta / (1 - alpha);
  return { p0, p1, A, B, a: Math.log(A), b: Math.log(B), llrPass: Math.log(p1 / p0), llrFail: Math.log((1 - p1) / (1 - p0)) };
}

/** Log-likelihood ratio of the head counts under a plan (0 * -Infinity treated as 0). */
export function sprtLogLikelihoodRatio(plan: SprtPlan, head: Counts): number {
  const fails = head.runs - head.passes;
  return (head.passes > 0 ? head.passes * plan.llrPass : 0) + (fails > 0 ? fails * plan.llrFail : 0);
}

/**
 * The baseline rate the SPRT takes as H0: the Laplace estimate (passes + 1) / (runs + 2), the
 * posterior mean under a uniform prior. Taking the raw rate at face value treats a noisy
 * baseline as exact: in simulation (true p = 0.9, baseline of 20 runs) that doubled the
 * false-block rate to 11%, while the Laplace estimate keeps it under alpha (4.4%). It also
 * handles a perfect baseline without special cases (1/1 -> 2/3, 20/20 -> 21/22), since p0 = 1
 * would make any failure infinitely unlikely. For long stored baselines it equals the raw rate.
 */
export function sprtBaselineRate(base: Counts): number {
  return (base.passes + 1) / (base.runs + 2);
}

/** Options of the sequential decision (from `gate` and `max_trials` in config). */
export interface SequentialOptions {
  alpha: number;
  power: number;
  min_drop: number;
  max_trials: number;
  /**
   * How to decide when head.runs reaches max_trials without crossing a boundary:
   * 'exact' (default) uses the exact one-sided test at alpha plus the deterministic rule,
   * which keeps the false-block rate at or below alpha; 'llr' uses the sign of the log-LR
   * (closer hypothesis wins), which buys power at the price of a higher false-block rate.
   */
  truncation?: 'exact' | 'llr';
}

/**
 * Truncated SPRT on the head's Bernoulli pass rate: H0 p = p0 (baseline rate, see
 * sprtBaselineRate) vs H1 p = p0 - min_drop, error rates alpha and beta = 1 - power.
 * Returns 'regressed' or 'accept' once the log-LR crosses log A or log B, 'continue' while more
 * trials are needed, and at max_trials decides by `truncation`. No evaluated baseline, or a
 * baseline that never passed, means there is nothing to regress from: 'accept'.
 * Call it after each batch of head trials of a case that failed more than its baseline suggests;
 * errors are not counts here (they are retried upstream and reported as `errored`).
 */
export function sequentialDecision(base: Counts, head: Counts, opts: SequentialOptions): 'regressed' | 'accept' | 'continue' {
  if (base.runs === 0 || base.passes === 0) return 'accept';
  const p0 = sprtBaselineRate(base);
  const p1 = Math.max(0, p0 - opts.min_drop);
  const plan = planSprt(p0, p1, opts.alpha, 1 - opts.power);
  if (head.runs > 0) {
    const llr = sprtLogLikelihoodRatio(plan, head);
    if (llr >= plan.a) return 'regressed';
    if (llr <= plan.b) return 'accept';
  }
  if (head.runs < opts.max_trials) return 'continue';
  if (head.runs === 0) return 'accept';
  if (opts.truncation === 'llr') return sprtLogLikelihoodRatio(plan, head) > 0 ? 'regressed' : 'accept';
  return isRegression(base, head, opts.alpha).regressed ? 'regressed' : 'accept';
}
