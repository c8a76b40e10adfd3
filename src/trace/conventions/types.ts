// The contract between the converter (../otlp.ts) and one module per tracing convention.
import type { Step } from '../../types.js';
import type { FlatSpan } from '../spans.js';

/** A tool call an LLM span asked for (used to fill tool spans that lack a name or arguments). */
export interface ToolCallRef {
  /** The call id the tool result answers (the Responses API's call_id, not its item id). */
  id?: string;
  name: string;
  args?: unknown;
}

/** One message of a model call's conversation, as a convention reads it. */
export interface ChatMessage {
  role: string;
  /** The message's text parts joined (reasoning, images and tool calls left out); undefined when it has none. */
  text?: string;
  /** Tool calls the message asks for (assistant messages). */
  toolCalls: ToolCallRef[];
  /** A tool result message: the call it answers and what the tool returned. */
  toolResults: Array<{ id: string; value: unknown }>;
}

/** What a model call was sent and what it answered, with where each was read (for messages). */
export interface Conversation {
  input: ChatMessage[];
  output: ChatMessage[];
  /** Where the answer was read, e.g. "gen_ai.output.messages" or "gen_ai.choice log records". */
  outputSource: string;
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

/**
 * What one span becomes: a step (with notes for the warnings, and for a tool step the id of the
 * model's tool call it ran when the span names one), or nothing (structure such as agent/chain spans).
 */
export type SpanResult = { kind: 'step'; step: Step; notes: string[]; callId?: string } | { kind: 'structure' };

/** A candidate for the trace's final output. Higher `rank` wins; among equals the last-ending span. */
export interface OutputCandidate {
  rank: number;
  value: unknown;
  /** Where it was read, e.g. "ai.response.text". */
  source: string;
}

/** One tracing convention (GenAI semantic conventions, AI SDK, OpenInference, OpenLLMetry...). */
export interface Convention {
  /** Short id used in warnings and errors (e.g. "openinference"). */
  id: string;
  /** Human name with its marker attributes, for messages. */
  label: string;
  /** True when this span follows the convention (the detector asks in a fixed order). */
  matches(span: FlatSpan): boolean;
  /**
   * What the span (an LLM span) was sent and answered: the tool calls it requested, the tool
   * results it was given, and its reply. Undefined when the span records no messages.
   */
  conversation?(span: FlatSpan): Conversation | undefined;
  /** The id of the model's tool call a tool span ran, when the span names it (orders ties). */
  toolCallId?(span: FlatSpan): string | undefined;
  /** The span as a step, or structure. */
  convert(span: FlatSpan, ctx: ConversionContext): SpanResult;
  /** The span's claim to be the agent's final answer (root calls, agent spans); model replies come from conversation(). */
  output?(span: FlatSpan): OutputCandidate | undefined;
  /** Where this convention keeps the final answer, for the warning when a trace has none. */
  outputPlaces: string;
}

/** Output ranks shared by the conventions: the agent's own answer beats the last model reply. */
export const OUTPUT_RANK = { llm: 1, agent: 2 } as const;
