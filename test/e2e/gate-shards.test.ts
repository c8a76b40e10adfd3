// A sharded gate end to end, as the documented matrix runs it: four `shard: i/4` gate jobs each
// upload `.evalgate/` (artifact evalgate-shard-<i>) and post nothing; the final job (`needs:` the
// matrix, `if: always()`) downloads every upload into evalgate-results/<artifact>/ and runs
// `mode: publish` on the pull_request event: one check run, one comment, one verdict, the same as
// an unsharded gate of the same change. A shard that uploaded nothing blocks, naming the shard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKENS } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';
import { pullRequestPayload, runAction, type ActionRun } from './rig.js';
import { callsSince, checkRunsOn, explain, GUARD_CASE, GUARD_FILE, GUARD_TITLE, REGRESS_HARNESS, REPO, startGateRig, type GateRig, type TestPull, warningLines } from './gate-helpers.js';

let rig: GateRig;
const TOTAL = 4;

beforeAll(async () => {
  rig = await startGateRig({ storeBaseline: true });
  writeFileSync(join(rig.repo.dir, '.git', 'info', 'exclude'), 'evalgate-results/\n');
}, 120_000);

afterAll(async () => {
  await rig?.stop();
});

const evalgateDir = () => join(rig.repo.dir, '.evalgate');
const downloads = () => join(rig.repo.dir, 'evalgate-results');

/** The matrix: each shard job starts from a clean workspace, runs the gate, "uploads" .evalgate/. */
async function runShards(pr: TestPull, only: number[] = [1, 2, 3, 4]): Promise<ActionRun[]> {
  rmSync(downloads(), { recursive: true, force: true });
  const runs: ActionRun[] = [];
  for (const i of only) {
    rmSync(evalgateDir(), { recursive: true, force: true });
    const run = await rig.gate(pr, { inputs: { shard: `${i}/${TOTAL}` } });
    runs.push(run);
    // upload-artifact (name: evalgate-shard-<i>) + download-artifact (pattern: evalgate-shard-*, path: evalgate-results).
    cpSync(evalgateDir(), join(downloads(), `evalgate-shard-${i}`), { recursive: true });
  }
  rmSync(evalgateDir(), { recursive: true, force: true });
  return runs;
}

/** The merge job: mode publish on the same pull_request event, the PR's merge commit checked out. */
async function mergeJob(pr: TestPull, attempt = 1): Promise<ActionRun> {
  rig.repo.git('checkout', '-q', pr.branch);
  try {
    return await runAction({
      repo: rig.repo,
      eventName: 'pull_request',
      payload: pullRequestPayload(loadWebhookExample('pull_request', 'opened') as Record<string, any>, { number: pr.number, baseSha: pr.baseSha, headSha: pr.headSha, headRef: pr.branch }),
      inputs: { mode: 'publish' },
      apiUrl: rig.gh.url,
      token: TOKENS.actions,
      sha: pr.headSha,
      ref: `refs/pull/${pr.number}/merge`,
      env: { GITHUB_RUN_ATTEMPT: String(attempt) },
    });
  } finally {
    rig.repo.git('checkout', '-q', 'main');
  }
}

const comparisonNow = () => JSON.parse(readFileSync(join(evalgateDir(), 'benchmark', 'comparison.json'), 'utf8'));
const statuses = (cmp: { cases: Array<{ id: string; status: string }> }) => Object.fromEntries(cmp.cases.map((c) => [c.id, c.status]));

describe('sharded gate: 4 shards + one merge job', () => {
  it('shards post nothing; the merge posts one check run and one comment naming every regression, as the unsharded gate does', async () => {
    // The reference: the same change gated unsharded on its own PR.
    const reference = rig.openPull('regress/unsharded', REGRESS_HARNESS);
    const unsharded = await rig.gate(reference);
    expect(unsharded.code, explain(unsharded)).toBe(1);
    const expected = comparisonNow();
    const regressed = expected.cases.filter((c: { status: string }) => c.status === 'regressed').map((c: { id: string }) => c.id);
    expect(regressed.length).toBeGreaterThan(1);

    const pr = rig.openPull('regress/sharded', REGRESS_HARNESS);
    const before = rig.gh.log.length;
    const shards = await runShards(pr);
    for (const s of shards) {
      // A shard's verdict is partial: it never fails its job, and it posts nothing.
      expect(s.code, explain(s)).toBe(0);
      expect(s.stdout).toMatch(/shard \d\/4: results written to \.evalgate\/ for the merging job/);
      // A shard job has `contents: read` only: it reads no issue (the merge job titles the guards).
      expect(warningLines(s).filter((w) => /could not read issue/.test(w)), explain(s)).toEqual([]);
    }
    // No API call at all from the matrix: no issue titles, no labels, nothing posted.
    expect(callsSince(rig.gh, before).map((c) => `${c.method} ${c.path}`)).toEqual([]);
    expect(shards.some((s) => s.outputs.verdict === 'block')).toBe(true);
    // Each regression is found in exactly one shard.
    expect(shards.reduce((n, s) => n + Number(s.outputs.regressions), 0)).toBe(regressed.length);
    expect(checkRunsOn(rig.gh, pr.headSha)).toHaveLength(0);
    expect(rig.gh.issueComments(REPO, pr.number)).toHaveLength(0);

    const merged = await mergeJob(pr);
    expect(merged.code, explain(merged)).toBe(1);
    expect(merged.outputs.verdict).toBe('block');
    expect(merged.outputs.regressions).toBe(String(regressed.length));
    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ name: 'evalgate / benchmark', conclusion: 'failure' });
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    for (const id of regressed) expect(comments[0].body).toContain(id);
    expect(comments[0].body).toContain(GUARD_TITLE);
    expect(comments[0].body).toContain('merged from 4 of 4 shard(s)');
    // Identical to the unsharded gate: every case with the same status, the same verdict and reasons.
    const got = comparisonNow();
    expect(statuses(got)).toEqual(statuses(expected));
    expect(got.verdict).toBe(expected.verdict);
    expect(got.reasons.map((r: { kind: string; case_id?: string }) => `${r.kind}:${r.case_id}`).sort()).toEqual(expected.reasons.map((r: { kind: string; case_id?: string }) => `${r.kind}:${r.case_id}`).sort());
    expect(got.head_totals).toEqual(expected.head_totals);
    rig.gh.assertNoViolations();
  }, 240_000);

  it('a shard that uploaded nothing blocks an otherwise passing change, with a reason naming the shard', async () => {
    const pr = rig.openPull('harmless/sharded', { 'evals/agent/NOTES.txt': 'a note inside harness.paths\n' });
    await runShards(pr, [1, 2, 4]);
    const merged = await mergeJob(pr);
    expect(merged.code, explain(merged)).toBe(1);
    expect(merged.outputs.verdict).toBe('block');
    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0].conclusion).toBe('failure');
    const body = rig.gh.issueComments(REPO, pr.number)[0].body;
    expect(body).toContain('shard 3/4 uploaded no benchmark results');
    expect(body).toContain('1 shard missing');
    // Shard 3's cases are not reported as removed guards: they were simply not compared.
    const cmp = comparisonNow();
    expect(cmp.cases.filter((c: { status: string }) => c.status === 'removed')).toEqual([]);
    expect(cmp.reasons.filter((r: { blocking: boolean }) => r.blocking).map((r: { kind: string }) => r.kind)).toEqual(['missing_shard']);

    // "Re-run failed jobs": shard 3 and the merge job run again as attempt 2 of the same workflow run.
    const again = await runShards(pr);
    expect(again.every((r) => r.code === 0)).toBe(true);
    const rerun = await mergeJob(pr, 2);
    expect(rerun.code, explain(rerun)).toBe(0);
    expect(rerun.outputs.verdict).toBe('pass');
    // The attempt updated its run's check run instead of adding a second one of the same name.
    expect(checkRunsOn(rig.gh, pr.headSha).map((c) => c.conclusion)).toEqual(['success']);
    expect(rig.gh.issueComments(REPO, pr.number)).toHaveLength(1);
    expect(rig.gh.issueComments(REPO, pr.number)[0].body).not.toContain('shard 3/4');
    expect(comparisonNow().cases.find((c: { id: string }) => c.id === GUARD_CASE).status).toBe('unchanged');
    rig.gh.assertNoViolations();
  }, 240_000);

  it('a change outside the harness: the shards skip and make no API call; the merge job posts the one skipped check run', async () => {
    const blockedPr = rig.openPull('docs/sharded', REGRESS_HARNESS);
    await runShards(blockedPr);
    expect((await mergeJob(blockedPr)).code).toBe(1);
    expect(rig.gh.issueComments(REPO, blockedPr.number)[0].body).toContain('blocked');
    // The author reverts the harness change: the PR now touches only a README outside the harness.
    rig.repo.git('checkout', '-q', blockedPr.branch);
    const headSha = rig.repo.commit('revert, document', { 'evals/agent/variant.txt': null, 'evals/README.md': '# Evals\n\nHow to run the demo agent.\n' });
    rig.repo.git('checkout', '-q', 'main');
    const pr = { ...blockedPr, headSha };
    const before = rig.gh.log.length;
    const shards = await runShards(pr);
    for (const s of shards) expect(s.code, explain(s)).toBe(0);
    expect(callsSince(rig.gh, before).map((c) => `${c.method} ${c.path}`)).toEqual([]);
    expect(checkRunsOn(rig.gh, pr.headSha)).toHaveLength(0);
    const merged = await mergeJob(pr);
    expect(merged.code, explain(merged)).toBe(0);
    expect(merged.outputs.verdict).toBe('pass');
    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks.map((c) => [c.name, c.conclusion, c.title])).toEqual([['evalgate / benchmark', 'success', 'skipped: harness untouched']]);
    // The earlier "blocked" comment does not outlive the push that made it moot.
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('skipped');
    expect(comments[0].body).not.toContain('blocked');
    rig.gh.assertNoViolations();
  }, 240_000);

  it('a removed guard with evalgate:allow-guard-removal: the shards read no label, the merge job reads it and passes', async () => {
    const pr = rig.openPull('cleanup/sharded-drop-guard', { [GUARD_FILE]: null }, { labels: ['evalgate:allow-guard-removal'] });
    const before = rig.gh.log.length;
    const shards = await runShards(pr);
    for (const s of shards) expect(s.code, explain(s)).toBe(0);
    expect(callsSince(rig.gh, before).map((c) => `${c.method} ${c.path}`)).toEqual([]);
    const merged = await mergeJob(pr);
    expect(merged.code, explain(merged)).toBe(0);
    expect(merged.outputs.verdict).toBe('pass');
    expect(comparisonNow().cases.find((c: { id: string }) => c.id === GUARD_CASE)).toMatchObject({ status: 'removed', blocking: false });
    expect(callsSince(rig.gh, before).filter((c) => c.operationId === 'issues/list-labels-on-issue')).toHaveLength(1);
    rig.gh.assertNoViolations();
  }, 240_000);

  it('flags every harness setting the PR changed, as the unsharded gate does (not only the command)', async () => {
    const config = readFileSync(join(rig.repo.dir, 'evalgate.yml'), 'utf8').replace('timeout_ms: 10000', 'timeout_ms: 20000\n  retries: 5');
    expect(config).toContain('retries: 5');
    const reference = rig.openPull('harness/settings-unsharded', { 'evalgate.yml': config });
    expect((await rig.gate(reference)).code).toBe(0);
    const expected = comparisonNow().harness_changes;
    expect(expected.map((c: { field: string }) => c.field)).toEqual(['harness.timeout_ms', 'harness.retries']);

    const pr = rig.openPull('harness/settings-sharded', { 'evalgate.yml': config });
    await runShards(pr);
    const merged = await mergeJob(pr);
    expect(merged.code, explain(merged)).toBe(0);
    expect(comparisonNow().harness_changes).toEqual(expected);
    expect(rig.gh.issueComments(REPO, pr.number)[0].body).toContain('| `harness.retries` | `2` | `5` |');
    rig.gh.assertNoViolations();
  }, 240_000);
});
