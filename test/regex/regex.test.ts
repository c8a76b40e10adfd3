// User patterns (output_match, redact) run on untrusted harness output: one RE2 compile decides
// what `validate` accepts and what the checks run (issue 9 item 7, issue 10 `(?i)`).
import { describe, expect, it } from 'vitest';
import { compileUserPattern, patternError } from '../../src/regex.js';
import { parseCaseSource } from '../../src/case/case.js';
import { buildDefaultConfig, parseConfig } from '../../src/case/config.js';
import { runCheck } from '../../src/outcome/checks.js';
import { redact } from '../../src/surfaces/redact.js';
import type { Check, Trace } from '../../src/types.js';

const trace = (output: unknown): Trace => ({ output, steps: [], usage: { input_tokens: 0, output_tokens: 0, cost_usd: 0 }, latency_ms: 1 });

describe('compileUserPattern', () => {
  it('matches catastrophic-backtracking patterns in linear time', () => {
    const evil = compileUserPattern('(a+)+$');
    if ('error' in evil) throw new Error(evil.error);
    // V8's RegExp takes minutes on 30 a's + '!' (the test would hit its timeout); 100,000 a's
    // finishing shows the time is linear.
    expect(evil.test('a'.repeat(30) + '!')).toBe(false);
    expect(evil.test('a'.repeat(100_000) + '!')).toBe(false);
    expect(evil.replaceAll('a'.repeat(100_000) + '!', '***')).toBe('a'.repeat(100_000) + '!');
  }, 10_000);

  it.each([
    { pattern: '(?i)refund', text: 'REFUND issued', match: true },
    { pattern: 'refund', text: 'REFUND issued', match: false },
    { pattern: '^\\d{4}-\\d{2}$', text: '2026-12', match: true },
    { pattern: '(?<word>\\w+) done', text: 'all done', match: true },
    { pattern: 'café', text: 'un café', match: true },
  ])('$pattern on $text -> $match', ({ pattern, text, match }) => {
    const re = compileUserPattern(pattern);
    if ('error' in re) throw new Error(re.error);
    expect(re.test(text)).toBe(match);
  });

  it.each([
    { pattern: '(a', error: 'missing closing ): `(a`' },
    { pattern: '(?=x)y', error: 'invalid or unsupported Perl syntax: `(?=`' },
    { pattern: '(a)\\1', error: 'invalid escape sequence: `\\1`' },
    { pattern: 'x{1001}', error: 'invalid repeat count: `{1001}`' },
  ])('rejects $pattern: $error', ({ pattern, error }) => {
    expect(patternError(pattern)).toBe(error);
  });

  it('does not insert the replacement at empty matches', () => {
    const re = compileUserPattern('x*');
    if ('error' in re) throw new Error(re.error);
    expect(re.replaceAll('abxxc', '***')).toBe('ab***c');
  });
});

describe('one rule for validate and the checks', () => {
  const caseText = (pattern: string) =>
    `id: c1\ntitle: t\nguards: 1\nworkflow: w\nseverity: sev1\ninput: {}\nchecks:\n  - type: output_match\n    pattern: ${JSON.stringify(pattern)}\n`;

  // Each pattern: validate's verdict must equal whether the check can run it.
  it.each(['(?i)refund', '(a+)+$', '(?=x)', 'a(', '(?i)', '\\p{Greek}+', '[[:alpha:]]', '(?<=a)b'])('%s', (pattern) => {
    const parsed = parseCaseSource(caseText(pattern), 'evals/cases/c1.yaml', buildDefaultConfig('x'), '/repo');
    const validateAccepts = parsed.problems.length === 0;
    let checkRuns = true;
    try {
      runCheck({ type: 'output_match', pattern } as Check, 0, trace('refund'));
    } catch {
      checkRuns = false;
    }
    expect(validateAccepts).toBe(checkRuns);
    const configAccepts = parseConfig(`harness:\n  command: x\nredact: [${JSON.stringify(pattern)}]\n`, 'evalgate.yml').problems.length === 0;
    expect(configAccepts).toBe(checkRuns);
  });

  it('validate accepts the documented (?i) prefix (issue 10: it said "Invalid group")', () => {
    const parsed = parseCaseSource(caseText('(?i)^refund'), 'evals/cases/c1.yaml', buildDefaultConfig('x'), '/repo');
    expect(parsed.problems).toEqual([]);
    expect(runCheck({ type: 'output_match', pattern: '(?i)^refund' } as Check, 0, trace('Refund issued')).pass).toBe(true);
  });

  it('redact patterns run through the same engine, linear on hostile text', () => {
    expect(redact('a'.repeat(50_000) + '!', { patterns: ['(a+)+$'], secrets: [] })).toBe('a'.repeat(50_000) + '!');
    expect(redact('key sk-abcdefghijklmnopqrstu end', { patterns: ['(?i)SK-[a-z]{20,}'], secrets: [] })).toBe('key *** end');
  }, 10_000);
});
