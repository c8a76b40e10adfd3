// Turns comparison rows and aggregates into a verdict with every reason listed (SPEC 6).
import type { CaseComparison, Comparison, GateConfig, VerdictReason } from '../types.js';

/** Aggregate inputs of the verdict besides per-case rows. */
export interface VerdictInput {
  cases: CaseComparison[];
  holdout: Comparison['holdout'];
  budgets: Comparison['budgets'];
  gate: GateConfig;
  allowGuardRemoval: boolean;
  /** True when there were no baseline results at all (every case is new for that reason). */
  noBaseline?: boolean;
}

/** "#123", "owner/repo#123", or "no guarded issue". */
export function formatGuards(guards: number | string | null): string {
  if (guards === null) return 'no guarded issue';
  return typeof guards === 'number' ? `#${guards}` : guards;
}

function counts(c: { passes: number; runs: number; errors: number } | null): string {
  if (c === null) return 'none';
  // "0/0 passed, 3 errored" read like an empty case: say what happened.
  if (c.runs === 0 && c.errors > 0) return `all ${c.errors} trial${c.errors === 1 ? '' : 's'} errored`;
  return `${c.passes}/${c.runs} passed` + (c.errors > 0 ? `, ${c.errors} errored` : '');
}

function oneLine(s: string | null, max = 200): string {
  if (s === null || s === '') return '';
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

function detail(row: CaseComparison): string {
  const parts = [row.class ? `class ${row.class}` : '', oneLine(row.message)].filter((p) => p !== '');
  return parts.length > 0 ? `: ${parts.join(': ')}` : '';
}

/** What decided a regression, in words; a block never shows a p-value above the case's alpha. */
function regressionBasis(row: CaseComparison): string {
  if (row.decided_by === 'deterministic') return `deterministic case: passed every base trial, failed ${row.head?.runs === 1 ? 'its only head trial' : `all ${row.head?.runs ?? 0} head trials`}`;
  if (row.decided_by === 'curtailed') return `exact test settled early over ${row.planned_trials ?? '?'} planned trials; ${fmtP(row.p_value)}`;
  return `exact test; ${fmtP(row.p_value)}`;
}

function fmtP(p: number | null): string {
  if (p === null) return '';
  return p < 0.0001 ? 'p < 0.0001' : `p = ${p.toFixed(4)}`;
}

/** Why a case could not be decided, and what would let the gate decide it next time. */
function inconclusiveWhy(row: CaseComparison): string {
  const figures = `base ${counts(row.base)} -> head ${counts(row.head)}`;
  const mde = row.mde != null ? `these trials could only detect a drop of ${(100 * row.mde).toFixed(0)} points` : 'too few trials to detect any drop';
  if (row.kind === 'deterministic') {
    return `inconclusive: not deterministic (${figures}): a trials: 1 case blocks only when every head trial fails, and one that both passes and fails cannot be tested against a trials: 1 baseline (warning; declare trials: 3 or more so the baseline carries the evidence to test it)`;
  }
  if (row.limited_by === 'baseline') {
    return `inconclusive after ${row.head?.runs ?? 0} head trial(s), ${figures}: the baseline's ${row.base?.runs ?? 0} trial(s) are too few to back a pass; ${mde} (warning; store the baseline with \`evalgate baseline\`, which tops each case up to the trials the gate's power needs)`;
  }
  return `inconclusive after ${row.head?.runs ?? 0} head trial(s), ${figures}: ${mde} (warning; store a larger baseline with \`evalgate baseline\` or raise max_trials)`;
}

/**
 * Decides pass/block. Blocking: regressed guard cases; errored cases (unless on_error: warn);
 * removed guard cases (unless allowed); failing new cases; a significant holdout drop; budget
 * increases only when budgets.enforce. Holdout rows never block one by one (aggregate only).
 * Each reason is one line naming the case id and the issue it guards.
 */
export function decideVerdict(input: VerdictInput): { verdict: 'pass' | 'block'; reasons: VerdictReason[] } {
  const { gate } = input;
  const reasons: VerdictReason[] = [];
  // Without any baseline every case is "new", which then says nothing about what the PR claims.
  const noBaseline = input.noBaseline ?? false;
  for (const row of input.cases) {
    if (row.holdout) continue;
    const who = `${row.id} — guards ${formatGuards(row.guards)}`;
    const mod = row.modified ? ' (definition modified; the base definition gated)' : '';
    switch (row.status) {
      case 'regressed':
        reasons.push({
          kind: 'regressed',
          blocking: true,
          case_id: row.id,
          message: `${who}: regressed, base ${counts(row.base)} -> head ${counts(row.head)} (${regressionBasis(row)})${mod}${detail(row)}`,
        });
        break;
      case 'still_erroring':
        reasons.push({
          kind: 'still_erroring',
          blocking: false,
          case_id: row.id,
          message: `${who}: still erroring (head ${counts(row.head)}); the baseline never passed either, so this is broken on the base branch too (warning)${row.message ? `: ${oneLine(row.message)}` : ''}`,
        });
        break;
      case 'inconclusive':
        reasons.push({ kind: 'inconclusive', blocking: false, case_id: row.id, message: `${who}: ${inconclusiveWhy(row)}` });
        break;
      case 'errored':
        reasons.push({
          kind: 'errored',
          blocking: gate.on_error === 'block',
          case_id: row.id,
          message: `${who}: errored on head (${counts(row.head)}) where base ${counts(row.base)}${gate.on_error === 'warn' ? ' (warning: gate.on_error is warn)' : ''}${mod}${row.message ? `: ${oneLine(row.message)}` : ''}`,
        });
        break;
      case 'removed':
        if (row.guards !== null) {
          reasons.push({
            kind: 'removed',
            blocking: !input.allowGuardRemoval,
            case_id: row.id,
            message: `${who}: guard case removed${input.allowGuardRemoval ? ' (allowed by label evalgate:allow-guard-removal)' : '; add the label evalgate:allow-guard-removal if this is intended'}`,
          });
        }
        break;
      case 'new':
        if (row.head !== null && row.head.passes < row.head.runs) {
          reasons.push({
            kind: 'new_failing',
            blocking: true,
            case_id: row.id,
            message: noBaseline
              ? `${who}: fails (${counts(row.head)}) and there is no baseline to compare with, so it counts as new${detail(row)}`
              : `${who}: new case fails (${counts(row.head)}); the fix it claims is not in this change${detail(row)}`,
          });
        } else if (row.head !== null && row.head.runs === 0 && row.head.errors > 0) {
          reasons.push({
            kind: 'errored',
            blocking: gate.on_error === 'block',
            case_id: row.id,
            message: `${who}: new case errored on every trial (${counts(row.head)})${row.message ? `: ${oneLine(row.message)}` : ''}`,
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
      kind: 'holdout',
      blocking: true,
      message: `holdout: pass rate dropped from ${(100 * h.base_pass_rate).toFixed(1)}% (${h.base_runs} runs) to ${(100 * h.head_pass_rate).toFixed(1)}% (${h.head_runs} runs), more than the tolerance ${(100 * gate.holdout_tolerance).toFixed(1)} points (${fmtP(h.p_value)})`,
    });
  }
  const b = gate.budgets;
  const cost = input.budgets.cost_per_success_pct;
  if (cost !== null && cost > b.cost_increase_pct) {
    reasons.push({
      kind: 'budget_cost',
      blocking: b.enforce,
      message: `budget: cost per successful run up ${cost.toFixed(1)}% (limit ${b.cost_increase_pct}%)${b.enforce ? '' : ' (warning: budgets.enforce is false)'}`,
    });
  }
  const lat = input.budgets.p95_latency_pct;
  if (lat !== null && lat > b.p95_latency_increase_pct) {
    reasons.push({
      kind: 'budget_latency',
      blocking: b.enforce,
      message: `budget: p95 latency up ${lat.toFixed(1)}% (limit ${b.p95_latency_increase_pct}%)${b.enforce ? '' : ' (warning: budgets.enforce is false)'}`,
    });
  }
  return { verdict: reasons.some((r) => r.blocking) ? 'block' : 'pass', reasons };
}
