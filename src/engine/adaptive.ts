// The runs the comparison steers: a baseline topped up until every stochastic case carries the
// evidence the gate's power needs, and a gate that re-runs undecided cases until the sequential
// test decides. Apart from run.ts so that `evalgate run` and `validate` never load the comparison's
// numerics (@stdlib): the CLI imports this lazily (with the issue loop's Octokit, ~35-45 ms of every start).
import type { Case, HarnessChange, Results, Suite, TrialRecord, Comparison } from '../types.js';
import { planTrials, recordKey, type TrialJob } from './suite.js';
import { renderCaseDefinition } from '../case/case.js';
import { fingerprintOf, keyedDefinitionHash } from '../results/build.js';
import { compareResults, designFor, familyFor, isFamilyMember } from '../comparison/compare.js';
import { baselineTarget, decideHead, DETERMINISTIC_TRIALS, minTrialsToDecide, planHead } from '../comparison/design.js';
import { assemble, resultIdOf, withHarness, type RunEnv, type RunMeta } from './run.js';
import type { Git } from '../adapters/git.js';
import type { BaselineStore } from '../adapters/store.js';

/** Passes and evaluated runs (errors excluded) of a case's trial records so far. */
function countsOf(list: readonly TrialRecord[]): { passes: number; runs: number } {
  return { passes: list.filter((t) => t.outcome === 'pass').length, runs: list.filter((t) => t.outcome !== 'error').length };
}

/** Harness runs behind trial records so far: each record plus the errored attempts retried before it. */
function runsOf(records: ReadonlyMap<string, readonly TrialRecord[]>): number {
  let n = 0;
  for (const list of records.values()) for (const t of list) n += 1 + (t.retries ?? 0);
  return n;
}

/** Order in which a budget serves cases: sev0 first. */
function severityRank(c: Case): number {
  return ['sev0', 'sev1', 'sev2', 'sev3'].indexOf(c.severity);
}

/** Options of a baseline run: how many trials a stochastic case may get, for how many decisions. */
export interface BaselineOptions {
  /** Ceiling of baseline trials per case (config max_baseline_trials). */
  maxTrials: number;
  /**
   * An earlier stored run to pool with: a case whose fingerprint there equals its fingerprint now
   * (same definition, same harness config, same git tree of harness.paths) starts from those trials,
   * so a push that did not touch the harness costs no new trials once its cases carry their target.
   */
  prior?: Results | null;
  /**
   * false: a case with pooled trials starts from them alone (the nightly tops up the trials it just
   * ran at this very commit); true (default): every case also samples its configured trials afresh.
   */
  freshTrials?: boolean;
}

/**
 * The stored run a new baseline may pool with: the nearest stored run of `suite` among the first
 * 50 first-parent ancestors of `commit` (itself included), or null when there is none or the store
 * cannot be read (pooling is an optimisation; the baseline is then simply run in full).
 */
export async function readPoolingPrior(store: Pick<BaselineStore, 'findNearest'> | null, git: Pick<Git, 'firstParentAncestors'>, suite: Suite, commit: string): Promise<Results | null> {
  if (!store) return null;
  try {
    return (await store.findNearest(suite, await git.firstParentAncestors(commit, 50)))?.results ?? null;
  } catch {
    return null;
  }
}

/**
 * Trials of `prior` that may be pooled into a new baseline for case `c`: only when its fingerprint
 * is known and equal, the most recent `max` of them, renumbered 1..k so new trials continue at k+1.
 */
export function pooledTrials(c: Case, prior: Results | null | undefined, harnessId: string | undefined, max: number, holdoutKey: Buffer | null = null): TrialRecord[] {
  if (!prior || (c.holdout && !holdoutKey)) return [];
  // Holdout results carry an opaque id and a keyed definition hash (results/build.ts); match on those.
  const defHash = c.holdout ? keyedDefinitionHash(c.definition_hash, holdoutKey!) : c.definition_hash;
  const fp = fingerprintOf(defHash, harnessId).fingerprint;
  const id = resultIdOf(c, holdoutKey);
  const old = prior.cases.find((x) => x.id === id && x.holdout === c.holdout);
  if (fp === undefined || old === undefined || old.fingerprint !== fp) return [];
  return old.trials.slice(-max).map((t, i) => ({ ...t, trial: i + 1 }));
}

/**
 * Runs a suite for storing as a baseline: every case its configured trials, then every stochastic
 * case topped up, sequentially, to the trials the gate's power needs (design.ts baselineTarget,
 * re-estimated from the counts after each round). A baseline is reused by every PR that branches
 * from its commit, so its trials are the cheapest place to buy precision.
 */
export async function runBaseline(cases: Case[], meta: RunMeta, env: RunEnv, opts: BaselineOptions, notices: string[] = []): Promise<Results> {
  const { gate, max_trials, concurrency } = env.config;
  return withHarness(env, meta.suite, async (run) => {
    const pooled = new Map<string, TrialRecord[]>();
    for (const c of cases) {
      const list = pooledTrials(c, opts.prior, env.harnessId, Math.max(0, opts.maxTrials - c.trials), env.holdoutKey);
      if (list.length > 0) pooled.set(recordKey(c), list);
    }
    // Cases with pooled trials still get their configured trials afresh: every baseline samples now.
    const initial = planTrials(opts.freshTrials === false ? cases.filter((c) => !pooled.has(recordKey(c))) : cases);
    const records = await run(initial.map((j) => ({ ...j, trial: j.trial + (pooled.get(recordKey(j.c))?.length ?? 0) })));
    for (const [key, list] of pooled) records.set(key, [...list, ...(records.get(key) ?? [])]);
    let extra = 0;
    // A `trials: 1` case claims to be deterministic; the baseline earns that claim with
    // DETERMINISTIC_TRIALS trials (design.ts), so one flake of a noisy case shows here, not in a PR.
    const claims = cases.filter((c) => !c.holdout && c.trials === 1);
    const confirm: TrialJob[] = [];
    for (const c of claims) {
      const list = records.get(recordKey(c)) ?? [];
      // Only a passing case has a claim to back: one that failed or errored cannot regress from here.
      if (countsOf(list).passes === 0) continue;
      const have = list.length;
      for (let t = have + 1; t <= Math.min(DETERMINISTIC_TRIALS, opts.maxTrials); t++) confirm.push({ c, trial: t });
    }
    if (confirm.length > 0) {
      extra += confirm.length;
      for (const [id, list] of await run(confirm)) records.set(id, [...(records.get(id) ?? []), ...list]);
    }
    // Topped up: cases that declare themselves stochastic, and `trials: 1` cases whose trials both
    // passed and failed (the gate decides those statistically). One that never passed is broken,
    // not noisy, and its baseline cannot be regressed from anyway.
    const isStochastic = (c: Case) => {
      if (c.holdout) return false;
      if (c.trials > 1) return true;
      const k = countsOf(records.get(recordKey(c)) ?? []);
      return k.passes > 0 && k.passes < k.runs;
    };
    const stochastic = cases.filter(isStochastic);
    // Sized for the family a PR gate from this baseline will have: these cases plus the holdout aggregate.
    const design = designFor(familyFor(stochastic.length + (cases.some((c) => c.holdout) ? 1 : 0), gate), max_trials);
    for (;;) {
      const jobs: TrialJob[] = [];
      for (const c of stochastic) {
        const list = records.get(recordKey(c)) ?? [];
        const k = countsOf(list);
        const target = baselineTarget(k, design, { min: c.trials, max: opts.maxTrials });
        if (k.runs >= target || list.length >= opts.maxTrials) continue;
        // Half the gap per round: the target is re-estimated from the new counts before the rest runs.
        const more = Math.max(Math.ceil(concurrency / stochastic.length), Math.ceil((target - k.runs) / 2));
        for (let t = list.length + 1; t <= Math.min(opts.maxTrials, list.length + more); t++) jobs.push({ c, trial: t });
      }
      if (jobs.length === 0) break;
      extra += jobs.length;
      const more = await run(jobs);
      for (const [id, list] of more) records.set(id, [...(records.get(id) ?? []), ...list]);
    }
    const all = [...notices];
    const reused = [...pooled.values()].reduce((n, l) => n + l.length, 0);
    if (reused > 0) all.push(`baseline: pooled ${reused} trial(s) of ${pooled.size} case(s) from the stored run at ${opts.prior!.commit.slice(0, 7)} (same harness fingerprint)`);
    if (confirm.length > 0) all.push(`baseline: ran ${confirm.length} extra trial(s) so each passing trials: 1 case backs its deterministic claim with ${DETERMINISTIC_TRIALS} trials`);
    if (extra > confirm.length) all.push(`baseline: ran ${extra - confirm.length} extra trial(s) so every stochastic case carries the evidence the gate's power needs`);
    return assemble(cases, records, meta, env, all);
  });
}

/** The base and head definitions of each modified case, from the trust step's case sets (for runGate's `definitions`). */
export function modifiedDefinitions(gated: { cases: readonly Case[]; modified: ReadonlySet<string>; modifiedHead: ReadonlyMap<string, Case> }): Map<string, { base: Case; head: Case }> {
  const out = new Map<string, { base: Case; head: Case }>();
  for (const c of gated.cases) {
    const head = gated.modifiedHead.get(c.id);
    if (gated.modified.has(c.id) && head && !c.holdout) out.set(c.id, { base: c, head });
  }
  return out;
}

/**
 * Number of statistical decisions a gate of `cases` against `base` makes (compare.ts familyOf asks
 * the same of the results): visible stochastic cases with an evaluated baseline, plus the holdout
 * aggregate. Called over the whole suite, it is the family every shard of a sharded gate uses.
 */
export function gateFamilyTests(cases: readonly Case[], base: Results | null, holdoutKey: Buffer | null, unseen: ReadonlySet<string> = new Set()): number {
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  const members = cases.filter((c) => {
    const b = baseById.get(resultIdOf(c, holdoutKey));
    // `unseen`: cases whose base another shard re-ran: members when they declare themselves stochastic.
    if (b === undefined && unseen.has(c.id)) return !c.holdout && c.trials > 1;
    return isFamilyMember({ holdout: c.holdout, declared: c.trials > 1, base: b, head: b ?? { passes: 0, runs: 0 } });
  }).length;
  const holdoutTest = cases.some((c) => c.holdout) && (base?.holdout_totals ?? null) !== null;
  return members + (holdoutTest ? 1 : 0);
}

/** What the gate produced: head results (with any extra trials), the comparison, and its cost. */
export interface GateOutcome {
  head: Results;
  comparison: Comparison;
  /** Trials run beyond the configured ones, to confirm or clear suspected regressions. */
  extraTrials: number;
  /** Case ids that received extra trials. */
  retried: string[];
}

/**
 * Runs the head, then re-runs only cases that did worse than their baseline until the truncated
 * SPRT decides (or `max_trials`), then compares. Cases that clearly pass cost nothing extra; a
 * `fail` is never retried away: extra trials add evidence, they never replace a result.
 */
export async function runGate(
  cases: Case[],
  base: Results | null,
  meta: RunMeta,
  env: RunEnv,
  opts: {
    baseSource: string;
    allowGuardRemoval: boolean;
    notices?: string[];
    /** From the trust rules (loadTrustedGate), the same for CLI and action: */
    modified?: ReadonlySet<string>;
    harnessChanges?: HarnessChange[];
    /** Case ids the change deleted (said when the baseline has no result for them). */
    removed?: readonly string[];
    /**
     * Size of the suite's decision family when `cases` is one shard of it (gateFamilyTests over
     * every case of the suite): each shard then plans and decides as the unsharded gate would.
     */
    familyTests?: number;
    /**
     * An earlier gate's head results for this same change (a re-run, or a later push that left
     * the harness alone): visible cases whose fingerprint there equals their fingerprint now
     * continue from those trials, so an unchanged harness costs no new runs once its tests are settled.
     */
    priorHead?: Results | null;
    /** Base (gated) and head definitions of the cases the change modified, shown side by side in the reports. */
    definitions?: ReadonlyMap<string, { base: Case; head: Case }>;
  },
): Promise<GateOutcome> {
  const { gate, max_trials, concurrency } = env.config;
  const baseById = new Map((base?.cases ?? []).map((c) => [c.id, c]));
  // The family the comparison will decide (compare.ts familyOf asks the same of the results).
  const stochastic = cases.filter((c) => {
    const b = baseById.get(resultIdOf(c, env.holdoutKey));
    return isFamilyMember({ holdout: c.holdout, declared: c.trials > 1, base: b, head: b ?? { passes: 0, runs: 0 } });
  });
  // Cases whose baseline never passed cannot regress: they are in the family (compare counts them
  // alike) but get no re-trials.
  const retriable = stochastic.filter((c) => baseById.get(c.id)!.passes > 0);
  // Deterministic claims (trials: 1, baseline passed every trial): a head failure is confirmed
  // with DETERMINISTIC_TRIALS trials before it blocks (compare: all failed regresses, mixed is inconclusive).
  const claims = cases.filter((c) => {
    const b = baseById.get(resultIdOf(c, env.holdoutKey));
    return !c.holdout && c.trials === 1 && b !== undefined && b.runs > 0 && b.passes === b.runs;
  });
  const confirmUpTo = Math.min(DETERMINISTIC_TRIALS, max_trials);
  const design = designFor(familyFor(opts.familyTests ?? gateFamilyTests(cases, base, env.holdoutKey), gate), max_trials);
  // Reused head trials: never holdout ones (their ids are keyed, and a prior file is untrusted data
  // that must not stand in for the cases the author cannot see).
  const reused = new Map<string, TrialRecord[]>();
  for (const c of cases) {
    if (c.holdout) continue;
    const list = pooledTrials(c, opts.priorHead, env.harnessId, max_trials);
    // Marked, so this gate's spend counts only the runs it made (an already-reused trial keeps its origin).
    if (list.length > 0) reused.set(recordKey(c), list.map((t) => ({ ...t, reused_from: t.reused_from ?? opts.priorHead!.commit })));
  }
  return withHarness(env, meta.suite, async (run) => {
    // Each case runs what its configured trials lack after the reused ones.
    const initial = planTrials(cases).filter((j) => j.trial > (reused.get(recordKey(j.c))?.length ?? 0));
    const records = await run(initial);
    for (const [key, list] of reused) records.set(key, [...list, ...(records.get(key) ?? [])]);
    let extraTrials = 0;
    const retried = new Set<string>();
    const budget = gate.max_runs ?? null;
    // The budget is of this gate's own runs: reused trials cost nothing now.
    const reusedRuns = runsOf(reused);
    let spent = runsOf(records) - reusedRuns;
    const starved = new Set<string>();
    for (;;) {
      // Every stochastic case runs until its curtailed exact test is settled (design.ts), not only
      // the ones that already look worse: a dropped case that happens to start well is still examined.
      const jobs: TrialJob[] = [];
      const undecided: Array<{ c: Case; k: number; left: number }> = [];
      for (const c of retriable) {
        const b = baseById.get(c.id)!;
        const trials = records.get(recordKey(c)) ?? [];
        if (trials.length >= max_trials) continue;
        const head = countsOf(trials);
        const plan = planHead(b, design);
        if (decideHead(b, head, plan, design).kind !== 'continue') continue;
        // Never past the planned n: the exact test's level is for n trials, and a round that overshot
        // it on the strength of the data so far would choose the test's size from the data.
        const left = Math.min(max_trials - trials.length, Math.max(1, plan.n - head.runs));
        undecided.push({ c, k: Math.min(left, minTrialsToDecide(head, plan, design)), left });
      }
      // What each case asks for this round: confirmations of deterministic failures, then the
      // undecided stochastic cases' next trials (at least their share of the workers).
      const asks: Array<{ c: Case; from: number; count: number }> = [];
      for (const c of claims) {
        const trials = records.get(recordKey(c)) ?? [];
        const head = countsOf(trials);
        if (head.runs === 0 || head.passes > 0 || trials.length >= confirmUpTo) continue;
        asks.push({ c, from: trials.length + 1, count: confirmUpTo - trials.length });
      }
      if (undecided.length === 0 && asks.length === 0) break;
      const share = Math.ceil(concurrency / Math.max(1, undecided.length));
      for (const { c, k, left } of undecided) {
        const have = records.get(recordKey(c))?.length ?? 0;
        asks.push({ c, from: have + 1, count: Math.min(left, Math.max(k, share)) });
      }
      // gate.max_runs: the budget goes where it matters first (sev0 before sev1 ...); a case it
      // cannot reach stops undecided and compares as inconclusive, never as a pass.
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
      for (const [id, list] of more) records.set(id, [...(records.get(id) ?? []), ...list]);
      spent = runsOf(records) - reusedRuns;
    }
    const notices = [...(opts.notices ?? [])];
    const reusedCount = [...reused.values()].reduce((n, l) => n + l.length, 0);
    if (reusedCount > 0) notices.push(`reused ${reusedCount} head trial(s) of ${reused.size} case(s) from an earlier gate of this change at ${opts.priorHead!.commit.slice(0, 7)} (same harness fingerprint); ${initial.length + extraTrials} new harness run(s)`);
    if (budget !== null && spent > budget && extraTrials === 0) notices.push(`budget: the configured trials alone took ${spent} harness runs, more than gate.max_runs ${budget}; no re-trials were run`);
    // Only the ones the budget left undecided (a case short of one round may have settled in the next).
    const undecidedNow = [...starved].filter((id) => {
      const c = retriable.find((x) => x.id === id);
      if (c === undefined) return claims.some((x) => x.id === id);
      const b = baseById.get(c.id)!;
      return decideHead(b, countsOf(records.get(recordKey(c)) ?? []), planHead(b, design), design).kind === 'continue';
    });
    if (undecidedNow.length > 0) {
      const ids = undecidedNow.sort();
      notices.push(`budget: gate.max_runs ${budget} reached after ${spent} harness runs; ${ids.length} case(s) got fewer re-trials than their test needed and stay undecided (inconclusive unless already decided): ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? ', …' : ''}`);
    }
    if (extraTrials > 0) notices.push(`ran ${extraTrials} extra trial(s) on ${retried.size} case(s) until each case's test was settled (a trials: 1 case's failure is confirmed with ${confirmUpTo} trials)`);
    const head = assemble(cases, records, meta, env, notices);
    const comparison = compareResults(base, head, { gate, maxTrials: max_trials, baseSource: opts.baseSource, allowGuardRemoval: opts.allowGuardRemoval, modified: opts.modified, familyTests: opts.familyTests });
    if (opts.harnessChanges && opts.harnessChanges.length > 0) comparison.harness_changes = opts.harnessChanges;
    for (const row of comparison.cases) {
      const d = row.modified && !row.holdout ? opts.definitions?.get(row.id) : undefined;
      if (d) row.definitions = { base: renderCaseDefinition(d.base), head: renderCaseDefinition(d.head) };
    }
    const shown = new Set(comparison.cases.map((c) => c.id));
    for (const id of opts.removed ?? []) {
      if (!shown.has(id)) comparison.notices.push(`case ${id} was deleted by this change but has no baseline result to compare with`);
    }
    return { head, comparison, extraTrials, retried: [...retried] };
  });
}
