// OpenInference (Arize Phoenix) spans: openinference.span.kind LLM | TOOL | EMBEDDING | CHAIN | AGENT | ...
//
// - LLM -> llm step (name: span name; model llm.model_name; tokens llm.token_count.prompt/completion;
//   cost llm.cost.total)
// - TOOL -> tool step (name tool.name, else the span name; args input.value when it is a JSON
//   object, else the model's matching tool call; result output.value, unwrapping LangChain's ToolMessage)
// - EMBEDDING -> embeddings step; every other kind -> structure
// - messages: llm.input_messages.N / llm.output_messages.N .message.{role, content,
//   contents.M.message_content.{type, text}, tool_calls.M.tool_call.{id, function.name,
//   function.arguments}, tool_call_id}. The answer is the text of the last assistant message
//   (multi-part contents joined, reasoning left out); when the output messages have neither
//   text nor tool calls (LangChain's instrumentation drops content that is a list of blocks),
//   the serialized generations in output.value are read instead.
import type { Step } from '../../types.js';
import { decodeJsonish, field, isRecord, str, type FlatSpan } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { toolCallsOfGenerations, toolMessageOf } from './langchain.js';
import { textOfContent } from './messages.js';
import type { ChatMessage, Convention, Conversation, SpanResult } from './types.js';

const kind = (span: FlatSpan): string | undefined => str(span.attrs['openinference.span.kind'])?.toUpperCase();

/** OpenInference semantic conventions. */
export const openInference: Convention = {
  id: 'openinference',
  label: 'OpenInference (openinference.span.kind)',
  matches: (span) => kind(span) !== undefined,
  conversation: (span) => (kind(span) === 'LLM' ? openInferenceConversation(span) : undefined),
  toolCallId: (span) => (kind(span) === 'TOOL' ? toolMessageOf(span.attrs['output.value'])?.toolCallId : undefined),
  outputPlaces: 'of the last LLM span: llm.output_messages.N.message.content / .contents.M.message_content.text, else the generations in output.value',
  convert(span, ctx): SpanResult {
    const a = span.attrs;
    const k = kind(span);
    const notes: string[] = [];
    let step: Step;
    let callId: string | undefined;
    if (k === 'TOOL') {
      const message = toolMessageOf(a['output.value']);
      callId = message?.toolCallId;
      const byId = callId ? ctx.callById(callId) : undefined;
      let name = str(a['tool.name']);
      if (!name) {
        name = message?.name ?? byId?.name ?? (span.name || undefined);
        notes.push(message?.name || byId ? 'tool name taken from the tool message (no tool.name)' : 'tool name taken from the span name (no tool.name)');
      }
      step = { type: 'tool', name: name ?? 'unknown_tool' };
      const input = decodeJsonish(a['input.value']);
      const call = byId ?? ctx.nextCall(step.name);
      // LangChain hands tools a flattened input (a single argument's value); the model's tool call has the real arguments.
      if (isRecord(input)) step.args = input;
      else if (call?.args !== undefined) step.args = call.args;
      else if (input !== undefined) step.args = input;
      if (message) {
        step.result = message.content;
        if (message.status === 'error') {
          step.status = 'error';
          step.error = typeof message.content === 'string' ? message.content : JSON.stringify(message.content);
        }
      } else if (a['output.value'] !== undefined) step.result = decodeJsonish(a['output.value']);
    } else if (k === 'LLM' || k === 'EMBEDDING') {
      step = { type: k === 'LLM' ? 'llm' : 'embeddings', name: span.name || k.toLowerCase() };
      const model = str(a['llm.model_name']) ?? str(a['embedding.model_name']);
      if (model !== undefined) step.model = model;
      setUsage(step, a, { input: ['llm.token_count.prompt'], output: ['llm.token_count.completion'], cached: ['llm.token_count.prompt_details.cache_read'], cost: ['llm.cost.total'] });
    } else {
      return { kind: 'structure' };
    }
    return { kind: 'step', step: finishStep(step, span), notes, ...(callId ? { callId } : {}) };
  },
};

/** The messages under `<prefix>.<i>.message.*`, in index order. */
export function indexedMessages(a: Record<string, unknown>, prefix: string): ChatMessage[] {
  type Slot = { role?: string; content?: unknown; contents: Map<number, { type?: string; text?: unknown }>; calls: Map<number, Record<string, unknown>>; toolCallId?: string };
  const raw = new Map<number, Slot>();
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.message\\.(.+)$`);
  for (const [key, value] of Object.entries(a)) {
    const m = re.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    const slot: Slot = raw.get(i) ?? { contents: new Map(), calls: new Map() };
    raw.set(i, slot);
    const rest = m[2];
    let sub: RegExpExecArray | null;
    if (rest === 'role') slot.role = str(value);
    else if (rest === 'content') slot.content = value;
    else if (rest === 'tool_call_id') slot.toolCallId = str(value);
    else if ((sub = /^contents\.(\d+)\.message_content\.(type|text)$/.exec(rest))) {
      const part = slot.contents.get(Number(sub[1])) ?? {};
      if (sub[2] === 'type') part.type = str(value);
      else part.text = value;
      slot.contents.set(Number(sub[1]), part);
    } else if ((sub = /^tool_calls\.(\d+)\.tool_call\.(id|function\.name|function\.arguments)$/.exec(rest))) {
      const call = slot.calls.get(Number(sub[1])) ?? {};
      call[sub[2]] = value;
      slot.calls.set(Number(sub[1]), call);
    }
  }
  const byIndex = <T,>(m: Map<number, T>): T[] => [...m.entries()].sort(([x], [y]) => x - y).map(([, v]) => v);
  return byIndex(raw).map((slot) => {
    const message: ChatMessage = { role: slot.role ?? 'assistant', toolCalls: [], toolResults: [] };
    const text = textOfContent(slot.content) ?? textOfContent(byIndex(slot.contents));
    for (const c of byIndex(slot.calls)) {
      const name = str(c['function.name']);
      if (name) message.toolCalls.push({ id: str(c.id), name, args: decodeJsonish(c['function.arguments']) });
    }
    if (message.role === 'tool') {
      if (slot.toolCallId) message.toolResults.push({ id: slot.toolCallId, value: decodeJsonish(slot.content ?? text) });
    } else if (text !== undefined) message.text = text;
    return message;
  });
}

function openInferenceConversation(span: FlatSpan): Conversation | undefined {
  const a = span.attrs;
  const input = indexedMessages(a, 'llm.input_messages');
  let output = indexedMessages(a, 'llm.output_messages');
  let outputSource = 'llm.output_messages';
  if (!output.some((m) => m.text !== undefined || m.toolCalls.length > 0)) {
    const generations = generationMessages(a['output.value']);
    if (generations.length > 0) {
      output = generations;
      outputSource = 'the generations in output.value';
    }
  }
  if (input.length === 0 && output.length === 0) return undefined;
  return { input, output, outputSource };
}

/** The AI messages of a serialized LangChain chat result ({generations:[[{text, message}]]}). */
function generationMessages(value: unknown): ChatMessage[] {
  const calls = toolCallsOfGenerations(value);
  const out: ChatMessage[] = [];
  const rows = field(decodeJsonish(value), 'generations');
  for (const row of Array.isArray(rows) ? rows : []) {
    for (const gen of Array.isArray(row) ? row : []) {
      const kwargs = field(field(gen, 'message'), 'kwargs');
      const text = textOfContent(field(kwargs, 'content')) ?? textOfContent(field(gen, 'text'));
      out.push({ role: 'assistant', ...(text !== undefined ? { text } : {}), toolCalls: [], toolResults: [] });
    }
  }
  if (out.length > 0) out[out.length - 1].toolCalls = calls;
  else if (calls.length > 0) out.push({ role: 'assistant', toolCalls: calls, toolResults: [] });
  return out;
}
