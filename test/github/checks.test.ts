import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postCheckRun, type CheckAnnotation } from '../../src/adapters/github.js';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';
import { freshRepo, testClient } from './helpers.js';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startEmulator();
});
afterEach(() => {
  gh.clearFaults();
});
afterAll(async () => {
  await gh?.stop();
});

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `evals/cases/search/case-${i}.yaml`,
    start_line: i + 1,
    annotation_level: 'failure' as const,
    message: `case-${i} regressed`,
    title: `case-${i}`,
  }));
}

describe('postCheckRun', () => {
  it.each([
    [0, 1],
    [50, 1],
    [51, 2],
    [120, 3],
  ])('%i annotations take %i request(s) and all are stored in order', async (n, requests) => {
    const r = freshRepo(gh);
    const { client } = testClient(gh);
    const before = gh.log.length;
    const res = await postCheckRun(client, r, { name: 'evalgate / benchmark', headSha: 'a'.repeat(40), conclusion: 'failure', title: 'blocked', summary: 'summary', annotations: annotations(n) });
    expect(res).toMatchObject({ ok: true, value: { annotations: n } });
    const calls = gh.log.slice(before);
    expect(calls.length).toBe(requests);
    expect(calls.map((c) => c.operationId)).toEqual(['checks/create', ...Array(requests - 1).fill('checks/update')]);
    const [run] = gh.checkRuns(r.full);
    expect(run.conclusion).toBe('failure');
    expect(run.status).toBe('completed');
    expect(run.annotations.map((a) => a.message)).toEqual(annotations(n).map((a) => a.message));
    gh.assertNoViolations();
  });

  it('cuts an oversized summary to the 65535-character limit instead of failing', async () => {
    const r = freshRepo(gh);
    const { client } = testClient(gh);
    const res = await postCheckRun(client, r, { name: 'evalgate / benchmark', headSha: 'b'.repeat(40), conclusion: 'success', title: 'ok', summary: 'x'.repeat(100_000), annotations: [] });
    expect(res.ok).toBe(true);
    const [run] = gh.checkRuns(r.full);
    expect(run.summary!.length).toBeLessThanOrEqual(65535);
    expect(run.summary).toContain('Truncated');
    gh.assertNoViolations();
  });

  it('drops columns on multi-line annotations (GitHub rejects them)', async () => {
    const r = freshRepo(gh);
    const { client } = testClient(gh);
    await postCheckRun(client, r, {
      name: 'evalgate / benchmark',
      headSha: 'c'.repeat(40),
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: [
        { path: 'a.yaml', start_line: 3, end_line: 5, start_column: 2, end_column: 4, annotation_level: 'warning', message: 'multi' },
        { path: 'b.yaml', start_line: 7, start_column: 2, end_column: 4, annotation_level: 'notice', message: 'single' },
      ],
    });
    const [run] = gh.checkRuns(r.full);
    expect(run.annotations[0]).not.toHaveProperty('start_column');
    expect(run.annotations[1]).toMatchObject({ start_column: 2, end_column: 4, end_line: 7 });
  });

  it('returns not_permitted with a read-only token (fork PR) instead of throwing', async () => {
    const r = freshRepo(gh);
    const { client } = testClient(gh, TOKENS.actionsReadOnly);
    const res = await postCheckRun(client, r, { name: 'n', headSha: 'd'.repeat(40), conclusion: 'success', title: 't', summary: 's', annotations: [] });
    expect(res).toMatchObject({ ok: false, status: 403, reason: 'not_permitted' });
    expect(gh.checkRuns(r.full)).toHaveLength(0);
  });

  it('reports how many annotations made it when an update fails for good', async () => {
    const r = freshRepo(gh);
    const { client } = testClient(gh);
    gh.fault({ method: 'PATCH', path: '/repos/{owner}/{repo}/check-runs/{check_run_id}', status: 404 });
    const res = await postCheckRun(client, r, { name: 'n', headSha: 'e'.repeat(40), conclusion: 'failure', title: 't', summary: 's', annotations: annotations(70) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toMatch(/only 50 of 70 annotations/);
  });
});
