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
