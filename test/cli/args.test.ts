import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCommand, parseShard, UsageError, VERBS, VERSION, findVerb, renderUsage, renderVerbHelp, suggestVerb } from '../../src/cli/args.js';

describe('parseCommand', () => {
  it.each([
    [['run', '--suite', 'benchmark'], { verb: 'run', suite: 'benchmark', cases: [], shard: null, out: null }],
    [['run', '--suite', 'coverage', '--case', 'a', '--case', 'b', '--shard', '2/4', '--out', 'r.json'], { verb: 'run', cases: ['a', 'b'], shard: { index: 2, total: 4 }, out: 'r.json' }],
    [['gate', '--suite', 'benchmark', '--baseline', 'base.json'], { verb: 'gate', baseline: 'base.json', baseRef: null }],
    [['compare', '--base', 'a.json', '--head', 'b.json'], { verb: 'compare', base: 'a.json', head: 'b.json' }],
    [['merge', 'a.json', 'b.json', '--out', 'm.json'], { verb: 'merge', files: ['a.json', 'b.json'], out: 'm.json' }],
    [['report', 'r.json', '--format', 'junit'], { verb: 'report', file: 'r.json', format: 'junit' }],
    [['report', 'r.json'], { verb: 'report', format: 'md' }],
    [['report', 'r.json', '--format', 'html'], { verb: 'report', file: 'r.json', format: 'html' }],
    [['validate'], { verb: 'validate', config: 'evalgate.yml' }],
    [['holdout', 'encrypt', 'a.yaml'], { verb: 'holdout', action: 'encrypt', files: ['a.yaml'] }],
    [['ingest', 's.jsonl', '--dry-run'], { verb: 'ingest', file: 's.jsonl', dryRun: true }],
    [['run', '--suite', 'benchmark', '--keep-traces', 'traces'], { verb: 'run', keepTraces: 'traces' }],
    [['gate', '--suite', 'benchmark', '--baseline', 'b.json', '--keep-traces', 't'], { verb: 'gate', keepTraces: 't' }],
    [['trace', 'out.json'], { verb: 'trace', file: 'out.json', json: false, configGiven: false, config: 'evalgate.yml' }],
    [['trace', '-', '--json', '--config', 'x.yml'], { verb: 'trace', file: '-', json: true, configGiven: true, config: 'x.yml' }],
    [[], { verb: 'help' }],
  ])('parses %j', (argv, expected) => {
    expect(parseCommand(argv)).toMatchObject(expected);
  });

  it.each([
    [['run'], 'run: --suite is required (expected benchmark or coverage)'],
    [['run', '--suite', 'fast'], 'run: --suite "fast" is not a suite (expected benchmark or coverage)'],
    [['run', '--suite', 'benchmark', '--shard', '5/4'], '--shard "5/4" is not a shard'],
    [['run', '--suite', 'benchmark', '--bogus'], 'run: unknown option --bogus'],
    [['gate', '--suite', 'benchmark'], 'gate: --baseline is required'],
    [['report', 'r.json', '--format', 'pdf'], 'report: --format "pdf" is not supported (expected md, json, junit, text or html)'],
    [['frobnicate'], '"frobnicate" is not an evalgate command (expected '],
    [['holdout', 'rotate'], 'holdout: "rotate" is not an action'],
    [['trace'], 'trace: give exactly one file: a harness output (native trace or OTLP/JSON), or - for stdin'],
    [['run', '--suite', 'benchmark', '--keep-traces', ''], 'run: --keep-traces needs a directory'],
  ])('rejects %j with an actionable message', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, total: 1 }],
    ['3/4', { index: 3, total: 4 }],
  ])('%s', (raw, expected) => expect(parseShard(raw)).toEqual(expected));
  it.each(['0/4', '1/0', 'a/b', '2'])('rejects %s', (raw) => expect(() => parseShard(raw)).toThrow(UsageError));
});

describe('scaffold arguments', () => {
  it.each([
    [['scaffold', '--issue-file', 'i.json'], { issueFile: 'i.json', issue: null }],
    [['scaffold', '--issue', '123', '--repo', 'acme/agent'], { issueFile: null, issue: 123, repo: 'acme/agent' }],
    [['scaffold', '--issue', '#7'], { issue: 7 }],
  ])('%j', (argv, expected) => expect(parseCommand(argv)).toMatchObject({ verb: 'scaffold', ...expected }));
  it.each([
    [['scaffold'], 'exactly one of --issue-file F'],
    [['scaffold', '--issue', '1', '--issue-file', 'x.json'], 'exactly one of --issue-file F'],
    [['scaffold', '--issue', 'abc'], '--issue "abc" is not an issue number'],
  ])('rejects %j', (argv, message) => expect(() => parseCommand(argv)).toThrow(message));
});

describe('help, version and did-you-mean', () => {
  it.each([
    [['help'], { verb: 'help', topic: undefined }],
    [['--help'], { verb: 'help', topic: undefined }],
    [['-h'], { verb: 'help', topic: undefined }],
    [['help', 'gate'], { verb: 'help', topic: 'gate' }],
    [['run', '--help'], { verb: 'help', topic: 'run' }],
    [['gate', '-h'], { verb: 'help', topic: 'gate' }],
    // --help wins over missing required options and unknown ones.
    [['report', '--bogus', '--help'], { verb: 'help', topic: 'report' }],
    [['--version'], { verb: 'version' }],
    [['-V'], { verb: 'version' }],
  ])('%j', (argv, expected) => expect(parseCommand(argv)).toEqual(expected));

  it.each([
    [['rnu', '--suite', 'benchmark'], '"rnu" is not an evalgate command; did you mean "run"?'],
    [['valdate'], 'did you mean "validate"?'],
    [['help', 'gaet'], 'help: "gaet" is not an evalgate command; did you mean "gate"?'],
    [['run', '--sute', 'benchmark'], 'run: unknown option --sute; did you mean --suite?'],
    [['gate', '--suite', 'benchmark', '--baseline', 'b', '--cse', 'x'], 'gate: unknown option --cse; did you mean --case?'],
    [['run', '--suite', 'benchmark', '--baseline', 'b'], 'run: unknown option --baseline (--baseline is an option of gate, not run)'],
    [['run', '--suite', 'benchmarks'], 'did you mean "benchmark"?'],
    [['holdout', 'encrpyt'], 'did you mean "encrypt"?'],
  ])('%j suggests the near miss', (argv, message) => expect(() => parseCommand(argv)).toThrow(message));

  it('gives no suggestion for a word far from every verb', () => {
    expect(suggestVerb('frobnicate')).toBeUndefined();
    expect(() => parseCommand(['frobnicate'])).not.toThrow(/did you mean/);
  });

  it('VERSION is package.json\'s version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });

  it('the overview lists every verb and how to get its options', () => {
    const usage = renderUsage();
    for (const s of VERBS) expect(usage).toMatch(new RegExp(`^  ${s.name} +\\S`, 'm'));
    expect(usage).toContain('evalgate help VERB');
    expect(usage).toContain('-V, --version');
  });

  it.each(VERBS.map((s) => [s.name]))('help %s shows its synopsis and every option it accepts', (name) => {
    const spec = findVerb(name)!;
    const text = renderVerbHelp(spec);
    expect(text.split('\n')[0]).toMatch(new RegExp(`^Usage: evalgate ${name}\\b`));
    for (const o of spec.options) {
      expect(text).toContain(`--${o.name}`);
      // Every documented option is accepted by the parser (no documented-but-rejected flags).
      const argv = [name, `--${o.name}`, ...(o.value ? ['x'] : [])];
      try {
        parseCommand(argv);
      } catch (err) {
        expect((err as Error).message).not.toMatch(/unknown option/);
      }
    }
  });

  it('documents --json on run and gate --out as a directory', () => {
    expect(renderVerbHelp(findVerb('run')!)).toMatch(/--json +print the results JSON/);
    expect(renderVerbHelp(findVerb('gate')!)).toMatch(/--out DIR/);
  });
});
