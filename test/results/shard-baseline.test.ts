import { describe, expect, it } from 'vitest';
import { restrictToShard, shardCases } from '../../src/results/merge.js';
import { compareResults } from '../../src/comparison/compare.js';
import { caseResult, gate, makeCase, results } from './helpers.js';

const idsOf = (cases: Array<{ id: string }>) => new Set(cases.map((c) => c.id));

describe('restrictToShard: a sharded gate compares with the same shard of the baseline', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const base = results(ids.map((id) => caseResult(id, 'p')));
  const shard = { index: 1, total: 2 };
  const here = shardCases(ids.map((id) => makeCase(id)), shard);

  it('keeps exactly the shard, with totals recomputed', () => {
    const cut = restrictToShard(base, idsOf(here), shard);
    expect(cut.cases.map((c) => c.id).sort()).toEqual(here.map((c) => c.id).sort());
    expect(cut.totals.cases).toBe(here.length);
  });

  it('other shards are not reported as removed; a removed case of this shard still is', () => {
    const head = results(here.map((c) => caseResult(c.id, 'p')));
    const cmp = compareResults(restrictToShard(base, idsOf(here), shard), head, { gate: gate(), baseSource: 't', allowGuardRemoval: false });
    expect(cmp.verdict).toBe('pass');
    const dropped = here.slice(1);
    const cmp2 = compareResults(restrictToShard(base, idsOf(dropped), shard), results(dropped.map((c) => caseResult(c.id, 'p'))), { gate: gate(), baseSource: 't', allowGuardRemoval: false });
    expect(cmp2.cases.filter((c) => c.status === 'removed').map((c) => c.id)).toEqual([here[0].id]);
  });
});
