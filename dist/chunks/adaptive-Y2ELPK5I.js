#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  assemble,
  planTrials,
  recordKey,
  resultIdOf,
  withHarness
} from "./chunk-ONEZWYSE.js";
import {
  compareResults,
  designFor,
  familyFor,
  isFamilyMember
} from "./chunk-BXGACDN3.js";
import {
  DETERMINISTIC_TRIALS,
  baselineTarget,
  decideHead,
  minTrialsToDecide,
  planHead
} from "./chunk-GAO2A2W7.js";
import {
  fingerprintOf,
  keyedDefinitionHash,
  renderCaseDefinition
} from "./chunk-Z4R73HYF.js";
import "./chunk-TD355DBQ.js";
import "./chunk-33RRGAPY.js";
import "./chunk-RKI75XF3.js";

// src/engine/adaptive.ts
function countsOf(list) {
  return { passes: list.filter((t) => t.outcome === "pass").length, runs: list.filter((t) => t.outcome !== "error").length };
}
function runsOf(records) {
  let n = 0;
  for (const list of records.values()) for (const t of list) n += 1 + (t.retries ?? 0);
  return n;
}
function severityRank(c) {
  return ["sev0", "sev1", "sev2", "sev3"].indexOf(c.severity);
}
async function readPoolingPrior(store, git, suite, commit) {
  if (!store) return null;
  try {
    return (await store.findNearest(suite, await git.firstParentAncestors(commit, 50)))?.results ?? null;
  } catch {
    return null;
  }
}
function pooledTrials(c, prior, harnessId, max, holdoutKey = null) {
  if (!prior || c.holdout && !holdoutKey) return [];
  const defHash = c.holdout ? keyedDefinitionHash(c.definition_hash, holdoutKey) : c.definition_hash;
  const fp = fingerprintOf(defHash, harnessId).fingerprint;
  const id = resultIdOf(c, holdoutKey);
  const old = prior.cases.find((x) => x.id === id && x.holdout === c.holdout);
  if (fp === void 0 || old === void 0 || old.fingerprint !== fp) return [];
  return old.trials.slice(-max).map((t, i) => ({ ...t, trial: i + 1 }));
}
async function runBaseline(cases, meta, env, opts, notices = []) {
  const { gate, max_trials, concurrency } = env.config;
  return withHarness(env, meta.suite, async (run) => {
    const pooled = /* @__PURE__ */ new Map();
    for (const c of cases) {
      const list = pooledTrials(c, opts.prior, env.harnessId, Math.max(0, opts.maxTrials - c.trials), env.holdoutKey);
      if (list.length > 0) pooled.set(recordKey(c), list);
    }
    const initial = planTrials(opts.freshTrials === false ? cases.filter((c) => !pooled.has(recordKey(c))) : cases);
    const records = await run(initial.map((j) => ({ ...j, trial: j.trial + (pooled.get(recordKey(j.c))?.length ?? 0) })));
    for (const [key, list] of pooled) records.set(key, [...list, ...records.get(key) ?? []]);
    let extra = 0;
    const claims = cases.filter((c) => !c.holdout && c.trials === 1);
    const confirm = [];
    for (const c of claims) {
      const list = records.get(recordKey(c)) ?? [];
      if (countsOf(list).passes === 0) continue;
      const have = list.length;
      for (let t = have + 1; t <= Math.min(DETERMINISTIC_TRIALS, opts.maxTrials); t++) confirm.push({ c, trial: t });
    }
    if (confirm.length > 0) {
      extra += confirm.length;
      for (const [id, list] of await run(confirm)) records.set(id, [...records.get(id) ?? [], ...list]);
    }
    const isStochastic = (c) => {
      if (c.holdout) return false;
      if (c.trials > 1) return true;
      const k = countsOf(records.get(recordKey(c)) ?? []);
      return k.passes > 0 && k.passes < k.runs;
    };
    const stochastic = cases.filter(isStochastic);
    const design = designFor(familyFor(stochastic.length + (cases.some((c) => c.holdout) ? 1 : 0), gate), max_trials);
    for (; ; ) {
      const jobs = [];
      for (const c of stochastic) {
        const list = records.get(recordKey(c)) ?? [];
        const k = countsOf(list);
        const target = baselineTarget(k, design, { min: c.trials, max: opts.maxTrials });
        if (k.runs >= target || list.length >= opts.maxTrials) continue;
        const more2 = Math.max(Math.ceil(concurrency / stochastic.length), Math.ceil((target - k.runs) / 2));
        for (let t = list.length + 1; t <= Math.min(opts.maxTrials, list.length + more2); t++) jobs.push({ c, trial: t });
      }
      if (jobs.length === 0) break;
      extra += jobs.length;
      const more = await run(jobs);
      for (const [id, list] of more) records.set(id, [...records.get(id) ?? [], ...list]);
    }
    const all = [...notices];
    const reused = [...pooled.values()].reduce((n, l) => n + l.length, 0);
    if (reused > 0) all.push(`baseline: pooled ${reused} trial(s) of ${pooled.size} case(s) from the stored run at ${opts.prior.commit.slice(0, 7)} (same harness fingerprint)`);
    if (confirm.length > 0) all.push(`baseline: ran ${confirm.length} extra trial(s) so each passing trials: 1 case backs its deterministic claim with ${DETERMINISTIC_TRIALS} trials`);
    if (extra > confirm.length) all.push(`baseline: ran ${extra - confirm.length} extra trial(s) so every stochastic case carries the evidence the gate's power needs`);
    return assemble(cases, records, meta, env, all);
  });
}
function modifiedDefinitions(gated) {
  const out = /* @__PURE__ */ new Map();
  for (const c of gated.cases) {
    const head = gated.modifiedHead.get(c.id);
    if (gated.modified.has(c.id) && head && !c.holdout) out.set(c.id, { base: c, head });
  }
  return out;
}
function gateFamilyTests(cases, base, holdoutKey, unseen = /* @__PURE__ */ new Set()) {
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const members = cases.filter((c) => {
    const b = baseById.get(resultIdOf(c, holdoutKey));
    if (b === void 0 && unseen.has(c.id)) return !c.holdout && c.trials > 1;
    return isFamilyMember({ holdout: c.holdout, declared: c.trials > 1, base: b, head: b ?? { passes: 0, runs: 0 } });
  }).length;
  const holdoutTest = cases.some((c) => c.holdout) && (base?.holdout_totals ?? null) !== null;
  return members + (holdoutTest ? 1 : 0);
}
async function runGate(cases, base, meta, env, opts) {
  const { gate, max_trials, concurrency } = env.config;
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const stochastic = cases.filter((c) => {
    const b = baseById.get(resultIdOf(c, env.holdoutKey));
    return isFamilyMember({ holdout: c.holdout, declared: c.trials > 1, base: b, head: b ?? { passes: 0, runs: 0 } });
  });
  const retriable = stochastic.filter((c) => baseById.get(c.id).passes > 0);
  const claims = cases.filter((c) => {
    const b = baseById.get(resultIdOf(c, env.holdoutKey));
    return !c.holdout && c.trials === 1 && b !== void 0 && b.runs > 0 && b.passes === b.runs;
  });
  const confirmUpTo = Math.min(DETERMINISTIC_TRIALS, max_trials);
  const design = designFor(familyFor(opts.familyTests ?? gateFamilyTests(cases, base, env.holdoutKey), gate), max_trials);
  const reused = /* @__PURE__ */ new Map();
  for (const c of cases) {
    if (c.holdout) continue;
    const list = pooledTrials(c, opts.priorHead, env.harnessId, max_trials);
    if (list.length > 0) reused.set(recordKey(c), list.map((t) => ({ ...t, reused_from: t.reused_from ?? opts.priorHead.commit })));
  }
  return withHarness(env, meta.suite, async (run) => {
    const initial = planTrials(cases).filter((j) => j.trial > (reused.get(recordKey(j.c))?.length ?? 0));
    const records = await run(initial);
    for (const [key, list] of reused) records.set(key, [...list, ...records.get(key) ?? []]);
    let extraTrials = 0;
    const retried = /* @__PURE__ */ new Set();
    const budget = gate.max_runs ?? null;
    const reusedRuns = runsOf(reused);
    let spent = runsOf(records) - reusedRuns;
    const starved = /* @__PURE__ */ new Set();
    for (; ; ) {
      const jobs = [];
      const undecided = [];
      for (const c of retriable) {
        const b = baseById.get(c.id);
        const trials = records.get(recordKey(c)) ?? [];
        if (trials.length >= max_trials) continue;
        const head2 = countsOf(trials);
        const plan = planHead(b, design);
        if (decideHead(b, head2, plan, design).kind !== "continue") continue;
        const left = Math.min(max_trials - trials.length, Math.max(1, plan.n - head2.runs));
        undecided.push({ c, k: Math.min(left, minTrialsToDecide(head2, plan, design)), left });
      }
      const asks = [];
      for (const c of claims) {
        const trials = records.get(recordKey(c)) ?? [];
        const head2 = countsOf(trials);
        if (head2.runs === 0 || head2.passes > 0 || trials.length >= confirmUpTo) continue;
        asks.push({ c, from: trials.length + 1, count: confirmUpTo - trials.length });
      }
      if (undecided.length === 0 && asks.length === 0) break;
      const share = Math.ceil(concurrency / Math.max(1, undecided.length));
      for (const { c, k, left } of undecided) {
        const have = records.get(recordKey(c))?.length ?? 0;
        asks.push({ c, from: have + 1, count: Math.min(left, Math.max(k, share)) });
      }
      if (budget !== null) asks.sort((x, y) => severityRank(x.c) - severityRank(y.c) || (x.c.id < y.c.id ? -1 : x.c.id > y.c.id ? 1 : 0));
      for (const a of asks) {
        const count = budget === null ? a.count : Math.min(a.count, Math.max(0, budget - spent - jobs.length));
        if (count < a.count) starved.add(a.c.id);
        for (let t = a.from; t < a.from + count; t++) jobs.push({ c: a.c, trial: t });
        if (count > 0) retried.add(a.c.id);
      }
      if (jobs.length === 0) break;
      extraTrials += jobs.length;
      const more = await run(jobs);
      for (const [id, list] of more) records.set(id, [...records.get(id) ?? [], ...list]);
      spent = runsOf(records) - reusedRuns;
    }
    const notices = [...opts.notices ?? []];
    const reusedCount = [...reused.values()].reduce((n, l) => n + l.length, 0);
    if (reusedCount > 0) notices.push(`reused ${reusedCount} head trial(s) of ${reused.size} case(s) from an earlier gate of this change at ${opts.priorHead.commit.slice(0, 7)} (same harness fingerprint); ${initial.length + extraTrials} new harness run(s)`);
    if (budget !== null && spent > budget && extraTrials === 0) notices.push(`budget: the configured trials alone took ${spent} harness runs, more than gate.max_runs ${budget}; no re-trials were run`);
    const undecidedNow = [...starved].filter((id) => {
      const c = retriable.find((x) => x.id === id);
      if (c === void 0) return claims.some((x) => x.id === id);
      const b = baseById.get(c.id);
      return decideHead(b, countsOf(records.get(recordKey(c)) ?? []), planHead(b, design), design).kind === "continue";
    });
    if (undecidedNow.length > 0) {
      const ids = undecidedNow.sort();
      notices.push(`budget: gate.max_runs ${budget} reached after ${spent} harness runs; ${ids.length} case(s) got fewer re-trials than their test needed and stay undecided (inconclusive unless already decided): ${ids.slice(0, 10).join(", ")}${ids.length > 10 ? ", \u2026" : ""}`);
    }
    if (extraTrials > 0) notices.push(`ran ${extraTrials} extra trial(s) on ${retried.size} case(s) until each case's test was settled (a trials: 1 case's failure is confirmed with ${confirmUpTo} trials)`);
    const head = assemble(cases, records, meta, env, notices);
    const comparison = compareResults(base, head, { gate, maxTrials: max_trials, baseSource: opts.baseSource, allowGuardRemoval: opts.allowGuardRemoval, modified: opts.modified, familyTests: opts.familyTests });
    if (opts.harnessChanges && opts.harnessChanges.length > 0) comparison.harness_changes = opts.harnessChanges;
    for (const row of comparison.cases) {
      const d = row.modified && !row.holdout ? opts.definitions?.get(row.id) : void 0;
      if (d) row.definitions = { base: renderCaseDefinition(d.base), head: renderCaseDefinition(d.head) };
    }
    const shown = new Set(comparison.cases.map((c) => c.id));
    for (const id of opts.removed ?? []) {
      if (!shown.has(id)) comparison.notices.push(`case ${id} was deleted by this change but has no baseline result to compare with`);
    }
    return { head, comparison, extraTrials, retried: [...retried] };
  });
}
export {
  gateFamilyTests,
  modifiedDefinitions,
  pooledTrials,
  readPoolingPrior,
  runBaseline,
  runGate
};
