import { describe, expect, it } from 'vitest';
import { renderComparisonText, renderProgress, renderResultsText } from '../../src/surfaces/text.js';
import { errorTrial, failTrial, makeCaseResult, makeComparison, makeResults, makeTotals } from './samples.js';

const ANSI = /\u001b\[/;

describe('renderProgress', () => {
  it.each([
    [{ done: 37, total: 200, failures: 2, errors: 0, elapsedMs: 12_000, etaMs: 51_000 }, '[ 37/200] 2 failing, 0 errors, 00:12 elapsed, ETA 00:51'],
    [{ done: 0, total: 5, failures: 0, errors: 0, elapsedMs: 0, etaMs: null }, '[0/5] 0 failing, 0 errors, 00:00 elapsed, ETA --:--'],
    [{ done: 999, total: 1000, failures: 10, errors: 1, elapsedMs: 3_723_000, etaMs: 4_000 }, '[ 999/1000] 10 failing, 1 error, 1:02:03 elapsed, ETA 00:04'],
  ])('%j', (p, expected) => {
    expect(renderProgress(p)).toBe(expected);
  });
});

describe('renderResultsText', () => {
  const results = makeResults({ passing: 4, failing: 2, erroring: 1, holdout: 1 });

  it('prints totals, failing then erroring cases with first messages, and the passing count', () => {
    const out = renderResultsText(results);
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('pass rate 90.0% (108/120 runs, 2 errors)  pass@3 95.0%  pass^3 82.0%');
    expect(out).toContain('$0.0114 per success  latency p50 820 ms, p95 2.40 s  tokens 123,456');
    expect(out).toContain('failures by class: tool_error 1, bad_decision 6, bad_output 3, timeout 1, cost_blowup 1');
    const iFail = out.indexOf('FAILING (2)');
    const iErr = out.indexOf('ERRORED (1)');
    expect(iFail).toBeGreaterThan(0);
    expect(iErr).toBeGreaterThan(iFail);
    expect(out).toContain('✗ refund-fail-0  #200  1/3  bad_decision\n      trajectory: expected billing.issue_refund');
    expect(out).toContain('! search-error-0  acme/agent#7  1 of 2 trials errored\n      harness exited with code 1 and no trace');
    expect(out).toContain('4 of 7 cases passed every trial.');
    expect(out).toContain('holdout: 93.0% pass rate');
    expect(out).not.toContain('h-0000');
  });

  it('colours only when asked', () => {
    expect(renderResultsText(results, { color: true })).toMatch(ANSI);
    expect(renderResultsText(results, { color: false })).not.toMatch(ANSI);
  });

  it('strips escape sequences coming from harness messages', () => {
    const r = makeResults({ failing: 0, erroring: 0, passing: 0 });
    r.cases.push(makeCaseResult('ansi', [failTrial(1, '\u001b[31mred\u001b[0m\u0007 text\nsecond line')]));
    const out = renderResultsText(r);
    expect(out).not.toMatch(/[\u0000-\u0008\u001b]/);
    expect(out).toContain('trajectory: red text second line');
  });
});

// issue 9: a run where every trial errored printed "pass@0 0.0%" and "1/0 errors".
describe('all-error runs', () => {
  const allError = makeTotals({ runs: 0, passes: 0, errors: 1, pass_rate: 0, pass_at_k: 0, pass_pow_k: 0, k: 0, cases: 1 });

  it('results: no pass rate or pass@k without evaluated runs, and errors counted over trials', () => {
    const results = { ...makeResults({ erroring: 0 }), cases: [makeCaseResult('broken', [errorTrial(1)], { runs: 0, passes: 0, errors: 1 })], totals: allError, holdout_totals: null };
    const out = renderResultsText(results);
    expect(out).toContain('pass rate — (all trials errored: 1 error, none evaluated)');
    expect(out).toContain('! broken  #100  1 of 1 trial errored');
    expect(out).not.toMatch(/pass@0|1\/0/);
  });

  it('comparison: pass@k from the side that has runs, a dash for the side that has none', () => {
    const cmp = { ...makeComparison({ errored: 1 }), head_totals: allError };
    const out = renderComparisonText(cmp);
    expect(out).toContain('pass@3 95.0% → —  pass^3 82.0% → —');
    expect(out).not.toContain('pass@0');
    const none = renderComparisonText({ ...cmp, base_totals: allError });
    expect(none).toContain('pass@k —  (all trials errored)');
  });
});

describe('renderComparisonText', () => {
  it('shows the verdict, regressions first, deltas and every reason', () => {
    const cmp = makeComparison(undefined, { holdout: true });
    const out = renderComparisonText(cmp);
    expect(out.split('\n')[0]).toBe('evalgate benchmark: BLOCKED (5 blocking reasons)');
    expect(out).toContain('head 0123456 vs baseline fedcba9 (stored, main)');
    const order = ['REGRESSED (2)', 'ERRORED (1)', 'REMOVED (1)', 'NEW (1)', 'FIXED (1)', 'FLAKY (1)', 'suite:', 'reasons:'].map((s) => out.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(out).toContain('✗ regressed-case-0 — guards #110 "Case regressed-case-0"  bad_decision  3/3 → 0/3   exact test p = 0.050');
    expect(out).toContain('mean paired diff -1.5 pp ± 0.8 pp (95% CI [-3.1 pp, +0.1 pp]) over 13 paired cases');
    expect(out).toContain('cost per success $0.0100 → $0.0114 (+14.3%)  p95 latency 2.00 s → 2.40 s (+20.0%)');
    expect(out).toContain('holdout: 95.0% → 93.0%');
    expect(out).not.toContain('h-5be0c7a1');
    for (const r of cmp.reasons) expect(out).toContain(`[block] ${r.message}`);
    expect(out).not.toMatch(ANSI);
  });

  it('says PASS with the warning count', () => {
    const cmp = makeComparison({ unchanged: 2 }, { extraReasons: [{ kind: 'budget_latency', blocking: false, message: 'p95 latency +30% (budget 25%)' }] });
    const out = renderComparisonText(cmp, { color: true });
    expect(out).toMatch(ANSI);
    expect(out.replace(/\u001b\[\d+m/g, '')).toMatch(/^evalgate benchmark: PASS \(1 warning\)\n/);
    expect(out.replace(/\u001b\[\d+m/g, '')).toContain('[warn]  p95 latency +30% (budget 25%)');
  });
});

describe('stderrExcerpt', () => {
  it('keeps the last meaningful lines: no stack frames, footer, carets or blank lines', async () => {
    const { stderrExcerpt } = await import('../../src/surfaces/format.js');
    const node = "/repo/agent.js:3\n  JSON.parse(x)\n       ^\n\nSyntaxError: Unexpected token } in JSON\n    at JSON.parse (<anonymous>)\n    at Object.<anonymous> (/repo/agent.js:3:8)\n\nNode.js v22.1.0\n";
    expect(stderrExcerpt(node)).toEqual(['/repo/agent.js:3', '  JSON.parse(x)', 'SyntaxError: Unexpected token } in JSON']);
    const python = 'Traceback (most recent call last):\n  File "agent/run.py", line 3, in <module>\n    import openai\nModuleNotFoundError: No module named \'openai\'\n';
    expect(stderrExcerpt(python, 2)).toEqual(['    import openai', "ModuleNotFoundError: No module named 'openai'"]);
    expect(stderrExcerpt('\u001b[31mred\u001b[39m ' + 'x'.repeat(300), 5, 20)).toEqual([`red ${'x'.repeat(15)}…`]);
    expect(stderrExcerpt('\n\n   \n')).toEqual([]);
  });
});
