// Helpers several convention modules share: usage attributes, status and latency of a step.
import type { Step } from '../../types.js';
import { errorText, num, spanLatency, type FlatSpan } from '../spans.js';

/** Sets tokens/cost from the first attribute present in each list (leaves them unset when none is). */
export function setUsage(step: Step, a: Record<string, unknown>, keys: { input: string[]; output: string[]; cached?: string[]; cost?: string[] }): void {
  const pick = (names: string[]) => names.map((k) => num(a[k])).find((v) => v !== undefined);
  const input = pick(keys.input);
  const output = pick(keys.output);
  // evalgate.cost_usd is ours and wins over any convention's own cost attribute.
  const cost = pick(['evalgate.cost_usd', ...(keys.cost ?? [])]);
  if (input !== undefined) step.input_tokens = input;
  if (output !== undefined) step.output_tokens = output;
  if (cost !== undefined) step.cost_usd = cost;
  const cached = pick(keys.cached ?? []);
  if (cached !== undefined && cached > 0) step.cached_input_tokens = cached;
}

/** Status, error and latency of a step from its span. */
export function finishStep(step: Step, span: FlatSpan): Step {
  if (step.status === undefined) step.status = span.isError ? 'error' : 'ok';
  if (span.isError && step.error === undefined) step.error = errorText(span);
  const latency = spanLatency(span);
  if (latency !== undefined) step.latency_ms = latency;
  return step;
}
