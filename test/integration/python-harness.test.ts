// The Python harness kit as a Python user gets it: `evalgate init` in a pyproject project copies
// the kit beside its stub; the stub is replaced by a small refund agent built on the kit (two tools
// with @tool, a model call with llm(), an OTLP file written as the OpenTelemetry Python SDK's OTLP
// JSON file exporter writes it), and the real python3 runs under the bundled CLI (dist/cli.js), over
// both protocols. A seeded regression (the agent skips the policy tool) blocks the gate, naming the
// guarded issues; print() and child processes never corrupt the trace; an agent exception is an
// `error` whose Python traceback is the report's evidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { ensureDist, git, makeTempRepo, readValidResults, spawnCli, STACK_LINE, type TempRepo } from './helpers.js';

/** The python3 on PATH, resolved past launcher shims (pyenv's costs about a second per start), or null. */
const PYTHON = (() => {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();
const HAVE_PYTHON = PYTHON !== null;
/** PATH with that interpreter's directory first: `python3` in harness.command is the same one, started directly. */
const PY_PATH = PYTHON ? `${dirname(PYTHON)}${delimiter}${process.env.PATH ?? ''}` : (process.env.PATH ?? '');
const REQUIRED = Boolean(process.env.CI || process.env.EVALGATE_REQUIRE_PYTHON);
if (!HAVE_PYTHON && !REQUIRED) console.warn('python-harness.test.ts: SKIPPED — no python3 on PATH (apt-get install -y python3); CI runs it.');

/** The agent under test: AGENT_VARIANT=regressed skips the policy tool, =crash makes the refund tool raise. */
const AGENT = String.raw`"""A refund agent on the evalgate Python kit (test fixture)."""
import json
import logging
import os
import sys
import time

from evalgate_harness import llm, main, tool

VARIANT = os.environ.get("AGENT_VARIANT", "good")


@tool("policy.check_eligibility")
def check_eligibility(order_id):
    return {"order_id": order_id, "eligible": True}


def _ledger_post(order_id):
    ledger = {}
    return ledger[order_id]


@tool("billing.issue_refund")
def issue_refund(order_id, reason="customer request"):
    if VARIANT == "crash":
        return _ledger_post(order_id)
    return {"refund_id": "rf-" + order_id, "status": "issued"}


def chat_completion(prompt):
    """What an OpenAI-style client returns (the kit reads model and usage from it)."""
    return {"model": "mock-model", "usage": {"prompt_tokens": 100, "completion_tokens": 10}, "choices": [{"message": {"content": "refund"}}]}


class OtlpFile:
    """Spans as the OpenTelemetry Python SDK writes them with opentelemetry-exporter-otlp-json-file
    (FileSpanExporter) behind a SimpleSpanProcessor: one OTLP/JSON export request per line, hex ids,
    int64 as strings, kind as a number, flags 256 (SDK 1.45 output), an unset status as {}."""

    def __init__(self, path):
        self.path = path
        self.trace_id = os.urandom(16).hex()
        self.root = os.urandom(8).hex()

    def span(self, name, start, end, attrs, scope, status=None):
        def value(v):
            if isinstance(v, bool):
                return {"boolValue": v}
            if isinstance(v, int):
                return {"intValue": str(v)}
            return {"stringValue": v}
        span = {"traceId": self.trace_id, "spanId": os.urandom(8).hex(), "parentSpanId": self.root, "flags": 256, "name": name,
                "kind": 3 if name.startswith("chat") else 1, "startTimeUnixNano": str(start), "endTimeUnixNano": str(end),
                "attributes": [{"key": k, "value": value(v)} for k, v in attrs.items()], "status": status or {}}
        line = {"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "refund-agent"}}]},
                                   "scopeSpans": [{"scope": {"name": scope, "version": "0.1b0"}, "spans": [span]}]}]}
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(line) + "\n")


def instrumented_steps(order_id, ctx):
    # One file per process (a jsonl worker appends every trial's spans to it); the kit keeps only
    # the spans that started during this trial.
    spans = OtlpFile(os.path.join(os.environ["OTLP_DIR"], "spans-%d.jsonl" % os.getpid()))
    if not os.path.exists(spans.path):
        # Left over from an earlier run: a payment that must not count for this trial.
        spans.span("execute_tool payments.charge", 1_600_000_000_000_000_000, 1_600_000_000_100_000_000,
                   {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "payments.charge"}, "refund-agent.tools")
    t0 = time.time_ns()
    spans.span("chat mock-model", t0, t0 + 5_000_000, {"gen_ai.operation.name": "chat", "gen_ai.system": "openai",
               "gen_ai.request.model": "mock-model", "gen_ai.usage.input_tokens": 120, "gen_ai.usage.output_tokens": 20},
               "opentelemetry.instrumentation.openai_v2")
    if VARIANT != "regressed":
        t1 = time.time_ns()
        spans.span("execute_tool policy.check_eligibility", t1, t1 + 1_000_000, {"gen_ai.operation.name": "execute_tool",
                   "gen_ai.tool.name": "policy.check_eligibility", "gen_ai.tool.call.arguments": json.dumps({"order_id": order_id}),
                   "gen_ai.tool.call.result": json.dumps({"eligible": True})}, "refund-agent.tools")
    ctx.otlp(spans.path)


def agent(case_input, ctx):
    order_id = case_input["order_id"]
    if case_input.get("chatty"):
        print("planning the refund for", order_id)
        print(json.dumps({"output": "not the trace", "steps": []}))
        sys.stdout.write("a raw stdout write\n")
        logging.basicConfig(stream=sys.__stdout__, level=logging.INFO)
        logging.info("a log line on the original sys.stdout")
        os.system("echo from a child process")
    if case_input.get("otlp"):
        instrumented_steps(order_id, ctx)
    else:
        with llm("planner") as call:
            call.record(chat_completion("refund order " + order_id))
        if VARIANT != "regressed":
            check_eligibility(order_id)
    refund = issue_refund(order_id=order_id)
    return {"action": "refund", "reply": "refund %s %s" % (refund["refund_id"], refund["status"])}


if __name__ == "__main__":
    main(agent)
`;

const CHECKS = `checks:
  - type: trajectory
    mode: in_order
    tools: [policy.check_eligibility, billing.issue_refund]
  - type: tool_args
    tool: billing.issue_refund
    args: { order_id: "8812" }
    match: subset
  - type: tool_not_called
    tool: payments.charge
  - type: output_match
    path: reply
    pattern: "^refund rf-8812 issued$"
  - type: no_tool_errors
`;

const CASES: Record<string, string> = {
  'refund-policy-first': `id: refund-policy-first\ntitle: Refund checks the policy before paying\nguards: 101\nworkflow: refund\nseverity: sev0\ninput: { order_id: "8812" }\n${CHECKS}`,
  'refund-chatty-agent': `id: refund-chatty-agent\ntitle: An agent that prints still yields its trace\nguards: 102\nworkflow: refund\nseverity: sev1\ninput: { order_id: "8812", chatty: true }\n${CHECKS}`,
  'refund-otlp': `id: refund-otlp\ntitle: Spans from the agent's OpenTelemetry file count with its native steps\nguards: 103\nworkflow: refund\nseverity: sev1\ninput: { order_id: "8812", otlp: true }\n${CHECKS}  - type: budget\n    max_tokens: 140\n`,
};

describe.skipIf(!HAVE_PYTHON && !REQUIRED).each(['exec', 'jsonl'] as const)('a Python agent on the kit, over the %s protocol', (protocol) => {
  let repo: TempRepo;
  let otlpDir: TempRepo;
  const cli = (argv: string[], env: NodeJS.ProcessEnv = {}) => spawnCli(repo.dir, argv, { OTLP_DIR: otlpDir.dir, PATH: PY_PATH, ...env });

  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-py-');
    otlpDir = await makeTempRepo('evalgate-py-otlp-');
    await repo.write('pyproject.toml', '[project]\nname = "refund-agent"\nversion = "0.1.0"\n');
    const init = await cli(['init']);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain('python harness stub (found pyproject.toml)');
    await repo.write('evals/harness/run.py', AGENT);
    const config = (await repo.read('evalgate.yml')).replace('protocol: exec ', `protocol: ${protocol} `);
    expect(config).toContain(`protocol: ${protocol} `);
    await repo.write('evalgate.yml', config);
    execFileSync('rm', [join(repo.dir, 'evals/cases/example/example-echo.yaml')]);
    for (const [id, text] of Object.entries(CASES)) await repo.write(`evals/cases/refund/${id}.yaml`, text);
    git(repo.dir, 'init', '-q', '-b', 'main');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-qm', 'refund agent and its guards');
  }, 60_000);
  afterAll(async () => {
    await repo?.cleanup();
    await otlpDir?.cleanup();
  });

  it('run: every trial passes with the steps the agent took (native, chatty, OTLP file); stdout noise goes to stderr', async () => {
    const r = await cli(['run', '--suite', 'benchmark', '--out', '.evalgate/run.json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/3 of 3 cases passed every trial/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const results = await readValidResults(join(repo.dir, '.evalgate/run.json'));
    const byId = new Map(results.cases.map((c) => [c.id, c]));
    // Tokens read by llm().record() from the provider response (100 + 10), and from the OTLP chat span (120 + 20).
    expect(byId.get('refund-policy-first')!.trials[0]).toMatchObject({ outcome: 'pass', tokens: 110 });
    expect(byId.get('refund-otlp')!.trials[0]).toMatchObject({ outcome: 'pass', tokens: 140 });
    expect(byId.get('refund-chatty-agent')!.trials[0].outcome).toBe('pass');
  }, 120_000);

  it('the chatty agent run by hand: stdout holds only the trace, every print, log line and child process output is on stderr', () => {
    const input = { order_id: '8812', chatty: true };
    const jsonl = protocol === 'jsonl';
    const r = spawnSync(PYTHON!, ['evals/harness/run.py'], {
      cwd: repo.dir,
      input: jsonl ? `${JSON.stringify({ id: 'req-1', case: 'refund-chatty-agent', trial: 1, suite: 'benchmark', input, fixtures: '' })}\n` : JSON.stringify(input),
      env: { ...process.env, EVALGATE_CASE_ID: 'refund-chatty-agent', EVALGATE_TRIAL: '1', EVALGATE_SUITE: 'benchmark', ...(jsonl ? { EVALGATE_PROTOCOL: 'jsonl' } : {}) },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const trace = JSON.parse(lines[0]) as { id?: string; output: unknown; steps: Array<{ name: string }> };
    expect(trace.id).toBe(jsonl ? 'req-1' : undefined);
    expect(trace.output).toEqual({ action: 'refund', reply: 'refund rf-8812 issued' });
    expect(trace.steps.map((s) => s.name)).toEqual(['planner', 'policy.check_eligibility', 'billing.issue_refund']);
    for (const line of ['planning the refund for 8812', '{"output": "not the trace", "steps": []}', 'a raw stdout write', 'a log line on the original sys.stdout', 'from a child process']) {
      expect(r.stderr, line).toContain(line);
    }
  });

  it('gate: the unchanged agent passes; skipping the policy tool blocks, naming each guarded issue', async () => {
    const base = await cli(['baseline', '--suite', 'benchmark', '--out', '.evalgate/base.json']);
    expect(base.code, base.stdout + base.stderr).toBe(0);
    const same = await cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/base.json', '--out', '.evalgate/gate-same']);
    expect(same.code, same.stdout + same.stderr).toBe(0);

    const regressed = await cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/base.json', '--out', '.evalgate/gate-regressed'], { AGENT_VARIANT: 'regressed' });
    expect(regressed.code, regressed.stdout + regressed.stderr).toBe(1);
    const report = await repo.read('.evalgate/gate-regressed/report.md');
    for (const [id, issue] of [['refund-policy-first', '#101'], ['refund-chatty-agent', '#102'], ['refund-otlp', '#103']]) {
      expect(regressed.stdout, id).toMatch(new RegExp(`${id}.*guards ${issue}`));
      expect(report, id).toContain(id);
    }
    expect(report).toContain('bad_decision');
    // The failing check names the skipped tool (Markdown escapes its underscore).
    expect(report).toMatch(/expected policy\.check\\?_eligibility to be called/);
  }, 180_000);

  it('an agent exception is an error (never a pass or an agent failure) with the Python traceback as the report evidence', async () => {
    const crash = await cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/base.json', '--out', '.evalgate/gate-crash'], { AGENT_VARIANT: 'crash' });
    expect(crash.code, crash.stdout + crash.stderr).toBe(1);
    const results = await readValidResults(join(repo.dir, '.evalgate/gate-crash/results.json'));
    for (const c of results.cases) {
      expect(c.passes, c.id).toBe(0);
      const t = c.trials[0];
      expect(t.outcome, c.id).toBe('error');
      expect(t.error, c.id).toContain("the harness reported an error instead of a trace: the agent raised KeyError: '8812'");
      expect(t.stderr_tail, c.id).toContain('Traceback (most recent call last):');
      expect(t.stderr_tail, c.id).toMatch(/File ".*run\.py", line \d+, in _ledger_post\n\s+return ledger\[order_id\]/);
      expect(t.stderr_tail, c.id).toContain("KeyError: '8812'");
    }
    // The PR comment names the exception; the JUnit report carries the traceback as the trial's stderr.
    const report = await repo.read('.evalgate/gate-crash/report.md');
    expect(report).toMatch(/Errored \(3\)/);
    expect(report).toContain("the agent raised KeyError: '8812'");
    const junit = await repo.read('.evalgate/gate-crash/junit.xml');
    expect(junit).toContain('evalgate_harness: the agent raised an exception (case refund-policy-first, trial 1):\nTraceback (most recent call last):');
    expect(junit).toMatch(/in _ledger_post\n\s+return ledger\[order_id\]\n[\s^~]*KeyError: '8812'/);
  }, 180_000);
});
