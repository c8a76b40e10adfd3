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
import { cmpBig, decodeAnswer, decodeJsonish, flattenExport, isOtlpExport, nanosToMs, orderSpans, type FlatSpan } from './spans.js';

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

  const items = spans.map((span) => {
    const convention = detectConvention(span);
    return { span, convention, conversation: convention?.conversation?.(span), callId: convention?.toolCallId?.(span) };
  });
  const detected = orderSpans(items, happenedBefore(items));
  const ordered = detected.map((d) => d.span);

  // Every tool call a model asked for, with the step that asked; tool spans claim them as they convert.
  const calls: RequestedCall[] = [];
  const responses = new Map<string, unknown>();
  for (const { span, conversation } of detected) {
    for (const m of conversation?.output ?? []) for (const c of m.toolCalls) calls.push({ ...c, claimed: false, span });
    for (const m of conversation?.input ?? []) for (const r of m.toolResults) if (!responses.has(r.id)) responses.set(r.id, r.value);
  }
  let claimedNow = false;
  const claim = (call: RequestedCall | undefined) => {
    if (call) {
      call.claimed = true;
      claimedNow = true;
    }
    return call;
  };
  const ctx: ConversionContext = {
    callById: (id) => claim(calls.find((c) => c.id === id)),
    nextCall: (name) => claim(calls.find((c) => !c.claimed && (name === undefined || c.name === name))),
    responseById(id) {
      return responses.has(id) ? { found: true, value: responses.get(id) } : { found: false };
    },
  };

  const steps: Step[] = [];
  const stepOfSpan = new Map<FlatSpan, Step>();
  const notes: Array<{ step: Step; note: string }> = [];
  const perConvention = new Map<string, { spans: number; steps: number }>();
  const unmatched: FlatSpan[] = [];
  let output: { candidate: OutputCandidate; end: bigint | null; order: number } | undefined;
  // The last model call that recorded its messages, for the reply when no agent answer exists.
  let lastReply: { conversation: Conversation; step: Step } | undefined;
  let lastLlm: Step | undefined;
  for (const { span, convention, conversation } of detected) {
    if (!convention) {
      if (!('evalgate.output' in span.attrs)) unmatched.push(span);
      continue;
    }
    const tally = perConvention.get(convention.id) ?? { spans: 0, steps: 0 };
    tally.spans++;
    perConvention.set(convention.id, tally);
    claimedNow = false;
    const result = convention.convert(span, ctx);
    if (result.kind === 'step') {
      const step = result.step;
      steps.push(step);
      stepOfSpan.set(span, step);
      tally.steps++;
      for (const note of result.notes) notes.push({ step, note });
      if (step.type === 'llm') {
        lastLlm = step;
        if (conversation) lastReply = { conversation, step };
      }
      // A tool span that named its call (or matched it by name) ran it: it is no longer outstanding.
      if (step.type === 'tool' && !claimedNow) {
        if (result.callId) ctx.callById(result.callId);
        if (!claimedNow) ctx.nextCall(step.name);
      }
    }
    const candidate = convention.output?.(span);
    if (candidate && !isEmptyOutput(candidate.value) && (!output || candidate.rank > output.candidate.rank || (candidate.rank === output.candidate.rank && laterEnd(span, output)))) {
      output = { candidate, end: span.end, order: span.order };
    }
  }

  const explicit = [...ordered].sort((x, y) => cmpBig(y.end, x.end) || y.order - x.order).find((s) => 'evalgate.output' in s.attrs);
  if (steps.length === 0 && !output && !explicit && !lastReply) throw new OtlpFormatError(nothingConverts(spans, perConvention));

  const derived = deriveToolSteps(calls, responses, stepOfSpan, steps);
  const finalSteps = derived.steps;
  const stepNo = new Map(finalSteps.map((st, i) => [st, i + 1]));
  const number = (step: Step) => stepNo.get(step) ?? 0;
  const label = (step: Step) => `step ${number(step)} (${step.type} "${step.name}")`;

  let finalOutput: unknown = null;
  let outputSource = '';
  if (explicit) {
    finalOutput = decodeJsonish(explicit.attrs['evalgate.output']);
    outputSource = `evalgate.output of span "${explicit.name}"`;
  } else if (output) {
    finalOutput = output.candidate.value;
    outputSource = output.candidate.source;
  } else if (lastReply) {
    const text = replyText(lastReply.conversation.output);
    finalOutput = text === undefined ? null : decodeAnswer(text);
    outputSource = `${lastReply.conversation.outputSource} of ${label(lastReply.step)}`;
  }

  const usage = { input_tokens: 0, output_tokens: 0, cost_usd: 0 };
  for (const s of finalSteps) {
    usage.input_tokens += s.input_tokens ?? 0;
    usage.output_tokens += s.output_tokens ?? 0;
    usage.cost_usd += s.cost_usd ?? 0;
  }
  const trace: Trace = {
    output: finalOutput,
    steps: finalSteps,
    usage,
    latency_ms: overallLatency(spans, finalSteps),
  };
  const warnings = conversionWarnings(
    perConvention,
    notes.map((n) => `${label(n.step)}: ${n.note}`),
    finalSteps,
    unmatched,
    spans,
  );
  warnings.push(...derived.warnings.map((w) => w(label)));
  if (flat.orphanLogRecords > 0) {
    warnings.push(`${flat.orphanLogRecords} of ${flat.logRecords} log record(s) name no span of the export (by traceId and spanId) and were ignored`);
  }
  if (isEmptyOutput(finalOutput)) {
    warnings.push(missingOutput(finalOutput, outputSource, perConvention, lastReply, lastLlm, label));
  }
  return { trace, warnings };
}

interface OrderFacts {
  span: FlatSpan;
  conversation?: Conversation;
  callId?: string;
}

/**
 * What the conversation proves about two spans that started in the same millisecond (where
 * timestamps cannot tell): a tool call ran after the model call that asked for it, before the
 * model call given its result and before any model call that started after the asking one (an
 * agent loop runs the tools between two model calls); tool calls one model call asked for ran
 * in the order it asked; a model call whose input is longer came later (the conversation only grows).
 */
function happenedBefore(items: readonly OrderFacts[]): (a: OrderFacts, b: OrderFacts) => boolean {
  const asker = new Map<string, { item: OrderFacts; index: number }>();
  for (const item of items) {
    const calls = (item.conversation?.output ?? []).flatMap((m) => m.toolCalls);
    calls.forEach((c, index) => {
      const known = asker.get(c.id ?? '');
      if (c.id && (!known || cmpBig(item.span.start, known.item.span.start) < 0)) asker.set(c.id, { item, index });
    });
  }
  return (a, b) => {
    const askedA = a.callId ? asker.get(a.callId) : undefined;
    const askedB = b.callId ? asker.get(b.callId) : undefined;
    if (askedB?.item === a) return true;
    if (a.callId && b.conversation && b.conversation.input.some((m) => m.toolResults.some((r) => r.id === a.callId))) return true;
    if (askedA && b.conversation && askedA.item !== b && cmpBig(askedA.item.span.start, b.span.start) < 0) return true;
    if (askedA && askedB && askedA.item === askedB.item) return askedA.index < askedB.index;
    return !!(a.conversation && b.conversation && a.conversation.input.length < b.conversation.input.length);
  };
}

/** A tool call a model asked for, and whether a tool span ran it. */
interface RequestedCall extends ToolCallRef {
  claimed: boolean;
  /** The model call span that asked for it. */
  span: FlatSpan;
}

/** True for an output a check cannot use: null, blank text, an empty object or array. */
export function isEmptyOutput(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/**
 * Tool calls no tool span ran. One whose result a later model call was given (its input
 * messages) did run: it becomes a derived tool step right after the model call that asked
 * for it. One without a result is reported, never turned into a step: nothing shows it ran.
 */
function deriveToolSteps(
  calls: RequestedCall[],
  responses: Map<string, unknown>,
  stepOfSpan: Map<FlatSpan, Step>,
  steps: Step[],
): { steps: Step[]; warnings: Array<(label: (s: Step) => string) => string> } {
  const outstanding = calls.filter((c) => !c.claimed);
  if (outstanding.length === 0) return { steps, warnings: [] };
  const after = new Map<Step, Step[]>();
  const derivedSteps: Step[] = [];
  const notRun = new Map<Step, RequestedCall[]>();
  for (const call of outstanding) {
    const asker = stepOfSpan.get(call.span);
    if (!asker) continue;
    if (call.id !== undefined && responses.has(call.id)) {
      const step: Step = { type: 'tool', name: call.name };
      if (call.args !== undefined) step.args = call.args;
      step.result = responses.get(call.id);
      after.set(asker, [...(after.get(asker) ?? []), step]);
      derivedSteps.push(step);
    } else notRun.set(asker, [...(notRun.get(asker) ?? []), call]);
  }
  const out: Step[] = [];
  for (const s of steps) out.push(s, ...(after.get(s) ?? []));
  const warnings: Array<(label: (s: Step) => string) => string> = [];
  if (derivedSteps.length > 0) {
    warnings.push(() => {
      const one = derivedSteps.length === 1;
      const which = derivedSteps.map((s) => `${out.indexOf(s) + 1} (${s.name})`).join(', ');
      return `tool ${one ? 'step' : 'steps'} ${which} ${one ? 'is' : 'are'} derived from the conversation: no tool span ran ${one ? 'it' : 'them'} (the instrumentation traces model calls only), so ${one ? 'it is' : 'each is'} the model's tool call with the result a later model call was given; status and latency unknown`;
    });
  }
  for (const [asker, list] of notRun) {
    warnings.push(
      (label) =>
        `${label(asker)} asked for ${list.length} tool call(s) that no tool span ran and no later model call got a result for: ${list
          .slice(0, 5)
          .map((c) => `${c.name}${c.id ? ` (${c.id})` : ''}`)
          .join(', ')}${list.length > 5 ? ` (+${list.length - 5} more)` : ''}; the agent stopped before running ${list.length === 1 ? 'it' : 'them'}, or its tools are not traced`,
    );
  }
  return { steps: out, warnings };
}

function missingOutput(
  value: unknown,
  source: string,
  perConvention: Map<string, { spans: number; steps: number }>,
  lastReply: { conversation: Conversation; step: Step } | undefined,
  lastLlm: Step | undefined,
  label: (s: Step) => string,
): string {
  const what = value === null || value === undefined ? 'no final output' : `an empty final output (${JSON.stringify(value)})`;
  const places = ['evalgate.output on any span', ...CONVENTIONS.filter((c) => perConvention.has(c.id)).map((c) => `${c.label.replace(/ \(.*\)$/, '')}: ${c.outputPlaces}`)];
  let last = '';
  if (lastReply) {
    const asked = lastReply.conversation.output.some((m) => m.toolCalls.length > 0);
    last = `; the last model call that recorded messages, ${label(lastReply.step)}, ${asked ? 'asked for tool calls instead of answering' : `has no text in ${lastReply.conversation.outputSource}`}`;
    if (lastLlm && lastLlm !== lastReply.step) last += `, and ${label(lastLlm)} after it recorded no messages`;
  } else if (lastLlm) {
    last = `; no model call recorded its messages (is message content capture on? e.g. OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true; instrumentations that log messages need their OTLP logs export printed too)`;
  }
  const from = source && value !== null && value !== undefined ? ` (read from ${source})` : '';
  return `the trace has ${what}${from}: output checks see ${value === undefined ? 'null' : JSON.stringify(value)}. evalgate looked for ${places.join('; ')}${last}`;
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
