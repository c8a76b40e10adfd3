// Harness stdout -> normalized Trace. Anything that is not a valid trace becomes a reason
// string (outcome `error`), never an exception: a broken harness is not an agent failure.
import { Ajv } from 'ajv';
import type { Step, Trace } from '../types.js';
import traceSchema from '../schemas/trace.schema.json' with { type: 'json' };
import { formatAjvErrors, previewValue } from './format.js';
import { convertOtlp, isOtlpExport, OtlpFormatError } from './otlp.js';
import { findExcessiveJsonDepth, MAX_JSON_DEPTH } from '../json.js';

/** Result of parsing one trace document. */
export type ParseTraceResult = { ok: true; trace: Trace } | { ok: false; reason: string };

// Compiled once: parseTrace runs for every trial.
const validateTrace = new Ajv({ allErrors: true, strict: false }).compile(traceSchema);

/**
 * Parses one trace document (native or OTLP/JSON), validates it against trace.schema.json and
 * fills `usage` and `latency_ms` when absent. `source` names the input in reasons.
 */
export function parseTrace(text: string, wallMs: number, source = 'stdout'): ParseTraceResult {
  if (text.trim() === '') return { ok: false, reason: `${source} is empty; expected one trace JSON document` };
  const tooDeep = findExcessiveJsonDepth(text);
  if (tooDeep >= 0) {
    return { ok: false, reason: `${source} nests deeper than ${MAX_JSON_DEPTH} levels (at offset ${tooDeep}); expected a trace of reasonable depth` };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `${source} is not JSON: ${detail}; first bytes: ${previewValue(text.slice(0, 60), 80)}` };
  }
  if (isOtlpExport(doc)) {
    try {
      doc = convertOtlp(doc);
    } catch (err) {
      if (err instanceof OtlpFormatError) return { ok: false, reason: `${source}: ${err.message}` };
      throw err;
    }
  }
  if (!validateTrace(doc)) {
    return { ok: false, reason: `${source} is not a valid trace: ${formatAjvErrors(validateTrace.errors, doc, 'trace')}` };
  }
  return { ok: true, trace: normalizeTrace(doc as unknown as RawTrace, wallMs) };
}

interface RawTrace {
  output: unknown;
  steps: Step[];
  usage?: { input_tokens?: number; output_tokens?: number; cost_usd?: number };
  latency_ms?: number;
}

/** Fills usage (summed over steps, per missing field) and latency_ms (sum of step latencies, else wall time). */
export function normalizeTrace(raw: RawTrace, wallMs: number): Trace {
  const sum = (key: 'input_tokens' | 'output_tokens' | 'cost_usd') => raw.steps.reduce((acc, s) => acc + (s[key] ?? 0), 0);
  const usage = {
    input_tokens: raw.usage?.input_tokens ?? sum('input_tokens'),
    output_tokens: raw.usage?.output_tokens ?? sum('output_tokens'),
    cost_usd: raw.usage?.cost_usd ?? roundCost(sum('cost_usd')),
  };
  let latency = raw.latency_ms;
  if (latency === undefined) {
    const timed = raw.steps.filter((s) => typeof s.latency_ms === 'number');
    latency = timed.length > 0 ? timed.reduce((acc, s) => acc + (s.latency_ms ?? 0), 0) : wallMs;
  }
  return { ...raw, output: raw.output, steps: raw.steps, usage, latency_ms: latency };
}

function roundCost(v: number): number {
  // Summing many small floats leaves 0.30000000000000004-style tails in reports.
  return Math.round(v * 1e9) / 1e9;
}
