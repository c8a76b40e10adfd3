// Suites at scale: 20,000 case files (and 2,000 fixtures) load and run under a tight open-file
// limit (test/cli/resource-limit.test.ts covers a limit reached anyway).
// Runs the bundled CLI (dist/cli.js, as users run it) as a subprocess so `ulimit -n` applies to it
// alone; the TypeScript loader of a from-source run opens a varying number of files under load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_CLI, baseEnv, ensureDist, readValidResults } from './helpers.js';

const N = 20_000;
// Each step takes 5-15 s on an idle 2-core machine; the margin is for a loaded one.
const SLOW = { timeout: 240_000 };

const JSONL_HARNESS = `import { createInterface } from 'node:readline';
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { id, input } = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id, output: { reply: input.q === 'q-13' ? 'no' : 'ok' }, steps: [] }) + '\\n');
}
`;

/** Writes N cases spread over folders of 1,000, each group of 10 reading its own JSON fixture. */
function writeRepo(dir: string): void {
  writeFileSync(join(dir, 'h.mjs'), JSONL_HARNESS);
  writeFileSync(join(dir, 'evalgate.yml'), 'harness:\n  command: node h.mjs\n  protocol: jsonl\n  retries: 0\ncases: evals/cases/**/*.yaml\nconcurrency: 2\n');
  for (let i = 0; i < N; i++) {
    const group = String(Math.floor(i / 1000));
    if (i % 1000 === 0) {
      mkdirSync(join(dir, 'evals/cases', group), { recursive: true });
      mkdirSync(join(dir, 'evals/fixtures', group), { recursive: true });
    }
    // 2,000 fixtures (one per 10 cases): far more than the open-file limit, fewer files to write.
    if (i % 10 === 0) writeFileSync(join(dir, 'evals/fixtures', group, `f-${i / 10}.json`), `{"n": ${i}}`);
    writeFileSync(
      join(dir, 'evals/cases', group, `c-${i}.yaml`),
      `id: c-${i}\ntitle: case ${i}\nguards: ${i + 1}\nworkflow: w\nseverity: sev2\ninput: { q: q-${i} }\nfixtures: ../../fixtures/${group}/f-${Math.floor(i / 10)}.json\n` +
        `checks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n  - type: output_schema\n    schema: { type: object, required: [reply] }\n`,
    );
  }
}

/** `evalgate argv` from source under `ulimit -n nofile`. */
function cliUnderLimit(dir: string, nofile: number, argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', `ulimit -n ${nofile} && exec "$@"`, 'sh', process.execPath, DIST_CLI, ...argv], {
      cwd: dir,
      env: baseEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe(`a suite of ${N} case files`, () => {
  let dir: string;
  beforeAll(async () => {
    ensureDist();
    dir = await mkdtemp(join(tmpdir(), 'evalgate-scale-'));
    writeRepo(dir);
  }, SLOW.timeout);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // Node needs a few dozen descriptors to start; 96 leaves room for that, far below the 22,000
  // files: loading holds one at a time.
  it('validates every case and fixture with at most 96 open files', SLOW, async () => {
    const r = await cliUnderLimit(dir, 96, ['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`ok: evalgate\\.yml and ${N} case\\(s\\) are valid`));
  });

  it('runs every case through jsonl workers under the same limit and records one trial each', SLOW, async () => {
    const r = await cliUnderLimit(dir, 256, ['run', '--suite', 'coverage', '--out', 'r.json']);
    expect(r.stderr).not.toMatch(/unexpected|EMFILE/);
    expect(r.code).toBe(1); // c-13 fails its output_match
    const results = await readValidResults(join(dir, 'r.json'));
    expect(results.cases).toHaveLength(N);
    expect(results.totals).toMatchObject({ runs: N, passes: N - 1 });
    expect(results.cases.find((c) => c.id === 'c-13')?.passes).toBe(0);
  });
});
