// The pure core takes data and returns data: no file system, processes, network, environment or
// GitHub client inside it (types may be named, values may not be imported).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const PURE = ['case', 'trace', 'outcome', 'results', 'comparison', 'verdict', 'surfaces', 'loop'];
// createHash/createHmac from node:crypto are pure functions of their input; the rest is I/O.
const FORBIDDEN = [/from\s+'node:(fs|fs\/promises|child_process|net|http|https|os|worker_threads)'/, /from\s+'@actions\//, /from\s+'@octokit\//, /\bprocess\.(env|exit|cwd|stdout|stderr|kill)\b/, /^import (?!type )[^;]*from\s+'\.\.\/adapters\//m, /^import (?!type )[^;]*from\s+'\.\.\/(engine|cli|action)\//m];

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listTs(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('pure core', () => {
  const files = PURE.flatMap((d) => listTs(join(SRC, d)));
  it('has files to check', () => expect(files.length).toBeGreaterThan(40));
  it.each(files.map((f) => [relative(SRC, f), f]))('%s does no I/O', (_rel, file) => {
    const text = readFileSync(file, 'utf8');
    const hits = FORBIDDEN.filter((re) => re.test(text)).map(String);
    expect(hits).toEqual([]);
  });
  it('the rule catches a planted violation', () => {
    expect(FORBIDDEN.some((re) => re.test("import { readFile } from 'node:fs/promises';"))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test("import { createGit } from '../adapters/git.js';"))).toBe(true);
    expect(FORBIDDEN.some((re) => re.test("import type { Git } from '../adapters/git.js';"))).toBe(false);
  });
});
