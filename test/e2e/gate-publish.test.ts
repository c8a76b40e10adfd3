// Fork-safe publishing end to end: a fork PR's gate runs with a read-only token and `fail-on: never`
// and leaves `.evalgate/`; the artifact is "downloaded" into evalgate-results/; a workflow_run job
// in publish mode with the normal token validates it as data, recomputes the comparison against
// the stored baseline, and posts the check run and sticky comment on the PR head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKENS } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';
import { runAction, type ActionRun } from './rig.js';
import { checkRunsOn, explain, GUARD_CASE, GUARD_FILE, GUARD_TITLE, REGRESS_HARNESS, REPO, startGateRig, warningLines, type GateRig, type TestPull } from './gate-helpers.js';

let rig: GateRig;
let pr: TestPull;
const RUN_ID = 9001;

beforeAll(async () => {
  rig = await startGateRig({ storeBaseline: true });
  // The downloaded artifact is not part of any commit the tests make.
  writeFileSync(join(rig.repo.dir, '.git', 'info', 'exclude'), 'evalgate-results/\n');
}, 120_000);

afterAll(async () => {
  await rig?.stop();
});

const artifact = () => join(rig.repo.dir, 'evalgate-results');
const artifactResults = () => join(artifact(), 'benchmark', 'results.json');

/** The documented workflow: download the artifact, then run the action in publish mode on main. */
function publish(opts: { headSha?: string; pullRequests?: Array<{ number: number }> } = {}): Promise<ActionRun> {
  const payload = loadWebhookExample('workflow_run', 'completed') as Record<string, any>;
  payload.workflow_run.id = RUN_ID;
  payload.workflow_run.head_sha = opts.headSha ?? pr.headSha;
  payload.workflow_run.event = 'pull_request';
  payload.workflow_run.conclusion = 'success';
  // GitHub leaves pull_requests empty for fork PRs.
  payload.workflow_run.pull_requests = opts.pullRequests ?? [];
  payload.repository.full_name = REPO;
  payload.repository.default_branch = 'main';
  return runAction({ repo: rig.repo, eventName: 'workflow_run', payload, inputs: { mode: 'auto' }, apiUrl: rig.gh.url, token: TOKENS.actions, sha: rig.mainSha, ref: 'refs/heads/main' });
}

function nothingPosted() {
  expect(rig.gh.issueComments(REPO, pr.number)).toHaveLength(0);
  expect(checkRunsOn(rig.gh, pr.headSha)).toHaveLength(0);
}

describe('fork PR: unprivileged gate, then publish from workflow_run', () => {
  it('the unprivileged run with fail-on: never writes .evalgate/ and succeeds without posting', async () => {
    pr = rig.openPull('fork/regress', REGRESS_HARNESS, { fork: true });
    const run = await rig.gate(pr, { token: TOKENS.actionsReadOnly, inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.verdict).toBe('block');
    nothingPosted();
    cpSync(join(rig.repo.dir, '.evalgate'), artifact(), { recursive: true });
  }, 60_000);

  it('rejects an artifact that fails schema validation, with a clear message, posting nothing', async () => {
    const good = readFileSync(artifactResults(), 'utf8');
    const doc = JSON.parse(good);
    doc.cases[0].passes = 'all of them';
    writeFileSync(artifactResults(), JSON.stringify(doc));
    try {
      const run = await publish();
      expect(run.code, explain(run)).toBe(1);
      expect(run.stdout).toMatch(/::error::evalgate \(publish\): evalgate-results\/benchmark\/results.json is not a valid evalgate results file: .*passes/);
      expect(run.stdout).not.toMatch(/\n\s+at /); // no stack trace
      nothingPosted();
    } finally {
      writeFileSync(artifactResults(), good);
    }
  }, 60_000);

  it('rejects results of another commit than the workflow run head, oversized artifacts and symbolic links', async () => {
    const other = await publish({ headSha: rig.mainSha });
    expect(other.code, explain(other)).toBe(1);
    expect(other.stdout).toContain(`is for commit ${pr.headSha}, but workflow run ${RUN_ID} ran on ${rig.mainSha}`);

    const good = readFileSync(artifactResults(), 'utf8');
    writeFileSync(artifactResults(), `{"pad":"${'x'.repeat(21 * 1024 * 1024)}"}`);
    try {
      const big = await publish();
      expect(big.code, explain(big)).toBe(1);
      expect(big.stdout).toMatch(/results\.json is \d+ bytes; publish mode reads at most 20971520 bytes/);
    } finally {
      writeFileSync(artifactResults(), good);
    }
    // A symbolic link in the artifact (to a file of this job) is refused, even to a valid results file.
    const good2 = readFileSync(artifactResults(), 'utf8');
    const elsewhere = join(rig.repo.dir, '.evalgate', 'benchmark', 'results.json');
    rmSync(artifactResults());
    symlinkSync(elsewhere, artifactResults());
    try {
      const linked = await publish();
      expect(linked.code, explain(linked)).toBe(1);
      expect(linked.stdout).toContain('evalgate-results/benchmark/results.json is a symbolic link');
    } finally {
      rmSync(artifactResults());
      writeFileSync(artifactResults(), good2);
    }
    nothingPosted();
  }, 60_000);

  it('rejects an artifact whose ref points at a PR with another head (it cannot aim the comment elsewhere)', async () => {
    const victim = rig.openPull('someone/else', { 'evals/agent/NOTES.md': 'other\n' });
    const good = readFileSync(artifactResults(), 'utf8');
    const doc = JSON.parse(good);
    doc.ref = `refs/pull/${victim.number}/head`;
    writeFileSync(artifactResults(), JSON.stringify(doc));
    try {
      const run = await publish();
      expect(run.code, explain(run)).toBe(1);
      expect(run.stdout).toContain(`no open pull request of ${REPO} has head commit ${pr.headSha}`);
      expect(rig.gh.issueComments(REPO, victim.number)).toHaveLength(0);
      nothingPosted();
    } finally {
      writeFileSync(artifactResults(), good);
    }
  }, 60_000);

  it('publishes the valid artifact: check run on the PR head, one sticky comment, summary, verdict from the recomputed comparison', async () => {
    // Metadata the artifact claims for a known case is replaced by the base definition's.
    const doc = JSON.parse(readFileSync(artifactResults(), 'utf8'));
    const claimed = doc.cases.find((c: { id: string }) => c.id === GUARD_CASE);
    Object.assign(claimed, { guards: 'victim/private#5', file: 'README.md', line: 99 });
    writeFileSync(artifactResults(), JSON.stringify(doc));
    const before = rig.gh.log.length;
    const run = await publish();
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    expect(Number(run.outputs.regressions)).toBeGreaterThan(0);
    expect(warningLines(run).join("\n")).not.toMatch(/could not (post|create)/);

    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0].name).toBe('evalgate / benchmark');
    expect(checks[0].conclusion).toBe('failure');
    expect(checks[0].annotations.map((a) => a.path)).toContain(GUARD_FILE);
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('<!-- evalgate:benchmark -->');
    expect(comments[0].body).toContain(GUARD_CASE);
    expect(comments[0].body).toContain(GUARD_TITLE);
    expect(comments[0].body).toContain(`published from workflow run ${RUN_ID}`);
    expect(run.summary).toMatch(/source: \*\*stored/);
    // The baseline came from the trusted store, not from the artifact's comparison.json.
    const cmp = JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));
    expect(cmp.base.commit).toBe(rig.mainSha);
    const ops = rig.gh.log.slice(before).map((c) => c.operationId);
    expect(ops.filter((o) => o === 'pulls/get')).toHaveLength(1);
    // Nothing outside this repository is read on the artifact's say-so.
    expect(rig.gh.log.slice(before).filter((c) => c.path.startsWith('/repos/') && !c.path.startsWith(`/repos/${REPO}/`)).map((c) => c.path)).toEqual([]);
    expect(checks[0].annotations.find((a) => a.path === GUARD_FILE)?.start_line).toBeGreaterThan(1);
    expect(checks[0].annotations.map((a) => a.path)).not.toContain('README.md');
    expect(comments[0].body).not.toContain('victim/private');

    // Published twice (a re-run of the workflow): updated in place.
    const again = await publish();
    expect(again.code).toBe(1);
    expect(rig.gh.issueComments(REPO, pr.number)).toHaveLength(1);
    rig.gh.assertNoViolations();
  }, 60_000);

  it('same-repository PR: the PR number comes from workflow_run.pull_requests', async () => {
    const same = rig.openPull('feature/same-repo', { 'evals/agent/NOTES.md': 'same repo\n' });
    const run = await rig.gate(same, { inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    rmSync(artifact(), { recursive: true, force: true });
    cpSync(join(rig.repo.dir, '.evalgate'), artifact(), { recursive: true });
    const doc = JSON.parse(readFileSync(artifactResults(), 'utf8'));
    doc.ref = 'refs/heads/feature/same-repo';
    writeFileSync(artifactResults(), JSON.stringify(doc));
    const published = await publish({ headSha: same.headSha, pullRequests: [{ number: same.number }] });
    expect(published.code, explain(published)).toBe(0);
    expect(published.outputs.verdict).toBe('pass');
    // The gate run posted one already (write token); publish updates the same comment.
    expect(rig.gh.issueComments(REPO, same.number)).toHaveLength(1);
    expect(rig.gh.issueComments(REPO, same.number)[0].body).toContain(`published from workflow run ${RUN_ID}`);
    rig.gh.assertNoViolations();
  }, 60_000);

  it("flags every harness setting the fork's config changed, read from its head commit as data", async () => {
    const config = readFileSync(join(rig.repo.dir, 'evalgate.yml'), 'utf8').replace('timeout_ms: 10000', 'timeout_ms: 20000\n  retries: 5');
    const fork = rig.openPull('fork/settings', { 'evalgate.yml': config }, { fork: true });
    const run = await rig.gate(fork, { token: TOKENS.actionsReadOnly, inputs: { 'fail-on': 'never' } });
    expect(run.code, explain(run)).toBe(0);
    rmSync(artifact(), { recursive: true, force: true });
    cpSync(join(rig.repo.dir, '.evalgate'), artifact(), { recursive: true });
    const published = await publish({ headSha: fork.headSha });
    expect(published.code, explain(published)).toBe(0);
    const cmp = JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));
    expect(cmp.harness_changes).toEqual([
      { field: 'harness.timeout_ms', base: '10000', head: '20000' },
      { field: 'harness.retries', base: '2', head: '5' },
    ]);
    expect(rig.gh.issueComments(REPO, fork.number)[0].body).toContain('| `harness.timeout_ms` | `10000` | `20000` |');
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('fork PR with a sharded gate: unprivileged shards, then one publish from workflow_run', () => {
  it('merges every shard artifact into one check run and one comment, equal to the unsharded fork gate', async () => {
    // The reference: the same change on its own fork PR, gated unsharded and published.
    const reference = rig.openPull('fork/regress-reference', REGRESS_HARNESS, { fork: true });
    expect((await rig.gate(reference, { token: TOKENS.actionsReadOnly, inputs: { 'fail-on': 'never' } })).code).toBe(0);
    rmSync(artifact(), { recursive: true, force: true });
    cpSync(join(rig.repo.dir, '.evalgate'), artifact(), { recursive: true });
    const unsharded = await publish({ headSha: reference.headSha });
    expect(unsharded.code, explain(unsharded)).toBe(1);
    const expected = JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));

    const forkPr = rig.openPull('fork/regress-sharded', REGRESS_HARNESS, { fork: true });
    rmSync(artifact(), { recursive: true, force: true });
    for (let i = 1; i <= 4; i++) {
      rmSync(join(rig.repo.dir, '.evalgate'), { recursive: true, force: true });
      const shard = await rig.gate(forkPr, { token: TOKENS.actionsReadOnly, inputs: { 'fail-on': 'never', shard: `${i}/4` } });
      expect(shard.code, explain(shard)).toBe(0);
      // upload-artifact evalgate-shard-<i>, then download-artifact of the triggering run into evalgate-results/.
      cpSync(join(rig.repo.dir, '.evalgate'), join(artifact(), `evalgate-shard-${i}`), { recursive: true });
    }
    rmSync(join(rig.repo.dir, '.evalgate'), { recursive: true, force: true });
    expect(rig.gh.issueComments(REPO, forkPr.number)).toHaveLength(0);
    expect(checkRunsOn(rig.gh, forkPr.headSha)).toHaveLength(0);

    const merged = await publish({ headSha: forkPr.headSha });
    expect(merged.code, explain(merged)).toBe(1);
    expect(merged.outputs.verdict).toBe('block');
    expect(checkRunsOn(rig.gh, forkPr.headSha)).toHaveLength(1);
    const comments = rig.gh.issueComments(REPO, forkPr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(`published from workflow run ${RUN_ID}`);
    expect(comments[0].body).toContain('merged from 4 of 4 shard(s)');
    const got = JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));
    const statuses = (c: { cases: Array<{ id: string; status: string }> }) => Object.fromEntries(c.cases.map((x) => [x.id, x.status]));
    expect(statuses(got)).toEqual(statuses(expected));
    expect(got.verdict).toBe(expected.verdict);
    expect(got.head_totals).toEqual(expected.head_totals);
    rig.gh.assertNoViolations();
  }, 240_000);

  it("never posts a skip the fork's shards claim: a green check must not come from the fork's own manifests", async () => {
    const forkPr = rig.openPull('fork/docs-sharded', { 'evals/README.md': '# Evals\n\nNotes.\n' }, { fork: true });
    rmSync(artifact(), { recursive: true, force: true });
    for (let i = 1; i <= 4; i++) {
      rmSync(join(rig.repo.dir, '.evalgate'), { recursive: true, force: true });
      const shard = await rig.gate(forkPr, { token: TOKENS.actionsReadOnly, inputs: { 'fail-on': 'never', shard: `${i}/4` } });
      expect(shard.code, explain(shard)).toBe(0);
      cpSync(join(rig.repo.dir, '.evalgate'), join(artifact(), `evalgate-shard-${i}`), { recursive: true });
    }
    rmSync(join(rig.repo.dir, '.evalgate'), { recursive: true, force: true });
    const run = await publish({ headSha: forkPr.headSha });
    expect(run.code, explain(run)).toBe(0);
    expect(checkRunsOn(rig.gh, forkPr.headSha)).toHaveLength(0);
    expect(rig.gh.issueComments(REPO, forkPr.number)).toHaveLength(0);
    expect(warningLines(run).join('\n')).toContain('publish does not post an unverified skip');
    rig.gh.assertNoViolations();
  }, 240_000);
});
