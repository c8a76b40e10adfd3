// Harness stdout -> normalized Trace. Anything that is not a valid trace becomes a reason
// string (outcome `error`), never an exception: a broken harness is not an agent failure.
//
// stdout holds one native trace, or one or more OTLP/JSON export requests (concatenated or
// one per line, as a collector file exporter or one flush per SimpleSpanProcessor writes
// them), which are converted together into one trace.
import type { CostSource, Pricing, Step, Trace } from '../types.js';
import { ourValidator } from '../schemas/validators.js';
import { formatAjvErrors, previewValue } from './format.js';
import { convertOtlpExports, isEmptyOutput, isOtlpExport, OtlpFormatError } from './otlp.js';
import { applyPricing } from './pricing.js';
import { silentLlmSteps } from './tokens.js';
import { findExcessiveJsonDepth, MAX_JSON_DEPTH } from '../json.js';

/** Warnings a native trace may carry for the harness itself (more are dropped: the trial keeps 20 in all). */
const MAX_HARNESS_WARNINGS = 10;

/** Result of parsing one trace document. */
export type ParseTraceResult =
  | { ok: true; trace: Trace; warnings: string[]; cost_source: CostSource; format: 'native' | 'otlp' }
  | { ok: false; reason: string };

/** Options of parseTrace. */
export interface ParseTraceOptions {
  /** evalgate.yml `pricing`, applied to steps with tokens and a model but no cost. */
  pricing?: Pricing;
}

// Compiled once (or precompiled in the bundles): parseTrace runs for every trial.
const validateTrace = (doc: unknown): boolean => ourValidator('trace')(doc) as boolean;

/**
 * Parses what a harness printed (native trace or OTLP/JSON), validates it against
 * trace.schema.json, applies pricing and fills `usage` and `latency_ms` when absent.
 * `source` names the input in reasons.
 */
export function parseTrace(text: string, wallMs: number, source = 'stdout', options: ParseTraceOptions = {}): ParseTraceResult {
  if (text.trim() === '') return { ok: false, reason: `${source} is empty; expected one trace JSON document` };
  const tooDeep = findExcessiveJsonDepth(text);
  if (tooDeep >= 0) {
    return { ok: false, reason: `${source} nests deeper than ${MAX_JSON_DEPTH} levels (at offset ${tooDeep}); expected a trace of reasonable depth` };
  }
  const docs = parseJsonDocuments(text);
  if (!docs.ok) {
    // Log lines around a JSON line: saying so (and what to do) is the whole story; the parser's
    // complaint about the first line and a second quote of it would push the advice out of view.
    const logs = logLinesHint(text);
    if (logs) return { ok: false, reason: `${source} is not JSON: ${logs}` };
    return { ok: false, reason: `${source} is not JSON: ${docs.detail}; first bytes: ${previewValue(text.slice(0, 60), 80)}${logHint(text)}` };
  }
  let doc: unknown = docs.values[0];
  let warnings: string[] = [];
  const otlp = docs.values.every(isOtlpExport);
  if (docs.values.length > 1 && !otlp) {
    const kinds = docs.values.map((v) => (isOtlpExport(v) ? 'an OTLP export' : 'not an OTLP export'));
    return { ok: false, reason: `${source} holds ${docs.values.length} JSON documents (${kinds.join(', ')}); expected one trace, or OTLP/JSON export requests only` };
  }
  if (otlp) {
    try {
      const converted = convertOtlpExports(docs.values);
      doc = converted.trace;
      warnings = converted.warnings;
    } catch (err) {
      if (err instanceof OtlpFormatError) return { ok: false, reason: `${source}: ${err.message}` };
      throw err;
    }
  }
  if (!validateTrace(doc)) {
    return { ok: false, reason: `${source} is not a valid trace: ${formatAjvErrors(ourValidator('trace').errors, doc, 'trace')}` };
  }
  const { warnings: harnessWarnings, ...raw } = doc as unknown as RawTrace & { warnings?: string[] };
  // What the harness says it could not record comes first: it explains whatever else is missing.
  if (!otlp && harnessWarnings) warnings = [...harnessWarnings.slice(0, MAX_HARNESS_WARNINGS), ...warnings];
  const priced = applyPricing(raw.steps, options.pricing ?? {}, !otlp && typeof raw.usage?.cost_usd === 'number');
  // Converted OTLP usage is a sum of steps: recompute it after pricing.
  const usage = otlp ? { input_tokens: raw.usage?.input_tokens, output_tokens: raw.usage?.output_tokens } : raw.usage;
  const trace = normalizeTrace({ ...raw, steps: priced.steps, ...(usage ? { usage } : {}) }, wallMs);
  const silent = silentLlmSteps(trace);
  if (silent.length > 0) warnings.push(noTokensWarning(silent));
  // Converted exports say where they looked for the output; a native trace has one place.
  if (!otlp && isEmptyOutput(trace.output)) {
    warnings.push(`the trace has ${trace.output === null ? 'no final output' : `an empty final output (${previewValue(trace.output)})`}: its "output" is ${previewValue(trace.output)}, so output checks see no answer (with evalgate/harness: the agent function returned nothing and did not call ctx.output())`);
  }
  return { ok: true, trace, warnings: [...warnings, ...priced.warnings], cost_source: priced.cost_source, format: otlp ? 'otlp' : 'native' };
}

/** The warning for llm steps without token counts (a fake model, a proxy or an instrumentation that drops usage). */
export function noTokensWarning(stepNos: readonly number[]): string {
  const shown = stepNos.slice(0, 8).join(', ') + (stepNos.length > 8 ? ` (+${stepNos.length - 8} more)` : '');
  return `llm step(s) ${shown} carry no token counts (the model or its instrumentation reports none): pricing counts them as free, and a max_tokens budget cannot pass on them (the trial is an error unless a limit is exceeded)`;
}

/**
 * One JSON document, or several written back to back (whitespace or newlines between them).
 * Only objects and arrays are split: the scan tracks strings and brackets, so text inside
 * strings never splits a document.
 */
export function parseJsonDocuments(text: string): { ok: true; values: unknown[] } | { ok: false; detail: string } {
  try {
    return { ok: true, values: [JSON.parse(text) as unknown] };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const chunks = splitJsonValues(text);
    if (!chunks || chunks.length < 2) return { ok: false, detail };
    const values: unknown[] = [];
    for (const [i, chunk] of chunks.entries()) {
      try {
        values.push(JSON.parse(chunk));
      } catch (e) {
        return { ok: false, detail: `document ${i + 1} of ${chunks.length}: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    return { ok: true, values };
  }
}

function splitJsonValues(text: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && /\s/.test(text[i])) i++;
    if (i >= n) break;
    if (text[i] !== '{' && text[i] !== '[') return null;
    let depth = 0;
    let inString = false;
    let escaped = false;
    let j = i;
    for (; j < n; j++) {
      const ch = text[j];
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) {
          j++;
          break;
        }
      }
    }
    if (depth !== 0) return null;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}

const LOG_HINT = 'stdout is the trace: log to stderr (console.error, print(..., file=sys.stderr), >&2)';

/**
 * When non-JSON stdout looks like log lines (text before the JSON, or a JSON line among others),
 * says so: the usual cause is a harness that logs with console.log/print.
 */
function logHint(text: string): string {
  // Text that does not even start like JSON is most likely a log line.
  return /^\s*[[{"]/.test(text) ? '' : `; ${LOG_HINT}`;
}

/** "it holds N lines besides a JSON line (first: ...): <LOG_HINT>" when stdout is a JSON line among log lines, else ''. */
function logLinesHint(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length < 2) return '';
  const jsonLine = lines.findIndex((l) => /^\s*\{/.test(l) && isJson(l));
  if (jsonLine < 0) return '';
  const others = lines.length - 1;
  return `it holds ${others} line${others === 1 ? '' : 's'} besides a JSON line (first: ${previewValue(lines[jsonLine === 0 ? 1 : 0].slice(0, 60), 80)}): ${LOG_HINT}`;
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
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
