// The per-case design of stochastic cases: unit tables and exact operating characteristics.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  baselineTarget,
  checkDesignLimits,
  DESIGN_SHARE,
  FUTILITY_SHARE,
  criticalPasses,
  decideHead,
  familyAlpha,
  futilityThreshold,
  minimumDetectableDrop,
  minTrialsToDecide,
  planHead,
  type CaseDesignOptions,
} from '../../src/comparison/design.js';
import { fisherOneSidedLess } from '../../src/comparison/stats.js';

const opts: CaseDesignOptions = { alpha: 0.05, power: 0.9, min_drop: 0.2, max_trials: 200 };

function binomPmf(k: number, n: number, p: number): number {
  let l = 0;
  for (let i = 1; i <= k; i++) l += Math.log((n - k + i) / i);
  return Math.exp(l + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/**
 * Exact probability that a case is blocked, and its expected head runs, when both sides pass with
 * rate pb (baseline of nb runs) and ph (head), looking after every head trial from the 3rd on.
 */
function operating(nb: number, pb: number, ph: number, o: CaseDesignOptions): { block: number; runs: number } {
  let block = 0;
  let runs = 0;
  for (let xb = 0; xb <= nb; xb++) {
    const w = binomPmf(xb, nb, pb);
    if (w < 1e-12) continue;
    const base = { passes: xb, runs: nb };
    const plan = planHead(base, o);
    let dist = new Map<number, number>([[0, 1]]);
    for (let r = 0; r <= o.max_trials && dist.size > 0; r++) {
      const next = new Map<number, number>();
      for (const [k, pr] of dist) {
        const d = r >= 3 ? decideHead(base, { passes: k, runs: r }, plan, o) : { kind: 'continue' as const };
        if (d.kind !== 'continue' || r === o.max_trials) {
          if (d.kind === 'regressed') block += w * pr;
          runs += w * pr * r;
          continue;
        }
        next.set(k + 1, (next.get(k + 1) ?? 0) + pr * ph);
        next.set(k, (next.get(k) ?? 0) + pr * (1 - ph));
      }
      dist = next;
    }
  }
  return { block, runs };
}

describe('criticalPasses', () => {
  it.each([
    [{ passes: 100, runs: 100 }, 20, 0.05],
    [{ passes: 90, runs: 100 }, 40, 0.05],
    [{ passes: 180, runs: 200 }, 60, 0.0025],
  ])('base %o, n %i, alpha %f: the largest count that rejects, and nothing above it', (base, n, alpha) => {
    const c = criticalPasses(base, n, alpha);
    expect(c).toBeGreaterThanOrEqual(0);
    expect(fisherOneSidedLess(base.passes, base.runs, c, n)).toBeLessThanOrEqual(alpha);
    expect(fisherOneSidedLess(base.passes, base.runs, c + 1, n)).toBeGreaterThan(alpha);
  });

  it('is -1 when no head outcome could reject (a baseline of one run)', () => {
    expect(criticalPasses({ passes: 1, runs: 1 }, 5, 0.05)).toBe(-1);
  });
});

describe('planHead', () => {
  it.each([
    [{ passes: 180, runs: 200 }, 1, true],
    [{ passes: 180, runs: 200 }, 20, true],
    [{ passes: 270, runs: 300 }, 100, true],
    [{ passes: 3, runs: 3 }, 1, false], // three baseline runs cannot power a 0.2 drop
  ])('base %o with a family of %i: powered %s', (base, tests, powered) => {
    const o = { ...opts, alpha: familyAlpha(0.05, tests) };
    const plan = planHead(base, o);
    expect(plan.powered).toBe(powered);
    if (powered) expect(plan.design_power).toBeGreaterThanOrEqual(1 - (1 - o.power) * DESIGN_SHARE);
    else expect(plan.n).toBe(o.max_trials);
  });
});

describe('decideHead', () => {
  const base = { passes: 180, runs: 200 };
  const plan = planHead(base, opts);
  it.each<[number, number, string]>([
    [3, 3, 'continue'], // three passes settle nothing
    [30, 30, 'accept'], // futility: clearly not a drop
    [0, 12, 'regressed'], // curtailed: even all-pass remaining trials cannot save it
  ])('%i passes of %i -> %s', (passes, runs, want) => {
    expect(decideHead(base, { passes, runs }, plan, opts).kind).toBe(want);
  });

  it('at the planned n the exact test decides, exactly at the critical count', () => {
    expect(decideHead(base, { passes: plan.critical, runs: plan.n }, plan, opts)).toEqual({ kind: 'regressed', by: 'exact_test' });
    expect(decideHead(base, { passes: plan.critical + 1, runs: plan.n }, plan, opts).kind).toBe('accept');
  });

  it('an unpowered plan that ends closer to the drop is inconclusive, not a pass', () => {
    const tiny = planHead({ passes: 3, runs: 3 }, { ...opts, max_trials: 10 });
    expect(decideHead({ passes: 3, runs: 3 }, { passes: 6, runs: 10 }, tiny, { ...opts, max_trials: 10 }).kind).toBe('inconclusive');
  });

  it.each<[{ passes: number; runs: number }, number, 'baseline' | 'max_trials' | undefined]>([
    [{ passes: 3, runs: 3 }, 0.2, 'baseline'], // a plain 3-trial run stored as the baseline
    [{ passes: 27, runs: 30 }, 0.2, 'baseline'],
    [{ passes: 200, runs: 400 }, 0.1, 'max_trials'], // a good baseline; 200 head trials cannot reach .9 at a .1 drop
    [{ passes: 360, runs: 400 }, 0.2, undefined],
  ])('base %o at min_drop %d: limited by %s', (base, minDrop, limited) => {
    const o = { ...opts, alpha: familyAlpha(0.05, 20), min_drop: minDrop };
    expect(planHead(base, o).limited_by).toBe(limited);
  });

  it('a short baseline never accepts: what would have been a pass is inconclusive; a clear drop still blocks', () => {
    const o = { ...opts, alpha: familyAlpha(0.05, 20) };
    const short = { passes: 3, runs: 3 };
    const pl = planHead(short, o);
    // A .9 -> .7 drop used to end here as accepted (curtailed or futility), caught 0 of 40 times.
    for (const runs of [20, 30, 40, 60]) {
      const d = decideHead(short, { passes: Math.round(0.7 * runs), runs }, pl, o).kind;
      expect(['continue', 'inconclusive']).toContain(d);
    }
    expect(decideHead(short, { passes: 40, runs: 40 }, pl, o).kind).toBe('inconclusive');
    expect(decideHead(short, { passes: 0, runs: 200 }, pl, o).kind).toBe('regressed');
  });

  it('more passes never move a decision towards a block (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 300 }), fc.double({ min: 0.3, max: 0.99, noNaN: true }), fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 120 }), (nb, rate, runs, p0) => {
        const b = { passes: Math.round(rate * nb), runs: nb };
        const pl = planHead(b, opts);
        const passes = Math.min(runs, p0);
        const now = decideHead(b, { passes, runs }, pl, opts).kind;
        const more = decideHead(b, { passes: passes + 1, runs: runs + 1 }, pl, opts).kind;
        // One more passing trial never turns a case that was not blocked into a block,
        // and never un-accepts an accepted one.
        if (now !== 'regressed') expect(more).not.toBe('regressed');
        if (now === 'accept') expect(more).toBe('accept');
      }),
      { numRuns: 500 },
    );
  });
});

describe('exact operating characteristics (the level holds whatever the true rate)', () => {
  it.each([
    [200, 1],
    [200, 20],
    [150, 100],
  ])('baseline of %i runs, family of %i: false-block rate <= the case alpha at every rate', (nb, tests) => {
    const o = { ...opts, alpha: familyAlpha(0.05, tests) };
    for (const p of [0.5, 0.7, 0.8, 0.9, 0.95]) expect(operating(nb, p, p, o).block, `p = ${p}`).toBeLessThanOrEqual(o.alpha);
  });

  it('a baseline of 200 runs at 0.9, family of 20: power >= 0.9 at the 0.2 drop, unchanged cases stop early', () => {
    const o = { ...opts, alpha: familyAlpha(0.05, 20) };
    const drop = operating(200, 0.9, 0.7, o);
    const same = operating(200, 0.9, 0.9, o);
    expect(drop.block).toBeGreaterThanOrEqual(0.89);
    expect(same.runs).toBeLessThan(30);
  });
});

describe('baselineTarget and minimumDetectableDrop', () => {
  it('a larger family asks for a larger baseline, within the bounds', () => {
    const small = baselineTarget({ passes: 9, runs: 10 }, { ...opts, alpha: familyAlpha(0.05, 1) }, { min: 3, max: 300 });
    const large = baselineTarget({ passes: 9, runs: 10 }, { ...opts, alpha: familyAlpha(0.05, 100) }, { min: 3, max: 300 });
    expect(small).toBeGreaterThan(30);
    expect(large).toBeGreaterThan(small);
    expect(large).toBeLessThanOrEqual(300);
  });

  it('the detectable drop shrinks as head trials grow, and is null for a one-run baseline', () => {
    const base = { passes: 180, runs: 200 };
    const a = minimumDetectableDrop(base, 10, 0.05, 0.9)!;
    const b = minimumDetectableDrop(base, 60, 0.05, 0.9)!;
    expect(b).toBeLessThan(a);
    expect(b).toBeGreaterThan(0.1);
    expect(b).toBeLessThan(0.3);
    expect(minimumDetectableDrop({ passes: 1, runs: 1 }, 5, 0.05, 0.9)).toBeNull();
  });

  it('minTrialsToDecide never schedules past the plan, and at least one trial', () => {
    const base = { passes: 180, runs: 200 };
    const plan = planHead(base, opts);
    for (const [passes, runs] of [[3, 3], [10, 12], [0, 5], [plan.n - 1, plan.n - 1]]) {
      const k = minTrialsToDecide({ passes, runs }, plan, opts);
      expect(k).toBeGreaterThanOrEqual(1);
      expect(runs + k).toBeLessThanOrEqual(Math.max(plan.n, runs + 1));
    }
    expect(futilityThreshold(0.9)).toBeCloseTo(0.1 * FUTILITY_SHARE, 12);
  });
});

describe('checkDesignLimits (what validate says up front)', () => {
  it.each<[number, number, number, boolean]>([
    [0.2, 200, 20, false], // the defaults: every baseline rate is powered
    [0.1, 200, 20, true], // min_drop .1: 200 head trials cannot reach .9 near p = .5-.6
    [0.2, 20, 20, true], // a max_trials of 20 cannot power anything at a family of 20
    [0.3, 200, 1, false],
  ])('min_drop %d, max_trials %i, family %i: limited %s', (minDrop, maxTrials, tests, limited) => {
    const o = { alpha: familyAlpha(0.05, tests), power: 0.9, min_drop: minDrop, max_trials: maxTrials };
    const lim = checkDesignLimits(o);
    expect(lim !== null).toBe(limited);
    if (lim) {
      expect(lim.power).toBeLessThan(0.9);
      // The trials it names do reach the target for that rate.
      expect(lim.needed).not.toBeNull();
      expect(lim.needed!).toBeGreaterThan(maxTrials);
      expect(planHead({ passes: Math.round(lim.rate * 10000), runs: 10000 }, { ...o, max_trials: lim.needed! }).powered).toBe(true);
    }
  });
});
