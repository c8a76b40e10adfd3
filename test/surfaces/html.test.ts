// The HTML report as a string: untrusted text stays inert (escaped in markup, `<` escaped in the
// JSON data block), the CSP allows exactly the inline blocks it carries, holdout cases never show,
// redaction reaches every part, and evidence stays bounded. The page in a browser:
// html-report.browser.test.ts.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Comparison, Results, TrialRecord } from '../../src/types.js';
import { escapeHtml, jsonForScript, renderComparisonHtml, renderResultsHtml, HTML_EVIDENCE_TRIALS, HTML_LISTED_TRIALS, HTML_MAX_ROWS, HTML_PASSES_LISTED } from '../../src/surfaces/html.js';
import { renderGateFiles } from '../../src/surfaces/files.js';
import { createRedactor, compileRedactPatterns } from '../../src/surfaces/redact.js';
import { errorTrial, failTrial, makeCaseResult, makeComparison, makeResults, makeRow, passTrial } from './samples.js';

const EVIL = '</script><img src=x onerror=alert(1)>';

/** The page's data block, parsed as the page's script parses it. */
function dataOf(html: string): { kind: string; rows: Array<Record<string, any>> } {
  const m = /<script type="application\/json" id="evalgate-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no data block');
  return JSON.parse(m[1]);
}

/** The markup outside the data block (the part a browser parses as HTML). */
function markupOf(html: string): string {
  return html.replace(/<script type="application\/json" id="evalgate-data">[\s\S]*?<\/script>/, '<script type="application/json" id="evalgate-data"></script>');
}

function evilComparison(): { cmp: Comparison; head: Results } {
  const trial: TrialRecord = {
    ...failTrial(1, `step 2 said ${EVIL}`),
    trace_excerpt: JSON.stringify({ output: { reply: EVIL }, steps: [{ type: 'llm', name: 'planner' }, { type: 'tool', name: EVIL, args: { q: EVIL }, status: 'error', error: EVIL }] }),
    stderr_tail: `${EVIL}\n<!-- x -->`,
    warnings: [EVIL],
  };
  const head = makeResults({ passing: 1, failing: 0, erroring: 0 });
  head.cases.unshift(makeCaseResult(EVIL, [trial], { title: EVIL, workflow: EVIL, file: `evals/${EVIL}.yaml` }));
  const cmp = makeComparison({ unchanged: 1 });
  cmp.cases.unshift(makeRow(EVIL, 'regressed', { title: EVIL, workflow: EVIL, message: EVIL, file: `evals/${EVIL}.yaml` }));
  cmp.reasons.push({ kind: 'regressed', blocking: true, message: EVIL, case_id: EVIL }, { kind: 'budget_cost', blocking: false, message: EVIL });
  cmp.notices.push(EVIL);
  cmp.harness_changes = [{ field: 'harness.command', base: 'node a.js', head: EVIL }];
  cmp.verdict = 'block';
  return { cmp, head };
}

describe('HTML report: untrusted text is inert', () => {
  it('escapeHtml escapes markup and quotes and drops bidi/control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\u202e\u0007</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('jsonForScript writes no "<" at all, and parses back to the same value', () => {
    const v = { id: EVIL, s: '<!-- \u2028 \u2029 -->' };
    const text = jsonForScript(v);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(v);
  });

  it('a case id, title, message, output, step, stderr and warning holding </script><img onerror> add no element: two script blocks, no img, the data parses back', () => {
    const { cmp, head } = evilComparison();
    const html = renderComparisonHtml(cmp, head, { issueTitles: new Map([['123', EVIL]]) });
    // Exactly the data block and the inline script; nothing else opens or closes a script or an img.
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(html).not.toMatch(/<img/i);
    expect(markupOf(html)).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    const row = dataOf(html).rows.find((r) => r.id === EVIL)!;
    expect(row).toBeDefined();
    expect(row.t).toBe(EVIL);
    expect(row.msg).toBe(EVIL);
    const e = row.tr[0].e;
    expect(e.out).toContain(EVIL);
    expect(e.steps[1].nm).toBe(EVIL);
    expect(e.stderr).toContain(EVIL);
    expect(e.warn).toEqual([EVIL]);
  });

  it('an issue link that is not http(s) (javascript:, data:) is never a link', () => {
    const cmp = makeComparison({ regressed: 1 });
    const html = renderComparisonHtml(cmp, undefined, { issueUrl: () => 'javascript:alert(1)', runUrl: 'data:text/html,x' });
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('data:text');
    expect(dataOf(html).rows[0].gu).toBeUndefined();
    const ok = renderComparisonHtml(cmp, undefined, { issueUrl: (r) => `https://github.com/acme/agent/issues/${r}` });
    expect(dataOf(ok).rows[0].gu).toBe('https://github.com/acme/agent/issues/100');
  });

  it('the CSP allows exactly the inline stylesheet and script by their sha256, and nothing from anywhere', () => {
    const html = renderComparisonHtml(makeComparison(), undefined);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect(csp).toContain(`default-src 'none'`);
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).toContain(`script-src ${hash(script)};`);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    // No attribute handlers or style attributes anywhere (the CSP would refuse them).
    expect(markupOf(html)).not.toMatch(/\son[a-z]+=|\sstyle=/i);
  });
});

describe('HTML report: content', () => {
  it('verdict first, then the harness change, reasons, cases, suite, budgets, spend, holdout aggregate and baseline', () => {
    const cmp = makeComparison({ regressed: 1, unchanged: 2 }, { holdout: true });
    cmp.harness_changes = [{ field: 'harness.env.MODEL', base: 'gpt-a', head: 'gpt-b' }];
    cmp.spend = { head: { harness_runs: 19, agent_ms: 44_060, tokens: 52_218, cost_usd: 0.1889 }, base: { harness_runs: 7, agent_ms: 13_210, tokens: 15_290, cost_usd: 0.0086 } };
    const html = renderComparisonHtml(cmp, undefined);
    const order = ['id="verdict"', 'id="harness-changes"', 'id="reasons"', 'id="cases"', 'id="suite"', 'id="budgets"', 'id="spend"', 'id="holdout"', 'id="baseline"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toMatch(/<h1><span class="badge blocking">blocked<\/span> evalgate \/ benchmark: blocked — 1 regression · ⚠ harness changed<\/h1>/);
    expect(html).toContain('19 harness runs, 44.06 s agent time, 52,218 tokens, $0.1889');
    expect(html).toContain('7 harness runs, 13.21 s agent time, 15,290 tokens, $0.0086');
    expect(html).toContain('<code>harness.env.MODEL</code>');
    expect(html).toContain('+14.3%');
  });

  it('holdout cases are aggregate only: no row, no id, and their count in the summary', () => {
    const cmp = makeComparison({ regressed: 1 }, { holdout: true });
    const head = makeResults({ holdout: 2 });
    const html = renderComparisonHtml(cmp, head);
    expect(html).not.toContain('h-5be0c7a1');
    expect(html).not.toMatch(/h-000\d9f3a/);
    expect(dataOf(html).rows.map((r) => r.id)).toEqual(['regressed-case-0']);
    expect(html).toContain('(+1 holdout)');
    expect(html).toMatch(/<h2>Holdout<\/h2>[\s\S]*95\.0% \(40 runs\)/);
    const results = renderResultsHtml(head);
    expect(results).not.toMatch(/h-000\d9f3a/);
    expect(results).toMatch(/Holdout pass rate <strong>93\.0%<\/strong>/);
  });

  it('rows: blocking first by status, each with guards, class, base and head, MDE and decision, cost and median latency; the first opens', () => {
    const cmp = makeComparison({ unchanged: 1, fixed: 1, regressed: 1 });
    const reg = cmp.cases.find((c) => c.status === 'regressed')!;
    Object.assign(reg, { decided_by: 'deterministic', mde: null, kind: 'deterministic' });
    const fixed = cmp.cases.find((c) => c.status === 'fixed')!;
    Object.assign(fixed, { mde: 0.183 });
    const head = makeResults({ passing: 0, failing: 0, erroring: 0 });
    head.cases.push(makeCaseResult(reg.id, [failTrial(1), failTrial(2), failTrial(3)]));
    const rows = dataOf(renderComparisonHtml(cmp, head, { issueTitles: new Map([[String(reg.guards), 'Refund before policy']]) })).rows;
    expect(rows.map((r) => r.st)).toEqual(['regressed', 'fixed', 'unchanged']);
    expect(rows[0]).toMatchObject({ blk: 1, open: 1, g: `guards #${reg.guards}`, gt: 'Refund before policy', cls: 'bad_decision', b: '3/3 (44–100%)', h: '0/3 (0–56%)', dec: 'deterministic', cost: '$0.0180', lat: '1.40 s' });
    // A deterministic decision blocks on one failure: no detectable-drop column.
    expect(rows[0].mde).toBeUndefined();
    expect(rows[0].decFull).toMatch(/^deterministic case: passed every base trial, failed all 3 head trials/);
    // Three trials failing the same way: the message once, then "same as above".
    expect(rows[0].tr.map((t: any) => [t.m === undefined, t.s])).toEqual([[false, undefined], [true, 1], [true, 1]]);
    expect(rows[1]).toMatchObject({ mde: '18%', mdeFull: 'detects a drop of 18%' });
    expect(rows[1].open).toBeUndefined();
  });

  it('a failing trial keeps its failures, steps with the pointed step marked and latency bars, output and stderr', () => {
    const trace = {
      output: { reply: 'refunded' },
      steps: [
        { type: 'llm', name: 'planner', model: 'm-1', input_tokens: 900, output_tokens: 60, cost_usd: 0.001, latency_ms: 300 },
        { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812' }, result: { ok: true }, status: 'ok', latency_ms: 100 },
        { type: 'tool', name: 'shipping.track', args: { n: '4417' }, status: 'error', error: 'HTTP 404', latency_ms: 100 },
      ],
    };
    const t: TrialRecord = { ...failTrial(1, 'shipping.track failed at step 3: HTTP 404'), trace_excerpt: JSON.stringify(trace) };
    const rows = dataOf(renderResultsHtml({ ...makeResults({ passing: 0, failing: 0, erroring: 0 }), cases: [makeCaseResult('c', [t])] })).rows;
    const e = rows[0].tr[0].e;
    expect(e.fails.map((f: any) => f.ty)).toEqual(['trajectory', 'tool_not_called']);
    expect(e.steps.map((s: any) => s.n)).toEqual([1, 2, 3]);
    expect(e.steps[0]).toMatchObject({ ty: 'llm', nm: 'planner', md: 'm-1', k: '900 in / 60 out tokens', u: '$0.0010', l: '300 ms', x: 0, w: 0.6 });
    expect(e.steps[1]).toMatchObject({ a: '{\n  "order_id": "8812"\n}', r: '{\n  "ok": true\n}', x: 0.6, w: 0.2 });
    expect(e.steps[1].mk).toBeUndefined();
    expect(e.steps[2]).toMatchObject({ st: 'error', er: 'HTTP 404', mk: ['trajectory: shipping.track failed at step 3: HTTP 404'] });
    expect(e.out).toBe('{\n  "reply": "refunded"\n}');
    expect(e.stderr).toBe('WARN retrying planner\n');
  });

  it('a trace excerpt cut mid-step keeps the whole steps before the cut and says the rest was cut', () => {
    const full = JSON.stringify({ output: {}, steps: Array.from({ length: 30 }, (_, i) => ({ type: 'tool', name: `t${i + 1}`, args: { i }, status: 'ok' })) });
    const t: TrialRecord = { ...failTrial(1), trace_excerpt: `${full.slice(0, 600)} …[truncated, ${full.length} chars]` };
    const e = dataOf(renderResultsHtml({ ...makeResults({ passing: 0, failing: 0, erroring: 0 }), cases: [makeCaseResult('c', [t])] })).rows[0].tr[0].e;
    expect(e.cut).toBe(1);
    expect(e.steps.length).toBeGreaterThan(5);
    expect(e.steps.length).toBeLessThan(30);
  });

  it('a comparison rendered without its head results shows the row\'s own evidence', () => {
    const cmp = makeComparison({ regressed: 1 });
    cmp.cases[0].evidence = `${JSON.stringify({ output: { a: 1 }, steps: [{ type: 'tool', name: 'x', status: 'ok' }, { type: 'tool', name: 'y', status: 'ok' }] })}\n--- stderr ---\nboom`;
    cmp.cases[0].message = 'y was called 1 time (step 2); expected never';
    const row = dataOf(renderComparisonHtml(cmp, undefined)).rows[0];
    expect(row.tr).toBeUndefined();
    expect(row.ev.steps[1]).toMatchObject({ nm: 'y', mk: ['failing check: y was called 1 time (step 2); expected never'] });
    expect(row.ev.stderr).toBe('boom');
  });

  it('plain run: failing, then erroring, then passing cases; the error trial shows its error and stderr', () => {
    const rows = dataOf(renderResultsHtml(makeResults({ passing: 1, failing: 1, erroring: 1 }))).rows;
    expect(rows.map((r) => r.st)).toEqual(['fail', 'error', 'pass']);
    expect(rows[1].tr[0].e).toMatchObject({ err: 'harness exited with code 1 and no trace', stderr: 'Traceback: boom' });
    expect(rows[2].tr.every((t: any) => t.e === undefined)).toBe(true);
  });
});

describe('HTML report: bounded', () => {
  it(`a case with 200 trials lists its failing and erroring ones (${HTML_LISTED_TRIALS} at most), counts its passes, keeps evidence for ${HTML_EVIDENCE_TRIALS}`, () => {
    const trials = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? failTrial(i + 1) : i % 50 === 1 ? errorTrial(i + 1) : passTrial(i + 1)));
    const row = dataOf(renderResultsHtml({ ...makeResults({ passing: 0, failing: 0, erroring: 0 }), cases: [makeCaseResult('big', trials)] })).rows[0];
    expect(row.tr).toHaveLength(HTML_LISTED_TRIALS);
    expect(row.tr.every((t: any) => t.o !== 'pass')).toBe(true);
    expect(row.tr.filter((t: any) => t.e)).toHaveLength(HTML_EVIDENCE_TRIALS);
    // 50 failing and 4 erroring trials: the first 50 of them are listed, the last 4 failing ones counted.
    expect(row.trMore).toBe('146 passing trials not listed (median latency 1.00 s, $0.5840 in all); 4 more failing or erroring trials not listed; results.json has every trial.');
    expect(row.evMore).toBe('51 more failing or erroring trials without evidence here (the report keeps it for 3 per case); results.json has it.');
  });

  it(`a case of at most ${HTML_PASSES_LISTED} trials lists every one, passes included`, () => {
    const trials = [passTrial(1), failTrial(2), ...Array.from({ length: 8 }, (_, i) => passTrial(i + 3))];
    const row = dataOf(renderResultsHtml({ ...makeResults({ passing: 0, failing: 0, erroring: 0 }), cases: [makeCaseResult('short', trials)] })).rows[0];
    expect(row.tr.map((t: any) => t.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(row.trMore).toBeUndefined();
  });

  it('the page-wide evidence budget goes to the cases listed first (blocking ones), and later cases say theirs was left out', () => {
    const big = 'x'.repeat(7000);
    const cases = Array.from({ length: 600 }, (_, i) => makeCaseResult(`c-${String(i).padStart(3, '0')}`, [{ ...failTrial(1), trace_excerpt: big, stderr_tail: big }]));
    const html = renderResultsHtml({ ...makeResults({ passing: 0, failing: 0, erroring: 0 }), cases });
    const rows = dataOf(html).rows;
    expect(rows[0].tr[0].e).toBeDefined();
    expect(rows[599].tr[0].e).toBeUndefined();
    expect(rows[599].evMore).toMatch(/evidence budget went to the cases listed before this one/);
    expect(html.length).toBeLessThan(9_500_000);
  });
});

describe('HTML report: very large suites', () => {
  it(`lists the first ${HTML_MAX_ROWS} rows in table order (failing ones first) and counts the rest by outcome`, () => {
    const cases = Array.from({ length: HTML_MAX_ROWS + 50 }, (_, i) => makeCaseResult(`p-${i}`, [passTrial(1)]));
    cases.push(makeCaseResult('late-failure', [failTrial(1)]));
    const html = renderResultsHtml({ ...makeResults({ passing: 0, failing: 0, erroring: 0 }), cases });
    const rows = dataOf(html).rows;
    expect(rows).toHaveLength(HTML_MAX_ROWS);
    expect(rows[0].id).toBe('late-failure');
    expect(html).toContain(`<h2>Cases (${(HTML_MAX_ROWS + 51).toLocaleString('en-US')})</h2>`);
    expect(html).toContain(`The table lists the first ${HTML_MAX_ROWS.toLocaleString('en-US')} cases in its order; 51 more cases (51 pass) are only in the JSON files next to this page.`);
  });
});

describe('HTML report: redaction (renderGateFiles)', () => {
  it('report.html holds no secret from messages, evidence, stderr, warnings, titles, notices, harness changes or issue titles', () => {
    const secret = 'sk-abcdefghijklmnopqrstuvwx';
    const { cmp, head } = evilComparison();
    const t = head.cases[0].trials[0];
    Object.assign(t, { stderr_tail: `key ${secret}`, trace_excerpt: JSON.stringify({ output: { k: secret }, steps: [{ type: 'tool', name: 'x', args: { k: secret } }] }), warnings: [`span "${secret}" skipped`] });
    t.failures[0].message = `saw ${secret} at step 1`;
    head.cases[0].title = `title ${secret}`;
    cmp.cases[0].message = `msg ${secret}`;
    cmp.notices.push(`notice ${secret}`);
    cmp.harness_changes = [{ field: 'harness.command', base: 'a', head: `run ${secret}` }];
    const red = createRedactor({ secrets: [], matchers: compileRedactPatterns(['sk-[A-Za-z0-9]{20,}']) });
    const files = renderGateFiles(head, cmp, red, { issueTitles: new Map([['123', `issue ${secret}`]]) });
    expect(files['report.html']).not.toContain('sk-abc');
    expect(files['report.html']).toContain('***');
    expect([...files['results.json']].join('')).not.toContain('sk-abc');
  });
});

describe('pass-rate intervals beside the counts', () => {
  it.each<[{ passes: number; runs: number }, string]>([
    [{ passes: 27, runs: 30 }, '74–97%'],
    [{ passes: 3, runs: 3 }, '44–100%'],
    [{ passes: 0, runs: 10 }, '0–28%'],
    [{ passes: 300, runs: 300 }, '99–100%'],
    [{ passes: 0, runs: 0 }, ''],
  ])('Wilson 95%% of %o is %s', async (r, want) => {
    const { formatRateInterval } = await import('../../src/surfaces/format.js');
    expect(formatRateInterval(r)).toBe(want);
  });
});
