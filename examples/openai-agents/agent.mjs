// A refund agent on the OpenAI Agents SDK (JS) with a mock Model (no network). The SDK's
// tracing is its own, not OpenTelemetry: the evalgate harness kit's TracingProcessor records it.
import { Agent, run, tool, Usage } from '@openai/agents';
import { z } from 'zod';
import { descriptions, MODEL_ID, nextMove, orderId, tools, usagePerCall } from '../lib/scenario.mjs';

/** The scripted model as an Agents SDK Model: one move per call, from the tool results so far. */
class MockModel {
  constructor(id) {
    this.id = id;
  }

  async getResponse(request) {
    const items = Array.isArray(request.input) ? request.input : [];
    const seen = items.filter((i) => i.type === 'function_call_result').length;
    const move = nextMove(seen, this.id);
    const usage = new Usage({ requests: 1, inputTokens: usagePerCall.input, outputTokens: usagePerCall.output, totalTokens: usagePerCall.input + usagePerCall.output });
    if (move.tool) {
      // The SDK hands the model the tool names the provider accepts (dots become underscores).
      const offered = request.tools.map((t) => t.name);
      const name = offered.find((n) => n === move.tool) ?? offered.find((n) => n === move.tool.replace(/[^A-Za-z0-9_-]/g, '_')) ?? move.tool;
      return { usage, output: [{ type: 'function_call', callId: `call-${seen + 1}`, name, arguments: JSON.stringify(move.args), status: 'completed' }], responseId: `resp-${seen + 1}` };
    }
    return { usage, output: [{ type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: move.text }] }], responseId: `resp-${seen + 1}` };
  }

  async *getStreamedResponse() {
    throw new Error('the mock model does not stream');
  }
}

const agentTools = Object.entries(tools).map(([name, execute]) =>
  tool({ name, description: descriptions[name], parameters: z.object({ order_id: z.string() }), execute }),
);

/** Runs the agent on one request; returns its final output text. */
export async function runRefundAgent(prompt) {
  const agent = new Agent({ name: 'refund-agent', instructions: 'Refund orders after checking the policy.', model: new MockModel(orderId(prompt)), tools: agentTools });
  const result = await run(agent, prompt);
  return result.finalOutput;
}

export { MODEL_ID };
