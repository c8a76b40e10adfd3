import { describe, expect, it } from 'vitest';
import { parseEvidence, pointedSteps, renderEvidence } from '../../src/surfaces/evidence.js';
import { buildTraceExcerpt } from '../../src/outcome/evaluate.js';
import type { Trace } from '../../src/types.js';
import { markdownProblems } from './checks.js';

const trace: Trace = {
  output: { action: 'refund', reply: 'Refunded order 8812.' },
  steps: [
    { type: 'llm', name: 'planner', model: 'm', input_tokens: 812, output_tokens: 64, latency_ms: 820 },
    { type: 'tool', name: 'policy.check_eligibility', args: { order_id: '8812' }, result: { eligible: true }, status: 'ok', latency_ms: 240 },
    { type: 'tool', name: 'payments.charge', args: { order_id: '8812', amount: 129.99, note: 'x'.repeat(200) }, status: 'ok', latency_ms: 100 },
    { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812' }, status: 'error', error: 'HTTP 401', latency_ms: 312 },
  ],
  usage: { input_tokens: 812, output_tokens: 64, cost_usd: 0.002 },
  latency_ms: 1400,
};
const excerpt = buildTraceExcerpt(trace);

describe('parseEvidence', () => {
  it('reads steps and output of a whole trace excerpt, and the stderr after the separator', () => {
    const ev = parseEvidence(`${excerpt}\n--- stderr ---\nWARN retrying planner\n`);
    expect(ev.steps?.map((s) => `${s.type}:${s.name}:${s.status ?? ''}`)).toEqual(['llm:planner:', 'tool:policy.check_eligibility:ok', 'tool:payments.charge:ok', 'tool:billing.issue_refund:error']);
    expect(ev.truncated).toBe(false);
    expect(ev.output).toEqual(trace.output);
    expect(ev.stderr).toBe('WARN retrying planner\n');
  });

  it('recovers the complete steps of an excerpt cut mid-JSON', () => {
    const cut = buildTraceExcerpt(trace, 480);
    expect(() => JSON.parse(cut)).toThrow();
    const ev = parseEvidence(cut);
    expect(ev.truncated).toBe(true);
    expect(ev.steps!.length).toBeGreaterThanOrEqual(1);
    expect(ev.steps!.length).toBeLessThan(4);
    expect(ev.steps![0].name).toBe('planner');
    expect(ev.output).toEqual(trace.output);
  });

  it('splits off the trace conversion warnings compare.ts appends last', () => {
    const ev = parseEvidence(`${excerpt}\n--- trace conversion ---\nspan 3: gen_ai.tool.name missing; named "tool"`);
    expect(ev.steps).toHaveLength(4);
    expect(ev.truncated).toBe(false);
    expect(ev.conversion).toBe('span 3: gen_ai.tool.name missing; named "tool"');
    const md = renderEvidence(`${excerpt}\n--- stderr ---\nlog\n--- trace conversion ---\nspan 3: renamed`, null, 4000);
    expect(md).toContain('<details><summary>full trace, stderr and trace conversion</summary>');
    expect(md).toContain('trace conversion:\nspan 3: renamed');
  });

  it('treats evidence that is not a JSON object as stderr', () => {
    expect(parseEvidence('Traceback (most recent call last):\n  boom')).toMatchObject({ steps: null, trace: null, stderr: 'Traceback (most recent call last):\n  boom' });
  });

  it('does not take a nested "steps" key for the trace\'s', () => {
    const ev = parseEvidence('{"output":{"steps":[{"name":"fake"}]},"steps":[{"type":"tool","name":"real","status":"ok"},{"type":"tool","na');
    expect(ev.steps?.map((s) => s.name)).toEqual(['real']);
  });
});

describe('pointedSteps', () => {
  it.each([
    ['billing.issue_refund failed at step 3: HTTP 401', [3]],
    ['payments.charge was called 2 times (steps 2, 5); expected never', [2, 5]],
    ['position 2: expected a, got b (step 4)', [4]],
    ['output.reply does not match /refund/', []],
    [null, []],
  ])('%s', (message, want) => expect([...pointedSteps(message)]).toEqual(want));
});

describe('renderEvidence', () => {
  const md = renderEvidence(`${excerpt}\n--- stderr ---\nWARN retrying planner`, 'payments.charge was called 1 time (step 3); expected never', 4000);

  it('is a numbered step list with the pointed step marked, then the output, then a second fold', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('<details><summary>evidence: 4 steps, step 3 marked</summary>');
    expect(md).toContain('1. llm `planner` · ok');
    expect(md).toContain('2. tool `policy.check_eligibility` · `{"order_id":"8812"}` · ok');
    expect(md).toMatch(/^3\. ➜ \*\*tool `payments\.charge` · `\{"order_id":"8812","amount":129\.99,"note":"x+…` · ok\*\* ← failing check$/m);
    expect(md).toContain('4. tool `billing.issue_refund` · `{"order_id":"8812"}` · **error**: HTTP 401');
    expect(md).toContain('- `reply`: Refunded order 8812.');
    expect(md.indexOf('output:')).toBeGreaterThan(md.indexOf('4. tool'));
    expect(md).toContain('<details><summary>full trace and stderr</summary>');
    // The full trace is pretty-printed (one key per line), and stderr follows it.
    expect(md).toMatch(/"name": "payments\.charge",\n/);
    expect(md).toContain('stderr:\nWARN retrying planner');
    expect((md.match(/<details>/g) ?? []).length).toBe(2);
    expect(markdownProblems(md)).toEqual([]);
  });

  it('trims long args so no line of the step list runs wide', () => {
    for (const l of md.split('\n').filter((x) => /^\d+\. /.test(x))) expect(l.length).toBeLessThan(200);
  });

  it('shows the marked and failing steps of a long trace with gaps, not all of them', () => {
    const long: Trace = { ...trace, steps: Array.from({ length: 60 }, (_, i) => ({ type: 'tool', name: `t${i + 1}`, status: i === 44 ? 'error' : 'ok', error: i === 44 ? 'boom' : undefined })) };
    const out = renderEvidence(buildTraceExcerpt(long, 100_000), 't30 called (step 30)', 4000, (t) => t, 12);
    const numbered = out.split('\n').filter((l) => /^\d+\. /.test(l)).map((l) => Number(l.split('.')[0]));
    expect(numbered.length).toBeLessThanOrEqual(16);
    expect(numbered).toEqual(expect.arrayContaining([1, 29, 30, 31, 44, 45, 46, 60]));
    expect(out).toContain('   …');
  });

  it('redacts through the given function before anything is shown', () => {
    const out = renderEvidence(JSON.stringify({ output: { reply: 'key sk-SECRET' }, steps: [{ type: 'tool', name: 'x', args: { k: 'sk-SECRET' }, status: 'ok' }] }), null, 4000, (t) => t.replace(/sk-SECRET/g, '***'));
    expect(out).not.toContain('sk-SECRET');
    expect(out).toContain('***');
  });

  it('a stderr-only evidence is one fold with the stderr fenced', () => {
    const out = renderEvidence('Traceback: boom', null, 4000);
    expect(out).toBe('<details><summary>evidence</summary>\n\n```\nstderr:\nTraceback: boom\n```\n\n</details>');
  });
});

describe('untrusted evidence stays inert, redacted before it is cut, and bounded', () => {
  const secret = 'sk-' + 'A'.repeat(90);
  // A registered secret is matched literally and whole, as core.setSecret values are.
  const redactSecret = (t: string) => t.split(secret).join('***');

  it('a secret longer than the args preview is redacted whole, leaving no fragment', () => {
    const out = renderEvidence(JSON.stringify({ output: {}, steps: [{ type: 'tool', name: 'x', args: { key: secret }, status: 'ok' }] }), null, 4000, redactSecret);
    const firstFold = out.split('<details>')[1] ?? out;
    expect(firstFold).not.toMatch(/sk-A{5,}/);
    expect(out).toContain('***');
  });

  it('a step type or status crafted as Markdown, a mention or a marker renders inert', () => {
    const step = { type: '@acme/oncall <!-- evalgate:benchmark --> [x](https://evil)', name: 'x', status: '<img src=x>', args: {} };
    const out = renderEvidence(JSON.stringify({ output: {}, steps: [step] }), null, 4000);
    const stepLine = out.split('\n').find((l) => /^1\. /.test(l))!;
    expect(stepLine).toBeDefined();
    expect(stepLine).not.toContain('<!--');
    expect(stepLine).not.toContain('<img');
    expect(stepLine).not.toMatch(/(^|[^\u200b])@acme/);
  });

  it('250 erroring steps show at most the step cap, not every error with its neighbours', () => {
    const many = { output: {}, steps: Array.from({ length: 250 }, (_, i) => ({ type: 'tool', name: `t${i + 1}`, status: 'error', error: 'boom' })) };
    const out = renderEvidence(JSON.stringify(many), null, 100_000, (t) => t, 12);
    const numbered = out.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered.length).toBeLessThanOrEqual(16);
  });
});
