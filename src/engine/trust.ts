// Trust (SPEC 7): on a pull request, the cases and gate settings that exist on the base commit
// are read from the base commit through git, not from the PR's working tree. A PR that edits a
// guard case is gated by the base definition (and shown `modified`); one that deletes it shows
// `removed`. Only cases new in the PR come from the head. The CLI's `gate --base-ref` and the
// action's gate mode both load through loadTrustedGate, so they apply the same rules.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Case, Config, HarnessChange } from '../types.js';
import { matchPaths, type Git } from '../adapters/git.js';
import { parseConfig } from '../case/config.js';
import { parseCaseSource, checkCaseSet } from '../case/case.js';
import { renderProblem } from '../case/problems.js';
import { loadHoldout, HOLDOUT_BUNDLE, type Holdout } from './project.js';
import { diffHarness } from './harness-change.js';
import { findExcessiveJsonDepth, MAX_JSON_DEPTH } from '../json.js';

/** The case set a pull request is gated with. */
export interface GatedCases {
  /** Config: the base commit's, with the head's `harness` (the harness is what the PR changes) and both `redact` lists. */
  config: Config;
  /** Base definitions for cases the base has; head definitions for new cases. */
  cases: Case[];
  /** Ids whose definition the PR changed (the base definition gated). */
  modified: Set<string>;
  /** The head's definition of each modified case (reports show it beside the base one that gated). */
  modifiedHead: Map<string, Case>;
  /** The base commit's `harness` section (null when the base has no valid config): reruns of the base use it. */
  baseHarness: Config['harness'] | null;
  /** Ids whose definition came from the base commit (the rest are new in the PR). */
  fromBase: Set<string>;
  /** Ids the base has and the head no longer has. */
  removed: string[];
  /** Base definitions of the removed cases: a rerun baseline must run them, or their removal would go unseen. */
  removedCases: Case[];
  notices: string[];
  /** Removes the temporary directory holding base-commit fixtures. */
  dispose(): Promise<void>;
}

/**
 * evalgate.yml as committed at `commit`, parsed as data; null when the file is absent. With
 * `maxBytes` (a fork's commit) a larger file is refused by its size, unread (GitError).
 */
export async function readConfigAt(git: Git, commit: string, configPath: string, opts: { maxBytes?: number } = {}): Promise<ReturnType<typeof parseConfig> | null> {
  const text = await git.showFile(commit, configPath, opts);
  return text === null ? null : parseConfig(text, configPath);
}

/**
 * What the trust step reads of the base commit before anything of the change is known: its
 * config (parsed), every path in its tree, the case files its own `cases` glob names, and the
 * holdout bundle. Nothing here depends on the PR's files, so a gate asks for it as soon as the
 * merge base is known, while the PR's cases load (`loadTrustedGate`'s `base`).
 */
export interface BaseReads {
  baseSha: string;
  /** The base commit's config, parsed (null: no config file there). */
  config: ReturnType<typeof parseConfig> | null;
  /** Every file path at the base commit, sorted. */
  tree: string[];
  /**
   * Texts of the files the base config's `cases` glob matches (null when the base config is absent
   * or invalid: the head's glob applies). Consumed (cleared) by loadGatedCases.
   */
  caseTexts: Map<string, string | null> | null;
  /** The base commit's holdout bundle (null: none there). */
  bundle: Buffer | null;
}

/** Reads the base commit's side of a gate (BaseReads): three git processes at once, then one for the case files. */
export async function readTrustedBase(git: Git, baseSha: string, configPath: string): Promise<BaseReads> {
  const [config, tree, bundle] = await Promise.all([
    readConfigAt(git, baseSha, configPath),
    git.listTree(baseSha),
    git.run(['cat-file', 'blob', `${baseSha}:${HOLDOUT_BUNDLE}`], { okCodes: [0, 128] }),
  ]);
  const valid = config !== null && config.problems.length === 0 ? config.config : null;
  // One git process for all case files (one per file took minutes at 100,000 cases).
  const caseTexts = valid ? await git.showFiles(baseSha, matchPaths(tree, valid.cases)) : null;
  return { baseSha, config, tree, caseTexts, bundle: bundle.code === 0 ? bundle.stdout : null };
}

/** Reads config, cases and fixtures at `baseSha` (or takes `base`, read ahead) and merges them with the head's cases. */
export async function loadGatedCases(opts: { git: Git; baseSha: string; configPath: string; headConfig: Config; headCases: Case[]; base?: BaseReads }): Promise<GatedCases> {
  const { git, baseSha } = opts;
  const reads = opts.base ?? (await readTrustedBase(git, baseSha, opts.configPath));
  if (reads.baseSha !== baseSha) throw new Error(`internal: base reads of ${reads.baseSha} used for ${baseSha}`);
  const notices: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-base-'));
  const dispose = () => rm(dir, { recursive: true, force: true });

  let config = opts.headConfig;
  let baseHarness: Config['harness'] | null = null;
  const baseParsed = reads.config;
  if (baseParsed !== null) {
    if (baseParsed.problems.length === 0) {
      // Redaction only removes text, so the head's extra patterns are kept along with the base's.
      config = { ...baseParsed.config, harness: opts.headConfig.harness, redact: [...new Set([...baseParsed.config.redact, ...opts.headConfig.redact])] };
      baseHarness = baseParsed.config.harness;
    }
    else notices.push(`${opts.configPath} at the base commit is invalid; using the pull request's config (${baseParsed.problems.length} problem(s))`);
  }

  const files = matchPaths(reads.tree, config.cases);
  const caseTexts = reads.caseTexts ?? (await git.showFiles(baseSha, files));
  const parsed = [];
  for (const file of files) {
    const text = caseTexts.get(file) ?? null;
    if (text !== null) parsed.push(parseCaseSource(text, file, config, dir));
  }
  // Consumed: at 100,000 cases the texts are tens of MiB the run does not need.
  caseTexts.clear();
  // Fixtures are part of a case's definition: the base commit's copies go to a private directory.
  const fixturePaths = [...new Set(parsed.flatMap((p) => (p.fixtures ? [p.fixtures.path] : [])))];
  const fixtureGitTexts = await git.showFiles(baseSha, fixturePaths.map((abs) => relative(dir, abs)));
  const fixtureTexts = new Map<string, string | null>();
  for (const abs of fixturePaths) {
    const text = fixtureGitTexts.get(relative(dir, abs)) ?? null;
    fixtureTexts.set(abs, text);
    if (text !== null) {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    }
  }
  const base = checkCaseSet(parsed, fixtureTexts);
  if (base.problems.length > 0) {
    notices.push(
      `${base.problems.length} problem(s) in case files at the base commit; those cases are taken from the pull request: ` +
        base.problems.slice(0, 3).map(renderProblem).join('; '),
    );
  }

  const headById = new Map(opts.headCases.map((c) => [c.id, c]));
  const baseById = new Map(base.cases.map((c) => [c.id, c]));
  const cases: Case[] = [];
  const modified = new Set<string>();
  const modifiedHead = new Map<string, Case>();
  for (const b of base.cases) {
    const h = headById.get(b.id);
    if (!h) continue;
    if (h.definition_hash !== b.definition_hash) {
      modified.add(b.id);
      modifiedHead.set(b.id, h);
    }
    cases.push(b);
  }
  for (const h of opts.headCases) if (!baseById.has(h.id)) cases.push(h);
  const removedCases = base.cases.filter((b) => !headById.has(b.id));
  return {
    config,
    baseHarness,
    cases,
    modified,
    modifiedHead,
    fromBase: new Set(cases.filter((c) => baseById.has(c.id)).map((c) => c.id)),
    removed: removedCases.map((b) => b.id),
    removedCases,
    notices,
    dispose,
  };
}

/** Everything a gate on a change needs from the trusted side: cases, settings, holdout and what changed in the harness. */
export interface TrustedGate extends GatedCases {
  /** The base commit's holdout bundle decrypted (null: none there, or no key). */
  holdout: Holdout | null;
  /** Holdout problems (bundle broken, id clash): the gate reports them; validate fails on them. */
  holdoutProblems: string[];
  /** How the change alters `harness` against the base commit's config (empty: unchanged). */
  harnessChanges: HarnessChange[];
}

/**
 * The one trust step of the CLI (`gate --base-ref`) and the action (gate mode): case definitions,
 * fixtures and settings from `baseSha` (loadGatedCases), the holdout bundle from `baseSha` (a
 * change cannot delete or swap it), and the harness diff. The harness itself is the head's.
 */
export async function loadTrustedGate(opts: {
  git: Git;
  root: string;
  baseSha: string;
  configPath: string;
  headConfig: Config;
  headCases: Case[];
  holdoutKey: string | undefined;
  /** The base commit's reads, started ahead (readTrustedBase); read here when absent. */
  base?: BaseReads;
}): Promise<TrustedGate> {
  const base = opts.base ?? (await readTrustedBase(opts.git, opts.baseSha, opts.configPath));
  const gated = await loadGatedCases({ ...opts, base });
  const holdout = await loadHoldout(opts.root, gated.config, opts.holdoutKey, {
    bundle: base.bundle,
    visibleIds: new Set(gated.cases.map((c) => c.id)),
  });
  const dispose = async () => {
    await gated.dispose();
    await holdout.holdout?.dispose();
  };
  return {
    ...gated,
    notices: [...gated.notices, ...holdout.notices],
    holdout: holdout.holdout,
    holdoutProblems: holdout.problems,
    harnessChanges: diffHarness(gated.baseHarness, opts.headConfig.harness),
    dispose,
  };
}

/** Where a baseline named by path is read from, under the trust rules. */
export type TrustedBaselinePath =
  | { kind: 'text'; text: string; source: string }
  | { kind: 'disk'; path: string; source: string }
  | { kind: 'absent'; source: string }
  | { kind: 'dir'; path: string; source: string; dispose(): Promise<void> };

/**
 * A baseline file or directory store inside the repository is part of what a change could edit:
 * what exists at `baseSha` is read from there (a directory is copied out of the base commit into
 * a temporary directory); what the change itself adds (tracked, but not at the base) is not used;
 * untracked local data (e.g. `.evalgate/`, a downloaded artifact) and paths outside the
 * repository are read from disk.
 */
/**
 * The JSON document of a baseline file read at the base commit (`kind: 'text'`), under the same
 * depth bound as every other untrusted JSON; throws an Error naming the file otherwise. Shared by
 * the CLI's `gate --base-ref` and the action's gate.
 */
export function parseTrustedBaselineText(text: string, shown: string): unknown {
  if (findExcessiveJsonDepth(text) >= 0) throw new Error(`${shown} at the merge base nests deeper than ${MAX_JSON_DEPTH} levels (not an evalgate results file)`);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`${shown} at the merge base is not JSON (${(err as Error).message})`);
  }
}

export async function resolveTrustedBaselinePath(git: Git, root: string, baseSha: string, path: string): Promise<TrustedBaselinePath> {
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return rel === '' ? { kind: 'absent', source: `${path}: the repository root is not a baseline` } : { kind: 'disk', path: abs, source: path };
  const gitRel = rel.split(sep).join('/');
  const short = baseSha.slice(0, 7);
  const tracked = (await git.run(['ls-files', '-z', '--', gitRel])).stdout.toString('utf8').split('\0').filter(Boolean);
  if (/\.json$/i.test(path)) {
    const text = await git.showFile(baseSha, gitRel);
    if (text !== null) return { kind: 'text', text, source: `file ${path} at the base commit ${short}` };
    if (tracked.length > 0) return { kind: 'absent', source: `file ${path}: not present at the base commit ${short} (a baseline added by the change under test is not used)` };
    return { kind: 'disk', path: abs, source: `file ${path}` };
  }
  const files = await git.listFiles(baseSha, `${gitRel}/**`);
  if (files.length === 0 && tracked.length === 0) return { kind: 'disk', path: abs, source: path };
  // Tracked in git: the store as the base commit has it (possibly empty), never the change's edits.
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-base-store-'));
  // One `git cat-file --batch` for the whole store, not one git process per stored run.
  const texts = await git.showFiles(baseSha, files);
  for (const f of files) {
    const text = texts.get(f) ?? null;
    if (text === null) continue;
    const target = join(dir, relative(gitRel, f));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { kind: 'dir', path: dir, source: `${path} at the base commit ${short}`, dispose: () => rm(dir, { recursive: true, force: true }) };
}
