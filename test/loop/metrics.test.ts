// The loop's figures from issues, guards, reopens and commit times: table-driven, pure.
import { describe, expect, it } from 'vitest';
import { classifyIssue, computeLoopMetrics, median, parseReopenMarker, type LoopInput, type LoopIssue } from '../../src/loop/metrics.js';
import { formatHours, renderLoopMarkdown, renderLoopText } from '../../src/surfaces/loop.js';
import { renderAgentFailureBody } from '../e2e/loop-fixtures.js';

const body = (workflow: string, cls: string) => renderAgentFailureBody({ workflow }).replace('### Failure class\n\nbad_decision', `### Failure class\n\n${cls}`);
const NOW = '2026-12-01T00:00:00Z';
const issue = (number: number, state: 'open' | 'closed', createdAt: string, b: string | null, reopens: LoopIssue['reopens'] = []): LoopIssue => ({ number, state, createdAt, body: b, reopens });

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1], 2],
    [[9, 1, 5], 5],
  ])('%j -> %j', (xs, m) => expect(median(xs)).toBe(m));
});

describe('classifyIssue', () => {
  it.each([
    [body('refund', 'bad_decision'), null, { workflow: 'refund', failureClass: 'bad_decision' }],
    [body('refund', 'Tool_Error'), null, { workflow: 'refund', failureClass: 'tool_error' }],
    // Untrusted issue text never becomes a row name: markup, or a class that is not one.
    [body('<img src=x onerror=alert(1)>', 'pwned'), 'orders', { workflow: 'orders', failureClass: 'unknown' }],
    [null, null, { workflow: 'unknown', failureClass: 'unknown' }],
  ])('%#', (b, guardWorkflow, want) => expect(classifyIssue(b, guardWorkflow)).toEqual(want));
});

describe('computeLoopMetrics', () => {
  const input: LoopInput = {
    now: NOW,
    periodDays: 30,
    issues: [
      // refund/bad_decision: guarded 2 days after opening, reopened twice (one within the period).
      issue(1, 'closed', '2026-10-01T00:00:00Z', body('refund', 'bad_decision'), [
        { at: '2026-11-20T06:00:00Z', commit: 'a'.repeat(40) },
        { at: '2026-09-01T00:00:00Z', commit: null },
      ]),
      // refund/bad_decision: guarded 4 days after opening.
      issue(2, 'closed', '2026-10-10T00:00:00Z', body('refund', 'bad_decision')),
      // refund/bad_decision: closed, no guard.
      issue(3, 'closed', '2026-11-01T00:00:00Z', body('refund', 'bad_decision')),
      // research/cost_blowup: open.
      issue(4, 'open', '2026-11-25T00:00:00Z', body('research', 'cost_blowup')),
    ],
    guards: [
      { issue: 1, workflow: 'refund', mergedAt: '2026-10-03T00:00:00Z' },
      { issue: 1, workflow: 'refund', mergedAt: '2026-10-20T00:00:00Z' }, // a later second guard: the first counts
      { issue: 2, workflow: 'refund', mergedAt: '2026-10-14T00:00:00Z' },
    ],
    commitTimes: new Map([['a'.repeat(40), '2026-11-20T00:00:00Z']]),
  };
  const rows = computeLoopMetrics(input);

  it('per workflow and class, then the total', () => {
    expect(rows.map((r) => [r.workflow, r.failureClass, r.open, r.closedGuarded, r.closedUnguarded, r.reopened])).toEqual([
      ['refund', 'bad_decision', 0, 2, 1, 1],
      ['research', 'cost_blowup', 1, 0, 0, 0],
      ['*', '*', 1, 2, 1, 1],
    ]);
  });

  it('median open -> guard merged over the first guard of each issue; commit -> reopen over the period', () => {
    expect(rows[0]).toMatchObject({ medianHoursToGuard: 72, guardsMeasured: 2, medianHoursCommitToReopen: 6 });
    expect(rows[1]).toMatchObject({ medianHoursToGuard: null, guardsMeasured: 0, medianHoursCommitToReopen: null });
  });

  it('renders Markdown and text with durations', () => {
    const md = renderLoopMarkdown(rows, 30);
    expect(md).toContain('| refund | bad\\_decision | 0 | 2 | 1 | 3.0 d (2) | 1 | 6.0 h |');
    expect(md).toContain('| **all** | **all** | **1** | **2** | **1** |');
    expect(renderLoopText(rows, 30).split('\n')[2]).toMatch(/^refund\s+bad_decision\s+0\s+2\s+1\s+3\.0 d \(2\)\s+1\s+6\.0 h$/);
    expect([formatHours(null), formatHours(0.5), formatHours(5), formatHours(72)]).toEqual(['—', '30 min', '5.0 h', '3.0 d']);
  });
});

describe('parseReopenMarker', () => {
  it('reads case and commit; ignores other markers', () => {
    expect(parseReopenMarker(`x\n<!-- evalgate:reopen case=refund-a commit=${'b'.repeat(40)} -->`)).toEqual({ caseId: 'refund-a', commit: 'b'.repeat(40) });
    expect(parseReopenMarker('<!-- evalgate:benchmark -->')).toBeNull();
  });
});
