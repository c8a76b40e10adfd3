// The published package, as a user gets it: `npm pack`, installed into an empty project, then
// `npx evalgate validate`, a run and a gate there, and the harness kit imported by its export.
// The tarball holds the bundled CLI (with its lazily loaded chunks and its check worker), the harness kit (with its types), the Python harness
// kit, the JSON schemas and the README only, and installs no dependency (dist/ is bundled with esbuild).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, PROJECT_ROOT } from '../e2e/rig.js';

let dir: string;
let tarball: string;
let installLog: string;
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
const npx = (args: string[], env: Record<string, string> = {}) => spawnSync('npx', ['--no-install', 'evalgate', ...args], { cwd: join(dir, 'project'), encoding: 'utf8', env: { ...process.env, ...env } });

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'evalgate-pack-'));
  const packed = npm(['pack', '--json', '--pack-destination', dir], PROJECT_ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const info = JSON.parse(packed.stdout)[0] as { filename: string; files: Array<{ path: string }> };
  tarball = join(dir, info.filename);
  writeFileSync(join(dir, 'files.json'), JSON.stringify(info.files.map((f) => f.path)));
  const project = join(dir, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
  const installed = npm(['install', '--prefer-offline', tarball], project);
  installLog = installed.stdout + installed.stderr;
  expect(installed.status, installLog).toBe(0);
  // A user's repository: the example harness and cases, committed.
  cpSync(join(PROJECT_ROOT, 'evals'), join(project, 'evals'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'evalgate.yml'), join(project, 'evalgate.yml'));
  const git = (...a: string[]) => execFileSync('git', a, { cwd: project, env: { ...process.env, GIT_AUTHOR_NAME: 'u', GIT_AUTHOR_EMAIL: 'u@example.com', GIT_COMMITTER_NAME: 'u', GIT_COMMITTER_EMAIL: 'u@example.com' } });
  git('init', '-q', '-b', 'main');
  git('add', 'evals', 'evalgate.yml');
  git('commit', '-q', '-m', 'evals');
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the bundled CLI, the schemas and the README, no tests or sources; installs no dependency and no engine warning', () => {
    const files = JSON.parse(readFileSync(join(dir, 'files.json'), 'utf8')) as string[];
    const types = files.filter((f) => f.startsWith('dist/types/'));
    expect(types).toContain('dist/types/harness/index.d.ts');
    expect(types.every((f) => f.endsWith('.d.ts'))).toBe(true);
    // The CLI's lazily loaded chunks (scripts/build.mjs): exactly the ones the build wrote.
    expect(files.filter((f) => f.startsWith('dist/chunks/')).sort()).toEqual(readdirSync(join(PROJECT_ROOT, 'dist/chunks')).map((f) => `dist/chunks/${f}`).sort());
    expect(files.filter((f) => !f.startsWith('dist/types/') && !f.startsWith('dist/chunks/')).sort()).toEqual([
      'README.md',
      'dist/check-worker.js',
      'dist/cli.js',
      'dist/harness.js',
      'harness/python/evalgate_harness.py',
      'package.json',
      'src/schemas/case.schema.json',
      'src/schemas/config.schema.json',
      'src/schemas/results.schema.json',
      'src/schemas/trace.schema.json',
    ]);
    console.log(`tarball: ${(statSync(tarball).size / 1024).toFixed(0)} KiB, ${files.length} files`);
    expect(installLog).toMatch(/added 1 package/);
    expect(installLog).not.toMatch(/EBADENGINE/);
  });

  it('npx evalgate validate, run and gate work in a clean project; a regressed harness blocks', () => {
    const validate = npx(['validate']);
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const run = npx(['run', '--suite', 'benchmark', '--out', 'base.json']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const pass = npx(['gate', '--suite', 'benchmark', '--baseline', 'base.json']);
    expect(pass.status, pass.stdout + pass.stderr).toBe(0);
    const block = npx(['gate', '--suite', 'benchmark', '--baseline', 'base.json'], { EVALGATE_DEMO_VARIANT: 'regressed' });
    expect(block.status, block.stdout + block.stderr).toBe(1);
    expect(block.stdout + block.stderr).toContain('refund-policy-before-payment');
    // A verb whose modules load lazily (the issue loop's chunk) works from the installed package too.
    writeFileSync(join(dir, 'project', 'issue.json'), JSON.stringify({ number: 5, title: 'Refund before policy', body: 'the agent paid first', labels: [] }));
    const scaffold = npx(['scaffold', '--issue-file', 'issue.json']);
    expect(scaffold.status, scaffold.stdout + scaffold.stderr).toBe(0);
    expect(scaffold.stdout).toMatch(/^guards: 5$/m);
  }, 120_000);

  it('init in a Python project copies the shipped Python kit beside its stub, and that harness runs without npm', () => {
    const py = join(dir, 'py-project');
    execFileSync('mkdir', ['-p', py]);
    writeFileSync(join(py, 'pyproject.toml'), '[project]\nname = "acme-agent"\n');
    const cli = join(dir, 'project', 'node_modules', 'evalgate', 'dist', 'cli.js');
    const init = spawnSync(process.execPath, [cli, 'init'], { cwd: py, encoding: 'utf8' });
    expect(init.status, init.stdout + init.stderr).toBe(0);
    expect(readFileSync(join(py, 'evals/harness/evalgate_harness.py'), 'utf8')).toBe(readFileSync(join(PROJECT_ROOT, 'harness/python/evalgate_harness.py'), 'utf8'));
    const run = spawnSync(process.execPath, [cli, 'run', '--suite', 'benchmark'], { cwd: py, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/1 of 1 cases passed every trial/);
  }, 60_000);

  it('exports the harness kit as evalgate/harness, and nothing but the declared entries', () => {
    const project = join(dir, 'project');
    const probe = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' });
    const kit = probe(`const k = await import('evalgate/harness'); console.log(typeof k.harness, typeof k.createRecorder);`);
    expect(kit.stdout.trim(), kit.stderr).toBe('function function');
    const schema = probe(`import { createRequire } from 'node:module'; console.log(createRequire(import.meta.url).resolve('evalgate/schemas/case.schema.json').endsWith('case.schema.json'));`);
    expect(schema.stdout.trim(), schema.stderr).toBe('true');
    const deep = probe(`await import('evalgate/dist/cli.js');`);
    expect(deep.stderr).toMatch(/ERR_PACKAGE_PATH_NOT_EXPORTED/);
  });
});
