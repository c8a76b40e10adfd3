// Whether a trace's token count is known: a max_tokens budget must not pass on tokens nobody
// reported, and a trace whose model calls report none says so when it is parsed.
import type { Trace } from '../types.js';

/**
 * Why a trace's token count is not known, or undefined when it is: no step reports tokens and
 * the trace reports no usage of its own, or some llm steps report none (the sum undercounts).
 */
export function unknownTokens(trace: Trace): string | undefined {
  const llm = trace.steps.flatMap((s, i) => (s.type === 'llm' ? [{ s, no: i + 1 }] : []));
  const silent = llm.filter(({ s }) => s.input_tokens === undefined && s.output_tokens === undefined).map(({ no }) => no);
  const stepSum = trace.steps.reduce((acc, s) => acc + (s.input_tokens ?? 0) + (s.output_tokens ?? 0), 0);
  const total = trace.usage.input_tokens + trace.usage.output_tokens;
  // A usage total beyond the steps' sum was reported by the harness for the whole trial: trust it.
  if (total > stepSum) return undefined;
  const fix = 'make the model (or its instrumentation) report usage, or record input_tokens/output_tokens on llm steps';
  if (total === 0 && (llm.length === 0 || silent.length === llm.length)) {
    return llm.length === 0 ? `the trace has no llm steps and reports no usage, so its tokens are unknown; ${fix}` : `no llm step reports token counts (${listSteps(silent)}); ${fix}`;
  }
  if (silent.length > 0) return `${listSteps(silent)} report${silent.length === 1 ? 's' : ''} no token counts; ${fix}`;
  return undefined;
}

function listSteps(nos: number[]): string {
  const shown = nos.slice(0, 8).join(', ') + (nos.length > 8 ? ` (+${nos.length - 8} more)` : '');
  return `${nos.length === 1 ? 'llm step' : 'llm steps'} ${shown}`;
}

/** The 1-based numbers of the llm steps that report no token counts, when the trace's usage does not cover them. */
export function silentLlmSteps(trace: Trace): number[] {
  const stepSum = trace.steps.reduce((acc, s) => acc + (s.input_tokens ?? 0) + (s.output_tokens ?? 0), 0);
  if (trace.usage.input_tokens + trace.usage.output_tokens > stepSum) return [];
  return trace.steps.flatMap((s, i) => (s.type === 'llm' && s.input_tokens === undefined && s.output_tokens === undefined ? [i + 1] : []));
}
