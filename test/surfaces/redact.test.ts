import { describe, expect, it } from 'vitest';
import { redact, redactValue } from '../../src/surfaces/redact.js';
import { renderComparisonMarkdown } from '../../src/surfaces/markdown.js';
import { renderJson } from '../../src/surfaces/json.js';
import { makeComparison } from './samples.js';

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
