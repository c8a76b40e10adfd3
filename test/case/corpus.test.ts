import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, runCorpusFile } from './corpus-runner.js';

// Each test/corpus/<name>.yaml (case) or config-<name>.yml (config) has a problem; its
// sidecar <name>.expected.txt holds the exact `file:line:col: message` lines evalgate prints.
const inputs = readdirSync(CORPUS_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

describe('bad-input corpus', () => {
  it('has at least 25 files, each with an expectation', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(25);
    for (const f of inputs) {
      const expected = path.join(CORPUS_DIR, f.replace(/\.ya?ml$/, '.expected.txt'));
      expect(readFileSync(expected, 'utf8').trim(), f).not.toBe('');
    }
  });

  it.each(inputs)('%s', async (name) => {
    const expected = readFileSync(path.join(CORPUS_DIR, name.replace(/\.ya?ml$/, '.expected.txt')), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(await runCorpusFile(name)).toEqual(expected);
  });
});
