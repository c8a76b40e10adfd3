// Whether the running workflow uploads `.evalgate/` as an artifact, so the PR comment and the job
// summary can say where the HTML report is. The workflow file is the one this run runs
// (GITHUB_WORKFLOW_REF), read from the checkout; its job (GITHUB_JOB) must have an
// actions/upload-artifact step whose path is the whole `.evalgate/` directory, with hidden files
// included (upload-artifact@v4 skips `.evalgate/` otherwise). Anything else (no checkout, another
// path, an exclusion, a parse error) says nothing: a line pointing at an artifact that does not
// exist is worse than none.
import { join } from 'node:path';
import { parseYamlDocument } from '../case/yaml.js';
import { readTextFileOrNull } from '../adapters/fs.js';
import type { RunnerContext } from './context.js';

/** The job's upload of `.evalgate/`: the artifact's name (null when an expression names it) and whether it runs when the job fails. */
export interface ReportUpload {
  artifact: string | null;
  /** The step's `if:` runs it after a failed step too (`always()`, `!cancelled()`). */
  always: boolean;
}

function obj(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/** Pure: the upload of the whole `.evalgate/` directory in job `job` of a parsed workflow, or null. */
export function findReportUpload(workflow: unknown, job: string | null): ReportUpload | null {
  const jobs = obj(obj(workflow)?.jobs);
  const j = job ? obj(jobs?.[job]) : null;
  if (!j || !Array.isArray(j.steps)) return null;
  for (const raw of j.steps) {
    const step = obj(raw);
    const uses = typeof step?.uses === 'string' ? step.uses.trim() : '';
    if (!step || !/^actions\/upload-artifact@/.test(uses)) continue;
    const w = obj(step.with) ?? {};
    const paths = typeof w.path === 'string' ? w.path.split('\n').map((p) => p.trim()).filter(Boolean) : [];
    if (!paths.some((p) => /^(?:\.\/)?\.evalgate(?:\/(?:\*\*)?)?$/.test(p))) continue;
    // An exclusion may drop the report; naming one would then be a guess.
    if (paths.some((p) => p.startsWith('!'))) continue;
    const major = /@v(\d+)(?:\.|$)/.exec(uses);
    const hidden = w['include-hidden-files'] === true || w['include-hidden-files'] === 'true';
    if (!(major && Number(major[1]) < 4) && !hidden) continue;
    const name = w.name === undefined ? 'artifact' : typeof w.name === 'string' ? w.name.trim() : null;
    const cond = typeof step.if === 'string' ? step.if : typeof step.if === 'boolean' ? String(step.if) : '';
    return { artifact: name && !name.includes('${{') ? name : null, always: /\balways\(\)|!\s*cancelled\(\)/.test(cond) };
  }
  return null;
}

/** The workflow file this run runs, repository-relative, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/f.yml@ref`), or null. */
export function workflowFileOf(ref: string | undefined, repository: string): string | null {
  if (!ref) return null;
  const at = ref.lastIndexOf('@');
  const path = (at >= 0 ? ref.slice(0, at) : ref).replace(/^[^/]+\/[^/]+\//, (m) => (m.toLowerCase() === `${repository.toLowerCase()}/` ? '' : m));
  return /^\.github\/workflows\/[\w.-]+\.ya?ml$/.test(path) ? path : null;
}

/** Reads the running workflow from the checkout and finds its job's upload of `.evalgate/`; null when anything is missing. */
export async function readReportUpload(root: string, context: Pick<RunnerContext, 'owner' | 'repo'>, env: Readonly<Record<string, string | undefined>>): Promise<ReportUpload | null> {
  const file = workflowFileOf(env.GITHUB_WORKFLOW_REF, `${context.owner}/${context.repo}`);
  if (!file || !env.GITHUB_JOB) return null;
  try {
    const text = await readTextFileOrNull(join(root, file));
    if (text === null) return null;
    const doc = parseYamlDocument(text, file);
    return doc.problems.length > 0 ? null : findReportUpload(doc.value, env.GITHUB_JOB);
  } catch {
    return null;
  }
}

/**
 * Where a suite's HTML report is for readers of the comment and summary, or undefined when the
 * artifact will not hold it: no upload, or an upload skipped because this job fails (`if:` without
 * `always()`, and a verdict that fails the job).
 */
export function reportLocation(upload: ReportUpload | null, suite: string, jobFails: boolean): { artifact: string | null; path: string } | undefined {
  if (!upload || (jobFails && !upload.always)) return undefined;
  return { artifact: upload.artifact, path: `${suite}/report.html` };
}
