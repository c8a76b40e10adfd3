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
//   llm.usage.*), output from gen_ai.completion.<i>.content
// - workflow, agent, other tasks -> structure
// Current OpenLLMetry LLM spans carry only gen_ai.* and are converted by the GenAI module.
import type { Step } from '../../types.js';
import { asArray, decodeAnswer, decodeJsonish, field, isRecord, str, type FlatSpan } from '../spans.js';
import { finishStep, setUsage } from './common.js';
import { GENERIC_TOOL_CLASSES, toolMessageOf } from './langchain.js';
import { OUTPUT_RANK, type Convention, type SpanResult } from './types.js';

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
    if (isToolSpan(span)) {
      const message = toolMessageOf(a['traceloop.entity.output']);
      const byId = message?.toolCallId ? ctx.callById(message.toolCallId) : undefined;
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
    return { kind: 'step', step: finishStep(step, span), notes };
  },
  output(span) {
    if (requestType(span) === undefined) return undefined;
    // gen_ai.completion.<i>.content, the last assistant completion.
    const entries = Object.entries(span.attrs)
      .map(([k, v]) => [/^gen_ai\.completion\.(\d+)\.content$/.exec(k)?.[1], v] as const)
      .filter((e): e is readonly [string, unknown] => e[0] !== undefined && typeof e[1] === 'string')
      .sort((x, y) => Number(x[0]) - Number(y[0]));
    const last = entries[entries.length - 1];
    return last ? { rank: OUTPUT_RANK.llm, value: decodeAnswer(last[1] as string) } : undefined;
  },
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
