// src/harness/index.ts
import { createInterface } from "node:readline";

// src/harness/recorder.ts
function createRecorder() {
  const steps = [];
  const outputValue = { set: false, value: void 0 };
  return {
    step(step) {
      const stored = { ...step };
      steps.push(stored);
      return stored;
    },
    drop(step) {
      const i = steps.indexOf(step);
      if (i >= 0) steps.splice(i, 1);
    },
    output(value) {
      outputValue.set = true;
      outputValue.value = value;
    },
    steps,
    outputValue
  };
}
function orderSteps(steps) {
  return steps.map((s, i) => ({ s, i })).sort((x, y) => (x.s.started_at ?? Infinity) - (y.s.started_at ?? Infinity) || x.i - y.i).map(({ s }) => {
    const { started_at: _ignored, ...rest } = s;
    return rest;
  });
}
var isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
function decodeJsonString(v) {
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

// src/harness/langchain.ts
function messageFields(m) {
  if (!isObj(m)) return void 0;
  return isObj(m.kwargs) && m.lc === 1 ? m.kwargs : m;
}
function langchainCallbacks(recorder) {
  const runs = /* @__PURE__ */ new Map();
  const calls = /* @__PURE__ */ new Map();
  const serializedName = (s) => {
    const id = isObj(s) && Array.isArray(s.id) ? s.id : [];
    return (isObj(s) && typeof s.name === "string" ? s.name : void 0) ?? (typeof id[id.length - 1] === "string" ? id[id.length - 1] : void 0);
  };
  const startModel = (llm, runId, extra, metadata, runName) => {
    const params = isObj(extra) && isObj(extra.invocation_params) ? extra.invocation_params : {};
    const model = (isObj(metadata) && typeof metadata.ls_model_name === "string" ? metadata.ls_model_name : void 0) ?? (typeof params.model === "string" ? params.model : typeof params.model_name === "string" ? params.model_name : void 0);
    runs.set(runId, { kind: "llm", name: typeof runName === "string" ? runName : serializedName(llm) ?? "llm", started: Date.now(), ...model ? { model } : {} });
  };
  return {
    name: "evalgate",
    // Recorded steps must be complete when the agent returns: run handlers inline, not in the background.
    awaitHandlers: true,
    handleChatModelStart(llm, _messages, runId, _parent, extra, _tags, metadata, runName) {
      startModel(llm, runId, extra, metadata, runName);
    },
    handleLLMStart(llm, _prompts, runId, _parent, extra, _tags, metadata, runName) {
      startModel(llm, runId, extra, metadata, runName);
    },
    handleLLMEnd(output, runId) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (!run) return;
      const gens = isObj(output) && Array.isArray(output.generations) ? output.generations.flat() : [];
      const message = messageFields(isObj(gens[0]) ? gens[0].message : void 0);
      const usage = message && isObj(message.usage_metadata) ? message.usage_metadata : void 0;
      const tokenUsage = isObj(output) && isObj(output.llmOutput) && isObj(output.llmOutput.tokenUsage) ? output.llmOutput.tokenUsage : void 0;
      const meta = message && isObj(message.response_metadata) ? message.response_metadata : {};
      for (const g of gens) {
        const m = messageFields(isObj(g) ? g.message : void 0);
        for (const call of m && Array.isArray(m.tool_calls) ? m.tool_calls : []) if (isObj(call) && typeof call.id === "string") calls.set(call.id, call.args);
      }
      const input = typeof usage?.input_tokens === "number" ? usage.input_tokens : typeof tokenUsage?.promptTokens === "number" ? tokenUsage.promptTokens : void 0;
      const outputTokens = typeof usage?.output_tokens === "number" ? usage.output_tokens : typeof tokenUsage?.completionTokens === "number" ? tokenUsage.completionTokens : void 0;
      const model = run.model ?? (typeof meta.model_name === "string" ? meta.model_name : typeof meta.model === "string" ? meta.model : void 0);
      recorder.step({
        type: "llm",
        name: run.name,
        ...model ? { model } : {},
        ...input !== void 0 ? { input_tokens: input } : {},
        ...outputTokens !== void 0 ? { output_tokens: outputTokens } : {},
        status: "ok",
        latency_ms: Date.now() - run.started,
        started_at: run.started
      });
    },
    handleLLMError(err, runId) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (run) recorder.step({ type: "llm", name: run.name, ...run.model ? { model: run.model } : {}, status: "error", error: String(err instanceof Error ? err.message : err), latency_ms: Date.now() - run.started, started_at: run.started });
    },
    handleToolStart(tool, input, runId, _parent, _tags, _metadata, runName, toolCallId) {
      runs.set(runId, {
        kind: "tool",
        name: typeof runName === "string" ? runName : serializedName(tool) ?? "unknown_tool",
        started: Date.now(),
        input,
        ...typeof toolCallId === "string" ? { toolCallId } : {}
      });
    },
    handleToolEnd(output, runId) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (!run) return;
      const message = messageFields(output);
      const isToolMessage = message !== void 0 && "tool_call_id" in message;
      const callId = run.toolCallId ?? (isToolMessage && typeof message.tool_call_id === "string" ? message.tool_call_id : void 0);
      const args = callId !== void 0 && calls.has(callId) ? calls.get(callId) : decodeJsonString(run.input);
      const failed = isToolMessage && message.status === "error";
      const result = isToolMessage ? decodeJsonString(message.content) : decodeJsonString(output);
      recorder.step({
        type: "tool",
        name: isToolMessage && typeof message.name === "string" && message.name ? message.name : run.name,
        ...args !== void 0 ? { args } : {},
        result,
        status: failed ? "error" : "ok",
        ...failed ? { error: typeof result === "string" ? result : JSON.stringify(result) } : {},
        latency_ms: Date.now() - run.started,
        started_at: run.started
      });
    },
    handleToolError(err, runId) {
      const run = runs.get(runId);
      runs.delete(runId);
      if (!run) return;
      const args = run.toolCallId !== void 0 && calls.has(run.toolCallId) ? calls.get(run.toolCallId) : decodeJsonString(run.input);
      recorder.step({ type: "tool", name: run.name, ...args !== void 0 ? { args } : {}, status: "error", error: String(err instanceof Error ? err.message : err), latency_ms: Date.now() - run.started, started_at: run.started });
    }
  };
}

// src/harness/openai-agents.ts
function timing(span) {
  const start = span.startedAt ? Date.parse(span.startedAt) : NaN;
  const end = span.endedAt ? Date.parse(span.endedAt) : NaN;
  const out = {};
  if (Number.isFinite(start)) out.started_at = start;
  if (Number.isFinite(start) && Number.isFinite(end) && end >= start) out.latency_ms = end - start;
  return out;
}
function usageOf(u) {
  if (!isObj(u)) return {};
  const input = typeof u.input_tokens === "number" ? u.input_tokens : typeof u.inputTokens === "number" ? u.inputTokens : void 0;
  const output = typeof u.output_tokens === "number" ? u.output_tokens : typeof u.outputTokens === "number" ? u.outputTokens : void 0;
  return { ...input !== void 0 ? { input_tokens: input } : {}, ...output !== void 0 ? { output_tokens: output } : {} };
}
function openAIAgentsProcessor(recorder) {
  const turns = /* @__PURE__ */ new Map();
  const sawModelSpan = /* @__PURE__ */ new Set();
  const spanKey = (span) => span.spanId ?? "";
  return {
    start() {
    },
    async onTraceStart() {
    },
    async onTraceEnd(trace) {
      turns.delete(trace?.traceId ?? "");
      sawModelSpan.delete(trace?.traceId ?? "");
    },
    async onSpanStart(span) {
      const traceId = span.traceId ?? "";
      if (span.spanData?.type !== "turn" || sawModelSpan.has(traceId)) return;
      const stored = recorder.step({ type: "llm", name: String(span.spanData.agent_name ?? "turn"), ...timing(span) });
      const list = turns.get(traceId) ?? /* @__PURE__ */ new Map();
      list.set(spanKey(span), stored);
      turns.set(traceId, list);
    },
    async onSpanEnd(span) {
      const d = span.spanData;
      const traceId = span.traceId ?? "";
      const status = span.error ? { status: "error", error: span.error.message } : { status: "ok" };
      if (d.type === "function") {
        const args = decodeJsonString(d.input);
        recorder.step({ type: "tool", name: String(d.name), ...args !== void 0 && args !== "" ? { args } : {}, result: decodeJsonString(d.output), ...status, ...timing(span) });
      } else if (d.type === "generation" || d.type === "response") {
        if (!sawModelSpan.has(traceId)) {
          sawModelSpan.add(traceId);
          for (const placeholder of turns.get(traceId)?.values() ?? []) recorder.drop(placeholder);
          turns.delete(traceId);
        }
        const r = d.type === "response" && isObj(d._response) ? d._response : d;
        const model = typeof r.model === "string" ? r.model : void 0;
        recorder.step({ type: "llm", name: d.type, ...model ? { model } : {}, ...usageOf(r.usage), ...status, ...timing(span) });
      } else if (d.type === "turn") {
        const stored = turns.get(traceId)?.get(spanKey(span));
        if (stored) Object.assign(stored, usageOf(d.usage), status, timing(span));
      }
    },
    async shutdown() {
    },
    async forceFlush() {
    }
  };
}

// src/harness/otel.ts
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
function createSpanCollector() {
  let spans = [];
  return {
    onStart() {
    },
    onEnd(span) {
      spans.push(span);
    },
    async forceFlush() {
    },
    async shutdown() {
    },
    take() {
      const out = spans;
      spans = [];
      return out;
    }
  };
}
var hrToNanos = (t) => (BigInt(Math.trunc(t[0])) * 1000000000n + BigInt(Math.trunc(t[1]))).toString();
function anyValue(v) {
  if (typeof v === "string") return { stringValue: v };
  if (typeof v === "boolean") return { boolValue: v };
  if (typeof v === "number") return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  return { stringValue: JSON.stringify(v) ?? "" };
}
var keyValues = (attrs) => Object.entries(attrs ?? {}).filter(([, v]) => v !== void 0 && v !== null).map(([key, v]) => ({ key, value: anyValue(v) }));
function spansToOtlp(spans) {
  const byScope = /* @__PURE__ */ new Map();
  for (const raw of spans) {
    const s = raw;
    const scope = s.instrumentationScope?.name ?? s.instrumentationLibrary?.name ?? "";
    const ctx = s.spanContext();
    const list = byScope.get(scope) ?? [];
    list.push({
      traceId: ctx.traceId,
      spanId: ctx.spanId,
      parentSpanId: s.parentSpanContext?.spanId ?? s.parentSpanId ?? "",
      name: s.name,
      kind: (s.kind ?? 0) + 1,
      startTimeUnixNano: hrToNanos(s.startTime),
      endTimeUnixNano: hrToNanos(s.endTime),
      attributes: keyValues(s.attributes),
      events: (s.events ?? []).map((e) => ({ name: e.name, timeUnixNano: hrToNanos(e.time), attributes: keyValues(e.attributes) })),
      status: { code: s.status?.code ?? 0, ...s.status?.message ? { message: s.status.message } : {} }
    });
    byScope.set(scope, list);
  }
  return { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [...byScope].map(([name, list]) => ({ scope: { name }, spans: list })) }] };
}
async function importFromProject(name) {
  const bases = [...process.argv[1] ? [process.argv[1]] : [], join(process.cwd(), "package.json"), import.meta.url];
  for (const base of bases) {
    try {
      const path = createRequire(base).resolve(name);
      return await import(pathToFileURL(path).href);
    } catch {
    }
  }
  return void 0;
}
async function registerOtel(collector) {
  let started = 0;
  const result = (state) => ({
    state,
    takeStarted() {
      const n = started;
      started = 0;
      return n;
    }
  });
  const api = await importFromProject("@opentelemetry/api");
  if (!api) return result("unavailable");
  const apiTrace = api.trace ?? api.default?.trace;
  const apiContext = api.context ?? api.default?.context;
  const sdk = await importFromProject("@opentelemetry/sdk-trace-base");
  if (!sdk) {
    const Proxy = api.ProxyTracerProvider ?? api.default?.ProxyTracerProvider;
    if (!Proxy) return result("unavailable");
    const inner = new Proxy();
    const counting = {
      getTracer(...args) {
        const tracer = inner.getTracer(...args);
        return {
          startSpan: (...a) => {
            started++;
            return tracer.startSpan(...a);
          },
          startActiveSpan: (...a) => {
            started++;
            return tracer.startActiveSpan(...a);
          }
        };
      }
    };
    return result(apiTrace.setGlobalTracerProvider(counting) ? "no-sdk" : "taken");
  }
  const hooks = await importFromProject("@opentelemetry/context-async-hooks");
  const Provider = sdk.BasicTracerProvider;
  const provider = new Provider({ spanProcessors: [collector] });
  if (!apiTrace.setGlobalTracerProvider(provider)) return result("taken");
  if (hooks?.AsyncLocalStorageContextManager) {
    const Manager = hooks.AsyncLocalStorageContextManager;
    apiContext.setGlobalContextManager(new Manager().enable());
  }
  return result("registered");
}

// src/harness/index.ts
var spanCollector = createSpanCollector();
var current = createRecorder();
var agentsProcessor = openAIAgentsProcessor({
  step: (s) => current.step(s),
  drop: (s) => current.drop(s),
  output: (v) => current.output(v),
  get steps() {
    return current.steps;
  },
  get outputValue() {
    return current.outputValue;
  }
});
var NO_SDK = "@opentelemetry/api is installed but @opentelemetry/sdk-trace-base is not, so evalgate/harness has no tracer provider to record them: npm install @opentelemetry/sdk-trace-base";
var TAKEN = "a tracer provider is registered already; add spanCollector (from evalgate/harness) to its spanProcessors, or spans are not collected";
var otel;
var otelRequired = false;
var saidNoSdk = false;
async function harness(agent, options = {}) {
  if (options.otel !== false) {
    otel = await registerOtel(spanCollector);
    otelRequired = options.otel === true;
    if (otel.state === "unavailable" && otelRequired) process.stderr.write("evalgate/harness: otel: true, but @opentelemetry/api and @opentelemetry/sdk-trace-base are not installed\n");
    if (otel.state === "no-sdk" && otelRequired) process.stderr.write(`evalgate/harness: otel: true, but ${NO_SDK}
`);
    if (otel.state === "taken") process.stderr.write(`evalgate/harness: ${TAKEN}
`);
  }
  if (process.env.EVALGATE_PROTOCOL === "jsonl") {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === "") continue;
      let req;
      try {
        req = JSON.parse(line);
      } catch {
        process.stderr.write(`evalgate/harness: ignored a request line that is not JSON: ${line.slice(0, 200)}
`);
        continue;
      }
      const doc2 = await runTrial(agent, {
        id: String(req.id),
        caseId: String(req.case ?? ""),
        trial: Number(req.trial ?? 1),
        suite: String(req.suite ?? ""),
        fixtures: String(req.fixtures ?? ""),
        input: req.input ?? null
      });
      process.stdout.write(`${JSON.stringify({ id: String(req.id), ...doc2 })}
`);
    }
    return;
  }
  let text = "";
  for await (const chunk of process.stdin) text += String(chunk);
  let input = null;
  try {
    input = text.trim() === "" ? null : JSON.parse(text);
  } catch {
    input = text;
  }
  const env = process.env;
  const doc = await runTrial(agent, { caseId: env.EVALGATE_CASE_ID ?? "", trial: Number(env.EVALGATE_TRIAL ?? 1), suite: env.EVALGATE_SUITE ?? "", fixtures: env.EVALGATE_FIXTURES ?? "", input });
  if (doc.failed) process.exitCode = 1;
  else process.stdout.write(`${JSON.stringify(doc)}
`);
}
async function runTrial(agent, req) {
  const recorder = createRecorder();
  current = recorder;
  spanCollector.take();
  otel?.takeStarted();
  const ctx = {
    caseId: req.caseId,
    trial: req.trial,
    suite: req.suite,
    fixtures: req.fixtures,
    step: (s) => {
      recorder.step(s);
    },
    output: (v) => recorder.output(v),
    langchain: () => langchainCallbacks(recorder),
    recorder
  };
  const log = console.log;
  const info = console.info;
  console.log = console.error;
  console.info = console.error;
  let returned;
  try {
    returned = await agent(req.input, ctx);
  } catch (err) {
    process.stderr.write(`evalgate/harness: the agent threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}
`);
    return { failed: true, error: err instanceof Error ? err.message : String(err) };
  } finally {
    console.log = log;
    console.info = info;
    current = createRecorder();
  }
  const output = recorder.outputValue.set ? recorder.outputValue.value : returned ?? null;
  const spans = spanCollector.take();
  if (spans.length === 0) {
    const warnings = lostSpans(recorder.steps.length);
    return { output, steps: orderSteps(recorder.steps), ...warnings.length > 0 ? { warnings } : {} };
  }
  const doc = spansToOtlp(spans);
  doc.resourceSpans[0].scopeSpans.push({ scope: { name: "evalgate/harness" }, spans: [...recorder.steps.map(stepSpan), outputSpan(output)] });
  return doc;
}
function lostSpans(steps) {
  if (!otel) return [];
  const started = otel.takeStarted();
  if (otel.state === "no-sdk" && (started > 0 || otelRequired)) {
    const what = started > 0 ? `${started} OpenTelemetry span(s) were started and none was recorded` : "otel: true, but no span can be recorded";
    if (!saidNoSdk) process.stderr.write(`evalgate/harness: ${what}: ${NO_SDK}
`);
    saidNoSdk = true;
    return [`evalgate/harness: ${what}: ${NO_SDK}`];
  }
  if (otel.state === "taken" && steps === 0) return [`evalgate/harness: the trace has no steps and no span was collected: ${TAKEN}`];
  return [];
}
var spanNo = 0;
var nextSpanId = () => (++spanNo).toString(16).padStart(16, "0");
function kv(key, value) {
  if (typeof value === "number") return { key, value: Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value } };
  return { key, value: { stringValue: typeof value === "string" ? value : JSON.stringify(value) } };
}
function stepSpan(step) {
  const start = BigInt(Math.round((step.started_at ?? Date.now()) * 1e6));
  const end = start + BigInt(Math.round((step.latency_ms ?? 0) * 1e6));
  const s = step;
  const attrs = [
    kv("gen_ai.operation.name", s.type === "tool" ? "execute_tool" : s.type === "llm" ? "chat" : s.type),
    ...s.type === "tool" ? [kv("gen_ai.tool.name", s.name)] : [],
    ...s.args !== void 0 ? [kv("gen_ai.tool.call.arguments", s.args)] : [],
    ...s.result !== void 0 ? [kv("gen_ai.tool.call.result", s.result)] : [],
    ...s.model ? [kv("gen_ai.request.model", s.model)] : [],
    ...s.input_tokens !== void 0 ? [kv("gen_ai.usage.input_tokens", s.input_tokens)] : [],
    ...s.output_tokens !== void 0 ? [kv("gen_ai.usage.output_tokens", s.output_tokens)] : [],
    ...s.cost_usd !== void 0 ? [kv("evalgate.cost_usd", s.cost_usd)] : []
  ];
  return {
    spanId: nextSpanId(),
    name: s.name,
    startTimeUnixNano: start.toString(),
    endTimeUnixNano: end.toString(),
    attributes: attrs,
    status: s.status === "error" ? { code: 2, message: s.error ?? "error" } : { code: 0 }
  };
}
function outputSpan(output) {
  const now = (BigInt(Date.now()) * 1000000n).toString();
  return { spanId: nextSpanId(), name: "evalgate.output", startTimeUnixNano: now, endTimeUnixNano: now, attributes: [kv("evalgate.output", JSON.stringify(output))], status: { code: 0 } };
}
export {
  agentsProcessor,
  createRecorder,
  createSpanCollector,
  harness,
  langchainCallbacks,
  openAIAgentsProcessor,
  spanCollector,
  spansToOtlp
};
