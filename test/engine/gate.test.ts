// The gate's adaptive re-trials (runGate): extra trials go only where evidence is needed.
// The harness is an in-memory implementation of the Harness interface with scripted outcomes.
import { describe, expect, it } from 'vitest';
import type { Case, Results } from '../../src/types.js';
import type { Harness, TrialRequest } from '../../src/adapters/harness.js';
import { buildDefaultConfig } from '../../src/case/config.js';
import { pooledTrials, runBaseline, runGate } from '../../src/engine/adaptive.js';
import { buildCaseResult, buildResults } from '../../src/results/build.js';

function makeCase(id: string, trials: number): Case {
  return {
    id, title: id, guards: 100, workflow: 'w', severity: 'sev1', suites: ['benchmark'], trials, timeout_ms: 1000,
    input: {}, fixtures: null, checks: [{ type: 'output_match', pattern: '^ok$' }], file: `evals/cases/${id}.yaml`, line: 1,
    definition_hash: 'h-' + id, holdout: false,
  };
}

/** A harness whose output for (case, trial) comes from `script`; counts invocations per case. */
function scriptedHarness(script: (req: TrialRequest) => boolean, calls: Map<string, number>): Harness {
  return {
    async run(req) {
      calls.set(req.caseId, (calls.get(req.caseId) ?? 0) + 1);
      const trace = { output: script(req) ? 'ok' : 'broken', steps: [] };
      return { kind: 'output', stdout: JSON.stringify(trace), stderr_tail: '', wall_ms: 1, exit_code: 0, signal: null };
    },
    async close() {},
  };
}

function baseline(cases: Case[], passesOf: (c: Case) => number, runs: number): Results {
  const meta = { suite: 'benchmark' as const, commit: 'a'.repeat(40), ref: 'refs/heads/main', createdAt: '2026-11-21T00:00:00.000Z', harness: { command: 'x', config_hash: 'h' }, notices: [] };
  return buildResults({
    ...meta,
    cases: cases.map((c) =>
      buildCaseResult(c, Array.from({ length: runs }, (_, i) => ({ trial: i + 1, outcome: i < passesOf(c) ? 'pass' : 'fail', failures: [], latency_ms: 1, tokens: 0, cost_usd: 0, retries: 0 })), {}),
    ),
  });
}

describe('runGate adaptive re-trials', () => {
  const config = { ...buildDefaultConfig('x'), concurrency: 2, max_trials: 20 };
  const meta = { suite: 'benchmark' as const, commit: 'b'.repeat(40), ref: 'refs/pull/1/head', createdAt: '2026-11-21T00:00:00.000Z' };

  it('runs every stochastic case until its test is settled, and confirms a deterministic failure with 3 trials', async () => {
    const flaky = makeCase('flaky', 3); // now passes every other trial (p = 0.5, baseline 10/10)
    const steady = makeCase('steady', 3); // always passes
    const det = makeCase('deterministic', 1); // trials: 1, now always fails
    const calls = new Map<string, number>();
    const harness = scriptedHarness((r) => (r.caseId === 'steady' ? true : r.caseId === 'flaky' ? r.trial % 2 === 0 : false), calls);
    const base = baseline([flaky, steady, det], () => 10, 10);
    const out = await runGate([flaky, steady, det], base, meta, { cwd: '.', config, holdoutKey: null, createHarness: () => harness }, { baseSource: 'test', allowGuardRemoval: false });

    // A case that starts well is still examined: a dropped case can look fine for three trials.
    expect(calls.get('steady')!).toBeGreaterThan(3);
    expect(calls.get('steady')!).toBeLessThanOrEqual(20);
    expect(calls.get('deterministic')).toBe(3);
    expect(calls.get('flaky')!).toBeGreaterThan(3);
    expect(calls.get('flaky')!).toBeLessThanOrEqual(20);
    expect(out.retried.sort()).toEqual(['deterministic', 'flaky', 'steady']);
    expect(out.extraTrials).toBe(calls.get('flaky')! - 3 + calls.get('steady')! - 3 + 2);
    const status = Object.fromEntries(out.comparison.cases.map((c) => [c.id, c.status]));
    expect(status).toEqual({ flaky: 'regressed', steady: 'unchanged', deterministic: 'regressed' });
    const steadyRow = out.comparison.cases.find((c) => c.id === 'steady')!;
    expect(steadyRow.kind).toBe('stochastic');
    expect(steadyRow.mde).not.toBeUndefined();
    expect(out.comparison.family).toMatchObject({ procedure: 'bonferroni', tests: 2, case_alpha: 0.025 });
    expect(out.comparison.verdict).toBe('block');
    // Every attempt counts: the head record holds all trials, failing ones included.
    const headFlaky = out.head.cases.find((c) => c.id === 'flaky')!;
    expect(headFlaky.runs).toBe(calls.get('flaky'));
  });

  it('a trials: 1 case that fails once and then passes is inconclusive (not deterministic), never a block; a passing one costs 1 run', async () => {
    const once = makeCase('once', 1);
    const fine = makeCase('fine', 1);
    const calls = new Map<string, number>();
    const harness = scriptedHarness((r) => r.caseId === 'fine' || r.trial !== 1, calls);
    const base = baseline([once, fine], () => 3, 3);
    const out = await runGate([once, fine], base, meta, { cwd: '.', config, holdoutKey: null, createHarness: () => harness }, { baseSource: 'test', allowGuardRemoval: false });
    expect(calls.get('once')).toBe(3);
    expect(calls.get('fine')).toBe(1);
    const row = out.comparison.cases.find((c) => c.id === 'once')!;
    expect(row).toMatchObject({ status: 'inconclusive', kind: 'deterministic', head: { passes: 2, runs: 3 } });
    expect(out.comparison.verdict).toBe('pass');
    expect(out.comparison.reasons.find((r) => r.case_id === 'once')!.message).toMatch(/not deterministic .*declare trials: 3 or more/);
    expect(out.comparison.family!.tests).toBe(0);
  });

  it('a shard decides with the family it is given (the whole suite), not its own few cases', async () => {
    const c = makeCase('one', 3);
    const harness = scriptedHarness(() => true, new Map());
    const base = baseline([c], () => 10, 10);
    const out = await runGate([c], base, meta, { cwd: '.', config, holdoutKey: null, createHarness: () => harness }, { baseSource: 'test', allowGuardRemoval: false, familyTests: 7 });
    expect(out.comparison.family).toMatchObject({ tests: 7, case_alpha: 0.05 / 7 });
  });

  it('gate.max_runs spends re-trials sev0 first; cases it cannot reach are inconclusive and named, never passed', async () => {
    const mk = (id: string, severity: Case['severity']) => ({ ...makeCase(id, 3), severity });
    const cases = [mk('c-low', 'sev2'), mk('a-mid', 'sev1'), mk('b-top', 'sev0')];
    const calls = new Map<string, number>();
    // All pass on head against a 360/400 baseline: each needs well over 3 trials to be accepted.
    const base = baseline(cases, () => 360, 400);
    const budgeted = { ...config, max_trials: 200, gate: { ...config.gate, max_runs: 9 + 25 } };
    const out = await runGate(cases, base, meta, { cwd: '.', config: budgeted, holdoutKey: null, createHarness: () => scriptedHarness(() => true, calls) }, { baseSource: 'test', allowGuardRemoval: false });
    const spent = [...calls.values()].reduce((a, b) => a + b, 0);
    expect(spent).toBeLessThanOrEqual(34);
    expect(calls.get('b-top')!).toBeGreaterThan(calls.get('c-low')!);
    const status = Object.fromEntries(out.comparison.cases.map((c) => [c.id, c.status]));
    expect(status['c-low']).toBe('inconclusive');
    expect(out.comparison.notices.join('\n')).toMatch(/budget: gate.max_runs 34 reached after 34 harness runs; \d case\(s\) .*c-low/);
    expect(out.comparison.verdict).toBe('pass');
    expect(out.comparison.reasons.find((r) => r.case_id === 'c-low')!.message).toMatch(/inconclusive .*could only detect a drop of/);
  });

  it('a stochastic case that failed once but recovers is accepted, not blocked', async () => {
    const c = makeCase('wobbly', 3);
    const calls = new Map<string, number>();
    // Fails only its first trial, then passes: evidence should clear it.
    const harness = scriptedHarness((r) => r.trial !== 1, calls);
    const base = baseline([c], () => 10, 10);
    const out = await runGate([c], base, meta, { cwd: '.', config, holdoutKey: null, createHarness: () => harness }, { baseSource: 'test', allowGuardRemoval: false });
    expect(calls.get('wobbly')!).toBeGreaterThan(3);
    expect(out.comparison.cases[0].status).not.toBe('regressed');
    expect(out.comparison.verdict).toBe('pass');
  });
});

describe('runGate spends nothing on cases that cannot regress', () => {
  it('a case whose baseline never passed gets its configured trials only, and does not block', async () => {
    const config = { ...buildDefaultConfig('x'), concurrency: 2 };
    const meta = { suite: 'benchmark' as const, commit: 'b'.repeat(40), ref: 'refs/pull/1/head', createdAt: '2026-11-21T00:00:00.000Z' };
    const broken = makeCase('broken', 3);
    const calls = new Map<string, number>();
    const out = await runGate([broken], baseline([broken], () => 0, 10), meta, { cwd: '.', config, holdoutKey: null, createHarness: () => scriptedHarness(() => false, calls) }, { baseSource: 'test', allowGuardRemoval: false });
    expect(calls.get('broken')).toBe(3);
    expect(out.comparison.cases[0].status).toBe('unchanged');
    expect(out.comparison.verdict).toBe('pass');
  });
});

describe('runBaseline', () => {
  const meta = { suite: 'benchmark' as const, commit: 'c'.repeat(40), ref: 'refs/heads/main', createdAt: '2026-11-21T00:00:00.000Z' };
  const config = { ...buildDefaultConfig('x'), concurrency: 2 };

  it('tops a stochastic case up to its target; a deterministic one backs its claim with 3 trials; a broken one keeps 1', async () => {
    const calls = new Map<string, number>();
    const harness = scriptedHarness((r) => r.caseId !== 'broken' && r.trial % 10 !== 0, calls); // 90% pass
    const out = await runBaseline([makeCase('noisy', 3), makeCase('det', 1), makeCase('broken', 1)], meta, { cwd: '.', config, holdoutKey: null, createHarness: () => harness, harnessId: 'h' }, { maxTrials: 400 });
    const noisy = out.cases.find((c) => c.id === 'noisy')!;
    expect(noisy.runs).toBeGreaterThan(100);
    expect(noisy.runs).toBeLessThanOrEqual(400);
    expect(calls.get('det')).toBe(3);
    expect(calls.get('broken')).toBe(1);
    expect(out.notices.join('\n')).toMatch(/ran 2 extra trial\(s\) so each passing trials: 1 case backs its deterministic claim with 3 trials/);
    expect(noisy.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a trials: 1 case whose baseline trials both pass and fail is topped up as a stochastic case', async () => {
    const calls = new Map<string, number>();
    const harness = scriptedHarness((r) => r.trial % 2 === 1, calls); // fails its 2nd trial
    const out = await runBaseline([makeCase('wobbly', 1)], meta, { cwd: '.', config, holdoutKey: null, createHarness: () => harness, harnessId: 'h' }, { maxTrials: 400 });
    expect(calls.get('wobbly')!).toBeGreaterThan(20);
    expect(out.cases[0].passes).toBeLessThan(out.cases[0].runs);
  });

  it('the nightly top-up (freshTrials: false) starts from the trials it pooled and runs only what is missing', async () => {
    const first = new Map<string, number>();
    const prior = await runBaseline([makeCase('noisy', 3)], meta, { cwd: '.', config, holdoutKey: null, createHarness: () => scriptedHarness((r) => r.trial % 10 !== 0, first), harnessId: 'h' }, { maxTrials: 400 });
    const again = new Map<string, number>();
    const env = { cwd: '.', config, holdoutKey: null, createHarness: () => scriptedHarness((r) => r.trial % 10 !== 0, again), harnessId: 'h' };
    const out = await runBaseline([makeCase('noisy', 3)], meta, env, { maxTrials: 400, prior, freshTrials: false });
    expect(again.get('noisy') ?? 0).toBe(0);
    expect(out.cases[0].runs).toBe(prior.cases[0].runs);
    // Another harness identity: nothing is pooled, everything runs again.
    const other = new Map<string, number>();
    await runBaseline([makeCase('noisy', 3)], meta, { ...env, harnessId: 'changed', createHarness: () => scriptedHarness((r) => r.trial % 10 !== 0, other) }, { maxTrials: 400, prior, freshTrials: false });
    expect(other.get('noisy')!).toBeGreaterThan(100);
  });

  it('pools a holdout case only under the key its stored result was made with (opaque id, keyed definition hash)', () => {
    const key = Buffer.from('k'.repeat(32));
    const hidden = { ...makeCase('hidden', 3), holdout: true };
    const trials = Array.from({ length: 4 }, (_, i) => ({ trial: i + 1, outcome: 'pass' as const, failures: [], latency_ms: 1, tokens: 0, cost_usd: 0, retries: 0 }));
    const stored = buildResults({ ...meta, harness: { command: 'x', config_hash: 'h' }, notices: [], cases: [buildCaseResult(hidden, trials, { holdoutKey: key, harnessId: 'h' })] });
    expect(stored.cases[0].id).not.toBe('hidden');
    expect(pooledTrials(hidden, stored, 'h', 10, key).map((t) => t.trial)).toEqual([1, 2, 3, 4]);
    expect(pooledTrials(hidden, stored, 'h', 2, key).map((t) => t.trial)).toEqual([1, 2]);
    expect(pooledTrials(hidden, stored, 'h', 10, Buffer.from('z'.repeat(32)))).toEqual([]);
    expect(pooledTrials(hidden, stored, 'h', 10, null)).toEqual([]);
    expect(pooledTrials({ ...hidden, definition_hash: 'edited' }, stored, 'h', 10, key)).toEqual([]);
  });
});
