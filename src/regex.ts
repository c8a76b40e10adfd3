// Regular expressions that run on untrusted text (harness output, evidence): output_match
// patterns and redact patterns. They go through RE2 (re2js, a pure-JS port of Google's RE2),
// whose matching time is linear in the input: a pattern like `(a+)+$` cannot backtrack
// catastrophically and hang the gate, which V8's backtracking RegExp would. The price is RE2
// syntax: no backreferences and no lookaround. Validation and matching use the same compile
// below, so `validate` accepts exactly the patterns the checks can run.
import { RE2JS, RE2JSException } from 're2js';
import { createCompileCache } from './compile-cache.js';

/** A compiled user pattern. */
export interface UserPattern {
  /** True when the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** `text` with every non-empty match replaced by `replacement`. */
  replaceAll(text: string, replacement: string): string;
}

/** Syntax the docs and error messages name for user patterns. */
export const PATTERN_SYNTAX = 'an RE2 regular expression: no lookaround or backreferences, (?i) for case-insensitive';

// The project's one bounded LRU (compile-cache.ts), as for user schemas.
const cache = createCompileCache<UserPattern | string>(500);

/** Compiles a user pattern once (cached), or returns why it is not valid. */
export function compileUserPattern(pattern: string): UserPattern | { error: string } {
  const hit = cache.get(pattern, () => compileUncached(pattern));
  return typeof hit === 'string' ? { error: hit } : hit;
}

/** Why `pattern` is not a valid user pattern, or null when it compiles (the one rule `validate` and the checks share). */
export function patternError(pattern: string): string | null {
  const r = compileUserPattern(pattern);
  return 'error' in r ? r.error : null;
}

function compileUncached(pattern: string): UserPattern | string {
  let re: RE2JS;
  try {
    // RE2 itself understands inline flags such as the documented `(?i)` prefix.
    re = RE2JS.compile(pattern);
  } catch (err) {
    if (!(err instanceof RE2JSException)) throw err;
    // "error parsing regexp: missing closing ): `(`" -> "missing closing ): `(`"
    return err.message.replace(/^error parsing regexp:\s*/, '');
  }
  return {
    test: (text: string) => re.test(text),
    // Empty matches (e.g. `x*`) must not insert the replacement between every character.
    replaceAll: (text: string, replacement: string) => re.matcher(text).replaceAll((m: string) => (m === '' ? '' : replacement)),
  };
}
