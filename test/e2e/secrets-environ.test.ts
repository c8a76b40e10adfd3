// Issue 23, the action: dist/index.js started as a runner starts it (node24, INPUT_* and the runner's
// tokens in its environment). A harness that reads /proc/<pid>/environ and cmdline of its ancestors
// and of every other process of the user finds neither the holdout key nor a token, and the holdout
// still runs (the key reached evalgate through the hand-over, not the environment).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';
import { ACTION_NODE, createExampleRepo, ensureBuilt, PROJECT_ROOT, runAction, type TestRepo } from './rig.js';

const PROBE = join(PROJECT_ROOT, 'test/integration/fixtures/environ-probe.mjs');
const MARKER = 'holdout-input-only-the-key-reveals';

let gh: GitHubEmulator;
let repo: TestRepo;
let key: string;
let sha: string;
let probeDir: string;

const cliEnv = () => ({ ...process.env, GIT_CONFIG_NOSYSTEM: '1' });

beforeAll(async () => {
  ensureBuilt();
  gh = await startEmulator();
  gh.addRepo('acme/agent');
  repo = createExampleRepo();
  probeDir = join(repo.dir, '..', 'probe');
  const cli = join(PROJECT_ROOT, 'dist', 'cli.js');
  key = execFileSync(process.execPath, [cli, 'holdout', 'keygen'], { cwd: repo.dir, encoding: 'utf8' }).trim();
  const caseText = (id: string, marker: string) =>
    `id: ${id}\ntitle: "${id}"\nguards: 1\nworkflow: test\nseverity: sev1\ninput: {"marker": "${marker}"}\nchecks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n`;
  sha = repo.commit('probe harness', {
    'evalgate.yml': `harness:\n  command: node ${JSON.stringify(PROBE)}\n  timeout_ms: 10000\n  env: ${JSON.stringify({ PROBE_OUT: probeDir })}\ncases: evals/probe/**/*.yaml\nconcurrency: 2\n`,
    'evals/probe/public.yaml': caseText('public-a', 'public'),
    'evals/holdout/h.yaml': caseText('hidden-h', MARKER),
  });
  execFileSync(process.execPath, [cli, 'holdout', 'encrypt'], { cwd: repo.dir, env: { ...cliEnv(), EVALGATE_HOLDOUT_KEY: key }, stdio: 'pipe' });
  sha = repo.commit('holdout bundle', { 'evals/holdout/h.yaml': null });
  repo.git('push', '-q', 'origin', 'main');
}, 120_000);

afterAll(async () => {
  await gh?.stop();
  repo?.cleanup();
});

describe('the action keeps secrets out of every environ the harness can read', () => {
  it('push (baseline mode) with the holdout key and the token: the probe finds neither', async () => {
    rmSync(probeDir, { recursive: true, force: true });
    mkdirSync(probeDir);
    const runtimeToken = `rt-${randomBytes(12).toString('hex')}`;
    const idToken = `id-${randomBytes(12).toString('hex')}`;
    const push = loadWebhookExample('push') as Record<string, any>;
    push.ref = 'refs/heads/main';
    push.after = sha;
    push.repository.default_branch = 'main';
    push.repository.full_name = 'acme/agent';
    const run = await runAction({
      repo,
      eventName: 'push',
      payload: push,
      inputs: { mode: 'auto', 'holdout-key': key },
      apiUrl: gh.url,
      token: TOKENS.actions,
      sha,
      ref: 'refs/heads/main',
      env: { ACTIONS_RUNTIME_TOKEN: runtimeToken, ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const secrets = [key, TOKENS.actions, runtimeToken, idToken];
    const probes = readdirSync(probeDir).map((f) => JSON.parse(readFileSync(join(probeDir, f), 'utf8')));
    // Both cases ran, the holdout one too: the key reached evalgate (the visible trials: 1 case
    // three times: the baseline backs its deterministic claim).
    expect([...new Set(probes.map((p) => p.input?.marker))].sort()).toEqual([MARKER, 'public']);
    const leaks: string[] = [];
    for (const p of probes) {
      const action = p.ancestors.find((a: { cmdline: string }) => a.cmdline.includes(join('dist', 'index.js')));
      expect(action, JSON.stringify(p.ancestors)).toBeDefined();
      expect(action.environReadable).toBe(true);
      expect(action.cmdline.startsWith(ACTION_NODE)).toBe(true);
      for (const f of p.found) if (secrets.includes(f.value)) leaks.push(`${f.name} in /proc/${f.pid}/environ`);
      for (const c of p.cmdlines) for (const s of secrets) if (c.includes(s)) leaks.push(`cmdline ${c}`);
    }
    expect(leaks).toEqual([]);
    const ms = /::debug::evalgate re-executed itself without (.*) in its environment \((\d+) ms\)/.exec(run.stdout);
    expect(ms, run.stdout).not.toBeNull();
    for (const n of ['INPUT_GITHUB-TOKEN', 'INPUT_HOLDOUT-KEY', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']) expect(ms![1]).toContain(n);
    console.log(`action re-exec without secrets: ${ms![2]} ms`);
    // The stored baseline counts the holdout case.
    const stored = JSON.parse(execFileSync('git', ['show', `evalgate-baselines:benchmark/${sha}.json`], { cwd: repo.origin, encoding: 'utf8' }));
    expect(stored.holdout_totals.cases).toBe(1);
  }, 120_000);
});
