// Cost when nobody reports it: a per-model price table (evalgate.yml `pricing`, USD per
// million tokens) applied to steps that have tokens and a model but no cost_usd. Pure.
//
// Model lookup, in order: the exact key; the key compared case-insensitively; the model
// without a provider prefix ("openai/gpt-4.1-mini" -> "gpt-4.1-mini"); the longest key the
// model starts with followed by "-" (dated snapshots: "gpt-4.1-mini-2025-04-14").
// cached_input prices the step's cached_input_tokens (a part of input_tokens); without it
// cached tokens cost the input price.
import type { CostSource, Pricing, Step } from '../types.js';

/** The price entry for `model`, or undefined (see the lookup order above). */
export function findPrice(pricing: Pricing, model: string): Pricing[string] | undefined {
  if (Object.hasOwn(pricing, model)) return pricing[model];
  const keys = Object.keys(pricing);
  const lower = model.toLowerCase();
  const ci = keys.find((k) => k.toLowerCase() === lower);
  if (ci !== undefined) return pricing[ci];
  const bare = lower.includes('/') ? lower.slice(lower.lastIndexOf('/') + 1) : lower;
  const exactBare = keys.find((k) => k.toLowerCase() === bare);
  if (exactBare !== undefined) return pricing[exactBare];
  const prefix = keys.filter((k) => bare.startsWith(`${k.toLowerCase()}-`)).sort((x, y) => y.length - x.length)[0];
  return prefix !== undefined ? pricing[prefix] : undefined;
}

/** Cost of one step's tokens at `price` (USD). */
export function priceStep(step: Step, price: Pricing[string]): number {
  const input = step.input_tokens ?? 0;
  const cached = Math.min(step.cached_input_tokens ?? 0, input);
  const cachedPrice = price.cached_input ?? price.input;
  const usd = ((input - cached) * price.input + cached * cachedPrice + (step.output_tokens ?? 0) * price.output) / 1_000_000;
  return Math.round(usd * 1e12) / 1e12;
}

/** Steps with prices applied where missing, where the trial's cost came from, and what could not be priced. */
export function applyPricing(
  steps: readonly Step[],
  pricing: Pricing,
  totalReported: boolean,
): { steps: Step[]; cost_source: CostSource; warnings: string[] } {
  const reported = totalReported || steps.some((s) => typeof s.cost_usd === 'number');
  // A total the harness reported is its word on the whole trial: pricing steps under it would not change it.
  if (totalReported) return { steps: [...steps], cost_source: 'reported', warnings: [] };
  let priced = false;
  const unpriced = new Set<string>();
  const out = steps.map((step) => {
    const tokens = (step.input_tokens ?? 0) + (step.output_tokens ?? 0);
    if (typeof step.cost_usd === 'number' || tokens === 0 || !step.model) return step;
    const price = findPrice(pricing, step.model);
    if (!price) {
      unpriced.add(step.model);
      return step;
    }
    priced = true;
    return { ...step, cost_usd: priceStep(step, price) };
  });
  const warnings: string[] = [];
  if (unpriced.size > 0 && Object.keys(pricing).length > 0) {
    warnings.push(`no price for model(s) ${[...unpriced].map((m) => JSON.stringify(m)).join(', ')} in evalgate.yml pricing: their steps cost 0`);
  }
  return { steps: out, cost_source: priced ? 'priced' : reported ? 'reported' : 'none', warnings };
}
