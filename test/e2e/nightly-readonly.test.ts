// Nightly with a token that may not write issues: the job still reports, stores nothing it can't,
// fails on the regression, and warns what it could not do — it never crashes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { createExampleRepo, ensureBuilt, runAction, storeBaseline, type TestRepo } from './rig.js';
import { schedulePayload, writesSince } from './loop-rig.js';

let gh: GitHubEmulator;
let repo: TestRepo;

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent');
  gh.addIssueAt('acme/agent', 101, { title: 'Refund flow called the payment API before the policy check', state: 'closed', state_reason: 'completed', labels: ['agent-failure'] });
  repo = createExampleRepo();
  const config = readFileSync(join(repo.dir, 'evalgate.yml'), 'utf8');
  const mainSha = repo.commit('ci: cap confirmation trials', { 'evalgate.yml': `${config}max_trials: 2\n` });
  const stored = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha: mainSha });
  expect(stored.code, stored.stdout + stored.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

describe('nightly with a read-only token', () => {
  it('fails on the regression, writes no issue, and warns that it could not reopen', async () => {
    const sha = repo.commit('harness: switch to the new planner', { 'evals/agent/variant.txt': 'regressed\n' });
    const before = gh.log.length;
    const run = await runAction({
      repo,
      eventName: 'schedule',
      payload: schedulePayload(),
      inputs: { mode: 'auto', suite: 'benchmark' },
      apiUrl: gh.url,
      token: TOKENS.actionsReadOnly,
      sha,
      ref: 'refs/heads/main',
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    expect(run.outputs.reopened).toBe('');
    expect(run.stdout).toMatch(/::warning::.*(403|not permitted|could not)/i);
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at .*\.js:\d+/m); // no stack trace
    expect(gh.mustRepo('acme/agent').issues.get(101)!.state).toBe('closed');
    expect(writesSince(gh, before)).toEqual([]); // successful writes only; refused ones are 403
    expect(run.summary).toContain('refund-policy-before-payment');
    gh.assertNoViolations();
  }, 120_000);
});
