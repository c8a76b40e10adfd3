// parseRunnerContext on workflow_run payloads from @octokit/webhooks-examples: the pull request
// numbers publish mode starts from come from the payload the action read once, as data.
import { describe, expect, it } from 'vitest';
import { parseRunnerContext } from '../../src/action/context.js';
import { loadWebhookExample } from '../emulator/payloads.js';

const env = {
  GITHUB_EVENT_NAME: 'workflow_run',
  GITHUB_REPOSITORY: 'acme/agent',
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_WORKSPACE: '/tmp/w',
};

function pullNumbersOf(payload: unknown): number[] | undefined {
  const parsed = parseRunnerContext(env, JSON.stringify(payload));
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.context.workflowRun?.pullNumbers;
}

describe('parseRunnerContext: workflow_run.pull_requests', () => {
  it('takes the numbers of a same-repository run (the example that lists PR #2)', () => {
    const withPull = loadWebhookExample('workflow_run', 'completed', 2);
    expect(pullNumbersOf(withPull)).toEqual([2]);
  });

  it('a fork run lists none (GitHub leaves the array empty)', () => {
    expect(pullNumbersOf(loadWebhookExample('workflow_run', 'completed', 0))).toEqual([]);
  });

  it.each([
    ['not an array', { pull_requests: { number: 5 } }, []],
    ['non-integer, zero, negative and string numbers are dropped', { pull_requests: [{ number: 1.5 }, { number: 0 }, { number: -3 }, { number: '7' }, null, 'x', { number: 9 }] }, [9]],
    ['missing', {}, []],
  ])('hostile shapes: %s', (_what, fields, want) => {
    const p = loadWebhookExample('workflow_run', 'completed', 2) as Record<string, any>;
    delete p.workflow_run.pull_requests;
    Object.assign(p.workflow_run, fields);
    expect(pullNumbersOf(p)).toEqual(want);
  });
});
