// Reads the stored runs a guard history is built from (the CLI's `history` and the nightly share it).
import type { Results, Suite } from '../types.js';
import type { BaselineStore } from '../adapters/store.js';
import { buildHistory, MAX_HISTORY_RUNS, type History } from '../results/history.js';

/**
 * The history of `suite` from the runs `store` indexes for `branch`: the newest `max` of them
 * (read one by one, so memory stays at one run at a time plus the history), oldest first.
 */
export async function readHistory(store: Pick<BaselineStore, 'index' | 'read'>, suite: Suite, branch: string, max: number = MAX_HISTORY_RUNS): Promise<History & { truncated: number }> {
  const index = await store.index(suite, branch);
  const kept = index.slice(Math.max(0, index.length - max));
  const runs: Results[] = [];
  for (const entry of kept) {
    const r = await store.read(suite, entry.commit);
    // Only what the run's history needs: case counts and totals (trials dropped to bound memory).
    if (r) runs.push({ ...r, cases: r.cases.map((c) => ({ ...c, trials: [] })) });
  }
  const h = buildHistory(suite, runs, max);
  return { ...h, truncated: h.truncated + (index.length - kept.length) };
}
