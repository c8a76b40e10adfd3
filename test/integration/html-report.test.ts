// Where the CLI writes the HTML report: gate next to report.md, run and baseline next to their
// results, and `report F --format html` reproducing the gate's file from its comparison.json.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempRepo, PROJECT_ROOT, type TempRepo } from './helpers.js';
import { htmlReportPath } from '../../src/cli/main.js';

const dataOf = (html: string) => JSON.parse(/<script type="application\/json" id="evalgate-data">([\s\S]*?)<\/script>/.exec(html)![1]) as { kind: string; rows: Array<{ id: string; st: string; tr?: unknown[] }> };

describe('htmlReportPath', () => {
  it.each([
    ['.evalgate/benchmark/results.json', '.evalgate/benchmark/report.html'],
    ['results.json', 'report.html'],
    ['base.json', 'base.html'],
    ['out/head.JSON', 'out/head.html'],
    ['runs/latest', 'runs/latest.html'],
  ])('%s -> %s', (input, expected) => expect(htmlReportPath(input)).toBe(expected));
});

describe('CLI writes report.html', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-html-');
    await cp(join(PROJECT_ROOT, 'evals'), join(repo.dir, 'evals'), { recursive: true });
    await cp(join(PROJECT_ROOT, 'evalgate.yml'), join(repo.dir, 'evalgate.yml'));
  }, 60_000);
  afterAll(async () => repo?.cleanup());

  it('run --out base.json writes base.html with every visible case, and says where', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('report: base.html');
    const html = await repo.read('base.html');
    expect(html).toMatch(/^<!doctype html>/);
    const data = dataOf(html);
    expect(data.kind).toBe('results');
    const results = JSON.parse(await repo.read('base.json')) as { cases: Array<{ id: string; holdout: boolean }> };
    expect(data.rows.map((x) => x.id).sort()).toEqual(results.cases.filter((c) => !c.holdout).map((c) => c.id).sort());
  }, 60_000);

  it('gate writes report.html beside report.md; report --format html of its comparison.json reproduces it', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate'], { EVALGATE_DEMO_VARIANT: 'regressed' });
    expect(g.code, g.stderr).toBe(1);
    expect(g.stdout).toContain(`report: ${join('gate', 'report.md')} (HTML: ${join('gate', 'report.html')})`);
    const html = await repo.read('gate/report.html');
    const rows = dataOf(html).rows;
    expect(rows[0].st).toBe('regressed');
    // Each case carries its head trials (from results.json written alongside).
    expect(rows.every((x) => Array.isArray(x.tr) && x.tr.length > 0)).toBe(true);
    const again = await repo.cli(['report', 'gate/comparison.json', '--format', 'html']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(html);
    const plain = await repo.cli(['report', 'base.json', '--format', 'html']);
    expect(plain.stdout).toBe(await repo.read('base.html'));
  }, 120_000);

  it('baseline --out b.json writes b.html; --store writes .evalgate/<suite>/report.html', async () => {
    const b = await repo.cli(['baseline', '--suite', 'benchmark', '--out', 'b.json', '--allow-dirty']);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('report: b.html');
    expect(dataOf(await repo.read('b.html')).kind).toBe('results');
    const s = await repo.cli(['baseline', '--suite', 'benchmark', '--store', 'store', '--allow-dirty']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain(`report: ${join('.evalgate', 'benchmark', 'report.html')}`);
    expect(repo.exists('.evalgate/benchmark/report.html')).toBe(true);
  }, 120_000);
});
