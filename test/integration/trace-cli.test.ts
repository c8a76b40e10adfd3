// Conversion made visible: `evalgate trace FILE`, `run --keep-traces DIR`, warnings and cost
// source in results, and the trial context command evaluators receive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { baseEnv, DIST_CLI, ensureDist, makeTempRepo, PROJECT_ROOT, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

const FIXTURES = join(PROJECT_ROOT, 'test/trace/fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A harness that prints a recorded export, whatever the input. */
const PRINTING_HARNESS = `import { readFileSync } from 'node:fs';\nprocess.stdout.write(readFileSync(process.argv[2], 'utf8'));\n`;

describe('evalgate trace', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('traceloop.json', fixture('langgraph-traceloop.otlp.json'));
    await repo.write('http-only.json', JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ name: 'GET /', attributes: [] }] }] }] }));
  });
  afterAll(() => repo?.cleanup());

  it('prints the converted trace on stdout and the conversion warnings on stderr', async () => {
    const r = await repo.cli(['trace', 'traceloop.json']);
    expect(r.code).toBe(0);
    const trace = JSON.parse(r.stdout);
    expect(trace.steps.filter((s: { type: string }) => s.type === 'tool').map((s: { name: string }) => s.name)).toEqual(['policy.check_eligibility', 'billing.issue_refund']);
    expect(r.stderr).toContain('warning: OTLP export converted as OpenLLMetry / Traceloop (traceloop.*): 18 span(s) -> 2 step(s)');
    expect(r.stderr).toContain('tool name taken from the tool message (the span names only the class DynamicStructuredTool)');
    expect(r.stderr).toMatch(/traceloop\.json: OTLP export -> 5 step\(s\) \(2 tool call\(s\)\), 420 tokens, \$0 \(cost none\)/);
  });

  it('applies the pricing table of evalgate.yml and says so; --json carries warnings and cost source', async () => {
    await repo.write('evalgate.yml', 'harness:\n  command: "true"\npricing:\n  mock-refund-model: { input: 1000, output: 2000 }\n');
    const r = await repo.cli(['trace', 'traceloop.json', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ format: 'otlp', cost_source: 'priced' });
    expect(doc.trace.usage.cost_usd).toBeCloseTo(3 * (0.12 + 0.04), 9);
    expect(doc.warnings[0]).toMatch(/OpenLLMetry/);
  });

  it('exits 1 naming what it found when nothing converts, and 2 when the file cannot be read', async () => {
    const bad = await repo.cli(['trace', 'http-only.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^evalgate: http-only\.json: OTLP export has 1 span\(s\) but none follows a supported convention .*span names: "GET \/"/);
    const missing = await repo.cli(['trace', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('evalgate: cannot read nope.json: no such file\n');
    expect(missing.stderr + bad.stderr).not.toMatch(STACK_LINE);
  });

  // `trace -` reads what a harness printed, piped in: bounded and decoded the way a trial's stdout is.
  const traceStdin = (input: Buffer | string) => {
    ensureDist();
    return spawnSync(process.execPath, [DIST_CLI, 'trace', '-'], { cwd: repo.dir, env: baseEnv(), input, encoding: 'utf8' });
  };

  it('trace - converts stdin whole: a multi-byte character split across pipe chunks survives', async () => {
    await repo.write('evalgate.yml', 'harness:\n  command: "true"\n');
    // 200,000 "é" (2 bytes each) arrive in several 64 KiB pipe reads; an odd-length prefix puts a chunk edge inside one.
    const reply = 'x' + 'é'.repeat(200_000);
    const r = traceStdin(JSON.stringify({ output: { reply }, steps: [] }));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).output.reply).toBe(reply);
  });

  it('trace - over harness.max_output_bytes, or not UTF-8, is what a trial would call an error (exit 1), not read whole', async () => {
    await repo.write('evalgate.yml', 'harness:\n  command: "true"\n  max_output_bytes: 1000\n');
    const big = traceStdin(JSON.stringify({ output: { reply: 'a'.repeat(5000) }, steps: [] }));
    expect(big.status).toBe(1);
    expect(big.stderr).toBe('evalgate: stdin is over 1000 bytes (harness.max_output_bytes): a trial with this output would be an error\n');
    await repo.write('big.json', JSON.stringify({ output: { reply: 'a'.repeat(5000) }, steps: [] }));
    const file = await repo.cli(['trace', 'big.json']);
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/^evalgate: big\.json is over 1000 bytes/);
    // A device has no size to ask: read as a stream under the same bound (readFile would never end).
    const zero = await repo.cli(['trace', '/dev/zero']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toBe('evalgate: /dev/zero is over 1000 bytes (harness.max_output_bytes): a trial with this output would be an error\n');
    await repo.write('adir/x.json', '{}');
    const dir = await repo.cli(['trace', 'adir']);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toBe('evalgate: cannot read adir: is a directory\n');
    const latin1 = traceStdin(Buffer.concat([Buffer.from('{"output":{"reply":"caf'), Buffer.from([0xe9]), Buffer.from('"},"steps":[]}')]));
    expect(latin1.status).toBe(1);
    expect(latin1.stderr).toBe('evalgate: stdin is not valid UTF-8 (first bad byte at offset 23): a trial with this output would be an error\n');
    await repo.write('evalgate.yml', 'harness:\n  command: "true"\npricing:\n  mock-refund-model: { input: 1000, output: 2000 }\n');
  });
});

describe('run --keep-traces, warnings in results, and evaluator context', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo();
    await repo.write('harness.mjs', PRINTING_HARNESS);
    await repo.write('export.json', fixture('langgraph-traceloop.otlp.json'));
    await repo.write(
      'evalgate.yml',
      'harness:\n  command: node harness.mjs export.json\n  timeout_ms: 20000\npricing:\n  mock-refund-model: { input: 0.4, output: 1.6 }\n',
    );
    // The evaluator passes only when it can tell which trial it judges and read the case input.
    await repo.write(
      'judge.mjs',
      [
        "import { readFileSync } from 'node:fs';",
        "let text = ''; for await (const c of process.stdin) text += c;",
        'const trace = JSON.parse(text);',
        "const input = JSON.parse(readFileSync(process.env.EVALGATE_INPUT_FILE, 'utf8'));",
        "const ok = process.env.EVALGATE_CASE_ID === 'refund-ok' && process.env.EVALGATE_TRIAL === '1' && process.env.EVALGATE_SUITE === 'benchmark' && input.order === '8812' && Array.isArray(trace.steps);",
        "console.log(JSON.stringify({ pass: ok, reason: `case=${process.env.EVALGATE_CASE_ID} trial=${process.env.EVALGATE_TRIAL} suite=${process.env.EVALGATE_SUITE} order=${input.order}` }));",
      ].join('\n'),
    );
    await repo.write(
      'evals/cases/r/refund-ok.yaml',
      [
        'id: refund-ok',
        'title: t',
        'guards: 1',
        'workflow: refund',
        'severity: sev1',
        'input: { order: "8812" }',
        'checks:',
        '  - type: trajectory',
        '    mode: in_order',
        '    tools: [policy.check_eligibility, billing.issue_refund]',
        '  - type: no_loop',
        '  - type: budget',
        '    max_cost_usd: 0.001',
        '  - type: command',
        '    run: node judge.mjs',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => repo?.cleanup());

  it('passes a correct OpenLLMetry agent, records warnings and priced cost, and keeps the converted trace', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'results.json', '--keep-traces', 'traces']);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(0);
    const results = await readValidResults(join(repo.dir, 'results.json'));
    const trial = results.cases[0].trials[0];
    expect(trial.outcome).toBe('pass');
    expect(trial.cost_source).toBe('priced');
    expect(trial.cost_usd).toBeCloseTo(3 * (120 * 0.4 + 20 * 1.6) / 1e6, 12);
    expect(trial.warnings?.[0]).toBe('OTLP export converted as OpenLLMetry / Traceloop (traceloop.*): 18 span(s) -> 2 step(s)');
    const kept = JSON.parse(await repo.read('traces/refund-ok/trial-1.json'));
    expect(kept.steps.map((s: { name: string }) => s.name)).toContain('billing.issue_refund');
    expect(kept.usage.cost_usd).toBeCloseTo(trial.cost_usd, 12);
    expect(await repo.read('traces/refund-ok/trial-1.warnings.txt')).toContain('DynamicStructuredTool');
    // The kept trace is itself a valid harness output.
    const again = await repo.cli(['trace', 'traces/refund-ok/trial-1.json']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).steps).toEqual(kept.steps);
  });
});
