// JSON report: the machine-readable form of results or a comparison.

import type { Comparison, Results } from '../types.js';
import { redactValue, type RedactOptions } from './redact.js';

/** Pretty JSON (2-space indent, trailing newline) of results or a comparison, optionally redacted. */
export function renderJson(x: Results | Comparison, opts: { redact?: RedactOptions } = {}): string {
  const value = opts.redact ? redactValue(x, opts.redact) : x;
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Exactly `JSON.stringify(value, null, 2) + '\n'`, produced piece by piece: an object's array
 * members one element at a time. Writing a 100,000-case results file this way never builds the
 * whole text (about 1 KiB per case) as one string.
 */
export function* renderJsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  const obj = value as Record<string, unknown>;
  // JSON.stringify drops members whose value has no JSON form (undefined, functions, symbols).
  // A plain object or array always has one: asking JSON.stringify would build the very string
  // (the whole `cases` member) this function exists not to build.
  const hasJsonForm = (v: unknown): boolean =>
    v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function' ? true : JSON.stringify(v) !== undefined;
  const keys = Object.keys(obj).filter((k) => hasJsonForm(obj[k]));
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (let k = 0; k < keys.length; k++) {
    const member = obj[keys[k]];
    const head = `  ${JSON.stringify(keys[k])}: `;
    const tail = k < keys.length - 1 ? ',\n' : '\n';
    if (Array.isArray(member) && member.length > 0 && typeof (member as { toJSON?: unknown }).toJSON !== 'function') {
      yield `${head}[\n`;
      for (let i = 0; i < member.length; i++) {
        const item = JSON.stringify(member[i], null, 2) ?? 'null';
        yield `    ${item.replaceAll('\n', '\n    ')}${i < member.length - 1 ? ',' : ''}\n`;
      }
      yield `  ]${tail}`;
    } else {
      yield `${head}${JSON.stringify(member, null, 2).replaceAll('\n', '\n  ')}${tail}`;
    }
  }
  yield '}\n';
}
