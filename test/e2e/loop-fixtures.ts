// Realistic issue-loop inputs shared by the CLI and end-to-end tests: an agent-failure issue body
// exactly as GitHub renders the issue form (with the failing trace fenced in the Evidence field),
// and JSONL failure signals with duplicate deliveries and grouped requests.

/** The failing run pasted into the issue: payment before the policy check. */
export const FAILING_TRACE = {
  input: { messages: [{ role: 'user', content: 'Refund order 7731 please, it arrived broken' }] },
  output: { action: 'refund', reply: 'Refunded order 7731.' },
  steps: [
    { type: 'llm', name: 'planner', model: 'acme-small-1', input_tokens: 640, output_tokens: 52, cost_usd: 0.0004, latency_ms: 700 },
    { type: 'tool', name: 'billing.issue_refund', args: { order_id: '7731' }, result: { refunded: true, amount: 129 }, status: 'ok', latency_ms: 210 },
    { type: 'tool', name: 'policy.check_eligibility', args: { order_id: '7731' }, result: { eligible: false, reason: 'final sale' }, status: 'ok', latency_ms: 80 },
  ],
  usage: { input_tokens: 640, output_tokens: 52, cost_usd: 0.0004 },
  latency_ms: 1005,
};

/** An issue body as GitHub renders the agent-failure form (### label, blank line, value). */
export function renderAgentFailureBody(over: { name?: string; workflow?: string; trace?: unknown } = {}): string {
  return [
    `### Failure name\n\n${over.name ?? 'Refund issued before the eligibility check'}`,
    `### Workflow\n\n${over.workflow ?? 'refund'}`,
    `### Severity\n\nsev1`,
    `### Failure class\n\nbad_decision`,
    `### Boundary\n\nprompt`,
    `### Owner\n\n@alice`,
    `### Evidence\n\nProduction trace from the support widget:\n\n\`\`\`json\n${JSON.stringify(over.trace ?? FAILING_TRACE, null, 2)}\n\`\`\``,
    `### Input\n\n_No response_`,
    `### Expected behaviour\n\nCheck eligibility first; never refund a final-sale order.`,
    `### Expected tool order\n\npolicy.check_eligibility\nbilling.issue_refund`,
    `### Fix status\n\nmerged`,
    `### Regression coverage\n\n- [X] benchmark\n- [X] coverage\n- [ ] gate`,
    `### Reopen rule\n\nreopen when its guard regresses or its fingerprint recurs`,
  ].join('\n\n');
}

/** One generic failure signal line. */
export function signal(o: Record<string, unknown>): Record<string, unknown> {
  return { workflow: 'refund', failure_class: 'tool_error', tool: 'billing.issue_refund', error_code: 'HTTP 503', message: 'billing API returned 503', ...o };
}

/**
 * 7 deliveries: e1 delivered twice, e1+e2 one request (r1), e3 another request (r2) of the same
 * cluster, e4/e5 one request (r3) of a second cluster, e6 a third cluster without a request id.
 * -> 1 duplicate, 4 requests, 3 clusters, 3 issues to create.
 */
export const SIGNALS: Array<Record<string, unknown>> = [
  signal({ event_id: 'e1', request_id: 'r1' }),
  signal({ event_id: 'e2', request_id: 'r1', severity: 'sev1' }),
  signal({ event_id: 'e1', request_id: 'r1' }),
  signal({ event_id: 'e3', request_id: 'r2' }),
  signal({ event_id: 'e4', request_id: 'r3', workflow: 'research', failure_class: 'cost_blowup', tool: null, error_code: null, message: 'run cost $4.10' }),
  signal({ event_id: 'e5', request_id: 'r3', workflow: 'research', failure_class: 'cost_blowup', tool: null, error_code: null }),
  signal({ event_id: 'e6', workflow: 'orders', failure_class: 'timeout', tool: 'shipping.track', error_code: 'ETIMEDOUT' }),
];

/** Expected plan figures for SIGNALS against no existing issues. */
export const SIGNALS_EXPECTED = { signals: 7, duplicates: 1, requests: 4, clusters: 3, create: 3 } as const;
