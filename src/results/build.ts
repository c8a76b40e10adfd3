// Builds the results record (SPEC 5) from trial records. Pure: data in, data out.
import { createHash, createHmac } from 'node:crypto';
import {
  CHECK_LEVELS,
  FAILURE_CLASSES,
  type Case,
  type CaseResult,
  type CheckLevel,
  type CheckType,
  type FailureClass,
  type Results,
  type Suite,
  type Totals,
  type TrialRecord,
} from '../types.js';
import { passAtK, passPowK } from './estimators.js';

/** Level each check type asserts at (SPEC 3). */
export const CHECK_TYPE_LEVEL: Readonly<Record<CheckType, CheckLevel>> = {
  trajectory: 'trace',
  tool_not_called: 'trace',
  tool_args: 'node',
  output_schema: 'system',
  output_match: 'system',
  budget: 'trace',
  no_loop: 'trace',
  side_effects: 'trace',
  no_tool_errors: 'trace',
  command: 'system',
};

/** Size caps of results.schema.json; built results are clipped to them so they always validate. */
export const RESULTS_LIMITS = { message: 4000, evidence: 8000, title: 1000, file: 1000, failures: 200, notices: 100, notice: 4000 } as const;

/** Clips a string to `max` characters, marking the cut. */
function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** A non-holdout trial with its free-text fields clipped to the schema caps. */
function clipTrial(t: TrialRecord): TrialRecord {
  const out: TrialRecord = {
    ...t,
    failures: t.failures.slice(0, RESULTS_LIMITS.failures).map((f) => ({ ...f, message: clip(f.message, RESULTS_LIMITS.message) })),
  };
  if (t.error !== undefined) out.error = clip(t.error, RESULTS_LIMITS.message);
  // Evidence tails keep their end (the most recent output), so the cut is at the front.
  if (t.stderr_tail !== undefined && t.stderr_tail.length > RESULTS_LIMITS.evidence) out.stderr_tail = '…' + t.stderr_tail.slice(-(RESULTS_LIMITS.evidence - 1));
  if (t.trace_excerpt !== undefined) out.trace_excerpt = clip(t.trace_excerpt, RESULTS_LIMITS.evidence);
  return out;
}

/** A holdout case's definition hash as its results record it: keyed, so it reveals nothing of the content. */
export function keyedDefinitionHash(definitionHash: string, key: Buffer | string): string {
  return createHmac('sha256', key).update('definition:' + definitionHash).digest('hex');
}

/** Opaque, key-dependent id for a holdout case: "holdout-" + first 16 hex chars of HMAC-SHA256(key, id). */
export function opaqueCaseId(id: string, key: Buffer | string): string {
  return 'holdout-' + createHmac('sha256', key).update(id, 'utf8').digest('hex').slice(0, 16);
}

/** Keeps only what a holdout trial may reveal: outcome, class, counts, latency, tokens, cost. */
function redactHoldoutTrial(t: TrialRecord): TrialRecord {
  const out: TrialRecord = {
    trial: t.trial,
    outcome: t.outcome,
    // Which checks failed would reveal the case's checks; only the per-level counts survive (in `levels`).
    failures: [],
    latency_ms: t.latency_ms,
    tokens: t.tokens,
    cost_usd: t.cost_usd,
    retries: t.retries,
  };
  if (t.class !== undefined) out.class = t.class;
  if (t.cost_source !== undefined) out.cost_source = t.cost_source;
  return out;
}

/**
 * Builds one case's results entry. `runs` counts evaluated trials (pass or fail);
 * `errors` counts trials that still errored after retries. Pass rate is passes / runs,
 * so errors are never counted as agent failures nor as passes.
 * Holdout cases keep only the opaque id and outcome figures.
 */
export function buildCaseResult(c: Case, trials: TrialRecord[], opts: { holdoutKey?: Buffer | string; harnessId?: string }): CaseResult {
  const passes = trials.filter((t) => t.outcome === 'pass').length;
  const errors = trials.filter((t) => t.outcome === 'error').length;
  const runs = trials.length - errors;
  const levels = Object.fromEntries(CHECK_LEVELS.map((l) => [l, { checks: 0, failures: 0 }])) as CaseResult['levels'];
  for (const check of c.checks) levels[CHECK_TYPE_LEVEL[check.type]].checks += runs;
  for (const t of trials) for (const f of t.failures) levels[f.level].failures += 1;

  if (c.holdout) {
    if (opts.holdoutKey === undefined || opts.holdoutKey.length === 0) {
      throw new Error(`buildCaseResult: holdout case needs opts.holdoutKey to derive its opaque id (got none)`);
    }
    const keyedHash = keyedDefinitionHash(c.definition_hash, opts.holdoutKey);
    return {
      id: opaqueCaseId(c.id, opts.holdoutKey),
      guards: null,
      workflow: null,
      severity: null,
      holdout: true,
      // Keyed so a modified holdout case is still detectable without revealing its content hash.
      definition_hash: keyedHash,
      levels,
      trials: trials.map(redactHoldoutTrial),
      passes,
      runs,
      errors,
      stochastic: c.trials > 1,
      ...fingerprintOf(keyedHash, opts.harnessId),
    };
  }
  return {
    id: c.id,
    guards: c.guards,
    workflow: c.workflow,
    severity: c.severity,
    holdout: false,
    definition_hash: c.definition_hash,
    file: clip(c.file, RESULTS_LIMITS.file),
    line: c.line,
    title: clip(c.title, RESULTS_LIMITS.title),
    levels,
    trials: trials.map(clipTrial),
    passes,
    runs,
    errors,
    stochastic: c.trials > 1,
    ...fingerprintOf(c.definition_hash, opts.harnessId),
  };
}

/**
 * The harness fingerprint of a case's trials: sha256(definition hash, harness identity). Absent when
 * the harness identity is unknown (no git tree for harness.paths), so nothing is pooled on a guess.
 */
export function fingerprintOf(definitionHash: string, harnessId: string | undefined): { fingerprint?: string } {
  if (harnessId === undefined) return {};
  return { fingerprint: createHash('sha256').update(definitionHash).update('\0').update(harnessId).digest('hex') };
}

/** Nearest-rank percentile (p in 0..1) of a list; 0 for an empty list. */
export function computePercentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/** Aggregates cases into totals; sums run in id order so sharded and unsharded runs agree bit-for-bit. */
export function computeTotals(cases: CaseResult[]): Totals {
  const ordered = [...cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const failures_by_class = Object.fromEntries(FAILURE_CLASSES.map((c) => [c, 0])) as Record<FailureClass, number>;
  const failures_by_level = Object.fromEntries(CHECK_LEVELS.map((l) => [l, 0])) as Record<CheckLevel, number>;
  let runs = 0;
  let passes = 0;
  let errors = 0;
  let cost = 0;
  let tokens = 0;
  const latencies: number[] = [];
  for (const c of ordered) {
    runs += c.runs;
    passes += c.passes;
    errors += c.errors;
    for (const l of CHECK_LEVELS) failures_by_level[l] += c.levels[l].failures;
    for (const t of c.trials) {
      cost += t.cost_usd;
      tokens += t.tokens;
      // Errored trials have no meaningful latency for the agent; they are excluded.
      if (t.outcome !== 'error') latencies.push(t.latency_ms);
      if (t.outcome === 'fail' && t.class !== undefined) failures_by_class[t.class] += 1;
    }
  }
  // pass@k / pass^k use one k for every case (the smallest evaluated run count) so the mean is comparable.
  const evaluated = ordered.filter((c) => c.runs > 0);
  const k = evaluated.length > 0 ? Math.min(...evaluated.map((c) => c.runs)) : 0;
  const mean = (f: (c: CaseResult) => number): number =>
    evaluated.length > 0 ? evaluated.reduce((s, c) => s + f(c), 0) / evaluated.length : 0;
  return {
    cases: ordered.length,
    runs,
    passes,
    errors,
    pass_rate: runs > 0 ? passes / runs : 0,
    pass_at_k: k > 0 ? mean((c) => passAtK(c.runs, c.passes, k)) : 0,
    pass_pow_k: k > 0 ? mean((c) => passPowK(c.runs, c.passes, k)) : 0,
    k,
    cost_usd: cost,
    cost_per_success_usd: passes > 0 ? cost / passes : null,
    latency_p50_ms: computePercentile(latencies, 0.5),
    latency_p95_ms: computePercentile(latencies, 0.95),
    tokens,
    failures_by_class,
    failures_by_level,
  };
}

/** Assembles a results record; cases are kept in id order, holdout cases aggregate separately. */
export function buildResults(input: {
  suite: Suite;
  commit: string;
  ref: string;
  createdAt: string;
  harness: { command: string; config_hash: string; uncommitted?: string[] };
  cases: CaseResult[];
  notices: string[];
}): Results {
  const cases = [...input.cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const open = cases.filter((c) => !c.holdout);
  const holdout = cases.filter((c) => c.holdout);
  return {
    schema: 'evalgate/results@1',
    suite: input.suite,
    commit: input.commit,
    ref: input.ref,
    created_at: input.createdAt,
    harness: {
      command: input.harness.command,
      config_hash: input.harness.config_hash,
      ...(input.harness.uncommitted?.length ? { uncommitted: input.harness.uncommitted.slice(0, 10).map((p) => clip(p, 1000)) } : {}),
    },
    cases,
    totals: computeTotals(open),
    holdout_totals: holdout.length > 0 ? computeTotals(holdout) : null,
    notices: input.notices.slice(0, RESULTS_LIMITS.notices).map((n) => clip(n, RESULTS_LIMITS.notice)),
  };
}
