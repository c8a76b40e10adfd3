// The only module that talks to GitHub (REST, through Octokit with retry + throttling).
// Every function takes the client and `{ owner, repo }` explicitly and returns a result
// value instead of throwing, so callers can warn and continue (fork PRs with a read-only
// token, API outages).
//
// Call budget of a PR gate: list comments + create/update comment + 1 check-run create +
// ceil(annotations / 50) - 1 check-run updates, plus one GET per guarded issue the report names
// (fetchIssueTitles, at most MAX_TITLE_GETS). No `GET /user` for installation tokens.
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const EvalgateOctokit = Octokit.plugin(retry, throttling);

/** Octokit with the retry and throttling plugins. */
export type EvalgateOctokitInstance = InstanceType<typeof EvalgateOctokit>;

/** `owner/repo` of the repository to act on. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** Log sink injected by the caller (the action maps it to @actions/core). */
export type GitHubLog = (level: 'debug' | 'info' | 'warn', message: string) => void;

/** Why a call failed, for callers that branch on it. */
export type GitHubFailureReason = 'not_permitted' | 'not_found' | 'rate_limited' | 'invalid' | 'unavailable' | 'other';

/** A failed call: HTTP status (0 when no response), GitHub's message and a reason. */
export interface GitHubFailure {
  ok: false;
  status: number;
  message: string;
  reason: GitHubFailureReason;
}

/** Result of every adapter call. */
export type GitHubResult<T = undefined> = { ok: true; value: T } | GitHubFailure;

/** Options of createGitHubClient. */
export interface GitHubClientOptions {
  token: string;
  /** REST base URL (default https://api.github.com; GHES or the test emulator otherwise). */
  baseUrl?: string;
  userAgent?: string;
  log?: GitHubLog;
  /** Applied to every text evalgate posts (bodies, titles, summaries, annotations, file content). */
  redact?: (text: string) => string;
  retry?: {
    /** Retries of 5xx / network errors (default 3). */
    retries?: number;
    /** Retries after a primary or secondary rate limit (default 2). */
    rateLimitRetries?: number;
    /** Milliseconds per "second" of back-off and retry-after (default 1000; tests use ~10). */
    baseDelayMs?: number;
    /** Wait used when a secondary rate limit has no retry-after, in seconds (default 60). */
    fallbackRetryAfterS?: number;
    /** Space writes 1 s apart and notification-triggering writes 3 s apart, as GitHub asks (default true). */
    spaceWrites?: boolean;
    /** Per-attempt request timeout in ms (default 30000). */
    timeoutMs?: number;
  };
}

/** Identity the token acts as; `confirmed` is false when it was inferred (GITHUB_TOKEN). */
export interface GitHubIdentity {
  login: string | null;
  confirmed: boolean;
}

/** A configured client; create with createGitHubClient. */
export interface GitHubClient {
  octokit: EvalgateOctokitInstance;
  log: GitHubLog;
  redact: (text: string) => string;
  baseDelayMs: number;
  /** Lazily determined identity of the token (see readIdentity). */
  identity: Promise<GitHubIdentity> | null;
  /** The token is an installation token (GITHUB_TOKEN or a GitHub App's): no `GET /user`. */
  installationToken: boolean;
}

/** Login GitHub shows for comments written with a workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** GitHub's limit on issue and comment bodies. */
export const MAX_COMMENT_CHARS = 65536;
/** GitHub's limit on check run summary and text. */
export const MAX_CHECK_TEXT_CHARS = 65535;
/** GitHub accepts at most 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

// A Bottleneck-group stand-in that schedules immediately (no write spacing).
const IMMEDIATE_GROUP = {
  key: () => ({ schedule: (_opts: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(fn(...args)) }),
};

/** Create an Octokit client with retry and rate-limit handling. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log: GitHubLog = options.log ?? (() => {});
  const r = options.retry ?? {};
  const baseDelayMs = r.baseDelayMs ?? 1000;
  const rateLimitRetries = r.rateLimitRetries ?? 2;
  const timeoutMs = r.timeoutMs ?? 30_000;
  // A fresh timeout per attempt: a shared AbortSignal would fail every retry at once.
  const timedFetch = (url: string | URL | Request, init: RequestInit = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
  const onLimit = (kind: string) => (retryAfter: number, opts: { method: string; url: string }, _o: unknown, retryCount: number) => {
    if (retryCount >= rateLimitRetries) {
      log('warn', `GitHub ${kind} rate limit on ${opts.method} ${opts.url}; giving up after ${retryCount} retries`);
      return false;
    }
    log('warn', `GitHub ${kind} rate limit on ${opts.method} ${opts.url}; retrying in ${retryAfter}s (retry ${retryCount + 1} of ${rateLimitRetries})`);
    return true;
  };
  const octokit = new EvalgateOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'evalgate',
    // Octokit's request log reports every failed request (e.g. the expected 403 on GET /user for a
    // GITHUB_TOKEN); callers warn with context, so these stay at debug level.
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log('warn', m), error: (m: string) => log('debug', m) },
    request: { fetch: timedFetch },
    retry: { retries: r.retries ?? 3, retryAfterBaseValue: baseDelayMs },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      retryAfterBaseValue: baseDelayMs,
      fallbackSecondaryRateRetryAfter: r.fallbackRetryAfterS ?? 60,
      ...(r.spaceWrites === false ? { write: IMMEDIATE_GROUP as never, notifications: IMMEDIATE_GROUP as never } : {}),
    },
  });
  return { octokit, log, redact: options.redact ?? ((t) => t), baseDelayMs, identity: null, installationToken: isInstallationToken(options.token) };
}

// ------------------------------------------------------------------ results

function failure(e: unknown): GitHubFailure {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const status = typeof err?.status === 'number' ? err.status : 0;
  const message = err?.response?.data?.message ?? err?.message ?? String(e);
  let reason: GitHubFailureReason = 'other';
  if (status === 403 && /rate limit/i.test(message)) reason = 'rate_limited';
  else if (status === 401 || status === 403) reason = 'not_permitted';
  else if (status === 404 || status === 410) reason = 'not_found';
  else if (status === 422 || status === 400) reason = 'invalid';
  else if (status === 0 || status >= 500) reason = 'unavailable';
  return { ok: false, status, message: status === 500 && /abort|timeout/i.test(String(err?.message)) ? `request timed out: ${err.message}` : message, reason };
}

function fullMessage(e: unknown): string {
  const err = e as { message?: string; response?: { data?: unknown } };
  return `${err?.message ?? ''} ${JSON.stringify(err?.response?.data ?? '')}`;
}

function isTooLong(e: unknown): boolean {
  return (e as { status?: number })?.status === 422 && /too long/i.test(fullMessage(e));
}

/** 5xx, timeouts and network errors: the server may or may not have acted. */
function isUncertain(e: unknown): boolean {
  const status = (e as { status?: number })?.status;
  return typeof status !== 'number' || status >= 500;
}

/** Only owner/repo: callers may pass richer objects, and extra keys would become query parameters. */
const pick = (r: RepoRef): RepoRef => ({ owner: r.owner, repo: r.repo });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ identity

/**
 * Installation tokens (`ghs_`: a workflow's GITHUB_TOKEN, a GitHub App's token) cannot read
 * `GET /user` (always 403), so that call is never made for them.
 */
export function isInstallationToken(token: string): boolean {
  return token.startsWith('ghs_');
}

/**
 * Who the token acts as. Installation tokens (GITHUB_TOKEN, App tokens): github-actions[bot],
 * inferred without a call (an App's bot has another login, so an inferred identity also accepts
 * other bots' marker comments, never a user's). Other tokens (PATs, OAuth): `GET /user`, once.
 */
export function readIdentity(client: GitHubClient): Promise<GitHubIdentity> {
  if (client.installationToken) client.identity ??= Promise.resolve({ login: ACTIONS_BOT_LOGIN, confirmed: false });
  client.identity ??= client.octokit.rest.users.getAuthenticated().then(
    (res) => ({ login: res.data.login, confirmed: true }),
    (e: unknown) => {
      const status = (e as { status?: number }).status;
      if (status === 403 || status === 404) return { login: ACTIONS_BOT_LOGIN, confirmed: false };
      client.log('warn', `could not determine the GitHub identity of the token (${failure(e).message}); matching sticky comments by marker only`);
      return { login: null, confirmed: false };
    },
  );
  return client.identity;
}

// ------------------------------------------------------------------ body limits

/**
 * Cut `body` to at most `maxChars` UTF-16 units (and `maxBytes` UTF-8 bytes when given) without
 * splitting a character, closing an open code fence and <details>, and saying what was cut.
 */
export function truncateBody(body: string, maxChars: number, maxBytes?: number): string {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  if (body.length <= maxChars && (maxBytes === undefined || bytes(body) <= maxBytes)) return body;
  const reserve = 400;
  let limit = Math.max(0, maxChars - reserve);
  let cut = body.slice(0, limit);
  if (maxBytes !== undefined) {
    while (bytes(cut) > maxBytes - reserve * 4 && cut.length > 0) cut = cut.slice(0, Math.floor(cut.length * 0.9));
    limit = cut.length;
  }
  // Never end inside a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length - 2000 && nl > 0) cut = cut.slice(0, nl);
  let tail = '';
  if (((cut.match(/^\s*```/gm) ?? []).length) % 2 === 1) tail += '\n```';
  const open = (cut.match(/<details\b/gi) ?? []).length - (cut.match(/<\/details>/gi) ?? []).length;
  for (let i = 0; i < open; i++) tail += '\n</details>';
  const omitted = body.length - cut.length;
  return `${cut}${tail}\n\n> ✂️ Truncated: ${omitted} characters omitted (GitHub's size limit). The job summary and the results artifact have the full report.\n`;
}

function withMarker(marker: string, body: string): string {
  const rest = body.includes(marker) ? body.split(marker).join('').replace(/^\s*\n/, '') : body;
  return `${marker}\n${rest}`;
}

// ------------------------------------------------------------------ check runs

/** One check-run annotation (GitHub's field names). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line?: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

/** Conclusions evalgate posts. */
export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

/** Input of postCheckRun. */
export interface CheckRunInput {
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
  /** Identifies the workflow run that posts (GITHUB_RUN_ID): a re-run attempt finds its check run by it. */
  externalId?: string;
  /** A re-run attempt (GITHUB_RUN_ATTEMPT > 1): update this run's check run of the same name instead of adding one. */
  updateExisting?: boolean;
}

function cleanAnnotation(a: CheckAnnotation): CheckAnnotation & { end_line: number } {
  const end = Math.max(a.end_line ?? a.start_line, a.start_line);
  const out: CheckAnnotation & { end_line: number } = {
    path: a.path,
    start_line: Math.max(1, a.start_line),
    end_line: Math.max(1, end),
    annotation_level: a.annotation_level,
    message: truncateBody(a.message, 60_000),
  };
  if (a.title) out.title = a.title.slice(0, 255);
  if (a.raw_details) out.raw_details = truncateBody(a.raw_details, 60_000);
  // GitHub rejects columns on multi-line annotations.
  if (end === a.start_line && a.start_column !== undefined) {
    out.start_column = a.start_column;
    if (a.end_column !== undefined) out.end_column = a.end_column;
  }
  return out;
}

/** The check run named `name` on `headSha` that workflow run `externalId` created, if any. */
async function findCheckRun(client: GitHubClient, repo: RepoRef, headSha: string, name: string, externalId: string): Promise<number | null> {
  const res = await client.octokit.rest.checks.listForRef({ ...pick(repo), ref: headSha, check_name: name, filter: 'all', per_page: 100 });
  return res.data.check_runs.find((c) => c.external_id === externalId)?.id ?? null;
}

const annotationKey = (a: { path: string; start_line: number; end_line: number; annotation_level: string; message: string }) =>
  `${a.path}:${a.start_line}:${a.end_line}:${a.annotation_level}:${a.message}`;

/**
 * Create a completed check run; annotations beyond the first 50 are added by updates of 50. With
 * `updateExisting` (a re-run attempt), the check run this workflow run posted before (same name,
 * head sha and `externalId`) is updated instead; since GitHub appends annotations on update, only
 * annotations it does not have yet are sent.
 */
export async function postCheckRun(client: GitHubClient, repo: RepoRef, input: CheckRunInput): Promise<GitHubResult<{ id: number; url: string; annotations: number; updated: boolean }>> {
  const red = client.redact;
  let annotations = input.annotations
    .map((a) => ({ ...a, message: red(a.message), ...(a.title ? { title: red(a.title) } : {}), ...(a.raw_details ? { raw_details: red(a.raw_details) } : {}) }))
    .map(cleanAnnotation);
  const output = {
    title: red(input.title).slice(0, 255),
    summary: truncateBody(red(input.summary), MAX_CHECK_TEXT_CHARS),
    ...(input.text ? { text: truncateBody(red(input.text), MAX_CHECK_TEXT_CHARS) } : {}),
  };
  let id: number;
  let url: string;
  let updated = false;
  try {
    const existing = input.updateExisting && input.externalId ? await findCheckRun(client, repo, input.headSha, input.name, input.externalId) : null;
    if (existing !== null) {
      const have = await client.octokit.paginate(client.octokit.rest.checks.listAnnotations, { ...pick(repo), check_run_id: existing, per_page: 100 });
      const seen = new Set(have.map((a) => annotationKey({ path: a.path, start_line: a.start_line, end_line: a.end_line, annotation_level: a.annotation_level ?? '', message: a.message ?? '' })));
      annotations = annotations.filter((a) => !seen.has(annotationKey(a)));
      const res = await client.octokit.rest.checks.update({
        ...pick(repo),
        check_run_id: existing,
        status: 'completed',
        conclusion: input.conclusion,
        completed_at: new Date().toISOString(),
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
      });
      id = res.data.id;
      url = res.data.html_url ?? '';
      updated = true;
    } else {
      const res = await client.octokit.rest.checks.create({
        ...pick(repo),
        name: input.name,
        head_sha: input.headSha,
        status: 'completed',
        conclusion: input.conclusion,
        ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
        ...(input.externalId ? { external_id: input.externalId } : {}),
        output: { ...output, annotations: annotations.slice(0, ANNOTATIONS_PER_REQUEST) },
      });
      id = res.data.id;
      url = res.data.html_url ?? '';
    }
  } catch (e) {
    return failure(e);
  }
  for (let i = ANNOTATIONS_PER_REQUEST; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    try {
      await client.octokit.rest.checks.update({
        ...pick(repo),
        check_run_id: id,
        output: { title: output.title, summary: output.summary, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) },
      });
    } catch (e) {
      const f = failure(e);
      return { ...f, message: `check run ${id} ${updated ? 'updated' : 'created'}, but only ${i} of ${annotations.length} annotations were posted: ${f.message}` };
    }
  }
  return { ok: true, value: { id, url, annotations: annotations.length, updated } };
}

// ------------------------------------------------------------------ sticky comments

/** What upsertStickyComment did. */
export interface StickyCommentOutcome {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
  /** True when the body had to be cut to fit GitHub's limit. */
  truncated: boolean;
}

interface CommentLite {
  id: number;
  body: string;
  url: string;
}

async function findSticky(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string): Promise<CommentLite | null> {
  const me = await readIdentity(client);
  const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, { ...pick(repo), issue_number: issueNumber, per_page: 100 });
  const withMarker = comments.filter((c) => (c.body ?? '').includes(marker));
  const mine =
    withMarker.find((c) => me.login !== null && c.user?.login === me.login) ??
    // An inferred identity may be an app's bot rather than github-actions[bot].
    withMarker.find((c) => !me.confirmed && (me.login === null || c.user?.type === 'Bot'));
  return mine ? { id: mine.id, body: mine.body ?? '', url: mine.html_url } : null;
}

/** The comment carrying `marker` written by this token's identity, or null (see upsertStickyComment). */
export async function readStickyComment(client: GitHubClient, repo: RepoRef, issueNumber: number, marker: string): Promise<GitHubResult<{ id: number; body: string } | null>> {
  try {
    const found = await findSticky(client, repo, issueNumber, marker);
    return { ok: true, value: found ? { id: found.id, body: found.body } : null };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Create or update the one comment on an issue/PR that carries `marker` (a hidden HTML comment)
 * and was written by this token's identity. Skips the write when the body is unchanged; never
 * posts twice when a create fails ambiguously (5xx, timeout): it looks for the comment first.
 */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<GitHubResult<StickyCommentOutcome>> {
  const full = withMarker(marker, client.redact(body));
  let text = truncateBody(full, MAX_COMMENT_CHARS);
  let shrunk = false;
  const attempts = 3;
  // Set once a create may have reached GitHub: a comment found afterwards is ours, just written.
  let createTried = false;
  try {
    for (let attempt = 0; attempt < attempts; attempt++) {
      const existing = await findSticky(client, repo, issueNumber, marker);
      try {
        if (existing) {
          const action = createTried ? 'created' : 'updated';
          if (existing.body === text) return { ok: true, value: { action: createTried ? 'created' : 'unchanged', id: existing.id, url: existing.url, truncated: text !== full } };
          const res = await client.octokit.rest.issues.updateComment({ ...pick(repo), comment_id: existing.id, body: text });
          return { ok: true, value: { action, id: res.data.id, url: res.data.html_url, truncated: text !== full } };
        }
        createTried = true;
        // No automatic retry here: a lost response would make a blind retry post twice.
        const res = await client.octokit.rest.issues.createComment({ ...pick(repo), issue_number: issueNumber, body: text, request: { retries: 0 } });
        return { ok: true, value: { action: 'created', id: res.data.id, url: res.data.html_url, truncated: text !== full } };
      } catch (e) {
        if (isTooLong(e) && !shrunk) {
          // GitHub may count bytes rather than characters: cut to the limit in UTF-8 bytes too.
          shrunk = true;
          text = truncateBody(full, MAX_COMMENT_CHARS, MAX_COMMENT_CHARS);
          client.log('warn', `comment on #${issueNumber} was too long for GitHub; posting a truncated version`);
          attempt--;
          continue;
        }
        if (!isUncertain(e)) return failure(e);
        if (attempt === attempts - 1) {
          // The last create may still have landed: look once more before reporting a failure.
          const late = createTried ? await findSticky(client, repo, issueNumber, marker).catch(() => null) : null;
          return late ? { ok: true, value: { action: 'created', id: late.id, url: late.url, truncated: text !== full } } : failure(e);
        }
        client.log('warn', `writing the evalgate comment on #${issueNumber} failed (${failure(e).message}); checking whether it was written before retrying`);
        await sleep(client.baseDelayMs * (attempt + 1) ** 2);
      }
    }
  } catch (e) {
    return failure(e);
  }
  return { ok: false, status: 0, message: 'unreachable', reason: 'other' };
}

// ------------------------------------------------------------------ issues

/** The parts of an issue evalgate reports. */
export interface IssueSummary {
  owner: string;
  repo: string;
  number: number;
  title: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  assignees: string[];
  html_url: string;
  body: string | null;
  author: string | null;
  created_at: string;
  closed_at: string | null;
}

/** Parse a `guards` reference (`123`, `"#123"`, `"owner/repo#123"`) relative to `repo`; null when malformed. */
export function parseIssueRef(ref: number | string, repo: RepoRef): (RepoRef & { number: number }) | null {
  if (typeof ref === 'number') return Number.isInteger(ref) && ref > 0 ? { ...pick(repo), number: ref } : null;
  const m = /^\s*(?:([\w.-]+)\/([\w.-]+))?#?(\d+)\s*$/.exec(ref);
  if (!m) return null;
  const number = Number(m[3]);
  if (!(number > 0)) return null;
  return m[1] ? { owner: m[1], repo: m[2], number } : { ...pick(repo), number };
}

type RestIssue = Awaited<ReturnType<EvalgateOctokitInstance['rest']['issues']['get']>>['data'];

function summarize(owner: string, repo: string, i: RestIssue): IssueSummary {
  return {
    owner,
    repo,
    number: i.number,
    title: i.title,
    state: i.state === 'closed' ? 'closed' : 'open',
    state_reason: i.state_reason ?? null,
    labels: i.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    assignees: (i.assignees ?? []).map((a) => a.login),
    html_url: i.html_url,
    body: i.body ?? null,
    author: i.user?.login ?? null,
    created_at: i.created_at,
    closed_at: i.closed_at ?? null,
  };
}

/** Most issue GETs one title look-up makes; refs beyond it are shown without a title. */
export const MAX_TITLE_GETS = 25;
/** Issue GETs in flight at once. */
const TITLE_CONCURRENCY = 4;

/**
 * Titles (and state) of the issues that cases guard, keyed by the ref as written (`String(ref)`).
 * Exactly the issues named: one `GET /repos/{o}/{r}/issues/{n}` per distinct issue, at most
 * MAX_TITLE_GETS, so the cost follows the report, never the repository's issue count. (GraphQL
 * aliases would make it one request; REST keeps every token and GHES version working alike.)
 * Best effort: issues that cannot be read are absent and a warning is logged.
 */
export async function fetchIssueTitles(client: GitHubClient, repo: RepoRef, refs: Array<number | string>): Promise<Map<string, IssueSummary>> {
  const out = new Map<string, IssueSummary>();
  const wanted = new Map<string, { ref: RepoRef & { number: number }; names: string[] }>();
  for (const ref of refs) {
    const p = parseIssueRef(ref, repo);
    if (!p) {
      client.log('warn', `guards reference ${JSON.stringify(ref)} is not an issue number or "owner/repo#123"; no title shown`);
      continue;
    }
    const key = `${p.owner}/${p.repo}#${p.number}`.toLowerCase();
    const w = wanted.get(key) ?? { ref: p, names: [] };
    w.names.push(String(ref));
    wanted.set(key, w);
  }
  const list = [...wanted.values()];
  if (list.length > MAX_TITLE_GETS) client.log('info', `${list.length} guarded issues to title; looking up the first ${MAX_TITLE_GETS}, the rest are shown by number`);
  const todo = list.slice(0, MAX_TITLE_GETS);
  const worker = async () => {
    for (let w = todo.shift(); w; w = todo.shift()) {
      const r = await readIssue(client, w.ref, w.ref.number);
      if (r.ok) for (const name of w.names) out.set(name, r.value);
      else client.log('warn', `could not read issue ${w.ref.owner}/${w.ref.repo}#${w.ref.number}: ${r.message}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(TITLE_CONCURRENCY, todo.length) }, worker));
  return out;
}

/** One issue. */
export async function readIssue(client: GitHubClient, repo: RepoRef, number: number): Promise<GitHubResult<IssueSummary>> {
  try {
    const res = await client.octokit.rest.issues.get({ ...pick(repo), issue_number: number });
    return { ok: true, value: summarize(repo.owner, repo.repo, res.data) };
  } catch (e) {
    return failure(e);
  }
}

/** Issues filtered by state, labels (all must match) and creator; newest first; at most `max` (default 500). */
export async function readIssues(
  client: GitHubClient,
  repo: RepoRef,
  filter: { state?: 'open' | 'closed' | 'all'; labels?: string[]; creator?: string; max?: number } = {},
): Promise<GitHubResult<IssueSummary[]>> {
  const max = filter.max ?? 500;
  const out: IssueSummary[] = [];
  try {
    for await (const page of client.octokit.paginate.iterator(client.octokit.rest.issues.listForRepo, {
      ...pick(repo),
      state: filter.state ?? 'open',
      per_page: 100,
      ...(filter.labels?.length ? { labels: filter.labels.join(',') } : {}),
      ...(filter.creator ? { creator: filter.creator } : {}),
    })) {
      for (const i of page.data) if (!i.pull_request) out.push(summarize(repo.owner, repo.repo, i as RestIssue));
      if (out.length >= max) break;
    }
    return { ok: true, value: out.slice(0, max) };
  } catch (e) {
    return failure(e);
  }
}

/** Labels on a pull request (or issue). */
export async function readPullLabels(client: GitHubClient, repo: RepoRef, number: number): Promise<GitHubResult<string[]>> {
  try {
    const labels = await client.octokit.paginate(client.octokit.rest.issues.listLabelsOnIssue, { ...pick(repo), issue_number: number, per_page: 100 });
    return { ok: true, value: labels.map((l) => l.name) };
  } catch (e) {
    return failure(e);
  }
}

/** Head/base of a pull request. */
export async function readPull(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<GitHubResult<{ number: number; title: string; head: { sha: string; ref: string; repo: string | null }; base: { sha: string; ref: string }; labels: string[]; author: string | null }>> {
  try {
    const { data } = await client.octokit.rest.pulls.get({ ...pick(repo), pull_number: number });
    return {
      ok: true,
      value: {
        number: data.number,
        title: data.title,
        head: { sha: data.head.sha, ref: data.head.ref, repo: data.head.repo?.full_name ?? null },
        base: { sha: data.base.sha, ref: data.base.ref },
        labels: data.labels.map((l) => l.name ?? '').filter(Boolean),
        author: data.user?.login ?? null,
      },
    };
  } catch (e) {
    return failure(e);
  }
}

/** Create an issue. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  input: { title: string; body: string; labels?: string[]; assignees?: string[] },
): Promise<GitHubResult<IssueSummary>> {
  try {
    const res = await client.octokit.rest.issues.create({ ...pick(repo), title: client.redact(input.title), body: truncateBody(client.redact(input.body), MAX_COMMENT_CHARS), labels: input.labels ?? [], assignees: input.assignees ?? [],
      // Never blindly retried: a lost response after GitHub created the issue would create it twice.
      // The next ingest run finds the created issue by its markers and continues from there.
      request: { retries: 0 } });
    return { ok: true, value: summarize(repo.owner, repo.repo, res.data) };
  } catch (e) {
    return failure(e);
  }
}

/** Reopen an issue and add labels/assignees (existing ones are kept). */
export async function reopenIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  extra: { labels?: string[]; assignees?: string[] } = {},
): Promise<GitHubResult<IssueSummary>> {
  try {
    const res = await client.octokit.rest.issues.update({ ...pick(repo), issue_number: number, state: 'open', state_reason: 'reopened' });
    if (extra.labels?.length) await client.octokit.rest.issues.addLabels({ ...pick(repo), issue_number: number, labels: extra.labels });
    if (extra.assignees?.length) await client.octokit.rest.issues.addAssignees({ ...pick(repo), issue_number: number, assignees: extra.assignees });
    const s = summarize(repo.owner, repo.repo, res.data);
    return { ok: true, value: { ...s, labels: [...new Set([...s.labels, ...(extra.labels ?? [])])], assignees: [...new Set([...s.assignees, ...(extra.assignees ?? [])])] } };
  } catch (e) {
    return failure(e);
  }
}

/** Add labels to an issue or PR. */
export async function addLabels(client: GitHubClient, repo: RepoRef, number: number, labels: string[]): Promise<GitHubResult<string[]>> {
  try {
    const res = await client.octokit.rest.issues.addLabels({ ...pick(repo), issue_number: number, labels });
    return { ok: true, value: res.data.map((l) => l.name) };
  } catch (e) {
    return failure(e);
  }
}

/** Whether an issue already has a comment containing `marker` (any author); for idempotent evidence comments. */
export async function readCommentWithMarker(client: GitHubClient, repo: RepoRef, number: number, marker: string): Promise<GitHubResult<{ id: number; body: string; author: string | null } | null>> {
  try {
    const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, { ...pick(repo), issue_number: number, per_page: 100 });
    const c = comments.find((x) => (x.body ?? '').includes(marker));
    return { ok: true, value: c ? { id: c.id, body: c.body ?? '', author: c.user?.login ?? null } : null };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Post a new comment (body truncated to GitHub's limit). Prefer upsertStickyComment for reports.
 * With `marker` (a hidden marker the body carries), a create whose response was lost (5xx,
 * timeout) is checked by re-reading the comments: found, written by this identity, it succeeded.
 */
export async function postComment(client: GitHubClient, repo: RepoRef, number: number, body: string, opts: { marker?: string } = {}): Promise<GitHubResult<{ id: number; url: string }>> {
  try {
    const res = await client.octokit.rest.issues.createComment({ ...pick(repo), issue_number: number, body: truncateBody(client.redact(body), MAX_COMMENT_CHARS), request: { retries: 0 } });
    return { ok: true, value: { id: res.data.id, url: res.data.html_url } };
  } catch (e) {
    if (opts.marker && isUncertain(e)) {
      const found = await findSticky(client, repo, number, opts.marker).catch(() => null);
      if (found) {
        client.log('info', `the comment on #${number} was written although its response was lost (${failure(e).message})`);
        return { ok: true, value: { id: found.id, url: found.url } };
      }
    }
    return failure(e);
  }
}

/**
 * Open a pull request that adds one file: branch `branch` from `base` (default: the repository's
 * default branch), commit `content` at `path`, then open the PR.
 */
export async function postFilePullRequest(
  client: GitHubClient,
  repo: RepoRef,
  input: { branch: string; base?: string; path: string; content: string; message: string; title: string; body: string },
): Promise<GitHubResult<{ number: number; url: string }>> {
  try {
    const base = input.base ?? (await client.octokit.rest.repos.get({ ...pick(repo) })).data.default_branch;
    const ref = await client.octokit.rest.git.getRef({ ...pick(repo), ref: `heads/${base}` });
    await client.octokit.rest.git.createRef({ ...pick(repo), ref: `refs/heads/${input.branch}`, sha: ref.data.object.sha });
    await client.octokit.rest.repos.createOrUpdateFileContents({
      ...pick(repo),
      path: input.path,
      branch: input.branch,
      message: input.message,
      content: Buffer.from(client.redact(input.content), 'utf8').toString('base64'),
    });
    const pr = await client.octokit.rest.pulls.create({ ...pick(repo), head: input.branch, base, title: client.redact(input.title), body: truncateBody(client.redact(input.body), MAX_COMMENT_CHARS) });
    return { ok: true, value: { number: pr.data.number, url: pr.data.html_url } };
  } catch (e) {
    return failure(e);
  }
}

/** The repository's default branch (`GET /repos/{owner}/{repo}`). */
export async function readDefaultBranch(client: GitHubClient, repo: RepoRef): Promise<GitHubResult<string>> {
  try {
    const res = await client.octokit.rest.repos.get({ ...pick(repo) });
    return { ok: true, value: res.data.default_branch };
  } catch (e) {
    return failure(e);
  }
}
