// What one trial of a user's agent records: native steps and a final output. Pure data; the
// framework helpers (langchain.ts, openai-agents.ts, otel.ts) write into it.
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
  readonly outputValue: { set: boolean; value: unknown };
}

/** A fresh recorder. */
export function createRecorder(): TrialRecorder {
  const steps: RecordedStep[] = [];
  const outputValue = { set: false, value: undefined as unknown };
  return {
    step(step) {
      const stored = { ...step };
      steps.push(stored);
      return stored;
    },
    drop(step) {
      const i = steps.indexOf(step);
      if (i >= 0) steps.splice(i, 1);
    },
    output(value) {
      outputValue.set = true;
      outputValue.value = value;
    },
    steps,
    outputValue,
  };
}

/** Steps ordered by start time (stable for equal or missing times), without started_at. */
export function orderSteps(steps: readonly RecordedStep[]): Step[] {
  return steps
    .map((s, i) => ({ s, i }))
    .sort((x, y) => (x.s.started_at ?? Infinity) - (y.s.started_at ?? Infinity) || x.i - y.i)
    .map(({ s }) => {
      const { started_at: _ignored, ...rest } = s;
      return rest;
    });
}

/** A plain JSON-like object (what framework callbacks hand over). */
export type Obj = Record<string, unknown>;
/** Whether `v` is a plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A string that holds JSON as its value, anything else as it is (frameworks pass tool args either way). */
export function decodeJsonString(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}
