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
    ['a valid config', 'harness:\n  command: node agent.js\n  timeout_ms: 5000\n', { command: 'node agent.js', timeout_ms: 5000 }],
    ['an invalid config', 'harness:\n  timeout_ms: -1\n', null],
    ['a config over the YAML size limit', `harness:\n  command: node agent.js\n# ${'x'.repeat(MAX_YAML_BYTES)}\n`, null],
  ])('%s', async (_name, text, want) => {
    const sha = commitFiles(work, { 'evalgate.yml': text }, 'config');
    const showFile = vi.fn(git.showFile);
    const got = await readHeadHarness({ ...git, showFile }, sha, 'evalgate.yml');
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
    // Always through the adapter's size-checked read.
    expect(showFile).toHaveBeenCalledWith(sha, 'evalgate.yml', { maxBytes: MAX_YAML_BYTES });
  });

  it('showFile with maxBytes refuses a larger blob by its size, and reads one within it', async () => {
    const sha = commitFiles(work, { 'big.txt': 'y'.repeat(4096) }, 'big');
    await expect(git.showFile(sha, 'big.txt', { maxBytes: 4095 })).rejects.toThrow(/big\.txt at [0-9a-f]{12} is 4096 bytes, over the 4095-byte limit; not read/);
    expect(await git.showFile(sha, 'big.txt', { maxBytes: 4096 })).toHaveLength(4096);
    expect(await git.showFile(sha, 'absent.txt', { maxBytes: 10 })).toBeNull();
  });
  it('a missing file or an unknown commit', async () => {
    const sha = commitFiles(work, { 'other.txt': 'x' }, 'no config here');
    expect(await readHeadHarness(git, sha, 'nested/evalgate.yml')).toBeNull();
    expect(await readHeadHarness(git, 'f'.repeat(40), 'evalgate.yml')).toBeNull();
  });
});
