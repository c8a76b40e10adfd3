// Gate mode (pull_request): trusted case set from the base commit, baseline (stored or rerun),
// adaptive gate, then the PR surfaces: check run with annotations, sticky comment, summary.
import { join } from 'node:path';
import type { Comparison, Results, Suite } from '../types.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { findBaseline, lookupStoredBaseline, readReusedHead } from './store.js';
import { ALLOW_GUARD_REMOVAL_LABEL, postPullSurfaces, postSkippedSurfaces } from './pull-surfaces.js';
import { loadProjectFromDisk, selectCases } from '../engine/project.js';
import { loadTrustedGate, readTrustedBase } from '../engine/trust.js';
import { decideSkip, readHarnessScope, renderScopeGaps } from '../engine/paths.js';
import { readHarnessId, readHarnessIdentity, readHarnessState, resultIdOf, type RunEnv } from '../engine/run.js';
import { gateFamilyTests, modifiedDefinitions, runGate } from '../engine/adaptive.js';
import { restrictToShard } from '../results/merge.js';
import { renderProblem } from '../case/problems.js';
import { buildShardManifest } from '../results/shards.js';
import { writeFileAtomic } from '../adapters/fs.js';
import { renderJsonChunks } from '../surfaces/json.js';
import { redactResults } from '../surfaces/redact.js';
import { SHARD_MANIFEST } from './store.js';
import { readPullLabels } from '../adapters/github.js';

/** Runs the gate on a pull request and posts its surfaces. */
export async function runGateMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, inputs, git, github, root } = deps;
  const pull = context.pull;
  if (!pull) throw new Error(`mode gate needs a pull_request event (got ${context.eventName})`);
  const repo = { owner: context.owner, repo: context.repo };
  const warnings: string[] = [];
  const notices: string[] = [];

  // Everything the gate reads from the merge base is asked of git while the PR's cases load, as
  // soon as the merge base is known: none of it depends on the PR's files. The baseline branch is
  // fetched (on a runner, a network round trip), the base commit's definitions and holdout bundle
  // read, the diff taken, each suite's stored baseline looked up (unused if the settings say
  // rerun) and the harness fingerprint's tree read. Each promise is awaited below or deliberately
  // dropped; none may reject unhandled.
  deps.store?.prefetch?.();
  const mergeBaseP = git.mergeBase(pull.baseSha, pull.headSha).then((mb) => mb ?? pull.baseSha);
  const baseReadsP = mergeBaseP.then((mb) => readTrustedBase(git, mb, inputs.config));
  const diffP = mergeBaseP.then((mb) => git.run(['diff', '--name-only', mb, pull.headSha]));
  const store = deps.store;
  const storedP = new Map(
    !inputs.baseline && store ? inputs.suites.map((suite) => [suite, mergeBaseP.then((mb) => lookupStoredBaseline(git, store, suite, mb))] as const) : [],
  );
  // The harness fingerprint's git reads; its paths (the head's) are applied once the config is read.
  const harnessStateP = readHarnessState(git);
  for (const p of [mergeBaseP, baseReadsP, diffP, ...storedP.values()]) p.catch(() => {});
  const head = await loadProjectFromDisk(root, inputs.config);
  if (!('config' in head)) throw new Error(`invalid evalgate config or cases:\n${head.problems.map(renderProblem).join('\n')}`);
  const identityP = readHarnessIdentity(git, root, head.config, inputs.config, harnessStateP);
  identityP.catch(() => {});
  const mergeBase = await mergeBaseP;
  // The holdout bundle of the merge base, not the PR's copy: a PR cannot delete or swap it.
  const gated = await loadTrustedGate({
    git,
    root,
    baseSha: mergeBase,
    configPath: inputs.config,
    headConfig: head.config,
    headCases: head.cases,
    holdoutKey: deps.env.EVALGATE_HOLDOUT_KEY,
    base: await baseReadsP,
  });
  notices.push(...gated.notices);
  if (gated.holdoutProblems.length > 0) warnings.push(...gated.holdoutProblems);
  // The merge base's settings say rerun: the stored baselines read ahead are not used; let them go.
  if (gated.config.gate.baseline === 'rerun') storedP.clear();
  const holdout = { holdout: gated.holdout };

  // The harness scope (case/harness-scope.ts): a PR that touches nothing in it (the whole
  // repository by default, minus harness.ignore, plus what the harness command imports, plus the
  // cases, fixtures and config) skips the eval run. The base commit's settings decide, so a PR
  // cannot widen harness.ignore to skip its own gate. Removed or modified guards can only come from
  // touched case files, so the guard checks are covered by the same test.
  const diff = await diffP;
  const skip = decideSkip(diff.stdout.toString().split('\n').filter(Boolean), await readHarnessScope(root, gated.config, inputs.config));
  if (skip.skip) {
    await gated.dispose();
    const why = skip.why;
    if (inputs.shard) {
      // Every shard reaches the same decision from the same diff and tells the merging job, which
      // posts it: a shard job (`contents: read`) posts nothing and reads no comment.
      await writeFileAtomic(join(root, '.evalgate', SHARD_MANIFEST), JSON.stringify({ ...buildShardManifest(inputs.shard, pull.headSha, inputs.suites), skipped: true }, null, 2) + '\n');
    } else {
      warnings.push(...(await postSkippedSurfaces(deps, { pullNumber: pull.number, headSha: pull.headSha, suites: inputs.suites, why })));
    }
    return { verdict: 'pass', regressions: 0, resultsPath: null, reportPath: null, reopened: [], summary: `## evalgate: ${why}
`, warnings, notices: [why] };
  }

  const identity = await identityP;
  // The fingerprint is of the gated settings (the config hash) over the head's harness tree.
  const harnessId = await readHarnessId(gated.config, Promise.resolve(identity.tree));
  notices.push(...renderScopeGaps(identity.read.gaps, inputs.config));
  let allowGuardRemoval = false;
  // A shard does not read the labels (an issues API call its `contents: read` token may be refused):
  // the merge job reads them and recomputes the comparison, so the shard's partial verdict counts
  // removed guards as blocking and the merged one decides.
  if (gated.removed.length > 0 && !inputs.shard) {
    // Read from the API, not the payload: labels can change after the event was sent.
    const labels = await readPullLabels(github, repo, pull.number);
    if (labels.ok) allowGuardRemoval = labels.value.includes(ALLOW_GUARD_REMOVAL_LABEL);
    else warnings.push(`could not read the pull request's labels (${labels.message}); removed guard cases block`);
  }

  const results: Array<{ suite: Suite; cmp: Comparison; head: Results }> = [];
  // Rerun baselines of a shard, uploaded with its results for the merging job (which runs no harness).
  const rerunBaselines = new Map<Suite, Results>();
  // Per suite, the holdout rows this shard's results hold: the merging job checks the upload against them.
  const holdoutRows: Record<string, string[]> = {};
  try {
    for (const suite of inputs.suites) {
      const all = [...gated.cases, ...(holdout.holdout?.cases ?? [])];
      const { cases } = selectCases(all, { suite, ids: [], shard: inputs.shard });
      const key = holdout.holdout?.key ?? null;
      holdoutRows[suite] = cases.filter((c) => c.holdout).map((c) => resultIdOf(c, key));
      // The rerun baseline covers removed guard cases too: without their base results a deletion would not show.
      const removedHere = selectCases(gated.removedCases, { suite, ids: [], shard: inputs.shard }).cases;
      const baseCases = [...cases.filter((c) => c.holdout || gated.fromBase.has(c.id)), ...removedHere];
      const baseline = await findBaseline(deps, suite, gated.config, mergeBase, baseCases, key, { baseHarness: gated.baseHarness, stored: storedP.get(suite) });
      // Not held past its suite: a stored baseline of 100,000 cases is hundreds of MiB.
      storedP.delete(suite);
      const rerun = baseline.source.startsWith('rerun');
      if (inputs.shard && baseline.results && rerun) rerunBaselines.set(suite, baseline.results);
      // A shard decides its cases as members of the whole suite's family (measured: with a family
      // of its own 1-3 cases a .95 -> .4 drop blocked unsharded ended inconclusive after the merge).
      let familyTests: number | undefined;
      if (inputs.shard) {
        const suiteCases = selectCases(all, { suite, ids: [], shard: null }).cases;
        const here = new Set(cases.map((c) => c.id));
        familyTests = gateFamilyTests(suiteCases, baseline.results, key, rerun ? new Set(suiteCases.filter((c) => !here.has(c.id) && gated.fromBase.has(c.id)).map((c) => c.id)) : undefined);
      }
      // A shard compares with the same shard of the baseline; other shards' cases are not "removed".
      if (inputs.shard && baseline.results) baseline.results = restrictToShard(baseline.results, new Set(cases.map((c) => resultIdOf(c, key))), inputs.shard);
      const env: RunEnv = { cwd: root, config: gated.config, holdoutKey: key, onProgress: undefined, redact: deps.redactorFor(gated.config, gated.baseHarness?.env), harnessId };
      const outcome = await runGate(cases, baseline.results, { suite, commit: pull.headSha, ref: `refs/pull/${pull.number}/head`, createdAt: new Date().toISOString() }, env, {
        baseSource: baseline.source,
        allowGuardRemoval,
        notices: [...notices],
        modified: gated.modified,
        harnessChanges: gated.harnessChanges,
        removed: gated.removed,
        familyTests,
        priorHead: await readReusedHead(inputs.reuse, root, suite, warnings),
        definitions: modifiedDefinitions(gated),
      });
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
    // A shard posts nothing: the last shard to finish would overwrite the others' check run and comment.
    post: inputs.shard === null,
  });
  if (inputs.shard) {
    const { index, total } = inputs.shard;
    const manifest = buildShardManifest(inputs.shard, pull.headSha, inputs.suites, { ran: holdout.holdout !== null, cases: holdoutRows });
    await writeFileAtomic(join(root, '.evalgate', SHARD_MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    // Uploaded as an artifact: through the same redaction step as every other results file.
    const redactor = deps.redactorFor(gated.config, gated.baseHarness?.env);
    for (const [suite, base] of rerunBaselines) await writeFileAtomic(join(root, '.evalgate', suite, 'baseline.json'), renderJsonChunks(redactResults(base, redactor)));
    const shardNotice = `shard ${index}/${total}: results written to .evalgate/ for the merging job (mode: publish); nothing posted to the pull request, and this job does not fail on a regression: the merged check run carries the verdict`;
    return { ...posted, verdict: posted.verdict, warnings: [...warnings, ...posted.warnings], reopened: [], notices: [shardNotice], informational: true };
  }
  return { ...posted, warnings: [...warnings, ...posted.warnings], reopened: [], notices: [] };
}

