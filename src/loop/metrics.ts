// The loop, measured: per workflow and failure class, how many agent-failure issues are open,
// closed with and without a guard, how long it takes from an issue to its guard being merged, how
// many regressions were reopened in the period, and how long from the regressing commit to the
// reopen. Pure: the caller reads issues, reopen events, guard merge times and commit times.
import { FAILURE_CLASSES } from '../types.js';
import { parseIssueForm } from './issue-form.js';

/** One agent-failure issue, as the metrics need it. */
export interface LoopIssue {
  number: number;
  state: 'open' | 'closed';
  createdAt: string;
  /** Issue-form body (untrusted): workflow and failure class come from it. */
  body: string | null;
  /** evalgate's reopen comments on it: when, and the commit whose run regressed. */
  reopens: Array<{ at: string; commit: string | null }>;
}

/** A case guarding an issue: its workflow, and when its file reached the default branch (null: unknown). */
export interface LoopGuard {
  issue: number;
  workflow: string | null;
  mergedAt: string | null;
}

/** Everything computeLoopMetrics reads. */
export interface LoopInput {
  issues: LoopIssue[];
  guards: LoopGuard[];
  /** Commit time of regressing commits (sha -> ISO time). */
  commitTimes: ReadonlyMap<string, string>;
  now: string;
  periodDays: number;
}

/** The figures of one workflow and failure class (or of all: workflow and class '*'). */
export interface LoopRow {
  workflow: string;
  failureClass: string;
  open: number;
  closedGuarded: number;
  closedUnguarded: number;
  /** Median hours from an issue being opened to its first guard merged (null: none measured). */
  medianHoursToGuard: number | null;
  /** Guards measured for the median. */
  guardsMeasured: number;
  reopened: number;
  /** Median hours from the regressing commit to the reopen, over this period's reopens. */
  medianHoursCommitToReopen: number | null;
}

const NAME = /^[A-Za-z0-9][\w.-]{0,63}$/;
const HOUR = 3_600_000;

/** The median of `xs`, null when empty. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Workflow and failure class of an issue: form fields when well-formed, else the guard's workflow, else "unknown". */
export function classifyIssue(body: string | null, guardWorkflow: string | null): { workflow: string; failureClass: string } {
  const form = body ? parseIssueForm(body) : null;
  const wf = form?.fields.workflow?.trim() ?? null;
  const cls = form?.fields.failure_class?.trim().toLowerCase() ?? null;
  const workflow = wf && NAME.test(wf) ? wf : guardWorkflow && NAME.test(guardWorkflow) ? guardWorkflow : 'unknown';
  const failureClass = cls && (FAILURE_CLASSES as readonly string[]).includes(cls) ? cls : 'unknown';
  return { workflow, failureClass };
}

const hours = (from: string, to: string): number | null => {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return Number.isFinite(a) && Number.isFinite(b) ? Math.max(0, (b - a) / HOUR) : null;
};

/** Rows per workflow and failure class (sorted), then one total row (workflow and class '*'). */
export function computeLoopMetrics(input: LoopInput): LoopRow[] {
  const since = Date.parse(input.now) - input.periodDays * 24 * HOUR;
  const guardsOf = new Map<number, LoopGuard[]>();
  for (const g of input.guards) guardsOf.set(g.issue, [...(guardsOf.get(g.issue) ?? []), g]);
  type Acc = { row: LoopRow; toGuard: number[]; toReopen: number[] };
  const groups = new Map<string, Acc>();
  const acc = (workflow: string, failureClass: string): Acc => {
    const key = `${workflow}\u0000${failureClass}`;
    let a = groups.get(key);
    if (!a) {
      a = { row: { workflow, failureClass, open: 0, closedGuarded: 0, closedUnguarded: 0, medianHoursToGuard: null, guardsMeasured: 0, reopened: 0, medianHoursCommitToReopen: null }, toGuard: [], toReopen: [] };
      groups.set(key, a);
    }
    return a;
  };
  const total = acc('*', '*');
  for (const issue of input.issues) {
    const guards = guardsOf.get(issue.number) ?? [];
    const { workflow, failureClass } = classifyIssue(issue.body, guards[0]?.workflow ?? null);
    for (const a of [acc(workflow, failureClass), total]) {
      const r = a.row;
      if (issue.state === 'open') r.open++;
      else if (guards.length > 0) r.closedGuarded++;
      else r.closedUnguarded++;
      // The first guard merged closes the loop for this issue.
      const merged = guards.map((g) => g.mergedAt).filter((t): t is string => t !== null).sort()[0];
      const h = merged ? hours(issue.createdAt, merged) : null;
      if (h !== null) a.toGuard.push(h);
      for (const ev of issue.reopens) {
        if (!(Date.parse(ev.at) >= since)) continue;
        r.reopened++;
        const committed = ev.commit ? input.commitTimes.get(ev.commit) : undefined;
        const d = committed ? hours(committed, ev.at) : null;
        if (d !== null) a.toReopen.push(d);
      }
    }
  }
  for (const a of groups.values()) {
    a.row.medianHoursToGuard = median(a.toGuard);
    a.row.guardsMeasured = a.toGuard.length;
    a.row.medianHoursCommitToReopen = median(a.toReopen);
  }
  const rows = [...groups.values()].map((a) => a.row).filter((r) => r.workflow !== '*');
  rows.sort((x, y) => (x.workflow < y.workflow ? -1 : x.workflow > y.workflow ? 1 : x.failureClass < y.failureClass ? -1 : x.failureClass > y.failureClass ? 1 : 0));
  return [...rows, total.row];
}

/** Parses the case and commit out of evalgate's reopen marker comments; null when absent. */
export function parseReopenMarker(body: string): { caseId: string; commit: string } | null {
  const m = /<!-- evalgate:reopen case=(\S+) commit=([0-9a-f]{7,40}) -->/.exec(body);
  return m ? { caseId: m[1], commit: m[2] } : null;
}
