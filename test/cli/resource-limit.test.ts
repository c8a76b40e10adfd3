// A resource limit reached anyway (here: EMFILE while reading a case file) ends the CLI with one
// clear line naming the limit, the file and the fix, exit 2, never "unexpected error" or a stack.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (typeof file === 'string' && file.endsWith('b.yaml')) {
      throw Object.assign(new Error(`EMFILE: too many open files, open '${file}'`), { code: 'EMFILE', errno: -24, syscall: 'open', path: file });
    }
    return (fs.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { main } = await import('../../src/cli/main.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evalgate-limit-'));
  await mkdir(join(dir, 'evals/cases'), { recursive: true });
  await writeFile(join(dir, 'evalgate.yml'), 'harness:\n  command: node h.mjs\n');
  for (const id of ['a', 'b']) {
    await writeFile(join(dir, `evals/cases/${id}.yaml`), `id: ${id}\ntitle: t\nguards: 1\nworkflow: w\nseverity: sev1\ninput: {}\nchecks:\n  - type: no_tool_errors\n`);
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a resource limit while loading', () => {
  it('is one actionable line and exit 2, not "unexpected error"', async () => {
    let stderr = '';
    const code = await main(['validate'], { cwd: dir, env: {}, stdout: () => {}, stderr: (t) => (stderr += t), tty: false });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^evalgate: resource limit reached: too many open files for this process \[EMFILE\] \(open .*evals\/cases\/b\.yaml\); raise the open-file limit \(e\.g\. `ulimit -n 4096`\)/);
    expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
