// A refund agent on the OpenAI SDK: its own tool loop over Chat Completions (API=chat, default)
// or the Responses API (API=responses). Only the model calls go through the SDK, so an
// instrumentation of the SDK traces model calls and nothing else: the tool steps exist only
// in the conversation (the model's tool calls, the tool results in the next call's input).
//
// MAX_TURNS caps the model calls (MAX_TURNS=1: the agent gives up after the first tool request,
// with no answer).
import OpenAI from 'openai';
import { descriptions, MODEL_ID, tools } from '../lib/scenario.mjs';
import { scriptedFetch } from './model.mjs';

const parameters = { type: 'object', properties: { order_id: { type: 'string' } }, required: ['order_id'] };
const INSTRUCTIONS = 'You are a refund agent. Check the refund policy before issuing a refund.';

/** An OpenAI client whose requests the scripted model answers. */
export function scriptedClient() {
  return new OpenAI({ apiKey: 'scripted', baseURL: 'http://scripted-model.invalid/v1', fetch: scriptedFetch, maxRetries: 0 });
}

/** Runs the agent on one request; returns the final answer text (null when it gave up). */
export async function runRefundAgent(client, prompt, api = process.env.API ?? 'chat', maxTurns = Number(process.env.MAX_TURNS ?? 8)) {
  return api === 'responses' ? responsesLoop(client, prompt, maxTurns) : chatLoop(client, prompt, maxTurns);
}

async function chatLoop(client, prompt, maxTurns) {
  const chatTools = Object.keys(tools).map((name) => ({ type: 'function', function: { name, description: descriptions[name], parameters } }));
  const messages = [
    { role: 'system', content: INSTRUCTIONS },
    { role: 'user', content: prompt },
  ];
  for (let turn = 0; turn < maxTurns; turn++) {
    const completion = await client.chat.completions.create({ model: MODEL_ID, messages, tools: chatTools });
    const message = completion.choices[0].message;
    messages.push(message);
    if (!message.tool_calls?.length) return message.content;
    for (const call of message.tool_calls) {
      const result = await tools[call.function.name](JSON.parse(call.function.arguments));
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
  return null;
}

async function responsesLoop(client, prompt, maxTurns) {
  const responseTools = Object.keys(tools).map((name) => ({ type: 'function', name, description: descriptions[name], parameters, strict: false }));
  const input = [{ role: 'user', content: prompt }];
  for (let turn = 0; turn < maxTurns; turn++) {
    const response = await client.responses.create({ model: MODEL_ID, instructions: INSTRUCTIONS, input, tools: responseTools });
    input.push(...response.output);
    const calls = response.output.filter((item) => item.type === 'function_call');
    if (calls.length === 0) {
      return response.output
        .filter((item) => item.type === 'message')
        .flatMap((item) => item.content.filter((c) => c.type === 'output_text').map((c) => c.text))
        .join('');
    }
    for (const call of calls) {
      const result = await tools[call.name](JSON.parse(call.arguments));
      input.push({ type: 'function_call_output', call_id: call.call_id, output: JSON.stringify(result) });
    }
  }
  return null;
}
