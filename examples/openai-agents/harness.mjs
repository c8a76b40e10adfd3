// The OpenAI Agents SDK agent as an evalgate harness: the kit's tracing processor records
// each tool call and model turn as a step.
import { setTraceProcessors } from '@openai/agents';
import { agentsProcessor, harness } from 'evalgate/harness';
import { userText } from '../lib/scenario.mjs';
import { runRefundAgent } from './agent.mjs';

setTraceProcessors([agentsProcessor]);
harness(async (input) => JSON.parse(await runRefundAgent(userText(input))));
