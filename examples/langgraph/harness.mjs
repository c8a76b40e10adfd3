// The LangGraph.js agent as an evalgate harness: the kit's LangChain callbacks record each
// model and tool call as a step.
import { HumanMessage } from '@langchain/core/messages';
import { harness } from 'evalgate/harness';
import { userText } from '../lib/scenario.mjs';
import { buildAgent, finalOutput } from './graph.mjs';

const agent = buildAgent();
harness(async (input, ctx) => finalOutput(await agent.invoke({ messages: [new HumanMessage(userText(input))] }, { callbacks: [ctx.langchain()] })));
