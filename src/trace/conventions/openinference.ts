// OpenInference (Arize Phoenix) spans: openinference.span.kind LLM | TOOL | EMBEDDING | CHAIN | AGENT | ...
//
// - LLM -> llm step (name: span name; model llm.model_name; tokens llm.token_count.prompt/completion;
//   cost llm.cost.total)
// - TOOL -> tool step (name tool.name, else the span name; args input.value when it is a JSON
//   object, else the model's matching tool call; result output.value, unwrapping LangChain's ToolMessage)
// - EMBEDDING -> embeddings step; every other kind -> structure
// - output: the last LLM span's last assistant message in llm.output_messages.*
import type { Step } from '../../types.js';
import { decodeAnswer, decodeJsonish, isRecord, str, type FlatSpan } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { toolCallsOfGenerations, toolMessageOf } from './langchain.js';
import { OUTPUT_RANK, type Convention, type SpanResult, type ToolCallRef } from './types.js';

const kind = (span: FlatSpan): string | undefined => str(span.attrs['openinference.span.kind'])?.toUpperCase();

/** OpenInference semantic conventions. */
export const openInference: Convention = {
  id: 'openinference',
  label: 'OpenInference (openinference.span.kind)',
  matches: (span) => kind(span) !== undefined,
  toolCalls(span) {
    if (kind(span) !== 'LLM') return [];
    const calls = indexedToolCalls(span.attrs);
    return calls.length > 0 ? calls : toolCallsOfGenerations(span.attrs['output.value']);
  },
  convert(span, ctx): SpanResult {
    const a = span.attrs;
    const k = kind(span);
    const notes: string[] = [];
    let step: Step;
    if (k === 'TOOL') {
      const message = toolMessageOf(a['output.value']);
      const byId = message?.toolCallId ? ctx.callById(message.toolCallId) : undefined;
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
    return { kind: 'step', step: finishStep(step, span), notes };
  },
  output(span) {
    if (kind(span) !== 'LLM') return undefined;
    const messages = indexedMessages(span.attrs, 'llm.output_messages');
    const last = [...messages].reverse().find((m) => m.role === 'assistant' && typeof m.content === 'string' && m.content !== '');
    return last ? { rank: OUTPUT_RANK.llm, value: decodeAnswer(last.content as string) } : undefined;
  },
};

/** Flattened messages `<prefix>.<i>.message.role/content`, in index order. */
function indexedMessages(a: Record<string, unknown>, prefix: string): Array<{ role?: string; content?: unknown }> {
  const out: Array<{ role?: string; content?: unknown }> = [];
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.message\\.(role|content)$`);
  for (const [key, value] of Object.entries(a)) {
    const m = re.exec(key);
    if (!m) continue;
    const i = Number(m[1]);
    out[i] ??= {};
    out[i][m[2] as 'role' | 'content'] = value as string;
  }
  return out.filter(Boolean);
}

/** Tool calls in llm.output_messages.<i>.message.tool_calls.<j>.tool_call.{id, function.name, function.arguments}. */
function indexedToolCalls(a: Record<string, unknown>): ToolCallRef[] {
  const calls = new Map<string, { id?: string; name?: string; args?: unknown }>();
  const re = /^llm\.output_messages\.(\d+)\.message\.tool_calls\.(\d+)\.tool_call\.(id|function\.name|function\.arguments)$/;
  for (const [key, value] of Object.entries(a)) {
    const m = re.exec(key);
    if (!m) continue;
    const slot = `${m[1].padStart(6, '0')}.${m[2].padStart(6, '0')}`;
    const call = calls.get(slot) ?? {};
    if (m[3] === 'id') call.id = str(value);
    else if (m[3] === 'function.name') call.name = str(value);
    else call.args = decodeJsonish(value);
    calls.set(slot, call);
  }
  return [...calls.entries()]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .flatMap(([, c]) => (c.name ? [{ id: c.id, name: c.name, args: c.args }] : []));
}
