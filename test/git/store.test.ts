import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGit } from '../../src/adapters/git.js';
import {
  buildIndexPath,
  createDirStore,
  createGitBranchStore,
  mergeIndex,
  StoreError,
  type StoredRun,
} from '../../src/adapters/store.js';
import type { Results } from '../../src/types.js';
import { cloneOrigin, commitFiles, fakeSha, isolateGitEnv, makeOriginAndClone, makeResults, makeTempRoot, sh } from './helpers.js';

let root: string;
let cleanup: () => void;

beforeAll(() => {
  ({ root, cleanup } = makeTempRoot('evalgate-store-'));
  isolateGitEnv(root);
});
afterAll(() => cleanup?.());

function run(suite: 'benchmark' | 'coverage', commit: string, created_at: string): StoredRun {
  return { suite, commit, ref: 'refs/heads/main', created_at, pass_rate: 1, path: `${suite}/${commit}.json` };
}

describe('mergeIndex and buildIndexPath', () => {
  it('keeps every (suite, commit) once, later entries winning, oldest first', () => {
    const a = run('benchmark', fakeSha(1), '2026-01-01T00:00:00Z');
    const b = run('benchmark', fakeSha(2), '2026-01-02T00:00:00Z');
    const c = run('coverage', fakeSha(1), '2026-01-03T00:00:00Z');
    const a2 = { ...a, created_at: '2026-01-04T00:00:00Z', pass_rate: 0.5 };
    expect(mergeIndex([b, a], [c])).toEqual([a, b, c]);
    expect(mergeIndex([a, b, c], [a2])).toEqual([b, c, a2]);
  });

  it.each([
    ['main', 'index/main.json'],
    ['release/2.x', 'index/release%2F2.x.json'],
    ['../../etc', 'index/..%2F..%2Fetc.json'],
  ])('escapes branch %s as %s', (branch, path) => {
    expect(buildIndexPath(branch)).toBe(path);
  });
});

describe('createDirStore', () => {
  it('round-trips results and keeps an index per source branch', async () => {
    const dir = join(root, 'dir-store');
    const store = createDirStore(dir);
    expect(store.describe()).toBe(`directory ${dir}`);
    const r1 = makeResults('benchmark', fakeSha(1), 0.8, '2026-01-01T00:00:00.000Z');
    const r2 = makeResults('benchmark', fakeSha(2), 0.9, '2026-01-02T00:00:00.000Z');
    const cov = makeResults('coverage', fakeSha(2), 0.7, '2026-01-02T00:00:00.000Z');
    await store.write(r2, 'main');
    await store.write(r1, 'main');
    await store.write(cov, 'main');
    await store.write(makeResults('benchmark', fakeSha(3), 0.1), 'release/2.x');

    expect(await store.read('benchmark', fakeSha(1))).toEqual(r1);
    expect(await store.read('coverage', fakeSha(1))).toBeNull();
    expect((await store.index('benchmark', 'main')).map((r) => [r.commit, r.pass_rate])).toEqual([
      [fakeSha(1), 0.8],
      [fakeSha(2), 0.9],
    ]);
    expect((await store.index('coverage', 'main')).map((r) => r.path)).toEqual([`coverage/${fakeSha(2)}.json`]);
    expect(await store.index('benchmark', 'never-written')).toEqual([]);
    expect(existsSync(join(dir, 'index', 'release%2F2.x.json'))).toBe(true);
    // Atomic writes leave no temp files or locks behind.
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(['main.json', 'release%2F2.x.json']);
    expect(readdirSync(join(dir, 'benchmark')).every((f) => /^[0-9a-f]{40}\.json$/.test(f))).toBe(true);
  });

  it('finds the first listed commit that has results', async () => {
    const store = createDirStore(join(root, 'dir-nearest'));
    await store.write(makeResults('benchmark', fakeSha(12), 0.5), 'main');
    await store.write(makeResults('benchmark', fakeSha(14), 0.6), 'main');
    const found = await store.findNearest('benchmark', [fakeSha(10), fakeSha(11), fakeSha(12), fakeSha(13), fakeSha(14)]);
    expect(found?.commit).toBe(fakeSha(12));
    expect(found?.results.totals.pass_rate).toBe(0.5);
    expect(await store.findNearest('coverage', [fakeSha(12)])).toBeNull();
    expect(await store.findNearest('benchmark', [])).toBeNull();
  });

  it('does not trust stored files: wrong schema, wrong commit, broken JSON', async () => {
    const dir = join(root, 'dir-untrusted');
    mkdirSync(join(dir, 'benchmark'), { recursive: true });
    writeFileSync(join(dir, 'benchmark', `${fakeSha(1)}.json`), '{"schema":"something-else"}');
    writeFileSync(join(dir, 'benchmark', `${fakeSha(2)}.json`), JSON.stringify(makeResults('benchmark', fakeSha(9), 1)));
    writeFileSync(join(dir, 'benchmark', `${fakeSha(3)}.json`), '{"schema": ');
    const store = createDirStore(dir);
    await expect(store.read('benchmark', fakeSha(1))).rejects.toThrow(/benchmark\/0+1.*\.json is not an evalgate results file/);
    await expect(store.read('benchmark', fakeSha(2))).rejects.toThrow(new RegExp(`holds results for suite "benchmark" at ${fakeSha(9)}`));
    await expect(store.read('benchmark', fakeSha(3))).rejects.toThrow(/is not valid JSON/);

    const seen: string[] = [];
    const strict = createDirStore(dir, {
      validate: (doc, source) => {
        seen.push(source);
        throw new StoreError(`${source}: rejected by schema`);
      },
    });
    await expect(strict.read('benchmark', fakeSha(2))).rejects.toThrow(/rejected by schema/);
    expect(seen).toEqual([join(dir, 'benchmark', `${fakeSha(2)}.json`)]);
  });

  it('refuses commit ids that would escape the directory', async () => {
    const store = createDirStore(join(root, 'dir-escape'));
    await expect(store.read('benchmark', '../../etc/passwd')).rejects.toThrow(/is not a commit id/);
    await expect(store.write(makeResults('benchmark', '../x', 1), 'main')).rejects.toThrow(/is not a commit id/);
    await expect(store.read('nightly' as 'benchmark', fakeSha(1))).rejects.toThrow(/unknown suite "nightly"/);
  });

  it('loses no index entry when 8 writers share the directory', async () => {
    const dir = join(root, 'dir-concurrent');
    const stores = Array.from({ length: 8 }, () => createDirStore(dir));
    await Promise.all(stores.map((s, i) => s.write(makeResults('benchmark', fakeSha(100 + i), i / 8), 'main')));
    expect((await stores[0].index('benchmark', 'main')).length).toBe(8);
  });
});

describe('createGitBranchStore', () => {
  it('treats a missing branch as an empty store', async () => {
    const { work } = makeOriginAndClone(join(root, 'empty'));
    const c1 = commitFiles(work, { 'a.txt': '1' }, 'c1');
    const store = createGitBranchStore({ repoDir: work });
    expect(store.describe()).toBe('branch evalgate-baselines');
    expect(await store.read('benchmark', c1)).toBeNull();
    expect(await store.index('benchmark', 'main')).toEqual([]);
    expect(await store.findNearest('benchmark', [c1])).toBeNull();
  });

  it('writes without touching the working tree, index or HEAD, and reads back from another clone', async () => {
    const base = join(root, 'untouched');
    mkdirSync(base);
    const { origin, work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'a.txt': 'one\n', 'b.txt': 'two\n' }, 'c1');
    sh(work, 'push', '--quiet', 'origin', 'main');
    // A user mid-edit: one staged change, one unstaged change, one untracked file.
    writeFileSync(join(work, 'a.txt'), 'staged\n');
    sh(work, 'add', 'a.txt');
    writeFileSync(join(work, 'b.txt'), 'unstaged\n');
    writeFileSync(join(work, 'new.txt'), 'untracked\n');
    const snapshot = () => ({
      status: sh(work, 'status', '--porcelain=v1', '--branch'),
      head: sh(work, 'symbolic-ref', 'HEAD') + ' ' + sh(work, 'rev-parse', 'HEAD'),
      index: createHash('sha256').update(readFileSync(join(work, '.git', 'index'))).digest('hex'),
      files: ['a.txt', 'b.txt', 'new.txt'].map((f) => readFileSync(join(work, f), 'utf8')),
      branches: sh(work, 'branch', '--list'),
    });
    const before = snapshot();

    const results = makeResults('benchmark', c1, 0.75);
    await createGitBranchStore({ repoDir: work }).write(results, 'main', '4242');

    expect(snapshot()).toEqual(before);
    const log = sh(origin, 'log', '-1', '--format=%an <%ae>%n%s', 'evalgate-baselines');
    expect(log).toBe(`evalgate <evalgate@users.noreply.github.com>\nevalgate: benchmark results for ${c1.slice(0, 7)} (run 4242)`);
    // An orphan branch: a single parentless commit, unrelated to main.
    expect(sh(origin, 'rev-list', '--max-parents=0', 'evalgate-baselines')).toBe(sh(origin, 'rev-parse', 'evalgate-baselines'));
    expect(await createGit(origin).mergeBase('main', 'evalgate-baselines')).toBeNull();

    const other = cloneOrigin(base, origin, 'reader');
    const reader = createGitBranchStore({ repoDir: other });
    expect(await reader.read('benchmark', c1)).toEqual(results);
    expect(await reader.index('benchmark', 'main')).toEqual([
      { suite: 'benchmark', commit: c1, ref: 'refs/heads/main', created_at: results.created_at, pass_rate: 0.75, path: `benchmark/${c1}.json` },
    ]);
    expect(await reader.index('coverage', 'main')).toEqual([]);
  });

  it('finds the nearest stored ancestor along first-parent history', async () => {
    const base = join(root, 'nearest');
    mkdirSync(base);
    const { work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'f.txt': '1' }, 'c1');
    const c2 = commitFiles(work, { 'f.txt': '2' }, 'c2');
    sh(work, 'checkout', '--quiet', '-b', 'side');
    const s1 = commitFiles(work, { 's.txt': '1' }, 's1');
    sh(work, 'checkout', '--quiet', 'main');
    const c3 = commitFiles(work, { 'f.txt': '3' }, 'c3');
    sh(work, 'merge', '--quiet', '--no-ff', '-m', 'm4', 'side');
    const m4 = sh(work, 'rev-parse', 'HEAD');
    sh(work, 'checkout', '--quiet', '-b', 'feature');
    const f1 = commitFiles(work, { 'f.txt': 'feature' }, 'f1');
    sh(work, 'checkout', '--quiet', 'main');
    const c5 = commitFiles(work, { 'f.txt': '5' }, 'c5');

    const git = createGit(work);
    const store = createGitBranchStore({ repoDir: work, retryDelayMs: 20 });
    // c2 stored; the side commit s1 (newer, but only a second-parent ancestor) stored too.
    await store.write(makeResults('benchmark', c2, 0.2), 'main');
    await store.write(makeResults('benchmark', s1, 0.9), 'side');

    const mergeBase = (await git.mergeBase('main', 'feature'))!;
    expect(mergeBase).toBe(m4);
    const candidates = await git.firstParentAncestors(mergeBase, 100);
    expect(candidates).toEqual([m4, c3, c2, c1]);
    let found = await store.findNearest('benchmark', candidates);
    expect(found?.commit).toBe(c2);
    expect(found?.results.totals.pass_rate).toBe(0.2);

    // Once the merge base itself is stored, it wins.
    await store.write(makeResults('benchmark', m4, 0.4), 'main');
    found = await store.findNearest('benchmark', await git.firstParentAncestors(mergeBase, 100));
    expect(found?.commit).toBe(m4);
    expect(await store.findNearest('coverage', candidates)).toBeNull();
    expect((await store.index('benchmark', 'main')).map((r) => r.commit)).toEqual([c2, m4]);
    expect((await store.index('benchmark', 'side')).map((r) => r.commit)).toEqual([s1]);
    void f1;
    void c5;
  });

  it('replaces the entry when the same suite and commit are written again', async () => {
    const base = join(root, 'rewrite');
    mkdirSync(base);
    const { work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'f.txt': '1' }, 'c1');
    const store = createGitBranchStore({ repoDir: work });
    await store.write(makeResults('benchmark', c1, 0.5, '2026-01-01T00:00:00.000Z'), 'main');
    await store.write(makeResults('benchmark', c1, 0.6, '2026-01-02T00:00:00.000Z'), 'main');
    const index = await store.index('benchmark', 'main');
    expect(index.map((r) => r.pass_rate)).toEqual([0.6]);
    expect((await store.read('benchmark', c1))?.totals.pass_rate).toBe(0.6);
  });

  it('lands all 8 concurrent writers from separate clones', async () => {
    const base = join(root, 'concurrent');
    mkdirSync(base);
    const { origin, work } = makeOriginAndClone(base);
    commitFiles(work, { 'f.txt': '1' }, 'c1');
    sh(work, 'push', '--quiet', 'origin', 'main');
    const clones = Array.from({ length: 8 }, (_, i) => cloneOrigin(base, origin, `clone-${i}`));
    const commits = clones.map((_, i) => fakeSha(0x1000 + i));
    const started = Date.now();
    await Promise.all(
      clones.map((dir, i) => createGitBranchStore({ repoDir: dir, retryDelayMs: 100 }).write(makeResults('benchmark', commits[i], i / 8), 'main', String(i))),
    );
    const elapsed = Date.now() - started;

    const files = sh(origin, 'ls-tree', '-r', '--name-only', 'evalgate-baselines').split('\n');
    expect(files.filter((f) => f.startsWith('benchmark/')).sort()).toEqual(commits.map((c) => `benchmark/${c}.json`).sort());
    const index = JSON.parse(sh(origin, 'show', 'evalgate-baselines:index/main.json')) as StoredRun[];
    expect(index.map((r) => r.commit).sort()).toEqual([...commits].sort());
    // A linear history: each writer's commit sits on top of the previous tip.
    expect(sh(origin, 'rev-list', '--count', 'evalgate-baselines')).toBe('8');
    expect(elapsed).toBeLessThan(30_000);
  });

  it('lands all 8 concurrent writers running as separate processes', async () => {
    const base = join(root, 'processes');
    mkdirSync(base);
    const { origin, work } = makeOriginAndClone(base);
    commitFiles(work, { 'f.txt': '1' }, 'c1');
    sh(work, 'push', '--quiet', 'origin', 'main');
    const clones = Array.from({ length: 8 }, (_, i) => cloneOrigin(base, origin, `proc-${i}`));
    const commits = clones.map((_, i) => fakeSha(0x2000 + i));
    const worker = fileURLToPath(new URL('./write-worker.ts', import.meta.url));
    const exits = await Promise.all(
      clones.map(
        (dir, i) =>
          new Promise<{ code: number; stderr: string }>((resolve) => {
            execFile(process.execPath, ['--import', 'tsx', worker, dir, commits[i], `p${i}`], { cwd: process.cwd() }, (err, _out, stderr) =>
              resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }),
            );
          }),
      ),
    );
    expect(exits.filter((e) => e.code !== 0)).toEqual([]);
    const index = JSON.parse(sh(origin, 'show', 'evalgate-baselines:index/main.json')) as StoredRun[];
    expect(index.map((r) => r.commit).sort()).toEqual([...commits].sort());
    const reader = createGitBranchStore({ repoDir: cloneOrigin(base, origin, 'proc-reader') });
    for (const c of commits) expect((await reader.read('coverage', c))?.commit).toBe(c);
  });

  it('writes from a shallow clone on top of history it does not have, keeping full clones full', async () => {
    const base = join(root, 'shallow');
    const { origin, work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'f.txt': '1' }, 'c1');
    const c2 = commitFiles(work, { 'f.txt': '2' }, 'c2');
    sh(work, 'push', '--quiet', 'origin', 'main');
    const full = createGitBranchStore({ repoDir: work });
    await full.write(makeResults('benchmark', c1, 0.1), 'main');
    await full.write(makeResults('benchmark', c2, 0.2), 'main');
    expect(sh(work, 'rev-parse', '--is-shallow-repository')).toBe('false');

    const shallow = join(base, 'shallow-clone');
    sh(base, 'clone', '--quiet', '--depth', '1', `file://${origin}`, shallow);
    expect(sh(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    const c3 = fakeSha(3);
    await createGitBranchStore({ repoDir: shallow }).write(makeResults('benchmark', c3, 0.3), 'main');
    expect(sh(origin, 'rev-list', '--count', 'evalgate-baselines')).toBe('3');
    const reader = createGitBranchStore({ repoDir: cloneOrigin(base, origin, 'reader') });
    expect((await reader.index('benchmark', 'main')).map((r) => r.pass_rate)).toEqual([0.1, 0.2, 0.3]);
  });

  it('prefetch fetches the branch once in the background; the reads that follow reuse it, and a failed prefetch is retried by the read', async () => {
    const base = join(root, 'prefetch');
    mkdirSync(base);
    const { work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'f.txt': '1' }, 'c1');
    sh(work, 'push', '--quiet', 'origin', 'main');
    const results = makeResults('benchmark', c1, 0.5);
    await createGitBranchStore({ repoDir: work }).write(results, 'main');
    const real = createGit(work);
    let fetches = 0;
    let failNext = false;
    const counting = {
      ...real,
      fetch: async (...args: Parameters<typeof real.fetch>) => {
        fetches++;
        if (failNext) {
          failNext = false;
          throw new Error('network down');
        }
        return real.fetch(...args);
      },
    };
    const store = createGitBranchStore({ repoDir: work, git: counting });
    store.prefetch!();
    expect(await store.read('benchmark', c1)).toEqual(results);
    expect(await store.findNearest('benchmark', [c1])).toEqual({ results, commit: c1 });
    expect(fetches).toBe(1);

    fetches = 0;
    failNext = true;
    const flaky = createGitBranchStore({ repoDir: work, git: counting });
    flaky.prefetch!(); // fails in the background: no unhandled rejection, nothing cached
    await new Promise((r) => setTimeout(r, 50));
    expect(await flaky.read('benchmark', c1)).toEqual(results);
    expect(fetches).toBe(2);
  });

  it('gives up after maxAttempts with an actionable message when the push keeps being rejected', async () => {
    const base = join(root, 'giveup');
    mkdirSync(base);
    const { work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'f.txt': '1' }, 'c1');
    const real = createGit(work);
    let pushes = 0;
    const store = createGitBranchStore({
      repoDir: work,
      maxAttempts: 3,
      retryDelayMs: 1,
      git: {
        ...real,
        push: async () => {
          pushes++;
          return { ok: false, rejected: true, detail: '! refs/heads/evalgate-baselines [rejected] (fetch first)' };
        },
      },
    });
    const err = await store.write(makeResults('benchmark', c1, 1), 'main').catch((e) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err.message).toMatch(/could not store benchmark results for [0-9a-f]{40} on branch evalgate-baselines: the push was rejected 3 times/);
    expect(pushes).toBe(3);
  });

  it('validates what it reads with the caller-supplied validator', async () => {
    const base = join(root, 'validate');
    mkdirSync(base);
    const { work } = makeOriginAndClone(base);
    const c1 = commitFiles(work, { 'f.txt': '1' }, 'c1');
    await createGitBranchStore({ repoDir: work }).write(makeResults('benchmark', c1, 1), 'main');
    const sources: string[] = [];
    const store = createGitBranchStore({
      repoDir: work,
      validate: (doc, source) => {
        sources.push(source);
        return { ...(doc as Results), notices: ['validated'] };
      },
    });
    expect((await store.read('benchmark', c1))?.notices).toEqual(['validated']);
    expect(sources).toEqual([`benchmark/${c1}.json on branch evalgate-baselines`]);
  });
});
