import { describe, expect, it } from 'vitest';
import { ShardError, mergeResults, shardCases } from '../../src/results/merge.js';
import { compareResults } from '../../src/comparison/compare.js';
import { caseResult, gate, results } from './helpers.js';

const patterns = ['p', 'f', 'ppf', 'pe', 'fff', 'pp', 'ppppf', 'e', 'pfpf', 'ppp', 'fp', 'p'];
const all = patterns.map((p, i) => caseResult(`case-${i}`, p, {}, { cost: 0.013 * (i + 1), latency: 37 * (i + 3) }));
const holdout = [caseResult('hold-1', 'ppf', { holdout: true }), caseResult('hold-2', 'pp', { holdout: true })];

describe('shardCases', () => {
  it.each([1, 2, 3, 5, 14])('partitions %i ways: disjoint, complete, balanced, order-independent', (total) => {
    const cases = [...all, ...holdout];
    const shards = Array.from({ length: total }, (_, i) => shardCases(cases, { index: i + 1, total }));
    const ids = shards.flat().map((c) => c.id);
    expect(new Set(ids).size).toBe(cases.length);
    expect(ids.length).toBe(cases.length);
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const reversed = Array.from({ length: total }, (_, i) => shardCases([...cases].reverse(), { index: i + 1, total }).map((c) => c.id));
    expect(reversed).toEqual(shards.map((s) => s.map((c) => c.id)));
  });
  it.each([
    [0, 2],
    [3, 2],
    [1, 0],
    [1.5, 2],
  ])('rejects shard %s/%s with an actionable message', (index, total) => {
    expect(() => shardCases(all, { index, total })).toThrow(ShardError);
    expect(() => shardCases(all, { index, total })).toThrow(/expected integers with 1 <= index <= total/);
  });
});

describe('mergeResults', () => {
  it('gives the same results and verdict as an unsharded run', () => {
    const cases = [...all, ...holdout];
    const unsharded = results(cases, { notices: ['n1'] });
    const shards = [1, 2, 3].map((index) => results(shardCases(cases, { index, total: 3 }), { notices: ['n1'] }));
    const merged = mergeResults(shards);
    expect(merged).toEqual(unsharded);
    const base = results(all.map((c) => caseResult(c.id, 'pp')));
    const opts = { gate: gate(), baseSource: 'stored', allowGuardRemoval: false };
    expect(compareResults(base, merged, opts)).toEqual(compareResults(base, unsharded, opts));
  });
  it('rejects shards of different commits, naming both', () => {
    const a = results([all[0]], { commit: 'aaaaaaa' });
    const b = results([all[1]], { commit: 'bbbbbbb' });
    expect(() => mergeResults([a, b])).toThrow(/shard 2 has commit bbbbbbb \(expected aaaaaaa\)/);
  });
  it('rejects a case present in two shards', () => {
    expect(() => mergeResults([results([all[0], all[1]]), results([all[1]])])).toThrow(/case 'case-1' appears in shard 1 and shard 2/);
  });
  it('rejects an empty list', () => {
    expect(() => mergeResults([])).toThrow(ShardError);
  });
});
