// Bounded-concurrency scheduling. Pure control flow: no process or file I/O here, so it can be
// tested with fake workers and reused for any async job (trials, evaluators, uploads).

/**
 * Runs `worker` over `items` with at most `concurrency` in flight; resolves results in input
 * order. A rejected worker does not stop the others: every item still runs, and after all
 * have settled the first rejection (in input order) is rethrown.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T, index: number) => Promise<R>,
  onSettled?: (r: R, index: number) => void,
): Promise<R[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  const results = new Array<R>(items.length);
  const failures: Array<{ index: number; error: unknown }> = [];
  let next = 0;

  // Each lane pulls the next index when its current job settles; `next++` is safe because
  // JavaScript runs lanes on one thread between awaits.
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      try {
        const r = await worker(items[index], index);
        results[index] = r;
        onSettled?.(r, index);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  };

  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  if (failures.length > 0) {
    failures.sort((a, b) => a.index - b.index);
    throw failures[0].error;
  }
  return results;
}

/**
 * Remaining milliseconds at the pace since the first trial finished, or null before two have.
 * The first finish carries the start-up (workers spawning, every slot filling at once): counting
 * it made the first line of a 10,000-case run say "ETA 34:20" for a run of 3 seconds.
 */
export function estimateEta(done: number, total: number, elapsedMs: number, firstDoneMs: number): number | null {
  if (done >= total && total > 0) return 0;
  if (done < 2 || total <= 0) return null;
  return Math.round((Math.max(0, elapsedMs - firstDoneMs) / (done - 1)) * (total - done));
}
