// OTLP/JSON -> native trace. Harnesses that already emit OpenTelemetry spans with the GenAI
// semantic conventions can print their export instead of writing a trace by hand.
//
// Mapping (documented in SPEC 4 terms):
// - gen_ai.operation.name chat | text_completion | generate_content -> step type "llm"
//   (name: span name, model: gen_ai.response.model ?? gen_ai.request.model)
// - execute_tool (or any span carrying gen_ai.tool.name without an operation) -> step type "tool"
//   (name: gen_ai.tool.name, args/result: gen_ai.tool.call.arguments/.result, JSON-decoded when possible)
// - embeddings -> step type "embeddings" (kept so their tokens and cost count)
// - invoke_agent, create_agent, invoke_workflow, other or no operation -> no step
// - tokens: gen_ai.usage.input_tokens/output_tokens (falling back to the deprecated
//   prompt_tokens/completion_tokens); cost: the non-standard evalgate.cost_usd attribute
// - status code 2 (STATUS_CODE_ERROR) -> status "error"; error = "<error.type>: <status message>"
//   (whichever exist, else the exception event message)
// - output: the evalgate.output attribute of the last-ending span that has one; else the last
//   assistant message of gen_ai.output.messages on the last-ending invoke_agent span, else on
//   the last-ending llm span; text that is a JSON object/array is decoded; else null
// - steps are ordered by start time; latency_ms of the trace is last end - first start over
//   all spans (the agent span included), step latency is end - start.
import type { Step, Trace } from '../types.js';

/** Thrown when a document looks like OTLP but cannot be converted; the message is user-facing. */
export class OtlpFormatError extends Error {
  override name = 'OtlpFormatError';
}

/** True when `doc` is an OTLP/JSON trace export (an object with a `resourceSpans` array). */
export function isOtlpExport(doc: unknown): boolean {
  return doc !== null && typeof doc === 'object' && !Array.isArray(doc) && Array.isArray((doc as Record<string, unknown>).resourceSpans);
}

const LLM_OPERATIONS = new Set(['chat', 'text_completion', 'generate_content']);

interface FlatSpan {
  order: number;
  name: string;
  start: bigint | null;
  end: bigint | null;
  attrs: Record<string, unknown>;
  isError: boolean;
  statusMessage: string;
  exceptionMessage: string;
}

/** Converts an OTLP/JSON export using the GenAI semantic conventions into a native trace. */
export function convertOtlp(doc: unknown): Trace {
  if (!isOtlpExport(doc)) throw new OtlpFormatError('not an OTLP export: expected an object with a "resourceSpans" array');
  const spans = flattenSpans(doc as Record<string, unknown>);
  if (spans.length === 0) throw new OtlpFormatError('OTLP export has no spans (resourceSpans[].scopeSpans[].spans[] is empty)');
  const genAi = spans.filter((s) => typeof s.attrs['gen_ai.operation.name'] === 'string' || typeof s.attrs['gen_ai.tool.name'] === 'string' || 'evalgate.output' in s.attrs);
  if (genAi.length === 0) {
    throw new OtlpFormatError(
      `OTLP export has ${spans.length} span(s) but none with GenAI attributes (gen_ai.operation.name, gen_ai.tool.name); is the GenAI instrumentation enabled?`,
    );
  }

  const ordered = [...spans].sort(compareSpans);
  const steps: Step[] = [];
  for (const span of ordered) {
    const step = spanToStep(span);
    if (step) steps.push(step);
  }

  const usage = { input_tokens: 0, output_tokens: 0, cost_usd: 0 };
  for (const s of steps) {
    usage.input_tokens += s.input_tokens ?? 0;
    usage.output_tokens += s.output_tokens ?? 0;
    usage.cost_usd += s.cost_usd ?? 0;
  }
  return { output: pickOutput(ordered), steps, usage, latency_ms: overallLatency(spans, steps) };
}

function flattenSpans(doc: Record<string, unknown>): FlatSpan[] {
  const out: FlatSpan[] = [];
  for (const rs of asArray(doc.resourceSpans)) {
    // Older exporters used instrumentationLibrarySpans; accept both.
    const scopes = [...asArray(field(rs, 'scopeSpans')), ...asArray(field(rs, 'instrumentationLibrarySpans'))];
    for (const ss of scopes) {
      for (const raw of asArray(field(ss, 'spans'))) {
        if (raw === null || typeof raw !== 'object') continue;
        const span = raw as Record<string, unknown>;
        const status = (span.status ?? {}) as Record<string, unknown>;
        const code = status.code;
        out.push({
          order: out.length,
          name: typeof span.name === 'string' ? span.name : '',
          start: toNanos(span.startTimeUnixNano),
          end: toNanos(span.endTimeUnixNano),
          attrs: decodeAttributes(span.attributes),
          isError: code === 2 || code === '2' || code === 'STATUS_CODE_ERROR',
          statusMessage: typeof status.message === 'string' ? status.message : '',
          exceptionMessage: exceptionMessage(span.events),
        });
      }
    }
  }
  return out;
}

function spanToStep(span: FlatSpan): Step | null {
  const a = span.attrs;
  const op = typeof a['gen_ai.operation.name'] === 'string' ? (a['gen_ai.operation.name'] as string) : undefined;
  let step: Step;
  if (op === 'execute_tool' || (op === undefined && typeof a['gen_ai.tool.name'] === 'string')) {
    const name = str(a['gen_ai.tool.name']) ?? span.name.replace(/^execute_tool\s+/, '');
    step = { type: 'tool', name: name || 'unknown_tool' };
    if ('gen_ai.tool.call.arguments' in a) step.args = decodeJsonish(a['gen_ai.tool.call.arguments']);
    if ('gen_ai.tool.call.result' in a) step.result = decodeJsonish(a['gen_ai.tool.call.result']);
  } else if (op !== undefined && (LLM_OPERATIONS.has(op) || op === 'embeddings')) {
    step = { type: op === 'embeddings' ? 'embeddings' : 'llm', name: span.name || op };
    const model = str(a['gen_ai.response.model']) ?? str(a['gen_ai.request.model']);
    if (model !== undefined) step.model = model;
  } else {
    return null;
  }
  const input = num(a['gen_ai.usage.input_tokens']) ?? num(a['gen_ai.usage.prompt_tokens']);
  const output = num(a['gen_ai.usage.output_tokens']) ?? num(a['gen_ai.usage.completion_tokens']);
  const cost = num(a['evalgate.cost_usd']);
  if (input !== undefined) step.input_tokens = input;
  if (output !== undefined) step.output_tokens = output;
  if (cost !== undefined) step.cost_usd = cost;
  step.status = span.isError ? 'error' : 'ok';
  if (span.isError) step.error = errorText(span);
  const latency = spanLatency(span);
  if (latency !== undefined) step.latency_ms = latency;
  return step;
}

function errorText(span: FlatSpan): string {
  const type = str(span.attrs['error.type']);
  const message = span.statusMessage || span.exceptionMessage;
  if (type && message && !message.startsWith(type)) return `${type}: ${message}`;
  return message || type || 'error';
}

function pickOutput(ordered: FlatSpan[]): unknown {
  const byEnd = [...ordered].sort((x, y) => cmpBig(y.end, x.end) || y.order - x.order);
  const explicit = byEnd.find((s) => 'evalgate.output' in s.attrs);
  if (explicit) return decodeJsonish(explicit.attrs['evalgate.output']);
  const op = (s: FlatSpan) => s.attrs['gen_ai.operation.name'];
  const agent = byEnd.find((s) => op(s) === 'invoke_agent' && 'gen_ai.output.messages' in s.attrs);
  const llm = byEnd.find((s) => LLM_OPERATIONS.has(String(op(s))) && 'gen_ai.output.messages' in s.attrs);
  const source = agent ?? llm;
  return source ? outputFromMessages(source.attrs['gen_ai.output.messages']) : null;
}

/** Final text of gen_ai.output.messages ([{role, parts:[{type:"text", content}]}]). */
function outputFromMessages(value: unknown): unknown {
  const messages = decodeJsonish(value);
  if (!Array.isArray(messages) || messages.length === 0) return typeof messages === 'string' ? messages : null;
  const assistant = [...messages].reverse().find((m) => m && typeof m === 'object' && (m as Record<string, unknown>).role === 'assistant');
  const message = (assistant ?? messages[messages.length - 1]) as Record<string, unknown> | null;
  if (!message || typeof message !== 'object') return null;
  const parts = asArray(message.parts);
  const texts = parts
    .filter((p) => p && typeof p === 'object' && (p as Record<string, unknown>).type === 'text')
    .map((p) => String((p as Record<string, unknown>).content ?? ''));
  if (texts.length === 0) return typeof message.content === 'string' ? message.content : null;
  const text = texts.join('');
  const trimmed = text.trim();
  // Agents that answer in JSON should be checkable with output_schema / dotted paths.
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function overallLatency(spans: FlatSpan[], steps: Step[]): number {
  let min: bigint | null = null;
  let max: bigint | null = null;
  for (const s of spans) {
    if (s.start === null || s.end === null) continue;
    if (min === null || s.start < min) min = s.start;
    if (max === null || s.end > max) max = s.end;
  }
  if (min !== null && max !== null && max >= min) return nanosToMs(max - min);
  return steps.reduce((sum, s) => sum + (s.latency_ms ?? 0), 0);
}

function spanLatency(span: FlatSpan): number | undefined {
  if (span.start === null || span.end === null || span.end < span.start) return undefined;
  return nanosToMs(span.end - span.start);
}

function nanosToMs(n: bigint): number {
  // Keep microsecond precision; nanosecond timestamps exceed 2^53 so subtract as bigint first.
  return Number(n / 1000n) / 1000;
}

function compareSpans(x: FlatSpan, y: FlatSpan): number {
  return cmpBig(x.start, y.start) || cmpBig(x.end, y.end) || x.order - y.order;
}

function cmpBig(x: bigint | null, y: bigint | null): number {
  // Spans without timestamps sort last rather than first.
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function toNanos(v: unknown): bigint | null {
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return BigInt(Math.trunc(v));
  return null;
}

/** OTLP attributes ([{key, value: AnyValue}]) as a plain object. */
function decodeAttributes(attrs: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (Array.isArray(attrs)) {
    for (const kv of attrs) {
      if (kv && typeof kv === 'object' && typeof (kv as Record<string, unknown>).key === 'string') {
        out[(kv as Record<string, unknown>).key as string] = decodeAnyValue((kv as Record<string, unknown>).value);
      }
    }
  } else if (attrs && typeof attrs === 'object') {
    // Some SDK dumps flatten attributes to a plain map; accept them as-is.
    Object.assign(out, attrs);
  }
  return out;
}

function decodeAnyValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('stringValue' in o) return o.stringValue;
  if ('boolValue' in o) return o.boolValue;
  // proto3 JSON renders int64 as a string.
  if ('intValue' in o) return Number(o.intValue);
  if ('doubleValue' in o) return Number(o.doubleValue);
  if ('arrayValue' in o) return asArray(field(o.arrayValue, 'values')).map(decodeAnyValue);
  if ('kvlistValue' in o) return decodeAttributes(field(o.kvlistValue, 'values'));
  if ('bytesValue' in o) return o.bytesValue;
  return undefined;
}

function exceptionMessage(events: unknown): string {
  for (const e of asArray(events)) {
    if (field(e, 'name') !== 'exception') continue;
    const attrs = decodeAttributes(field(e, 'attributes'));
    const msg = str(attrs['exception.message']);
    if (msg) return msg;
  }
  return '';
}

/** JSON strings are decoded (tool arguments are JSON-encoded by convention); anything else is kept. */
function decodeJsonish(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (t === '') return v;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return v;
  }
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function field(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
