import { describe, expect, it } from 'vitest';
import { checkUnseenTools } from '../../src/outcome/unseen-tools.js';
import { closest } from '../../src/case/problems.js';
import type { Case } from '../../src/types.js';

const base = { title: 't', guards: 1, workflow: 'refund', severity: 'sev0', suites: ['benchmark'], trials: 1, input: {}, fixtures: null, holdout: false } as unknown as Case;
const mk = (id: string, checks: Case['checks'], holdout = false): Case => ({ ...base, id, checks, holdout });

describe('checkUnseenTools', () => {
  it.each([
    ['a typo in tool_not_called', [{ type: 'tool_not_called', tool: 'issue_refunds' }], ['issue_refund'], /check 1 \(tool_not_called\) names tool "issue_refunds", which no trace of this run called \(did you mean "issue_refund"\?\): this guard cannot fail/],
    ['a trajectory tool never seen', [{ type: 'trajectory', mode: 'in_order', tools: ['policy.check', 'billing.refund'] }], ['policy.check'], /names tool "billing.refund".*this check can only fail/],
    ['no close name', [{ type: 'side_effects', tool: 'payments.charge', exactly: 1 }], ['echo'], /"payments.charge", which no trace of this run called: /],
  ] as const)('%s', (_what, checks, seen, want) => {
    const out = checkUnseenTools([mk('c', checks as unknown as Case['checks'])], new Set(seen));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(want);
  });

  it('says nothing when every named tool ran, and never names a holdout case', () => {
    expect(checkUnseenTools([mk('c', [{ type: 'tool_not_called', tool: 'x' }])], new Set(['x']))).toEqual([]);
    expect(checkUnseenTools([mk('secret', [{ type: 'tool_not_called', tool: 'y' }], true)], new Set(['x']))).toEqual([]);
  });

  it('is bounded', () => {
    const cases = Array.from({ length: 30 }, (_, i) => mk(`c${i}`, [{ type: 'tool_not_called', tool: `t${i}` }]));
    const out = checkUnseenTools(cases, new Set(), 20);
    expect(out).toHaveLength(21);
    expect(out[20]).toContain('10 more');
  });

  it.each([
    ['issue_refunds', ['issue_refund', 'policy'], 'issue_refund'],
    ['Issue_Refund', ['issue_refund'], 'issue_refund'],
    ['abc', ['xyz'], undefined],
    ['issue_refunds', ['x'.repeat(1000), 'issue_refund'], 'issue_refund'],
    ['billing.refnud', ['billing.refund', 'billing.charge'], 'billing.refund'],
  ])('closest(%s), the hint the notice carries', (name, known, want) => {
    expect(closest(name, known)).toBe(want);
  });
});
