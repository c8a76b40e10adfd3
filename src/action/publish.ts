// Publish mode: posts results that other jobs produced, recomputing the comparison here.
// - `workflow_run` (fork-safe second half of the gate, SPEC 7): the unprivileged `pull_request` run
//   uploaded `.evalgate/` as an artifact; this job has write permission and secrets, so the
//   artifact is data only: size-capped, parsed, schema-validated, tied to the workflow run's head
//   commit, compared against the trusted baseline store and base-commit definitions.
// - `pull_request` (the merge job of a sharded gate, `needs:` the matrix, `if: always()`): every
//   shard's upload is downloaded into `evalgate-results/<artifact>/`; the shards are merged into
//   the record an unsharded run would have produced, compared once, posted once. A shard that did
//   not upload blocks the verdict, with a reason naming it.
// Either way nothing from an artifact is executed, and its own comparison.json is ignored.
import { join, sep } from 'node:path';
import { lstat, realpath } from 'node:fs/promises';
import type { Case, Config, Results, Suite } from '../types.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { findBaseline, validateResults, SHARD_MANIFEST } from './store.js';
import { ALLOW_GUARD_REMOVAL_LABEL, postPullSurfaces, postSkippedSurfaces, type SuiteOutcome } from './pull-surfaces.js';
import { loadProjectFromDisk } from '../engine/project.js';
import { loadGatedCases, readConfigAt } from '../engine/trust.js';
import { compareResults } from '../comparison/compare.js';
import { readJsonFile, readSubdirectories } from '../adapters/fs.js';
import { readPull, readPullLabels } from '../adapters/github.js';
import { mergeResults, ShardError } from '../results/merge.js';
import { checkShardHoldout, checkShardHoldoutRows, checkShardManifest, checkShardSet, dropMissingShards, type ShardManifest } from '../results/shards.js';
import { applyMissingShards } from '../verdict/shards.js';
import { renderProblem } from '../case/problems.js';
import { MAX_YAML_BYTES } from '../case/yaml.js';
import { diffHarness } from '../engine/harness-change.js';
import type { Git } from '../adapters/git.js';

/** Directory (relative to the workspace) the documented workflow downloads the artifact into. */
export const PUBLISH_DIR = 'evalgate-results';
/** Largest shard.json publish mode reads (bytes): room for MAX_MANIFEST_HOLDOUT_IDS ids per suite. */
const MAX_MANIFEST_BYTES = 2 * 1024 * 1024;
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

/** What the artifact directory held for one suite: merged head results, and for shards what was missing. */
interface ArtifactSuite {
  suite: Suite;
  results: Results;
  /** Shards (1-based) that uploaded nothing for this suite, of `total`. */
  missing: number[];
  total: number;
  /** Rerun baselines the shard jobs uploaded, merged (only read when the caller trusts them). */
  shardBaseline: Results | null;
}

/** The artifact layout found under evalgate-results/: one unsharded upload, or one directory per shard. */
type Artifact = { kind: 'single' | 'shards'; suites: ArtifactSuite[]; shards: number; skipped: boolean };

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Reads the artifact(s) as data: results for `headSha` only, shard manifests checked, shards merged. */
async function readArtifact(root: string, suites: readonly Suite[], headSha: string, where: string): Promise<Artifact> {
  const dir = join(root, PUBLISH_DIR);
  const checkCommit = (r: Results, shown: string, suite: Suite) => {
    if (r.suite !== suite) throw new Error(`${shown} holds suite "${r.suite}", expected "${suite}"`);
    if (r.commit !== headSha) throw new Error(`${shown} is for commit ${r.commit}, but ${where} ran on ${headSha}; refusing results of another commit`);
  };
  // Unsharded: evalgate-results/<suite>/results.json.
  if (await exists(join(dir, suites[0], 'results.json'))) {
    const out: ArtifactSuite[] = [];
    for (const suite of suites) {
      const shown = `${PUBLISH_DIR}/${suite}/results.json`;
      const results = await readArtifactResults(dir, join(dir, suite, 'results.json'), shown);
      checkCommit(results, shown, suite);
      out.push({ suite, results, missing: [], total: 1, shardBaseline: null });
    }
    return { kind: 'single', suites: out, shards: 1, skipped: false };
  }
  // Sharded: evalgate-results/<artifact>/shard.json + <suite>/results.json per shard.
  const found: Array<{ manifest: ShardManifest; source: string; sub: string }> = [];
  const problems: string[] = [];
  for (const sub of await readSubdirectories(dir)) {
    const file = join(dir, sub, SHARD_MANIFEST);
    if (!(await exists(file))) continue;
    const source = `${PUBLISH_DIR}/${sub}/${SHARD_MANIFEST}`;
    const s = await lstat(file);
    if (!s.isFile() || s.size > MAX_MANIFEST_BYTES) throw new Error(`${source} is not a small regular file; refusing to read it`);
    const checked = checkShardManifest(await readJsonFile(file), source);
    if (!checked.ok) problems.push(...checked.problems);
    else if (checked.manifest.commit !== headSha) problems.push(`${source} is for commit ${checked.manifest.commit}, but ${where} ran on ${headSha}`);
    else found.push({ manifest: checked.manifest, source, sub });
  }
  if (found.length === 0 && problems.length === 0) {
    throw new Error(
      `${PUBLISH_DIR}/${suites[0]}/results.json: not found, and no shard upload (${PUBLISH_DIR}/<artifact>/${SHARD_MANIFEST}) either. ` +
        `Publish mode expects the gate's .evalgate/ artifact downloaded into ${PUBLISH_DIR}/ (actions/download-artifact with path: ${PUBLISH_DIR}; ` +
        'for a sharded gate, pattern: evalgate-shard-* so each shard lands in its own directory; in a workflow_run job also run-id: ${{ github.event.workflow_run.id }})',
    );
  }
  const set = checkShardSet(found);
  problems.push(...set.problems, ...checkShardHoldout(found));
  if (problems.length > 0) throw new Error(`the shard uploads in ${PUBLISH_DIR}/ are inconsistent:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  if (found.every((f) => f.manifest.skipped)) return { kind: 'shards', suites: [], shards: set.total, skipped: true };
  const out: ArtifactSuite[] = [];
  for (const suite of suites) {
    const parts: Results[] = [];
    const bases: Results[] = [];
    const missing = new Set(set.missing);
    const names: string[] = [];
    const rowProblems: string[] = [];
    for (const f of found) {
      const shown = `${PUBLISH_DIR}/${f.sub}/${suite}/results.json`;
      const file = join(dir, f.sub, suite, 'results.json');
      if (f.manifest.skipped || !(await exists(file))) {
        missing.add(f.manifest.index);
        continue;
      }
      const r = await readArtifactResults(dir, file, shown);
      checkCommit(r, shown, suite);
      rowProblems.push(...checkShardHoldoutRows(f.manifest, suite, r, shown));
      parts.push(r);
      names.push(`shard ${f.manifest.index}/${f.manifest.total} (${shown})`);
      const baseFile = join(dir, f.sub, suite, 'baseline.json');
      if (await exists(baseFile)) bases.push(await readArtifactResults(dir, baseFile, `${PUBLISH_DIR}/${f.sub}/${suite}/baseline.json`));
    }
    if (rowProblems.length > 0) throw new Error(`the ${suite} shard uploads in ${PUBLISH_DIR}/ are inconsistent:\n${rowProblems.map((p) => `- ${p}`).join('\n')}`);
    if (parts.length === 0) throw new Error(`no shard uploaded ${suite} results (${PUBLISH_DIR}/<artifact>/${suite}/results.json); every one of the ${set.total} shard(s) is missing`);
    let results: Results;
    let shardBaseline: Results | null = null;
    try {
      results = mergeResults(parts, names);
      // A rerun baseline counts only when every reporting shard ran one (a partial one would show removals).
      if (bases.length === parts.length) {
        const merged = mergeResults(bases);
        shardBaseline = { ...merged, notices: merged.notices.filter((n) => !/^restricted to shard /.test(n)) };
      }
    } catch (err) {
      if (err instanceof ShardError) throw new Error(`cannot merge the ${suite} shard uploads: ${err.message}`);
      throw err;
    }
    out.push({ suite, results, missing: [...missing].sort((a, b) => a - b), total: set.total, shardBaseline });
  }
  return { kind: 'shards', suites: out, shards: set.total, skipped: false };
}

/** The pull request to post on, confirmed through the API; for workflow_run also which run published. */
interface PublishTarget {
  number: number;
  headSha: string;
  baseSha: string;
  labels: string[];
  /** Describes where the results came from, for notices and error messages. */
  where: string;
  /** Rerun baselines from the shard jobs are accepted only from jobs of the same (pull_request) run. */
  trustShardBaselines: boolean;
}

async function findWorkflowRunPull(deps: ActionDeps, run: NonNullable<ActionDeps['context']['workflowRun']>, refs: readonly string[]): Promise<PublishTarget> {
  const { context, github } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  // Numbers from the payload (same-repo PRs) or the results' ref (forks), each confirmed through
  // the API to have the run's head commit, so the artifact cannot aim elsewhere.
  const candidates = [...new Set([...run.pullNumbers, ...refs.map(parsePullRef).filter((n): n is number => n !== null)])];
  const tried: string[] = [];
  for (const n of candidates) {
    const r = await readPull(github, repo, n);
    if (r.ok && r.value.head.sha === run.headSha) return { number: n, headSha: run.headSha, baseSha: r.value.base.sha, labels: r.value.labels, where: `workflow run ${run.id}`, trustShardBaselines: false };
    tried.push(r.ok ? `#${n} has head ${r.value.head.sha.slice(0, 7)}` : `#${n}: ${r.status} ${r.message}`);
  }
  throw new Error(`no open pull request of ${repo.owner}/${repo.repo} has head commit ${run.headSha} (workflow run ${run.id}${tried.length ? `; ${tried.join('; ')}` : '; no candidate PR number in the payload or results ref'})`);
}

/**
 * Posts results other jobs produced: a `workflow_run` job for an unprivileged (fork) gate, or the
 * final `pull_request` job of a sharded gate. One check run, one comment, one verdict per suite.
 */
export async function runPublishMode(deps: ActionDeps): Promise<ActionResult> {
  const { context, inputs, git, github, root } = deps;
  const repo = { owner: context.owner, repo: context.repo };
  const run = context.workflowRun;
  const pullEvent = context.pull;
  if (!run && !pullEvent) {
    throw new Error(`mode publish needs a workflow_run event (fork-safe publishing) or a pull_request event (merging a sharded gate); got ${context.eventName}`);
  }
  if (run && run.event !== 'pull_request') {
    throw new Error(`mode publish posts results of pull_request runs; workflow run ${run.id} was triggered by "${run.event}"`);
  }
  const headSha = run ? run.headSha : pullEvent!.headSha;
  const where = run ? `workflow run ${run.id}` : `pull request #${pullEvent!.number}`;
  const warnings: string[] = [];

  // 1. The artifact(s), strictly as data, and only for the head commit GitHub named.
  const artifact = await readArtifact(root, inputs.suites, headSha, where);

  if (artifact.skipped) {
    // Every shard found the change outside the harness scope and posted nothing (a shard job reads
    // and writes no issue, check or comment). The merge job of the same pull_request run posts the
    // skip; a workflow_run job does not: the manifests come from a fork's run, and a fork must not
    // turn its check green by claiming it touched nothing.
    if (run) {
      const why = `every shard of workflow run ${run.id} says the change touches nothing in the harness scope; publish does not post an unverified skip (no check run posted)`;
      return { verdict: 'pass', regressions: 0, resultsPath: null, reportPath: null, reopened: [], summary: `## evalgate: ${why}\n`, warnings: [why], notices: [] };
    }
    const why = `skipped: every one of the ${artifact.shards} shard(s) found that this change touches none of the harness, the cases, fixtures or config`;
    warnings.push(...(await postSkippedSurfaces(deps, { pullNumber: pullEvent!.number, headSha, suites: inputs.suites, why })));
    return { verdict: 'pass', regressions: 0, resultsPath: null, reportPath: null, reopened: [], summary: `## evalgate: ${why}\n`, warnings, notices: [why] };
  }

  // 2. The pull request.
  let target: PublishTarget;
  if (run) target = await findWorkflowRunPull(deps, run, artifact.suites.map((a) => a.results.ref));
  else {
    // Labels from the API, not the payload: they can change after the event was sent.
    const labels = await readPullLabels(github, repo, pullEvent!.number);
    if (!labels.ok) warnings.push(`could not read the pull request's labels (${labels.message}); removed guard cases block`);
    target = { number: pullEvent!.number, headSha, baseSha: pullEvent!.baseSha, labels: labels.ok ? labels.value : [], where, trustShardBaselines: true };
  }

  // 3. Trusted definitions: the merge base's cases and gate settings.
  const local = await loadProjectFromDisk(root, inputs.config, { requireCases: false }); // runs nothing
  if (!('config' in local)) throw new Error(`invalid evalgate config or cases in the ${run ? 'default branch ' : ''}checkout:\n${local.problems.map(renderProblem).join('\n')}`);
  const notices: string[] = [];
  let mergeBase = await git.mergeBase(target.baseSha, headSha);
  if (mergeBase === null && (await git.fetch('origin', `+refs/pull/${target.number}/head`))) mergeBase = await git.mergeBase(target.baseSha, headSha);
  if (mergeBase === null) {
    mergeBase = target.baseSha;
    notices.push(`the pull request's head commit is not in this checkout; compared with the base branch commit ${target.baseSha.slice(0, 7)} instead of the merge base`);
  }
  // Every case at the merge base (none counts as "head" here: the head is only what the artifact claims).
  const gated = await loadGatedCases({ git, baseSha: mergeBase, configPath: inputs.config, headConfig: local.config, headCases: [] });
  const baseDefs = gated.removedCases;
  // The PR's harness settings: the checkout on pull_request (the PR itself), the head commit's
  // config read as data for workflow_run (the checkout is the default branch).
  const headHarness = run ? await readHeadHarness(git, headSha, inputs.config) : local.config.harness;
  const baseHash = new Map(baseDefs.map((c) => [c.id, c.definition_hash]));
  const allowGuardRemoval = target.labels.includes(ALLOW_GUARD_REMOVAL_LABEL);

  const outcomes: SuiteOutcome[] = [];
  try {
    for (const a of artifact.suites) {
      const results = buildTrustedResults(a.results, baseDefs);
      const baseCases = baseDefs.filter((c) => c.suites.includes(a.suite));
      let baseline = await findBaseline(deps, a.suite, gated.config, mergeBase, baseCases, null, { allowRerun: false });
      if (!baseline.results && a.shardBaseline && target.trustShardBaselines && a.shardBaseline.commit === mergeBase) {
        baseline = { results: a.shardBaseline, source: `rerun of the merge base ${mergeBase.slice(0, 7)} in the shard jobs` };
      }
      if (baseline.results && a.missing.length > 0) baseline = { ...baseline, results: dropMissingShards(baseline.results, new Set(results.cases.map((c) => c.id)), a.missing, a.total) };
      // A case run with a definition other than the base commit's was not gated by the trusted one.
      const modified = new Set(results.cases.filter((c) => baseHash.has(c.id) && baseHash.get(c.id) !== c.definition_hash).map((c) => c.id));
      let cmp = compareResults(baseline.results, results, { gate: gated.config.gate, maxTrials: gated.config.max_trials, baseSource: baseline.source, allowGuardRemoval, modified });
      cmp = applyMissingShards(cmp, a.missing, a.total);
      cmp.notices.unshift(
        run
          ? `published from workflow run ${run.id} (unprivileged pull_request run); the comparison was recomputed in this trusted job`
          : `merged from ${a.total - a.missing.length} of ${a.total} shard(s); compared once, as an unsharded gate would`,
        ...(run && artifact.kind === 'shards' ? [`merged from ${a.total - a.missing.length} of ${a.total} shard(s)`] : []),
        ...gated.notices,
        ...notices,
      );
      // Harness changes are flagged as in gate mode: every field of the PR's config, with the
      // command the artifact says it ran (when the PR's config cannot be read, that command alone).
      const ranCommand = a.results.harness.command;
      const ranHarness = headHarness ?? gated.baseHarness;
      const changes = ranHarness ? diffHarness(gated.baseHarness, { ...ranHarness, command: ranCommand }) : [];
      if (changes.length > 0) cmp.harness_changes = changes;
      if (modified.size > 0) cmp.notices.push(`${modified.size} case(s) were run with a definition that differs from the base commit's: ${[...modified].slice(0, 10).join(', ')}`);
      outcomes.push({ suite: a.suite, cmp, head: results });
    }
  } finally {
    await gated.dispose();
  }

  // Cases new in the PR keep their own `guards`; only this repository's issue titles are looked up for them.
  const posted = await postPullSurfaces(deps, {
    pullNumber: target.number,
    headSha,
    suites: outcomes,
    redactPatterns: gated.config.redact,
    // The same redaction step as gate mode: secret-looking harness.env values of the base config too.
    harnessEnv: { ...(gated.baseHarness?.env ?? {}), ...gated.config.harness.env },
  });
  return { ...posted, warnings: [...warnings, ...posted.warnings], reopened: [], notices: [] };
}

/** The harness settings in `configPath` at `commit` (read as data, size-checked first), or null when missing, too big or invalid. */
export async function readHeadHarness(git: Git, commit: string, configPath: string): Promise<Config['harness'] | null> {
  // The fork's file, read in the privileged job: never more than a YAML file may hold.
  const parsed = await readConfigAt(git, commit, configPath, { maxBytes: MAX_YAML_BYTES }).catch(() => null);
  return parsed && parsed.problems.length === 0 ? parsed.config.harness : null;
}
