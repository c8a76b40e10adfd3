// Nightly end to end: dist/index.js on `schedule` (the real payload: `{ "schedule": "<cron>" }`, no
// repository object) against the emulator and a real git repository.
// Baseline stored by a push, a passing nightly, then the harness regresses on main: the closed
// guarded issues are reopened once with labels, owners and evidence; reruns write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { createExampleRepo, ensureBuilt, runAction, type ActionRun, type TestRepo, storeBaseline } from './rig.js';
import { schedulePayload, writesSince } from './loop-rig.js';

let gh: GitHubEmulator;
let repo: TestRepo;

const nightly = (sha: string, ref = 'refs/heads/main'): Promise<ActionRun> =>
  runAction({ repo, eventName: 'schedule', payload: schedulePayload(), inputs: { mode: 'auto' }, apiUrl: gh.url, token: TOKENS.actions, sha, ref });

const issue = (n: number) => gh.mustRepo('acme/agent').issues.get(n)!;
const markerComments = (n: number) => gh.issueComments('acme/agent', n).filter((c) => c.body.includes('<!-- evalgate:reopen') && c.user === 'github-actions[bot]');

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent');
  // Guarded by cases of the example: 101 refund (owners alice), 111 research (team owner), 121 orders
  // (already open), 131 account (its case still passes when regressed); 150 is closed and unguarded.
  const issues: Array<[number, string, 'open' | 'closed']> = [
    [101, 'Refund flow called the payment API before the policy check', 'closed'],
    [111, 'Research planner kept re-running the same web search', 'closed'],
    [121, 'Tracking lookup used the order number', 'open'],
    [131, 'Account update before identity verification', 'closed'],
    [150, 'Tone judge flaked on apologies', 'closed'],
  ];
  for (const [n, title, state] of issues) {
    gh.addIssueAt('acme/agent', n, { title, state, state_reason: state === 'closed' ? 'completed' : null, labels: ['agent-failure'] });
  }
  repo = createExampleRepo();
  // Fewer confirmation trials keep this file fast; the deterministic demo regresses on one failure anyway.
  const config = readFileSync(join(repo.dir, 'evalgate.yml'), 'utf8');
  const mainSha = repo.commit('ci: cap confirmation trials', { 'evalgate.yml': `${config}max_trials: 2\n` });
  const stored = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha: mainSha });
  expect(stored.code, stored.stdout + stored.stderr).toBe(0);
  // The first nightly stores the coverage suite too (the push stored benchmark only).
  const first = await nightly(mainSha);
  expect(first.code, first.stdout + first.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

describe('nightly on main', () => {
  let regressedSha: string;

  it('passing: compares with the last stored run, writes nothing to issues, stores, charts the trend', async () => {
    const sha = repo.commit('docs: unrelated change');
    const before = gh.log.length;
    const run = await nightly(sha);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.reopened).toBe('');
    expect(writesSince(gh, before)).toEqual([]);
    expect(run.summary).toContain('xychart-beta');
    // Trend: the stored run of the first commit, then this one.
    expect(run.summary).toContain(`x-axis ["${repo.git('rev-parse', 'HEAD~1').slice(0, 7)}", "${sha.slice(0, 7)}"]`);
    // 3 closed agent-failure issues are guarded by a case (101, 111, 131), 150 is not; nothing fails.
    expect(run.summary).toContain('guarded issues: 3 of 4 closed agent-failure issues have a guard; 0 failing');
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'evalgate-baselines'], { cwd: repo.origin, encoding: 'utf8' });
    expect(files).toContain(`coverage/${sha}.json`);
    expect(files).toContain(`benchmark/${sha}.json`);
    expect(run.stdout).not.toMatch(/not the default branch|default branch is unknown/);
    gh.assertNoViolations();
  }, 60_000);

  it('regressed: reopens exactly the closed guarded issues once, with labels, owners and evidence; comments on the open one', async () => {
    regressedSha = repo.commit('harness: switch to the new planner', { 'evals/agent/variant.txt': 'regressed\n' });
    // The first evidence comment is written but its response is lost (502): never posted twice.
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', status: 502, applyWrite: true, times: 1 });
    // Someone pastes the marker to suppress the reopen: only evalgate's own comments count.
    gh.addComment('acme/agent', 111, `<!-- evalgate:reopen case=research-no-search-loop commit=${regressedSha} -->`, 'mallory');
    const before = gh.log.length;
    const run = await nightly(regressedSha);
    expect(gh.pendingFaults()).toHaveLength(0);
    // The schedule payload names no default branch: one GET /repos confirms GITHUB_REF's branch.
    expect(gh.log.slice(before).filter((c) => c.operationId === 'repos/get')).toHaveLength(1);
    expect(run.stdout).not.toMatch(/default branch/);
    // ...and, re-read before warning, it is not reported as missing either.
    expect(run.stdout).not.toMatch(/could not comment the evidence/);
    expect(run.code, run.stdout).toBe(1); // fail-on: regression (default) fails the nightly job
    expect(run.outputs.verdict).toBe('block');
    expect(run.outputs.reopened.split(',').map(Number).sort()).toEqual([101, 111]);
    // The same files a gate writes (one renderer), JUnit included, with the trend chart on the report.
    const out = join(repo.dir, '.evalgate', 'coverage');
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testsuite [^>]*name="[^"]*coverage/);
    expect(junit).toContain('research-no-search-loop');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^```mermaid/);
    expect(JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')).verdict).toBe('block');
    // The guard history, tonight's run included: in the summary and as a page next to the report.
    const history = JSON.parse(readFileSync(join(out, 'history.json'), 'utf8'));
    expect(history.commits.at(-1).commit).toBe(regressedSha);
    expect(history.cases.find((c: { id: string }) => c.id === 'research-no-search-loop').failing_since).toBe(regressedSha);
    expect(readFileSync(join(out, 'history.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('evalgate / coverage: blocked');

    for (const n of [101, 111]) {
      const i = issue(n);
      expect(i.state).toBe('open');
      expect(i.state_reason).toBe('reopened');
      expect(i.labels).toContain('regression');
      expect(i.labels.some((l) => l.startsWith('fix:'))).toBe(true);
      const comments = markerComments(n);
      expect(comments).toHaveLength(1); // the case runs in both suites: one comment per case and commit
      expect(comments[0].body).toContain(regressedSha.slice(0, 7));
      expect(comments[0].body).toMatch(/Reopening: the eval case/);
      expect(comments[0].body).toContain('100% (3/3 trials) → 0%');
    }
    expect(issue(101).assignees).toEqual(['alice']);
    expect(issue(111).assignees).toEqual([]); // the research owner is a team: mentioned, not assigned
    expect(markerComments(111)[0].body).toContain('@acme/research');
    // Already open: one evidence comment, no reopen, no labels.
    expect(issue(121).state).toBe('open');
    expect(markerComments(121)).toHaveLength(1);
    expect(issue(121).labels).toEqual(['agent-failure']);
    // Its guard still passes / unguarded: untouched.
    expect(issue(131).state).toBe('closed');
    expect(gh.issueComments('acme/agent', 131)).toHaveLength(0);
    expect(issue(150).state).toBe('closed');

    expect(run.summary).toContain('xychart-beta');
    expect(run.summary).toMatch(/guarded issues: 3 of 4 closed agent-failure issues have a guard; 2 failing/);
    expect(run.summary).toContain('#101');
    // The loop's figures count tonight's two reopens (101, 111) and time them from the regressing commit.
    expect(run.summary).toContain('## The loop (reopens: last 30 days)');
    expect(run.summary).toMatch(/\| \*\*all\*\* \| \*\*all\*\* \| \*\*\d+\*\* \| \*\*\d+\*\* \| \*\*\d+\*\* \| [^|]+ \| \*\*2\*\* \| \*\*\d+(\.\d)? (min|h)\*\* \|/);
    // The regressed run is stored as main's new baseline (only possible once the default branch is known).
    const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'evalgate-baselines'], { cwd: repo.origin, encoding: 'utf8' });
    expect(files).toContain(`benchmark/${regressedSha}.json`);
    gh.assertNoViolations();
  }, 60_000);

  it('off the default branch: compares and reports, but writes no issue and stores nothing', async () => {
    const before = gh.log.length;
    const index = () => execFileSync('git', ['show', 'evalgate-baselines:index/main.json'], { cwd: repo.origin, encoding: 'utf8' });
    const stored = index();
    const run = await runAction({ repo, eventName: 'schedule', payload: schedulePayload(), inputs: { mode: 'auto', suite: 'coverage' }, apiUrl: gh.url, token: TOKENS.actions, sha: regressedSha, ref: 'refs/heads/release' });
    expect(run.outputs.verdict).toBe('block');
    expect(run.stdout).toMatch(/not the default branch/);
    expect(writesSince(gh, before)).toEqual([]);
    expect(index()).toBe(stored);
    gh.assertNoViolations();
  }, 60_000);

  it('rerun at the same commit (e.g. after a kill): no new issue writes', async () => {
    const before = gh.log.length;
    const run = await nightly(regressedSha);
    expect(run.code).toBe(1);
    expect(run.outputs.reopened).toBe('');
    expect(writesSince(gh, before)).toEqual([]);
    for (const n of [101, 111, 121]) expect(markerComments(n)).toHaveLength(1);
    gh.assertNoViolations();
  }, 60_000);
});
