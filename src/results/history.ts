// The history of every guard: each case's pass rate per stored run of the default branch, the
// suite rate over time, and the commit where a case started failing. Pure: stored results in,
// a history record out (the CLI and the nightly read the store; surfaces/history.ts renders).
import type { Results, Severity, Suite } from '../types.js';

/** One case's counts at one stored run (null: the case was not in that run). */
export type HistoryPoint = { passes: number; runs: number; errors: number } | null;

/** The history of one suite (schema id evalgate/history@1). */
export interface History {
  schema: 'evalgate/history@1';
  suite: Suite;
  /** Stored runs, oldest first. */
  commits: Array<{ commit: string; created_at: string; pass_rate: number | null; cases: number }>;
  /** Visible cases (holdout cases never appear one by one), failing ones first, then by id. */
  cases: Array<{
    id: string;
    guards: number | string | null;
    title?: string;
    workflow: string | null;
    severity: Severity | null;
    /** One per commit, aligned with `commits`. */
    points: HistoryPoint[];
    /** Pass rate of the latest run that has the case (null: never evaluated). */
    latest_rate: number | null;
    /** First commit of the trailing run of commits where the case failed at least once (null: its latest run passed every trial). */
    failing_since: string | null;
  }>;
  /** Holdout aggregate pass rate per commit (null where there was none). */
  holdout_rates: Array<number | null>;
}

/** Most runs a history shows: older runs are left out (said by `truncated`). */
export const MAX_HISTORY_RUNS = 200;

/** Builds the history of `suite` from its stored runs, in any order (sorted by creation time, then commit). */
export function buildHistory(suite: Suite, runs: readonly Results[], maxRuns: number = MAX_HISTORY_RUNS): History & { truncated: number } {
  const sorted = [...runs].filter((r) => r.suite === suite).sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.commit < b.commit ? -1 : 1));
  const truncated = Math.max(0, sorted.length - maxRuns);
  const kept = sorted.slice(truncated);
  const byId = new Map<string, History['cases'][number]>();
  kept.forEach((r, i) => {
    for (const c of r.cases) {
      if (c.holdout) continue;
      let row = byId.get(c.id);
      if (row === undefined) {
        row = { id: c.id, guards: c.guards, workflow: c.workflow, severity: c.severity, points: kept.map(() => null), latest_rate: null, failing_since: null };
        byId.set(c.id, row);
      }
      // The latest run's description wins (a case's title or guard can change).
      row.guards = c.guards;
      if (c.title !== undefined) row.title = c.title;
      row.points[i] = { passes: c.passes, runs: c.runs, errors: c.errors };
    }
  });
  for (const row of byId.values()) {
    let since: string | null = null;
    for (let i = kept.length - 1; i >= 0; i--) {
      const p = row.points[i];
      if (p === null) continue;
      if (row.latest_rate === null) row.latest_rate = p.runs > 0 ? p.passes / p.runs : null;
      const failing = p.passes < p.runs || p.errors > 0;
      if (!failing) break;
      since = kept[i].commit;
    }
    row.failing_since = since;
  }
  const cases = [...byId.values()].sort((a, b) => Number(b.failing_since !== null) - Number(a.failing_since !== null) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    schema: 'evalgate/history@1',
    suite,
    commits: kept.map((r) => {
      const visible = r.cases.filter((c) => !c.holdout);
      const runsN = visible.reduce((n, c) => n + c.runs, 0);
      return { commit: r.commit, created_at: r.created_at, pass_rate: runsN > 0 ? visible.reduce((n, c) => n + c.passes, 0) / runsN : null, cases: visible.length };
    }),
    cases,
    holdout_rates: kept.map((r) => (r.holdout_totals && r.holdout_totals.runs + r.holdout_totals.errors > 0 ? r.holdout_totals.passes / (r.holdout_totals.runs + r.holdout_totals.errors) : null)),
    truncated,
  };
}
