// Filesystem adapter: reads evalgate.yml, case files and fixtures, then hands text to
// the pure parsers in src/case. All disk access for config and cases lives here.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { checkCaseSet, listFixturePaths, parseCaseSource, type CaseSource } from '../case/case.js';
import { buildDefaultConfig, parseConfig } from '../case/config.js';
import { sortProblems } from '../case/problems.js';
import type { Case, Config, Problem } from '../types.js';
import { describeJsonError, findExcessiveJsonDepth, jsonErrorPosition, MAX_JSON_DEPTH, offsetToLineCol } from '../json.js';

/** Options for loadProject. */
export interface LoadProjectOptions {
  /** Config path relative to root (default `evalgate.yml`, falling back to `evalgate.yaml`). */
  configPath?: string;
  /** Only return these case ids (all cases are still validated for duplicate ids). */
  caseIds?: readonly string[];
}

/** A loaded project: config (null when the config file is missing), valid cases, all problems. */
export interface LoadedProject {
  config: Config | null;
  cases: Case[];
  problems: Problem[];
}

/** Reads a UTF-8 text file, or returns null when it does not exist or is not a file. */
export async function readTextFileOrNull(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw err;
  }
}

/** Reads and parses a JSON file; throws an Error naming the file (and line:col) when it is missing, a directory or invalid. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new Error(`${file}: file not found (expected a JSON file)`);
    if (code === 'EISDIR') throw new Error(`${file}: is a directory (expected a JSON file)`);
    throw new Error(`${file}: cannot be read (${code ?? (err as Error).message})`);
  }
  if (text.trim() === '') throw new Error(`${file}: file is empty (expected a JSON document)`);
  // Untrusted documents (artifacts, results from forks) are recursed over after parsing.
  const deep = findExcessiveJsonDepth(text);
  if (deep >= 0) {
    const at = offsetToLineCol(text, deep);
    throw new Error(`${file}:${at.line}:${at.col}: nests deeper than ${MAX_JSON_DEPTH} levels (expected a JSON document of reasonable depth)`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = jsonErrorPosition(text, err);
    throw new Error(`${file}${at ? `:${at.line}:${at.col}` : ''}: not valid JSON: ${describeJsonError(err)}`);
  }
}

/** Writes a file atomically: a temp file in the same directory, then rename over the target. */
export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Lists case files matching `pattern` under root, repo-relative with forward slashes, sorted. */
export async function listCaseFiles(root: string, pattern: string): Promise<string[]> {
  const files = await glob(pattern, { cwd: root, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] });
  return files.map((f) => f.split(path.sep).join('/')).sort();
}

/** Reads every case file matching `pattern` under root. */
export async function loadCaseTexts(root: string, pattern: string): Promise<CaseSource[]> {
  const files = await listCaseFiles(root, pattern);
  return Promise.all(
    files.map(async (file) => ({ file, text: (await readTextFileOrNull(path.join(root, file))) ?? '' })),
  );
}

/** Reads the given fixture files: absolute path -> text, or null when unreadable. */
export async function loadFixtureTexts(paths: readonly string[]): Promise<Map<string, string | null>> {
  const entries = await Promise.all(paths.map(async (p) => [p, await readTextFileOrNull(p)] as const));
  return new Map(entries);
}

/** Reads and validates evalgate.yml; a missing file is one problem naming it. */
export async function loadConfig(
  root: string,
  configPath?: string,
): Promise<{ config: Config | null; file: string; problems: Problem[] }> {
  const candidates = configPath ? [configPath] : ['evalgate.yml', 'evalgate.yaml'];
  for (const file of candidates) {
    const text = await readTextFileOrNull(path.resolve(root, file));
    if (text !== null) {
      const { config, problems } = parseConfig(text, file);
      return { config, file, problems };
    }
  }
  const file = candidates[0];
  return {
    config: null,
    file,
    problems: [
      {
        file,
        line: 0,
        col: 0,
        message: `config file not found in ${root}`,
        expected: `${file} with at least harness.command`,
      },
    ],
  };
}

/**
 * Loads and validates the whole project: config, every case, fixtures. All problems from
 * all files come back together, sorted by file then line.
 */
export async function loadProject(root: string, options: LoadProjectOptions = {}): Promise<LoadedProject> {
  const absRoot = path.resolve(root);
  const loaded = await loadConfig(absRoot, options.configPath);
  // Without a config, cases are still checked against the defaults so `validate` reports everything.
  const config = loaded.config ?? buildDefaultConfig();
  const sources = await loadCaseTexts(absRoot, config.cases);
  const parsed = sources.map((s) => parseCaseSource(s.text, s.file, config, absRoot));
  const fixtureTexts = await loadFixtureTexts(listFixturePaths(parsed));
  const set = checkCaseSet(parsed, fixtureTexts);
  let cases = set.cases;
  let caseProblems = set.problems;
  const problems: Problem[] = [...loaded.problems];

  if (options.caseIds && options.caseIds.length > 0) {
    const wanted = new Set(options.caseIds);
    const known = new Set(parsed.flatMap((p) => (p.id === null ? [] : [p.id])));
    cases = cases.filter((c) => wanted.has(c.id));
    // Keep problems of the selected cases, and of files whose id could not be read at all.
    const keepFiles = new Set(parsed.filter((p) => p.id === null || wanted.has(p.id)).map((p) => p.file));
    caseProblems = caseProblems.filter((p) => keepFiles.has(p.file));
    for (const id of options.caseIds) {
      if (!known.has(id)) {
        problems.push({
          file: config.cases,
          line: 0,
          col: 0,
          message: `no case with id "${id}"`,
          expected: known.size > 0 ? `one of ${[...known].sort().join(', ')}` : 'a case file matching the cases glob',
        });
      }
    }
  }
  return { config: loaded.config, cases, problems: sortProblems([...problems, ...caseProblems]) };
}
