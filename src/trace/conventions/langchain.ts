// LangChain's serialized messages, as OpenInference and OpenLLMetry record them in span
// input/output values: {lc:1, type:"constructor", id:[..., "ToolMessage"], kwargs:{...}}.
import { asArray, decodeJsonish, field, isRecord, str } from '../spans.js';
import type { ToolCallRef } from './types.js';

/** A ToolMessage found in `value` (itself, or under `output`), decoded. */
export function toolMessageOf(value: unknown): { name?: string; content: unknown; toolCallId?: string; status?: string } | undefined {
  const v = decodeJsonish(value);
  for (const candidate of [v, field(v, 'output')]) {
    const id = asArray(field(candidate, 'id'));
    const kwargs = field(candidate, 'kwargs');
    if (field(candidate, 'lc') === 1 && id[id.length - 1] === 'ToolMessage' && isRecord(kwargs)) {
      return { name: str(kwargs.name), content: decodeJsonish(kwargs.content), toolCallId: str(kwargs.tool_call_id), status: str(kwargs.status) };
    }
  }
  return undefined;
}

/** Tool calls of the AI messages in a serialized chat result ({generations:[[{message}]]}). */
export function toolCallsOfGenerations(value: unknown): ToolCallRef[] {
  const out: ToolCallRef[] = [];
  for (const row of asArray(field(decodeJsonish(value), 'generations'))) {
    for (const gen of asArray(row)) {
      const kwargs = field(field(gen, 'message'), 'kwargs');
      for (const call of asArray(field(kwargs, 'tool_calls'))) {
        const name = str(field(call, 'name'));
        if (name) out.push({ id: str(field(call, 'id')), name, args: field(call, 'args') });
      }
    }
  }
  return out;
}

/** LangChain tool class names that instrumentations report instead of the tool's own name. */
export const GENERIC_TOOL_CLASSES = new Set(['DynamicStructuredTool', 'DynamicTool', 'StructuredTool', 'Tool', 'BaseTool', 'ToolNode']);
