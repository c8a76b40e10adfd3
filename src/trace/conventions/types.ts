// The contract between the converter (../otlp.ts) and one module per tracing convention.
import type { Step } from '../../types.js';
import type { FlatSpan } from '../spans.js';

/** A tool call an LLM span asked for (used to fill tool spans that lack a name or arguments). */
export interface ToolCallRef {
  id?: string;
  name: string;
  args?: unknown;
}

/** What the converter knows across spans: the tool calls the model requested, in order. */
export interface ConversionContext {
  /** The requested call with this id, if any (claims it). */
  callById(id: string): ToolCallRef | undefined;
  /** The first requested call not yet claimed (with this name, when given); claims it. */
  nextCall(name?: string): ToolCallRef | undefined;
  /** What a later model call was told the tool call with this id returned (its input messages), if any. */
  responseById(id: string): { found: boolean; value?: unknown };
}

/** What one span becomes: a step (with notes for the warnings), or nothing (structure such as agent/chain spans). */
export type SpanResult = { kind: 'step'; step: Step; notes: string[] } | { kind: 'structure' };

/** A candidate for the trace's final output. Higher `rank` wins; among equals the last-ending span. */
export interface OutputCandidate {
  rank: number;
  value: unknown;
}

/** One tracing convention (GenAI semantic conventions, AI SDK, OpenInference, OpenLLMetry...). */
export interface Convention {
  /** Short id used in warnings and errors (e.g. "openinference"). */
  id: string;
  /** Human name with its marker attributes, for messages. */
  label: string;
  /** True when this span follows the convention (the detector asks in a fixed order). */
  matches(span: FlatSpan): boolean;
  /** Tool calls the span (an LLM span) requested. */
  toolCalls?(span: FlatSpan): ToolCallRef[];
  /** Tool results the span (an LLM span) was given in its input, by tool call id. */
  toolResponses?(span: FlatSpan): Array<{ id: string; value: unknown }>;
  /** The span as a step, or structure. */
  convert(span: FlatSpan, ctx: ConversionContext): SpanResult;
  /** The span's claim to be the final output. */
  output?(span: FlatSpan): OutputCandidate | undefined;
}

/** Output ranks shared by the conventions: the agent's own answer beats the last model reply. */
export const OUTPUT_RANK = { llm: 1, agent: 2 } as const;
