// OpenLLMetry (Traceloop) spans: traceloop.span.kind workflow | task | agent | tool, and the
// older LLM spans marked by llm.request.type.
//
// - a tool span (traceloop.span.kind tool, or task with gen_ai.operation.name execute_tool or
//   a name "execute_tool ...") -> tool step. Its name: gen_ai.tool.name, else
//   traceloop.entity.name unless it is a LangChain class name (DynamicStructuredTool...), else
//   the name in the ToolMessage it returned, else the model's matching tool call; never the
//   class name. Args: gen_ai.tool.call.arguments, else traceloop.entity.input ({"args":[json]},
//   {"input": ...} or an object), else the model's matching tool call.
// - llm.request.type chat | completion -> llm step (gen_ai.usage.prompt/completion_tokens,
//   llm.usage.*); messages gen_ai.prompt.<i>.{role, content, tool_call_id} and
//   gen_ai.completion.<i>.{role, content, tool_calls.<j>.{id, name, arguments}}
// - workflow, agent, other tasks -> structure
// Current OpenLLMetry LLM spans carry only gen_ai.* and are converted by the GenAI module.
import type { Step } from '../../types.js';
import { asArray, decodeJsonish, field, isRecord, str, type FlatSpan } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { GENERIC_TOOL_CLASSES, toolMessageOf } from './langchain.js';
import { textOfContent } from './messages.js';
import type { ChatMessage, Convention, SpanResult } from './types.js';

const spanKind = (span: FlatSpan): string | undefined => str(span.attrs['traceloop.span.kind']);
const requestType = (span: FlatSpan): string | undefined => str(span.attrs['llm.request.type']);

function isToolSpan(span: FlatSpan): boolean {
  const k = spanKind(span);
  return k === 'tool' || (k === 'task' && (span.attrs['gen_ai.operation.name'] === 'execute_tool' || /^execute_tool\b/.test(span.name)));
}

/** OpenLLMetry / Traceloop conventions. */
export const openLlmetry: Convention = {
  id: 'openllmetry',
  label: 'OpenLLMetry / Traceloop (traceloop.*)',
  matches: (span) => spanKind(span) !== undefined || requestType(span) !== undefined,
  convert(span, ctx): SpanResult {
    const a = span.attrs;
    const notes: string[] = [];
    let step: Step;
    let callId: string | undefined;
    if (isToolSpan(span)) {
      const message = toolMessageOf(a['traceloop.entity.output']);
      callId = message?.toolCallId;
      const byId = callId ? ctx.callById(callId) : undefined;
      const entity = str(a['traceloop.entity.name']);
      let name = str(a['gen_ai.tool.name']) ?? (entity && !GENERIC_TOOL_CLASSES.has(entity) ? entity : undefined);
      if (!name) {
        name = message?.name ?? byId?.name;
        const call = name ? undefined : ctx.nextCall();
        name ??= call?.name;
        notes.push(
          name
            ? `tool name taken from the ${message?.name ? 'tool message' : 'model tool call'} (the span names only the class ${entity ?? span.name})`
            : `tool name unknown: the span names only the class ${entity ?? span.name}`,
        );
      }
      step = { type: 'tool', name: name ?? 'unknown_tool' };
      const args = 'gen_ai.tool.call.arguments' in a ? decodeJsonish(a['gen_ai.tool.call.arguments']) : entityArgs(a['traceloop.entity.input']);
      if (args !== undefined) step.args = args;
      else {
        const call = byId ?? ctx.nextCall(step.name);
        if (call?.args !== undefined) step.args = call.args;
      }
      if (message) {
        step.result = message.content;
        if (message.status === 'error') {
          step.status = 'error';
          step.error = typeof message.content === 'string' ? message.content : JSON.stringify(message.content);
        }
      } else if ('gen_ai.tool.call.result' in a) step.result = decodeJsonish(a['gen_ai.tool.call.result']);
      else if ('traceloop.entity.output' in a) step.result = decodeJsonish(a['traceloop.entity.output']);
    } else if (requestType(span) === 'chat' || requestType(span) === 'completion') {
      step = { type: 'llm', name: span.name || requestType(span)! };
      const model = str(a['gen_ai.response.model']) ?? str(a['gen_ai.request.model']) ?? str(a['llm.response.model']) ?? str(a['llm.request.model']);
      if (model !== undefined) step.model = model;
      setUsage(step, a, {
        input: ['gen_ai.usage.input_tokens', 'gen_ai.usage.prompt_tokens', 'llm.usage.prompt_tokens'],
        output: ['gen_ai.usage.output_tokens', 'gen_ai.usage.completion_tokens', 'llm.usage.completion_tokens'],
      });
    } else {
      return { kind: 'structure' };
    }
    return { kind: 'step', step: finishStep(step, span), notes, ...(callId ? { callId } : {}) };
  },
  toolCallId: (span) => (isToolSpan(span) ? toolMessageOf(span.attrs['traceloop.entity.output'])?.toolCallId : undefined),
  conversation(span) {
    if (requestType(span) === undefined) return undefined;
    const input = legacyMessages(span.attrs, 'gen_ai.prompt', 'user');
    const output = legacyMessages(span.attrs, 'gen_ai.completion', 'assistant');
    return input.length === 0 && output.length === 0 ? undefined : { input, output, outputSource: 'gen_ai.completion.N.content' };
  },
  outputPlaces: 'of the last model call (llm.request.type): gen_ai.completion.N.content',
};

/** Tool arguments in traceloop.entity.input: {"args":["<json>"]}, {"input": ...}, or the object itself. */
function entityArgs(value: unknown): unknown {
  const v = decodeJsonish(value);
  if (v === undefined) return undefined;
  const args = field(v, 'args');
  if (Array.isArray(args) && args.length > 0) {
    const first = decodeJsonish(args[0]);
    return isRecord(first) || asArray(args).length === 1 ? first : args.map(decodeJsonish);
  }
  const input = field(v, 'input');
  if (input !== undefined) return decodeJsonish(input);
  return isRecord(v) ? v : undefined;
}

/** Legacy indexed messages `<prefix>.<i>.{role, content, tool_call_id, tool_calls.<j>.{id, name, arguments}}`. */
function legacyMessages(a: Record<string, unknown>, prefix: string, role: string): ChatMessage[] {
  type Slot = { role?: string; content?: unknown; toolCallId?: string; calls: Map<number, Record<string, unknown>> };
  const slots = new Map<number, Slot>();
  const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.(role|content|tool_call_id|tool_calls\\.(\\d+)\\.(id|name|arguments))$`);
  for (const [key, value] of Object.entries(a)) {
    const m = re.exec(key);
    if (!m) continue;
    const slot: Slot = slots.get(Number(m[1])) ?? { calls: new Map() };
    slots.set(Number(m[1]), slot);
    if (m[2] === 'role') slot.role = str(value);
    else if (m[2] === 'content') slot.content = value;
    else if (m[2] === 'tool_call_id') slot.toolCallId = str(value);
    else {
      const call = slot.calls.get(Number(m[3])) ?? {};
      call[m[4]] = value;
      slot.calls.set(Number(m[3]), call);
    }
  }
  return [...slots.entries()]
    .sort(([x], [y]) => x - y)
    .map(([, slot]) => {
      const message: ChatMessage = { role: slot.role ?? role, toolCalls: [], toolResults: [] };
      for (const [, c] of [...slot.calls.entries()].sort(([x], [y]) => x - y)) {
        const name = str(c.name);
        if (name) message.toolCalls.push({ id: str(c.id), name, args: decodeJsonish(c.arguments) });
      }
      const text = textOfContent(slot.content);
      if (message.role === 'tool') {
        if (slot.toolCallId) message.toolResults.push({ id: slot.toolCallId, value: decodeJsonish(slot.content) });
      } else if (text !== undefined) message.text = text;
      return message;
    });
}
