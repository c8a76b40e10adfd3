// The runner's context (GITHUB_* variables and the event payload), parsed into the few fields
// evalgate uses. Pure. The payload is untrusted: only typed, validated fields come out of it.

/** What the action knows about the run it is in. */
export interface RunnerContext {
  eventName: string;
  owner: string;
  repo: string;
  /** Commit the workflow runs on (GITHUB_SHA). */
  sha: string;
  ref: string;
  workspace: string;
  apiUrl: string;
  runUrl: string | null;
  runId: string | null;
  /** GITHUB_RUN_ATTEMPT: 2 and up for "Re-run jobs" of the same run. */
  runAttempt: number;
  defaultBranch: string | null;
  pull: { number: number; baseSha: string; headSha: string; baseRef: string; headRef: string; fork: boolean } | null;
  issue: { number: number; stateReason: string | null; labels: string[] } | null;
  /** repository_dispatch action and client_payload (untrusted data). */
  dispatch: { action: string; payload: unknown } | null;
  /** workflow_run fields for publish mode; `pullNumbers`: the payload's pull_requests (same-repository PRs only). */
  workflowRun: { id: number; headSha: string; conclusion: string | null; event: string; pullNumbers: number[] } | null;
}

const SHA = /^[0-9a-f]{40}$/;

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
function int(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

/** Parses the runner environment and the event payload text; problems name the variable or field. */
export function parseRunnerContext(
  env: Record<string, string | undefined>,
  payloadText: string | null,
): { ok: true; context: RunnerContext } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!eventName) problems.push('GITHUB_EVENT_NAME is not set (expected to run inside GitHub Actions)');
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) problems.push(`GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ''}" (expected owner/name)`);
  const sha = env.GITHUB_SHA ?? '';
  if (!SHA.test(sha)) problems.push(`GITHUB_SHA is "${sha}" (expected a 40-character commit id)`);
  let payload: Record<string, unknown> = {};
  if (payloadText !== null) {
    try {
      payload = obj(JSON.parse(payloadText)) ?? {};
    } catch (err) {
      problems.push(`GITHUB_EVENT_PATH does not hold JSON: ${(err as Error).message}`);
    }
  }
  const repository = obj(payload.repository);
  const defaultBranch = str(repository?.default_branch);

  let pull: RunnerContext['pull'] = null;
  const pr = obj(payload.pull_request);
  if (pr) {
    const base = obj(pr.base);
    const head = obj(pr.head);
    const number = int(pr.number) ?? int(payload.number);
    const baseSha = str(base?.sha) ?? '';
    const headSha = str(head?.sha) ?? '';
    if (number === null || !SHA.test(baseSha) || !SHA.test(headSha)) {
      problems.push('event payload pull_request lacks number, base.sha or head.sha (expected a pull_request event payload)');
    } else {
      const headRepo = obj(head?.repo);
      pull = {
        number,
        baseSha,
        headSha,
        baseRef: str(base?.ref) ?? '',
        headRef: str(head?.ref) ?? '',
        fork: headRepo !== null && str(headRepo.full_name) !== `${owner}/${repo}`,
      };
    }
  }
  let issue: RunnerContext['issue'] = null;
  const iss = obj(payload.issue);
  if (iss && int(iss.number) !== null) {
    const labels = Array.isArray(iss.labels) ? iss.labels.map((l) => str(obj(l)?.name)).filter((l): l is string => l !== null) : [];
    issue = { number: int(iss.number)!, stateReason: str(iss.state_reason), labels };
  }
  const dispatch = eventName === 'repository_dispatch' ? { action: str(payload.action) ?? '', payload: payload.client_payload ?? null } : null;
  let workflowRun: RunnerContext['workflowRun'] = null;
  const wr = obj(payload.workflow_run);
  if (wr && int(wr.id) !== null && SHA.test(str(wr.head_sha) ?? '')) {
    // Same-repository PRs only (GitHub leaves the list empty for forks); the API confirms each.
    const pullNumbers = Array.isArray(wr.pull_requests) ? wr.pull_requests.map((p) => int(obj(p)?.number)).filter((n): n is number => n !== null) : [];
    workflowRun = { id: int(wr.id)!, headSha: str(wr.head_sha)!, conclusion: str(wr.conclusion), event: str(wr.event) ?? '', pullNumbers };
  }
  if (problems.length > 0) return { ok: false, problems };
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? null;
  return {
    ok: true,
    context: {
      eventName,
      owner,
      repo,
      sha,
      ref: env.GITHUB_REF ?? '',
      workspace: env.GITHUB_WORKSPACE ?? '',
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      runUrl: runId ? `${server}/${owner}/${repo}/actions/runs/${runId}` : null,
      runId,
      runAttempt: Math.max(1, Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1),
      defaultBranch,
      pull,
      issue,
      dispatch,
      workflowRun,
    },
  };
}
