import { describe, expect, it } from 'vitest';
import { buildRedactor, collectEnvSecrets, compileRedactPatterns, createRedactor, cutHead, cutTail, isSecretName, redact, redactComparison, redactResults, redactValue, type RedactMatcher } from '../../src/surfaces/redact.js';
import { renderComparisonMarkdown } from '../../src/surfaces/markdown.js';
import { renderJson } from '../../src/surfaces/json.js';
import { makeComparison, makeResults } from './samples.js';
import { checkResults } from '../../src/results/check.js';

describe('redact', () => {
  it.each([
    ['secret', 'token=abc123secret end', { patterns: [], secrets: ['abc123secret'] }, 'token=*** end'],
    ['every occurrence', 'k1 k1 k1', { patterns: [], secrets: ['k1 k1'] }, '*** k1'],
    ['longest secret first', 'pass=hunter22', { patterns: [], secrets: ['hunter2', 'hunter22'] }, 'pass=***'],
    ['regex special chars in secret', 'x a.b*c(d) y a-b', { patterns: [], secrets: ['a.b*c(d)'] }, 'x *** y a-b'],
    ['pattern', 'key sk-ABCDEFGHIJKLMNOPQRSTUV1234 ok', { patterns: ['sk-[A-Za-z0-9]{20,}'], secrets: [] }, 'key *** ok'],
    ['pattern below threshold untouched', 'sk-short', { patterns: ['sk-[A-Za-z0-9]{20,}'], secrets: [] }, 'sk-short'],
    ['invalid pattern ignored', 'a (b secret', { patterns: ['(', 'secret'], secrets: [] }, 'a (b ***'],
    ['empty-match pattern does not shred text', 'abc', { patterns: ['x*'], secrets: [] }, 'abc'],
    ['short secrets ignored', 'a b c', { patterns: [], secrets: ['', 'a', 'b '] }, 'a b c'],
    ['JSON-escaped secret', '{"k":"p\\"w\\\\d!"}', { patterns: [], secrets: ['p"w\\d!'] }, '{"k":"***"}'],
    ['each line of a multi-line secret', 'line-one-xyz\nother\nline-two-xyz', { patterns: [], secrets: ['line-one-xyz\nline-two-xyz'] }, '***\nother\n***'],
  ])('%s', (_, text, opts, expected) => {
    expect(redact(text, opts)).toBe(expected);
  });

  it('redacts strings and keys throughout a JSON value', () => {
    const v = redactValue({ a: ['x TOPSECRET y', 3, null], TOPSECRET: { b: true } }, { patterns: [], secrets: ['TOPSECRET'] });
    expect(v).toEqual({ a: ['x *** y', 3, null], '***': { b: true } });
  });

  it('removes secrets from evidence in the PR comment even when evidence is truncated', () => {
    const cmp = makeComparison({ regressed: 1 });
    // The secret straddles the point where 4,000-character evidence is cut.
    cmp.cases[0].evidence = `${'.'.repeat(3930)}Bearer ghp_0123456789abcdefghijABCDEFGHIJ0123\n${'.'.repeat(3000)}`;
    const md = renderComparisonMarkdown(cmp, { redact: { patterns: [], secrets: ['ghp_0123456789abcdefghijABCDEFGHIJ0123'] } });
    expect(md).toContain('Bearer ***');
    expect(md).not.toMatch(/ghp_0123/);
  });

  it('redacts the JSON report on request', () => {
    const cmp = makeComparison({ regressed: 1 });
    cmp.cases[0].message = 'api key sk-ABCDEFGHIJKLMNOPQRSTUVWX leaked';
    const out = renderJson(cmp, { redact: { patterns: ['sk-[A-Za-z0-9]{20,}'], secrets: [] } });
    expect(JSON.parse(out).cases[0].message).toBe('api key *** leaked');
    expect(JSON.parse(renderJson(cmp)).cases[0].message).toContain('sk-ABCDEFGH');
  });
});

describe('createRedactor (the one redaction step)', () => {
  it('applies literal secrets and compiled matchers, to strings and to JSON values', () => {
    const r = createRedactor({ secrets: ['TOPSECRET1'], matchers: compileRedactPatterns(['sk-[A-Za-z0-9]{20,}', '(']) });
    expect(r('a TOPSECRET1 b sk-ABCDEFGHIJKLMNOPQRSTUV c')).toBe('a *** b *** c');
    expect(r.value({ k: ['TOPSECRET1'], TOPSECRET1: 1 })).toEqual({ k: ['***'], '***': 1 });
  });

  it('takes any matcher with replaceAll (so the regex engine can change)', () => {
    const upper: RedactMatcher = { source: 'custom', replaceAll: (t, rep) => t.replace(/[A-Z]{5,}/g, rep) };
    expect(createRedactor({ secrets: [], matchers: [upper] })('keep ABCDEFG')).toBe('keep ***');
  });
});

describe('which environment variables count as secrets', () => {
  it.each([
    ['GITHUB_TOKEN', true],
    ['EVALGATE_HOLDOUT_KEY', true],
    ['OPENAI_API_KEY', true],
    ['AWS_SECRET_ACCESS_KEY', true],
    ['NPM_TOKEN', true],
    ['DB_PASSWORD', true],
    ['CLIENT_SECRET', true],
    ['INPUT_GITHUB-TOKEN', true],
    ['ACTIONS_RUNTIME_TOKEN', true],
    ['HOME', false],
    ['PATH', false],
    ['KEYBOARD_LAYOUT', false],
    ['TOKENIZER', false],
    ['MODEL', false],
  ])('%s -> %s', (name, expected) => {
    expect(isSecretName(name)).toBe(expected);
  });

  it('collects values of secret-looking names, long enough to redact safely', () => {
    const env = { GITHUB_TOKEN: 'ghp_abcdefghijklmnop', USE_KEY: 'true', HOME: '/home/me', X_SECRET: undefined, SERVICE_API_KEY: 'ak-1234567890' };
    expect(collectEnvSecrets(env).sort()).toEqual(['ak-1234567890', 'ghp_abcdefghijklmnop']);
  });

  it('buildRedactor registers env and harness.env secrets and configured patterns', () => {
    const r = buildRedactor({ env: { GITHUB_TOKEN: 'ghp_abcdefghijklmnop' }, harnessEnv: { OPENAI_API_KEY: 'sk-harness-value-1', MODEL: 'gpt-large-model' }, patterns: ['corp-[0-9]+'] });
    expect(r('ghp_abcdefghijklmnop sk-harness-value-1 gpt-large-model corp-42')).toBe('*** *** gpt-large-model ***');
  });
});

describe('cutHead / cutTail drop a token split by the cut', () => {
  it.each([
    ['short text untouched', 'abc def', 10, 'abc def'],
    ['cut between words', 'hello world again', 12, 'hello world…'],
    ['cut inside a token drops the token', 'key ghp_abcdefghijklmnop end', 12, 'key …'],
  ])('head: %s', (_, text, max, expected) => {
    expect(cutHead(text, max)).toBe(expected);
  });

  it.each([
    ['short text untouched', 'abc def', 10, 'abc def'],
    ['cut inside a token drops the rest of it', 'start ghp_abcdefghijklmnop end', 10, '… end'],
    ['cut at a space keeps the words', 'one two three four', 11, '…three four'],
  ])('tail: %s', (_, text, max, expected) => {
    expect(cutTail(text, max)).toBe(expected);
  });
});

describe('redactResults / redactComparison keep evalgate documents valid', () => {
  // Patterns that match inside keys ("schema"), enum values ("pass") and ids: only free text changes.
  const hostile = createRedactor({ secrets: ['SECRET-VALUE-1'], matchers: compileRedactPatterns(['(a+)+$', 'pass', 'fail']) });

  it('results: free text redacted, keys, ids and outcomes untouched, still schema-valid', () => {
    const r = makeResults({ failing: 1, passing: 1, message: 'leaked SECRET-VALUE-1 here' });
    const out = redactResults(r, hostile);
    // Exactly as valid as before (the sample's own count quirk aside): redaction adds no problem.
    const problems = (x: unknown) => {
      const c = checkResults(JSON.parse(JSON.stringify(x)), 'x');
      return c.ok ? [] : c.problems;
    };
    expect(problems(out)).toEqual(problems(r));
    expect(problems(redactValue(r, { patterns: ['(a+)+$'], secrets: [] })).join()).toMatch(/schem\*\*\*/);
    expect(Object.keys(out)).toEqual(Object.keys(r));
    expect(out.cases.map((c) => c.trials.map((t) => t.outcome))).toEqual(r.cases.map((c) => c.trials.map((t) => t.outcome)));
    expect(JSON.stringify(out)).not.toContain('SECRET-VALUE-1');
  });

  it('comparison: messages, evidence, reasons and notices redacted; statuses and verdict untouched', () => {
    const cmp = makeComparison({ regressed: 1, unchanged: 1 });
    cmp.cases[1].message = 'SECRET-VALUE-1 in a message';
    cmp.cases[1].evidence = 'stderr SECRET-VALUE-1';
    cmp.notices = ['notice SECRET-VALUE-1'];
    const out = redactComparison(cmp, hostile);
    expect(out.verdict).toBe(cmp.verdict);
    expect(out.schema).toBe('evalgate/comparison@1');
    expect(out.cases.map((c) => c.status)).toEqual(cmp.cases.map((c) => c.status));
    expect(JSON.stringify(out)).not.toContain('SECRET-VALUE-1');
  });
});
