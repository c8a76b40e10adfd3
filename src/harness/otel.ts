// OpenTelemetry spans in memory, without a dependency: a span processor any tracer provider
// accepts (it only needs onStart/onEnd/forceFlush/shutdown), and a serializer from the SDK's
// ReadableSpan to an OTLP/JSON export request that evalgate converts like any other export.
// `registerOtel` installs a provider with this processor when the user's project has
// @opentelemetry/sdk-trace-base (resolved from the working directory, so the user's copy of
// @opentelemetry/api sees it).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of an SDK ReadableSpan the serializer reads. */
interface ReadableSpanLike {
  name: string;
  kind?: number;
  spanContext(): { traceId: string; spanId: string };
  parentSpanContext?: { spanId: string };
  parentSpanId?: string;
  startTime: [number, number];
  endTime: [number, number];
  attributes: Record<string, unknown>;
  status?: { code: number; message?: string };
  events?: Array<{ name: string; time: [number, number]; attributes?: Record<string, unknown> }>;
  instrumentationScope?: { name: string; version?: string };
  instrumentationLibrary?: { name: string; version?: string };
}

/** A span processor that keeps finished spans in memory until taken. */
export interface SpanCollector {
  onStart(): void;
  onEnd(span: unknown): void;
  forceFlush(): Promise<void>;
  shutdown(): Promise<void>;
  /** The spans finished since the last take, removed from the collector. */
  take(): unknown[];
}

/** A fresh collector (add it to your tracer provider's spanProcessors). */
export function createSpanCollector(): SpanCollector {
  let spans: unknown[] = [];
  return {
    onStart() {},
    onEnd(span) {
      spans.push(span);
    },
    async forceFlush() {},
    async shutdown() {},
    take() {
      const out = spans;
      spans = [];
      return out;
    },
  };
}

const hrToNanos = (t: [number, number]): string => (BigInt(Math.trunc(t[0])) * 1_000_000_000n + BigInt(Math.trunc(t[1]))).toString();

function anyValue(v: unknown): Record<string, unknown> {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (Array.isArray(v)) return { arrayValue: { values: v.map(anyValue) } };
  return { stringValue: JSON.stringify(v) ?? '' };
}

const keyValues = (attrs: Record<string, unknown> | undefined) =>
  Object.entries(attrs ?? {}).filter(([, v]) => v !== undefined && v !== null).map(([key, v]) => ({ key, value: anyValue(v) }));

/** SDK ReadableSpans as one OTLP/JSON export request (the shape OTLP/HTTP JSON exporters send). */
export function spansToOtlp(spans: readonly unknown[]): { resourceSpans: unknown[] } {
  const byScope = new Map<string, unknown[]>();
  for (const raw of spans) {
    const s = raw as ReadableSpanLike;
    const scope = s.instrumentationScope?.name ?? s.instrumentationLibrary?.name ?? '';
    const ctx = s.spanContext();
    const list = byScope.get(scope) ?? [];
    list.push({
      traceId: ctx.traceId,
      spanId: ctx.spanId,
      parentSpanId: s.parentSpanContext?.spanId ?? s.parentSpanId ?? '',
      name: s.name,
      kind: (s.kind ?? 0) + 1,
      startTimeUnixNano: hrToNanos(s.startTime),
      endTimeUnixNano: hrToNanos(s.endTime),
      attributes: keyValues(s.attributes),
      events: (s.events ?? []).map((e) => ({ name: e.name, timeUnixNano: hrToNanos(e.time), attributes: keyValues(e.attributes) })),
      status: { code: s.status?.code ?? 0, ...(s.status?.message ? { message: s.status.message } : {}) },
    });
    byScope.set(scope, list);
  }
  return { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [...byScope].map(([name, list]) => ({ scope: { name }, spans: list })) }] };
}

/** Imports a package as the user's harness would: from its main script, else the working directory, else the kit. */
async function importFromProject(name: string): Promise<Record<string, unknown> | undefined> {
  const bases = [...(process.argv[1] ? [process.argv[1]] : []), join(process.cwd(), 'package.json'), import.meta.url];
  for (const base of bases) {
    try {
      const path = createRequire(base).resolve(name);
      return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    } catch {
      // not resolvable from here; try the next base
    }
  }
  return undefined;
}

/** What registerOtel did, and (without the SDK) how many spans the agent started that nobody records. */
export interface OtelRegistration {
  /**
   * registered: spans reach `collector`; unavailable: @opentelemetry/api is not installed;
   * taken: a provider is registered already (add the collector to it); no-sdk: the API is
   * installed but @opentelemetry/sdk-trace-base is not, so spans are started and dropped.
   */
  state: 'registered' | 'unavailable' | 'taken' | 'no-sdk';
  /** Spans started through the API since the last call (counted only in state no-sdk). */
  takeStarted(): number;
}

/**
 * Registers a global tracer provider that feeds `collector`, when @opentelemetry/api and
 * @opentelemetry/sdk-trace-base are installed. With the API but not the SDK it registers a
 * provider that only counts the spans started (they stay no-ops, as without any provider), so
 * the kit can say that they were lost and which package is missing.
 */
export async function registerOtel(collector: SpanCollector): Promise<OtelRegistration> {
  let started = 0;
  const result = (state: OtelRegistration['state']): OtelRegistration => ({
    state,
    takeStarted() {
      const n = started;
      started = 0;
      return n;
    },
  });
  const api = await importFromProject('@opentelemetry/api');
  if (!api) return result('unavailable');
  const apiTrace = (api.trace ?? (api.default as Record<string, unknown>)?.trace) as { setGlobalTracerProvider(p: unknown): boolean };
  const apiContext = (api.context ?? (api.default as Record<string, unknown>)?.context) as { setGlobalContextManager(m: unknown): boolean };
  const sdk = await importFromProject('@opentelemetry/sdk-trace-base');
  if (!sdk) {
    const Proxy = (api.ProxyTracerProvider ?? (api.default as Record<string, unknown>)?.ProxyTracerProvider) as (new () => { getTracer(...a: unknown[]): Tracer }) | undefined;
    if (!Proxy) return result('unavailable');
    // A ProxyTracerProvider without a delegate hands out the API's no-op tracers.
    const inner = new Proxy();
    const counting = {
      getTracer(...args: unknown[]): Tracer {
        const tracer = inner.getTracer(...args);
        return {
          startSpan: (...a: unknown[]) => {
            started++;
            return tracer.startSpan(...a);
          },
          startActiveSpan: (...a: unknown[]) => {
            started++;
            return tracer.startActiveSpan(...a);
          },
        };
      },
    };
    return result(apiTrace.setGlobalTracerProvider(counting) ? 'no-sdk' : 'taken');
  }
  const hooks = await importFromProject('@opentelemetry/context-async-hooks');
  const Provider = sdk.BasicTracerProvider as new (config: unknown) => unknown;
  const provider = new Provider({ spanProcessors: [collector] });
  if (!apiTrace.setGlobalTracerProvider(provider)) return result('taken');
  if (hooks?.AsyncLocalStorageContextManager) {
    const Manager = hooks.AsyncLocalStorageContextManager as new () => { enable(): unknown };
    apiContext.setGlobalContextManager(new Manager().enable());
  }
  return result('registered');
}

interface Tracer {
  startSpan(...args: unknown[]): unknown;
  startActiveSpan(...args: unknown[]): unknown;
}
