// What a trial says about a trace that lost something, through `evalgate run` with the real
// OpenAI SDK agent (examples/openai) traced by @opentelemetry/instrumentation-openai, which
// records model calls only: the tool steps are derived from the conversation (and say so), and
// an agent that gave up after its first tool request has no output (and says where evalgate looked).
// Needs the examples workspace installed (`npm ci --prefix examples`, done by .ci/run).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { makeTempRepo, PROJECT_ROOT, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

const EXPORT = join(PROJECT_ROOT, 'examples', 'openai', 'export.mjs');
const installed = existsSync(join(PROJECT_ROOT, 'examples', 'node_modules', '@opentelemetry', 'instrumentation-openai'));
// Locally the examples workspace is optional; in CI a missing install must fail, not skip.
const run = installed || process.env.CI ? describe : describe.skip;

const CASE = [
  'id: refund',
  'title: t',
  'guards: 1',
  'workflow: refund',
  'severity: sev0',
  'input: { messages: [{ role: user, content: "Refund order 8812 please" }] }',
  'checks:',
  '  - type: trajectory',
  '    mode: in_order',
  '    tools: [policy.check_eligibility, billing.issue_refund]',
  '  - type: side_effects',
  '    tool: billing.issue_refund',
  '    exactly: 1',
  '  - type: output_schema',
  '    schema: { type: object, required: [action] }',
  '',
].join('\n');

run('evalgate run on a trace of model calls only (OpenTelemetry contrib instrumentation of the OpenAI SDK)', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    if (!installed) throw new Error('the examples workspace is not installed: run `npm ci --prefix examples`');
    repo = await makeTempRepo();
    await repo.write('evalgate.yml', `harness:\n  command: node ${JSON.stringify(EXPORT)}\n  timeout_ms: 30000\n  retries: 0\n`);
    await repo.write('evals/cases/refund.yaml', CASE);
  });
  afterAll(() => repo?.cleanup());

  it('derives the tool steps from the conversation: the trajectory and exactly-once checks pass, and the trial says the steps are derived', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'results.json', '--keep-traces', 'traces']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const trial = (await readValidResults(join(repo.dir, 'results.json'))).cases[0].trials[0];
    expect(trial.outcome).toBe('pass');
    expect(trial.warnings).toContain(
      "tool steps 2 (policy.check_eligibility), 4 (billing.issue_refund) are derived from the conversation: no tool span ran them (the instrumentation traces model calls only), so each is the model's tool call with the result a later model call was given; status and latency unknown",
    );
    const kept = JSON.parse(await repo.read('traces/refund/trial-1.json'));
    expect(kept.steps.map((s: { type: string; name: string }) => `${s.type}:${s.name}`)).toEqual([
      'llm:chat mock-refund-model',
      'tool:policy.check_eligibility',
      'llm:chat mock-refund-model',
      'tool:billing.issue_refund',
      'llm:chat mock-refund-model',
    ]);
    expect(kept.steps[3]).toMatchObject({ args: { order_id: '8812' }, result: { refund_id: 'rf-8812', status: 'issued' } });
    expect(kept.output).toEqual({ action: 'refund', reply: 'Refund issued for order 8812.' });
  });

  it('an agent that stops after its first tool request: no output and a tool call nobody ran, each a warning naming where evalgate looked', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'gave-up.json'], { MAX_TURNS: '1' });
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(1);
    const trial = (await readValidResults(join(repo.dir, 'gave-up.json'))).cases[0].trials[0];
    expect(trial.outcome).toBe('fail');
    expect(trial.failures.map((f) => f.type)).toEqual(['trajectory', 'side_effects', 'output_schema']);
    const warnings = (trial.warnings ?? []).join('\n');
    expect(warnings).toContain(
      'step 1 (llm "chat mock-refund-model") asked for 1 tool call(s) that no tool span ran and no later model call got a result for: policy.check_eligibility (call-1)',
    );
    expect(warnings).toMatch(/the trace has no final output: output checks see null\. evalgate looked for evalgate\.output on any span; .*gen_ai\.choice events .*; the last model call that recorded messages, step 1 \(llm "chat mock-refund-model"\), asked for tool calls instead of answering/);
    // The same lines in `evalgate trace` on what the harness printed.
    const printed = execFileSync(process.execPath, [EXPORT], { input: '{}', env: { ...process.env, MAX_TURNS: '1' }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] });
    await repo.write('gave-up.otlp.jsonl', printed);
    const trace = await repo.cli(['trace', 'gave-up.otlp.jsonl']);
    expect(trace.code).toBe(0);
    expect(trace.stderr).toMatch(/^warning: the trace has no final output: output checks see null\. evalgate looked for /m);
    expect(trace.stderr).toMatch(/^warning: step 1 \(llm "chat mock-refund-model"\) asked for 1 tool call\(s\) that no tool span ran/m);
  });

  it('a model that reports no token usage: a max_tokens budget cannot be checked, so the trial is an error, not a pass', async () => {
    await repo.write('evals/cases/refund.yaml', CASE + '  - type: budget\n    max_tokens: 2000\n');
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'no-usage.json'], { NO_USAGE: '1' });
    expect(r.stderr).not.toMatch(STACK_LINE);
    const trial = (await readValidResults(join(repo.dir, 'no-usage.json'))).cases[0].trials[0];
    expect(trial.outcome).toBe('error');
    expect(trial.error).toMatch(/^checks\[3\] \(budget\): max_tokens 2000 cannot be checked: no llm step reports token counts \(llm steps 1, 3, 5\)/);
    expect(trial.warnings?.join('\n')).toContain('llm step(s) 1, 3, 5 carry no token counts');
    // With usage reported, the same case passes.
    const ok = await repo.cli(['run', '--suite', 'benchmark', '--out', 'usage.json']);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  });
});
