// Vercel AI SDK telemetry spans (`experimental_telemetry` in v3-v6, `LegacyOpenTelemetry` in v7).
//
// - ai.generateText.doGenerate, ai.streamText.doStream, ai.generateObject.doGenerate,
//   ai.streamObject.doStream -> llm step (model ai.response.model ?? ai.model.id; tokens
//   ai.usage.inputTokens/outputTokens, v3/v4 promptTokens/completionTokens, else gen_ai.usage.*)
// - ai.toolCall -> tool step (ai.toolCall.name, ai.toolCall.args|input, ai.toolCall.result|output)
// - ai.embed.doEmbed, ai.embedMany.doEmbed -> embeddings step (ai.usage.tokens)
// - the root calls (ai.generateText, ai.streamText, ...) -> structure; their
//   ai.response.text / ai.response.object is the final output
// - messages of a model call: ai.prompt.messages (tool results as tool-result parts) and
//   ai.response.text / ai.response.toolCalls
// The operation is ai.operationId when present (it survives custom span names), else the span name.
import type { Step } from '../../types.js';
import { asArray, decodeAnswer, decodeJsonish, field, isRecord, str, type FlatSpan } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { textOfContent } from './messages.js';
import { OUTPUT_RANK, type ChatMessage, type Convention, type SpanResult, type ToolCallRef } from './types.js';

const LLM_CALLS = new Set(['ai.generateText.doGenerate', 'ai.streamText.doStream', 'ai.generateObject.doGenerate', 'ai.streamObject.doStream']);
const ROOT_CALLS = new Set(['ai.generateText', 'ai.streamText', 'ai.generateObject', 'ai.streamObject']);
const EMBED_CALLS = new Set(['ai.embed.doEmbed', 'ai.embedMany.doEmbed']);

const operation = (span: FlatSpan): string => str(span.attrs['ai.operationId']) ?? span.name;

/** The AI SDK's `ai.*` spans. */
export const aiSdk: Convention = {
  id: 'ai_sdk',
  label: 'Vercel AI SDK telemetry (ai.* spans)',
  matches: (span) => operation(span).startsWith('ai.') && (str(span.attrs['ai.operationId']) !== undefined || /^ai\.[a-zA-Z]+(\.|$)/.test(span.name)),
  conversation(span) {
    if (!LLM_CALLS.has(operation(span))) return undefined;
    const a = span.attrs;
    const input = asArray(decodeJsonish(a['ai.prompt.messages'])).map(promptMessage);
    const reply: ChatMessage = { role: 'assistant', toolCalls: responseToolCalls(a['ai.response.toolCalls']), toolResults: [] };
    const text = typeof a['ai.response.text'] === 'string' ? a['ai.response.text'] : typeof a['ai.response.object'] === 'string' ? a['ai.response.object'] : undefined;
    if (text !== undefined && text !== '') reply.text = text;
    return { input, output: [reply], outputSource: 'ai.response.text' };
  },
  toolCallId: (span) => (operation(span) === 'ai.toolCall' ? str(span.attrs['ai.toolCall.id']) : undefined),
  outputPlaces: 'ai.response.text / ai.response.object of the root ai.generateText (streamText, ...) span, else of the last doGenerate/doStream span',
  convert(span, ctx): SpanResult {
    const a = span.attrs;
    const op = operation(span);
    const notes: string[] = [];
    let step: Step;
    if (op === 'ai.toolCall') {
      const id = str(a['ai.toolCall.id']);
      const call = id ? ctx.callById(id) : undefined;
      let name = str(a['ai.toolCall.name']);
      if (!name) {
        name = call?.name;
        notes.push(name ? 'tool name taken from the model tool call (no ai.toolCall.name)' : 'no ai.toolCall.name on the span');
      }
      step = { type: 'tool', name: name ?? 'unknown_tool' };
      const args = a['ai.toolCall.args'] ?? a['ai.toolCall.input'];
      if (args !== undefined) step.args = decodeJsonish(args);
      else if (call?.args !== undefined) step.args = call.args;
      const result = a['ai.toolCall.result'] ?? a['ai.toolCall.output'];
      if (result !== undefined) step.result = decodeJsonish(result);
    } else if (LLM_CALLS.has(op)) {
      step = { type: 'llm', name: str(a['ai.telemetry.functionId']) ?? op };
      const model = str(a['ai.response.model']) ?? str(a['ai.model.id']) ?? str(a['gen_ai.response.model']) ?? str(a['gen_ai.request.model']);
      if (model !== undefined) step.model = model;
      setUsage(step, a, {
        input: ['ai.usage.inputTokens', 'ai.usage.promptTokens', 'gen_ai.usage.input_tokens'],
        output: ['ai.usage.outputTokens', 'ai.usage.completionTokens', 'gen_ai.usage.output_tokens'],
        cached: ['ai.usage.inputTokenDetails.cacheReadTokens', 'ai.usage.cachedInputTokens'],
      });
    } else if (EMBED_CALLS.has(op)) {
      step = { type: 'embeddings', name: op };
      const model = str(a['ai.model.id']);
      if (model !== undefined) step.model = model;
      setUsage(step, a, { input: ['ai.usage.tokens'], output: [] });
    } else {
      return { kind: 'structure' };
    }
    const callId = op === 'ai.toolCall' ? str(a['ai.toolCall.id']) : undefined;
    return { kind: 'step', step: finishStep(step, span), notes, ...(callId ? { callId } : {}) };
  },
  output(span) {
    if (!ROOT_CALLS.has(operation(span))) return undefined;
    const a = span.attrs;
    if (typeof a['ai.response.object'] === 'string') return { rank: OUTPUT_RANK.agent, value: decodeJsonish(a['ai.response.object']), source: `ai.response.object of ${operation(span)}` };
    if (typeof a['ai.response.text'] === 'string') return { rank: OUTPUT_RANK.agent, value: decodeAnswer(a['ai.response.text']), source: `ai.response.text of ${operation(span)}` };
    return undefined;
  },
};

function responseToolCalls(value: unknown): ToolCallRef[] {
  const out: ToolCallRef[] = [];
  for (const c of asArray(decodeJsonish(value))) {
    const name = str(field(c, 'toolName'));
    if (name) out.push({ id: str(field(c, 'toolCallId')), name, args: decodeJsonish(field(c, 'input') ?? field(c, 'args')) });
  }
  return out;
}

/** One message of ai.prompt.messages: content is a string or parts (text, tool-call, tool-result). */
function promptMessage(m: unknown): ChatMessage {
  const message: ChatMessage = { role: str(field(m, 'role')) ?? 'user', toolCalls: [], toolResults: [] };
  const content = field(m, 'content');
  const text = textOfContent(content);
  if (text !== undefined && message.role !== 'tool') message.text = text;
  for (const p of asArray(content)) {
    const type = field(p, 'type');
    const id = str(field(p, 'toolCallId'));
    if (type === 'tool-call') {
      const name = str(field(p, 'toolName'));
      if (name) message.toolCalls.push({ id, name, args: decodeJsonish(field(p, 'input') ?? field(p, 'args')) });
    } else if (type === 'tool-result' && id) {
      // v5+: output {type: "json"|"text", value}; v3/v4: result.
      const output = field(p, 'output');
      message.toolResults.push({ id, value: isRecord(output) && 'value' in output ? decodeJsonish(output.value) : decodeJsonish(output ?? field(p, 'result')) });
    }
  }
  return message;
}
