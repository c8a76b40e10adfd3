// What a gate cost, as every report shows it: harness runs (retried errors included), agent time, tokens, cost.
import { describe, expect, it } from 'vitest';
import { computeSpend } from '../../src/results/spend.js';
import { compareResults } from '../../src/comparison/compare.js';
import { renderComparisonText } from '../../src/surfaces/text.js';
import { renderComparisonMarkdown } from '../../src/surfaces/markdown.js';
import { caseResult, gate, results } from './helpers.js';

describe('computeSpend', () => {
  it.each<[string, string[], { harness_runs: number; tokens: number }]>([
    ['no cases', [], { harness_runs: 0, tokens: 0 }],
    ['one passing trial', ['p'], { harness_runs: 1, tokens: 10 }],
    ['an errored trial counts its two retried attempts', ['e'], { harness_runs: 3, tokens: 10 }],
    ['several cases', ['ppf', 'pe'], { harness_runs: 3 + 2 + 2, tokens: 50 }],
  ])('%s', (_, patterns, want) => {
    const r = results(patterns.map((p, i) => caseResult(`c${i}`, p, {}, { latency: 1000, cost: 0.5 })));
    const s = computeSpend(r);
    expect(s).toMatchObject(want);
    const trials = patterns.join('').length;
    expect(s.agent_ms).toBe(1000 * trials);
    expect(s.cost_usd).toBeCloseTo(0.5 * trials, 9);
  });

  it('is in comparison.json for both sides, and on the terminal and Markdown reports', () => {
    const base = results([caseResult('a', 'ppp', {}, { latency: 2000, cost: 0.01 })]);
    const head = results([caseResult('a', 'pp', {}, { latency: 2000, cost: 0.01 })]);
    const cmp = compareResults(base, head, { gate: gate(), baseSource: 'file', allowGuardRemoval: false });
    expect(cmp.spend).toEqual({ head: { harness_runs: 2, agent_ms: 4000, tokens: 20, cost_usd: 0.02 }, base: { harness_runs: 3, agent_ms: 6000, tokens: 30, cost_usd: 0.03 } });
    expect(renderComparisonText(cmp, { color: false })).toContain('spend: this gate 2 harness runs, 4.00 s agent time, 20 tokens, $0.0200; its baseline 3 harness runs, 6.00 s agent time, 30 tokens, $0.0300');
    expect(renderComparisonMarkdown(cmp)).toContain('Spend: this gate 2 harness runs, 4.00 s agent time, 20 tokens, $0.0200; its baseline 3 harness runs');
  });
});
