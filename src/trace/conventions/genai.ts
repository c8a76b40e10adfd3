// OpenTelemetry GenAI semantic conventions (gen_ai.*), current and deprecated attribute names.
//
// - gen_ai.operation.name chat | text_completion | generate_content -> llm step
//   (model: gen_ai.response.model ?? gen_ai.request.model)
// - execute_tool, or gen_ai.tool.name without an operation -> tool step (name gen_ai.tool.name,
//   else the span name after "execute_tool "; args/result gen_ai.tool.call.arguments/.result,
//   else the matching tool call in gen_ai.output.messages / tool_call_response in the
//   gen_ai.input.messages of a later model call, matched by gen_ai.tool.call.id)
// - embeddings -> embeddings step (kept so their tokens and cost count)
// - invoke_agent, create_agent, invoke_workflow, workflow and others -> structure
// - tokens gen_ai.usage.input_tokens/output_tokens (deprecated prompt_tokens/completion_tokens)
// - output: gen_ai.output.messages of the last invoke_agent span, else of the last llm span
import type { Step } from '../../types.js';
import { asArray, decodeAnswer, decodeJsonish, field, str, type FlatSpan } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { OUTPUT_RANK, type Convention, type ConversionContext, type SpanResult, type ToolCallRef } from './types.js';

const LLM_OPERATIONS = new Set(['chat', 'text_completion', 'generate_content']);

const op = (span: FlatSpan): string | undefined => str(span.attrs['gen_ai.operation.name']);

/** The GenAI semantic conventions. */
export const genAi: Convention = {
  id: 'gen_ai',
  label: 'OpenTelemetry GenAI semantic conventions (gen_ai.*)',
  matches: (span) => op(span) !== undefined || str(span.attrs['gen_ai.tool.name']) !== undefined,
  toolCalls: (span) => (LLM_OPERATIONS.has(op(span) ?? '') ? toolCallsOfMessages(span.attrs['gen_ai.output.messages']) : []),
  toolResponses: (span) => (LLM_OPERATIONS.has(op(span) ?? '') ? toolResponsesOfMessages(span.attrs['gen_ai.input.messages']) : []),
  convert,
  output(span) {
    const o = op(span);
    if (!('gen_ai.output.messages' in span.attrs)) return undefined;
    if (o === 'invoke_agent') return { rank: OUTPUT_RANK.agent, value: outputFromMessages(span.attrs['gen_ai.output.messages']) };
    if (LLM_OPERATIONS.has(o ?? '')) return { rank: OUTPUT_RANK.llm, value: outputFromMessages(span.attrs['gen_ai.output.messages']) };
    return undefined;
  },
};

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
  return { kind: 'step', step: finishStep(step, span), notes };
}

/** Tool calls in gen_ai.output.messages ([{role, parts:[{type:"tool_call", id, name, arguments}]}]). */
export function toolCallsOfMessages(value: unknown): ToolCallRef[] {
  const out: ToolCallRef[] = [];
  for (const m of asArray(decodeJsonish(value))) {
    for (const p of asArray(field(m, 'parts'))) {
      const name = str(field(p, 'name'));
      if (field(p, 'type') === 'tool_call' && name) out.push({ id: str(field(p, 'id')), name, args: decodeJsonish(field(p, 'arguments')) });
    }
  }
  return out;
}

/** Tool results in gen_ai.input.messages ([{role:"tool", parts:[{type:"tool_call_response", id, response}]}]). */
export function toolResponsesOfMessages(value: unknown): Array<{ id: string; value: unknown }> {
  const out: Array<{ id: string; value: unknown }> = [];
  for (const m of asArray(decodeJsonish(value))) {
    for (const p of asArray(field(m, 'parts'))) {
      const id = str(field(p, 'id'));
      if (field(p, 'type') === 'tool_call_response' && id) out.push({ id, value: decodeJsonish(field(p, 'response') ?? field(p, 'result')) });
    }
  }
  return out;
}

/** Final text of gen_ai.output.messages ([{role, parts:[{type:"text", content}]}]), JSON-decoded when it is JSON. */
export function outputFromMessages(value: unknown): unknown {
  const messages = decodeJsonish(value);
  if (!Array.isArray(messages) || messages.length === 0) return typeof messages === 'string' ? messages : null;
  const assistant = [...messages].reverse().find((m) => field(m, 'role') === 'assistant');
  const message = (assistant ?? messages[messages.length - 1]) as unknown;
  if (!message || typeof message !== 'object') return null;
  const texts = asArray(field(message, 'parts'))
    .filter((p) => field(p, 'type') === 'text')
    .map((p) => String(field(p, 'content') ?? ''));
  if (texts.length === 0) {
    const content = field(message, 'content');
    return typeof content === 'string' ? decodeAnswer(content) : null;
  }
  return decodeAnswer(texts.join(''));
}
