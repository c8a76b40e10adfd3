// Compares head results with the baseline per case and in aggregate (SPEC 6). Pure.
import { DEFAULT_MAX_TRIALS } from '../types.js';
import type { CaseComparison, CaseResult, CaseStatus, Comparison, FailureClass, GateConfig, Results, Totals } from '../types.js';
import { decideVerdict } from '../verdict/verdict.js';
import { computeSpend } from '../results/spend.js';
import { fisherOneSidedGreater, fisherOneSidedLess, pairedDelta, shiftedDropTest, type Counts } from './stats.js';
import { decideHead, familyAlpha, minimumDetectableDrop, planHead, type CaseDesignOptions } from './design.js';

/** Evidence kept per row is capped (the results schema caps each field at 8,000 chars). */
const MAX_EVIDENCE = 8000;

/** Report order of statuses: what blocks first. */
const STATUS_ORDER: readonly CaseStatus[] = ['regressed', 'errored', 'removed', 'new', 'inconclusive', 'still_erroring', 'modified', 'fixed', 'flaky', 'unchanged'];

function countsOf(c: CaseResult): { passes: number; runs: number; errors: number } {
  return { passes: c.passes, runs: c.runs, errors: c.errors };
}

/** What decided one case present on both sides. */
export interface PairDecision {
  status: CaseStatus;
  p_value: number | null;
  decided_by?: CaseComparison['decided_by'];
  kind: 'stochastic' | 'deterministic';
  planned_trials?: number;
  limited_by?: 'baseline' | 'max_trials';
  mde: number | null;
}

/**
 * Whether a pair is decided as stochastic: the case declares `trials` > 1, or its baseline is not
 * perfect (a case that ever failed on the base is not deterministic). Older results without the
 * declaration count as stochastic when either side has more than one run.
 */
export function isStochasticPair(declared: boolean | undefined, base: Counts, head: Counts): boolean {
  if (base.passes < base.runs) return true;
  if (declared !== undefined) return declared;
  return base.runs > 1 || head.runs > 1;
}

/**
 * Status of a case present on both sides (SPEC 6), from pass/run/error counts alone (so trial
 * order and case ids never matter):
 * - still_erroring: the head errored and the baseline never passed either (broken on base too);
 * - errored: trials still errored after retries where the baseline passed;
 * - deterministic cases (trials: 1, perfect baseline): a head that failed every trial regresses
 *   (the gate confirms a first failure with DETERMINISTIC_TRIALS trials before it blocks); a head
 *   that both passed and failed proved the case is not deterministic and is `inconclusive`;
 * - stochastic cases: the curtailed exact test of design.ts at the case's alpha decides
 *   regressed / accepted / inconclusive (too few trials to decide);
 * - accepted cases are fixed (significantly better, or never passed and now always pass),
 *   unchanged (same pass rate), or flaky (different, not significantly).
 */
export function classifyPair(
  base: Counts & { errors: number },
  head: Counts & { errors: number },
  declaredStochastic: boolean | undefined,
  design: CaseDesignOptions,
): PairDecision {
  const stochastic = isStochasticPair(declaredStochastic, base, head);
  const kind = stochastic ? 'stochastic' : 'deterministic';
  if (head.errors > 0 && base.passes === 0 && head.passes === 0) return { status: 'still_erroring', p_value: null, kind, mde: null };
  if (head.runs === 0) return { status: head.errors > 0 ? 'errored' : 'unchanged', p_value: null, kind, mde: null };
  const mde = minimumDetectableDrop(base, head.runs, design.alpha, design.power);
  // Errors block only where they are new: more frequent on head than on the base (the same
  // error rate on both sides is the base branch's own breakage, and compare(R, R) must pass).
  const erroredNow = head.errors > 0 && base.passes > 0 && head.errors * (base.runs + base.errors) > base.errors * (head.runs + head.errors);
  const sameRate = base.passes * head.runs === head.passes * base.runs;
  const accepted = (): PairDecision['status'] => {
    if (erroredNow) return 'errored';
    const allPass = head.passes === head.runs;
    if ((base.passes === 0 && allPass) || fisherOneSidedGreater(base.passes, base.runs, head.passes, head.runs) <= design.alpha) return 'fixed';
    return sameRate ? 'unchanged' : 'flaky';
  };
  // A baseline that never passed has nothing to regress from (and no trials are spent on it).
  if (base.passes === 0) return { status: accepted(), p_value: null, kind, mde: null };
  if (!stochastic) {
    if (head.passes === 0) return { status: 'regressed', p_value: null, decided_by: 'deterministic', kind, mde };
    // Passed and failed on the same head: the deterministic claim is refuted, and a trials: 1
    // baseline cannot test a stochastic case: say so rather than pass (or block on one flake).
    if (head.passes < head.runs) return { status: erroredNow ? 'errored' : 'inconclusive', p_value: null, kind, mde };
    return { status: accepted(), p_value: null, kind, mde };
  }
  const plan = planHead(base, design);
  const d = decideHead(base, head, plan, design);
  const p = fisherOneSidedLess(base.passes, base.runs, head.passes, head.runs);
  const common = { kind, planned_trials: plan.n, mde, ...(plan.limited_by ? { limited_by: plan.limited_by } : {}) } as const;
  switch (d.kind) {
    case 'regressed':
      // A curtailed block is decided by the table where every remaining trial passes: that is the
      // p-value shown, and it is at or below the case's alpha by construction.
      return {
        status: 'regressed',
        p_value: d.by === 'curtailed' ? fisherOneSidedLess(base.passes, base.runs, head.passes + (plan.n - head.runs), plan.n) : p,
        decided_by: d.by,
        ...common,
      };
    case 'accept':
      return { status: accepted(), p_value: p, decided_by: d.by, ...common };
    case 'inconclusive':
      return { status: erroredNow ? 'errored' : 'inconclusive', p_value: p, ...common };
    case 'continue':
      // Not enough head trials for a decision (`compare` of two plain runs, a gate whose
      // gate.max_runs ran out): inconclusive, never a silent pass, equal rates included (three
      // equal trials say nothing about a drop of min_drop).
      if (erroredNow) return { status: 'errored', p_value: p, ...common };
      return { status: 'inconclusive', p_value: p, ...common };
  }
}

/**
 * Whether a case is one of the family's statistical decisions: visible, with an evaluated
 * baseline, and stochastic. The gate (before it runs) and compare (after) both ask this.
 */
export function isFamilyMember(p: { holdout: boolean; declared: boolean | undefined; base: Counts | undefined; head: Counts }): boolean {
  return !p.holdout && p.base !== undefined && p.base.runs > 0 && isStochasticPair(p.declared, p.base, p.head);
}

/** The family of `tests` decisions (stochastic cases plus the holdout aggregate) sharing gate.alpha. */
export function familyFor(tests: number, gate: GateConfig): NonNullable<Comparison['family']> {
  return { procedure: 'bonferroni', tests, alpha: gate.alpha, case_alpha: familyAlpha(gate.alpha, tests), power: gate.power, min_drop: gate.min_drop };
}

/**
 * The family a comparison's statistical decisions belong to: its stochastic visible pairs plus the
 * holdout aggregate, or `tests` when the caller knows the whole suite's family (a shard gate
 * decides its cases as members of the suite's family, so the merged verdict is the unsharded one).
 */
export function familyOf(base: Results | null, head: Results, gate: GateConfig, tests?: number): NonNullable<Comparison['family']> {
  if (tests !== undefined) return familyFor(tests, gate);
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const members = head.cases.filter((h) => {
    const b = baseById.get(h.id);
    return isFamilyMember({ holdout: h.holdout, declared: h.stochastic ?? b?.stochastic, base: b, head: h });
  }).length;
  return familyFor(members + (base?.holdout_totals && head.holdout_totals ? 1 : 0), gate);
}

/** Class, first failing message and evidence of the head's first failing (or errored) trial. */
function headFailure(c: CaseResult, errored: boolean): { class: FailureClass | null; message: string | null; evidence?: string } {
  const failing = c.trials.find((t) => t.outcome === 'fail');
  const trial = errored ? (c.trials.find((t) => t.outcome === 'error') ?? failing) : (failing ?? c.trials.find((t) => t.outcome === 'error'));
  if (trial === undefined) return { class: null, message: null };
  const message = trial.outcome === 'error' ? (trial.error ?? 'trial errored') : (trial.failures[0]?.message ?? (trial.class ? `failed (${trial.class})` : 'failed'));
  const out: { class: FailureClass | null; message: string | null; evidence?: string } = {
    class: trial.outcome === 'fail' ? (trial.class ?? null) : null,
    message: c.holdout ? null : message,
  };
  if (!c.holdout) {
    const trace = trial.trace_excerpt ? trial.trace_excerpt : '';
    // The stderr part is always labelled, also without a trace (an errored trial has none): a tail
    // that starts with `{` (JSON logs) must not be read back as a trace excerpt.
    const stderr = trial.stderr_tail ? `${trace ? '\n' : ''}--- stderr ---\n${trial.stderr_tail}` : '';
    // How the trace was converted explains evidence such as an unknown tool name; it comes last so it is cut first.
    const warnings = trial.warnings && trial.warnings.length > 0 ? `\n--- trace conversion ---\n${trial.warnings.join('\n')}` : '';
    if (trace || stderr || warnings) out.evidence = (trace + stderr + warnings).slice(0, MAX_EVIDENCE);
  }
  return out;
}

function describe(c: CaseResult): Pick<CaseComparison, 'id' | 'guards' | 'workflow' | 'severity' | 'holdout' | 'file' | 'line' | 'title'> {
  const d: Pick<CaseComparison, 'id' | 'guards' | 'workflow' | 'severity' | 'holdout' | 'file' | 'line' | 'title'> = {
    id: c.id,
    guards: c.guards,
    workflow: c.workflow,
    severity: c.severity,
    holdout: c.holdout,
  };
  if (c.file !== undefined) d.file = c.file;
  if (c.line !== undefined) d.line = c.line;
  if (c.title !== undefined) d.title = c.title;
  return d;
}

/** Percent change of head over base, or null when either is missing or base is 0. */
function pctChange(base: number | null | undefined, head: number | null | undefined): number | null {
  if (base === null || base === undefined || head === null || head === undefined || base === 0) return null;
  return ((head - base) / base) * 100;
}

/**
 * Holdout aggregate (SPEC 6). Trials that errored count as failures on both sides: a harness that
 * crashes on the cases it does not recognise must not remove them from the test (issue: holdout
 * dodged by erroring), and counting both sides alike keeps compare(R, R) a pass.
 */
function compareHoldout(base: Totals | null, head: Totals | null, gate: GateConfig, alpha: number): Comparison['holdout'] {
  if (base === null || head === null) return null;
  const b = { passes: base.passes, runs: base.runs + base.errors };
  const h = { passes: head.passes, runs: head.runs + head.errors };
  const p = b.runs > 0 && h.runs > 0 ? shiftedDropTest(b, h, gate.holdout_tolerance) : null;
  return {
    base_pass_rate: b.runs > 0 ? b.passes / b.runs : 0,
    head_pass_rate: h.runs > 0 ? h.passes / h.runs : 0,
    base_runs: b.runs,
    head_runs: h.runs,
    head_errors: head.errors,
    p_value: p,
    blocking: p !== null && p <= alpha,
  };
}

/** Options of compareResults. */
export interface CompareOptions {
  gate: GateConfig;
  /** Ceiling of head trials (config max_trials, default DEFAULT_MAX_TRIALS): sizes each stochastic case's test. */
  maxTrials?: number;
  baseSource: string;
  allowGuardRemoval: boolean;
  /** Ids whose definition the PR changed while the base definition gated (trust, SPEC 7). */
  modified?: ReadonlySet<string>;
  /** Size of the decision family when the results are one shard of a suite (see familyOf). */
  familyTests?: number;
}

/** The design every stochastic case of a comparison is decided by. */
export function designFor(family: NonNullable<Comparison['family']>, maxTrials: number): CaseDesignOptions {
  return { alpha: family.case_alpha, power: family.power, min_drop: family.min_drop, max_trials: maxTrials };
}

/**
 * Compares head results with the baseline (null when none exists: every case is `new`).
 * Decisions depend only on counts, so the gate (which ran the re-trials) and a later `compare` or
 * `publish` of the same results agree. Rows are ordered by status (blocking first) then id;
 * `blocking` on a row mirrors the verdict.
 */
export function compareResults(base: Results | null, head: Results, opts: CompareOptions): Comparison {
  const { gate } = opts;
  if (base !== null && base.suite !== head.suite) {
    throw new Error(`compareResults: baseline (${opts.baseSource}) is suite '${base.suite}' but head is suite '${head.suite}'; compare results of the same suite`);
  }
  const notices = [...head.notices];
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const headIds = new Set(head.cases.map((c) => c.id));
  const headHasHoldout = head.cases.some((c) => c.holdout);
  const rows: CaseComparison[] = [];
  const pairs: Array<{ base: number; head: number }> = [];
  const family = familyOf(base, head, gate, opts.familyTests);
  const design = designFor(family, opts.maxTrials ?? DEFAULT_MAX_TRIALS);

  for (const h of head.cases) {
    const b = baseById.get(h.id);
    const modified = (b !== undefined && b.definition_hash !== h.definition_hash) || (opts.modified?.has(h.id) ?? false);
    if (b === undefined) {
      rows.push({ ...describe(h), status: 'new', base: null, head: countsOf(h), p_value: null, ...headFailure(h, h.runs === 0), modified, blocking: false });
      continue;
    }
    if (b.runs === 0) {
      // Broken on the base branch (every trial errored): a head that still does not pass is the
      // same breakage, a warning; a head that now passes every trial fixed it.
      const fixed = h.runs > 0 && h.passes === h.runs && h.errors === 0;
      const f = fixed ? { class: null, message: null } : headFailure(h, h.runs === 0);
      rows.push({ ...describe(h), status: fixed ? 'fixed' : 'still_erroring', base: countsOf(b), head: countsOf(h), p_value: null, ...f, modified, blocking: false });
      continue;
    }
    const d = classifyPair(countsOf(b), countsOf(h), h.stochastic ?? b.stochastic, design);
    if (!h.holdout && h.runs > 0) pairs.push({ base: b.passes / b.runs, head: h.passes / h.runs });
    const failing = h.passes < h.runs || h.errors > 0;
    const f = failing ? headFailure(h, d.status === 'errored' || d.status === 'still_erroring') : { class: null, message: null };
    rows.push({
      ...describe(h),
      status: d.status,
      base: countsOf(b),
      head: countsOf(h),
      p_value: d.p_value,
      ...(d.decided_by ? { decided_by: d.decided_by } : {}),
      kind: d.kind,
      ...(d.planned_trials !== undefined ? { planned_trials: d.planned_trials } : {}),
      ...(d.limited_by !== undefined ? { limited_by: d.limited_by } : {}),
      mde: d.mde,
      ...f,
      modified,
      blocking: false,
    });
  }
  for (const b of base?.cases ?? []) {
    if (headIds.has(b.id)) continue;
    // Holdout skipped on head (no key): its cases are absent, not removed.
    if (b.holdout && !headHasHoldout) continue;
    rows.push({ ...describe(b), status: 'removed', base: countsOf(b), head: null, p_value: null, class: null, message: null, modified: false, blocking: false });
  }
  if (base === null) notices.push('no baseline results: every case is compared as new');
  // Said in every report, not only by validate: the limits, not the data, cap these cases' power.
  const capped = rows.filter((r) => r.limited_by === 'max_trials' && !r.holdout);
  if (capped.length > 0) {
    notices.push(
      `${capped.length} case(s) cannot reach power ${family.power} at a drop of ${family.min_drop} within max_trials ${design.max_trials} (${capped.slice(0, 5).map((r) => r.id).join(', ')}${capped.length > 5 ? ', …' : ''}): raise max_trials or min_drop; evalgate validate says which power the limits allow`,
    );
  }
  // A baseline made from uncommitted harness changes is not the base commit's harness: say so.
  if (base?.harness.uncommitted?.length) {
    notices.push(`warning: the baseline (${opts.baseSource}) was stored from a working tree whose harness files differed from commit ${base.commit.slice(0, 7)} (${base.harness.uncommitted.join(', ')}): it may not be the base branch's harness`);
  }

  const holdout = compareHoldout(base?.holdout_totals ?? null, head.holdout_totals, gate, family.case_alpha);
  if (holdout === null && head.holdout_totals !== null && base !== null) notices.push('holdout: the baseline has no holdout results, so the holdout aggregate was not compared');
  // A side with no evaluated run (every trial errored) has no latency: its 0 ms is not a -100% change.
  const latencies = base !== null && base.totals.runs > 0 && head.totals.runs > 0;
  const budgets = {
    cost_per_success_pct: pctChange(base?.totals.cost_per_success_usd, head.totals.cost_per_success_usd),
    p95_latency_pct: latencies ? pctChange(base?.totals.latency_p95_ms, head.totals.latency_p95_ms) : null,
  };
  const { verdict, reasons } = decideVerdict({ cases: rows, holdout, budgets, gate, allowGuardRemoval: opts.allowGuardRemoval, noBaseline: base === null });
  const blockingIds = new Set(reasons.filter((r) => r.blocking && r.case_id !== undefined).map((r) => r.case_id));
  for (const r of rows) r.blocking = blockingIds.has(r.id);
  rows.sort((x, y) => {
    const d = STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status);
    return d !== 0 ? d : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });

  return {
    schema: 'evalgate/comparison@1',
    suite: head.suite,
    base: base === null ? null : { commit: base.commit, ref: base.ref, source: opts.baseSource },
    head: { commit: head.commit, ref: head.ref },
    cases: rows,
    suite_delta: pairedDelta(pairs),
    base_totals: base?.totals ?? null,
    head_totals: head.totals,
    holdout,
    family,
    budgets,
    spend: { head: computeSpend(head), base: base === null ? null : computeSpend(base) },
    verdict,
    reasons,
    notices,
  };
}
