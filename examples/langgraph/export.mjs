// Fixture generator and plain-OTLP harness: the LangGraph.js refund agent traced by an
// OpenTelemetry LangChain instrumentation:
// TRACING=openinference (@arizeai/openinference-instrumentation-langchain, default) or
// TRACING=traceloop (@traceloop/instrumentation-langchain, OpenLLMetry). An evalgate exec
// harness: case input on stdin, the OTLP/JSON export of the run on stdout.
import * as CallbackManagerModule from '@langchain/core/callbacks/manager';
import { HumanMessage } from '@langchain/core/messages';
import { startTracing, exportJson } from '../lib/otel.mjs';
import { readInput, userText } from '../lib/scenario.mjs';

const tracing = startTracing();
if (process.env.TRACING === 'traceloop') {
  const { LangChainInstrumentation } = await import('@traceloop/instrumentation-langchain');
  const instrumentation = new LangChainInstrumentation({ traceContent: true });
  instrumentation.setTracerProvider(tracing.provider);
  instrumentation.manuallyInstrument({ callbackManagerModule: CallbackManagerModule });
} else {
  const { LangChainInstrumentation } = await import('@arizeai/openinference-instrumentation-langchain');
  const instrumentation = new LangChainInstrumentation();
  instrumentation.setTracerProvider(tracing.provider);
  instrumentation.manuallyInstrument(CallbackManagerModule);
}
const { buildAgent } = await import('./graph.mjs');

const input = await readInput();
await buildAgent().invoke({ messages: [new HumanMessage(userText(input))] });
process.stdout.write(await exportJson(tracing) + '\n');
