// The one place that reads the action's inputs: raw strings in, a validated value or every problem out.
// Pure: the caller passes the environment (INPUT_* variables) and the event name.
import type { Suite } from '../types.js';

/** Modes of the action (SPEC 9). */
export type Mode = 'gate' | 'nightly' | 'baseline' | 'scaffold' | 'ingest' | 'publish';

/** Validated action inputs. */
export interface ActionInputs {
  mode: Mode;
  /** Suites to run, in order. */
  suites: Suite[];
  config: string;
  token: string;
  baselineBranch: string;
  baseline: string | null;
  shard: { index: number; total: number } | null;
  holdoutKey: string | null;
  /** Directory laid out like `.evalgate/` (<suite>/results.json) of an earlier gate of this pull request, or null. */
  reuse: string | null;
  failOn: 'regression' | 'never';
}

/** What auto mode picks for each event (SPEC 8). */
export const MODE_BY_EVENT: Record<string, Mode> = {
  pull_request: 'gate',
  push: 'baseline',
  schedule: 'nightly',
  workflow_dispatch: 'nightly',
  issues: 'scaffold',
  repository_dispatch: 'ingest',
  workflow_run: 'publish',
};

/** Reads an input the way @actions/core does (INPUT_<NAME uppercased, spaces as _>), trimmed. */
export function inputFrom(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Parses and validates the inputs; every problem names the input, the bad value and what was expected. */
export function parseActionInputs(
  env: Record<string, string | undefined>,
  eventName: string,
): { ok: true; inputs: ActionInputs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const get = (name: string) => inputFrom(env, name);

  let mode: Mode | null = null;
  const rawMode = get('mode') || 'auto';
  if (rawMode === 'auto') {
    mode = MODE_BY_EVENT[eventName] ?? null;
    if (!mode) problems.push(`input "mode" is auto, but event "${eventName}" has no default mode (set mode to one of gate, nightly, baseline, scaffold, ingest, publish)`);
  } else if (['gate', 'nightly', 'baseline', 'scaffold', 'ingest', 'publish'].includes(rawMode)) {
    mode = rawMode as Mode;
  } else {
    problems.push(`input "mode" is "${rawMode}" (expected one of auto, gate, nightly, baseline, scaffold, ingest, publish)`);
  }

  const rawSuite = get('suite');
  let suites: Suite[] = [];
  if (rawSuite === '') suites = mode === 'nightly' ? ['coverage', 'benchmark'] : ['benchmark'];
  else if (rawSuite === 'benchmark' || rawSuite === 'coverage') suites = [rawSuite];
  else problems.push(`input "suite" is "${rawSuite}" (expected benchmark or coverage)`);

  let shard: ActionInputs['shard'] = null;
  const rawShard = get('shard');
  if (rawShard !== '') {
    const m = /^(\d+)\/(\d+)$/.exec(rawShard);
    if (m && Number(m[2]) >= 1 && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])) shard = { index: Number(m[1]), total: Number(m[2]) };
    else problems.push(`input "shard" is "${rawShard}" (expected i/n with 1 <= i <= n, e.g. 2/4)`);
  }

  if (shard && (mode === 'baseline' || mode === 'nightly')) {
    // Each shard job would store the same <suite>/<commit>.json: the last writer would win.
    problems.push(`input "shard" is "${rawShard}" but mode ${mode} stores a whole suite's results (expected no shard; shard gate runs, or merge shard results with \`evalgate merge\` first)`);
  }
  if (shard && mode === 'publish') {
    problems.push(`input "shard" is "${rawShard}" but mode publish merges every shard's upload (expected no shard in the publishing job; set shard only in the matrix gate jobs)`);
  }

  const rawFailOn = get('fail-on') || 'regression';
  if (rawFailOn !== 'regression' && rawFailOn !== 'never') problems.push(`input "fail-on" is "${rawFailOn}" (expected regression or never)`);

  const baselineBranch = get('baseline-branch') || 'evalgate-baselines';
  if (!/^[A-Za-z0-9._/-]+$/.test(baselineBranch) || baselineBranch.includes('..')) {
    problems.push(`input "baseline-branch" is "${baselineBranch}" (expected a git branch name)`);
  }
  const config = get('config') || 'evalgate.yml';
  if (config.split(/[\\/]/).includes('..')) problems.push(`input "config" is "${config}" (expected a path inside the repository)`);

  if (problems.length > 0 || mode === null) return { ok: false, problems };
  return {
    ok: true,
    inputs: {
      mode,
      suites,
      config,
      token: get('github-token'),
      baselineBranch,
      baseline: get('baseline') || null,
      shard,
      holdoutKey: get('holdout-key') || null,
      reuse: get('reuse') || null,
      failOn: rawFailOn as 'regression' | 'never',
    },
  };
}
