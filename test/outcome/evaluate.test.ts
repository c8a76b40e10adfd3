import { describe, expect, it } from 'vitest';
import type { Check, TrialRun } from '../../src/types.js';
import { buildTraceExcerpt, capWarnings, evaluateTrial, MAX_WARNINGS, renderTraceForEvaluator } from '../../src/outcome/evaluate.js';
import type { CommandVerdict } from '../../src/outcome/evaluate.js';
import { caseOf, llm, tool, traceOf } from './helpers.js';

const good = traceOf(
  [
    llm('planner', { input_tokens: 800, output_tokens: 60, cost_usd: 0.002 }),
    tool('policy.check_eligibility', { order_id: '8812' }),
    tool('billing.issue_refund', { order_id: '8812' }),
  ],
  { output: { action: 'refund', reply: 'Refund issued' }, latency_ms: 1400 },
);
const traceRun = (trace = good, stderr = ''): TrialRun => ({ kind: 'trace', trace, stderr_tail: stderr, wall_ms: 2000 });
const none = new Map<number, CommandVerdict>();

const inOrder: Check = { type: 'trajectory', mode: 'in_order', tools: ['policy.check_eligibility', 'billing.issue_refund'] };
const noCharge: Check = { type: 'tool_not_called', tool: 'billing.issue_refund' };
const replyMatch: Check = { type: 'output_match', path: 'reply', pattern: 'escalat' };
const judge: Check = { type: 'command', run: 'node evals/judges/tone.js' };

describe('evaluateTrial', () => {
  it('passes when every check passes, with usage figures and no evidence', () => {
    const r = evaluateTrial(caseOf([inOrder]), 1, traceRun(good, 'some log'), none, 0);
    expect(r).toEqual({ trial: 1, outcome: 'pass', failures: [], latency_ms: 1400, tokens: 860, cost_usd: 0.002, retries: 0 });
  });

  it('fails with the class of the first failing check in file order and keeps every failure', () => {
    const r = evaluateTrial(caseOf([inOrder, replyMatch, noCharge]), 2, traceRun(good, 'warn: slow'), none, 1);
    expect(r.outcome).toBe('fail');
    expect(r.class).toBe('bad_output');
    expect(r.failures).toEqual([
      { index: 1, type: 'output_match', level: 'system', class: 'bad_output', message: 'output.reply "Refund issued" does not match /escalat/' },
      { index: 2, type: 'tool_not_called', level: 'trace', class: 'bad_decision', message: 'billing.issue_refund was called 1 time (step 3); expected never' },
    ]);
    expect(r.retries).toBe(1);
    expect(r.stderr_tail).toBe('warn: slow');
    expect(JSON.parse(r.trace_excerpt ?? '')).toEqual(good);
  });

  it('a class: override on the first failing check names the trial class', () => {
    const r = evaluateTrial(caseOf([{ ...noCharge, class: 'tool_error' }, replyMatch]), 1, traceRun(), none, 0);
    expect(r.class).toBe('tool_error');
    expect(r.failures.map((f) => f.class)).toEqual(['tool_error', 'bad_output']);
  });

  it('a timeout fails with class timeout and says how long it ran', () => {
    const r = evaluateTrial(caseOf([inOrder]), 3, { kind: 'timeout', stderr_tail: 'still thinking', wall_ms: 30012.7 }, none, 0);
    expect(r).toEqual({
      trial: 3,
      outcome: 'fail',
      class: 'timeout',
      failures: [{ index: -1, type: 'budget', level: 'trace', class: 'timeout', message: 'harness timed out after 30013 ms (timeout_ms 30000)' }],
      latency_ms: 30012.7,
      tokens: 0,
      cost_usd: 0,
      retries: 0,
      stderr_tail: 'still thinking',
    });
  });

  it('a harness error is outcome error with the reason and stderr, never a failure', () => {
    const run: TrialRun = { kind: 'error', reason: 'exit code 1 without a trace', stderr_tail: 'TypeError: x is undefined', wall_ms: 80 };
    const r = evaluateTrial(caseOf([inOrder]), 1, run, none, 2);
    expect(r).toEqual({
      trial: 1,
      outcome: 'error',
      failures: [],
      error: 'exit code 1 without a trace',
      latency_ms: 80,
      tokens: 0,
      cost_usd: 0,
      retries: 2,
      stderr_tail: 'TypeError: x is undefined',
    });
    expect(r.class).toBeUndefined();
  });

  describe('command checks', () => {
    const rows: Array<[string, CommandVerdict | undefined, Partial<ReturnType<typeof evaluateTrial>>]> = [
      ['pass', { pass: true, score: 0.9, reason: 'polite' }, { outcome: 'pass', failures: [] }],
      [
        'fail',
        { pass: false, score: 0.1, reason: 'tone is curt' },
        { outcome: 'fail', class: 'bad_output', failures: [{ index: 1, type: 'command', level: 'system', class: 'bad_output', message: 'tone is curt (score 0.1)' }] },
      ],
      [
        'evaluator error',
        { error: 'judge exited 2: missing OPENAI_API_KEY' },
        { outcome: 'error', failures: [], error: 'checks[1] (command "node evals/judges/tone.js") could not evaluate the trace: judge exited 2: missing OPENAI_API_KEY' },
      ],
      ['no verdict', undefined, { outcome: 'error', error: 'checks[1] (command "node evals/judges/tone.js") has no verdict' }],
    ];
    it.each(rows)('%s', (_name, verdict, expected) => {
      const verdicts = new Map<number, CommandVerdict>(verdict ? [[1, verdict]] : []);
      expect(evaluateTrial(caseOf([inOrder, judge]), 1, traceRun(), verdicts, 0)).toMatchObject(expected);
    });

    it('an evaluator error does not turn a definite failure into a retryable error', () => {
      const verdicts = new Map<number, CommandVerdict>([[1, { error: 'timeout' }]]);
      const r = evaluateTrial(caseOf([noCharge, judge]), 1, traceRun(), verdicts, 0);
      expect(r.outcome).toBe('fail');
      expect(r.class).toBe('bad_decision');
      expect(r.error).toBeUndefined();
    });
  });

  it('an unusable check (bad regex) makes the trial error, naming the check', () => {
    const r = evaluateTrial(caseOf([inOrder, { type: 'output_match', pattern: '(' }]), 1, traceRun(), none, 0);
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/^checks\[1\] \(output_match\): output_match pattern \/\(\/ is not a valid regular expression/);
    expect(r.trace_excerpt).toBeDefined();
  });

  describe('failing steps', () => {
    const broken = traceOf([tool('policy.check_eligibility'), tool('billing.issue_refund', {}, { status: 'error', error: 'HTTP 401' }), tool('billing.issue_refund')]);
    it('fail a case without checks with class tool_error', () => {
      const r = evaluateTrial(caseOf([]), 1, traceRun(broken), none, 0);
      expect(r.outcome).toBe('fail');
      expect(r.class).toBe('tool_error');
      expect(r.failures).toEqual([{ index: -1, type: 'no_tool_errors', level: 'trace', class: 'tool_error', message: 'billing.issue_refund failed at step 2: HTTP 401' }]);
    });
    it('leave the decision to the checks when there are checks (the agent recovered)', () => {
      expect(evaluateTrial(caseOf([inOrder]), 1, traceRun(broken), none, 0).outcome).toBe('pass');
    });
    it('fail through no_tool_errors when the case asks for it', () => {
      const r = evaluateTrial(caseOf([inOrder, { type: 'no_tool_errors' }]), 1, traceRun(broken), none, 0);
      expect(r).toMatchObject({ outcome: 'fail', class: 'tool_error' });
    });
    it('a case without checks and without failing steps passes', () => {
      expect(evaluateTrial(caseOf([]), 1, traceRun(), none, 0).outcome).toBe('pass');
    });
  });

  it('records conversion warnings and the cost source on every trial, pass or fail, but never for holdout cases', () => {
    const warnings = ['OTLP export converted as X: 3 span(s) -> 3 step(s)'];
    const run: TrialRun = { kind: 'trace', trace: good, stderr_tail: '', wall_ms: 2000, warnings, cost_source: 'priced' };
    expect(evaluateTrial(caseOf([inOrder]), 1, run, none, 0)).toMatchObject({ outcome: 'pass', warnings: ['OTLP export converted as X: 3 span(s) -> 3 step(s)'], cost_source: 'priced' });
    expect(evaluateTrial(caseOf([noCharge]), 1, run, none, 0)).toMatchObject({ outcome: 'fail', warnings });
    const holdout = evaluateTrial(caseOf([inOrder], { holdout: true }), 1, run, none, 0);
    expect(holdout.warnings).toBeUndefined();
    expect(holdout.cost_source).toBe('priced');
  });

  it('caps warnings at MAX_WARNINGS, saying how many more there were', () => {
    const many = Array.from({ length: MAX_WARNINGS + 5 }, (_, i) => `w${i}`);
    const kept = capWarnings(many);
    expect(kept).toHaveLength(MAX_WARNINGS);
    expect(kept[MAX_WARNINGS - 1]).toBe('… and 6 more warning(s)');
    expect(capWarnings(['x'.repeat(5000)])[0]).toHaveLength(1000);
  });

  it('never keeps evidence for holdout cases', () => {
    const holdout = caseOf([noCharge], { holdout: true });
    const fail = evaluateTrial(holdout, 1, traceRun(good, 'secret stderr'), none, 0);
    expect(fail.outcome).toBe('fail');
    expect(fail.stderr_tail).toBeUndefined();
    expect(fail.trace_excerpt).toBeUndefined();
    const timeout = evaluateTrial(holdout, 1, { kind: 'timeout', stderr_tail: 'secret', wall_ms: 1 }, none, 0);
    expect(timeout.stderr_tail).toBeUndefined();
  });
});

describe('buildTraceExcerpt', () => {
  it('keeps small traces whole', () => {
    expect(buildTraceExcerpt(good)).toBe(JSON.stringify(good));
  });

  it('cuts large traces to the limit with a marker giving the full size', () => {
    const big = traceOf(Array.from({ length: 200 }, (_, i) => tool(`t${i}`, { i })));
    const full = JSON.stringify(big).length;
    const excerpt = buildTraceExcerpt(big);
    expect(excerpt.length).toBeLessThanOrEqual(2000);
    expect(excerpt.endsWith(` …[truncated, ${full} chars]`)).toBe(true);
    expect(excerpt.startsWith('{"output":null,"steps":[{"type":"tool","name":"t0"')).toBe(true);
  });

  it('shortens one huge string so the rest of the trajectory still fits', () => {
    const t = traceOf([tool('kb.search', {}, { result: 'x'.repeat(50_000) }), tool('billing.issue_refund')]);
    const excerpt = buildTraceExcerpt(t);
    expect(excerpt).toContain('…(50000 chars)');
    expect(excerpt).toContain('billing.issue_refund');
  });
});

describe('renderTraceForEvaluator', () => {
  it('is the trace as JSON', () => {
    expect(JSON.parse(renderTraceForEvaluator(good))).toEqual(good);
  });
});

describe('a max_tokens budget that cannot be checked', () => {
  it('makes the trial an error (neither a pass nor a failure of the agent), saying why', () => {
    const run: TrialRun = { kind: 'trace', trace: traceOf([llm('a'), tool('policy.check_eligibility')]), stderr_tail: '', wall_ms: 10 };
    const r = evaluateTrial(caseOf([{ type: 'trajectory', mode: 'in_order', tools: ['policy.check_eligibility'] }, { type: 'budget', max_tokens: 2000 }]), 1, run, new Map(), 0);
    expect(r.outcome).toBe('error');
    expect(r.error).toBe(
      'checks[1] (budget): max_tokens 2000 cannot be checked: no llm step reports token counts (llm step 1); make the model (or its instrumentation) report usage, or record input_tokens/output_tokens on llm steps',
    );
  });

  it('another check failing outright still fails the trial', () => {
    const run: TrialRun = { kind: 'trace', trace: traceOf([llm('a')]), stderr_tail: '', wall_ms: 10 };
    const r = evaluateTrial(caseOf([{ type: 'tool_not_called', tool: 'x' }, { type: 'trajectory', mode: 'in_order', tools: ['policy.check_eligibility'] }, { type: 'budget', max_tokens: 2000 }]), 1, run, new Map(), 0);
    expect(r.outcome).toBe('fail');
    expect(r.class).toBe('bad_decision');
  });
});
