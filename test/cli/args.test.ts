import { describe, expect, it } from 'vitest';
import { parseCommand, parseShard, UsageError } from '../../src/cli/args.js';

describe('parseCommand', () => {
  it.each([
    [['run', '--suite', 'benchmark'], { verb: 'run', suite: 'benchmark', cases: [], shard: null, out: null }],
    [['run', '--suite', 'coverage', '--case', 'a', '--case', 'b', '--shard', '2/4', '--out', 'r.json'], { verb: 'run', cases: ['a', 'b'], shard: { index: 2, total: 4 }, out: 'r.json' }],
    [['gate', '--suite', 'benchmark', '--baseline', 'base.json'], { verb: 'gate', baseline: 'base.json', baseRef: null }],
    [['compare', '--base', 'a.json', '--head', 'b.json'], { verb: 'compare', base: 'a.json', head: 'b.json' }],
    [['merge', 'a.json', 'b.json', '--out', 'm.json'], { verb: 'merge', files: ['a.json', 'b.json'], out: 'm.json' }],
    [['report', 'r.json', '--format', 'junit'], { verb: 'report', file: 'r.json', format: 'junit' }],
    [['report', 'r.json'], { verb: 'report', format: 'md' }],
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
    [['run', '--suite', 'benchmark', '--bogus'], "run: Unknown option '--bogus'"],
    [['gate', '--suite', 'benchmark'], 'gate: --baseline is required'],
    [['report', 'r.json', '--format', 'html'], 'report: --format "html" is not supported (expected md, json, junit or text)'],
    [['frobnicate'], '"frobnicate" is not an evalgate command'],
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
