// `evalgate loop` through the CLI entry against the emulator and a real git history: issues from
// the API, guard merge times from when the case files were added, reopens from evalgate's markers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main.js';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { renderAgentFailureBody } from '../e2e/loop-fixtures.js';
import { PROJECT_ROOT } from '../e2e/rig.js';

let dir: string;
let gh: GitHubEmulator;
let regressing: string;

const git = (date: string, ...args: string[]) =>
  execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'd', GIT_AUTHOR_EMAIL: 'd@example.com', GIT_COMMITTER_NAME: 'd', GIT_COMMITTER_EMAIL: 'd@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }).trim();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evalgate-loop-metrics-'));
  cpSync(join(PROJECT_ROOT, 'evals'), join(dir, 'evals'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'evalgate.yml'), join(dir, 'evalgate.yml'));
  git('2026-10-04T00:00:00Z', 'init', '-q', '-b', 'main');
  git('2026-10-04T00:00:00Z', 'add', '-A');
  git('2026-10-04T00:00:00Z', 'commit', '-q', '-m', 'cases');
  const threeHoursAgo = new Date(Date.now() - 3 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  git(threeHoursAgo, 'commit', '-q', '--allow-empty', '-m', 'harness: regress');
  regressing = git(threeHoursAgo, 'rev-parse', 'HEAD');

  gh = await startEmulator();
  gh.addRepo('acme/agent');
  const form = renderAgentFailureBody({ workflow: 'refund' });
  // 101: guarded by the example's refund case (added 2026-10-04), opened 3 days before; evalgate reopened it.
  gh.addIssueAt('acme/agent', 101, { title: 'refund before policy', state: 'open', state_reason: 'reopened', labels: ['agent-failure', 'regression'], body: form, created_at: '2026-10-01T00:00:00Z' });
  gh.addComment('acme/agent', 101, `<!-- evalgate:reopen case=refund-policy-before-payment commit=${regressing} -->\nReopening`, 'github-actions[bot]');
  // A user pasting the marker does not count as a reopen.
  gh.addComment('acme/agent', 101, `<!-- evalgate:reopen case=x commit=${regressing} -->`, 'mallory');
  // 150: closed, no case guards it.
  gh.addIssueAt('acme/agent', 150, { title: 'tone', state: 'closed', state_reason: 'completed', labels: ['agent-failure'], body: form, created_at: '2026-11-01T00:00:00Z' });
  // 151: open research/cost_blowup issue.
  gh.addIssueAt('acme/agent', 151, { title: 'cost', labels: ['agent-failure'], body: renderAgentFailureBody({ workflow: 'research' }).replace('bad_decision', 'cost_blowup'), created_at: '2026-11-20T00:00:00Z' });
});

afterAll(async () => {
  await gh?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { cwd: dir, env, stdout: (t) => (out += t), stderr: (t) => (err += t), tty: false };
  return { code: await main(argv, io), out, err };
}

describe('evalgate loop', () => {
  const env = () => ({ GITHUB_TOKEN: TOKENS.actions, GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/agent' });

  it('prints open, guarded, unguarded, time to guard and commit-to-reopen per workflow and failure class', async () => {
    const r = await cli(['loop', '--json'], env());
    expect(r.code, r.err).toBe(0);
    const { rows } = JSON.parse(r.out) as { rows: Array<Record<string, unknown>> };
    const refund = rows.find((x) => x.workflow === 'refund')!;
    expect(refund).toMatchObject({ failureClass: 'bad_decision', open: 1, closedGuarded: 0, closedUnguarded: 1, medianHoursToGuard: 72, guardsMeasured: 1, reopened: 1 });
    expect(refund.medianHoursCommitToReopen as number).toBeGreaterThan(2.9);
    expect(refund.medianHoursCommitToReopen as number).toBeLessThan(3.2);
    expect(rows.find((x) => x.workflow === 'research')).toMatchObject({ failureClass: 'cost_blowup', open: 1 });
    expect(rows.at(-1)).toMatchObject({ workflow: '*', open: 2, closedUnguarded: 1, reopened: 1 });
    gh.assertNoViolations();
  });

  it('as text, and usage errors name the flag', async () => {
    const text = await cli(['loop', '--days', '7'], env());
    expect(text.code, text.err).toBe(0);
    expect(text.out).toMatch(/^The loop \(reopens: last 7 days\)/);
    expect(text.out).toMatch(/refund\s+bad_decision\s+1\s+0\s+1\s+3\.0 d \(1\)\s+1\s+3\.0 h/);
    expect((await cli(['loop', '--days', 'soon'], env())).err).toMatch(/--days "soon" is not a number of days/);
    expect((await cli(['loop'], { GITHUB_TOKEN: 't' })).err).toMatch(/give --repo owner\/name/);
  });
});
