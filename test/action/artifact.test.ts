// Where the PR comment says the HTML report is: only when the running job uploads the whole
// `.evalgate/` directory (hidden files included), and only when that upload runs for this verdict.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { findReportUpload, readReportUpload, reportLocation, workflowFileOf } from '../../src/action/artifact.js';
import { renderComparisonMarkdown, renderResultsMarkdown } from '../../src/surfaces/markdown.js';
import { makeComparison, makeResults } from '../surfaces/samples.js';
import { PROJECT_ROOT } from '../integration/helpers.js';

const example = (f: string) => load(readFileSync(join(PROJECT_ROOT, 'examples/workflows', f), 'utf8'));
const job = (steps: unknown[]) => ({ jobs: { gate: { steps } } });
const upload = (w: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ uses: 'actions/upload-artifact@v4', with: w, ...extra });

describe('findReportUpload', () => {
  it('finds the shipped workflows\' uploads: PR gate, shard merge, nightly (always), a shard (named by an expression)', () => {
    expect(findReportUpload(example('pr/evalgate.yml'), 'gate')).toEqual({ artifact: 'evalgate-results', always: true });
    expect(findReportUpload(example('shards/evalgate.yml'), 'merge')).toEqual({ artifact: 'evalgate-results', always: true });
    expect(findReportUpload(example('shards/evalgate.yml'), 'shard')).toEqual({ artifact: null, always: true });
    expect(findReportUpload(example('pr/evalgate.yml'), 'nightly')).toEqual({ artifact: 'evalgate-nightly', always: true });
    // The publish job downloads the fork's artifact but uploads nothing of its own: no line.
    expect(findReportUpload(example('pr/evalgate-publish.yml'), 'publish')).toBeNull();
    expect(findReportUpload(example('pr/evalgate.yml'), 'other-job')).toBeNull();
  });

  it.each([
    ['no include-hidden-files on v4 (the upload would be empty)', job([upload({ name: 'a', path: '.evalgate/' })]), null],
    ['v3 uploads hidden files without asking', job([{ uses: 'actions/upload-artifact@v3', with: { name: 'a', path: '.evalgate' } }]), { artifact: 'a', always: false }],
    ['a sub-directory is not the layout the line names', job([upload({ name: 'a', path: '.evalgate/benchmark/', 'include-hidden-files': true })]), null],
    ['an exclusion might drop the report', job([upload({ name: 'a', path: '.evalgate/\n!.evalgate/**/*.html', 'include-hidden-files': true })]), null],
    ['one of several paths, the default name, no if', job([{ run: 'x' }, upload({ path: 'logs/\n./.evalgate/**', 'include-hidden-files': 'true' })]), { artifact: 'artifact', always: false }],
    ['!cancelled() runs after a failure too', job([upload({ name: 'r', path: '.evalgate', 'include-hidden-files': true }, { if: '${{ !cancelled() }}' })]), { artifact: 'r', always: true }],
    ['not a workflow', 'name: x', null],
  ])('%s', (_what, wf, want) => {
    expect(findReportUpload(wf, 'gate')).toEqual(want);
  });
});

describe('workflowFileOf, readReportUpload, reportLocation', () => {
  it('takes the workflow path of this repository out of GITHUB_WORKFLOW_REF, and nothing that climbs out', () => {
    expect(workflowFileOf('acme/agent/.github/workflows/evalgate-pr.yml@refs/pull/7/merge', 'acme/agent')).toBe('.github/workflows/evalgate-pr.yml');
    expect(workflowFileOf('Acme/Agent/.github/workflows/e.yaml@refs/heads/main', 'acme/agent')).toBe('.github/workflows/e.yaml');
    expect(workflowFileOf('acme/agent/.github/workflows/../../etc/passwd@x', 'acme/agent')).toBeNull();
    expect(workflowFileOf('other/repo/.github/workflows/e.yml@v1', 'acme/agent')).toBeNull();
    expect(workflowFileOf(undefined, 'acme/agent')).toBeNull();
  });

  it('reads the running workflow from the checkout by GITHUB_WORKFLOW_REF and GITHUB_JOB', async () => {
    const root = mkdtempSync(join(tmpdir(), 'evalgate-artifact-'));
    try {
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      writeFileSync(join(root, '.github/workflows/pr.yml'), readFileSync(join(PROJECT_ROOT, 'examples/workflows/pr/evalgate.yml')));
      const ctx = { owner: 'acme', repo: 'agent' };
      const ref = 'acme/agent/.github/workflows/pr.yml@refs/pull/7/merge';
      expect(await readReportUpload(root, ctx, { GITHUB_WORKFLOW_REF: ref, GITHUB_JOB: 'gate' })).toEqual({ artifact: 'evalgate-results', always: true });
      expect(await readReportUpload(root, ctx, { GITHUB_WORKFLOW_REF: ref })).toBeNull();
      expect(await readReportUpload(root, ctx, { GITHUB_WORKFLOW_REF: 'acme/agent/.github/workflows/gone.yml@x', GITHUB_JOB: 'gate' })).toBeNull();
      writeFileSync(join(root, '.github/workflows/bad.yml'), 'jobs: [unclosed');
      expect(await readReportUpload(root, ctx, { GITHUB_WORKFLOW_REF: 'acme/agent/.github/workflows/bad.yml@x', GITHUB_JOB: 'gate' })).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('an upload without always() is skipped when the job fails: then the report has no location', () => {
    expect(reportLocation({ artifact: 'a', always: false }, 'benchmark', true)).toBeUndefined();
    expect(reportLocation({ artifact: 'a', always: false }, 'benchmark', false)).toEqual({ artifact: 'a', path: 'benchmark/report.html' });
    expect(reportLocation({ artifact: null, always: true }, 'coverage', true)).toEqual({ artifact: null, path: 'coverage/report.html' });
    expect(reportLocation(null, 'benchmark', false)).toBeUndefined();
  });
});

describe('the comment and summary name the report', () => {
  const runUrl = 'https://github.com/acme/agent/actions/runs/4242';
  it('in the closing line, with the artifact and the workflow run', () => {
    const md = renderComparisonMarkdown(makeComparison(), { runUrl, htmlReport: { artifact: 'evalgate-results', path: 'benchmark/report.html' } });
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      `<sub>Full report (every case, filterable, with each failing trial's steps): \`benchmark/report.html\` in the artifact \`evalgate-results\` of [the workflow run](${runUrl}) · evalgate</sub>`,
    );
    expect(renderResultsMarkdown(makeResults(), { htmlReport: { artifact: null, path: 'coverage/report.html' } })).toContain('`coverage/report.html` in the uploaded artifact of this workflow run');
  });

  it('not at all without an upload (the line stays the workflow-run link)', () => {
    const md = renderComparisonMarkdown(makeComparison(), { runUrl });
    expect(md).not.toContain('report.html');
    expect(md.trimEnd().split('\n').at(-1)).toBe(`<sub>[Workflow run](${runUrl}) · evalgate</sub>`);
  });
});
