// Shared setup of the pull-request gate end-to-end tests: an emulator with the guarded issues, the
// example repository (optionally with a stored baseline for main), and helpers that open a PR
// (branch + commit + emulator PR) and run dist/index.js on it as a runner would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startEmulator, TOKENS, type GitHubEmulator, type LoggedRequest } from '../emulator/server.js';
import { loadWebhookExample } from '../emulator/payloads.js';
import { createExampleRepo, ensureBuilt, pullRequestPayload, runAction, type ActionRun, type TestRepo, storeBaseline } from './rig.js';

/** Repository name the rig's runner environment uses. */
export const REPO = 'acme/agent';
/** The guard case the regression scenarios revolve around. */
export const GUARD_CASE = 'refund-policy-before-payment';
/** Its file in the example repository. */
export const GUARD_FILE = `evals/cases/refund/${GUARD_CASE}.yaml`;
/** Title of the issue it guards (#101). */
export const GUARD_TITLE = 'Refund flow called the payment API before the policy check';

/** Issue numbers of acme/agent that the example cases guard (one more, acme/agents#17, is in another repository). */
export const GUARDED_ISSUES = [101, 104, 107, 111, 114, 118, 119, 121, 124, 127, 131, 134, 137] as const;

/** A pull request opened by a test. */
export interface TestPull {
  number: number;
  headSha: string;
  baseSha: string;
  branch: string;
  fork: boolean;
}

/** Everything a gate scenario needs. */
export interface GateRig {
  gh: GitHubEmulator;
  repo: TestRepo;
  mainSha: string;
  /** Branch off main, commit `files` (null deletes), add the PR to the emulator. */
  openPull(branch: string, files: Record<string, string | null>, opts?: { labels?: string[]; fork?: boolean }): TestPull;
  /** Run the action on a pull_request event for `pr` (its branch checked out). */
  gate(pr: TestPull, opts?: { token?: string; inputs?: Record<string, string>; env?: Record<string, string> }): Promise<ActionRun>;
  stop(): Promise<void>;
}

/** Starts the emulator and the example repository; with `storeBaseline`, a push run stores main's baseline. */
export async function startGateRig(opts: { storeBaseline: boolean }): Promise<GateRig> {
  ensureBuilt();
  const gh = await startEmulator();
  gh.addRepo(REPO);
  // Every issue the example cases guard in this repository, so title look-ups find them all.
  for (const n of GUARDED_ISSUES) {
    const title = n === 101 ? GUARD_TITLE : n === 111 ? 'Research planner kept re-running the same web search' : `Agent failure #${n}`;
    gh.addIssueAt(REPO, n, { title, state: 'closed', state_reason: 'completed', labels: ['agent-failure'] });
  }
  const repo = createExampleRepo();
  const mainSha = repo.git('rev-parse', 'HEAD');
  if (opts.storeBaseline) {
    const stored = await storeBaseline({ repo, apiUrl: gh.url, token: TOKENS.actions, sha: mainSha });
    expect(stored.code, stored.stdout + stored.stderr).toBe(0);
  }
  return {
    gh,
    repo,
    mainSha,
    openPull(branch, files, o = {}) {
      repo.git('checkout', '-q', '-B', branch, mainSha);
      const headSha = repo.commit(`change on ${branch}`, files);
      repo.git('checkout', '-q', 'main');
      const number = gh.addPull(REPO, { title: branch, headSha, baseSha: mainSha, headRef: branch, labels: o.labels }).number;
      return { number, headSha, baseSha: mainSha, branch, fork: o.fork ?? false };
    },
    async gate(pr, o = {}) {
      repo.git('checkout', '-q', pr.branch);
      try {
        return await runAction({
          repo,
          eventName: 'pull_request',
          payload: pullRequestPayload(loadWebhookExample('pull_request', 'opened') as Record<string, any>, {
            number: pr.number,
            baseSha: pr.baseSha,
            headSha: pr.headSha,
            headRef: pr.branch,
            fork: pr.fork,
          }),
          inputs: { mode: 'auto', ...o.inputs },
          apiUrl: gh.url,
          token: o.token ?? TOKENS.actions,
          sha: pr.headSha,
          ref: `refs/pull/${pr.number}/merge`,
          env: o.env,
        });
      } finally {
        repo.git('checkout', '-q', 'main');
      }
    },
    async stop() {
      await gh.stop();
      repo.cleanup();
    },
  };
}

/** Check runs posted on one commit. */
export function checkRunsOn(gh: GitHubEmulator, sha: string) {
  return gh.checkRuns(REPO).filter((c) => c.head_sha === sha);
}

/** Requests logged since index `from`, by operationId (for call-budget assertions). */
export function callsSince(gh: GitHubEmulator, from: number): LoggedRequest[] {
  return gh.log.slice(from);
}

/** `::warning::` lines a run printed (workflow commands on stdout). */
export function warningLines(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::warning'));
}

/** Failure output for expect messages: what the action printed. */
export function explain(run: ActionRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-2000)}`;
}

/** The variant file that makes the demo agent behave like a regressing PR. */
export const REGRESS_HARNESS = { 'evals/agent/variant.txt': 'regressed\n' } as const;

/** The comparison the last gate run wrote into the repository's .evalgate/benchmark/. */
export function readComparison(rig: GateRig): { cases: Array<{ id: string } & Record<string, any>> } & Record<string, any> {
  return JSON.parse(readFileSync(join(rig.repo.dir, '.evalgate', 'benchmark', 'comparison.json'), 'utf8'));
}
