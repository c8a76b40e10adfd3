// Chat messages in the shapes instrumentations record them, read into one ChatMessage form
// (types.ts) so the converter finds the answer, the tool calls and the tool results the same
// way whatever the convention:
// - GenAI "parts" messages (gen_ai.input.messages / gen_ai.output.messages, semconv 1.37+):
//   [{role, parts:[{type:"text", content} | {type:"tool_call", id, call_id?, name, arguments} |
//   {type:"tool_call_response", id, call_id?, response} | {type:"reasoning"...}]}];
// - OpenAI-style messages (the GenAI contrib events' bodies, OpenLLMetry's legacy attributes,
//   older gen_ai.prompt/gen_ai.completion JSON): {role, content, tool_calls:[{id,
//   function:{name, arguments}}], tool_call_id | id};
// - content that is a string, or a list of blocks ({type:"text"|"output_text", text}).
// Reasoning and images are never the answer; refusals are (they are what the user sees).
import { asArray, decodeJsonish, field, isRecord, str } from '../spans.js';
import type { ChatMessage, ToolCallRef } from './types.js';

const TEXT_PART_TYPES = new Set(['text', 'output_text', 'input_text', 'refusal']);

/** The text of message content: a string, or the text blocks of a list joined; undefined without text. */
export function textOfContent(content: unknown): string | undefined {
  if (typeof content === 'string') return content === '' ? undefined : content;
  if (!Array.isArray(content)) return undefined;
  const texts: string[] = [];
  for (const block of content) {
    if (typeof block === 'string') texts.push(block);
    else if (isRecord(block)) {
      const type = str(block.type);
      if (type !== undefined && !TEXT_PART_TYPES.has(type)) continue;
      const text = block.text ?? block.content ?? block.refusal;
      if (typeof text === 'string') texts.push(text);
    }
  }
  const joined = texts.join('');
  return joined === '' ? undefined : joined;
}

/** GenAI "parts" messages (a JSON string or a decoded list). */
export function partsMessages(value: unknown): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const m of asArray(decodeJsonish(value))) {
    if (!isRecord(m)) continue;
    const message: ChatMessage = { role: str(m.role) ?? 'assistant', toolCalls: [], toolResults: [] };
    const texts: string[] = [];
    for (const p of asArray(m.parts)) {
      const type = str(field(p, 'type'));
      const callId = str(field(p, 'call_id')) ?? str(field(p, 'id'));
      if (type === 'text' || type === 'refusal') {
        const text = field(p, 'content') ?? field(p, 'text') ?? field(p, 'refusal');
        if (typeof text === 'string') texts.push(text);
      } else if (type === 'tool_call') {
        const name = str(field(p, 'name'));
        if (name) message.toolCalls.push({ id: callId, name, args: decodeJsonish(field(p, 'arguments')) });
      } else if (type === 'tool_call_response' && callId) {
        message.toolResults.push({ id: callId, value: decodeJsonish(field(p, 'response') ?? field(p, 'result')) });
      }
    }
    // Older shapes put a plain `content` beside (or instead of) parts.
    if (texts.length === 0 && m.parts === undefined) {
      const text = textOfContent(m.content);
      if (text !== undefined) texts.push(text);
    }
    const text = texts.join('');
    if (text !== '') message.text = text;
    out.push(message);
  }
  return out;
}

/** Tool calls of an OpenAI-style message: [{id, function:{name, arguments}}] or [{id, name, arguments}]. */
export function openAiToolCalls(value: unknown): ToolCallRef[] {
  const out: ToolCallRef[] = [];
  for (const c of asArray(decodeJsonish(value))) {
    const fn = field(c, 'function');
    const name = str(field(fn, 'name')) ?? str(field(c, 'name'));
    if (name) out.push({ id: str(field(c, 'id')), name, args: decodeJsonish(field(fn, 'arguments') ?? field(c, 'arguments') ?? field(c, 'args')) });
  }
  return out;
}

/** One OpenAI-style message ({role, content, tool_calls, tool_call_id | id}); `role` when it names none. */
export function openAiMessage(value: unknown, role: string): ChatMessage {
  const m = decodeJsonish(value);
  const message: ChatMessage = { role: str(field(m, 'role')) ?? role, toolCalls: openAiToolCalls(field(m, 'tool_calls')), toolResults: [] };
  const text = textOfContent(field(m, 'content'));
  if (message.role === 'tool') {
    const id = str(field(m, 'tool_call_id')) ?? str(field(m, 'id'));
    if (id) message.toolResults.push({ id, value: decodeJsonish(field(m, 'content')) });
  } else if (text !== undefined) message.text = text;
  return message;
}

/** The reply of a model call: the text of its last assistant message that has text, else undefined. */
export function replyText(output: readonly ChatMessage[]): string | undefined {
  return [...output].reverse().find((m) => m.role !== 'tool' && m.role !== 'user' && m.text !== undefined && m.text.trim() !== '')?.text;
}
