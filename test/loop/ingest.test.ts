import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { buildDefaultConfig } from '../../src/case/config.js';
import { parseIssueForm } from '../../src/loop/issue-form.js';
import { fingerprint, INGEST_LIMITS, parseSignals, planIngest, renderIngestPlan, type IngestIssue, type IngestOptions, type IngestPlan } from '../../src/loop/ingest.js';
import { scaffoldCase } from '../../src/loop/scaffold.js';

const TRIAGE = buildDefaultConfig('x').triage;
const opts = (over: Partial<IngestOptions> = {}): IngestOptions => ({
  owners: { refund: ['@alice', '@acme/refunds'] },
  triage: TRIAGE,
  guardedIssues: new Set(),
  redact: (s) => s.replace(/sk-[A-Za-z0-9]{10,}/g, '***'),
  ...over,
});

const ev = (o: Record<string, unknown>) => JSON.stringify({ workflow: 'refund', failure_class: 'tool_error', tool: 'billing.issue_refund', error_code: 'HTTP 503', ...o });

// 7 lines: e1/e2 are two deliveries of request r1; e1 is delivered twice; r2 is another request in
// the same cluster; e4 is another cluster; e5 is a LangSmith issue for a third cluster, e6 its trace.
const SIGNALS = [
  ev({ event_id: 'e1', request_id: 'r1', message: 'billing 503 with key sk-abcdefghijklmnop', trace: { input: { messages: [{ role: 'user', content: 'Refund 8812' }] }, output: null, steps: [] } }),
  ev({ event_id: 'e2', request_id: 'r1', severity: 'sev1' }),
  ev({ event_id: 'e1', request_id: 'r1' }),
  ev({ event_id: 'e3', request_id: 'r2' }),
  ev({ event_id: 'e4', request_id: 'r3', workflow: 'research', failure_class: 'cost_blowup', tool: null, error_code: null }),
  JSON.stringify({ event: 'issue.created', id: 'ls-1', issue: { id: 'iss-9', title: 'Wrong carrier in tracking answer', metadata: { workflow: 'orders' } }, trace: { id: 'tr-1', run_type: 'chain', outputs: { reply: 'x' } } }),
  JSON.stringify({ event: 'issue.trace.added', id: 'ls-2', issue: { id: 'iss-9', metadata: { workflow: 'orders' } }, trace: { id: 'tr-1' } }),
].join('\n');

/** The issues GitHub would hold after applying a plan (new issues numbered from `next`). */
function apply(plan: IngestPlan, issues: IngestIssue[], next = 100): IngestIssue[] {
  const out = issues.map((i) => ({ ...i, comments: [...i.comments] }));
  for (const c of plan.create) out.push({ number: next++, state: 'open', title: c.title, body: c.body, labels: c.labels, comments: [] });
  for (const c of plan.comment) out.find((i) => i.number === c.issue)!.comments.push({ body: c.body });
  for (const r of plan.reopen) {
    const i = out.find((x) => x.number === r.issue)!;
    i.state = 'open';
    i.comments.push({ body: r.comment });
  }
  return out;
}

describe('parseSignals', () => {
  it('reports malformed lines with their 1-based line numbers and keeps the good ones', () => {
    const text = [ev({ event_id: 'ok1' }), '{not json', '', '[1,2]', ev({ event_id: 'x', failure_class: 'oops' }), JSON.stringify({ workflow: 'refund', failure_class: 'timeout' }), JSON.stringify({ event: 'issue.deleted', id: 'z' }), ev({ event_id: 'ok2' })].join('\n');
    const { signals, problems } = parseSignals(text, 'signals.jsonl');
    expect(signals.map((s) => [s.event_id, s.line])).toEqual([['ok1', 1], ['ok2', 8]]);
    expect(problems.map((p) => [p.file, p.line])).toEqual([['signals.jsonl', 2], ['signals.jsonl', 4], ['signals.jsonl', 5], ['signals.jsonl', 6], ['signals.jsonl', 7]]);
    expect(problems[2].message).toMatch(/"failure_class" is "oops"; expected one of tool_error/);
    expect(problems[3].message).toMatch(/missing "event_id"/);
    expect(problems[4].message).toMatch(/unsupported LangSmith event "issue.deleted"/);
  });

  it('maps LangSmith payloads: trace id is the request, metadata names the workflow, errors set the class', () => {
    const { signals } = parseSignals(JSON.stringify({ event: 'issue.trace.added', issue: { id: 'i1' }, project: { name: 'Refund Bot' }, run: { id: 'run-1', trace_id: 'tr-7', run_type: 'tool', name: 'billing.issue_refund', error: 'HTTPError: status 503 from upstream' } }));
    expect(signals[0]).toMatchObject({ event_id: 'langsmith:issue.trace.added:i1:tr-7', request_id: 'tr-7', workflow: 'refund-bot', failure_class: 'tool_error', tool: 'billing.issue_refund', error_code: 'http_503', source: 'langsmith' });
  });

  it('normalizes fingerprints so volatile details do not split clusters', () => {
    const a = fingerprint({ workflow: 'refund', failure_class: 'tool_error', tool: 'Billing.Issue_Refund', error_code: 'HTTP 503' });
    const b = fingerprint({ workflow: 'refund', failure_class: 'tool_error', tool: 'billing.issue_refund', error_code: 'http 503' });
    expect(a).toBe(b);
    expect(fingerprint({ workflow: 'r', failure_class: 'timeout', tool: null, error_code: 'req 1234567 failed' })).toBe(fingerprint({ workflow: 'r', failure_class: 'timeout', tool: null, error_code: 'req 7654321 failed' }));
    expect(a).not.toBe(fingerprint({ workflow: 'refund', failure_class: 'tool_error', tool: 'billing.issue_refund', error_code: 'HTTP 401' }));
  });
});

describe('planIngest', () => {
  const { signals } = parseSignals(SIGNALS);

  it('redacts every field it renders, before cutting it: tool, error code, time, ids and messages', () => {
    const secret = 'sk-ZYXWVUTSRQPONMLKJIHG';
    const longMessage = `${'x'.repeat(INGEST_LIMITS.textChars - 8)} ${secret} tail`;
    const text = ev({ event_id: `e-${secret}`, request_id: `r-${secret}`, tool: `tool-${secret}`, error_code: `E ${secret}`, occurred_at: secret, message: longMessage });
    const plan = planIngest(parseSignals(text).signals, [], opts());
    const rendered = JSON.stringify(plan);
    // Neither the secret nor a fragment a cut could leave (its first 10 characters), in any case.
    expect(rendered.toLowerCase()).not.toContain(secret.slice(0, 10).toLowerCase());
    // An upper-case-only pattern still keeps the lower-cased fingerprint out of the marker.
    const aws = 'AKIAABCDEFGHIJKLMNOP';
    const upper = planIngest(parseSignals(ev({ event_id: 'e9', tool: aws })).signals, [], opts({ redact: (t) => t.replace(/AKIA[0-9A-Z]{16}/g, '***') }));
    expect(JSON.stringify(upper).toLowerCase()).not.toContain(aws.toLowerCase());
  });

  it('dedupes deliveries, groups requests and creates one issue per fingerprint', () => {
    const plan = planIngest(signals, [], opts());
    expect(plan.skippedDuplicates).toBe(1);
    expect(plan.counts).toEqual({ signals: 7, duplicates: 1, requests: 4, clusters: 3, create: 3, comment: 0, reopen: 0, deferred: 0 });
    const refund = plan.create.find((c) => c.fingerprint.startsWith('refund|'))!;
    expect(refund.requests).toBe(2);
    expect(refund.events).toEqual(['e1', 'e2', 'e3']);
    expect(refund.labels).toEqual(['agent-failure', 'sev1', 'fix:tool-contract']);
    expect(refund.assignees).toEqual(['alice']);
    expect(refund.body).not.toContain('sk-abcdefghijklmnop');
    // The created issue is in the issue-form shape and can be scaffolded once resolved.
    const form = parseIssueForm(refund.body);
    expect(form.fields).toMatchObject({ workflow: 'refund', severity: 'sev1', failure_class: 'tool_error', boundary: 'downstream_api', owner: '@alice, @acme/refunds' });
    expect(form.fields.reopen_rule).toMatch(/fingerprint recurs/);
    const scaffolded = scaffoldCase({ number: 100, title: refund.title, body: refund.body, labels: refund.labels }, [], { defaultTrials: 1 });
    expect(scaffolded.path).toMatch(/^evals\/cases\/refund\//);
    expect(scaffolded.yaml).toContain('no_tool_errors');
    expect((load(scaffolded.yaml) as { title: string }).title).toBe('refund: tool_error in billing.issue_refund (HTTP 503)');
    expect(scaffolded.yaml).toContain('Refund 8812');
    expect(renderIngestPlan(plan)).toMatch(/create 3 issue\(s\), comment on 0, reopen 0/);
  });

  it('replaying the same signals against the issues it created plans nothing', () => {
    const issues = apply(planIngest(signals, [], opts()), []);
    const again = planIngest(signals, issues, opts());
    expect(again.create).toEqual([]);
    expect(again.comment).toEqual([]);
    expect(again.reopen).toEqual([]);
    expect(again.skippedDuplicates).toBe(7);
    expect(renderIngestPlan(again)).toContain('nothing to do');
  });

  it('attaches new evidence to the open issue of the cluster in one comment per run', () => {
    const issues = apply(planIngest(signals, [], opts()), []);
    const more = parseSignals([ev({ event_id: 'n1', request_id: 'r9' }), ev({ event_id: 'n2', request_id: 'r10' }), ev({ event_id: 'n3', request_id: 'r1' })].join('\n')).signals;
    const plan = planIngest(more, issues, opts());
    expect(plan.create).toEqual([]);
    expect(plan.comment).toHaveLength(1);
    expect(plan.comment[0]).toMatchObject({ issue: issues.find((i) => i.title.includes('refund'))!.number, requests: 2, events: ['n1', 'n2'] });
    // n3 is a late delivery of request r1, whose evidence is already recorded.
    expect(plan.skippedDuplicates).toBe(1);
    expect(planIngest(more, apply(plan, issues), opts()).counts.comment).toBe(0);
  });

  it('reopens a closed guarded issue when its fingerprint recurs, and only then', () => {
    const issues = apply(planIngest(signals, [], opts()), []);
    const refund = issues.find((i) => i.title.includes('refund'))!;
    refund.state = 'closed';
    const recur = parseSignals(ev({ event_id: 'z1', request_id: 'rz' })).signals;

    const guarded = planIngest(recur, issues, opts({ guardedIssues: new Set([refund.number]) }));
    expect(guarded.reopen).toHaveLength(1);
    expect(guarded.reopen[0]).toMatchObject({ issue: refund.number, events: ['z1'], labels: ['regression'] });
    expect(guarded.reopen[0].comment).toMatch(/Reopening/);
    expect(guarded.create).toEqual([]);
    expect(planIngest(recur, apply(guarded, issues), opts({ guardedIssues: new Set([refund.number]) })).counts).toMatchObject({ create: 0, comment: 0, reopen: 0 });

    const unguarded = planIngest(recur, issues, opts());
    expect(unguarded.reopen).toEqual([]);
    expect(unguarded.create).toHaveLength(1);
    expect(unguarded.create[0].previous).toBe(refund.number);

    refund.body = refund.body!.replace(/### Reopen rule\n\n.*$/s, '### Reopen rule\n\nnever');
    const never = planIngest(recur, issues, opts({ guardedIssues: new Set([refund.number]) }));
    expect(never.reopen).toEqual([]);
    expect(never.notes[0]).toMatch(/reopen rule does not allow/);
  });

  it('keeps every dedupe marker when the evidence is too large for one issue', () => {
    const big = Array.from({ length: 40 }, (_, i) => ev({ event_id: `b${i}`, request_id: `rb${i}`, trace: { blob: 'x'.repeat(5000) } })).join('\n');
    const parsed = parseSignals(big).signals;
    const plan = planIngest(parsed, [], opts());
    expect(plan.create).toHaveLength(1);
    expect(plan.create[0].body.length).toBeLessThanOrEqual(65536);
    const replay = planIngest(parsed, apply(plan, []), opts());
    expect(replay.skippedDuplicates).toBe(40);
  });

  it('defers what does not fit in one comment to the next run, losing nothing', () => {
    const many = parseSignals(Array.from({ length: 1500 }, (_, i) => ev({ event_id: `m${i}-${'x'.repeat(40)}`, request_id: `q${i}` })).join('\n')).signals;
    let issues: IngestIssue[] = [];
    let posted = 0;
    for (let run = 0; run < 5; run++) {
      const plan = planIngest(many, issues, opts());
      for (const c of [...plan.create.map((x) => x.body), ...plan.comment.map((x) => x.body)]) expect(c.length).toBeLessThanOrEqual(65536);
      posted += [...plan.create, ...plan.comment].reduce((a, x) => a + x.events.length, 0);
      issues = apply(plan, issues, 100 + run);
    }
    expect(posted).toBe(1500);
    expect(issues).toHaveLength(1);
  });
});
