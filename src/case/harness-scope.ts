// What counts as "the harness": the files whose change makes a pull request worth gating and a
// stored trial not poolable. Fail-safe by construction: the whole repository unless `harness.paths`
// narrows it, minus what `harness.ignore` declares inert, and never without the cases, fixtures,
// config, holdout bundle and every file the harness command's own script reaches by static imports
// (a stub that imports src/agent.mjs makes src/agent.mjs part of the harness, whatever paths say).
import picomatch from 'picomatch';
import { posix } from 'node:path';
import type { Config } from '../types.js';

/**
 * Never part of the harness identity: evalgate's own output, and installed dependencies and
 * caches that tracked manifests and lockfiles (which are in scope) determine.
 */
export const SCOPE_BUILTIN_IGNORE: readonly string[] = [
  '.git/**',
  '.evalgate/**',
  '**/node_modules/**',
  '**/__pycache__/**',
  '**/*.pyc',
  '**/.venv/**',
  '**/.pytest_cache/**',
  '**/.mypy_cache/**',
];

/** The resolved harness scope: declared globs, the always-included evalgate inputs, and files reached from the command. */
export interface HarnessScope {
  /** `harness.paths` (empty: the whole repository). */
  paths: string[];
  /** `harness.ignore`: declared not to affect the harness. */
  ignore: string[];
  /** Always in scope, whatever `ignore` says: cases, fixtures, holdout bundle, config. */
  always: string[];
  /** Repository files the harness command's script reaches by static imports (always in scope). */
  reached: string[];
}

/** A file the harness command loads that `harness.paths`/`ignore` leave out of the declared scope. */
export interface ScopeGap {
  file: string;
  /** The file (and 1-based line) whose import reaches it, or null for the command's own script. */
  from: { file: string; line: number } | null;
}

/** The scope of a config: `configPath` is the repository-relative config file. Pure. */
export function buildHarnessScope(config: Pick<Config, 'harness' | 'cases'>, configPath: string, reached: readonly string[] = []): HarnessScope {
  return {
    paths: [...config.harness.paths],
    ignore: [...(config.harness.ignore ?? [])],
    always: [config.cases, 'evals/fixtures/**', 'evals/holdout.enc', configPath],
    reached: [...reached].sort(),
  };
}

/** Whether a repository-relative path is part of the harness identity under `scope`. Pure. */
export function createScopeMatcher(scope: HarnessScope): (path: string) => boolean {
  const opts = { dot: true };
  const globs = (list: string[], empty: boolean) => (list.length === 0 ? () => empty : picomatch(list, opts));
  const always = globs(scope.always, false);
  const reached = new Set(scope.reached);
  const declared = globs(scope.paths, true);
  const ignored = globs(scope.ignore, false);
  const builtin = picomatch([...SCOPE_BUILTIN_IGNORE], opts);
  return (path) => {
    if (always(path) || reached.has(path)) return true;
    if (builtin(path)) return false;
    return declared(path) && !ignored(path);
  };
}

/** Files the harness loads that the declared scope (paths minus ignore) misses; each is in scope anyway, but the config is wrong. Pure. */
export function checkScopeGaps(scope: HarnessScope, graph: readonly SourceFile[]): ScopeGap[] {
  const declared = createScopeMatcher({ ...scope, reached: [], always: [] });
  const gaps: ScopeGap[] = [];
  for (const f of graph) {
    if (declared(f.file)) continue;
    gaps.push({ file: f.file, from: f.from });
  }
  return gaps;
}

/** The scope in words, for reports: "the whole repository except docs/**" or "harness.paths (agent/**)". Pure. */
export function renderScope(scope: HarnessScope): string {
  const base = scope.paths.length === 0 ? 'the whole repository' : `harness.paths (${scope.paths.join(', ')})`;
  const except = scope.ignore.length > 0 ? ` except harness.ignore (${scope.ignore.join(', ')})` : '';
  const plus = scope.reached.length > 0 ? `, plus the ${scope.reached.length} file(s) the harness command loads` : '';
  return `${base}${except}${plus}`;
}

/** One file of the harness's static import graph, as the adapter read it. */
export interface SourceFile {
  file: string;
  from: { file: string; line: number } | null;
}

/** A module specifier found in a source file, with its 1-based line. */
export interface ImportRef {
  spec: string;
  line: number;
}

/** Longest source line searched for imports (characters). */
export const MAX_IMPORT_LINE = 2000;
const JS_EXT = /\.(?:m|c)?(?:j|t)sx?$/;
const PY_EXT = /\.py$/;
// Relative module specifiers in ES modules and CommonJS: import/export … from, side-effect
// imports, dynamic import() and require() with a literal. Comments are not stripped: a
// commented-out import over-reports (a file counted as harness), never under-reports.
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*)\1/g;
const PY_FROM = /^\s*from\s+(\.*)([A-Za-z_][\w.]*)?\s+import\b/;
const PY_IMPORT = /^\s*import\s+([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*)/;

/** The local module specifiers a source file names (JS/TS: relative ones; Python: every module, resolved later). Pure. */
export function parseImportRefs(file: string, text: string): ImportRef[] {
  const refs: ImportRef[] = [];
  // The files are the PR's: a line past MAX_IMPORT_LINE (minified code, a whitespace bomb after
  // "import") is not searched, so the backtracking regexes stay linear in the file.
  const lines = text.split('\n').map((l) => (l.length > MAX_IMPORT_LINE ? '' : l));
  if (JS_EXT.test(file)) {
    lines.forEach((l, i) => {
      for (const m of l.matchAll(JS_IMPORT)) refs.push({ spec: m[2], line: i + 1 });
    });
  } else if (PY_EXT.test(file)) {
    lines.forEach((l, i) => {
      const from = PY_FROM.exec(l);
      if (from) {
        refs.push({ spec: `${from[1]}${from[2] ?? ''}`, line: i + 1 });
        return;
      }
      const imp = PY_IMPORT.exec(l);
      if (imp) for (const name of imp[1].split(',')) refs.push({ spec: name.trim(), line: i + 1 });
    });
  }
  return refs;
}

/**
 * Candidate repository paths a specifier may resolve to, most likely first (the adapter keeps the
 * first that exists). JS: the path itself, with each extension, as a directory index; TypeScript's
 * `.js` -> `.ts` mapping. Python: relative to the importing file's package for leading dots, else
 * from its directory and from the repository root. Paths escaping the repository give none. Pure.
 */
export function resolveImportCandidates(from: string, spec: string): string[] {
  const dir = posix.dirname(from);
  const inside = (p: string) => (p.startsWith('../') || p === '..' || posix.isAbsolute(p) ? null : p);
  if (JS_EXT.test(from)) {
    const base = inside(posix.normalize(posix.join(dir, spec)));
    if (base === null) return [];
    const exts = ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.tsx', '.jsx', '.json'];
    const out = [base, ...exts.map((e) => base + e), ...exts.map((e) => `${base}/index${e}`)];
    const ts = /\.(m|c)?js$/.exec(base);
    if (ts) out.splice(1, 0, base.replace(/\.(m|c)?js$/, `.${ts[1] ?? ''}ts`), base.replace(/\.(m|c)?js$/, `.${ts[1] ?? ''}tsx`));
    return out;
  }
  const dots = /^\.*/.exec(spec)![0].length;
  const mod = spec.slice(dots).split('.').filter(Boolean).join('/');
  const roots: string[] = [];
  if (dots > 0) {
    let d = dir;
    for (let i = 1; i < dots; i++) d = posix.dirname(d);
    roots.push(d);
  } else {
    roots.push(dir, '.');
  }
  const out: string[] = [];
  for (const r of roots) {
    const base = inside(posix.normalize(posix.join(r, mod || '.')));
    if (base === null) continue;
    if (mod) out.push(`${base}.py`);
    out.push(`${base}/__init__.py`);
  }
  return out.map((p) => p.replace(/^\.\//, ''));
}

/**
 * The repository files a harness command names directly: arguments that look like a relative
 * path to a source file (`node agent/run.mjs`, `python3 evals/harness/run.py`, `tsx src/h.ts`,
 * `python -m pkg.harness`). Shell operators split commands; flags are skipped. Pure.
 */
export function parseCommandScripts(command: string): string[] {
  const out: string[] = [];
  const words = command.split(/\s+|&&|\|\||[;|()]/).filter(Boolean).map((w) => w.replace(/^['"]|['"]$/g, ''));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '-m' && i + 1 < words.length) {
      out.push(`${words[i + 1].split('.').join('/')}.py`, `${words[i + 1].split('.').join('/')}/__main__.py`);
      i++;
      continue;
    }
    if (w.startsWith('-') || w.includes('=') || w.includes('$')) continue;
    if (!(JS_EXT.test(w) || PY_EXT.test(w) || /\.(sh|bash|rb)$/.test(w))) continue;
    const p = posix.normalize(w.replace(/^\.\//, ''));
    if (!p.startsWith('..') && !posix.isAbsolute(p)) out.push(p);
  }
  return out;
}

/** What git says of the working tree, as the harness identity needs it (adapters/git readTreeState). */
export interface TreeSnapshot {
  /** `ls-tree -r -z` entries of the commit: "<mode> <type> <id>\t<path>". */
  entries: string[];
  /** Paths `git status` reports as modified, staged, renamed or untracked. */
  changed: string[];
  /** Ignored paths present in the working tree (a wholly ignored directory as "dir/"). */
  ignored: string[];
}

/** The identity of the harness files at a commit, or why none is claimed. */
export interface TreeIdentity {
  /** sha256 over the in-scope tree entries; null when the working tree is not what the commit holds. */
  id: string | null;
  /** In-scope paths modified, staged, renamed or untracked (at most 10): the run is not of the commit. */
  changed: string[];
  /** In-scope paths present but gitignored, or imported by the harness and not in the commit (at most 10). */
  ignored: string[];
}

/**
 * The harness tree identity under `inScope`. No identity is claimed when an in-scope path is
 * modified, untracked, or present but ignored (a local prompt file, a gitignored build output):
 * what runs is then not what the commit holds. `hash` is node:crypto's createHash, passed in. Pure.
 */
export function checkTreeIdentity(
  state: TreeSnapshot,
  inScope: (path: string) => boolean,
  hash: () => { update(s: string): unknown; digest(enc: 'hex'): string },
  reached: readonly string[] = [],
): TreeIdentity {
  // A wholly ignored directory is listed once, as "dir/": it counts when a file in it would.
  const dirIn = (d: string) => inScope(`${d}\u0001`);
  const tracked = new Set(state.entries.map((e) => e.slice(e.indexOf('\t') + 1)));
  // Directories that also have files listed (git lists both for a wholly ignored directory):
  // the files speak for them. A set of ancestors keeps this linear in the listing.
  const listedUnder = new Set<string>();
  for (const p of state.ignored) {
    if (p.endsWith('/')) continue;
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) listedUnder.add(p.slice(0, i + 1));
  }
  const changed = [...new Set(state.changed.filter((p) => inScope(p)))].sort();
  const changedSet = new Set(changed);
  const ignored = [
    ...new Set([
      ...state.ignored.filter((p) => (p.endsWith('/') ? dirIn(p) && !listedUnder.has(p) : inScope(p))),
      // A file the harness imports that the commit does not hold (inside an ignored directory, say).
      ...reached.filter((p) => !tracked.has(p) && !changedSet.has(p)),
    ]),
  ].sort();
  if (changed.length > 0 || ignored.length > 0) return { id: null, changed: changed.slice(0, 10), ignored: ignored.slice(0, 10) };
  const h = hash();
  for (const entry of [...state.entries].sort()) {
    const tab = entry.indexOf('\t');
    if (tab > 0 && inScope(entry.slice(tab + 1))) h.update(entry), h.update('\0');
  }
  return { id: h.digest('hex'), changed: [], ignored: [] };
}
