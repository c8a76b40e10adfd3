// Scaffold and ingest modes end to end: dist/index.js on `issues` and `repository_dispatch` events
// against the emulator (every request checked against GitHub's OpenAPI description).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { createExampleRepo, ensureBuilt, runAction, type TestRepo } from './rig.js';
import { dispatchPayload, issuesClosedPayload, writesSince } from './loop-rig.js';
import { FAILING_TRACE, renderAgentFailureBody, signal, SIGNALS, SIGNALS_EXPECTED } from './loop-fixtures.js';

let gh: GitHubEmulator;
let repo: TestRepo;
let sha: string;

const CASE_ID = (n: number) => `refund-issued-before-the-eligibility-check-${n}`;

function addFailureIssue(n: number, over: { state_reason?: 'completed' | 'not_planned'; labels?: string[]; body?: string } = {}) {
  gh.addIssueAt('acme/agent', n, { title: '[agent-failure] Refund issued before the eligibility check', body: over.body ?? renderAgentFailureBody(), state: 'closed', state_reason: over.state_reason ?? 'completed', labels: over.labels ?? ['agent-failure', 'sev1'] });
}

const scaffold = (n: number, token: string = TOKENS.actions, labels = ['agent-failure']) =>
  runAction({ repo, eventName: 'issues', payload: issuesClosedPayload(n, labels), inputs: { mode: 'auto' }, apiUrl: gh.url, token, sha, ref: 'refs/heads/main' });

const ingest = (clientPayload: unknown) =>
  runAction({ repo, eventName: 'repository_dispatch', payload: dispatchPayload(clientPayload), inputs: { mode: 'auto' }, apiUrl: gh.url, token: TOKENS.actions, sha, ref: 'refs/heads/main' });

const pullsFrom = (branch: string) => [...gh.mustRepo('acme/agent').issues.values()].filter((i) => i.pull?.head.ref === branch);

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent').nextNumber = 500;
  repo = createExampleRepo();
  sha = repo.git('rev-parse', 'HEAD');
}, 60_000);

afterEach(() => gh.clearFaults());
afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

describe('issues closed as completed with label agent-failure', () => {
  it('opens a PR from evalgate/case-<n> adding the case and its fixtures, guarding the issue', async () => {
    addFailureIssue(160);
    const run = await scaffold(160);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const state = gh.mustRepo('acme/agent');
    expect(state.refs.has('refs/heads/evalgate/case-160')).toBe(true);
    const caseFile = state.files.get(`evalgate/case-160:evals/cases/refund/${CASE_ID(160)}.yaml`);
    expect(caseFile).toBeDefined();
    const doc = load(caseFile!.content) as Record<string, any>;
    expect(doc.guards).toBe(160);
    expect(doc.input).toEqual(FAILING_TRACE.input);
    const fixtures = state.files.get(`evalgate/case-160:evals/fixtures/${CASE_ID(160)}.json`);
    expect(Object.keys(JSON.parse(fixtures!.content)).sort()).toEqual(['billing.issue_refund', 'policy.check_eligibility']);
    const pulls = pullsFrom('evalgate/case-160');
    expect(pulls).toHaveLength(1);
    expect(pulls[0].pull!.base.ref).toBe('main');
    expect(pulls[0].body).toContain('Guards #160');
    expect(run.summary).toContain(`#${pulls[0].number}`);
    gh.assertNoViolations();
  }, 30_000);

  it('the same event again opens no second PR and writes nothing', async () => {
    const before = gh.log.length;
    const run = await scaffold(160);
    expect(run.code).toBe(0);
    expect(pullsFrom('evalgate/case-160')).toHaveLength(1);
    expect(writesSince(gh, before)).toEqual([]);
    expect(run.stdout).toMatch(/already open/);
    gh.assertNoViolations();
  }, 30_000);

  it('resumes a run killed after creating the branch: commits the files and opens the PR once', async () => {
    addFailureIssue(165);
    const state = gh.mustRepo('acme/agent');
    state.refs.set('refs/heads/evalgate/case-165', state.refs.get('refs/heads/main')!);
    const run = await scaffold(165);
    expect(run.code, run.stdout).toBe(0);
    expect(state.files.has(`evalgate/case-165:evals/cases/refund/${CASE_ID(165)}.yaml`)).toBe(true);
    expect(state.files.has(`evalgate/case-165:evals/fixtures/${CASE_ID(165)}.json`)).toBe(true);
    expect(pullsFrom('evalgate/case-165')).toHaveLength(1);
    gh.assertNoViolations();
  }, 30_000);

  it('a re-run after main moved on: the stale branch is rebased, its committed case updated with its blob sha, one PR from the current main', async () => {
    addFailureIssue(166);
    const state = gh.mustRepo('acme/agent');
    const branch = 'evalgate/case-166';
    const casePath = `evals/cases/refund/${CASE_ID(166)}.yaml`;
    // The earlier run created the branch on an older main and committed an (older) case, then died.
    state.refs.set(`refs/heads/${branch}`, 'f'.repeat(40));
    state.files.set(`${branch}:${casePath}`, { content: 'id: stale\n', sha: 'e'.repeat(40) });
    const mainNow = state.refs.get('refs/heads/main')!;
    state.files.set(`main:evals/fixtures/${CASE_ID(166)}.json`, { content: '{"old": true}\n', sha: 'd'.repeat(40) });
    const before = gh.log.length;
    const run = await scaffold(166);
    expect(run.code, run.stdout).toBe(0);
    const calls = gh.log.slice(before);
    // Rebased onto the current main: the PR's head descends from it, not from the stale commit.
    const update = calls.find((c) => c.operationId === 'git/update-ref');
    expect(update?.body).toMatchObject({ sha: mainNow, force: true });
    const puts = calls.filter((c) => c.operationId === 'repos/create-or-update-file-contents');
    expect(puts.map((c) => c.status).every((st) => st < 300)).toBe(true);
    // The fixture file exists on main: its update carries the blob sha (no 409/422).
    expect(puts.find((c) => c.path.endsWith('.json'))?.body).toMatchObject({ sha: 'd'.repeat(40) });
    expect(state.files.get(`${branch}:${casePath}`)?.content).toContain(`id: ${CASE_ID(166)}`);
    expect(pullsFrom(branch)).toHaveLength(1);
    gh.assertNoViolations();
  }, 30_000);

  it('trusts the API over the payload: closed as not planned, or without the label -> a notice, nothing written', async () => {
    addFailureIssue(161, { state_reason: 'not_planned' });
    addFailureIssue(162, { labels: ['bug'] });
    const before = gh.log.length;
    for (const n of [161, 162]) {
      const run = await scaffold(n, TOKENS.actions, ['agent-failure']); // the payload claims the label
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/::notice::issue #16\d is closed.*scaffolds a case only for issues closed as completed with label agent-failure/);
    }
    expect(writesSince(gh, before)).toEqual([]);
    gh.assertNoViolations();
  }, 30_000);

  it('an issue a case already guards (101 in the example) is not scaffolded again', async () => {
    addFailureIssue(101);
    const before = gh.log.length;
    const run = await scaffold(101);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::notice::issue #101 is already guarded by case refund-policy-before-payment/);
    expect(writesSince(gh, before)).toEqual([]);
    gh.assertNoViolations();
  }, 30_000);

  it('when the PR cannot be opened, comments the YAML on the issue instead — once', async () => {
    const key = 'sk-' + 'A1b2C3d4E5f6G7h8I9j0K1l2';
    addFailureIssue(163, { body: renderAgentFailureBody({ trace: { ...FAILING_TRACE, input: { messages: [{ role: 'user', content: `Refund 7731 (debug key ${key})` }] } } }) });
    gh.fault({ method: 'POST', path: '/repos/{owner}/{repo}/git/refs', status: 403, message: 'Resource not accessible by integration', times: 2 });
    for (let i = 0; i < 2; i++) {
      const run = await scaffold(163);
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(/::warning::could not open the scaffold pull request for #163/);
    }
    const comments = gh.issueComments('acme/agent', 163);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('```yaml');
    expect(comments[0].body).toContain(`evals/cases/refund/${CASE_ID(163)}.yaml`);
    expect(comments[0].body).toMatch(/guards: 163/);
    expect(comments[0].body).toContain('debug key');
    expect(comments[0].body).not.toContain(key); // the config's redact patterns apply to the case too
    expect(pullsFrom('evalgate/case-163')).toHaveLength(0);
    gh.assertNoViolations();
  }, 30_000);

  it('with a read-only token: warns, exits 0, and the YAML is in the job summary', async () => {
    addFailureIssue(164);
    const before = gh.log.length;
    const run = await scaffold(164, TOKENS.actionsReadOnly);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::could not comment on #164 either/);
    expect(run.summary).toContain(`id: ${CASE_ID(164)}`);
    expect(writesSince(gh, before)).toEqual([]);
    gh.assertNoViolations();
  }, 30_000);
});

describe('repository_dispatch evalgate-signal', () => {
  const created = () => [...gh.mustRepo('acme/agent').issues.values()].filter((i) => !i.pull && i.user === 'github-actions[bot]');

  it('creates one issue per cluster: duplicates skipped, deliveries grouped by request', async () => {
    const before = created().length;
    const run = await ingest({ signals: SIGNALS });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const issues = created().slice(before);
    expect(issues).toHaveLength(SIGNALS_EXPECTED.create);
    const refund = issues.find((i) => i.title.includes('refund: tool_error'))!;
    expect(refund.labels).toEqual(expect.arrayContaining(['agent-failure', 'sev1', 'fix:tool-contract']));
    expect(refund.assignees).toEqual(['alice']);
    expect(refund.body).toContain('### Failure name');
    expect(run.summary).toContain(`${SIGNALS_EXPECTED.duplicates} duplicate(s) skipped`);
    gh.assertNoViolations();
  }, 30_000);

  it('replaying the same dispatch writes nothing; a new event of a known cluster is one comment', async () => {
    const before = gh.log.length;
    const replay = await ingest({ signals: SIGNALS });
    expect(replay.code).toBe(0);
    expect(writesSince(gh, before)).toEqual([]);

    const count = created().length;
    const more = await ingest(signal({ event_id: 'e9', request_id: 'r9' })); // a single signal object
    expect(more.code).toBe(0);
    expect(created()).toHaveLength(count);
    const refund = created().find((i) => i.title.includes('refund: tool_error'))!;
    expect(gh.issueComments('acme/agent', refund.number)).toHaveLength(1);
    gh.assertNoViolations();
  }, 30_000);

  it('another dispatch type, or a payload that is not an object: nothing ingested', async () => {
    const before = gh.log.length;
    const other = await runAction({ repo, eventName: 'repository_dispatch', payload: dispatchPayload({ signals: SIGNALS }, 'deploy'), inputs: { mode: 'auto' }, apiUrl: gh.url, token: TOKENS.actions, sha, ref: 'refs/heads/main' });
    expect(other.code).toBe(0);
    expect(other.stdout).toMatch(/::notice::repository_dispatch type "deploy" is not evalgate-signal/);
    const bad = await ingest('not a signal');
    expect(bad.code).toBe(0);
    expect(bad.stdout).toMatch(/::warning::client_payload is string; expected \{ "signals"/);
    expect(writesSince(gh, before)).toEqual([]);
    gh.assertNoViolations();
  }, 30_000);

  it('ignores markers spoofed by others: an issue from the form carrying event markers does not suppress signals', async () => {
    gh.addIssueAt('acme/agent', 400, { title: 'spoof', body: '<!-- evalgate:fingerprint orders|bad_output|-|- --> <!-- evalgate:event s1 -->', labels: ['agent-failure'], user: 'mallory' });
    const before = created().length;
    const run = await ingest({ signals: [signal({ event_id: 's1', workflow: 'orders', failure_class: 'bad_output', tool: null, error_code: null })] });
    expect(run.code).toBe(0);
    expect(created().length - before, run.stdout).toBe(1);
    expect(gh.issueComments('acme/agent', 400)).toHaveLength(0);
    gh.assertNoViolations();
  }, 30_000);
});
