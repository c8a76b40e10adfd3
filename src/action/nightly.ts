// Nightly mode (schedule / workflow_dispatch on the default branch): run the suites at this commit,
// compare each with the previous stored run of the default branch (adaptive re-trials), reopen the
// closed issues whose guard regressed (labels, owners, evidence comment; idempotent per case and
// commit through a hidden marker), store the results as the new baseline, and summarise with a
// pass-rate trend chart and the guard coverage line.
//
// Verdict: `block` when the comparison of any suite blocks (a guard regressed, a new case fails,
// errors where the baseline passed...), so `fail-on: regression` fails the nightly job and the
// failure shows in the Actions tab; `fail-on: never` keeps the job green. Without a stored previous
// run there is nothing to regress against: the verdict follows the comparison against no baseline.
import { join } from 'node:path';
import type { Comparison, Config, Results, Suite } from '../types.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { loadProjectFromDisk, loadHoldout, selectCases } from '../engine/project.js';
import { readHarnessIdentity, type RunEnv } from '../engine/run.js';
import { renderScopeGaps } from '../engine/paths.js';
import { checkBaselineRun } from '../results/check.js';
import { runBaseline, runGate } from '../engine/adaptive.js';
import { readJsonFile, writeFileAtomic } from '../adapters/fs.js';
import { readHistory } from '../engine/history.js';
import { renderHistoryHtml, renderHistoryMarkdown } from '../surfaces/history.js';
import { renderProblem } from '../case/problems.js';
import { renderTrendChart } from '../surfaces/markdown.js';
import { renderGateFiles } from '../surfaces/files.js';
import { reportLocation } from './artifact.js';
import { LIMITS } from '../surfaces/limits.js';
import { redactResults } from '../surfaces/redact.js';
import { planReopens, renderCoverageLine, resolveGuards, type ReopenAction, type ReopenIssue } from '../loop/reopen.js';
import { addLabels, postComment, readIssue, readIssues, type GitHubClient, type RepoRef } from '../adapters/github.js';
import type { BaselineStore, StoredRun } from '../adapters/store.js';
import { isDefaultBranchRun, validateResults } from './store.js';
import { parseBranchRef } from './default-branch.js';
import { readLoopInput } from './loop-data.js';
import { computeLoopMetrics } from '../loop/metrics.js';
import { renderLoopMarkdown } from '../surfaces/loop.js';
import { AGENT_FAILURE_LABEL, computeGuardedIssues, readIsMe, readIssueComments, reopenState } from './issue-reads.js';

/** Stored runs the nightly's guard history covers (each is read from the store). */
const HISTORY_RUNS = 60;

/** Period (days) over which the nightly summary counts reopens. */
export const LOOP_PERIOD_DAYS = 30;

/** Stored runs shown in the trend chart (including this one). */
export const TREND_RUNS = 30;

/** The previous stored run of `branch` for `suite`: the newest index entry at another commit. */
export function pickPreviousRun(index: readonly StoredRun[], commit: string): StoredRun | null {
  // A rerun of the nightly at the same commit compares with the run before, not with itself.
  for (let i = index.length - 1; i >= 0; i--) if (index[i].commit !== commit) return index[i];
  return null;
}

/** Trend points: the last stored runs (this commit's stored entry replaced by this run), at most TREND_RUNS. */
export function buildTrendPoints(index: readonly StoredRun[], run: Results): Array<{ commit: string; created_at: string; pass_rate: number }> {
  const points = index.filter((r) => r.commit !== run.commit).map((r) => ({ commit: r.commit, created_at: r.created_at, pass_rate: r.pass_rate }));
  points.push({ commit: run.commit, created_at: run.created_at, pass_rate: run.totals.pass_rate });
  return points.slice(-TREND_RUNS);
}

/** One guarded issue read for planning: state, labels, assignees, body and all comment bodies. */
async function readReopenIssue(client: GitHubClient, repo: RepoRef, n: number): Promise<ReopenIssue | string | null> {
  const issue = await readIssue(client, repo, n);
  // Not found (deleted, transferred): planReopens reports it as skipped; no warning on top.
  if (!issue.ok) return issue.reason === 'not_found' ? null : `could not read issue #${n} (${issue.status} ${issue.message})`;
  const comments = await readIssueComments(client, repo, n);
  if (!comments.ok) return `could not read the comments of issue #${n} (${comments.status} ${comments.message})`;
  const v = issue.value;
  // Only our own comments count for the marker: anyone could paste one to suppress a reopen.
  const isMe = await readIsMe(client);
  return { number: v.number, state: v.state, title: v.title, labels: v.labels, assignees: v.assignees, body: v.body, comments: comments.value.filter((c) => isMe(c.author, c.bot)).map((c) => ({ body: c.body })) };
}

/** Applies one planned action: labels and assignees, reopen, then the evidence comment (it carries the marker, so it goes last). */
async function applyReopen(client: GitHubClient, repo: RepoRef, a: ReopenAction, issue: ReopenIssue): Promise<{ reopened: boolean; commented: boolean; problems: string[] }> {
  const problems: string[] = [];
  // Re-check right before writing: another run (or a killed earlier attempt) may have written it.
  const isMe = await readIsMe(client);
  const existing = await readIssueComments(client, repo, a.issue);
  if (existing.ok && existing.value.some((c) => c.body.includes(a.marker) && isMe(c.author, c.bot))) return { reopened: false, commented: false, problems: [] };
  if (a.labels.length > 0) {
    const r = await addLabels(client, repo, a.issue, a.labels);
    if (r.ok) issue.labels.push(...a.labels);
    else problems.push(`could not label #${a.issue} with ${a.labels.join(', ')} (${r.status} ${r.message})`);
  }
  if (a.assignees.length > 0) {
    try {
      await client.octokit.rest.issues.addAssignees({ owner: repo.owner, repo: repo.repo, issue_number: a.issue, assignees: a.assignees });
      issue.assignees.push(...a.assignees);
    } catch (e) {
      problems.push(`could not assign ${a.assignees.join(', ')} to #${a.issue} (${(e as Error).message})`);
    }
  }
  let reopened = false;
  if (a.reopen && issue.state === 'closed') {
    const r = await reopenState(client, repo, a.issue);
    if (r.ok) {
      reopened = true;
      issue.state = 'open';
    } else problems.push(`could not reopen #${a.issue} (${r.status} ${r.message})`);
  }
  const c = await postComment(client, repo, a.issue, a.comment, { marker: a.marker });
  if (c.ok) issue.comments.push({ body: a.comment });
  else problems.push(`could not comment the evidence of ${a.caseId} on #${a.issue} (${c.status} ${c.message})`);
  return { reopened, commented: c.ok, problems };
}

async function readBaseline(deps: ActionDeps, store: BaselineStore | null, suite: Suite, branch: string, index: StoredRun[]): Promise<{ results: Results | null; source: string }> {
  const { inputs, root, context } = deps;
  if (!store && inputs.baseline) {
    const r = validateResults(await readJsonFile(join(root, inputs.baseline)), inputs.baseline);
    return r.suite === suite ? { results: r, source: `file ${inputs.baseline}` } : { results: null, source: `file ${inputs.baseline} holds suite ${r.suite}, not ${suite}` };
  }
  const prev = pickPreviousRun(index, context.sha);
  if (!store || !prev) return { results: null, source: `no earlier stored ${suite} run of ${branch}` };
  const results = await store.read(suite, prev.commit);
  if (!results) return { results: null, source: `stored ${suite} run of ${branch} at ${prev.commit.slice(0, 7)} is listed but missing` };
  return { results, source: `last stored run of ${branch}, ${store.describe()} at ${prev.commit.slice(0, 7)} (${prev.created_at})` };
}

/** Runs the nightly job (see the header for what it does and how the verdict is decided). */
export async function runNightlyMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, inputs, github, root } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  const fullName = `${context.owner}/${context.repo}`;
  const warnings: string[] = [];
  const notices: string[] = [];
  const branch = context.defaultBranch ?? parseBranchRef(context.ref) ?? 'main';
  const onDefault = isDefaultBranchRun(deps);
  if (!onDefault) {
    const where = context.defaultBranch ? `not the default branch ${context.defaultBranch}` : 'and the default branch is unknown';
    notices.push(`nightly on ${context.ref || 'this ref'}, ${where}: comparing and reporting only (no issue updates, no baseline stored)`);
  }

  const project = await loadProjectFromDisk(root, inputs.config);
  if (!('config' in project)) throw new Error(`invalid evalgate config or cases:\n${project.problems.map(renderProblem).join('\n')}`);
  const config: Config = project.config;
  const holdout = await loadHoldout(root, config, deps.env.EVALGATE_HOLDOUT_KEY, { visibleIds: new Set(project.cases.map((c) => c.id)) });
  warnings.push(...holdout.problems);
  notices.push(...holdout.notices);
  const store = deps.store;

  const runs: Array<{ suite: Suite; cmp: Comparison; head: Results; stored: Results; index: StoredRun[] }> = [];
  const identity = await readHarnessIdentity(deps.git, root, config, inputs.config);
  const harnessId = identity.harnessId;
  notices.push(...renderScopeGaps(identity.read.gaps, inputs.config));
  try {
    for (const suite of inputs.suites) {
      const { cases } = selectCases([...project.cases, ...(holdout.holdout?.cases ?? [])], { suite, ids: [], shard: inputs.shard });
      let index: StoredRun[] = [];
      if (store) {
        try {
          index = await store.index(suite, branch);
        } catch (err) {
          warnings.push(`could not read the stored ${suite} runs of ${branch}: ${(err as Error).message}`);
        }
      }
      const base = await readBaseline(deps, store, suite, branch, index);
      const env: RunEnv = { cwd: root, config, holdoutKey: holdout.holdout?.key ?? null, redact: deps.redactorFor(config), harnessId, uncommitted: identity.tree.changed };
      const meta = { suite, commit: context.sha, ref: context.ref, createdAt: new Date().toISOString() };
      const outcome = await runGate(cases, base.results, meta, env, {
        baseSource: base.source,
        allowGuardRemoval: false,
        notices: [...holdout.notices],
      });
      // What is stored becomes the next comparisons' baseline: top the night's trials up (same commit,
      // same harness, so they pool) to the evidence the gate's power needs, as `evalgate baseline` does.
      const toStore = onDefault && store ? await runBaseline(cases, meta, env, { maxTrials: config.max_baseline_trials, prior: outcome.head, freshTrials: false }, [...holdout.notices]) : outcome.head;
      runs.push({ suite, cmp: outcome.comparison, head: outcome.head, stored: toStore, index });
    }
  } finally {
    await holdout.holdout?.dispose();
  }

  // Guard coverage, read before any reopen so X/Y describe the state the night started with.
  const guarded = computeGuardedIssues(project.cases, fullName);
  let coverage = '';
  const closed = await readIssues(github, repo, { state: 'closed', labels: [AGENT_FAILURE_LABEL], max: 1000 });
  if (closed.ok) {
    const failingIssues = new Set<number>();
    for (const { head } of runs) {
      for (const c of head.cases) {
        if (c.holdout || !(c.passes < c.runs || (c.runs === 0 && c.errors > 0))) continue;
        const g = resolveGuards(typeof c.guards === 'string' ? c.guards.replace(/^#/, '') : c.guards, fullName);
        if ('number' in g) failingIssues.add(g.number);
      }
    }
    const closedGuarded = closed.value.filter((i) => guarded.has(i.number));
    coverage = renderCoverageLine({ guarded: closedGuarded.length, closedAgentFailure: closed.value.length, failing: closedGuarded.filter((i) => failingIssues.has(i.number)).length });
  } else {
    warnings.push(`could not list the closed ${AGENT_FAILURE_LABEL} issues (${closed.status} ${closed.message}); coverage line omitted`);
  }

  // Issue updates: plan per suite against issues that carry this run's earlier writes.
  const reopened: number[] = [];
  const actionsDone: string[] = [];
  const issues = new Map<string, ReopenIssue>();
  const unreadable = new Set<number>();
  for (const { cmp } of runs) {
    const wanted = new Set<number>();
    for (const c of cmp.cases) {
      if (c.status !== 'regressed' || !c.blocking) continue;
      const g = resolveGuards(typeof c.guards === 'string' ? c.guards.replace(/^#/, '') : c.guards, fullName);
      if ('number' in g && !issues.has(String(g.number)) && !unreadable.has(g.number)) wanted.add(g.number);
    }
    if (!onDefault) continue;
    for (const n of wanted) {
      const read = await readReopenIssue(github, repo, n);
      if (read === null || typeof read === 'string') {
        unreadable.add(n);
        if (read) warnings.push(read);
      } else issues.set(String(n), read);
    }
    const plan = planReopens(cmp, issues, {
      commit: context.sha,
      runUrl: context.runUrl,
      owners: config.owners,
      triage: config.triage,
      redact: deps.redactorFor(config),
      repo: fullName,
    });
    for (const s of plan.skipped) notices.push(`${cmp.suite}: ${s}`);
    for (const a of plan.actions) {
      const issue = issues.get(String(a.issue))!;
      const done = await applyReopen(github, repo, a, issue);
      warnings.push(...done.problems);
      if (done.reopened) reopened.push(a.issue);
      if (done.reopened || done.commented) actionsDone.push(`- #${a.issue}: ${done.reopened ? 'reopened, ' : ''}${a.labels.length ? `labelled ${a.labels.join(', ')}, ` : ''}${a.assignees.length ? `assigned ${a.assignees.join(', ')}, ` : ''}evidence for \`${a.caseId}\` commented`);
    }
  }

  // The loop's figures, after tonight's reopens so they count.
  const loop = await readLoopInput({ github, repo, git: deps.git, cases: project.cases, now: new Date().toISOString(), periodDays: LOOP_PERIOD_DAYS });
  warnings.push(...loop.warnings);
  const loopSection = loop.input ? renderLoopMarkdown(computeLoopMetrics(loop.input), LOOP_PERIOD_DAYS) : '';

  // The new baseline, after the issue updates (a killed run redoes them from the same previous run).
  if (onDefault && store) {
    for (const { stored: head } of runs) {
      // A night whose harness never ran must not become the next comparisons' baseline.
      const check = checkBaselineRun(head);
      if (check.refuse) {
        warnings.push(`not storing the ${head.suite} results as the new baseline: ${check.refuse}`);
        continue;
      }
      if (check.flag) warnings.push(`${head.suite}: ${check.flag}`);
      try {
        await store.write(redactResults(head, deps.redactorFor(config)), branch, context.runId ?? undefined);
      } catch (err) {
        warnings.push(`could not store the ${head.suite} results as the new baseline: ${(err as Error).message}`);
      }
    }
  } else if (onDefault) notices.push('not storing the results: the `baseline` input names a file');

  // The one redaction step (registered secrets + config patterns) for every file and the summary.
  const redactor = deps.redactorFor(config);
  const server = context.runUrl ? new URL(context.runUrl).origin : 'https://github.com';
  const issueUrl = (ref: string) => {
    const m = /^(?:([\w.-]+)\/([\w.-]+))?#?(\d+)$/.exec(ref);
    return m ? `${server}/${m[1] ?? context.owner}/${m[2] ?? context.repo}/issues/${m[3]}` : null;
  };
  const titles = new Map<string, string>([...issues.values()].map((i) => [String(i.number), i.title]));
  let summary = `# evalgate nightly\n\n`;
  if (coverage) summary += `${coverage}\n\n`;
  if (actionsDone.length > 0) summary += `## Issues updated\n\n${actionsDone.join('\n')}\n\n`;
  if (loopSection) summary += `${loopSection}\n`;
  let regressions = 0;
  let blocked = false;
  let resultsPath: string | null = null;
  let reportPath: string | null = null;
  const budget = Math.floor(LIMITS.summary / Math.max(1, runs.length)) - 8192;
  const jobFails = deps.inputs.failOn === 'regression' && runs.some((r) => r.cmp.verdict === 'block');
  for (const { suite, cmp, head, index } of runs) {
    // Counts and rates only: nothing here needs redacting; renderGateFiles redacts what it renders.
    regressions += cmp.cases.filter((c) => c.status === 'regressed').length;
    blocked ||= cmp.verdict === 'block';
    const chart = renderTrendChart(buildTrendPoints(index, head), `${suite} pass rate, ${branch}`);
    const mdOpts = {
      issueTitles: titles,
      issueUrl,
      runUrl: context.runUrl ?? undefined,
      maxBytes: budget,
      source: { repo: `${context.owner}/${context.repo}`, sha: context.sha, server: context.runUrl ? new URL(context.runUrl).origin : 'https://github.com' },
      htmlReport: reportLocation(deps.reportUpload ?? null, suite, jobFails),
    };
    // The files every gate writes, through the same renderer and redaction (JUnit included);
    // the nightly's report leads with the trend chart.
    const files = renderGateFiles(head, cmp, redactor, mdOpts);
    const report = files['report.md'].replace(/\n$/, '');
    summary += `## ${suite}: trend over the last ${TREND_RUNS} stored runs\n\n${chart}\n${report}\n`;
    const dir = join(root, '.evalgate', suite);
    resultsPath = join(dir, 'results.json');
    reportPath = join(dir, 'report.md');
    for (const [name, text] of Object.entries(files) as Array<[keyof typeof files, string | Iterable<string>]>) {
      await writeFileAtomic(join(dir, name), name === 'report.md' ? `${chart}\n${report}\n` : text);
    }
  }
  // The history of every guard, including tonight's stored run: a compact table in the summary,
  // history.html and history.json next to the report (the workflow uploads .evalgate/).
  if (store) {
    for (const { suite } of runs) {
      try {
        const h = redactor.value(await readHistory(store, suite, branch, HISTORY_RUNS), { keys: false });
        const dir = join(root, '.evalgate', suite);
        await writeFileAtomic(join(dir, 'history.html'), renderHistoryHtml(h));
        await writeFileAtomic(join(dir, 'history.json'), JSON.stringify(h, null, 2) + '\n');
        summary += `\n${renderHistoryMarkdown(h, { maxRows: 20 })}\nThe whole history is in \`.evalgate/${suite}/history.html\` of this run's artifact.\n`;
      } catch (err) {
        warnings.push(`could not build the ${suite} history: ${(err as Error).message}`);
      }
    }
  }
  return { verdict: blocked ? 'block' : 'pass', regressions, resultsPath, reportPath, reopened: [...new Set(reopened)], summary, warnings, notices };
}
