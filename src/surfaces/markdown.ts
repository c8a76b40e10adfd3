// Markdown reports: the PR comment / job summary for a comparison, the summary for a plain run,
// and the nightly trend chart. Pure: data in, string out. Size limits are met by dropping detail
// in whole blocks (never half a table or fence), see fitBlocks.

import {
  CHECK_LEVELS,
  FAILURE_CLASSES,
  type CaseComparison,
  type CaseResult,
  type CaseStatus,
  type Comparison,
  type Results,
  type Totals,
  type VerdictReason,
} from '../types.js';
import {
  formatChangePct,
  formatDecision,
  formatMde,
  formatInconclusive,
  formatSpend,
  groupReasons,
  detectableDropLine,
  allErrored,
  formatInt,
  formatLatency,
  formatP,
  formatPct,
  formatPp,
  formatRatio,
  formatUsd,
  guardsKey,
  guardsLabel,
  isErrorRow,
  scrubLocalPaths,
  rateOf,
  shortSha,
  sourceFileUrl,
} from './format.js';
import { LIMITS } from './limits.js';
import { mdCode, mdLink, mdTable, mdText } from './md.js';
import { cutHead, redact, type RedactOptions, type Redactor } from './redact.js';
import { renderErrorEvidence, renderEvidence, renderStderrTail } from './evidence.js';

/** Options for the Markdown renderers. */
export interface MarkdownOptions {
  /** Issue titles keyed by the guards reference as a string ("123" or "owner/repo#123"). */
  issueTitles?: Map<string, string>;
  /** Link for a guards reference string, or null for none. */
  issueUrl?: (ref: string) => string | null;
  /** Link to the workflow run, shown at the end. */
  runUrl?: string;
  /** Hidden marker placed first so the comment can be updated in place, e.g. `<!-- evalgate:benchmark -->`. */
  marker?: string;
  /** Maximum length in characters (default LIMITS.comment = 65536). */
  maxChars?: number;
  /** Maximum UTF-8 size in bytes, for limits GitHub counts in bytes (the job summary: LIMITS.summary). */
  maxBytes?: number;
  /** Redaction applied to untrusted text (messages, evidence, titles) before size-limiting. */
  redact?: RedactOptions | Redactor;
  /** Where case files link to: `{server}/{repo}/blob/{sha}/{file}#L{line}` (the head commit in the action). */
  source?: { repo: string; sha: string; server?: string };
  /** Where the workflow uploads the HTML report: the artifact (null: named by an expression) and the path inside it. */
  htmlReport?: { artifact: string | null; path: string };
}

/** How much detail a render includes; fitBlocks lowers it until the report fits. */
interface Detail {
  /** Max characters of evidence per case; 0 drops evidence blocks. */
  evidenceChars: number;
  /** Number of regressions (in order) that keep their evidence block. */
  evidenceCases: number;
  /** Max rows per per-case section / reasons list. */
  maxRows: number;
}

const EVIDENCE_FULL = 4000;
const EVIDENCE_SHORT = 1000;
const MESSAGE_CELL_CHARS = 300;
/**
 * An error message ends with what to do ("stdout is the trace: log to stderr ...", "set
 * protocol: exec"): its cell keeps it whole (evalgate builds these, quoting harness output in bounded pieces).
 */
const ERROR_CELL_CHARS = 1000;

const REASON_VERB: Record<VerdictReason['kind'], string> = {
  regressed: 'regressed',
  errored: 'errored',
  removed: 'removed',
  still_erroring: 'still erroring (broken on the base branch too)',
  inconclusive: 'inconclusive',
  new_failing: 'new and failing',
  holdout: 'holdout',
  budget_cost: 'over the cost budget',
  budget_latency: 'over the latency budget',
  missing_shard: 'shard missing',
};

const STATUS_ORDER: CaseStatus[] = ['regressed', 'errored', 'removed', 'new', 'inconclusive', 'still_erroring', 'fixed', 'flaky'];

const KNOWN_STATUSES = new Set<string>([...STATUS_ORDER, 'unchanged', 'modified']);

// ---------------------------------------------------------------- shared pieces

function clean(s: string | null | undefined, opts: MarkdownOptions): string {
  if (!s) return '';
  if (!opts.redact) return s;
  return typeof opts.redact === 'function' ? opts.redact(s) : redact(s, opts.redact);
}

function cellText(s: string | null | undefined, opts: MarkdownOptions, max = MESSAGE_CELL_CHARS): string {
  const t = clean(s, opts).replace(/\s+/g, ' ').trim();
  return mdText(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}

/** `guards #123 "title"` with link and title when known; empty when the case guards nothing. */
function guardsMd(guards: number | string | null, opts: MarkdownOptions, withWord = true): string {
  if (guards === null || guards === '') return withWord ? '' : '—';
  const key = guardsKey(guards);
  const title = opts.issueTitles?.get(key) ?? opts.issueTitles?.get(guardsLabel(guards));
  const link = mdLink(mdText(guardsLabel(guards)), opts.issueUrl?.(key) ?? null);
  const t = title ? ` "${cellText(title, opts, 120)}"` : '';
  return `${withWord ? 'guards ' : ''}${link}${t}`;
}

function sectionHeading(title: string, n: number): string {
  return `### ${title} (${formatInt(n)})`;
}

function overflowNote(hidden: number, noun: string, opts: MarkdownOptions): string {
  const where = opts.runUrl ? mdLink('the job summary/artifact', opts.runUrl) : 'the job summary/artifact';
  return `_… and ${formatInt(hidden)} more ${noun}; see ${where}._`;
}

/** Blocks for a capped table plus, when rows were dropped, the overflow note. */
function cappedTable(header: string[], rows: string[][], d: Detail, noun: string, opts: MarkdownOptions, align?: Array<'l' | 'r' | 'c'>): string[] {
  const shown = rows.slice(0, d.maxRows);
  const out: string[] = [];
  if (shown.length > 0) out.push(mdTable(header, shown, align));
  if (rows.length > shown.length) out.push(overflowNote(rows.length - shown.length, noun, opts));
  return out;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

function totalsTable(base: Totals | null, head: Totals, cmp: Comparison | null): string {
  const b = (f: (t: Totals) => string) => (base ? f(base) : '—');
  // A side with no evaluated run (every trial errored) has no rates: '—', and k from the other side.
  const k = head.runs > 0 ? head.k : base && base.runs > 0 ? base.k : 'k';
  const r = (t: Totals, v: number) => (t.runs === 0 ? '—' : formatPct(v));
  const rows: string[][] = [];
  if (cmp && cmp.suite_delta.paired_cases > 0) {
    const sd = cmp.suite_delta;
    rows.push([
      `pass rate (${formatInt(sd.paired_cases)} paired cases)`,
      formatPct(sd.base_pass_rate),
      formatPct(sd.head_pass_rate),
      `${formatPp(sd.mean_diff)} ± ${formatPp(sd.se).replace(/^\+/, '')}`,
    ]);
    rows.push(['95% CI of the mean paired difference', '', '', `[${formatPp(sd.ci95[0])}, ${formatPp(sd.ci95[1])}]`]);
  } else if (cmp) {
    // Nothing paired: "0.0% → 0.0% over 0 paired cases" would be a figure about nothing.
    rows.push(['pass rate (paired cases)', '—', '—', allErrored(head) ? 'all trials errored on head' : 'nothing paired']);
  }
  const both = base !== null && base.runs > 0 && head.runs > 0;
  rows.push(['pass rate (all runs)', b((t) => r(t, t.pass_rate)), r(head, head.pass_rate), both ? formatPp(head.pass_rate - base.pass_rate) : '']);
  rows.push([`pass@${k}`, b((t) => r(t, t.pass_at_k)), r(head, head.pass_at_k), both ? formatPp(head.pass_at_k - base.pass_at_k) : '']);
  rows.push([`pass^${k}`, b((t) => r(t, t.pass_pow_k)), r(head, head.pass_pow_k), both ? formatPp(head.pass_pow_k - base.pass_pow_k) : '']);
  rows.push(['runs (errors)', b((t) => `${formatInt(t.runs)} (${formatInt(t.errors)})`), `${formatInt(head.runs)} (${formatInt(head.errors)})`, '']);
  rows.push(['cost per success', b((t) => formatUsd(t.cost_per_success_usd)), formatUsd(head.cost_per_success_usd), cmp ? formatChangePct(cmp.budgets.cost_per_success_pct) : '']);
  rows.push(['total cost', b((t) => formatUsd(t.cost_usd)), formatUsd(head.cost_usd), '']);
  rows.push(['latency p50', b((t) => formatLatency(t, 'latency_p50_ms')), formatLatency(head, 'latency_p50_ms'), '']);
  rows.push(['latency p95', b((t) => formatLatency(t, 'latency_p95_ms')), formatLatency(head, 'latency_p95_ms'), cmp ? formatChangePct(cmp.budgets.p95_latency_pct) : '']);
  rows.push(['tokens', b((t) => formatInt(t.tokens)), formatInt(head.tokens), '']);
  if (!cmp && !base) return mdTable(['metric', 'value'], rows.map((r) => [r[0], r[2]]), ['l', 'r']);
  return mdTable(['metric', 'base', 'head', 'Δ'], rows, ['l', 'r', 'r', 'r']);
}

function failuresTable(base: Totals | null, head: Totals): string {
  const rows: string[][] = [];
  for (const c of FAILURE_CLASSES) rows.push([`class ${mdCode(c)}`, base ? formatInt(base.failures_by_class[c] ?? 0) : '—', formatInt(head.failures_by_class[c] ?? 0)]);
  for (const l of CHECK_LEVELS) rows.push([`level ${mdCode(l)}`, base ? formatInt(base.failures_by_level[l] ?? 0) : '—', formatInt(head.failures_by_level[l] ?? 0)]);
  if (!base) return mdTable(['failures', 'count'], rows.map((r) => [r[0], r[2]]), ['l', 'r']);
  return mdTable(['failures', 'base', 'head'], rows, ['l', 'r', 'r']);
}

/** Join blocks, and when they exceed the limit lower the detail level step by step. */
function fitBlocks(build: (d: Detail) => string[], opts: MarkdownOptions, nRows: number, nEvidence: number): string {
  const maxChars = opts.maxChars ?? LIMITS.comment;
  const maxBytes = opts.maxBytes ?? Number.POSITIVE_INFINITY;
  const encoder = new TextEncoder();
  const join = (blocks: string[]) => `${blocks.join('\n\n')}\n`;
  const render = (d: Detail) => join(build(d));
  // UTF-8 is never shorter than the UTF-16 length / 1 and at most 3 bytes per unit, so count bytes only when needed.
  const fits = (s: string) => s.length <= maxChars && (s.length * 3 <= maxBytes || encoder.encode(s).length <= maxBytes);
  const all = Number.MAX_SAFE_INTEGER;

  for (const evidenceChars of [EVIDENCE_FULL, EVIDENCE_SHORT]) {
    const s = render({ evidenceChars, evidenceCases: all, maxRows: all });
    if (fits(s)) return s;
  }
  const noEvidence = render({ evidenceChars: 0, evidenceCases: 0, maxRows: all });
  if (fits(noEvidence)) {
    // Every row fits: give evidence back to as many leading regressions as room allows.
    const k = largestFitting(nEvidence, (n) => fits(render({ evidenceChars: EVIDENCE_SHORT, evidenceCases: n, maxRows: all })));
    return k > 0 ? render({ evidenceChars: EVIDENCE_SHORT, evidenceCases: k, maxRows: all }) : noEvidence;
  }
  const rows = largestFitting(nRows, (n) => fits(render({ evidenceChars: 0, evidenceCases: 0, maxRows: n })));
  const s = render({ evidenceChars: 0, evidenceCases: 0, maxRows: rows });
  if (fits(s)) return s;

  // Last resort (tiny limits): keep whole leading blocks and say the rest was cut.
  const blocks = build({ evidenceChars: 0, evidenceCases: 0, maxRows: 0 });
  const note = '_Report truncated to fit the size limit; see the job summary/artifact._';
  const kept: string[] = [];
  for (const b of blocks) {
    if (!fits(join([...kept, b, note]))) break;
    kept.push(b);
  }
  const out = join([...kept, note]);
  if (fits(out)) return out;
  // Nothing but a cut heading fits: shrink by characters until both limits hold.
  let cut = join(kept).slice(0, maxChars);
  while (cut.length > 0 && !fits(cut)) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut;
}

/** Largest n in [0, hi] with ok(n), assuming ok is monotone (true then false); 0 when none. */
function largestFitting(hi: number, ok: (n: number) => boolean): number {
  let lo = 0;
  let top = hi;
  while (lo < top) {
    const mid = Math.ceil((lo + top) / 2);
    if (ok(mid)) lo = mid;
    else top = mid - 1;
  }
  return lo;
}

// ---------------------------------------------------------------- comparison

function headline(cmp: Comparison): string {
  return `## ${verdictHeadline(cmp)}`;
}

/** The verdict line without Markdown, e.g. "❌ evalgate / benchmark: blocked — 2 regressions": the PR comment's heading and the HTML report's. */
export function verdictHeadline(cmp: Comparison): string {
  const blocking = cmp.reasons.filter((r) => r.blocking);
  const caseCount = (status: CaseStatus) => cmp.cases.filter((c) => c.status === status && c.blocking).length;
  const count = (kind: VerdictReason['kind']) => blocking.filter((r) => r.kind === kind).length;
  const pieces: string[] = [];
  const add = (n: number, text: string) => {
    if (n > 0) pieces.push(text);
  };
  const nReg = Math.max(count('regressed'), caseCount('regressed'));
  add(nReg, plural(nReg, 'regression'));
  const nErr = Math.max(count('errored'), caseCount('errored'));
  add(nErr, `${formatInt(nErr)} errored`);
  const nRem = Math.max(count('removed'), caseCount('removed'));
  add(nRem, `${plural(nRem, 'guard')} removed`);
  const nNew = Math.max(count('new_failing'), caseCount('new'));
  add(nNew, `${formatInt(nNew)} new failing`);
  add(count('holdout'), 'holdout dropped');
  add(count('budget_cost'), 'cost budget exceeded');
  add(count('budget_latency'), 'latency budget exceeded');
  const nShards = count('missing_shard');
  add(nShards, `${plural(nShards, 'shard')} missing`);
  const title = `evalgate / ${cmp.suite}`;
  const harness = Array.isArray(cmp.harness_changes) && cmp.harness_changes.length > 0 ? ' · ⚠️ harness changed' : '';
  if (cmp.verdict === 'block') return `❌ ${title}: blocked${pieces.length ? ` — ${pieces.join(', ')}` : ''}${harness}`;
  const warnings = cmp.reasons.length - blocking.length;
  return `✅ ${title}: pass${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}${harness}`;
}

function summaryLine(cmp: Comparison, visible: CaseComparison[], hiddenHoldout: number): string {
  const counts = new Map<CaseStatus, number>();
  for (const c of visible) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const parts = [...STATUS_ORDER, 'unchanged' as CaseStatus].map((s) => `${formatInt(counts.get(s) ?? 0)} ${s}`);
  if (counts.get('modified')) parts.push(`${formatInt(counts.get('modified') ?? 0)} modified`);
  // Statuses this renderer does not know yet (added upstream later) are counted, never dropped.
  for (const [status, n] of counts) if (!KNOWN_STATUSES.has(status)) parts.push(`${formatInt(n)} ${mdText(String(status).replace(/_/g, ' '))}`);
  const base = cmp.base
    ? `baseline ${mdCode(shortSha(cmp.base.commit))} (${mdText(scrubLocalPaths(cmp.base.source))}${cmp.base.ref ? `, ${mdCode(cmp.base.ref)}` : ''})`
    : 'no baseline (every case is new)';
  const holdout = hiddenHoldout > 0 ? ` (+${formatInt(hiddenHoldout)} holdout)` : '';
  const sd = cmp.suite_delta;
  return (
    `Head ${mdCode(shortSha(cmp.head.commit))} vs ${base} · ${plural(visible.length, 'case')}${holdout}: ${parts.join(', ')} · ` +
    (sd.paired_cases > 0
      ? `pass rate ${formatPct(sd.base_pass_rate)} → ${formatPct(sd.head_pass_rate)} (${formatPp(sd.mean_diff)} ± ${formatPp(sd.se).replace(/^\+/, '')}).`
      : allErrored(cmp.head_totals)
        ? `all trials errored on head (${plural(cmp.head_totals.errors, 'error')}, none evaluated): no pass rate to compare.`
        : // Nothing paired (no baseline, or no case in both runs): the head's own rate, not a 0 → 0 delta.
          `pass rate ${formatPct(cmp.head_totals.pass_rate)} (nothing paired with the baseline).`)
  );
}

const HARNESS_VALUE_CHARS = 300;

/** The harness-change warning: a PR may point the harness at anything, so readers must see that it did. */
function harnessChangeBlocks(cmp: Comparison, opts: MarkdownOptions): string[] {
  const changes = Array.isArray(cmp.harness_changes) ? cmp.harness_changes : [];
  if (changes.length === 0) return [];
  const value = (v: string | null, hidden: boolean | undefined) => {
    if (v === null) return '_(not set)_';
    if (hidden) return '_(hidden: secret-looking name)_';
    return mdCode(cutHead(clean(v, opts), HARNESS_VALUE_CHARS)) || '_(empty)_';
  };
  const rows = changes.map((c) => [mdCode(c.field), value(c.base, c.hidden), value(c.head, c.hidden)]);
  return [
    sectionHeading('⚠️ Harness changed in this pull request', changes.length),
    'These results come from the harness as this pull request configures it, not as the base branch does. ' +
      'evalgate does not block on this (the harness is the pull request\'s to change); check that it still runs the real agent.',
    mdTable(['setting', 'base', 'this pull request'], rows),
  ];
}

function caseRef(c: CaseComparison): string {
  return mdCode(c.id);
}


function regressionBlock(c: CaseComparison, withEvidence: boolean, d: Detail, opts: MarkdownOptions): string {
  const g = guardsMd(c.guards, opts);
  const lines = [`- **${caseRef(c)}**${g ? ` — ${g}` : ''}`];
  const br = rateOf(c.base);
  const hr = rateOf(c.head);
  const facts = [
    c.class ? mdCode(c.class) : null,
    `**${formatRatio(c.base)} → ${formatRatio(c.head)}**${br !== null && hr !== null ? ` (${formatPct(br, 0)} → ${formatPct(hr, 0)})` : ''}`,
    formatDecision(c),
    c.severity ? mdText(c.severity) : null,
    c.workflow ? `workflow ${mdCode(c.workflow)}` : null,
    c.file ? fileLink(c.file, c.line, opts) : null,
    c.blocking ? null : 'not blocking',
  ].filter((x): x is string => !!x);
  lines.push(`  - ${facts.join(' · ')}`);
  if (c.message) lines.push(`  - failing check: ${cellText(c.message, opts, 1000)}`);
  if (c.modified) lines.push('  - ⚠️ definition changed in this PR; the base definition gated');
  let out = lines.join('\n');
  if (withEvidence && c.evidence && d.evidenceChars > 0) {
    const ev = renderEvidence(c.evidence, c.message, d.evidenceChars, (t) => clean(t, opts), d.evidenceChars >= EVIDENCE_FULL ? 20 : 8);
    // Indented to the list item's content column, so the evidence belongs to its case.
    out += `\n\n${indentBlock(ev, '  ')}`;
  }
  return out;
}

/** Errored cases whose stderr is shown below their table (the rest are in the artifact). */
const ERROR_EVIDENCE_CASES = 5;

/**
 * Under an errored section's table: each case's last stderr lines (why the harness failed), for
 * the first few rows, at full detail only (under size pressure, regressions keep their evidence first).
 */
function errorEvidenceBlocks(rows: CaseComparison[], d: Detail, opts: MarkdownOptions): string[] {
  if (d.evidenceChars === 0 || d.evidenceCases < Number.MAX_SAFE_INTEGER) return [];
  const out: string[] = [];
  for (const c of rows.slice(0, Math.min(ERROR_EVIDENCE_CASES, d.maxRows))) {
    const ev = c.evidence ? renderErrorEvidence(c.evidence, d.evidenceChars, (t) => clean(t, opts)) : '';
    if (ev) out.push(`- ${caseRef(c)}\n\n${indentBlock(ev, '  ')}`);
  }
  return out;
}

/** Indents every non-empty line (a Markdown block nested in a list item). */
function indentBlock(text: string, pad: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

/** The case file as a link to it at the head commit when the repository is known, else as code. */
function fileLink(file: string, line: number | undefined, opts: MarkdownOptions): string {
  const label = mdCode(`${file}${line ? `:${line}` : ''}`);
  const url = sourceFileUrl(file, line, opts.source);
  return url ? mdLink(label, url) : label;
}


/** The decision procedure in words, so a reviewer knows what a pass or a block means. */
export function describeProcedure(f: NonNullable<Comparison['family']>): string {
  return (
    `<sub>How this was decided: each stochastic case runs until a one-sided exact test (Fisher) of head vs baseline at ` +
    `alpha ${formatAlpha(f.case_alpha)} is settled (alpha ${formatAlpha(f.alpha)} shared by ${formatInt(f.tests)} decision(s), Bonferroni), ` +
    `sized to catch a pass-rate drop of ${formatPct(f.min_drop, 0)} with power ${formatPct(f.power, 0)}; ` +
    `deterministic cases (\`trials: 1\`, perfect baseline) block on one failure.</sub>`
  );
}

function formatAlpha(a: number): string {
  return a >= 0.001 ? String(Number(a.toPrecision(3))) : a.toExponential(1);
}

function buildComparison(cmp: Comparison, opts: MarkdownOptions, d: Detail): string[] {
  const blocks: string[] = [];
  if (opts.marker) blocks.push(opts.marker);
  // Holdout cases are only ever reported in aggregate (SPEC 7).
  const visible = cmp.cases.filter((c) => !c.holdout);
  const hiddenHoldout = cmp.cases.length - visible.length;
  blocks.push(headline(cmp));
  blocks.push(summaryLine(cmp, visible, hiddenHoldout));
  blocks.push(...harnessChangeBlocks(cmp, opts));
  const resolution = detectableDropLine(visible);
  if (resolution) blocks.push(resolution);

  const by = (s: CaseStatus) => visible.filter((c) => c.status === s);
  // Under size pressure, informational sections (fixed, flaky, modified) give up rows first.
  const minor: Detail = { ...d, maxRows: d.maxRows >= Number.MAX_SAFE_INTEGER ? d.maxRows : Math.floor(d.maxRows / 4) };

  const regressed = by('regressed');
  if (regressed.length > 0) {
    blocks.push(sectionHeading('Regressions', regressed.length));
    const shown = regressed.slice(0, d.maxRows);
    shown.forEach((c, i) => blocks.push(regressionBlock(c, i < d.evidenceCases, d, opts)));
    if (regressed.length > shown.length) blocks.push(overflowNote(regressed.length - shown.length, 'regressions', opts));
  }

  const errored = by('errored');
  if (errored.length > 0) {
    blocks.push(sectionHeading('Errored', errored.length));
    blocks.push('These cases could not be evaluated on head (crash, invalid trace, or output cap) although they passed on the baseline.');
    // Errors out of all head attempts ("1/0", errors over evaluated runs, read as nonsense).
    const headErrors = (h: CaseComparison['head']) => (h ? (h.runs === 0 ? `all ${formatInt(h.errors)}` : `${formatInt(h.errors)} of ${formatInt(h.errors + h.runs)}`) : '—');
    const rows = errored.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), headErrors(c.head), cellText(c.message, opts, ERROR_CELL_CHARS), c.blocking ? 'blocks' : 'warns']);
    blocks.push(...cappedTable(['case', 'guards', 'base', 'head errors', 'error', 'effect'], rows, d, 'errored cases', opts));
    blocks.push(...errorEvidenceBlocks(errored, d, opts));
  }

  const removed = by('removed');
  if (removed.length > 0) {
    blocks.push(sectionHeading('Removed guards', removed.length));
    const rows = removed.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), c.blocking ? 'blocks (label `evalgate:allow-guard-removal` to allow)' : 'allowed']);
    blocks.push(...cappedTable(['case', 'guards', 'base', 'effect'], rows, d, 'removed cases', opts));
  }

  const added = by('new');
  if (added.length > 0) {
    blocks.push(sectionHeading('New cases', added.length));
    const rows = added.map((c) => [
      caseRef(c),
      guardsMd(c.guards, opts, false),
      formatRatio(c.head),
      c.head && c.head.passes < c.head.runs ? `failing${c.class ? ` (${mdCode(c.class)})` : ''}` : isErrorRow(c) ? 'errored' : 'passing',
      cellText(c.message, opts, isErrorRow(c) ? ERROR_CELL_CHARS : MESSAGE_CELL_CHARS),
    ]);
    blocks.push(...cappedTable(['case', 'guards', 'head', 'status', 'first failure'], rows, d, 'new cases', opts));
    blocks.push(...errorEvidenceBlocks(added.filter(isErrorRow), d, opts));
  }

  const inconclusive = by('inconclusive');
  if (inconclusive.length > 0) {
    blocks.push(sectionHeading('Inconclusive — not enough trials to decide', inconclusive.length));
    blocks.push('A pass here is not evidence: these cases reached `max_trials`, ran against a baseline with too few trials, or proved not to be deterministic, without a decision. Store a baseline with `evalgate baseline` (it tops each case up to the trials the gate needs), raise `max_trials`, or declare `trials: 3` or more for a case that can be flaky.');
    const rows = inconclusive.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head), mdText(formatInconclusive(c))]);
    blocks.push(...cappedTable(['case', 'guards', 'base', 'head', 'why'], rows, d, 'inconclusive cases', opts));
  }

  const stillErroring = by('still_erroring');
  if (stillErroring.length > 0) {
    blocks.push(sectionHeading('Still erroring — broken on the base branch too', stillErroring.length));
    const rows = stillErroring.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head), cellText(c.message, opts, ERROR_CELL_CHARS)]);
    blocks.push(...cappedTable(['case', 'guards', 'base', 'head', 'error'], rows, minor, 'still-erroring cases', opts));
    blocks.push(...errorEvidenceBlocks(stillErroring, minor, opts));
  }

  const fixed = by('fixed');
  if (fixed.length > 0) {
    blocks.push(sectionHeading('Fixed', fixed.length));
    const rows = fixed.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head)]);
    blocks.push(...cappedTable(['case', 'guards', 'base', 'head'], rows, minor, 'fixed cases', opts));
  }

  const flaky = by('flaky');
  if (flaky.length > 0) {
    blocks.push(sectionHeading('Flaky — changed, not significant', flaky.length));
    const rows = flaky.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head), formatP(c.p_value), c.mde !== undefined ? formatMde(c.mde) : '—', cellText(c.message, opts)]);
    blocks.push(...cappedTable(['case', 'guards', 'base', 'head', 'p', 'resolution', 'first failure'], rows, minor, 'flaky cases', opts));
  }

  const other = visible.filter((c) => !KNOWN_STATUSES.has(c.status));
  if (other.length > 0) {
    blocks.push(sectionHeading('Other changes', other.length));
    const rows = other.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), mdText(String(c.status).replace(/_/g, ' ')), formatRatio(c.base), formatRatio(c.head), cellText(c.message, opts), c.blocking ? 'blocks' : '']);
    blocks.push(...cappedTable(['case', 'guards', 'status', 'base', 'head', 'message', 'effect'], rows, d, 'other cases', opts));
  }

  const modified = visible.filter((c) => c.modified || c.status === 'modified');
  if (modified.length > 0) {
    blocks.push(sectionHeading('Modified definitions', modified.length));
    blocks.push('Definition changed in this PR; the base definition gated.');
    const rows = modified.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), c.status, c.file ? mdCode(c.file) : '—']);
    blocks.push(...cappedTable(['case', 'guards', 'status', 'file'], rows, minor, 'modified cases', opts));
  }

  blocks.push('### Suite');
  blocks.push(totalsTable(cmp.base_totals, cmp.head_totals, cmp));
  const spend = formatSpend(cmp.spend);
  // What the decision cost (each harness run is an agent run for the team): this gate and its baseline.
  if (spend) blocks.push(mdText(spend.replace(/^spend: /, 'Spend: ')));
  blocks.push(failuresTable(cmp.base_totals, cmp.head_totals));

  if (cmp.family) blocks.push(describeProcedure(cmp.family));

  if (cmp.holdout) {
    const h = cmp.holdout;
    blocks.push('### Holdout');
    blocks.push(
      mdTable(
        ['', 'base', 'head', 'Δ', 'p', 'effect'],
        [['pass rate', `${formatPct(h.base_pass_rate)} (${formatInt(h.base_runs)} runs)`, `${formatPct(h.head_pass_rate)} (${formatInt(h.head_runs)} runs)`, formatPp(h.head_pass_rate - h.base_pass_rate), formatP(h.p_value), h.blocking ? 'blocks' : 'ok']],
        ['l', 'r', 'r', 'r', 'r', 'l'],
      ),
    );
    blocks.push(`Holdout cases are hidden from PR authors and reported only in aggregate; errored trials count as failures${h.head_errors ? ` (${formatInt(h.head_errors)} on head)` : ''}.`);
  }

  blocks.push('### Baseline');
  blocks.push(
    cmp.base
      ? `Baseline ${mdCode(shortSha(cmp.base.commit))}${cmp.base.ref ? ` on ${mdCode(cmp.base.ref)}` : ''}, source: **${mdText(scrubLocalPaths(cmp.base.source))}**. Head ${mdCode(shortSha(cmp.head.commit))}${cmp.head.ref ? ` on ${mdCode(cmp.head.ref)}` : ''}.`
      : `No baseline was available; head ${mdCode(shortSha(cmp.head.commit))} was judged on its own.`,
  );

  blocks.push(`### Verdict: ${cmp.verdict === 'block' ? 'block' : 'pass'}`);
  if (cmp.reasons.length === 0) blocks.push('No reasons to block or warn.');
  else {
    // Blocking reasons first. Per-case reasons are not repeated (each case is listed, with its
    // evidence, in its section above): they are counted by kind; suite-level reasons are in full.
    const ordered = [...cmp.reasons.filter((r) => r.blocking), ...cmp.reasons.filter((r) => !r.blocking)];
    const mark = (r: VerdictReason) => (r.blocking ? '❌ blocks' : '⚠️ warns');
    const { general, groups } = groupReasons(ordered);
    const lines = general.map((r) => `- ${mark(r)}: ${cellText(r.message, opts, 500)}`);
    for (const { r, ids } of groups) {
      const verb = REASON_VERB[r.kind] ?? String(r.kind).replace(/_/g, ' ');
      const who = ids.length <= 3 ? ids.map((id) => mdCode(id)).join(', ') : plural(ids.length, 'case');
      lines.push(`- ${mark(r)}: ${who} ${verb} (above)`);
    }
    blocks.push(lines.join('\n'));
  }

  if (cmp.notices.length > 0) blocks.push(cmp.notices.map((n) => `> ℹ️ ${cellText(n, opts, 500)}`).join('\n>\n'));
  const footer = footerLine(opts);
  if (footer) blocks.push(footer);
  return blocks;
}

/** The closing line: the workflow run and, when the workflow uploads `.evalgate/`, where the HTML report is in its artifact. */
function footerLine(opts: MarkdownOptions): string {
  const h = opts.htmlReport;
  if (h) {
    const run = opts.runUrl ? mdLink('the workflow run', opts.runUrl) : 'this workflow run';
    const artifact = h.artifact ? `the artifact ${mdCode(h.artifact)}` : 'the uploaded artifact';
    return `<sub>Full report (every case, filterable, with each failing trial's steps): ${mdCode(h.path)} in ${artifact} of ${run} · evalgate</sub>`;
  }
  return opts.runUrl ? `<sub>${mdLink('Workflow run', opts.runUrl)} · evalgate</sub>` : '';
}

/** The PR comment / job summary for a comparison: verdict, regressions first, then the other changes and aggregates, within maxChars (and maxBytes). */
export function renderComparisonMarkdown(cmp: Comparison, opts: MarkdownOptions = {}): string {
  const visible = cmp.cases.filter((c) => !c.holdout);
  const nRows = Math.max(cmp.reasons.length, ...STATUS_ORDER.map((s) => visible.filter((c) => c.status === s).length), visible.filter((c) => c.modified).length);
  const nEvidence = visible.filter((c) => c.status === 'regressed').length;
  return fitBlocks((d) => buildComparison(cmp, opts, d), opts, nRows, nEvidence);
}

// ---------------------------------------------------------------- results

/** The headline of a plain run without Markdown, e.g. "❌ evalgate / coverage: 2 failing, 1 errored" (its summary's heading and the HTML report's). */
export function resultsHeadline(results: Results): string {
  const visible = results.cases.filter((c) => !c.holdout);
  const failing = visible.filter((c) => caseOutcome(c) === 'fail').length;
  const erroring = visible.filter((c) => caseOutcome(c) === 'error').length;
  const t = results.totals;
  const title = `evalgate / ${results.suite}`;
  if (failing === 0 && erroring === 0) return `✅ ${title}: ${formatInt(t.passes)}/${formatInt(t.runs)} runs passed`;
  return `❌ ${title}: ${formatInt(failing)} failing, ${formatInt(erroring)} errored`;
}

/** A case of a plain run as one outcome: any failing trial makes it `fail`, else any error `error`. */
export function caseOutcome(c: CaseResult): 'fail' | 'error' | 'pass' {
  if (c.trials.some((t) => t.outcome === 'fail') || c.passes + c.errors < c.runs) return 'fail';
  if (c.errors > 0 || c.trials.some((t) => t.outcome === 'error')) return 'error';
  return 'pass';
}

/** The first failure message of a case (first failing check of the first failing trial, else the first error). */
export function firstFailureMessage(c: CaseResult): string {
  for (const t of c.trials) {
    if (t.outcome === 'fail') {
      const f = t.failures[0];
      if (f) return `${f.type}: ${f.message}`;
      if (t.class === 'timeout') return 'timed out';
    }
  }
  for (const t of c.trials) if (t.outcome === 'error' && t.error) return t.error;
  return '';
}

function firstClass(c: CaseResult): string | null {
  return c.trials.find((t) => t.outcome === 'fail' && t.class)?.class ?? null;
}

function buildResults(results: Results, opts: MarkdownOptions, d: Detail): string[] {
  const blocks: string[] = [];
  if (opts.marker) blocks.push(opts.marker);
  const visible = results.cases.filter((c) => !c.holdout);
  const failing = visible.filter((c) => caseOutcome(c) === 'fail');
  const erroring = visible.filter((c) => caseOutcome(c) === 'error');
  const passing = visible.length - failing.length - erroring.length;
  const t = results.totals;
  blocks.push(`## ${resultsHeadline(results)}`);
  blocks.push(
    `Commit ${mdCode(shortSha(results.commit))}${results.ref ? ` on ${mdCode(results.ref)}` : ''} · ${plural(t.cases, 'case')}, ${plural(t.runs, 'run')} · ` +
      (t.runs === 0
        ? `pass rate **—** (${allErrored(t) ? `all trials errored: ${plural(t.errors, 'error')}, none evaluated` : 'no trial was run'})`
        : `pass rate **${formatPct(t.pass_rate)}** · pass@${t.k} ${formatPct(t.pass_at_k)} · pass^${t.k} ${formatPct(t.pass_pow_k)}`),
  );
  blocks.push('### Totals');
  blocks.push(totalsTable(null, t, null));
  blocks.push(failuresTable(null, t));

  const rows = [...failing, ...erroring].map((c) => [
    mdCode(c.id),
    guardsMd(c.guards, opts, false),
    caseOutcome(c) === 'fail' ? 'fail' : 'error',
    `${c.passes}/${c.runs}${c.errors ? ` (${c.errors} err)` : ''}`,
    firstClass(c) ? mdCode(firstClass(c) as string) : '—',
    cellText(firstFailureMessage(c), opts, caseOutcome(c) === 'error' ? ERROR_CELL_CHARS : MESSAGE_CELL_CHARS),
  ]);
  if (rows.length > 0) {
    blocks.push(sectionHeading('Failing and erroring cases', rows.length));
    blocks.push(...cappedTable(['case', 'guards', 'outcome', 'passes', 'class', 'first failure'], rows, d, 'failing or erroring cases', opts));
  }
  // Why the erroring cases could not run: their stderr, at full detail only.
  if (d.evidenceChars > 0 && d.evidenceCases >= Number.MAX_SAFE_INTEGER) {
    for (const c of erroring.slice(0, ERROR_EVIDENCE_CASES)) {
      const t = c.trials.find((x) => x.outcome === 'error' && x.error) ?? c.trials.find((x) => x.outcome === 'error');
      const ev = renderStderrTail(t?.stderr_tail, d.evidenceChars, (x) => clean(x, opts));
      if (ev) blocks.push(`- ${mdCode(c.id)}\n\n${indentBlock(ev, '  ')}`);
    }
  }
  blocks.push(`${plural(passing, 'case')} passed every trial.`);

  if (results.holdout_totals) {
    const h = results.holdout_totals;
    blocks.push('### Holdout');
    blocks.push(`Holdout pass rate **${formatPct(h.pass_rate)}** over ${plural(h.runs, 'run')} (${plural(h.cases, 'case')}, reported only in aggregate).`);
  }
  if (results.notices.length > 0) blocks.push(results.notices.map((n) => `> ℹ️ ${cellText(n, opts, 500)}`).join('\n>\n'));
  const footer = footerLine(opts);
  if (footer) blocks.push(footer);
  return blocks;
}

/** The job summary for a plain run: totals, failures by class/level, failing/erroring cases, passing count; within maxChars. */
export function renderResultsMarkdown(results: Results, opts: MarkdownOptions = {}): string {
  return fitBlocks((d) => buildResults(results, opts, d), opts, results.cases.length, 0);
}

// ---------------------------------------------------------------- trend

/** A mermaid xychart-beta block of pass rate (0..1) per stored run, oldest first, last 30 points. */
export function renderTrendChart(points: Array<{ commit: string; created_at: string; pass_rate: number }>, title: string): string {
  const safeTitle = title.replace(/["\r\n\\]/g, ' ').replace(/\s+/g, ' ').trim();
  if (points.length === 0) return `_${mdText(safeTitle)}: no stored runs yet._\n`;
  const sorted = points
    .map((p, i) => ({ p, i }))
    // Stable by time: stored indexes may be in any order; equal timestamps keep input order.
    .sort((a, b) => (a.p.created_at < b.p.created_at ? -1 : a.p.created_at > b.p.created_at ? 1 : a.i - b.i))
    .slice(-30)
    .map((x) => x.p);
  const labels = sorted.map((p) => `"${shortSha(p.commit).replace(/["\\]/g, '')}"`);
  const values = sorted.map((p) => {
    const v = Number.isFinite(p.pass_rate) ? Math.min(1, Math.max(0, p.pass_rate)) : 0;
    return Number((v * 100).toFixed(1)).toString();
  });
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${safeTitle}"`,
    `    x-axis [${labels.join(', ')}]`,
    '    y-axis "pass rate (%)" 0 --> 100',
    `    line [${values.join(', ')}]`,
    '```',
    '',
  ].join('\n');
}
