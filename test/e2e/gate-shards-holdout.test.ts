// Issue 23, a sharded gate with a holdout: every shard job runs dist/index.js on the pull request,
// its .evalgate/ is "uploaded" into evalgate-results/evalgate-shard-<i>/, and the merge job (mode
// publish) merges them. Two ways the merge used to go wrong:
// - a shard without the holdout key dealt the visible cases differently; the merge failed saying a
//   case "appears in shard 1 and shard 2" (or passed with the holdout incomplete);
// - holdout rows missing from a shard's upload counted neither as failures nor as a missing shard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';
import { computeTotals } from '../../src/results/build.js';
import type { Results } from '../../src/types.js';
import { createExampleRepo, ensureBuilt, PROJECT_ROOT, pullRequestPayload, runAction, type ActionRun, type TestRepo } from './rig.js';

const HARNESS = join(PROJECT_ROOT, 'test/integration/fixtures/harness.mjs');
const TOTAL = 2;

let gh: GitHubEmulator;
let repo: TestRepo;
let key: string;
let pr: { number: number; headSha: string; baseSha: string; branch: string };

const caseText = (id: string) => `id: ${id}\ntitle: "${id}"\nguards: 1\nworkflow: test\nseverity: sev1\ninput: {"mode": "ok"}\nchecks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n`;
const downloads = () => join(repo.dir, 'evalgate-results');
const explain = (run: ActionRun) => `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-2000)}`;

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent');
  repo = createExampleRepo();
  writeFileSync(join(repo.dir, '.git', 'info', 'exclude'), 'evalgate-results/\n');
  const cli = join(PROJECT_ROOT, 'dist', 'cli.js');
  key = execFileSync(process.execPath, [cli, 'holdout', 'keygen'], { cwd: repo.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  const files: Record<string, string> = {
    'evalgate.yml': `harness:\n  command: node ${JSON.stringify(HARNESS)}\n  timeout_ms: 10000\ncases: evals/t/**/*.yaml\nconcurrency: 2\n`,
  };
  for (let i = 1; i <= 8; i++) files[`evals/t/case-${i}.yaml`] = caseText(`case-${i}`);
  for (let i = 1; i <= 4; i++) files[`evals/holdout/hold-${i}.yaml`] = caseText(`hold-${i}`);
  repo.commit('fixture harness, cases and holdout cases', files);
  execFileSync(process.execPath, [cli, 'holdout', 'encrypt'], { cwd: repo.dir, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', EVALGATE_HOLDOUT_KEY: key }, stdio: 'pipe' });
  const mainSha = repo.commit('holdout bundle', Object.fromEntries(Object.keys(files).filter((f) => f.startsWith('evals/holdout/')).map((f) => [f, null])));
  repo.git('push', '-q', 'origin', 'main');
  repo.git('checkout', '-q', '-B', 'change', mainSha);
  const headSha = repo.commit('a change', { 'NOTES.txt': 'a note\n' });
  repo.git('checkout', '-q', 'main');
  pr = { number: gh.addPull('acme/agent', { title: 'change', headSha, baseSha: mainSha, headRef: 'change' }).number, headSha, baseSha: mainSha, branch: 'change' };
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

function pullRun(inputs: Record<string, string>): Promise<ActionRun> {
  repo.git('checkout', '-q', pr.branch);
  return runAction({
    repo,
    eventName: 'pull_request',
    payload: pullRequestPayload(loadWebhookExample('pull_request', 'opened') as Record<string, any>, { number: pr.number, baseSha: pr.baseSha, headSha: pr.headSha, headRef: pr.branch }),
    inputs,
    apiUrl: gh.url,
    token: TOKENS.actions,
    sha: pr.headSha,
    ref: `refs/pull/${pr.number}/merge`,
  }).finally(() => repo.git('checkout', '-q', 'main'));
}

/** The matrix: shard i runs with the key when withKey(i); its .evalgate/ lands in evalgate-results/evalgate-shard-i/. */
async function runShards(withKey: (i: number) => boolean): Promise<void> {
  rmSync(downloads(), { recursive: true, force: true });
  for (let i = 1; i <= TOTAL; i++) {
    rmSync(join(repo.dir, '.evalgate'), { recursive: true, force: true });
    const run = await pullRun({ mode: 'auto', shard: `${i}/${TOTAL}`, ...(withKey(i) ? { 'holdout-key': key } : {}) });
    expect(run.code, explain(run)).toBe(0);
    cpSync(join(repo.dir, '.evalgate'), join(downloads(), `evalgate-shard-${i}`), { recursive: true });
  }
  rmSync(join(repo.dir, '.evalgate'), { recursive: true, force: true });
}

const shardResults = (i: number) => join(downloads(), `evalgate-shard-${i}`, 'benchmark', 'results.json');

describe('merging a sharded gate with a holdout', () => {
  it('a shard without the holdout key: the merge fails naming that shard and the cause', async () => {
    await runShards((i) => i !== 2);
    const merged = await pullRun({ mode: 'publish' });
    expect(merged.code, explain(merged)).not.toBe(0);
    const out = merged.stdout + merged.stderr;
    expect(out).toContain('shard 2/2 ran without the holdout (no usable EVALGATE_HOLDOUT_KEY in that job; its log says why) while shard 1/2 ran it');
    expect(out).toContain('Give every shard job the holdout-key input and re-run all shards');
    expect(out).not.toMatch(/appears in shard/);
    expect(gh.checkRuns('acme/agent').filter((c) => c.head_sha === pr.headSha && c.conclusion === 'success')).toEqual([]);
  }, 180_000);

  it('every shard with the key merges and passes; the same uploads minus one holdout row fail, naming the shard', async () => {
    await runShards(() => true);
    const manifest = JSON.parse(readFileSync(join(downloads(), 'evalgate-shard-2', 'shard.json'), 'utf8'));
    const ok = await pullRun({ mode: 'publish' });
    expect(ok.code, explain(ok)).toBe(0);
    expect(ok.outputs.verdict).toBe('pass');
    // Which shard holds holdout rows depends on the key: drop one row from a shard that has some.
    const shard = [1, 2].find((i) => (JSON.parse(readFileSync(shardResults(i), 'utf8')) as Results).cases.some((c) => c.holdout))!;
    const doc = JSON.parse(readFileSync(shardResults(shard), 'utf8')) as Results;
    const listed = JSON.parse(readFileSync(join(downloads(), `evalgate-shard-${shard}`, 'shard.json'), 'utf8')).holdout_cases.benchmark as string[];
    expect(listed.sort()).toEqual(doc.cases.filter((c) => c.holdout).map((c) => c.id).sort());
    expect(manifest.holdout).toBe(true);
    const dropped = doc.cases.find((c) => c.holdout)!.id;
    doc.cases = doc.cases.filter((c) => c.id !== dropped);
    // A consistent file (totals recomputed), as a careful editor would leave it: schema checks alone pass it.
    const hidden = doc.cases.filter((c) => c.holdout);
    doc.holdout_totals = hidden.length > 0 ? computeTotals(hidden) : null;
    writeFileSync(shardResults(shard), JSON.stringify(doc));
    const merged = await pullRun({ mode: 'publish' });
    expect(merged.code, explain(merged)).not.toBe(0);
    expect(merged.outputs.verdict).not.toBe('pass');
    expect(merged.stdout + merged.stderr).toContain(
      `shard ${shard}/2 (evalgate-results/evalgate-shard-${shard}/benchmark/results.json) lacks 1 of the ${listed.length} holdout case(s) its shard.json says it ran (${dropped})`,
    );
  }, 240_000);
});
