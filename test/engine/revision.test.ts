// readRevision against real git: the commit and ref a run's results name, from the runner's
// environment when it says, else from git (both asked at once), else placeholders.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGit } from '../../src/adapters/git.js';
import { readRevision as readRevisionWith, UNKNOWN_COMMIT } from '../../src/engine/revision.js';

const readRevision = (dir: string, env: NodeJS.ProcessEnv) => readRevisionWith(createGit(dir), env);

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function repo(opts: { commit: boolean }): { dir: string; git: (...a: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-rev-'));
  dirs.push(dir);
  const env = { ...process.env, GIT_AUTHOR_NAME: 'u', GIT_AUTHOR_EMAIL: 'u@example.com', GIT_COMMITTER_NAME: 'u', GIT_COMMITTER_EMAIL: 'u@example.com' };
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  if (opts.commit) {
    writeFileSync(join(dir, 'a.txt'), 'a\n');
    git('add', 'a.txt');
    git('commit', '-q', '-m', 'a');
  }
  return { dir, git };
}

describe('readRevision', () => {
  it('names HEAD and its branch; a detached HEAD is ref "HEAD"', async () => {
    const r = repo({ commit: true });
    const sha = r.git('rev-parse', 'HEAD');
    expect(await readRevision(r.dir, {})).toEqual({ commit: sha, ref: 'refs/heads/main' });
    r.git('checkout', '-q', '--detach');
    expect(await readRevision(r.dir, {})).toEqual({ commit: sha, ref: 'HEAD' });
  });

  it("takes the runner's GITHUB_SHA and GITHUB_REF over git; a GITHUB_SHA that is not a hex sha is ignored", async () => {
    const r = repo({ commit: true });
    const sha = r.git('rev-parse', 'HEAD');
    expect(await readRevision(r.dir, { GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' })).toEqual({ commit: 'a'.repeat(40), ref: 'refs/pull/7/merge' });
    expect(await readRevision(r.dir, { GITHUB_SHA: 'HEAD; rm -rf /' })).toEqual({ commit: sha, ref: 'refs/heads/main' });
    expect(await readRevision(r.dir, { GITHUB_SHA: 'b'.repeat(40) })).toEqual({ commit: 'b'.repeat(40), ref: 'refs/heads/main' });
  });

  it('outside a repository, and before its first commit, names no commit and the ref "local"', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'evalgate-rev-none-'));
    dirs.push(bare);
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temporary directory.
    const prev = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = tmpdir();
    try {
      expect(await readRevision(bare, {})).toEqual({ commit: UNKNOWN_COMMIT, ref: 'local' });
      expect(await readRevision(repo({ commit: false }).dir, {})).toEqual({ commit: UNKNOWN_COMMIT, ref: 'local' });
    } finally {
      if (prev === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = prev;
    }
  });
});
