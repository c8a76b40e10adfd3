#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  decideHead,
  familyAlpha,
  fisherOneSidedGreater,
  fisherOneSidedLess,
  minimumDetectableDrop,
  pairedDelta,
  planHead,
  shiftedDropTest
} from "./chunk-GAO2A2W7.js";
import {
  DEFAULT_MAX_TRIALS
} from "./chunk-TD355DBQ.js";

// src/verdict/verdict.ts
function formatGuards(guards) {
  if (guards === null) return "no guarded issue";
  return typeof guards === "number" ? `#${guards}` : guards;
}
function counts(c) {
  if (c === null) return "none";
  if (c.runs === 0 && c.errors > 0) return `all ${c.errors} trial${c.errors === 1 ? "" : "s"} errored`;
  return `${c.passes}/${c.runs} passed` + (c.errors > 0 ? `, ${c.errors} errored` : "");
}
function oneLine(s, max = 200) {
  if (s === null || s === "") return "";
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "\u2026" : flat;
}
function detail(row) {
  const parts = [row.class ? `class ${row.class}` : "", oneLine(row.message)].filter((p) => p !== "");
  return parts.length > 0 ? `: ${parts.join(": ")}` : "";
}
function regressionBasis(row) {
  if (row.decided_by === "deterministic") return `deterministic case: passed every base trial, failed ${row.head?.runs === 1 ? "its only head trial" : `all ${row.head?.runs ?? 0} head trials`}`;
  if (row.decided_by === "curtailed") return `exact test settled early over ${row.planned_trials ?? "?"} planned trials; ${fmtP(row.p_value)}`;
  return `exact test; ${fmtP(row.p_value)}`;
}
function fmtP(p) {
  if (p === null) return "";
  return p < 1e-4 ? "p < 0.0001" : `p = ${p.toFixed(4)}`;
}
function inconclusiveWhy(row) {
  const figures = `base ${counts(row.base)} -> head ${counts(row.head)}`;
  const mde = row.mde != null ? `these trials could only detect a drop of ${(100 * row.mde).toFixed(0)} points` : "too few trials to detect any drop";
  if (row.kind === "deterministic") {
    return `inconclusive: not deterministic (${figures}): a trials: 1 case blocks only when every head trial fails, and one that both passes and fails cannot be tested against a trials: 1 baseline (warning; declare trials: 3 or more so the baseline carries the evidence to test it)`;
  }
  if (row.limited_by === "baseline") {
    return `inconclusive after ${row.head?.runs ?? 0} head trial(s), ${figures}: the baseline's ${row.base?.runs ?? 0} trial(s) are too few to back a pass; ${mde} (warning; store the baseline with \`evalgate baseline\`, which tops each case up to the trials the gate's power needs)`;
  }
  return `inconclusive after ${row.head?.runs ?? 0} head trial(s), ${figures}: ${mde} (warning; store a larger baseline with \`evalgate baseline\` or raise max_trials)`;
}
function decideVerdict(input) {
  const { gate } = input;
  const reasons = [];
  const noBaseline = input.noBaseline ?? false;
  for (const row of input.cases) {
    if (row.holdout) continue;
    const who = `${row.id} \u2014 guards ${formatGuards(row.guards)}`;
    const mod = row.modified ? " (definition modified; the base definition gated)" : "";
    switch (row.status) {
      case "regressed":
        reasons.push({
          kind: "regressed",
          blocking: true,
          case_id: row.id,
          message: `${who}: regressed, base ${counts(row.base)} -> head ${counts(row.head)} (${regressionBasis(row)})${mod}${detail(row)}`
        });
        break;
      case "still_erroring":
        reasons.push({
          kind: "still_erroring",
          blocking: false,
          case_id: row.id,
          message: `${who}: still erroring (head ${counts(row.head)}); the baseline never passed either, so this is broken on the base branch too (warning)${row.message ? `: ${oneLine(row.message)}` : ""}`
        });
        break;
      case "inconclusive":
        reasons.push({ kind: "inconclusive", blocking: false, case_id: row.id, message: `${who}: ${inconclusiveWhy(row)}` });
        break;
      case "errored":
        reasons.push({
          kind: "errored",
          blocking: gate.on_error === "block",
          case_id: row.id,
          message: `${who}: errored on head (${counts(row.head)}) where base ${counts(row.base)}${gate.on_error === "warn" ? " (warning: gate.on_error is warn)" : ""}${mod}${row.message ? `: ${oneLine(row.message)}` : ""}`
        });
        break;
      case "removed":
        if (row.guards !== null) {
          reasons.push({
            kind: "removed",
            blocking: !input.allowGuardRemoval,
            case_id: row.id,
            message: `${who}: guard case removed${input.allowGuardRemoval ? " (allowed by label evalgate:allow-guard-removal)" : "; add the label evalgate:allow-guard-removal if this is intended"}`
          });
        }
        break;
      case "new":
        if (row.head !== null && row.head.passes < row.head.runs) {
          reasons.push({
            kind: "new_failing",
            blocking: true,
            case_id: row.id,
            message: noBaseline ? `${who}: fails (${counts(row.head)}) and there is no baseline to compare with, so it counts as new${detail(row)}` : `${who}: new case fails (${counts(row.head)}); the fix it claims is not in this change${detail(row)}`
          });
        } else if (row.head !== null && row.head.runs === 0 && row.head.errors > 0) {
          reasons.push({
            kind: "errored",
            blocking: gate.on_error === "block",
            case_id: row.id,
            message: `${who}: new case errored on every trial (${counts(row.head)})${row.message ? `: ${oneLine(row.message)}` : ""}`
          });
        }
        break;
      default:
        break;
    }
  }
  const h = input.holdout;
  if (h !== null && h.blocking) {
    reasons.push({
      kind: "holdout",
      blocking: true,
      message: `holdout: pass rate dropped from ${(100 * h.base_pass_rate).toFixed(1)}% (${h.base_runs} runs) to ${(100 * h.head_pass_rate).toFixed(1)}% (${h.head_runs} runs), more than the tolerance ${(100 * gate.holdout_tolerance).toFixed(1)} points (${fmtP(h.p_value)})`
    });
  }
  const b = gate.budgets;
  const cost = input.budgets.cost_per_success_pct;
  if (cost !== null && cost > b.cost_increase_pct) {
    reasons.push({
      kind: "budget_cost",
      blocking: b.enforce,
      message: `budget: cost per successful run up ${cost.toFixed(1)}% (limit ${b.cost_increase_pct}%)${b.enforce ? "" : " (warning: budgets.enforce is false)"}`
    });
  }
  const lat = input.budgets.p95_latency_pct;
  if (lat !== null && lat > b.p95_latency_increase_pct) {
    reasons.push({
      kind: "budget_latency",
      blocking: b.enforce,
      message: `budget: p95 latency up ${lat.toFixed(1)}% (limit ${b.p95_latency_increase_pct}%)${b.enforce ? "" : " (warning: budgets.enforce is false)"}`
    });
  }
  return { verdict: reasons.some((r) => r.blocking) ? "block" : "pass", reasons };
}

// src/results/spend.ts
function computeSpend(results) {
  let harness_runs = 0;
  let agent_ms = 0;
  let tokens = 0;
  let cost_usd = 0;
  for (const c of results.cases) {
    for (const t of c.trials) {
      if (t.reused_from !== void 0) continue;
      harness_runs += 1 + (t.retries ?? 0);
      agent_ms += t.latency_ms ?? 0;
      tokens += t.tokens ?? 0;
      cost_usd += t.cost_usd ?? 0;
    }
  }
  return { harness_runs, agent_ms, tokens, cost_usd };
}

// src/comparison/compare.ts
var MAX_EVIDENCE = 8e3;
var STATUS_ORDER = ["regressed", "errored", "removed", "new", "inconclusive", "still_erroring", "modified", "fixed", "flaky", "unchanged"];
function countsOf(c) {
  return { passes: c.passes, runs: c.runs, errors: c.errors };
}
function isStochasticPair(declared, base, head) {
  if (base.passes < base.runs) return true;
  if (declared !== void 0) return declared;
  return base.runs > 1 || head.runs > 1;
}
function classifyPair(base, head, declaredStochastic, design) {
  const stochastic = isStochasticPair(declaredStochastic, base, head);
  const kind = stochastic ? "stochastic" : "deterministic";
  if (head.errors > 0 && base.passes === 0 && head.passes === 0) return { status: "still_erroring", p_value: null, kind, mde: null };
  if (head.runs === 0) return { status: head.errors > 0 ? "errored" : "unchanged", p_value: null, kind, mde: null };
  const mde = minimumDetectableDrop(base, head.runs, design.alpha, design.power);
  const erroredNow = head.errors > 0 && base.passes > 0 && head.errors * (base.runs + base.errors) > base.errors * (head.runs + head.errors);
  const sameRate = base.passes * head.runs === head.passes * base.runs;
  const accepted = () => {
    if (erroredNow) return "errored";
    const allPass = head.passes === head.runs;
    if (base.passes === 0 && allPass || fisherOneSidedGreater(base.passes, base.runs, head.passes, head.runs) <= design.alpha) return "fixed";
    return sameRate ? "unchanged" : "flaky";
  };
  if (base.passes === 0) return { status: accepted(), p_value: null, kind, mde: null };
  if (!stochastic) {
    if (head.passes === 0) return { status: "regressed", p_value: null, decided_by: "deterministic", kind, mde };
    if (head.passes < head.runs) return { status: erroredNow ? "errored" : "inconclusive", p_value: null, kind, mde };
    return { status: accepted(), p_value: null, kind, mde };
  }
  const plan = planHead(base, design);
  const d = decideHead(base, head, plan, design);
  const p = fisherOneSidedLess(base.passes, base.runs, head.passes, head.runs);
  const common = { kind, planned_trials: plan.n, mde, ...plan.limited_by ? { limited_by: plan.limited_by } : {} };
  switch (d.kind) {
    case "regressed":
      return {
        status: "regressed",
        p_value: d.by === "curtailed" ? fisherOneSidedLess(base.passes, base.runs, head.passes + (plan.n - head.runs), plan.n) : p,
        decided_by: d.by,
        ...common
      };
    case "accept":
      return { status: accepted(), p_value: p, decided_by: d.by, ...common };
    case "inconclusive":
      return { status: erroredNow ? "errored" : "inconclusive", p_value: p, ...common };
    case "continue":
      if (erroredNow) return { status: "errored", p_value: p, ...common };
      return { status: "inconclusive", p_value: p, ...common };
  }
}
function isFamilyMember(p) {
  return !p.holdout && p.base !== void 0 && p.base.runs > 0 && isStochasticPair(p.declared, p.base, p.head);
}
function familyFor(tests, gate) {
  return { procedure: "bonferroni", tests, alpha: gate.alpha, case_alpha: familyAlpha(gate.alpha, tests), power: gate.power, min_drop: gate.min_drop };
}
function familyOf(base, head, gate, tests) {
  if (tests !== void 0) return familyFor(tests, gate);
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const members = head.cases.filter((h) => {
    const b = baseById.get(h.id);
    return isFamilyMember({ holdout: h.holdout, declared: h.stochastic ?? b?.stochastic, base: b, head: h });
  }).length;
  return familyFor(members + (base?.holdout_totals && head.holdout_totals ? 1 : 0), gate);
}
function headFailure(c, errored) {
  const failing = c.trials.find((t) => t.outcome === "fail");
  const trial = errored ? c.trials.find((t) => t.outcome === "error") ?? failing : failing ?? c.trials.find((t) => t.outcome === "error");
  if (trial === void 0) return { class: null, message: null };
  const message = trial.outcome === "error" ? trial.error ?? "trial errored" : trial.failures[0]?.message ?? (trial.class ? `failed (${trial.class})` : "failed");
  const out = {
    class: trial.outcome === "fail" ? trial.class ?? null : null,
    message: c.holdout ? null : message
  };
  if (!c.holdout) {
    const trace = trial.trace_excerpt ? trial.trace_excerpt : "";
    const stderr = trial.stderr_tail ? `${trace ? "\n" : ""}--- stderr ---
${trial.stderr_tail}` : "";
    const warnings = trial.warnings && trial.warnings.length > 0 ? `
--- trace conversion ---
${trial.warnings.join("\n")}` : "";
    if (trace || stderr || warnings) out.evidence = (trace + stderr + warnings).slice(0, MAX_EVIDENCE);
  }
  return out;
}
function describe(c) {
  const d = {
    id: c.id,
    guards: c.guards,
    workflow: c.workflow,
    severity: c.severity,
    holdout: c.holdout
  };
  if (c.file !== void 0) d.file = c.file;
  if (c.line !== void 0) d.line = c.line;
  if (c.title !== void 0) d.title = c.title;
  return d;
}
function pctChange(base, head) {
  if (base === null || base === void 0 || head === null || head === void 0 || base === 0) return null;
  return (head - base) / base * 100;
}
function compareHoldout(base, head, gate, alpha) {
  if (base === null || head === null) return null;
  const b = { passes: base.passes, runs: base.runs + base.errors };
  const h = { passes: head.passes, runs: head.runs + head.errors };
  const p = b.runs > 0 && h.runs > 0 ? shiftedDropTest(b, h, gate.holdout_tolerance) : null;
  return {
    base_pass_rate: b.runs > 0 ? b.passes / b.runs : 0,
    head_pass_rate: h.runs > 0 ? h.passes / h.runs : 0,
    base_runs: b.runs,
    head_runs: h.runs,
    head_errors: head.errors,
    p_value: p,
    blocking: p !== null && p <= alpha
  };
}
function designFor(family, maxTrials) {
  return { alpha: family.case_alpha, power: family.power, min_drop: family.min_drop, max_trials: maxTrials };
}
function compareResults(base, head, opts) {
  const { gate } = opts;
  if (base !== null && base.suite !== head.suite) {
    throw new Error(`compareResults: baseline (${opts.baseSource}) is suite '${base.suite}' but head is suite '${head.suite}'; compare results of the same suite`);
  }
  const notices = [...head.notices];
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const headIds = new Set(head.cases.map((c) => c.id));
  const headHasHoldout = head.cases.some((c) => c.holdout);
  const rows = [];
  const pairs = [];
  const family = familyOf(base, head, gate, opts.familyTests);
  const design = designFor(family, opts.maxTrials ?? DEFAULT_MAX_TRIALS);
  for (const h of head.cases) {
    const b = baseById.get(h.id);
    const modified = b !== void 0 && b.definition_hash !== h.definition_hash || (opts.modified?.has(h.id) ?? false);
    if (b === void 0) {
      rows.push({ ...describe(h), status: "new", base: null, head: countsOf(h), p_value: null, ...headFailure(h, h.runs === 0), modified, blocking: false });
      continue;
    }
    if (b.runs === 0) {
      const fixed = h.runs > 0 && h.passes === h.runs && h.errors === 0;
      const f2 = fixed ? { class: null, message: null } : headFailure(h, h.runs === 0);
      rows.push({ ...describe(h), status: fixed ? "fixed" : "still_erroring", base: countsOf(b), head: countsOf(h), p_value: null, ...f2, modified, blocking: false });
      continue;
    }
    const d = classifyPair(countsOf(b), countsOf(h), h.stochastic ?? b.stochastic, design);
    if (!h.holdout && h.runs > 0) pairs.push({ base: b.passes / b.runs, head: h.passes / h.runs });
    const failing = h.passes < h.runs || h.errors > 0;
    const f = failing ? headFailure(h, d.status === "errored" || d.status === "still_erroring") : { class: null, message: null };
    rows.push({
      ...describe(h),
      status: d.status,
      base: countsOf(b),
      head: countsOf(h),
      p_value: d.p_value,
      ...d.decided_by ? { decided_by: d.decided_by } : {},
      kind: d.kind,
      ...d.planned_trials !== void 0 ? { planned_trials: d.planned_trials } : {},
      ...d.limited_by !== void 0 ? { limited_by: d.limited_by } : {},
      mde: d.mde,
      ...f,
      modified,
      blocking: false
    });
  }
  for (const b of base?.cases ?? []) {
    if (headIds.has(b.id)) continue;
    if (b.holdout && !headHasHoldout) continue;
    rows.push({ ...describe(b), status: "removed", base: countsOf(b), head: null, p_value: null, class: null, message: null, modified: false, blocking: false });
  }
  if (base === null) notices.push("no baseline results: every case is compared as new");
  const capped = rows.filter((r) => r.limited_by === "max_trials" && !r.holdout);
  if (capped.length > 0) {
    notices.push(
      `${capped.length} case(s) cannot reach power ${family.power} at a drop of ${family.min_drop} within max_trials ${design.max_trials} (${capped.slice(0, 5).map((r) => r.id).join(", ")}${capped.length > 5 ? ", \u2026" : ""}): raise max_trials or min_drop; evalgate validate says which power the limits allow`
    );
  }
  if (base?.harness.uncommitted?.length) {
    notices.push(`warning: the baseline (${opts.baseSource}) was stored from a working tree whose harness files differed from commit ${base.commit.slice(0, 7)} (${base.harness.uncommitted.join(", ")}): it may not be the base branch's harness`);
  }
  const holdout = compareHoldout(base?.holdout_totals ?? null, head.holdout_totals, gate, family.case_alpha);
  if (holdout === null && head.holdout_totals !== null && base !== null) notices.push("holdout: the baseline has no holdout results, so the holdout aggregate was not compared");
  const latencies = base !== null && base.totals.runs > 0 && head.totals.runs > 0;
  const budgets = {
    cost_per_success_pct: pctChange(base?.totals.cost_per_success_usd, head.totals.cost_per_success_usd),
    p95_latency_pct: latencies ? pctChange(base?.totals.latency_p95_ms, head.totals.latency_p95_ms) : null
  };
  const { verdict, reasons } = decideVerdict({ cases: rows, holdout, budgets, gate, allowGuardRemoval: opts.allowGuardRemoval, noBaseline: base === null });
  const blockingIds = new Set(reasons.filter((r) => r.blocking && r.case_id !== void 0).map((r) => r.case_id));
  for (const r of rows) r.blocking = blockingIds.has(r.id);
  rows.sort((x, y) => {
    const d = STATUS_ORDER.indexOf(x.status) - STATUS_ORDER.indexOf(y.status);
    return d !== 0 ? d : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
  return {
    schema: "evalgate/comparison@1",
    suite: head.suite,
    base: base === null ? null : { commit: base.commit, ref: base.ref, source: opts.baseSource },
    head: { commit: head.commit, ref: head.ref },
    cases: rows,
    suite_delta: pairedDelta(pairs),
    base_totals: base?.totals ?? null,
    head_totals: head.totals,
    holdout,
    family,
    budgets,
    spend: { head: computeSpend(head), base: base === null ? null : computeSpend(base) },
    verdict,
    reasons,
    notices
  };
}

export {
  isStochasticPair,
  classifyPair,
  isFamilyMember,
  familyFor,
  familyOf,
  designFor,
  compareResults
};
