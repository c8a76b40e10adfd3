// A LangChain chat model that plays the scripted refund model (../lib/scenario.mjs): the
// @langchain/core fake chat models answer from a fixed list and cannot call tools in turn.
// CONTENT=blocks makes it answer with a list of text blocks, as Anthropic and other
// providers' LangChain models do, instead of a string.
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage } from '@langchain/core/messages';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { MODEL_ID, nextMove, orderId, usagePerCall } from '../lib/scenario.mjs';

/** Scripted tool-calling chat model (no network). */
export class ScriptedChatModel extends BaseChatModel {
  _llmType() {
    return 'scripted';
  }

  /** Model name as LangChain tracers read it (ls_model_name). */
  getLsParams(options) {
    return { ...super.getLsParams(options), ls_provider: 'mock', ls_model_name: MODEL_ID, ls_model_type: 'chat' };
  }

  invocationParams() {
    return { model: MODEL_ID };
  }

  bindTools(tools) {
    return this.withConfig({ tools: tools.map((t) => convertToOpenAITool(t)) });
  }

  async _generate(messages) {
    const seen = messages.filter((m) => m.getType() === 'tool').length;
    const human = messages.filter((m) => m.getType() === 'human').map((m) => String(m.content)).join('\n');
    const move = nextMove(seen, orderId(human));
    const usage_metadata = { input_tokens: usagePerCall.input, output_tokens: usagePerCall.output, total_tokens: usagePerCall.input + usagePerCall.output };
    const message = move.tool
      ? new AIMessage({ content: '', tool_calls: [{ id: `call-${seen + 1}`, name: move.tool, args: move.args, type: 'tool_call' }], usage_metadata, response_metadata: { model_name: MODEL_ID } })
      : new AIMessage({ content: answerContent(move.text), usage_metadata, response_metadata: { model_name: MODEL_ID } });
    return {
      generations: [{ text: typeof message.content === 'string' ? message.content : '', message }],
      llmOutput: { tokenUsage: { promptTokens: usagePerCall.input, completionTokens: usagePerCall.output, totalTokens: usagePerCall.input + usagePerCall.output } },
    };
  }
}

/** The answer as LangChain message content: the text, or (CONTENT=blocks) two text blocks that join to it. */
function answerContent(text) {
  if (process.env.CONTENT !== 'blocks') return text;
  const cut = text.indexOf(',') + 1;
  return [
    { type: 'text', text: text.slice(0, cut) },
    { type: 'text', text: text.slice(cut) },
  ];
}
