// The hand-instrumented agent as an evalgate harness: the kit registers an in-memory tracer
// provider (OpenTelemetry is installed) and prints the spans of each trial as OTLP/JSON.
import { harness } from 'evalgate/harness';
import { userText } from '../lib/scenario.mjs';
import { runRefundAgent } from './agent.mjs';

harness(async (input) => JSON.parse(await runRefundAgent(userText(input))));
