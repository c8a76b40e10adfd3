// Compares head results with the baseline per case and in aggregate (SPEC 6). Pure.
import type { CaseComparison, CaseResult, CaseStatus, Comparison, FailureClass, GateConfig, Results, Totals } from '../types.js';
import { decideVerdict } from '../verdict/verdict.js';
import { fisherOneSidedGreater, isRegression, pairedDelta, shiftedDropTest, type Counts } from './stats.js';

/** Evidence kept per row is capped (the results schema caps each field at 8,000 chars). */
const MAX_EVIDENCE = 8000;

/** Report order of statuses: what blocks first. */
const STATUS_ORDER: readonly CaseStatus[] = ['regressed', 'errored', 'removed', 'new', 'modified', 'fixed', 'flaky', 'unchanged'];

function countsOf(c: CaseResult): { passes: number; runs: number; errors: number } {
  return { passes: c.passes, runs: c.runs, errors: c.errors };
}

/**
 * Status of a case present on both sides, from the pass counts of evaluated trials:
 * regressed (exact one-sided test at alpha, or the deterministic rule in isRegression);
 * errored (head has trials that still errored after retries, where the baseline passed);
 * fixed (baseline never passed and head always passes, or a significant improvement);
 * unchanged (same rate and the head is all-pass or all-fail); flaky otherwise.
 */
export function classifyPair(base: Counts & { errors: number }, head: Counts & { errors: number }, alpha: number): { status: CaseStatus; p_value: number | null } {
  const reg = isRegression(base, head, alpha);
  if (reg.regressed) return { status: 'regressed', p_value: reg.p_value };
  if (head.errors > 0 && base.passes > 0) return { status: 'errored', p_value: reg.p_value };
  if (head.runs === 0 || base.runs === 0) return { status: 'unchanged', p_value: reg.p_value };
  const allPass = head.passes === head.runs;
  if ((base.passes === 0 && allPass) || fisherOneSidedGreater(base.passes, base.runs, head.passes, head.runs) <= alpha) {
    return { status: 'fixed', p_value: reg.p_value };
  }
  const sameRate = base.passes * head.runs === head.passes * base.runs;
  if (sameRate && (allPass || head.passes === 0)) return { status: 'unchanged', p_value: reg.p_value };
  return { status: 'flaky', p_value: reg.p_value };
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
    const parts = [trial.trace_excerpt, trial.stderr_tail].filter((p): p is string => typeof p === 'string' && p !== '');
    if (parts.length > 0) out.evidence = parts.join('\n--- stderr ---\n').slice(0, MAX_EVIDENCE);
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

function compareHoldout(base: Totals | null, head: Totals | null, gate: GateConfig): Comparison['holdout'] {
  if (base === null || head === null) return null;
  const b = { passes: base.passes, runs: base.runs };
  const h = { passes: head.passes, runs: head.runs };
  const p = b.runs > 0 && h.runs > 0 ? shiftedDropTest(b, h, gate.holdout_tolerance) : null;
  return {
    base_pass_rate: base.pass_rate,
    head_pass_rate: head.pass_rate,
    base_runs: base.runs,
    head_runs: head.runs,
    p_value: p,
    blocking: p !== null && p <= gate.alpha,
  };
}

/**
 * Compares head results with the baseline (null when none exists: every case is `new`).
 * Rows are ordered by status (blocking first) then id; `blocking` on a row mirrors the verdict.
 */
export function compareResults(
  base: Results | null,
  head: Results,
  opts: {
    gate: GateConfig;
    baseSource: string;
    allowGuardRemoval: boolean;
    /**
     * Decisions of the sequential test from the gate's adaptive re-trials, by case id. When present
     * they are authoritative for that case (the test's error rates were designed for them):
     * 'regressed' regresses it, 'accept' turns a fixed-count regression into flaky.
     */
    decisions?: ReadonlyMap<string, 'regressed' | 'accept'>;
    /** Ids whose definition the PR changed while the base definition gated (trust, SPEC 7). */
    modified?: ReadonlySet<string>;
  },
): Comparison {
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

  for (const h of head.cases) {
    const b = baseById.get(h.id);
    if (b === undefined || b.runs === 0) {
      if (b !== undefined) notices.push(`${h.id}: the baseline has no evaluated trial (every trial errored); compared as a new case`);
      const f = headFailure(h, h.runs === 0);
      rows.push({
        ...describe(h),
        status: 'new',
        base: b === undefined ? null : countsOf(b),
        head: countsOf(h),
        p_value: null,
        ...f,
        modified: (b !== undefined && b.definition_hash !== h.definition_hash) || (opts.modified?.has(h.id) ?? false),
        blocking: false,
      });
      continue;
    }
    const classified = classifyPair(countsOf(b), countsOf(h), gate.alpha);
    const { p_value } = classified;
    let status = classified.status;
    const decision = opts.decisions?.get(h.id);
    if (decision === 'regressed') status = 'regressed';
    else if (decision === 'accept' && status === 'regressed') status = 'flaky';
    let decided_by: CaseComparison['decided_by'];
    if (status === 'regressed') {
      decided_by =
        decision === 'regressed' ? 'sequential' : p_value !== null && p_value <= gate.alpha ? 'exact_test' : 'deterministic';
    }
    if (!h.holdout && h.runs > 0) pairs.push({ base: b.passes / b.runs, head: h.passes / h.runs });
    const failing = h.passes < h.runs || h.errors > 0;
    const f = failing ? headFailure(h, status === 'errored') : { class: null, message: null };
    rows.push({
      ...describe(h),
      status,
      base: countsOf(b),
      head: countsOf(h),
      p_value,
      ...(decided_by ? { decided_by } : {}),
      ...f,
      modified: b.definition_hash !== h.definition_hash || (opts.modified?.has(h.id) ?? false),
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

  const holdout = compareHoldout(base?.holdout_totals ?? null, head.holdout_totals, gate);
  if (holdout === null && head.holdout_totals !== null && base !== null) notices.push('holdout: the baseline has no holdout results, so the holdout aggregate was not compared');
  const budgets = {
    cost_per_success_pct: pctChange(base?.totals.cost_per_success_usd, head.totals.cost_per_success_usd),
    p95_latency_pct: pctChange(base?.totals.latency_p95_ms, head.totals.latency_p95_ms),
  };
  const { verdict, reasons } = decideVerdict({ cases: rows, holdout, budgets, gate, allowGuardRemoval: opts.allowGuardRemoval });
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
    budgets,
    verdict,
    reasons,
    notices,
  };
}
