// Colour only where a person reads a terminal: piped output (the demo, CI logs, `| less`) and
// NO_COLOR carry no ANSI escape codes. The real-process cases run src/cli.ts under a pseudo-terminal
// (util-linux `script`) and through a pipe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import { baseEnv, caseYaml, configYaml, DIST_CLI, ensureDist, makeTempRepo, PROJECT_ROOT, type TempRepo } from './helpers.js';

const ANSI = /\u001b\[/;
const TSX = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
const CLI = join(PROJECT_ROOT, 'src/cli.ts');
const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe('colour', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-color-');
    await repo.write('evalgate.yml', configYaml());
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'a', input: { mode: 'ok' } }));
    await repo.write('evals/cases/t/b.yaml', caseYaml({ id: 'b', input: { mode: 'ok', reply: 'no' } }));
  });
  afterAll(() => repo?.cleanup());

  async function report(stdoutTty: boolean, env: NodeJS.ProcessEnv = {}): Promise<string> {
    let out = '';
    await main(['run', '--suite', 'benchmark'], { cwd: repo.dir, env: baseEnv(env), stdout: (t) => (out += t), stderr: () => {}, tty: true, stdoutTty });
    return out;
  }

  it('is used on a terminal, and not when stdout is piped even if stderr is a terminal', async () => {
    expect(await report(true)).toMatch(ANSI);
    expect(await report(false)).not.toMatch(ANSI);
  });

  it('is never used with NO_COLOR set', async () => {
    expect(await report(true, { NO_COLOR: '1' })).not.toMatch(ANSI);
  });

  it('real process: piped stdout has no ANSI codes', () => {
    const r = spawnSync(TSX, [CLI, 'run', '--suite', 'benchmark'], { cwd: repo.dir, env: baseEnv(), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 of 2 cases passed/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it.skipIf(!hasScript)('real process on a pseudo-terminal: coloured, and plain with NO_COLOR', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      execFileSync('script', ['-qec', `${TSX} ${CLI} run --suite benchmark; true`, '/dev/null'], { cwd: repo.dir, env: baseEnv(env), encoding: 'utf8' });
    expect(run({})).toMatch(ANSI);
    const plain = run({ NO_COLOR: '1' }).replace(/\r/g, '');
    // The live progress line on the terminal is plain text too.
    expect(plain).not.toMatch(ANSI);
    expect(plain).toMatch(/1 of 2 cases passed/);
  });

  it('npm run demo through a pipe (the quickstart) prints no ANSI codes and blocks the seeded regression of a head commit against the baseline of its base commit', () => {
    ensureDist();
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/demo.mjs')], { cwd: PROJECT_ROOT, env: baseEnv(), encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/The gate blocked the seeded regression/);
    expect(r.stdout + r.stderr).not.toMatch(ANSI);
    // The demo's own repository: the baseline is stored at main's commit, the gate runs on the
    // branch's commit, so the report names two commits (it showed one sha for both).
    const m = /^head ([0-9a-f]{7}) vs baseline ([0-9a-f]{7}) \(directory \.evalgate\/baselines at \2 \(merge-base\)/m.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(m![1]).not.toBe(m![2]);
    const demoRepo = join(PROJECT_ROOT, '.evalgate/demo/repo');
    const gitIn = (...args: string[]) => execFileSync('git', args, { cwd: demoRepo, encoding: 'utf8' }).trim();
    expect(gitIn('rev-parse', '--short', 'main')).toBe(m![2]);
    expect(gitIn('rev-parse', '--short', 'HEAD^')).toBe(m![2]);
    expect(gitIn('rev-parse', '--short', 'HEAD')).toBe(m![1]);
    const cmp = JSON.parse(readFileSync(join(PROJECT_ROOT, '.evalgate/demo/gate/comparison.json'), 'utf8'));
    expect(cmp.base.commit).not.toBe(cmp.head.commit);
    expect(cmp.verdict).toBe('block');
  }, 60_000);
});

// FORCE_COLOR and NO_COLOR as Node reads them (tty.WriteStream#hasColors), through the bundled CLI.
describe('colour settings of the environment (dist/cli.js)', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-color-env-');
    await repo.write('evalgate.yml', configYaml());
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'a', input: { mode: 'ok' } }));
    await repo.write('evals/cases/t/b.yaml', caseYaml({ id: 'b', input: { mode: 'ok', reply: 'no' } }));
  });
  afterAll(() => repo?.cleanup());

  const piped = (env: NodeJS.ProcessEnv) => {
    const r = spawnSync(process.execPath, [DIST_CLI, 'run', '--suite', 'benchmark'], { cwd: repo.dir, env: baseEnv(env), encoding: 'utf8' });
    expect(r.stdout).toMatch(/1 of 2 cases passed/);
    return r.stdout;
  };

  it.each([
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '' }, true],
    [{ FORCE_COLOR: 'true' }, true],
    [{ FORCE_COLOR: '3' }, true],
    // A supported FORCE_COLOR wins over NO_COLOR, as in Node.
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: 'false' }, false],
    [{}, false],
  ])('piped stdout with %j: coloured %s', (env, coloured) => {
    expect(ANSI.test(piped(env))).toBe(coloured);
  });

  it.skipIf(!hasScript)('on a pseudo-terminal: FORCE_COLOR=0, NO_COLOR (even empty) and NODE_DISABLE_COLORS turn colour off', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      execFileSync('script', ['-qec', `${process.execPath} ${DIST_CLI} run --suite benchmark; true`, '/dev/null'], { cwd: repo.dir, env: baseEnv(env), encoding: 'utf8' });
    expect(run({})).toMatch(ANSI);
    for (const env of [{ FORCE_COLOR: '0' }, { NO_COLOR: '' }, { NODE_DISABLE_COLORS: '1' }, { TERM: 'dumb' }]) expect(run(env), JSON.stringify(env)).not.toMatch(ANSI);
  });
});
