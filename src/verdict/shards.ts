// A merged sharded gate with shards missing: their cases were never compared, so the verdict
// cannot pass. Pure.
import type { Comparison } from '../types.js';

/** The comparison with one blocking reason per missing shard (naming it) and verdict block. */
export function applyMissingShards(cmp: Comparison, missing: readonly number[], total: number): Comparison {
  if (missing.length === 0) return cmp;
  const reasons = missing.map((i) => ({
    kind: 'missing_shard' as const,
    blocking: true,
    message: `shard ${i}/${total} uploaded no ${cmp.suite} results (cancelled, failed before uploading, or its artifact is missing): its cases were not compared; re-run the failed jobs`,
  }));
  return { ...cmp, verdict: 'block', reasons: [...reasons, ...cmp.reasons] };
}
