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
export declare function createSpanCollector(): SpanCollector;
/** SDK ReadableSpans as one OTLP/JSON export request (the shape OTLP/HTTP JSON exporters send). */
export declare function spansToOtlp(spans: readonly unknown[]): {
    resourceSpans: unknown[];
};
/**
 * Registers a global tracer provider that feeds `collector`, when @opentelemetry/api and
 * @opentelemetry/sdk-trace-base are installed: "registered"; "unavailable" (not installed, nothing
 * changed) or "taken" (a provider is registered already: add the collector to it).
 */
export declare function registerOtel(collector: SpanCollector): Promise<'registered' | 'unavailable' | 'taken'>;
