// evalgate/harness: the harness kit. A user's harness becomes a few lines:
//
//   import { harness } from 'evalgate/harness';
//   harness(async (input, ctx) => runMyAgent(input));
//
// It speaks both protocols (exec: one trial per process, case input on stdin; jsonl: one
// request per line, set by evalgate through EVALGATE_PROTOCOL=jsonl), keeps console.log
// off stdout while the agent runs, and prints one trace per trial:
// - the steps recorded with ctx.step() or the framework helpers (LangChain/LangGraph
//   callbacks, OpenAI Agents SDK tracing processor) as a native trace;
// - OpenTelemetry spans, collected in memory when @opentelemetry/sdk-trace-base is installed
//   (or added to your own provider as `spanCollector`), as an OTLP/JSON export evalgate
//   converts like any other. Native steps recorded in the same trial become GenAI spans of
//   that export, so both keep their order.
// Spans that cannot reach the trace are never lost without a word: with @opentelemetry/api
// but not the SDK the kit counts the spans started and names the missing package on stderr
// and in the trace's `warnings` (evalgate shows them with the trial's warnings).
// No framework is imported unless the harness uses it.
import { createInterface } from 'node:readline';
import type { Step } from '../types.js';
import { langchainCallbacks } from './langchain.js';
import { openAIAgentsProcessor } from './openai-agents.js';
import { createSpanCollector, registerOtel, spansToOtlp, type OtelRegistration } from './otel.js';
import { createRecorder, orderSteps, type RecordedStep, type TrialRecorder } from './recorder.js';

export { createRecorder, createSpanCollector, langchainCallbacks, openAIAgentsProcessor, spansToOtlp };
export type { RecordedStep, TrialRecorder };

/** What the agent function gets besides the case input. */
export interface HarnessContext {
  caseId: string;
  /** 1-based trial number. */
  trial: number;
  suite: string;
  /** Absolute path of the case's fixtures file, or "". */
  fixtures: string;
  /** Records a native step. */
  step(step: RecordedStep): void;
  /** Sets the final output (otherwise the agent function's return value). */
  output(value: unknown): void;
  /** LangChain/LangGraph callback handlers for this trial: pass as `callbacks: [ctx.langchain()]`. */
  langchain(): Record<string, unknown>;
  /** The trial's recorder (for helpers that take one, e.g. langchainCallbacks). */
  recorder: TrialRecorder;
}

/** Options of harness(). */
export interface HarnessOptions {
  /** Collect OpenTelemetry spans: true, false, or "auto" (default: when the SDK is installed). */
  otel?: boolean | 'auto';
}

/** The span collector every trial reads; add it to your own tracer provider's spanProcessors if you register one. */
export const spanCollector = createSpanCollector();

let current: TrialRecorder = createRecorder();

/**
 * One OpenAI Agents SDK TracingProcessor for the whole process, writing into the running
 * trial: `setTraceProcessors([agentsProcessor])`.
 */
export const agentsProcessor = openAIAgentsProcessor({
  step: (s) => current.step(s),
  drop: (s) => current.drop(s),
  output: (v) => current.output(v),
  get steps() {
    return current.steps;
  },
  get outputValue() {
    return current.outputValue;
  },
});

type Agent = (input: unknown, ctx: HarnessContext) => unknown;

interface Request {
  id?: string;
  caseId: string;
  trial: number;
  suite: string;
  fixtures: string;
  input: unknown;
}

const NO_SDK =
  '@opentelemetry/api is installed but @opentelemetry/sdk-trace-base is not, so evalgate/harness has no tracer provider to record them: npm install @opentelemetry/sdk-trace-base';
const TAKEN = 'a tracer provider is registered already; add spanCollector (from evalgate/harness) to its spanProcessors, or spans are not collected';

let otel: OtelRegistration | undefined;
let otelRequired = false;
let saidNoSdk = false;

/** Runs `agent` once per trial under evalgate (exec or jsonl protocol) and prints each trace. */
export async function harness(agent: Agent, options: HarnessOptions = {}): Promise<void> {
  if (options.otel !== false) {
    otel = await registerOtel(spanCollector);
    otelRequired = options.otel === true;
    if (otel.state === 'unavailable' && otelRequired) process.stderr.write('evalgate/harness: otel: true, but @opentelemetry/api and @opentelemetry/sdk-trace-base are not installed\n');
    if (otel.state === 'no-sdk' && otelRequired) process.stderr.write(`evalgate/harness: otel: true, but ${NO_SDK}\n`);
    // Unless the user's provider got the collector, its spans never reach the trace: say so.
    if (otel.state === 'taken') process.stderr.write(`evalgate/harness: ${TAKEN}\n`);
  }
  if (process.env.EVALGATE_PROTOCOL === 'jsonl') {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let req: Record<string, unknown>;
      try {
        req = JSON.parse(line) as Record<string, unknown>;
      } catch {
        process.stderr.write(`evalgate/harness: ignored a request line that is not JSON: ${line.slice(0, 200)}\n`);
        continue;
      }
      const doc = await runTrial(agent, {
        id: String(req.id),
        caseId: String(req.case ?? ''),
        trial: Number(req.trial ?? 1),
        suite: String(req.suite ?? ''),
        fixtures: String(req.fixtures ?? ''),
        input: req.input ?? null,
      });
      process.stdout.write(`${JSON.stringify({ id: String(req.id), ...doc })}\n`);
    }
    return;
  }
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  let input: unknown = null;
  try {
    input = text.trim() === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    input = text;
  }
  const env = process.env;
  const doc = await runTrial(agent, { caseId: env.EVALGATE_CASE_ID ?? '', trial: Number(env.EVALGATE_TRIAL ?? 1), suite: env.EVALGATE_SUITE ?? '', fixtures: env.EVALGATE_FIXTURES ?? '', input });
  if (doc.failed) process.exitCode = 1;
  else process.stdout.write(`${JSON.stringify(doc)}\n`);
}

async function runTrial(agent: Agent, req: Request): Promise<Record<string, unknown> & { failed?: boolean }> {
  const recorder = createRecorder();
  current = recorder;
  spanCollector.take();
  otel?.takeStarted();
  const ctx: HarnessContext = {
    caseId: req.caseId,
    trial: req.trial,
    suite: req.suite,
    fixtures: req.fixtures,
    step: (s) => {
      recorder.step(s);
    },
    output: (v) => recorder.output(v),
    langchain: () => langchainCallbacks(recorder),
    recorder,
  };
  // stdout is the trace channel: the agent's own logging goes to stderr.
  const log = console.log;
  const info = console.info;
  console.log = console.error;
  console.info = console.error;
  let returned: unknown;
  try {
    returned = await agent(req.input, ctx);
  } catch (err) {
    process.stderr.write(`evalgate/harness: the agent threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    // jsonl needs an answer line; the missing output makes the trial an error, with this stderr as evidence.
    return { failed: true, error: err instanceof Error ? err.message : String(err) };
  } finally {
    console.log = log;
    console.info = info;
    current = createRecorder();
  }
  const output = recorder.outputValue.set ? recorder.outputValue.value : (returned ?? null);
  const spans = spanCollector.take();
  if (spans.length === 0) {
    const warnings = lostSpans(recorder.steps.length);
    return { output, steps: orderSteps(recorder.steps), ...(warnings.length > 0 ? { warnings } : {}) };
  }
  const doc = spansToOtlp(spans) as { resourceSpans: Array<{ scopeSpans: unknown[] }> };
  doc.resourceSpans[0].scopeSpans.push({ scope: { name: 'evalgate/harness' }, spans: [...recorder.steps.map(stepSpan), outputSpan(output)] });
  return doc;
}

/** Why a trial's spans did not reach its trace, as trace warnings (evalgate shows them with the trial's). */
function lostSpans(steps: number): string[] {
  if (!otel) return [];
  const started = otel.takeStarted();
  if (otel.state === 'no-sdk' && (started > 0 || otelRequired)) {
    const what = started > 0 ? `${started} OpenTelemetry span(s) were started and none was recorded` : 'otel: true, but no span can be recorded';
    // Once on stderr (the evidence every failing trial keeps), on every trial as a warning.
    if (!saidNoSdk) process.stderr.write(`evalgate/harness: ${what}: ${NO_SDK}\n`);
    saidNoSdk = true;
    return [`evalgate/harness: ${what}: ${NO_SDK}`];
  }
  if (otel.state === 'taken' && steps === 0) return [`evalgate/harness: the trace has no steps and no span was collected: ${TAKEN}`];
  return [];
}

let spanNo = 0;
const nextSpanId = () => (++spanNo).toString(16).padStart(16, '0');

function kv(key: string, value: unknown) {
  if (typeof value === 'number') return { key, value: Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value } };
  return { key, value: { stringValue: typeof value === 'string' ? value : JSON.stringify(value) } };
}

/** A native step as a GenAI span, so it keeps its place among the collected spans. */
function stepSpan(step: RecordedStep) {
  const start = BigInt(Math.round((step.started_at ?? Date.now()) * 1e6));
  const end = start + BigInt(Math.round((step.latency_ms ?? 0) * 1e6));
  const s: Step = step;
  const attrs = [
    kv('gen_ai.operation.name', s.type === 'tool' ? 'execute_tool' : s.type === 'llm' ? 'chat' : s.type),
    ...(s.type === 'tool' ? [kv('gen_ai.tool.name', s.name)] : []),
    ...(s.args !== undefined ? [kv('gen_ai.tool.call.arguments', s.args)] : []),
    ...(s.result !== undefined ? [kv('gen_ai.tool.call.result', s.result)] : []),
    ...(s.model ? [kv('gen_ai.request.model', s.model)] : []),
    ...(s.input_tokens !== undefined ? [kv('gen_ai.usage.input_tokens', s.input_tokens)] : []),
    ...(s.output_tokens !== undefined ? [kv('gen_ai.usage.output_tokens', s.output_tokens)] : []),
    ...(s.cost_usd !== undefined ? [kv('evalgate.cost_usd', s.cost_usd)] : []),
  ];
  return {
    spanId: nextSpanId(),
    name: s.name,
    startTimeUnixNano: start.toString(),
    endTimeUnixNano: end.toString(),
    attributes: attrs,
    status: s.status === 'error' ? { code: 2, message: s.error ?? 'error' } : { code: 0 },
  };
}

function outputSpan(output: unknown) {
  const now = (BigInt(Date.now()) * 1_000_000n).toString();
  return { spanId: nextSpanId(), name: 'evalgate.output', startTimeUnixNano: now, endTimeUnixNano: now, attributes: [kv('evalgate.output', JSON.stringify(output))], status: { code: 0 } };
}
