import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../src/action/inputs.js';

const env = (inputs: Record<string, string>) => Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));

describe('parseActionInputs', () => {
  it.each([
    ['pull_request', 'gate', ['benchmark']],
    ['push', 'baseline', ['benchmark']],
    ['schedule', 'nightly', ['coverage', 'benchmark']],
    ['workflow_dispatch', 'nightly', ['coverage', 'benchmark']],
    ['issues', 'scaffold', ['benchmark']],
    ['repository_dispatch', 'ingest', ['benchmark']],
    ['workflow_run', 'publish', ['benchmark']],
  ])('auto mode on %s picks %s', (event, mode, suites) => {
    const r = parseActionInputs(env({ mode: 'auto' }), event);
    expect(r.ok && r.inputs).toMatchObject({ mode, suites, failOn: 'regression', baselineBranch: 'evalgate-baselines', config: 'evalgate.yml' });
  });

  it('reports every bad input at once, naming input and value', () => {
    const r = parseActionInputs(env({ mode: 'nightlyy', suite: 'fast', shard: '9/2', 'fail-on': 'always' }), 'push');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'input "mode" is "nightlyy" (expected one of auto, gate, nightly, baseline, scaffold, ingest, publish)',
      'input "suite" is "fast" (expected benchmark or coverage)',
      'input "shard" is "9/2" (expected i/n with 1 <= i <= n, e.g. 2/4)',
      'input "fail-on" is "always" (expected regression or never)',
    ]);
  });

  it('auto mode on an event without a default mode is a problem', () => {
    const r = parseActionInputs(env({}), 'release');
    expect(r.ok).toBe(false);
  });

  it.each(['push', 'schedule'])('rejects shard on %s: a stored baseline holds a whole suite', (event) => {
    const r = parseActionInputs(env({ shard: '1/2' }), event);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^input "shard" is "1\/2" but mode (baseline|nightly) stores a whole suite's results/);
    expect(parseActionInputs(env({ shard: '1/2' }), 'pull_request').ok).toBe(true);
  });

  it('rejects shard in mode publish: the publishing job merges every shard', () => {
    const r = parseActionInputs(env({ mode: 'publish', shard: '2/4' }), 'pull_request');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([`input "shard" is "2/4" but mode publish merges every shard's upload (expected no shard in the publishing job; set shard only in the matrix gate jobs)`]);
  });

  it('rejects a config path that escapes the repository', () => {
    const r = parseActionInputs(env({ config: '../secrets/evalgate.yml' }), 'pull_request');
    expect(r.ok).toBe(false);
  });
});
