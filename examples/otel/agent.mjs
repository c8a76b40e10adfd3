// A refund agent instrumented by hand with plain OpenTelemetry, following the GenAI semantic
// conventions (invoke_agent / chat / execute_tool spans). The "model" is the scripted one.
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { MODEL_ID, nextMove, orderId, tools, usagePerCall } from '../lib/scenario.mjs';

const tracer = trace.getTracer('refund-agent');

/** Runs the agent on one request; returns the final answer text. */
export async function runRefundAgent(prompt) {
  const id = orderId(prompt);
  return tracer.startActiveSpan('invoke_agent refund-agent', { attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'refund-agent' } }, async (agentSpan) => {
    let seen = 0;
    for (;;) {
      const move = await tracer.startActiveSpan(`chat ${MODEL_ID}`, async (span) => {
        const next = nextMove(seen, id);
        const parts = next.tool ? [{ type: 'tool_call', id: `call-${seen + 1}`, name: next.tool, arguments: next.args }] : [{ type: 'text', content: next.text }];
        span.setAttributes({
          'gen_ai.operation.name': 'chat',
          'gen_ai.request.model': MODEL_ID,
          'gen_ai.usage.input_tokens': usagePerCall.input,
          'gen_ai.usage.output_tokens': usagePerCall.output,
          'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts }]),
        });
        span.end();
        return next;
      });
      if (!move.tool) {
        agentSpan.setAttribute('gen_ai.output.messages', JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: move.text }] }]));
        agentSpan.end();
        return move.text;
      }
      await tracer.startActiveSpan(`execute_tool ${move.tool}`, async (span) => {
        span.setAttributes({ 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': move.tool, 'gen_ai.tool.call.id': `call-${seen + 1}`, 'gen_ai.tool.call.arguments': JSON.stringify(move.args) });
        try {
          span.setAttribute('gen_ai.tool.call.result', JSON.stringify(await tools[move.tool](move.args)));
        } catch (err) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: String(err) });
        }
        span.end();
      });
      seen++;
    }
  });
}
