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
  /**
   * Whether the shard dealt the holdout cases out with the visible ones (it had the key): shards
   * that disagree split the cases differently. Absent only in manifests of skipped shards.
   */
  holdout?: boolean;
  /** Per suite, the (opaque) result ids of the holdout cases this shard ran: rows its upload must hold. */
  holdout_cases?: Record<string, string[]>;
}

/** Most holdout ids one manifest may list per suite. */
export const MAX_MANIFEST_HOLDOUT_IDS = 20_000;

/** The manifest a shard job writes; `holdout` says whether it ran the holdout and which holdout rows each suite's results hold. */
export function buildShardManifest(
  shard: { index: number; total: number },
  commit: string,
  suites: string[],
  holdout: { ran: boolean; cases: Record<string, string[]> } = { ran: false, cases: {} },
): ShardManifest {
  return { schema: SHARD_MANIFEST_SCHEMA, index: shard.index, total: shard.total, commit, suites, holdout: holdout.ran, holdout_cases: holdout.cases };
}

function checkHoldoutFields(o: Record<string, unknown>, source: string, suites: readonly string[], problems: string[]): void {
  if (o.skipped === true && o.holdout === undefined && o.holdout_cases === undefined) return;
  if (typeof o.holdout !== 'boolean') {
    problems.push(`${source}: "holdout" is ${JSON.stringify(o.holdout ?? null)} (expected true or false; a manifest without it was written by an older evalgate: run the shard jobs and this job with the same evalgate)`);
  }
  const hc = o.holdout_cases;
  if (hc === null || typeof hc !== 'object' || Array.isArray(hc)) {
    problems.push(`${source}: "holdout_cases" must be an object of suite -> holdout result ids`);
    return;
  }
  for (const [suite, ids] of Object.entries(hc as Record<string, unknown>)) {
    if (!suites.includes(suite)) problems.push(`${source}: "holdout_cases" names suite ${JSON.stringify(suite)}, which is not in "suites"`);
    else if (!Array.isArray(ids) || ids.length > MAX_MANIFEST_HOLDOUT_IDS || !ids.every((id) => typeof id === 'string' && /^holdout-[0-9a-f]{16}$/.test(id))) {
      problems.push(`${source}: "holdout_cases".${suite} must be a list of at most ${MAX_MANIFEST_HOLDOUT_IDS} holdout result ids (holdout-<16 hex>)`);
    } else if (o.holdout === false && ids.length > 0) problems.push(`${source}: lists holdout cases for ${suite} but says "holdout": false`);
  }
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
  checkHoldoutFields(o, source, o.suites as string[], problems);
  if (problems.length > 0) return { ok: false, problems };
  const holdout = o.holdout === undefined ? {} : { holdout: o.holdout as boolean, holdout_cases: o.holdout_cases as Record<string, string[]> };
  return { ok: true, manifest: { schema: SHARD_MANIFEST_SCHEMA, index: index as number, total: total as number, commit: o.commit as string, suites: o.suites as string[], ...(o.skipped === true ? { skipped: true } : {}), ...holdout } };
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

function shardList(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Shards that ran without the holdout while others ran it (skipped shards ran nothing and do not
 * count): they dealt the cases differently, so the merge cannot be trusted. One problem, or none.
 */
export function checkShardHoldout(manifests: ReadonlyArray<{ manifest: ShardManifest }>): string[] {
  const ran = manifests.filter((m) => !m.manifest.skipped);
  const without = ran.filter((m) => m.manifest.holdout === false).map((m) => `${m.manifest.index}/${m.manifest.total}`);
  const withKey = ran.filter((m) => m.manifest.holdout === true).map((m) => `${m.manifest.index}/${m.manifest.total}`);
  if (without.length === 0 || withKey.length === 0) return [];
  return [
    `shard ${shardList(without)} ran without the holdout (no usable EVALGATE_HOLDOUT_KEY in ${without.length === 1 ? 'that job' : 'those jobs'}; ${without.length === 1 ? 'its' : 'their'} log says why) while shard ${shardList(withKey)} ran it. ` +
      'Shards deal the holdout cases out together with the visible ones, so shards with and without the key split the cases differently: some ran in two shards, some in none, and the holdout result is incomplete. ' +
      'Give every shard job the holdout-key input and re-run all shards',
  ];
}

/**
 * Holdout rows a shard's upload for `suite` lacks or adds against its manifest. A missing row is
 * a trial result that should be there and is not: never read as "ok", nor as nothing to compare.
 */
export function checkShardHoldoutRows(manifest: ShardManifest, suite: string, results: Results, shown: string): string[] {
  const expected = new Set(manifest.holdout_cases?.[suite] ?? []);
  const got = new Set(results.cases.filter((c) => c.holdout).map((c) => c.id));
  const missing = [...expected].filter((id) => !got.has(id));
  const extra = [...got].filter((id) => !expected.has(id));
  const problems: string[] = [];
  const where = `shard ${manifest.index}/${manifest.total} (${shown})`;
  if (missing.length > 0) {
    problems.push(`${where} lacks ${missing.length} of the ${expected.size} holdout case(s) its shard.json says it ran (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', ...' : ''}): the upload is incomplete or was altered after the run; re-run the shard`);
  }
  if (extra.length > 0) {
    problems.push(`${where} holds ${extra.length} holdout row(s) its shard.json does not list (${extra.slice(0, 5).join(', ')}${extra.length > 5 ? ', ...' : ''}): the upload was altered after the run; re-run the shard`);
  }
  return problems;
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
