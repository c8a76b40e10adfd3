// Shard manifests and what a merge of shard uploads is missing. Pure. A sharded gate job writes
// `.evalgate/shard.json` next to its results; the job that merges the uploads reads every manifest
// (untrusted data: strictly checked) to know how many shards there should be and which reported.
import type { Results } from '../types.js';
import { shardCases, withCases } from './merge.js';

/** Schema id of a shard manifest. */
export const SHARD_MANIFEST_SCHEMA = 'evalgate/shard@1';
/** Largest shard count accepted from a manifest (a matrix this wide is a mistake or an attack). */
export const MAX_SHARDS = 256;

/** What one shard job uploaded besides its results. */
export interface ShardManifest {
  schema: typeof SHARD_MANIFEST_SCHEMA;
  index: number;
  total: number;
  /** Commit the shard ran on (the pull request head). */
  commit: string;
  suites: string[];
  /** The shard skipped the run (the PR touches nothing under harness.paths): no results uploaded. */
  skipped?: boolean;
}

/** The manifest a shard job writes. */
export function buildShardManifest(shard: { index: number; total: number }, commit: string, suites: string[]): ShardManifest {
  return { schema: SHARD_MANIFEST_SCHEMA, index: shard.index, total: shard.total, commit, suites };
}

/** Checks a parsed manifest; problems name the source and the field. */
export function checkShardManifest(doc: unknown, source: string): { ok: true; manifest: ShardManifest } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const o = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  if (!o) return { ok: false, problems: [`${source}: expected a JSON object (an evalgate shard manifest)`] };
  if (o.schema !== SHARD_MANIFEST_SCHEMA) problems.push(`${source}: "schema" is ${JSON.stringify(o.schema ?? null)} (expected "${SHARD_MANIFEST_SCHEMA}")`);
  const total = o.total;
  const index = o.index;
  if (!Number.isInteger(total) || (total as number) < 1 || (total as number) > MAX_SHARDS) problems.push(`${source}: "total" is ${JSON.stringify(total ?? null)} (expected an integer from 1 to ${MAX_SHARDS})`);
  else if (!Number.isInteger(index) || (index as number) < 1 || (index as number) > (total as number)) problems.push(`${source}: "index" is ${JSON.stringify(index ?? null)} (expected an integer from 1 to ${total})`);
  if (typeof o.commit !== 'string' || !/^[0-9a-f]{40}$/.test(o.commit)) problems.push(`${source}: "commit" is ${JSON.stringify(o.commit ?? null)} (expected a 40-character commit id)`);
  if (!Array.isArray(o.suites) || !o.suites.every((s) => s === 'benchmark' || s === 'coverage')) problems.push(`${source}: "suites" must be a list of benchmark / coverage`);
  if (problems.length > 0) return { ok: false, problems };
  if (o.skipped !== undefined && typeof o.skipped !== 'boolean') problems.push(`${source}: "skipped" must be true or false`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, manifest: { schema: SHARD_MANIFEST_SCHEMA, index: index as number, total: total as number, commit: o.commit as string, suites: o.suites as string[], ...(o.skipped === true ? { skipped: true } : {}) } };
}

/** Which shards of the matrix reported, from the manifests found; inconsistent uploads are problems. */
export function checkShardSet(manifests: ReadonlyArray<{ manifest: ShardManifest; source: string }>): { total: number; present: number[]; missing: number[]; problems: string[] } {
  const problems: string[] = [];
  const totals = [...new Set(manifests.map((m) => m.manifest.total))];
  if (totals.length > 1) problems.push(`shard uploads disagree on the number of shards (${manifests.map((m) => `${m.source}: ${m.manifest.index}/${m.manifest.total}`).join(', ')}); upload the results of one matrix only`);
  const total = Math.max(0, ...totals);
  const seen = new Map<number, string>();
  for (const { manifest, source } of manifests) {
    const prev = seen.get(manifest.index);
    if (prev !== undefined) problems.push(`shard ${manifest.index}/${manifest.total} was uploaded twice (${prev} and ${source}); give each matrix job its own artifact name`);
    else seen.set(manifest.index, source);
  }
  const present = [...seen.keys()].sort((a, b) => a - b);
  const missing: number[] = [];
  for (let i = 1; i <= total; i++) if (!seen.has(i)) missing.push(i);
  return { total, present, missing, problems };
}

/**
 * The baseline without the cases of shards that did not report: their absence from the merged
 * head is not a removal. Shards are assigned by the same stable partition the shard jobs used.
 * Holdout results (opaque ids, not assignable) are kept only when some reported shard ran them.
 */
export function dropMissingShards(base: Results, headIds: ReadonlySet<string>, missing: readonly number[], total: number): Results {
  if (missing.length === 0) return base;
  const drop = new Set<string>();
  const visible = base.cases.filter((c) => !c.holdout);
  for (const index of missing) for (const c of shardCases(visible, { index, total })) if (!headIds.has(c.id)) drop.add(c.id);
  for (const c of base.cases) if (c.holdout && !headIds.has(c.id)) drop.add(c.id);
  return withCases(base, base.cases.filter((c) => !drop.has(c.id)));
}
