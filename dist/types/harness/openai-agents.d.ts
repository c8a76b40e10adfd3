import { type Obj, type TrialRecorder } from './recorder.js';
/** The parts of an Agents SDK span the processor reads. */
export interface AgentsSpan {
    spanData: Obj & {
        type: string;
    };
    traceId?: string;
    spanId?: string;
    startedAt: string | null;
    endedAt: string | null;
    error: {
        message: string;
        data?: unknown;
    } | null;
}
/** A TracingProcessor for the OpenAI Agents SDK that records tool and model calls into `recorder`. */
export declare function openAIAgentsProcessor(recorder: TrialRecorder): {
    start(): void;
    onTraceStart(): Promise<void>;
    onTraceEnd(trace: {
        traceId?: string;
    }): Promise<void>;
    onSpanStart(span: AgentsSpan): Promise<void>;
    onSpanEnd(span: AgentsSpan): Promise<void>;
    shutdown(): Promise<void>;
    forceFlush(): Promise<void>;
};
