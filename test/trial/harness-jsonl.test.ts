import { afterAll, describe, expect, it } from 'vitest';
import { spawnJsonlHarness, type Harness, type RawRun } from '../../src/adapters/harness.js';
import { ROOT, nodeCmd, req, waitDead } from './helpers.js';

const GRACE = 300;
const opened: Harness[] = [];
afterAll(async () => {
  await Promise.all(opened.map((h) => h.close()));
});

function jsonl(workers: number, maxOutputBytes = 64 * 1024) {
  const h = spawnJsonlHarness({ command: nodeCmd('jsonl-worker.mjs'), cwd: ROOT, env: { MY_HARNESS_VAR: 'v' }, maxOutputBytes, killGraceMs: GRACE, workers });
  opened.push(h);
  return h;
}

function out(r: RawRun): { id: string; output: Record<string, unknown> } {
  if (r.kind !== 'output') throw new Error(`expected output, got ${JSON.stringify(r)}`);
  return JSON.parse(r.stdout);
}

describe('spawnJsonlHarness', () => {
  it('routes out-of-order replies from several workers back to their requests', async () => {
    const h = jsonl(3);
    // Early requests are slow, late ones fast, so replies arrive out of request order.
    const delays = [150, 120, 90, 60, 30, 0, 0, 10, 40];
    const finished: number[] = [];
    const runs = await Promise.all(
      delays.map((delay, i) =>
        h.run(req({ caseId: `case-${i}`, trial: i + 1, fixtures: i % 2 ? '/fx/a.json' : null, input: { delay, n: i } })).then((r) => {
          finished.push(i);
          return r;
        }),
      ),
    );
    expect(finished).not.toEqual(delays.map((_, i) => i));
    const pids = new Set<unknown>();
    runs.forEach((r, i) => {
      const t = out(r);
      expect(t.output).toMatchObject({ case: `case-${i}`, trial: i + 1, suite: 'benchmark', fixtures: i % 2 ? '/fx/a.json' : '', echoed: { delay: delays[i], n: i }, protocol: 'jsonl', custom: 'v' });
      pids.add(t.output.pid);
    });
    // Bounded: never more long-lived processes than workers.
    expect(pids.size).toBe(3);
    // The worker's unrelated stdout line was ignored, but kept as evidence.
    expect(runs.some((r) => r.stderr_tail.includes('ignored stdout line') && r.stderr_tail.includes('worker ready'))).toBe(true);
  });

  it('a worker dying mid-request errors that request only; later requests run on a replacement', async () => {
    const h = jsonl(1);
    const first = out(await h.run(req({ caseId: 'before' })));
    const died = await h.run(req({ caseId: 'refund-401', trial: 2, input: { die: true } }));
    expect(died).toMatchObject({ kind: 'error', reason: 'jsonl worker exited with code 1 (signal null) while running case refund-401 trial 2' });
    expect(died.stderr_tail).toContain('dying on refund-401');
    const after = out(await h.run(req({ caseId: 'after' })));
    expect(after.output.case).toBe('after');
    expect(after.output.pid).not.toBe(first.output.pid);
  });

  it('queued requests behind a dying worker are not lost', async () => {
    const h = jsonl(1);
    const runs = await Promise.all([
      h.run(req({ caseId: 'a', input: { delay: 20 } })),
      h.run(req({ caseId: 'b', input: { die: true } })),
      h.run(req({ caseId: 'c' })),
      h.run(req({ caseId: 'd' })),
    ]);
    expect(runs.map((r) => r.kind)).toEqual(['output', 'error', 'output', 'output']);
    expect(out(runs[3]).output.case).toBe('d');
  });

  it('times out a hung request, kills that worker and serves the next request on a new one', async () => {
    const h = jsonl(1);
    const before = out(await h.run(req({ caseId: 'warm' })));
    const t0 = Date.now();
    const hung = await h.run(req({ caseId: 'stuck', input: { hang: true }, timeoutMs: 400 }));
    expect(hung.kind).toBe('timeout');
    expect(Date.now() - t0).toBeLessThan(400 + 1500);
    const next = out(await h.run(req({ caseId: 'next' })));
    expect(next.output.case).toBe('next');
    expect(next.output.pid).not.toBe(before.output.pid);
    expect(await waitDead(before.output.pid as number, GRACE + 1500)).toBe(true);
  });

  it.each([
    { badId: 'wrong', reason: /^jsonl protocol violation: reply carries the unknown id "not-the-request-id"; expected "id": "[0-9a-f-]{36}"/ },
    { badId: 'missing', reason: /^jsonl protocol violation: reply has no "id"; expected "id": "[0-9a-f-]{36}"/ },
    { badId: 'stale', reason: /^jsonl protocol violation: reply carries the stale id "[0-9a-f-]{36}" of an earlier request/ },
  ])('a reply with a $badId id is an error at once (not a timeout), and the worker is replaced', async ({ badId, reason }) => {
    const h = jsonl(1);
    const first = out(await h.run(req({ caseId: 'first', input: { log: true } })));
    const t0 = Date.now();
    const bad = await h.run(req({ caseId: 'bad', input: { badId }, timeoutMs: 5000 }));
    expect(bad).toMatchObject({ kind: 'error', reason: expect.stringMatching(reason) });
    expect(Date.now() - t0).toBeLessThan(2000);
    const next = out(await h.run(req({ caseId: 'next' })));
    expect(next.output.pid).not.toBe(first.output.pid);
  });

  it('errors on a reply line over the cap and replaces the worker', async () => {
    const h = jsonl(1, 4096);
    const big = await h.run(req({ caseId: 'huge', input: { huge: 10_000 } }));
    expect(big.kind).toBe('error');
    if (big.kind === 'error') expect(big.reason).toMatch(/^stdout exceeded 4096 bytes/);
    expect(out(await h.run(req({ caseId: 'fine' }))).output.case).toBe('fine');
  });

  it('close() kills the workers and fails requests that can no longer run', async () => {
    const h = jsonl(2);
    const warm = out(await h.run(req()));
    const stuck = h.run(req({ input: { hang: true }, timeoutMs: 30_000 }));
    await new Promise((r) => setTimeout(r, 50));
    await h.close();
    expect((await stuck).kind).toBe('error');
    expect(await waitDead(warm.output.pid as number, 1500)).toBe(true);
    expect((await h.run(req())).kind).toBe('error');
  });

  it('reports an unstartable worker as an error for each request', async () => {
    const h = spawnJsonlHarness({ command: nodeCmd('jsonl-worker.mjs'), cwd: '/no/such/dir', env: {}, maxOutputBytes: 1024, workers: 2 });
    opened.push(h);
    const runs = await Promise.all([h.run(req()), h.run(req()), h.run(req())]);
    for (const r of runs) expect(r).toMatchObject({ kind: 'error', reason: expect.stringContaining('/no/such/dir') });
  });
});
