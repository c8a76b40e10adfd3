// Which branch counts as the default branch when the payload does not say (a `schedule` event).
import { describe, expect, it } from 'vitest';
import { parseBranchRef, resolveDefaultBranch } from '../../src/action/default-branch.js';
import { freshRepo, testClient, useEmulator } from '../github/helpers.js';

const emulator = useEmulator();

describe('parseBranchRef', () => {
  it.each([
    ['refs/heads/main', 'main'],
    ['refs/heads/release/2.x', 'release/2.x'],
    ['refs/tags/v1', null],
    ['refs/pull/7/merge', null],
    ['', null],
  ])('%s -> %s', (ref, branch) => expect(parseBranchRef(ref)).toBe(branch));
});

describe('resolveDefaultBranch', () => {
  const ctx = (over: Record<string, unknown>, r: { owner: string; repo: string }) => ({ defaultBranch: null, eventName: 'schedule', ref: 'refs/heads/main', ...r, ...over });

  it('takes the payload value without any API call', async () => {
    const r = freshRepo(emulator());
    const start = emulator().log.length;
    const got = await resolveDefaultBranch(ctx({ defaultBranch: 'trunk' }, r), testClient(emulator()).client);
    expect(got).toEqual({ branch: 'trunk', source: 'payload', warning: null });
    expect(emulator().log.length).toBe(start);
  });

  it('a schedule payload without repository: one GET /repos, whose answer wins over GITHUB_REF', async () => {
    const r = freshRepo(emulator());
    emulator().mustRepo(r.full).defaultBranch = 'develop';
    const start = emulator().log.length;
    const got = await resolveDefaultBranch(ctx({ ref: 'refs/heads/main' }, r), testClient(emulator()).client);
    expect(got).toMatchObject({ branch: 'develop', source: 'api' });
    expect(emulator().log.slice(start).map((c) => c.operationId)).toEqual(['repos/get']);
  });

  it('API unavailable: GITHUB_REF for schedule (with a warning), unknown for other events', async () => {
    const r = freshRepo(emulator());
    emulator().fault({ method: 'GET', path: '/repos/{owner}/{repo}', status: 403, times: 2 });
    const sched = await resolveDefaultBranch(ctx({}, r), testClient(emulator()).client);
    expect(sched).toMatchObject({ branch: 'main', source: 'schedule-ref' });
    expect(sched.warning).toMatch(/403.*using main from GITHUB_REF/);
    const dispatch = await resolveDefaultBranch(ctx({ eventName: 'workflow_dispatch' }, r), testClient(emulator()).client);
    expect(dispatch).toMatchObject({ branch: null, source: 'unknown' });
    expect(dispatch.warning).toMatch(/not on the default branch/);
  });
});
