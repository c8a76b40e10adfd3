import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGit, GitError, matchPaths, parseStatusPaths, type Git, type TreeState } from '../../src/adapters/git.js';
import { createHash } from 'node:crypto';
import { buildHarnessScope, checkTreeIdentity, createScopeMatcher } from '../../src/case/harness-scope.js';
import { buildDefaultConfig } from '../../src/case/config.js';

/** The harness tree id under `paths` (and `ignore`), as readHarnessTree computes it; null when none is claimed. */
function treeIdOf(state: Partial<TreeState> & { entries: string[]; changed: string[] }, paths: string[], ignore: string[] = [], reached: string[] = []): string | null {
  const config = buildDefaultConfig('node x.js');
  config.harness.paths = paths;
  config.harness.ignore = ignore;
  const scope = buildHarnessScope(config, 'evalgate.yml', reached);
  return checkTreeIdentity({ ignored: [], ...state }, createScopeMatcher(scope), () => createHash('sha256'), reached).id;
}
import { commitFiles, isolateGitEnv, makeOriginAndClone, makeTempRoot, sh } from './helpers.js';

// History built once (first-parent line on main: c1 - c2 - c3 - m4 - c5):
//   main:    c1 -- c2 -- c3 -- m4 -- c5
//                  \          /
//   side:            s1 ---- s2
//   feature (from c3):          f1
let root: string;
let cleanup: () => void;
let work: string;
let git: Git;
const c: Record<string, string> = {};

beforeAll(() => {
  ({ root, cleanup } = makeTempRoot('evalgate-git-'));
  isolateGitEnv(root);
  ({ work } = makeOriginAndClone(root));
  c.c1 = commitFiles(work, { 'evals/cases/a/one.yaml': 'id: one\nversion: 1\n', 'README.md': 'hi\n' }, 'c1');
  c.c2 = commitFiles(work, { 'evals/cases/a/one.yaml': 'id: one\nversion: 2\n' }, 'c2');
  sh(work, 'checkout', '--quiet', '-b', 'side');
  c.s1 = commitFiles(work, { 'side.txt': 's1\n' }, 's1');
  c.s2 = commitFiles(work, { 'side.txt': 's2\n' }, 's2');
  sh(work, 'checkout', '--quiet', 'main');
  c.c3 = commitFiles(work, { 'evals/cases/b/two.yaml': 'id: two\n' }, 'c3');
  sh(work, 'checkout', '--quiet', '-b', 'feature');
  c.f1 = commitFiles(work, { 'evals/cases/a/one.yaml': 'id: one\nversion: weakened\n', 'evals/cases/c/new.yml': 'id: new\n' }, 'f1');
  sh(work, 'checkout', '--quiet', 'main');
  sh(work, 'merge', '--quiet', '--no-ff', '-m', 'm4', 'side');
  c.m4 = sh(work, 'rev-parse', 'HEAD');
  c.c5 = commitFiles(work, { 'evals/holdout.enc': 'x' }, 'c5');
  sh(work, 'push', '--quiet', 'origin', 'main', 'feature');
  git = createGit(work);
});

afterAll(() => cleanup?.());

describe('createGit', () => {
  it('resolves refs and the current commit', async () => {
    expect(await git.currentCommit()).toBe(c.c5);
    expect(await git.revParse('feature')).toBe(c.f1);
    expect(await git.revParse('main~1')).toBe(c.m4);
    expect(await git.tryRevParse('no-such-branch')).toBeNull();
  });

  it('explains an unknown ref, naming it and the shallow-clone fix', async () => {
    const err = await git.revParse('no-such-branch').catch((e) => e);
    expect(err).toBeInstanceOf(GitError);
    expect(err.message).toContain('"no-such-branch" is not a commit');
    expect(err.message).toContain('fetch-depth: 0');
  });

  it('finds the merge base, and null for unrelated histories', async () => {
    expect(await git.mergeBase('main', 'feature')).toBe(c.c3);
    sh(work, 'checkout', '--quiet', '--orphan', 'unrelated');
    sh(work, 'commit', '--quiet', '--allow-empty', '-m', 'orphan');
    sh(work, 'checkout', '--quiet', '-f', 'main');
    expect(await git.mergeBase('main', 'unrelated')).toBeNull();
  });

  it('lists first-parent ancestors, commit first, skipping merged side commits', async () => {
    expect(await git.firstParentAncestors(c.c5, 50)).toEqual([c.c5, c.m4, c.c3, c.c2, c.c1]);
    expect(await git.firstParentAncestors(c.c5, 2)).toEqual([c.c5, c.m4]);
    await expect(git.firstParentAncestors(c.c5, 0)).rejects.toThrow(/positive integer/);
  });

  it('shows a file as it was at the base commit, null when absent there', async () => {
    const base = (await git.mergeBase('main', 'feature'))!;
    expect(await git.showFile(base, 'evals/cases/a/one.yaml')).toBe('id: one\nversion: 2\n');
    expect(await git.showFile(c.f1, './evals/cases/a/one.yaml')).toBe('id: one\nversion: weakened\n');
    expect(await git.showFile(base, 'evals/cases/c/new.yml')).toBeNull();
    expect(await git.showFile(base, 'evals/cases')).toBeNull(); // a directory is not a file
    await expect(git.showFile('0123456789abcdef0123456789abcdef01234567', 'README.md')).rejects.toThrow(/is not a commit/);
  });

  it('shows many files at a commit in one call, with the same answers as showFile', async () => {
    const base = (await git.mergeBase('main', 'feature'))!;
    const paths = ['evals/cases/a/one.yaml', 'evals/cases/c/new.yml', 'evals/cases', 'evals/cases/b/two.yaml', 'evals/cases/a/one.yaml'];
    const many = await git.showFiles(base, paths);
    for (const p of paths) expect(many.get(p), p).toBe(await git.showFile(base, p));
    expect(many.get('evals/cases/a/one.yaml')).toBe('id: one\nversion: 2\n');
    expect((await git.showFiles(c.f1, ['./evals/cases/a/one.yaml'])).get('./evals/cases/a/one.yaml')).toBe('id: one\nversion: weakened\n');
    expect((await git.showFiles(base, [])).size).toBe(0);
    await expect(git.showFiles('0123456789abcdef0123456789abcdef01234567', ['README.md'])).rejects.toThrow(/is not a commit/);
    await expect(git.showFiles(base, ['../outside'])).rejects.toThrow(/must not contain/);
  });

  it('lists files at a commit matching a glob, from any subdirectory', async () => {
    expect(await git.listFiles(c.c3, 'evals/cases/**/*.{yaml,yml}')).toEqual(['evals/cases/a/one.yaml', 'evals/cases/b/two.yaml']);
    expect(await git.listFiles(c.f1, 'evals/cases/**/*.{yaml,yml}')).toEqual([
      'evals/cases/a/one.yaml',
      'evals/cases/b/two.yaml',
      'evals/cases/c/new.yml',
    ]);
    expect(await git.listFiles(c.c1, 'evals/holdout.enc')).toEqual([]);
    const fromSubdir = createGit(join(work, 'evals'));
    expect(await fromSubdir.listFiles(c.c5, 'evals/holdout.enc')).toEqual(['evals/holdout.enc']);
  });

  it('tells ancestry', async () => {
    expect(await git.isAncestor(c.c3, c.f1)).toBe(true);
    expect(await git.isAncestor(c.s1, c.c5)).toBe(true);
    expect(await git.isAncestor(c.f1, c.c5)).toBe(false);
  });

  it('fetches an existing branch and tolerates a missing one', async () => {
    expect(await git.fetch('origin', '+refs/heads/feature:refs/evalgate-test/feature')).toBe(true);
    expect(sh(work, 'rev-parse', 'refs/evalgate-test/feature')).toBe(c.f1);
    expect(await git.fetch('origin', '+refs/heads/does-not-exist:refs/evalgate-test/x')).toBe(false);
    await expect(git.fetch('no-such-remote', 'refs/heads/main')).rejects.toThrow(/git fetch .*no-such-remote.* failed/);
  });

  it('adds a detached worktree at a commit and removes it', async () => {
    const wt = await git.addWorktree(c.c2);
    try {
      expect(readFileSync(join(wt.path, 'evals/cases/a/one.yaml'), 'utf8')).toBe('id: one\nversion: 2\n');
      expect(existsSync(join(wt.path, 'evals/cases/b/two.yaml'))).toBe(false);
      expect(sh(wt.path, 'rev-parse', 'HEAD')).toBe(c.c2);
      expect(sh(work, 'worktree', 'list')).toContain(wt.path);
    } finally {
      await wt.remove();
    }
    expect(existsSync(wt.path)).toBe(false);
    expect(sh(work, 'worktree', 'list')).not.toContain(wt.path);
    expect(sh(work, 'rev-parse', 'HEAD')).toBe(c.c5);
    await wt.remove(); // idempotent
  });

  it('reports the default branch of the remote', async () => {
    expect(await git.defaultBranch('origin')).toBe('main');
  });

  it.each([
    ['an option as ref', () => git.revParse('--output=/tmp/x')],
    ['an option as commit', () => git.showFile('--all', 'README.md')],
    ['a path escaping the repo', () => git.showFile('HEAD', '../secret')],
    ['whitespace in a ref', () => git.isAncestor('main feature', 'main')],
    ['an option as remote', () => git.fetch('--upload-pack=touch /tmp/pwned', 'main')],
  ])('refuses %s before running git', async (_name, call) => {
    await expect(call()).rejects.toBeInstanceOf(GitError);
  });

  it('names the command, directory and stderr when git fails', async () => {
    const outside = createGit(root); // root is not a repository
    const err = await outside.currentCommit().catch((e) => e);
    expect(err).toBeInstanceOf(GitError);
    expect(err.message).toContain('not a git repository');
    const err2 = await outside.listFiles('HEAD', '**').catch((e) => e);
    expect(err2.message).toMatch(/^git ls-tree .* failed \(exit 128\) in .*: fatal: not a git repository.*\(run evalgate inside a git checkout\)/);
  });
});

describe('treeIdOf (the harness fingerprint over git ls-tree entries)', () => {
  const entries = ['100644 blob aaa\tsrc/agent.ts', '100644 blob bbb\tprompts/refund.md', '100644 blob ccc\tREADME.md'];
  const id = (e: string[], changed: string[], globs: string[]) => treeIdOf({ entries: e, changed }, globs);
  it.each([
    ['a change outside the globs keeps the id', ['README.md'], ['src/**', 'prompts/**'], 'same'],
    ['a changed path under the globs claims no id', ['prompts/refund.md'], ['src/**', 'prompts/**'], null],
    ['an untracked file under the globs claims no id', ['src/new.ts'], ['src/**'], null],
    ['no globs: every path counts', ['README.md'], [], null],
    ['the config always counts, whatever the globs', ['evalgate.yml'], ['src/**'], null],
    ['a case file always counts', ['evals/cases/a/b.yaml'], ['src/**'], null],
    ['node_modules never counts', ['node_modules/x/index.js'], [], 'same'],
  ])('%s', (_what, changed, globs, want) => {
    const got = id(entries, changed, globs);
    if (want === null) expect(got).toBeNull();
    else expect(got).toBe(id(entries, [], globs));
  });
  it('harness.ignore leaves a path out of the id, never the config or a file the harness imports', () => {
    expect(treeIdOf({ entries, changed: ['README.md'] }, [], ['README.md'])).toBe(treeIdOf({ entries, changed: [] }, [], ['README.md']));
    expect(treeIdOf({ entries, changed: ['evalgate.yml'] }, [], ['*.yml'])).toBeNull();
    expect(treeIdOf({ entries, changed: ['README.md'] }, [], ['README.md'], ['README.md'])).toBeNull();
  });
  it('an ignored file or directory present in the scope claims no id; node_modules/ and .evalgate/ do not count', () => {
    expect(treeIdOf({ entries, changed: [], ignored: ['prompts/local.md'] }, [])).toBeNull();
    expect(treeIdOf({ entries, changed: [], ignored: ['dist/'] }, [])).toBeNull();
    expect(treeIdOf({ entries, changed: [], ignored: ['node_modules/', '.evalgate/', 'src/__pycache__/'] }, [])).toBe(treeIdOf({ entries, changed: [] }, []));
    expect(treeIdOf({ entries, changed: [], ignored: ['dist/'] }, ['src/**'])).toBe(treeIdOf({ entries, changed: [] }, ['src/**']));
  });
  it('a file the harness imports that the commit does not hold claims no id', () => {
    expect(treeIdOf({ entries, changed: [] }, ['src/**'], [], ['src/agent.ts'])).not.toBeNull();
    expect(treeIdOf({ entries, changed: [] }, ['src/**'], [], ['gen/prompt.js'])).toBeNull();
  });
  it('is the order-independent hash of the matching entries only', () => {
    const globs = ['src/**', 'prompts/**'];
    expect(id([...entries].reverse(), [], globs)).toBe(id(entries, [], globs));
    expect(id(entries.slice(0, 2), [], globs)).toBe(id(entries, [], globs));
    expect(id(['100644 blob ddd\tsrc/agent.ts', ...entries.slice(1)], [], globs)).not.toBe(id(entries, [], globs));
  });
  it('matchPaths keeps dot files and the given order', () => {
    expect(matchPaths(['b/.hidden.yaml', 'a/x.yaml', 'a/x.json'], '**/*.yaml')).toEqual(['b/.hidden.yaml', 'a/x.yaml']);
  });
});

describe('readTreeState against real git (what the harness fingerprint reads)', () => {
  let dir: string;
  let g: Git;
  const globs = ['agent/**'];
  let clean: string | null;
  beforeAll(async () => {
    dir = makeOriginAndClone(root, 'state').work;
    commitFiles(dir, { 'agent/prompt.txt': 'v1\n', 'agent/tools.ts': 'x\n', 'docs/readme.md': 'd\n' }, 'state');
    g = createGit(dir);
    clean = treeIdOf(await g.readTreeState('HEAD'), globs);
  });
  const restore = () => {
    sh(dir, 'reset', '--quiet', '--hard', 'HEAD');
    sh(dir, 'clean', '--quiet', '-fdx');
  };

  it('a clean checkout: the entries are git ls-tree -r, nothing changed, and an id is claimed', async () => {
    const state = await g.readTreeState('HEAD');
    expect(state.changed).toEqual([]);
    expect(state.ignored).toEqual([]);
    expect(state.entries.sort()).toEqual(sh(dir, 'ls-tree', '--full-tree', '-r', 'HEAD').split('\n').sort());
    expect(clean).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['an edited harness file', () => commitless(dir, 'agent/prompt.txt', 'v2\n'), null],
    ['an untracked file under the harness paths', () => commitless(dir, 'agent/new.ts', 'n\n'), null],
    ['a harness file renamed out of the harness paths (staged)', () => sh(dir, 'mv', 'agent/prompt.txt', 'docs/prompt.txt'), null],
    ['a change outside the harness paths', () => commitless(dir, 'docs/readme.md', 'changed\n'), 'clean'],
    ['a gitignored local file under the harness paths', () => commitless(dir, '.gitignore', 'agent/local.txt\n') && commitless(dir, 'agent/local.txt', 'secret prompt\n'), null],
  ])('%s', async (_what, change, want) => {
    try {
      change();
      const id = treeIdOf(await g.readTreeState('HEAD'), globs);
      if (want === null) expect(id).toBeNull();
      else expect(id).toBe(clean);
    } finally {
      restore();
    }
  });

  it('parseStatusPaths: a rename or copy names both paths; the source field has no XY prefix', () => {
    expect(parseStatusPaths('R  docs/prompt.txt\0agent/prompt.txt\0 M a b.txt\0?? agent/new.ts\0C  c2\0c\0')).toEqual(['docs/prompt.txt', 'agent/prompt.txt', 'a b.txt', 'agent/new.ts', 'c2', 'c']);
    expect(parseStatusPaths('')).toEqual([]);
  });
});

/** Writes `file` in the working tree without committing it. */
function commitless(dir: string, file: string, text: string): true {
  writeFileSync(join(dir, file), text);
  return true;
}
