// Shard manifests (untrusted uploads), which shards reported, and a merged verdict with shards missing.
import { describe, expect, it } from 'vitest';
import { buildShardManifest, checkShardHoldout, checkShardHoldoutRows, checkShardManifest, checkShardSet, dropMissingShards, MAX_SHARDS } from '../../src/results/shards.js';
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
    [{ ...buildShardManifest({ index: 1, total: 2 }, SHA, []), holdout: undefined }, /"holdout" is null \(expected true or false; a manifest without it was written by an older evalgate/],
    [buildShardManifest({ index: 1, total: 2 }, SHA, ['benchmark'], { ran: true, cases: { benchmark: ['case-1'] } }), /"holdout_cases".benchmark must be a list/],
    [buildShardManifest({ index: 1, total: 2 }, SHA, ['benchmark'], { ran: true, cases: { coverage: [] } }), /names suite "coverage", which is not in "suites"/],
  ])('rejects %j', (doc, problem) => {
    const r = checkShardManifest(doc, 'evalgate-results/x/shard.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(problem);
  });
});

describe('holdout bookkeeping of shards', () => {
  const H = ['holdout-0123456789abcdef', 'holdout-fedcba9876543210'];
  const withHoldout = (index: number, ran: boolean, ids: string[] = []) => ({ manifest: buildShardManifest({ index, total: 3 }, SHA, ['benchmark'], { ran, cases: { benchmark: ids } }), source: `s${index}` });
  it('names the shards that ran without the holdout when others ran it; skipped shards do not count', () => {
    expect(checkShardHoldout([withHoldout(1, true), withHoldout(2, true), withHoldout(3, true)])).toEqual([]);
    expect(checkShardHoldout([withHoldout(1, false), withHoldout(2, false)])).toEqual([]);
    const skipped = { manifest: { ...withHoldout(3, false).manifest, skipped: true }, source: 's3' };
    expect(checkShardHoldout([withHoldout(1, true), withHoldout(2, true), skipped])).toEqual([]);
    expect(checkShardHoldout([withHoldout(1, true), withHoldout(2, false), withHoldout(3, false)])[0]).toMatch(/^shard 2\/3 and 3\/3 ran without the holdout .* while shard 1\/3 ran it/);
  });
  it('a holdout row the manifest lists but the upload lacks (or one it does not list) is a problem naming the shard', () => {
    const m = withHoldout(2, true, H).manifest;
    const rows = (ids: string[]) => results(ids.map((id) => ({ ...caseResult(id, 'p'), holdout: true })));
    expect(checkShardHoldoutRows(m, 'benchmark', rows(H), 'up.json')).toEqual([]);
    expect(checkShardHoldoutRows(m, 'benchmark', rows([H[0]]), 'up.json')).toEqual([`shard 2/3 (up.json) lacks 1 of the 2 holdout case(s) its shard.json says it ran (${H[1]}): the upload is incomplete or was altered after the run; re-run the shard`]);
    expect(checkShardHoldoutRows(withHoldout(2, true, [H[0]]).manifest, 'benchmark', rows(H), 'up.json')[0]).toMatch(/holds 1 holdout row\(s\) its shard.json does not list/);
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
