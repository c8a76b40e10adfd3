// Trust (SPEC 7): on a pull request, the cases and gate settings that exist on the base commit
// are read from the base commit through git, not from the PR's working tree. A PR that edits a
// guard case is gated by the base definition (and shown `modified`); one that deletes it shows
// `removed`. Only cases new in the PR come from the head.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Case, Config } from '../types.js';
import type { Git } from '../adapters/git.js';
import { parseConfig } from '../case/config.js';
import { parseCaseSource, checkCaseSet } from '../case/case.js';
import { renderProblem } from '../case/problems.js';

/** The case set a pull request is gated with. */
export interface GatedCases {
  /** Config: the base commit's, with the head's `harness` (the harness is what the PR changes). */
  config: Config;
  /** Base definitions for cases the base has; head definitions for new cases. */
  cases: Case[];
  /** Ids whose definition the PR changed (the base definition gated). */
  modified: Set<string>;
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

/** Reads config, cases and fixtures at `baseSha` and merges them with the head's cases. */
export async function loadGatedCases(opts: { git: Git; baseSha: string; configPath: string; headConfig: Config; headCases: Case[] }): Promise<GatedCases> {
  const { git, baseSha } = opts;
  const notices: string[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-base-'));
  const dispose = () => rm(dir, { recursive: true, force: true });

  let config = opts.headConfig;
  let baseHarness: Config['harness'] | null = null;
  const baseConfigText = await git.showFile(baseSha, opts.configPath);
  if (baseConfigText !== null) {
    const parsed = parseConfig(baseConfigText, opts.configPath);
    if (parsed.problems.length === 0) {
      config = { ...parsed.config, harness: opts.headConfig.harness };
      baseHarness = parsed.config.harness;
    }
    else notices.push(`${opts.configPath} at the base commit is invalid; using the pull request's config (${parsed.problems.length} problem(s))`);
  }

  const files = await git.listFiles(baseSha, config.cases);
  const parsed = [];
  for (const file of files) {
    const text = await git.showFile(baseSha, file);
    if (text !== null) parsed.push(parseCaseSource(text, file, config, dir));
  }
  // Fixtures are part of a case's definition: the base commit's copies go to a private directory.
  const fixtureTexts = new Map<string, string | null>();
  for (const p of parsed) {
    if (!p.fixtures || fixtureTexts.has(p.fixtures.path)) continue;
    const rel = relative(dir, p.fixtures.path);
    const text = await git.showFile(baseSha, rel);
    fixtureTexts.set(p.fixtures.path, text);
    if (text !== null) {
      await mkdir(dirname(p.fixtures.path), { recursive: true });
      await writeFile(p.fixtures.path, text);
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
  for (const b of base.cases) {
    const h = headById.get(b.id);
    if (!h) continue;
    if (h.definition_hash !== b.definition_hash) modified.add(b.id);
    cases.push(b);
  }
  for (const h of opts.headCases) if (!baseById.has(h.id)) cases.push(h);
  const removedCases = base.cases.filter((b) => !headById.has(b.id));
  return {
    config,
    baseHarness,
    cases,
    modified,
    fromBase: new Set(cases.filter((c) => baseById.has(c.id)).map((c) => c.id)),
    removed: removedCases.map((b) => b.id),
    removedCases,
    notices,
    dispose,
  };
}
