import { describe, expect, it } from 'vitest';
import { postCheckRun, type CheckAnnotation } from '../../src/adapters/github.js';
import { TOKENS } from '../emulator/server.js';
import { freshRepo, testClient, useEmulator } from './helpers.js';

const emulator = useEmulator();

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
  it('a re-run attempt updates the check run its workflow run posted (same name, sha, run id): no second one, no duplicate annotations', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    const sha = 'c'.repeat(40);
    const base = { name: 'evalgate / benchmark', headSha: sha, title: 't', summary: 's', externalId: '4242' };
    // Another workflow run's check run of the same name on the same commit stays untouched.
    await postCheckRun(client, r, { ...base, externalId: '1111', conclusion: 'success', annotations: [] });
    const first = await postCheckRun(client, r, { ...base, conclusion: 'failure', annotations: annotations(3) });
    const again = await postCheckRun(client, r, { ...base, conclusion: 'success', title: 'pass', annotations: annotations(4), updateExisting: true });
    expect(again).toMatchObject({ ok: true, value: { updated: true, annotations: 1 } });
    expect(first.ok && again.ok && again.value.id === first.value.id).toBe(true);
    const runs = emulator().checkRuns(r.full).filter((c) => c.head_sha === sha);
    expect(runs.map((c) => [c.external_id, c.conclusion, c.title])).toEqual([['1111', 'success', 't'], ['4242', 'success', 'pass']]);
    expect(runs[1].annotations.map((a) => a.message)).toEqual(annotations(4).map((a) => a.message));
    // A re-run of a run that never posted (it crashed before) creates one.
    const fresh = await postCheckRun(client, r, { ...base, externalId: '5555', conclusion: 'failure', annotations: [], updateExisting: true });
    expect(fresh).toMatchObject({ ok: true, value: { updated: false } });
    emulator().assertNoViolations();
  });

  it.each([
    [0, 1],
    [50, 1],
    [51, 2],
    [120, 3],
  ])('%i annotations take %i request(s) and all are stored in order', async (n, requests) => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    const before = emulator().log.length;
    const res = await postCheckRun(client, r, { name: 'evalgate / benchmark', headSha: 'a'.repeat(40), conclusion: 'failure', title: 'blocked', summary: 'summary', annotations: annotations(n) });
    expect(res).toMatchObject({ ok: true, value: { annotations: n } });
    const calls = emulator().log.slice(before);
    expect(calls.length).toBe(requests);
    expect(calls.map((c) => c.operationId)).toEqual(['checks/create', ...Array(requests - 1).fill('checks/update')]);
    const [run] = emulator().checkRuns(r.full);
    expect(run.conclusion).toBe('failure');
    expect(run.status).toBe('completed');
    expect(run.annotations.map((a) => a.message)).toEqual(annotations(n).map((a) => a.message));
    emulator().assertNoViolations();
  });

  it('cuts an oversized summary to the 65535-character limit instead of failing', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    const res = await postCheckRun(client, r, { name: 'evalgate / benchmark', headSha: 'b'.repeat(40), conclusion: 'success', title: 'ok', summary: 'x'.repeat(100_000), annotations: [] });
    expect(res.ok).toBe(true);
    const [run] = emulator().checkRuns(r.full);
    expect(run.summary!.length).toBeLessThanOrEqual(65535);
    expect(run.summary).toContain('Truncated');
    emulator().assertNoViolations();
  });

  it('drops columns on multi-line annotations (GitHub rejects them)', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
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
    const [run] = emulator().checkRuns(r.full);
    expect(run.annotations[0]).not.toHaveProperty('start_column');
    expect(run.annotations[1]).toMatchObject({ start_column: 2, end_column: 4, end_line: 7 });
  });

  it('returns not_permitted with a read-only token (fork PR) instead of throwing', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator(), TOKENS.actionsReadOnly);
    const res = await postCheckRun(client, r, { name: 'n', headSha: 'd'.repeat(40), conclusion: 'success', title: 't', summary: 's', annotations: [] });
    expect(res).toMatchObject({ ok: false, status: 403, reason: 'not_permitted' });
    expect(emulator().checkRuns(r.full)).toHaveLength(0);
  });

  it('reports how many annotations made it when an update fails for good', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    emulator().fault({ method: 'PATCH', path: '/repos/{owner}/{repo}/check-runs/{check_run_id}', status: 404 });
    const res = await postCheckRun(client, r, { name: 'n', headSha: 'e'.repeat(40), conclusion: 'failure', title: 't', summary: 's', annotations: annotations(70) });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message).toMatch(/only 50 of 70 annotations/);
  });
});
