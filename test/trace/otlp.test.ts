import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convertOtlp, convertOtlpExports, isOtlpExport, OtlpFormatError } from '../../src/trace/otlp.js';
import { parseTrace } from '../../src/trace/parse.js';

type AnyValue = Record<string, unknown>;

function attr(key: string, value: unknown): { key: string; value: AnyValue } {
  if (typeof value === 'string') return { key, value: { stringValue: value } };
  if (typeof value === 'boolean') return { key, value: { boolValue: value } };
  if (typeof value === 'number') return { key, value: Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value } };
  if (Array.isArray(value)) return { key, value: { arrayValue: { values: value.map((v) => attr('x', v).value) } } };
  throw new Error(`unsupported ${typeof value}`);
}

const T0 = 1_732_000_000_000_000_000n; // unix nanos, beyond 2^53 on purpose

interface SpanSpec {
  name: string;
  startMs: number;
  endMs: number;
  attrs: Record<string, unknown>;
  status?: { code: number | string; message?: string };
  events?: unknown[];
}

function span(s: SpanSpec, i: number) {
  return {
    traceId: '5b8efff798038103d269b633813fc60c',
    spanId: `eee19b7ec3c1b17${i}`,
    parentSpanId: i === 0 ? '' : 'eee19b7ec3c1b170',
    name: s.name,
    kind: 1,
    startTimeUnixNano: String(T0 + BigInt(Math.round(s.startMs * 1e6))),
    endTimeUnixNano: String(T0 + BigInt(Math.round(s.endMs * 1e6))),
    attributes: Object.entries(s.attrs).map(([k, v]) => attr(k, v)),
    status: s.status ?? { code: 0 },
    ...(s.events ? { events: s.events } : {}),
  };
}

function exportOf(specs: SpanSpec[]) {
  return {
    resourceSpans: [
      {
        resource: { attributes: [attr('service.name', 'refund-agent')] },
        scopeSpans: [{ scope: { name: 'genai-instrumentation', version: '1.0.0' }, spans: specs.map(span) }],
      },
    ],
  };
}

const agentSpan: SpanSpec = {
  name: 'invoke_agent refund',
  startMs: 0,
  endMs: 1400,
  attrs: {
    'gen_ai.operation.name': 'invoke_agent',
    'gen_ai.agent.name': 'refund',
    'gen_ai.output.messages': JSON.stringify([
      { role: 'assistant', parts: [{ type: 'text', content: '{"action":"refund","reply":"Your refund is on its way"}' }], finish_reason: 'stop' },
    ]),
  },
};
const chatSpan: SpanSpec = {
  name: 'chat gpt-x',
  startMs: 10,
  endMs: 830,
  attrs: {
    'gen_ai.operation.name': 'chat',
    'gen_ai.request.model': 'gpt-x',
    'gen_ai.response.model': 'gpt-x-2026-01-01',
    'gen_ai.usage.input_tokens': 812,
    'gen_ai.usage.output_tokens': 64,
    'evalgate.cost_usd': 0.002,
  },
};
const policySpan: SpanSpec = {
  name: 'execute_tool policy.check_eligibility',
  startMs: 840,
  endMs: 1080,
  attrs: {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': 'policy.check_eligibility',
    'gen_ai.tool.call.id': 'call_1',
    'gen_ai.tool.call.arguments': '{"order_id":"8812"}',
    'gen_ai.tool.call.result': '{"eligible":true}',
  },
};
const refundSpan: SpanSpec = {
  name: 'execute_tool billing.issue_refund',
  startMs: 1085,
  endMs: 1397,
  attrs: {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': 'billing.issue_refund',
    'gen_ai.tool.call.arguments': '{"order_id":"8812"}',
    'error.type': 'HTTPError',
  },
  status: { code: 2, message: 'HTTP 401' },
};

describe('isOtlpExport', () => {
  it.each([
    [{ resourceSpans: [] }, true],
    [exportOf([chatSpan]), true],
    [{ output: 1, steps: [] }, false],
    [[{ resourceSpans: [] }], false],
    [null, false],
    ['resourceSpans', false],
  ])('%j -> %s', (doc, expected) => {
    expect(isOtlpExport(doc)).toBe(expected);
  });
});

describe('convertOtlp', () => {
  it('maps chat and execute_tool spans to llm and tool steps in start order', () => {
    // Exporters do not guarantee order: shuffle the spans.
    const trace = convertOtlp(exportOf([refundSpan, agentSpan, policySpan, chatSpan]));
    expect(trace.steps.map((s) => [s.type, s.name])).toEqual([
      ['llm', 'chat gpt-x'],
      ['tool', 'policy.check_eligibility'],
      ['tool', 'billing.issue_refund'],
    ]);
    const [llm, policy, refund] = trace.steps;
    expect(llm).toMatchObject({ model: 'gpt-x-2026-01-01', input_tokens: 812, output_tokens: 64, cost_usd: 0.002, latency_ms: 820, status: 'ok' });
    expect(policy).toMatchObject({ args: { order_id: '8812' }, result: { eligible: true }, status: 'ok', latency_ms: 240 });
    expect(refund).toMatchObject({ status: 'error', error: 'HTTPError: HTTP 401', latency_ms: 312 });
    expect(trace.usage).toEqual({ input_tokens: 812, output_tokens: 64, cost_usd: 0.002 });
    // The agent span bounds the whole run.
    expect(trace.latency_ms).toBe(1400);
  });

  it('takes the output from the agent span gen_ai.output.messages, decoding JSON text', () => {
    expect(convertOtlp(exportOf([agentSpan, chatSpan])).output).toEqual({ action: 'refund', reply: 'Your refund is on its way' });
  });

  it('prefers an explicit evalgate.output attribute', () => {
    const agent = { ...agentSpan, attrs: { ...agentSpan.attrs, 'evalgate.output': '{"action":"escalate"}' } };
    expect(convertOtlp(exportOf([agent, chatSpan])).output).toEqual({ action: 'escalate' });
  });

  it('falls back to the last chat span output text, kept as a string when not JSON', () => {
    const chat = {
      ...chatSpan,
      attrs: { ...chatSpan.attrs, 'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'Refund issued.' }] }]) },
    };
    expect(convertOtlp(exportOf([chat])).output).toBe('Refund issued.');
    expect(convertOtlp(exportOf([chatSpan])).output).toBeNull();
  });

  it('accepts intValue as a number or a string, and the deprecated prompt/completion token names', () => {
    const doc = exportOf([{ name: 'chat m', startMs: 0, endMs: 5, attrs: { 'gen_ai.operation.name': 'text_completion' } }]);
    const attrs = doc.resourceSpans[0].scopeSpans[0].spans[0].attributes;
    attrs.push({ key: 'gen_ai.usage.prompt_tokens', value: { intValue: 100 } as AnyValue });
    attrs.push({ key: 'gen_ai.usage.completion_tokens', value: { intValue: '7' } });
    const trace = convertOtlp(doc);
    expect(trace.steps[0]).toMatchObject({ type: 'llm', input_tokens: 100, output_tokens: 7 });
    expect(trace.usage.input_tokens + trace.usage.output_tokens).toBe(107);
  });

  it('uses the status message, error.type or exception event for the error, whichever exists', () => {
    const base = { name: 'execute_tool t', startMs: 0, endMs: 1, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 't' } };
    const cases: Array<[SpanSpec, string]> = [
      [{ ...base, status: { code: 2, message: 'timeout talking to API' } }, 'timeout talking to API'],
      [{ ...base, attrs: { ...base.attrs, 'error.type': '500' }, status: { code: 'STATUS_CODE_ERROR' } }, '500'],
      [
        {
          ...base,
          status: { code: 2 },
          events: [{ name: 'exception', timeUnixNano: String(T0), attributes: [attr('exception.message', 'boom')] }],
        },
        'boom',
      ],
      [{ ...base, status: { code: 2 } }, 'error'],
    ];
    for (const [spec, error] of cases) {
      expect(convertOtlp(exportOf([spec])).steps[0]).toMatchObject({ status: 'error', error });
    }
  });

  it('skips non-GenAI and agent spans but keeps embeddings for their cost', () => {
    const http = { name: 'POST /refunds', startMs: 1, endMs: 2, attrs: { 'http.request.method': 'POST' } };
    const emb = { name: 'embeddings e', startMs: 3, endMs: 4, attrs: { 'gen_ai.operation.name': 'embeddings', 'gen_ai.usage.input_tokens': 40 } };
    const trace = convertOtlp(exportOf([agentSpan, http, emb, policySpan]));
    expect(trace.steps.map((s) => s.type)).toEqual(['embeddings', 'tool']);
    expect(trace.usage.input_tokens).toBe(40);
  });

  it('treats a span with gen_ai.tool.name but no operation as a tool call, and keeps non-JSON args as text', () => {
    const trace = convertOtlp(exportOf([{ name: 'lookup', startMs: 0, endMs: 3, attrs: { 'gen_ai.tool.name': 'kb.search', 'gen_ai.tool.call.arguments': 'refund policy' } }]));
    expect(trace.steps[0]).toMatchObject({ type: 'tool', name: 'kb.search', args: 'refund policy', status: 'ok' });
  });

  it('decodes kvlistValue and arrayValue attributes (args recorded as structured values)', () => {
    const doc = exportOf([{ name: 'execute_tool t', startMs: 0, endMs: 1, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 't' } }]);
    doc.resourceSpans[0].scopeSpans[0].spans[0].attributes.push({
      key: 'gen_ai.tool.call.arguments',
      value: { kvlistValue: { values: [attr('ids', [1, 2]), attr('dry_run', true), attr('ratio', 0.5)] } },
    });
    expect(convertOtlp(doc).steps[0].args).toEqual({ ids: [1, 2], dry_run: true, ratio: 0.5 });
  });

  it('keeps microsecond precision on nanosecond timestamps beyond 2^53', () => {
    const doc = exportOf([chatSpan]);
    const s = doc.resourceSpans[0].scopeSpans[0].spans[0];
    s.endTimeUnixNano = String(BigInt(s.startTimeUnixNano) + 1_234_567n);
    expect(convertOtlp(doc).steps[0].latency_ms).toBe(1.234);
  });

  it.each([
    [{ resourceSpans: [] }, /has no spans/],
    [exportOf([{ name: 'GET /', startMs: 0, endMs: 1, attrs: { 'http.route': '/' } }]), /1 span\(s\) but none follows a supported convention .*span names: "GET \/"/],
  ])('rejects exports it cannot use (%#)', (doc, message) => {
    expect(() => convertOtlp(doc)).toThrow(OtlpFormatError);
    expect(() => convertOtlp(doc)).toThrow(message);
  });
});

describe('conversion warnings and what is never guessed silently', () => {
  it('skips spans of no known convention with a counted warning, keeping the rest', () => {
    const http = { name: 'GET /orders/8812', startMs: 1, endMs: 2, attrs: { 'http.route': '/orders/:id' } };
    const db = { name: 'SELECT orders', startMs: 3, endMs: 4, attrs: { 'db.system': 'postgresql' } };
    const { trace, warnings } = convertOtlpExports([exportOf([chatSpan, http, db, policySpan])]);
    expect(trace.steps.map((s) => s.name)).toEqual(['chat gpt-x', 'policy.check_eligibility']);
    expect(warnings).toContain('2 span(s) follow no supported convention and were skipped: "GET /orders/8812", "SELECT orders"');
  });

  it('names the tool from the span name only with a warning, and reports missing arguments and tokens', () => {
    const bareTool = { name: 'execute_tool kb.search', startMs: 5, endMs: 6, attrs: { 'gen_ai.operation.name': 'execute_tool' } };
    const bareChat = { name: 'chat', startMs: 1, endMs: 2, attrs: { 'gen_ai.operation.name': 'chat' } };
    const { trace, warnings } = convertOtlpExports([exportOf([bareChat, bareTool])]);
    expect(trace.steps[1]).toMatchObject({ type: 'tool', name: 'kb.search' });
    expect(warnings).toEqual([
      'OTLP export converted as OpenTelemetry GenAI semantic conventions (gen_ai.*): 2 span(s) -> 2 step(s)',
      'step 2 (tool "kb.search"): tool name taken from the span name (no gen_ai.tool.name)',
      'tool step(s) 2 carry no arguments: tool_args and no_loop checks see none',
      expect.stringMatching(/^the trace has no final output: output checks see null\. evalgate looked for evalgate\.output on any span; OpenTelemetry GenAI .*; no model call recorded its messages/),
    ]);
    // Parsed as a trial parses it, the missing token counts are said too (for native traces as well).
    const parsed = parseTrace(JSON.stringify(exportOf([bareChat, bareTool])), 0);
    expect(parsed.ok && parsed.warnings).toContain(
      'llm step(s) 1 carry no token counts (the model or its instrumentation reports none): pricing counts them as free, and a max_tokens budget cannot pass on them (the trial is an error unless a limit is exceeded)',
    );
  });

  it('fills a tool span without arguments from the tool call the model requested (gen_ai.output.messages)', () => {
    const chat = {
      name: 'chat m',
      startMs: 0,
      endMs: 1,
      attrs: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.usage.input_tokens': 1,
        'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'tool_call', id: 'c1', name: 'kb.search', arguments: { q: 'refund' } }] }]),
      },
    };
    const tool = { name: 'execute_tool kb.search', startMs: 2, endMs: 3, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'kb.search', 'gen_ai.tool.call.id': 'c1' } };
    expect(convertOtlpExports([exportOf([chat, tool])]).trace.steps[1].args).toEqual({ q: 'refund' });
  });

  it('fills a tool result from the tool_call_response the next model call was given (gen_ai.input.messages)', () => {
    const tool = { name: 'execute_tool kb.search', startMs: 0, endMs: 1, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'kb.search', 'gen_ai.tool.call.id': 'c7', 'gen_ai.tool.call.arguments': '{}' } };
    const chat = {
      name: 'chat m',
      startMs: 2,
      endMs: 3,
      attrs: { 'gen_ai.operation.name': 'chat', 'gen_ai.input.messages': JSON.stringify([{ role: 'tool', parts: [{ type: 'tool_call_response', id: 'c7', response: '{"hits":2}' }] }]) },
    };
    expect(convertOtlp(exportOf([tool, chat])).steps[0].result).toEqual({ hits: 2 });
  });

  it('an OpenInference TOOL span without tool.name is named from its span name, with a warning', () => {
    const tool = { name: 'lookup_order', startMs: 0, endMs: 1, attrs: { 'openinference.span.kind': 'TOOL', 'input.value': '{"order_id":"1"}' } };
    const { trace, warnings } = convertOtlpExports([exportOf([tool])]);
    expect(trace.steps[0]).toMatchObject({ type: 'tool', name: 'lookup_order', args: { order_id: '1' } });
    expect(warnings).toContain('step 1 (tool "lookup_order"): tool name taken from the span name (no tool.name)');
  });

  it('an OpenLLMetry tool span that names only the class is "unknown_tool", never the class', () => {
    const tool = { name: 'execute_tool DynamicStructuredTool', startMs: 0, endMs: 1, attrs: { 'traceloop.span.kind': 'task', 'gen_ai.operation.name': 'execute_tool', 'traceloop.entity.name': 'DynamicStructuredTool' } };
    const { trace, warnings } = convertOtlpExports([exportOf([tool])]);
    expect(trace.steps[0].name).toBe('unknown_tool');
    expect(warnings).toContain('step 1 (tool "unknown_tool"): tool name unknown: the span names only the class DynamicStructuredTool');
  });

  it('errors naming the convention it found when nothing converts', () => {
    const chain = { name: 'LangGraph', startMs: 0, endMs: 1, attrs: { 'openinference.span.kind': 'CHAIN' } };
    expect(() => convertOtlp(exportOf([chain]))).toThrow(
      'OTLP export has 1 span(s) in a known convention (OpenInference (openinference.span.kind): 1 span(s)) but none is a model call or tool call and none carries an output, so nothing converts to a step',
    );
  });

  it('AI SDK v3/v4 token names and ai.toolCall.input/output (v7 legacy spans) convert too', () => {
    const gen = { name: 'ai.generateText.doGenerate', startMs: 0, endMs: 5, attrs: { 'ai.operationId': 'ai.generateText.doGenerate', 'ai.model.id': 'gpt-x', 'ai.usage.promptTokens': 10, 'ai.usage.completionTokens': 3 } };
    const call = { name: 'ai.toolCall', startMs: 6, endMs: 7, attrs: { 'ai.operationId': 'ai.toolCall', 'ai.toolCall.name': 'kb.search', 'ai.toolCall.input': '{"q":"x"}', 'ai.toolCall.output': '{"hits":0}' } };
    const root = { name: 'ai.generateText', startMs: 0, endMs: 9, attrs: { 'ai.operationId': 'ai.generateText', 'ai.response.text': 'done' } };
    const trace = convertOtlp(exportOf([root, gen, call]));
    expect(trace.steps).toMatchObject([
      { type: 'llm', model: 'gpt-x', input_tokens: 10, output_tokens: 3 },
      { type: 'tool', name: 'kb.search', args: { q: 'x' }, result: { hits: 0 } },
    ]);
    expect(trace.output).toBe('done');
  });
});

describe('step order with millisecond start times', () => {
  // What the OTel JS SDK writes for fast steps: starts truncated to the ms, end = start + duration.
  const same = (name: string, endMs: number, attrs: Record<string, unknown>): SpanSpec => ({ name, startMs: 0, endMs, attrs });
  // Siblings with ids of their own (exportOf derives ids and the parent from positions), in the given export order.
  const siblings = (specs: SpanSpec[]) => {
    const doc = exportOf(specs) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<Record<string, unknown>> }> }> };
    for (const raw of doc.resourceSpans[0].scopeSpans[0].spans) {
      raw.spanId = createHash('sha1').update(String(raw.name)).digest('hex').slice(0, 16);
      raw.parentSpanId = '';
    }
    return doc;
  };

  it('without other evidence, spans that start in the same millisecond go by end time, never by export position', () => {
    const specs = [
      same('execute_tool policy.check_eligibility', 0.256, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'policy.check_eligibility' }),
      same('chat', 0.106, { 'gen_ai.operation.name': 'chat' }),
      same('execute_tool billing.issue_refund', 0.097, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'billing.issue_refund' }),
    ];
    const names = (list: SpanSpec[]) => convertOtlp(siblings(list)).steps.map((s) => s.name);
    expect(names(specs)).toEqual(['billing.issue_refund', 'chat', 'policy.check_eligibility']);
    expect(names([...specs].reverse())).toEqual(names(specs));
  });

  it('what the conversation proves wins over end times: asked, ran, result given; the next model call after the tools', () => {
    const calls = (id: string, name: string) => JSON.stringify([{ role: 'assistant', parts: [{ type: 'tool_call', id, name, arguments: { order_id: '8812' } }] }]);
    const result = (id: string) => ({ role: 'tool', parts: [{ type: 'tool_call_response', id, response: { ok: true } }] });
    const specs: SpanSpec[] = [
      same('chat 1', 0.3, { 'gen_ai.operation.name': 'chat', 'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [] }]), 'gen_ai.output.messages': calls('c1', 'policy.check_eligibility') }),
      same('execute_tool policy.check_eligibility', 0.2, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'policy.check_eligibility', 'gen_ai.tool.call.id': 'c1' }),
      same('chat 2', 0.1, { 'gen_ai.operation.name': 'chat', 'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [] }, result('c1')]), 'gen_ai.output.messages': calls('c2', 'billing.issue_refund') }),
      same('execute_tool billing.issue_refund', 0.05, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'billing.issue_refund', 'gen_ai.tool.call.id': 'c2' }),
    ];
    const order = ['chat 1', 'policy.check_eligibility', 'chat 2', 'billing.issue_refund'];
    expect(convertOtlp(siblings(specs)).steps.map((s) => s.name)).toEqual(order);
    expect(convertOtlp(siblings([...specs].reverse())).steps.map((s) => s.name)).toEqual(order);
  });

  it('a parent comes before its children that start in the same millisecond, even when they end first', () => {
    const doc = exportOf([
      { name: 'execute_tool lookup', startMs: 0, endMs: 0.9, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'lookup' } },
      { name: 'chat', startMs: 0, endMs: 0.2, attrs: { 'gen_ai.operation.name': 'chat' } },
    ]);
    // exportOf makes span 0 the parent of the others.
    expect(convertOtlp(doc).steps.map((s) => s.name)).toEqual(['lookup', 'chat']);
  });
});
