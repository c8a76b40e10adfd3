// Publish mode (workflow_run): the fork-safe second half of the gate (SPEC 7). The unprivileged
// `pull_request` run uploaded `.evalgate/` as an artifact; the documented workflow downloads it
// into `evalgate-results/`. This job has write permission and secrets, so the artifact is data
// only: size-capped, parsed, schema-validated, tied to the workflow run's head commit, and the
// comparison is recomputed here against the trusted baseline store and base-commit definitions.
// Nothing from the artifact is executed, and its own comparison.json is ignored.
import { join, sep } from 'node:path';
import { lstat, realpath } from 'node:fs/promises';
import type { Case, Results } from '../types.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { findBaseline, validateResults } from './store.js';
import { ALLOW_GUARD_REMOVAL_LABEL, postPullSurfaces, type SuiteOutcome } from './pull-surfaces.js';
import { loadProjectFromDisk } from '../engine/project.js';
import { loadGatedCases } from '../engine/trust.js';
import { compareResults } from '../comparison/compare.js';
import { readJsonFile, readTextFileOrNull } from '../adapters/fs.js';
import { readPull } from '../adapters/github.js';
import { renderProblem } from '../case/problems.js';

/** Directory (relative to the workspace) the documented workflow downloads the artifact into. */
export const PUBLISH_DIR = 'evalgate-results';
/** Largest results.json publish mode reads (bytes); bigger artifacts are rejected unread. */
export const MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;

/** Parses `refs/pull/<n>/head` (or `/merge`) into the pull request number; null otherwise. */
export function parsePullRef(ref: string): number | null {
  const m = /^refs\/pull\/(\d+)\/(?:head|merge)$/.exec(ref);
  return m ? Number(m[1]) : null;
}

/**
 * The artifact's results with each known case's metadata (guards, file, line, workflow, severity,
 * title) taken from its base-commit definition: what a comment links to and which issue titles are
 * looked up with this job's token must not be chosen by the pull request. Outcomes stay as claimed.
 */
export function buildTrustedResults(results: Results, baseDefs: readonly Case[]): Results {
  const byId = new Map(baseDefs.map((c) => [c.id, c]));
  return {
    ...results,
    cases: results.cases.map((r) => {
      const d = r.holdout ? undefined : byId.get(r.id);
      return d ? { ...r, guards: d.guards, file: d.file, line: d.line, workflow: d.workflow, severity: d.severity, title: d.title } : r;
    }),
  };
}

/** Reads and validates one suite's results from the downloaded artifact (untrusted). */
async function readArtifactResults(dir: string, file: string, shown: string): Promise<Results> {
  let size: number;
  let real: string;
  try {
    // No symbolic links: the artifact must not make this job read files outside it.
    const s = await lstat(file);
    if (s.isSymbolicLink()) throw new Error(`${shown} is a symbolic link; publish mode reads only regular files from the artifact`);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
    real = await realpath(file);
  } catch (err) {
    if ((err as Error).message.includes('symbolic link')) throw err;
    throw new Error(
      `${shown}: not found. Publish mode expects the gate's .evalgate/ artifact downloaded into ${PUBLISH_DIR}/ ` +
        '(actions/download-artifact with run-id: ${{ github.event.workflow_run.id }} and path: evalgate-results)',
    );
  }
  const realDir = await realpath(dir);
  if (!real.startsWith(realDir + sep)) throw new Error(`${shown} resolves outside ${PUBLISH_DIR}/ (through a symbolic link); refusing to read it`);
  if (size > MAX_ARTIFACT_BYTES) throw new Error(`${shown} is ${size} bytes; publish mode reads at most ${MAX_ARTIFACT_BYTES} bytes (20 MiB)`);
  return validateResults(await readJsonFile(file), shown);
}

/** Pull request numbers the workflow_run payload names (same-repository PRs only; empty for forks). */
async function readPayloadPullNumbers(eventPath: string | undefined): Promise<number[]> {
  if (!eventPath) return [];
  const text = await readTextFileOrNull(eventPath);
  if (text === null) return [];
  try {
    const prs = (JSON.parse(text) as { workflow_run?: { pull_requests?: Array<{ number?: unknown }> } }).workflow_run?.pull_requests;
    return Array.isArray(prs) ? prs.map((p) => p?.number).filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0) : [];
  } catch {
    return [];
  }
}

/** Posts the results of an unprivileged `pull_request` run from a `workflow_run` job. */
export async function runPublishMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, inputs, git, github, root } = deps;
  const run = context.workflowRun;
  if (!run) throw new Error(`mode publish needs a workflow_run event (got ${context.eventName}); trigger the publishing workflow with on: workflow_run`);
  if (run.event !== 'pull_request') {
    throw new Error(`mode publish posts results of pull_request runs; workflow run ${run.id} was triggered by "${run.event}"`);
  }
  const repo = { owner: context.owner, repo: context.repo };

  // 1. The artifact, strictly as data, and only for the commit GitHub says the run was for.
  const headById: Array<{ suite: (typeof inputs.suites)[number]; results: Results }> = [];
  for (const suite of inputs.suites) {
    const shown = `${PUBLISH_DIR}/${suite}/results.json`;
    const results = await readArtifactResults(join(root, PUBLISH_DIR), join(root, PUBLISH_DIR, suite, 'results.json'), shown);
    if (results.suite !== suite) throw new Error(`${shown} holds suite "${results.suite}", expected "${suite}"`);
    if (results.commit !== run.headSha) {
      throw new Error(`${shown} is for commit ${results.commit}, but workflow run ${run.id} ran on ${run.headSha}; refusing results of another commit`);
    }
    headById.push({ suite, results });
  }

  // 2. The pull request: numbers from the payload (same-repo PRs) or the results' ref (forks),
  // each confirmed through the API to have the run's head commit, so the artifact cannot aim elsewhere.
  const candidates = [...new Set([...(await readPayloadPullNumbers(deps.env.GITHUB_EVENT_PATH)), ...headById.map((h) => parsePullRef(h.results.ref)).filter((n): n is number => n !== null)])];
  let pull: { number: number; baseSha: string; labels: string[] } | null = null;
  const tried: string[] = [];
  for (const n of candidates) {
    const r = await readPull(github, repo, n);
    if (r.ok && r.value.head.sha === run.headSha) {
      pull = { number: n, baseSha: r.value.base.sha, labels: r.value.labels };
      break;
    }
    tried.push(r.ok ? `#${n} has head ${r.value.head.sha.slice(0, 7)}` : `#${n}: ${r.status} ${r.message}`);
  }
  if (!pull) {
    throw new Error(`no open pull request of ${repo.owner}/${repo.repo} has head commit ${run.headSha} (workflow run ${run.id}${tried.length ? `; ${tried.join('; ')}` : '; no candidate PR number in the payload or results ref'})`);
  }

  // 3. Trusted definitions: this job's checkout (the default branch) for config, then the merge base.
  const local = await loadProjectFromDisk(root, inputs.config);
  if (!('config' in local)) throw new Error(`invalid evalgate config or cases in the default branch checkout:\n${local.problems.map(renderProblem).join('\n')}`);
  const notices: string[] = [];
  let mergeBase = await git.mergeBase(pull.baseSha, run.headSha);
  if (mergeBase === null && (await git.fetch('origin', `+refs/pull/${pull.number}/head`))) mergeBase = await git.mergeBase(pull.baseSha, run.headSha);
  if (mergeBase === null) {
    mergeBase = pull.baseSha;
    notices.push(`the pull request's head commit is not in this checkout; compared with the base branch commit ${pull.baseSha.slice(0, 7)} instead of the merge base`);
  }
  // Every case at the merge base (none counts as "head" here: the head is only what the artifact claims).
  const gated = await loadGatedCases({ git, baseSha: mergeBase, configPath: inputs.config, headConfig: local.config, headCases: [] });
  const baseDefs = gated.removedCases;
  const baseHash = new Map(baseDefs.map((c) => [c.id, c.definition_hash]));
  // Labels as of now, from the pulls/get answer above (not from any payload).
  const allowGuardRemoval = pull.labels.includes(ALLOW_GUARD_REMOVAL_LABEL);

  const outcomes: SuiteOutcome[] = [];
  try {
    for (const { suite, results: claimed } of headById) {
      const results = buildTrustedResults(claimed, baseDefs);
      const baseCases = baseDefs.filter((c) => c.suites.includes(suite));
      const baseline = await findBaseline(deps, suite, gated.config, mergeBase, baseCases, null, { allowRerun: false });
      // A case run with a definition other than the base commit's was not gated by the trusted one.
      const modified = new Set(results.cases.filter((c) => baseHash.has(c.id) && baseHash.get(c.id) !== c.definition_hash).map((c) => c.id));
      const cmp = compareResults(baseline.results, results, { gate: gated.config.gate, maxTrials: gated.config.max_trials, baseSource: baseline.source, allowGuardRemoval, modified });
      cmp.notices.unshift(
        `published from workflow run ${run.id} (unprivileged pull_request run); the comparison was recomputed in this trusted job`,
        ...gated.notices,
        ...notices,
      );
      if (modified.size > 0) cmp.notices.push(`${modified.size} case(s) were run with a definition that differs from the base commit's: ${[...modified].slice(0, 10).join(', ')}`);
      outcomes.push({ suite, cmp, head: results });
    }
  } finally {
    await gated.dispose();
  }

  // Cases new in the PR keep their own `guards`; only this repository's issue titles are looked up for them.
  const posted = await postPullSurfaces(deps, { pullNumber: pull.number, headSha: run.headSha, suites: outcomes, redactPatterns: gated.config.redact });
  return { ...posted, reopened: [], notices: [] };
}
