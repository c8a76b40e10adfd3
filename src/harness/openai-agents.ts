// OpenAI Agents SDK (JS) tracing -> native steps: a TracingProcessor (the SDK's own tracing is
// not OpenTelemetry). Register it with setTraceProcessors([openAIAgentsProcessor(recorder)]);
// it needs no SDK import of its own.
//
// - function span -> tool step (name, input JSON as args, output as result, span error -> status error).
//   The SDK sends tool names as the provider requires them (policy.check_eligibility becomes
//   policy_check_eligibility); checks match either spelling (see toolKey in src/outcome/checks.ts).
// - generation span -> llm step (model, usage.input_tokens/output_tokens); response span ->
//   llm step (model and usage of _response)
// - when a trace has neither (custom models create none), its turn spans become llm steps with
//   their usage, named after the agent
// Steps are ordered by start time; the SDK's times have millisecond precision, so equal starts
// keep the order in which they were recorded.
import { decodeJsonString as decode, isObj, type Obj, type RecordedStep, type TrialRecorder } from './recorder.js';


/** The parts of an Agents SDK span the processor reads. */
export interface AgentsSpan {
  spanData: Obj & { type: string };
  traceId?: string;
  spanId?: string;
  startedAt: string | null;
  endedAt: string | null;
  error: { message: string; data?: unknown } | null;
}

function timing(span: AgentsSpan): { latency_ms?: number; started_at?: number } {
  const start = span.startedAt ? Date.parse(span.startedAt) : NaN;
  const end = span.endedAt ? Date.parse(span.endedAt) : NaN;
  const out: { latency_ms?: number; started_at?: number } = {};
  if (Number.isFinite(start)) out.started_at = start;
  if (Number.isFinite(start) && Number.isFinite(end) && end >= start) out.latency_ms = end - start;
  return out;
}

function usageOf(u: unknown): { input_tokens?: number; output_tokens?: number } {
  if (!isObj(u)) return {};
  const input = typeof u.input_tokens === 'number' ? u.input_tokens : typeof u.inputTokens === 'number' ? u.inputTokens : undefined;
  const output = typeof u.output_tokens === 'number' ? u.output_tokens : typeof u.outputTokens === 'number' ? u.outputTokens : undefined;
  return { ...(input !== undefined ? { input_tokens: input } : {}), ...(output !== undefined ? { output_tokens: output } : {}) };
}

/** A TracingProcessor for the OpenAI Agents SDK that records tool and model calls into `recorder`. */
export function openAIAgentsProcessor(recorder: TrialRecorder) {
  // Turn steps are recorded when the turn starts (so they sort before the turn's tool calls) and
  // completed when it ends; they are dropped once the trace shows real generation/response spans.
  const turns = new Map<string, Map<string, RecordedStep>>();
  const sawModelSpan = new Set<string>();
  const spanKey = (span: AgentsSpan) => span.spanId ?? '';
  return {
    start() {},
    async onTraceStart() {},
    async onTraceEnd(trace: { traceId?: string }) {
      turns.delete(trace?.traceId ?? '');
      sawModelSpan.delete(trace?.traceId ?? '');
    },
    async onSpanStart(span: AgentsSpan) {
      const traceId = span.traceId ?? '';
      if (span.spanData?.type !== 'turn' || sawModelSpan.has(traceId)) return;
      const stored = recorder.step({ type: 'llm', name: String(span.spanData.agent_name ?? 'turn'), ...timing(span) });
      const list = turns.get(traceId) ?? new Map<string, RecordedStep>();
      list.set(spanKey(span), stored);
      turns.set(traceId, list);
    },
    async onSpanEnd(span: AgentsSpan) {
      const d = span.spanData;
      const traceId = span.traceId ?? '';
      const status = span.error ? { status: 'error' as const, error: span.error.message } : { status: 'ok' as const };
      if (d.type === 'function') {
        const args = decode(d.input);
        recorder.step({ type: 'tool', name: String(d.name), ...(args !== undefined && args !== '' ? { args } : {}), result: decode(d.output), ...status, ...timing(span) });
      } else if (d.type === 'generation' || d.type === 'response') {
        if (!sawModelSpan.has(traceId)) {
          sawModelSpan.add(traceId);
          for (const placeholder of turns.get(traceId)?.values() ?? []) recorder.drop(placeholder);
          turns.delete(traceId);
        }
        const r = d.type === 'response' && isObj(d._response) ? d._response : d;
        const model = typeof r.model === 'string' ? r.model : undefined;
        recorder.step({ type: 'llm', name: d.type, ...(model ? { model } : {}), ...usageOf(r.usage), ...status, ...timing(span) });
      } else if (d.type === 'turn') {
        const stored = turns.get(traceId)?.get(spanKey(span));
        if (stored) Object.assign(stored, usageOf(d.usage), status, timing(span));
      }
    },
    async shutdown() {},
    async forceFlush() {},
  };
}
