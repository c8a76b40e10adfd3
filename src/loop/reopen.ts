// Nightly: regressed guard cases -> issue actions (reopen, label, assign, comment) (SPEC 8).
// Pure: the comparison and the issues come in as data; the plan comes out. Idempotence is
// durable without external state: each comment carries a hidden marker naming case and commit.
import { DEFAULT_TRIAGE } from '../case/config.js';
import { formatPct, shortSha } from '../surfaces/format.js';
import { LIMITS } from '../surfaces/limits.js';
import { mdCode, mdLink, mdText } from '../surfaces/md.js';
import { renderEvidence } from '../surfaces/evidence.js';
import { reopenRuleAllows } from './issue-form.js';
import type { CaseComparison, Comparison, Config, FailureClass } from '../types.js';

/** An issue as the nightly planner needs it (state, labels and assignees as names, comment bodies). */
export interface ReopenIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  labels: string[];
  assignees: string[];
  comments: Array<{ body: string }>;
  /** Issue body, when fetched: its "Reopen rule" field is honoured (e.g. `never` -> comment only). */
  body?: string | null;
}

/** One planned issue update. `labels`/`assignees` are the ones to add (not already on the issue). */
export interface ReopenAction {
  issue: number;
  caseId: string;
  reopen: boolean;
  labels: string[];
  assignees: string[];
  comment: string;
  marker: string;
}

/** The nightly plan: actions, and why other regressed cases got none. */
export interface ReopenPlan {
  actions: ReopenAction[];
  skipped: string[];
}

/** Options for planReopens. */
export interface ReopenOptions {
  commit: string;
  runUrl: string | null;
  owners: Record<string, string[]>;
  triage: Config['triage'];
  redact: (s: string) => string;
  /** "owner/name" of this repository: guards written as "owner/name#N" for it count as local. */
  repo?: string;
}

/** Label every reopened issue gets. */
export const REGRESSION_LABEL = 'regression';
/** Evidence kept in a comment, in characters (the whole comment must stay under GitHub's 65,536). */
const MAX_EVIDENCE = 20000;
const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const GITHUB_TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]{1,100}$/;

/** The remediation label of a failure class: from `triage`, else the SPEC 8 default. */
export function triageLabel(triage: Config['triage'], cls: FailureClass | null): string | null {
  if (!cls) return null;
  return triage?.[cls]?.label ?? DEFAULT_TRIAGE[cls]?.label ?? null;
}

/** Splits owner handles into assignable logins and team handles (`org/team`, mentioned instead); invalid handles are returned apart. */
export function splitOwners(handles: readonly string[]): { logins: string[]; teams: string[]; invalid: string[] } {
  const out = { logins: [] as string[], teams: [] as string[], invalid: [] as string[] };
  for (const raw of handles) {
    const h = String(raw).trim().replace(/^@/, '');
    if (GITHUB_LOGIN.test(h)) {
      if (!out.logins.includes(h)) out.logins.push(h);
    } else if (GITHUB_TEAM.test(h)) {
      if (!out.teams.includes(h)) out.teams.push(h);
    } else out.invalid.push(String(raw));
  }
  return out;
}

/** Keeps marker fields inside an HTML comment whatever the data says. */
function markerSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120);
}

/** The hidden marker that makes a nightly comment idempotent per case and commit. */
export function reopenMarker(caseId: string, commit: string): string {
  return `<!-- evalgate:reopen case=${markerSafe(caseId)} commit=${markerSafe(commit)} -->`;
}

/** Resolves a `guards` value to a local issue number, or a reason it is not one. */
export function resolveGuards(guards: number | string | null, repo?: string): { number: number } | { reason: string } {
  if (guards === null || guards === undefined) return { reason: 'guards no issue' };
  if (typeof guards === 'number') return Number.isSafeInteger(guards) && guards > 0 ? { number: guards } : { reason: `guards ${guards}, which is not an issue number` };
  if (/^[1-9]\d*$/.test(guards)) return { number: Number(guards) };
  const m = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)#([1-9]\d*)$/.exec(guards);
  if (!m) return { reason: `guards ${JSON.stringify(guards)}, which is not an issue reference` };
  if (repo && m[1].toLowerCase() === repo.toLowerCase()) return { number: Number(m[2]) };
  return { reason: `guards ${guards} in another repository; evalgate only reopens issues in ${repo ?? 'this repository'}` };
}

function rate(r: { passes: number; runs: number } | null): string {
  if (!r || r.runs === 0) return '—';
  return `${formatPct(r.passes / r.runs, 0)} (${r.passes}/${r.runs} trials)`;
}

function renderComment(c: CaseComparison, issue: ReopenIssue, reopen: boolean, suite: string, opts: ReopenOptions, teams: string[]): string {
  const lines: string[] = [];
  const verb = reopen ? 'Reopening: the' : 'The';
  lines.push(`### evalgate: guard ${mdCode(c.id)} regressed`);
  lines.push('');
  lines.push(`${verb} eval case ${mdCode(c.id)} that guards this issue regressed on the ${mdText(suite)} run at commit ${mdCode(shortSha(opts.commit))}${opts.runUrl ? ` (${mdLink('workflow run', opts.runUrl)})` : ''}.`);
  lines.push('');
  lines.push(`- pass rate: ${rate(c.base)} → ${rate(c.head)}${c.p_value !== null ? `, p = ${c.p_value < 0.001 ? '<0.001' : c.p_value.toFixed(3)}` : ''}`);
  if (c.class) lines.push(`- failure class: ${mdCode(c.class)}`);
  if (c.message) lines.push(`- failing check: ${mdText(opts.redact(c.message))}`);
  if (c.file) lines.push(`- case file: ${mdCode(c.file)}`);
  if (teams.length > 0) lines.push(`- owners: ${teams.map((t) => `@${t}`).join(', ')}`);
  if (c.evidence) {
    // The same reading as the PR comment: steps with the pointed one marked, output, full trace folded.
    lines.push('');
    lines.push(renderEvidence(c.evidence, c.message, MAX_EVIDENCE, opts.redact));
  }
  return lines.join('\n');
}

/**
 * Plans the nightly issue actions for every regressed blocking case whose guarded issue is known:
 * closed -> reopen, add `regression` + the triage label of its class, assign the workflow's
 * owners, comment with evidence; open -> comment only. A case whose issue already has this
 * case's marker for this commit is skipped (a rerun never comments twice).
 */
export function planReopens(cmp: Comparison, issues: Map<string, ReopenIssue>, opts: ReopenOptions): ReopenPlan {
  const plan: ReopenPlan = { actions: [], skipped: [] };
  const reopened = new Set<number>();
  for (const c of cmp.cases) {
    if (c.status !== 'regressed' || !c.blocking) continue;
    const g = resolveGuards(c.guards, opts.repo);
    if ('reason' in g) {
      plan.skipped.push(`${c.id}: ${g.reason}`);
      continue;
    }
    const issue = issues.get(String(g.number));
    if (!issue) {
      plan.skipped.push(`${c.id}: issue #${g.number} was not found (deleted, transferred, or not fetched)`);
      continue;
    }
    const marker = reopenMarker(c.id, opts.commit);
    if (issue.comments.some((cm) => typeof cm?.body === 'string' && cm.body.includes(marker))) {
      plan.skipped.push(`${c.id}: issue #${issue.number} already has the evidence for commit ${shortSha(opts.commit)}`);
      continue;
    }
    const closed = issue.state === 'closed';
    // Two cases guarding one issue: reopen once, comment for each.
    const ruleAllows = issue.body === undefined || reopenRuleAllows(issue.body, 'guard');
    if (closed && !ruleAllows) plan.skipped.push(`${c.id}: issue #${issue.number} is closed and its reopen rule does not allow reopening on a guard regression; commenting only`);
    const reopen = closed && ruleAllows && !reopened.has(issue.number);
    if (reopen) reopened.add(issue.number);

    let labels: string[] = [];
    let assignees: string[] = [];
    let teams: string[] = [];
    if (closed && ruleAllows) {
      const have = new Set(issue.labels.map((l) => l.toLowerCase()));
      labels = [REGRESSION_LABEL, triageLabel(opts.triage, c.class)].filter((l): l is string => !!l && !have.has(l.toLowerCase()));
      const handles = [...(c.workflow ? (opts.owners[c.workflow] ?? []) : []), ...(c.class && opts.triage?.[c.class]?.owner ? [opts.triage[c.class]!.owner!] : [])];
      const split = splitOwners(handles);
      for (const bad of split.invalid) plan.skipped.push(`${c.id}: owner ${JSON.stringify(bad)} is not a GitHub login or org/team; not assigned`);
      const assigned = new Set(issue.assignees.map((a) => a.toLowerCase()));
      assignees = split.logins.filter((l) => !assigned.has(l.toLowerCase()));
      teams = split.teams;
    }
    let body = opts.redact(renderComment(c, issue, reopen, cmp.suite, opts, teams));
    const room = LIMITS.comment - marker.length - 1;
    if (body.length > room) body = body.slice(0, room);
    plan.actions.push({ issue: issue.number, caseId: c.id, reopen, labels, assignees, comment: `${marker}\n${body}`, marker });
  }
  return plan;
}

/** The coverage line of the nightly summary. */
export function renderCoverageLine(x: { guarded: number; closedAgentFailure: number; failing: number }): string {
  return `guarded issues: ${x.guarded} of ${x.closedAgentFailure} closed agent-failure issues have a guard; ${x.failing} failing`;
}
