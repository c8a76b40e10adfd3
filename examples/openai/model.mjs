// The scripted refund model (../lib/scenario.mjs) behind the OpenAI SDK: a `fetch` that answers
// Chat Completions and Responses requests in-process, so the SDK, and every instrumentation that
// patches it, runs unchanged with no network and no API key.
//
// NO_USAGE=1 makes the model report no token usage (as some fakes and proxies do).
import { MODEL_ID, nextMove, orderId, usagePerCall } from '../lib/scenario.mjs';

const json = (body) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
const withUsage = () => process.env.NO_USAGE !== '1';

function chatCompletion(body) {
  const messages = body.messages ?? [];
  const seen = messages.filter((m) => m.role === 'tool').length;
  const user = messages.filter((m) => m.role === 'user').map((m) => String(m.content)).join('\n');
  const move = nextMove(seen, orderId(user));
  const message = move.tool
    ? { role: 'assistant', content: null, tool_calls: [{ id: `call-${seen + 1}`, type: 'function', function: { name: move.tool, arguments: JSON.stringify(move.args) } }], refusal: null }
    : { role: 'assistant', content: move.text, refusal: null };
  return {
    id: `chatcmpl-${seen + 1}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: MODEL_ID,
    choices: [{ index: 0, message, finish_reason: move.tool ? 'tool_calls' : 'stop', logprobs: null }],
    ...(withUsage() ? { usage: { prompt_tokens: usagePerCall.input, completion_tokens: usagePerCall.output, total_tokens: usagePerCall.input + usagePerCall.output } } : {}),
  };
}

function response(body) {
  const input = Array.isArray(body.input) ? body.input : [{ role: 'user', content: String(body.input ?? '') }];
  const seen = input.filter((i) => i.type === 'function_call_output').length;
  const user = input.filter((i) => i.role === 'user').map((i) => (typeof i.content === 'string' ? i.content : JSON.stringify(i.content))).join('\n');
  const move = nextMove(seen, orderId(user));
  // A reasoning item first, as reasoning models send it: it is not the answer.
  const reasoning = { type: 'reasoning', id: `rs-${seen + 1}`, summary: [{ type: 'summary_text', text: move.tool ? `Next: ${move.tool}.` : 'Done: answer the user.' }] };
  let output;
  if (move.tool) {
    output = [reasoning, { type: 'function_call', id: `fc-${seen + 1}`, call_id: `call-${seen + 1}`, name: move.tool, arguments: JSON.stringify(move.args), status: 'completed' }];
  } else {
    // The answer in two output_text parts (as a message with annotations arrives): the final output is their concatenation.
    const cut = move.text.indexOf(',') + 1;
    const content = [move.text.slice(0, cut), move.text.slice(cut)].map((text) => ({ type: 'output_text', text, annotations: [] }));
    output = [reasoning, { type: 'message', id: `msg-${seen + 1}`, role: 'assistant', status: 'completed', content }];
  }
  return {
    id: `resp-${seen + 1}`,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'completed',
    model: MODEL_ID,
    output,
    parallel_tool_calls: true,
    tool_choice: 'auto',
    tools: body.tools ?? [],
    ...(withUsage()
      ? { usage: { input_tokens: usagePerCall.input, output_tokens: usagePerCall.output, total_tokens: usagePerCall.input + usagePerCall.output, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } } }
      : {}),
  };
}

/** A `fetch` for `new OpenAI({ fetch })` that plays the scripted model. */
export async function scriptedFetch(url, init = {}) {
  const path = new URL(String(url)).pathname;
  const body = JSON.parse(String(init.body ?? '{}'));
  if (path.endsWith('/chat/completions')) return json(chatCompletion(body));
  if (path.endsWith('/responses')) return json(response(body));
  return new Response(JSON.stringify({ error: { message: `scripted model: no route ${path}` } }), { status: 404, headers: { 'content-type': 'application/json' } });
}
