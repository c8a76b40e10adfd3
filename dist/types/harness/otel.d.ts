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
export declare function registerOtel(collector: SpanCollector): Promise<OtelRegistration>;
