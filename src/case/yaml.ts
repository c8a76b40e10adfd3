// YAML parsing that keeps source positions, so every validation problem can point at
// the exact line and column a user has to edit.
import { load, parseEvents, getScalarValue, YAMLException, EVENT_ID, SCALAR_STYLE, COLLECTION_STYLE } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { Problem } from '../types.js';
import { splitPointer } from '../json.js';

export { splitPointer };

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

/** Escapes one JSON-pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
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

/** Walks the event stream of the first document, recording each node's position. */
function buildLocations(text: string, events: Event[]): Map<string, NodeLocation> {
  const toPos = buildOffsetMapper(text);
  const map = new Map<string, NodeLocation>();
  let i = 0;
  while (i < events.length && events[i].type !== EVENT_ID.DOCUMENT) i++;
  if (i >= events.length) return map;
  i++;

  // pointer null = not addressable (complex key); we still consume its events.
  const walk = (pointer: string | null, keyPos: Position | undefined): void => {
    const ev = events[i++];
    if (!ev || ev.type === EVENT_ID.POP || ev.type === EVENT_ID.DOCUMENT) return;
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
    if (ev.type === EVENT_ID.SEQUENCE) {
      let n = 0;
      while (i < events.length && events[i].type !== EVENT_ID.POP) {
        walk(pointer === null ? null : `${pointer}/${n}`, undefined);
        n++;
      }
      i++;
    } else if (ev.type === EVENT_ID.MAPPING) {
      while (i < events.length && events[i].type !== EVENT_ID.POP) {
        const keyEv = events[i];
        let childPointer: string | null = null;
        let childKeyPos: Position | undefined;
        if (keyEv.type === EVENT_ID.SCALAR) {
          i++;
          const keyStart = nodeStart(keyEv);
          childKeyPos = keyStart >= 0 ? toPos(keyStart) : undefined;
          if (pointer !== null) {
            childPointer = `${pointer}/${escapePointerSegment(getScalarValue(text, keyEv as ScalarEvent))}`;
          }
        } else {
          walk(null, undefined);
        }
        walk(childPointer, childKeyPos);
      }
      i++;
    }
  };
  walk('', undefined);
  return map;
}

/** Parses one YAML document, keeping a map from JSON pointer to source position. */
export function parseYamlDocument(text: string, file: string): YamlDocument {
  const problems: Problem[] = [];
  let value: unknown;
  let locations = new Map<string, NodeLocation>();
  if (text.trim() === '' || isOnlyComments(text)) {
    value = null;
  } else {
    try {
      value = load(text);
      locations = buildLocations(text, parseEvents(text, {}));
    } catch (err) {
      value = undefined;
      problems.push(syntaxProblem(err, file));
    }
  }
  const find = (pointer: string, useKey: boolean): Position => {
    let segments = splitPointer(pointer);
    for (;;) {
      const p = segments.length === 0 ? '' : '/' + segments.map(escapePointerSegment).join('/');
      const loc = locations.get(p);
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
    locations,
    locate: (pointer) => find(pointer, false),
    locateKey: (pointer) => find(pointer, true),
  };
}

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((l) => /^\s*(#.*)?$/.test(l));
}

function syntaxProblem(err: unknown, file: string): Problem {
  if (err instanceof YAMLException) {
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
