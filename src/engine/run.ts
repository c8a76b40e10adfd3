// Runs a suite: every selected case its configured trials. The runs the comparison steers (baseline
// top-up, gate re-trials) are in adaptive.ts. This is the engine both the CLI and the action call;
// harness processes come from the adapter.
import type { Case, Config, Results, Suite, TrialRecord } from '../types.js';
import { spawnExecHarness, spawnJsonlHarness, spawnCommandEvaluator, type Harness } from '../adapters/harness.js';
import { startCheckWorker, type TrialEvaluator } from '../adapters/check-pool.js';
import { runTrialBatch, planTrials, recordKey, type Progress, type TrialJob } from './suite.js';
import type { CommandRunner, TraceSink } from './trial.js';
import { buildCaseResult, buildResults, opaqueCaseId } from '../results/build.js';
import { computeConfigHash } from './project.js';
import { checkUnseenTools } from '../outcome/unseen-tools.js';
import type { Git, TreeState } from '../adapters/git.js';
import { checkTreeIdentity, createScopeMatcher, type HarnessScope } from '../case/harness-scope.js';
import { readHarnessScope, type ReadScope } from './paths.js';
import { createHash } from 'node:crypto';
import type { Redactor } from '../surfaces/redact.js';

/** Identity of the code under test, recorded in results. */
export interface RunMeta {
  suite: Suite;
  commit: string;
  ref: string;
  createdAt: string;
}

/** Everything a run needs from outside. */
export interface RunEnv {
  /** Directory the harness runs in (the repository root, or a worktree of the base commit). */
  cwd: string;
  config: Config;
  holdoutKey: Buffer | null;
  /** Environment harness processes inherit (default process.env). */
  processEnv?: NodeJS.ProcessEnv;
  onProgress?: (p: Progress) => void;
  /**
   * Identity of the harness that ran (config hash + git tree of the harness scope, see readHarnessId);
   * recorded per case as its fingerprint. Undefined when unknown (no git, uncommitted harness changes).
   */
  harnessId?: string;
  /** In-scope paths that differed from the commit when the run was made (recorded in results.harness.uncommitted). */
  uncommitted?: string[];
  /** Tool names the run's traces called; withHarness creates it, assemble reads it (checkUnseenTools). */
  seenTools?: Set<string>;
  /** Receives every converted trace (`run --keep-traces`). */
  keepTrace?: TraceSink;
  /** The invocation's redaction, applied to harness output before any of it is cut or recorded (default: none). */
  redact?: Redactor;
  /** Builds the harness; tests may pass their own. */
  createHarness?: (config: Config, cwd: string, baseEnv?: NodeJS.ProcessEnv) => Harness;
  /** Starts what runs the checks under a deadline (default: the check worker; null: inline). */
  createEvaluator?: () => TrialEvaluator | null;
}

/** The harness for a config: exec (one process per trial) or jsonl (long-lived workers). */
export function spawnHarness(config: Config, cwd: string, baseEnv?: NodeJS.ProcessEnv): Harness {
  const opts = { command: config.harness.command, cwd, env: config.harness.env, maxOutputBytes: config.harness.max_output_bytes, baseEnv };
  return config.harness.protocol === 'jsonl' ? spawnJsonlHarness({ ...opts, workers: config.concurrency }) : spawnExecHarness(opts);
}

function commandRunner(config: Config, cwd: string, baseEnv?: NodeJS.ProcessEnv, redact?: Redactor): CommandRunner {
  return (run, traceJson, timeoutMs, trial) =>
    spawnCommandEvaluator(run, traceJson, { cwd, env: config.harness.env, timeoutMs, maxOutputBytes: config.harness.max_output_bytes, baseEnv, trial, redact });
}

/**
 * The harness identity for fingerprints: sha256 of the config hash and the git tree of the harness
 * scope at HEAD (readHarnessTree), or undefined when git cannot vouch for it (not a repository, or
 * in-scope files modified, untracked or ignored-but-present).
 */
export async function readHarnessId(config: Config, tree: Promise<HarnessTree>): Promise<string | undefined> {
  const { id } = await tree;
  return id === null ? undefined : createHash('sha256').update(computeConfigHash(config)).update('\0').update(id).digest('hex');
}

/** The git reads of the harness fingerprint at HEAD, before its scope is known; null when git cannot answer. Never rejects. */
export async function readHarnessState(git: Pick<Git, 'readTreeState'>): Promise<TreeState | null> {
  try {
    return await git.readTreeState('HEAD');
  } catch {
    return null;
  }
}

/** The harness tree at HEAD: its identity, or why none is claimed. */
export interface HarnessTree {
  id: string | null;
  /** In-scope paths modified, staged or untracked: the working tree is not the commit (empty with an id). */
  changed: string[];
  /** In-scope paths present but gitignored (empty with an id). */
  ignored: string[];
  /** True when git could not answer at all (not a repository). */
  noGit: boolean;
}

/** The git tree identity of the harness scope at HEAD (checkTreeIdentity). Never rejects. */
export async function readHarnessTree(git: Pick<Git, 'readTreeState'>, scope: HarnessScope | Promise<HarnessScope>, state: Promise<TreeState | null> = readHarnessState(git)): Promise<HarnessTree> {
  const [s, sc] = await Promise.all([state, scope]);
  if (s === null) return { id: null, changed: [], ignored: [], noGit: true };
  return { ...checkTreeIdentity(s, createScopeMatcher(sc), () => createHash('sha256'), sc.reached), noGit: false };
}

/** The harness identity of a working tree: its scope (with what the config misses), its tree and its fingerprint. */
export interface HarnessIdentity {
  read: ReadScope;
  tree: HarnessTree;
  /** The fingerprint recorded per case, undefined when none is claimed. */
  harnessId: string | undefined;
}

/**
 * Reads the scope of `config` (the harness command's imports included), then the identity of
 * that scope at HEAD; `state` may be asked of git ahead (readHarnessState). Never rejects on git.
 */
export async function readHarnessIdentity(
  git: Pick<Git, 'readTreeState'>,
  root: string,
  config: Config,
  configPath: string,
  state: Promise<TreeState | null> = readHarnessState(git),
): Promise<HarnessIdentity> {
  const read = await readHarnessScope(root, config, configPath);
  const tree = await readHarnessTree(git, read.scope, state);
  return { read, tree, harnessId: await readHarnessId(config, Promise.resolve(tree)) };
}

/** Why no fingerprint is claimed, for notices; null when one is. Pure. */
export function describeUnclaimed(tree: HarnessTree): string | null {
  if (tree.id !== null) return null;
  if (tree.noGit) return 'no harness fingerprint: not a git repository (nothing is pooled)';
  const parts: string[] = [];
  if (tree.changed.length > 0) parts.push(`uncommitted changes to ${tree.changed.join(', ')}`);
  if (tree.ignored.length > 0) parts.push(`gitignored files in the harness scope (${tree.ignored.join(', ')}; declare generated or inert ones in harness.ignore)`);
  return `no harness fingerprint claimed, so no trial is pooled: ${parts.join('; ')}`;
}

/** Result id of a case: its id, or for holdout cases the opaque HMAC id. */
export function resultIdOf(c: Case, holdoutKey: Buffer | null): string {
  return c.holdout && holdoutKey ? opaqueCaseId(c.id, holdoutKey) : c.id;
}

/** The results record of a run: each case's trial records, the run's identity and notices. */
export function assemble(cases: Case[], records: Map<string, TrialRecord[]>, meta: RunMeta, env: RunEnv, notices: string[]): Results {
  const caseResults = cases.map((c) => buildCaseResult(c, records.get(recordKey(c)) ?? [], { holdoutKey: env.holdoutKey ?? undefined, harnessId: env.harnessId }));
  return buildResults({
    suite: meta.suite,
    commit: meta.commit,
    ref: meta.ref,
    createdAt: meta.createdAt,
    harness: { command: env.config.harness.command, config_hash: computeConfigHash(env.config), ...(env.uncommitted?.length ? { uncommitted: env.uncommitted } : {}) },
    cases: caseResults,
    // Only when some trace ran: a run where every trial errored has nothing to compare names with.
    notices: env.seenTools && [...records.values()].some((rs) => rs.some((r) => r.outcome !== 'error')) ? [...notices, ...checkUnseenTools(cases, env.seenTools)] : notices,
  });
}

/** Runs `fn` with a started harness (closed afterwards); `fn` gets the trial-batch runner. */
export async function withHarness<T>(env: RunEnv, suite: Suite, fn: (run: (jobs: TrialJob[]) => Promise<Map<string, TrialRecord[]>>) => Promise<T>): Promise<T> {
  const harness = (env.createHarness ?? spawnHarness)(env.config, env.cwd, env.processEnv);
  // As many check workers as trials run at once, so one trial's slow checks hold up no other.
  const evaluator = env.createEvaluator ? env.createEvaluator() : startCheckWorker({ workers: env.config.concurrency });
  const deps = {
    evaluator,
    harness,
    runCommand: commandRunner(env.config, env.cwd, env.processEnv, env.redact),
    redact: env.redact,
    suite,
    retries: env.config.harness.retries,
    pricing: env.config.pricing,
    keepTrace: env.keepTrace,
    // Shared by every batch of this env (the gate's re-trials too), read by assemble.
    seenTools: (env.seenTools ??= new Set()),
    concurrency: env.config.concurrency,
    onProgress: env.onProgress,
  };
  try {
    return await fn((jobs) => runTrialBatch(jobs, deps));
  } finally {
    await Promise.all([harness.close(), evaluator?.close()]);
  }
}

/** Runs every selected case its configured number of trials and returns the results record. */
export async function runSuite(cases: Case[], meta: RunMeta, env: RunEnv, notices: string[] = []): Promise<Results> {
  return withHarness(env, meta.suite, async (run) => assemble(cases, await run(planTrials(cases)), meta, env, notices));
}
