// Stored runs and JSON files may come from forks, artifacts or copied stores: reads are bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDirStore } from '../../src/adapters/store.js';
import { readJsonFile } from '../../src/adapters/fs.js';

describe('bounded reads of untrusted JSON', () => {
  let dir: string;
  const commit = 'a'.repeat(40);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'evalgate-bounds-'));
    await mkdir(join(dir, 'benchmark'), { recursive: true });
    await writeFile(join(dir, 'benchmark', `${commit}.json`), '['.repeat(100_000) + ']'.repeat(100_000));
    await writeFile(join(dir, 'big.json'), JSON.stringify({ pad: 'x'.repeat(4096) }));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('a stored run nested 100,000 deep is refused with a message, not a stack overflow', async () => {
    await expect(createDirStore(dir).read('benchmark', commit)).rejects.toThrow(/nests deeper than 1000 levels/);
  });

  it('a JSON file over the size limit is refused before it is read', async () => {
    await expect(readJsonFile(join(dir, 'big.json'), 1024)).rejects.toThrow(/over the 1024-byte limit/);
    await expect(readJsonFile(join(dir, 'big.json'))).resolves.toMatchObject({ pad: expect.any(String) });
  });

  it('a device or FIFO (no size to ask) is bounded as it streams: /dev/zero stops at the limit', async () => {
    await expect(readJsonFile('/dev/zero', 1024)).rejects.toThrow('/dev/zero: is over the 1024-byte limit for JSON documents');
    await expect(readJsonFile(join(dir, 'big.json'), 1024)).rejects.toThrow(/big\.json: is \d+ bytes, over the 1024-byte limit/);
  });
});
