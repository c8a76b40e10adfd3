// A refund agent on the Vercel AI SDK (v6) with its mock model (MockLanguageModelV3 from
// ai/test), traced with `experimental_telemetry` (the `ai.*` spans).
import { generateText, stepCountIs, tool } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { z } from 'zod';
import { descriptions, MODEL_ID, nextMove, orderId, tools, usagePerCall } from '../lib/scenario.mjs';

/** The mock model: one scripted move per call, decided from the conversation so far. */
function mockModel(id) {
  return new MockLanguageModelV3({
    modelId: MODEL_ID,
    doGenerate: async ({ prompt: messages }) => {
      const seen = messages.filter((m) => m.role === 'tool').length;
      const move = nextMove(seen, id);
      const usage = {
        inputTokens: { total: usagePerCall.input, noCache: usagePerCall.input, cacheRead: 0, cacheWrite: 0 },
        outputTokens: { total: usagePerCall.output, text: usagePerCall.output, reasoning: 0 },
      };
      if (move.tool) {
        return {
          content: [{ type: 'tool-call', toolCallId: `call-${seen + 1}`, toolName: move.tool, input: JSON.stringify(move.args) }],
          finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
          usage,
          warnings: [],
        };
      }
      return { content: [{ type: 'text', text: move.text }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] };
    },
  });
}

const toolSet = Object.fromEntries(
  Object.entries(tools).map(([name, run]) => [name, tool({ description: descriptions[name], inputSchema: z.object({ order_id: z.string() }), execute: run })]),
);

/** Runs the agent on one request; returns the model's final text. */
export async function runRefundAgent(prompt) {
  const result = await generateText({
    model: mockModel(orderId(prompt)),
    tools: toolSet,
    prompt,
    stopWhen: stepCountIs(6),
    experimental_telemetry: { isEnabled: true, functionId: 'refund-agent' },
  });
  return result.text;
}
