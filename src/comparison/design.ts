// The per-case decision for stochastic cases (SPEC 6): a curtailed exact two-sample test.
//
// Why this design: the baseline rate is not known, it is a sample (every stored baseline is a
// handful to a few hundred trials), so a one-sample SPRT against the baseline's point estimate
// has no error guarantee. Instead each stochastic case gets a fixed-sample one-sided exact test
// (Fisher, conditional on the margins) of head vs baseline at the case's share of `gate.alpha`,
// sized so that a drop of `min_drop` is caught with more than `gate.power`. Trials then run in
// rounds and stop as soon as the outcome of that test is settled:
//   - regressed: the head already failed so often that passing every remaining trial would
//     still reject (deterministic curtailment: identical to running them all);
//   - accept: the head passed so often that no outcome of the remaining trials rejects, or the
//     likelihood ratio of "dropped by min_drop" vs "unchanged" falls below `futility` (stochastic curtailment).
// Stopping to accept can only lower the false-block rate, so the exact test's level holds; it
// costs at most `futility` power (Ville's inequality), which the sizing adds back.
// Every decision is a function of the pass/run counts alone, so `compare` re-derives exactly what
// `gate` decided, whatever the order of the trials.
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { fisherOneSidedLess, type Counts } from './stats.js';
import { createCompileCache } from '../compile-cache.js';

/** Error rates and limits of one case's decision. */
export interface CaseDesignOptions {
  /** False-block rate of this case's test (its share of gate.alpha). */
  alpha: number;
  /** Probability of catching a drop of min_drop (gate.power). */
  power: number;
  min_drop: number;
  /** Ceiling of head trials (config max_trials). */
  max_trials: number;
}

/** The fixed-sample test a stochastic case is decided by, sized from its baseline. */
export interface HeadPlan {
  /** Planned head trials (capped at max_trials). */
  n: number;
  /** Largest head pass count at which the exact test at n rejects (-1: no count rejects). */
  critical: number;
  /** Whether n trials reach the design power at min_drop. */
  powered: boolean;
  /** Baseline rate the plan assumes (Laplace estimate) and the dropped rate it must catch. */
  p0: number;
  p1: number;
  /** Power of the exact test at n against p1 (before futility stopping). */
  design_power: number;
  /**
   * Why an unpowered plan is unpowered: `baseline` when a baseline that knew its rate would be
   * powered within max_trials (the stored baseline carries too few trials: nothing it accepts is
   * evidence), `max_trials` when even a known rate needs more head trials than the ceiling allows.
   */
  limited_by?: 'baseline' | 'max_trials';
}

/**
 * Share of the type II error spent on futility stopping. With DESIGN_SHARE, 0.55 of beta is spent
 * by design; the rest absorbs the noise of an estimated baseline rate. (At 0.5/0.25 the measured
 * power of a 20-case suite was 89.0% and 89.5% in two end-to-end runs; with these shares it measured
 * 92.0%, test/bench/gate-power.bench.ts.)
 */
export const FUTILITY_SHARE = 0.4;

/** Share of the type II error the fixed-sample test may miss (its design power is 1 - DESIGN_SHARE * beta). */
export const DESIGN_SHARE = 0.15;

/** Likelihood-ratio threshold (evidence for the drop) below which a case stops and is accepted. */
export function futilityThreshold(power: number): number {
  return (1 - power) * FUTILITY_SHARE;
}

/**
 * Largest head pass count hp in 0..n at which Fisher's one-sided test of (base, hp/n) rejects at
 * alpha, or -1. The p-value increases with hp, so this is a binary search.
 */
export function criticalPasses(base: Counts, n: number, alpha: number): number {
  if (n <= 0 || base.runs === 0) return -1;
  if (fisherOneSidedLess(base.passes, base.runs, 0, n) > alpha) return -1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fisherOneSidedLess(base.passes, base.runs, mid, n) <= alpha) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** P(Bin(n, p) <= k), 0 for k < 0. */
export function binomialAtMost(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return binomialCdf(k, n, p);
}

/** The rate the design assumes for the baseline: Laplace (passes + 1) / (runs + 2). */
export function designBaseRate(base: Counts): number {
  return (base.passes + 1) / (base.runs + 2);
}

// Plans are re-asked after every round of every case; the project's bounded LRU keeps that cheap.
const planMemo = createCompileCache<HeadPlan>(20000);

/**
 * Sizes the head's fixed-sample test from the baseline: the smallest n <= max_trials whose exact
 * test at `alpha` has power 1 - (1 - power) * DESIGN_SHARE against p1 = p0 - min_drop,
 * so that power stays >= `power` after futility stopping. Unpowered (n = max_trials) when no n fits.
 */
export function planHead(base: Counts, opts: CaseDesignOptions): HeadPlan {
  const key = `${base.passes}/${base.runs}/${opts.alpha}/${opts.power}/${opts.min_drop}/${opts.max_trials}`;
  return planMemo.get(key, () => computePlan(base, opts));
}

function computePlan(base: Counts, opts: CaseDesignOptions): HeadPlan {
  const p0 = designBaseRate(base);
  const p1 = Math.max(0, p0 - opts.min_drop);
  const target = 1 - (1 - opts.power) * DESIGN_SHARE;
  let plan: HeadPlan | null = null;
  for (let n = 1; n <= opts.max_trials; n++) {
    const critical = criticalPasses(base, n, opts.alpha);
    const pw = binomialAtMost(critical, n, p1);
    if (pw >= target) {
      plan = { n, critical, powered: true, p0, p1, design_power: pw };
      break;
    }
  }
  if (plan === null) {
    const n = Math.max(1, opts.max_trials);
    const critical = criticalPasses(base, n, opts.alpha);
    // A known rate (the same rate over KNOWN_RUNS runs) is the best any baseline can do; the known
    // plan itself is never asked again (its runs are KNOWN_RUNS), so this cannot recurse.
    const limited_by = base.runs < KNOWN_RUNS && planHead(knownBaseline(p0), opts).powered ? 'baseline' : 'max_trials';
    plan = { n, critical, powered: false, p0, p1, design_power: binomialAtMost(critical, n, p1), limited_by };
  }
  return plan;
}

/** Runs of the stand-in for a baseline whose rate is known exactly. */
const KNOWN_RUNS = 10000;

/** A baseline that knows its rate: `rate` over KNOWN_RUNS runs. */
function knownBaseline(rate: number): Counts {
  return { passes: Math.round(rate * KNOWN_RUNS), runs: KNOWN_RUNS };
}

/** Where a stochastic case stands after its head trials so far. */
export type HeadDecision =
  | { kind: 'regressed'; by: 'exact_test' | 'curtailed' }
  | { kind: 'accept'; by: 'exact_test' | 'curtailed' | 'futility' }
  | { kind: 'continue' }
  | { kind: 'inconclusive' };

/**
 * log [L(p1) / L(p0)] of the head counts: evidence for the drop against no drop. Under the drop,
 * L(p0)/L(p1) is a martingale with mean 1, so by Ville's inequality the chance it ever exceeds
 * 1/g is at most g: stopping to accept once this falls to log g loses at most g power.
 */
export function futilityLogLikelihoodRatio(head: Counts, plan: Pick<HeadPlan, 'p0' | 'p1'>): number {
  const fails = head.runs - head.passes;
  const lp = plan.p1 > 0 ? Math.log(plan.p1 / plan.p0) : -Infinity;
  const lf = Math.log((1 - plan.p1) / (1 - plan.p0));
  return (head.passes > 0 ? head.passes * lp : 0) + (fails > 0 ? fails * lf : 0);
}

/**
 * The decision on the head counts under a plan (see the module comment). At or beyond the planned
 * n the exact test decides on all head runs; an unrejected, unpowered test whose head rate sits
 * closer to the dropped rate than to the baseline is `inconclusive`, not a pass. A plan unpowered
 * because the baseline is short (`limited_by: 'baseline'`) never accepts: stopping for lack of
 * evidence against the drop is `inconclusive` (a 3-trial baseline cannot vouch for a .9 -> .7 drop).
 */
export function decideHead(base: Counts, head: Counts, plan: HeadPlan, opts: CaseDesignOptions): HeadDecision {
  const accept = (by: 'exact_test' | 'curtailed' | 'futility'): HeadDecision => (plan.limited_by === 'baseline' ? { kind: 'inconclusive' } : { kind: 'accept', by });
  if (head.runs >= plan.n) {
    const critical = head.runs === plan.n ? plan.critical : criticalPasses(base, head.runs, opts.alpha);
    if (head.passes <= critical) return { kind: 'regressed', by: 'exact_test' };
    if (plan.powered) return { kind: 'accept', by: 'exact_test' };
    return head.passes / head.runs < (plan.p0 + plan.p1) / 2 ? { kind: 'inconclusive' } : accept('exact_test');
  }
  const remaining = plan.n - head.runs;
  if (head.passes + remaining <= plan.critical) return { kind: 'regressed', by: 'curtailed' };
  if (head.passes > plan.critical) return accept('curtailed');
  if (futilityLogLikelihoodRatio(head, plan) <= Math.log(futilityThreshold(opts.power))) return accept('futility');
  return { kind: 'continue' };
}

/**
 * Smallest drop from the baseline rate that `runs` head trials detect with `power` at `alpha`
 * (the minimum detectable effect), by search over the exact test; null when even a drop to 0 is not.
 */
export function minimumDetectableDrop(base: Counts, runs: number, alpha: number, power: number): number | null {
  if (runs <= 0 || base.runs === 0) return null;
  const p0 = designBaseRate(base);
  const critical = criticalPasses(base, runs, alpha);
  if (critical < 0) return null;
  // Power at p1 decreases in p1: bisect for the largest p1 with power >= target.
  if (binomialAtMost(critical, runs, 0) < power) return null;
  let lo = 0;
  let hi = p0;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (binomialAtMost(critical, runs, mid) >= power) lo = mid;
    else hi = mid;
  }
  return Math.max(0, p0 - lo);
}

/**
 * Per-case alpha for a family of `tests` decisions: Bonferroni, alpha / tests. Chosen because each
 * case stops on its own schedule (Holm needs every p-value at once) and cases share one harness and
 * model, so their outcomes are dependent in unknown ways; Bonferroni holds under any dependence.
 */
export function familyAlpha(alpha: number, tests: number): number {
  return tests <= 1 ? alpha : alpha / tests;
}

/**
 * Fewest further head trials after which `decideHead` could stop (all passing for an accept, all
 * failing for a block), at least 1 and at most what the plan has left. Scheduling this many per
 * round never runs a trial the decision could not have needed, and keeps rounds few.
 */
export function minTrialsToDecide(head: Counts, plan: HeadPlan, opts: CaseDesignOptions): number {
  const left = Math.max(0, plan.n - head.runs);
  if (left === 0) return 1;
  const fails = head.runs - head.passes;
  const toBlock = plan.critical < 0 ? Infinity : Math.max(1, plan.n - plan.critical - fails);
  const toCurtailAccept = Math.max(1, plan.critical - head.passes + 1);
  const lp = plan.p1 > 0 ? Math.log(plan.p1 / plan.p0) : -Infinity;
  const gap = futilityLogLikelihoodRatio(head, plan) - Math.log(futilityThreshold(opts.power));
  const toFutility = gap <= 0 ? 1 : lp === -Infinity ? 1 : Math.max(1, Math.ceil(gap / -lp));
  return Math.max(1, Math.min(left, toBlock, toCurtailAccept, toFutility));
}

/**
 * Trials that back a deterministic (`trials: 1`) case's claim, on each side: a baseline runs such a
 * case this often (a failure among them makes it stochastic, topped up and tested as such), and a
 * gate confirms a head failure with this many trials before it blocks. A case that is in fact
 * flaky at pass rate p is then blocked with probability p^3 (1 - p)^3: 0.07% at p = .9, 1.6% at
 * worst (p = .5), instead of 1 - p per PR.
 */
export const DETERMINISTIC_TRIALS = 3;

/** How many times the head's planned trials a baseline should carry (it is reused by every PR from its commit). */
export const BASELINE_FACTOR = 4;

/**
 * Trials a stochastic case's baseline should carry, from its counts so far: BASELINE_FACTOR times
 * the head trials the design would need if the baseline rate were known exactly (a noisy baseline
 * costs every PR more head trials and power; the factor was raised from 3 when a 20-case suite measured 89.5% power), within [min, max].
 */
export function baselineTarget(base: Counts, opts: CaseDesignOptions, bounds: { min: number; max: number }): number {
  const plan = planHead(knownBaseline(designBaseRate(base)), { ...opts, max_trials: Math.max(opts.max_trials, bounds.max) });
  return Math.max(bounds.min, Math.min(bounds.max, Math.ceil(BASELINE_FACTOR * plan.n)));
}

/** What the configured limits allow at the hardest baseline rate: null when every rate is powered. */
export interface DesignLimit {
  /** Baseline pass rate at which the power is lowest. */
  rate: number;
  /** Design power of the exact test at that rate within max_trials (before futility stopping). */
  power: number;
  /** Head trials a baseline that knew that rate would need to reach the design target. */
  needed: number | null;
}

/**
 * Whether `max_trials` lets every baseline rate reach the design power at min_drop, for a family
 * of `tests` decisions: scans baseline rates (a known rate, the best any baseline can do) and
 * returns the weakest, or null when all are powered. Lets `validate` say up front which power
 * the limits allow (min_drop .1 at 20 stochastic cases and max_trials 200: about .26 at p = .5).
 */
export function checkDesignLimits(opts: CaseDesignOptions, grid: readonly number[] = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]): DesignLimit | null {
  let worst: DesignLimit | null = null;
  for (const rate of grid) {
    if (rate - opts.min_drop <= 0) continue;
    const plan = planHead(knownBaseline(rate), opts);
    if (plan.powered) continue;
    if (worst === null || plan.design_power < worst.power) {
      const wide = planHead(knownBaseline(rate), { ...opts, max_trials: Math.max(opts.max_trials, 2000) });
      worst = { rate, power: plan.design_power, needed: wide.powered ? wide.n : null };
    }
  }
  return worst;
}
