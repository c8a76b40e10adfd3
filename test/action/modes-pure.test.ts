// The pure helpers inside the action modes (the modes themselves are tested end to end in test/e2e).
import { describe, expect, it } from 'vitest';
import type { StoredRun } from '../../src/adapters/store.js';
import { pickPreviousRun, buildTrendPoints, TREND_RUNS } from '../../src/action/nightly.js';
import { parsePullRef } from '../../src/action/publish.js';
import { buildSignalLines } from '../../src/action/issues.js';
import { caseResult, results } from '../results/helpers.js';

const run = (commit: string, pass_rate = 1): StoredRun => ({ suite: 'coverage', commit, ref: 'refs/heads/main', created_at: `2026-11-${commit.padStart(2, '0')}T03:17:00Z`, pass_rate, path: `coverage/${commit}.json` });

describe('pickPreviousRun', () => {
  it.each([
    [[], 'c', null],
    [[run('1'), run('2')], '3', '2'],
    [[run('1'), run('2')], '2', '1'], // a rerun at the same commit compares with the run before
    [[run('2')], '2', null],
  ])('%j at %s -> %s', (index, commit, want) => {
    expect(pickPreviousRun(index as StoredRun[], commit as string)?.commit ?? null).toBe(want);
  });
});

describe('buildTrendPoints', () => {
  it('replaces this commit’s stored point with this run and keeps the last TREND_RUNS', () => {
    const index = Array.from({ length: 40 }, (_, i) => run(String(i + 1), 0.5));
    const head = results([caseResult('a', 'p')], { commit: '40' });
    const points = buildTrendPoints(index, head);
    expect(points).toHaveLength(TREND_RUNS);
    expect(points.at(-1)).toMatchObject({ commit: '40', pass_rate: 1 });
    expect(points.filter((p) => p.commit === '40')).toHaveLength(1);
  });
});

describe('parsePullRef', () => {
  it.each([
    ['refs/pull/12/head', 12],
    ['refs/pull/7/merge', 7],
    ['refs/heads/main', null],
    ['refs/pull/12/head/../x', null],
  ])('%s -> %s', (ref, want) => expect(parsePullRef(ref)).toBe(want));
});

describe('buildSignalLines (repository_dispatch client_payload)', () => {
  it('one line per signal, from { signals: [...] } or one object', () => {
    expect(buildSignalLines({ signals: [{ event_id: 'a' }, { event_id: 'b' }] }).text.split('\n')).toHaveLength(2);
    expect(buildSignalLines({ event_id: 'a' }).text).toBe('{"event_id":"a"}');
  });
  it.each([null, 'text', [1, 2]])('rejects %j with a message naming the payload', (payload) => {
    expect(buildSignalLines(payload).problem).toMatch(/^client_payload is/);
  });
});
