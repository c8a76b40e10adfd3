// One trial's run -> its recorded outcome (SPEC 1, 3, 4).
//
// Rules, in order:
// - timeout -> fail, class timeout (an implicit failure entry, index -1, type budget, explains it).
// - error (crash, bad trace, output cap) -> outcome error, never a failure of the agent.
// - trace -> every check runs in file order. If any check fails, the trial fails with the class
//   of the FIRST failing check in file order; every failure is kept.
// - A check that could not be evaluated (a command evaluator that errored, a bad regex or
//   schema, a max_tokens budget on a trace that reports no token counts) makes the trial
//   `error` (neither a pass nor a failure of the agent) — unless another check failed
//   outright: a definite failure is never turned into a retryable error.
// - Steps with status error decide nothing by themselves when the case has checks (agents may
//   recover from a failed tool call; no_tool_errors asserts it explicitly). A case with no
//   checks fails with class tool_error on its first failing step (implicit failure, index -1,
//   type no_tool_errors), else passes.
import type { Case, Check, CheckResult, Trace, TrialRecord, TrialRun } from '../types.js';
import { CheckConfigError, commandCheckResult, describeFailingSteps, runCheck } from './checks.js';
import type { CommandVerdict } from './checks.js';
import type { Redactor } from '../surfaces/redact.js';

export type { CommandVerdict } from './checks.js';

/** Characters of trace kept as evidence on a failing trial. */
export const TRACE_EXCERPT_CHARS = 2000;

/** The trace as command evaluators receive it on stdin (compact JSON). */
export function renderTraceForEvaluator(trace: Trace): string {
  return JSON.stringify(trace);
}

/** Compact trace JSON for evidence: long strings shortened, whole text cut to `max` chars with a marker. */
export function buildTraceExcerpt(trace: Trace, max = TRACE_EXCERPT_CHARS): string {
  // Shorten long strings first so one huge tool result does not crowd out the trajectory.
  const text = JSON.stringify(trace, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 300 ? `${value.slice(0, 300)}…(${value.length} chars)` : value,
  );
  if (text.length <= max) return text;
  const marker = ` …[truncated, ${text.length} chars]`;
  return text.slice(0, Math.max(0, max - marker.length)) + marker;
}

/** Most warnings kept per trial, and characters per warning (results schema limits). */
export const MAX_WARNINGS = 20;
const MAX_WARNING_CHARS = 1000;

/** Warnings as recorded: at most MAX_WARNINGS, each cut to the schema's length. */
export function capWarnings(warnings: readonly string[]): string[] {
  const kept = warnings.slice(0, MAX_WARNINGS).map((w) => (w.length > MAX_WARNING_CHARS ? `${w.slice(0, MAX_WARNING_CHARS - 1)}…` : w));
  if (warnings.length > MAX_WARNINGS) kept[MAX_WARNINGS - 1] = `… and ${warnings.length - MAX_WARNINGS + 1} more warning(s)`;
  return kept;
}

/**
 * Hears which check is about to run (its index in the case's checks), so a caller that runs the
 * checks under a deadline can name the one that did not finish.
 */
export type OnCheck = (index: number) => void;

/** What evaluateTrial reads of a case (a worker thread gets only these). */
export type EvaluatedCase = Pick<Case, 'checks' | 'holdout' | 'timeout_ms'>;

/** Checks of a case on one trace: results in file order, plus checks that could not be evaluated. */
export function runChecks(
  checks: readonly Check[],
  trace: Trace,
  commandVerdicts: ReadonlyMap<number, CommandVerdict>,
  onCheck?: OnCheck,
): { results: CheckResult[]; unevaluated: string[] } {
  const results: CheckResult[] = [];
  const unevaluated: string[] = [];
  checks.forEach((check, index) => {
    onCheck?.(index);
    if (check.type === 'command') {
      const verdict = commandVerdicts.get(index);
      if (!verdict) unevaluated.push(`checks[${index}] (command "${check.run}") has no verdict`);
      else if ('error' in verdict) unevaluated.push(`checks[${index}] (command "${check.run}") could not evaluate the trace: ${verdict.error}`);
      else results.push(commandCheckResult(check, index, verdict));
      return;
    }
    try {
      results.push(runCheck(check, index, trace));
    } catch (err) {
      if (!(err instanceof CheckConfigError)) throw err;
      unevaluated.push(`checks[${index}] (${check.type}): ${err.message}`);
    }
  });
  return { results, unevaluated };
}

/**
 * Failure messages built from the redacted trace: checks decide on the real trace, but what they
 * quote (cut to 80-120 characters) is cut only after redaction, so no secret fragment survives.
 * A check whose verdict depends on the secret itself (e.g. `output_match` negate on a key
 * pattern) passes on the redacted trace; its message then says so instead of quoting.
 */
function redactedMessages(
  checks: readonly Check[],
  failures: TrialRecord['failures'],
  shown: Trace,
  redact: Redactor,
  onCheck?: OnCheck,
): TrialRecord['failures'] {
  return failures.map((f) => {
    const check = checks[f.index];
    if (!check || check.type === 'command') return { ...f, message: redact(f.message) };
    onCheck?.(f.index);
    let again: CheckResult | null = null;
    try {
      again = runCheck(check, f.index, shown);
    } catch {
      again = null;
    }
    const message = again && !again.pass ? again.message : `${f.type} failed on text that is redacted in reports (details withheld)`;
    return { ...f, message: redact(message) };
  });
}

/** Adds a non-passing trial's evidence (redacted stderr tail and trace excerpt; none for holdout cases). */
function withEvidence(c: EvaluatedCase, run: TrialRun, record: TrialRecord, trace: Trace | undefined, redact: Redactor | undefined, shown: (t: Trace) => Trace): TrialRecord {
  const red = (s: string) => (redact ? redact(s) : s);
  if (redact && record.error !== undefined) record.error = redact(record.error);
  // Holdout cases never carry evidence: it would reveal their content to PR authors.
  if (record.outcome === 'pass' || c.holdout) return record;
  if (run.stderr_tail !== '') record.stderr_tail = red(run.stderr_tail);
  // The excerpt is redacted once more as text: keys were kept for the checks above.
  if (trace) record.trace_excerpt = red(buildTraceExcerpt(shown(trace)));
  return record;
}

/** Usage figures of a trial that produced a trace, shared by every record built from it. */
function traceBase(c: EvaluatedCase, trial: number, run: TrialRun & { kind: 'trace' }, retries: number): Omit<TrialRecord, 'outcome' | 'failures'> {
  const { trace } = run;
  const base: Omit<TrialRecord, 'outcome' | 'failures'> = {
    trial,
    latency_ms: trace.latency_ms,
    tokens: trace.usage.input_tokens + trace.usage.output_tokens,
    cost_usd: trace.usage.cost_usd,
    retries,
  };
  if (run.cost_source) base.cost_source = run.cost_source;
  // Warnings name tools and steps: holdout cases keep none (see withEvidence()).
  if (run.warnings && run.warnings.length > 0 && !c.holdout) base.warnings = capWarnings(run.warnings);
  return base;
}

/**
 * The record of a trial whose trace could not be checked (its checks did not finish within their
 * deadline, or exhausted their memory): outcome `error` with `error` saying why, and the usual
 * evidence. Never a fail: the evaluator gave out, not the agent.
 */
export function uncheckedTrial(c: EvaluatedCase, trial: number, run: TrialRun & { kind: 'trace' }, retries: number, error: string, redact?: Redactor): TrialRecord {
  const shown = (t: Trace): Trace => (redact ? redact.value(t, { keys: false }) : t);
  return withEvidence(c, run, { ...traceBase(c, trial, run, retries), outcome: 'error', failures: [], error }, run.trace, redact, shown);
}

/**
 * The recorded outcome of one trial (see the rules at the top of this file). `redact` (default:
 * none) is applied to every message and to the trace before its excerpt is cut. `onCheck` hears
 * each check as it starts (also when it re-runs on the redacted trace for its message).
 */
export function evaluateTrial(
  c: EvaluatedCase,
  trial: number,
  run: TrialRun,
  commandVerdicts: ReadonlyMap<number, CommandVerdict>,
  retries: number,
  redact?: Redactor,
  onCheck?: OnCheck,
): TrialRecord {
  const red = (s: string) => (redact ? redact(s) : s);
  // The redacted trace is built at most once per trial, and only when something is shown from it.
  let shownTrace: Trace | null = null;
  // Values only: the checks re-run on it for messages must see the same shape (keys, paths).
  const shown = (t: Trace): Trace => (redact ? (shownTrace ??= redact.value(t, { keys: false })) : t);
  const evidence = (record: TrialRecord, trace?: Trace): TrialRecord => withEvidence(c, run, record, trace, redact, shown);

  if (run.kind === 'timeout') {
    return evidence({
      trial,
      outcome: 'fail',
      class: 'timeout',
      failures: [
        {
          index: -1,
          type: 'budget',
          level: 'trace',
          class: 'timeout',
          message: `harness timed out after ${Math.round(run.wall_ms)} ms (timeout_ms ${c.timeout_ms})`,
        },
      ],
      latency_ms: run.wall_ms,
      tokens: 0,
      cost_usd: 0,
      retries,
    });
  }
  if (run.kind === 'error') {
    return evidence({ trial, outcome: 'error', failures: [], error: run.reason, latency_ms: run.wall_ms, tokens: 0, cost_usd: 0, retries });
  }

  const { trace } = run;
  const base = traceBase(c, trial, run, retries);
  const { results, unevaluated } = runChecks(c.checks, trace, commandVerdicts, onCheck);
  let failures = results
    .filter((r) => !r.pass)
    .map((r) => ({ index: r.index, type: r.type, level: r.level, class: r.class, message: r.message }));
  if (redact && failures.length > 0) failures = redactedMessages(c.checks, failures, shown(trace), redact, onCheck);

  if (failures.length > 0) {
    // `error` stays unset on a fail: consumers read it as "why the trial errored".
    return evidence({ ...base, outcome: 'fail', class: failures[0].class, failures }, trace);
  }
  if (unevaluated.length > 0) return evidence({ ...base, outcome: 'error', failures: [], error: unevaluated.join('; ') }, trace);

  if (c.checks.length === 0) {
    const failing = trace.steps.map((step, i) => ({ step, stepNo: i + 1 })).filter((s) => s.step.status === 'error');
    if (failing.length > 0) {
      const message = red(describeFailingSteps(failing));
      return evidence({ ...base, outcome: 'fail', class: 'tool_error', failures: [{ index: -1, type: 'no_tool_errors', level: 'trace', class: 'tool_error', message }] }, trace);
    }
  }
  return { ...base, outcome: 'pass', failures: [] };
}
