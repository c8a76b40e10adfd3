// Gate mode (pull_request): trusted case set from the base commit, baseline (stored or rerun),
// adaptive gate, then the PR surfaces: check run with annotations, sticky comment, summary.
import { join, resolve } from 'node:path';
import type { Case, Comparison, Config, Results, Suite } from '../types.js';
import type { ActionDeps, ActionResult } from './main.js';
import { loadProjectFromDisk, selectCases } from '../engine/project.js';
import { loadTrustedGate, resolveTrustedBaselinePath } from '../engine/trust.js';
import { checkHarnessTouched } from '../engine/paths.js';
import { runGate, runSuite, resultIdOf, type RunEnv } from '../engine/run.js';
import { restrictToShard } from '../results/merge.js';
import { createGitBranchStore, createDirStore, type BaselineStore } from '../adapters/store.js';
import { readJsonFile, writeFileAtomic } from '../adapters/fs.js';
import { checkResults, checkRerunErrors } from '../results/check.js';
import { renderProblem } from '../case/problems.js';
import { renderComparisonMarkdown } from '../surfaces/markdown.js';
import { renderGateFiles } from '../surfaces/files.js';
import { buildAnnotations } from '../surfaces/annotations.js';
import { LIMITS } from '../surfaces/limits.js';
import { redactComparison } from '../surfaces/redact.js';
import { postCheckRun, readStickyComment, upsertStickyComment, fetchIssueTitles, readPullLabels, parseIssueRef } from '../adapters/github.js';

/** Label that lets a PR remove a guard case without blocking. */
export const ALLOW_GUARD_REMOVAL_LABEL = 'evalgate:allow-guard-removal';

/** Validates stored or downloaded results (untrusted data). */
export function validateResults(doc: unknown, source: string): Results {
  const checked = checkResults(doc, source);
  if (!checked.ok) throw new Error(`${source} is not a valid evalgate results file: ${checked.problems.slice(0, 5).join('; ')}`);
  return checked.results;
}

/** The baseline store the action uses: the `baseline` input (file or dir) or the baseline branch. */
export function openStore(deps: ActionDeps): BaselineStore | null {
  const { inputs, root } = deps;
  if (inputs.baseline && !/\.json$/i.test(inputs.baseline)) return createDirStore(resolve(root, inputs.baseline), { validate: validateResults });
  if (inputs.baseline) return null;
  return createGitBranchStore({ repoDir: root, branch: inputs.baselineBranch, validate: validateResults });
}

/** Finds the baseline for `suite` at or before the merge base; reruns the base commit (trusted code) when configured or missing. */
export async function findBaseline(
  deps: ActionDeps,
  suite: Suite,
  config: Config,
  mergeBase: string,
  baseCases: Case[],
  holdoutKey: Buffer | null,
  opts: {
    /** Harness of the base commit for a rerun (the PR's harness may not exist there). */
    baseHarness?: Config['harness'] | null;
    /** false in publish mode: that privileged job never runs a harness. */
    allowRerun?: boolean;
  } = {},
): Promise<{ results: Results | null; source: string }> {
  const { inputs, git, root } = deps;
  const findInStore = async (store: BaselineStore, describe: string): Promise<{ results: Results | null; source: string; atMergeBase: boolean }> => {
    const found = await store.findNearest(suite, await git.firstParentAncestors(mergeBase, 200));
    if (!found) return { results: null, source: `stored, ${describe}: nothing stored for the merge base or its ancestors`, atMergeBase: false };
    const which = found.commit === mergeBase ? 'merge base' : 'nearest stored ancestor of the merge base';
    return { results: found.results, source: `stored, ${describe} at ${found.commit.slice(0, 7)} (${which})`, atMergeBase: found.commit === mergeBase };
  };
  if (inputs.baseline) {
    // Trust: a baseline inside the repository is read at the merge base, never from the PR's tree
    // (the same rule as the CLI's `gate --base-ref`).
    const where = await resolveTrustedBaselinePath(git, root, mergeBase, inputs.baseline);
    if (where.kind === 'absent') return { results: null, source: where.source };
    if (where.kind === 'disk' && /\.json$/i.test(inputs.baseline)) return { results: validateResults(await readJsonFile(where.path), inputs.baseline), source: where.source };
    if (where.kind === 'text') {
      let doc: unknown;
      try {
        doc = JSON.parse(where.text);
      } catch (err) {
        throw new Error(`input "baseline": ${inputs.baseline} at the merge base is not JSON (${(err as Error).message})`);
      }
      return { results: validateResults(doc, inputs.baseline), source: where.source };
    }
    if (where.kind === 'dir') {
      try {
        return await findInStore(createDirStore(where.path, { validate: validateResults }), `${where.source}`);
      } finally {
        await where.dispose();
      }
    }
  }
  const store = openStore(deps)!;
  if (config.gate.baseline !== 'rerun') {
    const found = await findInStore(store, store.describe());
    if (found.results && (config.gate.baseline === 'stored' || found.atMergeBase)) return found;
    if (config.gate.baseline === 'stored') return { results: null, source: `stored, ${store.describe()}: nothing stored for the merge base or its ancestors` };
  }
  if (opts.allowRerun === false) return { results: null, source: `stored, ${store.describe()}: nothing stored for the merge base (publish never reruns a harness)` };
  // rerun: the same cases at the merge base, in a worktree, in this job (cancels model/provider drift),
  // with the base commit's harness section.
  const worktree = await git.addWorktree(mergeBase);
  try {
    const rerunConfig = { ...config, harness: opts.baseHarness ?? config.harness };
    const env: RunEnv = { cwd: worktree.path, config: rerunConfig, holdoutKey, redact: deps.redactorFor(rerunConfig, config.harness.env) };
    const results = await runSuite(baseCases, { suite, commit: mergeBase, ref: 'merge-base', createdAt: new Date().toISOString() }, env);
    const source = `rerun of the merge base ${mergeBase.slice(0, 7)} in this job`;
    const notice = checkRerunErrors(results.totals);
    if (notice) results.notices.push(notice);
    return { results, source };
  } finally {
    await worktree.remove();
  }
}

/** Runs the gate on a pull request and posts its surfaces. */
export async function runGateMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, inputs, git, github, root } = deps;
  const pull = context.pull;
  if (!pull) throw new Error(`mode gate needs a pull_request event (got ${context.eventName})`);
  const repo = { owner: context.owner, repo: context.repo };
  const warnings: string[] = [];
  const notices: string[] = [];

  const head = await loadProjectFromDisk(root, inputs.config);
  if (!('config' in head)) throw new Error(`invalid evalgate config or cases:\n${head.problems.map(renderProblem).join('\n')}`);

  // Trust: base-commit definitions gate; the merge base is where the PR branched off.
  const mergeBase = (await git.mergeBase(pull.baseSha, pull.headSha)) ?? pull.baseSha;
  // The holdout bundle of the merge base, not the PR's copy: a PR cannot delete or swap it.
  const gated = await loadTrustedGate({
    git,
    root,
    baseSha: mergeBase,
    configPath: inputs.config,
    headConfig: head.config,
    headCases: head.cases,
    holdoutKey: deps.env.EVALGATE_HOLDOUT_KEY,
  });
  notices.push(...gated.notices);
  if (gated.holdoutProblems.length > 0) warnings.push(...gated.holdoutProblems);
  const holdout = { holdout: gated.holdout };

  // harness.paths: a PR that touches neither the harness nor the cases, fixtures or config skips
  // the eval run. Removed or modified guards can only come from touched case files, so the guard
  // checks are covered by the same test.
  const diff = await git.run(['diff', '--name-only', mergeBase, pull.headSha]);
  const touch = checkHarnessTouched(diff.stdout.toString().split('\n').filter(Boolean), {
    paths: gated.config.harness.paths,
    cases: gated.config.cases,
    config: inputs.config,
  });
  if (!touch.touched) {
    await gated.dispose();
    const why = `skipped: this pull request changes nothing under harness.paths (${gated.config.harness.paths.join(', ')}), the cases, fixtures or config`;
    for (const suite of inputs.suites) {
      const check = await postCheckRun(github, repo, { name: `evalgate / ${suite}`, headSha: pull.headSha, conclusion: 'success', title: 'skipped: harness untouched', summary: why, annotations: [] });
      if (!check.ok) warnings.push(`could not create the check run evalgate / ${suite} (${check.status} ${check.message})`);
      // An earlier run's comment (say, "blocked") must not outlive the push that made it moot.
      const marker = `<!-- evalgate:${suite} -->`;
      const previous = await readStickyComment(github, repo, pull.number, marker);
      if (previous.ok && previous.value) {
        const updated = await upsertStickyComment(github, repo, pull.number, marker, `## ⏭️ evalgate / ${suite}: ${why}\n\nHead \`${pull.headSha.slice(0, 7)}\`.`);
        if (!updated.ok) warnings.push(`could not update the PR comment for ${suite} (${updated.status} ${updated.message})`);
      }
    }
    return { verdict: 'pass', regressions: 0, resultsPath: null, reportPath: null, reopened: [], summary: `## evalgate: ${why}
`, warnings, notices: [why] };
  }

  let allowGuardRemoval = false;
  if (gated.removed.length > 0) {
    // Read from the API, not the payload: labels can change after the event was sent.
    const labels = await readPullLabels(github, repo, pull.number);
    if (labels.ok) allowGuardRemoval = labels.value.includes(ALLOW_GUARD_REMOVAL_LABEL);
    else warnings.push(`could not read the pull request's labels (${labels.message}); removed guard cases block`);
  }

  const results: Array<{ suite: Suite; cmp: Comparison; head: Results }> = [];
  try {
    for (const suite of inputs.suites) {
      const all = [...gated.cases, ...(holdout.holdout?.cases ?? [])];
      const { cases } = selectCases(all, { suite, ids: [], shard: inputs.shard });
      const key = holdout.holdout?.key ?? null;
      // The rerun baseline covers removed guard cases too: without their base results a deletion would not show.
      const removedHere = selectCases(gated.removedCases, { suite, ids: [], shard: inputs.shard }).cases;
      const baseCases = [...cases.filter((c) => c.holdout || gated.fromBase.has(c.id)), ...removedHere];
      const baseline = await findBaseline(deps, suite, gated.config, mergeBase, baseCases, key, { baseHarness: gated.baseHarness });
      // A shard compares with the same shard of the baseline; other shards' cases are not "removed".
      if (inputs.shard && baseline.results) baseline.results = restrictToShard(baseline.results, new Set(cases.map((c) => resultIdOf(c, key))), inputs.shard);
      const env: RunEnv = { cwd: root, config: gated.config, holdoutKey: key, onProgress: undefined, redact: deps.redactorFor(gated.config, gated.baseHarness?.env) };
      const outcome = await runGate(cases, baseline.results, { suite, commit: pull.headSha, ref: `refs/pull/${pull.number}/head`, createdAt: new Date().toISOString() }, env, {
        baseSource: baseline.source,
        allowGuardRemoval,
        notices: [...notices],
        modified: gated.modified,
      });
      if (gated.harnessChanges.length > 0) outcome.comparison.harness_changes = gated.harnessChanges;
      const shown = new Set(outcome.comparison.cases.map((c) => c.id));
      for (const id of gated.removed) {
        if (!shown.has(id)) outcome.comparison.notices.push(`case ${id} was deleted by this pull request but has no baseline result to compare with`);
      }
      results.push({ suite, cmp: outcome.comparison, head: outcome.head });
    }
  } finally {
    await gated.dispose();
  }

  const posted = await postPullSurfaces(deps, {
    pullNumber: pull.number,
    headSha: pull.headSha,
    suites: results,
    redactPatterns: gated.config.redact,
    harnessEnv: { ...(gated.baseHarness?.env ?? {}), ...gated.config.harness.env },
    trustedOtherRepoRefs: new Set(gated.cases.filter((c) => gated.fromBase.has(c.id)).map((c) => String(c.guards))),
  });
  return { ...posted, warnings: [...warnings, ...posted.warnings], reopened: [], notices: [] };
}

/** One suite's outcome, ready to be written and posted. */
export interface SuiteOutcome {
  suite: Suite;
  cmp: Comparison;
  head: Results;
}

/** What postPullSurfaces wrote and posted; the fields main needs. */
export type PostedSurfaces = Pick<ActionResult, 'verdict' | 'regressions' | 'resultsPath' | 'reportPath' | 'summary' | 'warnings'>;

/**
 * Writes `.evalgate/<suite>/` (results, comparison, report, junit), then posts per suite a check
 * run on `headSha` and the sticky PR comment; returns the job summary. Shared by gate and publish
 * modes. Posting failures become warnings: the job status carries the verdict either way.
 */
export async function postPullSurfaces(
  deps: ActionDeps,
  opts: {
    pullNumber: number;
    headSha: string;
    suites: SuiteOutcome[];
    redactPatterns: string[];
    /** `harness.env` of base and head: values under secret-looking names are redacted too. */
    harnessEnv?: Record<string, string>;
    /**
     * Guard refs in other repositories whose titles may be looked up: only refs from trusted (base
     * commit) definitions, so a PR cannot make the token read and post another repository's titles.
     */
    trustedOtherRepoRefs?: ReadonlySet<string>;
  },
): Promise<PostedSurfaces> {
  const { context, github, root } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  const warnings: string[] = [];
  // Titles of guarded issues in one pass for all suites.
  const sameRepo = (ref: number | string) => {
    const p = parseIssueRef(ref, repo);
    return p !== null && p.owner.toLowerCase() === repo.owner.toLowerCase() && p.repo.toLowerCase() === repo.repo.toLowerCase();
  };
  const refs = [...new Set(opts.suites.flatMap((r) => r.cmp.cases.filter((c) => c.status !== 'unchanged' && c.guards !== null).map((c) => c.guards!)))].filter(
    (ref) => sameRepo(ref) || (opts.trustedOtherRepoRefs?.has(String(ref)) ?? false),
  );
  const titles = new Map<string, string>();
  if (refs.length > 0) {
    for (const [k, v] of await fetchIssueTitles(github, repo, refs)) titles.set(k, v.title);
  }
  const server = context.runUrl ? new URL(context.runUrl).origin : 'https://github.com';
  const issueUrl = (ref: string) => {
    const m = /^(?:([\w.-]+)\/([\w.-]+))?#?(\d+)$/.exec(ref);
    return m ? `${server}/${m[1] ?? context.owner}/${m[2] ?? context.repo}/issues/${m[3]}` : null;
  };
  // One redaction step for every file, comment, summary and annotation, applied to the data
  // before any renderer cuts or escapes it.
  const redactor = deps.redactorFor({ redact: opts.redactPatterns }, opts.harnessEnv);
  let summary = '';
  let regressions = 0;
  let blocked = false;
  let resultsPath: string | null = null;
  let reportPath: string | null = null;
  // Once a write is refused for lack of permission (fork PRs), the others would be too: stop asking.
  let refused: string | null = null;
  const unposted: string[] = [];
  for (const { suite, cmp, head: headResults } of opts.suites) {
    const marker = `<!-- evalgate:${suite} -->`;
    const mdOpts = { issueTitles: titles, issueUrl, runUrl: context.runUrl ?? undefined };
    const files = renderGateFiles(headResults, cmp, redactor, { ...mdOpts, marker, maxChars: LIMITS.comment });
    const comment = files['report.md'].replace(/\n$/, '');
    summary += renderComparisonMarkdown(redactComparison(cmp, redactor), { ...mdOpts, redact: redactor, maxBytes: Math.floor(LIMITS.summary / opts.suites.length) }) + '\n';
    regressions += cmp.cases.filter((c) => c.status === 'regressed').length;
    blocked ||= cmp.verdict === 'block';
    const dir = join(root, '.evalgate', suite);
    resultsPath = join(dir, 'results.json');
    reportPath = join(dir, 'report.md');
    for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(dir, name), text);

    if (refused !== null) {
      unposted.push(`the check run and PR comment for ${suite}`);
      continue;
    }
    const check = await postCheckRun(github, repo, {
      name: `evalgate / ${suite}`,
      headSha: opts.headSha,
      conclusion: cmp.verdict === 'block' ? 'failure' : 'success',
      title: cmp.verdict === 'block' ? `blocked: ${cmp.reasons.filter((r) => r.blocking).length} blocking reason(s)` : 'pass',
      summary: comment.slice(0, 65535),
      annotations: buildAnnotations(redactComparison(cmp, redactor), redactor),
      detailsUrl: context.runUrl ?? undefined,
    });
    if (!check.ok && check.reason === 'not_permitted') {
      refused = `${check.status} ${check.message}`;
      unposted.push(`the check run and PR comment for ${suite}`);
      continue;
    }
    if (!check.ok) warnings.push(`could not create the check run evalgate / ${suite} (${check.status} ${check.message}); the job status still carries the verdict`);
    const posted = await upsertStickyComment(github, repo, opts.pullNumber, marker, comment);
    if (!posted.ok && posted.reason === 'not_permitted') {
      refused = `${posted.status} ${posted.message}`;
      unposted.push(`the PR comment for ${suite}`);
    } else if (!posted.ok) warnings.push(`could not post the PR comment for ${suite} (${posted.status} ${posted.message}); the report is in the job summary`);
  }
  if (refused !== null) {
    warnings.push(
      `could not post ${unposted.join(', ')}: the token may not write to this repository (${refused}). ` +
        'Pull requests from forks get a read-only GITHUB_TOKEN; the report is in the job summary and .evalgate/, ' +
        'and a workflow_run job with mode: publish can post it (see the README).',
    );
  }
  return { verdict: blocked ? 'block' : 'pass', regressions, resultsPath, reportPath, summary, warnings };
}
