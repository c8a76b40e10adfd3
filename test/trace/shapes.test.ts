// The shapes instrumentations record messages in, one row each, built by hand where no package
// installed in examples/ emits them (span events, pre-1.28 semconv events, legacy OpenLLMetry
// attributes); the shapes real packages emit are tested on their exports in fixtures.test.ts.
import { describe, expect, it } from 'vitest';
import { convertOtlpExports } from '../../src/trace/otlp.js';

type Attrs = Record<string, unknown>;

function anyValue(v: unknown): Record<string, unknown> {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  if (v && typeof v === 'object') return { kvlistValue: { values: kvs(v as Attrs) } };
  return {};
}
const kvs = (a: Attrs) => Object.entries(a).map(([key, value]) => ({ key, value: anyValue(value) }));

const T0 = 1_800_000_000_000_000_000n;
const at = (ms: number) => String(T0 + BigInt(Math.round(ms * 1e6)));
const TRACE = '0af7651916cd43dd8448eb211c80319c';

interface S {
  id: string;
  name: string;
  start: number;
  end: number;
  attrs: Attrs;
  events?: Array<{ name: string; attrs: Attrs }>;
  parent?: string;
}

function spans(list: S[], scope = 'test') {
  return {
    resourceSpans: [
      {
        resource: { attributes: [] },
        scopeSpans: [
          {
            scope: { name: scope },
            spans: list.map((s) => ({
              traceId: TRACE,
              spanId: s.id,
              parentSpanId: s.parent ?? '',
              name: s.name,
              startTimeUnixNano: at(s.start),
              endTimeUnixNano: at(s.end),
              attributes: kvs(s.attrs),
              events: (s.events ?? []).map((e) => ({ name: e.name, timeUnixNano: at(s.end), attributes: kvs(e.attrs) })),
              status: { code: 0 },
            })),
          },
        ],
      },
    ],
  };
}

function logs(records: Array<{ span: string; event: string; body?: unknown; attrs?: Attrs; viaAttribute?: boolean }>) {
  return {
    resourceLogs: [
      {
        resource: { attributes: [] },
        scopeLogs: [
          {
            scope: { name: 'test' },
            logRecords: records.map((r, i) => ({
              timeUnixNano: at(i),
              traceId: TRACE,
              spanId: r.span,
              ...(r.viaAttribute ? {} : { eventName: r.event }),
              attributes: kvs({ ...(r.viaAttribute ? { 'event.name': r.event } : {}), ...(r.attrs ?? {}) }),
              ...(r.body !== undefined ? { body: anyValue(r.body) } : {}),
            })),
          },
        ],
      },
    ],
  };
}

const chat = (id: string, start: number, attrs: Attrs = {}, events?: S['events']): S => ({
  id,
  name: 'chat m',
  start,
  end: start + 5,
  attrs: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'm', ...attrs },
  events,
});
const ANSWER = 'Refund issued.';

describe('the final output: the last model call reply, in each shape', () => {
  const rows: Array<[string, unknown[], unknown]> = [
    [
      'gen_ai.choice span events (attributes hold the message as JSON)',
      [spans([chat('a1', 0, {}, [{ name: 'gen_ai.choice', attrs: { index: 0, message: JSON.stringify({ role: 'assistant', content: ANSWER }) } }])])],
      ANSWER,
    ],
    [
      'gen_ai.choice log records named by the event.name attribute (older contrib releases)',
      [spans([chat('a1', 0)]), logs([{ span: 'a1', event: 'gen_ai.choice', body: { index: 0, finish_reason: 'stop', message: { content: ANSWER } }, viaAttribute: true }])],
      ANSWER,
    ],
    [
      'the first choice when a call returned several',
      [spans([chat('a1', 0)]), logs([1, 0].map((index) => ({ span: 'a1', event: 'gen_ai.choice', body: { index, message: { content: `choice ${index}` } } })))],
      'choice 0',
    ],
    [
      'gen_ai.client.inference.operation.details span event with gen_ai.output.messages as JSON',
      [
        spans([
          chat('a1', 0, {}, [
            { name: 'gen_ai.client.inference.operation.details', attrs: { 'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: ANSWER }] }]) } },
          ]),
        ]),
      ],
      ANSWER,
    ],
    [
      'gen_ai.content.completion event (semconv before 1.28)',
      [spans([chat('a1', 0, {}, [{ name: 'gen_ai.content.completion', attrs: { 'gen_ai.completion': JSON.stringify([{ role: 'assistant', content: ANSWER }]) } }])])],
      ANSWER,
    ],
    [
      'multi-part text in gen_ai.output.messages, a reasoning part left out',
      [
        spans([
          chat('a1', 0, {
            'gen_ai.output.messages': JSON.stringify([
              { role: 'assistant', parts: [{ type: 'reasoning', content: 'think' }, { type: 'text', content: '{"action":' }, { type: 'text', content: '"refund"}' }] },
            ]),
          }),
        ]),
      ],
      { action: 'refund' },
    ],
    [
      'OpenInference multi-part contents, a reasoning message before the answer',
      [
        spans([
          {
            id: 'o1',
            name: 'llm',
            start: 0,
            end: 5,
            attrs: {
              'openinference.span.kind': 'LLM',
              'llm.output_messages.0.message.role': 'assistant',
              'llm.output_messages.0.message.contents.0.message_content.type': 'reasoning',
              'llm.output_messages.0.message.contents.0.message_content.text': 'thinking',
              'llm.output_messages.1.message.role': 'assistant',
              'llm.output_messages.1.message.contents.0.message_content.type': 'output_text',
              'llm.output_messages.1.message.contents.0.message_content.text': 'Refund ',
              'llm.output_messages.1.message.contents.1.message_content.type': 'output_text',
              'llm.output_messages.1.message.contents.1.message_content.text': 'issued.',
            },
          },
        ]),
      ],
      ANSWER,
    ],
    [
      'OpenLLMetry legacy gen_ai.completion.N.content',
      [spans([{ id: 'l1', name: 'openai.chat', start: 0, end: 5, attrs: { 'llm.request.type': 'chat', 'gen_ai.completion.0.role': 'assistant', 'gen_ai.completion.0.content': ANSWER } }])],
      ANSWER,
    ],
    [
      'the last model call, not the longest-running one',
      [
        spans([
          chat('a1', 0, { 'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'first' }] }]) }),
          { ...chat('a2', 10, { 'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: ANSWER }] }]) }), end: 12 },
        ]),
      ],
      ANSWER,
    ],
  ];
  it.each(rows)('%s', (_shape, docs, expected) => {
    expect(convertOtlpExports(docs).trace.output).toEqual(expected);
  });

  it('span attributes win over events, and log records join only the span they name', () => {
    const attr = JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'from the attribute' }] }]);
    const r = convertOtlpExports([spans([chat('a1', 0, { 'gen_ai.output.messages': attr })]), logs([{ span: 'a1', event: 'gen_ai.choice', body: { message: { content: 'from the event' } } }])]);
    expect(r.trace.output).toBe('from the attribute');
    const other = convertOtlpExports([spans([chat('a1', 0)]), logs([{ span: 'ffffffffffffffff', event: 'gen_ai.choice', body: { message: { content: ANSWER } } }])]);
    expect(other.trace.output).toBeNull();
  });

  it('a logs export alone is an error that says to print the trace export too', () => {
    expect(() => convertOtlpExports([logs([{ span: 'a1', event: 'gen_ai.choice', body: { message: { content: ANSWER } } }])])).toThrow(
      /no spans .*1 log record\(s\), which only add to the spans they name: print the trace export too/,
    );
  });
});

const parts = (...p: unknown[]) => JSON.stringify([{ role: 'assistant', parts: p }]);
const toolCall = (id: string, name: string, extra: Attrs = {}) => ({ type: 'tool_call', id, name, arguments: { order_id: '8812' }, ...extra });
const toolResult = (id: string, response: unknown, key = 'id') => ({ role: 'tool', parts: [{ type: 'tool_call_response', [key]: id, response }] });

describe('tool calls the model asked for: run by a tool span, derived from the conversation, or reported', () => {
  it.each([
    [
      'a tool span with the call id runs the call: nothing derived, nothing reported',
      [
        chat('a1', 0, { 'gen_ai.output.messages': parts(toolCall('c1', 'lookup')) }),
        { id: 't1', name: 'execute_tool lookup', start: 6, end: 7, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'lookup', 'gen_ai.tool.call.id': 'c1' } },
        chat('a2', 10, { 'gen_ai.input.messages': JSON.stringify([toolResult('c1', 'ok')]), 'gen_ai.output.messages': parts({ type: 'text', content: 'done' }) }),
      ],
      ['llm', 'tool:lookup', 'llm'],
      [],
    ],
    [
      'a tool span without a call id runs the first outstanding call of its name',
      [
        chat('a1', 0, { 'gen_ai.output.messages': parts(toolCall('c1', 'lookup')) }),
        { id: 't1', name: 'execute_tool lookup', start: 6, end: 7, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'lookup' } },
        chat('a2', 10, { 'gen_ai.input.messages': JSON.stringify([toolResult('c1', 'ok')]), 'gen_ai.output.messages': parts({ type: 'text', content: 'done' }) }),
      ],
      ['llm', 'tool:lookup', 'llm'],
      [],
    ],
    [
      'Responses API ids: the tool_call part has an item id and a call_id, the result names the call_id',
      [
        chat('a1', 0, { 'gen_ai.output.messages': parts(toolCall('fc-1', 'lookup', { call_id: 'call-1' })) }),
        chat('a2', 10, { 'gen_ai.input.messages': JSON.stringify([toolResult('call-1', '{"found":true}', 'call_id')]), 'gen_ai.output.messages': parts({ type: 'text', content: 'done' }) }),
      ],
      ['llm', 'tool:lookup', 'llm'],
      [/^tool step 2 \(lookup\) is derived from the conversation/],
    ],
    [
      'one call traced, the other only in the conversation: only the untraced one is derived',
      [
        chat('a1', 0, { 'gen_ai.output.messages': parts(toolCall('c1', 'lookup'), toolCall('c2', 'notify')) }),
        { id: 't1', name: 'execute_tool lookup', start: 6, end: 7, attrs: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'lookup', 'gen_ai.tool.call.id': 'c1' } },
        chat('a2', 10, { 'gen_ai.input.messages': JSON.stringify([toolResult('c1', 'ok'), toolResult('c2', 'sent')]), 'gen_ai.output.messages': parts({ type: 'text', content: 'done' }) }),
      ],
      ['llm', 'tool:notify', 'tool:lookup', 'llm'],
      [/^tool step 2 \(notify\) is derived/],
    ],
    [
      'a call with no tool span and no result anywhere is reported, never made a step',
      [chat('a1', 0, { 'gen_ai.output.messages': parts({ type: 'text', content: 'Let me check.' }, toolCall('c1', 'lookup')) })],
      ['llm'],
      [/^step 1 \(llm "chat m"\) asked for 1 tool call\(s\) that no tool span ran and no later model call got a result for: lookup \(c1\)/],
    ],
  ])('%s', (_what, list, steps, expected) => {
    const r = convertOtlpExports([spans(list as S[])]);
    expect(r.trace.steps.map((s) => (s.type === 'tool' ? `tool:${s.name}` : s.type))).toEqual(steps);
    const notable = r.warnings.filter((w) => /derived|no tool span ran/.test(w));
    expect(notable).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(notable[i]).toMatch(re));
  });
});

describe('a missing or empty final output is a warning naming where evalgate looked', () => {
  it.each([
    ['no text in the last reply', parts({ type: 'reasoning', content: 'hmm' }), /^the trace has no final output: output checks see null\. .*the last model call that recorded messages, step 1 \(llm "chat m"\), has no text in gen_ai\.output\.messages$/],
    ['blank text', parts({ type: 'text', content: '   ' }), /^the trace has no final output/],
    ['an empty JSON object', parts({ type: 'text', content: '{}' }), /^the trace has an empty final output \(\{\}\) \(read from gen_ai\.output\.messages of step 1 \(llm "chat m"\)\): output checks see \{\}/],
  ])('%s', (_what, messages, expected) => {
    const r = convertOtlpExports([spans([chat('a1', 0, { 'gen_ai.output.messages': messages })])]);
    expect(r.warnings.filter((w) => /final output/.test(w))).toEqual([expect.stringMatching(expected)]);
  });

  it('an invoke_agent span without text falls back to the last model reply; with it, nothing is said', () => {
    const agent: S = { id: 'g1', name: 'invoke_agent a', start: 0, end: 30, attrs: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.output.messages': parts() } };
    const r = convertOtlpExports([spans([agent, chat('a1', 1, { 'gen_ai.output.messages': parts({ type: 'text', content: ANSWER }) })])]);
    expect(r.trace.output).toBe(ANSWER);
    expect(r.warnings.join('\n')).not.toMatch(/final output/);
  });
});
