import { describe, expect, it } from 'vitest';
import type { Check, CheckType, FailureClass, Step, Trace } from '../../src/types.js';
import { CheckConfigError, CheckUndecidableError, commandCheckResult, defaultClassOf, levelOf, runCheck, stripIgnored } from '../../src/outcome/checks.js';
import { llm, tool, traceOf } from './helpers.js';

/** Runs a check and returns its message ('' when it passes). */
function messageOf(check: Check, trace: Trace): string {
  const r = runCheck(check, 0, trace);
  expect(r.pass).toBe(r.message === '');
  return r.message;
}

function tools(...names: string[]): Trace {
  return traceOf(names.map((n) => (n.startsWith('llm:') ? llm(n.slice(4)) : tool(n))));
}

describe('trajectory', () => {
  type Mode = 'exact' | 'in_order' | 'unordered' | 'subset' | 'superset';
  const rows: Array<[Mode, string[], string[], string]> = [
    // exact
    ['exact', ['a', 'b'], ['a', 'b'], ''],
    ['exact', ['a', 'b'], ['llm:planner', 'a', 'llm:planner', 'b'], ''],
    ['exact', ['a', 'b'], ['a', 'c', 'b'], 'expected exactly [a, b]; got [a, c, b]; position 2: expected b, got c (step 2)'],
    ['exact', ['a', 'b'], ['a'], 'expected exactly [a, b]; got [a]; missing b at position 2'],
    ['exact', ['a'], ['a', 'a'], 'expected exactly [a]; got [a, a]; unexpected a at position 2 (step 2)'],
    ['exact', [], [], ''],
    ['exact', [], ['a'], 'expected exactly []; got [a]; unexpected a at position 1 (step 1)'],
    // in_order
    ['in_order', ['policy.check_eligibility', 'billing.issue_refund'], ['policy.check_eligibility', 'x', 'billing.issue_refund'], ''],
    [
      'in_order',
      ['policy.check_eligibility', 'billing.issue_refund'],
      ['billing.issue_refund', 'policy.check_eligibility'],
      'expected billing.issue_refund after policy.check_eligibility; got [billing.issue_refund, policy.check_eligibility]',
    ],
    ['in_order', ['a', 'b'], ['b'], 'expected a to be called (first of [a, b]); got [b]'],
    ['in_order', ['a', 'a'], ['a', 'b', 'a'], ''],
    ['in_order', ['a', 'a'], ['a', 'b'], 'expected a after a; got [a, b]'],
    ['in_order', [], ['a'], ''],
    ['in_order', ['a'], [], 'expected a to be called (first of [a]); got []'],
    // unordered
    ['unordered', ['a', 'b'], ['b', 'a'], ''],
    ['unordered', ['a', 'b'], ['b', 'a', 'a'], 'expected [a, b] in any order; unexpected [a]; got [b, a, a]'],
    ['unordered', ['a', 'a', 'b'], ['a', 'b'], 'expected [a, a, b] in any order; missing [a]; got [a, b]'],
    ['unordered', ['a', 'b'], ['a', 'c'], 'expected [a, b] in any order; missing [b]; unexpected [c]; got [a, c]'],
    ['unordered', [], [], ''],
    // subset
    ['subset', ['a', 'b'], ['c', 'b', 'a', 'a'], ''],
    ['subset', ['a', 'b', 'c'], ['a'], 'never called [b, c] (expected every tool of [a, b, c]); got [a]'],
    ['subset', [], ['x'], ''],
    // superset
    ['superset', ['a', 'b'], ['a', 'a'], ''],
    ['superset', ['a', 'b'], [], ''],
    ['superset', ['a'], ['a', 'c', 'd', 'c'], 'called tools outside [a]: [c, d] (steps 2, 3, 4); got [a, c, d, c]'],
    ['superset', [], ['x'], 'called tools outside []: [x] (step 1); got [x]'],
  ];
  it.each(rows)('%s %j on %j', (mode, expected, got, message) => {
    expect(messageOf({ type: 'trajectory', mode, tools: expected }, tools(...got))).toBe(message);
  });

  it('counts step numbers over all steps, llm included', () => {
    expect(messageOf({ type: 'trajectory', mode: 'exact', tools: ['a'] }, tools('llm:p', 'b'))).toBe(
      'expected exactly [a]; got [b]; position 1: expected a, got b (step 2)',
    );
  });

  it('shortens very long trajectories', () => {
    const names = Array.from({ length: 25 }, (_, i) => `t${i}`);
    expect(messageOf({ type: 'trajectory', mode: 'subset', tools: ['zz'] }, tools(...names))).toContain('t19, … +5 more]');
  });
});

describe('tool_not_called', () => {
  it.each<[Step[], string]>([
    [[tool('a')], ''],
    [[], ''],
    [[llm(), tool('a'), tool('payments.charge')], 'payments.charge was called 1 time (step 3); expected never'],
    [[tool('payments.charge'), tool('a'), tool('payments.charge', {}, { status: 'error' })], 'payments.charge was called 2 times (steps 1, 3); expected never'],
    // An llm step that happens to share the name is not a tool call.
    [[llm('payments.charge')], ''],
  ])('%#', (steps, message) => {
    expect(messageOf({ type: 'tool_not_called', tool: 'payments.charge' }, traceOf(steps))).toBe(message);
  });
});

describe('tool_args', () => {
  const refund = (args: unknown, extra: Partial<Step> = {}) => tool('billing.issue_refund', args, extra);
  const T = 'billing.issue_refund';
  const rows: Array<[string, Omit<Check & { type: 'tool_args' }, 'type' | 'tool'>, Step[], string]> = [
    ['never called', { args: { order_id: '8812' } }, [tool('x')], 'billing.issue_refund was never called'],
    ['exact equal', { args: { order_id: '8812' } }, [refund({ order_id: '8812' })], ''],
    ['exact wrong value', { args: { order_id: '8812' } }, [refund({ order_id: '8813' })], `${T} args (step 1, match exact): order_id expected "8812", got "8813"`],
    ['exact type matters', { args: { order_id: '8812' } }, [refund({ order_id: 8812 })], `${T} args (step 1, match exact): order_id expected "8812", got 8812`],
    ['exact extra field', { args: { order_id: '8812' } }, [refund({ order_id: '8812', note: 'hi' })], `${T} args (step 1, match exact): note unexpected (got "hi")`],
    ['exact key order does not matter', { args: { a: 1, b: { c: 2, d: 3 } } }, [refund({ b: { d: 3, c: 2 }, a: 1 })], ''],
    ['subset allows extra', { args: { order_id: '8812' }, match: 'subset' }, [refund({ order_id: '8812', note: 'hi' })], ''],
    ['subset missing', { args: { order_id: '8812', amount: 10 }, match: 'subset' }, [refund({ order_id: '8812' })], `${T} args (step 1, match subset): amount missing (expected 10)`],
    ['subset nested', { args: { meta: { reason: 'damaged' } }, match: 'subset' }, [refund({ meta: { reason: 'late', at: 1 } })], `${T} args (step 1, match subset): meta.reason expected "damaged", got "late"`],
    ['superset allows missing', { args: { order_id: '8812', amount: 10 }, match: 'superset' }, [refund({ order_id: '8812' })], ''],
    ['superset extra', { args: { order_id: '8812' }, match: 'superset' }, [refund({ order_id: '8812', amount: 99 })], `${T} args (step 1, match superset): amount unexpected (got 99)`],
    ['arrays by length', { args: { items: [1, 2] } }, [refund({ items: [1] })], `${T} args (step 1, match exact): items expected 2 items, got 1: [1]`],
    ['arrays by element', { args: { items: [{ sku: 'a' }] }, match: 'subset' }, [refund({ items: [{ sku: 'b', qty: 1 }] })], `${T} args (step 1, match subset): items[0].sku expected "a", got "b"`],
    ['every call must match', { args: { order_id: '8812' } }, [refund({ order_id: '8812' }), llm(), refund({ order_id: '9999' })], `${T} args (call 2 of 2, step 3, match exact): order_id expected "8812", got "9999"`],
    ['ignore top-level', { args: { order_id: '8812' }, ignore: ['request_id'] }, [refund({ order_id: '8812', request_id: 'r-1' })], ''],
    ['ignore wildcard', { args: { order_id: '8812' }, ignore: ['meta.*'] }, [refund({ order_id: '8812', meta: { ts: 1, trace: 'x' } })], ''],
    ['ignore keeps other fields checked', { args: { order_id: '8812' }, ignore: ['meta.*'] }, [refund({ order_id: '8813', meta: { ts: 1 } })], `${T} args (step 1, match exact): order_id expected "8812", got "8813"`],
    ['ignore inside arrays', { args: { items: [{ sku: 'a' }] }, ignore: ['items.*.id'] }, [refund({ items: [{ sku: 'a', id: 'x1' }] })], ''],
    [
      'several differences are summarized',
      { args: { a: 1, b: 2, c: 3, d: 4 } },
      [refund({ a: 0, b: 0, c: 0, d: 0 })],
      `${T} args (step 1, match exact): a expected 1, got 0; b expected 2, got 0; c expected 3, got 0; 1 more difference`,
    ],
    ['missing args compare as {}', { args: {} }, [refund(undefined)], ''],
    // schema
    ['schema ok', { schema: { type: 'object', required: ['order_id'], properties: { order_id: { const: '8812' } } } }, [refund({ order_id: '8812' })], ''],
    ['schema const', { schema: { type: 'object', properties: { order_id: { const: '8812' } } } }, [refund({ order_id: '8813' })], `${T} args (step 1): args.order_id must be "8812"; got "8813"`],
    ['schema required', { schema: { type: 'object', required: ['order_id'] } }, [refund({ id: 1 })], `${T} args (step 1): args.order_id is missing (required)`],
    ['schema format', { schema: { type: 'object', properties: { email: { type: 'string', format: 'email' } } } }, [refund({ email: 'nope' })], `${T} args (step 1): args.email must match format "email"; got "nope"`],
    ['schema and args both apply', { schema: { type: 'object' }, args: { order_id: '1' } }, [refund({ order_id: '2' })], `${T} args (step 1, match exact): order_id expected "1", got "2"`],
  ];
  it.each(rows)('%s', (_name, fields, steps, message) => {
    expect(messageOf({ type: 'tool_args', tool: T, ...fields } as Check, traceOf(steps))).toBe(message);
  });

  it('rejects an invalid schema as a check problem, not an agent failure', () => {
    expect(() => runCheck({ type: 'tool_args', tool: 'a', schema: { type: 'objekt' } }, 0, traceOf([tool('a')]))).toThrow(CheckConfigError);
  });
});

describe('stripIgnored', () => {
  it.each<[unknown, string[], unknown]>([
    [{ a: 1, b: 2 }, ['b'], { a: 1 }],
    [{ a: { x: 1, y: 2 }, b: 1 }, ['a.*'], { b: 1 }],
    [{ a: { x: 1, y: 2 } }, ['a.x'], { a: { y: 2 } }],
    [{ a: [{ id: 1, v: 1 }, { id: 2, v: 2 }] }, ['a.*.id'], { a: [{ v: 1 }, { v: 2 }] }],
    [{ a: [1, 2, 3] }, ['a.1'], { a: [1, 3] }],
    [{ a: 1 }, ['missing.path'], { a: 1 }],
    [{ a: {} }, ['a.*'], { a: {} }],
    ['text', ['a'], 'text'],
  ])('%j without %j', (value, paths, expected) => {
    expect(stripIgnored(value, paths.map((p) => p.split('.')))).toEqual(expected);
  });
});

describe('output_schema', () => {
  const schema = { type: 'object', required: ['action'], properties: { action: { enum: ['refund', 'escalate'] } } };
  it.each<[unknown, string]>([
    [{ action: 'refund' }, ''],
    [{ action: 'cancel' }, 'output.action must be one of "refund", "escalate"; got "cancel"'],
    [{}, 'output.action is missing (required)'],
    ['refund', 'output must be object; got "refund"'],
    [null, 'output must be object; got null'],
  ])('%j', (output, message) => {
    expect(messageOf({ type: 'output_schema', schema }, traceOf([], { output }))).toBe(message);
  });

  it('handles schemas with the same $id but different content', () => {
    const a = { $id: 'https://example.com/out.json', type: 'string' };
    const b = { $id: 'https://example.com/out.json', type: 'number' };
    expect(messageOf({ type: 'output_schema', schema: a }, traceOf([], { output: 's' }))).toBe('');
    expect(messageOf({ type: 'output_schema', schema: b }, traceOf([], { output: 's' }))).toBe('output must be number; got "s"');
  });
});

describe('output_match', () => {
  const output = { action: 'refund', reply: 'Your refund of $20 is on its way', items: [{ sku: 'A-1' }], count: 3, nested: { ok: true } };
  const rows: Array<[Omit<Check & { type: 'output_match' }, 'type'>, unknown, string]> = [
    [{ path: 'reply', pattern: 'refund' }, output, ''],
    [{ path: 'reply', pattern: '^refund' }, output, 'output.reply "Your refund of $20 is on its way" does not match /^refund/'],
    [{ path: 'reply', pattern: '(?i)YOUR REFUND' }, output, ''],
    [{ path: 'reply', pattern: 'sorry', negate: true }, output, ''],
    [{ path: 'reply', pattern: 'refund', negate: true }, output, 'output.reply "Your refund of $20 is on its way" matches /refund/; expected no match (negate)'],
    [{ path: 'items.0.sku', pattern: '^A-\\d$' }, output, ''],
    [{ path: 'count', pattern: '^3$' }, output, ''],
    [{ path: 'nested', pattern: '"ok":false' }, output, 'output.nested "{\\"ok\\":true}" does not match /"ok":false/'],
    [{ path: 'answer', pattern: 'x' }, output, 'output.answer is missing (output has keys [action, reply, items, count, nested])'],
    [{ path: 'items.3.sku', pattern: 'x' }, output, 'output.items[3] is missing (output.items is an array of 1 item)'],
    [{ path: 'reply.text', pattern: 'x' }, output, 'output.reply.text is missing (output.reply is string, not an object)'],
    [{ path: 'reply', pattern: 'x' }, null, 'output.reply is missing (output is null, not an object)'],
    [{ pattern: 'refund' }, 'We issued a refund', ''],
    [{ pattern: 'refund' }, output, ''],
    [{ pattern: 'refund' }, 'no', 'output "no" does not match /refund/'],
  ];
  it.each(rows)('%j', (fields, out, message) => {
    expect(messageOf({ type: 'output_match', ...fields } as Check, traceOf([], { output: out }))).toBe(message);
  });

  it('truncates long values in the message', () => {
    const message = messageOf({ type: 'output_match', pattern: 'zzz' }, traceOf([], { output: 'a'.repeat(1000) }));
    expect(message.length).toBeLessThan(200);
    expect(message).toContain('…');
  });

  it('rejects an invalid pattern as a check problem', () => {
    expect(() => runCheck({ type: 'output_match', pattern: 'a(' }, 0, traceOf([], { output: 'a' }))).toThrow(/pattern \/a\(\/ is not a valid regular expression/);
  });
});

describe('budget', () => {
  const steps = [
    llm('p', { input_tokens: 15000, output_tokens: 4000, cost_usd: 0.071 }),
    tool('a'),
    tool('b'),
    tool('c'),
  ];
  const t = traceOf(steps, { latency_ms: 16200.4 });
  const rows: Array<[Record<string, number>, string, FailureClass | null]> = [
    [{ max_steps: 4, max_tool_calls: 3, max_tokens: 19000, max_cost_usd: 0.08, max_latency_ms: 20000 }, '', null],
    [{ max_steps: 3 }, '4 steps exceed max_steps 3', 'cost_blowup'],
    [{ max_tool_calls: 2 }, '3 tool calls exceed max_tool_calls 2', 'cost_blowup'],
    [{ max_tokens: 18000 }, '19000 tokens (15000 in + 4000 out) exceed max_tokens 18000', 'cost_blowup'],
    [{ max_cost_usd: 0.05 }, 'cost $0.071 exceeds max_cost_usd $0.05', 'cost_blowup'],
    [{ max_latency_ms: 15000 }, 'latency 16200 ms exceeds max_latency_ms 15000', 'timeout'],
    // The first exceeded limit, as written in the case file, names the class.
    [{ max_latency_ms: 15000, max_cost_usd: 0.05 }, 'latency 16200 ms exceeds max_latency_ms 15000; cost $0.071 exceeds max_cost_usd $0.05', 'timeout'],
    [{ max_cost_usd: 0.05, max_latency_ms: 15000 }, 'cost $0.071 exceeds max_cost_usd $0.05; latency 16200 ms exceeds max_latency_ms 15000', 'cost_blowup'],
    [{ max_steps: 100, max_latency_ms: 15000 }, 'latency 16200 ms exceeds max_latency_ms 15000', 'timeout'],
    [{ max_steps: 4 }, '', null],
  ];
  it.each(rows)('%j', (limits, message, cls) => {
    const r = runCheck({ type: 'budget', ...limits }, 2, t);
    expect(r.message).toBe(message);
    expect(r.pass).toBe(cls === null);
    if (cls) expect(r.class).toBe(cls);
  });

  it('lets class: override the limit-derived class', () => {
    expect(runCheck({ type: 'budget', max_latency_ms: 1, class: 'cost_blowup' }, 0, t).class).toBe('cost_blowup');
  });
});

describe('budget max_tokens on a trace whose tokens nobody reported', () => {
  const FIX = 'make the model (or its instrumentation) report usage, or record input_tokens/output_tokens on llm steps';
  const silent = [llm('a'), tool('t'), llm('b')];
  const partial = [llm('a', { input_tokens: 600, output_tokens: 100 }), tool('t'), llm('b')];
  // [what, trace, limits, thrown (cannot be checked) | failure message | '' (pass)]
  const rows: Array<[string, Trace, Record<string, number>, { undecided: string } | string]> = [
    ['no llm step reports tokens', traceOf(silent), { max_tokens: 2000 }, { undecided: `max_tokens 2000 cannot be checked: no llm step reports token counts (llm steps 1, 3); ${FIX}` }],
    ['no llm steps and no usage', traceOf([tool('t')]), { max_tokens: 2000 }, { undecided: `max_tokens 2000 cannot be checked: the trace has no llm steps and reports no usage, so its tokens are unknown; ${FIX}` }],
    ['some llm steps report none, the rest within the limit', traceOf(partial), { max_tokens: 2000 }, { undecided: `max_tokens 2000 cannot be checked: llm step 3 reports no token counts; ${FIX} (the 700 counted are a lower bound)` }],
    ['some llm steps report none, the rest already over the limit', traceOf(partial), { max_tokens: 500 }, `700 tokens (600 in + 100 out) exceed max_tokens 500 (at least: llm step 3 reports no token counts; ${FIX})`],
    ['the harness reported usage for the whole trial', traceOf(silent, { usage: { input_tokens: 900, output_tokens: 100, cost_usd: 0 } }), { max_tokens: 2000 }, ''],
    ['another limit exceeded: a definite failure, the unknown tokens said beside it', traceOf(silent), { max_steps: 2, max_tokens: 2000 }, `3 steps exceed max_steps 2; max_tokens 2000 cannot be checked: no llm step reports token counts (llm steps 1, 3); ${FIX}`],
    ['a budget without max_tokens is unaffected', traceOf(silent), { max_steps: 5 }, ''],
  ];
  it.each(rows)('%s', (_what, trace, limits, expected) => {
    const check = { type: 'budget' as const, ...limits };
    if (typeof expected === 'object') {
      expect(() => runCheck(check, 0, trace)).toThrow(CheckUndecidableError);
      expect(() => runCheck(check, 0, trace)).toThrow(expected.undecided);
      return;
    }
    const r = runCheck(check, 0, trace);
    expect(r.message).toBe(expected);
    expect(r.pass).toBe(expected === '');
  });
});

describe('no_loop', () => {
  const look = (id: string) => tool('policy.check_eligibility', { order_id: id });
  it.each<[number | undefined, Step[], string]>([
    [undefined, [look('8812'), look('8813')], ''],
    [undefined, [look('8812'), llm(), look('8812')], 'policy.check_eligibility called 2 times with identical args {"order_id":"8812"} (steps 1, 3); max_repeats 1'],
    [1, [look('8812'), look('8812'), look('8812')], 'policy.check_eligibility called 3 times with identical args {"order_id":"8812"} (steps 1, 2, 3); max_repeats 1'],
    [3, [look('8812'), look('8812'), look('8812')], ''],
    // Key order in args does not hide a loop.
    [1, [tool('t', { a: 1, b: 2 }), tool('t', { b: 2, a: 1 })], 't called 2 times with identical args {"a":1,"b":2} (steps 1, 2); max_repeats 1'],
    // Same args, different tools: no loop.
    [1, [tool('t', { a: 1 }), tool('u', { a: 1 })], ''],
    // The loop that crossed the limit first is named; the others are counted.
    [
      1,
      [tool('x', {}), tool('y', {}), tool('y', {}), tool('x', {})],
      'y called 2 times with identical args {} (steps 2, 3); max_repeats 1; 1 other repeated call',
    ],
    [1, [{ type: 'tool', name: 'n' }, { type: 'tool', name: 'n' }], 'n called 2 times with identical args null (steps 1, 2); max_repeats 1'],
  ])('max_repeats %s, %#', (max, steps, message) => {
    const check: Check = max === undefined ? { type: 'no_loop' } : { type: 'no_loop', max_repeats: max };
    expect(messageOf(check, traceOf(steps))).toBe(message);
  });
});

describe('side_effects', () => {
  const refund = (status: 'ok' | 'error' = 'ok') => tool('billing.issue_refund', { order_id: '8812' }, status === 'error' ? { status, error: 'HTTP 401' } : { status });
  it.each<[number, Step[], string]>([
    [1, [refund()], ''],
    [1, [refund('error'), refund()], ''],
    [1, [refund(), llm(), refund()], 'billing.issue_refund succeeded 2 times (steps 1, 3); expected exactly 1'],
    [1, [], 'billing.issue_refund succeeded 0 times; expected exactly 1'],
    [1, [refund('error')], 'billing.issue_refund succeeded 0 times; expected exactly 1; 1 failed call (step 1: HTTP 401)'],
    [0, [refund('error')], ''],
    [0, [refund()], 'billing.issue_refund succeeded 1 time (step 1); expected exactly 0'],
  ])('exactly %i, %#', (exactly, steps, message) => {
    expect(messageOf({ type: 'side_effects', tool: 'billing.issue_refund', exactly }, traceOf(steps))).toBe(message);
  });
});

describe('no_tool_errors', () => {
  it.each<[Step[], string]>([
    [[tool('a'), llm()], ''],
    [[llm(), tool('a'), tool('billing.issue_refund', {}, { status: 'error', error: 'HTTP 401' })], 'billing.issue_refund failed at step 3: HTTP 401'],
    [[tool('a', {}, { status: 'error' }), tool('b', {}, { status: 'error' }), llm('p', { status: 'error' })], 'a failed at step 1; 2 more failing steps (2, 3)'],
  ])('%#', (steps, message) => {
    expect(messageOf({ type: 'no_tool_errors' }, traceOf(steps))).toBe(message);
  });
});

describe('levels and classes', () => {
  const rows: Array<[CheckType, string, FailureClass]> = [
    ['output_schema', 'system', 'bad_output'],
    ['output_match', 'system', 'bad_output'],
    ['command', 'system', 'bad_output'],
    ['trajectory', 'trace', 'bad_decision'],
    ['tool_not_called', 'trace', 'bad_decision'],
    ['budget', 'trace', 'cost_blowup'],
    ['no_loop', 'trace', 'bad_decision'],
    ['side_effects', 'trace', 'bad_decision'],
    ['no_tool_errors', 'trace', 'tool_error'],
    ['tool_args', 'node', 'bad_decision'],
  ];
  it.each(rows)('%s is %s-level, class %s', (type, level, cls) => {
    expect(levelOf(type)).toBe(level);
    expect(defaultClassOf(type)).toBe(cls);
  });

  it('budget latency defaults to timeout', () => {
    expect(defaultClassOf('budget', 'max_latency_ms')).toBe('timeout');
  });

  it('class: overrides the default and the result carries index, type and level', () => {
    const r = runCheck({ type: 'tool_not_called', tool: 'a', class: 'tool_error' }, 4, tools('a'));
    expect(r).toEqual({ index: 4, type: 'tool_not_called', level: 'trace', pass: false, class: 'tool_error', message: 'a was called 1 time (step 1); expected never' });
  });

  it('command checks go through commandCheckResult, not runCheck', () => {
    const check: Check = { type: 'command', run: 'node judge.js' };
    expect(() => runCheck(check, 0, tools())).toThrow(/resolved by the caller/);
    expect(commandCheckResult(check, 5, { pass: false, score: 0.2, reason: 'tone is curt' })).toEqual({
      index: 5,
      type: 'command',
      level: 'system',
      pass: false,
      class: 'bad_output',
      message: 'tone is curt (score 0.2)',
      score: 0.2,
    });
    expect(commandCheckResult(check, 0, { pass: false, reason: ' ' }).message).toBe('evaluator "node judge.js" gave no reason');
    expect(commandCheckResult(check, 0, { pass: true, score: 1, reason: 'fine' })).toMatchObject({ pass: true, message: '', score: 1 });
  });
});

describe('tool names rewritten by frameworks (dots -> underscores)', () => {
  const rewritten = tools('policy_check_eligibility', 'billing_issue_refund');
  const rows: Array<[string, Check, string]> = [
    ['trajectory in_order', { type: 'trajectory', mode: 'in_order', tools: ['policy.check_eligibility', 'billing.issue_refund'] }, ''],
    ['trajectory exact', { type: 'trajectory', mode: 'exact', tools: ['policy.check_eligibility', 'billing.issue_refund'] }, ''],
    ['trajectory unordered', { type: 'trajectory', mode: 'unordered', tools: ['billing.issue_refund', 'policy.check_eligibility'] }, ''],
    ['trajectory subset', { type: 'trajectory', mode: 'subset', tools: ['billing.issue_refund'] }, ''],
    ['trajectory superset', { type: 'trajectory', mode: 'superset', tools: ['policy.check_eligibility', 'billing.issue_refund'] }, ''],
    ['tool_not_called', { type: 'tool_not_called', tool: 'billing.issue_refund' }, 'billing.issue_refund was called 1 time (step 2); expected never'],
    ['side_effects', { type: 'side_effects', tool: 'billing.issue_refund', exactly: 1 }, ''],
    ['tool_args', { type: 'tool_args', tool: 'billing.issue_refund', args: {} }, ''],
    // Only the characters providers reject are rewritten: a different tool is still different.
    ['different tool', { type: 'trajectory', mode: 'subset', tools: ['billing.issue_refunds'] }, 'never called [billing.issue_refunds] (expected every tool of [billing.issue_refunds]); got [policy_check_eligibility, billing_issue_refund]'],
  ];
  it.each(rows)('%s', (_label, check, message) => {
    expect(messageOf(check, rewritten)).toBe(message);
  });
});
