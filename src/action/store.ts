// The baseline store and trusted baselines, shared by the modes: which store the action uses,
// validation of stored or downloaded results (untrusted data), the baseline a PR compares with,
// and whether this run may write baselines (default branch only).
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Case, Config, Results, Suite } from '../types.js';
import type { ActionDeps } from './deps.js';
import { runSuite, type RunEnv } from '../engine/run.js';
import { createGitBranchStore, createDirStore, type BaselineStore } from '../adapters/store.js';
import { readJsonFile } from '../adapters/fs.js';
import { checkResults, checkRerunErrors } from '../results/check.js';

/** File (in `.evalgate/`) where a shard job records which shard it was. */
export const SHARD_MANIFEST = 'shard.json';

/** Validates stored or downloaded results (untrusted data). */
export function validateResults(doc: unknown, source: string): Results {
  const checked = checkResults(doc, source);
  if (!checked.ok) throw new Error(`${source} is not a valid evalgate results file: ${checked.problems.slice(0, 5).join('; ')}`);
  return checked.results;
}

/** The baseline store the action uses: the `baseline` input (file or dir) or the baseline branch. */
export function openStore(deps: ActionDeps): BaselineStore | null {
  const { inputs, root } = deps;
  if (inputs.baseline && !/\.json$/i.test(inputs.baseline)) return createDirStore(join(root, inputs.baseline), { validate: validateResults });
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
  if (inputs.baseline) {
    // Trust: a baseline inside the repository is read at the merge base, never from the PR's tree.
    const abs = resolve(root, inputs.baseline);
    const rel = relative(root, abs);
    const inside = !rel.startsWith('..') && !isAbsolute(rel);
    if (/\.json$/i.test(inputs.baseline)) {
      if (!inside) return { results: validateResults(await readJsonFile(abs), inputs.baseline), source: `file ${inputs.baseline}` };
      const text = await git.showFile(mergeBase, rel.split(sep).join('/'));
      if (text === null) return { results: null, source: `file ${inputs.baseline}: not present at the merge base ${mergeBase.slice(0, 7)}` };
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        throw new Error(`input "baseline": ${inputs.baseline} at the merge base is not JSON (${(err as Error).message})`);
      }
      return { results: validateResults(doc, inputs.baseline), source: `file ${inputs.baseline} at the merge base ${mergeBase.slice(0, 7)}` };
    }
    if (inside) {
      throw new Error(`input "baseline" is "${inputs.baseline}", a directory inside the repository, which the pull request could edit (expected a results file, a directory outside the workspace such as \${{ runner.temp }}/baselines, or no input to use the baseline branch)`);
    }
  }
  const store = openStore(deps)!;
  if (config.gate.baseline !== 'rerun') {
    const ancestors = await git.firstParentAncestors(mergeBase, 200);
    const found = await store.findNearest(suite, ancestors);
    if (found && (config.gate.baseline === 'stored' || found.commit === mergeBase)) {
      const which = found.commit === mergeBase ? 'merge base' : 'nearest stored ancestor of the merge base';
      return { results: found.results, source: `stored, ${store.describe()} at ${found.commit.slice(0, 7)} (${which})` };
    }
    if (config.gate.baseline === 'stored') return { results: null, source: `stored, ${store.describe()}: nothing stored for the merge base or its ancestors` };
  }
  if (opts.allowRerun === false) return { results: null, source: `stored, ${store.describe()}: nothing stored for the merge base (publish never reruns a harness)` };
  // rerun: the same cases at the merge base, in a worktree, in this job (cancels model/provider drift),
  // with the base commit's harness section.
  const worktree = await git.addWorktree(mergeBase);
  try {
    const env: RunEnv = { cwd: worktree.path, config: { ...config, harness: opts.baseHarness ?? config.harness }, holdoutKey };
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
