// The encrypted holdout bundle (SPEC 7): case files PR authors cannot read.
// Pure crypto on buffers; reading/writing evals/holdout.enc is the caller's job.
//
// Layout (all lengths in bytes):
//   magic "EVALGATE-HOLDOUT" (16) | version (1) | IV (12) | AES-256-GCM ciphertext (n) | tag (16)
// The 17-byte header is passed as additional authenticated data, so a modified header is
// detected even though it is not encrypted.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A holdout problem the user can fix (bad key, wrong key, damaged or unknown bundle). */
export class HoldoutError extends Error {
  override name = 'HoldoutError';
}

/** One case file inside the bundle, path relative to the cases directory. */
export interface HoldoutFile {
  path: string;
  content: string;
}

const MAGIC = Buffer.from('EVALGATE-HOLDOUT', 'ascii');
/** Bundle format version this build writes and reads. */
export const HOLDOUT_FORMAT_VERSION = 1;
const HEADER_LENGTH = MAGIC.length + 1;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const KEY_LENGTH = 32;
const MIN_LENGTH = HEADER_LENGTH + IV_LENGTH + TAG_LENGTH;

const HEX_KEY = /^[0-9a-fA-F]{64}$/;
// 32 bytes = 43 base64 characters plus one '=' of padding (optional); url-safe alphabet accepted too.
const BASE64_KEY = /^[A-Za-z0-9+/]{43}=?$/;
const BASE64URL_KEY = /^[A-Za-z0-9_-]{43}=?$/;

/** Parses EVALGATE_HOLDOUT_KEY (32 bytes as hex or base64) without ever echoing it. */
export function parseHoldoutKey(text: string): Buffer {
  const trimmed = text.trim();
  let key: Buffer | null = null;
  if (HEX_KEY.test(trimmed)) key = Buffer.from(trimmed, 'hex');
  else if (BASE64_KEY.test(trimmed)) key = Buffer.from(trimmed, 'base64');
  else if (BASE64URL_KEY.test(trimmed)) key = Buffer.from(trimmed, 'base64url');
  if (key === null || key.length !== KEY_LENGTH) {
    throw new HoldoutError(
      `EVALGATE_HOLDOUT_KEY must be 32 bytes, base64 or hex (got ${trimmed.length} characters); ` +
        'create one with `openssl rand -base64 32`',
    );
  }
  return key;
}

/** Generates a fresh random 32-byte key, base64-encoded. */
export function generateHoldoutKey(): string {
  return randomBytes(KEY_LENGTH).toString('base64');
}

function checkKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_LENGTH) {
    throw new HoldoutError(`holdout key must be ${KEY_LENGTH} bytes (got ${Buffer.isBuffer(key) ? key.length : typeof key}); parse it with parseHoldoutKey`);
  }
}

function buildHeader(version: number): Buffer {
  return Buffer.concat([MAGIC, Buffer.from([version])]);
}

/** Encrypts case files into a bundle (fresh random IV on every call). */
export function encryptHoldout(files: HoldoutFile[], key: Buffer): Buffer {
  checkKey(key);
  const seen = new Set<string>();
  for (const f of files) {
    if (typeof f.path !== 'string' || f.path === '' || typeof f.content !== 'string') {
      throw new HoldoutError('every holdout file needs a non-empty string path and string content');
    }
    if (seen.has(f.path)) throw new HoldoutError(`holdout file "${f.path}" appears twice; each path must be unique`);
    seen.add(f.path);
  }
  const header = buildHeader(HOLDOUT_FORMAT_VERSION);
  const iv = randomBytes(IV_LENGTH);
  const payload = Buffer.from(
    JSON.stringify({ version: HOLDOUT_FORMAT_VERSION, files: files.map((f) => ({ path: f.path, content: f.content })) }),
    'utf8',
  );
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(payload), cipher.final()]);
  return Buffer.concat([header, iv, ciphertext, cipher.getAuthTag()]);
}

/** Decrypts and authenticates a bundle; HoldoutError on wrong key, tampering or unknown format. */
export function decryptHoldout(bundle: Buffer, key: Buffer): HoldoutFile[] {
  checkKey(key);
  if (bundle.length < HEADER_LENGTH || !bundle.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new HoldoutError(
      'holdout bundle is not an evalgate holdout bundle (missing EVALGATE-HOLDOUT header); re-create it with `evalgate holdout encrypt`',
    );
  }
  const version = bundle[MAGIC.length];
  if (version !== HOLDOUT_FORMAT_VERSION) {
    throw new HoldoutError(
      `holdout bundle has format version ${version}, this evalgate reads version ${HOLDOUT_FORMAT_VERSION}; ` +
        'upgrade evalgate or re-create the bundle with `evalgate holdout encrypt`',
    );
  }
  if (bundle.length < MIN_LENGTH) {
    throw new HoldoutError(
      `holdout bundle is truncated (${bundle.length} bytes, at least ${MIN_LENGTH} expected); re-create it with \`evalgate holdout encrypt\``,
    );
  }
  const header = bundle.subarray(0, HEADER_LENGTH);
  const iv = bundle.subarray(HEADER_LENGTH, HEADER_LENGTH + IV_LENGTH);
  const ciphertext = bundle.subarray(HEADER_LENGTH + IV_LENGTH, bundle.length - TAG_LENGTH);
  const tag = bundle.subarray(bundle.length - TAG_LENGTH);
  let plaintext: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LENGTH });
    decipher.setAAD(header);
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // GCM cannot tell a wrong key from a modified bundle: name both causes.
    throw new HoldoutError(
      'holdout bundle could not be decrypted: EVALGATE_HOLDOUT_KEY is not the key it was encrypted with, or the bundle was modified or truncated; ' +
        'check the secret, or re-create the bundle with `evalgate holdout encrypt`',
    );
  }
  return parsePayload(plaintext);
}

function parsePayload(plaintext: Buffer): HoldoutFile[] {
  let doc: unknown;
  try {
    doc = JSON.parse(plaintext.toString('utf8'));
  } catch {
    throw new HoldoutError('holdout bundle payload is not valid JSON; re-create it with `evalgate holdout encrypt`');
  }
  const d = doc as { version?: unknown; files?: unknown };
  if (typeof doc !== 'object' || doc === null || d.version !== HOLDOUT_FORMAT_VERSION || !Array.isArray(d.files)) {
    throw new HoldoutError(
      `holdout bundle payload has an unexpected shape (expected {version: ${HOLDOUT_FORMAT_VERSION}, files: [...]}); re-create it with \`evalgate holdout encrypt\``,
    );
  }
  return d.files.map((f: unknown, i: number) => {
    const file = f as { path?: unknown; content?: unknown };
    if (typeof f !== 'object' || f === null || typeof file.path !== 'string' || typeof file.content !== 'string') {
      throw new HoldoutError(`holdout bundle file #${i + 1} is malformed (expected {path, content} strings); re-create the bundle`);
    }
    return { path: file.path, content: file.content };
  });
}
