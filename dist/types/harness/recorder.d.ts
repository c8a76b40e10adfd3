import type { Step } from '../types.js';
/** A step as a harness records it (start time lets steps from several sources interleave). */
export interface RecordedStep extends Step {
    /** Start time in ms since the epoch; used to order steps, dropped from the printed trace. */
    started_at?: number;
}
/** The recorder of one trial. */
export interface TrialRecorder {
    /** Records one step (tool call, model call...); returns the stored step, which may still be completed. */
    step(step: RecordedStep): RecordedStep;
    /** Removes a step recorded earlier (a placeholder that turned out to duplicate another). */
    drop(step: RecordedStep): void;
    /** Sets the final output (otherwise the value the agent function returns). */
    output(value: unknown): void;
    /** The steps so far, in recording order. */
    readonly steps: readonly RecordedStep[];
    /** The output set with output(), if any. */
    readonly outputValue: {
        set: boolean;
        value: unknown;
    };
}
/** A fresh recorder. */
export declare function createRecorder(): TrialRecorder;
/** Steps ordered by start time (stable for equal or missing times), without started_at. */
export declare function orderSteps(steps: readonly RecordedStep[]): Step[];
/** A plain JSON-like object (what framework callbacks hand over). */
export type Obj = Record<string, unknown>;
/** Whether `v` is a plain object (not null, not an array). */
export declare const isObj: (v: unknown) => v is Obj;
/** A string that holds JSON as its value, anything else as it is (frameworks pass tool args either way). */
export declare function decodeJsonString(v: unknown): unknown;
