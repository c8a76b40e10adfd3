// Evidence as a reviewer reads it: the trace excerpt a failing trial kept becomes a short numbered
// step list (type, name, trimmed args, status, error) with the step the failing check points at
// marked, then the output; the full trace and stderr stay behind a second fold. Pure: strings in,
// Markdown out. The excerpt is untrusted harness output and may be cut mid-JSON, so steps are
// recovered one complete element at a time.

import { mdCode, mdDetails, mdFence, mdText } from './md.js';
import { stderrExcerpt, truncateText } from './format.js';
import { parseJsonBounded } from '../json.js';

/** Label compare.ts puts before the stderr tail (after a newline when a trace excerpt precedes it). */
const STDERR_LABEL = '--- stderr ---\n';
/** Separator compare.ts puts between the trace excerpt and the stderr tail. */
const STDERR_SEPARATOR = `\n${STDERR_LABEL}`;
/** Separator before the trace conversion warnings, which compare.ts appends last. */
const CONVERSION_SEPARATOR = '\n--- trace conversion ---\n';
const MAX_STEPS = 20;
const ARGS_CHARS = 60;
const TEXT_CHARS = 160;

/** One step as recovered from a trace excerpt. */
export interface EvidenceStep {
  type: string;
  name: string;
  args?: unknown;
  status?: string;
  error?: string;
  /** Kept for the HTML report's timeline (the Markdown step line does not show them). */
  model?: string;
  result?: unknown;
  latency_ms?: number;
  input_tokens?: number;
  output_tokens?: number;
  cost_usd?: number;
}

/** What a comparison row's evidence string holds. */
export interface ParsedEvidence {
  /** Steps recovered from the trace excerpt (complete ones only), or null when there was no trace. */
  steps: EvidenceStep[] | null;
  /** Whether the excerpt was cut before its last step. */
  truncated: boolean;
  /** The trace output, when it could be recovered. */
  output?: unknown;
  /** The trace excerpt as kept (possibly cut). */
  trace: string | null;
  stderr: string | null;
  /** How the harness output was converted into a trace (OTLP attribute mapping warnings), if any. */
  conversion?: string;
}

/** End index (exclusive) of the JSON value starting at `i` (after whitespace), or -1 when it is cut off. */
function scanValue(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  if (i >= text.length) return -1;
  const open = text[i];
  if (open === '"') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === '"') return j + 1;
    }
    return -1;
  }
  if (open !== '{' && open !== '[') {
    const m = /^-?[\w.+-]+/.exec(text.slice(i));
    return m ? i + m[0].length : -1;
  }
  let depth = 0;
  let inString = false;
  for (let j = i; j < text.length; j++) {
    const ch = text[j];
    if (inString) {
      if (ch === '\\') j++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

const tryJson = (text: string): unknown => parseJsonBounded(text);

/** Top-level `"key":` value of an object text (possibly cut), or undefined. */
function topLevelValue(text: string, key: string): { start: number; end: number } | null {
  // Walk the top-level members so a key of the same name inside a step is not taken.
  let i = text.indexOf('{');
  if (i < 0) return null;
  i++;
  while (i < text.length) {
    while (i < text.length && /[\s,]/.test(text[i])) i++;
    if (text[i] !== '"') return null;
    const keyEnd = scanValue(text, i);
    if (keyEnd < 0) return null;
    const name = tryJson(text.slice(i, keyEnd));
    let j = keyEnd;
    while (j < text.length && /\s/.test(text[j])) j++;
    if (text[j] !== ':') return null;
    const end = scanValue(text, j + 1);
    if (name === key) return { start: j + 1, end };
    if (end < 0) return null;
    i = end;
  }
  return null;
}

function toStep(v: unknown): EvidenceStep | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const step: EvidenceStep = { type: typeof o.type === 'string' ? o.type : 'step', name: typeof o.name === 'string' ? o.name : '' };
  if ('args' in o) step.args = o.args;
  if (typeof o.status === 'string') step.status = o.status;
  if (typeof o.error === 'string') step.error = o.error;
  if (typeof o.model === 'string') step.model = o.model;
  if ('result' in o) step.result = o.result;
  for (const k of ['latency_ms', 'input_tokens', 'output_tokens', 'cost_usd'] as const) {
    const n = o[k];
    if (typeof n === 'number' && Number.isFinite(n) && n >= 0) step[k] = n;
  }
  return step;
}

/** Splits evidence into trace and stderr and recovers the steps and output of the trace. Pure. */
export function parseEvidence(text: string): ParsedEvidence {
  const conv = text.indexOf(CONVERSION_SEPARATOR);
  const conversion = conv >= 0 ? text.slice(conv + CONVERSION_SEPARATOR.length) : undefined;
  const parsed = parseTraceAndStderr(conv >= 0 ? text.slice(0, conv) : text);
  return conversion ? { ...parsed, conversion } : parsed;
}

function parseTraceAndStderr(evidence: string): ParsedEvidence {
  // Evidence of a trial without a trace (an errored one) is its labelled stderr alone.
  if (evidence.startsWith(STDERR_LABEL)) return { steps: null, truncated: false, trace: null, stderr: evidence.slice(STDERR_LABEL.length) };
  const at = evidence.indexOf(STDERR_SEPARATOR);
  let trace: string | null = at >= 0 ? evidence.slice(0, at) : evidence;
  let stderr: string | null = at >= 0 ? evidence.slice(at + STDERR_SEPARATOR.length) : null;
  // Evidence without a separator is one of the two: a trace starts like a JSON object.
  if (at < 0 && !/^\s*\{/.test(evidence)) {
    if (evidence === '') return { steps: null, truncated: false, trace: null, stderr: null };
    stderr = evidence;
    trace = null;
  }
  if (trace === null) return { steps: null, truncated: false, trace: null, stderr };
  const whole = tryJson(trace) as { steps?: unknown; output?: unknown } | undefined;
  if (whole && typeof whole === 'object' && Array.isArray(whole.steps)) {
    return { steps: whole.steps.map(toStep).filter((s): s is EvidenceStep => s !== null), truncated: false, output: whole.output, trace, stderr };
  }
  const steps: EvidenceStep[] = [];
  let truncated = true;
  const range = topLevelValue(trace, 'steps');
  if (range && trace[trace.slice(range.start).search(/\S/) + range.start] === '[') {
    let i = trace.indexOf('[', range.start) + 1;
    for (;;) {
      while (i < trace.length && /[\s,]/.test(trace[i])) i++;
      if (trace[i] === ']') {
        truncated = false;
        break;
      }
      const end = scanValue(trace, i);
      if (end < 0) break;
      const step = toStep(tryJson(trace.slice(i, end)));
      if (step) steps.push(step);
      i = end;
    }
  }
  const out = topLevelValue(trace, 'output');
  const output = out && out.end > 0 ? tryJson(trace.slice(out.start, out.end)) : undefined;
  if (!range && output === undefined) return { steps: null, truncated: false, trace, stderr };
  return { steps, truncated, output, trace, stderr };
}

/** 1-based step numbers a failing-check message points at ("step 3", "steps 2, 5", "at step 4"). Pure. */
export function pointedSteps(message: string | null | undefined): Set<number> {
  const out = new Set<number>();
  if (!message) return out;
  for (const m of message.matchAll(/\bsteps? (\d+(?:(?:, | and )\d+)*)/g)) {
    for (const n of m[1].split(/, | and /)) out.add(Number(n));
  }
  return out;
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** One-line preview of a value: redacted first, then cut, so a cut can never split a secret past the redactor. */
function preview(v: unknown, max: number, clean: (t: string) => string): string {
  if (v === undefined) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return clip(clean(text).replace(/\s+/g, ' '), max);
}

function stepLine(s: EvidenceStep, no: number, marked: boolean, clean: (t: string) => string): string {
  // Every field comes from the harness: type and status are free strings in OTLP-converted traces.
  const parts = [`${mdText(clip(clean(s.type), TEXT_CHARS))} ${s.name ? mdCode(clean(s.name)) : '—'}`];
  const args = preview(s.args, ARGS_CHARS, clean);
  if (args && args !== '{}') parts.push(mdCode(args));
  const failed = s.status === 'error';
  parts.push(failed ? `**error**${s.error ? `: ${mdText(clip(clean(s.error), TEXT_CHARS))}` : ''}` : s.status === undefined || s.status === 'ok' ? 'ok' : mdText(clip(clean(s.status), 20)));
  const body = parts.join(' · ');
  return `${no}. ${marked ? `➜ **${body}** ← failing check` : body}`;
}

/** Which steps to show: all when few, else the marked/erroring ones with a little context, in order. */
function pickSteps(steps: EvidenceStep[], marked: Set<number>, max: number): Array<number | 'gap'> {
  if (steps.length <= max) return steps.map((_, i) => i + 1);
  const keep = new Set<number>([1, steps.length]);
  // Marked steps first, then erroring ones, each with its neighbours, never past `max` in all.
  const wanted = [...[...marked].map((n) => n - 1), ...steps.flatMap((s, i) => (s.status === 'error' ? [i] : []))];
  for (const i of wanted) {
    if (keep.size >= max) break;
    for (const d of [-1, 0, 1]) keep.add(i + 1 + d);
  }
  for (let n = 1; keep.size < max && n <= steps.length; n++) keep.add(n);
  const sorted = [...keep].filter((n) => n >= 1 && n <= steps.length).sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n > sorted[i - 1] + 1) out.push('gap');
    out.push(n);
  });
  return out;
}

function outputBlock(output: unknown, clean: (t: string) => string): string {
  if (output === undefined) return '';
  if (output !== null && typeof output === 'object' && !Array.isArray(output)) {
    const entries = Object.entries(output as Record<string, unknown>);
    if (entries.length === 0) return 'output: `{}`';
    const shown = entries.slice(0, 8).map(([k, v]) => `- ${mdCode(clean(k))}: ${typeof v === 'string' ? mdText(clip(clean(v), TEXT_CHARS * 2)) || '""' : mdCode(preview(v, TEXT_CHARS / 2, clean))}`);
    if (entries.length > 8) shown.push(`- … ${entries.length - 8} more`);
    return `output:\n\n${shown.join('\n')}`;
  }
  return `output: ${typeof output === 'string' ? mdText(clip(clean(output), TEXT_CHARS * 2)) : mdCode(preview(output, TEXT_CHARS, clean))}`;
}

/** Pretty-prints a trace excerpt when it is whole JSON (lines a reader can follow), else as kept. */
function prettyTrace(trace: string): string {
  const v = tryJson(trace);
  return v === undefined ? trace : JSON.stringify(v, null, 2);
}

/**
 * Markdown for one evidence string: step list (pointed step marked), output, then the full trace
 * and stderr behind a second fold of at most `maxChars`. `clean` redacts untrusted text first.
 */
export function renderEvidence(
  evidence: string,
  message: string | null | undefined,
  maxChars: number,
  clean: (t: string) => string = (t) => t,
  maxSteps = MAX_STEPS,
): string {
  const ev = parseEvidence(evidence);
  const marked = pointedSteps(message);
  const parts: string[] = [];
  let summary = 'evidence';
  if (ev.steps && ev.steps.length > 0) {
    const lines = pickSteps(ev.steps, marked, maxSteps).map((n) => (n === 'gap' ? '   …' : stepLine(ev.steps![n - 1], n, marked.has(n), clean)));
    if (ev.truncated) lines.push(`   … (trace cut; later steps in the full trace)`);
    parts.push(lines.join('\n'));
    const shownMarks = [...marked].filter((n) => n <= ev.steps!.length);
    summary = `evidence: ${ev.steps.length}${ev.truncated ? '+' : ''} step${ev.steps.length === 1 ? '' : 's'}${shownMarks.length ? `, step ${shownMarks.join(', ')} marked` : ''}`;
  } else if (ev.steps) {
    parts.push('_The trace has no steps._');
  }
  const out = outputBlock(ev.output, clean);
  if (out) parts.push(out);
  const raw = [
    ev.trace ? `trace:\n${prettyTrace(clean(ev.trace))}` : '',
    ev.stderr ? `stderr:\n${clean(ev.stderr)}` : '',
    ev.conversion ? `trace conversion:\n${clean(ev.conversion)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  if (raw) {
    const fenced = mdFence(truncateText(raw, Math.max(200, maxChars)));
    const what = [ev.trace ? 'full trace' : '', ev.stderr ? 'stderr' : '', ev.conversion ? 'trace conversion' : ''].filter(Boolean).join(', ').replace(/, ([^,]+)$/, ' and $1');
    parts.push(parts.length > 0 ? mdDetails(what, fenced) : fenced);
  }
  return mdDetails(summary, parts.join('\n\n'));
}

/**
 * Markdown for the evidence of an errored case: the last meaningful stderr lines in view (what
 * says why the harness failed: `Cannot find module ...`, a traceback's last line), the whole
 * tail folded below, at most `maxChars`. `clean` redacts first, so no cut splits a secret. Empty
 * when the evidence holds no stderr.
 */
export function renderErrorEvidence(evidence: string, maxChars: number, clean: (t: string) => string = (t) => t): string {
  return renderStderrTail(parseEvidence(evidence).stderr, maxChars, clean);
}

/** renderErrorEvidence for a trial's stderr tail itself (results reports, which have no comparison evidence). */
export function renderStderrTail(stderr: string | null | undefined, maxChars: number, clean: (t: string) => string = (t) => t): string {
  if (!stderr || stderr.trim() === '') return '';
  const shown = clean(stderr);
  const lines = stderrExcerpt(shown);
  if (lines.length === 0) return '';
  return [`stderr (last ${lines.length === 1 ? 'line' : `${lines.length} lines`}):`, mdFence(lines.join('\n')), mdDetails('full stderr tail', mdFence(truncateText(shown, Math.max(200, maxChars))))].join('\n\n');
}
