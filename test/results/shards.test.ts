// Shard manifests (untrusted uploads), which shards reported, and a merged verdict with shards missing.
import { describe, expect, it } from 'vitest';
import { buildShardManifest, checkShardManifest, checkShardSet, dropMissingShards, MAX_SHARDS } from '../../src/results/shards.js';
import { mergeResults, shardCases } from '../../src/results/merge.js';
import { compareResults } from '../../src/comparison/compare.js';
import { applyMissingShards } from '../../src/verdict/shards.js';
import { caseResult, gate, makeCase, results } from './helpers.js';

const SHA = 'a'.repeat(40);

describe('checkShardManifest', () => {
  it('accepts what a shard job writes', () => {
    expect(checkShardManifest(buildShardManifest({ index: 2, total: 4 }, SHA, ['benchmark']), 'm')).toEqual({ ok: true, manifest: buildShardManifest({ index: 2, total: 4 }, SHA, ['benchmark']) });
  });
  it.each([
    [null, /expected a JSON object/],
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), schema: 'x' }, /"schema" is "x"/],
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), total: MAX_SHARDS + 1 }, /"total" is 257/],
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), index: 3 }, /"index" is 3 \(expected an integer from 1 to 2\)/],
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), commit: 'main' }, /"commit" is "main"/],
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), suites: ['../etc'] }, /"suites"/],
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), skipped: 'yes' }, /"skipped"/],
  ])('rejects %j', (doc, problem) => {
    const r = checkShardManifest(doc, 'evalgate-results/x/shard.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(problem);
  });
});

describe('checkShardSet', () => {
  const m = (index: number, total: number, source = `s${index}`) => ({ manifest: buildShardManifest({ index, total }, SHA, ['benchmark']), source });
  it.each([
    [[m(1, 4), m(2, 4), m(4, 4)], { total: 4, present: [1, 2, 4], missing: [3], problems: 0 }],
    [[m(1, 1)], { total: 1, present: [1], missing: [], problems: 0 }],
    [[m(1, 4), m(1, 4, 'again')], { total: 4, present: [1], missing: [2, 3, 4], problems: 1 }],
    [[m(1, 4), m(2, 3)], { total: 4, present: [1, 2], missing: [3, 4], problems: 1 }],
  ])('%#', (set, want) => {
    const got = checkShardSet(set);
    expect({ total: got.total, present: got.present, missing: got.missing, problems: got.problems.length }).toEqual(want);
  });
});

describe('merging shards with one missing', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
  const base = results(ids.map((id) => caseResult(id, 'p')));
  const total = 3;
  const shardIds = (index: number) => shardCases(ids.map((id) => makeCase(id)), { index, total }).map((c) => c.id);
  const headOf = (index: number) => results(shardIds(index).map((id) => caseResult(id, 'p')));

  it('drops exactly the missing shard from the baseline: nothing shows as removed', () => {
    const head = mergeResults([headOf(1), headOf(3)]);
    const cut = dropMissingShards(base, new Set(head.cases.map((c) => c.id)), [2], total);
    expect(cut.cases.map((c) => c.id).sort()).toEqual([...shardIds(1), ...shardIds(3)].sort());
    const cmp = compareResults(cut, head, { gate: gate(), baseSource: 'stored', allowGuardRemoval: false });
    expect(cmp.cases.filter((c) => c.status === 'removed')).toEqual([]);
    expect(cmp.verdict).toBe('pass');
    const blocked = applyMissingShards(cmp, [2], total);
    expect(blocked.verdict).toBe('block');
    expect(blocked.reasons[0]).toMatchObject({ kind: 'missing_shard', blocking: true });
    expect(blocked.reasons[0].message).toMatch(/^shard 2\/3 uploaded no benchmark results/);
  });

  it('a case deleted in a reporting shard is still removed', () => {
    const [gone, ...kept] = shardIds(1);
    const head = mergeResults([results(kept.map((id) => caseResult(id, 'p'))), headOf(3)]);
    const cut = dropMissingShards(base, new Set(head.cases.map((c) => c.id)), [2], total);
    expect(compareResults(cut, head, { gate: gate(), baseSource: 'stored', allowGuardRemoval: false }).cases.find((c) => c.id === gone)?.status).toBe('removed');
  });

  it('nothing missing: the comparison is untouched', () => {
    const cmp = compareResults(base, base, { gate: gate(), baseSource: 'stored', allowGuardRemoval: false });
    expect(applyMissingShards(cmp, [], total)).toBe(cmp);
    expect(dropMissingShards(base, new Set(), [], total)).toBe(base);
  });
});
