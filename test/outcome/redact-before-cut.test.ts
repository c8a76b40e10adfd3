// Redact first, then cut (issue 9, item 11): every place a trial's evidence or messages quote a
// cut piece of harness output must see the redacted text, or a secret straddling the cut leaves a
// fragment that redaction can no longer match (and two fragments rebuild it).
import { describe, expect, it } from 'vitest';
import type { Check, TrialRecord, TrialRun } from '../../src/types.js';
import { evaluateTrial } from '../../src/outcome/evaluate.js';
import { parseRawRun, STDERR_EVIDENCE_CHARS } from '../../src/engine/trial.js';
import { compileRedactPatterns, createRedactor, redact } from '../../src/surfaces/redact.js';
import { STDERR_MARGIN_BYTES, STDERR_TAIL_BYTES } from '../../src/adapters/harness.js';
import { caseOf, tool, traceOf } from './helpers.js';

const SECRET = 'ghp_S3cretT0kenValue0123456789abcdefXYZ';
const redactor = createRedactor({ secrets: [SECRET], matchers: compileRedactPatterns([]) });
const none = new Map();

/** 8-character pieces of the secret found in `text`. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 8 <= SECRET.length; i++) if (text.includes(SECRET.slice(i, i + 8))) out.push(SECRET.slice(i, i + 8));
  return out;
}
const everything = (r: TrialRecord) => JSON.stringify(r);

const replyMatch: Check = { type: 'output_match', path: 'reply', pattern: '^ok$' };
// The output_match message quotes the value cut to 120 characters: the secret straddles that cut.
const straddling = traceOf([tool('lookup', { auth: 'x'.repeat(270) + SECRET })], { output: { reply: 'x'.repeat(100) + SECRET + ' and more' } });
const run: TrialRun = { kind: 'trace', trace: straddling, stderr_tail: '', wall_ms: 10 };

describe('trial messages and evidence are cut after redaction', () => {
  it('the hazard: redacting the message after the cut leaves a fragment', () => {
    const r = evaluateTrial(caseOf([replyMatch]), 1, run, none, 0);
    expect(pieces(redact(r.failures[0].message, { patterns: [], secrets: [SECRET] })).length).toBeGreaterThan(0);
  });

  it('with the redactor, no failure message nor the trace excerpt holds any piece of the secret', () => {
    const r = evaluateTrial(caseOf([replyMatch, { type: 'tool_args', tool: 'lookup', args: { auth: 'nope' }, match: 'subset' }]), 1, run, none, 0, redactor);
    expect(r.outcome).toBe('fail');
    expect(r.failures).toHaveLength(2);
    expect(r.failures[0].message).toContain('***');
    expect(r.trace_excerpt).toContain('***');
    expect(pieces(everything(r))).toEqual([]);
  });

  it('a check that fails because of the secret itself says so without quoting it', () => {
    const noKeys: Check = { type: 'output_match', path: 'reply', pattern: 'ghp_[A-Za-z0-9]+', negate: true };
    const r = evaluateTrial(caseOf([noKeys]), 1, run, none, 0, redactor);
    expect(r.outcome).toBe('fail');
    expect(r.failures[0].message).toMatch(/details withheld/);
    expect(pieces(everything(r))).toEqual([]);
  });

  it('stderr: the adapter keeps a margin, the engine redacts and then cuts', () => {
    // The secret starts just over STDERR_TAIL_BYTES from the end: a plain 4 KiB tail starts inside it.
    const stderr = 'early log\n' + SECRET + 'y'.repeat(STDERR_TAIL_BYTES - 20) + '\n';
    const window = stderr.slice(-(STDERR_TAIL_BYTES + STDERR_MARGIN_BYTES));
    expect(pieces(stderr.slice(-STDERR_TAIL_BYTES)).length).toBeGreaterThan(0);
    const parsed = parseRawRun({ kind: 'timeout', stderr_tail: window, wall_ms: 5 }, {}, redactor);
    expect(parsed.stderr_tail.length).toBeLessThanOrEqual(STDERR_EVIDENCE_CHARS);
    expect(pieces(parsed.stderr_tail)).toEqual([]);
  });

  it('an invalid trace is described from the redacted output (its first bytes are quoted)', () => {
    const stdout = `{"oops": "${'z'.repeat(40)}${SECRET}`;
    const parsed = parseRawRun({ kind: 'output', stdout, stderr_tail: '', wall_ms: 5, exit_code: 1, signal: null }, {}, redactor);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(pieces(parsed.reason)).toEqual([]);
  });
});
