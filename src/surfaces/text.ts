// Terminal reports for the CLI: plain text, ANSI colour only when asked (the caller decides from TTY/NO_COLOR).

import { CHECK_LEVELS, FAILURE_CLASSES, type CaseComparison, type CaseStatus, type Comparison, type Results, type Totals } from '../types.js';
import {
  formatChangePct,
  formatClock,
  formatDecision,
  detectableDropLine,
  allErrored,
  formatInt,
  formatLatency,
  formatP,
  formatPct,
  formatPp,
  formatRatio,
  formatSpend,
  formatUsd,
  guardsLabel,
  shortSha,
  isErrorRow,
  stderrExcerpt,
  stripControl,
} from './format.js';
import { firstFailureMessage } from './markdown.js';
import { parseEvidence } from './evidence.js';

/** Options for the terminal renderers. */
export interface TextOptions {
  /** Emit ANSI colour codes (default false). */
  color?: boolean;
}

type Paint = (s: string) => string;
interface Palette {
  red: Paint;
  green: Paint;
  yellow: Paint;
  dim: Paint;
  bold: Paint;
}

function palette(color: boolean | undefined): Palette {
  const wrap = (open: number, close: number): Paint => (color ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s);
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/** One line of untrusted text: control characters (incl. escape sequences from harness output) removed. */
function line(s: string | null | undefined, max = 200): string {
  const t = stripControl(s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * Characters of a case's message in the terminal: messages end with what to do ("stdout is the
 * trace: log to stderr ...", "set protocol: exec"), so they are shown whole (they are built by
 * evalgate, with bounded quotes of harness output) and the terminal wraps them.
 */
const MESSAGE_CHARS = 1000;

/** Lines of stderr shown under an errored case in the terminal. */
const STDERR_LINES = 5;

/** The last meaningful stderr lines under an errored case ("stderr:" then the lines, indented), or nothing. */
function stderrBlock(tail: string | null | undefined, p: Palette): string[] {
  const lines = stderrExcerpt(tail, STDERR_LINES);
  if (lines.length === 0) return [];
  return [`      ${p.dim('stderr:')}`, ...lines.map((l) => `        ${p.dim(l)}`)];
}

/** The stderr tail of the errored trial a case's message comes from (the first one with an error). */
function erroredTrialStderr(c: Results['cases'][number]): string | undefined {
  return (c.trials.find((t) => t.outcome === 'error' && t.error) ?? c.trials.find((t) => t.outcome === 'error'))?.stderr_tail;
}

function totalsLines(t: Totals, p: Palette): string[] {
  const byClass = FAILURE_CLASSES.filter((c) => (t.failures_by_class[c] ?? 0) > 0).map((c) => `${c} ${t.failures_by_class[c]}`);
  const byLevel = CHECK_LEVELS.map((l) => `${l} ${t.failures_by_level[l] ?? 0}`);
  const errors = `${formatInt(t.errors)} error${t.errors === 1 ? '' : 's'}`;
  // With no evaluated run (every trial errored) there is no pass rate and no k to speak of.
  const rates =
    t.runs === 0
      ? `  pass rate ${p.bold('—')} (${t.errors > 0 ? `all trials errored: ${errors}, none evaluated` : 'no trial was run'})`
      : `  pass rate ${p.bold(formatPct(t.pass_rate))} (${formatInt(t.passes)}/${formatInt(t.runs)} runs, ${errors})  pass@${t.k} ${formatPct(t.pass_at_k)}  pass^${t.k} ${formatPct(t.pass_pow_k)}`;
  return [
    rates,
    `  cost ${formatUsd(t.cost_usd)} total, ${formatUsd(t.cost_per_success_usd)} per success  latency p50 ${formatLatency(t, 'latency_p50_ms')}, p95 ${formatLatency(t, 'latency_p95_ms')}  tokens ${formatInt(t.tokens)}`,
    `  failures by class: ${byClass.length ? byClass.join(', ') : 'none'}`,
    `  failures by level: ${byLevel.join(', ')}`,
  ];
}

/** Terminal report for a plain run: totals, failing and erroring cases with their first failure, passing count. */
export function renderResultsText(results: Results, opts: TextOptions = {}): string {
  const p = palette(opts.color);
  const out: string[] = [];
  out.push(p.bold(`evalgate ${results.suite} @ ${shortSha(results.commit)}${results.ref ? ` (${results.ref})` : ''}`));
  out.push(...totalsLines(results.totals, p));
  const visible = results.cases.filter((c) => !c.holdout);
  const failing = visible.filter((c) => c.trials.some((t) => t.outcome === 'fail') || c.passes + c.errors < c.runs);
  const erroring = visible.filter((c) => !failing.includes(c) && c.errors > 0);
  const guards = (g: number | string | null) => (g === null ? '' : `  ${guardsLabel(g)}`);
  if (failing.length > 0) {
    out.push('', p.red(p.bold(`FAILING (${failing.length})`)));
    for (const c of failing) {
      const cls = c.trials.find((t) => t.outcome === 'fail' && t.class)?.class;
      out.push(`  ${p.red('✗')} ${line(c.id)}${guards(c.guards)}  ${c.passes}/${c.runs}${cls ? `  ${cls}` : ''}`);
      const msg = line(firstFailureMessage(c), MESSAGE_CHARS);
      if (msg) out.push(`      ${p.dim(msg)}`);
    }
  }
  if (erroring.length > 0) {
    out.push('', p.yellow(p.bold(`ERRORED (${erroring.length})`)));
    for (const c of erroring) {
      out.push(`  ${p.yellow('!')} ${line(c.id)}${guards(c.guards)}  ${c.errors} of ${c.errors + c.runs} trial${c.errors + c.runs === 1 ? '' : 's'} errored`);
      const msg = line(firstFailureMessage(c), MESSAGE_CHARS);
      if (msg) out.push(`      ${p.dim(msg)}`);
      out.push(...stderrBlock(erroredTrialStderr(c), p));
    }
  }
  const passing = visible.length - failing.length - erroring.length;
  out.push('', p.green(`${formatInt(passing)} of ${formatInt(visible.length)} cases passed every trial.`));
  if (results.holdout_totals) {
    const h = results.holdout_totals;
    out.push(`holdout: ${formatPct(h.pass_rate)} pass rate over ${formatInt(h.runs)} runs (${formatInt(h.cases)} cases, aggregate only)`);
  }
  for (const n of results.notices) out.push(p.dim(`note: ${line(n, 500)}`));
  return `${out.join('\n')}\n`;
}

const SECTIONS: Array<{ status: CaseStatus; title: string; mark: (p: Palette) => string; tone: (p: Palette) => Paint }> = [
  { status: 'regressed', title: 'REGRESSED', mark: (p) => p.red('✗'), tone: (p) => p.red },
  { status: 'errored', title: 'ERRORED', mark: (p) => p.yellow('!'), tone: (p) => p.yellow },
  { status: 'removed', title: 'REMOVED', mark: (p) => p.red('-'), tone: (p) => p.red },
  { status: 'new', title: 'NEW', mark: () => '+', tone: (p) => p.bold },
  { status: 'inconclusive', title: 'INCONCLUSIVE (not enough trials to decide)', mark: (p) => p.yellow('?'), tone: (p) => p.yellow },
  { status: 'still_erroring', title: 'STILL ERRORING (broken on the base branch too)', mark: (p) => p.yellow('!'), tone: (p) => p.yellow },
  { status: 'fixed', title: 'FIXED', mark: (p) => p.green('✓'), tone: (p) => p.green },
  { status: 'flaky', title: 'FLAKY', mark: (p) => p.yellow('~'), tone: (p) => p.yellow },
];

function caseLine(c: CaseComparison): string {
  const parts = [line(c.id)];
  if (c.guards !== null) parts.push(`— guards ${guardsLabel(c.guards)}${c.title ? ` "${line(c.title, 80)}"` : ''}`);
  if (c.class) parts.push(` ${c.class}`);
  parts.push(` ${formatRatio(c.base)} → ${formatRatio(c.head)}`);
  const decision = formatDecision(c);
  if (c.status === 'regressed' || c.status === 'inconclusive') parts.push(`  ${decision}`);
  else if (c.p_value !== null) parts.push(` p=${formatP(c.p_value)}`);
  if (c.modified) parts.push(' [definition changed; base definition gated]');
  if (!c.blocking && (c.status === 'regressed' || c.status === 'errored' || c.status === 'removed')) parts.push(' (not blocking)');
  return parts.join(' ');
}

/** Terminal report for a comparison: verdict, per-status case lists (regressions first), suite/holdout/budget deltas, reasons. */
export function renderComparisonText(cmp: Comparison, opts: TextOptions = {}): string {
  const p = palette(opts.color);
  const out: string[] = [];
  const blocking = cmp.reasons.filter((r) => r.blocking).length;
  out.push(
    cmp.verdict === 'block'
      ? p.red(p.bold(`evalgate ${cmp.suite}: BLOCKED (${blocking} blocking reason${blocking === 1 ? '' : 's'})`))
      : p.green(p.bold(`evalgate ${cmp.suite}: PASS${cmp.reasons.length ? ` (${cmp.reasons.length} warning${cmp.reasons.length === 1 ? '' : 's'})` : ''}`)),
  );
  out.push(
    `head ${shortSha(cmp.head.commit)} vs ${cmp.base ? `baseline ${shortSha(cmp.base.commit)} (${line(cmp.base.source)}${cmp.base.ref ? `, ${cmp.base.ref}` : ''})` : 'no baseline'}`,
  );
  const changes = Array.isArray(cmp.harness_changes) ? cmp.harness_changes : [];
  if (changes.length > 0) {
    out.push('', p.yellow(p.bold(`HARNESS CHANGED (${changes.length}) — these results come from the changed harness; not a block`)));
    const shown = (v: string | null, hidden?: boolean) => (v === null ? '(not set)' : hidden ? '(hidden)' : JSON.stringify(line(v, 300)));
    for (const c of changes) out.push(`  ${p.yellow('!')} ${line(c.field)}: ${shown(c.base, c.hidden)} → ${shown(c.head, c.hidden)}`);
  }
  const visible = cmp.cases.filter((c) => !c.holdout);
  for (const s of SECTIONS) {
    const rows = visible.filter((c) => c.status === s.status);
    if (rows.length === 0) continue;
    out.push('', s.tone(p)(p.bold(`${s.title} (${rows.length})`)));
    for (const c of rows) {
      out.push(`  ${s.mark(p)} ${caseLine(c)}`);
      if (c.message && s.status !== 'fixed') out.push(`      ${p.dim(line(c.message, MESSAGE_CHARS))}`);
      if (c.evidence && isErrorRow(c)) out.push(...stderrBlock(parseEvidence(c.evidence).stderr, p));
    }
  }
  const unchanged = visible.filter((c) => c.status === 'unchanged').length;
  out.push('', p.dim(`${formatInt(unchanged)} unchanged`));
  const resolution = detectableDropLine(visible);
  if (resolution) out.push(p.dim(resolution));
  if (cmp.family && cmp.family.tests > 0) {
    out.push(p.dim(`decided by: curtailed one-sided exact tests, alpha ${cmp.family.alpha} shared by ${cmp.family.tests} stochastic decision(s) (Bonferroni: ${Number(cmp.family.case_alpha.toPrecision(3))} each), power ${cmp.family.power} at a drop of ${cmp.family.min_drop}`));
  }

  const sd = cmp.suite_delta;
  const b = cmp.base_totals;
  const h = cmp.head_totals;
  out.push(
    '',
    sd.paired_cases > 0
      ? `suite: ${formatPct(sd.base_pass_rate)} → ${formatPct(sd.head_pass_rate)}, mean paired diff ${formatPp(sd.mean_diff)} ± ${formatPp(sd.se).replace(/^\+/, '')} ` +
          `(95% CI [${formatPp(sd.ci95[0])}, ${formatPp(sd.ci95[1])}]) over ${formatInt(sd.paired_cases)} paired cases`
      : // Nothing paired: a "0.0% → 0.0% over 0 paired cases" delta would be a figure about nothing.
        allErrored(h)
        ? `suite: all trials errored on head (${formatInt(h.errors)} error${h.errors === 1 ? '' : 's'}, none evaluated): no pass rate to compare${b && b.runs > 0 ? ` with the baseline's ${formatPct(b.pass_rate)}` : ''}`
        : `suite: nothing paired with the baseline; head pass rate ${h.runs > 0 ? formatPct(h.pass_rate) : '—'}`,
  );
  // pass@k needs evaluated runs: a side whose every trial errored has none ("pass@0" said nothing).
  const rate = (t: Totals, key: 'pass_at_k' | 'pass_pow_k') => (t.runs === 0 ? '—' : formatPct(t[key]));
  const k = h.runs > 0 ? h.k : b && b.runs > 0 ? b.k : 0;
  out.push(
    k > 0
      ? `pass@${k} ${b ? `${rate(b, 'pass_at_k')} → ` : ''}${rate(h, 'pass_at_k')}  pass^${k} ${b ? `${rate(b, 'pass_pow_k')} → ` : ''}${rate(h, 'pass_pow_k')}`
      : `pass@k —  (${allErrored(h) ? 'all trials errored' : 'no trial could be evaluated'})`,
  );
  out.push(
    `cost per success ${b ? `${formatUsd(b.cost_per_success_usd)} → ` : ''}${formatUsd(h.cost_per_success_usd)} (${formatChangePct(cmp.budgets.cost_per_success_pct)})  ` +
      `p95 latency ${b ? `${formatLatency(b, 'latency_p95_ms')} → ` : ''}${formatLatency(h, 'latency_p95_ms')} (${formatChangePct(cmp.budgets.p95_latency_pct)})` +
      (allErrored(h) ? '  (all trials errored on head: no cost or latency to compare)' : ''),
  );
  const spend = formatSpend(cmp.spend);
  if (spend) out.push(spend);
  if (cmp.holdout) {
    const ho = cmp.holdout;
    out.push(
      `holdout: ${formatPct(ho.base_pass_rate)} → ${formatPct(ho.head_pass_rate)} (${formatInt(ho.base_runs)} → ${formatInt(ho.head_runs)} runs, p=${formatP(ho.p_value)})${ho.blocking ? ` ${p.red('blocks')}` : ''}`,
    );
  }
  if (cmp.reasons.length > 0) {
    out.push('', p.bold('reasons:'));
    for (const r of [...cmp.reasons.filter((x) => x.blocking), ...cmp.reasons.filter((x) => !x.blocking)]) {
      out.push(`  ${r.blocking ? p.red('[block]') : p.yellow('[warn] ')} ${line(r.message, MESSAGE_CHARS + 200)}`);
    }
  }
  for (const n of cmp.notices) out.push(p.dim(`note: ${line(n, 500)}`));
  return `${out.join('\n')}\n`;
}

/** One progress line, e.g. "[ 37/200] 2 failing, 0 errors, 00:12 elapsed, ETA 00:51". */
export function renderProgress(p: { done: number; total: number; failures: number; errors: number; elapsedMs: number; etaMs: number | null }): string {
  const width = String(p.total).length;
  const eta = p.etaMs === null || !Number.isFinite(p.etaMs) ? '--:--' : formatClock(p.etaMs);
  return `[${String(p.done).padStart(width)}/${p.total}] ${p.failures} failing, ${p.errors} error${p.errors === 1 ? '' : 's'}, ${formatClock(p.elapsedMs)} elapsed, ETA ${eta}`;
}
