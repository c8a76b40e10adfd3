// LangChain / LangGraph callbacks -> native steps. A plain handler object (LangChain accepts
// objects with handle* methods in `callbacks`), so the kit needs no LangChain dependency.
//
// - a chat model / LLM run -> llm step (name: run name; model: ls_model_name metadata, else the
//   invocation params, else response_metadata.model_name; tokens: usage_metadata, else
//   llmOutput.tokenUsage); its tool calls are remembered by id
// - a tool run -> tool step (name: the run name, which LangChain sets to the tool's own name;
//   args: the model's tool call with the run's tool call id, else the JSON tool input;
//   result: the ToolMessage content, status "error" when the ToolMessage says so or the tool threw)
import { decodeJsonString as decode, isObj, type Obj, type TrialRecorder } from './recorder.js';


/** kwargs of a LangChain message, serialized ({lc, kwargs}) or live (the instance's own fields). */
function messageFields(m: unknown): Obj | undefined {
  if (!isObj(m)) return undefined;
  return isObj(m.kwargs) && m.lc === 1 ? m.kwargs : m;
}

interface Run {
  kind: 'llm' | 'tool';
  name: string;
  started: number;
  model?: string;
  input?: string;
  toolCallId?: string;
}

/** LangChain callback handlers that record every model and tool call of a run into `recorder`. */
export function langchainCallbacks(recorder: TrialRecorder): Obj {
  const runs = new Map<string, Run>();
  const calls = new Map<string, unknown>();
  const serializedName = (s: unknown): string | undefined => {
    const id = isObj(s) && Array.isArray(s.id) ? s.id : [];
    return (isObj(s) && typeof s.name === 'string' ? s.name : undefined) ?? (typeof id[id.length - 1] === 'string' ? (id[id.length - 1] as string) : undefined);
  };
  const startModel = (llm: unknown, runId: string, extra: unknown, metadata: unknown, runName: unknown) => {
    const params = isObj(extra) && isObj(extra.invocation_params) ? extra.invocation_params : {};
    const model = (isObj(metadata) && typeof metadata.ls_model_name === 'string' ? metadata.ls_model_name : undefined) ?? (typeof params.model === 'string' ? params.model : typeof params.model_name === 'string' ? params.model_name : undefined);
    runs.set(runId, { kind: 'llm', name: typeof runName === 'string' ? runName : (serializedName(llm) ?? 'llm'), started: Date.now(), ...(model ? { model } : {}) });
  };
  return {
    name: 'evalgate',
    // Recorded steps must be complete when the agent returns: run handlers inline, not in the background.
    awaitHandlers: true,
    handleChatModelStart(llm: unknown, _messages: unknown, runId: string, _parent?: string, extra?: unknown, _tags?: unknown, metadata?: unknown, runName?: unknown) {
      startModel(llm, runId, extra, metadata, runName);
    },
    handleLLMStart(llm: unknown, _prompts: unknown, runId: string, _parent?: string, extra?: unknown, _tags?: unknown, metadata?: unknown, runName?: unknown) {
      startModel(llm, runId, extra, metadata, runName);
    },
    handleLLMEnd(output: unknown, runId: string) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (!run) return;
      const gens = isObj(output) && Array.isArray(output.generations) ? output.generations.flat() : [];
      const message = messageFields(isObj(gens[0]) ? gens[0].message : undefined);
      const usage = message && isObj(message.usage_metadata) ? message.usage_metadata : undefined;
      const tokenUsage = isObj(output) && isObj(output.llmOutput) && isObj(output.llmOutput.tokenUsage) ? output.llmOutput.tokenUsage : undefined;
      const meta = message && isObj(message.response_metadata) ? message.response_metadata : {};
      for (const g of gens) {
        const m = messageFields(isObj(g) ? g.message : undefined);
        for (const call of m && Array.isArray(m.tool_calls) ? m.tool_calls : []) if (isObj(call) && typeof call.id === 'string') calls.set(call.id, call.args);
      }
      const input = typeof usage?.input_tokens === 'number' ? usage.input_tokens : typeof tokenUsage?.promptTokens === 'number' ? tokenUsage.promptTokens : undefined;
      const outputTokens = typeof usage?.output_tokens === 'number' ? usage.output_tokens : typeof tokenUsage?.completionTokens === 'number' ? tokenUsage.completionTokens : undefined;
      const model = run.model ?? (typeof meta.model_name === 'string' ? meta.model_name : typeof meta.model === 'string' ? meta.model : undefined);
      recorder.step({
        type: 'llm',
        name: run.name,
        ...(model ? { model } : {}),
        ...(input !== undefined ? { input_tokens: input } : {}),
        ...(outputTokens !== undefined ? { output_tokens: outputTokens } : {}),
        status: 'ok',
        latency_ms: Date.now() - run.started,
        started_at: run.started,
      });
    },
    handleLLMError(err: unknown, runId: string) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (run) recorder.step({ type: 'llm', name: run.name, ...(run.model ? { model: run.model } : {}), status: 'error', error: String(err instanceof Error ? err.message : err), latency_ms: Date.now() - run.started, started_at: run.started });
    },
    handleToolStart(tool: unknown, input: string, runId: string, _parent?: string, _tags?: unknown, _metadata?: unknown, runName?: unknown, toolCallId?: unknown) {
      runs.set(runId, {
        kind: 'tool',
        name: typeof runName === 'string' ? runName : (serializedName(tool) ?? 'unknown_tool'),
        started: Date.now(),
        input,
        ...(typeof toolCallId === 'string' ? { toolCallId } : {}),
      });
    },
    handleToolEnd(output: unknown, runId: string) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (!run) return;
      const message = messageFields(output);
      const isToolMessage = message !== undefined && 'tool_call_id' in message;
      const callId = run.toolCallId ?? (isToolMessage && typeof message.tool_call_id === 'string' ? message.tool_call_id : undefined);
      const args = callId !== undefined && calls.has(callId) ? calls.get(callId) : decode(run.input);
      const failed = isToolMessage && message.status === 'error';
      const result = isToolMessage ? decode(message.content) : decode(output);
      recorder.step({
        type: 'tool',
        name: isToolMessage && typeof message.name === 'string' && message.name ? message.name : run.name,
        ...(args !== undefined ? { args } : {}),
        result,
        status: failed ? 'error' : 'ok',
        ...(failed ? { error: typeof result === 'string' ? result : JSON.stringify(result) } : {}),
        latency_ms: Date.now() - run.started,
        started_at: run.started,
      });
    },
    handleToolError(err: unknown, runId: string) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (!run) return;
      const args = run.toolCallId !== undefined && calls.has(run.toolCallId) ? calls.get(run.toolCallId) : decode(run.input);
      recorder.step({ type: 'tool', name: run.name, ...(args !== undefined ? { args } : {}), status: 'error', error: String(err instanceof Error ? err.message : err), latency_ms: Date.now() - run.started, started_at: run.started });
    },
  };
}
