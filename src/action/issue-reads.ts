// Issue reads and writes shared by the modes and the CLI: comments with their authors, whose
// comments count as evalgate's own (identity), guarded issue numbers, reopening.
import type { Case } from '../types.js';
import { resolveGuards } from '../loop/reopen.js';
import { readIdentity, type GitHubClient, type GitHubFailure, type GitHubResult, type RepoRef } from '../adapters/github.js';

/** Label an issue must carry to be scaffolded, and that ingest-created issues get. */
export const AGENT_FAILURE_LABEL = 'agent-failure';
/** A thrown Octokit error as a GitHubFailure. */
export function toFailure(e: unknown): GitHubFailure {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const status = typeof err?.status === 'number' ? err.status : 0;
  const message = err?.response?.data?.message ?? err?.message ?? String(e);
  const reason = status === 401 || status === 403 ? 'not_permitted' : status === 404 ? 'not_found' : status === 422 ? 'invalid' : status === 0 || status >= 500 ? 'unavailable' : 'other';
  return { ok: false, status, message, reason };
}

/** Comments of an issue (oldest first) with author login and type. */
export async function readIssueComments(client: GitHubClient, repo: RepoRef, number: number): Promise<GitHubResult<Array<{ body: string; author: string | null; bot: boolean; createdAt: string }>>> {
  try {
    const list = await client.octokit.paginate(client.octokit.rest.issues.listComments, { owner: repo.owner, repo: repo.repo, issue_number: number, per_page: 100 });
    return { ok: true, value: list.map((c) => ({ body: c.body ?? '', author: c.user?.login ?? null, bot: c.user?.type === 'Bot', createdAt: c.created_at })) };
  } catch (e) {
    return toFailure(e);
  }
}

/** A predicate "was this written by the token's identity"; an inferred identity (GITHUB_TOKEN, app token) accepts any bot, as sticky comments do. */
export async function readIsMe(client: GitHubClient): Promise<(login: string | null, bot: boolean) => boolean> {
  const me = await readIdentity(client);
  return (login, bot) => (me.login !== null && login === me.login) || (!me.confirmed && bot);
}

/** Local issue numbers that cases guard (`guards: 123`, `"#123"` or `"owner/name#123"` of this repository). */
export function computeGuardedIssues(cases: readonly Pick<Case, 'guards'>[], repo: string): Set<number> {
  const out = new Set<number>();
  for (const c of cases) {
    const g = typeof c.guards === 'string' ? c.guards.replace(/^#/, '') : c.guards;
    const r = resolveGuards(g, repo);
    if ('number' in r) out.add(r.number);
  }
  return out;
}

/** Sets an issue open (state_reason reopened). */
export async function reopenState(client: GitHubClient, repo: RepoRef, number: number): Promise<GitHubResult> {
  try {
    await client.octokit.rest.issues.update({ owner: repo.owner, repo: repo.repo, issue_number: number, state: 'open', state_reason: 'reopened' });
    return { ok: true, value: undefined };
  } catch (e) {
    return toFailure(e);
  }
}
