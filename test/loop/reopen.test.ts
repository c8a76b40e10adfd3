import { describe, expect, it } from 'vitest';
import { buildDefaultConfig } from '../../src/case/config.js';
import { planReopens, renderCoverageLine, reopenMarker, type ReopenIssue } from '../../src/loop/reopen.js';
import type { CaseComparison, Comparison } from '../../src/types.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const RUN = 'https://github.com/acme/agents/actions/runs/42';
const TRIAGE = buildDefaultConfig('x').triage;

function row(over: Partial<CaseComparison> = {}): CaseComparison {
  return {
    id: 'refund-policy-before-payment', status: 'regressed', guards: 123, workflow: 'refund', severity: 'sev0', holdout: false,
    file: 'evals/cases/refund/refund-policy-before-payment.yaml', title: 'Refund before policy',
    base: { passes: 3, runs: 3, errors: 0 }, head: { passes: 0, runs: 3, errors: 0 }, p_value: 0.05,
    class: 'bad_decision', message: 'trajectory: payments.charge called before policy.check_eligibility',
    modified: false, evidence: 'stderr tail\n```\nsk-SECRETSECRETSECRET\n````', blocking: true, ...over,
  };
}

function cmp(cases: CaseComparison[]): Comparison {
  return { schema: 'evalgate/comparison@1', suite: 'coverage', base: null, head: { commit: COMMIT, ref: 'main' }, cases, verdict: cases.some((c) => c.blocking) ? 'block' : 'pass', reasons: [], notices: [] } as unknown as Comparison;
}

function issue(over: Partial<ReopenIssue> = {}): ReopenIssue {
  return { number: 123, state: 'closed', title: 'Refund flow calls payment API', labels: ['agent-failure'], assignees: [], comments: [], ...over };
}

const opts = (over: Record<string, unknown> = {}) => ({
  commit: COMMIT, runUrl: RUN, owners: { refund: ['@alice', 'bob', '@acme/refunds'] }, triage: TRIAGE,
  redact: (s: string) => s.replace(/sk-[A-Z]{10,}/g, '***'), ...over,
});

describe('planReopens', () => {
  it('shows a trace\'s evidence as the PR comment does: numbered steps, the pointed one marked', () => {
    const evidence = JSON.stringify({ output: { reply: 'charged' }, steps: [{ type: 'tool', name: 'payments.charge', args: { order_id: '1' }, status: 'ok' }, { type: 'tool', name: 'policy.check_eligibility', status: 'ok' }] });
    const plan = planReopens(cmp([row({ evidence, message: 'payments.charge was called 1 time (step 1); expected never' })]), new Map([['123', issue()]]), opts());
    const c = plan.actions[0].comment;
    expect(c).toContain('<details><summary>evidence: 2 steps, step 1 marked</summary>');
    expect(c).toMatch(/^1\. ➜ \*\*tool `payments\.charge` · `\{"order_id":"1"\}` · ok\*\* ← failing check$/m);
    expect(c).toContain('2. tool `policy.check_eligibility` · ok');
  });

  it('reopens a closed guarded issue with labels, assignees and an evidence comment', () => {
    const plan = planReopens(cmp([row()]), new Map([['123', issue()]]), opts());
    expect(plan.skipped).toEqual([]);
    expect(plan.actions).toHaveLength(1);
    const a = plan.actions[0];
    expect(a).toMatchObject({ issue: 123, caseId: 'refund-policy-before-payment', reopen: true, labels: ['regression', 'fix:harness'], assignees: ['alice', 'bob'] });
    expect(a.marker).toBe(`<!-- evalgate:reopen case=refund-policy-before-payment commit=${COMMIT} -->`);
    expect(a.comment.startsWith(a.marker)).toBe(true);
    expect(a.comment).toContain('100% (3/3 trials) → 0% (0/3 trials)');
    expect(a.comment).toContain('payments.charge called before');
    expect(a.comment).toContain('`0123456`');
    expect(a.comment).toContain(RUN);
    expect(a.comment).toContain('@acme/refunds');
    expect(a.comment).not.toContain('SECRETSECRET');
    // The evidence fence is longer than the 4-backtick run inside it.
    expect(a.comment).toMatch(/<details><summary>[^<]*<\/summary>\n\n`{5,}\n/);
  });

  it('comments only (no reopen, labels or assignees) when the issue is already open', () => {
    const plan = planReopens(cmp([row()]), new Map([['123', issue({ state: 'open' })]]), opts());
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({ reopen: false, labels: [], assignees: [] });
    expect(plan.actions[0].comment).toContain('regressed');
  });

  it('does nothing when the issue already has the marker for this case and commit', () => {
    const marked = issue({ comments: [{ body: 'hi' }, { body: `${reopenMarker('refund-policy-before-payment', COMMIT)}\nold` }] });
    const plan = planReopens(cmp([row()]), new Map([['123', marked]]), opts());
    expect(plan.actions).toEqual([]);
    expect(plan.skipped[0]).toMatch(/already has the evidence/);
    // A new commit is new evidence.
    expect(planReopens(cmp([row()]), new Map([['123', marked]]), opts({ commit: 'f'.repeat(40) })).actions).toHaveLength(1);
  });

  it.each([
    ['passing', row({ status: 'unchanged', blocking: false })],
    ['fixed', row({ status: 'fixed', blocking: false })],
    ['flaky', row({ status: 'flaky', blocking: false })],
  ])('plans nothing for a %s case', (_name, c) => {
    expect(planReopens(cmp([c]), new Map([['123', issue()]]), opts())).toEqual({ actions: [], skipped: [] });
  });

  it('skips guards in another repository and unknown issues, with reasons', () => {
    const plan = planReopens(
      cmp([row({ id: 'a', guards: 'other/repo#5' }), row({ id: 'b', guards: 999 }), row({ id: 'c', guards: 'acme/agents#123' })]),
      new Map([['123', issue()]]),
      opts({ repo: 'acme/agents' }),
    );
    expect(plan.skipped).toEqual([expect.stringMatching(/^a: .*other\/repo#5 in another repository/), expect.stringMatching(/^b: issue #999 was not found/)]);
    expect(plan.actions.map((a) => [a.caseId, a.issue, a.reopen])).toEqual([['c', 123, true]]);
  });

  it('reopens once when two cases guard the same issue, and leaves existing labels and assignees alone', () => {
    const plan = planReopens(cmp([row({ id: 'a' }), row({ id: 'b', class: 'bad_output' })]), new Map([['123', issue({ labels: ['Regression'], assignees: ['alice'] })]]), opts());
    expect(plan.actions.map((a) => [a.caseId, a.reopen, a.labels, a.assignees])).toEqual([
      ['a', true, ['fix:harness'], ['bob']],
      ['b', false, ['fix:prompt'], ['bob']],
    ]);
  });
});

describe('planReopens and the reopen rule', () => {
  it.each([
    ['reopen when its guard regresses or its fingerprint recurs', true],
    ['reopen when its guard regresses', true],
    ['reopen when its fingerprint recurs', false],
    ['never', false],
    ['_No response_', true],
  ])('rule %j -> reopen %s (comment either way)', (rule, reopen) => {
    const body = `### Failure name\n\nx\n\n### Reopen rule\n\n${rule}`;
    const plan = planReopens(cmp([row()]), new Map([['123', issue({ body })]]), opts());
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0].reopen).toBe(reopen);
    expect(plan.actions[0].labels.length > 0).toBe(reopen);
  });
});

describe('renderCoverageLine', () => {
  it('says how many closed agent-failure issues have a guard', () => {
    expect(renderCoverageLine({ guarded: 7, closedAgentFailure: 9, failing: 1 })).toBe('guarded issues: 7 of 9 closed agent-failure issues have a guard; 1 failing');
  });
});
