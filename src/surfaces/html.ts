// The HTML report: one self-contained page per gate (or plain run) that a reviewer opens from the
// workflow's artifact or from disk. Pure: data in, one string out.
//
// Everything in results and comparisons is harness output, so the page is built to stay inert
// whatever those strings hold: the static parts are HTML-escaped here; the case rows travel as a
// JSON data block (`<` written as \u003c, so no string can close the block) that the inline script
// turns into DOM nodes with textContent only. A Content-Security-Policy meta tag allows exactly the
// inline stylesheet and script by their sha256 and nothing else: no network, no other script, no
// inline handlers. Holdout cases appear only in aggregate, as in every other output. Size stays
// bounded for 10,000-case gates: rows are paginated by the script, and evidence (trace excerpts,
// stderr) is kept for at most a few trials per case within a page-wide budget.

import { createHash } from 'node:crypto';
import {
  CHECK_LEVELS,
  FAILURE_CLASSES,
  type CaseComparison,
  type CaseResult,
  type Comparison,
  type Results,
  type Totals,
  type TrialRecord,
  type VerdictReason,
} from '../types.js';
import {
  detectableDropLine,
  formatChangePct,
  formatDecision,
  formatInconclusive,
  formatInt,
  formatMde,
  formatMs,
  formatP,
  formatPct,
  formatPp,
  formatRatio,
  formatRateInterval,
  groupReasons,
  formatSpendSide,
  formatUsd,
  guardsKey,
  guardsLabel,
  scrubLocalPaths,
  shortSha,
  sourceFileUrl,
  stripControl,
} from './format.js';
import { caseOutcome, firstFailureMessage, resultsHeadline, verdictHeadline, type MarkdownOptions } from './markdown.js';
import { parseEvidence, pointedSteps, type EvidenceStep, type ParsedEvidence } from './evidence.js';
import { compileRedactPatterns, createRedactor } from './redact.js';
import { REPORT_CSS, REPORT_JS } from './html-client.js';

/** Options for the HTML renderers: the same links, titles and redaction as the Markdown report. */
export type HtmlOptions = Pick<MarkdownOptions, 'issueTitles' | 'issueUrl' | 'runUrl' | 'source' | 'redact'>;

/** Rows per page of the case table. */
export const HTML_PAGE_ROWS = 100;
/** Failing or erroring trials per case whose evidence (steps, output, stderr) the page keeps. */
export const HTML_EVIDENCE_TRIALS = 3;
/** Trials listed per case at most; the rest are counted. */
export const HTML_LISTED_TRIALS = 50;
/** A case of at most this many trials lists its passing trials too; a longer one counts them. */
export const HTML_PASSES_LISTED = 10;
/**
 * Rows the page lists at most, in table order (blocking, then by status and severity): a 100,000-case
 * coverage suite lists its first 20,000 and counts the rest by status, so the page still opens in seconds.
 */
export const HTML_MAX_ROWS = 20_000;
/** Characters of evidence the whole page keeps, spent on cases in table order (blocking first). */
export const HTML_EVIDENCE_BUDGET = 8_000_000;

const MESSAGE_CHARS = 2000;
const FAILURES_SHOWN = 20;
const VALUE_CHARS = 3000;
const OUTPUT_CHARS = 6000;
const MAX_STEPS = 120;

// ---------------------------------------------------------------- the data block's shape

/** One step of a trial's timeline. */
interface StepData {
  n: number;
  ty: string;
  nm: string;
  md?: string;
  /** Args and result, pretty-printed and cut. */
  a?: string;
  r?: string;
  st?: string;
  er?: string;
  /** Latency, tokens, cost, formatted. */
  l?: string;
  k?: string;
  u?: string;
  /** Start and width of the step's latency bar, as fractions of the trace's summed step latency. */
  x?: number;
  w?: number;
  /** The failing checks that point at this step ("tool_args: …"). */
  mk?: string[];
}

/** A gap in a long timeline. */
interface GapData {
  gap: number;
}

/** What a failing or erroring trial shows. */
interface EvidenceData {
  fails?: Array<{ ty: string; lv: string; c: string; m: string }>;
  failsMore?: string;
  err?: string;
  steps?: Array<StepData | GapData>;
  cut?: 1;
  out?: string;
  raw?: string;
  stderr?: string;
  warn?: string[];
}

/** One listed trial. */
interface TrialData {
  n: number;
  o: string;
  c?: string;
  l: string;
  k: string;
  u: string;
  r: number;
  /** First failure or error, one line; `s`: the same as the trial listed before. */
  m?: string;
  s?: 1;
  e?: EvidenceData;
}

/** One row of the case table (and its detail). */
interface RowData {
  id: string;
  st: string;
  blk?: 1;
  open?: 1;
  t?: string;
  g?: string;
  gt?: string;
  gu?: string;
  wf?: string;
  sev?: string;
  cls?: string;
  b?: string;
  h?: string;
  mde?: string;
  mdeFull?: string;
  dec?: string;
  decFull?: string;
  cost?: string;
  lat?: string;
  f?: string;
  fu?: string;
  msg?: string;
  mod?: 1;
  /** A modified case's definitions: base (gated) and head. */
  defs?: { b: string; h: string };
  tr?: TrialData[];
  trMore?: string;
  ev?: EvidenceData;
  evMore?: string;
}

/** The page's data block. */
interface HtmlData {
  kind: 'comparison' | 'results';
  page: number;
  statuses: string[];
  classes: string[];
  rows: RowData[];
}

// ---------------------------------------------------------------- escaping

/** Text for HTML content or a quoted attribute: control, bidi and zero-width characters removed, markup escaped. */
export function escapeHtml(s: string): string {
  return stripControl(s).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * JSON for a `<script type="application/json">` block: every `<` escaped (no string can write
 * `</script>` or `<!--`), and U+2028/U+2029 escaped for older parsers. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => (c === '<' ? '\\u003c' : c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/** An http(s) link's href, or null: anything else (javascript:, data:, relative) never becomes a link. */
function safeHref(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\/[^\s"'<>]+$/.test(url)) return null;
  return url;
}

function link(text: string, href: string | null | undefined): string {
  const h = safeHref(href);
  return h ? `<a href="${escapeHtml(h)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
let policy: string | null = null;
/** The page's Content-Security-Policy: only the inline stylesheet and script (by hash), data: images (the blank favicon). */
export function reportCsp(): string {
  policy ??= `default-src 'none'; style-src ${sha256(REPORT_CSS)}; script-src ${sha256(REPORT_JS)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return policy;
}

// ---------------------------------------------------------------- shared pieces

type Clean = (s: string) => string;

// Results and comparisons come in redacted (renderGateFiles, `report`, and every run redact them
// first), so their strings are only made plain here; issue titles, which come from GitHub, are
// redacted with opts.redact as the Markdown report does.

// What stripControl removes; most strings hold none of it, and testing once is cheaper than its five passes.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Untrusted text made plain: control, bidi and zero-width characters removed (escaping comes later, or textContent). */
function plain(s: string): string {
  return CONTROL.test(s) ? stripControl(s) : s;
}

/** The redaction for what the documents do not carry redacted: the issue titles looked up from GitHub. */
function titleCleaner(opts: HtmlOptions): Clean {
  const r = opts.redact;
  // Patterns are compiled once per page, not once per title.
  const red: Clean = !r ? (s) => s : typeof r === 'function' ? r : createRedactor({ secrets: r.secrets, matchers: compileRedactPatterns(r.patterns) });
  return (s) => plain(red(s));
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let keep = max - 1;
  if (keep > 0 && /[\uD800-\uDBFF]/.test(s[keep - 1])) keep--;
  return `${s.slice(0, keep)}…`;
}

function pretty(v: unknown, max: number, clean: Clean): string {
  if (v === undefined) return '';
  const text = typeof v === 'string' ? v : (JSON.stringify(v, null, 2) ?? String(v));
  return cut(clean(text), max);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function tokensText(input: number | undefined, output: number | undefined): string | undefined {
  if (input === undefined && output === undefined) return undefined;
  return `${formatInt(input ?? 0)} in / ${formatInt(output ?? 0)} out tokens`;
}

/** Guards label, the guarded issue's title when known, and its link. */
function guardsOf(guards: number | string | null, opts: HtmlOptions, clean: Clean, titles: Clean): Pick<RowData, 'g' | 'gt' | 'gu'> {
  if (guards === null || guards === '') return {};
  const key = guardsKey(guards);
  const title = opts.issueTitles?.get(key) ?? opts.issueTitles?.get(guardsLabel(guards));
  const out: Pick<RowData, 'g' | 'gt' | 'gu'> = { g: `guards ${clean(guardsLabel(guards))}` };
  if (title) out.gt = cut(titles(title), 300);
  const url = safeHref(opts.issueUrl?.(key) ?? null);
  if (url) out.gu = url;
  return out;
}

// ---------------------------------------------------------------- evidence

/** Steps to show of a long timeline: the first ones, the marked and erroring ones with a neighbour, the last. */
function pickSteps(steps: EvidenceStep[], marked: Set<number>): Array<number | 'gap'> {
  if (steps.length <= MAX_STEPS) return steps.map((_, i) => i + 1);
  const keep = new Set<number>();
  for (let n = 1; n <= 40; n++) keep.add(n);
  for (let n = steps.length - 9; n <= steps.length; n++) keep.add(n);
  const wanted = [...marked, ...steps.flatMap((s, i) => (s.status === 'error' ? [i + 1] : []))];
  for (const n of wanted) {
    if (keep.size >= MAX_STEPS) break;
    for (const d of [-1, 0, 1]) if (n + d >= 1 && n + d <= steps.length) keep.add(n + d);
  }
  const sorted = [...keep].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n > sorted[i - 1] + 1) out.push('gap');
    out.push(n);
  });
  return out;
}

function timeline(steps: EvidenceStep[], marks: Map<number, string[]>, clean: Clean): Array<StepData | GapData> {
  const total = steps.reduce((s, x) => s + (x.latency_ms ?? 0), 0);
  const starts: number[] = [];
  let at = 0;
  for (const s of steps) {
    starts.push(at);
    at += s.latency_ms ?? 0;
  }
  const picked = pickSteps(steps, new Set(marks.keys()));
  const out: Array<StepData | GapData> = [];
  picked.forEach((n, i) => {
    if (n === 'gap') {
      const before = picked[i - 1] as number;
      const after = picked[i + 1] as number;
      out.push({ gap: after - before - 1 });
      return;
    }
    const s = steps[n - 1];
    const d: StepData = { n, ty: cut(clean(s.type), 40), nm: cut(clean(s.name), 300) };
    if (s.model) d.md = cut(clean(s.model), 120);
    const args = pretty(s.args, VALUE_CHARS, clean);
    if (args && args !== '{}') d.a = args;
    const result = pretty(s.result, VALUE_CHARS, clean);
    if (result) d.r = result;
    if (s.status !== undefined && s.status !== 'ok') d.st = cut(clean(s.status), 40);
    if (s.error) d.er = cut(clean(s.error), 500);
    if (s.latency_ms !== undefined) d.l = formatMs(s.latency_ms);
    const k = tokensText(s.input_tokens, s.output_tokens);
    if (k) d.k = k;
    if (s.cost_usd !== undefined) d.u = formatUsd(s.cost_usd);
    if (total > 0 && s.latency_ms !== undefined) {
      d.x = Math.round((starts[n - 1] / total) * 10_000) / 10_000;
      d.w = Math.round((s.latency_ms / total) * 10_000) / 10_000;
    }
    const mk = marks.get(n);
    if (mk) d.mk = mk;
    out.push(d);
  });
  return out;
}

/** Steps, output and raw parts of a parsed evidence string, with the steps the messages point at marked. */
function fromParsed(ev: ParsedEvidence, marks: Map<number, string[]>, clean: Clean, into: EvidenceData): void {
  if (ev.steps) {
    into.steps = timeline(ev.steps, marks, clean);
    if (ev.truncated) into.cut = 1;
  } else if (ev.trace) {
    // Not a trace evalgate could read step by step: shown as kept.
    into.raw = cut(clean(ev.trace), OUTPUT_CHARS);
  }
  if (ev.output !== undefined) into.out = pretty(ev.output, OUTPUT_CHARS, clean);
  if (ev.stderr) into.stderr = clean(ev.stderr);
  if (ev.conversion) into.warn = clean(ev.conversion).split('\n').filter(Boolean).slice(0, 20);
}

/** Step number -> labels of the failing checks whose messages point at it. */
function marksOf(messages: Array<{ type: string; message: string }>, clean: Clean): Map<number, string[]> {
  const marks = new Map<number, string[]>();
  for (const f of messages) {
    for (const n of pointedSteps(f.message)) {
      const list = marks.get(n) ?? [];
      if (list.length < 5) list.push(cut(`${f.type}: ${clean(f.message)}`, 300));
      marks.set(n, list);
    }
  }
  return marks;
}

function evidenceSize(t: TrialRecord): number {
  return (t.trace_excerpt?.length ?? 0) + (t.stderr_tail?.length ?? 0) + t.failures.reduce((n, f) => n + Math.min(f.message.length, MESSAGE_CHARS), 0) + (t.error?.length ?? 0);
}

function trialEvidence(t: TrialRecord, clean: Clean): EvidenceData {
  const e: EvidenceData = {};
  if (t.failures.length > 0) {
    e.fails = t.failures.slice(0, FAILURES_SHOWN).map((f) => ({ ty: f.type, lv: f.level, c: f.class, m: cut(clean(f.message), MESSAGE_CHARS) }));
    if (t.failures.length > FAILURES_SHOWN) e.failsMore = `… and ${formatInt(t.failures.length - FAILURES_SHOWN)} more failing check(s) in results.json`;
  }
  if (t.error) e.err = cut(clean(t.error), MESSAGE_CHARS);
  const marks = marksOf(t.failures, clean);
  if (t.trace_excerpt) fromParsed(parseEvidence(t.trace_excerpt), marks, clean, e);
  if (t.stderr_tail) e.stderr = clean(t.stderr_tail);
  if (t.warnings && t.warnings.length > 0) e.warn = t.warnings.slice(0, 20).map((w) => cut(clean(w), 1000));
  return e;
}

/** Shared evidence budget of one page. */
interface Budget {
  left: number;
}

function trialFirstMessage(t: TrialRecord, clean: Clean): string | undefined {
  // One line per trial in the table: the full messages are in the trial's evidence below it.
  if (t.outcome === 'error') return t.error ? cut(clean(t.error), 160) : 'errored';
  if (t.outcome === 'fail') {
    const f = t.failures[0];
    if (f) return cut(`${f.type}: ${clean(f.message)}`, 160);
    return t.class === 'timeout' ? 'timed out' : 'failed';
  }
  return undefined;
}

/** The listed trials of a case: every trial of a short case; of a long one its failing and erroring trials (passes summarized), with evidence for the first few within the budget. */
function trialsOf(c: CaseResult, clean: Clean, budget: Budget): Pick<RowData, 'tr' | 'trMore' | 'evMore'> {
  const notPass = c.trials.filter((t) => t.outcome !== 'pass');
  // A case of few trials lists them all; a long one (stochastic, 30 to 200 trials) lists what failed
  // and counts its passes: a 10,000-case coverage gate would otherwise carry 300,000 rows of passes.
  const listPasses = c.trials.length <= HTML_PASSES_LISTED;
  const listed = (listPasses ? c.trials : notPass).slice(0, HTML_LISTED_TRIALS);
  const more: string[] = [];
  if (!listPasses) {
    const passes = c.trials.filter((t) => t.outcome === 'pass');
    if (passes.length > 0) {
      const cost = passes.reduce((n, t) => n + t.cost_usd, 0);
      more.push(`${plural(passes.length, 'passing trial')} not listed (median latency ${formatMs(median(passes.map((t) => t.latency_ms)))}, ${formatUsd(cost)} in all)`);
    }
  }
  const unlisted = (listPasses ? c.trials : notPass).length - listed.length;
  if (unlisted > 0) more.push(`${plural(unlisted, listPasses ? 'more trial' : 'more failing or erroring trial')} not listed`);
  let withEvidence = 0;
  let skippedCap = 0;
  let skippedBudget = 0;
  let previous: string | undefined;
  const tr = listed.map((t) => {
    const d: TrialData = { n: t.trial, o: t.outcome, l: formatMs(t.latency_ms), k: `${formatInt(t.tokens)} tokens`, u: formatUsd(t.cost_usd), r: t.retries };
    if (t.class) d.c = t.class;
    const m = trialFirstMessage(t, clean);
    // Trials that fail the same way say so once (20 identical lines are noise, and page weight).
    if (m && m === previous) d.s = 1;
    else if (m) d.m = m;
    previous = m;
    if (t.outcome !== 'pass') {
      if (withEvidence >= HTML_EVIDENCE_TRIALS) skippedCap++;
      else {
        const size = evidenceSize(t);
        if (size > budget.left) skippedBudget++;
        else {
          budget.left -= size;
          withEvidence++;
          d.e = trialEvidence(t, clean);
        }
      }
    }
    return d;
  });
  skippedCap += notPass.length - listed.filter((t) => t.outcome !== 'pass').length;
  const out: Pick<RowData, 'tr' | 'trMore' | 'evMore'> = { tr };
  if (more.length > 0) out.trMore = `${more.join('; ')}; results.json has every trial.`;
  const notes: string[] = [];
  if (skippedCap > 0) notes.push(`${plural(skippedCap, 'more failing or erroring trial')} without evidence here (the report keeps it for ${HTML_EVIDENCE_TRIALS} per case)`);
  if (skippedBudget > 0) notes.push(`${plural(skippedBudget, 'failing or erroring trial')} without evidence here (the report's evidence budget went to the cases listed before this one)`);
  if (notes.length > 0) out.evMore = `${notes.join('; ')}; results.json has it.`;
  return out;
}

function caseMetrics(c: CaseResult | undefined): Pick<RowData, 'cost' | 'lat'> {
  if (!c || c.trials.length === 0) return {};
  const cost = c.trials.reduce((s, t) => s + t.cost_usd, 0);
  return { cost: formatUsd(cost), lat: formatMs(median(c.trials.map((t) => t.latency_ms))) };
}

// ---------------------------------------------------------------- rows

const STATUS_ORDER: string[] = ['regressed', 'errored', 'removed', 'new', 'inconclusive', 'still_erroring', 'fixed', 'flaky', 'modified', 'unchanged'];
const SEVERITY_ORDER = ['sev0', 'sev1', 'sev2', 'sev3'];

function rankOf(order: string[], v: string | null | undefined): number {
  const i = v ? order.indexOf(v) : -1;
  return i < 0 ? order.length : i;
}

function shortDecision(c: CaseComparison): string | undefined {
  switch (c.decided_by) {
    case 'deterministic':
      return 'deterministic';
    case 'curtailed':
      return `curtailed test, p ${formatP(c.p_value)}`;
    case 'futility':
      return 'futility';
    case 'exact_test':
      return `exact test, p ${formatP(c.p_value)}`;
    default:
      if (c.status === 'inconclusive') return 'inconclusive';
      return c.p_value === null ? undefined : `p ${formatP(c.p_value)}`;
  }
}

function comparisonRow(c: CaseComparison, head: CaseResult | undefined, opts: HtmlOptions, titles: Clean, budget: Budget): RowData {
  const clean = plain;
  const r: RowData = { id: clean(c.id), st: clean(String(c.status)), ...guardsOf(c.guards, opts, clean, titles) };
  if (c.blocking) r.blk = 1;
  if (c.title) r.t = cut(clean(c.title), 300);
  if (c.workflow) r.wf = clean(c.workflow);
  if (c.severity) r.sev = clean(c.severity);
  if (c.class) r.cls = c.class;
  // Each side's 95% interval beside its counts: 3/3 and 300/300 are not the same evidence.
  const side = (x: { passes: number; runs: number; errors: number }) => `${formatRatio(x)}${x.runs > 0 ? ` (${formatRateInterval(x)})` : ''}${x.errors ? ` (+${formatInt(x.errors)} err)` : ''}`;
  if (c.base) r.b = side(c.base);
  if (c.head) r.h = side(c.head);
  // A deterministic decision has no detectable-drop figure worth a column (it blocks on one failure).
  if (c.mde !== undefined && c.kind !== 'deterministic') {
    r.mde = c.mde === null ? 'none' : formatPct(c.mde, 0);
    r.mdeFull = formatMde(c.mde);
  }
  const dec = shortDecision(c);
  if (dec) r.dec = dec;
  const full = c.status === 'inconclusive' ? `inconclusive: ${formatInconclusive(c)}` : formatDecision(c);
  if (full) r.decFull = full;
  Object.assign(r, caseMetrics(head));
  if (c.file) {
    r.f = clean(`${c.file}${c.line ? `:${c.line}` : ''}`);
    const url = sourceFileUrl(c.file, c.line, opts.source);
    if (url) r.fu = url;
  }
  if (c.message) r.msg = cut(clean(c.message), MESSAGE_CHARS);
  if (c.modified) r.mod = 1;
  if (c.definitions && !c.holdout) r.defs = { b: clean(c.definitions.base), h: clean(c.definitions.head) };
  if (head && head.trials.length > 0) Object.assign(r, trialsOf(head, clean, budget));
  else if (c.evidence && c.evidence.length <= budget.left) {
    // No head results at hand (a comparison.json rendered alone): the row's own evidence, of its first failing trial.
    budget.left -= c.evidence.length;
    const ev: EvidenceData = {};
    fromParsed(parseEvidence(c.evidence), marksOf(c.message ? [{ type: 'failing check', message: c.message }] : [], clean), clean, ev);
    r.ev = ev;
  }
  return r;
}

function resultsRow(c: CaseResult, opts: HtmlOptions, titles: Clean, budget: Budget): RowData {
  const clean = plain;
  const outcome = caseOutcome(c);
  const r: RowData = { id: clean(c.id), st: outcome, ...guardsOf(c.guards, opts, clean, titles) };
  if (c.title) r.t = cut(clean(c.title), 300);
  if (c.workflow) r.wf = clean(c.workflow);
  if (c.severity) r.sev = clean(c.severity);
  const cls = c.trials.find((t) => t.outcome === 'fail' && t.class)?.class;
  if (cls) r.cls = cls;
  r.h = `${formatInt(c.passes)}/${formatInt(c.runs)}${c.errors ? ` (+${formatInt(c.errors)} err)` : ''}`;
  Object.assign(r, caseMetrics(c));
  if (c.file) {
    r.f = clean(`${c.file}${c.line ? `:${c.line}` : ''}`);
    const url = sourceFileUrl(c.file, c.line, opts.source);
    if (url) r.fu = url;
  }
  const msg = firstFailureMessage(c);
  if (msg) r.msg = cut(clean(msg), MESSAGE_CHARS);
  Object.assign(r, trialsOf(c, clean, budget));
  return r;
}

// ---------------------------------------------------------------- static sections

function table(header: string[], rows: string[][], numeric: boolean[] = []): string {
  const th = header.map((h, i) => `<th${numeric[i] ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function totalsTable(base: Totals | null, head: Totals, cmp: Comparison | null): string {
  const b = (f: (t: Totals) => string) => (base ? f(base) : '—');
  const k = head.runs > 0 ? head.k : base && base.runs > 0 ? base.k : 'k';
  const r = (t: Totals, v: number) => (t.runs === 0 ? '—' : formatPct(v));
  const both = base !== null && base.runs > 0 && head.runs > 0;
  const rows: string[][] = [];
  if (cmp) {
    const sd = cmp.suite_delta;
    rows.push([`pass rate (${formatInt(sd.paired_cases)} paired cases)`, formatPct(sd.base_pass_rate), formatPct(sd.head_pass_rate), `${formatPp(sd.mean_diff)} ± ${formatPp(sd.se).replace(/^\+/, '')}`]);
    rows.push(['95% CI of the mean paired difference', '', '', `[${formatPp(sd.ci95[0])}, ${formatPp(sd.ci95[1])}]`]);
  }
  rows.push(['pass rate (all runs)', b((t) => r(t, t.pass_rate)), r(head, head.pass_rate), both ? formatPp(head.pass_rate - base.pass_rate) : '']);
  rows.push([`pass@${k}`, b((t) => r(t, t.pass_at_k)), r(head, head.pass_at_k), both ? formatPp(head.pass_at_k - base.pass_at_k) : '']);
  rows.push([`pass^${k}`, b((t) => r(t, t.pass_pow_k)), r(head, head.pass_pow_k), both ? formatPp(head.pass_pow_k - base.pass_pow_k) : '']);
  rows.push(['runs (errors)', b((t) => `${formatInt(t.runs)} (${formatInt(t.errors)})`), `${formatInt(head.runs)} (${formatInt(head.errors)})`, '']);
  rows.push(['cost per success', b((t) => formatUsd(t.cost_per_success_usd)), formatUsd(head.cost_per_success_usd), cmp ? formatChangePct(cmp.budgets.cost_per_success_pct) : '']);
  rows.push(['total cost', b((t) => formatUsd(t.cost_usd)), formatUsd(head.cost_usd), '']);
  rows.push(['latency p50', b((t) => formatMs(t.latency_p50_ms)), formatMs(head.latency_p50_ms), '']);
  rows.push(['latency p95', b((t) => formatMs(t.latency_p95_ms)), formatMs(head.latency_p95_ms), cmp ? formatChangePct(cmp.budgets.p95_latency_pct) : '']);
  rows.push(['tokens', b((t) => formatInt(t.tokens)), formatInt(head.tokens), '']);
  const esc = rows.map((row) => row.map(escapeHtml));
  if (!cmp && !base) return table(['metric', 'value'], esc.map((x) => [x[0], x[2]]), [false, true]);
  return table(['metric', 'base', 'head', 'Δ'], esc, [false, true, true, true]);
}

function failuresTable(base: Totals | null, head: Totals): string {
  const rows: string[][] = [];
  for (const c of FAILURE_CLASSES) rows.push([`class <code>${c}</code>`, base ? formatInt(base.failures_by_class[c] ?? 0) : '—', formatInt(head.failures_by_class[c] ?? 0)]);
  for (const l of CHECK_LEVELS) rows.push([`level <code>${l}</code>`, base ? formatInt(base.failures_by_level[l] ?? 0) : '—', formatInt(head.failures_by_level[l] ?? 0)]);
  if (!base) return table(['failures', 'count'], rows.map((r) => [r[0], r[2]]), [false, true]);
  return table(['failures', 'base', 'head'], rows, [false, true, true]);
}

function summaryLine(cmp: Comparison, visible: CaseComparison[], hiddenHoldout: number): string {
  const counts = new Map<string, number>();
  for (const c of visible) counts.set(String(c.status), (counts.get(String(c.status)) ?? 0) + 1);
  const known = ['regressed', 'errored', 'removed', 'new', 'inconclusive', 'still_erroring', 'fixed', 'flaky', 'unchanged'];
  const parts = known.map((s) => `${formatInt(counts.get(s) ?? 0)} ${s}`);
  for (const [s, n] of counts) if (!known.includes(s)) parts.push(`${formatInt(n)} ${s.replace(/_/g, ' ')}`);
  const base = cmp.base
    ? `baseline <code>${escapeHtml(shortSha(cmp.base.commit))}</code> (${escapeHtml(scrubLocalPaths(cmp.base.source))}${cmp.base.ref ? `, <code>${escapeHtml(cmp.base.ref)}</code>` : ''})`
    : 'no baseline (every case is new)';
  const holdout = hiddenHoldout > 0 ? ` (+${formatInt(hiddenHoldout)} holdout)` : '';
  const sd = cmp.suite_delta;
  const rate =
    sd.paired_cases > 0
      ? `pass rate ${formatPct(sd.base_pass_rate)} → ${formatPct(sd.head_pass_rate)} (${formatPp(sd.mean_diff)} ± ${formatPp(sd.se).replace(/^\+/, '')}).`
      : `pass rate ${formatPct(cmp.head_totals.pass_rate)} (nothing paired with the baseline).`;
  return `Head <code>${escapeHtml(shortSha(cmp.head.commit))}</code>${cmp.head.ref ? ` on <code>${escapeHtml(cmp.head.ref)}</code>` : ''} vs ${base} · ${plural(visible.length, 'case')}${holdout}: ${escapeHtml(parts.join(', '))} · ${escapeHtml(rate)}`;
}

const REASON_VERB: Record<string, string> = {
  regressed: 'regressed',
  errored: 'errored',
  removed: 'removed',
  still_erroring: 'still erroring (broken on the base branch too)',
  inconclusive: 'inconclusive',
  new_failing: 'new and failing',
};

function reasonsList(cmp: Comparison, clean: Clean): string {
  if (cmp.reasons.length === 0) return '<p>No reasons to block or warn.</p>';
  const ordered = [...cmp.reasons.filter((r) => r.blocking), ...cmp.reasons.filter((r) => !r.blocking)];
  const mark = (r: VerdictReason) => (r.blocking ? '<span class="badge blocking">blocks</span>' : '<span class="badge st-inconclusive">warns</span>');
  // Per-case reasons are counted by kind (each case is a row of the table, with its evidence); suite-level ones in full.
  const { general, groups } = groupReasons(ordered);
  const items = general.map((r) => `<li>${mark(r)} ${escapeHtml(cut(clean(r.message), 1000))}</li>`);
  for (const { r, ids } of groups) {
    const verb = REASON_VERB[r.kind] ?? String(r.kind).replace(/_/g, ' ');
    const who = ids.length <= 5 ? ids.map((id) => `<code>${escapeHtml(clean(id))}</code>`).join(', ') : escapeHtml(plural(ids.length, 'case'));
    items.push(`<li>${mark(r)} ${who} ${escapeHtml(verb)} (see the cases below)</li>`);
  }
  return `<ul class="reasons">\n${items.join('\n')}\n</ul>`;
}

function harnessChanges(cmp: Comparison, clean: Clean): string {
  const changes = Array.isArray(cmp.harness_changes) ? cmp.harness_changes : [];
  if (changes.length === 0) return '';
  const value = (v: string | null, hidden: boolean | undefined) =>
    v === null ? '<em>(not set)</em>' : hidden ? '<em>(hidden: secret-looking name)</em>' : v === '' ? '<em>(empty)</em>' : `<code>${escapeHtml(cut(clean(v), 300))}</code>`;
  const rows = changes.map((c) => [`<code>${escapeHtml(c.field)}</code>`, value(c.base, c.hidden), value(c.head, c.hidden)]);
  return (
    `<section class="warnbox" id="harness-changes"><h2>⚠️ Harness changed in this pull request (${formatInt(changes.length)})</h2>\n` +
    `<p>These results come from the harness as this pull request configures it, not as the base branch does. evalgate does not block on this (the harness is the pull request's to change); check that it still runs the real agent.</p>\n` +
    `${table(['setting', 'base', 'this pull request'], rows)}</section>`
  );
}

function budgetsSection(cmp: Comparison, clean: Clean): string {
  const b = cmp.base_totals;
  const h = cmp.head_totals;
  const effect = (kind: VerdictReason['kind']) => {
    const r = cmp.reasons.find((x) => x.kind === kind);
    if (!r) return 'within budget';
    return `${r.blocking ? 'blocks' : 'warns'}: ${escapeHtml(cut(clean(r.message), 500))}`;
  };
  const rows = [
    ['cost per successful run', escapeHtml(b ? formatUsd(b.cost_per_success_usd) : '—'), escapeHtml(formatUsd(h.cost_per_success_usd)), escapeHtml(formatChangePct(cmp.budgets.cost_per_success_pct)), effect('budget_cost')],
    ['p95 latency', escapeHtml(b ? formatMs(b.latency_p95_ms) : '—'), escapeHtml(formatMs(h.latency_p95_ms)), escapeHtml(formatChangePct(cmp.budgets.p95_latency_pct)), effect('budget_latency')],
  ];
  return `<section id="budgets"><h2>Budgets</h2>\n${table(['budget', 'base', 'head', 'change', 'effect'], rows, [false, true, true, true, false])}</section>`;
}

function spendSection(cmp: Comparison): string {
  if (!cmp.spend) return '';
  const rows = [['this gate', escapeHtml(formatSpendSide(cmp.spend.head))]];
  if (cmp.spend.base) rows.push(['its baseline', escapeHtml(formatSpendSide(cmp.spend.base))]);
  return `<section id="spend"><h2>Spend</h2>\n<p class="note">What the decision cost: harness runs (retried attempts included), summed agent time, tokens and cost.</p>\n${table(['', 'harness runs, agent time, tokens, cost'], rows)}</section>`;
}

function procedure(f: NonNullable<Comparison['family']>): string {
  const a = (x: number) => (x >= 0.001 ? String(Number(x.toPrecision(3))) : x.toExponential(1));
  return (
    `<p class="note">How this was decided: each stochastic case runs until a one-sided exact test (Fisher) of head vs baseline at alpha ${a(f.case_alpha)} is settled ` +
    `(alpha ${a(f.alpha)} shared by ${formatInt(f.tests)} decision(s), Bonferroni), sized to catch a pass-rate drop of ${formatPct(f.min_drop, 0)} with power ${formatPct(f.power, 0)}; ` +
    `deterministic cases (<code>trials: 1</code>, perfect baseline) block on one failure.</p>`
  );
}

function holdoutComparison(h: NonNullable<Comparison['holdout']>): string {
  const row = [
    'pass rate',
    escapeHtml(`${formatPct(h.base_pass_rate)} (${formatInt(h.base_runs)} runs)`),
    escapeHtml(`${formatPct(h.head_pass_rate)} (${formatInt(h.head_runs)} runs)`),
    escapeHtml(formatPp(h.head_pass_rate - h.base_pass_rate)),
    escapeHtml(formatP(h.p_value)),
    h.blocking ? '<span class="badge blocking">blocks</span>' : 'ok',
  ];
  return (
    `<section id="holdout"><h2>Holdout</h2>\n${table(['', 'base', 'head', 'Δ', 'p', 'effect'], [row], [false, true, true, true, true, false])}\n` +
    `<p class="note">Holdout cases are hidden from PR authors and reported only in aggregate; errored trials count as failures${h.head_errors ? ` (${formatInt(h.head_errors)} on head)` : ''}.</p></section>`
  );
}

function noticesSection(notices: string[], clean: Clean): string {
  if (notices.length === 0) return '';
  return `<section id="notices"><h2>Notices</h2>\n<ul>${notices.map((n) => `<li>${escapeHtml(cut(clean(n), 1000))}</li>`).join('\n')}</ul></section>`;
}

/** The cases past HTML_MAX_ROWS, counted by status: "20,000 unchanged". */
function omittedNote(statuses: string[]): string {
  if (statuses.length === 0) return '';
  const counts = new Map<string, number>();
  for (const st of statuses) counts.set(st, (counts.get(st) ?? 0) + 1);
  const parts = [...counts].map(([st, n]) => `${formatInt(n)} ${st.replace(/_/g, ' ')}`);
  return `<p class="note" id="cases-omitted">The table lists the first ${formatInt(HTML_MAX_ROWS)} cases in its order; ${plural(statuses.length, 'more case')} (${escapeHtml(parts.join(', '))}) are only in the JSON files next to this page.</p>\n`;
}

function casesSection(data: HtmlData, noun: string, omitted: string[]): string {
  return (
    `<section id="cases"><h2>${escapeHtml(noun)} (${formatInt(data.rows.length + omitted.length)})</h2>\n` +
    omittedNote(omitted) +
    `<div id="cases-app"></div>\n` +
    `<noscript><p class="warnbox">The case table needs JavaScript (it runs only this page's own inline script, and makes no request). The verdict and aggregates above need none; the raw data is in results.json and comparison.json next to this file.</p></noscript>\n` +
    `</section>`
  );
}

/** The verdict heading: the PR comment's words, its emoji (which many systems lack a font for) as a badge. */
function heading(title: string, bad: boolean, word: string): string {
  const text = title.replace(/^(?:❌|✅)\s*/, '').replace(/⚠️/g, '⚠');
  return `<h1><span class="badge ${bad ? 'blocking' : 'st-pass'}">${escapeHtml(word)}</span> ${escapeHtml(text)}</h1>`;
}

function page(title: string, verdictClass: 'pass' | 'block', header: string, body: string[], data: HtmlData, opts: HtmlOptions): string {
  const run = safeHref(opts.runUrl);
  const footer =
    `<footer>Written by evalgate. This file is self-contained: it loads nothing and sends nothing. Holdout cases appear only in aggregate; ` +
    `failing trials keep the trace excerpt, stderr tail and messages the results record (${formatInt(HTML_EVIDENCE_TRIALS)} trials per case at most).` +
    `${run ? ` ${link('Workflow run', run)}.` : ''}</footer>`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportCsp()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header class="verdict ${verdictClass}" id="verdict">${header}</header>`,
    ...body.filter(Boolean),
    footer,
    '</main>',
    `<script type="application/json" id="evalgate-data">${jsonForScript(data)}</script>`,
    `<script>${REPORT_JS}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------- entry points

/**
 * The HTML report of a gate: verdict first (as in the PR comment), the harness-change warning and
 * the reasons, then every non-holdout case as a filterable, searchable, paginated row whose detail
 * shows its head trials and, for failing ones, the steps as a timeline with the pointed step marked;
 * then suite, budgets, spend, holdout aggregate and baseline. `headResults` (the gate's head run)
 * gives the per-trial detail; without it each row shows the comparison's own evidence. Both come in
 * redacted (redactComparison/redactResults, as renderGateFiles and `report` do); `opts.redact`
 * redacts the issue titles, which come from GitHub.
 */
export function renderComparisonHtml(cmp: Comparison, headResults: Results | undefined, opts: HtmlOptions = {}): string {
  const clean = plain;
  const visible = cmp.cases.filter((c) => !c.holdout);
  const hiddenHoldout = cmp.cases.length - visible.length;
  const heads = new Map<string, CaseResult>();
  for (const c of headResults?.cases ?? []) if (!c.holdout) heads.set(c.id, c);
  const sorted = visible
    .map((c, i) => ({ c, i }))
    .sort((a, b) => Number(b.c.blocking) - Number(a.c.blocking) || rankOf(STATUS_ORDER, a.c.status) - rankOf(STATUS_ORDER, b.c.status) || rankOf(SEVERITY_ORDER, a.c.severity) - rankOf(SEVERITY_ORDER, b.c.severity) || a.i - b.i)
    .map((x) => x.c);
  const budget: Budget = { left: HTML_EVIDENCE_BUDGET };
  const titles = titleCleaner(opts);
  const rows = sorted.slice(0, HTML_MAX_ROWS).map((c) => comparisonRow(c, heads.get(c.id), opts, titles, budget));
  const omitted = sorted.slice(HTML_MAX_ROWS).map((c) => plain(String(c.status)));
  if (rows.length > 0 && (sorted[0].blocking || sorted[0].status !== 'unchanged')) rows[0].open = 1;
  const present = new Set(rows.map((r) => r.st));
  const statuses = [...STATUS_ORDER.filter((s) => present.has(s)), ...[...present].filter((s) => !STATUS_ORDER.includes(s))];
  const data: HtmlData = { kind: 'comparison', page: HTML_PAGE_ROWS, statuses, classes: [...FAILURE_CLASSES], rows };

  const title = verdictHeadline(cmp);
  const resolution = detectableDropLine(visible);
  const header = `${heading(title, cmp.verdict === 'block', cmp.verdict === 'block' ? 'blocked' : 'pass')}\n<p>${summaryLine(cmp, visible, hiddenHoldout)}</p>${resolution ? `\n<p class="note">${escapeHtml(resolution)}</p>` : ''}`;
  const baseline = cmp.base
    ? `Baseline <code>${escapeHtml(shortSha(cmp.base.commit))}</code>${cmp.base.ref ? ` on <code>${escapeHtml(cmp.base.ref)}</code>` : ''}, source: <strong>${escapeHtml(scrubLocalPaths(clean(cmp.base.source)))}</strong>. Head <code>${escapeHtml(shortSha(cmp.head.commit))}</code>${cmp.head.ref ? ` on <code>${escapeHtml(cmp.head.ref)}</code>` : ''}.`
    : `No baseline was available; head <code>${escapeHtml(shortSha(cmp.head.commit))}</code> was judged on its own.`;
  const body = [
    harnessChanges(cmp, clean),
    `<section id="reasons"><h2>Verdict: ${cmp.verdict === 'block' ? 'block' : 'pass'}</h2>\n${reasonsList(cmp, clean)}</section>`,
    casesSection(data, 'Cases', omitted),
    `<section id="suite"><h2>Suite</h2>\n${totalsTable(cmp.base_totals, cmp.head_totals, cmp)}\n${failuresTable(cmp.base_totals, cmp.head_totals)}${cmp.family ? `\n${procedure(cmp.family)}` : ''}</section>`,
    budgetsSection(cmp, clean),
    spendSection(cmp),
    cmp.holdout ? holdoutComparison(cmp.holdout) : '',
    `<section id="baseline"><h2>Baseline</h2>\n<p>${baseline}</p></section>`,
    noticesSection(cmp.notices, clean),
  ];
  return page(title, cmp.verdict === 'block' ? 'block' : 'pass', header, body, data, opts);
}

/** The HTML report of a plain run (run, baseline): totals, then every non-holdout case as a row with its trials and evidence; `results` come in redacted, as every run's are. */
export function renderResultsHtml(results: Results, opts: HtmlOptions = {}): string {
  const clean = plain;
  const visible = results.cases.filter((c) => !c.holdout);
  const rank = { fail: 0, error: 1, pass: 2 } as const;
  const sorted = visible
    .map((c, i) => ({ c, i, o: caseOutcome(c) }))
    .sort((a, b) => rank[a.o] - rank[b.o] || rankOf(SEVERITY_ORDER, a.c.severity) - rankOf(SEVERITY_ORDER, b.c.severity) || a.i - b.i)
    .map((x) => x.c);
  const budget: Budget = { left: HTML_EVIDENCE_BUDGET };
  const titles = titleCleaner(opts);
  const rows = sorted.slice(0, HTML_MAX_ROWS).map((c) => resultsRow(c, opts, titles, budget));
  const omitted = sorted.slice(HTML_MAX_ROWS).map((c) => caseOutcome(c));
  if (rows.length > 0 && rows[0].st !== 'pass') rows[0].open = 1;
  const present = new Set(rows.map((r) => r.st));
  const data: HtmlData = { kind: 'results', page: HTML_PAGE_ROWS, statuses: ['fail', 'error', 'pass'].filter((s) => present.has(s)), classes: [...FAILURE_CLASSES], rows };

  const t = results.totals;
  const title = resultsHeadline(results);
  const line =
    `Commit <code>${escapeHtml(shortSha(results.commit))}</code>${results.ref ? ` on <code>${escapeHtml(results.ref)}</code>` : ''} · ${plural(t.cases, 'case')}, ${plural(t.runs, 'run')} · ` +
    (t.runs === 0 ? 'pass rate <strong>—</strong> (no trial could be evaluated)' : `pass rate <strong>${formatPct(t.pass_rate)}</strong> · pass@${t.k} ${formatPct(t.pass_at_k)} · pass^${t.k} ${formatPct(t.pass_pow_k)}`);
  const failing = rows.filter((r) => r.st !== 'pass').length;
  const holdout = results.holdout_totals
    ? `<section id="holdout"><h2>Holdout</h2>\n<p>Holdout pass rate <strong>${formatPct(results.holdout_totals.pass_rate)}</strong> over ${plural(results.holdout_totals.runs, 'run')} (${plural(results.holdout_totals.cases, 'case')}, reported only in aggregate).</p></section>`
    : '';
  const body = [
    casesSection(data, 'Cases', omitted),
    `<section id="suite"><h2>Totals</h2>\n${totalsTable(null, t, null)}\n${failuresTable(null, t)}</section>`,
    holdout,
    noticesSection(results.notices, clean),
  ];
  return page(title, failing > 0 ? 'block' : 'pass', `${heading(title, failing > 0, failing > 0 ? 'failing' : 'pass')}\n<p>${line}</p>`, body, data, opts);
}
