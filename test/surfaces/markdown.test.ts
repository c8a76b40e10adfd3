import { describe, expect, it } from 'vitest';
import { describeProcedure, renderComparisonMarkdown, renderResultsMarkdown, renderTrendChart } from '../../src/surfaces/markdown.js';
import { detectableDropLine } from '../../src/surfaces/format.js';
import { LIMITS } from '../../src/surfaces/limits.js';
import { markdownProblems } from './checks.js';
import { makeComparison, makeResults, makeRow, makeTotals } from './samples.js';

const issueOpts = {
  // makeComparison gives the first regressed case (after 10 other rows) guards #110.
  issueTitles: new Map([['110', 'Refund flow calls payment API before policy check']]),
  issueUrl: (ref: string) => `https://github.com/acme/agent/issues/${ref}`,
  marker: '<!-- evalgate:benchmark -->',
};

function indexOfOrFail(md: string, needle: string): number {
  const i = md.indexOf(needle);
  expect(i, `missing ${JSON.stringify(needle)}`).toBeGreaterThanOrEqual(0);
  return i;
}

describe('structure checker', () => {
  it.each([
    ['unclosed fence', 'a\n\n```\ncode\n'],
    ['table without separator', 'x\n\n| a | b |\n| 1 | 2 |\n'],
    ['ragged table', 'x\n\n| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n'],
    ['unclosed details', '<details><summary>x</summary>\n\ny\n'],
  ])('flags %s', (_, md) => {
    expect(markdownProblems(md)).not.toEqual([]);
  });
});

describe('renderComparisonMarkdown', () => {
  const cmp = makeComparison();
  const md = renderComparisonMarkdown(cmp, issueOpts);

  it('starts with the marker and a blocked heading naming the blocking reasons', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- evalgate:benchmark -->');
    expect(lines[2]).toBe('## ❌ evalgate / benchmark: blocked — 2 regressions, 1 errored, 1 guard removed, 1 new failing');
  });

  it('lists regressions first, then errored, removed, new, fixed, flaky', () => {
    const order = ['### Regressions (2)', '### Errored (1)', '### Removed guards (1)', '### New cases (1)', '### Fixed (1)', '### Flaky — changed, not significant (1)', '### Suite', '### Baseline', '### Verdict'].map((h) =>
      indexOfOrFail(md, h),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows each regression with its issue, class, pass rates, p-value, failing check and evidence', () => {
    const reg = cmp.cases.find((c) => c.status === 'regressed')!;
    const start = indexOfOrFail(md, `\`${reg.id}\`** — guards [#\u200b${reg.guards}](https://github.com/acme/agent/issues/${reg.guards}) "Refund flow calls payment API before policy check"`);
    const entry = md.slice(start, md.indexOf('</details>', start));
    expect(entry).toContain('`bad_decision`');
    expect(entry).toContain('**3/3 → 0/3** (100% → 0%)');
    expect(entry).toContain('p = 0.050');
    expect(entry).toContain('failing check: trajectory: expected policy.check\\_eligibility before billing.issue\\_refund');
    expect(entry).toContain('<details><summary>evidence</summary>');
    expect(entry).toContain('planner chose payments.charge');
  });

  it('shows suite aggregate, budgets and the baseline used', () => {
    expect(md).toContain('| pass rate (12 paired cases) | 92.0% | 90.5% | -1.5 pp ± 0.8 pp |');
    expect(md).toContain('[-3.1 pp, +0.1 pp]');
    expect(md).toMatch(/\| cost per success \| \$0\.0100 \| \$0\.0114 \| \+14\.3% \|/);
    expect(md).toMatch(/\| latency p95 \| 2\.00 s \| 2\.40 s \| \+20\.0% \|/);
    expect(md).toContain('| pass^3 |');
    expect(md).toContain('| class `bad_decision` | 6 | 6 |');
    expect(md).toContain('| level `trace` | 7 | 7 |');
    expect(md).toContain('Baseline `fedcba9` on `main`, source: **stored**');
  });

  it('the verdict gives suite-level reasons in full and counts per-case ones without repeating the list', () => {
    const verdict = md.slice(indexOfOrFail(md, '### Verdict'));
    // Issue references in messages are shown inert (#\u200b123: no cross-reference on GitHub).
    for (const r of cmp.reasons.filter((x) => !x.case_id)) expect(verdict).toContain(r.message.replace(/#(?=\d)/g, '#\u200b'));
    for (const r of cmp.reasons.filter((x) => x.case_id)) expect(verdict).not.toContain(r.message);
    // One line per (effect, kind), naming the cases listed above.
    const kinds = new Set(cmp.reasons.filter((x) => x.case_id).map((x) => `${x.blocking}:${x.kind}`));
    expect(verdict.match(/^- (❌ blocks|⚠️ warns): .*\(above\)$/gm)?.length).toBe(kinds.size);
    expect(verdict).toMatch(/^- ❌ blocks: `regressed-case-0`, `regressed-case-1` regressed \(above\)$/m);
  });

  it('is structurally sound', () => {
    expect(markdownProblems(md)).toEqual([]);
  });

  it('says pass when nothing blocks, with warnings counted', () => {
    const ok = makeComparison({ fixed: 1, unchanged: 3 }, { extraReasons: [{ kind: 'budget_cost', blocking: false, message: 'cost per success +25% (budget 20%)' }] });
    const out = renderComparisonMarkdown(ok);
    expect(out.split('\n')[0]).toBe('## ✅ evalgate / benchmark: pass (1 warning)');
    expect(out).toContain('- ⚠️ warns: cost per success +25% (budget 20%)');
    expect(out).not.toContain('### Regressions');
  });

  it('flags modified definitions', () => {
    const c = makeComparison({ unchanged: 1 });
    c.cases.push(makeRow('refund-modified', 'regressed', { modified: true }));
    const out = renderComparisonMarkdown(c);
    expect(out).toContain('⚠️ definition changed in this PR; the base definition gated');
    expect(out).toContain('### Modified definitions (1)');
    expect(out).toMatch(/\| `refund-modified` \| #\u200b123 \| regressed \|/);
  });

  it('shows holdout only in aggregate, never its case ids', () => {
    const c = makeComparison({ regressed: 1, unchanged: 2 }, { holdout: true });
    const out = renderComparisonMarkdown(c);
    expect(out).not.toContain('h-5be0c7a1');
    expect(out).toContain('### Holdout');
    expect(out).toMatch(/\| pass rate \| 95\.0% \(40 runs\) \| 93\.0% \(40 runs\) \| -2\.0 pp \| 0\.310 \| ok \|/);
    expect(out).toContain('(+1 holdout)');
  });

  it('keeps hostile text from breaking tables, fences, details or pinging people', () => {
    const c = makeComparison({ errored: 1, regressed: 1 });
    const evil = 'bad | cell\nnew line <details> @alice `code` </details>';
    for (const row of c.cases) {
      row.message = evil;
      row.evidence = '````\n</details>\n```js\nalert(1)\n```\n@bob';
    }
    const out = renderComparisonMarkdown(c, { issueTitles: new Map([['100', 'Title with | pipe and @carol']]) });
    expect(markdownProblems(out)).toEqual([]);
    expect(out).not.toMatch(/@alice|@carol/);
    expect(out).toContain('@\u200balice');
    expect(out).toContain('  `````\n  stderr:\n  ````\n  </details>');
    const errRow = out.split('\n').find((l) => l.startsWith('| `errored-case-0`'))!;
    expect(errRow.replace(/\\\|/g, '').split('|').length - 2).toBe(6);
  });

  it('redacts secrets in messages and evidence when given redaction options', () => {
    const c = makeComparison({ regressed: 1 });
    c.cases[0].evidence = 'Authorization: Bearer sk-abcdefghijklmnopqrstuvwxyz123\nTOKEN=hunter2-secret';
    c.cases[0].message = 'call failed with key sk-abcdefghijklmnopqrstuvwxyz123';
    const out = renderComparisonMarkdown(c, { redact: { patterns: ['sk-[A-Za-z0-9]{20,}'], secrets: ['hunter2-secret'] } });
    expect(out).not.toContain('sk-abcdefghij');
    expect(out).not.toContain('hunter2');
    expect(out).toContain('Bearer ***');
    expect(out).toContain('TOKEN=***');
  });

  it('says when there was no baseline', () => {
    const c = makeComparison({ new: 2 });
    c.base = null;
    c.base_totals = null;
    const out = renderComparisonMarkdown(c);
    expect(out).toContain('no baseline (every case is new)');
    expect(out).toContain('No baseline was available');
    expect(markdownProblems(out)).toEqual([]);
  });
});

describe('renderComparisonMarkdown size limits', () => {
  it('fits 2,000 regressions with large evidence into a PR comment, dropping detail not structure', () => {
    const cmp = makeComparison({ regressed: 2000, fixed: 50, unchanged: 100 }, { evidenceChars: 5000 });
    const started = performance.now();
    const md = renderComparisonMarkdown(cmp, { ...issueOpts, runUrl: 'https://github.com/acme/agent/actions/runs/1' });
    const ms = performance.now() - started;
    expect(md.length).toBeLessThanOrEqual(LIMITS.comment);
    expect(md.length).toBeGreaterThan(LIMITS.comment * 0.8);
    expect(markdownProblems(md)).toEqual([]);
    expect(md.startsWith('<!-- evalgate:benchmark -->\n\n## ❌ evalgate / benchmark: blocked — 2,000 regressions')).toBe(true);
    const shown = (md.match(/^- \*\*`regressed-case-\d+`\*\*/gm) ?? []).length;
    const more = /_… and ([\d,]+) more regressions; see \[the job summary\/artifact\]\(https:/.exec(md);
    expect(more).not.toBeNull();
    expect(shown + Number(more![1].replace(/,/g, ''))).toBe(2000);
    expect(shown).toBeGreaterThan(10);
    expect(md).not.toContain('<details>');
    expect(md).toContain('- ❌ blocks: 2,000 cases regressed (above)');
    // Aggregates and the verdict survive truncation.
    expect(md).toContain('### Suite');
    expect(md).toContain('### Verdict: block');
    expect(ms).toBeLessThan(10_000);
  });

  it('drops or trims evidence before dropping any case row', () => {
    const cmp = makeComparison({ regressed: 30 }, { evidenceChars: 6000 });
    const md = renderComparisonMarkdown(cmp, { maxChars: 40_000 });
    expect(md.length).toBeLessThanOrEqual(40_000);
    expect((md.match(/^- \*\*`regressed-case-\d+`\*\*/gm) ?? []).length).toBe(30);
    expect(md).not.toContain('more regressions');
    const evidenceBlocks = (md.match(/<details>/g) ?? []).length;
    expect(evidenceBlocks).toBeGreaterThan(0);
    expect(evidenceBlocks).toBeLessThan(30);
    expect(md).toContain('more characters truncated');
    expect(markdownProblems(md)).toEqual([]);
  });

  it('keeps full evidence when it fits', () => {
    const cmp = makeComparison({ regressed: 3 }, { evidenceChars: 2000 });
    const md = renderComparisonMarkdown(cmp);
    expect((md.match(/<details>/g) ?? []).length).toBe(3);
    expect(md).not.toContain('truncated');
  });

  it.each([65536, 20000, 5000, 1500, 400, 120])('stays within maxChars=%i with sound structure', (maxChars) => {
    const cmp = makeComparison({ regressed: 300, errored: 200, removed: 50, new: 80, fixed: 100, flaky: 60, unchanged: 10 }, { evidenceChars: 3000, holdout: true });
    const md = renderComparisonMarkdown(cmp, { ...issueOpts, maxChars });
    expect(md.length).toBeLessThanOrEqual(maxChars);
    expect(markdownProblems(md)).toEqual([]);
    expect(md.startsWith('<!-- evalgate:benchmark -->')).toBe(true);
  });
});

describe('renderComparisonMarkdown byte limit', () => {
  it('counts UTF-8 bytes when maxBytes is given (multi-byte evidence)', () => {
    const cmp = makeComparison({ regressed: 400 });
    for (const c of cmp.cases) c.evidence = '日本語のスタックトレース '.repeat(200);
    const maxBytes = 60_000;
    const md = renderComparisonMarkdown(cmp, { maxChars: LIMITS.summary, maxBytes });
    expect(new TextEncoder().encode(md).length).toBeLessThanOrEqual(maxBytes);
    // Without the byte limit the character limit alone would let it grow past maxBytes.
    const unbounded = renderComparisonMarkdown(cmp, { maxChars: maxBytes });
    expect(new TextEncoder().encode(unbounded).length).toBeGreaterThan(maxBytes);
    expect(markdownProblems(md)).toEqual([]);
  });
});

describe('renderResultsMarkdown', () => {
  const results = makeResults({ passing: 5, failing: 2, erroring: 1, holdout: 3 });
  const md = renderResultsMarkdown(results);

  it('shows totals and failures by class and level', () => {
    expect(md.split('\n')[0]).toBe('## ❌ evalgate / benchmark: 2 failing, 1 errored');
    expect(md).toContain('pass rate **90.0%** · pass@3 95.0% · pass^3 82.0%');
    expect(md).toContain('| cost per success | $0.0114 |');
    expect(md).toContain('| latency p50 | 820 ms |');
    expect(md).toContain('| latency p95 | 2.40 s |');
    expect(md).toContain('| tokens | 123,456 |');
    expect(md).toContain('| class `bad_output` | 3 |');
    expect(md).toContain('| level `node` | 2 |');
  });

  it('tables failing then erroring cases with their first failure message, then the passing count', () => {
    const rows = md.split('\n').filter((l) => /^\| `(refund|search)-/.test(l));
    expect(rows.map((r) => r.split('|')[1].trim())).toEqual(['`refund-fail-0`', '`refund-fail-1`', '`search-error-0`']);
    expect(rows[0]).toContain('| #\u200b200 | fail | 1/3 | `bad_decision` | trajectory: expected billing.issue\\_refund after policy.check\\_eligibility, got payments.charge |');
    expect(rows[2]).toContain('| acme/agent#\u200b7 | error | 0/1 (1 err) | — | harness exited with code 1 and no trace |');
    expect(md).toContain('5 cases passed every trial.');
    expect(markdownProblems(md)).toEqual([]);
  });

  it('reports holdout only in aggregate', () => {
    expect(md).toContain('Holdout pass rate **93.0%**');
    expect(md).not.toMatch(/h-000\d9f3a/);
  });

  it('says all passed when nothing failed', () => {
    const ok = renderResultsMarkdown(makeResults({ failing: 0, erroring: 0, passing: 3 }));
    expect(ok.split('\n')[0]).toBe('## ✅ evalgate / benchmark: 108/120 runs passed');
    expect(ok).not.toContain('Failing and erroring');
  });

  it('caps the failing table to the size limit', () => {
    const big = makeResults({ failing: 3000, passing: 10, message: 'm'.repeat(250) });
    const out = renderResultsMarkdown(big, { maxChars: 30_000 });
    expect(out.length).toBeLessThanOrEqual(30_000);
    expect(markdownProblems(out)).toEqual([]);
    const shown = out.split('\n').filter((l) => /^\| `(refund-fail|search-error)-/.test(l)).length;
    const more = /… and ([\d,]+) more failing or erroring cases/.exec(out);
    expect(shown + Number(more![1].replace(/,/g, ''))).toBe(3001);
  });
});

describe('renderTrendChart', () => {
  const points = Array.from({ length: 45 }, (_, i) => ({
    commit: `${i.toString(16).padStart(2, '0')}${'e'.repeat(38)}`,
    created_at: new Date(Date.UTC(2026, 9, 1 + i)).toISOString(),
    pass_rate: i / 50,
  }));

  it('plots the last 30 runs, oldest first, as percentages', () => {
    const out = renderTrendChart([...points].reverse(), 'Coverage "nightly" pass rate');
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('xychart-beta');
    expect(lines[2]).toBe('    title "Coverage nightly pass rate"');
    expect(lines.at(-1)).toBe('```');
    const labels = /x-axis \[(.*)\]/.exec(out)![1].split(', ');
    expect(labels).toHaveLength(30);
    expect(labels[0]).toBe('"0feeeee"');
    expect(labels[29]).toBe('"2ceeeee"');
    const values = /line \[(.*)\]/.exec(out)![1].split(', ').map(Number);
    expect(values).toHaveLength(30);
    expect(values[0]).toBe(30);
    expect(values[29]).toBe(88);
    expect(out).toContain('y-axis "pass rate (%)" 0 --> 100');
  });

  it('renders a note instead of an empty chart', () => {
    expect(renderTrendChart([], 'Benchmark')).not.toContain('mermaid');
  });
});

describe('headline without paired cases', () => {
  it('shows the head pass rate instead of a 0% → 0% delta', async () => {
    const { makeComparison } = await import('./samples.js');
    const cmp = makeComparison();
    cmp.base = null;
    cmp.suite_delta = { paired_cases: 0, base_pass_rate: 0, head_pass_rate: 0, mean_diff: 0, se: 0, ci95: [0, 0] };
    cmp.head_totals = { ...cmp.head_totals, pass_rate: 1 };
    const md = renderComparisonMarkdown(cmp);
    expect(md).toContain('pass rate 100.0% (nothing paired with the baseline)');
    expect(md).not.toContain('0.0% → 0.0%');
  });
});

describe('secrets with Markdown-special characters', () => {
  it('are redacted before escaping, so an escaped `_` cannot let a token through', async () => {
    const { makeComparison } = await import('./samples.js');
    const secret = 'ghs_AbCdEf_123456789';
    const cmp = makeComparison({ regressed: 1 });
    const row = cmp.cases.find((c) => c.status === 'regressed')!;
    row.message = `auth failed with token ${secret}`;
    row.evidence = `Authorization: Bearer ${secret}`;
    const md = renderComparisonMarkdown(cmp, { redact: { patterns: [], secrets: [secret] } });
    expect(md).not.toContain('AbCdEf');
    expect(md).toContain('***');
  });
});

describe('what a pass means (resolution and procedure)', () => {
  it.each([
    [[{ holdout: false, kind: 'stochastic', mde: 0.18 }, { holdout: false, kind: 'stochastic', mde: 0.3 }, { holdout: false, kind: 'stochastic', mde: 0.22 }], /3 stochastic cases' head trials detect pass-rate drops of median 22%, largest 30%/],
    [[{ holdout: false, kind: 'stochastic', mde: null }], /1 stochastic case' head trials detect pass-rate drops of 1 with too few trials to detect any drop/],
    [[{ holdout: false, kind: 'deterministic', mde: 0.5 }, { holdout: true, kind: 'stochastic', mde: 0.1 }], /^$/],
  ])('%j', (rows, want) => {
    expect(detectableDropLine(rows)).toMatch(want);
  });

  it('the procedure names the per-case alpha, the family and the power', () => {
    const text = describeProcedure({ procedure: 'bonferroni', tests: 20, alpha: 0.05, case_alpha: 0.0025, power: 0.9, min_drop: 0.2 });
    expect(text).toContain('alpha 0.0025');
    expect(text).toContain('shared by 20 decision(s), Bonferroni');
    expect(text).toContain('drop of 20% with power 90%');
  });
});

// issue 9: every trial errored -> no "pass@0 0.0%" and no rates computed over zero runs.
describe('all-error runs in Markdown', () => {
  const allError = makeTotals({ runs: 0, passes: 0, errors: 2, pass_rate: 0, pass_at_k: 0, pass_pow_k: 0, k: 0, cases: 1 });

  it('results say all trials errored', () => {
    const md = renderResultsMarkdown({ ...makeResults({ erroring: 1, passing: 0, failing: 0 }), totals: allError });
    expect(md).toContain('pass rate **—** (all trials errored: 2 errors, none evaluated)');
    expect(md).not.toContain('pass@0');
  });

  it('a comparison takes k from the side with runs and shows a dash for the other', () => {
    const md = renderComparisonMarkdown({ ...makeComparison({ errored: 1 }), head_totals: allError });
    expect(md).toMatch(/\| pass@3 \| 95\.0% \| — \|/);
    expect(md).not.toContain('pass@0');
  });
});

describe('renderComparisonMarkdown for a reviewer', () => {
  const SHA = 'abcdef0123456789abcdef0123456789abcdef01';
  const source = { repo: 'acme/agent', sha: SHA };

  it('links case files to the file at the head commit when the repository is known', () => {
    const md = renderComparisonMarkdown(makeComparison({ regressed: 1 }), { source });
    expect(md).toContain(`[\`evals/cases/refund/regressed-case-0.yaml:1\`](https://github.com/acme/agent/blob/${SHA}/evals/cases/refund/regressed-case-0.yaml#L1)`);
    // Without it, or with data that is not a repository and a full sha, plain code.
    for (const opts of [{}, { source: { repo: 'acme/agent', sha: 'main' } }, { source: { repo: 'x y', sha: SHA } }]) {
      const plain = renderComparisonMarkdown(makeComparison({ regressed: 1 }), opts);
      expect(plain).toContain('· `evals/cases/refund/regressed-case-0.yaml:1`');
      expect(plain).not.toContain('/blob/');
    }
  });

  it('puts each case\'s evidence inside its list item (indented under it)', () => {
    const md = renderComparisonMarkdown(makeComparison({ regressed: 2 }));
    const lines = md.split('\n');
    const opens = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes('<details><summary>evidence'));
    expect(opens.length).toBe(2);
    for (const [l, i] of opens) {
      expect(l.startsWith('  <details>')).toBe(true);
      // Everything from the item to its evidence's end is indented or blank.
      let j = i;
      while (!lines[j].startsWith('  </details>')) {
        expect(lines[j] === '' || lines[j].startsWith('  '), lines[j]).toBe(true);
        j++;
      }
    }
  });

  it('never posts a local absolute path in the baseline line', () => {
    const c = makeComparison({ regressed: 1 });
    c.base!.source = 'directory /home/alice/work/acme/.evalgate/baselines at fedcba9 (merge-base)';
    const md = renderComparisonMarkdown(c);
    expect(md).not.toContain('/home/alice');
    expect(md).toContain('directory …/baselines at fedcba9 (merge-base)');
  });

  it('renders statuses it does not know yet instead of dropping them', () => {
    const c = makeComparison({ unchanged: 1 });
    c.cases.push(makeRow('odd-case', 'unchanged', { status: 'quarantined' as never, message: 'skipped by policy' }));
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('1 quarantined');
    expect(md).toContain('### Other changes (1)');
    expect(md).toMatch(/\| `odd-case` \| #\u200b?123 \| quarantined \|/);
    expect(markdownProblems(md)).toEqual([]);
  });
});
