// Issue-loop verbs: `evalgate scaffold --issue-file F [--write]`, `evalgate ingest F [--dry-run] [--repo owner/name]`
// and `evalgate loop` (the loop's figures from the issues and the git history).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, relative, sep } from 'node:path';
import type { Case, Config } from '../types.js';
import type { Command } from './args.js';
import { CliError, type Io } from './io.js';
import { loadProjectFromDisk } from '../engine/project.js';
import { buildDefaultConfig } from '../case/config.js';
import { renderProblem } from '../case/problems.js';
import { readJsonFile, writeFileAtomic } from '../adapters/fs.js';
import { createGitHubClient, readIssue } from '../adapters/github.js';
import { scaffoldCase, ScaffoldError, type ScaffoldIssue } from '../loop/scaffold.js';
import { parseSignals, planIngest, renderIngestPlan, type IngestIssue } from '../loop/ingest.js';
import { buildRedactor } from '../surfaces/redact.js';
import { applyIngestPlan, readIngestIssues } from '../action/issues.js';
import { computeGuardedIssues, readIssueComments } from '../action/issue-reads.js';
import { readLoopInput } from '../action/loop-data.js';
import { computeLoopMetrics } from '../loop/metrics.js';
import { renderLoopText } from '../surfaces/loop.js';
import { createGit } from '../adapters/git.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Config and cases when the working directory has them; defaults (with a note) when there is no config file. */
async function loadLoopProject(io: Io, configPath: string): Promise<{ config: Config; cases: Case[]; found: boolean }> {
  if (!existsSync(resolve(io.cwd, configPath))) return { config: buildDefaultConfig(''), cases: [], found: false };
  const project = await loadProjectFromDisk(io.cwd, configPath, { requireCases: false });
  if (!('config' in project)) {
    for (const p of project.problems) io.stderr(renderProblem(p) + '\n');
    throw new CliError(`${configPath} or its cases have ${project.problems.length} problem(s); fix them first (see above)`);
  }
  return { config: project.config, cases: project.cases, found: true };
}

/** "owner/name" from the REST `repository_url` (https://api.github.com/repos/owner/name), when present. */
export function parseRepositoryUrl(url: unknown): string | null {
  const m = typeof url === 'string' ? /\/repos\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/?$/.exec(url) : null;
  return m ? m[1] : null;
}

/**
 * Reads the issue file: the issue object as `GET /repos/{o}/{r}/issues/{n}` returns it, with an
 * optional `comments` ARRAY (the API's `comments` is a count; an array means the comments were
 * embedded, e.g. from `GET .../comments`), or `{ "issue": {...}, "comments": [...] }`.
 */
export function parseIssueFile(doc: unknown, file: string): { issue: ScaffoldIssue; comments: Array<{ body: string | null }>; repo: string | null } {
  const root = isObj(doc) && isObj(doc.issue) ? doc : { issue: doc, comments: isObj(doc) ? doc.comments : undefined };
  const issue = root.issue;
  if (!isObj(issue)) throw new CliError(`${file}: expected an issue object as the GitHub REST API returns it (with "number", "title", "body", "labels")`);
  if (!Number.isSafeInteger(issue.number) || (issue.number as number) < 1) throw new CliError(`${file}: "number" is ${JSON.stringify(issue.number ?? null)}; expected the issue number, a positive integer`);
  const rawComments = Array.isArray(root.comments) ? root.comments : [];
  const comments = rawComments.map((c) => ({ body: isObj(c) && typeof c.body === 'string' ? c.body : typeof c === 'string' ? c : null }));
  return {
    issue: {
      number: issue.number as number,
      title: typeof issue.title === 'string' ? issue.title : '',
      body: typeof issue.body === 'string' ? issue.body : null,
      html_url: typeof issue.html_url === 'string' ? issue.html_url : undefined,
      labels: Array.isArray(issue.labels) ? (issue.labels as ScaffoldIssue['labels']) : [],
    },
    comments,
    repo: parseRepositoryUrl(issue.repository_url),
  };
}

/** Writes `text` at repo-relative `rel` under `root`, refusing to leave the root. */
function targetPath(root: string, rel: string): string {
  const abs = resolve(root, rel);
  const r = relative(root, abs);
  if (r.startsWith('..') || r.startsWith(sep)) throw new CliError(`refusing to write ${rel}: outside ${root}`);
  return abs;
}

/** `evalgate scaffold --issue-file F [--write]`: prints the case YAML; with --write writes the case and fixtures (never overwriting). */
async function readIssueJson(io: Io, issueFile: string): Promise<unknown> {
  try {
    return await readJsonFile(resolve(io.cwd, issueFile));
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** `--issue N`: the issue and its comments through the API (GITHUB_TOKEN, GITHUB_API_URL). */
async function readIssueFromGitHub(io: Io, number: number, repoArg: string | null): Promise<ReturnType<typeof parseIssueFile>> {
  const repoName = repoArg ?? io.env.GITHUB_REPOSITORY ?? '';
  const [owner, name] = repoName.split('/');
  if (!owner || !name) throw new CliError('scaffold --issue: give --repo owner/name (or set GITHUB_REPOSITORY)');
  const client = createGitHubClient({ token: io.env.GITHUB_TOKEN ?? '', baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com', userAgent: 'evalgate-cli' });
  const repo = { owner, repo: name };
  const issue = await readIssue(client, repo, number);
  if (!issue.ok) throw new CliError(`cannot read ${repoName}#${number}: ${issue.status} ${issue.message}`);
  const comments = await readIssueComments(client, repo, number);
  return {
    issue: { number, title: issue.value.title, body: issue.value.body, html_url: issue.value.html_url, labels: issue.value.labels },
    comments: comments.ok ? comments.value.map((c) => ({ body: c.body })) : [],
    repo: repoName,
  };
}

export async function runScaffoldCommand(io: Io, cmd: Extract<Command, { verb: 'scaffold' }>): Promise<number> {
  const source = cmd.issueFile ?? `issue #${cmd.issue}`;
  const { issue, comments, repo } = cmd.issueFile !== null ? parseIssueFile(await readIssueJson(io, cmd.issueFile), cmd.issueFile) : await readIssueFromGitHub(io, cmd.issue!, cmd.repo);
  const project = await loadLoopProject(io, 'evalgate.yml');
  let result;
  try {
    result = scaffoldCase(issue, comments, { repo: repo ?? io.env.GITHUB_REPOSITORY ?? undefined, defaultTrials: project.config.trials });
  } catch (err) {
    if (err instanceof ScaffoldError) throw new CliError(`${source}: ${err.message}`);
    throw err;
  }
  for (const w of result.warnings) io.stderr(`note: ${w}\n`);
  if (!cmd.write) {
    io.stdout(result.yaml);
    if (result.fixtures) io.stderr(`note: replay fixtures for ${result.fixtures.path} are written with --write\n`);
    return 0;
  }
  const files = [{ rel: result.path, text: result.yaml }, ...(result.fixtures ? [{ rel: result.fixtures.path, text: result.fixtures.json }] : [])];
  // Check every target first: either all files are written or none.
  for (const f of files) if (existsSync(targetPath(io.cwd, f.rel))) throw new CliError(`${f.rel} already exists; not overwriting it (move it away or edit it by hand)`);
  for (const f of files) await writeFileAtomic(targetPath(io.cwd, f.rel), f.text);
  io.stdout(`wrote ${files.map((f) => f.rel).join(' and ')}\nnext: review the checks, then \`evalgate validate\` and \`evalgate run --suite coverage --case ${result.caseId}\`\n`);
  return 0;
}

/**
 * `evalgate ingest F [--dry-run] [--repo owner/name]`: applies JSONL failure signals to issues.
 * Token from GITHUB_TOKEN, API from GITHUB_API_URL. Rejected lines are reported with file:line and
 * the rest applied; exit 1 when any line was rejected or a write failed, 2 on usage errors.
 */
export async function runIngestCommand(io: Io, cmd: Extract<Command, { verb: 'ingest' }>): Promise<number> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, cmd.file), 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${cmd.file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message} (expected a JSONL file of failure signals)`);
  }
  const parsed = parseSignals(text, cmd.file);
  for (const p of parsed.problems) io.stderr(`${renderProblem(p)}\n`);
  const project = await loadLoopProject(io, cmd.config);
  if (!project.found) io.stderr(`note: no ${cmd.config} here; using default triage labels and no owners\n`);

  const repoName = cmd.repo ?? io.env.GITHUB_REPOSITORY ?? null;
  if (repoName !== null && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repoName)) throw new CliError(`--repo "${repoName}" is not a repository (expected owner/name)`);
  const token = io.env.GITHUB_TOKEN ?? '';
  if (!cmd.dryRun && (!repoName || !token)) {
    throw new CliError(`ingest writes issues: ${!repoName ? 'give --repo owner/name (or set GITHUB_REPOSITORY)' : 'set GITHUB_TOKEN to a token that may write issues'}; or use --dry-run to see the plan`);
  }
  // The same redaction step as every other verb: the token, secret-looking env values, `redact` patterns.
  const redactText = buildRedactor({ env: io.env, secrets: [token], harnessEnv: project.config.harness.env, patterns: project.config.redact });
  const client =
    repoName && token
      ? createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com', userAgent: 'evalgate-cli', redact: redactText, log: (level, m) => level === 'warn' && io.stderr(`warning: ${m}\n`) })
      : null;
  const [owner, name] = (repoName ?? '/').split('/');
  const repo = { owner, repo: name };

  let existing: IngestIssue[] = [];
  if (client) {
    const read = await readIngestIssues(client, repo);
    if (!read.ok) {
      if (!cmd.dryRun) throw new CliError(`could not read the agent-failure issues of ${repoName} (${read.status} ${read.message}); nothing applied (planning without them would create duplicates)`);
      io.stderr(`note: could not read the issues of ${repoName} (${read.status} ${read.message}); planning against no existing issues\n`);
    } else existing = read.value;
  } else {
    io.stderr(`note: ${!repoName ? 'no --repo' : 'no GITHUB_TOKEN'}; planning against no existing issues (duplicates already recorded in issues are not detected)\n`);
  }
  const plan = planIngest(parsed.signals, existing, {
    owners: project.config.owners,
    triage: project.config.triage,
    guardedIssues: computeGuardedIssues(project.cases, repoName ?? ''),
    redact: redactText,
  });
  io.stdout(renderIngestPlan(plan) + '\n');
  if (cmd.dryRun || !client) return parsed.problems.length > 0 ? 1 : 0;

  const applied = await applyIngestPlan(client, repo, plan);
  for (const f of applied.failures) io.stderr(`error: ${f}\n`);
  io.stdout(`applied: created ${applied.created.length} issue(s)${applied.created.length ? ` (${applied.created.map((n) => `#${n}`).join(', ')})` : ''}, commented on ${applied.commented.length}, reopened ${applied.reopened.length}\n`);
  return parsed.problems.length > 0 || applied.failures.length > 0 ? 1 : 0;
}

/** `evalgate loop [--repo owner/name] [--days N] [--json]`: the loop's figures per workflow and failure class. */
export async function runLoopCommand(io: Io, cmd: Extract<Command, { verb: 'loop' }>): Promise<number> {
  const repoName = cmd.repo ?? io.env.GITHUB_REPOSITORY ?? null;
  if (!repoName || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repoName)) throw new CliError(`loop: ${repoName ? `--repo "${repoName}" is not a repository (expected owner/name)` : 'give --repo owner/name (or set GITHUB_REPOSITORY)'}`);
  const token = io.env.GITHUB_TOKEN ?? '';
  if (!token) throw new CliError('loop reads the issues: set GITHUB_TOKEN to a token that may read them');
  const project = await loadLoopProject(io, cmd.config);
  if (!project.found) io.stderr(`note: no ${cmd.config} here; no guards known, so every closed issue counts as unguarded\n`);
  const client = createGitHubClient({ token, baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com', userAgent: 'evalgate-cli', redact: buildRedactor({ env: io.env, secrets: [token], harnessEnv: project.config.harness.env, patterns: project.config.redact }), log: (level, m) => level === 'warn' && io.stderr(`warning: ${m}\n`) });
  const [owner, name] = repoName.split('/');
  const read = await readLoopInput({ github: client, repo: { owner, repo: name }, git: createGit(io.cwd), cases: project.cases, now: new Date().toISOString(), periodDays: cmd.days });
  for (const w of read.warnings) io.stderr(`warning: ${w}\n`);
  if (!read.input) throw new CliError(read.warnings[0] ?? 'could not read the issues');
  const rows = computeLoopMetrics(read.input);
  io.stdout(cmd.json ? JSON.stringify({ period_days: cmd.days, rows }, null, 2) + '\n' : renderLoopText(rows, cmd.days));
  return 0;
}
