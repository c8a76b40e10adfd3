// Harness output rendered into a PR comment, job summary or issue comment must not make GitHub act
// (issue 9, item 13): no live issue references (they link and add "mentioned" events to those
// issues), no pings, no bidi controls, and no copy of evalgate's hidden markers (a lookalike reopen
// marker in evidence would make the nightly think it already commented, and skip the reopen).
import { describe, expect, it } from 'vitest';
import { renderComparisonMarkdown, renderResultsMarkdown } from '../../src/surfaces/markdown.js';
import { renderComparisonText } from '../../src/surfaces/text.js';
import { mdCode, mdFence, mdText } from '../../src/surfaces/md.js';
import { buildDefaultConfig } from '../../src/case/config.js';
import { planReopens, reopenMarker } from '../../src/loop/reopen.js';
import { diffHarness } from '../../src/engine/harness-change.js';
import { makeComparison, makeResults } from './samples.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const FAKE_MARKER = reopenMarker('other-case', COMMIT);
const HOSTILE = `see #123 and other/repo#77, GH-9, cc @org/team @alice; https://github.com/acme/x/issues/5 www.example.com \u202eevil\u202c zw\u200bj ${FAKE_MARKER} <!-- evalgate:benchmark -->`;

/** What GitHub would act on in `md` (outside our own links' URLs). */
function liveThings(md: string): string[] {
  const text = md.replace(/\]\([^)]*\)/g, ']()');
  const found: string[] = [];
  for (const re of [/(^|[^\w\u200b])#\d+/g, /[\w.-]+\/[\w.-]+#\d+/g, /\bGH-\d+/gi, /(^|[^\w])@[A-Za-z0-9][\w-]*(\/[\w.-]+)?/g, /https?:\/\//g, /\bwww\./g, /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g]) {
    for (const m of text.matchAll(re)) found.push(m[0]);
  }
  return found;
}

describe('untrusted text in Markdown is inert', () => {
  it.each([
    ['mdText', mdText(HOSTILE)],
    ['mdCode', mdCode(HOSTILE)],
    ['mdFence', mdFence(HOSTILE)],
  ])('%s: no marker lookalike, no bidi or zero-width controls', (_, out) => {
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('zwj');
  });

  it('mdText: references, mentions and URLs do not link or ping', () => {
    expect(liveThings(mdText(HOSTILE))).toEqual([]);
  });

  it('a PR comment with hostile messages, evidence and notices has one marker (its own) and nothing live', () => {
    const cmp = makeComparison({ regressed: 1, errored: 1, new: 1 });
    for (const c of cmp.cases) {
      c.message = HOSTILE;
      if (c.status === 'regressed') c.evidence = `trace\n${HOSTILE}\n`;
    }
    cmp.notices = [HOSTILE];
    const md = renderComparisonMarkdown(cmp, { marker: '<!-- evalgate:benchmark -->' });
    expect(md.match(/<!--/g)).toEqual(['<!--']);
    expect(md.startsWith('<!-- evalgate:benchmark -->')).toBe(true);
    expect(md).not.toContain(FAKE_MARKER);
    // Outside the evidence fence (GitHub does not link inside code), nothing is live.
    const outsideFences = md.replace(/`{3,}[\s\S]*?`{3,}/g, '');
    expect(liveThings(outsideFences)).toEqual([]);
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('the results summary and the terminal report drop bidi controls too', () => {
    const results = makeResults({ failing: 1, message: HOSTILE });
    expect(liveThings(renderResultsMarkdown(results))).toEqual([]);
    const cmp = makeComparison({ regressed: 1 });
    cmp.cases[0].message = HOSTILE;
    expect(renderComparisonText(cmp)).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b]/);
  });

  it('a reopen comment quoting hostile evidence carries only its own marker', () => {
    const cmp = makeComparison({ regressed: 1 });
    cmp.cases[0].message = HOSTILE;
    cmp.cases[0].evidence = HOSTILE;
    cmp.cases[0].guards = 123;
    const plan = planReopens(cmp, new Map([['123', { number: 123, state: 'closed', title: 't', labels: [], assignees: [], comments: [] }]]), {
      commit: COMMIT,
      runUrl: null,
      owners: {},
      triage: buildDefaultConfig('x').triage,
      redact: (s) => s,
    });
    const comment = plan.actions[0].comment;
    expect(comment.match(/<!--/g)).toHaveLength(1);
    expect(comment).not.toContain(FAKE_MARKER);
  });
});

describe('harness changes (issue 9, item 5)', () => {
  const base = buildDefaultConfig('node agent/run.js').harness;

  it.each([
    ['unchanged', {}, []],
    ['command', { command: 'node fake.js' }, [{ field: 'harness.command', base: 'node agent/run.js', head: 'node fake.js' }]],
    ['protocol', { protocol: 'jsonl' as const }, [{ field: 'harness.protocol', base: 'exec', head: 'jsonl' }]],
    ['env added', { env: { MODEL: 'cheap' } }, [{ field: 'harness.env.MODEL', base: null, head: 'cheap' }]],
    ['secret-looking env: values hidden', { env: { OPENAI_API_KEY: 'sk-x' } }, [{ field: 'harness.env.OPENAI_API_KEY', base: null, head: '***', hidden: true }]],
    ['paths', { paths: ['nothing/**'] }, [{ field: 'harness.paths', base: null, head: 'nothing/**' }]],
    ['timeout and retries', { timeout_ms: 1, retries: 9 }, [{ field: 'harness.timeout_ms', base: '60000', head: '1' }, { field: 'harness.retries', base: '2', head: '9' }]],
    ['stdout cap is not flagged', { max_output_bytes: 5 }, []],
  ])('%s', (_, over, expected) => {
    expect(diffHarness(base, { ...base, ...over })).toEqual(expected);
  });

  it('no base config: nothing to compare with', () => {
    expect(diffHarness(null, base)).toEqual([]);
  });

  it('is the first section of the PR comment, from what to what, and does not block', () => {
    const cmp = makeComparison({ unchanged: 2 });
    cmp.verdict = 'pass';
    cmp.reasons = [];
    cmp.harness_changes = [{ field: 'harness.command', base: 'node agent/run.js', head: 'node canned.js | tee #5' }];
    const md = renderComparisonMarkdown(cmp);
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ✅ evalgate / benchmark: pass · ⚠️ harness changed');
    expect(md.indexOf('### ⚠️ Harness changed in this pull request (1)')).toBeLessThan(md.indexOf('### Suite'));
    expect(md).toContain('| `harness.command` | `node agent/run.js` | `node canned.js \\| tee #5` |');
    // Under a tiny limit the warning survives (it comes right after the headline).
    expect(renderComparisonMarkdown(cmp, { maxChars: 900 })).toContain('Harness changed');
  });
});
