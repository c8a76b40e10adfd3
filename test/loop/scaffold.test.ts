import path from 'node:path';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseCaseSource } from '../../src/case/case.js';
import { buildDefaultConfig } from '../../src/case/config.js';
import { extractJsonBlocks, ISSUE_FORM_FIELDS, parseIssueForm } from '../../src/loop/issue-form.js';
import { buildCaseId, findQuotedPhrase, parseToolList, scaffoldCase, SCAFFOLD_LIMITS, TODO_PATTERN } from '../../src/loop/scaffold.js';
import type { Check } from '../../src/types.js';

const ROOT = path.resolve('/repo');
const CONFIG = buildDefaultConfig('node evals/agent/run.js');

const TRACE = {
  input: { messages: [{ role: 'user', content: 'Refund order 8812 please' }] },
  output: { action: 'refund', reply: 'REFUND DONE for order 8812!! A restocking fee was charged.' },
  steps: [
    { type: 'llm', name: 'planner', model: 'acme-small-1', input_tokens: 812, output_tokens: 64, cost_usd: 0.002, latency_ms: 820 },
    { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812' }, result: { refunded: true, amount: 42 }, status: 'ok', latency_ms: 240 },
    { type: 'tool', name: 'payments.charge', args: { order_id: '8812' }, status: 'error', error: 'HTTP 402', latency_ms: 120 },
    { type: 'tool', name: 'policy.check_eligibility', args: { order_id: '8812' }, result: { eligible: true }, status: 'ok', latency_ms: 90 },
    { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812' }, result: { refunded: false }, status: 'ok', latency_ms: 200 },
  ],
  usage: { input_tokens: 812, output_tokens: 64, cost_usd: 0.002 },
  latency_ms: 1500,
};

interface FormValues {
  name?: string;
  workflow?: string;
  severity?: string;
  cls?: string;
  boundary?: string;
  evidence?: string;
  input?: string;
  expected?: string;
  tools?: string;
}

/** An issue body exactly as GitHub renders the agent-failure form (### label, blank line, value). */
function renderForm(v: FormValues): string {
  const nr = (s: string | undefined) => (s === undefined || s === '' ? '_No response_' : s);
  return [
    `### Failure name\n\n${nr(v.name)}`,
    `### Workflow\n\n${nr(v.workflow)}`,
    `### Severity\n\n${nr(v.severity)}`,
    `### Failure class\n\n${nr(v.cls)}`,
    `### Boundary\n\n${nr(v.boundary)}`,
    `### Owner\n\n@alice`,
    `### Evidence\n\n${nr(v.evidence)}`,
    `### Input\n\n${v.input === undefined ? '_No response_' : '```json\n' + v.input + '\n```'}`,
    `### Expected behaviour\n\n${nr(v.expected)}`,
    `### Expected tool order\n\n${nr(v.tools)}`,
    `### Fix status\n\nmerged`,
    `### Regression coverage\n\n- [X] benchmark\n- [ ] coverage\n- [x] gate`,
    `### Reopen rule\n\nreopen when its guard regresses`,
  ].join('\n\n');
}

const REFUND_FORM: FormValues = {
  name: 'Refund flow calls payment API before policy check',
  workflow: 'refund',
  severity: 'sev1',
  cls: 'bad_decision',
  boundary: 'tool_contract',
  evidence: `Seen in prod on Nov 3.\n\n\`\`\`json\n${JSON.stringify(TRACE, null, 2)}\n\`\`\`\n\nUser feedback: "you charged me!"`,
  expected: 'Check eligibility first, then refund. Never charge a fee.',
  tools: '- policy.check_eligibility\n- billing.issue_refund',
};

function issue(body: string, over: Partial<{ number: number; title: string; html_url: string; labels: Array<string | { name: string }> }> = {}) {
  return { number: 123, title: '[agent-failure] Refund flow calls payment API before policy check', body, html_url: 'https://github.com/acme/agents/issues/123', labels: [{ name: 'agent-failure' }], ...over };
}

function validate(yaml: string, file: string) {
  const parsed = parseCaseSource(yaml, file, CONFIG, ROOT);
  expect(parsed.problems.map((p) => `${p.line}:${p.col} ${p.message}`)).toEqual([]);
  expect(parsed.case).not.toBeNull();
  return parsed.case!;
}

describe('issue form template', () => {
  it('declares every field the parser knows, with the same labels and ids', () => {
    const tpl = load(readFileSync(new URL('../../.github/ISSUE_TEMPLATE/agent-failure.yml', import.meta.url), 'utf8')) as {
      name: string; labels: string[]; body: Array<{ type: string; id?: string; attributes: { label?: string; options?: unknown[] } }>;
    };
    expect(tpl.labels).toEqual(['agent-failure']);
    const fields = tpl.body.filter((b) => b.type !== 'markdown').map((b) => ({ id: b.id, label: b.attributes.label }));
    expect(fields).toEqual(ISSUE_FORM_FIELDS.map((f) => ({ id: f.id, label: f.label })));
    const options = (id: string) => tpl.body.find((b) => b.id === id)!.attributes.options;
    expect(options('severity')).toEqual(['sev0', 'sev1', 'sev2', 'sev3']);
    expect(options('failure_class')).toEqual(['tool_error', 'bad_decision', 'bad_output', 'timeout', 'cost_blowup']);
    expect(options('fix_status')).toEqual(['proposed', 'merged', 'reverted', 'blocked']);
  });
});

describe('parseIssueForm', () => {
  it('reads every field by id, _No response_ as null, checkboxes as checked labels', () => {
    const form = parseIssueForm(renderForm({ ...REFUND_FORM, boundary: '' }));
    expect(form.fields.failure_name).toBe('Refund flow calls payment API before policy check');
    expect(form.fields.workflow).toBe('refund');
    expect(form.fields.boundary).toBeNull();
    expect(form.fields.fix_status).toBe('merged');
    expect(form.checked.regression_coverage).toEqual(['benchmark', 'gate']);
    expect(form.fields.evidence).toContain('"steps"');
  });

  it('does not treat ### lines inside a fenced trace as new fields', () => {
    const body = renderForm({ ...REFUND_FORM, evidence: '```\n### Workflow\n\nevil\n```' });
    const form = parseIssueForm(body.replace(/\n/g, '\r\n'));
    expect(form.fields.workflow).toBe('refund');
    expect(form.fields.evidence).toContain('evil');
  });

  it('extracts fenced json blocks, reporting the broken ones with their line', () => {
    const text = 'intro\n```json\n{"a": 1,}\n```\n\n~~~~json\n{"b": [1, 2]}\n~~~~\n```json\n{nope\n```\n```js\n{"c":1}\n```';
    const blocks = extractJsonBlocks(text);
    expect(blocks.map((b) => (b.ok ? b.value : b.error))).toEqual([{ a: 1 }, { b: [1, 2] }, expect.stringContaining('line 9 is not valid JSON')]);
  });
});

describe('scaffoldCase', () => {
  it('builds a valid bad_decision case with trajectory, tool_not_called and replay fixtures', () => {
    const r = scaffoldCase(issue(renderForm(REFUND_FORM)), [], { repo: 'acme/agents', defaultTrials: 3 });
    expect(r.caseId).toBe('refund-flow-calls-payment-api-before-policy-check-123');
    expect(r.path).toBe(`evals/cases/refund/${r.caseId}.yaml`);
    // Resolves from evals/cases/<workflow>/ to the schemas an npm install of evalgate ships.
    expect(r.yaml.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../node_modules/evalgate/src/schemas/case.schema.json');
    expect(r.yaml).toMatch(/^# Guards issue #123: .*Refund flow/m);
    const c = validate(r.yaml, r.path);
    expect(c).toMatchObject({ id: r.caseId, guards: 123, workflow: 'refund', severity: 'sev1', failure_class: 'bad_decision', boundary: 'tool_contract', suites: ['benchmark', 'coverage'], trials: 3 });
    expect(c.input).toEqual(TRACE.input);
    expect(c.checks).toEqual<Check[]>([
      { type: 'trajectory', mode: 'in_order', tools: ['policy.check_eligibility', 'billing.issue_refund'] },
      { type: 'tool_not_called', tool: 'payments.charge' },
    ]);
    expect(c.fixtures).toBe(path.join(ROOT, r.fixtures!.path));
    expect(JSON.parse(r.fixtures!.json)).toEqual({
      'billing.issue_refund': [{ refunded: true, amount: 42 }, { refunded: false }],
      'payments.charge': [{ error: 'HTTP 402' }],
      'policy.check_eligibility': [{ eligible: true }],
    });
  });

  it.each([
    ['tool_error', 'sev0', (c: Check[]) => expect(c).toContainEqual({ type: 'no_tool_errors' })],
    ['cost_blowup', 'sev2', (c: Check[]) => expect(c).toContainEqual({ type: 'budget', max_cost_usd: 0.001, max_tokens: 438 })],
    ['timeout', 'sev3', (c: Check[]) => expect(c).toContainEqual({ type: 'budget', max_latency_ms: 750 })],
    ['bad_output', 'sev2', (c: Check[]) => expect(c).toContainEqual({ type: 'output_match', path: 'reply', pattern: 'restocking fee', negate: true })],
  ])('derives checks for %s and suites from %s', (cls, sev, assert) => {
    const expected = cls === 'bad_output' ? 'The reply must never mention a "restocking fee".' : 'Refund after the policy check.';
    const r = scaffoldCase(issue(renderForm({ ...REFUND_FORM, cls, severity: sev, expected, tools: '' })), [], { defaultTrials: 1 });
    const c = validate(r.yaml, r.path);
    expect(c.failure_class).toBe(cls);
    expect(c.suites).toEqual(sev === 'sev0' || sev === 'sev1' ? ['benchmark', 'coverage'] : ['coverage']);
    assert(c.checks);
  });

  it('takes input from the Input field and the trace from a comment', () => {
    const { input: _ignored, ...bare } = TRACE;
    const body = renderForm({ ...REFUND_FORM, evidence: 'see comment', input: '{"messages":[{"role":"user","content":"hi 42"}]}' });
    const r = scaffoldCase(issue(body), [{ body: 'trace:\n```json\n' + JSON.stringify(bare) + '\n```' }], { defaultTrials: 1 });
    const c = validate(r.yaml, r.path);
    expect(c.input).toEqual({ messages: [{ role: 'user', content: 'hi 42' }] });
    expect(r.fixtures).not.toBeNull();
  });

  it('writes a failing placeholder and a TODO when no check can be derived', () => {
    const r = scaffoldCase(issue(renderForm({ ...REFUND_FORM, cls: 'bad_output', expected: 'Be nicer.', tools: '', evidence: 'none' })), [], { defaultTrials: 1 });
    const c = validate(r.yaml, r.path);
    expect(c.checks).toEqual([{ type: 'output_match', pattern: TODO_PATTERN }]);
    expect(r.yaml).toMatch(/^# TODO: .*output_match/m);
    expect(r.fixtures).toBeNull();
    expect(r.warnings.join('\n')).toMatch(/no trace/);
  });

  it('guards owner/repo#N when the issue lives in another repository', () => {
    const r = scaffoldCase(issue(renderForm(REFUND_FORM), { html_url: 'https://github.com/other/tracker/issues/123' }), [], { repo: 'acme/agents', defaultTrials: 1 });
    expect(validate(r.yaml, r.path).guards).toBe('other/tracker#123');
  });
});

describe('scaffoldCase with hostile input', () => {
  it.each(['../../../etc', 'refund/../../x', 'Refund Flow', 'a'.repeat(41), '..'])('sanitizes workflow %j to general', (wf) => {
    const r = scaffoldCase(issue(renderForm({ ...REFUND_FORM, workflow: wf })), [], { defaultTrials: 1 });
    expect(r.path).toBe(`evals/cases/general/${r.caseId}.yaml`);
    expect(r.warnings.some((w) => /evals\/cases\/general/.test(w))).toBe(true);
    validate(r.yaml, r.path);
  });

  it('keeps ids and paths free of user path syntax and YAML injection', () => {
    const name = '../../../.github/workflows/pwn\n# injected: true\nid: x';
    const r = scaffoldCase(issue(renderForm({ ...REFUND_FORM, name })), [], { defaultTrials: 1 });
    expect(r.caseId).toMatch(/^[a-z0-9-]{1,60}$/);
    expect(r.path).not.toContain('..');
    expect(r.fixtures!.path).toBe(`evals/fixtures/${r.caseId}.json`);
    expect(r.yaml).not.toMatch(/^# injected/m);
    expect(validate(r.yaml, r.path).id).toBe(r.caseId);
  });

  it('caps a huge body and still produces a valid case', () => {
    const huge = renderForm(REFUND_FORM) + '\n\n' + 'A'.repeat(SCAFFOLD_LIMITS.body * 4);
    const started = Date.now();
    const r = scaffoldCase(issue(huge, { title: 'x'.repeat(10000) }), [{ body: 'B'.repeat(SCAFFOLD_LIMITS.comment * 3) }], { defaultTrials: 1 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.warnings.some((w) => /only the first/.test(w))).toBe(true);
    expect(r.yaml.length).toBeLessThan(20000);
    validate(r.yaml, r.path);
  });

  it('does not pollute prototypes from tool names in the trace', () => {
    const trace = { output: null, steps: [{ type: 'tool', name: '__proto__', result: { polluted: true }, status: 'ok' }] };
    const r = scaffoldCase(issue(renderForm({ ...REFUND_FORM, evidence: '```json\n' + JSON.stringify(trace) + '\n```' })), [], { defaultTrials: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(r.fixtures!.json)).toHaveProperty(['__proto__']);
  });
});

describe('helpers', () => {
  it.each([
    ['a, b ,c', ['a', 'b', 'c']],
    ['1. `a.x`\n2. b.y', ['a.x', 'b.y']],
    ['a -> b → c', ['a', 'b', 'c']],
  ])('parseToolList(%j)', (text, tools) => expect(parseToolList(text)).toEqual(tools));

  it.each([
    ['Reply should say "refund issued".', { phrase: 'refund issued', negate: false }],
    ["It must not claim 'has been issued'.", { phrase: 'has been issued', negate: true }],
    ['Be polite.', null],
  ])('findQuotedPhrase(%j)', (text, out) => expect(findQuotedPhrase(text)).toEqual(out));

  it('buildCaseId keeps ids within 60 characters including the issue number', () => {
    const id = buildCaseId('x'.repeat(100), 987654);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/-987654$/);
    expect(buildCaseId('!!!', 5)).toBe('issue-5');
  });
});
