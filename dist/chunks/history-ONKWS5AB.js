#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import "./chunk-RKI75XF3.js";

// src/results/history.ts
var MAX_HISTORY_RUNS = 200;
function buildHistory(suite, runs, maxRuns = MAX_HISTORY_RUNS) {
  const sorted = [...runs].filter((r) => r.suite === suite).sort((a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.commit < b.commit ? -1 : 1);
  const truncated = Math.max(0, sorted.length - maxRuns);
  const kept = sorted.slice(truncated);
  const byId = /* @__PURE__ */ new Map();
  kept.forEach((r, i) => {
    for (const c of r.cases) {
      if (c.holdout) continue;
      let row = byId.get(c.id);
      if (row === void 0) {
        row = { id: c.id, guards: c.guards, workflow: c.workflow, severity: c.severity, points: kept.map(() => null), latest_rate: null, failing_since: null };
        byId.set(c.id, row);
      }
      row.guards = c.guards;
      if (c.title !== void 0) row.title = c.title;
      row.points[i] = { passes: c.passes, runs: c.runs, errors: c.errors };
    }
  });
  for (const row of byId.values()) {
    let since = null;
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
    schema: "evalgate/history@1",
    suite,
    commits: kept.map((r) => {
      const visible = r.cases.filter((c) => !c.holdout);
      const runsN = visible.reduce((n, c) => n + c.runs, 0);
      return { commit: r.commit, created_at: r.created_at, pass_rate: runsN > 0 ? visible.reduce((n, c) => n + c.passes, 0) / runsN : null, cases: visible.length };
    }),
    cases,
    holdout_rates: kept.map((r) => r.holdout_totals && r.holdout_totals.runs + r.holdout_totals.errors > 0 ? r.holdout_totals.passes / (r.holdout_totals.runs + r.holdout_totals.errors) : null),
    truncated
  };
}

// src/engine/history.ts
async function readHistory(store, suite, branch, max = MAX_HISTORY_RUNS) {
  const index = await store.index(suite, branch);
  const kept = index.slice(Math.max(0, index.length - max));
  const runs = [];
  for (const entry of kept) {
    const r = await store.read(suite, entry.commit);
    if (r) runs.push({ ...r, cases: r.cases.map((c) => ({ ...c, trials: [] })) });
  }
  const h = buildHistory(suite, runs, max);
  return { ...h, truncated: h.truncated + (index.length - kept.length) };
}
export {
  readHistory
};
