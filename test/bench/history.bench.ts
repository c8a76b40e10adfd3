// Guard history at scale: `npx tsx test/bench/history.bench.ts`. 10,000 cases over 60 stored runs
// (the nightly's window), built and rendered as the CLI and the nightly do; size of each output
// and time, next to a 100-case reference run in the same process.
import { buildHistory } from '../../src/results/history.js';
import { renderHistoryHtml, renderHistoryMarkdown } from '../../src/surfaces/history.js';
import { buildCaseResult, buildResults } from '../../src/results/build.js';
import type { Case, Results } from '../../src/types.js';

function makeCase(id: string): Case {
  return { id, title: `Case ${id}`, guards: 1, workflow: 'w', severity: 'sev1', suites: ['benchmark'], trials: 1, timeout_ms: 1000, input: {}, fixtures: null, checks: [{ type: 'output_match', pattern: 'x' }], file: `evals/cases/${id}.yaml`, line: 1, definition_hash: 'h', holdout: false };
}

function runs(nCases: number, nRuns: number): Results[] {
  const cases = Array.from({ length: nCases }, (_, i) => makeCase(`case-${String(i).padStart(5, '0')}`));
  return Array.from({ length: nRuns }, (_, r) =>
    buildResults({
      suite: 'benchmark',
      commit: r.toString(16).padStart(40, '0'),
      ref: 'refs/heads/main',
      createdAt: new Date(Date.UTC(2026, 0, 1) + r * 86400000).toISOString(),
      harness: { command: 'x', config_hash: 'h' },
      notices: [],
      // Case i fails from run i % nRuns on: every row has a history worth drawing.
      cases: cases.map((c, i) => buildCaseResult(c, [{ trial: 1, outcome: r >= i % nRuns ? 'fail' : 'pass', failures: [], latency_ms: 1, tokens: 0, cost_usd: 0, retries: 0 }], {})),
    }),
  );
}

function measure(nCases: number, nRuns: number) {
  const input = runs(nCases, nRuns);
  const t0 = performance.now();
  const h = buildHistory('benchmark', input);
  const t1 = performance.now();
  const html = renderHistoryHtml(h);
  const t2 = performance.now();
  const md = renderHistoryMarkdown(h, { maxRows: 20 });
  const json = JSON.stringify(h);
  return { build: t1 - t0, html: t2 - t1, htmlBytes: Buffer.byteLength(html), mdBytes: Buffer.byteLength(md), jsonBytes: Buffer.byteLength(json) };
}

const ref = measure(100, 60);
const big = measure(10000, 60);
const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
console.log('| cases x runs | build | html render | history.html | summary table | history.json |');
console.log('|---|---|---|---|---|---|');
for (const [name, m] of [['100 x 60 (reference)', ref], ['10,000 x 60', big]] as const) {
  console.log(`| ${name} | ${m.build.toFixed(0)} ms (${(m.build / ref.build).toFixed(0)}x) | ${m.html.toFixed(0)} ms (${(m.html / ref.html).toFixed(0)}x) | ${kb(m.htmlBytes)} | ${kb(m.mdBytes)} | ${kb(m.jsonBytes)} |`);
}

// The 10,000-case page in headless Chromium (Debian's), when there is one: time to load and lay out.
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
const CHROMIUM = process.env.EVALGATE_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-history-bench-'));
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    for (const [name, n] of [['100 x 60', 100], ['10,000 x 60', 10000]] as const) {
      const file = join(dir, `h-${n}.html`);
      writeFileSync(file, renderHistoryHtml(buildHistory('benchmark', runs(n, 60))));
      const page = await browser.newPage();
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const rows = await page.$$eval('tbody tr', (trs) => trs.length);
      console.log(`Chromium, ${name}: load ${(performance.now() - t0).toFixed(0)} ms, ${rows} rows drawn`);
      await page.close();
    }
    await browser.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else console.log(`no Chromium at ${CHROMIUM}: browser load not measured`);
