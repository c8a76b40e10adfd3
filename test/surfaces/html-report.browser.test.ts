/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report as a reviewer opens it: a real gate over the bundled example (seeded regression),
// its report.html rendered exactly as the action writes it (renderGateFiles, issue titles and links),
// saved to disk and opened from file:// in headless Chromium with JavaScript on. Assertions are on
// the DOM: the verdict, one row per case, filters and search narrowing rows, the failing trial's
// timeline with the pointed step marked, pagination of a large gate, hostile strings staying text,
// no console error (a CSP refusal is one) and no request leaving the page. Chromium is the Debian
// package, as for pr-comment.browser.test.ts; without it the test skips locally, and fails in CI.
// The screenshot goes to .evalgate/test-artifacts/report-html.png, and to docs/report-html.png (the
// README's) with EVALGATE_UPDATE_DOCS=1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CaseComparison, CaseResult, Comparison, Results } from '../../src/types.js';
import { renderGateFiles } from '../../src/surfaces/files.js';
import { buildHistory } from '../../src/results/history.js';
import { renderHistoryHtml } from '../../src/surfaces/history.js';
import { createRedactor, compileRedactPatterns } from '../../src/surfaces/redact.js';
import { makeTempRepo, PROJECT_ROOT, type TempRepo } from '../integration/helpers.js';
import { failTrial, makeCaseResult, makeRow } from './samples.js';

const CHROMIUM = process.env.EVALGATE_CHROMIUM ?? '/usr/bin/chromium';
const REQUIRED = Boolean(process.env.CI || process.env.EVALGATE_REQUIRE_BROWSER);
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !REQUIRED) {
  console.warn(`html-report.browser.test.ts: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set EVALGATE_CHROMIUM); CI runs it.`);
}
const ARTIFACTS = join(PROJECT_ROOT, '.evalgate/test-artifacts');
const SHA = '3f2c9a1b7d4e5f60718293a4b5c6d7e8f9012345';
const BASE_SHA = '9d8e7f6a5b4c3d2e1f00112233445566778899aa';
const EVIL = '</script><img src=x onerror=alert(1)>';

async function gateOutputs(repo: TempRepo): Promise<{ cmp: Comparison; head: Results }> {
  await cp(join(PROJECT_ROOT, 'evals'), join(repo.dir, 'evals'), { recursive: true });
  await cp(join(PROJECT_ROOT, 'evalgate.yml'), join(repo.dir, 'evalgate.yml'));
  const base = await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'], { GITHUB_SHA: BASE_SHA, GITHUB_REF: 'refs/heads/main' });
  expect(base.code, base.stderr).toBe(0);
  const gate = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate'], { EVALGATE_DEMO_VARIANT: 'regressed', GITHUB_SHA: SHA, GITHUB_REF: 'refs/pull/42/merge' });
  expect(gate.code, gate.stderr).toBe(1);
  return { cmp: JSON.parse(await repo.read('gate/comparison.json')) as Comparison, head: JSON.parse(await repo.read('gate/results.json')) as Results };
}

/** report.html exactly as the action's gate writes it (same options as src/action/pull-surfaces.ts). */
function renderReport(cmp: Comparison, head: Results): string {
  const server = 'https://github.com';
  return renderGateFiles(head, cmp, createRedactor({ secrets: [], matchers: compileRedactPatterns(['sk-[A-Za-z0-9]{20,}']) }), {
    issueTitles: new Map([
      ['101', 'Refund flow calls payment API before policy check'],
      ['121', 'shipping.track was called with the order id and the carrier answered 404'],
    ]),
    issueUrl: (ref) => `${server}/acme/agent/issues/${ref.replace(/^#/, '')}`,
    runUrl: `${server}/acme/agent/actions/runs/4242`,
    source: { repo: 'acme/agent', sha: SHA, server },
  })['report.html'];
}

/** A gate of 250 generated cases (for pagination) plus one whose every string is hostile. */
function bigHostileGate(): { cmp: Comparison; head: Results; html: string } {
  const rows: CaseComparison[] = [];
  const cases: CaseResult[] = [];
  for (let i = 0; i < 250; i++) {
    const id = `case-${String(i).padStart(3, '0')}`;
    rows.push(makeRow(id, 'unchanged', { workflow: i % 2 ? 'refund' : 'search', evidence: undefined }));
    cases.push(makeCaseResult(id, [{ trial: 1, outcome: 'pass', failures: [], latency_ms: 900, tokens: 10, cost_usd: 0.001, retries: 0 }]));
  }
  rows.unshift(makeRow(EVIL, 'regressed', { title: EVIL, message: `step 1: ${EVIL}`, workflow: EVIL, modified: true, definitions: { base: '{\n  "checks": [{ "pattern": "^refunded$" }]\n}', head: `{\n  "checks": [{ "pattern": "${EVIL}" }]\n}` } }));
  cases.unshift(
    makeCaseResult(EVIL, [{ ...failTrial(1, `step 1: ${EVIL}`), trace_excerpt: JSON.stringify({ output: { reply: EVIL }, steps: [{ type: 'tool', name: EVIL, args: { q: EVIL }, status: 'error', error: EVIL }] }), stderr_tail: EVIL }], { title: EVIL }),
  );
  const cmp: Comparison = {
    schema: 'evalgate/comparison@1',
    suite: 'benchmark',
    base: { commit: BASE_SHA, ref: 'main', source: 'stored' },
    head: { commit: SHA, ref: 'refs/pull/7/merge' },
    cases: rows,
    suite_delta: { paired_cases: 251, base_pass_rate: 1, head_pass_rate: 0.996, mean_diff: -0.004, se: 0.004, ci95: [-0.012, 0.004] },
    base_totals: null,
    head_totals: { cases: 251, runs: 251, passes: 250, errors: 0, pass_rate: 0.996, pass_at_k: 0.996, pass_pow_k: 0.996, k: 1, cost_usd: 0.25, cost_per_success_usd: 0.001, latency_p50_ms: 900, latency_p95_ms: 900, tokens: 2510, failures_by_class: { tool_error: 0, bad_decision: 1, bad_output: 0, timeout: 0, cost_blowup: 0 }, failures_by_level: { system: 0, trace: 1, node: 0 } },
    holdout: null,
    budgets: { cost_per_success_pct: null, p95_latency_pct: null },
    verdict: 'block',
    reasons: [{ kind: 'regressed', blocking: true, message: EVIL, case_id: EVIL }],
    notices: [EVIL],
  };
  const head: Results = { schema: 'evalgate/results@1', suite: 'benchmark', commit: SHA, ref: 'refs/pull/7/merge', created_at: '2026-12-01T00:00:00Z', harness: { command: 'node a.js', config_hash: 'c'.repeat(64) }, cases, totals: cmp.head_totals, holdout_totals: null, notices: [] };
  return { cmp, head, html: renderGateFiles(head, cmp, createRedactor({ secrets: [], matchers: [] }))['report.html'] };
}

interface Watched {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

/** Opens a file:// page with JavaScript on, recording console errors, page errors, dialogs and every request but the page's own. */
async function open(browser: Browser, file: string, opts: { javaScriptEnabled?: boolean; width?: number; waitReady?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled: opts.javaScriptEnabled ?? true, viewport: { width: opts.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const w: Watched = { page, errors: [], requests: [], dialogs: [] };
  const self = pathToFileURL(file).href;
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && w.errors.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => r.url() !== self && w.requests.push(r.url()));
  // Anything but the page itself is refused (it should not even be asked for).
  await page.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
  await page.goto(self, { waitUntil: 'load' });
  if (opts.javaScriptEnabled !== false && opts.waitReady !== false) await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return w;
}

const rowIds = (page: Page) => page.$$eval('table.cases tbody tr.row', (trs) => trs.map((tr) => tr.getAttribute('data-case') ?? ''));

describe.skipIf(!HAVE_CHROMIUM && !REQUIRED)('HTML report in a browser (file://, headless Chromium, JavaScript on)', () => {
  let repo: TempRepo;
  let browser: Browser;
  let gate: Watched;
  let cmp: Comparison;
  let file: string;
  let out0: { cmp: Comparison; head: Results };

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`Chromium is required here (CI) but missing at ${CHROMIUM}: apt-get install -y chromium`);
    repo = await makeTempRepo('evalgate-html-browser-');
    const out = await gateOutputs(repo);
    out0 = out;
    cmp = out.cmp;
    file = join(repo.dir, 'report.html');
    await writeFile(file, renderReport(out.cmp, out.head));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    gate = await open(browser, file);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await repo?.cleanup();
  });

  it('the verdict comes first, as in the PR comment', async () => {
    const first = await gate.page.$eval('main > *', (e) => ({ id: e.id, text: e.querySelector('h1')?.textContent ?? '' }));
    expect(first.id).toBe('verdict');
    expect(first.text).toMatch(/^blocked evalgate \/ benchmark: blocked — 6 regressions/);
    expect(await gate.page.title()).toMatch(/evalgate \/ benchmark: blocked — 6 regressions/);
  });

  it('one row per visible case, blocking regressions first, guards linked with their title', async () => {
    const ids = await rowIds(gate.page);
    expect(ids.sort()).toEqual(cmp.cases.filter((c) => !c.holdout).map((c) => c.id).sort());
    const statuses = await gate.page.$$eval('table.cases tbody tr.row td:first-child .badge:first-child', (els) => els.map((e) => e.textContent));
    expect(statuses.slice(0, 6)).toEqual(Array(6).fill('regressed'));
    expect(statuses[6]).toBe('unchanged');
    const guard = await gate.page.$eval('tr.row[data-case="refund-policy-before-payment"] td.guards', (td) => ({ href: td.querySelector('a')?.href, text: td.textContent }));
    expect(guard.href).toBe('https://github.com/acme/agent/issues/101');
    expect(guard.text).toContain('Refund flow calls payment API before policy check');
  });

  it('filters and search narrow the rows; clearing them brings every row back', async () => {
    const p = gate.page;
    const all = (await rowIds(p)).length;
    await p.selectOption('select[name="status"]', 'unchanged');
    expect(await rowIds(p)).toHaveLength(1);
    await p.selectOption('select[name="status"]', '');
    await p.selectOption('select[name="workflow"]', 'research');
    const research = await rowIds(p);
    expect(research.length).toBeGreaterThan(0);
    expect(research.length).toBeLessThan(all);
    expect(research.every((id) => id.startsWith('research-'))).toBe(true);
    await p.selectOption('select[name="workflow"]', '');
    await p.selectOption('select[name="cls"]', 'tool_error');
    expect(await rowIds(p)).toEqual(['orders-track-by-tracking-number']);
    await p.selectOption('select[name="cls"]', '');
    await p.fill('input[name="q"]', 'no-search-loop');
    expect(await rowIds(p)).toEqual(['research-no-search-loop']);
    await p.fill('input[name="q"]', '');
    await p.check('input[name="blocking"]');
    expect(await rowIds(p)).toHaveLength(6);
    await p.uncheck('input[name="blocking"]');
    expect(await rowIds(p)).toHaveLength(all);
    expect(await p.textContent('.controls .count')).toBe(`${all} cases`);
    // One page of rows: no pager.
    expect(await p.locator('.pager').isVisible()).toBe(false);
  });

  it('a failing case opens to its trials and a timeline of steps, the step the failing check points at marked', async () => {
    const p = gate.page;
    await p.click('tr.row[data-case="orders-track-by-tracking-number"] button.toggle');
    const detail = p.locator('tr.row[data-case="orders-track-by-tracking-number"] + tr.detail');
    await expect.poll(() => detail.count()).toBe(1);
    expect(await detail.locator('table.trials tbody tr').count()).toBe(3);
    const steps = await detail.locator('details.trial[open] ol.timeline > li').evaluateAll((lis) =>
      lis.map((li) => ({ n: li.getAttribute('data-step'), cls: li.className, name: li.querySelector('.step-name')?.textContent, mark: li.querySelector('.mark-label')?.textContent ?? null })),
    );
    expect(steps.map((s) => s.name)).toEqual(['planner', 'orders.lookup', 'shipping.track', 'responder']);
    const marked = steps.filter((s) => s.cls.includes('marked'));
    expect(marked.map((s) => s.n)).toEqual(['3']);
    expect(marked[0].cls).toContain('err');
    expect(marked[0].mark).toMatch(/^← failing check: no_tool_errors: shipping\.track failed at step 3: HTTP 404/);
    // Only the first failing trial's evidence is open; the output and stderr tail are there.
    expect(await detail.locator('details.trial').count()).toBe(3);
    expect(await detail.locator('details.trial[open]').count()).toBe(1);
    expect(await detail.locator('details.trial[open]').textContent()).toContain('Sorry, tracking is unavailable for order 4417');
    expect(await detail.locator('details.trial[open] summary', { hasText: 'stderr' }).count()).toBe(1);
  });

  it('the suite, budgets, spend and baseline are on the page, holdout absent (none configured)', async () => {
    const p = gate.page;
    for (const id of ['reasons', 'cases', 'suite', 'budgets', 'spend', 'baseline']) expect(await p.locator(`section#${id}`).count(), id).toBe(1);
    expect(await p.textContent('section#spend')).toMatch(/this gate\s*19 harness runs/);
    expect(await p.locator('section#holdout').count()).toBe(0);
  });

  it('no console error or warning (a CSP refusal would be one), no dialog, no request leaving the page', () => {
    expect(gate.errors).toEqual([]);
    expect(gate.dialogs).toEqual([]);
    expect(gate.requests).toEqual([]);
  });

  it('a 251-case gate pages 100 rows at a time; hostile strings stay text (no img, no dialog)', async () => {
    const big = bigHostileGate();
    const bigFile = join(repo.dir, 'big.html');
    await writeFile(bigFile, big.html);
    const w = await open(browser, bigFile);
    const p = w.page;
    expect(await rowIds(p)).toHaveLength(100);
    expect(await p.textContent('.pager .page-info')).toBe('cases 1–100 of 251 · page 1 of 3');
    await p.click('.pager button:has-text("next")');
    expect((await rowIds(p))[0]).toBe('case-099');
    await p.click('.pager button:has-text("next")');
    expect(await rowIds(p)).toHaveLength(51);
    await p.click('.pager button:has-text("previous")');
    await p.click('.pager button:has-text("previous")');
    // The hostile case is first (blocking), opened; every hostile string is text, nothing became markup.
    expect((await rowIds(p))[0]).toBe(EVIL);
    expect(await p.locator('img').count()).toBe(0);
    expect(await p.locator('script').count()).toBe(2);
    const text = await p.textContent('tr.detail');
    expect(text).toContain(EVIL);
    expect(await p.locator('ol.timeline li.marked .step-name').textContent()).toBe(EVIL);
    // A modified case shows its base (gated) and head definitions side by side, as text.
    expect(await p.locator('tr.detail div.defs pre').count()).toBe(2);
    expect(await p.locator('tr.detail pre.def-base').textContent()).toContain('^refunded$');
    expect(await p.locator('tr.detail pre.def-head').textContent()).toContain(EVIL);
    const [b, h] = await p.$$eval('tr.detail div.defs pre', (els) => els.map((e) => e.getBoundingClientRect().left));
    expect(h).toBeGreaterThan(b);
    expect(await p.textContent('#reasons')).toContain('regressed');
    expect(await p.textContent('#notices')).toContain(EVIL);
    await p.waitForTimeout(200);
    expect(w.dialogs).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([]);
    await p.context().close();
  }, 60_000);

  it('without JavaScript the verdict and aggregates still show, and the page says the table needs it', async () => {
    const w = await open(browser, file, { javaScriptEnabled: false });
    expect(await w.page.textContent('#verdict h1')).toMatch(/blocked — 6 regressions/);
    expect(await w.page.textContent('body')).toContain('The case table needs JavaScript');
    expect(await w.page.locator('table.cases').count()).toBe(0);
    await w.page.context().close();
  });

  it('the guard history page (evalgate history --format html) renders its rows and charts, runs nothing, loads nothing', async () => {
    const at = (d: number) => new Date(Date.UTC(2026, 11, d)).toISOString();
    const runs = [1, 2, 3].map((d) => ({ ...out0.head, commit: String(d).repeat(40), created_at: at(d), cases: out0.head.cases.map((c, i) => ({ ...c, title: i === 0 ? EVIL : c.title, passes: d === 3 && i === 0 ? 0 : c.runs })) }));
    const page = renderHistoryHtml(buildHistory('benchmark', runs));
    const hf = join(repo.dir, 'history.html');
    await writeFile(hf, page);
    const w = await open(browser, hf, { waitReady: false });
    expect(await w.page.textContent('h1')).toBe('evalgate history: benchmark');
    const rows = await w.page.$$eval('tbody tr', (trs) => trs.length);
    expect(rows).toBe(out0.head.cases.filter((c) => !c.holdout).length);
    expect(await w.page.locator('tbody tr.fail').count()).toBe(1);
    expect(await w.page.locator('svg polyline').count()).toBeGreaterThan(rows);
    // The hostile title is text, not markup: no image element, no dialog.
    expect(await w.page.locator('img').count()).toBe(0);
    expect(await w.page.textContent('tbody tr.fail')).toContain('</script><img');
    expect(w.errors).toEqual([]);
    expect(w.requests).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await w.page.context().close();
  });

  it('keeps a screenshot (the README\'s with EVALGATE_UPDATE_DOCS=1)', async () => {
    const p = gate.page;
    await p.reload({ waitUntil: 'load' });
    await p.waitForSelector('html[data-ready="true"]');
    // The verdict, the reasons, the table with one regression opened at its trials and the
    // timeline of its first failing trial (the failing step marked), the rows after it.
    await p.click('tr.row[data-case="refund-policy-before-payment"] button.toggle');
    await p.click('tr.row[data-case="orders-track-by-tracking-number"] button.toggle');
    await mkdir(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'report-html.png');
    const timeline = (await p.locator('table.cases').boundingBox())!;
    await p.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(timeline.y + timeline.height + 24, 2400) } });
    expect((await readFile(shot)).subarray(1, 4).toString()).toBe('PNG');
    if (process.env.EVALGATE_UPDATE_DOCS) await cp(shot, join(PROJECT_ROOT, 'docs/report-html.png'));
    await writeFile(join(ARTIFACTS, 'report.html'), await readFile(file));
  });
});
