// OpenTelemetry in memory: a tracer provider whose spans end up in an InMemorySpanExporter,
// serialized as the OTLP/JSON export request an OTLP/HTTP exporter would send.
//
// OTLP_ENCODING picks how the export is written, to reproduce what real exporters send:
// - json (default): one request, timestamps as decimal strings (the JsonTraceSerializer);
// - longbits: timestamps as {low, high} objects, as older OpenTelemetry JS exporters sent them;
// - per-span: one request per span, one per line (a SimpleSpanProcessor flushing each span,
//   or a collector's file exporter).
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { createExportTraceServiceRequest } from '@opentelemetry/otlp-transformer/build/src/trace/internal.js';

/** Registers a global tracer provider that records spans in memory; returns it with its exporter. */
export function startTracing() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(provider);
  return { provider, exporter };
}

/** The finished spans as OTLP/JSON text (see OTLP_ENCODING above). */
export async function exportJson({ provider, exporter }, encoding = process.env.OTLP_ENCODING ?? 'json') {
  await provider.forceFlush();
  const spans = exporter.getFinishedSpans();
  const serialize = (list) => new TextDecoder().decode(JsonTraceSerializer.serializeRequest(list));
  if (encoding === 'per-span') return spans.map((s) => serialize([s])).join('\n');
  if (encoding === 'longbits') return JSON.stringify(createExportTraceServiceRequest(spans, { useHex: true, useLongBits: true }));
  return serialize(spans);
}
