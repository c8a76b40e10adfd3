// Baseline mode (push to the default branch): run the suite(s) and store the results for this
// commit on the baseline branch. Baselines are written only from the default branch (SPEC 7).
import { join } from 'node:path';
import type { Results } from '../types.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { loadProjectFromDisk, loadHoldout, selectCases } from '../engine/project.js';
import { describeUnclaimed, readHarnessIdentity } from '../engine/run.js';
import { renderScopeGaps } from '../engine/paths.js';
import { checkBaselineRun } from '../results/check.js';
import { readPoolingPrior, runBaseline } from '../engine/adaptive.js';
import { writeFileAtomic } from '../adapters/fs.js';
import { renderProblem } from '../case/problems.js';
import { renderResultsMarkdown } from '../surfaces/markdown.js';
import { renderResultsHtml } from '../surfaces/html.js';
import { reportLocation } from './artifact.js';
import { redactResults } from '../surfaces/redact.js';
import { isDefaultBranchRun } from './store.js';
import { renderJsonChunks } from '../surfaces/json.js';

/** Runs the configured suites at the current commit; writes results files; returns them. */
export async function runSuitesHere(deps: ActionDeps): Promise<{ runs: Results[]; notices: string[]; warnings: string[]; config: import('../types.js').Config }> {
  const { root, inputs, context } = deps;
  const project = await loadProjectFromDisk(root, inputs.config);
  if (!('config' in project)) throw new Error(`invalid evalgate config or cases:\n${project.problems.map(renderProblem).join('\n')}`);
  const holdout = await loadHoldout(root, project.config, deps.env.EVALGATE_HOLDOUT_KEY, { visibleIds: new Set(project.cases.map((c) => c.id)) });
  const runs: Results[] = [];
  const store = deps.store;
  const identity = await readHarnessIdentity(deps.git, root, project.config, inputs.config);
  const harnessId = identity.harnessId;
  const unclaimed = describeUnclaimed(identity.tree);
  const runNotices = [...holdout.notices, ...renderScopeGaps(identity.read.gaps, inputs.config), ...(unclaimed ? [unclaimed] : [])];
  // Redacted at the source: these results are stored on the baseline branch and uploaded.
  const redactor = deps.redactorFor(project.config);
  try {
    for (const suite of inputs.suites) {
      const { cases } = selectCases([...project.cases, ...(holdout.holdout?.cases ?? [])], { suite, ids: [], shard: inputs.shard });
      // Sized for the gate's power and pooled with the nearest stored run of an unchanged harness,
      // exactly as `evalgate baseline` does.
      const prior = await readPoolingPrior(store, deps.git, suite, context.sha);
      const results = redactResults(
        await runBaseline(
          cases,
          { suite, commit: context.sha, ref: context.ref, createdAt: new Date().toISOString() },
          { cwd: root, config: project.config, holdoutKey: holdout.holdout?.key ?? null, redact: redactor, harnessId, uncommitted: identity.tree.changed },
          { maxTrials: project.config.max_baseline_trials, prior },
          runNotices,
        ),
        redactor,
      );
      await writeFileAtomic(join(root, '.evalgate', suite, 'results.json'), renderJsonChunks(results));
      runs.push(results);
    }
  } finally {
    await holdout.holdout?.dispose();
  }
  return { runs, notices: runNotices, warnings: holdout.problems, config: project.config };
}

/** Runs and stores the baseline for a push to the default branch. */
export async function runBaselineMode(deps: ActionDeps): Promise<ActionResult> {
  const warnings: string[] = [];
  const refused: string[] = [];
  const { runs, notices, config } = await runSuitesHere(deps);
  const store = deps.store;
  const branch = deps.context.defaultBranch ?? 'main';
  if (!isDefaultBranchRun(deps)) {
    notices.push(`not storing a baseline: ${deps.context.ref || 'this ref'} is not the default branch (baselines are written only from ${branch})`);
  } else if (!store) {
    notices.push('not storing a baseline: the `baseline` input names a file');
  } else {
    for (const r of runs) {
      // A harness that never ran is not a baseline: storing it would gate every PR against "broken".
      const check = checkBaselineRun(r);
      if (check.refuse) {
        refused.push(`${r.suite}: ${check.refuse}`);
        continue;
      }
      if (check.flag) warnings.push(`${r.suite}: ${check.flag}`);
      try {
        await store.write(r, branch, deps.context.runId ?? undefined);
      } catch (err) {
        warnings.push(`could not store the ${r.suite} baseline: ${(err as Error).message}`);
      }
    }
  }
  const redact = deps.redactorFor(config);
  // The job fails only when no baseline could be stored (informational otherwise).
  const jobFails = refused.length > 0;
  const runUrl = deps.context.runUrl ?? undefined;
  const summary = runs.map((r) => renderResultsMarkdown(r, { redact, runUrl, htmlReport: reportLocation(deps.reportUpload ?? null, r.suite, jobFails) })).join('\n');
  const last = runs.at(-1);
  const reportPath = last ? join(deps.root, '.evalgate', last.suite, 'report.md') : null;
  if (reportPath) await writeFileAtomic(reportPath, summary);
  // Each suite's HTML report beside its results, as every gate writes one.
  for (const r of runs) await writeFileAtomic(join(deps.root, '.evalgate', r.suite, 'report.html'), renderResultsHtml(r, { redact, runUrl }));
  // No comparison here: the verdict says whether every case passed (as `evalgate run` exits 1 when
  // one fails or errors), for later steps; the job succeeds either way, since the baseline is stored.
  const failing = runs.flatMap((r) => r.cases.filter((c) => c.passes < c.runs || c.errors > 0).map((c) => `${r.suite}/${c.id}`));
  if (failing.length > 0) notices.push(`verdict block: ${failing.length} case(s) failed or errored in the baseline run (${failing.slice(0, 10).join(', ')}${failing.length > 10 ? ', ...' : ''}); stored as is`);
  return {
    verdict: failing.length > 0 ? 'block' : 'pass',
    informational: true,
    regressions: 0,
    resultsPath: last ? join(deps.root, '.evalgate', last.suite, 'results.json') : null,
    reportPath,
    reopened: [],
    summary,
    warnings,
    notices,
    ...(refused.length > 0 ? { failure: `baseline not stored: ${refused.join('; ')}` } : {}),
  };
}
