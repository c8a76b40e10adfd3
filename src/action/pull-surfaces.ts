// The pull request surfaces shared by gate and publish modes: .evalgate/<suite>/ files, one check
// run per suite on the head commit, the sticky PR comment, the job summary.
import { join } from 'node:path';
import type { Comparison, Results, Suite } from '../types.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { writeFileAtomic } from '../adapters/fs.js';
import { renderComparisonMarkdown } from '../surfaces/markdown.js';
import { renderGateFiles } from '../surfaces/files.js';
import { redactComparison } from '../surfaces/redact.js';
import { buildAnnotations } from '../surfaces/annotations.js';
import { LIMITS } from '../surfaces/limits.js';
import { postCheckRun, readStickyComment, upsertStickyComment, fetchIssueTitles, parseIssueRef } from '../adapters/github.js';
import { reportLocation } from './artifact.js';

/** Label that lets a PR remove a guard case without blocking. */
export const ALLOW_GUARD_REMOVAL_LABEL = 'evalgate:allow-guard-removal';

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
    /** false for a shard job: write the files and the summary, post nothing to the pull request. */
    post?: boolean;
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
  // A shard job posts nothing and has `contents: read` only: no issue read (each would warn, in every
  // shard); the merge job titles the guards of the merged comparison. Its files show numbers.
  if (refs.length > 0 && opts.post !== false) {
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
  // The job fails on a block unless fail-on says never (a shard's verdict is informational): an
  // upload step without `if: always()` is then skipped, and the comment must not point at it.
  const jobFails = opts.post !== false && deps.inputs.failOn === 'regression' && opts.suites.some((x) => x.cmp.verdict === 'block');
  for (const { suite, cmp, head: headResults } of opts.suites) {
    const marker = `<!-- evalgate:${suite} -->`;
    // Case files link to the PR's head commit, where a reviewer can read the case that failed.
    const source = { repo: `${context.owner}/${context.repo}`, sha: opts.headSha, server };
    const mdOpts = { issueTitles: titles, issueUrl, runUrl: context.runUrl ?? undefined, source, htmlReport: reportLocation(deps.reportUpload ?? null, suite, jobFails) };
    const files = renderGateFiles(headResults, cmp, redactor, { ...mdOpts, marker, maxChars: LIMITS.comment });
    const comment = files['report.md'].replace(/\n$/, '');
    summary += renderComparisonMarkdown(redactComparison(cmp, redactor), { ...mdOpts, redact: redactor, maxBytes: Math.floor(LIMITS.summary / opts.suites.length) }) + '\n';
    regressions += cmp.cases.filter((c) => c.status === 'regressed').length;
    blocked ||= cmp.verdict === 'block';
    const dir = join(root, '.evalgate', suite);
    resultsPath = join(dir, 'results.json');
    reportPath = join(dir, 'report.md');
    for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(dir, name), text);

    if (opts.post === false) continue;
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
      // A re-run attempt of this workflow run updates the check run it posted, rather than adding a second.
      externalId: context.runId ?? undefined,
      updateExisting: context.runAttempt > 1,
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

/**
 * Posts a skipped run (the pull request touches nothing in the harness scope): per suite a
 * successful check run saying why, and an earlier sticky comment (say, "blocked") updated so it does
 * not outlive the push that made it moot. Returns the warnings for what could not be posted.
 */
export async function postSkippedSurfaces(deps: ActionDeps, opts: { pullNumber: number; headSha: string; suites: readonly Suite[]; why: string }): Promise<string[]> {
  const { context, github } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  const warnings: string[] = [];
  for (const suite of opts.suites) {
    const check = await postCheckRun(github, repo, { name: `evalgate / ${suite}`, headSha: opts.headSha, conclusion: 'success', title: 'skipped: harness untouched', summary: opts.why, annotations: [], externalId: context.runId ?? undefined, updateExisting: context.runAttempt > 1 });
    if (!check.ok) warnings.push(`could not create the check run evalgate / ${suite} (${check.status} ${check.message})`);
    const marker = `<!-- evalgate:${suite} -->`;
    const previous = await readStickyComment(github, repo, opts.pullNumber, marker);
    if (previous.ok && previous.value) {
      const updated = await upsertStickyComment(github, repo, opts.pullNumber, marker, `## ⏭️ evalgate / ${suite}: ${opts.why}\n\nHead \`${opts.headSha.slice(0, 7)}\`.`);
      if (!updated.ok) warnings.push(`could not update the PR comment for ${suite} (${updated.status} ${updated.message})`);
    }
  }
  return warnings;
}
