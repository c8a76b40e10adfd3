// The refund scenario every example agent plays, so the same cases gate every framework.
// The "model" is a script: it decides the next action from how many tool results it has seen.
// AGENT_MODE=regressed makes it skip the policy check (the bug the example cases guard).

/** Reads the case input (JSON on stdin), as the exec protocol sends it. */
export async function readInput() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.trim() === '' ? {} : JSON.parse(text);
}

/** The user's request text from a case input ({messages:[{role,content}]} or {prompt}). */
export function userText(input) {
  if (typeof input?.prompt === 'string') return input.prompt;
  const messages = Array.isArray(input?.messages) ? input.messages : [];
  return messages.filter((m) => m.role === 'user').map((m) => String(m.content)).join('\n') || 'Refund order 8812 please';
}

/** The order id the user mentions. */
export function orderId(text) {
  return /\b(\d{3,})\b/.exec(text)?.[1] ?? 'unknown';
}

/** The tools of the scenario: name -> implementation. */
export const tools = {
  'policy.check_eligibility': async ({ order_id }) => ({ order_id, eligible: order_id !== '0000' }),
  'billing.issue_refund': async ({ order_id }) => ({ order_id, refund_id: `rf-${order_id}`, status: 'issued' }),
};

/** Descriptions of the tools, for frameworks that want one. */
export const descriptions = {
  'policy.check_eligibility': 'Check whether an order is eligible for a refund',
  'billing.issue_refund': 'Issue the refund for an order',
};

/**
 * The scripted model's next move after `toolResults` tool results: a tool call, or the final
 * answer (a JSON object as text). `mode` is process.env.AGENT_MODE.
 */
export function nextMove(toolResults, id, mode = process.env.AGENT_MODE ?? 'good') {
  const plan = mode === 'regressed' ? ['billing.issue_refund'] : ['policy.check_eligibility', 'billing.issue_refund'];
  if (toolResults < plan.length) return { tool: plan[toolResults], args: { order_id: id } };
  return { text: JSON.stringify({ action: 'refund', reply: `Refund issued for order ${id}.` }) };
}

/** Token usage the mock model reports for each call. */
export const usagePerCall = { input: 120, output: 20 };

/** The model id the mock model reports. */
export const MODEL_ID = 'mock-refund-model';
