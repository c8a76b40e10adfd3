// The OpenAI Agents SDK agent as an evalgate harness: the kit's tracing processor records
// each tool call and model turn as a step.
import { setTraceProcessors, setTracingDisabled } from '@openai/agents';
import { agentsProcessor, harness } from 'evalgate/harness';
import { userText } from '../lib/scenario.mjs';
import { runRefundAgent } from './agent.mjs';

// The SDK switches tracing off by default when NODE_ENV=test; the trace is what evalgate checks.
setTracingDisabled(false);
setTraceProcessors([agentsProcessor]);
harness(async (input) => JSON.parse(await runRefundAgent(userText(input))));
