// Merges shard results and partitions cases into shards. Pure.
import { createHash } from 'node:crypto';
import type { Results } from '../types.js';
import { buildResults } from './build.js';

/** A user-actionable problem with shards (mismatched shards, bad shard spec). */
export class ShardError extends Error {
  override name = 'ShardError';
}

/** How a run's notices begin when the holdout bundle exists but the run had no key (engine/project.ts). */
export const HOLDOUT_SKIPPED_NOTICE = 'holdout skipped:';

function listShards(names: readonly string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Merges results from shards of one suite run at one commit into the record an unsharded run
 * would have produced (cases in id order, totals recomputed, notices de-duplicated). `names`
 * (default "shard <n>") name the shards in errors, e.g. their files.
 */
export function mergeResults(shards: Results[], names: readonly string[] = shards.map((_, i) => `shard ${i + 1}`)): Results {
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
      throw new ShardError(`mergeResults: ${names[i]} has ${mismatch.join(', ')}; merge only shards of one suite run at one commit`);
    }
  });
  // Cases are dealt to shards together with the holdout cases (by their real ids), so a shard that
  // had no key dealt a different deck: cases ran twice or in no shard. Said before the duplicate
  // check, whose "case X appears in two shards" would point at the wrong cause.
  const skipped = shards.map((s) => s.notices.some((n) => n.startsWith(HOLDOUT_SKIPPED_NOTICE)));
  if (skipped.some(Boolean) && !skipped.every(Boolean)) {
    const without = names.filter((_, i) => skipped[i]);
    const withKey = names.filter((_, i) => !skipped[i]);
    throw new ShardError(
      `mergeResults: ${listShards(without)} ran without the holdout key (${without.length === 1 ? 'its results say' : 'their results say'} "holdout skipped") while ${listShards(withKey)} ran the holdout cases. ` +
        'Shards deal the holdout cases out together with the visible ones, so shards with and without the key split the cases differently: some ran in two shards, some in none, and the holdout result is incomplete. ' +
        'Run every shard with the same EVALGATE_HOLDOUT_KEY (or every shard without it), then merge again',
    );
  }
  shards.forEach((s, i) => {
    for (const c of s.cases) {
      const prev = owner.get(c.id);
      if (prev !== undefined) {
        throw new ShardError(`mergeResults: case '${c.id}' appears in ${names[prev]} and ${names[i]}; each case must run in exactly one shard (were they run with the same --shard total and the same cases?)`);
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
