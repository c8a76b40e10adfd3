// The default branch of the repository the run is in. Most payloads carry it
// (`repository.default_branch`); a `schedule` payload is just `{ "schedule": "<cron>" }`, so there
// it is the branch of GITHUB_REF (scheduled workflows run on the default branch), confirmed by one
// `GET /repos/{owner}/{repo}`: the API's answer wins, and without an answer GITHUB_REF is trusted
// for schedule only (GitHub's contract), never for other events.
import type { RunnerContext } from './context.js';
import { readDefaultBranch, type GitHubClient } from '../adapters/github.js';

/** `refs/heads/<branch>` -> `<branch>`; null for tags, pull refs and anything else. */
export function parseBranchRef(ref: string): string | null {
  const m = /^refs\/heads\/(.+)$/.exec(ref);
  return m ? m[1] : null;
}

/** What resolveDefaultBranch decided, and why (for a notice or a warning). */
export interface DefaultBranch {
  branch: string | null;
  /** Where it came from: payload, api, or schedule-ref (API unavailable, GITHUB_REF of a scheduled run). */
  source: 'payload' | 'api' | 'schedule-ref' | 'unknown';
  warning: string | null;
}

/** The default branch: from the payload, else from the API (one call), else GITHUB_REF for schedule runs. */
export async function resolveDefaultBranch(context: Pick<RunnerContext, 'defaultBranch' | 'eventName' | 'ref' | 'owner' | 'repo'>, github: GitHubClient): Promise<DefaultBranch> {
  if (context.defaultBranch) return { branch: context.defaultBranch, source: 'payload', warning: null };
  const api = await readDefaultBranch(github, { owner: context.owner, repo: context.repo });
  if (api.ok) return { branch: api.value, source: 'api', warning: null };
  const fromRef = context.eventName === 'schedule' ? parseBranchRef(context.ref) : null;
  if (fromRef) {
    return {
      branch: fromRef,
      source: 'schedule-ref',
      warning: `could not read the repository's default branch (${api.status} ${api.message}); using ${fromRef} from GITHUB_REF, where scheduled workflows run`,
    };
  }
  return {
    branch: null,
    source: 'unknown',
    warning: `could not read the repository's default branch (${api.status} ${api.message}) and the ${context.eventName} payload does not name it; treating this run as not on the default branch`,
  };
}
