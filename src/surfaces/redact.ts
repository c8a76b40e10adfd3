// Redaction of secrets and configured patterns from everything evalgate posts (SPEC 7).
import { compileUserPattern } from '../regex.js';

/** What to redact: literal secret values and regular-expression sources from `redact:` in config. */
export interface RedactOptions {
  patterns: string[];
  secrets: string[];
}

/** The replacement for every redacted span. */
export const REDACTED = '***';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Forms under which a secret can show up in evidence: verbatim, JSON-escaped, and each line of a multi-line secret. */
function secretForms(secret: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    // Very short fragments would shred unrelated text; GitHub's own masking ignores them too.
    if (s.trim().length >= 3) forms.add(s);
  };
  add(secret);
  add(JSON.stringify(secret).slice(1, -1));
  if (/[\r\n]/.test(secret)) for (const line of secret.split(/\r?\n|\r/)) add(line);
  return [...forms];
}

/** Replace every secret value and every match of a configured pattern by `***`; invalid patterns are ignored. */
export function redact(text: string, opts: RedactOptions): string {
  if (!text) return text;
  let out = text;
  const forms = opts.secrets.flatMap(secretForms);
  if (forms.length > 0) {
    // Longest first, so a secret that contains another is removed whole.
    forms.sort((a, b) => b.length - a.length);
    out = out.replace(new RegExp(forms.map(escapeRegExp).join('|'), 'g'), REDACTED);
  }
  for (const p of opts.patterns) {
    // RE2 (src/regex.ts): the text is harness output, so matching must stay linear-time.
    const re = compileUserPattern(p);
    // Invalid patterns are rejected by config validation; here they must not crash a report.
    if ('error' in re) continue;
    out = re.replaceAll(out, REDACTED);
  }
  return out;
}

/** Redact every string inside a JSON-like value (object keys included), returning a new value. */
export function redactValue<T>(value: T, opts: RedactOptions): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redact(v, opts);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) o[redact(k, opts)] = walk(x);
      return o;
    }
    return v;
  };
  return walk(value) as T;
}
