// The AI SDK agent as an evalgate harness: the kit collects its OpenTelemetry spans.
import { harness } from 'evalgate/harness';
import { userText } from '../lib/scenario.mjs';
import { runRefundAgent } from './agent.mjs';

harness(async (input) => JSON.parse(await runRefundAgent(userText(input))));
