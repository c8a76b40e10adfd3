#!/usr/bin/env node
// Self-test for the demo harness, independent of the evalgate engine.
// For every case under evals/cases it runs evals/agent/run.js through the exec protocol in
// both variants, applies a minimal re-implementation of the SPEC 3 checks, prints the
// trajectory and output, and asserts: baseline passes every case; the regressed variant
// fails each case with the class listed in EXPECTED below. Then it runs the jsonl protocol
// once over all cases and checks the traces equal the exec traces.
// Usage: node evals/agent/selftest.mjs [--quiet]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import Ajv from 'ajv';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HARNESS = 'node evals/agent/run.js';
const quiet = process.argv.includes('--quiet');

/** Failure class each case must get under EVALGATE_DEMO_VARIANT=regressed ('pass' = unaffected). */
const EXPECTED = {
  'refund-policy-before-payment': 'bad_decision',
  'refund-ineligible-escalates': 'bad_decision',
  'refund-reply-tone': 'bad_output',
  'refund-billing-outage-escalates': 'bad_decision',
  'research-no-search-loop': 'bad_decision',
  'research-cost-ceiling': 'cost_blowup',
  'research-cites-sources': 'bad_output',
  'research-otlp-trace': 'pass',
  'orders-track-by-tracking-number': 'tool_error',
  'orders-status-reply': 'bad_output',
  'orders-unknown-order': 'bad_decision',
  'account-verify-before-update': 'pass',
  'account-email-confirmation': 'bad_output',
  'account-address-change-timeout': 'timeout',
};

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.yaml') ? [p] : [];
  }).sort();
}

function loadCases() {
  return walk(join(ROOT, 'evals/cases')).map((file) => {
    const c = load(readFileSync(file, 'utf8'));
    c.file = relative(ROOT, file);
    c.fixtures = c.fixtures ? resolve(dirname(file), c.fixtures) : '';
    c.suites ??= ['sev0', 'sev1'].includes(c.severity) ? ['benchmark', 'coverage'] : ['coverage'];
    c.timeout_ms ??= 10000;
    return c;
  });
}

function execTrial(c, variant) {
  return new Promise((done) => {
    const child = spawn(HARNESS, {
      cwd: ROOT, shell: true, detached: true,
      env: { ...process.env, EVALGATE_DEMO_VARIANT: variant, EVALGATE_CASE_ID: c.id, EVALGATE_TRIAL: '1', EVALGATE_FIXTURES: c.fixtures, EVALGATE_SUITE: c.suites[0] },
    });
    let out = '';
    let err = '';
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; process.kill(-child.pid, 'SIGKILL'); }, c.timeout_ms);
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) return done({ kind: 'timeout' });
      try { done({ kind: 'trace', trace: JSON.parse(out) }); } catch { done({ kind: 'error', reason: `exit ${code}: ${err.slice(-300)}` }); }
    });
    child.stdin.end(JSON.stringify(c.input));
  });
}

/** Minimal OTLP/JSON -> trace conversion, only for eyeballing the dogfood case. */
function fromOtlp(doc) {
  const spans = doc.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
  const attrs = (s) => Object.fromEntries(s.attributes.map((a) => [a.key, a.value.stringValue ?? a.value.doubleValue ?? Number(a.value.intValue)]));
  const ms = (s) => Number((BigInt(s.endTimeUnixNano) - BigInt(s.startTimeUnixNano)) / 1000000n);
  const root = spans.find((s) => attrs(s)['gen_ai.operation.name'] === 'invoke_agent');
  const steps = spans.filter((s) => s !== root).map((s) => {
    const a = attrs(s);
    if (a['gen_ai.operation.name'] === 'chat') return { type: 'llm', name: s.name, model: a['gen_ai.request.model'], input_tokens: a['gen_ai.usage.input_tokens'], output_tokens: a['gen_ai.usage.output_tokens'], cost_usd: a['gen_ai.usage.cost'], latency_ms: ms(s) };
    const st = { type: 'tool', name: a['gen_ai.tool.name'], args: JSON.parse(a['gen_ai.tool.call.arguments']), status: s.status.code === 2 ? 'error' : 'ok', latency_ms: ms(s) };
    if (st.status === 'error') st.error = s.status.message; else st.result = JSON.parse(a['gen_ai.tool.call.result']);
    return st;
  });
  const usage = { input_tokens: 0, output_tokens: 0, cost_usd: 0 };
  for (const s of steps) { usage.input_tokens += s.input_tokens ?? 0; usage.output_tokens += s.output_tokens ?? 0; usage.cost_usd += s.cost_usd ?? 0; }
  return { output: JSON.parse(attrs(root)['evalgate.output']), steps, usage, latency_ms: ms(root) };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const get = (v, path) => (path ? path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), v) : v);
function dropPaths(v, paths) {
  const copy = JSON.parse(JSON.stringify(v ?? null));
  for (const p of paths ?? []) {
    const parts = p.split('.');
    const last = parts.pop();
    const parent = get(copy, parts.join('.'));
    if (parent && typeof parent === 'object') {
      if (last === '*') for (const k of Object.keys(parent)) delete parent[k];
      else delete parent[last];
    }
  }
  return copy;
}
function covers(big, small) {
  if (small && typeof small === 'object' && !Array.isArray(small)) return big && typeof big === 'object' && Object.entries(small).every(([k, v]) => covers(big[k], v));
  return JSON.stringify(big) === JSON.stringify(small);
}
const CLASS = { trajectory: 'bad_decision', tool_not_called: 'bad_decision', tool_args: 'bad_decision', no_loop: 'bad_decision', side_effects: 'bad_decision', output_schema: 'bad_output', output_match: 'bad_output', command: 'bad_output', no_tool_errors: 'tool_error' };

/** Returns [pass, class, message] for one check (subset = called tools within the list; superset = list within called tools). */
function check(ch, t) {
  const tools = t.steps.filter((s) => s.type === 'tool');
  const names = tools.map((s) => s.name);
  const cls = (c) => ch.class ?? c ?? CLASS[ch.type];
  switch (ch.type) {
    case 'trajectory': {
      const e = ch.tools;
      let ok;
      if (ch.mode === 'exact') ok = JSON.stringify(names) === JSON.stringify(e);
      else if (ch.mode === 'in_order') { let i = 0; for (const n of names) if (n === e[i]) i++; ok = i === e.length; }
      else if (ch.mode === 'unordered') ok = JSON.stringify([...names].sort()) === JSON.stringify([...e].sort());
      else if (ch.mode === 'subset') ok = names.every((n) => e.includes(n));
      else ok = e.every((n) => names.includes(n));
      return [ok, cls(), `trajectory ${ch.mode}: called [${names}] vs [${e}]`];
    }
    case 'tool_not_called': return [!names.includes(ch.tool), cls(), `${ch.tool} was called`];
    case 'tool_args': {
      const calls = tools.filter((s) => s.name === ch.tool);
      if (!calls.length) return [false, cls(), `${ch.tool} never called`];
      for (const s of calls) {
        if (ch.schema && !ajv.validate(ch.schema, s.args)) return [false, cls(), `${ch.tool} args ${ajv.errorsText()}`];
        if (ch.args !== undefined) {
          const a = dropPaths(s.args, ch.ignore); const e = dropPaths(ch.args, ch.ignore);
          const m = ch.match ?? 'exact';
          const ok = m === 'exact' ? JSON.stringify(a) === JSON.stringify(e) : m === 'subset' ? covers(a, e) : covers(e, a);
          if (!ok) return [false, cls(), `${ch.tool} args ${JSON.stringify(s.args)} do not ${m}-match ${JSON.stringify(ch.args)}`];
        }
      }
      return [true, cls(), ''];
    }
    case 'output_schema': return [ajv.validate(ch.schema, t.output), cls(), `output ${ajv.errorsText()}`];
    case 'output_match': {
      const v = get(t.output, ch.path);
      const hit = v !== undefined && new RegExp(ch.pattern).test(typeof v === 'string' ? v : JSON.stringify(v));
      return [ch.negate ? !hit : hit, cls(), `output${ch.path ? '.' + ch.path : ''}=${JSON.stringify(v)} ${ch.negate ? 'matches' : 'does not match'} /${ch.pattern}/`];
    }
    case 'budget': {
      const u = { max_steps: t.steps.length, max_tool_calls: tools.length, max_tokens: t.usage.input_tokens + t.usage.output_tokens, max_cost_usd: t.usage.cost_usd, max_latency_ms: t.latency_ms };
      const over = Object.keys(u).filter((k) => ch[k] !== undefined && u[k] > ch[k]);
      if (!over.length) return [true, cls('cost_blowup'), ''];
      return [false, cls(over.every((k) => k === 'max_latency_ms') ? 'timeout' : 'cost_blowup'), over.map((k) => `${k} ${u[k]} > ${ch[k]}`).join(', ')];
    }
    case 'no_loop': {
      const seen = new Map();
      for (const s of tools) { const k = `${s.name} ${JSON.stringify(s.args)}`; seen.set(k, (seen.get(k) ?? 0) + 1); }
      const worst = [...seen].find(([, n]) => n > (ch.max_repeats ?? 1));
      return [!worst, cls(), worst ? `${worst[0]} called ${worst[1]} times` : ''];
    }
    case 'side_effects': {
      const n = tools.filter((s) => s.name === ch.tool && s.status !== 'error').length;
      return [n === ch.exactly, cls(), `${ch.tool} succeeded ${n} times, expected ${ch.exactly}`];
    }
    case 'no_tool_errors': {
      const bad = tools.find((s) => s.status === 'error');
      return [!bad, cls(), bad ? `${bad.name}: ${bad.error}` : ''];
    }
    case 'command': {
      const r = spawnSync(ch.run, { cwd: ROOT, shell: true, input: JSON.stringify(t), encoding: 'utf8' });
      const v = JSON.parse(r.stdout);
      return [v.pass, cls(), `${v.reason} (score ${v.score})`];
    }
    default: return [false, 'bad_output', `unknown check ${ch.type}`];
  }
}

function evaluate(c, run) {
  if (run.kind === 'timeout') return { cls: 'timeout', failures: [`killed after ${c.timeout_ms} ms`] };
  if (run.kind === 'error') return { cls: 'error', failures: [run.reason] };
  const failures = [];
  let cls = 'pass';
  for (const ch of c.checks) {
    const [ok, k, msg] = check(ch, run.trace);
    if (!ok) { if (cls === 'pass') cls = k; failures.push(`${ch.type}: ${msg}`); }
  }
  return { cls, failures };
}

const cases = loadCases();
const ids = new Set();
let bad = 0;
const traces = new Map();
for (const c of cases) {
  if (ids.has(c.id)) { console.log(`DUPLICATE id ${c.id}`); bad++; }
  ids.add(c.id);
  if (!(c.id in EXPECTED)) { console.log(`no EXPECTED entry for ${c.id}`); bad++; }
}
for (const variant of ['baseline', 'regressed']) {
  console.log(`\n=== variant ${variant}`);
  const runs = await Promise.all(cases.map((c) => execTrial(c, variant)));
  cases.forEach((c, i) => {
    const run = runs[i];
    if (run.kind === 'trace' && run.trace.resourceSpans) run.trace = fromOtlp(run.trace);
    if (run.kind === 'trace' && variant === 'baseline') traces.set(c.id, run.trace);
    const { cls, failures } = evaluate(c, run);
    const want = variant === 'baseline' ? 'pass' : EXPECTED[c.id];
    const ok = cls === want;
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${c.id.padEnd(34)} [${c.suites.join(',')}] -> ${cls}${ok ? '' : ` (expected ${want})`}`);
    if (!quiet || !ok) {
      if (run.kind === 'trace') {
        const t = run.trace;
        console.log(`       steps: ${t.steps.map((s) => s.type === 'tool' ? `${s.name}${s.status === 'error' ? `!${s.error}` : ''}` : `${s.name}(${s.model})`).join(' > ')}`);
        console.log(`       usage: ${t.usage.input_tokens}+${t.usage.output_tokens} tok $${t.usage.cost_usd.toFixed(6)} ${t.latency_ms} ms`);
        console.log(`       output: ${JSON.stringify(t.output)}`);
      }
      for (const f of failures) console.log(`       - ${f}`);
    }
  });
}

// jsonl protocol: one process, every baseline case, traces must equal the exec ones.
console.log('\n=== jsonl protocol (baseline)');
const reqs = cases.map((c, i) => JSON.stringify({ id: `req-${i}`, case: c.id, trial: 1, suite: c.suites[0], input: c.input, fixtures: c.fixtures }));
const r = spawnSync(HARNESS + ' --jsonl', { cwd: ROOT, shell: true, input: reqs.join('\n') + '\n', encoding: 'utf8', env: { ...process.env, EVALGATE_DEMO_VARIANT: 'baseline' } });
const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
let same = 0;
lines.forEach((l, i) => {
  const { id, ...trace } = l;
  const c = cases[i];
  const t = trace.resourceSpans ? fromOtlp(trace) : trace;
  if (id === `req-${i}` && JSON.stringify(t) === JSON.stringify(traces.get(c.id))) same++;
  else { bad++; console.log(`FAIL jsonl ${c.id}: id ${id} or trace differs from exec`); }
});
console.log(`${same}/${cases.length} jsonl traces carry their request id and equal the exec trace`);

const bench = cases.filter((c) => c.suites.includes('benchmark')).length;
console.log(`\n${cases.length} cases (${bench} benchmark, ${cases.filter((c) => c.suites.includes('coverage')).length} coverage); ${bad ? `${bad} PROBLEM(S)` : 'all as expected'}`);
process.exit(bad ? 1 : 0);
