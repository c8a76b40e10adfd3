// Publish mode reads a fork's evalgate.yml from its head commit, in the privileged job: as data,
// size-checked before it is read, and only its harness section is used (to flag changes).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createGit } from '../../src/adapters/git.js';
import { readHeadHarness } from '../../src/action/publish.js';
import { MAX_YAML_BYTES } from '../../src/case/yaml.js';
import { commitFiles, makeOriginAndClone } from '../git/helpers.js';

const root = mkdtempSync(join(tmpdir(), 'evalgate-head-harness-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readHeadHarness', () => {
  const { work } = makeOriginAndClone(root);
  const git = createGit(work);
  it.each([
    ['a valid config', 'harness:\n  command: node agent.js\n  timeout_ms: 5000\n', { command: 'node agent.js', timeout_ms: 5000 }, true],
    ['an invalid config', 'harness:\n  timeout_ms: -1\n', null, true],
    ['a config over the YAML size limit: never read into memory', `harness:\n  command: node agent.js\n# ${'x'.repeat(MAX_YAML_BYTES)}\n`, null, false],
  ])('%s', async (_name, text, want, read) => {
    const sha = commitFiles(work, { 'evalgate.yml': text }, 'config');
    const showFile = vi.fn(git.showFile);
    const got = await readHeadHarness({ ...git, showFile }, sha, 'evalgate.yml');
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
    expect(showFile).toHaveBeenCalledTimes(read ? 1 : 0);
  });
  it('a missing file or an unknown commit', async () => {
    const sha = commitFiles(work, { 'other.txt': 'x' }, 'no config here');
    expect(await readHeadHarness(git, sha, 'nested/evalgate.yml')).toBeNull();
    expect(await readHeadHarness(git, 'f'.repeat(40), 'evalgate.yml')).toBeNull();
  });
});
