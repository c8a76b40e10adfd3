// `gate --base-ref` applies the action's trust rules (SPEC 7) through the same engine function: in
// a real git repository with a real harness process, a branch that weakens the guard, turns errors
// into warnings, sets alpha to 1e-7 or edits the committed baseline is still blocked, and a changed
// harness is flagged from what to what. The working tree plays the branch (edits on top of main).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Comparison, Results } from '../../src/types.js';
import { caseYaml, git, makeTempRepo, type TempRepo } from './helpers.js';

// A small real harness: behaviour comes from harness.env (the branch's to change).
const AGENT = `import { readFileSync } from 'node:fs';
JSON.parse(readFileSync(0, 'utf8'));
const b = process.env.BEHAVIOUR ?? 'ok';
if (b === 'crash') { process.stderr.write('agent crashed\\n'); process.exit(1); }
const fx = process.env.EVALGATE_FIXTURES ? JSON.parse(readFileSync(process.env.EVALGATE_FIXTURES, 'utf8')) : {};
// A fixture (a recorded tool response) can steer the agent: fx.steer is what the broken agent says.
const reply = b === 'wrong' ? (fx.steer ?? 'broken') : (fx.reply ?? 'ok');
process.stdout.write(JSON.stringify({ output: { reply }, steps: [{ type: 'tool', name: 'lookup', args: {}, status: 'ok' }] }));
`;

function config(opts: { env?: Record<string, string>; gate?: string; command?: string } = {}): string {
  return [
    'harness:',
    `  command: ${opts.command ?? 'node agent.mjs'}`,
    '  timeout_ms: 5000',
    '  retries: 0',
    ...(opts.env ? [`  env: ${JSON.stringify(opts.env)}`] : []),
    'cases: evals/cases/**/*.yaml',
    'concurrency: 2',
    'max_trials: 10',
    ...(opts.gate ? ['gate:', opts.gate] : []),
  ].join('\n') + '\n';
}

const DET = 'evals/cases/t/guard-det.yaml';
const STAT = 'evals/cases/t/guard-stat.yaml';
const FIX = 'evals/cases/t/guard-fixture.yaml';

describe('gate --base-ref gates a change with the base commit definitions and settings', () => {
  let repo: TempRepo;
  let base: string;

  const gate = async (out: string, extra: string[] = []) => {
    const r = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'baselines/benchmark.json', '--base-ref', 'main', '--out', out, ...extra]);
    const cmp = JSON.parse(await repo.read(`${out}/comparison.json`)) as Comparison;
    return { ...r, cmp, md: await repo.read(`${out}/report.md`) };
  };
  const row = (cmp: Comparison, id: string) => cmp.cases.find((c) => c.id === id)!;

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-trust-');
    await repo.write('agent.mjs', AGENT);
    await repo.write('evalgate.yml', config());
    await repo.write(DET, caseYaml({ id: 'guard-det', input: {}, guards: 11 }));
    await repo.write(STAT, caseYaml({ id: 'guard-stat', input: {}, guards: 12, trials: 5 }));
    await repo.write('evals/fixtures/f.json', '{"reply":"ok"}\n');
    await repo.write(FIX, caseYaml({ id: 'guard-fixture', input: {}, guards: 13, fixtures: '../../fixtures/f.json' }));
    await repo.write('.gitignore', 'out-*/\n.evalgate/\n');
    git(repo.dir, 'init', '-q');
    // The baseline is committed in the repository, where a branch could edit it.
    const run = await repo.cli(['run', '--suite', 'benchmark', '--out', 'baselines/benchmark.json']);
    expect(run.code, run.stderr).toBe(0);
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'base');
    base = git(repo.dir, 'rev-parse', 'HEAD');
    git(repo.dir, 'checkout', '-q', '-b', 'feature');
  }, 60_000);
  afterAll(async () => repo?.cleanup());
  beforeEach(() => {
    git(repo.dir, 'checkout', '-q', '--', '.');
  });

  it('an unchanged branch is skipped by the action\'s rule; with a harness edit it gates and passes against the committed baseline', async () => {
    const skipped = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'baselines/benchmark.json', '--base-ref', 'main', '--out', 'out-skip']);
    expect(skipped.code, skipped.stdout + skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('skipped: this change touches no file, none of it the harness (the whole repository, plus the 1 file(s) the harness command loads)');
    await repo.write('agent.mjs', `${AGENT}\n// same behaviour\n`);
    const g = await gate('out-clean');
    expect(g.code, g.stdout + g.stderr).toBe(0);
    expect(g.cmp.base?.source).toContain(`at the base commit ${base.slice(0, 7)}`);
    expect(g.cmp.harness_changes ?? []).toEqual([]);
  });

  it('a weakened guard does not hide a regression: the base definition gates, and the report says so', async () => {
    await repo.write('evalgate.yml', config({ env: { BEHAVIOUR: 'wrong' } }));
    await repo.write(DET, caseYaml({ id: 'guard-det', input: {}, guards: 11, pattern: '.*' }));
    await repo.write(STAT, caseYaml({ id: 'guard-stat', input: {}, guards: 12, trials: 5, pattern: '.*' }));
    await repo.write(FIX, caseYaml({ id: 'guard-fixture', input: {}, guards: 13, fixtures: '../../fixtures/f.json', pattern: '.*' }));
    const trusted = await gate('out-weak');
    expect(trusted.code, trusted.stdout).toBe(1);
    expect(row(trusted.cmp, 'guard-det')).toMatchObject({ status: 'regressed', modified: true, blocking: true });
    expect(trusted.md).toContain('the base definition gated');
    // Both definitions travel with the row, for reviewers: the base one that gated and the branch's.
    const defs = row(trusted.cmp, 'guard-det').definitions!;
    expect(JSON.parse(defs.base).checks[0].pattern).not.toBe('.*');
    expect(JSON.parse(defs.head).checks[0].pattern).toBe('.*');
    expect(JSON.parse(defs.head)).not.toHaveProperty('definition_hash');
    const html = await repo.read('out-weak/report.html');
    expect(html).toContain('"defs":{"b":');
    expect(row(trusted.cmp, 'guard-stat').definitions).toBeDefined();
    // Control: without --base-ref the working tree's definitions gate (local iteration), which the
    // branch weakened; this is exactly what --base-ref must not do.
    const local = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'baselines/benchmark.json', '--out', 'out-weak-local']);
    expect(local.code, local.stdout).toBe(0);
  });

  it('gate.on_error: warn in the branch does not turn a crashing harness into a pass', async () => {
    await repo.write('evalgate.yml', config({ env: { BEHAVIOUR: 'crash' }, gate: '  on_error: warn' }));
    const g = await gate('out-warn');
    expect(g.code, g.stdout).toBe(1);
    expect(row(g.cmp, 'guard-det')).toMatchObject({ status: 'errored', blocking: true });
  });

  it('gate.alpha: 1e-7 in the branch does not make a 5/5 -> 0/5 drop insignificant', async () => {
    await repo.write('evalgate.yml', config({ env: { BEHAVIOUR: 'wrong' }, gate: '  alpha: 0.0000001\n  min_drop: 0.99' }));
    const g = await gate('out-alpha', ['--case', 'guard-stat']);
    expect(g.code, g.stdout).toBe(1);
    expect(row(g.cmp, 'guard-stat')).toMatchObject({ status: 'regressed', blocking: true });
  });

  it('an edited baseline file is read as the base commit has it', async () => {
    await repo.write('evalgate.yml', config({ env: { BEHAVIOUR: 'wrong' } }));
    // The branch rewrites the committed baseline so the guard "already failed" there.
    const doc = JSON.parse(await repo.read('baselines/benchmark.json')) as Results;
    for (const c of doc.cases) {
      for (const t of c.trials) t.outcome = 'fail';
      c.passes = 0;
    }
    await repo.write('baselines/benchmark.json', JSON.stringify(doc));
    const g = await gate('out-baseline', ['--case', 'guard-det']);
    expect(g.code, g.stdout).toBe(1);
    expect(row(g.cmp, 'guard-det')).toMatchObject({ status: 'regressed', blocking: true, base: { passes: 1, runs: 1 } });
  });

  it('an edited fixture is read as the base commit has it', async () => {
    await repo.write('evalgate.yml', config({ env: { BEHAVIOUR: 'wrong' } }));
    // The branch edits the recorded response so the broken agent happens to answer "ok".
    await repo.write('evals/fixtures/f.json', '{"reply":"ok","steer":"ok"}\n');
    const g = await gate('out-fixture', ['--case', 'guard-fixture']);
    expect(g.code, g.stdout).toBe(1);
    expect(row(g.cmp, 'guard-fixture')).toMatchObject({ status: 'regressed', blocking: true });
  });

  it('new cases come from the branch', async () => {
    await repo.write('evals/cases/t/brand-new.yaml', caseYaml({ id: 'brand-new', input: {}, guards: 14 }));
    const g = await gate('out-new');
    expect(g.code, g.stdout).toBe(0);
    expect(row(g.cmp, 'brand-new')).toMatchObject({ status: 'new' });
  });

  it('a changed harness command and env are flagged in every report, from what to what (a warning, not a block)', async () => {
    await repo.write('canned.mjs', "process.stdout.write(JSON.stringify({ output: { reply: 'ok' }, steps: [] }));\n");
    await repo.write('evalgate.yml', config({ command: 'node canned.mjs', env: { MODEL: 'cheap', OPENAI_API_KEY: 'sk-not-for-reports-1234' } }));
    const g = await gate('out-harness');
    expect(g.code, g.stdout).toBe(0);
    expect(g.cmp.harness_changes).toEqual([
      { field: 'harness.command', base: 'node agent.mjs', head: 'node canned.mjs' },
      { field: 'harness.env.MODEL', base: null, head: 'cheap' },
      { field: 'harness.env.OPENAI_API_KEY', base: null, head: '***', hidden: true },
    ]);
    expect(g.md).toMatch(/## ✅ evalgate \/ benchmark: pass.*harness changed/);
    expect(g.md).toContain('### ⚠️ Harness changed in this pull request (3)');
    expect(g.md).toContain('| `harness.command` | `node agent.mjs` | `node canned.mjs` |');
    expect(g.stdout).toContain('HARNESS CHANGED (3)');
    expect(g.stdout).toContain('harness.command: "node agent.mjs" → "node canned.mjs"');
    expect(await repo.read('out-harness/junit.xml')).toContain('name="harness_changed" value="harness.command, harness.env.MODEL, harness.env.OPENAI_API_KEY"');
    for (const f of ['comparison.json', 'report.md', 'junit.xml', 'results.json']) expect(await repo.read(join('out-harness', f))).not.toContain('sk-not-for-reports');
  });
});
