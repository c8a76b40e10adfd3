// Merges shard results and partitions cases into shards. Pure.
import { createHash } from 'node:crypto';
import type { Results } from '../types.js';
import { buildResults } from './build.js';

/** A user-actionable problem with shards (mismatched shards, bad shard spec). */
export class ShardError extends Error {
  override name = 'ShardError';
}

/**
 * Merges results from shards of one suite run at one commit into the record an unsharded run
 * would have produced (cases in id order, totals recomputed, notices de-duplicated).
 */
export function mergeResults(shards: Results[]): Results {
  if (shards.length === 0) throw new ShardError('mergeResults: no shard results given (expected at least one results file)');
  const first = shards[0];
  const owner = new Map<string, number>();
  shards.forEach((s, i) => {
    const mismatch: string[] = [];
    if (s.suite !== first.suite) mismatch.push(`suite '${s.suite}' (expected '${first.suite}')`);
    if (s.commit !== first.commit) mismatch.push(`commit ${s.commit} (expected ${first.commit})`);
    if (s.harness.config_hash !== first.harness.config_hash) {
      mismatch.push(`harness config hash ${s.harness.config_hash} (expected ${first.harness.config_hash})`);
    }
    if (mismatch.length > 0) {
      throw new ShardError(`mergeResults: shard ${i + 1} has ${mismatch.join(', ')}; merge only shards of one suite run at one commit`);
    }
    for (const c of s.cases) {
      const prev = owner.get(c.id);
      if (prev !== undefined) {
        throw new ShardError(`mergeResults: case '${c.id}' appears in shard ${prev + 1} and shard ${i + 1}; each case must run in exactly one shard`);
      }
      owner.set(c.id, i);
    }
  });
  const createdAt = shards.map((s) => s.created_at).sort()[0];
  return buildResults({
    suite: first.suite,
    commit: first.commit,
    ref: first.ref,
    createdAt,
    harness: first.harness,
    cases: shards.flatMap((s) => s.cases),
    notices: [...new Set(shards.flatMap((s) => s.notices))],
  });
}

function idHash(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

/**
 * The cases of shard `index` (1-based) of `total`: cases are ordered by the hash of their id and
 * dealt round-robin, so shards are balanced, disjoint, complete, and independent of input order.
 */
export function shardCases<T extends { id: string }>(cases: T[], shard: { index: number; total: number }): T[] {
  const { index, total } = shard;
  if (!Number.isInteger(total) || total < 1 || !Number.isInteger(index) || index < 1 || index > total) {
    throw new ShardError(`shard ${index}/${total} is invalid: expected integers with 1 <= index <= total`);
  }
  const keyed = cases.map((c) => ({ c, h: idHash(c.id) }));
  keyed.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0));
  return keyed.filter((_, i) => i % total === index - 1).map((k) => k.c);
}

/**
 * The baseline cut to one shard, totals recomputed: the shard's own cases (`shardIds`, result ids,
 * so holdout cases by opaque id) plus baseline cases the same stable partition assigns to it, so a
 * case removed from the head still shows as removed in its shard and in no other.
 */
export function restrictToShard(base: Results, shardIds: ReadonlySet<string>, shard: { index: number; total: number }): Results {
  const keep = new Set(shardIds);
  for (const c of shardCases(base.cases.filter((b) => !b.holdout), shard)) keep.add(c.id);
  return withCases(base, base.cases.filter((c) => keep.has(c.id)), [...base.notices, `restricted to shard ${shard.index}/${shard.total}`]);
}

/** The same run with only `cases` (totals recomputed) and the given notices. */
export function withCases(base: Results, cases: Results['cases'], notices: string[] = base.notices): Results {
  return buildResults({ suite: base.suite, commit: base.commit, ref: base.ref, createdAt: base.created_at, harness: base.harness, cases, notices });
}
