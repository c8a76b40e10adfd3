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
