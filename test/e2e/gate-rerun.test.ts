// `gate.baseline: auto` with nothing stored: the PR gate reruns the merge base in a git worktree in
// the same job, and the report says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkRunsOn, explain, GUARD_CASE, GUARD_FILE, REGRESS_HARNESS, REPO, startGateRig, type GateRig } from './gate-helpers.js';

let rig: GateRig;

beforeAll(async () => {
  rig = await startGateRig({ storeBaseline: false });
}, 120_000);

afterAll(async () => {
  await rig?.stop();
});

describe('no stored baseline, gate.baseline auto', () => {
  it('reruns the merge base in a worktree, compares against it and names the rerun as the baseline source', async () => {
    const pr = rig.openPull('feature/no-baseline', REGRESS_HARNESS);
    const run = await rig.gate(pr);
    // Regressions are found against the rerun baseline: the base commit's agent passed.
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    const cmp = JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));
    expect(cmp.base.source).toBe(`rerun of the merge base ${rig.mainSha.slice(0, 7)} in this job`);
    expect(cmp.base.commit).toBe(rig.mainSha);
    expect(cmp.cases.find((c: { id: string }) => c.id === GUARD_CASE).status).toBe('regressed');
    const comment = rig.gh.issueComments(REPO, pr.number)[0].body;
    expect(comment).toContain(`rerun of the merge base ${rig.mainSha.slice(0, 7)} in this job`);
    expect(run.summary).toContain('rerun of the merge base');
    expect(checkRunsOn(rig.gh, pr.headSha)[0].conclusion).toBe('failure');
    // The worktree is gone and nothing was stored from a PR.
    expect(execFileSync('git', ['worktree', 'list'], { cwd: rig.repo.dir, encoding: 'utf8' }).trim().split('\n')).toHaveLength(1);
    expect(() => execFileSync('git', ['rev-parse', '--verify', '-q', 'evalgate-baselines'], { cwd: rig.repo.origin, stdio: 'ignore' })).toThrow();
    rig.gh.assertNoViolations();
  }, 60_000);

  it('a deleted guard case still shows as removed and blocks: the rerun covers the base definition of removed cases', async () => {
    const pr = rig.openPull('cleanup/drop-guard', { [GUARD_FILE]: null });
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(1);
    const cmp = JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));
    expect(cmp.base.source).toMatch(/^rerun of the merge base/);
    expect(cmp.cases.find((c: { id: string }) => c.id === GUARD_CASE)).toMatchObject({ status: 'removed', blocking: true });
    expect(rig.gh.issueComments(REPO, pr.number)[0].body).toContain('1 guard removed');
    rig.gh.assertNoViolations();
  }, 60_000);
});
