/// <reference lib="dom" />
// Size and speed of the HTML report at scale: `npm run bench html-report` (or `npx tsx test/bench/html-report.bench.ts`).
//
// For generated gates of 10,000 cases it renders report.html exactly as every writer does
// (renderGateFiles, with a redactor of two patterns), then opens the file from file:// in headless
// Chromium (the Debian package; EVALGATE_CHROMIUM overrides) and measures, as medians of
// BENCH_ROUNDS (3) runs:
//   - size of report.html in MB, ms to render it in Node from the redacted documents, and ms of
//     renderGateFiles (redaction plus all five files) for comparison;
//   - DOMContentLoaded: ms from navigation to the parsed page with the first 100 rows built (the inline
//     script runs during parsing), and load;
//   - filter / search / next page / open a case: ms of script plus style and layout (the DOM change
//     forced through a layout read) for one filter change, one search keystroke, one page turn, and
//     opening the first case's detail.
// BENCH_CASES (10000) sets the size, BENCH_SCENARIOS (typical,coverage,worst) picks scenarios.
// Scenarios: a typical gate (mostly unchanged, 200 regressions with 2 KB trace excerpts), a coverage
// gate of stochastic cases (30 trials each), and the worst case the evidence budget exists for
// (every case regressed, 20 failing trials at the schema's 8,000-character evidence caps).
import { performance } from 'node:perf_hooks';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { CaseComparison, CaseResult, CaseStatus, Comparison, Results, TrialRecord } from '../../src/types.js';
import { renderGateFiles } from '../../src/surfaces/files.js';
import { buildRedactor, redactComparison, redactResults } from '../../src/surfaces/redact.js';
import { renderComparisonHtml } from '../../src/surfaces/html.js';

const CHROMIUM = process.env.EVALGATE_CHROMIUM ?? '/usr/bin/chromium';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const N = Number(process.env.BENCH_CASES ?? 10_000);
const SHA = '3f2c9a1b7d4e5f60718293a4b5c6d7e8f9012345';

const STEPS = [
  { type: 'llm', name: 'planner', model: 'acme-small-1', input_tokens: 958, output_tokens: 67, cost_usd: 0.00058, latency_ms: 330 },
  { type: 'tool', name: 'orders.lookup', args: { order_id: '4417' }, result: { order_id: '4417', status: 'shipped', carrier: 'ups', tracking_number: '1Z999AA10123456784' }, status: 'ok', latency_ms: 242 },
  { type: 'tool', name: 'shipping.track', args: { carrier: 'ups', tracking_number: '4417' }, status: 'error', error: 'HTTP 404', latency_ms: 169 },
  { type: 'llm', name: 'responder', model: 'acme-small-1', input_tokens: 881, output_tokens: 64, cost_usd: 0.000537, latency_ms: 665 },
];

function excerpt(chars: number): string {
  const steps = [];
  while (JSON.stringify(steps).length < chars) steps.push(...STEPS);
  const text = JSON.stringify({ output: { action: 'escalate', reply: 'Sorry, tracking is unavailable for order 4417 right now.' }, steps, latency_ms: 1421 });
  return text.length <= chars ? text : `${text.slice(0, chars - 30)} …[truncated, ${text.length} chars]`;
}

const EX_2K = excerpt(2000);
const EX_8K = excerpt(8000);

function trial(n: number, outcome: 'pass' | 'fail' | 'error', big = false): TrialRecord {
  const t: TrialRecord = { trial: n, outcome, failures: [], latency_ms: 1400 + (n % 7) * 31, tokens: 1970, cost_usd: 0.0011, retries: 0 };
  if (outcome === 'fail') {
    t.class = 'tool_error';
    t.failures = [
      { index: 0, type: 'no_tool_errors', level: 'trace', class: 'tool_error', message: 'shipping.track failed at step 3: HTTP 404' },
      { index: 2, type: 'tool_args', level: 'node', class: 'bad_decision', message: 'shipping.track args (step 3, match exact): tracking_number expected "1Z999AA10123456784", got "4417"' },
    ];
    t.trace_excerpt = big ? EX_8K : EX_2K;
    t.stderr_tail = big ? 'e'.repeat(8000) : `[agent] variant=regressed trial=${n}\n`.repeat(8);
  } else if (outcome === 'error') {
    t.error = 'harness exited with code 1 and no trace';
    t.stderr_tail = 'Traceback (most recent call last):\n  File "agent.py", line 12\nRuntimeError: boom\n'.repeat(12);
  }
  return t;
}

interface Mix {
  status: CaseStatus;
  count: number;
  trials: Array<'pass' | 'fail' | 'error'>;
  big?: boolean;
}

export function gate(mix: Mix[]): { cmp: Comparison; head: Results } {
  const rows: CaseComparison[] = [];
  const cases: CaseResult[] = [];
  let i = 0;
  for (const m of mix) {
    for (let k = 0; k < m.count; k++, i++) {
      const id = `${['refund', 'orders', 'account', 'research'][i % 4]}-case-${String(i).padStart(5, '0')}`;
      const trials = m.trials.map((o, j) => trial(j + 1, o, m.big));
      const passes = trials.filter((t) => t.outcome === 'pass').length;
      const errors = trials.filter((t) => t.outcome === 'error').length;
      const failing = passes < trials.length;
      cases.push({
        id, guards: 100 + (i % 900), workflow: ['refund', 'orders', 'account', 'research'][i % 4], severity: (['sev0', 'sev1', 'sev2', 'sev3'] as const)[i % 4], holdout: false,
        definition_hash: 'a'.repeat(64), file: `evals/cases/x/${id}.yaml`, line: 2, title: `Case ${i}: the agent does the right thing`,
        levels: { system: { checks: 1, failures: 0 }, trace: { checks: 2, failures: failing ? 1 : 0 }, node: { checks: 1, failures: 0 } },
        trials, passes, runs: trials.length - errors, errors,
      });
      const blocking = m.status === 'regressed' || m.status === 'errored' || (m.status === 'new' && failing);
      rows.push({
        id, status: m.status, guards: 100 + (i % 900), workflow: ['refund', 'orders', 'account', 'research'][i % 4], severity: (['sev0', 'sev1', 'sev2', 'sev3'] as const)[i % 4], holdout: false,
        file: `evals/cases/x/${id}.yaml`, line: 2, title: `Case ${i}: the agent does the right thing`,
        base: m.status === 'new' ? null : { passes: trials.length, runs: trials.length, errors: 0 }, head: { passes, runs: trials.length - errors, errors },
        p_value: m.status === 'regressed' ? 0.0004 : m.status === 'flaky' ? 0.2 : null, decided_by: m.status === 'regressed' ? 'curtailed' : undefined, kind: 'stochastic', mde: 0.18,
        class: failing && errors === 0 ? 'tool_error' : null, message: failing ? 'shipping.track failed at step 3: HTTP 404' : null, modified: false, blocking,
      });
    }
  }
  const totals = { cases: N, runs: 3 * N, passes: 3 * N - 600, errors: 150, pass_rate: 0.98, pass_at_k: 0.99, pass_pow_k: 0.96, k: 3, cost_usd: 33, cost_per_success_usd: 0.0011, latency_p50_ms: 1450, latency_p95_ms: 1590, tokens: 59_100_000, failures_by_class: { tool_error: 600, bad_decision: 0, bad_output: 0, timeout: 0, cost_blowup: 0 }, failures_by_level: { system: 0, trace: 600, node: 0 } };
  const cmp: Comparison = {
    schema: 'evalgate/comparison@1', suite: 'coverage', base: { commit: '9d8e7f6a5b4c3d2e1f00112233445566778899aa', ref: 'main', source: 'stored' }, head: { commit: SHA, ref: 'refs/pull/7/merge' },
    cases: rows, suite_delta: { paired_cases: N, base_pass_rate: 1, head_pass_rate: 0.98, mean_diff: -0.02, se: 0.001, ci95: [-0.022, -0.018] },
    base_totals: totals, head_totals: totals, holdout: null, budgets: { cost_per_success_pct: 2, p95_latency_pct: 1 },
    spend: { head: { harness_runs: 3 * N, agent_ms: 3 * N * 1450, tokens: 59_100_000, cost_usd: 33 }, base: null },
    verdict: 'block', reasons: rows.filter((r) => r.blocking).map((r) => ({ kind: 'regressed' as const, blocking: true, message: `${r.id} regressed`, case_id: r.id })), notices: [],
  };
  const head: Results = { schema: 'evalgate/results@1', suite: 'coverage', commit: SHA, ref: 'refs/pull/7/merge', created_at: '2026-12-01T00:00:00Z', harness: { command: 'node agent.js', config_hash: 'c'.repeat(64) }, cases, totals, holdout_totals: null, notices: [] };
  return { cmp, head };
}

type O = 'pass' | 'fail' | 'error';
const rep = (n: number, x: O): O[] => Array<O>(n).fill(x);
export const SCENARIOS: Array<{ name: string; mix: Mix[] }> = [
  {
    name: `typical gate: ${N} cases, 200 regressed, 150 flaky, 50 errored (2 KB excerpts)`,
    mix: [
      { status: 'regressed', count: 200, trials: rep(5, 'fail') },
      { status: 'errored', count: 50, trials: rep(3, 'error') },
      { status: 'new', count: 100, trials: rep(3, 'pass') },
      { status: 'flaky', count: 150, trials: [...rep(7, 'pass'), ...rep(3, 'fail')] },
      { status: 'unchanged', count: N - 500, trials: rep(3, 'pass') },
    ],
  },
  {
    name: `coverage gate: ${N} stochastic cases x 30 trials, 300 regressed`,
    mix: [
      { status: 'regressed', count: 300, trials: [...rep(20, 'pass'), ...rep(10, 'fail')] },
      { status: 'unchanged', count: N - 300, trials: [...rep(29, 'pass'), 'fail'] },
    ],
  },
  { name: `worst case: ${N} cases all regressed, 20 failing trials each at the 8,000-char caps`, mix: [{ status: 'regressed', count: N, trials: rep(20, 'fail'), big: true }] },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser: Browser, file: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.waitForSelector('html[data-ready="true"]');
  const nav = await page.evaluate(() => {
    // window.performance: the page's clock (the module's `performance` is Node's).
    const e = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return { dcl: e.domContentLoadedEventEnd, load: e.loadEventEnd };
  });
  // Each interaction: the synchronous handler, then a layout read so style and layout are counted.
  const timed = (f: string) => page.evaluate((src) => {
    const t0 = window.performance.now();
    new Function(src)();
    void document.body.offsetHeight;
    return window.performance.now() - t0;
  }, f);
  const filter = await timed(`const s = document.querySelector('select[name="status"]'); s.value = s.options[1].value; s.dispatchEvent(new Event('change'));`);
  await timed(`const s = document.querySelector('select[name="status"]'); s.value = ''; s.dispatchEvent(new Event('change'));`);
  const search = await timed(`const q = document.querySelector('input[name="q"]'); q.value = 'case-00'; q.dispatchEvent(new Event('input'));`);
  await timed(`const q = document.querySelector('input[name="q"]'); q.value = ''; q.dispatchEvent(new Event('input'));`);
  const next = await timed(`document.querySelector('.pager button:last-child').click();`);
  const open = await timed(`document.querySelector('tr.row button.toggle').click();`);
  const rows = await page.$$eval('table.cases tbody tr.row', (r) => r.length);
  await page.close();
  return { ...nav, filter, search, next, open, rows, errors };
}

async function main(): Promise<void> {
  const red = buildRedactor({ env: {}, patterns: ['sk-[A-Za-z0-9]{20,}', 'corp-[0-9]{6}'] });
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-html-bench-'));
  const haveBrowser = existsSync(CHROMIUM);
  if (!haveBrowser) console.log(`no Chromium at ${CHROMIUM}: browser figures skipped (apt-get install -y chromium)`);
  const browser = haveBrowser ? await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] }) : null;
  try {
    // BENCH_SCENARIOS=typical,coverage picks scenarios by the first word of their name.
    const wanted = (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean);
    for (const s of SCENARIOS.filter((x) => wanted.length === 0 || wanted.includes(x.name.split(' ')[0]))) {
      const { cmp, head } = gate(s.mix);
      const renders: number[] = [];
      const htmlOnly: number[] = [];
      let html = '';
      for (let r = 0; r < ROUNDS; r++) {
        let t0 = performance.now();
        const files = renderGateFiles(head, cmp, red);
        renders.push(performance.now() - t0);
        // The HTML alone, from the redacted documents renderGateFiles renders it from.
        const h = redactResults(head, red);
        const c = redactComparison(cmp, red);
        t0 = performance.now();
        html = renderComparisonHtml(c, h, { redact: red });
        htmlOnly.push(performance.now() - t0);
        if (html !== files['report.html']) throw new Error('the HTML alone differs from renderGateFiles\' report.html');
      }
      const file = join(dir, 'report.html');
      writeFileSync(file, html);
      const bytes = Buffer.byteLength(html);
      console.log(`\n${s.name}`);
      console.log(`  report.html ${(bytes / 1e6).toFixed(2)} MB, rendered in ${median(htmlOnly).toFixed(0)} ms (renderGateFiles, all five files with redaction: ${median(renders).toFixed(0)} ms)`);
      if (!browser) continue;
      const runs: Array<Awaited<ReturnType<typeof measure>>> = [];
      for (let r = 0; r < ROUNDS; r++) runs.push(await measure(browser, file));
      const m = (k: 'dcl' | 'load' | 'filter' | 'search' | 'next' | 'open') => median(runs.map((x) => x[k])).toFixed(0);
      console.log(`  Chromium: DOMContentLoaded ${m('dcl')} ms, load ${m('load')} ms; filter ${m('filter')} ms, search ${m('search')} ms, next page ${m('next')} ms, open a case ${m('open')} ms; ${runs[0].rows} rows shown`);
      const errors = runs.flatMap((x) => x.errors);
      if (errors.length > 0) {
        console.log(`  console errors: ${errors.slice(0, 3).join(' | ')}`);
        process.exitCode = 1;
      }
    }
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run when executed (not when a profiling script imports the generators).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
