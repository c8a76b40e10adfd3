// JSON report: the machine-readable form of results or a comparison.

import type { Comparison, Results } from '../types.js';
import { redactValue, type RedactOptions } from './redact.js';

/** Pretty JSON (2-space indent, trailing newline) of results or a comparison, optionally redacted. */
export function renderJson(x: Results | Comparison, opts: { redact?: RedactOptions } = {}): string {
  const value = opts.redact ? redactValue(x, opts.redact) : x;
  return `${JSON.stringify(value, null, 2)}\n`;
}
