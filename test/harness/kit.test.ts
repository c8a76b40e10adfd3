// The harness kit's framework helpers, fed the calls the frameworks make, and the OTLP
// serializer, checked through evalgate's own converter.
import { describe, expect, it } from 'vitest';
import { createRecorder, orderSteps } from '../../src/harness/recorder.js';
import { langchainCallbacks } from '../../src/harness/langchain.js';
import { openAIAgentsProcessor } from '../../src/harness/openai-agents.js';
import { spansToOtlp } from '../../src/harness/otel.js';
import { convertOtlpExports } from '../../src/trace/otlp.js';

type Fn = (...args: unknown[]) => unknown;

describe('langchainCallbacks', () => {
  const aiMessage = (toolCalls: unknown[]) => ({ generations: [[{ text: '', message: { lc: 1, kwargs: { content: '', tool_calls: toolCalls, usage_metadata: { input_tokens: 12, output_tokens: 3 }, response_metadata: { model_name: 'm-1' } } } }]] });

  it('records model and tool calls with arguments from the model tool call, results from the ToolMessage', async () => {
    const recorder = createRecorder();
    const h = langchainCallbacks(recorder) as Record<string, Fn>;
    expect(h.awaitHandlers).toBe(true);
    h.handleChatModelStart({ id: ['langchain', 'chat_models', 'ChatX'] }, [], 'run-1', undefined, { invocation_params: { model: 'm-1' } }, [], {}, 'ChatX');
    h.handleLLMEnd(aiMessage([{ id: 'c1', name: 'policy.check_eligibility', args: { order_id: '8812' } }]), 'run-1');
    // LangChain flattens a one-argument input to its value ("8812"): the tool call has the real args.
    h.handleToolStart({ id: ['x', 'DynamicStructuredTool'] }, '8812', 'run-2', 'run-0', [], {}, 'policy.check_eligibility', 'c1');
    h.handleToolEnd({ lc: 1, kwargs: { content: '{"eligible":true}', tool_call_id: 'c1', name: 'policy.check_eligibility', status: 'success' } }, 'run-2');
    // A live ToolMessage (not serialized) reporting an error.
    h.handleToolStart({}, '{"order_id":"8812"}', 'run-3', 'run-0', [], {}, 'billing.issue_refund');
    h.handleToolEnd({ content: 'HTTP 401', tool_call_id: 'c9', name: 'billing.issue_refund', status: 'error' }, 'run-3');
    h.handleToolStart({}, '{"q":1}', 'run-4', 'run-0', [], {}, 'kb.search');
    h.handleToolError(new Error('timeout'), 'run-4');
    expect(orderSteps(recorder.steps).map(({ latency_ms: _l, ...s }) => s)).toEqual([
      { type: 'llm', name: 'ChatX', model: 'm-1', input_tokens: 12, output_tokens: 3, status: 'ok' },
      { type: 'tool', name: 'policy.check_eligibility', args: { order_id: '8812' }, result: { eligible: true }, status: 'ok' },
      { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812' }, result: 'HTTP 401', status: 'error', error: 'HTTP 401' },
      { type: 'tool', name: 'kb.search', args: { q: 1 }, status: 'error', error: 'timeout' },
    ]);
  });
});

describe('openAIAgentsProcessor', () => {
  const span = (spanId: string, spanData: Record<string, unknown> & { type: string }, startedAt: string, endedAt: string, error: { message: string } | null = null) => ({ spanId, traceId: "t1", spanData, startedAt, endedAt, error });

  it('records function spans as tool steps and turns (custom models) as llm steps in start order', async () => {
    const recorder = createRecorder();
    const p = openAIAgentsProcessor(recorder);
    const turn = span('s1', { type: 'turn', agent_name: 'refund-agent', turn: 1 }, '2026-01-01T00:00:00.000Z', '');
    await p.onSpanStart(turn);
    // Same millisecond as the turn's start: recording order keeps the turn first.
    const fn = span('s2', { type: 'function', name: 'policy_check_eligibility', input: '{"order_id":"8812"}', output: '{"eligible":true}' }, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.004Z');
    await p.onSpanEnd(fn);
    await p.onSpanEnd({ ...turn, endedAt: '2026-01-01T00:00:00.010Z', spanData: { ...turn.spanData, usage: { input_tokens: 120, output_tokens: 20 } } });
    await p.onSpanEnd(span('s3', { type: 'function', name: 'billing_issue_refund', input: '{}', output: 'x' }, '2026-01-01T00:00:00.011Z', '2026-01-01T00:00:00.012Z', { message: 'HTTP 500' }));
    await p.onTraceEnd({ traceId: 't1' });
    expect(orderSteps(recorder.steps)).toEqual([
      { type: 'llm', name: 'refund-agent', input_tokens: 120, output_tokens: 20, status: 'ok', latency_ms: 10 },
      { type: 'tool', name: 'policy_check_eligibility', args: { order_id: '8812' }, result: { eligible: true }, status: 'ok', latency_ms: 4 },
      { type: 'tool', name: 'billing_issue_refund', args: {}, result: 'x', status: 'error', error: 'HTTP 500', latency_ms: 1 },
    ]);
  });

  it('uses generation spans when the model creates them, dropping the turn placeholders', async () => {
    const recorder = createRecorder();
    const p = openAIAgentsProcessor(recorder);
    await p.onSpanStart(span('s1', { type: 'turn', agent_name: 'a' }, '2026-01-01T00:00:00.000Z', ''));
    await p.onSpanEnd(span('s2', { type: 'generation', model: 'gpt-x', usage: { input_tokens: 5, output_tokens: 1 } }, '2026-01-01T00:00:00.001Z', '2026-01-01T00:00:00.002Z'));
    await p.onSpanEnd(span('s1', { type: 'turn', agent_name: 'a', usage: { input_tokens: 5, output_tokens: 1 } }, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.003Z'));
    expect(orderSteps(recorder.steps)).toEqual([{ type: 'llm', name: 'generation', model: 'gpt-x', input_tokens: 5, output_tokens: 1, status: 'ok', latency_ms: 1 }]);
  });
});

describe('spansToOtlp', () => {
  it('serializes SDK ReadableSpans into an export evalgate converts (nanosecond HrTime, attributes, status)', () => {
    const readable = (name: string, start: [number, number], end: [number, number], attributes: Record<string, unknown>, status = { code: 0 }) => ({
      name,
      kind: 0,
      spanContext: () => ({ traceId: 'a'.repeat(32), spanId: name.slice(0, 16).padEnd(16, '0') }),
      parentSpanContext: undefined,
      startTime: start,
      endTime: end,
      attributes,
      status,
      events: [],
      instrumentationScope: { name: 'test' },
    });
    const doc = spansToOtlp([
      readable('chat m', [1, 500_000_000], [1, 750_000_000], { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'm', 'gen_ai.usage.input_tokens': 7, 'gen_ai.usage.output_tokens': 2 }),
      readable('execute_tool kb.search', [2, 0], [2, 1_500_000], { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'kb.search', 'gen_ai.tool.call.arguments': '{"q":"x"}' }, { code: 2, message: 'boom' } as never),
    ]);
    const { trace } = convertOtlpExports([doc]);
    expect(trace.steps).toEqual([
      { type: 'llm', name: 'chat m', model: 'm', input_tokens: 7, output_tokens: 2, status: 'ok', latency_ms: 250 },
      { type: 'tool', name: 'kb.search', args: { q: 'x' }, status: 'error', error: 'boom', latency_ms: 1.5 },
    ]);
    expect(trace.latency_ms).toBe(501.5);
  });
});
