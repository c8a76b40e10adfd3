// The harness kit (dist/harness.js) as users run it: one script serves both protocols,
// the agent's console.log never corrupts the trace, and a thrown agent is an error, not a pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempRepo, PROJECT_ROOT, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

const KIT = join(PROJECT_ROOT, 'dist', 'harness.js');

const AGENT = `import { harness } from ${JSON.stringify(pathToFileURL(KIT).href)};
harness(async (input, ctx) => {
  console.log('agent log line that must not reach stdout');
  if (input.crash) throw new Error('model provider unreachable');
  ctx.step({ type: 'llm', name: 'planner', model: 'm', input_tokens: 100, output_tokens: 10 });
  for (const tool of input.tools) ctx.step({ type: 'tool', name: tool, args: { case: ctx.caseId, trial: ctx.trial }, status: 'ok' });
  return { reply: 'done ' + ctx.caseId + ' ' + ctx.suite + ' ' + process.pid };
}, { otel: false });
`;

const CASE = (id: string, input: string, tools: string) =>
  `id: ${id}\ntitle: t\nguards: 1\nworkflow: w\nseverity: sev1\ntrials: 2\ninput: ${input}\nchecks:\n  - type: trajectory\n    mode: exact\n    tools: ${tools}\n  - type: tool_args\n    tool: a.first\n    args: { case: ${id} }\n    match: subset\n  - type: output_match\n    path: reply\n    pattern: "^done ${id} benchmark"\n`;

describe.each(['exec', 'jsonl'] as const)('harness kit over the %s protocol', (protocol) => {
  let repo: TempRepo;
  beforeAll(async () => {
    if (!existsSync(KIT)) execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    repo = await makeTempRepo();
    await repo.write('agent.mjs', AGENT);
    await repo.write('evalgate.yml', `harness:\n  command: node agent.mjs\n  protocol: ${protocol}\n  timeout_ms: 20000\n  retries: 0\nconcurrency: 1\npricing:\n  m: { input: 1, output: 1 }\n`);
    await repo.write('evals/cases/w/one.yaml', CASE('case-one', '{ tools: [a.first, b.second] }', '[a.first, b.second]'));
    await repo.write('evals/cases/w/two.yaml', CASE('case-two', '{ tools: [a.first] }', '[a.first]'));
    await repo.write('evals/cases/w/crash.yaml', 'id: case-crash\ntitle: t\nguards: 1\nworkflow: w\nseverity: sev1\ninput: { crash: true, tools: [] }\nchecks:\n  - type: no_tool_errors\n');
  });
  afterAll(() => repo?.cleanup());

  it('runs every trial through the kit: native steps, context, output; a throwing agent errors', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'results.json']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(1); // the crashing case errors
    const results = await readValidResults(join(repo.dir, 'results.json'));
    const byId = new Map(results.cases.map((c) => [c.id, c]));
    expect([byId.get('case-one')?.passes, byId.get('case-one')?.runs]).toEqual([2, 2]);
    expect([byId.get('case-two')?.passes, byId.get('case-two')?.runs]).toEqual([2, 2]);
    expect(byId.get('case-one')?.trials[0]).toMatchObject({ tokens: 110, cost_usd: 0.00011, cost_source: 'priced' });
    const crash = byId.get('case-crash')!;
    expect(crash.errors).toBe(1);
    expect(crash.trials[0].outcome).toBe('error');
    expect(crash.trials[0].stderr_tail).toContain('the agent threw: Error: model provider unreachable');
  });
});

// A project with @opentelemetry/api (a framework pulled it in, or the agent is instrumented by
// hand) but not @opentelemetry/sdk-trace-base: spans are started and, without an SDK, dropped.
const API = join(PROJECT_ROOT, 'examples', 'node_modules', '@opentelemetry', 'api');
const OTEL_AGENT = `import { trace } from '@opentelemetry/api';
import { harness } from ${JSON.stringify(pathToFileURL(KIT).href)};
const tracer = trace.getTracer('refund-agent');
harness(async (input) => {
  await tracer.startActiveSpan('chat m', async (span) => {
    span.setAttribute('gen_ai.operation.name', 'chat');
    span.end();
  });
  tracer.startSpan('execute_tool lookup', { attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'lookup' } }).end();
  return { reply: 'done' };
});
`;

(existsSync(API) || process.env.CI ? describe : describe.skip)('harness kit with @opentelemetry/api but without @opentelemetry/sdk-trace-base', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    if (!existsSync(API)) throw new Error('the examples workspace is not installed: run `npm ci --prefix examples`');
    if (!existsSync(KIT)) execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    repo = await makeTempRepo();
    await repo.write('agent.mjs', OTEL_AGENT);
    await symlink(API, join(repo.dir, 'node_modules', '@opentelemetry', 'api'), 'dir').catch(async () => {
      await mkdir(join(repo.dir, 'node_modules', '@opentelemetry'), { recursive: true });
      await symlink(API, join(repo.dir, 'node_modules', '@opentelemetry', 'api'), 'dir');
    });
    await repo.write('evalgate.yml', 'harness:\n  command: node agent.mjs\n  timeout_ms: 20000\n  retries: 0\n');
    await repo.write('evals/cases/w/one.yaml', 'id: one\ntitle: t\nguards: 1\nworkflow: w\nseverity: sev1\ninput: {}\nchecks:\n  - type: output_match\n    path: reply\n    pattern: done\n');
  });
  afterAll(() => repo?.cleanup());

  const MISSING = '2 OpenTelemetry span(s) were started and none was recorded: @opentelemetry/api is installed but @opentelemetry/sdk-trace-base is not, so evalgate/harness has no tracer provider to record them: npm install @opentelemetry/sdk-trace-base';

  it('names the missing package on stderr and in the trace it prints', () => {
    const out = execFileSync(process.execPath, ['agent.mjs'], { cwd: repo.dir, input: '{}', encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(JSON.parse(out)).toEqual({ output: { reply: 'done' }, steps: [], warnings: [`evalgate/harness: ${MISSING}`] });
    const both = spawnSync(process.execPath, ['agent.mjs'], { cwd: repo.dir, input: '{}', encoding: 'utf8' });
    expect(both.stderr).toContain(`evalgate/harness: ${MISSING}\n`);
  });

  it('the trial carries it as a warning (the trace has no steps to say it)', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'results.json']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const trial = (await readValidResults(join(repo.dir, 'results.json'))).cases[0].trials[0];
    expect(trial.warnings).toEqual([`evalgate/harness: ${MISSING}`]);
  });
});
