// Number, time and label formatting shared by the terminal, Markdown and JUnit renderers.

/** A fraction 0..1 as a percentage, e.g. 0.905 -> "90.5%". */
export function formatPct(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '—';
  return `${(x * 100).toFixed(digits)}%`;
}

/** A signed difference of fractions in percentage points, e.g. -0.015 -> "-1.5 pp". */
export function formatPp(x: number, digits = 1): string {
  if (!Number.isFinite(x)) return '—';
  const v = x * 100;
  const s = v.toFixed(digits);
  // Avoid "-0.0 pp" for tiny negatives that round to zero.
  if (Number(s) === 0) return `${(0).toFixed(digits)} pp`;
  return `${v > 0 ? '+' : ''}${s} pp`;
}

/** A signed percent change already in percent units, e.g. 12.5 -> "+12.5%", null -> "—". */
export function formatChangePct(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '—';
  const s = x.toFixed(1);
  if (Number(s) === 0) return '0.0%';
  return `${x > 0 ? '+' : ''}${s}%`;
}

/** US dollars with precision that keeps small per-run costs readable. */
export function formatUsd(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '—';
  return Math.abs(x) >= 1 ? `$${x.toFixed(2)}` : `$${x.toFixed(4)}`;
}

/** A latency in milliseconds: "820 ms", "2.40 s", "1m 05s". */
export function formatMs(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '—';
  if (x < 1000) return `${Math.round(x)} ms`;
  if (x < 60_000) return `${(x / 1000).toFixed(2)} s`;
  const totalS = Math.round(x / 1000);
  return `${Math.floor(totalS / 60)}m ${String(totalS % 60).padStart(2, '0')}s`;
}

/** Elapsed time as a clock: "00:12", "12:05", "1:02:03". */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** An integer with thousands separators, locale-independent: 123456 -> "123,456". */
export function formatInt(x: number): string {
  return Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A one-sided p-value: "0.012", "<0.001", "—" when not computed. */
export function formatP(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '—';
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

/** A commit as a 7-character short sha. */
export function shortSha(commit: string): string {
  return /^[0-9a-f]{8,}$/i.test(commit) ? commit.slice(0, 7) : commit;
}

/** The key used for issue titles and links: "123" for a number, the string as written otherwise. */
export function guardsKey(guards: number | string): string {
  return String(guards);
}

/** How an issue reference is shown: 123 -> "#123", "owner/repo#123" unchanged. */
export function guardsLabel(guards: number | string): string {
  return typeof guards === 'number' || /^\d+$/.test(guards) ? `#${guards}` : guards;
}

/**
 * Passes over runs, e.g. "2/3"; "all trials errored" when errors left no run to count (a bare
 * "0/0" read like an empty case); "—" when there is no record.
 */
export function formatRatio(r: { passes: number; runs: number; errors?: number } | null): string {
  if (!r) return '—';
  if (r.runs === 0 && (r.errors ?? 0) > 0) return 'all trials errored';
  return `${r.passes}/${r.runs}`;
}

/** Whether every trial of a side errored (errors, and no evaluated run): it has no pass rate, latency or cost per success. */
export function allErrored(t: { runs: number; errors: number } | null | undefined): boolean {
  return t != null && t.runs === 0 && t.errors > 0;
}

/** A latency of a side's totals: "—" when no trial was evaluated (errored trials have no latency; 0 ms would read as instant). */
export function formatLatency(t: { runs: number; latency_p50_ms: number; latency_p95_ms: number }, key: 'latency_p50_ms' | 'latency_p95_ms'): string {
  return t.runs === 0 ? '—' : formatMs(t[key]);
}

/** Pass rate of a record as a fraction, or null when it has no runs. */
export function rateOf(r: { passes: number; runs: number } | null): number | null {
  return r && r.runs > 0 ? r.passes / r.runs : null;
}

// Bidi embeddings/overrides/isolates/marks (U+202E makes text read backwards) and zero-width or
// invisible characters (they hide what a string is, e.g. a marker lookalike).
const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Strip ANSI escape sequences, control characters other than tab and newline (stderr tails carry
 * them), and bidi and zero-width characters (so untrusted text reads as what it is).
 */
export function stripControl(s: string): string {
  return s
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g, '')
    .replace(INVISIBLE, '');
}

/** Cut text to at most `max` characters, saying how much was dropped. */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  // The note's own length depends on the count; sizing it with the full length is a safe upper bound.
  const noteLen = `\n… (${formatInt(s.length)} more characters truncated)`.length;
  let keep = Math.max(0, max - noteLen);
  // Do not split a surrogate pair.
  if (keep > 0 && /[\uD800-\uDBFF]/.test(s[keep - 1])) keep--;
  return `${s.slice(0, keep)}\n… (${formatInt(s.length - keep)} more characters truncated)`;
}

/** How a case was decided, for reports: the test and its p-value, or why it is decisive without one. */
export function formatDecision(c: {
  status?: string;
  p_value: number | null;
  decided_by?: 'exact_test' | 'deterministic' | 'curtailed' | 'futility';
  planned_trials?: number;
  mde?: number | null;
  kind?: 'stochastic' | 'deterministic';
  limited_by?: 'baseline' | 'max_trials';
  base?: { runs: number } | null;
  head?: { runs: number } | null;
}): string {
  if (c.decided_by === 'deterministic') return `deterministic case: passed every base trial, failed ${c.head?.runs === 1 ? 'its only head trial' : `all ${c.head?.runs ?? 0} head trials`}`;
  if (c.status === 'regressed' && c.decided_by === 'curtailed') {
    return `exact test settled early: blocks even if all ${c.planned_trials ?? '?'} planned trials had run (p = ${formatP(c.p_value)})`;
  }
  if (c.status === 'regressed') return `exact test p = ${formatP(c.p_value)}`;
  if (c.status === 'inconclusive') return `inconclusive: ${formatInconclusive(c)}`;
  return c.p_value === null ? '' : `p = ${formatP(c.p_value)}`;
}

/** Why a case is inconclusive, in a few words: not deterministic, a short baseline, or what its trials could detect. */
export function formatInconclusive(c: { mde?: number | null; kind?: 'stochastic' | 'deterministic'; limited_by?: 'baseline' | 'max_trials'; base?: { runs: number } | null }): string {
  if (c.kind === 'deterministic') return 'not deterministic: passed and failed on head (declare trials: 3 or more)';
  const detect = c.mde != null ? `these trials detect only a drop of ${formatPct(c.mde, 0)}` : 'too few trials to detect any drop';
  if (c.limited_by === 'baseline') return `the baseline's ${c.base?.runs ?? 0} trial(s) are too few (store it with evalgate baseline); ${detect}`;
  return detect;
}

/** "could detect a drop of 18%" for a row's minimum detectable effect, or '' when unknown. */
export function formatMde(mde: number | null | undefined): string {
  if (mde === undefined) return '';
  return mde === null ? 'no drop detectable with these trials' : `detects a drop of ${formatPct(mde, 0)}`;
}

/**
 * What a pass means for the stochastic cases: the drops their head trials could detect with the
 * design's power (median and worst), so "0 regressed" is read with its resolution. Empty without any.
 */
export function detectableDropLine(cases: ReadonlyArray<{ holdout: boolean; kind?: string; mde?: number | null }>): string {
  const mdes = cases.filter((c) => !c.holdout && c.kind === 'stochastic' && c.mde !== undefined).map((c) => c.mde);
  if (mdes.length === 0) return '';
  const known = mdes.filter((m): m is number => m !== null).sort((a, b) => a - b);
  const none = mdes.length - known.length;
  const parts: string[] = [];
  if (known.length > 0) {
    const median = known[Math.floor((known.length - 1) / 2)];
    parts.push(`median ${formatPct(median, 0)}, largest ${formatPct(known[known.length - 1], 0)}`);
  }
  if (none > 0) parts.push(`${formatInt(none)} with too few trials to detect any drop`);
  return `Resolution: the ${`${formatInt(mdes.length)} stochastic case${mdes.length === 1 ? '' : 's'}`}' head trials detect pass-rate drops of ${parts.join('; ')} (with the gate's power).`;
}

/** A baseline source for posting: local absolute paths shortened to …/name (never a runner's or laptop's path). */
export function scrubLocalPaths(text: string): string {
  return text.replace(/(^|[\s(])\/(?:[^\s/()]+\/)+([^\s/()]+)/g, '$1…/$2');
}

/** "87 harness runs, 3m 12s agent time, 120,400 tokens, $0.42" for one side's spend. */
export function formatSpendSide(s: { harness_runs: number; agent_ms: number; tokens: number; cost_usd: number }): string {
  return `${formatInt(s.harness_runs)} harness run${s.harness_runs === 1 ? '' : 's'}, ${formatMs(s.agent_ms)} agent time, ${formatInt(s.tokens)} tokens, ${formatUsd(s.cost_usd)}`;
}

/** The gate's spend line: this gate's runs and its baseline's, or '' for comparisons made before spend was recorded. */
export function formatSpend(spend: { head: Parameters<typeof formatSpendSide>[0]; base: Parameters<typeof formatSpendSide>[0] | null } | undefined): string {
  if (!spend) return '';
  return `spend: this gate ${formatSpendSide(spend.head)}${spend.base ? `; its baseline ${formatSpendSide(spend.base)}` : ''}`;
}

// Lines of a stderr tail that say nothing on their own: JavaScript stack frames, Node's version
// footer, and the caret/brace lines around a source excerpt or an error's property dump.
const STACK_FRAME = /^\s*at\s+\S/;
const NODE_FOOTER = /^Node\.js v\d/;
const PUNCTUATION_ONLY = /^[\s^~{}()[\],;]*$/;

/**
 * The last few meaningful lines of a (redacted) stderr tail, for a terminal or a report: blank
 * lines, stack frames, Node's version footer and punctuation-only lines dropped, control
 * characters stripped, each line cut to `maxChars`. Node's `Cannot find module` and Python's last
 * traceback line survive; the full tail stays in results.json. Empty when nothing is left.
 */
export function stderrExcerpt(tail: string | null | undefined, maxLines = 5, maxChars = 200): string[] {
  if (!tail) return [];
  const kept = stripControl(tail)
    .split('\n')
    .map((l) => l.replace(/\t/g, '  ').trimEnd())
    .filter((l) => l.trim() !== '' && !STACK_FRAME.test(l) && !NODE_FOOTER.test(l.trim()) && !PUNCTUATION_ONLY.test(l));
  return kept.slice(-maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
}

/** Whether a comparison row's message and evidence come from an errored head trial (errored, still erroring, or new and never evaluated). */
export function isErrorRow(c: { status: string; head: { runs: number; errors: number } | null }): boolean {
  return c.status === 'errored' || c.status === 'still_erroring' || (c.status === 'new' && c.head !== null && c.head.runs === 0 && c.head.errors > 0);
}

/**
 * The case file at the head commit on GitHub (`{server}/{repo}/blob/{sha}/{file}#L{line}`), or null
 * when the repository or commit is not a plain one or the path climbs out (`..`): a link is built
 * only from parts that cannot point elsewhere.
 */
export function sourceFileUrl(file: string, line: number | undefined, src: { repo: string; sha: string; server?: string } | undefined): string | null {
  if (!src || !/^[\w.-]+\/[\w.-]+$/.test(src.repo) || !/^[0-9a-f]{40}$/.test(src.sha) || /(^|\/)\.\.(\/|$)/.test(file)) return null;
  const server = src.server ?? 'https://github.com';
  if (!/^https?:\/\/[^\s/?#]+$/.test(server)) return null;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${server}/${src.repo}/blob/${src.sha}/${path}${line ? `#L${line}` : ''}`;
}

/**
 * The 95% Wilson score interval of a pass rate, as "75–97%" ('' without evaluated runs): the
 * interval a reader needs beside 27/30, and defined at 0/n and n/n where the Wald one is not.
 */
export function formatRateInterval(r: { passes: number; runs: number } | null): string {
  if (r === null || r.runs <= 0) return '';
  const z = 1.959963984540054;
  const n = r.runs;
  const p = r.passes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const lo = Math.max(0, centre - half);
  const hi = Math.min(1, centre + half);
  return `${Math.round(100 * lo)}–${Math.round(100 * hi)}%`;
}

/**
 * Verdict reasons as the reports list them: suite-level reasons one by one, in order; per-case
 * reasons grouped by kind and blocking (each case is a row of its own table), ids in order.
 */
export function groupReasons<R extends { case_id?: string; blocking: boolean; kind: string }>(ordered: readonly R[]): { general: R[]; groups: Array<{ r: R; ids: string[] }> } {
  const general: R[] = [];
  const groups = new Map<string, { r: R; ids: string[] }>();
  for (const r of ordered) {
    if (!r.case_id) general.push(r);
    else {
      const key = `${r.blocking}:${r.kind}`;
      const g = groups.get(key);
      if (g) g.ids.push(r.case_id);
      else groups.set(key, { r, ids: [r.case_id] });
    }
  }
  return { general, groups: [...groups.values()] };
}
