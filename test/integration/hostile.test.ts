// Hostile input through the real CLI with real harness processes (issue 9): crashes after a
// trace, lying judges, broken jsonl ids, deep JSON, ReDoS, escaping processes, holdout paths,
// empty globs and broken results files. Each scenario asserts what a user would see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CaseResult, Results } from '../../src/types.js';
import { isAlive, waitDead } from '../trial/helpers.js';
import { baseEnv, caseYaml, configYaml, DIST_CLI, ensureDist, makeTempRepo, readValidResults, spawnCli, STACK_LINE, type TempRepo } from './helpers.js';

const JUDGE_PASS_THEN_EXIT1 = `node -e 'process.stdin.resume(); process.stdin.on("end", () => { console.log(JSON.stringify({ pass: true, reason: "fine" })); process.exit(1); })'`;

describe('a crash after a valid trace is never a pass (exec)', () => {
  let repo: TempRepo;
  let results: Results;
  let code: number;
  const byId = (id: string): CaseResult => results.cases.find((c) => c.id === id)!;

  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml({ retries: 1 }));
    await repo.write('evals/cases/t/exit1.yaml', caseYaml({ id: 'exit1', input: { mode: 'trace-then-exit', code: 1 } }));
    await repo.write('evals/cases/t/throw.yaml', caseYaml({ id: 'throw', input: { mode: 'trace-then-throw' } }));
    await repo.write('evals/cases/t/segv.yaml', caseYaml({ id: 'segv', input: { mode: 'trace-then-segv' } }));
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'ok', input: { mode: 'ok' } }));
    await repo.write(
      'evals/cases/t/lying-judge.yaml',
      caseYaml({ id: 'lying-judge', input: { mode: 'ok' }, checks: `  - type: command\n    run: ${JSON.stringify(JUDGE_PASS_THEN_EXIT1)}` }),
    );
    const run = await repo.cli(['run', '--suite', 'benchmark', '--out', 'r.json']);
    code = run.code;
    expect(run.stderr).not.toMatch(STACK_LINE);
    results = await readValidResults(join(repo.dir, 'r.json'));
  });
  afterAll(() => repo?.cleanup());

  it('exits 1 and passes only the honest case', () => {
    expect(code).toBe(1);
    expect(byId('ok').passes).toBe(1);
  });

  it.each([
    ['exit1', /^harness exited with code 1 after printing a valid trace/],
    ['throw', /^harness exited with code 1 after printing a valid trace/],
    ['segv', /^harness was killed by SIGSEGV after printing a valid trace/],
    ['lying-judge', /printed \{"pass": true\} but exited with code 1/],
  ])('%s is an error (retried), not a pass', (id, reason) => {
    const c = byId(id);
    expect(c.passes).toBe(0);
    expect(c.errors).toBe(1);
    expect(c.trials[0]).toMatchObject({ outcome: 'error', retries: 1, error: expect.stringMatching(reason) });
  });
});

describe('jsonl: broken reply ids are protocol errors; a reply before dying counts', () => {
  let repo: TempRepo;
  let results: Results;
  let ms: number;
  const byId = (id: string): CaseResult => results.cases.find((c) => c.id === id)!;

  beforeAll(async () => {
    repo = await makeTempRepo();
    // One retry: a request sent to a worker in the moment between its reply and its death errors
    // (the worker died while running it) and is retried on a fresh worker.
    await repo.write('evalgate.yml', configYaml({ protocol: 'jsonl', timeoutMs: 20_000, retries: 1, concurrency: 1 }));
    await repo.write('evals/cases/t/wrong.yaml', caseYaml({ id: 'wrong-id', input: { badId: 'wrong' } }));
    await repo.write('evals/cases/t/missing.yaml', caseYaml({ id: 'missing-id', input: { badId: 'missing' } }));
    await repo.write('evals/cases/t/die.yaml', caseYaml({ id: 'reply-then-die', input: { mode: 'reply-then-die' }, trials: 2 }));
    const t0 = Date.now();
    const run = await repo.cli(['run', '--suite', 'benchmark', '--out', 'r.json']);
    ms = Date.now() - t0;
    expect(run.stderr).not.toMatch(STACK_LINE);
    results = await readValidResults(join(repo.dir, 'r.json'));
  });
  afterAll(() => repo?.cleanup());

  it.each([
    ['wrong-id', /^jsonl protocol violation: reply carries the unknown id "some-other-request"/],
    ['missing-id', /^jsonl protocol violation: reply has no "id"/],
  ])('%s: error at once, not fail/timeout', (id, reason) => {
    expect(byId(id).trials[0]).toMatchObject({ outcome: 'error', error: expect.stringMatching(reason) });
    expect(byId(id).trials[0].class).toBeUndefined();
  });

  it('does not wait for the 20 s timeout (two attempts each)', () => {
    expect(ms).toBeLessThan(15_000);
  });

  // Decision (README, "Harness protocol"): in jsonl the reply line is the trial's result; the
  // worker's later exit belongs to no request, so it is replaced and the next trial runs anew.
  it('a worker that dies right after replying: both trials are scored from their replies', () => {
    expect(byId('reply-then-die')).toMatchObject({ passes: 2, runs: 2, errors: 0 });
    expect(byId('reply-then-die').trials[0].retries).toBe(0);
  });
});

describe('deep JSON and ReDoS through `evalgate run` (real processes)', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 20_000, extra: 'redact: ["(a+)+$"]' }));
  });
  afterAll(() => repo?.cleanup());

  it('a trace nested 100,000 levels is that trial\'s error; the other cases still run', async () => {
    await repo.write('evals/cases/t/deep.yaml', caseYaml({ id: 'deep', input: { mode: 'deep', depth: 100_000 } }));
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'ok', input: { mode: 'ok' } }));
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'deep.json']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const r = await readValidResults(join(repo.dir, 'deep.json'));
    expect(r.cases.find((c) => c.id === 'deep')!.trials[0]).toMatchObject({ outcome: 'error', error: expect.stringMatching(/nests deeper than 1000 levels/) });
    expect(r.cases.find((c) => c.id === 'ok')!.passes).toBe(1);
  });

  it('(a+)+$ against 30 a\'s + "!" (output_match and redact) finishes: the case simply fails', async () => {
    await repo.write('evals/cases/t/deep.yaml', caseYaml({ id: 'deep', input: { mode: 'ok' } }));
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'redos', input: { mode: 'text', unit: 'a', times: 30, tail: '!' }, pattern: '(a+)+$' }));
    // V8's backtracking RegExp needs minutes here (and ignores SIGTERM while it runs).
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'redos.json']);
    expect(run.code).toBe(1);
    const r = await readValidResults(join(repo.dir, 'redos.json'));
    const c = r.cases.find((x) => x.id === 'redos')!;
    expect(c.trials[0]).toMatchObject({ outcome: 'fail', class: 'bad_output' });
    expect(c.trials[0].failures[0].message).toContain('does not match /(a+)+$/');
  }, 30_000);

  it('an output_schema pattern "(a+)+$" against 30 a\'s + "!" finishes too (users\' schema patterns run on RE2)', async () => {
    await repo.write('evals/cases/t/deep.yaml', caseYaml({ id: 'deep', input: { mode: 'ok' } }));
    const checks = '  - type: output_schema\n    schema: { type: object, required: [reply], properties: { reply: { type: string, pattern: "(a+)+$" } } }';
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'redos', input: { mode: 'text', unit: 'a', times: 30, tail: '!' }, checks }));
    // ajv's default engine (V8's RegExp) needs minutes here; the trial would time out instead of failing.
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'schema-redos.json']);
    expect(run.code).toBe(1);
    const r = await readValidResults(join(repo.dir, 'schema-redos.json'));
    const c = r.cases.find((x) => x.id === 'redos')!;
    expect(c.trials[0]).toMatchObject({ outcome: 'fail' });
    expect(c.trials[0].failures[0].message).toMatch(/pattern/);
    // Lookahead in a schema pattern: refused at validate, located at the pattern.
    const bad = '  - type: output_schema\n    schema:\n      type: object\n      properties:\n        reply: { type: string, pattern: "ok(?=!)" }';
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'redos', input: { mode: 'ok' }, checks: bad }));
    const v = await repo.cli(['validate']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('evals/cases/t/ok.yaml:12:41: checks[0].schema: not a valid JSON Schema: pattern "ok(?=!)": invalid or unsupported Perl syntax: `(?=` (patterns run as an RE2 regular expression');
  }, 30_000);

  it('validate accepts the documented (?i) prefix and rejects lookahead with a located message', async () => {
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'ci', input: { mode: 'ok' }, pattern: '(?i)^OK$' }));
    const ok = await repo.cli(['validate']);
    expect(ok.code, ok.stderr).toBe(0);
    const run = await repo.cli(['run', '--suite', 'benchmark', '--case', 'ci']);
    expect(run.code).toBe(0);
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'ci', input: { mode: 'ok' }, pattern: 'ok(?=!)' }));
    const bad = await repo.cli(['validate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('evals/cases/t/ok.yaml:10:14: checks[0].pattern: "ok(?=!)" is not a valid regular expression: invalid or unsupported Perl syntax: `(?=`');
  });
});

describe('no harness process outlives evalgate', () => {
  let repo: TempRepo;
  let pidDir: string;
  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-escape-');
    pidDir = join(repo.dir, 'pids');
    await mkdir(pidDir);
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 60_000, env: { PID_DIR: pidDir } }));
  });
  afterAll(() => repo?.cleanup());

  const escapedPids = async () => (await readdir(pidDir)).filter((f) => f.startsWith('escaped-')).map((f) => Number(f.slice(8)));
  const harnessPids = async () => (await readdir(pidDir)).filter((f) => /^\d+$/.test(f)).map(Number);
  const cleanup = (pids: number[]) => {
    for (const p of pids) if (isAlive(p)) process.kill(p, 'SIGKILL');
  };

  it('a grandchild that called setsid is killed when the run ends', async () => {
    await repo.write('evals/cases/t/escape.yaml', caseYaml({ id: 'escape', input: { mode: 'escape' } }));
    const run = await repo.cli(['run', '--suite', 'benchmark']);
    expect(run.code).toBe(0);
    const pids = await escapedPids();
    expect(pids).toHaveLength(1);
    const dead = await waitDead(pids[0], 2000);
    cleanup(pids);
    expect(dead, 'the setsid daemon survived the run').toBe(true);
  });

  it('kill -9 of evalgate: the watchdog kills the harness and its setsid daemon', async () => {
    for (const f of await readdir(pidDir)) await import('node:fs/promises').then((fs) => fs.rm(join(pidDir, f)));
    await repo.write('evals/cases/t/escape.yaml', caseYaml({ id: 'escape', input: { mode: 'escape', hang: true } }));
    const child = spawn(process.execPath, [DIST_CLI, 'run', '--suite', 'benchmark'], { cwd: repo.dir, env: baseEnv(), stdio: 'ignore' });
    const exited = new Promise<void>((r) => child.on('close', () => r()));
    const end = Date.now() + 15_000;
    while (Date.now() < end && ((await escapedPids()).length === 0 || (await harnessPids()).length === 0)) await new Promise((r) => setTimeout(r, 50));
    const pids = [...(await escapedPids()), ...(await harnessPids())];
    expect(pids).toHaveLength(2);
    child.kill('SIGKILL'); // no handler runs: only the watchdog can clean up
    await exited;
    const survivors: number[] = [];
    for (const p of pids) if (!(await waitDead(p, 3000))) survivors.push(p);
    cleanup(pids);
    expect(survivors, 'harness processes still running after kill -9 of evalgate').toEqual([]);
  });

  it('kill -9 of evalgate: a child that scrubbed the tag but stayed in the group dies with the group', async () => {
    for (const f of await readdir(pidDir)) await import('node:fs/promises').then((fs) => fs.rm(join(pidDir, f)));
    await repo.write('evals/cases/t/escape.yaml', caseYaml({ id: 'escape', input: { mode: 'scrubbed' } }));
    const child = spawn(process.execPath, [DIST_CLI, 'run', '--suite', 'benchmark'], { cwd: repo.dir, env: baseEnv(), stdio: 'ignore' });
    const exited = new Promise<void>((r) => child.on('close', () => r()));
    const scrubbed = async () => (await readdir(pidDir)).filter((f) => f.startsWith('scrubbed-')).map((f) => Number(f.slice(9)));
    const end = Date.now() + 15_000;
    while (Date.now() < end && (await scrubbed()).length === 0) await new Promise((r) => setTimeout(r, 50));
    const pids = await scrubbed();
    expect(pids).toHaveLength(1);
    child.kill('SIGKILL');
    await exited;
    const dead = await waitDead(pids[0], 3000);
    cleanup(pids);
    expect(dead, 'the tag-scrubbed child survived kill -9 of evalgate (the group was not recorded for the watchdog)').toBe(true);
  });
});

describe('holdout bundle paths fail closed', () => {
  let repo: TempRepo;
  let key: string;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 5000 }));
    await repo.write('evals/cases/pub/ok.yaml', caseYaml({ id: 'ok', input: { mode: 'ok' } }));
    key = (await repo.cli(['holdout', 'keygen'])).stdout.trim();
  });
  afterAll(() => repo?.cleanup());

  it('holdout encrypt names the case files and the fixtures in its git rm hint', async () => {
    await repo.write('evals/holdout/fixtures/h 1.json', '{"reply":"ok"}');
    await repo.write('evals/holdout/h/h1.yaml', caseYaml({ id: 'h1', input: { mode: 'ok' }, fixtures: '../fixtures/h 1.json' }));
    const enc = await repo.cli(['holdout', 'encrypt'], { EVALGATE_HOLDOUT_KEY: key });
    expect(enc.code, enc.stderr).toBe(0);
    expect(enc.stderr).toContain("git rm --cached -- evals/holdout/h/h1.yaml 'evals/holdout/fixtures/h 1.json'");
  });

  it.each([['validate'], ['run', '--suite', 'benchmark']])('a directory at evals/holdout.enc with the key set: %s exits 2', async (...argv) => {
    await import('node:fs/promises').then((fs) => fs.rm(join(repo.dir, 'evals/holdout.enc'), { recursive: true, force: true }));
    await mkdir(join(repo.dir, 'evals/holdout.enc/cases'), { recursive: true });
    const r = await repo.cli(argv, { EVALGATE_HOLDOUT_KEY: key });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('evals/holdout.enc: is a directory (expected the encrypted bundle file written by `evalgate holdout encrypt`, or nothing at that path)');
  });
});

describe('inputs that used to say "ok" or point nowhere', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', configYaml());
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'ok', input: { mode: 'ok' } }));
    expect((await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'])).code).toBe(0);
  });
  afterAll(() => repo?.cleanup());

  it.each([['validate'], ['run', '--suite', 'benchmark'], ['gate', '--suite', 'benchmark', '--baseline', 'base.json']])(
    'a cases glob that matches nothing: %s exits 2 naming the glob',
    async (...argv) => {
      await repo.write('evalgate.yml', configYaml({ extra: '' }).replace('cases: evals/cases/**/*.yaml', 'cases: "evals/kases/**/*.yaml"'));
      const r = await repo.cli(argv);
      expect(r.code).toBe(2);
      // Located at the config's `cases:` line.
      expect(r.stderr).toMatch(/evalgate\.yml:\d+:\d+: cases: "evals\/kases\/\*\*\/\*\.yaml" matches no case files/);
      expect(r.stdout).not.toContain('ok:');
    },
  );

  it('compare with two broken results files reports both, at line:col', async () => {
    await repo.write('a.json', '{\n  "schema": "evalgate/results@1",\n  oops\n}\n');
    await repo.write('b.json', '{"schema": "evalgate/results@1",');
    const r = await repo.cli(['compare', '--base', 'a.json', '--head', 'b.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.json:3:3: not valid JSON/);
    expect(r.stderr).toMatch(/b\.json:1:33: not valid JSON/);
    expect(r.stderr).not.toMatch(/position \d+/);
  });

  it('report on a results path that is a directory says so', async () => {
    await mkdir(join(repo.dir, 'results-dir.json'), { recursive: true });
    const r = await repo.cli(['report', 'results-dir.json', '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('results-dir.json: is a directory (expected a JSON file)');
  });
});

// Regression test (issue 23, fixed in src/cli/main.ts openTraceWriter + src/adapters/fs.ts
// openContainedDir): `--keep-traces DIR` wrote DIR/<case>/trial-<n>.json by path, so a harness that
// made DIR/<case> a link to a folder outside had evalgate write its traces there.
describe('--keep-traces never writes through a link the harness planted', () => {
  let repo: TempRepo;
  let outside: TempRepo;
  const PLANT = `import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
const traces = process.env.TRACES, id = process.env.EVALGATE_CASE_ID;
mkdirSync(traces, { recursive: true });
try {
  if (id === 'dir-link') symlinkSync(process.env.OUTSIDE, join(traces, id));
  if (id === 'file-link') { mkdirSync(join(traces, id), { recursive: true }); symlinkSync(join(process.env.OUTSIDE, 'victim.json'), join(traces, id, 'trial-1.json')); }
} catch {}
process.stdout.write(JSON.stringify({ output: { reply: 'ok' }, steps: [] }));
`;
  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-traces-');
    outside = await makeTempRepo('evalgate-outside-');
    await outside.write('victim.json', 'precious\n');
    await repo.write('plant.mjs', PLANT);
    await repo.write(
      'evalgate.yml',
      `harness:\n  command: node plant.mjs\n  env: ${JSON.stringify({ TRACES: join(repo.dir, 'traces'), OUTSIDE: outside.dir })}\ncases: evals/cases/**/*.yaml\nconcurrency: 1\n`,
    );
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'dir-link', input: {}, trials: 2 }));
    await repo.write('evals/cases/t/b.yaml', caseYaml({ id: 'file-link', input: {} }));
  });
  afterAll(async () => {
    await repo?.cleanup();
    await outside?.cleanup();
  });

  it('a link at DIR/<case> is replaced by a folder; a link at a trace file is replaced, not followed', async () => {
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--keep-traces', 'traces']);
    expect(run.code, run.stderr).toBe(0);
    const { lstat, readFile } = await import('node:fs/promises');
    expect(await readdir(outside.dir)).toEqual(['victim.json']);
    expect(await readFile(join(outside.dir, 'victim.json'), 'utf8')).toBe('precious\n');
    expect((await lstat(join(repo.dir, 'traces/dir-link'))).isDirectory()).toBe(true);
    expect((await readdir(join(repo.dir, 'traces/dir-link'))).sort()).toEqual(['trial-1.json', 'trial-2.json']);
    expect((await lstat(join(repo.dir, 'traces/file-link/trial-1.json'))).isFile()).toBe(true);
    expect(JSON.parse(await readFile(join(repo.dir, 'traces/file-link/trial-1.json'), 'utf8')).output).toEqual({ reply: 'ok' });
    expect(run.stderr).toContain(`warning: --keep-traces: traces/dir-link was a symbolic link (to ${JSON.stringify(outside.dir)}); it was removed and a folder made in its place`);
  });

  it('a DIR inside the repository that is a link to outside it is refused before any trial (exit 2)', async () => {
    const { rm, symlink } = await import('node:fs/promises');
    await rm(join(repo.dir, 'traces'), { recursive: true, force: true });
    await symlink(outside.dir, join(repo.dir, 'traces'));
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--keep-traces', 'traces']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--keep-traces "traces" is a symbolic link (or under one) that resolves outside the repository');
    expect(await readdir(outside.dir)).toEqual(['victim.json']);
  });
});

// Regression test (issue 23, fixed in src/adapters/check-pool.ts + check-worker.ts): checks on
// harness output ran on evalgate's main thread with no bound: output_schema with uniqueItems over an
// 80,000-item array ran past 45 s (ajv compares items pairwise), and a recursive anyOf whose branches
// all fail grows exponentially until the heap is gone, killing evalgate. Each trial's checks now run
// in a worker thread under a 5 s deadline and a heap limit: exceeding either is that trial's error.
describe('checks on harness output run under a deadline (real processes)', () => {
  let repo: TempRepo;
  const HARNESS_MJS = `let text = '';
for await (const chunk of process.stdin) text += chunk;
const input = JSON.parse(text);
let output = { reply: 'ok' };
if (input.mode === 'unique') output = { items: Array.from({ length: input.n }, (_, i) => ({ v: i })) };
if (input.mode === 'deep') { let v = null; for (let i = 0; i < input.n; i++) v = { c: v }; output = v; }
const args = input.mode === 'unique-args' ? { ids: Array.from({ length: input.n }, (_, i) => ({ v: i })) } : {};
process.stdout.write(JSON.stringify({ output, steps: [{ type: 'tool', name: 'fetch', args, status: 'ok' }] }));
`;
  // Every branch recurses and fails at the leaf: 2^depth paths (with allErrors, their errors pile up).
  const ANY_OF = '  - type: output_schema\n    schema:\n      $defs:\n        n: { anyOf: [ { type: object, properties: { c: { $ref: "#/$defs/n" } } }, { type: object, required: [c], properties: { c: { $ref: "#/$defs/n" } } } ] }\n      $ref: "#/$defs/n"';
  const UNIQUE = '  - type: output_schema\n    schema: { type: object, properties: { items: { type: array, uniqueItems: true } } }';
  const UNIQUE_ARGS = '  - type: no_tool_errors\n  - type: tool_args\n    tool: fetch\n    schema: { type: object, properties: { ids: { type: array, uniqueItems: true } } }';

  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-deadline-');
    await repo.write('h.mjs', HARNESS_MJS);
    await repo.write('evalgate.yml', 'harness:\n  command: node h.mjs\n  timeout_ms: 60000\n  retries: 0\ncases: evals/cases/**/*.yaml\nconcurrency: 4\n');
    await repo.write('evals/cases/t/unique.yaml', caseYaml({ id: 'unique', input: { mode: 'unique', n: 80_000 }, checks: UNIQUE }));
    await repo.write('evals/cases/t/any-of.yaml', caseYaml({ id: 'any-of', input: { mode: 'deep', n: 26 }, checks: ANY_OF }));
    await repo.write('evals/cases/t/unique-args.yaml', caseYaml({ id: 'unique-args', input: { mode: 'unique-args', n: 80_000 }, checks: UNIQUE_ARGS }));
    await repo.write('evals/cases/t/ok.yaml', caseYaml({ id: 'ok', input: { mode: 'ok' } }));
  });
  afterAll(() => repo?.cleanup());

  it('a quadratic uniqueItems, an exponential anyOf, a tool_args schema: each trial errors naming its check; the run ends; other cases pass', async () => {
    const { spawn: spawnChild } = await import('node:child_process');
    const child = spawnChild(process.execPath, [DIST_CLI, 'run', '--suite', 'benchmark', '--out', 'r.json'], { cwd: repo.dir, env: baseEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), 40_000);
    const t0 = Date.now();
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('close', (c, s) => r([c, s])));
    clearTimeout(killer);
    const ms = Date.now() - t0;
    expect(signal, `evalgate did not finish within 40 s (killed after ${ms} ms)`).toBeNull();
    expect(code, stderr).toBe(1);
    expect(stderr).not.toMatch(STACK_LINE);
    const r = await readValidResults(join(repo.dir, 'r.json'));
    const trial = (id: string) => r.cases.find((c) => c.id === id)!.trials[0];
    expect(trial('unique')).toMatchObject({ outcome: 'error', error: expect.stringMatching(/^output_schema check \(checks\[0\]\) did not finish within 5 s on this trial's output/) });
    expect(trial('unique').trace_excerpt).toBeDefined();
    expect(trial('any-of')).toMatchObject({ outcome: 'error', error: expect.stringMatching(/^output_schema check \(checks\[0\]\) (did not finish within 5 s|needed more than 512 MiB)/) });
    expect(trial('unique-args')).toMatchObject({ outcome: 'error', error: expect.stringMatching(/^tool_args check \(checks\[1\]\) did not finish within 5 s/) });
    expect(r.cases.find((c) => c.id === 'ok')!.passes).toBe(1);
    // The three deadlines run side by side (one worker per concurrent trial), not one after another.
    expect(ms).toBeLessThan(30_000);
  }, 90_000);
});
