// OTLP/JSON export requests -> flat spans with decoded attributes. Pure: shared by every
// convention module (src/trace/conventions/*) and the converter (otlp.ts).
//
// Accepted encodings, because real exporters differ:
// - timestamps as a decimal string (proto3 JSON), a number, `{low, high}` (the Long objects of
//   older OpenTelemetry JS exporters) or `[seconds, nanos]` (HrTime of in-memory dumps);
// - `scopeSpans` and the older `instrumentationLibrarySpans`;
// - attributes as OTLP key/value lists or already-flattened plain maps.
// Log records of an OTLP logs export (`resourceLogs`, which instrumentations such as the
// OpenTelemetry contrib GenAI ones write message content to) join the span they name
// (traceId + spanId) as events, beside the span's own events.

import { parseJsonBounded } from '../json.js';

/** A span event or a log record that belongs to a span: GenAI instrumentations put messages in them. */
export interface SpanEvent {
  /** Event name: the span event's name, else the log record's eventName or `event.name` attribute. */
  name: string;
  attrs: Record<string, unknown>;
  /** The log record's body, decoded (span events have none). */
  body?: unknown;
  time: bigint | null;
  source: 'span event' | 'log record';
}

/** One span of an export, flattened for the convention modules. */
export interface FlatSpan {
  /** Position in the canonical order (orderSpans); before that, in the export. */
  order: number;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  /** Instrumentation scope name (e.g. "ai", "@arizeai/openinference-instrumentation-langchain"). */
  scope: string;
  start: bigint | null;
  end: bigint | null;
  attrs: Record<string, unknown>;
  isError: boolean;
  statusMessage: string;
  exceptionMessage: string;
  /** True when a timestamp was present but in no encoding we know (reported as a warning). */
  badTimestamp: boolean;
  /** Span events, then the log records that name this span, in time order. */
  events: SpanEvent[];
}

/** True when `doc` is an OTLP/JSON export request: traces (`resourceSpans`) or logs (`resourceLogs`). */
export function isOtlpExport(doc: unknown): boolean {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const o = doc as Record<string, unknown>;
  return Array.isArray(o.resourceSpans) || Array.isArray(o.resourceLogs);
}

/** The spans of one or more export requests (in export order) and the log records that named no span. */
export interface FlatExport {
  spans: FlatSpan[];
  logRecords: number;
  orphanLogRecords: number;
}

/** Every span of one or more export requests, in export order, with the log records that belong to it. */
export function flattenSpans(docs: readonly unknown[]): FlatSpan[] {
  return flattenExport(docs).spans;
}

/** Spans and log records of one or more export requests (see FlatExport). */
export function flattenExport(docs: readonly unknown[]): FlatExport {
  const out = readSpans(docs);
  const byId = new Map(out.map((s) => [`${s.traceId}/${s.spanId}`, s]));
  let logRecords = 0;
  let orphanLogRecords = 0;
  for (const doc of docs) {
    for (const rl of asArray(field(doc, 'resourceLogs'))) {
      for (const sl of [...asArray(field(rl, 'scopeLogs')), ...asArray(field(rl, 'instrumentationLibraryLogs'))]) {
        for (const raw of asArray(field(sl, 'logRecords'))) {
          if (raw === null || typeof raw !== 'object') continue;
          logRecords++;
          const r = raw as Record<string, unknown>;
          const owner = byId.get(`${str(r.traceId) ?? ''}/${str(r.spanId) ?? ''}`);
          if (!owner) {
            orphanLogRecords++;
            continue;
          }
          const attrs = decodeAttributes(r.attributes);
          owner.events.push({
            name: str(r.eventName) ?? str(attrs['event.name']) ?? '',
            attrs,
            body: decodeAnyValue(r.body),
            time: toNanos(r.timeUnixNano) ?? toNanos(r.observedTimeUnixNano),
            source: 'log record',
          });
        }
      }
    }
  }
  // Log records arrive in emit order per scope; time (then kind) orders them across scopes and exports.
  for (const s of out) if (s.events.length > 1) s.events.sort((x, y) => cmpBig(x.time, y.time));
  return { spans: out, logRecords, orphanLogRecords };
}

function readSpans(docs: readonly unknown[]): FlatSpan[] {
  const out: FlatSpan[] = [];
  for (const doc of docs) {
    for (const rs of asArray(field(doc, 'resourceSpans'))) {
      const scopes = [...asArray(field(rs, 'scopeSpans')), ...asArray(field(rs, 'instrumentationLibrarySpans'))];
      for (const ss of scopes) {
        const scope = str(field(field(ss, 'scope'), 'name')) ?? str(field(field(ss, 'instrumentationLibrary'), 'name')) ?? '';
        for (const raw of asArray(field(ss, 'spans'))) {
          if (raw === null || typeof raw !== 'object') continue;
          const span = raw as Record<string, unknown>;
          const status = (span.status ?? {}) as Record<string, unknown>;
          const code = status.code;
          const start = toNanos(span.startTimeUnixNano);
          const end = toNanos(span.endTimeUnixNano);
          out.push({
            order: out.length,
            name: typeof span.name === 'string' ? span.name : '',
            traceId: typeof span.traceId === 'string' ? span.traceId : '',
            spanId: typeof span.spanId === 'string' ? span.spanId : '',
            parentSpanId: typeof span.parentSpanId === 'string' ? span.parentSpanId : '',
            scope,
            start,
            end,
            attrs: decodeAttributes(span.attributes),
            isError: code === 2 || code === '2' || code === 'STATUS_CODE_ERROR',
            statusMessage: typeof status.message === 'string' ? status.message : '',
            exceptionMessage: exceptionMessage(span.events),
            badTimestamp: (span.startTimeUnixNano !== undefined && start === null) || (span.endTimeUnixNano !== undefined && end === null),
            events: asArray(span.events).map((e) => ({
              name: str(field(e, 'name')) ?? '',
              attrs: decodeAttributes(field(e, 'attributes')),
              time: toNanos(field(e, 'timeUnixNano')),
              source: 'span event' as const,
            })),
          });
        }
      }
    }
  }
  return out;
}

/** A timestamp in nanoseconds from any encoding listed at the top of this file, else null. */
export function toNanos(v: unknown): bigint | null {
  if (typeof v === 'string' && /^\d+$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return BigInt(Math.trunc(v));
  if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0)) {
    return BigInt(Math.trunc(v[0] as number)) * 1_000_000_000n + BigInt(Math.trunc(v[1] as number));
  }
  if (v !== null && typeof v === 'object') {
    const { low, high } = v as Record<string, unknown>;
    if (typeof low === 'number' && typeof high === 'number' && Number.isInteger(low) && Number.isInteger(high)) {
      // Long.js halves are signed 32-bit ints: reinterpret both as unsigned before joining.
      const value = (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
      return value;
    }
  }
  return null;
}

/** OTLP attributes ([{key, value: AnyValue}]) as a plain object. */
export function decodeAttributes(attrs: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (Array.isArray(attrs)) {
    for (const kv of attrs) {
      if (kv && typeof kv === 'object' && typeof (kv as Record<string, unknown>).key === 'string') {
        out[(kv as Record<string, unknown>).key as string] = decodeAnyValue((kv as Record<string, unknown>).value);
      }
    }
  } else if (attrs && typeof attrs === 'object') {
    // Some SDK dumps flatten attributes to a plain map; accept them as-is.
    Object.assign(out, attrs);
  }
  return out;
}

/** One OTLP AnyValue (`{stringValue}`, `{kvlistValue}`...) as a plain value; an empty AnyValue is undefined. */
export function decodeAnyValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('stringValue' in o) return o.stringValue;
  if ('boolValue' in o) return o.boolValue;
  // proto3 JSON renders int64 as a string; older JS exporters send {low, high}.
  if ('intValue' in o) {
    const n = typeof o.intValue === 'object' ? toNanos(o.intValue) : null;
    return n !== null ? Number(n) : Number(o.intValue);
  }
  if ('doubleValue' in o) return Number(o.doubleValue);
  if ('arrayValue' in o) return asArray(field(o.arrayValue, 'values')).map(decodeAnyValue);
  if ('kvlistValue' in o) return decodeAttributes(field(o.kvlistValue, 'values'));
  if ('bytesValue' in o) return o.bytesValue;
  return undefined;
}

function exceptionMessage(events: unknown): string {
  for (const e of asArray(events)) {
    if (field(e, 'name') !== 'exception') continue;
    const attrs = decodeAttributes(field(e, 'attributes'));
    const msg = str(attrs['exception.message']);
    if (msg) return msg;
  }
  return '';
}

/** The error text of a failed span: "<error.type>: <status message>" (whichever exist, else the exception). */
export function errorText(span: FlatSpan): string {
  const type = str(span.attrs['error.type']);
  const message = span.statusMessage || span.exceptionMessage;
  if (type && message && !message.startsWith(type)) return `${type}: ${message}`;
  return message || type || 'error';
}

/** Span duration in milliseconds (microsecond precision), or undefined without both timestamps. */
export function spanLatency(span: FlatSpan): number | undefined {
  if (span.start === null || span.end === null || span.end < span.start) return undefined;
  return nanosToMs(span.end - span.start);
}

/** Nanoseconds -> milliseconds, keeping microsecond precision (nanos exceed 2^53: divide as bigint). */
export function nanosToMs(n: bigint): number {
  return Number(n / 1000n) / 1000;
}

/**
 * The canonical step order of spans, whatever their position in the export (exporters group
 * spans by instrumentation scope, and processors emit them as they end): by start time; among
 * spans that start at the same instant (the JS SDK records starts in whole milliseconds, so
 * fast steps tie), a span comes after its ancestors and after whatever `before` proves happened
 * first (the converter passes what the conversation shows: a tool call after the model call
 * that asked for it, before the call given its result); otherwise the earlier end first, then
 * trace id, span id and name. Spans without a start time come last. Each span's `order` is set
 * to its position, so every later tie-break is position-free too.
 */
export function orderSpans<T extends { span: FlatSpan }>(items: readonly T[], before: (a: T, b: T) => boolean = () => false): T[] {
  const byId = new Map(items.map((it) => [`${it.span.traceId}/${it.span.spanId}`, it]));
  const ancestorsOf = (it: T): Set<T> => {
    const out = new Set<T>();
    let cur = it;
    for (let hops = 0; hops < items.length; hops++) {
      const parent = byId.get(`${cur.span.traceId}/${cur.span.parentSpanId}`);
      if (!parent || parent === it || out.has(parent)) break;
      out.add(parent);
      cur = parent;
    }
    return out;
  };
  const key = (x: T, y: T) =>
    cmpBig(x.span.end, y.span.end) || cmpStr(x.span.traceId, y.span.traceId) || cmpStr(x.span.spanId, y.span.spanId) || cmpStr(x.span.name, y.span.name);
  const sorted = [...items].sort((x, y) => cmpBig(x.span.start, y.span.start) || key(x, y));
  const out: T[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && cmpBig(sorted[j].span.start, sorted[i].span.start) === 0) j++;
    out.push(...(j - i > 1 ? tieOrder(sorted.slice(i, j), ancestorsOf, before, key) : [sorted[i]]));
    i = j;
  }
  out.forEach((it, i) => (it.span.order = i));
  return out;
}

/** Beyond this many spans at one instant the pairwise evidence is not asked (it is quadratic); ancestry still is. */
export const MAX_TIE_EVIDENCE = 256;

/** Spans of one start instant: a topological order of "must come first", the key deciding among the free. */
function tieOrder<T>(group: T[], ancestorsOf: (it: T) => Set<T>, before: (a: T, b: T) => boolean, key: (x: T, y: T) => number): T[] {
  const inGroup = new Set(group);
  const preds = new Map<T, Set<T>>();
  const ancestors = new Map<T, Set<T>>();
  for (const it of group) ancestors.set(it, ancestorsOf(it));
  for (const b of group) {
    const p = new Set([...ancestors.get(b)!].filter((a) => inGroup.has(a)));
    if (group.length <= MAX_TIE_EVIDENCE) for (const a of group) if (a !== b && !ancestors.get(a)!.has(b) && before(a, b)) p.add(a);
    preds.set(b, p);
  }
  const succs = new Map<T, T[]>(group.map((it) => [it, []]));
  const waiting = new Map<T, number>();
  for (const [b, p] of preds) {
    waiting.set(b, p.size);
    for (const a of p) succs.get(a)!.push(b);
  }
  // Kahn's algorithm, the free spans kept sorted by key.
  const insert = (list: T[], it: T) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid], it) < 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, it);
  };
  const ready: T[] = [];
  for (const it of [...group].sort(key)) if (waiting.get(it) === 0) ready.push(it);
  const out: T[] = [];
  const done = new Set<T>();
  while (out.length < group.length) {
    // A cycle (contradictory evidence) is broken by the key alone.
    const next = ready.shift() ?? [...group].filter((it) => !done.has(it)).sort(key)[0];
    if (done.has(next)) continue;
    out.push(next);
    done.add(next);
    for (const s of succs.get(next)!) {
      const left = waiting.get(s)! - 1;
      waiting.set(s, left);
      if (left === 0 && !done.has(s)) insert(ready, s);
    }
  }
  return out;
}

function cmpStr(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares optional bigints, null last. */
export function cmpBig(x: bigint | null, y: bigint | null): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** JSON strings are decoded (arguments are JSON-encoded by convention); anything else is kept. */
export function decodeJsonish(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (t === '') return v;
  const parsed = parseJsonBounded(t);
  return parsed === undefined ? v : parsed;
}

/** Agent answers that are JSON objects/arrays are decoded (checkable with output_schema); other text is kept. */
export function decodeAnswer(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJsonBounded(trimmed);
    return parsed === undefined ? text : parsed;
  }
  return text;
}

/** `v` when it is an array, else []. */
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** `o[key]` when `o` is an object. */
export function field(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined;
}

/** A non-empty string, else undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A finite number (numeric strings accepted), else undefined. */
export function num(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** True for a plain (non-array) object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
