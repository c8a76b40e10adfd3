import { describe, expect, it } from 'vitest';
import { checkResults, checkRerunErrors } from '../../src/results/check.js';
import type { Results } from '../../src/types.js';
import { buildCaseResult } from '../../src/results/build.js';
import { caseResult, makeCase, makeTrials, results } from './helpers.js';

function sample(): Results {
  return results([caseResult('a', 'ppf'), caseResult('b', 'pe'), caseResult('h', 'pf', { holdout: true })], { notices: ['holdout ran'] });
}

describe('checkResults', () => {
  it('accepts results built by buildResults (also after a JSON round trip)', () => {
    const r = sample();
    const out = checkResults(JSON.parse(JSON.stringify(r)), 'artifact.json');
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.results.cases.length).toBe(3);
  });

  it('accepts built results whose free text exceeded the caps (builders clip it)', () => {
    const long = caseResult('long', 'f', { title: 't'.repeat(5000) });
    const built = buildCaseResult(makeCase('huge', { title: 'x'.repeat(3000) }), [
      { ...makeTrials('f')[0], error: 'e'.repeat(9000), stderr_tail: 's'.repeat(20000) + 'END', trace_excerpt: 'x'.repeat(20000), failures: Array.from({ length: 300 }, (_, i) => ({ index: i, type: 'trajectory' as const, level: 'trace' as const, class: 'bad_decision' as const, message: 'm'.repeat(10000) })) },
    ], {});
    const r = results([long, built], { notices: Array.from({ length: 150 }, () => 'n'.repeat(5000)) });
    expect(checkResults(JSON.parse(JSON.stringify(r)), 'a.json').ok).toBe(true);
    expect(r.cases.find((c) => c.id === 'huge')!.trials[0].stderr_tail!.endsWith('END')).toBe(true);
  });

  const tamper: Array<[string, (r: any) => void, RegExp]> = [
    ['wrong schema id', (r) => (r.schema = 'evalgate/results@2'), /\/schema/],
    ['unknown top-level key', (r) => (r.extra = 1), /'extra'/],
    ['unknown suite', (r) => (r.suite = 'nightly'), /\/suite/],
    ['script in a case id', (r) => (r.cases[0].id = '<img src=x>'), /\/cases\/0\/id/],
    ['oversized message', (r) => (r.cases.find((c: any) => c.id === 'a').trials[2].failures[0].message = 'x'.repeat(5000)), /message/],
    ['oversized evidence', (r) => (r.cases.find((c: any) => c.id === 'a').trials[2].stderr_tail = 'x'.repeat(9000)), /stderr_tail/],
    ['holdout case carrying a title', (r) => (r.cases.find((c: any) => c.holdout).title = 'leak'), /must NOT be valid|must NOT/],
    ['holdout trial carrying stderr', (r) => (r.cases.find((c: any) => c.holdout).trials[1].stderr_tail = 'leak'), /must NOT/],
    ['inflated pass count', (r) => (r.cases.find((c: any) => c.id === 'a').passes = 3), /case 'a' says passes\/runs\/errors 3\/3\/0 but its trials give 2\/3\/0/],
    ['a fail relabelled as pass', (r) => (r.cases.find((c: any) => c.id === 'a').trials[2].outcome = 'pass'), /case 'a'/],
    ['totals that lie', (r) => (r.totals.pass_rate = 1), /totals do not match the cases \(fields: pass_rate\)/],
    ['missing holdout totals', (r) => (r.holdout_totals = null), /holdout_totals is null/],
    ['duplicate case', (r) => r.cases.push(JSON.parse(JSON.stringify(r.cases[0]))), /duplicate case id/],
    ['negative cost', (r) => (r.cases[0].trials[0].cost_usd = -1), /cost_usd/],
    ['not an object', (r) => Object.keys(r).forEach((k) => delete r[k]), /must have required property/],
  ];
  it.each(tamper)('rejects %s', (_name, mutate, problem) => {
    const doc = JSON.parse(JSON.stringify(sample()));
    mutate(doc);
    const out = checkResults(doc, 'artifact.json');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.problems.join('\n')).toMatch(problem);
      expect(out.problems.every((p) => p.startsWith('artifact.json: '))).toBe(true);
    }
  });

  it('caps the number of problems reported', () => {
    const doc = JSON.parse(JSON.stringify(sample()));
    doc.cases = Array.from({ length: 200 }, (_, i) => ({ id: `BAD ${i}` }));
    const out = checkResults(doc, 'a.json');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.length).toBeLessThanOrEqual(20);
  });
});

describe('checkRerunErrors', () => {
  it.each([
    [{ runs: 10, errors: 0 }, null],
    [{ runs: 5, errors: 5 }, null],
    [{ runs: 4, errors: 6 }, '6 of 10 baseline trials errored in the merge-base worktree'],
    [{ runs: 0, errors: 0 }, null],
  ])('%j -> %s', (totals, want) => {
    const notice = checkRerunErrors(totals);
    if (want === null) expect(notice).toBeNull();
    else expect(notice).toContain(want);
  });
});
