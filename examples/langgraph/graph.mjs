// The refund agent as a LangGraph.js ReAct graph over the scripted model and the scenario's tools.
import { tool } from '@langchain/core/tools';
import { createReactAgent } from '@langchain/langgraph/prebuilt';
import { z } from 'zod';
import { descriptions, tools } from '../lib/scenario.mjs';
import { ScriptedChatModel } from './model.mjs';

/** Builds the compiled graph. */
export function buildAgent() {
  const lcTools = Object.entries(tools).map(([name, run]) =>
    tool(async (args) => JSON.stringify(await run(args)), { name, description: descriptions[name], schema: z.object({ order_id: z.string() }) }),
  );
  return createReactAgent({ llm: new ScriptedChatModel({}), tools: lcTools });
}

/** The agent's final answer: the last AI message, JSON-decoded when it is JSON. */
export function finalOutput(state) {
  const last = state.messages[state.messages.length - 1];
  const text = typeof last?.content === 'string' ? last.content : '';
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
