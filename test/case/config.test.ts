import { describe, expect, it } from 'vitest';
import { buildDefaultConfig, parseConfig } from '../../src/case/config.js';
import { renderProblem } from '../../src/case/problems.js';

const MINIMAL = 'harness:\n  command: node agent/run.js\n';

describe('parseConfig defaults', () => {
  const { config, problems } = parseConfig(MINIMAL, 'evalgate.yml');

  it('accepts a config with only harness.command', () => {
    expect(problems).toEqual([]);
    expect(config.harness.command).toBe('node agent/run.js');
  });

  it.each([
    ['harness.protocol', 'exec'],
    ['harness.timeout_ms', 60000],
    ['harness.retries', 2],
    ['harness.env', {}],
    ['harness.paths', []],
    ['harness.max_output_bytes', 8 * 1024 * 1024],
    ['cases', 'evals/cases/**/*.{yaml,yml}'],
    ['concurrency', 4],
    ['trials', 1],
    ['max_trials', 200],
    ['max_baseline_trials', 400],
    ['gate.alpha', 0.05],
    ['gate.power', 0.9],
    ['gate.min_drop', 0.2],
    ['gate.baseline', 'auto'],
    ['gate.holdout_tolerance', 0.05],
    ['gate.on_error', 'block'],
    ['gate.budgets', { cost_increase_pct: 20, p95_latency_increase_pct: 25, enforce: false }],
    ['owners', {}],
    ['redact', []],
    ['triage.bad_output', { label: 'fix:prompt' }],
    ['triage.bad_decision', { label: 'fix:harness' }],
    ['triage.tool_error', { label: 'fix:tool-contract' }],
    ['triage.timeout', { label: 'fix:budget' }],
    ['triage.cost_blowup', { label: 'fix:budget' }],
  ])('%s defaults to %j', (dotted, expected) => {
    const value = dotted.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], config);
    expect(value).toEqual(expected);
  });

  it('does not share default objects between configs', () => {
    const a = buildDefaultConfig('x');
    a.triage.bad_output!.label = 'changed';
    a.harness.env.X = '1';
    expect(buildDefaultConfig('x').triage.bad_output!.label).toBe('fix:prompt');
    expect(buildDefaultConfig('x').harness.env).toEqual({});
  });
});

describe('parseConfig with the SPEC example', () => {
  const text = `harness:
  command: node agent/run.js
  protocol: jsonl
  timeout_ms: 30000
  retries: 1
  env: { MODEL: gpt-x, TEMPERATURE: 0, STREAM: false }
  paths: [agent/**, prompts/**]
  max_output_bytes: 1048576
cases: evals/**/*.yaml
concurrency: 8
trials: 3
max_trials: 12
gate:
  alpha: 0.01
  power: 0.8
  min_drop: 0.3
  baseline: rerun
  holdout_tolerance: 0.1
  on_error: warn
  budgets: { cost_increase_pct: 10, enforce: true }
owners: { refund: [alice], research: ["@acme/research"] }
triage:
  bad_output: { label: "needs:prompt", owner: bob }
redact: ["sk-[A-Za-z0-9]{20,}"]
`;
  const { config, problems } = parseConfig(text, 'evalgate.yml');

  it('has no problems and keeps every value', () => {
    expect(problems).toEqual([]);
    expect(config.harness).toEqual({
      command: 'node agent/run.js',
      protocol: 'jsonl',
      timeout_ms: 30000,
      retries: 1,
      env: { MODEL: 'gpt-x', TEMPERATURE: '0', STREAM: 'false' },
      paths: ['agent/**', 'prompts/**'],
      ignore: [],
      max_output_bytes: 1048576,
    });
    expect(config).toMatchObject({ cases: 'evals/**/*.yaml', concurrency: 8, trials: 3, max_trials: 12 });
    expect(config.gate).toEqual({
      alpha: 0.01,
      power: 0.8,
      min_drop: 0.3,
      baseline: 'rerun',
      holdout_tolerance: 0.1,
      max_runs: null,
      on_error: 'warn',
      budgets: { cost_increase_pct: 10, p95_latency_increase_pct: 25, enforce: true },
    });
    expect(config.owners).toEqual({ refund: ['alice'], research: ['@acme/research'] });
    expect(config.redact).toEqual(['sk-[A-Za-z0-9]{20,}']);
  });

  it('overrides triage per class and keeps the other defaults', () => {
    expect(config.triage.bad_output).toEqual({ label: 'needs:prompt', owner: 'bob' });
    expect(config.triage.bad_decision).toEqual({ label: 'fix:harness' });
    expect(config.triage.cost_blowup).toEqual({ label: 'fix:budget' });
  });
});

describe('parseConfig problems', () => {
  it.each([
    ['', '1:1', 'missing required key "harness"'],
    ['harness: {}\n', '1:1', 'harness: missing required key "command"'],
    [`${MINIMAL}concurency: 3\n`, '3:1', 'unknown key "concurency", did you mean "concurrency"?'],
    [`${MINIMAL}gate:\n  power: 0\n`, '4:10', 'gate.power: 0 is out of range'],
    [`${MINIMAL}gate:\n  budgets:\n    enforce: "yes"\n`, '5:14', 'gate.budgets.enforce: expected a boolean, got a string "yes"'],
    [`${MINIMAL}trials: 4\nmax_trials: 2\n`, '4:13', 'max_trials: 2 is below trials (4)'],
    [`${MINIMAL}redact: ["(a"]\n`, '3:10', 'redact[0]: "(a" is not a valid regular expression: missing closing ): `(a`'],
    [`${MINIMAL}owners:\n  refund: alice\n`, '4:11', 'owners.refund: expected a list, got a string "alice"'],
    [`${MINIMAL}triage:\n  bad_output: { lable: x }\n`, '4:3', 'triage.bad_output: missing required key "label"'],
    ['harness:\n  command: [node]\n', '2:12', 'harness.command: expected a string, got a list'],
    ['harness:\n command: x\n  protocol: y\n', '3:11', 'YAML syntax error: bad indentation of a mapping entry'],
  ])('%j -> %s %s', (text, where, message) => {
    const { problems } = parseConfig(text, 'evalgate.yml');
    const rendered = problems.map(renderProblem);
    expect(rendered.some((r) => r.startsWith(`evalgate.yml:${where}: ${message}`))).toBe(true);
  });

  it('keeps valid keys usable when another key is invalid', () => {
    const { config, problems } = parseConfig(`${MINIMAL}concurrency: 0\ntrials: 2\nredact: ["ok", "(bad"]\n`, 'evalgate.yml');
    expect(problems).toHaveLength(2);
    expect(config.concurrency).toBe(4);
    expect(config.trials).toBe(2);
    expect(config.redact).toEqual(['ok']);
  });
});

describe('pricing', () => {
  it('reads per-model prices (USD per million tokens), cached_input optional', () => {
    const text = `${MINIMAL}pricing:\n  gpt-4.1-mini: { input: 0.4, output: 1.6, cached_input: 0.1 }\n  local-llama: { input: 0, output: 0 }\n`;
    const { config, problems } = parseConfig(text, 'evalgate.yml');
    expect(problems).toEqual([]);
    expect(config.pricing).toEqual({ 'gpt-4.1-mini': { input: 0.4, output: 1.6, cached_input: 0.1 }, 'local-llama': { input: 0, output: 0 } });
  });

  it('reports an entry without an output price or with a negative price, with its location', () => {
    const text = `${MINIMAL}pricing:\n  gpt-x: { input: 0.4 }\n  gpt-y: { input: -1, output: 2 }\n`;
    const { config, problems } = parseConfig(text, 'evalgate.yml');
    expect(problems.map((p) => renderProblem(p))).toEqual([
      'evalgate.yml:4:3: pricing.gpt-x: missing required key "output"',
      'evalgate.yml:5:19: pricing.gpt-y.input: -1 is out of range (expected a number >= 0)',
    ]);
    expect(config.pricing).toEqual({});
  });
});
