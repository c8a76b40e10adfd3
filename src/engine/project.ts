// Loads what a run needs: config, the selected cases, and (when the key is there) the holdout
// cases decrypted in memory, with their fixtures in a private temporary directory for the harness.
import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, isAbsolute } from 'node:path';
import { createHash } from 'node:crypto';
import type { Case, Config, Problem, Suite } from '../types.js';
import { loadProject } from '../adapters/fs.js';
import { parseCaseSet, stableStringify, type CaseSource } from '../case/case.js';
import { decryptHoldout, parseHoldoutKey, HoldoutError } from '../case/holdout.js';
import { HOLDOUT_SKIPPED_NOTICE, shardCases } from '../results/merge.js';

/** Where the encrypted holdout bundle lives, relative to the repository root (SPEC 2). */
export const HOLDOUT_BUNDLE = 'evals/holdout.enc';

/** A loaded, validated project ready to run. */
export interface Project {
  root: string;
  config: Config;
  /** Every valid case of the repository (not only the selected ones). */
  cases: Case[];
  problems: Problem[];
  /** What does not stop a run but is probably a mistake (`.yml` case files the glob skips); absent: none. */
  warnings?: Problem[];
}

/** Holdout cases ready to run, plus the key for opaque ids and a cleanup for the fixture dir. */
export interface Holdout {
  cases: Case[];
  key: Buffer;
  dispose(): Promise<void>;
}

/** sha256 of the normalized config, recorded in results so runs with different settings are visible. */
export function computeConfigHash(config: Config): string {
  return createHash('sha256').update(stableStringify(config)).digest('hex');
}

/** Cases of `suite`, filtered by `--case` ids (unknown ids are problems) and by shard. */
export function selectCases(
  cases: Case[],
  opts: { suite: Suite; ids: string[]; shard: { index: number; total: number } | null },
): { cases: Case[]; unknown: string[] } {
  const known = new Set(cases.map((c) => c.id));
  const unknown = opts.ids.filter((id) => !known.has(id));
  let selected = cases.filter((c) => (opts.ids.length > 0 ? opts.ids.includes(c.id) : c.suites.includes(opts.suite)));
  if (opts.shard) selected = shardCases(selected, opts.shard);
  return { cases: selected, unknown };
}

/**
 * Reads config and cases from the working tree of `root`. A cases glob that matches no file is a
 * problem unless `requireCases: false` (verbs and modes that run no case): otherwise a gate that
 * finds nothing would run nothing and pass.
 */
export async function loadProjectFromDisk(root: string, configPath: string, opts: { requireCases?: boolean } = {}): Promise<Project | { problems: Problem[]; warnings: Problem[] }> {
  const loaded = await loadProject(root, { configPath, requireCases: opts.requireCases ?? true });
  if (loaded.problems.length > 0 || loaded.config === null) return { problems: loaded.problems, warnings: loaded.warnings };
  return { root, config: loaded.config, cases: loaded.cases, problems: [], warnings: loaded.warnings };
}

/**
 * Decrypts the holdout bundle when both the bundle and the key exist. Returns a notice instead when
 * holdout is skipped. Problems in holdout cases are reported without their content, never leaked.
 */
export async function loadHoldout(
  root: string,
  config: Config,
  keyText: string | undefined,
  opts: {
    /**
     * The bundle's bytes when they come from elsewhere than the working tree: on a pull request the
     * base commit's bundle (null: none there), so a PR cannot delete or swap the holdout.
     */
    bundle?: Buffer | null;
    /** Ids of the visible cases: a holdout case may not reuse one (its trials would mix). */
    visibleIds?: ReadonlySet<string>;
  } = {},
): Promise<{ holdout: Holdout | null; notices: string[]; problems: string[] }> {
  let bundle: Buffer;
  if (opts.bundle === null) return { holdout: null, notices: [], problems: [] };
  if (opts.bundle !== undefined) bundle = opts.bundle;
  else {
    try {
      bundle = await readFile(join(root, HOLDOUT_BUNDLE));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { holdout: null, notices: [], problems: [] };
      // Fail closed: anything at the bundle's path that is not a readable file (a directory, a
      // dangling link) would otherwise skip the holdout silently.
      const what = code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? (err as Error).message})`;
      return { holdout: null, notices: [], problems: [`${HOLDOUT_BUNDLE}: ${what} (expected the encrypted bundle file written by \`evalgate holdout encrypt\`, or nothing at that path)`] };
    }
  }
  if (!keyText) {
    return { holdout: null, notices: [`${HOLDOUT_SKIPPED_NOTICE} ${HOLDOUT_BUNDLE} exists but EVALGATE_HOLDOUT_KEY is not set (expected on fork pull requests)`], problems: [] };
  }
  let key: Buffer;
  let files;
  try {
    key = parseHoldoutKey(keyText);
    files = decryptHoldout(bundle, key);
  } catch (err) {
    if (err instanceof HoldoutError) return { holdout: null, notices: [], problems: [`${HOLDOUT_BUNDLE}: ${err.message}`] };
    throw err;
  }
  // The harness reads fixtures from disk, so holdout fixtures go to a private directory that is
  // removed after the run. Case texts stay in memory.
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-holdout-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  const sources: CaseSource[] = [];
  const fixtureTexts = new Map<string, string | null>();
  for (const f of files) {
    const rel = normalize(f.path);
    if (isAbsolute(rel) || rel.startsWith('..')) {
      await dispose();
      return { holdout: null, notices: [], problems: [`${HOLDOUT_BUNDLE}: bundle holds an unsafe path (expected paths inside the repository)`] };
    }
    if (/\.ya?ml$/.test(rel)) sources.push({ file: rel, text: f.content });
    else {
      const abs = join(dir, rel);
      await mkdir(dirname(abs), { recursive: true, mode: 0o700 });
      await writeFile(abs, f.content, { mode: 0o600 });
      fixtureTexts.set(abs, f.content);
    }
  }
  const parsed = parseCaseSet(sources, config, dir, fixtureTexts, { holdout: true });
  if (parsed.problems.length > 0) {
    await dispose();
    // Counting is safe; the messages would quote holdout content.
    return {
      holdout: null,
      notices: [],
      problems: [`${HOLDOUT_BUNDLE}: ${parsed.problems.length} problem(s) in holdout cases (details withheld; run \`evalgate holdout decrypt\` and \`evalgate validate\` locally)`],
    };
  }
  // A visible case may share an id with a holdout case: their trials are kept apart (recordKey) and
  // holdout results carry opaque ids, so a clash is harmless. It is deliberately not reported: a
  // message naming (or even confirming) the id would let a PR author probe for holdout ids.
  return { holdout: { cases: parsed.cases, key, dispose }, notices: [], problems: [] };
}
