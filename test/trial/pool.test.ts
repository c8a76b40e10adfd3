import { describe, expect, it } from 'vitest';
import { estimateEta, runPool } from '../../src/trial/pool.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runPool', () => {
  it.each([1, 3, 8, 50])('never exceeds concurrency %i and keeps input order', async (concurrency) => {
    const items = Array.from({ length: 24 }, (_, i) => i);
    let inFlight = 0;
    let maxInFlight = 0;
    const settledOrder: number[] = [];
    const results = await runPool(
      items,
      concurrency,
      async (item, index) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        // Later items finish sooner, so completion order differs from input order.
        await sleep(((items.length - index) % 5) * 3);
        inFlight--;
        return `r${item}`;
      },
      (_r, index) => settledOrder.push(index),
    );
    expect(results).toEqual(items.map((i) => `r${i}`));
    expect(maxInFlight).toBe(Math.min(concurrency, items.length));
    expect([...settledOrder].sort((a, b) => a - b)).toEqual(items);
  });

  it('runs every item even when one rejects, then rethrows the first failure', async () => {
    const ran: number[] = [];
    const settled: number[] = [];
    const run = runPool(
      [0, 1, 2, 3, 4, 5],
      2,
      async (i) => {
        ran.push(i);
        await sleep(2);
        if (i === 1 || i === 4) throw new Error(`boom ${i}`);
        return i;
      },
      (_r, index) => settled.push(index),
    );
    await expect(run).rejects.toThrow('boom 1');
    expect(ran.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(settled.sort()).toEqual([0, 2, 3, 5]);
  });

  it('handles an empty list', async () => {
    expect(await runPool([], 4, async () => 1)).toEqual([]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects concurrency %s', async (c) => {
    await expect(runPool([1], c, async (x) => x)).rejects.toThrow(/concurrency must be an integer >= 1/);
  });
});

describe('estimateEta', () => {
  it.each([
    { done: 0, total: 10, elapsed: 500, first: 0, eta: null },
    { done: 1, total: 10, elapsed: 500, first: 500, eta: null }, // one finish says nothing of the pace
    { done: 5, total: 10, elapsed: 1000, first: 200, eta: 1000 }, // 4 finishes in 800 ms
    // a start-up of 2 s then 10 ms per trial: the pace, not the start-up, sets the estimate
    { done: 101, total: 10_000, elapsed: 3000, first: 2000, eta: 98_990 },
    { done: 10, total: 10, elapsed: 1000, first: 100, eta: 0 },
  ])('$done of $total after $elapsed ms (first at $first) -> $eta', ({ done, total, elapsed, first, eta }) => {
    expect(estimateEta(done, total, elapsed, first)).toBe(eta);
  });
});
