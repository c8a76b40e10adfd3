// The Python harness kit (harness/python/evalgate_harness.py) run by the real python3: what each
// API records, read back through evalgate's own trace parser, so every trace the kit prints is
// one evalgate accepts. End-to-end runs through the CLI are in test/integration/python-harness.test.ts.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTrace } from '../../src/trace/parse.js';
import type { Step } from '../../src/types.js';

const ROOT = join(import.meta.dirname, '../..');
const KIT_DIR = join(ROOT, 'harness/python');
/** The python3 on PATH, resolved past launcher shims (pyenv's costs about a second per start), or null. */
const PYTHON = (() => {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
})();
const HAVE_PYTHON = PYTHON !== null;
const REQUIRED = Boolean(process.env.CI || process.env.EVALGATE_REQUIRE_PYTHON);
if (!HAVE_PYTHON && !REQUIRED) console.warn('python-kit.test.ts: SKIPPED — no python3 on PATH (apt-get install -y python3); CI runs it.');

/** Runs a Python script with the kit importable; stdin is the case input (exec) or request lines (jsonl). */
function py(script: string, opts: { stdin?: string; env?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-pykit-'));
  try {
    writeFileSync(join(dir, 'agent.py'), script);
    const r = spawnSync(PYTHON!, [join(dir, 'agent.py')], {
      cwd: dir,
      input: opts.stdin ?? '{}',
      env: { ...process.env, PYTHONPATH: KIT_DIR, PYTHONDONTWRITEBYTECODE: '1', EVALGATE_CASE_ID: 'c-1', EVALGATE_TRIAL: '2', EVALGATE_SUITE: 'benchmark', ...opts.env },
      encoding: 'utf8',
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The kit's one stdout line, parsed by evalgate as a harness's output. */
function traceOf(stdout: string) {
  const parsed = parseTrace(stdout, 1);
  if (!parsed.ok) throw new Error(`not a trace evalgate accepts: ${parsed.reason}\n${stdout}`);
  return parsed;
}

const strip = (steps: Step[]) => steps.map(({ latency_ms: _l, ...s }) => s);

describe.skipIf(!HAVE_PYTHON && !REQUIRED)('the Python harness kit', () => {
  it('is one stdlib-only file in Python 3.9 grammar, versioned with the package', () => {
    const out = execFileSync(PYTHON!, ['-c', `
import ast, pkgutil, sys, sysconfig
stdlib = getattr(sys, "stdlib_module_names", None) or (set(sys.builtin_module_names) | {m.name for m in pkgutil.iter_modules([sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"] + "/lib-dynload"])})
src = open(sys.argv[1]).read()
tree = ast.parse(src, feature_version=(3, 9))
mods = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
mods |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and n.level == 0}
print(sorted(m for m in mods if m not in stdlib and m != "__future__"))
sys.path.insert(0, sys.argv[2]); import evalgate_harness; print(evalgate_harness.__version__)
`, join(KIT_DIR, 'evalgate_harness.py'), KIT_DIR], { encoding: 'utf8' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    // opentelemetry is imported lazily, only when the agent itself uses it.
    expect(out.trim().split('\n')).toEqual(["['opentelemetry']", pkg.version]);
  });

  it('@tool records args by parameter name (self, defaults and **kwargs handled), results made JSON, failures as error steps', () => {
    const r = py(`
import asyncio, dataclasses, datetime, math
from evalgate_harness import main, step, tool

print("loading the agent")  # before main(): still buffered (stdout is a pipe), so it goes to stderr too

@dataclasses.dataclass
class Refund:
    id: str
    at: datetime.date

class Model:  # a pydantic-style SDK object
    def model_dump(self):
        return {"score": math.nan, "tags": {"b", "a"}}

class Billing:
    @tool("billing.issue_refund")
    def issue(self, order_id, reason="customer request", **extra):
        return Refund("rf-" + order_id, datetime.date(2026, 1, 2))

@tool
def search(query, *more):
    return Model()

@tool("payments.charge")
async def charge(amount):
    raise RuntimeError("HTTP 401")

def agent(case_input, ctx):
    Billing().issue("8812", channel="web")
    search("refund policy", "extra")
    try:
        asyncio.run(charge(amount=10))
    except RuntimeError:
        pass
    with tool("kb.lookup", args={"q": b"policy"}) as call:
        call.result = {"hits": 2}
    with tool("kb.fetch") as call:
        call.fail("no such document")
    loop = {}
    loop["self"] = loop
    ctx.step(type="retrieval", name="docs", result=loop)
    return {"case": ctx.case_id, "trial": ctx.trial, "suite": ctx.suite}

main(agent)
`, { env: { PYTHONUNBUFFERED: '' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('loading the agent');
    const t = traceOf(r.stdout);
    expect(t.format).toBe('native');
    expect(t.trace.output).toEqual({ case: 'c-1', trial: 2, suite: 'benchmark' });
    expect(strip(t.trace.steps)).toEqual([
      { type: 'tool', name: 'billing.issue_refund', args: { order_id: '8812', channel: 'web' }, result: { id: 'rf-8812', at: '2026-01-02' }, status: 'ok' },
      { type: 'tool', name: 'search', args: { query: 'refund policy', more: ['extra'] }, result: { score: 'nan', tags: ['a', 'b'] }, status: 'ok' },
      { type: 'tool', name: 'payments.charge', args: { amount: 10 }, status: 'error', error: 'RuntimeError: HTTP 401' },
      { type: 'tool', name: 'kb.lookup', args: { q: 'policy' }, result: { hits: 2 }, status: 'ok' },
      { type: 'tool', name: 'kb.fetch', status: 'error', error: 'no such document' },
      { type: 'retrieval', name: 'docs', result: { self: '<cycle>' } },
    ]);
    expect(t.trace.steps.slice(0, 5).every((s) => typeof s.latency_ms === 'number' && s.latency_ms >= 0)).toBe(true);
  });

  it('llm() takes model and tokens from OpenAI, Anthropic and LangChain responses; a raising model call is an error step', () => {
    const r = py(`
from types import SimpleNamespace as NS
from evalgate_harness import llm, main

@llm("responder")
def respond():  # OpenAI Responses API object
    return NS(model="gpt-4.1-mini", usage=NS(input_tokens=50, output_tokens=5, input_tokens_details=NS(cached_tokens=40)))

def agent(case_input):
    with llm("planner") as call:  # OpenAI chat completions, as a dict
        call.record({"model": "gpt-4.1", "usage": {"prompt_tokens": 812, "completion_tokens": 64, "prompt_tokens_details": {"cached_tokens": 512}}})
    with llm("writer", model="claude-sonnet") as call:  # Anthropic: cache reads counted apart from input_tokens
        call.record(NS(model="claude-sonnet-4", usage=NS(input_tokens=10, output_tokens=7, cache_read_input_tokens=90, cache_creation_input_tokens=0)))
    with llm("router") as call:  # a LangChain AIMessage
        call.record(NS(usage_metadata={"input_tokens": 3, "output_tokens": 1, "input_token_details": {"cache_read": 2}}, response_metadata={"model_name": "m-lc"}))
    with llm("judge", model="m") as call:
        call.usage(input_tokens=5, output_tokens=2, cost_usd=0.001)
    respond()
    try:
        with llm("fallback", model="m"):
            raise TimeoutError("provider timed out")
    except TimeoutError:
        pass
    return "ok"

main(agent)
`);
    expect(r.status, r.stderr).toBe(0);
    const t = traceOf(r.stdout);
    expect(t.trace.output).toBe('ok');
    expect(strip(t.trace.steps)).toEqual([
      { type: 'llm', name: 'planner', model: 'gpt-4.1', input_tokens: 812, output_tokens: 64, cached_input_tokens: 512, status: 'ok' },
      { type: 'llm', name: 'writer', model: 'claude-sonnet', input_tokens: 100, output_tokens: 7, cached_input_tokens: 90, status: 'ok' },
      { type: 'llm', name: 'router', model: 'm-lc', input_tokens: 3, output_tokens: 1, cached_input_tokens: 2, status: 'ok' },
      { type: 'llm', name: 'judge', model: 'm', input_tokens: 5, output_tokens: 2, cost_usd: 0.001, status: 'ok' },
      { type: 'llm', name: 'responder', model: 'gpt-4.1-mini', input_tokens: 50, output_tokens: 5, cached_input_tokens: 40, status: 'ok' },
      { type: 'llm', name: 'fallback', model: 'm', status: 'error', error: 'TimeoutError: provider timed out' },
    ]);
    expect(t.trace.usage).toEqual({ input_tokens: 970, output_tokens: 79, cost_usd: 0.001 });
  });

  it('outside a trial the decorators record nothing and change nothing (production code keeps them)', () => {
    const r = py(`
import sys
from evalgate_harness import llm, step, tool

@tool("policy.check")
def check(order_id):
    return {"eligible": order_id == "8812"}

@tool
def boom():
    raise KeyError("x")

print(check("8812"), check(order_id="1"))
try:
    boom()
except KeyError as e:
    print("raised", repr(e))
with llm("planner") as call:
    call.record({"usage": {"prompt_tokens": 1}})
step(type="tool", name="t")
`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("{'eligible': True} {'eligible': False}\nraised KeyError('x')\n");
  });

  it('a malformed step raises in the agent, naming the field: the trial is an error with the message and traceback', () => {
    const r = py(`
from evalgate_harness import main, step

def agent(case_input, ctx):
    step(type="tool", name="", args={})

main(agent)
`);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: "the agent raised ValueError: evalgate_harness.step: 'name' must be a non-empty string, got ''" });
    expect(r.stderr).toMatch(/Traceback \(most recent call last\):\n {2}File ".*agent\.py", line 5, in agent\n/);
  });

  it('jsonl: one reply per request with its id, ctx from the request, one event loop for every async trial; bad lines skipped', () => {
    const req = (id: string, trial: number, input: unknown) => JSON.stringify({ id, case: 'c-9', trial, suite: 'coverage', input, fixtures: '' });
    const r = py(
      `
import asyncio
from evalgate_harness import main

async def agent(case_input, ctx):
    await asyncio.sleep(0)
    if case_input.get("fail"):
        raise ValueError("bad input")
    return {"id_seen": ctx.request_id, "trial": ctx.trial, "case": ctx.case_id, "suite": ctx.suite, "loop": id(asyncio.get_running_loop())}

main(agent)
`,
      { stdin: [req('r-1', 1, {}), 'not json', req('r-2', 2, { fail: true }), req('r-3', 3, {})].join('\n') + '\n', env: { EVALGATE_PROTOCOL: 'jsonl' } },
    );
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['r-1', 'r-2', 'r-3']);
    const [one, two, three] = lines as Array<{ output: Record<string, unknown>; error?: string }>;
    expect(one.output).toMatchObject({ id_seen: 'r-1', trial: 1, case: 'c-9', suite: 'coverage' });
    expect(two).toEqual({ id: 'r-2', error: 'the agent raised ValueError: bad input' });
    expect(three.output.loop).toBe(one.output.loop);
    expect(r.stderr).toContain("ignored a request line that is not a JSON object: 'not json");
    expect(r.stderr).toContain('the agent raised an exception (case c-9, trial 2)');
  });

  it('OTLP: an attached export and an OTLP JSON-lines file merge with native steps in time order; stale spans are left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-pykit-otlp-'));
    try {
      const file = join(dir, 'spans.jsonl');
      const r = py(
        `
import json, time
from evalgate_harness import main, tool

def span(name, attrs, start):
    return {"traceId": "ab" * 16, "spanId": "%016x" % start, "name": name, "kind": 1, "startTimeUnixNano": str(start),
            "endTimeUnixNano": str(start + 1000), "attributes": [{"key": k, "value": v} for k, v in attrs.items()], "status": {}}

def export(s):
    return {"resourceSpans": [{"resource": {"attributes": []}, "scopeSpans": [{"scope": {"name": "agent"}, "spans": [s]}]}]}

@tool("billing.issue_refund")
def refund(order_id):
    return {"ok": True}

def agent(case_input, ctx):
    with open(${JSON.stringify(file)}, "w") as f:
        f.write(json.dumps(export(span("execute_tool payments.charge", {"gen_ai.tool.name": {"stringValue": "payments.charge"}}, 1_500_000_000_000_000_000))) + "\\n")
        f.write(json.dumps(export(span("chat m", {"gen_ai.operation.name": {"stringValue": "chat"}, "gen_ai.usage.input_tokens": {"intValue": "7"}}, time.time_ns()))) + "\\n")
    ctx.otlp(${JSON.stringify(file)})
    ctx.otlp(export(span("execute_tool policy.check", {"gen_ai.operation.name": {"stringValue": "execute_tool"}, "gen_ai.tool.name": {"stringValue": "policy.check"}}, time.time_ns())))
    refund("8812")
    return {"reply": "done"}

main(agent)
`,
      );
      expect(r.status, r.stderr).toBe(0);
      const t = traceOf(r.stdout);
      expect(t.format).toBe('otlp');
      expect(t.trace.output).toEqual({ reply: 'done' });
      expect(t.trace.steps.map((s) => `${s.type}:${s.name}`)).toEqual(['llm:chat m', 'tool:policy.check', 'tool:billing.issue_refund']);
      expect(t.trace.steps[2]).toMatchObject({ args: { order_id: '8812' }, result: { ok: true }, status: 'ok' });
      expect(r.stderr).toContain('1 span(s) that started before this trial were left out');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('OTLP: a missing file, a broken line, or spans none of which belong to the trial make the trial an error, named', () => {
    const run = (body: string) =>
      py(`
import json
from evalgate_harness import main

def agent(case_input, ctx):
${body}
    return "x"

main(agent)
`);
    const missing = run('    ctx.otlp("/nonexistent/spans.jsonl")');
    expect(missing.status).toBe(1);
    expect(JSON.parse(missing.stdout).error).toContain('the OTLP file /nonexistent/spans.jsonl does not exist');
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-pykit-otlp-'));
    try {
      const broken = join(dir, 'broken.jsonl');
      writeFileSync(broken, '{"resourceSpans":[]}\n{"resourceSp\n');
      expect(JSON.parse(run(`    ctx.otlp(${JSON.stringify(broken)})`).stdout).error).toMatch(/broken\.jsonl: line 2 is not JSON/);
      const stale = join(dir, 'stale.json');
      writeFileSync(stale, JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ name: 'chat m', startTimeUnixNano: '1500000000000000000', attributes: [] }] }] }] }));
      expect(JSON.parse(run(`    ctx.otlp(${JSON.stringify(stale)})`).stdout).error).toMatch(/none belongs to this trial/);
      // Keeping them is one flag away (a recorded export replayed on purpose).
      const kept = run(`    ctx.otlp(${JSON.stringify(stale)}, since_trial=False)`);
      expect(kept.status, kept.stderr).toBe(0);
      expect(JSON.parse(kept.stdout).resourceSpans).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('span_collector: OpenTelemetry SDK spans exported to it become the trial trace (ReadableSpan attributes as the SDK names them)', () => {
    const r = py(`
from types import SimpleNamespace as NS
import time
from evalgate_harness import main, span_collector

def sdk_span(name, span_id, attrs, status_code=0, description=None, kind=0):
    t = time.time_ns()
    return NS(name=name, context=NS(trace_id=0xABC, span_id=span_id), parent=NS(span_id=1), kind=NS(value=kind),
              start_time=t, end_time=t + 2_000_000, attributes=attrs, events=(),
              status=NS(status_code=NS(value=status_code), description=description), instrumentation_scope=NS(name="openinference"))

def agent(case_input, ctx):
    span_collector.export([
        sdk_span("ChatOpenAI", 2, {"openinference.span.kind": "LLM", "llm.model_name": "gpt-4.1", "llm.token_count.prompt": 30, "llm.token_count.completion": 4}, kind=2),
        sdk_span("lookup", 3, {"openinference.span.kind": "TOOL", "tool.name": "kb.lookup", "input.value": '{"q": "refund"}'}, status_code=2, description="HTTP 500"),
    ])
    return {"reply": "done"}

main(agent, otel=False)
`);
    expect(r.status, r.stderr).toBe(0);
    const t = traceOf(r.stdout);
    expect(strip(t.trace.steps)).toEqual([
      { type: 'llm', name: 'ChatOpenAI', model: 'gpt-4.1', input_tokens: 30, output_tokens: 4, status: 'ok' },
      { type: 'tool', name: 'kb.lookup', args: { q: 'refund' }, status: 'error', error: 'HTTP 500' },
    ]);
    expect(t.trace.output).toEqual({ reply: 'done' });
  });
});
