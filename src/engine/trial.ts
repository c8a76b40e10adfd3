// One trial end to end: harness run -> trace -> checks -> outcome, with `error` retries.
// The harness and the command evaluator are injected, so this module holds no I/O of its own.
import type { Case, Pricing, Suite, Trace, TrialRecord, TrialRun } from '../types.js';
import type { Harness, RawRun } from '../adapters/harness.js';
import { parseTrace } from '../trace/parse.js';
import { evaluateTrial, type CommandVerdict } from '../outcome/evaluate.js';

/** Which trial a `command` evaluator judges (passed to it as EVALGATE_* environment). */
export interface EvaluatorContext {
  caseId: string;
  trial: number;
  suite: Suite;
  input: unknown;
}

/** Runs a `command` check's evaluator: trace JSON on stdin, verdict back. */
export type CommandRunner = (run: string, traceJson: string, timeoutMs: number, context: EvaluatorContext) => Promise<CommandVerdict>;

/** Receives every converted trace (for `run --keep-traces`); never called for holdout cases. */
export type TraceSink = (entry: { caseId: string; trial: number; attempt: number; trace: Trace; warnings: string[] }) => Promise<void>;

/** What a trial needs from the outside world. */
export interface TrialDeps {
  harness: Harness;
  runCommand: CommandRunner;
  suite: Suite;
  retries: number;
  /** evalgate.yml `pricing`. */
  pricing?: Pricing;
  keepTrace?: TraceSink;
}

/** Turns what the process printed into a trial run the outcome stage understands. */
export function parseRawRun(raw: RawRun, pricing: Pricing = {}): TrialRun {
  if (raw.kind !== 'output') return raw;
  const crashed = raw.signal != null || (raw.exit_code != null && raw.exit_code !== 0);
  const parsed = parseTrace(raw.stdout, raw.wall_ms, 'stdout', { pricing });
  if (parsed.ok && !crashed) {
    return { kind: 'trace', trace: parsed.trace, stderr_tail: raw.stderr_tail, wall_ms: raw.wall_ms, warnings: parsed.warnings, cost_source: parsed.cost_source };
  }
  const how =
    raw.signal != null
      ? `harness was killed by ${raw.signal}`
      : raw.exit_code != null && raw.exit_code !== 0
        ? `harness exited with code ${raw.exit_code}`
        : 'harness exited 0';
  // A trace followed by a crash (non-zero exit, uncaught exception, SIGSEGV) is not trusted: the
  // harness may have printed early and then failed at the very thing the case tests (SPEC 4).
  const reason = parsed.ok
    ? `${how} after printing a valid trace; a trace counts only when the harness exits 0`
    : raw.stdout.trim() === ''
      ? `${how} without printing a trace`
      : `${how}; its output is not a valid trace: ${parsed.reason}`;
  return { kind: 'error', reason, stderr_tail: raw.stderr_tail, wall_ms: raw.wall_ms };
}

/** Runs one trial, retrying only `error` outcomes (a `fail` is evidence, never retried away). */
export async function executeTrial(c: Case, trial: number, deps: TrialDeps): Promise<TrialRecord> {
  let attempt = 0;
  for (;;) {
    const raw = await deps.harness.run({
      caseId: c.id,
      trial,
      suite: deps.suite,
      input: c.input,
      fixtures: c.fixtures,
      timeoutMs: c.timeout_ms,
    });
    const run = parseRawRun(raw, deps.pricing);
    const verdicts = new Map<number, CommandVerdict>();
    if (run.kind === 'trace') {
      if (deps.keepTrace && !c.holdout) await deps.keepTrace({ caseId: c.id, trial, attempt, trace: run.trace, warnings: run.warnings ?? [] });
      const traceJson = JSON.stringify(run.trace);
      const context = { caseId: c.id, trial, suite: deps.suite, input: c.input };
      for (const [index, check] of c.checks.entries()) {
        if (check.type === 'command') verdicts.set(index, await deps.runCommand(check.run, traceJson, c.timeout_ms, context));
      }
    }
    const record = evaluateTrial(c, trial, run, verdicts, attempt);
    if (record.outcome !== 'error' || attempt >= deps.retries) return record;
    attempt++;
  }
}
