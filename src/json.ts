// Canonical JSON shared by the stages that hash or compare values (case definitions, tool args).

/** JSON with object keys sorted and undefined members dropped, so equal values give equal text. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Plain loops and concatenation: this runs over every case definition of a suite (hashing,
  // cache keys), and the filter/map/join version allocated several arrays per object.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + stableStringify(value[i]);
    return out + ']';
  }
  return stableStringifyWith(value as Record<string, unknown>, NONE_KNOWN);
}

const NONE_KNOWN: Readonly<Record<string, string>> = Object.freeze({});

/**
 * stableStringify of an object some of whose members are already stringified (`known`: key ->
 * canonical JSON of that member), so a caller that needed those strings anyway pays once.
 */
export function stableStringifyWith(obj: Record<string, unknown>, known: Readonly<Record<string, string>>): string {
  const keys = Object.keys(obj).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = obj[k];
    if (v === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(k) + ':' + (Object.prototype.hasOwnProperty.call(known, k) ? known[k] : stableStringify(v));
    first = false;
  }
  return out + '}';
}

/** Escapes one JSON-pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits a JSON pointer (`/checks/2/mode`) into unescaped segments (`~1` -> `/`, `~0` -> `~`). */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a JSON pointer inside `data`, or undefined when the path does not exist. */
export function valueAtPointer(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const seg of splitPointer(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Deepest nesting a trace or results document may have; deeper input is refused before anything recurses over it. */
export const MAX_JSON_DEPTH = 1000;

/**
 * Offset of the first `[` or `{` that nests deeper than `max` in JSON text, or -1. One linear scan
 * that skips strings, run before JSON.parse: the parse itself copes with any depth, but everything
 * after it (schema validation, JSON.stringify, checks) recurses and would overflow the stack.
 */
export function findExcessiveJsonDepth(text: string, max: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}

/** 1-based line and column of a zero-based offset in `text`. */
export function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  return { line: before.split('\n').length, col: before.length - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Where a JSON.parse error happened, from the offset V8 puts in its message (independent of the
 * Node version's wording), or null when the message has none (e.g. unexpected end of input).
 */
export function jsonErrorPosition(text: string, err: unknown): { line: number; col: number } | null {
  const m = /position (\d+)/.exec((err as Error)?.message ?? '');
  if (m) return offsetToLineCol(text, Number(m[1]));
  // "Unexpected end of JSON input": the end of the text is where something is missing.
  return /end of JSON input/.test((err as Error)?.message ?? '') ? offsetToLineCol(text, text.length) : null;
}

/** Why JSON.parse failed, without V8's offset wording (the position is reported separately). */
export function describeJsonError(err: unknown): string {
  const msg = (err as Error)?.message ?? String(err);
  return msg.replace(/\s*(in JSON )?at position \d+( \(line \d+ column \d+\))?/, '');
}

/**
 * JSON.parse of untrusted text, or undefined when it is not JSON or nests deeper than `max`:
 * JSON strings inside a trace (tool args, answers) are parsed again, and each parse must keep
 * the depth bound the outer trace had, or a deep value overflows the stack of every later walk.
 */
export function parseJsonBounded(text: string, max: number = MAX_JSON_DEPTH): unknown {
  if (findExcessiveJsonDepth(text, max) >= 0) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

