// Turning validation results into located, human problems (`file:line:col: message`).
import type { ErrorObject } from 'ajv';
import type { Problem } from '../types.js';
import type { YamlDocument } from './yaml.js';
import { splitPointer, valueAtPointer } from '../json.js';

/** Resolves the value at a JSON pointer inside `root` (see src/json.ts). */
export const valueAt = valueAtPointer;

/** Renders a problem as `path:line:col: message (expected ...)`; line 0 means file-level. */
export function renderProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col}` : p.file;
  return `${where}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}${p.hint ? `. Hint: ${p.hint}` : ''}`;
}

/**
 * Adds a hint to problems on a line like `guards: #1`: YAML reads everything from ` #` on as a
 * comment, so the value is empty (null) and the message alone ("null is not valid") puzzles.
 */
export function explainYamlComments(problems: readonly Problem[], text: string): Problem[] {
  const lines = text.split(/\r?\n/);
  return problems.map((p) => {
    const m = /^\s*(?:-\s+)?([^\s#:][^:#]*):\s+(#.*)$/.exec(lines[p.line - 1] ?? '');
    if (!m || p.hint || !/\b(null|empty)\b/.test(p.message)) return p;
    const key = m[1].trim();
    const comment = m[2].trim();
    const number = /^#(\d+)\b/.exec(comment)?.[1];
    const fix = number ? `write the number (${key}: ${number})` : `quote the text (${key}: ${JSON.stringify(comment)})`;
    return { ...p, hint: `"#" starts a YAML comment, so ${key} has no value here; ${fix}` };
  });
}

/** Sorts problems by file, then line, then column (stable for equal positions). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col,
  );
}

/** Formats a JSON pointer the way users read it: `/checks/2/mode` -> `checks[2].mode`. */
export function formatPointer(pointer: string): string {
  let out = '';
  for (const seg of splitPointer(pointer)) {
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Short, single-line rendering of a user value for messages. */
export function formatValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** JSON type name of a value as users think of it (YAML terms for collections). */
export function describeType(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return 'a string';
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  null: 'empty',
};


/** Special wording for anyOf/oneOf and pattern failures, keyed by a regex on the instance pointer. */
export interface AlternativeWording {
  pointer: RegExp;
  expected: string;
}

/**
 * Converts ajv errors into located problems. Keeps one message per offending node:
 * branch errors under a failed anyOf/oneOf are folded into one message, and `if`
 * errors (our per-type dispatch) are dropped because the `then` branch says what is wrong.
 */
export function convertAjvErrors(
  errors: readonly ErrorObject[],
  doc: YamlDocument,
  alternatives: readonly AlternativeWording[] = [],
  /** Produces the message for a failing enum at a pointer (e.g. unknown check type). */
  enumMessage?: (pointer: string, value: unknown, allowed: unknown[]) => { message: string; expected?: string } | undefined,
): Problem[] {
  const file = doc.file;
  const out: Problem[] = [];
  const seen = new Set<string>();
  const alternativePaths = errors
    .filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
    .map((e) => e.schemaPath + '/');
  const push = (p: Problem) => {
    const key = `${p.line}:${p.col}:${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    if (alternativePaths.some((prefix) => e.schemaPath.startsWith(prefix))) continue;
    const ptr = e.instancePath;
    const where = formatPointer(ptr);
    const prefix = where ? `${where}: ` : '';
    const value = valueAt(doc.value, ptr);
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = (e.params as { additionalProperty: string }).additionalProperty;
        const childPtr = `${ptr}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const allowed = Object.keys(((e.parentSchema as { properties?: object })?.properties ?? {}) as object);
        const pos = doc.locateKey(childPtr);
        const suggestion = closest(key, allowed);
        push({
          file,
          ...pos,
          message: `${prefix}unknown key "${key}"${suggestion ? `, did you mean "${suggestion}"?` : ''}`,
          expected: `one of ${allowed.join(', ')}`,
        });
        break;
      }
      case 'required': {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        push({ file, ...doc.locateKey(ptr), message: `${prefix}missing required key "${missing}"` });
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        const custom = enumMessage?.(ptr, value, allowed);
        const hint = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
        push({
          file,
          ...doc.locate(ptr),
          ...(custom ?? {
            message: `${prefix}${formatValue(value)} is not one of ${allowed.map(String).join(', ')}${hint ? `, did you mean "${hint}"?` : ''}`,
          }),
        });
        break;
      }
      case 'const': {
        const allowed = (e.params as { allowedValue: unknown }).allowedValue;
        push({ file, ...doc.locate(ptr), message: `${prefix}${formatValue(value)} is not allowed`, expected: formatValue(allowed) });
        break;
      }
      case 'type': {
        const t = (e.params as { type: string | string[] }).type;
        const types = (Array.isArray(t) ? t : String(t).split(',')).map((x) => TYPE_WORDS[x] ?? x);
        push({
          file,
          ...doc.locate(ptr),
          message: `${prefix}expected ${joinOr(types)}, got ${describeType(value)}${isScalar(value) ? ` ${formatValue(value)}` : ''}`,
        });
        break;
      }
      case 'anyOf':
      case 'oneOf': {
        const alt = alternatives.find((a) => a.pointer.test(ptr));
        const branches = ((e.parentSchema as { anyOf?: unknown[]; oneOf?: unknown[] })?.[e.keyword] ?? []) as Array<{
          required?: string[];
        }>;
        const allRequired = branches.length > 0 && branches.every((b) => Array.isArray(b.required) && Object.keys(b).length === 1);
        if (alt) {
          push({ file, ...doc.locate(ptr), message: `${prefix}${formatValue(value)} is not valid`, expected: alt.expected });
        } else if (allRequired) {
          const keys = branches.flatMap((b) => b.required ?? []).map((k) => `"${k}"`);
          const type = value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
          const label = typeof type === 'string' && where ? `${where} (${type}): ` : prefix;
          push({
            file,
            ...doc.locateKey(ptr),
            message:
              keys.length === 2 ? `${label}needs ${keys[0]} or ${keys[1]}` : `${label}needs at least one of ${keys.join(', ')}`,
          });
        } else {
          push({ file, ...doc.locate(ptr), message: `${prefix}${formatValue(value)} matches none of the allowed forms` });
        }
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const { comparison, limit } = e.params as { comparison: string; limit: number };
        push({ file, ...doc.locate(ptr), message: `${prefix}${formatValue(value)} is out of range`, expected: `a number ${comparison} ${limit}` });
        break;
      }
      case 'minItems': {
        const { limit } = e.params as { limit: number };
        push({ file, ...doc.locate(ptr), message: `${prefix}list is too short`, expected: `at least ${limit} item${limit === 1 ? '' : 's'}` });
        break;
      }
      case 'minLength': {
        push({ file, ...doc.locate(ptr), message: `${prefix}must not be empty` });
        break;
      }
      case 'uniqueItems': {
        const { i, j } = e.params as { i: number; j: number };
        const later = Math.max(i, j);
        push({
          file,
          ...doc.locate(`${ptr}/${later}`),
          message: `${formatPointer(`${ptr}/${later}`)}: ${formatValue(valueAt(doc.value, `${ptr}/${later}`))} is listed twice`,
          expected: 'each value at most once',
        });
        break;
      }
      case 'pattern': {
        const { pattern } = e.params as { pattern: string };
        const alt = alternatives.find((a) => a.pointer.test(ptr));
        push({
          file,
          ...doc.locate(ptr),
          message: `${prefix}${formatValue(value)} has the wrong format`,
          expected: alt?.expected ?? `a value matching ${pattern}`,
        });
        break;
      }
      case 'propertyNames':
        // The nested error (e.g. enum on the name) carries the detail.
        break;
      default:
        push({ file, ...doc.locate(ptr), message: `${prefix}${e.message ?? 'is invalid'}` });
    }
  }
  return out;
}

function joinOr(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function isScalar(v: unknown): boolean {
  return v !== null && v !== undefined && typeof v !== 'object';
}

/** The single allowed word closest to `word` (edit distance <= 2, no tie), for "did you mean" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  let tied = false;
  for (const c of candidates) {
    // The distance is at least the length difference: skipping those keeps a long list of long
    // candidates (tool names a harness printed) cheap, and never changes the answer or a tie.
    if (Math.abs(word.length - c.length) > bestD) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
      tied = false;
    } else if (d === bestD) {
      tied = true;
    }
  }
  // A tie (sev7 vs sev0..sev3) would be a guess, not a hint.
  return tied ? undefined : best;
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("rnu" -> "run" is 1). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
