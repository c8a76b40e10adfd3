// The baseline store and trusted baselines, shared by the modes: which store the action uses,
// validation of stored or downloaded results (untrusted data), the baseline a PR compares with,
// and whether this run may write baselines (default branch only).
import { resolve } from 'node:path';
import { parseTrustedBaselineText, resolveTrustedBaselinePath } from '../engine/trust.js';
import type { Case, Config, Results, Suite } from '../types.js';
import type { ActionDeps } from './deps.js';
import type { ActionInputs } from './inputs.js';
import type { Git } from '../adapters/git.js';
import { runSuite, type RunEnv } from '../engine/run.js';
import { displayPath } from '../engine/paths.js';
import { createGitBranchStore, createDirStore, explainBaselineLayout, BASELINE_LAYOUT, type BaselineStore } from '../adapters/store.js';
import { listDirFiles, readJsonFile } from '../adapters/fs.js';
import { checkResults, checkRerunErrors } from '../results/check.js';

/** File (in `.evalgate/`) where a shard job records which shard it was. */
export const SHARD_MANIFEST = 'shard.json';

/** Validates stored or downloaded results (untrusted data). */
export function validateResults(doc: unknown, source: string): Results {
  const checked = checkResults(doc, source);
  if (!checked.ok) throw new Error(`${source} is not a valid evalgate results file: ${checked.problems.slice(0, 5).join('; ')}`);
  return checked.results;
}

/**
 * The baseline store the action uses: the `baseline` input (file: none, dir: a directory store) or
 * the baseline branch. Built once at the entry (ActionDeps.store), so every suite and the gate's
 * prefetch share one fetched tip.
 */
export function openStore(inputs: Pick<ActionInputs, 'baseline' | 'baselineBranch'>, root: string, git: Git): BaselineStore | null {
  if (inputs.baseline && !/\.json$/i.test(inputs.baseline)) {
    const dir = resolve(root, inputs.baseline);
    // Posted reports name the directory relative to the workspace, or as …/name outside it.
    return createDirStore(dir, { validate: validateResults, label: displayPath(root, dir) });
  }
  if (inputs.baseline) return null;
  return createGitBranchStore({ repoDir: root, branch: inputs.baselineBranch, validate: validateResults, git });
}

/** For a baseline directory that holds nothing usable: what is wrong with it and the layout expected, else ''. */
async function layoutProblem(dir: string, suite: Suite): Promise<string> {
  const files = await listDirFiles(dir);
  if (files === 'missing') return ' (the directory does not exist)';
  const why = Array.isArray(files) ? explainBaselineLayout(files, suite) : null;
  return why ? ` (the directory ${why}; expected ${BASELINE_LAYOUT})` : '';
}

/** A stored baseline found (or not) for the merge base or its nearest stored first-parent ancestor. */
export interface StoredLookup {
  results: Results | null;
  source: string;
  atMergeBase: boolean;
}

/** Looks `suite` up in `store` at the merge base or its nearest stored ancestor (up to 200 back). */
export async function lookupStoredBaseline(git: Git, store: BaselineStore, suite: Suite, mergeBase: string, describe = store.describe()): Promise<StoredLookup> {
  const found = await store.findNearest(suite, await git.firstParentAncestors(mergeBase, 200));
  if (!found) return { results: null, source: `stored, ${describe}: nothing stored for the merge base or its ancestors`, atMergeBase: false };
  const which = found.commit === mergeBase ? 'merge base' : 'nearest stored ancestor of the merge base';
  return { results: found.results, source: `stored, ${describe} at ${found.commit.slice(0, 7)} (${which})`, atMergeBase: found.commit === mergeBase };
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
    /** The lookup in deps.store, started ahead (lookupStoredBaseline); used unless the settings say rerun. */
    stored?: Promise<StoredLookup>;
  } = {},
): Promise<{ results: Results | null; source: string }> {
  const { inputs, git, root } = deps;
  if (inputs.baseline) {
    // Trust: a baseline inside the repository is read at the merge base, never from the PR's tree
    // (the same rule as the CLI's `gate --base-ref`).
    const where = await resolveTrustedBaselinePath(git, root, mergeBase, inputs.baseline);
    if (where.kind === 'absent') return { results: null, source: where.source };
    if (where.kind === 'disk' && /\.json$/i.test(inputs.baseline)) return { results: validateResults(await readJsonFile(where.path), inputs.baseline), source: where.source };
    if (where.kind === 'text') return { results: validateResults(parseTrustedBaselineText(where.text, `input "baseline": ${inputs.baseline}`), inputs.baseline), source: where.source };
    if (where.kind === 'dir') {
      try {
        const found = await lookupStoredBaseline(git, createDirStore(where.path, { validate: validateResults }), suite, mergeBase, where.source);
        return found.results ? found : { ...found, source: found.source + (await layoutProblem(where.path, suite)) };
      } finally {
        await where.dispose();
      }
    }
  }
  const store = deps.store!;
  if (config.gate.baseline !== 'rerun') {
    const found = await (opts.stored ?? lookupStoredBaseline(git, store, suite, mergeBase));
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

/** Whether this run is on the default branch, the only place baselines may be written from. */
export function isDefaultBranchRun(deps: ActionDeps): boolean {
  const { context } = deps;
  return context.defaultBranch !== null && context.ref === `refs/heads/${context.defaultBranch}`;
}

/**
 * The head results of an earlier gate of this pull request for `suite` (the `reuse` input: a
 * directory laid out like `.evalgate/`, restored by the workflow from a cache outside the
 * checkout), or null when there is none. Untrusted data, validated like any results file; a file
 * that does not validate is not reused (the gate then simply runs afresh) and the warning says why.
 */
export async function readReusedHead(dir: string | null, root: string, suite: Suite, warnings: string[]): Promise<Results | null> {
  if (dir === null) return null;
  const file = resolve(root, dir, suite, 'results.json');
  let doc: unknown;
  try {
    doc = await readJsonFile(file);
  } catch {
    return null; // the first gate of a pull request: nothing stored yet
  }
  try {
    const prior = validateResults(doc, displayPath(root, file));
    if (prior.suite !== suite) throw new Error(`${displayPath(root, file)} holds suite ${prior.suite}, not ${suite}`);
    return prior;
  } catch (err) {
    warnings.push(`reuse: not reusing the earlier gate's trials: ${(err as Error).message}`);
    return null;
  }
}
