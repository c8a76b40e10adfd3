// Redaction of secrets and configured patterns from everything evalgate writes or posts (SPEC 7).
//
// One step for every writer: a Redactor is built once per invocation (CLI or action) from the
// registered secrets and the compiled `redact:` matchers, and applied to data before anything cuts
// it. Redacting after a cut would miss a secret straddling the cut, and two fragments (say a
// 120-character message and the stderr tail) would rebuild it.
import { compileUserPattern } from '../regex.js';
import type { CaseComparison, CaseResult, Comparison, Results, TrialRecord } from '../types.js';

/** What to redact: literal secret values and regular-expression sources from `redact:` in config. */
export interface RedactOptions {
  patterns: string[];
  secrets: string[];
}

/** The replacement for every redacted span. */
export const REDACTED = '***';

/**
 * A compiled `redact:` pattern. Only `replaceAll` is used, so the regex engine behind it (RE2,
 * see src/regex.ts) is not the callers' concern.
 */
export interface RedactMatcher {
  /** The pattern as written in config. */
  source: string;
  /** `text` with every non-empty match replaced by `replacement`. */
  replaceAll(text: string, replacement: string): string;
}

/** Compiles one pattern; null when it is not valid (config validation reports those; a report must not crash on them). */
export function compileRedactPattern(pattern: string): RedactMatcher | null {
  // RE2 (src/regex.ts, cached there): the text is harness output, so matching must stay linear-time.
  const re = compileUserPattern(pattern);
  if ('error' in re) return null;
  return { source: pattern, replaceAll: (text, replacement) => re.replaceAll(text, replacement) };
}

/** Compiles `redact:` patterns, skipping invalid ones (they must not crash a report). */
export function compileRedactPatterns(patterns: readonly string[]): RedactMatcher[] {
  return patterns.map(compileRedactPattern).filter((m): m is RedactMatcher => m !== null);
}

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

/** What a Redactor was built from, as plain data: enough to build the same one in a worker thread (redactorFromSpec). */
export interface RedactorSpec {
  secrets: string[];
  /** Sources of the matchers (each compiled again with compileRedactPattern). */
  patterns: string[];
}

/** Redacts a string; `.value` redacts every string (and key) inside a JSON-like value. */
export interface Redactor {
  (text: string): string;
  /** Every string of a JSON-like value redacted; object keys too unless `keys: false` (keeps the shape). */
  value<T>(value: T, opts?: { keys?: boolean }): T;
  /** What it was built from. */
  readonly spec: RedactorSpec;
}

/** The one redaction step: literal secrets (longest first), then every matcher. */
export function createRedactor(opts: { secrets: readonly string[]; matchers: readonly RedactMatcher[] }): Redactor {
  const forms = [...new Set(opts.secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  // Longest first, so a secret that contains another is removed whole.
  const literal = forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : null;
  const matchers = [...opts.matchers];
  const text = (s: string): string => {
    if (!s) return s;
    let out = literal ? s.replace(literal, REDACTED) : s;
    for (const m of matchers) out = m.replaceAll(out, REDACTED);
    return out;
  };
  const value = <T>(v: T, o: { keys?: boolean } = {}): T => {
    const key = o.keys === false ? (k: string) => k : text;
    const walk = (x: unknown): unknown => {
      if (typeof x === 'string') return text(x);
      if (Array.isArray(x)) return x.map(walk);
      if (x !== null && typeof x === 'object') {
        const o: Record<string, unknown> = {};
        for (const [k, y] of Object.entries(x as Record<string, unknown>)) o[key(k)] = walk(y);
        return o;
      }
      return x;
    };
    return walk(v) as T;
  };
  return Object.assign(text, { value, spec: { secrets: [...opts.secrets], patterns: opts.matchers.map((m) => m.source) } });
}

/** The redactor a spec describes (the same one, rebuilt: patterns compile through the same cache). */
export function redactorFromSpec(spec: RedactorSpec): Redactor {
  return createRedactor({ secrets: spec.secrets, matchers: compileRedactPatterns(spec.patterns) });
}

/** A redactor that changes nothing (tests, and inputs known to hold no secrets). */
export const NO_REDACTION: Redactor = createRedactor({ secrets: [], matchers: [] });

/** Replace every secret value and every match of a configured pattern by `***`; invalid patterns are ignored. */
export function redact(text: string, opts: RedactOptions): string {
  return createRedactor({ secrets: opts.secrets, matchers: compileRedactPatterns(opts.patterns) })(text);
}

/** Redact every string inside a JSON-like value (object keys included), returning a new value. */
export function redactValue<T>(value: T, opts: RedactOptions): T {
  return createRedactor({ secrets: opts.secrets, matchers: compileRedactPatterns(opts.patterns) }).value(value);
}

// ---------------------------------------------------------------- which environment values are secrets

/**
 * Environment variables whose values evalgate treats as secrets: GITHUB_TOKEN, EVALGATE_HOLDOUT_KEY,
 * and every name ending in _TOKEN, _KEY, _SECRET or _PASSWORD (also with a prefix such as
 * OPENAI_API_KEY, AWS_SECRET_ACCESS_KEY is matched by _KEY). `-` counts as `_` (action inputs).
 */
export function isSecretName(name: string): boolean {
  const n = name.toUpperCase().replace(/-/g, '_');
  return n === 'GITHUB_TOKEN' || n === 'EVALGATE_HOLDOUT_KEY' || /_(TOKEN|KEY|SECRET|PASSWORD)$/.test(n) || /^(TOKEN|KEY|SECRET|PASSWORD)$/.test(n);
}

/** Values shorter than this are not registered: `USE_KEY=true` must not turn every "true" into ***. */
export const MIN_ENV_SECRET_LENGTH = 8;

/** The values of secret-looking variables (see isSecretName), long enough to redact safely. Pure. */
export function collectEnvSecrets(env: Readonly<Record<string, string | undefined>>): string[] {
  const out = new Set<string>();
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !isSecretName(name)) continue;
    if (value.trim().length >= MIN_ENV_SECRET_LENGTH) out.add(value);
  }
  return [...out];
}

// ---------------------------------------------------------------- cutting redacted text

// Characters secrets are made of (API keys, JWTs, base64): a cut inside a run of them leaves a fragment.
const TOKEN_CHAR = /[A-Za-z0-9_\-+/=.~:]/;

/**
 * The first `max` characters of already-redacted text, ending in `…` when cut. When the cut falls
 * inside a run of token characters the whole run is dropped: a secret that was not whole in the
 * text (so redaction could not see it) leaves no fragment at the cut.
 */
export function cutHead(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  if (TOKEN_CHAR.test(text[end] ?? '') && TOKEN_CHAR.test(text[end - 1] ?? '')) {
    let i = end;
    while (i > 0 && TOKEN_CHAR.test(text[i - 1])) i--;
    end = i;
  }
  return `${text.slice(0, end)}…`;
}

/** The last `max` characters of already-redacted text, starting with `…` when cut; drops a token run split by the cut (see cutHead). */
export function cutTail(text: string, max: number): string {
  if (text.length <= max) return text;
  let start = text.length - Math.max(0, max - 1);
  if (start < text.length && /[\uDC00-\uDFFF]/.test(text[start])) start++;
  if (TOKEN_CHAR.test(text[start - 1] ?? '') && TOKEN_CHAR.test(text[start] ?? '')) {
    let i = start;
    while (i < text.length && TOKEN_CHAR.test(text[i])) i++;
    start = i;
  }
  return `…${text.slice(start)}`;
}

/**
 * The redactor of one CLI or action invocation: explicit secrets (the token, the holdout key),
 * secret-looking variables of its environment and of `harness.env` (see isSecretName), and the
 * configured `redact:` patterns. CLI and action both build theirs here.
 */
export function buildRedactor(opts: {
  env: Readonly<Record<string, string | undefined>>;
  secrets?: readonly string[];
  harnessEnv?: Readonly<Record<string, string>>;
  patterns: readonly string[];
}): Redactor {
  const secrets = [...(opts.secrets ?? []).filter((s) => s.trim().length >= 4), ...collectEnvSecrets(opts.env), ...collectEnvSecrets(opts.harnessEnv ?? {})];
  return createRedactor({ secrets, matchers: compileRedactPatterns(opts.patterns) });
}

// ---------------------------------------------------------------- evalgate's own documents

/**
 * Results with every free-text field redacted: trial messages, errors, stderr tails, trace
 * excerpts and conversion warnings, case titles, notices and the harness command. Keys, ids, commits and enum values are
 * left alone, so a `redact` pattern that happens to match part of "schema" or "pass" cannot turn
 * the file into one that no longer validates.
 */
export function redactResults(r: Results, red: Redactor): Results {
  const text = (s: string | undefined) => (s === undefined ? s : red(s));
  return {
    ...r,
    harness: { ...r.harness, command: red(r.harness.command) },
    notices: r.notices.map(red),
    cases: r.cases.map((c) => {
      const out: CaseResult = {
        ...c,
        trials: c.trials.map((t) => {
          const x: TrialRecord = { ...t, failures: t.failures.map((f) => ({ ...f, message: red(f.message) })) };
          if (t.error !== undefined) x.error = text(t.error);
          if (t.stderr_tail !== undefined) x.stderr_tail = text(t.stderr_tail);
          if (t.trace_excerpt !== undefined) x.trace_excerpt = text(t.trace_excerpt);
          // Conversion warnings quote span and model names from the harness's export.
          if (t.warnings !== undefined) x.warnings = t.warnings.map(red);
          return x;
        }),
      };
      if (c.title !== undefined) out.title = red(c.title);
      return out;
    }),
  };
}

/** A comparison with every free-text field redacted (messages, evidence, titles, reasons, notices, baseline source, harness changes); structure untouched. */
export function redactComparison(c: Comparison, red: Redactor): Comparison {
  const out: Comparison = {
    ...c,
    base: c.base ? { ...c.base, source: red(c.base.source) } : null,
    notices: c.notices.map(red),
    reasons: c.reasons.map((r) => ({ ...r, message: red(r.message) })),
    cases: c.cases.map((row) => {
      const x: CaseComparison = { ...row, message: row.message === null ? null : red(row.message) };
      if (row.evidence !== undefined) x.evidence = red(row.evidence);
      if (row.title !== undefined) x.title = red(row.title);
      if (row.definitions !== undefined) x.definitions = { base: red(row.definitions.base), head: red(row.definitions.head) };
      return x;
    }),
  };
  if (Array.isArray(c.harness_changes)) {
    out.harness_changes = c.harness_changes.map((h) => ({ ...h, base: h.base === null ? null : red(h.base), head: h.head === null ? null : red(h.head) }));
  }
  return out;
}

/** redactResults or redactComparison, by the document's schema. */
export function redactDocument<T extends Results | Comparison>(x: T, red: Redactor): T {
  return (x.schema === 'evalgate/comparison@1' ? redactComparison(x as Comparison, red) : redactResults(x as Results, red)) as T;
}
