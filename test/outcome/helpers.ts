import type { Case, Check, Step, Trace } from '../../src/types.js';

/** A tool step. */
export function tool(name: string, args: unknown = {}, extra: Partial<Step> = {}): Step {
  return { type: 'tool', name, args, status: 'ok', ...extra };
}

/** An llm step. */
export function llm(name = 'planner', extra: Partial<Step> = {}): Step {
  return { type: 'llm', name, model: 'm', ...extra };
}

/** A normalized trace; usage defaults to the step sums. */
export function traceOf(steps: Step[], extra: Partial<Trace> = {}): Trace {
  const usage = {
    input_tokens: steps.reduce((a, s) => a + (s.input_tokens ?? 0), 0),
    output_tokens: steps.reduce((a, s) => a + (s.output_tokens ?? 0), 0),
    cost_usd: steps.reduce((a, s) => a + (s.cost_usd ?? 0), 0),
  };
  return { output: null, steps, usage, latency_ms: 100, ...extra };
}

/** A case with the given checks. */
export function caseOf(checks: Check[], extra: Partial<Case> = {}): Case {
  return {
    id: 'refund-policy-before-payment',
    title: 'Refund flow calls payment API before policy check',
    guards: 123,
    workflow: 'refund',
    severity: 'sev0',
    suites: ['benchmark', 'coverage'],
    trials: 1,
    timeout_ms: 30000,
    input: {},
    fixtures: null,
    checks,
    file: 'evals/cases/refund/refund-policy-before-payment.yaml',
    line: 1,
    definition_hash: 'x',
    holdout: false,
    ...extra,
  };
}
