// Conversion of exports produced by the real libraries (examples/fixtures/generate.mjs runs
// them with their mock models): what a user's checks see must be the agent's real path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/outcome/checks.js';
import { parseTrace } from '../../src/trace/parse.js';
import { toNanos } from '../../src/trace/spans.js';

const dir = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

function parsed(name: string) {
  const r = parseTrace(read(name), 0, name, { pricing: { 'mock-refund-model': { input: 1, output: 2 } } });
  if (!r.ok) throw new Error(r.reason);
  return r;
}

const GOOD = ['policy.check_eligibility', 'billing.issue_refund'];
const ARGS = { order_id: '8812' };
const ANSWER = { action: 'refund', reply: 'Refund issued for order 8812.' };

describe('exports of the real libraries convert to the agent path', () => {
  const rows: Array<[string, string[], RegExp]> = [
    ['ai-sdk-v6.otlp.json', GOOD, /converted as Vercel AI SDK telemetry .*6 span\(s\) -> 5 step\(s\)/],
    ['ai-sdk-v6-longbits.otlp.json', GOOD, /Vercel AI SDK/],
    ['ai-sdk-v6-per-span.otlp.jsonl', GOOD, /Vercel AI SDK/],
    ['ai-sdk-v6-regressed.otlp.json', ['billing.issue_refund'], /Vercel AI SDK/],
    ['langgraph-openinference.otlp.json', GOOD, /converted as OpenInference .*-> 5 step\(s\)/],
    ['langgraph-openinference-regressed.otlp.json', ['billing.issue_refund'], /OpenInference/],
    ['langgraph-traceloop.otlp.json', GOOD, /converted as OpenLLMetry .*-> 2 step\(s\)/],
    ['otel-genai.otlp.json', GOOD, /converted as OpenTelemetry GenAI .*-> 5 step\(s\)/],
    ['ai-sdk-v7-genai.otlp.json', GOOD, /converted as OpenTelemetry GenAI .*9 span\(s\) -> 5 step\(s\)/],
    ['ai-sdk-v7-legacy.otlp.json', GOOD, /converted as Vercel AI SDK telemetry .*6 span\(s\) -> 5 step\(s\)/],
  ];
  it.each(rows)('%s', (name, tools, convention) => {
    const r = parsed(name);
    const toolSteps = r.trace.steps.filter((s) => s.type === 'tool');
    expect(toolSteps.map((s) => s.name)).toEqual(tools);
    for (const s of toolSteps) {
      expect(s.args).toEqual(ARGS);
      expect(s.status).toBe('ok');
      expect(s.result).toMatchObject(ARGS);
    }
    const llmSteps = r.trace.steps.filter((s) => s.type === 'llm');
    expect(llmSteps).toHaveLength(tools.length + 1);
    for (const s of llmSteps) expect(s).toMatchObject({ model: 'mock-refund-model', input_tokens: 120, output_tokens: 20 });
    expect(r.trace.output).toEqual(ANSWER);
    expect(r.trace.usage).toMatchObject({ input_tokens: 120 * llmSteps.length, output_tokens: 20 * llmSteps.length });
    // Nobody reports cost: the pricing table does (1 USD / 2 USD per million tokens).
    expect(r.cost_source).toBe('priced');
    expect(r.trace.usage.cost_usd).toBeCloseTo(llmSteps.length * (120 * 1 + 20 * 2) / 1e6, 12);
    expect(r.trace.latency_ms).toBeGreaterThan(0);
    expect(r.warnings.join('\n')).toMatch(convention);
    expect(r.warnings.join('\n')).not.toMatch(/carry no (arguments|token counts)|skipped|derived from the conversation|no tool span ran|no final output/);
  });

  it('never names an OpenLLMetry tool after its LangChain class, and says where the name came from', () => {
    const r = parsed('langgraph-traceloop.otlp.json');
    expect(JSON.stringify(r.trace.steps)).not.toContain('DynamicStructuredTool');
    expect(r.warnings).toContain('step 2 (tool "policy.check_eligibility"): tool name taken from the tool message (the span names only the class DynamicStructuredTool)');
  });

  it('reads {low, high} timestamps as the same instants as decimal strings', () => {
    const longbits = parsed('ai-sdk-v6-longbits.otlp.json').trace;
    // Same agent, same steps: latencies are real (not 0) and of the same order as the string encoding.
    expect(longbits.steps.every((s) => typeof s.latency_ms === 'number')).toBe(true);
    expect(longbits.latency_ms).toBeGreaterThan(0);
    expect(longbits.latency_ms).toBeLessThan(60_000);
  });

  it('joins one export request per line into one trace', () => {
    const text = read('ai-sdk-v6-per-span.otlp.jsonl');
    expect(text.trim().split('\n')).toHaveLength(6);
    expect(parsed('ai-sdk-v6-per-span.otlp.jsonl').trace.steps).toHaveLength(5);
  });

  it.each([
    ['langgraph-callbacks.trace.json', GOOD],
    ['openai-agents.trace.json', ['policy_check_eligibility', 'billing_issue_refund']],
  ])('the harness kit helpers record %s natively', (name, tools) => {
    const r = parsed(name);
    expect(r.trace.steps.filter((s) => s.type === 'tool').map((s) => s.name)).toEqual(tools);
    expect(r.trace.steps.filter((s) => s.type === 'tool').every((s) => JSON.stringify(s.args) === JSON.stringify(ARGS))).toBe(true);
    expect(r.trace.output).toEqual(ANSWER);
    expect(r.trace.usage).toMatchObject({ input_tokens: 360, output_tokens: 60 });
    expect(r.warnings).toEqual([]);
  });
});

describe('the final output, from every shape the libraries record it in', () => {
  // [fixture, where the answer is]: each exported by the real package (examples/fixtures/generate.mjs).
  const rows: Array<[string, string, RegExp]> = [
    ['openai-genai-chat.otlp.jsonl', 'gen_ai.choice log records (contrib @opentelemetry/instrumentation-openai, Chat Completions)', /OpenTelemetry GenAI/],
    ['openai-genai-responses.otlp.jsonl', 'gen_ai.output.messages of gen_ai.client.inference.operation.details log records, two text parts after a reasoning part (Responses API)', /OpenTelemetry GenAI/],
    ['openai-traceloop-chat.otlp.json', 'gen_ai.output.messages span attribute (@traceloop/instrumentation-openai)', /OpenTelemetry GenAI/],
    ['openai-openinference-chat.otlp.json', 'llm.output_messages.0.message.content (@arizeai/openinference-instrumentation-openai)', /OpenInference/],
    ['openai-openinference-responses.otlp.json', 'llm.output_messages.N.message.contents.M.message_content.text, after a reasoning message (Responses API)', /OpenInference/],
    ['langgraph-openinference-blocks.otlp.json', 'the generations in output.value: LangChain content blocks, which llm.output_messages drops', /OpenInference/],
  ];
  it.each(rows)('%s: %s', (name, _where, convention) => {
    const r = parsed(name);
    expect(r.trace.output).toEqual(ANSWER);
    const llmSteps = r.trace.steps.filter((s) => s.type === 'llm');
    expect(llmSteps).toHaveLength(3);
    for (const s of llmSteps) expect(s).toMatchObject({ model: 'mock-refund-model', input_tokens: 120, output_tokens: 20 });
    expect(r.warnings.join('\n')).toMatch(convention);
  });

  it('reads log records that arrive in their own logs export request, joined to their spans by trace and span id', () => {
    const docs = read('openai-genai-chat.otlp.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => Object.keys(d)[0])).toEqual(['resourceSpans', 'resourceLogs']);
    // Without the logs the spans carry no message content at all: the answer is not there.
    const spansOnly = parseTrace(JSON.stringify(docs[0]), 0, 'spans');
    expect(spansOnly.ok && spansOnly.trace.output).toBe(null);
  });
});

describe('tool steps an instrumentation of model calls only leaves in the conversation', () => {
  const rows = [
    'openai-genai-chat.otlp.jsonl',
    'openai-genai-responses.otlp.jsonl',
    'openai-traceloop-chat.otlp.json',
    'openai-openinference-chat.otlp.json',
    'openai-openinference-responses.otlp.json',
  ];
  it.each(rows)('%s: the model tool calls and the results the next calls were given become derived tool steps', (name) => {
    const r = parsed(name);
    expect(r.trace.steps.map((s) => `${s.type}:${s.type === 'tool' ? s.name : 'llm'}`)).toEqual([
      'llm:llm',
      'tool:policy.check_eligibility',
      'llm:llm',
      'tool:billing.issue_refund',
      'llm:llm',
    ]);
    const [policy, refund] = r.trace.steps.filter((s) => s.type === 'tool');
    expect(policy).toEqual({ type: 'tool', name: 'policy.check_eligibility', args: ARGS, result: { order_id: '8812', eligible: true } });
    expect(refund).toEqual({ type: 'tool', name: 'billing.issue_refund', args: ARGS, result: { order_id: '8812', refund_id: 'rf-8812', status: 'issued' } });
    expect(r.warnings).toContain(
      "tool steps 2 (policy.check_eligibility), 4 (billing.issue_refund) are derived from the conversation: no tool span ran them (the instrumentation traces model calls only), so each is the model's tool call with the result a later model call was given; status and latency unknown",
    );
    expect(r.warnings.join('\n')).not.toMatch(/no later model call got a result|no final output/);
  });

  it('an agent that gave up after its first tool request: the unanswered tool call and the missing output are warnings, no step is invented', () => {
    const r = parsed('openai-genai-gave-up.otlp.jsonl');
    expect(r.trace.steps.map((s) => s.type)).toEqual(['llm']);
    expect(r.trace.output).toBeNull();
    expect(r.warnings).toContain(
      'step 1 (llm "chat mock-refund-model") asked for 1 tool call(s) that no tool span ran and no later model call got a result for: policy.check_eligibility (call-1); the agent stopped before running it, or its tools are not traced',
    );
    expect(r.warnings.find((w) => w.startsWith('the trace has no final output'))).toBe(
      'the trace has no final output: output checks see null. evalgate looked for evalgate.output on any span; OpenTelemetry GenAI semantic conventions: gen_ai.output.messages of an invoke_agent span; of the last model call: gen_ai.output.messages, gen_ai.client.inference.operation.details or gen_ai.choice events (span events or OTLP log records); the last model call that recorded messages, step 1 (llm "chat mock-refund-model"), asked for tool calls instead of answering',
    );
  });

  it('without the logs export the contrib instrumentation records no messages: the warning says to capture and print them', () => {
    const spansOnly = read('openai-genai-chat.otlp.jsonl').trim().split('\n')[0];
    const r = parseTrace(spansOnly, 0, 'spans');
    if (!r.ok) throw new Error(r.reason);
    expect(r.trace.steps.map((s) => s.type)).toEqual(['llm', 'llm', 'llm']);
    expect(r.warnings.join('\n')).toMatch(/no model call recorded its messages \(is message content capture on\? e\.g\. OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true; instrumentations that log messages need their OTLP logs export printed too\)/);
  });
});

describe('token counts and model names', () => {
  it('a fake model that reports no usage: models are still named, the missing counts are a warning, and max_tokens cannot pass on them', () => {
    const r = parsed('openai-genai-no-usage.otlp.jsonl');
    const llmSteps = r.trace.steps.filter((s) => s.type === 'llm');
    expect(llmSteps.map((s) => [s.model, s.input_tokens, s.output_tokens])).toEqual([
      ['mock-refund-model', undefined, undefined],
      ['mock-refund-model', undefined, undefined],
      ['mock-refund-model', undefined, undefined],
    ]);
    expect(r.trace.usage).toMatchObject({ input_tokens: 0, output_tokens: 0 });
    expect(r.warnings).toContain(
      'llm step(s) 1, 3, 5 carry no token counts (the model or its instrumentation reports none): pricing counts them as free, and a max_tokens budget cannot pass on them (the trial is an error unless a limit is exceeded)',
    );
    expect(() => runCheck({ type: 'budget', max_tokens: 2000 }, 0, r.trace)).toThrow(/^max_tokens 2000 cannot be checked: no llm step reports token counts \(llm steps 1, 3, 5\)/);
  });
});

describe('toNanos', () => {
  it.each([
    ['1796131084437000000', 1796131084437000000n],
    [1000, 1000n],
    [{ low: 3773587136, high: 418194459 }, (418194459n << 32n) + 3773587136n],
    // Long.js stores the low half as a signed int: -521380160 is 3773587136 unsigned.
    [{ low: -521380160, high: 418194459 }, (418194459n << 32n) + 3773587136n],
    [[1796131084, 437000000], 1796131084437000000n],
    ['12.5', null],
    [{ low: 'x', high: 1 }, null],
  ])('%j -> %s', (v, expected) => {
    expect(toNanos(v)).toBe(expected);
  });
});
