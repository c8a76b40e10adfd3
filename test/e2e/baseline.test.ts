// Baseline mode (push to main) end to end: the results are stored either way, and the `verdict`
// output says whether every case passed, without failing the job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { createExampleRepo, ensureBuilt, storeBaseline, type TestRepo } from './rig.js';

let gh: GitHubEmulator;
let repo: TestRepo;

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent');
  repo = createExampleRepo();
});

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

const stored = () => execFileSync('git', ['ls-tree', '-r', '--name-only', 'evalgate-baselines'], { cwd: repo.origin, encoding: 'utf8' });

describe('baseline mode', () => {
  it('sets verdict pass when every case passes, block (job still green, results stored) when one fails', async () => {
    const good = repo.git('rev-parse', 'HEAD');
    const first = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha: good });
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.verdict).toBe('pass');
    expect(first.outputs.regressions).toBe('0');

    const bad = repo.commit('harness: regress on main', { 'evals/agent/variant.txt': 'regressed\n' });
    const second = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha: bad });
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs.verdict).toBe('block');
    expect(second.stdout).toMatch(/::notice::verdict block: \d+ case\(s\) failed or errored in the baseline run/);
    expect(stored()).toContain(`benchmark/${bad}.json`);
    // The suite's HTML report beside report.md, as every gate writes one: the failing cases first.
    const html = readFileSync(join(repo.dir, '.evalgate', 'benchmark', 'report.html'), 'utf8');
    expect(html).toMatch(/<h1><span class="badge blocking">failing<\/span> evalgate \/ benchmark: \d+ failing, 0 errored<\/h1>/);
    gh.assertNoViolations();
  }, 90_000);

  it('fails with the located message when the cases glob matches nothing, storing nothing (as the CLI does)', async () => {
    const before = stored();
    const sha = repo.commit('config: a glob that matches nothing', { 'evalgate.yml': readFileSync(join(repo.dir, 'evalgate.yml'), 'utf8').replace(/^cases: .*$/m, 'cases: evals/nothing/**/*.yaml') });
    const run = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::.*cases: "evals\/nothing\/\*\*\/\*\.yaml" matches no case files/s);
    expect(stored()).toBe(before);
    gh.assertNoViolations();
  }, 90_000);
});
