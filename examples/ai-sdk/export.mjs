// Fixture generator and plain-OTLP harness: runs the AI SDK agent once (case input on stdin)
// and prints the OTLP/JSON export of its spans, as an OTLP/HTTP JSON exporter would send it.
import { exportJson, startTracing } from '../lib/otel.mjs';
import { readInput, userText } from '../lib/scenario.mjs';
import { runRefundAgent } from './agent.mjs';

const tracing = startTracing();
await runRefundAgent(userText(await readInput()));
process.stdout.write((await exportJson(tracing)) + '\n');
