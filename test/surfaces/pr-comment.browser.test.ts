/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The PR comment as a reviewer sees it: a real gate over the bundled example (seeded regression),
// its comparison rendered exactly as the action posts it, turned into HTML by a GitHub-flavoured
// renderer (marked, GFM), styled with GitHub's own Markdown stylesheet (github-markdown-css), and
// opened in headless Chromium. Assertions are on the DOM; a screenshot is kept in
// .evalgate/test-artifacts/ (gitignored). Chromium is the Debian package (`apt-get install -y
// chromium`, done by .ci/run); without it the test skips locally with a message, and fails in CI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Marked } from 'marked';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Comparison } from '../../src/types.js';
import { renderComparisonMarkdown } from '../../src/surfaces/markdown.js';
import { makeTempRepo, PROJECT_ROOT, type TempRepo } from '../integration/helpers.js';

const CHROMIUM = process.env.EVALGATE_CHROMIUM ?? '/usr/bin/chromium';
const REQUIRED = Boolean(process.env.CI || process.env.EVALGATE_REQUIRE_BROWSER);
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM && !REQUIRED) {
  console.warn(`pr-comment.browser.test.ts: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set EVALGATE_CHROMIUM); CI runs it.`);
}
const ARTIFACTS = join(PROJECT_ROOT, '.evalgate/test-artifacts');
const SHA = '3f2c9a1b7d4e5f60718293a4b5c6d7e8f9012345';
const BASE_SHA = '9d8e7f6a5b4c3d2e1f00112233445566778899aa';
/** Width of a comment body in GitHub's pull-request timeline. */
const COMMENT_WIDTH = 780;

async function gateComparison(repo: TempRepo): Promise<Comparison> {
  await cp(join(PROJECT_ROOT, 'evals'), join(repo.dir, 'evals'), { recursive: true });
  await cp(join(PROJECT_ROOT, 'evalgate.yml'), join(repo.dir, 'evalgate.yml'));
  // Commits as the runner gives them, so the comment names them as it would on a pull request.
  const base = await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'], { GITHUB_SHA: BASE_SHA, GITHUB_REF: 'refs/heads/main' });
  expect(base.code, base.stderr).toBe(0);
  const gate = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate'], { EVALGATE_DEMO_VARIANT: 'regressed', GITHUB_SHA: SHA, GITHUB_REF: 'refs/pull/42/merge' });
  expect(gate.code, gate.stderr).toBe(1);
  return JSON.parse(await repo.read('gate/comparison.json')) as Comparison;
}

/** The comment exactly as the action's gate renders it (same options as src/action/gate.ts). */
function renderComment(cmp: Comparison): string {
  const server = 'https://github.com';
  return renderComparisonMarkdown(cmp, {
    marker: `<!-- evalgate:${cmp.suite} -->`,
    issueTitles: new Map([['101', 'Refund flow calls payment API before policy check']]),
    issueUrl: (ref) => `${server}/acme/agent/issues/${ref.replace(/^#/, '')}`,
    runUrl: `${server}/acme/agent/actions/runs/4242`,
    redact: { patterns: ['sk-[A-Za-z0-9]{20,}'], secrets: [] },
    source: { repo: 'acme/agent', sha: SHA, server },
  });
}

async function htmlPage(markdown: string): Promise<string> {
  const css = await readFile(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const body = await new Marked({ gfm: true }).parse(markdown);
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH}px; padding: 16px; }
</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

describe.skipIf(!HAVE_CHROMIUM && !REQUIRED)('PR comment in a browser (GitHub CSS, headless Chromium)', () => {
  let repo: TempRepo;
  let browser: Browser;
  let page: Page;
  let markdown: string;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`Chromium is required here (CI) but missing at ${CHROMIUM}: apt-get install -y chromium`);
    repo = await makeTempRepo('evalgate-browser-');
    markdown = renderComment(await gateComparison(repo));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: COMMENT_WIDTH + 40, height: 900 } });
    // Nothing may come from the network: the page is the comment and GitHub's CSS, inline.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') || route.request().url() === 'about:blank' ? route.continue() : route.abort()));
    await page.setContent(await htmlPage(markdown), { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await repo?.cleanup();
  });

  it('has one heading of level 2 (the verdict) and no level 1', async () => {
    const h2 = await page.$$eval('article h2', (els) => els.map((e) => e.textContent ?? ''));
    expect(h2).toHaveLength(1);
    expect(h2[0]).toMatch(/^❌ evalgate \/ benchmark: blocked — \d+ regressions?/);
    expect(await page.$$('article h1')).toHaveLength(0);
  });

  it('every <details> is closed by default', async () => {
    const open = await page.$$eval('article details', (els) => els.map((e) => (e as HTMLDetailsElement).open));
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((o) => o === false)).toBe(true);
  });

  it('links: case files to the head commit, guarded issues, the workflow run', async () => {
    const hrefs = await page.$$eval('article a', (els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(hrefs.some((h) => h.startsWith(`https://github.com/acme/agent/blob/${SHA}/evals/cases/`) && /\.yaml#L\d+$/.test(h))).toBe(true);
    expect(hrefs).toContain('https://github.com/acme/agent/issues/101');
    expect(hrefs).toContain('https://github.com/acme/agent/actions/runs/4242');
  });

  it('opened evidence is a numbered step list inside its list item, with the pointed step marked, and nothing overflows sideways', async () => {
    // Open every outer evidence fold (the first summary of each), as a reviewer would.
    const outer = await page.$$('article li > details > summary');
    expect(outer.length).toBeGreaterThan(0);
    for (const s of outer) await s.click();
    const facts = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const folds = [...document.querySelectorAll('article li > details')] as HTMLDetailsElement[];
      return {
        pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
        articleOverflow: article.scrollWidth - article.clientWidth,
        folds: folds.map((d) => ({
          open: d.open,
          summary: d.querySelector('summary')?.textContent ?? '',
          steps: d.querySelectorAll(':scope > ol > li').length,
          marked: [...d.querySelectorAll(':scope > ol > li')].filter((li) => li.textContent?.includes('← failing check')).length,
          innerClosed: [...d.querySelectorAll('details')].every((x) => !(x as HTMLDetailsElement).open),
          // Anything visible in the opened fold (the inner fold is closed) must fit its width.
          wide: [...d.querySelectorAll(':scope > ol, :scope > ul, :scope > p')]
            .filter((e) => e.scrollWidth > e.clientWidth + 1)
            .map((e) => e.textContent?.slice(0, 80)),
          right: Math.max(...[...d.querySelectorAll(':scope > *')].map((e) => e.getBoundingClientRect().right)),
        })),
        articleRight: article.getBoundingClientRect().right,
      };
    });
    expect(facts.pageOverflow).toBeLessThanOrEqual(0);
    expect(facts.articleOverflow).toBeLessThanOrEqual(0);
    for (const f of facts.folds) {
      expect(f.open, f.summary).toBe(true);
      expect(f.summary).toMatch(/^evidence/);
      expect(f.innerClosed, f.summary).toBe(true);
      expect(f.wide, f.summary).toEqual([]);
      expect(f.right).toBeLessThanOrEqual(facts.articleRight);
    }
    // The example's regressions come from traces: at least one fold shows steps with one marked.
    expect(facts.folds.some((f) => f.steps > 0 && f.marked === 1)).toBe(true);
  });

  it('keeps a screenshot of the opened comment as a test artifact', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, 'pr-comment.png');
    // As a reviewer first sees it, with the first evidence that marks a step opened.
    await page.$$eval('article details', (els) => els.forEach((e) => ((e as HTMLDetailsElement).open = false)));
    await page.locator('article li > details > summary', { hasText: 'marked' }).first().click();
    const box = (await (await page.$('article'))!.boundingBox())!;
    await page.screenshot({ path: file, fullPage: true, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1500) } });
    await writeFile(join(ARTIFACTS, 'pr-comment.md'), markdown);
    expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
  });
});
