import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import {
  checkCaseSet,
  checkDuplicateIds,
  computeDefinitionHash,
  defaultSuites,
  parseCaseSet,
  parseCaseSource,
  stableStringify,
} from '../../src/case/case.js';
import { buildDefaultConfig } from '../../src/case/config.js';
import { renderProblem } from '../../src/case/problems.js';

const ROOT = path.resolve('/repo');
const CONFIG = buildDefaultConfig('node agent/run.js');
const FILE = 'evals/cases/refund/refund-1.yaml';

/** A valid case; `extra` lines are appended at top level, `checks` replaces the check list. */
function caseText(opts: { top?: string; checks?: string; omit?: string[] } = {}): string {
  const fields: Record<string, string> = {
    id: 'id: refund-1',
    title: 'title: Refund flow calls payment API before policy check',
    guards: 'guards: 123',
    workflow: 'workflow: refund',
    severity: 'severity: sev0',
    input: 'input: { messages: [{ role: user, content: "Refund order 8812 please" }] }',
  };
  for (const k of opts.omit ?? []) delete fields[k];
  const checks = opts.checks ?? '  - type: no_tool_errors';
  return `${Object.values(fields).join('\n')}\n${opts.top ? `${opts.top}\n` : ''}checks:\n${checks}\n`;
}

const parse = (text: string, config = CONFIG) => parseCaseSource(text, FILE, config, ROOT);
const rendered = (text: string) => parse(text).problems.map(renderProblem);

describe('case defaults', () => {
  it('builds a Case with defaults from the config', () => {
    const config = buildDefaultConfig('x');
    config.trials = 3;
    config.harness.timeout_ms = 5000;
    const { case: c, problems } = parse(caseText(), config);
    expect(problems).toEqual([]);
    expect(c).toMatchObject({
      id: 'refund-1',
      guards: 123,
      workflow: 'refund',
      severity: 'sev0',
      suites: ['benchmark', 'coverage'],
      trials: 3,
      timeout_ms: 5000,
      fixtures: null,
      file: FILE,
      line: 1,
      holdout: false,
      input: { messages: [{ role: 'user', content: 'Refund order 8812 please' }] },
      checks: [{ type: 'no_tool_errors' }],
    });
    expect(c!.definition_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['sev0', ['benchmark', 'coverage']],
    ['sev1', ['benchmark', 'coverage']],
    ['sev2', ['coverage']],
    ['sev3', ['coverage']],
  ] as const)('severity %s defaults suites to %j', (sev, suites) => {
    expect(defaultSuites(sev)).toEqual(suites);
    const text = caseText().replace('severity: sev0', `severity: ${sev}`);
    expect(parse(text).case!.suites).toEqual(suites);
  });

  it('keeps explicit suites, trials, timeout, class and boundary', () => {
    const c = parse(
      caseText({ top: 'suites: [coverage]\ntrials: 5\ntimeout_ms: 30000\nfailure_class: bad_decision\nboundary: tool_contract' }),
    ).case!;
    expect(c).toMatchObject({ suites: ['coverage'], trials: 5, timeout_ms: 30000, failure_class: 'bad_decision', boundary: 'tool_contract' });
  });

  it('accepts "owner/repo#123" for guards', () => {
    expect(parse(caseText().replace('guards: 123', 'guards: "acme/agent-harness#123"')).case!.guards).toBe('acme/agent-harness#123');
  });

  it('resolves fixtures relative to the case file, as an absolute path', () => {
    const c = parse(caseText({ top: 'fixtures: ../../fixtures/refund-8812.json' })).case!;
    expect(c.fixtures).toBe(path.join(ROOT, 'evals/fixtures/refund-8812.json'));
  });

  it('reports the line of the id key', () => {
    const text = '# yaml-language-server: $schema=https://evalgate.dev/schemas/case.schema.json\n\n' + caseText();
    expect(parse(text).case!.line).toBe(3);
  });

  it('defaults trajectory mode to in_order and keeps other check fields', () => {
    const c = parse(caseText({ checks: '  - type: trajectory\n    tools: [a, b]\n    class: bad_output' })).case!;
    expect(c.checks).toEqual([{ type: 'trajectory', mode: 'in_order', tools: ['a', 'b'], class: 'bad_output' }]);
  });

  it('marks holdout cases when asked', () => {
    expect(parseCaseSource(caseText(), FILE, CONFIG, ROOT, { holdout: true }).case!.holdout).toBe(true);
  });

  it('accepts every check type from the SPEC example', () => {
    const checks = `  - type: trajectory
    mode: in_order
    tools: [policy.check_eligibility, billing.issue_refund]
  - type: tool_not_called
    tool: payments.charge
  - type: tool_args
    tool: billing.issue_refund
    schema: { type: object, required: [order_id], properties: { order_id: { const: "8812" } } }
  - type: tool_args
    tool: billing.issue_refund
    args: { order_id: "8812" }
    match: subset
    ignore: [request_id, "meta.*"]
  - type: output_schema
    schema: { type: object, required: [action], properties: { action: { enum: [refund, escalate] } } }
  - type: output_match
    path: reply
    pattern: "refund"
    negate: false
  - type: budget
    max_steps: 12
    max_tool_calls: 8
    max_tokens: 18000
    max_cost_usd: 0.05
    max_latency_ms: 15000
  - type: no_loop
    max_repeats: 1
  - type: side_effects
    tool: billing.issue_refund
    exactly: 1
  - type: no_tool_errors
  - type: command
    run: node evals/judges/tone.js
    class: bad_output`;
    const r = parse(caseText({ checks }));
    expect(r.problems.map(renderProblem)).toEqual([]);
    expect(r.case!.checks.map((c) => c.type)).toEqual([
      'trajectory', 'tool_not_called', 'tool_args', 'tool_args', 'output_schema',
      'output_match', 'budget', 'no_loop', 'side_effects', 'no_tool_errors', 'command',
    ]);
  });
});

describe('definition hash', () => {
  it('ignores key order and formatting but not content', () => {
    const a = parse(caseText()).case!.definition_hash;
    const reordered = caseText().split('\n');
    [reordered[0], reordered[1]] = [reordered[1], reordered[0]];
    const b = parse(`# comment\n${reordered.join('\n')}`).case!.definition_hash;
    const c = parse(caseText().replace('guards: 123', 'guards: 124')).case!.definition_hash;
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it('is the hash of the whole definition as written (checks before defaults), though built from per-check strings', () => {
    // issue 13: buildCase hashes from the strings it already made for sharing checks.
    const checks = '  - type: trajectory\n    tools: [a, b]\n  - type: tool_args\n    tool: a\n    schema: { type: object, required: [q] }';
    for (const text of [caseText({ checks }), caseText({ checks: checks.replace('tools: [a, b]', 'mode: exact\n    tools: [a, b]') })]) {
      const c = parse(text).case!;
      expect(c.checks[0]).toMatchObject({ type: 'trajectory', mode: expect.any(String) });
      expect(c.definition_hash).toBe(computeDefinitionHash(loadYaml(text)));
    }
  });

  it('normalizes by sorting keys recursively', () => {
    expect(stableStringify({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(computeDefinitionHash({ a: 1, b: 2 })).toBe(computeDefinitionHash({ b: 2, a: 1 }));
  });
});

describe('case validation rules', () => {
  // [name, case text, expected rendered-problem prefix after `FILE:`]
  const table: Array<[string, string, string]> = [
    ['id with capitals', caseText().replace('id: refund-1', 'id: Refund-1'), '1:5: id: "Refund-1" has the wrong format'],
    ['id with spaces', caseText().replace('id: refund-1', 'id: "refund 1"'), '1:5: id: "refund 1" has the wrong format'],
    ['guards zero', caseText().replace('guards: 123', 'guards: 0'), '3:9: guards: 0 is not valid (expected an issue number'],
    ['guards float', caseText().replace('guards: 123', 'guards: 1.5'), '3:9: guards: 1.5 is not valid'],
    ['guards text', caseText().replace('guards: 123', 'guards: "issue 12"'), '3:9: guards: "issue 12" is not valid'],
    ['guards no repo', caseText().replace('guards: 123', 'guards: "acme#12"'), '3:9: guards: "acme#12" is not valid'],
    ['missing id', caseText({ omit: ['id'] }), '1:1: missing required key "id"'],
    ['missing input', caseText({ omit: ['input'] }), '1:1: missing required key "input"'],
    ['unknown top key', caseText({ top: 'trails: 2' }), '7:1: unknown key "trails", did you mean "trials"?'],
    ['bad severity', caseText().replace('sev0', 'sev4'), '5:11: severity: "sev4" is not one of sev0, sev1, sev2, sev3'],
    ['bad failure class', caseText({ top: 'failure_class: hallucination' }), '7:16: failure_class: "hallucination" is not one of'],
    ['bad suite', caseText({ top: 'suites: [nightly]' }), '7:10: suites[0]: "nightly" is not one of benchmark, coverage'],
    ['empty suites', caseText({ top: 'suites: []' }), '7:9: suites: list is too short'],
    ['trials zero', caseText({ top: 'trials: 0' }), '7:9: trials: 0 is out of range (expected a number >= 1)'],
    ['trials above max', caseText({ top: 'trials: 201' }), '7:9: trials: 201 exceeds max_trials (200)'],
    ['timeout string', caseText({ top: 'timeout_ms: 10s' }), '7:13: timeout_ms: expected an integer, got a string "10s"'],
    ['no checks', caseText({ checks: '  []' }).replace('checks:\n  []', 'checks: []'), '7:9: checks: list is too short'],
    ['unknown check type', caseText({ checks: '  - type: tool_called\n    tool: x' }), '8:11: checks[0].type: unknown check type "tool_called" (expected one of trajectory, tool_not_called'],
    ['check without type', caseText({ checks: '  - tool: x' }), '8:5: checks[0]: missing required key "type"'],
    ['bad trajectory mode', caseText({ checks: '  - type: trajectory\n    mode: inorder\n    tools: [a]' }), '9:11: checks[0].mode: "inorder" is not one of exact, in_order, unordered, subset, superset'],
    ['trajectory without tools', caseText({ checks: '  - type: trajectory' }), '8:5: checks[0]: missing required key "tools"'],
    ['unknown check key', caseText({ checks: '  - type: no_loop\n    max_repeat: 2' }), '9:5: checks[0]: unknown key "max_repeat", did you mean "max_repeats"?'],
    ['tool_args without schema/args', caseText({ checks: '  - type: tool_args\n    tool: t' }), '8:5: checks[0] (tool_args): needs "schema" or "args"'],
    ['tool_args bad match', caseText({ checks: '  - type: tool_args\n    tool: t\n    args: {}\n    match: partial' }), '11:12: checks[0].match: "partial" is not one of exact, subset, superset'],
    ['tool_args schema not compiling', caseText({ checks: '  - type: tool_args\n    tool: t\n    schema: { type: object, properties: { a: { type: strin } } }' }), '10:54: checks[0].schema: not a valid JSON Schema: properties.a.type must be equal to one of the allowed values'],
    ['output_schema bad $ref', caseText({ checks: '  - type: output_schema\n    schema: { $ref: "#/definitions/nope" }' }), '9:13: checks[0].schema: not a valid JSON Schema'],
    ['output_match bad regex', caseText({ checks: '  - type: output_match\n    pattern: "a)"' }), '9:14: checks[0].pattern: "a)" is not a valid regular expression'],
    ['output_match no pattern', caseText({ checks: '  - type: output_match\n    path: reply' }), '8:5: checks[0]: missing required key "pattern"'],
    ['budget without limits', caseText({ checks: '  - type: budget' }), '8:5: checks[0] (budget): needs at least one of "max_steps"'],
    ['budget negative', caseText({ checks: '  - type: budget\n    max_cost_usd: -1' }), '9:19: checks[0].max_cost_usd: -1 is out of range (expected a number >= 0)'],
    ['side_effects without exactly', caseText({ checks: '  - type: side_effects\n    tool: t' }), '8:5: checks[0]: missing required key "exactly"'],
    ['command without run', caseText({ checks: '  - type: command' }), '8:5: checks[0]: missing required key "run"'],
    ['bad check class', caseText({ checks: '  - type: no_tool_errors\n    class: timeouts' }), '9:12: checks[0].class: "timeouts" is not one of tool_error'],
    ['fixtures outside repo', caseText({ top: 'fixtures: ../../../../secrets.json' }), '7:11: fixtures: "../../../../secrets.json" points outside the repository'],
    ['not a mapping', '- a\n- b\n', '1:1: expected a mapping, got a list'],
    ['empty file', '', '1:1: case file is empty'],
    ['yaml syntax', 'id: a\ntitle: [x\n', '3:1: YAML syntax error'],
  ];

  it.each(table)('%s', (_name, text, expected) => {
    const r = parse(text);
    const lines = r.problems.map(renderProblem);
    expect(lines.some((l) => l.startsWith(`${FILE}:${expected}`)), lines.join('\n')).toBe(true);
    expect(r.case).toBeNull();
  });

  it('reports only one message for a check with an unknown type (no noise from other branches)', () => {
    expect(rendered(caseText({ checks: '  - type: tool_called\n    tool: x\n    whatever: 1' }))).toHaveLength(1);
  });

  it('reports every problem in a file in one pass, sorted by line', () => {
    const text = caseText({
      top: 'trails: 2',
      checks: '  - type: trajectory\n    mode: inorder\n    tools: [a]\n  - type: output_match\n    pattern: "("',
    }).replace('guards: 123', 'guards: "#123"');
    const lines = rendered(text);
    expect(lines.map((l) => Number(l.split(':')[1]))).toEqual([3, 7, 10, 13]);
  });
});

describe('set-level checks', () => {
  const a = { file: 'evals/cases/a.yaml', text: caseText() };
  const b = { file: 'evals/cases/b.yaml', text: `# copy\n${caseText()}` };
  const c = { file: 'evals/cases/c.yaml', text: caseText().replace('refund-1', 'refund-2') };

  it('reports duplicate ids at both locations and drops both cases', () => {
    const set = parseCaseSet([a, b, c], CONFIG, ROOT, new Map());
    expect(set.problems.map(renderProblem)).toEqual([
      'evals/cases/a.yaml:1:5: duplicate case id "refund-1" (also in evals/cases/b.yaml:2) (expected ids unique across the repository)',
      'evals/cases/b.yaml:2:5: duplicate case id "refund-1" (also in evals/cases/a.yaml:1) (expected ids unique across the repository)',
    ]);
    expect(set.cases.map((x) => x.id)).toEqual(['refund-2']);
  });

  it('finds duplicates even when one of the files has other problems', () => {
    const broken = { file: 'evals/cases/z.yaml', text: caseText({ top: 'trails: 1' }) };
    const problems = checkDuplicateIds([a, broken].map((s) => parseCaseSource(s.text, s.file, CONFIG, ROOT)));
    expect(problems.map((p) => p.file)).toEqual(['evals/cases/a.yaml', 'evals/cases/z.yaml']);
  });

  it('reports missing and unparseable fixtures at the fixtures line', () => {
    const withFixture = (file: string, fixture: string) => ({ file, text: caseText({ top: `fixtures: ${fixture}` }).replace('refund-1', path.basename(file, '.yaml')) });
    const sources = [
      withFixture('evals/cases/ok.yaml', '../fixtures/ok.json'),
      withFixture('evals/cases/missing.yaml', '../fixtures/missing.json'),
      withFixture('evals/cases/broken.yaml', '../fixtures/broken.json'),
      withFixture('evals/cases/empty.yaml', '../fixtures/empty.json'),
      withFixture('evals/cases/text.yaml', '../fixtures/notes.txt'),
    ];
    const texts = new Map<string, string | null>([
      [path.join(ROOT, 'evals/fixtures/ok.json'), '{"a": 1}'],
      [path.join(ROOT, 'evals/fixtures/missing.json'), null],
      [path.join(ROOT, 'evals/fixtures/broken.json'), '{\n  "a": 1,\n}'],
      [path.join(ROOT, 'evals/fixtures/empty.json'), ''],
      [path.join(ROOT, 'evals/fixtures/notes.txt'), 'not json, not required to be'],
    ]);
    const set = parseCaseSet(sources, CONFIG, ROOT, texts);
    expect(set.problems.map(renderProblem)).toEqual([
      'evals/cases/broken.yaml:7:11: fixtures: "../fixtures/broken.json" is not valid JSON (error at line 3, column 1 of that file) (expected a JSON file)',
      'evals/cases/empty.yaml:7:11: fixtures: "../fixtures/empty.json" is not valid JSON (the file is empty) (expected a JSON file)',
      'evals/cases/missing.yaml:7:11: fixtures: "../fixtures/missing.json" cannot be read (no such file) (expected a readable file, relative to the case file)',
    ]);
    expect(set.cases.map((x) => x.id).sort()).toEqual(['ok', 'text']);
  });

  it('sorts problems from several files by file, then line', () => {
    const parsed = [
      parseCaseSource(caseText({ top: 'trails: 1' }).replace('refund-1', 'zz'), 'evals/cases/z.yaml', CONFIG, ROOT),
      parseCaseSource(caseText().replace('sev0', 'sev9').replace('guards: 123', 'guards: x'), 'evals/cases/m.yaml', CONFIG, ROOT),
    ];
    const set = checkCaseSet(parsed, new Map());
    expect(set.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['evals/cases/m.yaml:3', 'evals/cases/m.yaml:5', 'evals/cases/z.yaml:7']);
  });
});
