// Reads what the loop's figures need (src/loop/metrics.ts): the agent-failure issues, evalgate's
// reopen comments on the ones it reopened, when each guarding case file reached the default branch
// (git history of the checkout), and the regressing commits' times. Shared by the nightly summary
// and `evalgate loop`. Bounded: at most 1000 issues, and comments of at most 100 reopened issues.
import type { Case } from '../types.js';
import type { Git } from '../adapters/git.js';
import { readIssues, type GitHubClient, type RepoRef } from '../adapters/github.js';
import { REGRESSION_LABEL, resolveGuards } from '../loop/reopen.js';
import { parseReopenMarker, type LoopGuard, type LoopInput, type LoopIssue } from '../loop/metrics.js';
import { AGENT_FAILURE_LABEL, readIsMe, readIssueComments } from './issue-reads.js';

/** Reopened issues whose comments are read for reopen events. */
export const LOOP_COMMENT_ISSUES = 100;

/** The loop's inputs from the API and git; what could not be read becomes a warning. */
export async function readLoopInput(opts: { github: GitHubClient; repo: RepoRef; git: Git; cases: readonly Case[]; now: string; periodDays: number }): Promise<{ input: LoopInput | null; warnings: string[] }> {
  const { github, repo, git } = opts;
  const warnings: string[] = [];
  const listed = await readIssues(github, repo, { state: 'all', labels: [AGENT_FAILURE_LABEL], max: 1000 });
  if (!listed.ok) return { input: null, warnings: [`could not list the ${AGENT_FAILURE_LABEL} issues (${listed.status} ${listed.message}); loop figures omitted`] };
  const isMe = await readIsMe(github);
  const issues: LoopIssue[] = [];
  let read = 0;
  for (const i of listed.value) {
    const reopens: LoopIssue['reopens'] = [];
    // Only issues evalgate reopened carry its reopen comments.
    if ((i.labels.includes(REGRESSION_LABEL) || i.state_reason === 'reopened') && read < LOOP_COMMENT_ISSUES) {
      read++;
      const comments = await readIssueComments(github, repo, i.number);
      if (comments.ok) {
        for (const c of comments.value) {
          const m = isMe(c.author, c.bot) ? parseReopenMarker(c.body) : null;
          if (m) reopens.push({ at: c.createdAt, commit: m.commit });
        }
      } else warnings.push(`could not read the comments of #${i.number} (${comments.status} ${comments.message}); its reopens are not counted`);
    }
    issues.push({ number: i.number, state: i.state, createdAt: i.created_at, body: i.body, reopens });
  }

  // When each guarding case's file was first added on this branch's history.
  const fullName = `${repo.owner}/${repo.repo}`;
  const addedAt = new Map<string, string | null>();
  const guards: LoopGuard[] = [];
  for (const c of opts.cases) {
    const g = resolveGuards(typeof c.guards === 'string' ? c.guards.replace(/^#/, '') : c.guards, fullName);
    if (!('number' in g)) continue;
    if (c.file && !addedAt.has(c.file)) {
      const log = await git.run(['log', '--diff-filter=A', '--format=%cI', '--', c.file], { okCodes: [0, 128] });
      const lines = log.code === 0 ? log.stdout.toString('utf8').trim().split('\n').filter(Boolean) : [];
      addedAt.set(c.file, lines.at(-1) ?? null);
    }
    guards.push({ issue: g.number, workflow: c.workflow ?? null, mergedAt: c.file ? (addedAt.get(c.file) ?? null) : null });
  }

  const commitTimes = new Map<string, string>();
  for (const commit of new Set(issues.flatMap((i) => i.reopens.map((r) => r.commit)).filter((c): c is string => c !== null))) {
    const show = await git.run(['show', '-s', '--format=%cI', commit], { okCodes: [0, 128] });
    if (show.code === 0) commitTimes.set(commit, show.stdout.toString('utf8').trim());
  }
  return { input: { issues, guards, commitTimes, now: opts.now, periodDays: opts.periodDays }, warnings };
}
