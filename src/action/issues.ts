// Scaffold mode (`issues` closed as completed with label agent-failure) and ingest mode
// (`repository_dispatch` type evalgate-signal), plus the GitHub reads/writes of the ingest loop
// that the CLI shares. The event payload is untrusted: the issue is re-read through the API.
import type { Case, Config } from '../types.js';
import { emptyResult, type ActionDeps, type ActionResult } from './deps.js';
import { AGENT_FAILURE_LABEL, computeGuardedIssues, readIsMe, readIssueComments, reopenState, toFailure } from './issue-reads.js';
import { loadProjectFromDisk } from '../engine/project.js';
import { buildDefaultConfig } from '../case/config.js';
import { renderProblem } from '../case/problems.js';
import { scaffoldCase, ScaffoldError, type ScaffoldResult } from '../loop/scaffold.js';
import { parseSignals, planIngest, renderIngestPlan, type IngestIssue, type IngestPlan } from '../loop/ingest.js';
import { mdFence } from '../surfaces/md.js';
import {
  addLabels,
  createIssue,
  postComment,
  readCommentWithMarker,
  readIssue,
  truncateBody,
  MAX_COMMENT_CHARS,
  type GitHubClient,
  type GitHubResult,
  type RepoRef,
} from '../adapters/github.js';

/** repository_dispatch event type that carries failure signals. */
export const SIGNAL_DISPATCH_TYPE = 'evalgate-signal';
/** Issues (newest first) whose comments ingest reads for dedupe markers; older ones are matched by body only. */
export const INGEST_COMMENT_ISSUES = 200;

/** The hidden marker of a scaffold PR body and of the fallback YAML comment for issue `n`. */
export function scaffoldMarker(n: number): string {
  return `<!-- evalgate:scaffold issue=${n} -->`;
}

/** Branch a scaffold PR is opened from. */
export function scaffoldBranch(n: number): string {
  return `evalgate/case-${n}`;
}

/** Loads config and cases for the loop; falls back to defaults (with a warning) when the checkout has none or they are invalid. */
async function loadLoopProject(root: string, configPath: string, warnings: string[]): Promise<{ config: Config; cases: Case[] }> {
  try {
    const project = await loadProjectFromDisk(root, configPath, { requireCases: false }); // a new repository may have none yet
    if ('config' in project) return { config: project.config, cases: project.cases };
    warnings.push(`${configPath} or its cases are invalid; using default settings (no owners, default triage labels, no guards known):\n${project.problems.slice(0, 5).map(renderProblem).join('\n')}`);
  } catch (err) {
    warnings.push(`could not load ${configPath} (${(err as Error).message}); using default settings`);
  }
  return { config: buildDefaultConfig(''), cases: [] };
}

// ------------------------------------------------------------------ scaffold

/** What writeScaffoldPullRequest did. */
export type ScaffoldPrOutcome = { action: 'created' | 'exists'; number: number | null; url: string | null };

async function findScaffoldPull(client: GitHubClient, repo: RepoRef, issue: number): Promise<{ number: number; url: string } | null> {
  const marker = scaffoldMarker(issue);
  for await (const page of client.octokit.paginate.iterator(client.octokit.rest.issues.listForRepo, { owner: repo.owner, repo: repo.repo, state: 'all', per_page: 100 })) {
    for (const i of page.data) if (i.pull_request && (i.body ?? '').includes(marker)) return { number: i.number, url: i.html_url };
    break; // newest 100 issues/PRs: a scaffold PR is opened right after the issue closes
  }
  return null;
}

/**
 * Opens the scaffold PR: branch `evalgate/case-<n>` from the default branch, the case file and the
 * fixtures as commits, then the PR. Resumes a run killed midway: an existing branch without a PR is
 * rebased onto the current default branch and its files committed again (with their blob sha), and
 * an existing PR (found by its marker) is not opened again.
 */
export async function writeScaffoldPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  issue: { number: number; title: string },
  scaffold: ScaffoldResult,
): Promise<GitHubResult<ScaffoldPrOutcome>> {
  const r = { owner: repo.owner, repo: repo.repo };
  const branch = scaffoldBranch(issue.number);
  try {
    let branchExists = false;
    try {
      await client.octokit.rest.git.getRef({ ...r, ref: `heads/${branch}` });
      branchExists = true;
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e;
    }
    if (branchExists) {
      const pr = await findScaffoldPull(client, repo, issue.number);
      if (pr) return { ok: true, value: { action: 'exists', number: pr.number, url: pr.url } };
    }
    const base = (await client.octokit.rest.repos.get(r)).data.default_branch;
    const head = await client.octokit.rest.git.getRef({ ...r, ref: `heads/${base}` });
    if (!branchExists) await client.octokit.rest.git.createRef({ ...r, ref: `refs/heads/${branch}`, sha: head.data.object.sha });
    // A resumed branch (an earlier run died before opening the PR) may be based on an old commit of
    // the default branch: evalgate owns it and holds only its own commits, so it is rebased by
    // pointing it at the current head and committing the files again.
    else await client.octokit.rest.git.updateRef({ ...r, ref: `heads/${branch}`, sha: head.data.object.sha, force: true });
    const files = [{ path: scaffold.path, content: scaffold.yaml }, ...(scaffold.fixtures ? [{ path: scaffold.fixtures.path, content: scaffold.fixtures.json }] : [])];
    for (const f of files) {
      const content = Buffer.from(client.redact(f.content), 'utf8').toString('base64');
      // Updating a file that exists on the branch needs its blob sha (GitHub answers 409/422 without it).
      let sha: string | undefined;
      try {
        const got = await client.octokit.rest.repos.getContent({ ...r, path: f.path, ref: branch });
        if (!Array.isArray(got.data) && got.data.type === 'file') {
          sha = got.data.sha;
          if ('content' in got.data && got.data.content.replace(/\s/g, '') === content) continue; // already committed as is
        }
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e;
      }
      await client.octokit.rest.repos.createOrUpdateFileContents({
        ...r,
        path: f.path,
        branch,
        message: `evalgate: ${f === files[0] ? 'case' : 'replay fixtures'} guarding #${issue.number}`,
        content,
        ...(sha ? { sha } : {}),
      });
    }
    const body = [
      scaffoldMarker(issue.number),
      `Guards #${issue.number}`,
      '',
      `This adds the eval case \`${scaffold.caseId}\` scaffolded by evalgate from the closed agent-failure issue #${issue.number}, so the failure becomes a release gate.`,
      '',
      `- case: \`${scaffold.path}\``,
      ...(scaffold.fixtures ? [`- replay fixtures: \`${scaffold.fixtures.path}\``] : []),
      '',
      'Review the checks before merging: run `npx evalgate validate` and `npx evalgate run --suite coverage --case ' + scaffold.caseId + '`; the case must fail on the original failure and pass on the fix.',
      ...(scaffold.warnings.length ? ['', '**Scaffolding notes**', '', ...scaffold.warnings.map((w) => `- ${w}`)] : []),
    ].join('\n');
    try {
      const pr = await client.octokit.rest.pulls.create({
        ...r,
        head: branch,
        base,
        title: client.redact(`evalgate: eval case guarding #${issue.number}`),
        body: truncateBody(client.redact(body), MAX_COMMENT_CHARS),
      });
      return { ok: true, value: { action: 'created', number: pr.data.number, url: pr.data.html_url } };
    } catch (e) {
      // GitHub refuses a second PR from the same head (an older one findScaffoldPull did not scan).
      const f = toFailure(e);
      if (f.status === 422 && /already exists/i.test(`${f.message} ${JSON.stringify((e as { response?: { data?: unknown } }).response?.data ?? '')}`)) {
        return { ok: true, value: { action: 'exists', number: null, url: null } };
      }
      throw e;
    }
  } catch (e) {
    return toFailure(e);
  }
}

/** The fallback comment: the case YAML (and fixtures) fenced, for a maintainer to commit by hand. */
export function renderScaffoldComment(issue: number, scaffold: ScaffoldResult, why: string): string {
  return [
    scaffoldMarker(issue),
    `### evalgate: eval case for this issue`,
    '',
    `evalgate could not open a pull request (${why}). Commit this case as \`${scaffold.path}\` so the failure is guarded:`,
    '',
    mdFence(scaffold.yaml, 'yaml'),
    ...(scaffold.fixtures ? ['', `Replay fixtures, \`${scaffold.fixtures.path}\`:`, '', mdFence(scaffold.fixtures.json, 'json')] : []),
    ...(scaffold.warnings.length ? ['', ...scaffold.warnings.map((w) => `- ${w}`)] : []),
  ].join('\n');
}

/**
 * Scaffolds an eval case from an issue closed as completed with label agent-failure and opens a PR
 * adding it; without permission (or on any failure) comments the YAML on the issue instead; when
 * even that fails, warns and succeeds (the job must not fail because a bot lacked a permission).
 */
export async function runScaffoldMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, github, root, inputs } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  const warnings: string[] = [];
  const notices: string[] = [];
  if (!context.issue) throw new Error(`mode scaffold needs an issues event with an issue (got ${context.eventName})`);
  const n = context.issue.number;

  // The payload is untrusted and may be stale: state, reason and labels come from the API.
  const read = await readIssue(github, repo, n);
  if (!read.ok) {
    warnings.push(`could not read issue #${n} (${read.status} ${read.message}); nothing scaffolded`);
    return emptyResult({ warnings });
  }
  const issue = read.value;
  const hasLabel = issue.labels.some((l) => l.toLowerCase() === AGENT_FAILURE_LABEL);
  if (issue.state !== 'closed' || issue.state_reason !== 'completed' || !hasLabel) {
    notices.push(
      `issue #${n} is ${issue.state}${issue.state_reason ? ` (${issue.state_reason})` : ''}${hasLabel ? '' : ` without label ${AGENT_FAILURE_LABEL}`}; evalgate scaffolds a case only for issues closed as completed with label ${AGENT_FAILURE_LABEL}`,
    );
    return emptyResult({ notices });
  }
  const project = await loadLoopProject(root, inputs.config, warnings);
  const fullName = `${context.owner}/${context.repo}`;
  const already = project.cases.find((c) => computeGuardedIssues([c], fullName).has(n));
  if (already) {
    notices.push(`issue #${n} is already guarded by case ${already.id}${already.file ? ` (${already.file})` : ''}; nothing scaffolded`);
    return emptyResult({ notices });
  }
  const comments = await readIssueComments(github, repo, n);
  if (!comments.ok) warnings.push(`could not read the comments of issue #${n} (${comments.message}); scaffolding from the issue body only`);

  let scaffold: ScaffoldResult;
  try {
    scaffold = scaffoldCase(
      { number: issue.number, title: issue.title, body: issue.body, html_url: issue.html_url, labels: issue.labels },
      comments.ok ? comments.value : [],
      { repo: fullName, defaultTrials: project.config.trials },
    );
  } catch (err) {
    if (err instanceof ScaffoldError) {
      warnings.push(`issue #${n}: ${err.message}`);
      return emptyResult({ warnings });
    }
    throw err;
  }
  // Issue text is public already, but configured patterns (API keys in traces) must not land in the repository.
  const red = deps.redactorFor(project.config);
  scaffold = { ...scaffold, yaml: red(scaffold.yaml), fixtures: scaffold.fixtures ? { ...scaffold.fixtures, json: red(scaffold.fixtures.json) } : null };

  const lines = [`## evalgate: case scaffolded from #${n}`, '', `\`${scaffold.path}\``, '', mdFence(scaffold.yaml, 'yaml')];
  const pr = await writeScaffoldPullRequest(github, repo, { number: n, title: issue.title }, scaffold);
  if (pr.ok) {
    const what = pr.value.action === 'created' ? 'opened' : 'already open:';
    const which = pr.value.number ? `#${pr.value.number}` : `from ${scaffoldBranch(n)}`;
    notices.push(`scaffold PR ${what} ${which} (${scaffold.path}) guarding #${n}`);
    lines.unshift(`Pull request ${what} ${which}${pr.value.url ? ` (${pr.value.url})` : ''}`, '');
  } else {
    const why = pr.reason === 'not_permitted' ? `the token may not push or open pull requests: ${pr.status} ${pr.message}` : `${pr.status} ${pr.message}`;
    warnings.push(`could not open the scaffold pull request for #${n} (${why}); commenting the case on the issue instead`);
    const marker = scaffoldMarker(n);
    const existing = await readCommentWithMarker(github, repo, n, marker);
    if (existing.ok && existing.value) {
      notices.push(`issue #${n} already has the scaffolded case in a comment; not posting it again`);
    } else {
      const posted = await postComment(github, repo, n, renderScaffoldComment(n, scaffold, why), { marker });
      if (posted.ok) notices.push(`commented the scaffolded case on #${n}`);
      else warnings.push(`could not comment on #${n} either (${posted.status} ${posted.message}); the case YAML is in the job summary — commit it as ${scaffold.path}`);
    }
  }
  for (const w of scaffold.warnings) lines.push(`- ${w}`);
  return emptyResult({ summary: deps.redactorFor(project.config)(lines.join('\n') + '\n'), warnings, notices });
}

// ------------------------------------------------------------------ ingest

/** Options of readIngestIssues. */
export interface ReadIngestIssuesOptions {
  /** Issues whose comments are read (newest first); default INGEST_COMMENT_ISSUES. */
  commentIssues?: number;
}

/**
 * Issues labelled agent-failure (open and closed) as the ingest planner needs them. Against
 * marker spoofing: only comments written by the token's identity are kept, and evalgate markers in
 * bodies of issues not authored by it are neutralised (anyone can open an issue from the form).
 */
export async function readIngestIssues(client: GitHubClient, repo: RepoRef, opts: ReadIngestIssuesOptions = {}): Promise<GitHubResult<IngestIssue[]>> {
  const isMe = await readIsMe(client);
  const raw: Array<{ number: number; state: 'open' | 'closed'; title: string; body: string | null; labels: string[]; author: string | null; bot: boolean; comments: number }> = [];
  try {
    for await (const page of client.octokit.paginate.iterator(client.octokit.rest.issues.listForRepo, { owner: repo.owner, repo: repo.repo, state: 'all', labels: AGENT_FAILURE_LABEL, per_page: 100 })) {
      for (const i of page.data) {
        if (i.pull_request) continue;
        raw.push({
          number: i.number,
          state: i.state === 'closed' ? 'closed' : 'open',
          title: i.title,
          body: i.body ?? null,
          labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
          author: i.user?.login ?? null,
          bot: i.user?.type === 'Bot',
          comments: i.comments,
        });
      }
      if (raw.length >= 1000) break;
    }
  } catch (e) {
    return toFailure(e);
  }
  const limit = opts.commentIssues ?? INGEST_COMMENT_ISSUES;
  const out: IngestIssue[] = [];
  let read = 0;
  for (const i of raw) {
    let comments: Array<{ body: string | null }> = [];
    if (i.comments > 0 && read < limit) {
      read++;
      const list = await readIssueComments(client, repo, i.number);
      if (!list.ok) return list;
      comments = list.value.filter((c) => isMe(c.author, c.bot)).map((c) => ({ body: c.body }));
    }
    const body = isMe(i.author, i.bot) ? i.body : (i.body ?? '').replace(/<!--\s*evalgate:/g, '<!-- untrusted:');
    out.push({ number: i.number, state: i.state, title: i.title, body, labels: i.labels, comments });
  }
  return { ok: true, value: out };
}

/** What applyIngestPlan did. */
export interface IngestApplied {
  created: number[];
  commented: number[];
  reopened: number[];
  failures: string[];
}

/** Applies an ingest plan: creates issues, comments evidence, reopens (labels, reopen, then the comment carrying the markers). */
export async function applyIngestPlan(client: GitHubClient, repo: RepoRef, plan: IngestPlan): Promise<IngestApplied> {
  const out: IngestApplied = { created: [], commented: [], reopened: [], failures: [] };
  for (const c of plan.create) {
    const r = await createIssue(client, repo, { title: c.title, body: c.body, labels: c.labels, assignees: c.assignees });
    if (r.ok) out.created.push(r.value.number);
    else out.failures.push(`could not create the issue "${c.title}" (${r.status} ${r.message})`);
  }
  for (const c of plan.comment) {
    const r = await postComment(client, repo, c.issue, c.body);
    if (r.ok) out.commented.push(c.issue);
    else out.failures.push(`could not comment on #${c.issue} (${r.status} ${r.message})`);
  }
  for (const x of plan.reopen) {
    if (x.labels.length > 0) {
      const l = await addLabels(client, repo, x.issue, x.labels);
      if (!l.ok) out.failures.push(`could not label #${x.issue} (${l.status} ${l.message})`);
    }
    // The comment carries the dedupe markers, so it goes last: a run killed before it is redone.
    const reopened = await reopenState(client, repo, x.issue);
    if (!reopened.ok) {
      out.failures.push(`could not reopen #${x.issue} (${reopened.status} ${reopened.message})`);
      continue;
    }
    out.reopened.push(x.issue);
    const r = await postComment(client, repo, x.issue, x.comment);
    if (!r.ok) out.failures.push(`reopened #${x.issue} but could not comment the evidence (${r.status} ${r.message})`);
  }
  return out;
}

/** Turns a repository_dispatch client_payload (`{ signals: [...] }` or one signal object) into JSONL text for parseSignals. */
export function buildSignalLines(payload: unknown): { text: string; problem: string | null } {
  const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(payload)) return { text: '', problem: `client_payload is ${payload === null ? 'missing' : typeof payload}; expected { "signals": [ ... ] } or one signal object` };
  const list = Array.isArray(payload.signals) ? payload.signals : [payload];
  // One line per signal: JSON.stringify never emits raw newlines, so line numbers = positions.
  return { text: list.map((s) => JSON.stringify(s ?? null)).join('\n'), problem: null };
}

/** Applies failure signals from a repository_dispatch (type evalgate-signal) to issues. */
export async function runIngestMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, github, root, inputs } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  const warnings: string[] = [];
  const notices: string[] = [];
  if (!context.dispatch) throw new Error(`mode ingest needs a repository_dispatch event (got ${context.eventName})`);
  if (context.dispatch.action !== SIGNAL_DISPATCH_TYPE) {
    notices.push(`repository_dispatch type "${context.dispatch.action}" is not ${SIGNAL_DISPATCH_TYPE}; nothing ingested`);
    return emptyResult({ notices });
  }
  const { text, problem } = buildSignalLines(context.dispatch.payload);
  if (problem) {
    warnings.push(problem);
    return emptyResult({ warnings });
  }
  const parsed = parseSignals(text, 'client_payload.signals');
  for (const p of parsed.problems) warnings.push(`signal ${p.line ?? '?'} rejected: ${p.message}`);
  const project = await loadLoopProject(root, inputs.config, warnings);
  const existing = await readIngestIssues(github, repo);
  if (!existing.ok) {
    // Planning against no issues would create duplicates: refuse instead.
    warnings.push(`could not read the ${AGENT_FAILURE_LABEL} issues (${existing.status} ${existing.message}); nothing ingested`);
    return emptyResult({ warnings, notices });
  }
  const plan = planIngest(parsed.signals, existing.value, {
    owners: project.config.owners,
    triage: project.config.triage,
    guardedIssues: computeGuardedIssues(project.cases, `${context.owner}/${context.repo}`),
    redact: deps.redactorFor(project.config),
  });
  const applied = await applyIngestPlan(github, repo, plan);
  warnings.push(...applied.failures);
  const counts = `created ${applied.created.length} issue(s)${applied.created.length ? ` (${applied.created.map((n) => `#${n}`).join(', ')})` : ''}, commented on ${applied.commented.length}, reopened ${applied.reopened.length}; ${plan.skippedDuplicates} duplicate(s) skipped`;
  notices.push(`ingest: ${counts}`);
  const summary = ['## evalgate: failure signals', '', counts, '', '```text', deps.redactorFor(project.config)(renderIngestPlan(plan)), '```', ''].join('\n');
  return emptyResult({ reopened: applied.reopened, summary, warnings, notices });
}
