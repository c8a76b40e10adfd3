// Real agents as real harnesses: the examples workspace's AI SDK, LangGraph.js, OpenAI Agents SDK,
// hand-instrumented and OpenAI SDK agents (the last traced by model calls only: its tool steps
// are derived from the conversation) on real libraries with mock models run through `evalgate run`, `baseline` and `gate`. A regressed mock
// model (AGENT_MODE=regressed skips the policy check) must block with bad_decision.
// Needs the examples workspace installed (`npm ci --prefix examples`, done by .ci/run) and the
// harness kit built (dist/harness.js).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Comparison } from '../../src/types.js';
import { PROJECT_ROOT, readValidResults, runCli, STACK_LINE } from './helpers.js';

const EXAMPLES = join(PROJECT_ROOT, 'examples');
const installed = existsSync(join(EXAMPLES, 'node_modules', 'ai')) && existsSync(join(EXAMPLES, 'node_modules', '@langchain', 'langgraph'));
// Locally the examples workspace is optional; in CI a missing install must fail, not skip.
const run = installed || process.env.CI ? describe : describe.skip;

run.each(['ai-sdk', 'langgraph', 'openai-agents', 'otel', 'openai'])('examples/%s as a harness', (recipe) => {
  const dir = join(EXAMPLES, recipe);
  let tmp: string;
  beforeAll(async () => {
    if (!installed) throw new Error('the examples workspace is not installed: run `npm ci --prefix examples`');
    if (!existsSync(join(PROJECT_ROOT, 'dist', 'harness.js'))) execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    tmp = await mkdtemp(join(tmpdir(), `evalgate-examples-${recipe}-`));
  });
  afterAll(() => (tmp ? rm(tmp, { recursive: true, force: true }) : undefined));

  it('passes every case with the good model; the gate against its baseline passes', async () => {
    const r = await runCli(dir, ['run', '--suite', 'benchmark', '--out', join(tmp, 'run.json')]);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const results = await readValidResults(join(tmp, 'run.json'));
    expect(results.cases.map((c) => [c.id, c.passes, c.runs])).toEqual([
      ['refund-policy-before-payment', 1, 1],
      ['refund-reply-names-order', 1, 1],
    ]);
    const trial = results.cases[0].trials[0];
    expect(trial.tokens).toBe(3 * 140);
    // The mock models report no cost; evalgate.yml pricing does (except where no model is named).
    expect(trial.cost_source).toBe(recipe === 'openai-agents' ? 'none' : 'priced');

    // The examples live in evalgate's own checkout, whose working tree is whatever the developer has:
    // the baseline is not a commit's, and --allow-dirty says so.
    const base = await runCli(dir, ['baseline', '--suite', 'benchmark', '--allow-dirty', '--out', join(tmp, 'base.json')]);
    expect(base.code, base.stderr).toBe(0);
    const gate = await runCli(dir, ['gate', '--suite', 'benchmark', '--baseline', join(tmp, 'base.json'), '--out', join(tmp, 'gate-good')]);
    expect(gate.code, gate.stdout + gate.stderr).toBe(0);
  });

  it('a regressed model (skips the policy check) blocks the gate with bad_decision', async () => {
    const gate = await runCli(dir, ['gate', '--suite', 'benchmark', '--baseline', join(tmp, 'base.json'), '--out', join(tmp, 'gate-bad')], { AGENT_MODE: 'regressed' });
    expect(gate.code, gate.stdout + gate.stderr).toBe(1);
    const cmp = JSON.parse(await readFile(join(tmp, 'gate-bad', 'comparison.json'), 'utf8')) as Comparison;
    expect(cmp.verdict).toBe('block');
    const row = cmp.cases.find((c) => c.id === 'refund-policy-before-payment');
    expect(row).toMatchObject({ status: 'regressed', class: 'bad_decision' });
    // The untouched reply case still passes: only the regressed guard blocks.
    expect(cmp.cases.find((c) => c.id === 'refund-reply-names-order')?.status).not.toBe('regressed');
    expect(gate.stdout).toMatch(/refund-policy-before-payment/);
    expect(gate.stdout).toMatch(/expected policy\.check_eligibility to be called/);
  });
});
