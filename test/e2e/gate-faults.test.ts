// The PR gate under GitHub API faults, end to end: the action's real client (production retry and
// throttling settings, real seconds) against emulator faults. What a user sees must not change:
// one comment, one check run, the verdict decides the exit code.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callsSince, checkRunsOn, explain, GUARD_FILE, REGRESS_HARNESS, REPO, startGateRig, warningLines, type GateRig } from './gate-helpers.js';

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const CHECK_RUNS = '/repos/{owner}/{repo}/check-runs';

let rig: GateRig;

beforeAll(async () => {
  rig = await startGateRig({ storeBaseline: true });
}, 120_000);

afterEach(() => rig?.gh.clearFaults());

afterAll(async () => {
  await rig?.stop();
});

describe('PR gate under API faults', () => {
  it('502 on the comment create after the write happened: exactly one comment, no failure', async () => {
    const pr = rig.openPull('faults/lost-response', { 'evals/agent/NOTES.md': 'lost response\n' });
    rig.gh.fault({ method: 'POST', path: COMMENTS, status: 502, applyWrite: true });
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(rig.gh.pendingFaults()).toHaveLength(0);
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- evalgate:benchmark -->');
    // It looked for the comment before writing again, and did not write again.
    expect(rig.gh.calls({ method: 'POST', path: COMMENTS }).filter((c) => c.path.includes(`/${pr.number}/`))).toHaveLength(1);
    expect(warningLines(run).join('\n')).toMatch(/checking whether it was written before retrying/);
    expect(warningLines(run).join('\n')).not.toMatch(/could not post the PR comment/);
    rig.gh.assertNoViolations();
  }, 60_000);

  it('422 "body is too long" on the comment create: the body is re-cut to 65,536 UTF-8 bytes and posted, not a failure', async () => {
    const pr = rig.openPull('faults/too-long', REGRESS_HARNESS);
    rig.gh.fault({ method: 'POST', path: COMMENTS, status: 422, message: 'body is too long (maximum is 65536 characters)' });
    const run = await rig.gate(pr);
    // The verdict, not the posting trouble, decides the job.
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(Buffer.byteLength(comments[0].body, 'utf8')).toBeLessThanOrEqual(65536);
    expect(comments[0].body).toContain('refund-policy-before-payment');
    expect(rig.gh.calls({ method: 'POST', path: COMMENTS }).filter((c) => c.path.includes(`/${pr.number}/`)).map((c) => c.status)).toEqual([422, 201]);
    expect(warningLines(run).join('\n')).toMatch(/too long for GitHub; posting a truncated version/);
    expect(warningLines(run).join('\n')).not.toMatch(/could not post/);
    rig.gh.assertNoViolations();
  }, 60_000);

  it('403 secondary rate limit (retry-after 1) on the check run create: retried and posted with its annotations', async () => {
    const pr = rig.openPull('faults/secondary-limit', REGRESS_HARNESS);
    rig.gh.fault({ method: 'POST', path: CHECK_RUNS, status: 403, secondaryRateLimit: true, retryAfter: 1 });
    const before = rig.gh.log.length;
    const started = Date.now();
    const run = await rig.gate(pr);
    const seconds = (Date.now() - started) / 1000;
    expect(run.code, explain(run)).toBe(1);
    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0].conclusion).toBe('failure');
    expect(checks[0].annotations.map((a) => a.path)).toContain(GUARD_FILE);
    const creates = callsSince(rig.gh, before).filter((c) => c.operationId === 'checks/create');
    expect(creates.map((c) => c.status)).toEqual([403, 201]);
    expect(warningLines(run).join('\n')).toMatch(/secondary rate limit.*retrying in 1s/);
    expect(warningLines(run).join('\n')).not.toMatch(/could not create the check run/);
    // Production waits are real: retry-after 1 s plus the 1 s write spacing, not minutes.
    expect(seconds).toBeLessThan(20);
    rig.gh.assertNoViolations();
  }, 60_000);
});
