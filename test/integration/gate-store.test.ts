// `gate --baseline DIR` with a directory store in a real git repository: the gate must pick the
// merge-base of the feature branch with main (or its nearest stored first-parent ancestor), never
// main's tip, and say in the report which commit it used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Comparison, Results } from '../../src/types.js';
import { createDirStore } from '../../src/adapters/store.js';
import { caseYaml, configYaml, git, makeTempRepo, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

describe('gate against a directory store in a git repository', () => {
  let repo: TempRepo;
  let storeDir: string;
  let c1: string;
  let c2: string;
  let c3: string;
  let r1: Results;

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-git-');
    storeDir = await mkdtemp(join(tmpdir(), 'evalgate-store-'));
    const store = createDirStore(storeDir);
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'case-a', input: { mode: 'ok' } }));
    await repo.write('evals/cases/t/b.yaml', caseYaml({ id: 'case-b', input: { mode: 'ok' }, guards: 42 }));
    await repo.write('.gitignore', '.evalgate/\n*.json\n');
    git(repo.dir, 'init', '-q');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'c1');
    c1 = git(repo.dir, 'rev-parse', 'HEAD');
    expect((await repo.cli(['run', '--suite', 'benchmark', '--out', 'r1.json'])).code).toBe(0);
    r1 = await readValidResults(join(repo.dir, 'r1.json'));
    expect(r1.commit).toBe(c1);
    await store.write(r1, 'main');

    await repo.write('notes.txt', 'c2\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'c2');
    c2 = git(repo.dir, 'rev-parse', 'HEAD');

    git(repo.dir, 'checkout', '-q', '-b', 'feature');
    await repo.write('feature.txt', 'f1\n');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'f1');

    // main moves on after the branch point, with its own stored run: the gate must not use it.
    git(repo.dir, 'checkout', '-q', 'main');
    await repo.write('notes.txt', 'c3\n');
    git(repo.dir, 'commit', '-q', '-am', 'c3');
    c3 = git(repo.dir, 'rev-parse', 'HEAD');
    expect((await repo.cli(['run', '--suite', 'benchmark', '--out', 'r3.json'])).code).toBe(0);
    await store.write(await readValidResults(join(repo.dir, 'r3.json')), 'main');
    git(repo.dir, 'checkout', '-q', 'feature');
  });
  afterAll(async () => {
    await repo?.cleanup();
    if (storeDir) await rm(storeDir, { recursive: true, force: true });
  });

  it('uses the nearest stored ancestor of the merge-base when the merge-base has no run', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', storeDir, '--base-ref', 'main', '--out', 'g1']);
    expect(g.code, g.stderr).toBe(0);
    const cmp = JSON.parse(await repo.read('g1/comparison.json')) as Comparison;
    expect(cmp.base?.commit).toBe(c1);
    expect(cmp.base?.source).toContain(c1.slice(0, 7));
    expect(cmp.base?.source).toMatch(/nearest stored ancestor/);
    expect(cmp.base?.source).not.toContain(c3.slice(0, 7));
    const md = await repo.read('g1/report.md');
    expect(md).toContain(c1.slice(0, 7));
  });

  it('uses the merge-base run once it is stored, and says so', async () => {
    await createDirStore(storeDir).write({ ...r1, commit: c2 }, 'main');
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', storeDir, '--base-ref', 'main', '--out', 'g2']);
    expect(g.code, g.stderr).toBe(0);
    const cmp = JSON.parse(await repo.read('g2/comparison.json')) as Comparison;
    expect(cmp.base?.commit).toBe(c2);
    expect(cmp.base?.source).toMatch(new RegExp(`${c2.slice(0, 7)} \\(merge-base\\)`));
    expect(g.stdout).toContain(c2.slice(0, 7));
    expect(await repo.read('g2/report.md')).toContain(c2.slice(0, 7));
    // The store lives outside the repository: the report names it without the local absolute path.
    expect(await repo.read('g2/report.md')).not.toContain(storeDir);
    expect(await repo.read('g2/report.md')).toMatch(/directory …\/evalgate-store-\w+ at [0-9a-f]{7}/);
  });

  it('a regression on the feature branch blocks against the stored baseline', async () => {
    // The harness is the branch's to change (the case definitions are the base commit's).
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500, env: { FORCE_REPLY: 'broken' } }));
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', storeDir, '--base-ref', 'main', '--out', 'g3']);
    expect(g.code).toBe(1);
    expect(g.stdout).toContain('case-b — guards #42');
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
  });

  it('an empty store fails closed: exit 2 naming the layout it expected, nothing written', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'evalgate-empty-store-'));
    try {
      const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', empty, '--base-ref', 'main', '--out', 'g4']);
      expect(g.code).toBe(2);
      expect(g.stderr).not.toMatch(STACK_LINE);
      expect(g.stderr).toMatch(/holds no stored run of suite benchmark \(expected .*\/benchmark\/<full-commit-sha>\.json/);
      expect(g.stderr).toMatch(/the directory is empty$/m);
      expect(repo.exists('g4')).toBe(false);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('a --baseline path that does not exist exits 2 (never a PASS without a baseline)', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', join(storeDir, 'nope'), '--base-ref', 'main', '--out', 'g6']);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/does not exist \(expected a results \.json file, or a baseline store directory/);
    expect(repo.exists('g6')).toBe(false);
  });

  it('a store whose runs are all for other commits exits 2 naming the commit it looked for', async () => {
    const other = await mkdtemp(join(tmpdir(), 'evalgate-other-store-'));
    try {
      await createDirStore(other).write({ ...r1, commit: 'f'.repeat(40) }, 'main');
      const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', other, '--base-ref', 'main', '--out', 'g7']);
      expect(g.code).toBe(2);
      expect(g.stderr).toMatch(/has no stored run of suite benchmark for [0-9a-f]{7} or its 200 nearest first-parent ancestors/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('gate.baseline: rerun is refused by the CLI with what to do instead', async () => {
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }) + 'gate:\n  baseline: rerun\n');
    try {
      const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', storeDir, '--base-ref', 'main', '--out', 'g8']);
      expect(g.code).toBe(2);
      expect(g.stderr).toMatch(/gate\.baseline is "rerun", which the CLI gate does not do/);
      expect(g.stderr).toMatch(/evalgate baseline --suite S --store DIR/);
    } finally {
      await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
    }
  });

  it.each([
    ['a short-sha file name', (sha: string) => `benchmark/${sha.slice(0, 7)}.json`, /holds benchmark\/[0-9a-f]{7}\.json, named by a short commit sha/],
    ['a flat folder', (sha: string) => `${sha}.json`, /holds results at its top level \([0-9a-f]{40}\.json\), not in a benchmark\/ folder/],
    ['another suite only', (sha: string) => `coverage/${sha}.json`, /holds runs of another suite only \(coverage\/[0-9a-f]{40}\.json\), none of benchmark/],
  ])('a store with %s exits 2 naming what is wrong and the layout expected', async (_name, file, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'evalgate-bad-store-'));
    try {
      const store = createDirStore(dir);
      await store.write(r1, 'main');
      const { rename, mkdir } = await import('node:fs/promises');
      const target = join(dir, file(c1));
      await mkdir(join(target, '..'), { recursive: true });
      await rename(join(dir, 'benchmark', `${c1}.json`), target);
      const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', dir, '--base-ref', 'main', '--out', 'g6']);
      expect(g.code).toBe(2);
      expect(g.stderr).toMatch(message);
      expect(g.stderr).toMatch(/holds no stored run of suite benchmark \(expected .*\/benchmark\/<full-commit-sha>\.json/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a --base-ref that does not exist exits 2 naming it (no silent fallback to HEAD ancestors)', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', storeDir, '--base-ref', 'no-such-branch', '--out', 'g5']);
    expect(g.code).toBe(2);
    expect(g.stderr).toContain('"no-such-branch"');
    expect(g.stderr).not.toMatch(STACK_LINE);
    expect(g.stderr).not.toMatch(/unexpected error/);
    expect(repo.exists('g5')).toBe(false);
  });
});
