// Baseline storage (SPEC 6 "Baseline source", SPEC 8): one results JSON per suite and commit,
// plus an index of runs per source branch. Two adapters: a git branch (what the action
// uses; concurrent writers retry on a rejected push and lose nothing) and a local directory
// (what the CLI takes with --baseline DIR).
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Results, Suite } from '../types.js';
import { MAX_JSON_FILE_BYTES, readBounded } from './fs.js';
import { findExcessiveJsonDepth, MAX_JSON_DEPTH } from '../json.js';
import { createGit, type Git } from './git.js';

/** One stored run as listed in a branch index. */
export interface StoredRun {
  suite: Suite;
  commit: string;
  ref: string;
  created_at: string;
  pass_rate: number;
  /** Store-relative path of the results file, e.g. "benchmark/<commit>.json". */
  path: string;
}

/** Where baselines live; every adapter behaves the same. */
export interface BaselineStore {
  /** Human description for reports, e.g. "branch evalgate-baselines". */
  describe(): string;
  /** Stores results for results.suite/results.commit and records the run in sourceBranch's index. */
  write(results: Results, sourceBranch: string, runId?: string): Promise<void>;
  /** Stored results of one suite at one commit, or null. */
  read(suite: Suite, commit: string): Promise<Results | null>;
  /** Runs stored for a source branch and suite, oldest first. */
  index(suite: Suite, sourceBranch: string): Promise<StoredRun[]>;
  /** The first of `commits` (merge-base first, then first-parent ancestors) that has stored results. */
  findNearest(suite: Suite, commits: string[]): Promise<{ results: Results; commit: string } | null>;
  /** Starts reading the store's current state (a fetch) in the background, so a later read finds it ready. */
  prefetch?(): void;
}

/** Turns an untrusted stored document into Results, throwing an actionable error naming `source`. */
export type ResultsValidator = (doc: unknown, source: string) => Results;

/** A baseline store problem the user can act on (bad stored file, push kept failing...). */
export class StoreError extends Error {
  override name = 'StoreError';
}

const SUITES: readonly Suite[] = ['benchmark', 'coverage'];
const SAFE_COMMIT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

function checkSuite(suite: string): Suite {
  if (!SUITES.includes(suite as Suite)) throw new StoreError(`unknown suite "${suite}"; expected one of ${SUITES.join(', ')}`);
  return suite as Suite;
}

function checkCommit(commit: string): string {
  // Commit ids become file names: refuse anything that could escape the store directory.
  if (typeof commit !== 'string' || !SAFE_COMMIT.test(commit)) {
    throw new StoreError(`commit ${JSON.stringify(commit)} is not a commit id (expected hexadecimal like "1a2b3c4...")`);
  }
  return commit;
}

/** Store-relative path of one suite's results at one commit. */
export function buildResultsPath(suite: Suite, commit: string): string {
  return `${checkSuite(suite)}/${checkCommit(commit)}.json`;
}

/** Store-relative path of a source branch's index ("feature/x" -> "index/feature%2Fx.json"). */
export function buildIndexPath(sourceBranch: string): string {
  if (typeof sourceBranch !== 'string' || sourceBranch.trim() === '') throw new StoreError('source branch must be a non-empty branch name');
  return `index/${encodeURIComponent(sourceBranch)}.json`;
}

/** Merges index lists keyed by (suite, commit): all entries kept, a later list's entry replaces an earlier one; oldest first. */
export function mergeIndex(...lists: StoredRun[][]): StoredRun[] {
  const byKey = new Map<string, StoredRun>();
  for (const list of lists) for (const run of list) {
    const key = `${run.suite}\0${run.commit}`;
    byKey.delete(key); // re-insert so a rewrite moves to its new position
    byKey.set(key, run);
  }
  return [...byKey.values()].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
}

/** Parses an index file, dropping entries that do not have the StoredRun shape. */
export function parseIndex(text: string | null, source: string): StoredRun[] {
  if (text === null) return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`${source} is not valid JSON (${(e as Error).message}); delete or repair it`);
  }
  const list = Array.isArray(doc) ? doc : (doc as { runs?: unknown } | null)?.runs;
  if (!Array.isArray(list)) throw new StoreError(`${source} must be a JSON array of stored runs`);
  return list.filter(isStoredRun);
}

function isStoredRun(x: unknown): x is StoredRun {
  const r = x as StoredRun;
  return (
    typeof x === 'object' &&
    x !== null &&
    SUITES.includes(r.suite) &&
    typeof r.commit === 'string' &&
    SAFE_COMMIT.test(r.commit) &&
    typeof r.ref === 'string' &&
    typeof r.created_at === 'string' &&
    typeof r.pass_rate === 'number' &&
    typeof r.path === 'string'
  );
}

/** Minimal check used when the caller gives no validator: right schema id, suite and commit. */
function defaultValidate(doc: unknown, source: string): Results {
  const d = doc as Partial<Results> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || d?.schema !== 'evalgate/results@1') {
    throw new StoreError(`${source} is not an evalgate results file (expected "schema": "evalgate/results@1")`);
  }
  if (!Array.isArray(d.cases) || typeof d.totals !== 'object' || d.totals === null) {
    throw new StoreError(`${source} is missing "cases" or "totals"`);
  }
  return doc as Results;
}

function parseResults(text: string, source: string, suite: Suite, commit: string, validate: ResultsValidator): Results {
  // Stored runs may come from a downloaded or copied store: bounded like every other JSON read.
  if (text.length > MAX_JSON_FILE_BYTES) throw new StoreError(`${source} is ${text.length} characters, over the ${MAX_JSON_FILE_BYTES} limit for a stored run`);
  if (findExcessiveJsonDepth(text) >= 0) throw new StoreError(`${source} nests deeper than ${MAX_JSON_DEPTH} levels; not an evalgate results file`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`${source} is not valid JSON (${(e as Error).message}); delete it so the baseline is recomputed`);
  }
  const results = validate(doc, source);
  // A file stored under another suite/commit would silently compare against the wrong baseline.
  if (results.suite !== suite || results.commit !== commit) {
    throw new StoreError(
      `${source} holds results for suite "${results.suite}" at ${results.commit}, expected suite "${suite}" at ${commit}; delete the misplaced file`,
    );
  }
  return results;
}

function buildStoredRun(results: Results): StoredRun {
  const suite = checkSuite(results.suite);
  return {
    suite,
    commit: checkCommit(results.commit),
    ref: results.ref,
    created_at: results.created_at,
    pass_rate: results.totals.pass_rate,
    path: buildResultsPath(suite, results.commit),
  };
}

function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// ---------------------------------------------------------------- directory store

async function writeAtomic(path: string, content: string): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    // Bounded as it is read: a FIFO or device at a stored run's path has no size to ask.
    const read = await readBounded(path, MAX_JSON_FILE_BYTES);
    if (read.kind === 'over') throw new StoreError(`${path} is over the ${MAX_JSON_FILE_BYTES}-byte limit for a stored run`);
    return read.bytes.toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

const LOCK_STALE_MS = 30_000;
const LOCK_WAIT_MS = 20_000;

/** Serializes index read-modify-write between processes with an mkdir lock (atomic on every OS). */
async function withDirLock<T>(lockPath: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lockPath);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const info = await stat(lockPath).catch(() => null);
      if (info && Date.now() - info.mtimeMs > LOCK_STALE_MS) {
        await rm(lockPath, { recursive: true, force: true }); // a crashed writer left it behind
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new StoreError(`timed out waiting for lock ${lockPath}; if no evalgate is running, delete it`);
      }
      await sleep(20 + Math.random() * 50);
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lockPath, { recursive: true, force: true });
  }
}

/** The layout a baseline directory must have, as said in messages. */
export const BASELINE_LAYOUT = '<suite>/<full 40-character commit sha>.json (e.g. benchmark/<git rev-parse HEAD>.json), plus optional index/<branch>.json';

/**
 * Why a baseline directory holds nothing usable for `suite`, from its store-relative file list
 * ('/'-separated); null when it holds `<suite>/<full sha>.json` files (then only the commits
 * did not match). Pure.
 */
export function explainBaselineLayout(files: readonly string[], suite: Suite): string | null {
  const json = files.filter((f) => f.endsWith('.json'));
  const full = new RegExp(`^${suite}/[0-9a-f]{40}\\.json$`);
  if (json.some((f) => full.test(f))) return null;
  if (files.length === 0) return 'is empty';
  const short = json.find((f) => new RegExp(`^${suite}/[0-9a-f]{4,39}\\.json$`).test(f));
  if (short) return `holds ${short}, named by a short commit sha; evalgate looks runs up by the full sha`;
  const flat = json.find((f) => !f.includes('/'));
  if (flat) return `holds results at its top level (${flat}), not in a ${suite}/ folder`;
  const other = json.find((f) => /^(benchmark|coverage)\/[0-9a-f]{40}\.json$/.test(f));
  if (other) return `holds runs of another suite only (${other}), none of ${suite}`;
  return `holds no ${suite}/<sha>.json (found ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''})`;
}

/** A store in a local directory: dir/<suite>/<commit>.json and dir/index/<escaped-branch>.json. `label` names it in reports (default the path). */
export function createDirStore(dir: string, opts: { validate?: ResultsValidator; label?: string } = {}): BaselineStore {
  const validate = opts.validate ?? defaultValidate;

  async function read(suite: Suite, commit: string): Promise<Results | null> {
    const path = join(dir, buildResultsPath(suite, commit));
    const text = await readIfExists(path);
    return text === null ? null : parseResults(text, path, suite, commit, validate);
  }

  return {
    describe: () => `directory ${opts.label ?? dir}`,

    async write(results, sourceBranch) {
      const entry = buildStoredRun(results);
      const indexRel = buildIndexPath(sourceBranch);
      await mkdir(join(dir, entry.suite), { recursive: true });
      await mkdir(join(dir, 'index'), { recursive: true });
      await writeAtomic(join(dir, entry.path), serialize(results));
      const indexPath = join(dir, indexRel);
      await withDirLock(`${indexPath}.lock`, async () => {
        const existing = parseIndex(await readIfExists(indexPath), indexPath);
        await writeAtomic(indexPath, serialize(mergeIndex(existing, [entry])));
      });
    },

    read,

    async index(suite, sourceBranch) {
      checkSuite(suite);
      const indexPath = join(dir, buildIndexPath(sourceBranch));
      return mergeIndex(parseIndex(await readIfExists(indexPath), indexPath)).filter((r) => r.suite === suite);
    },

    async findNearest(suite, commits) {
      for (const commit of commits) {
        const results = await read(suite, commit);
        if (results) return { results, commit };
      }
      return null;
    },
  };
}

// ---------------------------------------------------------------- git branch store

/** Options of the git branch store. */
export interface GitBranchStoreOptions {
  /** Any directory inside the repository. */
  repoDir: string;
  /** Branch holding the baselines (default "evalgate-baselines"). */
  branch?: string;
  /** Remote name (default "origin"). */
  remote?: string;
  /** Push attempts before giving up (default 10). */
  maxAttempts?: number;
  /** Base of the jittered exponential backoff between attempts in ms (default 250). */
  retryDelayMs?: number;
  /**
   * Depth of fetches of the baselines branch; 0 fetches all history. Default: 1 in a shallow
   * clone, else 0, so a full clone is never turned into a shallow one.
   */
  fetchDepth?: number;
  /** Validates stored results (e.g. against the results JSON Schema). */
  validate?: ResultsValidator;
  /** Git adapter to use (default createGit(repoDir)). */
  git?: Git;
}

const AUTHOR = { name: 'evalgate', email: 'evalgate@users.noreply.github.com' };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A store on an orphan git branch, written with plumbing so the user's checkout is never touched. */
export function createGitBranchStore(opts: GitBranchStoreOptions): BaselineStore {
  const branch = opts.branch ?? 'evalgate-baselines';
  const remote = opts.remote ?? 'origin';
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
  const retryDelayMs = opts.retryDelayMs ?? 250;
  const validate = opts.validate ?? defaultValidate;
  const git = opts.git ?? createGit(opts.repoDir);
  // A private ref, so the user's remote-tracking branches are not touched either.
  const trackingRef = `refs/evalgate/baselines/${branch}`;
  let cachedTip: Promise<string | null> | null = null;
  // Writes from one process go one at a time: they share the tracking ref.
  let writeQueue: Promise<unknown> = Promise.resolve();

  let depth: Promise<number> | null = opts.fetchDepth === undefined ? null : Promise.resolve(opts.fetchDepth);

  async function fetchTip(): Promise<string | null> {
    depth ??= git.isShallow().then((shallow) => (shallow ? 1 : 0));
    const found = await git.fetch(remote, `+refs/heads/${branch}:${trackingRef}`, { depth: await depth });
    if (!found) return null;
    return git.revParse(trackingRef);
  }

  function tip(): Promise<string | null> {
    if (cachedTip === null) {
      cachedTip = fetchTip();
      cachedTip.catch(() => {
        cachedTip = null; // let a later call try again
      });
    }
    return cachedTip;
  }

  async function read(suite: Suite, commit: string): Promise<Results | null> {
    const path = buildResultsPath(suite, commit);
    const t = await tip();
    if (t === null) return null;
    const text = await git.showFile(t, path);
    return text === null ? null : parseResults(text, `${path} on branch ${branch}`, suite, commit, validate);
  }

  async function writeNow(results: Results, sourceBranch: string, runId?: string): Promise<void> {
    const entry = buildStoredRun(results);
    const indexPath = buildIndexPath(sourceBranch);
    const body = serialize(results);
    const run = runId ? ` (run ${runId})` : '';
    const message =
      `evalgate: ${entry.suite} results for ${entry.commit.slice(0, 7)}${run}\n\n` +
      `suite: ${entry.suite}\ncommit: ${entry.commit}\nref: ${entry.ref}\nbranch: ${sourceBranch}\n` +
      `pass_rate: ${entry.pass_rate}\n${runId ? `run: ${runId}\n` : ''}`;
    const bodyBlob = await git.hashObject(body); // same on every attempt
    let lastRejection = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const parent = await fetchTip();
      // Rebuild the index on the current tip each time so a concurrent writer's entry is kept.
      const existing = parent === null ? [] : parseIndex(await git.showFile(parent, indexPath), `${indexPath} on branch ${branch}`);
      const commit = await git.commitFiles({
        parent,
        files: [
          { path: entry.path, blob: bodyBlob },
          { path: indexPath, content: serialize(mergeIndex(existing, [entry])) },
        ],
        message,
        author: AUTHOR,
      });
      const pushed = await git.push(remote, commit, branch);
      if (pushed.ok) {
        await git.run(['update-ref', trackingRef, commit]);
        cachedTip = Promise.resolve(commit);
        return;
      }
      lastRejection = pushed.detail;
      if (attempt < maxAttempts) {
        // Full jitter: concurrent writers spread out instead of colliding again in lockstep.
        const cap = Math.min(retryDelayMs * 2 ** (attempt - 1), 8_000);
        await sleep(Math.random() * cap);
      }
    }
    throw new StoreError(
      `could not store ${entry.suite} results for ${entry.commit} on branch ${branch}: the push was rejected ${maxAttempts} times ` +
        `because other writers kept updating the branch; rerun the job. Last rejection: ${lastRejection.split('\n').slice(-3).join(' ')}`,
    );
  }

  return {
    prefetch() {
      tip().catch(() => {}); // a failure is retried (and reported) by the read that needs it
    },
    describe: () => `branch ${branch}`,

    write(results, sourceBranch, runId) {
      const job = writeQueue.then(() => writeNow(results, sourceBranch, runId));
      writeQueue = job.catch(() => undefined);
      return job;
    },

    read,

    async index(suite, sourceBranch) {
      checkSuite(suite);
      const indexPath = buildIndexPath(sourceBranch);
      const t = await tip();
      if (t === null) return [];
      return mergeIndex(parseIndex(await git.showFile(t, indexPath), `${indexPath} on branch ${branch}`)).filter((r) => r.suite === suite);
    },

    async findNearest(suite, commits) {
      checkSuite(suite);
      const t = await tip();
      if (t === null) return null;
      // One listing instead of one lookup per ancestor.
      const stored = new Set(await git.listFiles(t, `${suite}/*.json`));
      for (const commit of commits) {
        if (!SAFE_COMMIT.test(commit) || !stored.has(`${suite}/${commit}.json`)) continue;
        const results = await read(suite, commit);
        if (results) return { results, commit };
      }
      return null;
    },
  };
}
