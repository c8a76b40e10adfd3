// One trial end to end: harness run -> trace -> checks -> outcome, with `error` retries.
// The harness and the command evaluator are injected, so this module holds no I/O of its own.
import type { Case, Pricing, Suite, Trace, TrialRecord, TrialRun } from '../types.js';
import type { Harness, RawRun } from '../adapters/harness.js';
import type { TrialEvaluator } from '../adapters/check-pool.js';
import { parseTrace } from '../trace/parse.js';
import { evaluateTrial, type CommandVerdict } from '../outcome/evaluate.js';
import { cutHead, cutTail, NO_REDACTION, type Redactor } from '../surfaces/redact.js';

/** Characters of stderr kept as evidence, cut after redaction (the harness adapter keeps a wider window). */
export const STDERR_EVIDENCE_CHARS = 4096;

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
  /** Receives converted traces (`run --keep-traces`), redacted like everything else written. */
  keepTrace?: TraceSink;
  /** Applied to stderr, messages and evidence before anything is cut (default: none). */
  redact?: Redactor;
  /** Collects the tool names the run's traces called (checkUnseenTools), bounded by MAX_SEEN_TOOLS. */
  seenTools?: Set<string>;
  /** Runs a trace's checks under a deadline (adapters/check-pool.ts); without it they run inline. */
  evaluator?: TrialEvaluator | null;
}

/** At most this many distinct tool names are remembered per run: a hostile harness cannot grow it without bound. */
export const MAX_SEEN_TOOLS = 10_000;

/**
 * Turns what the process printed into a trial run the outcome stage understands. With `redact`,
 * stderr is redacted and then cut, and an invalid trace is described from the redacted output
 * (the description quotes its first bytes).
 */
export function parseRawRun(raw: RawRun, pricing: Pricing = {}, redact: Redactor = NO_REDACTION): TrialRun {
  const stderr_tail = cutTail(redact(raw.stderr_tail), STDERR_EVIDENCE_CHARS);
  if (raw.kind === 'timeout') return { ...raw, stderr_tail };
  if (raw.kind === 'error') return { ...raw, reason: redact(raw.reason), stderr_tail };
  const crashed = raw.signal != null || (raw.exit_code != null && raw.exit_code !== 0);
  const parsed = parseTrace(raw.stdout, raw.wall_ms, 'stdout', { pricing });
  if (parsed.ok && !crashed) {
    return { kind: 'trace', trace: parsed.trace, stderr_tail, wall_ms: raw.wall_ms, warnings: parsed.warnings, cost_source: parsed.cost_source };
  }
  const how =
    raw.signal != null
      ? `harness was killed by ${raw.signal}`
      : raw.exit_code != null && raw.exit_code !== 0
        ? `harness exited with code ${raw.exit_code}`
        : 'harness exited 0';
  // A trace followed by a crash (non-zero exit, uncaught exception, SIGSEGV) is not trusted: the
  // harness may have printed early and then failed at the very thing the case tests (SPEC 4).
  if (parsed.ok) return { kind: 'error', reason: `${how} after printing a valid trace; a trace counts only when the harness exits 0`, stderr_tail, wall_ms: raw.wall_ms };
  // A harness kit's report that the agent raised (the traceback is on stderr): name it, not the schema.
  const reported = reportedError(raw.stdout);
  if (reported !== null) {
    const what = `the harness reported an error instead of a trace: ${cutHead(redact(reported), 500)}`;
    return { kind: 'error', reason: raw.exit_code == null && raw.signal == null ? what : `${how}; ${what}`, stderr_tail, wall_ms: raw.wall_ms };
  }
  // The description quotes the output's first bytes: describe the redacted output, so the quote is cut after redaction.
  const shown = redact(raw.stdout);
  const described = shown === raw.stdout ? parsed : parseTrace(shown, raw.wall_ms, 'stdout', { pricing });
  const why = described.ok ? redact(parsed.reason) : described.reason;
  const reason = raw.stdout.trim() === '' ? `${how} without printing a trace` : `${how}; its output is not a valid trace: ${why}`;
  return { kind: 'error', reason, stderr_tail, wall_ms: raw.wall_ms };
}

/**
 * The message of an error report `{"error": "..."}` (with no output, steps or resourceSpans: what
 * the harness kits print when the agent raised), else null.
 */
export function reportedError(stdout: string): string | null {
  const text = stdout.trim();
  if (!text.startsWith('{') || text.length > 65_536) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const o = doc as Record<string, unknown>;
  if (typeof o.error !== 'string' || o.error === '' || 'output' in o || 'steps' in o || 'resourceSpans' in o) return null;
  return o.error;
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
    const run = parseRawRun(raw, deps.pricing, deps.redact);
    const verdicts = new Map<number, CommandVerdict>();
    if (run.kind === 'trace') {
      if (deps.seenTools) {
        for (const step of run.trace.steps) if (step.type === 'tool' && deps.seenTools.size < MAX_SEEN_TOOLS) deps.seenTools.add(step.name);
      }
      if (deps.keepTrace && !c.holdout) {
        const shown = deps.redact ? deps.redact.value({ trace: run.trace, warnings: run.warnings ?? [] }) : { trace: run.trace, warnings: run.warnings ?? [] };
        await deps.keepTrace({ caseId: c.id, trial, attempt, ...shown });
      }
      const traceJson = JSON.stringify(run.trace);
      const context = { caseId: c.id, trial, suite: deps.suite, input: c.input };
      for (const [index, check] of c.checks.entries()) {
        if (check.type === 'command') verdicts.set(index, await deps.runCommand(check.run, traceJson, c.timeout_ms, context));
      }
    }
    const record =
      run.kind === 'trace' && deps.evaluator ? await deps.evaluator.evaluate(c, trial, run, verdicts, attempt, deps.redact) : evaluateTrial(c, trial, run, verdicts, attempt, deps.redact);
    if (record.outcome !== 'error' || attempt >= deps.retries) return record;
    attempt++;
  }
}
