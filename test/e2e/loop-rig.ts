// Helpers for the issue-loop end-to-end tests: payloads for schedule / issues / repository_dispatch
// events pointed at the test repository, and a count of the API writes the action made.
import type { GitHubEmulator } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';

/**
 * A `schedule` event payload as the runner writes it to GITHUB_EVENT_PATH: only the cron that fired
 * (@octokit/webhooks-examples has no schedule example: it is an Actions-only event, not a webhook;
 * see octokit/webhooks#141). No `repository`, so no default branch.
 */
export function schedulePayload(cron = '17 3 * * *'): Record<string, unknown> {
  return { schedule: cron };
}

/** An `issues` closed payload (from @octokit/webhooks-examples) pointed at issue `number` of acme/agent. */
export function issuesClosedPayload(number: number, labels: string[]): Record<string, unknown> {
  const p = loadWebhookExample('issues', 'closed') as Record<string, any>;
  p.issue.number = number;
  p.issue.labels = labels.map((name, i) => ({ id: i + 1, node_id: `L${i}`, url: '', name, color: 'ededed', default: false, description: null }));
  p.repository.full_name = 'acme/agent';
  p.repository.name = 'agent';
  p.repository.default_branch = 'main';
  return p;
}

/** A `repository_dispatch` payload of type evalgate-signal. */
export function dispatchPayload(clientPayload: unknown, action = 'evalgate-signal'): Record<string, unknown> {
  return { action, branch: 'main', client_payload: clientPayload, repository: { full_name: 'acme/agent', name: 'agent', owner: { login: 'acme' }, default_branch: 'main' } };
}

/** API writes (non-GET requests that the emulator answered with 2xx) logged since `from`. */
export function writesSince(gh: GitHubEmulator, from: number): Array<{ method: string; path: string; operationId: string | null }> {
  return gh.log.slice(from).filter((r) => r.method !== 'GET' && r.status < 300).map((r) => ({ method: r.method, path: r.path, operationId: r.operationId }));
}
