// YAML parsing that keeps source positions, so every validation problem can point at
// the exact line and column a user has to edit.
import { parseEvents, getScalarValue, YAMLException, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import { load as loadValue, CORE_SCHEMA, Type, YAMLException as ValueYamlException } from 'js-yaml4';
import type { Problem } from '../types.js';
import { escapePointerSegment, splitPointer } from '../json.js';
import { decodeUtf8, firstInvalidUtf8Offset } from '../utf8.js';

/** A 1-based source position. */
export interface Position {
  line: number;
  col: number;
}

/** Where a node sits in the source: its value, and its key when it is a mapping entry. */
export interface NodeLocation {
  value: Position;
  key?: Position;
}

/** A parsed YAML document with a JSON-pointer -> position map. */
export interface YamlDocument {
  file: string;
  /** The loaded value (undefined when the text has a syntax error, null when empty). */
  value: unknown;
  /** Syntax errors (at most one: the parser stops at the first). */
  problems: Problem[];
  /** Every addressable node, keyed by JSON pointer ('' is the root). */
  locations: ReadonlyMap<string, NodeLocation>;
  /** Position of the value at `pointer`, falling back to the nearest existing ancestor. */
  locate(pointer: string): Position;
  /** Position of the key at `pointer` (the value when it has no key), with the same fallback. */
  locateKey(pointer: string): Position;
}



/** Builds a function mapping zero-based offsets to 1-based line/col. */
function buildOffsetMapper(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - lineStarts[lo] + 1 };
  };
}

/** Start offset of a node event, including its anchor/tag and a scalar's opening quote. */
function nodeStart(ev: Event): number {
  let start = -1;
  if (ev.type === EVENT_ID.SCALAR) {
    start = ev.valueStart;
    // Quoted scalars report the offset after the quote; users expect the quote.
    if (start >= 0 && (ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED)) start -= 1;
  } else if (ev.type === EVENT_ID.SEQUENCE || ev.type === EVENT_ID.MAPPING) {
    start = ev.start;
  } else if (ev.type === EVENT_ID.ALIAS) {
    start = ev.anchorStart > 0 ? ev.anchorStart - 1 : ev.anchorStart;
  }
  if ('tagStart' in ev && ev.tagStart >= 0 && (start < 0 || ev.tagStart < start)) start = ev.tagStart;
  if ('anchorStart' in ev && ev.type !== EVENT_ID.ALIAS && ev.anchorStart >= 0 && (start < 0 || ev.anchorStart - 1 < start)) {
    start = ev.anchorStart - 1;
  }
  return start;
}

/** Largest YAML text evalgate parses (case files and evalgate.yml); bigger input belongs in fixtures. */
export const MAX_YAML_BYTES = 1024 * 1024;
/** Most nodes that aliases may add to a document when expanded (guards against "billion laughs"). */
export const MAX_ALIAS_EXPANSION = 100_000;

/** Thrown by the event walk: a problem with a source offset, reported like a syntax error. */
class LocatedYamlError extends Error {
  constructor(message: string, readonly offset: number, readonly expected: string) {
    super(message);
  }
}

/**
 * Walks the event stream of the first document, recording each node's position. On the way it
 * rejects what the loader would either report without a name (a duplicate key) or not notice at
 * all: aliases whose expansion multiplies the document (each alias costs the size of its anchor's
 * subtree, so a "billion laughs" chain is caught after a few events, before anything is built).
 */
function buildLocations(text: string, events: Event[], toPos: (offset: number) => Position): Map<string, NodeLocation> {
  const map = new Map<string, NodeLocation>();
  let i = 0;
  while (i < events.length && events[i].type !== EVENT_ID.DOCUMENT) i++;
  if (i >= events.length) return map;
  i++;
  const anchorWeights = new Map<string, number>();
  let aliasNodes = 0;

  // pointer null = not addressable (complex key); we still consume its events.
  // Returns the node's weight: how many nodes it stands for once aliases are expanded.
  const walk = (pointer: string | null, keyPos: Position | undefined): number => {
    const ev = events[i++];
    if (!ev || ev.type === EVENT_ID.POP || ev.type === EVENT_ID.DOCUMENT) return 0;
    const start = nodeStart(ev);
    if (pointer !== null) {
      // An empty value (`key:`) has no offset, and block collections and block scalars
      // start below their key: in all these cases the key is what the user reads as "the value".
      const isBlockCollection =
        (ev.type === EVENT_ID.SEQUENCE || ev.type === EVENT_ID.MAPPING) && ev.style === COLLECTION_STYLE.BLOCK;
      const isBlockScalar =
        ev.type === EVENT_ID.SCALAR && (ev.style === SCALAR_STYLE.LITERAL_BLOCK || ev.style === SCALAR_STYLE.FOLDED_BLOCK);
      const value = start >= 0 && !((isBlockCollection || isBlockScalar) && keyPos) ? toPos(start) : keyPos;
      if (value) map.set(pointer, keyPos ? { value, key: keyPos } : { value });
    }
    if (ev.type === EVENT_ID.ALIAS) {
      const weight = anchorWeights.get(text.slice(ev.anchorStart, ev.anchorEnd)) ?? 1;
      aliasNodes += weight;
      if (aliasNodes > MAX_ALIAS_EXPANSION) {
        throw new LocatedYamlError(
          `aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes (an alias bomb?)`,
          start,
          `at most ${MAX_ALIAS_EXPANSION} nodes added by aliases; write the data out or move it to a fixture`,
        );
      }
      return weight;
    }
    let weight = 1;
    if (ev.type === EVENT_ID.SEQUENCE) {
      let n = 0;
      while (i < events.length && events[i].type !== EVENT_ID.POP) {
        weight += walk(pointer === null ? null : `${pointer}/${n}`, undefined);
        n++;
      }
      i++;
    } else if (ev.type === EVENT_ID.MAPPING) {
      const seen = new Map<string, Position>();
      while (i < events.length && events[i].type !== EVENT_ID.POP) {
        const keyEv = events[i];
        let childPointer: string | null = null;
        let childKeyPos: Position | undefined;
        if (keyEv.type === EVENT_ID.SCALAR) {
          i++;
          weight++;
          const keyStart = nodeStart(keyEv);
          childKeyPos = keyStart >= 0 ? toPos(keyStart) : undefined;
          const key = getScalarValue(text, keyEv as ScalarEvent);
          const first = seen.get(key);
          if (first) {
            throw new LocatedYamlError(`duplicate key "${key.length > 60 ? `${key.slice(0, 57)}...` : key}" (first at line ${first.line}, column ${first.col})`, keyStart, 'each key once per mapping');
          }
          if (childKeyPos) seen.set(key, childKeyPos);
          if (pointer !== null) childPointer = `${pointer}/${escapePointerSegment(key)}`;
        } else {
          weight += walk(null, undefined);
        }
        weight += walk(childPointer, childKeyPos);
      }
      i++;
    }
    if ('anchorStart' in ev && ev.anchorStart >= 0) anchorWeights.set(text.slice(ev.anchorStart, ev.anchorEnd), weight);
    return weight;
  };
  walk('', undefined);
  return map;
}

/** Offset of the second document of a stream (its `---` line when it has one), or -1 when there is one document. */
function secondDocumentOffset(text: string, events: Event[]): number {
  // The usual case, one document, without building anything.
  let count = 0;
  for (const e of events) if (e.type === EVENT_ID.DOCUMENT && ++count > 1) break;
  if (count < 2) return -1;
  const docs = events.flatMap((e, idx) => (e.type === EVENT_ID.DOCUMENT ? [{ e, idx }] : []));
  if (docs.length < 2) return -1;
  const second = docs[1];
  const node = events.slice(second.idx + 1).find((e) => e.type !== EVENT_ID.POP && e.type !== EVENT_ID.DOCUMENT);
  const nodeAt = node ? nodeStart(node) : -1;
  // The separator line is what the user reads as "the second document".
  const before = nodeAt >= 0 ? text.slice(0, nodeAt) : text;
  const sep = [...before.matchAll(/^(---|\.\.\.)(?=\s|$)/gm)].map((m) => m.index ?? 0);
  const dashes = [...before.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index ?? 0);
  if (second.e.type === EVENT_ID.DOCUMENT && second.e.explicitStart && dashes.length > 0) return dashes[dashes.length - 1];
  return nodeAt >= 0 ? nodeAt : (sep[sep.length - 1] ?? 0);
}

// Two majors of js-yaml, each for what it does well. js-yaml 5's event stream carries every
// node's offset and lets the alias walk below bound expansion before anything is built, but
// its parser costs ~100 µs per case file: at 10,000 files that was half of `validate`.
// js-yaml 4's load() costs ~25 µs. So every value comes from js-yaml 4 (one semantics for
// every file), and the events are parsed only when a file may expand (it has an anchor), when
// it does not load (to locate the error), or when a position beyond a top-level key is asked
// for (a problem is being reported). A test holds the two loaders to the same values.

/** js-yaml 4's core schema plus what js-yaml 5's core schema also reads: `-.5` and `+.5` as numbers. */
const VALUE_SCHEMA = CORE_SCHEMA.extend({
  implicit: [
    new Type('tag:evalgate.dev,2026:signed-dot-float', {
      kind: 'scalar',
      resolve: (data) => typeof data === 'string' && /^[-+]\.[0-9]+(?:[eE][-+]?[0-9]+)?$/.test(data),
      construct: (data) => parseFloat(data as string),
    }),
  ],
});

/** Deepest nesting accepted (js-yaml 5's maxDepth, which the event path enforces). */
const MAX_NESTING = 100;

/** Whether any node of a loaded value sits MAX_NESTING or more levels deep (iterative: the value may be deep). */
function nestedTooDeep(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    const children = Array.isArray(v) ? v : Object.values(v);
    if (children.length > 0 && depth + 1 >= MAX_NESTING) return true;
    for (const c of children) stack.push([c, depth + 1]);
  }
  return false;
}

/** The one document of a text, as js-yaml 4 reads it (undefined for a comment-only text). */
function parseDocumentValue(text: string, file: string): unknown {
  return loadValue(text, { schema: VALUE_SCHEMA, filename: file });
}

/**
 * Positions of the top-level keys of a block mapping, read off the lines without parsing:
 * `key: value` at column 1. Trusted only when it finds every key of the loaded value once and
 * nothing else (a multi-line string with a `key:` line in it makes it disagree, so it is not
 * used); null otherwise. Values that start on a later line are left to the full map.
 */
function scanTopLevelKeys(text: string, value: unknown): Map<string, { key: Position; value?: Position }> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const obj = value as Record<string, unknown>;
  const out = new Map<string, { key: Position; value?: Position }>();
  const re = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t\r]|$)/gm;
  let lineNo = 0;
  let lineStartAt = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // Count lines up to this match.
    for (let i = lineStartAt; i < m.index; i++) if (text.charCodeAt(i) === 10) lineNo++;
    lineStartAt = m.index;
    const key = m[1];
    if (out.has(key) || !Object.prototype.hasOwnProperty.call(obj, key)) return null;
    const keyPos = { line: lineNo + 1, col: 1 };
    let at = m.index + m[0].length;
    while (text[at] === ' ' || text[at] === '\t') at++;
    const c = text[at];
    const v = obj[key];
    let valuePos: Position | undefined = { line: lineNo + 1, col: at - m.index + 1 };
    if (c === undefined || c === '\n' || c === '\r' || c === '#') {
      // Nothing on the key line: an empty value or a block collection, both shown at the key;
      // a scalar continued on the next line is the full map's to place.
      if (v !== null && typeof v !== 'object') valuePos = undefined;
      else valuePos = keyPos;
    } else if (c === '|' || c === '>') {
      valuePos = keyPos;
    }
    out.set(key, { key: keyPos, value: valuePos });
  }
  return out.size === Object.keys(obj).length ? out : null;
}

/** Parses one YAML document, keeping a map from JSON pointer to source position. */
export function parseYamlDocument(text: string, file: string): YamlDocument {
  const problems: Problem[] = [];
  let value: unknown;
  let locations: Map<string, NodeLocation> | null = new Map<string, NodeLocation>();
  const bytes = text.length > MAX_YAML_BYTES / 4 ? Buffer.byteLength(text, 'utf8') : text.length;
  if (bytes > MAX_YAML_BYTES) {
    value = undefined;
    problems.push({
      file,
      line: 1,
      col: 1,
      message: `file is ${bytes} bytes, over the ${MAX_YAML_BYTES}-byte limit for YAML files`,
      expected: 'a smaller file; large inputs belong in a fixture',
    });
  } else if (text.trim() === '') {
    value = null;
  } else {
    const fast = text.includes('&') ? undefined : parseFast(text, file);
    if (fast) {
      value = fast.value;
      locations = null; // built on demand
    } else {
      const slow = parseWithEvents(text, file);
      value = slow.value;
      locations = slow.locations;
      problems.push(...slow.problems);
    }
  }
  let top: Map<string, { key: Position; value?: Position }> | null | undefined;
  const fullMap = (): Map<string, NodeLocation> => {
    if (locations === null) locations = parseWithEvents(text, file).locations;
    return locations;
  };
  const find = (pointer: string, useKey: boolean): Position => {
    if (locations === null && pointer.lastIndexOf('/') === 0) {
      if (top === undefined) top = scanTopLevelKeys(text, value);
      const loc = top?.get(pointer.slice(1));
      if (loc && useKey) return loc.key;
      if (loc?.value) return loc.value;
    }
    const map = fullMap();
    let segments = splitPointer(pointer);
    for (;;) {
      const p = segments.length === 0 ? '' : '/' + segments.map(escapePointerSegment).join('/');
      const loc = map.get(p);
      if (loc) return useKey && loc.key ? loc.key : loc.value;
      if (segments.length === 0) return { line: 1, col: 1 };
      segments = segments.slice(0, -1);
      // An ancestor is better pointed at by its key (that is the line the user reads).
      useKey = true;
    }
  };
  return {
    file,
    value,
    problems,
    get locations() {
      return fullMap();
    },
    locate: (pointer) => find(pointer, false),
    locateKey: (pointer) => find(pointer, true),
  };
}

/** The fast path: js-yaml 4 alone, for a text without anchors; undefined when it needs the event path. */
function parseFast(text: string, file: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = parseDocumentValue(text, file);
  } catch {
    return undefined; // the event path locates the error (or reports this one)
  }
  if (value === undefined) return { value: null }; // comments only
  if (nestedTooDeep(value)) return undefined;
  return { value };
}

/** The event path: js-yaml 5's events for positions and the alias bound, then the value as the fast path reads it. */
function parseWithEvents(text: string, file: string): { value: unknown; locations: Map<string, NodeLocation>; problems: Problem[] } {
  if (isOnlyComments(text)) return { value: null, locations: new Map(), problems: [] };
  const toPos = buildOffsetMapper(text);
  try {
    const events = parseEvents(text, {});
    const second = secondDocumentOffset(text, events);
    if (second >= 0) {
      throw new LocatedYamlError('a second YAML document starts here', second, 'one document per file, without a second `---`');
    }
    const locations = buildLocations(text, events, toPos);
    const value = parseDocumentValue(text, file);
    return { value: value === undefined ? null : value, locations, problems: [] };
  } catch (err) {
    const problem =
      err instanceof LocatedYamlError
        ? { file, ...toPos(Math.max(0, err.offset)), message: `YAML error: ${err.message}`, expected: err.expected }
        : syntaxProblem(err, file);
    return { value: undefined, locations: new Map(), problems: [problem] };
  }
}

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l));
}

function syntaxProblem(err: unknown, file: string): Problem {
  if (err instanceof YAMLException || err instanceof ValueYamlException) {
    const mark = err.mark;
    return {
      file,
      line: mark ? mark.line + 1 : 1,
      col: mark ? mark.column + 1 : 1,
      message: `YAML syntax error: ${err.reason}`,
      expected: 'valid YAML',
    };
  }
  return { file, line: 1, col: 1, message: `YAML could not be parsed: ${String((err as Error)?.message ?? err)}` };
}

/**
 * Decodes a YAML file's bytes strictly: invalid UTF-8 is one problem at the line and column of
 * the first bad byte (a lenient decode would hand the parser U+FFFD and hide the mistake).
 */
export function decodeSourceText(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
  const text = decodeUtf8(bytes);
  if (text !== null) return { text, problems: [] };
  const bad = firstInvalidUtf8Offset(bytes);
  const before = decodeUtf8(bytes.subarray(0, bad)) ?? '';
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    text: '',
    problems: [
      {
        file,
        line: before.split('\n').length,
        col: before.length - lineStart + 1,
        message: `file is not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})`,
        expected: 'a UTF-8 text file',
      },
    ],
  };
}
