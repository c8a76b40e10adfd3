// The action end to end: dist/index.js under a runner-like environment, against the GitHub REST
// emulator (every request checked against GitHub's OpenAPI description) and a real git repository
// whose origin is a local bare repository holding the evalgate-baselines branch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';
import { ACTION_NODE, createExampleRepo, ensureBuilt, pullRequestPayload, runAction, type TestRepo, storeBaseline } from './rig.js';

let gh: GitHubEmulator;
let repo: TestRepo;
let mainSha: string;

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent');
  for (const [n, title] of [
    [101, 'Refund flow called the payment API before the policy check'],
    [111, 'Research planner kept re-running the same web search'],
  ] as const) {
    gh.addIssueAt('acme/agent', n, { title, state: 'closed', state_reason: 'completed', labels: ['agent-failure'] });
  }
  repo = createExampleRepo();
  mainSha = repo.git('rev-parse', 'HEAD');
  // A push to main stores the baseline on the evalgate-baselines branch of origin.
  const stored = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha: mainSha });
  expect(stored.code, stored.stdout + stored.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

describe('runtime', () => {
  it('runs the action on node24, as action.yml declares', () => {
    expect(execFileSync(ACTION_NODE, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });
});

describe('push to main', () => {
  it('stores the baseline for that commit on the baseline branch', () => {
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'evalgate-baselines'], { cwd: repo.origin, encoding: 'utf8' });
    expect(files).toContain(`benchmark/${mainSha}.json`);
    expect(files).toContain('index/main.json');
    gh.assertNoViolations();
  });
});

describe('pull request that regresses the harness', () => {
  let headSha: string;
  let prNumber: number;
  beforeAll(() => {
    repo.git('checkout', '-q', '-b', 'feature/regress');
    headSha = repo.commit('harness: switch to the new planner', { 'evals/agent/variant.txt': 'regressed\n' });
    prNumber = gh.addPull('acme/agent', { title: 'New planner', headSha, baseSha: mainSha, headRef: 'feature/regress' }).number;
  });

  const gate = () =>
    runAction({
      repo,
      eventName: 'pull_request',
      payload: pullRequestPayload(loadWebhookExample('pull_request', 'opened') as Record<string, any>, { number: prNumber, baseSha: mainSha, headSha, headRef: 'feature/regress' }),
      inputs: { mode: 'auto' },
      apiUrl: gh.url,
      token: TOKENS.actions,
      sha: headSha,
      ref: `refs/pull/${prNumber}/merge`,
    });

  it('blocks: failing check run with annotations, one comment naming the guarded issue, summary, outputs, exit code', async () => {
    const before = gh.log.length;
    const run = await gate();
    expect(run.code, run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    expect(Number(run.outputs.regressions)).toBeGreaterThanOrEqual(5);
    expect(run.outputs['results-path']).toMatch(/\.evalgate\/benchmark\/results\.json$/);
    expect(run.stdout).toContain('::error::evalgate: blocked');

    const checks = gh.checkRuns('acme/agent');
    expect(checks).toHaveLength(1);
    expect(checks[0].name).toBe('evalgate / benchmark');
    expect(checks[0].conclusion).toBe('failure');
    const paths = checks[0].annotations.map((a) => a.path);
    expect(paths).toContain('evals/cases/refund/refund-policy-before-payment.yaml');

    const comments = gh.issueComments('acme/agent', prNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- evalgate:benchmark -->');
    expect(comments[0].body).toContain('refund-policy-before-payment');
    expect(comments[0].body).toContain('Refund flow called the payment API before the policy check');
    expect(run.summary).toContain('refund-policy-before-payment');

    // API budget: check run (+ annotation batches), comment list, comment write, one title batch.
    const calls = gh.log.slice(before);
    const annotations = checks[0].annotations.length;
    const titleCalls = calls.filter((c) => c.operationId === 'issues/get' || c.operationId === 'issues/list-for-repo').length;
    expect(calls.length - titleCalls).toBeLessThanOrEqual(3 + Math.ceil(annotations / 50) + 1 /* GET /user identity */);
    gh.assertNoViolations();
  }, 120_000);

  it('gated twice: the comment is updated in place, not duplicated', async () => {
    const run = await gate();
    expect(run.code).toBe(1);
    expect(gh.issueComments('acme/agent', prNumber)).toHaveLength(1);
    gh.assertNoViolations();
  }, 120_000);
});
