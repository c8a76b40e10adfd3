// Pull-request gate scenarios end to end (dist/index.js, GitHub emulator, real git repo with a
// stored baseline for main): passing PR, fork PR with a read-only token, deleted guard case (with
// and without the allow label), weakened guard case. The API call budget is in gate-budget.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKENS } from '../emulator/server.js';
import { PROJECT_ROOT } from './rig.js';
import { callsSince, checkRunsOn, explain, GUARD_CASE, GUARD_FILE, GUARD_TITLE, REGRESS_HARNESS, readComparison, REPO, startGateRig, warningLines, type GateRig } from './gate-helpers.js';

let rig: GateRig;

beforeAll(async () => {
  rig = await startGateRig({ storeBaseline: true });
}, 120_000);

afterAll(async () => {
  await rig?.stop();
});

const comparisonOf = () => readComparison(rig);

describe('a harmless pull request', () => {
  it('passes: exit 0, verdict pass, successful check run, one pass comment, no extra trials', async () => {
    // A harness change that keeps behaviour: a comment in the agent (under harness.paths).
    const agent = readFileSync(join(rig.repo.dir, 'evals', 'agent', 'run.js'), 'utf8');
    const pr = rig.openPull('agent/comment', { 'evals/agent/run.js': agent + '\n// Clarified how the planner routes.\n' });
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.regressions).toBe('0');
    expect(run.stdout).not.toContain('::error::');

    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0].conclusion).toBe('success');
    expect(checks[0].annotations).toHaveLength(0);
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('## ✅ evalgate / benchmark: pass');
    expect(run.summary).toContain('## ✅ evalgate / benchmark: pass');

    const cmp = comparisonOf();
    expect(cmp.notices.join('\n')).not.toMatch(/extra trial/);
    // Each trials: 1 case runs once on the head; the baseline backed each deterministic claim with 3 trials.
    expect(cmp.head_totals.runs).toBe(cmp.cases.length);
    expect(cmp.base_totals.runs).toBe(3 * cmp.cases.length);
    expect(cmp.base.source).toMatch(/^stored/);
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a re-run of the gate of the same change (the workflow restores the previous results as `reuse`)', () => {
  it('makes no new harness run, keeps every trial it reused (a block stays a block) and says so', async () => {
    const pr = rig.openPull('reuse/regress', REGRESS_HARNESS);
    const first = await rig.gate(pr);
    expect(first.code, explain(first)).toBe(1);
    const firstCmp = comparisonOf();
    expect(firstCmp.spend!.head.harness_runs).toBeGreaterThan(0);
    const prior = mkdtempSync(join(tmpdir(), 'evalgate-prior-'));
    try {
      mkdirSync(join(prior, 'benchmark'));
      copyFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'results.json'), join(prior, 'benchmark', 'results.json'));
      const again = await rig.gate(pr, { inputs: { reuse: prior } });
      expect(again.code, explain(again)).toBe(1);
      const cmp = comparisonOf();
      expect(cmp.spend!.head.harness_runs).toBe(0);
      expect(cmp.notices.join('\n')).toMatch(/reused \d+ head trial\(s\) of \d+ case\(s\) from an earlier gate of this change .*; 0 new harness run\(s\)/);
      expect(cmp.cases.filter((c) => c.status === 'regressed').map((c) => c.id)).toEqual(firstCmp.cases.filter((c) => c.status === 'regressed').map((c) => c.id));
      // A prior that is not a results file is not reused, with a warning, and the gate runs afresh.
      writeFileSync(join(prior, 'benchmark', 'results.json'), '{"schema":"evalgate/results@1"}');
      const broken = await rig.gate(pr, { inputs: { reuse: prior } });
      expect(broken.code, explain(broken)).toBe(1);
      expect(broken.stdout).toMatch(/reuse: not reusing the earlier gate's trials/);
      expect(comparisonOf().spend!.head.harness_runs).toBeGreaterThan(0);
    } finally {
      rmSync(prior, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a pull request that touches nothing under harness.paths', () => {
  it('skips the eval run: successful "skipped" check run, no comment, no results, verdict pass', async () => {
    const pr = rig.openPull('docs/readme', { 'evals/README.md': '# Evals\n\nClarified how to run the demo agent.\n' });
    const before = rig.gh.log.length;
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs['results-path']).toBe('');
    const checks = checkRunsOn(rig.gh, pr.headSha);
    expect(checks).toHaveLength(1);
    expect(checks[0].conclusion).toBe('success');
    expect(checks[0].title ?? '').toContain('skipped');
    expect(rig.gh.issueComments(REPO, pr.number)).toHaveLength(0);
    expect(run.summary).toMatch(/skipped: this change touches only .*, none of it the harness \(harness\.paths \(/);
    expect(rig.gh.log.slice(before).filter((l) => l.method !== 'GET')).toHaveLength(1);
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a pull request that stops touching the harness after a blocked run', () => {
  it('updates its earlier "blocked" comment to say the run was skipped', async () => {
    const pr = rig.openPull('revert/regress', REGRESS_HARNESS);
    const blocked = await rig.gate(pr);
    expect(blocked.code, explain(blocked)).toBe(1);
    expect(rig.gh.issueComments(REPO, pr.number)[0].body).toContain('blocked');
    // The author reverts the harness change: the PR's diff no longer touches harness.paths.
    rig.repo.git('checkout', '-q', pr.branch);
    const headSha = rig.repo.commit('revert the planner change', { 'evals/agent/variant.txt': null });
    rig.repo.git('checkout', '-q', 'main');
    const skipped = await rig.gate({ ...pr, headSha });
    expect(skipped.code, explain(skipped)).toBe(0);
    const comments = rig.gh.issueComments(REPO, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('skipped');
    expect(comments[0].body).not.toContain('blocked');
    rig.gh.assertNoViolations();
  }, 90_000);
});

describe('a fork pull request with a read-only token', () => {
  it('still writes the summary and outputs, fails the job on regression, and warns what it could not post', async () => {
    const pr = rig.openPull('fork/regress', REGRESS_HARNESS, { fork: true });
    const run = await rig.gate(pr, { token: TOKENS.actionsReadOnly });
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    expect(Number(run.outputs.regressions)).toBeGreaterThan(0);
    expect(run.summary).toContain(GUARD_CASE);
    expect(run.summary).toContain('## ❌ evalgate / benchmark: blocked');
    expect(run.stdout).toContain('::error::evalgate: blocked');

    const warnings = warningLines(run);
    expect(warnings.join('\n')).toMatch(/could not post the check run and PR comment for benchmark.*read-only GITHUB_TOKEN/);
    expect(rig.gh.issueComments(REPO, pr.number)).toHaveLength(0);
    expect(checkRunsOn(rig.gh, pr.headSha)).toHaveLength(0);
    // One refused write is enough to know: no comment write is attempted after the check run's 403.
    expect(rig.gh.calls({ operationId: 'issues/create-comment' }).filter((c) => c.path.endsWith(`/issues/${pr.number}/comments`))).toHaveLength(0);
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a pull request that deletes a guard case', () => {
  it('shows the case as removed and blocks', async () => {
    const pr = rig.openPull('cleanup/drop-guard', { [GUARD_FILE]: null });
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(1);
    expect(run.outputs.verdict).toBe('block');
    const row = comparisonOf().cases.find((c: { id: string }) => c.id === GUARD_CASE);
    expect(row).toMatchObject({ status: 'removed', blocking: true });
    const comment = rig.gh.issueComments(REPO, pr.number)[0].body;
    expect(comment).toContain('1 guard removed');
    expect(comment).toContain('evalgate:allow-guard-removal');
    const check = checkRunsOn(rig.gh, pr.headSha)[0];
    expect(check.conclusion).toBe('failure');
    expect(String(check.annotations.find((a) => a.path === GUARD_FILE)?.message)).toContain('add the label evalgate:allow-guard-removal');
    rig.gh.assertNoViolations();
  }, 60_000);

  it('passes when the PR carries evalgate:allow-guard-removal (read from the API, not the payload)', async () => {
    const pr = rig.openPull('cleanup/drop-guard-allowed', { [GUARD_FILE]: null }, { labels: ['evalgate:allow-guard-removal'] });
    const before = rig.gh.log.length;
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const row = comparisonOf().cases.find((c: { id: string }) => c.id === GUARD_CASE);
    expect(row).toMatchObject({ status: 'removed', blocking: false });
    expect(rig.gh.issueComments(REPO, pr.number)[0].body).toMatch(/Removed guards[\s\S]*allowed/);
    expect(callsSince(rig.gh, before).filter((c) => c.operationId === 'issues/list-labels-on-issue')).toHaveLength(1);
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a pull request that weakens the guard case it breaks', () => {
  it('gates with the base definition (still regressed, blocks) and flags the case as modified', async () => {
    const weakened = readFileSync(join(rig.repo.dir, GUARD_FILE), 'utf8').replace(/checks:[\s\S]*$/, 'checks:\n  - type: output_schema\n    schema: { type: object }\n');
    const pr = rig.openPull('fix/relax-refund-check', { ...REGRESS_HARNESS, [GUARD_FILE]: weakened });
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(1);
    const row = comparisonOf().cases.find((c: { id: string }) => c.id === GUARD_CASE);
    expect(row).toMatchObject({ status: 'regressed', blocking: true, modified: true });
    const comment = rig.gh.issueComments(REPO, pr.number)[0].body;
    expect(comment).toContain('definition changed in this PR; the base definition gated');
    expect(comment).toContain(GUARD_TITLE);
    const annotation = checkRunsOn(rig.gh, pr.headSha)[0].annotations.find((a) => a.path === GUARD_FILE);
    expect(String(annotation?.message)).toContain('definition modified in this PR');
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a pull request that points the harness at another command', () => {
  it('is flagged in the comment, summary and comparison.json from what to what (a warning, not a block by itself)', async () => {
    const config = readFileSync(join(rig.repo.dir, 'evalgate.yml'), 'utf8').replace('command: node evals/agent/run.js', 'command: node evals/agent/run.js --canned');
    expect(config).toContain('--canned');
    const pr = rig.openPull('harness/canned', { 'evalgate.yml': config });
    const run = await rig.gate(pr);
    expect(run.code, explain(run)).toBe(0);
    const cmp = comparisonOf();
    expect(cmp.harness_changes).toEqual([{ field: 'harness.command', base: 'node evals/agent/run.js', head: 'node evals/agent/run.js --canned' }]);
    const comment = rig.gh.issueComments(REPO, pr.number)[0].body;
    for (const md of [comment, run.summary]) {
      expect(md).toContain('### ⚠️ Harness changed in this pull request (1)');
      expect(md).toContain('| `harness.command` | `node evals/agent/run.js` | `node evals/agent/run.js --canned` |');
    }
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a pull request whose harness prints secrets and hostile Markdown', () => {
  it('posts and writes none of the secrets, and nothing in the comment links, pings or fakes a marker', async () => {
    const KEY = 'mk-live-5f4e3d2c1b0a99887766';
    const leak = [
      "const k = process.env.MODEL_API_KEY;",
      "process.stderr.write(`calling model with ${k}\\nsee #1 and acme/other#2 @acme/everyone \\u202e <!-- evalgate:benchmark -->\\n`);",
      "process.stdout.write(JSON.stringify({ output: { action: 'refund', reply: `key ${k} #1 @acme/everyone` }, steps: [] }));",
    ].join('\n');
    const config = readFileSync(join(rig.repo.dir, 'evalgate.yml'), 'utf8').replace('command: node evals/agent/run.js', 'command: node evals/agent/leak.js');
    const pr = rig.openPull('harness/leaky', { 'evals/agent/leak.js': leak + '\n', 'evalgate.yml': config });
    const run = await rig.gate(pr, { env: { MODEL_API_KEY: KEY } });
    expect(run.code, explain(run)).toBe(1);
    const comment = rig.gh.issueComments(REPO, pr.number)[0].body;
    expect(comment).toContain('### Regressions');
    const files = ['results.json', 'comparison.json', 'report.md', 'report.html', 'junit.xml'].map((f) => readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', f), 'utf8'));
    // The key is registered with the runner (::add-mask::, which the runner consumes and never shows).
    expect(run.stdout).toContain(`::add-mask::${KEY}`);
    const log = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    for (const text of [comment, run.summary, log, ...files]) expect(text).not.toContain(KEY.slice(0, 12));
    expect(comment.match(/<!--/g)).toHaveLength(1);
    expect(comment).not.toContain('\u202e');
    // GitHub does not link or ping inside code blocks; everywhere else nothing is live.
    expect(comment.replace(/`{3,}[\s\S]*?`{3,}/g, '')).not.toMatch(/(^|[^\w\u200b])#1\b|@acme\/everyone/);
    rig.gh.assertNoViolations();
  }, 60_000);
});

describe('a pull request whose workflow uploads .evalgate/ (the shipped pr/evalgate.yml)', () => {
  it('the comment and the summary say the HTML report is benchmark/report.html in the artifact evalgate-results; without GITHUB_JOB they do not', async () => {
    const workflow = readFileSync(join(PROJECT_ROOT, 'examples', 'workflows', 'pr', 'evalgate.yml'), 'utf8');
    const pr = rig.openPull('regress/with-upload', { ...REGRESS_HARNESS, '.github/workflows/evalgate-pr.yml': workflow });
    const env = { GITHUB_WORKFLOW_REF: `acme/agent/.github/workflows/evalgate-pr.yml@refs/pull/${pr.number}/merge`, GITHUB_JOB: 'gate' };
    const run = await rig.gate(pr, { env });
    expect(run.code, explain(run)).toBe(1);
    const line = "Full report (every case, filterable, with each failing trial's steps): `benchmark/report.html` in the artifact `evalgate-results` of [the workflow run](https://github.com/acme/agent/actions/runs/4242)";
    const comment = rig.gh.issueComments(REPO, pr.number)[0].body;
    expect(comment).toContain(line);
    expect(run.summary).toContain(line);
    const html = readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'report.html'), 'utf8');
    expect(html).toContain('evalgate / benchmark: blocked');
    // The same job run without GITHUB_JOB (it cannot tell which job uploads): the plain workflow-run link.
    const again = await rig.gate(pr);
    expect(rig.gh.issueComments(REPO, pr.number)[0].body).not.toContain('report.html');
    expect(again.summary).not.toContain('report.html');
    rig.gh.assertNoViolations();
  }, 90_000);
});
