// Builders for cases, trials and results used by results/comparison/verdict tests.
import { buildDefaultConfig } from '../../src/case/config.js';
import { buildCaseResult, buildResults } from '../../src/results/build.js';
import type { Case, CaseResult, FailureClass, GateConfig, Results, TrialRecord } from '../../src/types.js';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = 'b'.repeat(64);
export const KEY = 'holdout-secret-key';

export function makeCase(id: string, over: Partial<Case> = {}): Case {
  return {
    id,
    title: `Title of ${id}`,
    guards: 100,
    workflow: 'refund',
    severity: 'sev1',
    suites: ['benchmark'],
    trials: 1,
    timeout_ms: 1000,
    input: { q: 'secret input' },
    fixtures: null,
    checks: [
      { type: 'trajectory', mode: 'in_order', tools: ['a'] },
      { type: 'tool_args', tool: 'a', args: {} },
      { type: 'output_match', pattern: 'x' },
    ],
    file: `evals/cases/refund/${id}.yaml`,
    line: 1,
    definition_hash: HASH_A,
    holdout: false,
    ...over,
  };
}

/** Trials from an outcome string: p = pass, f = fail (bad_decision), e = error. */
export function makeTrials(pattern: string, opts: { latency?: number; cost?: number; cls?: FailureClass } = {}): TrialRecord[] {
  return [...pattern].map((ch, i) => {
    const base = { trial: i + 1, latency_ms: opts.latency ?? 100 + i, tokens: 10, cost_usd: opts.cost ?? 0.01, retries: 0 };
    if (ch === 'p') return { ...base, outcome: 'pass', failures: [] };
    if (ch === 'e') return { ...base, outcome: 'error', failures: [], error: 'harness crashed: exit 1', retries: 2, stderr_tail: 'Traceback...' };
    const cls = opts.cls ?? 'bad_decision';
    return {
      ...base,
      outcome: 'fail',
      class: cls,
      failures: [{ index: 0, type: 'trajectory', level: 'trace', class: cls, message: `trajectory: expected tool a before b (trial ${i + 1})` }],
      stderr_tail: 'stderr evidence',
      trace_excerpt: '{"steps":[]}',
    };
  });
}

export function caseResult(id: string, pattern: string, over: Partial<Case> = {}, trialOpts: Parameters<typeof makeTrials>[1] = {}): CaseResult {
  return buildCaseResult(makeCase(id, over), makeTrials(pattern, trialOpts), { holdoutKey: KEY });
}

export function results(cases: CaseResult[], over: { commit?: string; notices?: string[] } = {}): Results {
  return buildResults({
    suite: 'benchmark',
    commit: over.commit ?? '0123456789abcdef0123456789abcdef01234567',
    ref: 'refs/heads/main',
    createdAt: '2026-11-21T10:00:00Z',
    harness: { command: 'node agent.js', config_hash: 'c'.repeat(64) },
    cases,
    notices: over.notices ?? [],
  });
}

export function gate(over: Partial<GateConfig> = {}): GateConfig {
  return { ...buildDefaultConfig('node agent.js').gate, ...over };
}
