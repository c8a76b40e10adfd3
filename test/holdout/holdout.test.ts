import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  decryptHoldout,
  encryptHoldout,
  generateHoldoutKey,
  HoldoutError,
  parseHoldoutKey,
} from '../../src/case/holdout.js';

const files = [
  {
    path: 'refunds/refund-over-limit.yaml',
    content: 'id: refund-over-limit\nguards: 412\ninput:\n  message: "please refund order 88213 for $950"\nchecks:\n  - type: tool_not_called\n    tool: issue_refund\n',
  },
  { path: 'search/unicode.yaml', content: 'id: unicode-case\ninput: "Grüße — ünïcødé ✓"\n' },
];

function key(): Buffer {
  return randomBytes(32);
}

function expectHoldoutError(fn: () => unknown, pattern: RegExp): HoldoutError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(HoldoutError);
    expect((e as Error).message).toMatch(pattern);
    return e as HoldoutError;
  }
  throw new Error('expected a HoldoutError');
}

describe('encryptHoldout / decryptHoldout', () => {
  it('round-trips files, including unicode and an empty bundle', () => {
    const k = key();
    expect(decryptHoldout(encryptHoldout(files, k), k)).toEqual(files);
    expect(decryptHoldout(encryptHoldout([], k), k)).toEqual([]);
  });

  it('starts with the versioned magic header and uses a fresh IV each time', () => {
    const k = key();
    const a = encryptHoldout(files, k);
    const b = encryptHoldout(files, k);
    expect(a.subarray(0, 16).toString('ascii')).toBe('EVALGATE-HOLDOUT');
    expect(a[16]).toBe(1);
    expect(a.equals(b)).toBe(false);
  });

  it('rejects a wrong key without revealing either key', () => {
    const k = key();
    const other = key();
    const err = expectHoldoutError(() => decryptHoldout(encryptHoldout(files, k), other), /not the key it was encrypted with/);
    expect(err.message).not.toContain(k.toString('base64'));
    expect(err.message).not.toContain(other.toString('base64'));
    expect(err.message).not.toContain(k.toString('hex'));
  });

  it('detects a flipped bit at every byte position', () => {
    const k = key();
    const bundle = encryptHoldout(files.slice(0, 1), k);
    for (let i = 0; i < bundle.length; i++) {
      const tampered = Buffer.from(bundle);
      tampered[i] ^= 0x01;
      expect(() => decryptHoldout(tampered, k), `byte ${i}`).toThrow(HoldoutError);
    }
  });

  it.each([
    ['empty', 0, /not an evalgate holdout bundle/],
    ['header only', 17, /truncated \(17 bytes/],
    ['missing tag bytes', -5, /could not be decrypted/],
    ['missing one byte', -1, /could not be decrypted/],
  ])('rejects a truncated bundle (%s)', (_name, cut, pattern) => {
    const k = key();
    const bundle = encryptHoldout(files, k);
    const truncated = cut >= 0 ? bundle.subarray(0, cut) : bundle.subarray(0, bundle.length + cut);
    expectHoldoutError(() => decryptHoldout(truncated, k), pattern);
  });

  it('names an unknown format version instead of blaming the key', () => {
    const k = key();
    const bundle = Buffer.from(encryptHoldout(files, k));
    bundle[16] = 2;
    expectHoldoutError(() => decryptHoldout(bundle, k), /format version 2, this evalgate reads version 1/);
  });

  it('rejects data that is not a bundle', () => {
    expectHoldoutError(() => decryptHoldout(Buffer.from('id: plain yaml\n'), key()), /missing EVALGATE-HOLDOUT header/);
  });

  it('leaks no plaintext substring of the case files into the bundle', () => {
    const k = key();
    const bundle = encryptHoldout(files, k);
    const plaintext = Buffer.from(JSON.stringify({ version: 1, files }), 'utf8');
    // No 6-byte window of the plaintext payload (paths, ids, inputs, JSON keys) appears in the bundle.
    const window = 6;
    for (let i = 0; i + window <= plaintext.length; i++) {
      const piece = plaintext.subarray(i, i + window);
      expect(bundle.includes(piece), `plaintext window "${piece.toString()}"`).toBe(false);
    }
  });

  it('refuses duplicate paths and keys of the wrong length', () => {
    expectHoldoutError(() => encryptHoldout([files[0], files[0]], key()), /appears twice/);
    expectHoldoutError(() => encryptHoldout(files, randomBytes(16)), /must be 32 bytes/);
  });
});

describe('parseHoldoutKey', () => {
  const raw = Buffer.from(Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff));
  it.each([
    ['base64', raw.toString('base64')],
    ['base64 without padding', raw.toString('base64').replace(/=$/, '')],
    ['base64url', raw.toString('base64url')],
    ['hex lower', raw.toString('hex')],
    ['hex upper', raw.toString('hex').toUpperCase()],
    ['with surrounding whitespace and newline', `  ${raw.toString('base64')}\n`],
  ])('accepts %s', (_name, text) => {
    expect(parseHoldoutKey(text).equals(raw)).toBe(true);
  });

  it.each([
    ['empty', '', 0],
    ['short passphrase', 'hunter2-pass', 12],
    ['16-byte base64', randomBytes(16).toString('base64'), 24],
    ['63 hex chars', raw.toString('hex').slice(1), 63],
    ['64 chars, not hex nor base64', 'z'.repeat(63) + '!', 64],
    ['48-byte base64', randomBytes(48).toString('base64'), 64],
  ])('rejects %s, giving the length but never the value', (_name, text, length) => {
    const err = expectHoldoutError(
      () => parseHoldoutKey(text),
      new RegExp(`^EVALGATE_HOLDOUT_KEY must be 32 bytes, base64 or hex \\(got ${length} characters\\)`),
    );
    if (text.length > 0) expect(err.message).not.toContain(text);
  });

  it('generates keys that parse to 32 distinct random bytes', () => {
    const a = parseHoldoutKey(generateHoldoutKey());
    const b = parseHoldoutKey(generateHoldoutKey());
    expect(a.length).toBe(32);
    expect(a.equals(b)).toBe(false);
  });
});
