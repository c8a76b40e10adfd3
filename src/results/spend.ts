// What a suite run cost: the figure that decides whether a team keeps the gate on (each harness
// run is an LLM agent run for the user). Pure: computed from stored results alone.
import type { Results, Spend } from '../types.js';

/**
 * Harness runs (every recorded trial plus the errored attempts retried before it), the agent time
 * of the recorded trials, their tokens and cost, over every case (holdout included: it is spent
 * too); trials reused from an earlier gate (`reused_from`) are not this run's spend.
 */
export function computeSpend(results: Pick<Results, 'cases'>): Spend {
  let harness_runs = 0;
  let agent_ms = 0;
  let tokens = 0;
  let cost_usd = 0;
  for (const c of results.cases) {
    for (const t of c.trials) {
      // A trial reused from an earlier gate of the same change was paid for there.
      if (t.reused_from !== undefined) continue;
      harness_runs += 1 + (t.retries ?? 0);
      agent_ms += t.latency_ms ?? 0;
      tokens += t.tokens ?? 0;
      cost_usd += t.cost_usd ?? 0;
    }
  }
  return { harness_runs, agent_ms, tokens, cost_usd };
}
