import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, TOKENS } from '../emulator/server.js';
import { createExampleRepo, runAction } from '../e2e/rig.js';
import { loadWebhookExample } from '../emulator/payloads.js';
const gh = await startEmulator();
gh.addRepo('acme/agent');
const repo = createExampleRepo();
const stamp = join(repo.dir, '..', 'spawned');
const config = readFileSync(join(repo.dir, 'evalgate.yml'), 'utf8').replace('command: node evals/agent/run.js', `command: date +%s%N >> ${stamp}; exec node evals/agent/run.js`);
const sha = repo.commit('stamp', { 'evalgate.yml': config });
rmSync('/tmp/aprof', { recursive: true, force: true }); mkdirSync('/tmp/aprof');
for (let i = 0; i < 3; i++) {
  const push = loadWebhookExample('push') as Record<string, any>;
  Object.assign(push, { ref: 'refs/heads/main', after: sha });
  push.repository.default_branch = 'main';
  push.repository.full_name = 'acme/agent';
  rmSync(stamp, { force: true });
  const t0 = Date.now();
  const run = await runAction({ repo, eventName: 'push', payload: push, inputs: { mode: 'auto' }, apiUrl: gh.url, token: TOKENS.actions, sha, ref: 'refs/heads/main', env: i === 2 ? { NODE_OPTIONS: '--cpu-prof --cpu-prof-dir=/tmp/aprof' } : {} });
  const first = readFileSync(stamp, 'utf8').trim().split('\n').map((x) => Number(BigInt(x) / 1000000n)).sort()[0];
  console.log('exit', run.code, 'first spawn after', first - t0, 'ms');
}
await gh.stop(); repo.cleanup();
