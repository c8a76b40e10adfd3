// OTLP/JSON -> native trace. Harnesses that emit OpenTelemetry spans can print their export
// instead of writing a trace by hand. Each span goes to the module of the convention it
// follows (detect.ts, conventions/*); this file joins the results into one trace:
// - steps are ordered by span start time; step latency is end - start, the trace's latency
//   is last end - first start over all spans (agent and chain spans included);
// - tool spans that lack a name or arguments are completed from the tool calls the model
//   requested (LLM spans), matched by call id, else in order;
// - output: the evalgate.output attribute of the last-ending span that has one, else the
//   agent's answer (root AI SDK call, invoke_agent span), else the reply of the last model
//   call: the text of its last assistant message (multi-part contents joined, reasoning left
//   out), read from span attributes, span events or the log records of an OTLP logs export;
//   text that is a JSON object/array is decoded; else null;
// - a span that follows no known convention is skipped and counted in a warning; an export
//   in which nothing converts is an error naming what was found.
// Every decision a user may need to know about is returned as a warning, never hidden.
import type { Step, Trace } from '../types.js';
import { CONVENTIONS, detectConvention } from './detect.js';
import { replyText } from './conventions/messages.js';
import type { ConversionContext, Conversation, OutputCandidate, ToolCallRef } from './conventions/types.js';
import { cmpBig, compareSpans, decodeAnswer, decodeJsonish, flattenExport, isOtlpExport, nanosToMs, type FlatSpan } from './spans.js';

export { isOtlpExport };

/** Thrown when a document looks like OTLP but cannot be converted; the message is user-facing. */
export class OtlpFormatError extends Error {
  override name = 'OtlpFormatError';
}

/** A converted export: the trace plus what the conversion had to guess or skip. */
export interface OtlpConversion {
  trace: Trace;
  warnings: string[];
}

/** Converts one OTLP/JSON export into a native trace (see convertOtlpExports). */
export function convertOtlp(doc: unknown): Trace {
  return convertOtlpExports([doc]).trace;
}

/** Converts one or more OTLP/JSON export requests (of one trial) into one native trace, with warnings. */
export function convertOtlpExports(docs: readonly unknown[]): OtlpConversion {
  if (docs.length === 0 || !docs.every(isOtlpExport)) throw new OtlpFormatError('not an OTLP export: expected an object with a "resourceSpans" array');
  const flat = flattenExport(docs);
  const spans = flat.spans;
  if (spans.length === 0) {
    const logs = flat.logRecords > 0 ? `; it holds ${flat.logRecords} log record(s), which only add to the spans they name: print the trace export too` : '';
    throw new OtlpFormatError(`OTLP export has no spans (resourceSpans[].scopeSpans[].spans[] is empty)${logs}`);
  }

  const ordered = [...spans].sort(compareSpans);
  const detected = ordered.map((span) => {
    const convention = detectConvention(span);
    return { span, convention, conversation: convention?.conversation?.(span) };
  });

  const calls: Array<ToolCallRef & { claimed: boolean }> = [];
  const responses = new Map<string, unknown>();
  for (const { conversation } of detected) {
    for (const m of conversation?.output ?? []) for (const c of m.toolCalls) calls.push({ ...c, claimed: false });
    for (const m of conversation?.input ?? []) for (const r of m.toolResults) if (!responses.has(r.id)) responses.set(r.id, r.value);
  }
  const ctx: ConversionContext = {
    callById(id) {
      const call = calls.find((c) => c.id === id);
      if (call) call.claimed = true;
      return call;
    },
    nextCall(name) {
      const call = calls.find((c) => !c.claimed && (name === undefined || c.name === name));
      if (call) call.claimed = true;
      return call;
    },
    responseById(id) {
      return responses.has(id) ? { found: true, value: responses.get(id) } : { found: false };
    },
  };

  const steps: Step[] = [];
  const notes: string[] = [];
  const perConvention = new Map<string, { spans: number; steps: number }>();
  const unmatched: FlatSpan[] = [];
  let output: { candidate: OutputCandidate; end: bigint | null; order: number } | undefined;
  // The last model call that recorded its messages, for the reply when no agent answer exists.
  let lastReply: { conversation: Conversation; stepNo: number; name: string } | undefined;
  for (const { span, convention, conversation } of detected) {
    if (!convention) {
      if (!('evalgate.output' in span.attrs)) unmatched.push(span);
      continue;
    }
    const tally = perConvention.get(convention.id) ?? { spans: 0, steps: 0 };
    tally.spans++;
    perConvention.set(convention.id, tally);
    const result = convention.convert(span, ctx);
    if (result.kind === 'step') {
      steps.push(result.step);
      tally.steps++;
      const label = `step ${steps.length} (${result.step.type} "${result.step.name}")`;
      for (const note of result.notes) notes.push(`${label}: ${note}`);
      if (conversation && result.step.type === 'llm') lastReply = { conversation, stepNo: steps.length, name: result.step.name };
    }
    const candidate = convention.output?.(span);
    if (candidate && (!output || candidate.rank > output.candidate.rank || (candidate.rank === output.candidate.rank && laterEnd(span, output)))) {
      output = { candidate, end: span.end, order: span.order };
    }
  }

  const explicit = [...ordered].sort((x, y) => cmpBig(y.end, x.end) || ordered.indexOf(y) - ordered.indexOf(x)).find((s) => 'evalgate.output' in s.attrs);
  if (steps.length === 0 && !output && !explicit) throw new OtlpFormatError(nothingConverts(spans, perConvention));
  let finalOutput: unknown = null;
  if (explicit) finalOutput = decodeJsonish(explicit.attrs['evalgate.output']);
  else if (output) finalOutput = output.candidate.value;
  else if (lastReply) {
    const text = replyText(lastReply.conversation.output);
    finalOutput = text === undefined ? null : decodeAnswer(text);
  }

  const usage = { input_tokens: 0, output_tokens: 0, cost_usd: 0 };
  for (const s of steps) {
    usage.input_tokens += s.input_tokens ?? 0;
    usage.output_tokens += s.output_tokens ?? 0;
    usage.cost_usd += s.cost_usd ?? 0;
  }
  const trace: Trace = {
    output: finalOutput,
    steps,
    usage,
    latency_ms: overallLatency(spans, steps),
  };
  return { trace, warnings: conversionWarnings(perConvention, notes, steps, unmatched, spans) };
}

function laterEnd(span: FlatSpan, best: { end: bigint | null; order: number }): boolean {
  const c = cmpBig(span.end, best.end);
  // cmpBig sorts null last; a span without an end time does not displace one with it.
  return span.end !== null && (best.end === null || c > 0 || (c === 0 && span.order > best.order));
}

function conversionWarnings(
  perConvention: Map<string, { spans: number; steps: number }>,
  notes: string[],
  steps: Step[],
  unmatched: FlatSpan[],
  spans: FlatSpan[],
): string[] {
  const out: string[] = [];
  for (const c of CONVENTIONS) {
    const t = perConvention.get(c.id);
    if (t) out.push(`OTLP export converted as ${c.label}: ${t.spans} span(s) -> ${t.steps} step(s)`);
  }
  out.push(...notes);
  const list = (xs: number[]) => xs.slice(0, 8).join(', ') + (xs.length > 8 ? ` (+${xs.length - 8} more)` : '');
  const noArgs = steps.flatMap((s, i) => (s.type === 'tool' && s.args === undefined ? [i + 1] : []));
  if (noArgs.length > 0) out.push(`tool step(s) ${list(noArgs)} carry no arguments: tool_args and no_loop checks see none`);
  const noTokens = steps.flatMap((s, i) => (s.type === 'llm' && s.input_tokens === undefined && s.output_tokens === undefined ? [i + 1] : []));
  if (noTokens.length > 0) out.push(`llm step(s) ${list(noTokens)} carry no token counts: max_tokens and pricing count them as 0`);
  if (unmatched.length > 0) {
    const names = [...new Set(unmatched.map((s) => JSON.stringify(s.name)))];
    out.push(`${unmatched.length} span(s) follow no supported convention and were skipped: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` (+${names.length - 5} more)` : ''}`);
  }
  const badTime = spans.filter((s) => s.badTimestamp).length;
  if (badTime > 0) out.push(`${badTime} span(s) have timestamps in no known encoding: their latency is unknown`);
  return out;
}

function nothingConverts(spans: FlatSpan[], perConvention: Map<string, { spans: number; steps: number }>): string {
  const supported = CONVENTIONS.map((c) => c.label).join('; ');
  if (perConvention.size === 0) {
    const names = [...new Set(spans.map((s) => JSON.stringify(s.name)))].slice(0, 5).join(', ');
    return `OTLP export has ${spans.length} span(s) but none follows a supported convention (${supported}); span names: ${names}. Is the GenAI/LLM instrumentation enabled?`;
  }
  const found = CONVENTIONS.filter((c) => perConvention.has(c.id))
    .map((c) => `${c.label}: ${perConvention.get(c.id)!.spans} span(s)`)
    .join('; ');
  return `OTLP export has ${spans.length} span(s) in a known convention (${found}) but none is a model call or tool call and none carries an output, so nothing converts to a step`;
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
