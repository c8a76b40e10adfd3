// Realistic Results / Comparison objects for the surface tests.

import type { CaseComparison, CaseResult, CaseStatus, Comparison, Results, Totals, TrialRecord, VerdictReason } from '../../src/types.js';

export function makeTotals(over: Partial<Totals> = {}): Totals {
  return {
    cases: 40,
    runs: 120,
    passes: 108,
    errors: 2,
    pass_rate: 0.9,
    pass_at_k: 0.95,
    pass_pow_k: 0.82,
    k: 3,
    cost_usd: 1.2345,
    cost_per_success_usd: 0.01143,
    latency_p50_ms: 820,
    latency_p95_ms: 2400,
    tokens: 123456,
    failures_by_class: { tool_error: 1, bad_decision: 6, bad_output: 3, timeout: 1, cost_blowup: 1 },
    failures_by_level: { system: 3, trace: 7, node: 2 },
    ...over,
  };
}

const levels = () => ({ system: { checks: 2, failures: 0 }, trace: { checks: 3, failures: 0 }, node: { checks: 1, failures: 0 } });

export function passTrial(trial: number): TrialRecord {
  return { trial, outcome: 'pass', failures: [], latency_ms: 900 + trial, tokens: 1500, cost_usd: 0.004, retries: 0 };
}

export function failTrial(trial: number, message = 'expected billing.issue_refund after policy.check_eligibility, got payments.charge'): TrialRecord {
  return {
    trial,
    outcome: 'fail',
    class: 'bad_decision',
    failures: [
      { index: 0, type: 'trajectory', level: 'trace', class: 'bad_decision', message },
      { index: 1, type: 'tool_not_called', level: 'trace', class: 'bad_decision', message: 'payments.charge was called 1 time' },
    ],
    latency_ms: 1400,
    tokens: 1900,
    cost_usd: 0.006,
    retries: 0,
    stderr_tail: 'WARN retrying planner\n',
    trace_excerpt: '{"steps":[{"type":"tool","name":"payments.charge"}]}',
  };
}

export function errorTrial(trial: number, error = 'harness exited with code 1 and no trace'): TrialRecord {
  return { trial, outcome: 'error', failures: [], error, latency_ms: 50, tokens: 0, cost_usd: 0, retries: 2, stderr_tail: 'Traceback: boom' };
}

export function makeCaseResult(id: string, trials: TrialRecord[], over: Partial<CaseResult> = {}): CaseResult {
  return {
    id,
    guards: 100,
    workflow: 'refund',
    severity: 'sev1',
    holdout: false,
    definition_hash: 'a'.repeat(64),
    file: `evals/cases/refund/${id}.yaml`,
    line: 1,
    title: `Case ${id}`,
    levels: levels(),
    trials,
    passes: trials.filter((t) => t.outcome === 'pass').length,
    runs: trials.length,
    errors: trials.filter((t) => t.outcome === 'error').length,
    ...over,
  };
}

/** A run with `passing` all-pass cases, `failing` failing cases, `erroring` erroring cases and optional holdout cases. */
export function makeResults(o: { passing?: number; failing?: number; erroring?: number; holdout?: number; message?: string } = {}): Results {
  const cases: CaseResult[] = [];
  for (let i = 0; i < (o.failing ?? 2); i++) cases.push(makeCaseResult(`refund-fail-${i}`, [passTrial(1), failTrial(2, o.message), failTrial(3, o.message)], { guards: 200 + i }));
  for (let i = 0; i < (o.erroring ?? 1); i++) cases.push(makeCaseResult(`search-error-${i}`, [errorTrial(1)], { workflow: 'research', guards: 'acme/agent#7' }));
  for (let i = 0; i < (o.passing ?? 5); i++) cases.push(makeCaseResult(`refund-pass-${i}`, [passTrial(1), passTrial(2), passTrial(3)]));
  for (let i = 0; i < (o.holdout ?? 0); i++) {
    cases.push({
      id: `h-${i.toString(16).padStart(4, '0')}9f3a`,
      guards: null,
      workflow: null,
      severity: null,
      holdout: true,
      definition_hash: 'b'.repeat(64),
      levels: levels(),
      trials: [{ trial: 1, outcome: 'fail', class: 'bad_output', failures: [], latency_ms: 700, tokens: 900, cost_usd: 0.002, retries: 0 }],
      passes: 0,
      runs: 1,
      errors: 0,
    });
  }
  return {
    schema: 'evalgate/results@1',
    suite: 'benchmark',
    commit: '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    created_at: '2026-11-21T22:00:00Z',
    harness: { command: 'node agent/run.js', config_hash: 'c'.repeat(64) },
    cases,
    totals: makeTotals({ cases: cases.length }),
    holdout_totals: o.holdout ? makeTotals({ cases: o.holdout, runs: o.holdout, passes: 0, pass_rate: 0.93 }) : null,
    notices: [],
  };
}

export function makeRow(id: string, status: CaseStatus, over: Partial<CaseComparison> = {}): CaseComparison {
  const failing = status === 'regressed' || status === 'errored' || status === 'new' || status === 'flaky';
  const base = status === 'new' ? null : status === 'fixed' ? { passes: 0, runs: 3, errors: 0 } : { passes: 3, runs: 3, errors: 0 };
  const head =
    status === 'removed'
      ? null
      : status === 'regressed'
        ? { passes: 0, runs: 3, errors: 0 }
        : status === 'errored'
          ? { passes: 0, runs: 3, errors: 3 }
          : status === 'flaky'
            ? { passes: 2, runs: 3, errors: 0 }
            : status === 'new'
              ? { passes: 1, runs: 3, errors: 0 }
              : { passes: 3, runs: 3, errors: 0 };
  return {
    id,
    status,
    guards: 123,
    workflow: 'refund',
    severity: 'sev0',
    holdout: false,
    file: `evals/cases/refund/${id}.yaml`,
    line: 1,
    title: `Case ${id}`,
    base,
    head,
    p_value: status === 'regressed' ? 0.05 : status === 'flaky' ? 0.5 : null,
    class: failing && status !== 'errored' ? 'bad_decision' : null,
    message: failing ? (status === 'errored' ? 'harness exited with code 1 and no trace' : 'trajectory: expected policy.check_eligibility before billing.issue_refund') : null,
    modified: false,
    evidence: status === 'regressed' ? 'stderr:\nplanner chose payments.charge\n{"steps":[{"name":"payments.charge"}]}' : undefined,
    blocking: status === 'regressed' || status === 'errored' || status === 'removed' || status === 'new',
    ...over,
  };
}

function reasonFor(c: CaseComparison): VerdictReason | null {
  const kind = c.status === 'regressed' ? 'regressed' : c.status === 'errored' ? 'errored' : c.status === 'removed' ? 'removed' : c.status === 'new' && c.blocking ? 'new_failing' : null;
  if (!kind || c.holdout) return null;
  return { kind, blocking: c.blocking, message: `${c.id} ${c.status} (guards #${c.guards})`, case_id: c.id };
}

/** A comparison with the given number of rows per status; evidence of `evidenceChars` per regression when set. */
export function makeComparison(
  counts: Partial<Record<CaseStatus, number>> = { regressed: 2, fixed: 1, flaky: 1, new: 1, removed: 1, errored: 1, unchanged: 5 },
  o: { evidenceChars?: number; holdout?: boolean; extraReasons?: VerdictReason[] } = {},
): Comparison {
  const cases: CaseComparison[] = [];
  for (const status of ['unchanged', 'fixed', 'flaky', 'new', 'removed', 'errored', 'regressed', 'modified'] as CaseStatus[]) {
    for (let i = 0; i < (counts[status] ?? 0); i++) {
      const over: Partial<CaseComparison> = { guards: 100 + cases.length };
      if (o.evidenceChars && status === 'regressed') over.evidence = `${'x'.repeat(Math.max(0, o.evidenceChars - 20))}\n\`\`\`\nline end`;
      cases.push(makeRow(`${status}-case-${i}`, status, over));
    }
  }
  if (o.holdout) cases.push(makeRow('h-5be0c7a1', 'regressed', { holdout: true, guards: null, workflow: null, title: undefined, message: null, evidence: undefined, blocking: false }));
  const reasons = cases.map(reasonFor).filter((r): r is VerdictReason => r !== null);
  reasons.push(...(o.extraReasons ?? []));
  return {
    schema: 'evalgate/comparison@1',
    suite: 'benchmark',
    base: { commit: 'fedcba9876543210fedcba9876543210fedcba98', ref: 'main', source: 'stored' },
    head: { commit: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/pull/42/merge' },
    cases,
    suite_delta: { paired_cases: cases.length, base_pass_rate: 0.92, head_pass_rate: 0.905, mean_diff: -0.015, se: 0.008, ci95: [-0.0307, 0.0007] },
    base_totals: makeTotals({ pass_rate: 0.92, cost_per_success_usd: 0.01, latency_p95_ms: 2000 }),
    head_totals: makeTotals(),
    holdout: o.holdout ? { base_pass_rate: 0.95, head_pass_rate: 0.93, base_runs: 40, head_runs: 40, p_value: 0.31, blocking: false } : null,
    budgets: { cost_per_success_pct: 14.3, p95_latency_pct: 20 },
    verdict: reasons.some((r) => r.blocking) ? 'block' : 'pass',
    reasons,
    notices: [],
  };
}
