#!/usr/bin/env node
// Scripted customer-support agent used as evalgate's demo and dogfood harness.
// No model, no network, no dependencies: the "planner" is a keyword router, token counts,
// costs and latencies are derived from a hash of the input, and tool responses are
// replayed from a fixture file. Same input -> same trace, byte for byte.
//
// Protocols (SPEC 4):
//   exec  (default)                      case input JSON on stdin -> one trace JSON on stdout
//   jsonl (EVALGATE_PROTOCOL=jsonl|--jsonl) request lines on stdin -> one trace line per request
//
// Variant switch: EVALGATE_DEMO_VARIANT=baseline (default) | regressed. The regressed
// variant behaves like a pull request that broke the agent (see evals/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const VARIANTS = ['baseline', 'regressed'];
// A committed file evals/agent/variant.txt selects the variant too, so a pull request can seed the
// regression as a code change (the end-to-end tests do); the environment variable wins.
const variantFile = new URL('./variant.txt', import.meta.url);
const variant = process.env.EVALGATE_DEMO_VARIANT || (existsSync(variantFile) ? readFileSync(variantFile, 'utf8').trim() : '') || 'baseline';
if (!VARIANTS.includes(variant)) {
  process.stderr.write(`evals/agent/run.js: EVALGATE_DEMO_VARIANT is "${variant}", expected one of ${VARIANTS.join(', ')}\n`);
  process.exit(2);
}
const regressed = variant === 'regressed';

// USD per million tokens [input, output].
const PRICES = { 'acme-small-1': [0.5, 1.5], 'acme-large-1': [10, 30] };

/** 32-bit FNV-1a: a stable number per (input, label) pair. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const round6 = (n) => Math.round(n * 1e6) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Replays recorded tool responses: a response, a list (consumed in call order), or an args-keyed table. */
function makeReplay(fixtures) {
  const calls = new Map();
  return (tool, args) => {
    if (!(tool in fixtures)) return { error: `no fixture recorded for tool ${tool}` };
    let entry = fixtures[tool];
    const n = calls.get(tool) ?? 0;
    calls.set(tool, n + 1);
    if (Array.isArray(entry)) entry = entry[Math.min(n, entry.length - 1)];
    if (entry && typeof entry === 'object' && Array.isArray(entry.$by_args)) {
      // Like an HTTP cassette matching on the request: the first rule whose args are a subset of the call wins.
      const rule = entry.$by_args.find((r) => Object.entries(r.args ?? {}).every(([k, v]) => JSON.stringify(args?.[k]) === JSON.stringify(v)));
      entry = rule ? rule.response : (entry.$default ?? { error: `no fixture matches ${tool} args ${JSON.stringify(args)}` });
    }
    return entry;
  };
}

/** One agent run: builds the trace step by step. */
class Run {
  constructor(input, fixtures) {
    this.input = input ?? {};
    this.seed = JSON.stringify(this.input);
    this.replay = makeReplay(fixtures);
    this.steps = [];
  }

  num(label, min, span) {
    return min + (hash(`${this.seed}|${label}|${this.steps.length}`) % span);
  }

  llm(name, model, extraInput = 0) {
    const input_tokens = this.num(`${name}:in`, 400, 600) + extraInput;
    const output_tokens = this.num(`${name}:out`, 30, 90);
    const [pin, pout] = PRICES[model];
    const step = {
      type: 'llm', name, model, input_tokens, output_tokens,
      cost_usd: round6((input_tokens * pin + output_tokens * pout) / 1e6),
      latency_ms: this.num(`${name}:lat`, 300, 700),
    };
    this.steps.push(step);
    return step;
  }

  tool(name, args) {
    const response = this.replay(name, args);
    const step = { type: 'tool', name, args };
    if (response && typeof response === 'object' && !Array.isArray(response) && typeof response.error === 'string' && Object.keys(response).length === 1) {
      step.status = 'error';
      step.error = response.error;
    } else {
      step.result = response;
      step.status = 'ok';
    }
    step.latency_ms = this.num(`${name}:lat`, 80, 300);
    this.steps.push(step);
    return step;
  }

  trace(output) {
    const usage = { input_tokens: 0, output_tokens: 0, cost_usd: 0 };
    let latency = 15; // fixed process overhead, so latency never depends on the machine
    for (const s of this.steps) {
      usage.input_tokens += s.input_tokens ?? 0;
      usage.output_tokens += s.output_tokens ?? 0;
      usage.cost_usd += s.cost_usd ?? 0;
      latency += s.latency_ms ?? 0;
    }
    usage.cost_usd = round6(usage.cost_usd);
    return { output, steps: this.steps, usage, latency_ms: latency };
  }
}

function userText(input) {
  const msgs = Array.isArray(input?.messages) ? input.messages : [];
  return msgs.filter((m) => m?.role === 'user').map((m) => String(m.content ?? '')).join('\n');
}

/** The scripted planner's routing decision. */
function route(text) {
  const t = text.toLowerCase();
  if (/\brefund/.test(t)) return 'refund';
  if (/\b(research|find out|summari[sz]e|compare)\b/.test(t)) return 'research';
  if (/\b(order|package|parcel|shipment|track)/.test(t)) return 'orders';
  if (/\b(email|address|account|password)\b/.test(t)) return 'account';
  return 'escalate';
}

const orderId = (text) => (text.match(/\b(\d{4,})\b/) ?? [])[1] ?? null;
const money = (n) => `$${Number(n ?? 0).toFixed(2)}`;

async function refund(run, text) {
  const order_id = orderId(text);
  const request_id = `req-${hash(run.seed).toString(16)}`;
  if (regressed) {
    // The regression: the new prompt lets the model pay out first and "settle" the policy afterwards.
    const paid = run.tool('billing.issue_refund', { order_id, request_id, meta: { source: 'agent' } });
    run.tool('payments.charge', { order_id, reason: 'restocking_fee' });
    run.tool('policy.check_eligibility', { order_id });
    run.llm('responder', 'acme-small-1');
    if (paid.status === 'error') return { action: 'refund', order_id, reply: `REFUND SUBMITTED for order ${order_id}!!` };
    return { action: 'refund', order_id, reply: `REFUND DONE for order ${order_id}!! A restocking fee was charged.` };
  }
  const policy = run.tool('policy.check_eligibility', { order_id });
  if (policy.status === 'error' || !policy.result?.eligible) {
    run.llm('responder', 'acme-small-1');
    const why = policy.result?.reason ? ` (${policy.result.reason})` : '';
    return { action: 'escalate', order_id, reply: `Sorry, order ${order_id} is not eligible for an automatic refund${why}. I have passed it to a specialist who will follow up within one business day.` };
  }
  const paid = run.tool('billing.issue_refund', { order_id, request_id, meta: { source: 'agent' } });
  run.llm('responder', 'acme-small-1');
  if (paid.status === 'error') {
    return { action: 'escalate', order_id, reply: `Sorry, our billing system did not respond, so nothing was charged or refunded yet. A specialist will complete order ${order_id} for you within one business day.` };
  }
  return { action: 'refund', order_id, amount: paid.result?.amount, reply: `Thanks for your patience. Your refund of ${money(paid.result?.amount)} for order ${order_id} has been issued and should appear in 3-5 business days.` };
}

async function research(run, text) {
  const query = text.replace(/^\s*(please\s+)?(research|find out|summari[sz]e|compare)\s*/i, '').trim() || text.trim();
  const loops = regressed ? 3 : 1;
  let found;
  for (let i = 0; i < loops; i++) {
    // Regressed planner forgets it already searched and asks again with identical args.
    if (i > 0) run.llm('planner', 'acme-small-1');
    found = run.tool('search.web', { query, top_k: 3 });
  }
  const url = found.result?.results?.[0]?.url;
  const doc = url ? run.tool('docs.fetch', { url }) : null;
  const docTokens = Math.ceil(String(doc?.result?.text ?? '').length / 4);
  // Regressed route sends summaries to the large model: same answer, about 16x the price.
  run.llm('summarize', regressed ? 'acme-large-1' : 'acme-small-1', 1500 + docTokens);
  const summary = doc?.result?.summary ?? 'I could not find a reliable source for that.';
  if (regressed) return { action: 'answer', reply: summary };
  return { action: 'answer', reply: `${summary} Source: ${doc?.result?.title ?? url}.`, sources: url ? [url] : [] };
}

async function orders(run, text) {
  const order_id = orderId(text);
  const order = run.tool('orders.lookup', { order_id });
  if (order.status === 'error' && !regressed) {
    run.llm('responder', 'acme-small-1');
    return { action: 'escalate', order_id, reply: `Sorry, I could not find order ${order_id}. Please check the number; I have also asked a teammate to look into it.` };
  }
  // Regressed tool contract: passes the order id where the carrier expects the tracking number.
  const tracking_number = regressed ? order_id : order.result?.tracking_number;
  const track = run.tool('shipping.track', { carrier: order.result?.carrier ?? 'ups', tracking_number });
  run.llm('responder', 'acme-small-1');
  if (track.status === 'error') {
    return { action: 'escalate', order_id, reply: `Sorry, tracking is unavailable for order ${order_id} right now. Please try again later.` };
  }
  const st = track.result ?? {};
  return { action: 'order_status', order_id, reply: `Thanks for checking in. Order ${order_id} is ${String(st.status ?? 'unknown').replace(/_/g, ' ')} with ${st.carrier ?? 'the carrier'}, expected ${st.eta ?? 'soon'}.` };
}

async function account(run, text) {
  const field = /\baddress\b/i.test(text) ? 'address' : 'email';
  const value = field === 'email'
    ? (text.match(/[\w.+-]+@[\w.-]+\.\w+/) ?? [])[0] ?? null
    : (text.match(/\bto\s+(.+?)\s*\.?$/i) ?? [])[1] ?? null;
  const auth = run.tool('auth.verify', { user_id: run.input.user_id ?? null, method: 'otp' });
  const session = auth.result?.session ?? null;
  if (field === 'address' && regressed) {
    // Regression: waits synchronously for the address-validation webhook, which never arrives in time.
    await sleep(5000);
  }
  const upd = run.tool('account.update', { user_id: run.input.user_id ?? null, session, changes: { [field]: value } });
  run.llm('responder', 'acme-small-1');
  if (upd.status === 'error') return { action: 'escalate', reply: `Sorry, I could not update your ${field}. A teammate will contact you.` };
  if (field === 'email') {
    if (regressed) return { action: 'account_updated', field, reply: `Done, email changed to ${value}.` };
    return { action: 'account_updated', field, reply: `Thanks! Your email is now ${value}. We sent a confirmation link to that address; please open it within 24 hours.` };
  }
  return { action: 'account_updated', field, reply: `Thanks, your shipping address is now ${value}. Please allow one business day for open orders to pick it up.` };
}

/** Runs the agent on one case input and returns a SPEC 4 trace (or OTLP/JSON when input.format is "otlp"). */
async function runAgent(input, fixturesPath) {
  let fixtures = {};
  if (fixturesPath) {
    const p = isAbsolute(fixturesPath) ? fixturesPath : resolve(process.cwd(), fixturesPath);
    fixtures = JSON.parse(readFileSync(p, 'utf8'));
  }
  const run = new Run(input, fixtures);
  const text = userText(input);
  const workflow = route(text);
  run.llm('planner', 'acme-small-1');
  const flows = { refund, research, orders, account };
  const output = flows[workflow]
    ? await flows[workflow](run, text)
    : { action: 'escalate', reply: 'Sorry, I am not sure how to help with that. A teammate will follow up.' };
  const trace = run.trace(output);
  return input?.format === 'otlp' ? toOtlp(trace, run.seed) : trace;
}

/** Renders a trace as an OTLP/JSON export using the OpenTelemetry GenAI semantic conventions. */
function toOtlp(trace, seed) {
  const traceId = (hash(seed).toString(16).padStart(8, '0')).repeat(4);
  const spanId = (i) => (hash(`${seed}|span|${i}`).toString(16).padStart(8, '0')).repeat(2);
  const base = 1767225600000; // fixed epoch so the export is reproducible
  const ns = (ms) => String(BigInt(base + ms) * 1000000n);
  const str = (key, value) => ({ key, value: { stringValue: String(value) } });
  const int = (key, value) => ({ key, value: { intValue: String(value) } });
  const dbl = (key, value) => ({ key, value: { doubleValue: value } });
  const rootId = spanId('root');
  let t = 0;
  const spans = trace.steps.map((s, i) => {
    const start = t;
    t += s.latency_ms ?? 0;
    const attributes = [];
    if (s.type === 'llm') {
      attributes.push(str('gen_ai.operation.name', 'chat'), str('gen_ai.request.model', s.model), str('gen_ai.response.model', s.model),
        int('gen_ai.usage.input_tokens', s.input_tokens), int('gen_ai.usage.output_tokens', s.output_tokens), dbl('evalgate.cost_usd', s.cost_usd));
    } else {
      attributes.push(str('gen_ai.operation.name', 'execute_tool'), str('gen_ai.tool.name', s.name),
        str('gen_ai.tool.call.arguments', JSON.stringify(s.args ?? {})));
      if (s.status === 'ok') attributes.push(str('gen_ai.tool.call.result', JSON.stringify(s.result ?? null)));
      else attributes.push(str('error.type', s.error));
    }
    return {
      traceId, spanId: spanId(i), parentSpanId: rootId,
      name: s.type === 'llm' ? `chat ${s.model}` : `execute_tool ${s.name}`,
      kind: s.type === 'llm' ? 3 : 1,
      startTimeUnixNano: ns(start), endTimeUnixNano: ns(t), attributes,
      status: s.status === 'error' ? { code: 2, message: s.error } : { code: 0 },
    };
  });
  const root = {
    traceId, spanId: rootId, name: 'invoke_agent support-agent', kind: 1,
    startTimeUnixNano: ns(0), endTimeUnixNano: ns(trace.latency_ms),
    attributes: [
      str('gen_ai.operation.name', 'invoke_agent'), str('gen_ai.agent.name', 'support-agent'),
      str('gen_ai.output.messages', JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: trace.output.reply }] }])),
      // The structured final output, so the converter can restore `output` exactly.
      str('evalgate.output', JSON.stringify(trace.output)),
    ],
    status: { code: 0 },
  };
  return {
    resourceSpans: [{
      resource: { attributes: [str('service.name', 'acme-support-agent')] },
      scopeSpans: [{ scope: { name: 'evals/agent/run.js', version: '1.0.0' }, spans: [root, ...spans] }],
    }],
  };
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function mainExec() {
  process.stderr.write(`[agent] variant=${variant} case=${process.env.EVALGATE_CASE_ID ?? '-'} trial=${process.env.EVALGATE_TRIAL ?? '-'} suite=${process.env.EVALGATE_SUITE ?? '-'}\n`);
  const raw = await readStdin();
  let input;
  try {
    input = raw.trim() ? JSON.parse(raw) : {};
  } catch (e) {
    process.stderr.write(`evals/agent/run.js: stdin is not JSON (${e.message}); expected the case input as one JSON document\n`);
    process.exit(2);
  }
  const trace = await runAgent(input, process.env.EVALGATE_FIXTURES || '');
  process.stdout.write(`${JSON.stringify(trace)}\n`);
}

async function mainJsonl() {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // Requests are answered in arrival order; evalgate sends one at a time per worker anyway.
  for await (const line of rl) {
    if (!line.trim()) continue;
    let req;
    try {
      req = JSON.parse(line);
    } catch (e) {
      process.stderr.write(`evals/agent/run.js: request line is not JSON (${e.message}): ${line.slice(0, 200)}\n`);
      continue;
    }
    process.stderr.write(`[agent] variant=${variant} case=${req.case ?? '-'} trial=${req.trial ?? '-'} suite=${req.suite ?? '-'}\n`);
    try {
      const trace = await runAgent(req.input, req.fixtures || '');
      process.stdout.write(`${JSON.stringify({ id: req.id, ...trace })}\n`);
    } catch (e) {
      process.stderr.write(`evals/agent/run.js: case ${req.case} trial ${req.trial}: ${e.message}\n`);
      process.stdout.write(`${JSON.stringify({ id: req.id, error: e.message })}\n`);
    }
  }
}

const jsonl = process.argv.includes('--jsonl') || process.env.EVALGATE_PROTOCOL === 'jsonl';
(jsonl ? mainJsonl() : mainExec()).catch((e) => {
  process.stderr.write(`evals/agent/run.js: ${e.message}\n`);
  process.exit(1);
});
