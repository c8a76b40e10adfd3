// Filesystem adapter: reads evalgate.yml, case files and fixtures, then hands text to
// the pure parsers in src/case. All disk access for config and cases lives here.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { link, lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rm, stat, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { checkCaseSet, listFixturePaths, parseCaseSource, type FixtureText } from '../case/case.js';
import { buildDefaultConfig, DEFAULT_CASES_GLOB, parseConfig } from '../case/config.js';
import { decodeSourceText } from '../case/yaml.js';
import { sortProblems } from '../case/problems.js';
import type { Case, Config, Problem } from '../types.js';
import { parseCommandScripts, parseImportRefs, resolveImportCandidates, type SourceFile } from '../case/harness-scope.js';
import { describeJsonError, findExcessiveJsonDepth, jsonErrorPosition, MAX_JSON_DEPTH, offsetToLineCol } from '../json.js';

/** Options for loadProject. */
export interface LoadProjectOptions {
  /** Config path relative to root (default `evalgate.yml`, falling back to `evalgate.yaml`). */
  configPath?: string;
  /** Only return these case ids (all cases are still validated for duplicate ids). */
  caseIds?: readonly string[];
  /** A `cases` glob that matches no file is a problem (run, gate, validate: zero cases would pass by checking nothing). */
  requireCases?: boolean;
}

/** A loaded project: config (null when the config file is missing), valid cases, all problems. */
export interface LoadedProject {
  config: Config | null;
  cases: Case[];
  problems: Problem[];
  /** What does not stop a run but is probably a mistake (case files the glob skips). */
  warnings: Problem[];
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

/** Bytes read from a file or a stream, or how far past the limit it went (what was read is dropped). */
export type BoundedRead = { kind: 'bytes'; bytes: Buffer } | { kind: 'over'; limit: number };

/**
 * Reads a file (its size asked first: a larger one is never read) or a stream (stopped once past
 * the limit) of at most `maxBytes`; the bytes stay bytes so the caller decodes them once, whole
 * (decoding chunk by chunk splits a multi-byte character at a chunk edge).
 */
export async function readBounded(from: string | AsyncIterable<Buffer | string>, maxBytes: number): Promise<BoundedRead> {
  if (typeof from === 'string') {
    const st = await stat(from);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.isFile()) {
      if (st.size > maxBytes) return { kind: 'over', limit: maxBytes };
      const bytes = await readFile(from);
      return bytes.length > maxBytes ? { kind: 'over', limit: maxBytes } : { kind: 'bytes', bytes };
    }
    // A FIFO, /dev/stdin or a device has no size to ask: read it as a stream, under the same bound.
    return readBounded(createReadStream(from), maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of from) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > maxBytes) return { kind: 'over', limit: maxBytes };
    chunks.push(b);
  }
  return { kind: 'bytes', bytes: Buffer.concat(chunks, total) };
}

/**
 * Files under `dir` ('/'-separated, relative, sorted, at most `max`), or 'missing' / 'not-a-directory'.
 */
export async function listDirFiles(dir: string, max = 1000): Promise<string[] | 'missing' | 'not-a-directory'> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(path.sep).join('/'))
      .sort()
      .slice(0, max);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'missing';
    if (code === 'ENOTDIR') return 'not-a-directory';
    throw err;
  }
}

/** Largest JSON file evalgate reads (a results file of 200,000 cases stays well under it). */
export const MAX_JSON_FILE_BYTES = 256 * 1024 * 1024;

/** Reads and parses a JSON file; throws an Error naming the file (and line:col) when it is missing, a directory, too large or invalid. */
export async function readJsonFile(file: string, maxBytes: number = MAX_JSON_FILE_BYTES): Promise<unknown> {
  let text: string;
  try {
    // Sized before it is read (a FIFO or device: bounded as it streams): results and baselines can
    // come from forks and downloaded artifacts.
    const read = await readBounded(file, maxBytes);
    if (read.kind === 'over') {
      const size = await stat(file).then((st) => (st.isFile() ? st.size : null));
      throw Object.assign(new Error('too large'), { code: 'EFBIG', size });
    }
    text = read.bytes.toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new Error(`${file}: file not found (expected a JSON file)`);
    if (code === 'EISDIR') throw new Error(`${file}: is a directory (expected a JSON file)`);
    if (code === 'EFBIG') {
      const size = (err as { size: number | null }).size;
      throw new Error(`${file}: ${size === null ? 'is over' : `is ${size} bytes, over`} the ${maxBytes}-byte limit for JSON documents`);
    }
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

/**
 * Writes a file atomically: a temp file in the same directory, then rename over the target.
 * `text` may come in pieces (an iterable of strings), written one after another, so a large
 * file never has to exist as one string.
 */
export async function writeFileAtomic(file: string, text: string | Uint8Array | Iterable<string>): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (typeof text === 'string' || text instanceof Uint8Array) await writeFile(tmp, text);
    else await writeChunks(tmp, text);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Writes a new file, never replacing anything at its path: the text goes to a temp file, which is
 * then hard-linked to the target. link(2) fails with EEXIST when anything is there, a dangling
 * symbolic link included, and never follows one; so the file appears whole or not at all.
 */
export async function writeFileExclusive(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, text, { flag: 'wx' });
  try {
    await link(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A file system without hard links: O_CREAT|O_EXCL refuses an existing path (and any link) too.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    await writeFile(file, text, { flag: 'wx' });
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Files written into one directory, never through a symbolic link out of it (see openContainedDir). */
export interface ContainedDir {
  /** The directory as resolved when it was opened. */
  readonly path: string;
  /**
   * Writes `sub`/`name` atomically (a single-component folder and file name). A symbolic link at
   * `sub` is removed (never followed) and a folder made in its place: its target comes back.
   */
  write(sub: string, name: string, text: string): Promise<{ replacedLink: string | null }>;
  close(): Promise<void>;
}

const O_DIR_NOFOLLOW = fsConstants.O_RDONLY | fsConstants.O_DIRECTORY | fsConstants.O_NOFOLLOW;

function singleComponent(name: string, what: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\\') || name.includes('\0')) {
    throw new Error(`${what} ${JSON.stringify(name)} is not a single file name`);
  }
}

/**
 * Opens `dir` (created when missing) for writing files into folders inside it, where other
 * processes (a harness) may plant symbolic links. Folders are opened with O_NOFOLLOW and, on Linux,
 * everything is then named through /proc/self/fd/<fd> of the opened folder: the kernel resolves
 * that to the folder itself, so renaming it or swapping in a link after the check changes nothing
 * (openat semantics, which Node lacks). Temp files are created exclusively (O_EXCL never follows a
 * link) and renamed over the target name, which replaces a link there instead of following it.
 * Without /proc the same checks run on paths (lstat, O_NOFOLLOW), which a racing process can defeat.
 */
export async function openContainedDir(dir: string): Promise<ContainedDir> {
  await mkdir(dir, { recursive: true });
  const real = await realpath(dir);
  const root = await open(real, O_DIR_NOFOLLOW);
  const viaFd = (fh: FileHandle) => `/proc/self/fd/${fh.fd}`;
  const useProc = existsSync(viaFd(root));
  const rootPath = useProc ? viaFd(root) : real;
  const openSub = async (sub: string): Promise<{ fh: FileHandle; replacedLink: string | null }> => {
    let replacedLink: string | null = null;
    for (let attempt = 0; ; attempt++) {
      const at = path.join(rootPath, sub);
      try {
        return { fh: await open(at, O_DIR_NOFOLLOW), replacedLink };
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (attempt >= 3) throw err;
        if (code === 'ENOENT') {
          await mkdir(at).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== 'EEXIST') throw e;
          });
          continue;
        }
        if (code !== 'ELOOP' && code !== 'ENOTDIR') throw err;
        const st = await lstat(at).catch(() => null);
        if (st === null) continue; // a concurrent write replaced it already
        if (!st.isSymbolicLink()) throw new Error(`${path.join(real, sub)} is not a folder`);
        replacedLink = await readlink(at).catch(() => '?');
        // Removes the link itself, never its target; a concurrent write may have removed it first.
        await unlink(at).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
      }
    }
  };
  return {
    path: real,
    async write(sub, name, text) {
      singleComponent(sub, 'folder');
      singleComponent(name, 'file');
      const { fh, replacedLink } = await openSub(sub);
      try {
        const base = useProc ? viaFd(fh) : path.join(real, sub);
        const tmp = path.join(base, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
        await writeFile(tmp, text, { flag: fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | fsConstants.O_NOFOLLOW });
        try {
          await rename(tmp, path.join(base, name));
        } catch (err) {
          await rm(tmp, { force: true });
          throw err;
        }
      } finally {
        await fh.close();
      }
      return { replacedLink };
    },
    close: () => root.close(),
  };
}

/** Writes string pieces to a new file, batching small pieces into larger writes. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let batch: string[] = [];
    let size = 0;
    for (const chunk of chunks) {
      batch.push(chunk);
      size += chunk.length;
      if (size >= 1 << 20) {
        await handle.appendFile(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length > 0) await handle.appendFile(batch.join(''));
  } finally {
    await handle.close();
  }
}

/** What reading a file of the repository gave: its bytes, nothing there, or why it must not be used. */
export type RepoFileRead = { kind: 'bytes'; bytes: Buffer } | { kind: 'missing' } | { kind: 'refused'; reason: string };

/**
 * Reads a file that must live inside the repository `root`. A path that resolves outside it (a
 * symlink to /etc/passwd, to a secret file...) is refused before anything is read, so its content
 * can never be echoed in an error. Directories and special files (FIFOs would block) are refused
 * with a reason saying what they are.
 */
export async function readRepoFile(root: string, abs: string): Promise<RepoFileRead> {
  let real: string;
  try {
    real = await realpath(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'refused', reason: 'is a symlink loop' };
    return { kind: 'refused', reason: `cannot be read (${code ?? (err as Error).message})` };
  }
  // Only links are judged: a path the user wrote outside the repository (`--config ../x.yml`) is
  // their choice; a path inside it that resolves outside went through a symlink someone committed.
  if (isInside(path.resolve(root), path.resolve(abs)) && !isInside(await realpath(root).catch(() => root), real)) {
    return { kind: 'refused', reason: 'is a symlink that resolves outside the repository (refused; its target is not read)' };
  }
  const st = await stat(real);
  if (st.isDirectory()) return { kind: 'refused', reason: 'is a directory, not a file' };
  if (!st.isFile()) return { kind: 'refused', reason: 'is not a regular file' };
  return { kind: 'bytes', bytes: await readFile(real) };
}

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Case files found by a glob, and the entries that were refused (symlinks out of the repository...). */
export interface CaseFileListing {
  files: string[];
  problems: Problem[];
  /** `.yml` files the glob would match as `.yaml` (a `*.yaml` glob silently skipping them is a warning). */
  unmatchedYml: string[];
}

/**
 * Lists files matching `pattern` under root (repo-relative, forward slashes, sorted), skipping
 * dot-entries and node_modules. Symlinks are never followed out of the repository: a link to a
 * file or folder outside is a problem naming the link (so `ln -s / evals/cases/root` costs one
 * realpath, not a walk of the filesystem); links inside the repository are followed once each.
 */
export async function listCaseFilesChecked(root: string, pattern: string): Promise<CaseFileListing> {
  const absRoot = await realpath(root).catch(() => path.resolve(root));
  const normalized = pattern.replace(/^\.\//, '');
  const isMatch = picomatch(normalized, { dot: false });
  const base = picomatch.scan(normalized).base;
  const files: string[] = [];
  const problems: Problem[] = [];
  const unmatchedYml: string[] = [];
  const refuse = (rel: string, reason: string) =>
    problems.push({ file: rel, line: 0, col: 0, message: reason, expected: 'case files and folders inside the repository' });
  if (path.isAbsolute(base) || !isInside(absRoot, path.resolve(absRoot, base))) {
    problems.push({ file: pattern, line: 0, col: 0, message: `cases glob ${JSON.stringify(pattern)} reaches outside the repository`, expected: 'a glob relative to the repository root' });
    return { files, problems, unmatchedYml };
  }
  const visited = new Set<string>();
  const walk = async (relDir: string, realDir: string): Promise<void> => {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    let entries;
    try {
      entries = await readdir(realDir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const rel = relDir === '' ? e.name : `${relDir}/${e.name}`;
      const real = path.join(realDir, e.name);
      if (e.isDirectory()) await walk(rel, real);
      else if (e.isFile()) {
        if (isMatch(rel)) files.push(rel);
        else if (rel.endsWith('.yml') && isMatch(`${rel.slice(0, -4)}.yaml`)) unmatchedYml.push(rel);
      } else if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(real);
        } catch {
          if (isMatch(rel)) refuse(rel, 'is a broken symlink');
          continue;
        }
        const st = await stat(target).catch(() => null);
        if (!st || !(st.isDirectory() || (st.isFile() && isMatch(rel)))) continue;
        if (!isInside(absRoot, target)) refuse(rel, `is a symlink to a ${st.isDirectory() ? 'folder' : 'file'} outside the repository (refused; not followed)`);
        else if (st.isDirectory()) await walk(rel, target);
        else files.push(rel);
      }
    }
  };
  const baseRel = base === '' || base === '.' ? '' : base.replace(/\/+$/, '');
  const baseReal = await realpath(path.join(absRoot, baseRel)).catch(() => null);
  if (baseReal !== null) {
    if (!isInside(absRoot, baseReal)) refuse(baseRel, 'is a symlink to a folder outside the repository (refused; not followed)');
    else await walk(baseRel, baseReal);
  }
  return { files: [...new Set(files)].sort(), problems, unmatchedYml: unmatchedYml.sort() };
}

/** "2 .yml files (a/b.yml, c.yml)" for the `.yml` files a glob skips, at most 5 named; '' for none. */
function describeUnmatchedYml(files: readonly string[]): string {
  if (files.length === 0) return '';
  const shown = files.slice(0, 5).join(', ') + (files.length > 5 ? `, … ${files.length - 5} more` : '');
  return `${files.length} .yml file${files.length === 1 ? '' : 's'} (${shown})`;
}

/** Lists case files matching `pattern` under root, repo-relative with forward slashes, sorted (refused entries left out). */
export async function listCaseFiles(root: string, pattern: string): Promise<string[]> {
  return (await listCaseFilesChecked(root, pattern)).files;
}

/**
 * readRepoFile, synchronously: the same checks and the same answers. `realRoot` (the resolved
 * root) may be passed in by callers reading many files, so it is resolved once, not per file.
 */
export function readRepoFileSync(root: string, abs: string, realRoot?: string): RepoFileRead {
  let real: string;
  try {
    // The native realpath (one libc call) rather than Node's JS walk, which lstat()s every path
    // component: per file of a 100,000-case suite that was a tenth of loading.
    real = realpathSync.native(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'refused', reason: 'is a symlink loop' };
    return { kind: 'refused', reason: `cannot be read (${code ?? (err as Error).message})` };
  }
  if (isInside(path.resolve(root), path.resolve(abs)) && !isInside(realRoot ?? resolveRealRoot(root), real)) {
    return { kind: 'refused', reason: 'is a symlink that resolves outside the repository (refused; its target is not read)' };
  }
  const st = statSync(real);
  if (st.isDirectory()) return { kind: 'refused', reason: 'is a directory, not a file' };
  if (!st.isFile()) return { kind: 'refused', reason: 'is not a regular file' };
  return { kind: 'bytes', bytes: readFileSync(real) };
}

function resolveRealRoot(root: string): string {
  try {
    return realpathSync.native(root);
  } catch {
    return root;
  }
}

/** Files read between two yields to the event loop in readRepoFilesBounded. */
const READ_BATCH = 256;

/**
 * Reads many files of the repository `root` (absolute paths; root null: each file's own folder)
 * and hands each result to `use` as soon as it is read, so a caller can parse while reading and
 * need not hold every text. One file is open at a time: reading a 20,000-file suite all at once
 * exhausted the process's file descriptors (EMFILE), and synchronous reads of small files are
 * several times faster than the thread pool's round trips. The event loop gets a turn every
 * READ_BATCH files. Results come back in input order.
 */
export async function readRepoFilesBounded<R>(
  root: string | null,
  files: readonly string[],
  use: (read: RepoFileRead, abs: string, index: number) => R,
): Promise<R[]> {
  const realRoot = root === null ? undefined : resolveRealRoot(root);
  const out: R[] = [];
  for (let i = 0; i < files.length; i++) {
    if (i > 0 && i % READ_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    out.push(use(readRepoFileSync(root ?? path.dirname(files[i]), files[i], realRoot), files[i], i));
  }
  return out;
}

/** A case file's text from what reading it gave, or null (with the problem pushed) when it cannot be used. */
function caseTextOf(r: RepoFileRead, file: string, problems: Problem[]): string | null {
  if (r.kind === 'missing') return '';
  if (r.kind === 'refused') {
    problems.push({ file, line: 0, col: 0, message: r.reason, expected: 'a case file inside the repository' });
    return null;
  }
  const decoded = decodeSourceText(r.bytes, file);
  problems.push(...decoded.problems);
  return decoded.problems.length > 0 ? null : decoded.text;
}

/** Reads the given fixture files (absolute paths inside `root`): path -> text, null when missing, or a refusal. */
export async function loadFixtureTexts(paths: readonly string[], root?: string): Promise<Map<string, FixtureText>> {
  const texts = await readRepoFilesBounded(root ?? null, paths, (r): FixtureText => {
    if (r.kind === 'missing') return null;
    if (r.kind === 'refused') return { refused: r.reason };
    return r.bytes.toString('utf8');
  });
  return new Map(paths.map((p, i) => [p, texts[i]]));
}

/** Reads and validates evalgate.yml; a missing file is one problem naming it. */
export async function loadConfig(
  root: string,
  configPath?: string,
): Promise<{ config: Config | null; file: string; problems: Problem[]; casesAt?: { line: number; col: number } }> {
  const candidates = configPath ? [configPath] : ['evalgate.yml', 'evalgate.yaml'];
  for (const file of candidates) {
    const r = await readRepoFile(root, path.resolve(root, file));
    if (r.kind === 'missing') continue;
    if (r.kind === 'refused') {
      return { config: null, file, problems: [{ file, line: 0, col: 0, message: r.reason, expected: 'an evalgate.yml file inside the repository' }] };
    }
    const decoded = decodeSourceText(r.bytes, file);
    if (decoded.problems.length > 0) return { config: null, file, problems: decoded.problems };
    const { config, problems, casesAt } = parseConfig(decoded.text, file);
    return { config, file, problems, ...(casesAt ? { casesAt } : {}) };
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
  const listing = await listCaseFilesChecked(absRoot, config.cases);
  const texts = { problems: [...listing.problems], matched: listing.files.length + listing.problems.length };
  // Parsed as each file arrives: the texts are dropped once parsed instead of all held at once.
  const parsedOrNull = await readRepoFilesBounded(absRoot, listing.files.map((f) => path.join(absRoot, f)), (r, _abs, i) => {
    const text = caseTextOf(r, listing.files[i], texts.problems);
    return text === null ? null : parseCaseSource(text, listing.files[i], config, absRoot);
  });
  const parsed = parsedOrNull.filter((p): p is NonNullable<typeof p> => p !== null);
  const fixtureTexts = await loadFixtureTexts(listFixturePaths(parsed), absRoot);
  const set = checkCaseSet(parsed, fixtureTexts);
  let cases = set.cases;
  let caseProblems = sortProblems([...set.problems, ...texts.problems]);
  const problems: Problem[] = [...loaded.problems];
  const at = loaded.casesAt ?? { line: 0, col: 0 };
  const skipped = describeUnmatchedYml(listing.unmatchedYml);
  if (options.requireCases && texts.matched === 0) {
    // "ok, 0 cases" would make a gate that checks nothing pass: a glob that finds nothing is a mistake.
    problems.push({
      file: loaded.file,
      ...at,
      message: `cases: ${JSON.stringify(config.cases)} matches no case files${skipped ? `; it skips ${skipped}` : ''}`,
      expected: skipped ? `a glob that matches them too, e.g. ${DEFAULT_CASES_GLOB} (the default), or the files renamed to .yaml` : `a glob that matches at least one case file, e.g. ${DEFAULT_CASES_GLOB}`,
    });
  }
  // A `*.yaml` glob that skips `.yml` files runs fewer cases than the user wrote: never silently.
  const warnings: Problem[] =
    skipped && !(options.requireCases && texts.matched === 0)
      ? [{ file: loaded.file, ...at, message: `cases: ${JSON.stringify(config.cases)} skips ${skipped}: they are not run`, expected: `a glob that matches them too, e.g. ${DEFAULT_CASES_GLOB} (the default), or the files renamed to .yaml` }]
      : [];

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
  return { config: loaded.config, cases, problems: sortProblems([...problems, ...caseProblems]), warnings };
}

/** Names of the real directories (no symbolic links) directly inside `dir`, sorted; empty when `dir` does not exist. */
export async function readSubdirectories(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.isSymbolicLink()).map((e) => e.name).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The harness's static import graph as read from disk, and whether a bound cut it short. */
export interface HarnessSources {
  files: SourceFile[];
  /** Set when the walk stopped at a bound (files or bytes): the graph may miss files. */
  truncated: string | null;
}

/** Bounds of readHarnessSources: a hostile or huge repository cannot make the walk unbounded. */
export const HARNESS_SOURCE_LIMITS = { files: 2000, bytesPerFile: 2 * 1024 * 1024 } as const;

/**
 * Walks the static imports of the harness command's own scripts (parseCommandScripts), breadth
 * first, inside `root` only (links out of it and node_modules are not followed), and returns every
 * repository file reached with the import that reached it.
 */
export async function readHarnessSources(root: string, command: string): Promise<HarnessSources> {
  const files: SourceFile[] = [];
  const seen = new Set<string>();
  const queue: SourceFile[] = [];
  const exists = async (rel: string) => {
    if (/(^|\/)node_modules\//.test(rel)) return false;
    const r = await stat(path.join(root, rel)).catch(() => null);
    return r !== null && r.isFile();
  };
  for (const s of parseCommandScripts(command)) {
    if (!seen.has(s) && (await exists(s))) {
      seen.add(s);
      queue.push({ file: s, from: null });
    }
  }
  while (queue.length > 0) {
    const f = queue.shift()!;
    files.push(f);
    if (files.length >= HARNESS_SOURCE_LIMITS.files) return { files, truncated: `stopped after ${HARNESS_SOURCE_LIMITS.files} files` };
    const read = await readRepoFile(root, path.join(root, f.file));
    if (read.kind !== 'bytes' || read.bytes.length > HARNESS_SOURCE_LIMITS.bytesPerFile) continue;
    for (const ref of parseImportRefs(f.file, read.bytes.toString('utf8'))) {
      for (const cand of resolveImportCandidates(f.file, ref.spec)) {
        if (seen.has(cand)) break;
        if (await exists(cand)) {
          seen.add(cand);
          queue.push({ file: cand, from: { file: f.file, line: ref.line } });
          break;
        }
      }
    }
  }
  return { files, truncated: null };
}
