// Fixture generator and plain-OTLP harness: the OpenAI SDK refund agent (./agent.mjs) traced by
// an instrumentation of the SDK, which records model calls only:
// TRACING=genai (@opentelemetry/instrumentation-openai, the OpenTelemetry contrib GenAI
// instrumentation, default: message content goes to log records, gen_ai.choice and friends for
// Chat Completions, gen_ai.client.inference.operation.details for the Responses API),
// TRACING=openinference (@arizeai/openinference-instrumentation-openai) or
// TRACING=traceloop (@traceloop/instrumentation-openai, OpenLLMetry).
// API=chat|responses picks the OpenAI API. An evalgate exec harness: case input on stdin, the
// OTLP/JSON export of the run on stdout (for genai, the logs export request follows the trace one).
import { metrics } from '@opentelemetry/api';
import * as openaiModule from 'openai';
import { LoggerProvider, InMemoryLogRecordExporter, SimpleLogRecordProcessor } from '@opentelemetry/sdk-logs';
import { JsonLogsSerializer } from '@opentelemetry/otlp-transformer';
import { exportJson, startTracing } from '../lib/otel.mjs';
import { readInput, userText } from '../lib/scenario.mjs';
import { runRefundAgent, scriptedClient } from './agent.mjs';

const tracing = startTracing();
let logs;
const tracingKind = process.env.TRACING ?? 'genai';
if (tracingKind === 'openinference') {
  const { OpenAIInstrumentation } = await import('@arizeai/openinference-instrumentation-openai');
  const instrumentation = new OpenAIInstrumentation();
  instrumentation.setTracerProvider(tracing.provider);
  instrumentation.manuallyInstrument(openaiModule);
} else if (tracingKind === 'traceloop') {
  const { OpenAIInstrumentation } = await import('@traceloop/instrumentation-openai');
  const instrumentation = new OpenAIInstrumentation({ traceContent: true });
  instrumentation.setTracerProvider(tracing.provider);
  // Its manuallyInstrument takes the OpenAI class (it reads OpenAI.Chat), not the module namespace.
  instrumentation.manuallyInstrument(openaiModule.default);
} else {
  const { OpenAIInstrumentation } = await import('@opentelemetry/instrumentation-openai');
  const exporter = new InMemoryLogRecordExporter();
  logs = { exporter, provider: new LoggerProvider({ processors: [new SimpleLogRecordProcessor({ exporter })] }) };
  const instrumentation = new OpenAIInstrumentation({ captureMessageContent: process.env.CAPTURE_CONTENT !== '0', enabled: false });
  instrumentation.setTracerProvider(tracing.provider);
  instrumentation.setLoggerProvider(logs.provider);
  // Creates its histograms (without a meter provider they stay unset and the Responses path throws before logging).
  instrumentation.setMeterProvider(metrics.getMeterProvider());
  // It hooks `require('openai')` for versions < 7; the SDK is patched directly, as the others do it.
  for (const definition of [instrumentation.init()].flat()) definition.patch(openaiModule, definition.supportedVersions?.[0]);
  instrumentation.enable();
}

const input = await readInput();
const answer = await runRefundAgent(scriptedClient(), userText(input));
console.error(`agent answered: ${answer}`);
let out = await exportJson(tracing);
if (logs) {
  await logs.provider.forceFlush();
  out += '\n' + new TextDecoder().decode(JsonLogsSerializer.serializeRequest(logs.exporter.getFinishedLogRecords()));
}
process.stdout.write(out + '\n');
