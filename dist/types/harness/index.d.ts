import { langchainCallbacks } from './langchain.js';
import { openAIAgentsProcessor } from './openai-agents.js';
import { createSpanCollector, spansToOtlp } from './otel.js';
import { createRecorder, type RecordedStep, type TrialRecorder } from './recorder.js';
export { createRecorder, createSpanCollector, langchainCallbacks, openAIAgentsProcessor, spansToOtlp };
export type { RecordedStep, TrialRecorder };
/** What the agent function gets besides the case input. */
export interface HarnessContext {
    caseId: string;
    /** 1-based trial number. */
    trial: number;
    suite: string;
    /** Absolute path of the case's fixtures file, or "". */
    fixtures: string;
    /** Records a native step. */
    step(step: RecordedStep): void;
    /** Sets the final output (otherwise the agent function's return value). */
    output(value: unknown): void;
    /** LangChain/LangGraph callback handlers for this trial: pass as `callbacks: [ctx.langchain()]`. */
    langchain(): Record<string, unknown>;
    /** The trial's recorder (for helpers that take one, e.g. langchainCallbacks). */
    recorder: TrialRecorder;
}
/** Options of harness(). */
export interface HarnessOptions {
    /** Collect OpenTelemetry spans: true, false, or "auto" (default: when the SDK is installed). */
    otel?: boolean | 'auto';
}
/** The span collector every trial reads; add it to your own tracer provider's spanProcessors if you register one. */
export declare const spanCollector: import("./otel.js").SpanCollector;
/**
 * One OpenAI Agents SDK TracingProcessor for the whole process, writing into the running
 * trial: `setTraceProcessors([agentsProcessor])`.
 */
export declare const agentsProcessor: {
    start(): void;
    onTraceStart(): Promise<void>;
    onTraceEnd(trace: {
        traceId?: string;
    }): Promise<void>;
    onSpanStart(span: import("./openai-agents.js").AgentsSpan): Promise<void>;
    onSpanEnd(span: import("./openai-agents.js").AgentsSpan): Promise<void>;
    shutdown(): Promise<void>;
    forceFlush(): Promise<void>;
};
type Agent = (input: unknown, ctx: HarnessContext) => unknown;
/** Runs `agent` once per trial under evalgate (exec or jsonl protocol) and prints each trace. */
export declare function harness(agent: Agent, options?: HarnessOptions): Promise<void>;
