// `evalgate history` over a real store written by `evalgate baseline` on three commits of main.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT, git, makeTempRepo, STACK_LINE, type TempRepo } from './helpers.js';

const STOCH = join(PROJECT_ROOT, 'test/fixtures/stochastic-harness.mjs');
const caseYaml = (id: string) =>
  `id: ${id}\ntitle: Case ${id}\nguards: 42\nworkflow: refund\nseverity: sev1\nfailure_class: bad_output\nsuites: [benchmark]\ninput: { p: 1 }\nchecks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n`;

describe('evalgate history', () => {
  let repo: TempRepo;
  const commits: string[] = [];

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-history-');
    await repo.write('evalgate.yml', `harness:\n  command: node ${JSON.stringify(STOCH)}\n  protocol: jsonl\n`);
    await repo.write('evals/cases/refund/steady.yaml', caseYaml('steady'));
    await repo.write('evals/cases/refund/breaks.yaml', caseYaml('breaks'));
    await repo.write('.gitignore', '.evalgate/\n');
    git(repo.dir, 'init', '-q', '-b', 'main');
    for (const [i, env] of [{}, {}, { STOCH_DROP_CASE: 'breaks', STOCH_DROP: '1' }].entries()) {
      await repo.write('agent.txt', `v${i}\n`);
      git(repo.dir, 'add', '-A');
      git(repo.dir, 'commit', '-q', '-m', `c${i}`);
      commits.push(git(repo.dir, 'rev-parse', 'HEAD'));
      const b = await repo.cli(['baseline', '--suite', 'benchmark'], env);
      expect(b.code, b.stdout + b.stderr).toBe(0);
    }
  }, 120_000);
  afterAll(async () => repo?.cleanup());

  it('json: every stored run in order, and the commit where the failing case started', async () => {
    const r = await repo.cli(['history', '--suite', 'benchmark', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const h = JSON.parse(r.stdout);
    expect(h.commits.map((c: { commit: string }) => c.commit)).toEqual(commits);
    const breaks = h.cases.find((c: { id: string }) => c.id === 'breaks');
    expect(breaks.failing_since).toBe(commits[2]);
    expect(breaks.points.map((p: { passes: number; runs: number }) => `${p.passes}/${p.runs}`)).toEqual(['3/3', '3/3', '0/1']);
    expect(h.cases[0].id).toBe('breaks');
  });

  it('md: a compact table naming the case, its guard and the commit; html: one self-contained page', async () => {
    const md = await repo.cli(['history', '--suite', 'benchmark']);
    expect(md.stdout).toContain('3 stored run(s)');
    expect(md.stdout).toMatch(new RegExp(`\\| \`breaks\` \\| #\u200b?42 \\| \`██▁\` \\| 0\\.0% \\| \`${commits[2].slice(0, 7)}\` \\|`));
    const html = await repo.cli(['history', '--suite', 'benchmark', '--format', 'html', '--out', 'history.html']);
    expect(html.code).toBe(0);
    const page = await repo.read('history.html');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|https?:\/\//i);
    expect(page).toContain('<polyline');
  });

  it('an empty store says so; bad flags are usage errors', async () => {
    const none = await repo.cli(['history', '--suite', 'coverage']);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/has no stored coverage runs for branch main/);
    const bad = await repo.cli(['history', '--suite', 'benchmark', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format "pdf" is not a format');
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});
