// OpenTelemetry GenAI semantic conventions (gen_ai.*), current and deprecated attribute names.
//
// - gen_ai.operation.name chat | text_completion | generate_content -> llm step
//   (model: gen_ai.response.model ?? gen_ai.request.model)
// - execute_tool, or gen_ai.tool.name without an operation -> tool step (name gen_ai.tool.name,
//   else the span name after "execute_tool "; args/result gen_ai.tool.call.arguments/.result,
//   else the matching tool call in the model's output messages / its result in the input
//   messages of a later model call, matched by gen_ai.tool.call.id)
// - embeddings -> embeddings step (kept so their tokens and cost count)
// - invoke_agent, create_agent, invoke_workflow, workflow and others -> structure
// - tokens gen_ai.usage.input_tokens/output_tokens (deprecated prompt_tokens/completion_tokens)
// - messages of a model call, first found of: the span attributes gen_ai.input.messages /
//   gen_ai.output.messages; events (span events, or log records of an OTLP logs export)
//   gen_ai.client.inference.operation.details carrying the same two attributes; the
//   per-message events gen_ai.system/user/assistant/tool.message (input) and gen_ai.choice
//   (output) of the contrib instrumentations; the older gen_ai.content.prompt/completion events
// - agent output: gen_ai.output.messages of the last invoke_agent span
import type { Step } from '../../types.js';
import { decodeAnswer, decodeJsonish, isRecord, str, type FlatSpan, type SpanEvent } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { openAiMessage, partsMessages, replyText } from './messages.js';
import { OUTPUT_RANK, type ChatMessage, type Convention, type ConversionContext, type Conversation, type SpanResult } from './types.js';

const LLM_OPERATIONS = new Set(['chat', 'text_completion', 'generate_content']);

const op = (span: FlatSpan): string | undefined => str(span.attrs['gen_ai.operation.name']);

/** The GenAI semantic conventions. */
export const genAi: Convention = {
  id: 'gen_ai',
  label: 'OpenTelemetry GenAI semantic conventions (gen_ai.*)',
  matches: (span) => op(span) !== undefined || str(span.attrs['gen_ai.tool.name']) !== undefined,
  conversation: (span) => (LLM_OPERATIONS.has(op(span) ?? '') ? genAiConversation(span) : undefined),
  toolCallId: (span) => str(span.attrs['gen_ai.tool.call.id']),
  convert,
  output(span) {
    if (op(span) !== 'invoke_agent' || !('gen_ai.output.messages' in span.attrs)) return undefined;
    return { rank: OUTPUT_RANK.agent, value: outputFromMessages(span.attrs['gen_ai.output.messages']), source: 'gen_ai.output.messages of the invoke_agent span' };
  },
  outputPlaces:
    'gen_ai.output.messages of an invoke_agent span; of the last model call: gen_ai.output.messages, gen_ai.client.inference.operation.details or gen_ai.choice events (span events or OTLP log records)',
};

const INPUT_EVENTS: Record<string, string> = {
  'gen_ai.system.message': 'system',
  'gen_ai.user.message': 'user',
  'gen_ai.assistant.message': 'assistant',
  'gen_ai.tool.message': 'tool',
};

/** An event's payload: a log record's body, else the event's attributes. */
function payload(e: SpanEvent): Record<string, unknown> {
  return isRecord(e.body) && Object.keys(e.body).length > 0 ? e.body : e.attrs;
}

function where(events: SpanEvent[], name: string): string {
  const kinds = [...new Set(events.map((e) => (e.source === 'log record' ? 'log records' : 'span events')))].join(' and ');
  return `${name} ${kinds}`;
}

/** The messages of one model call span, from the first of the places listed at the top of this file that has them. */
export function genAiConversation(span: FlatSpan): Conversation | undefined {
  const a = span.attrs;
  let input: ChatMessage[] | undefined;
  let output: ChatMessage[] | undefined;
  let outputSource = '';
  if ('gen_ai.input.messages' in a) input = partsMessages(a['gen_ai.input.messages']);
  if ('gen_ai.output.messages' in a) {
    output = partsMessages(a['gen_ai.output.messages']);
    outputSource = 'gen_ai.output.messages';
  }
  const details = span.events.filter((e) => e.name === 'gen_ai.client.inference.operation.details');
  for (const e of details) {
    const p = { ...e.attrs, ...(isRecord(e.body) ? e.body : {}) };
    if (input === undefined && 'gen_ai.input.messages' in p) input = partsMessages(p['gen_ai.input.messages']);
    if (output === undefined && 'gen_ai.output.messages' in p) {
      output = partsMessages(p['gen_ai.output.messages']);
      outputSource = `gen_ai.output.messages of ${where(details, 'gen_ai.client.inference.operation.details')}`;
    }
  }
  const inputEvents = span.events.filter((e) => e.name in INPUT_EVENTS);
  if (input === undefined && inputEvents.length > 0) input = inputEvents.map((e) => openAiMessage(payload(e), INPUT_EVENTS[e.name]));
  const choices = span.events.filter((e) => e.name === 'gen_ai.choice');
  if (output === undefined && choices.length > 0) {
    // Choice bodies are {index, finish_reason, message: {content, tool_calls}}; the first choice is the one the agent used.
    const sorted = [...choices].sort((x, y) => Number(payload(x).index ?? 0) - Number(payload(y).index ?? 0));
    output = [openAiMessage(payload(sorted[0]).message ?? payload(sorted[0]), 'assistant')];
    outputSource = where(choices, 'gen_ai.choice');
  }
  // Semconv before 1.28: events gen_ai.content.prompt / gen_ai.content.completion with JSON attributes.
  const prompt = span.events.find((e) => e.name === 'gen_ai.content.prompt');
  if (input === undefined && prompt) input = legacyMessages(prompt.attrs['gen_ai.prompt'], 'user');
  const completion = span.events.find((e) => e.name === 'gen_ai.content.completion');
  if (output === undefined && completion) {
    output = legacyMessages(completion.attrs['gen_ai.completion'], 'assistant');
    outputSource = 'gen_ai.completion of the gen_ai.content.completion event';
  }
  if (input === undefined && output === undefined) return undefined;
  return { input: input ?? [], output: output ?? [], outputSource: outputSource || 'gen_ai.output.messages' };
}

function legacyMessages(value: unknown, role: string): ChatMessage[] {
  const v = decodeJsonish(value);
  if (typeof v === 'string') return [{ role, text: v, toolCalls: [], toolResults: [] }];
  return (Array.isArray(v) ? v : [v]).map((m) => openAiMessage(m, role));
}

function convert(span: FlatSpan, ctx: ConversionContext): SpanResult {
  const a = span.attrs;
  const o = op(span);
  const notes: string[] = [];
  let step: Step;
  if (o === 'execute_tool' || (o === undefined && str(a['gen_ai.tool.name']) !== undefined)) {
    const callId = str(a['gen_ai.tool.call.id']);
    const call = callId ? ctx.callById(callId) : undefined;
    let name = str(a['gen_ai.tool.name']);
    if (!name) {
      name = call?.name ?? (span.name.replace(/^execute_tool\s*/, '') || undefined);
      notes.push(call ? 'tool name taken from the model tool call (no gen_ai.tool.name)' : 'tool name taken from the span name (no gen_ai.tool.name)');
    }
    step = { type: 'tool', name: name ?? 'unknown_tool' };
    if ('gen_ai.tool.call.arguments' in a) step.args = decodeJsonish(a['gen_ai.tool.call.arguments']);
    else if (call?.args !== undefined) step.args = call.args;
    if ('gen_ai.tool.call.result' in a) step.result = decodeJsonish(a['gen_ai.tool.call.result']);
    else if (callId) {
      const response = ctx.responseById(callId);
      if (response.found) step.result = response.value;
    }
  } else if (o !== undefined && (LLM_OPERATIONS.has(o) || o === 'embeddings')) {
    step = { type: o === 'embeddings' ? 'embeddings' : 'llm', name: span.name || o };
    const model = str(a['gen_ai.response.model']) ?? str(a['gen_ai.request.model']);
    if (model !== undefined) step.model = model;
  } else {
    return { kind: 'structure' };
  }
  setUsage(step, a, { input: ['gen_ai.usage.input_tokens', 'gen_ai.usage.prompt_tokens'], output: ['gen_ai.usage.output_tokens', 'gen_ai.usage.completion_tokens'], cached: ['gen_ai.usage.cache_read.input_tokens', 'gen_ai.usage.cache_read_input_tokens'] });
  const callId = step.type === 'tool' ? str(a['gen_ai.tool.call.id']) : undefined;
  return { kind: 'step', step: finishStep(step, span), notes, ...(callId ? { callId } : {}) };
}

/** Final text of GenAI output messages, JSON-decoded when it is JSON; null without text. */
export function outputFromMessages(value: unknown): unknown {
  const decoded = decodeJsonish(value);
  if (typeof decoded === 'string') return decodeAnswer(decoded);
  const text = replyText(partsMessages(decoded));
  return text === undefined ? null : decodeAnswer(text);
}
