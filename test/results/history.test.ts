// The history of every guard: pass rate per stored run, where a failing case started, rendered inert.
import { describe, expect, it } from 'vitest';
import { buildHistory } from '../../src/results/history.js';
import { renderHistoryHtml, renderHistoryMarkdown, renderSparkline } from '../../src/surfaces/history.js';
import { caseResult, results } from './helpers.js';
import type { Results } from '../../src/types.js';

function run(commit: string, at: string, cases: Array<[string, string]>, holdout: Array<[string, string]> = []): Results {
  const r = results([...cases.map(([id, p]) => caseResult(id, p)), ...holdout.map(([id, p]) => caseResult(id, p, { holdout: true }))], { commit: commit.repeat(40).slice(0, 40) });
  return { ...r, created_at: at };
}

describe('buildHistory', () => {
  const runs = [
    run('c', '2026-12-03T00:00:00Z', [['a', 'ppp'], ['b', 'pfp']]),
    run('a', '2026-12-01T00:00:00Z', [['a', 'ppp'], ['b', 'ppp']], [['h', 'pp']]),
    run('b', '2026-12-02T00:00:00Z', [['a', 'ppp'], ['b', 'fff']]),
    run('d', '2026-12-04T00:00:00Z', [['a', 'ppp']]),
  ];
  const h = buildHistory('benchmark', runs);

  it('orders runs by time, aligns every case with them, and finds where a failing case started', () => {
    expect(h.commits.map((c) => c.commit[0])).toEqual(['a', 'b', 'c', 'd']);
    const b = h.cases.find((c) => c.id === 'b')!;
    expect(b.points.map((p) => (p === null ? null : `${p.passes}/${p.runs}`))).toEqual(['3/3', '0/3', '2/3', null]);
    // Latest run with the case (c) failed, and so did b before it; a passed in a.
    expect(b.failing_since![0]).toBe('b');
    expect(b.latest_rate).toBeCloseTo(2 / 3);
    expect(h.cases.find((c) => c.id === 'a')!.failing_since).toBeNull();
    // Failing cases first.
    expect(h.cases.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('never shows a holdout case, only the aggregate rate', () => {
    expect(h.cases.some((c) => c.id.startsWith('holdout'))).toBe(false);
    expect(h.holdout_rates).toEqual([1, null, null, null]);
    expect(h.commits[0].cases).toBe(2);
  });

  it('keeps the newest runs and says how many were left out', () => {
    const short = buildHistory('benchmark', runs, 2);
    expect(short.commits.map((c) => c.commit[0])).toEqual(['c', 'd']);
    expect(short.truncated).toBe(2);
  });

  it.each<[Array<null | [number, number]>, string]>([
    [[[3, 3], [0, 3], null, [0, 0]], '█▁·!'],
    [[[1, 2], [7, 8]], '▄▇'],
  ])('sparkline %j -> %s', (pts, want) => {
    expect(renderSparkline(pts.map((p) => (p === null ? null : { passes: p[0], runs: p[1], errors: p[1] === 0 ? 1 : 0 })))).toBe(want);
  });

  it('renders Markdown and HTML inert whatever a stored title says', () => {
    const hostile = run('e', '2026-12-05T00:00:00Z', [['x', 'f']]);
    hostile.cases[0].title = '</td><script>alert(1)</script> @team #12 <!-- evalgate:x -->';
    const hh = buildHistory('benchmark', [hostile]);
    const md = renderHistoryMarkdown(hh);
    expect(md).not.toContain('<script>');
    expect(md).toContain('| `x` |');
    const html = renderHistoryHtml(hh);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;/td&gt;&lt;script&gt;');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'"/);
    expect(renderHistoryMarkdown(buildHistory('coverage', []))).toContain('No stored runs of the coverage suite yet.');
  });
});
