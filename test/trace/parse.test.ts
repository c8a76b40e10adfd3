import { describe, expect, it } from 'vitest';
import { parseTrace } from '../../src/trace/parse.js';
import { findExcessiveJsonDepth, MAX_JSON_DEPTH } from '../../src/json.js';
import { formatAjvErrors } from '../../src/trace/format.js';

const specExample = {
  output: { action: 'refund', reply: '...' },
  steps: [
    { type: 'llm', name: 'planner', model: 'm', input_tokens: 812, output_tokens: 64, cost_usd: 0.002, latency_ms: 820 },
    { type: 'tool', name: 'policy.check_eligibility', args: { order_id: '8812' }, result: { eligible: true }, status: 'ok', latency_ms: 240 },
    { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812' }, status: 'error', error: 'HTTP 401', latency_ms: 312 },
  ],
  usage: { input_tokens: 812, output_tokens: 64, cost_usd: 0.002 },
  latency_ms: 1400,
};

function reasonOf(text: string): string {
  const r = parseTrace(text, 999);
  if (r.ok) throw new Error('expected a parse failure');
  return r.reason;
}

describe('parseTrace', () => {
  it('accepts the SPEC example unchanged', () => {
    const r = parseTrace(JSON.stringify(specExample), 5000);
    expect(r).toEqual({ ok: true, trace: specExample, warnings: [], cost_source: 'reported', format: 'native' });
  });

  it('keeps extra step and top-level fields', () => {
    const doc = { output: null, steps: [{ type: 'retrieval', name: 'kb', docs: 3 }], run_id: 'r1' };
    const r = parseTrace(JSON.stringify(doc), 10);
    expect(r.ok && r.trace.steps[0]).toEqual({ type: 'retrieval', name: 'kb', docs: 3 });
  });

  it('derives usage by summing steps and latency from step latencies', () => {
    const { usage: _u, latency_ms: _l, ...bare } = specExample;
    const r = parseTrace(JSON.stringify(bare), 5000);
    expect(r.ok && r.trace.usage).toEqual({ input_tokens: 812, output_tokens: 64, cost_usd: 0.002 });
    expect(r.ok && r.trace.latency_ms).toBe(820 + 240 + 312);
  });

  it('fills only the usage fields that are missing', () => {
    const doc = { output: 1, steps: [{ type: 'llm', name: 'a', input_tokens: 5, output_tokens: 6, cost_usd: 0.1 }, { type: 'llm', name: 'b', cost_usd: 0.2 }], usage: { input_tokens: 50 } };
    const r = parseTrace(JSON.stringify(doc), 10);
    // 0.1 + 0.2 is rounded, not 0.30000000000000004.
    expect(r.ok && r.trace.usage).toEqual({ input_tokens: 50, output_tokens: 6, cost_usd: 0.3 });
  });

  it('uses wall time when no step has a latency', () => {
    const r = parseTrace(JSON.stringify({ output: 'hi', steps: [{ type: 'llm', name: 'x' }] }), 4321);
    expect(r.ok && r.trace.latency_ms).toBe(4321);
    expect(r.ok && r.trace.usage).toEqual({ input_tokens: 0, output_tokens: 0, cost_usd: 0 });
  });

  it('converts an OTLP export', () => {
    const otlp = {
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  name: 'execute_tool kb.search',
                  startTimeUnixNano: '1000000000',
                  endTimeUnixNano: '1250000000',
                  attributes: [
                    { key: 'gen_ai.operation.name', value: { stringValue: 'execute_tool' } },
                    { key: 'gen_ai.tool.name', value: { stringValue: 'kb.search' } },
                  ],
                  status: {},
                },
              ],
            },
          ],
        },
      ],
    };
    const r = parseTrace(JSON.stringify(otlp), 9999);
    expect(r.ok && r.trace).toEqual({
      output: null,
      steps: [{ type: 'tool', name: 'kb.search', status: 'ok', latency_ms: 250 }],
      usage: { input_tokens: 0, output_tokens: 0, cost_usd: 0 },
      latency_ms: 250,
    });
  });

  it.each([
    ['', /^stdout is empty; expected one trace JSON document$/],
    ['  \n', /^stdout is empty/],
    ['hello world', /^stdout is not JSON: .+; first bytes: "hello world"; stdout is the trace: log to stderr \(console\.error, print\(\.\.\., file=sys\.stderr\), >&2\)$/],
    ['loading model...\n{"output": 1, "steps": []}\n', /it holds 1 line besides a JSON line \(first: "loading model\.\.\."\): stdout is the trace: log to stderr/],
    ['{"output": 1, "steps": []}\ndone in 3 ms\nbye\n', /it holds 2 lines besides a JSON line \(first: "done in 3 ms"\): stdout is the trace/],
    ['{"output": 1, "steps": [', /^stdout is not JSON: (?!.*log to stderr)/],
    ['[]', /^stdout is not a valid trace: trace must be object; got \[\]$/],
    ['{"steps": []}', /^stdout is not a valid trace: trace\.output is missing \(required\)$/],
    ['{"output": 1}', /trace\.steps is missing \(required\)/],
    ['{"output": 1, "steps": {}}', /trace\.steps must be array; got \{\}/],
    ['{"output": 1, "steps": [{"type": "tool"}]}', /trace\.steps\[0\]\.name is missing \(required\)/],
    [
      '{"output": 1, "steps": [{"type": "tool", "name": "a"}, {"type": "tool", "name": "b", "status": "failed"}]}',
      /trace\.steps\[1\]\.status must be one of "ok", "error"; got "failed"/,
    ],
    ['{"output": 1, "steps": [], "latency_ms": -5}', /trace\.latency_ms must be >= 0; got -5/],
    ['{"output": 1, "steps": [], "usage": {"cost_usd": "0.1"}}', /trace\.usage\.cost_usd must be number; got "0\.1"/],
    ['{"resourceSpans": []}', /^stdout: OTLP export has no spans/],
  ])('rejects %j', (text, reason) => {
    expect(reasonOf(text)).toMatch(reason);
  });

  it('shows at most 60 bytes of non-JSON output, escaped', () => {
    const reason = reasonOf(`Traceback (most recent call last):\n${'x'.repeat(500)}`);
    expect(reason).toContain('first bytes: "Traceback (most recent call last):\\nxxx');
    expect(reason.length).toBeLessThan(250);
  });

  it('counts the other problems', () => {
    expect(reasonOf('{"output": 1, "steps": [{"type": 1, "name": 2}]}')).toMatch(/\(and 1 more problem\)$/);
  });

  it('names the source it was given', () => {
    const r = parseTrace('nope', 1, 'line 3 of worker 2');
    expect(!r.ok && r.reason).toMatch(/^line 3 of worker 2 is not JSON/);
  });
});

describe('formatAjvErrors', () => {
  it('quotes odd keys and indexes arrays', () => {
    const errors = [{ instancePath: '/a b/0', keyword: 'type', params: { type: 'string' }, schemaPath: '#', message: 'must be string' }];
    expect(formatAjvErrors(errors, { 'a b': [3] }, 'output')).toBe('output["a b"][0] must be string; got 3');
  });
});

describe('nesting depth bound (issue 9: a 100,000-level trace must be an error, not a crashed run)', () => {
  const nested = (depth: number) => `{"output":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)},"steps":[]}`;

  it.each([
    { text: '{}', offset: -1 },
    { text: '[[[]]]', max: 3, offset: -1 },
    { text: '[[[[]]]]', max: 3, offset: 3 },
    { text: '{"a":"[[[[[[[["}', max: 1, offset: -1 },
    { text: '{"a":"\\"[[[[","b":[[]]}', max: 2, offset: 19 },
  ])('findExcessiveJsonDepth($text, $max) = $offset', ({ text, max, offset }) => {
    expect(findExcessiveJsonDepth(text, max)).toBe(offset);
  });

  it(`accepts a trace nested exactly ${MAX_JSON_DEPTH} levels`, () => {
    const r = parseTrace(nested(MAX_JSON_DEPTH), 5);
    expect(r.ok).toBe(true);
    if (r.ok) expect(JSON.stringify(r.trace).length).toBeGreaterThan(2 * MAX_JSON_DEPTH);
  });

  it('rejects 100,000 levels with a reason naming the limit, without overflowing the stack', () => {
    const r = parseTrace(nested(100_000), 5);
    expect(r).toEqual({ ok: false, reason: `stdout nests deeper than ${MAX_JSON_DEPTH} levels (at offset ${10 + MAX_JSON_DEPTH - 1}); expected a trace of reasonable depth` });
  });
});

describe('native traces without an answer', () => {
  it.each([
    [{ output: null, steps: [] }, /^the trace has no final output: its "output" is null, so output checks see no answer \(with evalgate\/harness: the agent function returned nothing and did not call ctx\.output\(\)\)$/],
    [{ output: '  ', steps: [] }, /^the trace has an empty final output \("  "\)/],
  ])('%j is a warning', (doc, expected) => {
    const r = parseTrace(JSON.stringify(doc), 5);
    expect(r.ok && r.warnings).toEqual([expect.stringMatching(expected)]);
  });

  it('an answer is not', () => {
    const r = parseTrace(JSON.stringify({ output: { action: 'refund' }, steps: [] }), 5);
    expect(r.ok && r.warnings).toEqual([]);
  });
});

describe('warnings a native trace carries for the harness', () => {
  it('come first among the trial warnings and are not kept in the trace', () => {
    const r = parseTrace(JSON.stringify({ output: 'ok', steps: [], warnings: ['evalgate/harness: 2 span(s) lost'] }), 5);
    if (!r.ok) throw new Error(r.reason);
    expect(r.warnings).toEqual(['evalgate/harness: 2 span(s) lost']);
    expect(r.trace).not.toHaveProperty('warnings');
  });

  it('must be strings', () => {
    const r = parseTrace(JSON.stringify({ output: 'ok', steps: [], warnings: [3] }), 5);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/trace\.warnings\[0\] must be string/);
  });
});
