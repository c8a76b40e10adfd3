import { describe, expect, it } from 'vitest';
import { buildCaseResult, buildResults, computePercentile, computeTotals, opaqueCaseId } from '../../src/results/build.js';
import { KEY, caseResult, makeCase, makeTrials } from './helpers.js';

describe('opaqueCaseId', () => {
  it('is a keyed 16-hex id that differs per key and per case', () => {
    const id = opaqueCaseId('refund-x', KEY);
    expect(id).toMatch(/^holdout-[0-9a-f]{16}$/);
    expect(opaqueCaseId('refund-x', KEY)).toBe(id);
    expect(opaqueCaseId('refund-x', 'other-key')).not.toBe(id);
    expect(opaqueCaseId('refund-y', KEY)).not.toBe(id);
    expect(id).not.toContain('refund');
  });
});

describe('buildCaseResult', () => {
  it('counts passes, evaluated runs and errors separately', () => {
    const r = buildCaseResult(makeCase('c1'), makeTrials('ppfe'), {});
    expect([r.passes, r.runs, r.errors]).toEqual([2, 3, 1]);
    expect(r.title).toBe('Title of c1');
    expect(r.file).toBe('evals/cases/refund/c1.yaml');
    expect(r.guards).toBe(100);
    // 1 trace + 1 node + 1 system check, 3 evaluated trials; one trajectory failure
    expect(r.levels).toEqual({ system: { checks: 3, failures: 0 }, trace: { checks: 3, failures: 1 }, node: { checks: 3, failures: 0 } });
    expect(r.trials[2].failures[0].message).toContain('trajectory');
  });

  it('keeps nothing identifying for holdout cases', () => {
    const c = makeCase('secret-case', { holdout: true, title: 'Secret title', guards: 'acme/agent#77' });
    const r = buildCaseResult(c, makeTrials('pfe'), { holdoutKey: KEY });
    const json = JSON.stringify(r);
    for (const leak of ['secret-case', 'Secret title', 'acme/agent#77', 'refund', 'trajectory: expected', 'harness crashed', 'Traceback', 'stderr evidence', '"steps"', 'secret input']) {
      expect(json).not.toContain(leak);
    }
    expect(r.id).toBe(opaqueCaseId('secret-case', KEY));
    expect([r.guards, r.workflow, r.severity, r.file, r.line, r.title]).toEqual([null, null, null, undefined, undefined, undefined]);
    expect(r.trials.map((t) => t.outcome)).toEqual(['pass', 'fail', 'error']);
    expect(r.trials[1].class).toBe('bad_decision');
    expect(r.trials[1].failures).toEqual([]);
    expect(r.levels.trace.failures).toBe(1);
    expect(r.definition_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.definition_hash).not.toBe(c.definition_hash);
  });

  it('refuses a holdout case without a key', () => {
    expect(() => buildCaseResult(makeCase('h', { holdout: true }), makeTrials('p'), {})).toThrow(/holdoutKey/);
  });
});

describe('computePercentile (nearest rank)', () => {
  it.each([
    [[], 0.5, 0],
    [[5], 0.95, 5],
    [[1, 2, 3, 4], 0.5, 2],
    [Array.from({ length: 20 }, (_, i) => 20 - i), 0.95, 19],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.95, 95],
  ])('%j p=%f -> %f', (values, p, want) => {
    expect(computePercentile(values, p)).toBe(want);
  });
});

describe('computeTotals', () => {
  it('aggregates counts, cost per success, latency, pass@k and failures', () => {
    const a = caseResult('a', 'ppff', {}, { cost: 0.1, latency: 100 });
    const b = caseResult('b', 'pppe', {}, { cost: 0.2, latency: 300, cls: 'timeout' });
    const t = computeTotals([a, b]);
    expect(t).toMatchObject({ cases: 2, runs: 7, passes: 5, errors: 1, k: 3, tokens: 80 });
    expect(t.pass_rate).toBeCloseTo(5 / 7);
    expect(t.cost_usd).toBeCloseTo(1.2);
    expect(t.cost_per_success_usd).toBeCloseTo(1.2 / 5);
    // evaluated latencies: 100 x4, 300 x3 -> p50 = 100, p95 = 300
    expect([t.latency_p50_ms, t.latency_p95_ms]).toEqual([100, 300]);
    // pass@3: a (n=4,c=2) = 1, b (n=3,c=3) = 1; pass^3: a = 0, b = 1
    expect(t.pass_at_k).toBeCloseTo(1);
    expect(t.pass_pow_k).toBeCloseTo(0.5);
    expect(t.failures_by_class).toEqual({ tool_error: 0, bad_decision: 2, bad_output: 0, timeout: 0, cost_blowup: 0 });
    expect(t.failures_by_level).toEqual({ system: 0, trace: 2, node: 0 });
  });
  it('reports no cost per success when nothing passed', () => {
    const t = computeTotals([caseResult('a', 'ff')]);
    expect(t.cost_per_success_usd).toBeNull();
    expect(t.pass_rate).toBe(0);
  });
});

describe('buildResults', () => {
  it('sorts cases, splits holdout totals, and has no holdout totals without holdout cases', () => {
    const open = [caseResult('z', 'p'), caseResult('a', 'f')];
    const hold = caseResult('h', 'ppf', { holdout: true });
    const r = buildResults({
      suite: 'benchmark',
      commit: 'abcdef1',
      ref: 'main',
      createdAt: '2026-11-21T00:00:00Z',
      harness: { command: 'x', config_hash: 'h' },
      cases: [...open, hold],
      notices: ['n'],
    });
    expect(r.schema).toBe('evalgate/results@1');
    expect(r.cases.map((c) => c.id)).toEqual([...[hold.id, 'a', 'z']].sort());
    expect(r.totals).toMatchObject({ cases: 2, runs: 2, passes: 1 });
    expect(r.holdout_totals).toMatchObject({ cases: 1, runs: 3, passes: 2 });
    const r2 = buildResults({ ...{ suite: 'benchmark', commit: 'abcdef1', ref: 'main', createdAt: 'x', harness: { command: 'x', config_hash: 'h' }, notices: [] }, cases: open });
    expect(r2.holdout_totals).toBeNull();
  });
});
