// In-process GitHub REST API emulator for end-to-end tests.
// Every request is routed and validated against GitHub's OpenAPI description, and every
// response the emulator itself produces is validated too; mismatches land in `violations`.
// Endpoints are data-driven: HANDLERS maps an operationId to a function of the request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { loadOpenApi, type OpenApi, type Operation } from './openapi.js';

/** Who a token authenticates as. */
export interface EmulatorIdentity {
  login: string;
  type: 'User' | 'Bot';
  /** An installation/GITHUB_TOKEN: `GET /user` answers 403 "Resource not accessible by integration". */
  integration: boolean;
  /** `read` tokens get 403 on every write (fork PRs). */
  permission: 'read' | 'write';
}

/** Tokens every emulator accepts out of the box. */
export const TOKENS = {
  /** GITHUB_TOKEN with write permission: acts as github-actions[bot]. */
  actions: 'ghs_actions_write',
  /** GITHUB_TOKEN of a fork PR: read-only github-actions[bot]. */
  actionsReadOnly: 'ghs_actions_read',
  /** A personal access token of user `octo-user`. */
  user: 'ghp_octo_user',
} as const;

/** A fault to inject on matching requests. */
export interface FaultSpec {
  method?: string;
  /** Path template from the OpenAPI description (`/repos/{owner}/{repo}/issues`) or a regex on the actual path. */
  path: string | RegExp;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Status to answer; omit to answer normally (useful with `delayMs`). */
  status?: 500 | 502 | 503 | 403 | 404 | 422;
  /** `retry-after` header in seconds. */
  retryAfter?: number;
  /** 403 "You have exceeded a secondary rate limit". */
  secondaryRateLimit?: boolean;
  /** 403 primary rate limit (x-ratelimit-remaining: 0, reset in `retryAfter` s, default 1). */
  primaryRateLimit?: boolean;
  /** Custom error message. */
  message?: string;
  /** Perform the write before answering with the fault (a response lost after the server acted). */
  applyWrite?: boolean;
  /** Delay the answer by this many ms (simulates a timeout when longer than the client's). */
  delayMs?: number;
}

/** One request as seen by the emulator. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | null;
  template: string | null;
  status: number;
  /** Request body (parsed JSON) or undefined. */
  body: unknown;
  response: unknown;
  fault: boolean;
}

/** A contract mismatch the emulator detected. */
export interface Violation {
  kind: 'unknown_operation' | 'invalid_request' | 'invalid_response' | 'not_implemented';
  method: string;
  path: string;
  operationId: string | null;
  problems: string[];
}

/** Stored issue (pull requests are issues with `pull`). */
export interface IssueState {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  labels: string[];
  assignees: string[];
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull: PullState | null;
}

/** Pull-request specific state. */
export interface PullState {
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  draft: boolean;
}

/** Stored issue comment. */
export interface CommentState {
  id: number;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

/** Stored check run. */
export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  annotations: Array<Record<string, unknown>>;
  started_at: string;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
}

/** Stored repository. */
export interface RepoState {
  owner: string;
  name: string;
  id: number;
  defaultBranch: string;
  private: boolean;
  nextNumber: number;
  issues: Map<number, IssueState>;
  comments: CommentState[];
  labels: Map<string, { id: number; name: string; color: string; description: string | null }>;
  checkRuns: CheckRunState[];
  /** Fully qualified ref (`refs/heads/main`) -> sha. */
  refs: Map<string, string>;
  /** `branch:path` -> file. */
  files: Map<string, { content: string; sha: string }>;
}

interface Ctx {
  em: GitHubEmulator;
  op: Operation;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown> & { [k: string]: unknown };
  identity: EmulatorIdentity | null;
  path: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const DOCS = 'https://docs.github.com/rest';
const now = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

/** GitHub's 422 shape. */
function validationFailed(resource: string, field: string, message: string): HttpError {
  return new HttpError(422, 'Validation Failed', { errors: [{ resource, code: 'custom', field, message }] });
}

/** The emulator: start with `startEmulator()`. */
export class GitHubEmulator {
  /** Every request, in order. */
  readonly log: LoggedRequest[] = [];
  /** Contract mismatches (unknown operation, invalid request, invalid own response). */
  readonly violations: Violation[] = [];
  /** Base URL for Octokit (`http://127.0.0.1:<port>`). */
  url = '';
  readonly repos = new Map<string, RepoState>();
  readonly tokens = new Map<string, EmulatorIdentity>();
  private readonly users = new Map<string, { id: number; type: 'User' | 'Bot' }>();
  private readonly faults: Array<FaultSpec & { left: number }> = [];
  private server: Server | null = null;
  private nextId = 1000;
  readonly api: OpenApi;

  constructor() {
    this.api = loadOpenApi();
    this.addToken(TOKENS.actions, { login: 'github-actions[bot]', type: 'Bot', integration: true, permission: 'write' });
    this.addToken(TOKENS.actionsReadOnly, { login: 'github-actions[bot]', type: 'Bot', integration: true, permission: 'read' });
    this.addToken(TOKENS.user, { login: 'octo-user', type: 'User', integration: false, permission: 'write' });
    // github-actions[bot]'s real user id.
    this.users.set('github-actions[bot]', { id: 41898282, type: 'Bot' });
  }

  /** Listen on 127.0.0.1 with a random port. */
  async listen(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  /** Stop listening and drop open connections. */
  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Register a token. */
  addToken(token: string, identity: EmulatorIdentity): void {
    this.tokens.set(token, identity);
    this.user(identity.login, identity.type);
  }

  /** Inject a fault on matching requests. */
  fault(spec: FaultSpec): void {
    this.faults.push({ ...spec, left: spec.times ?? 1 });
  }

  /** Drop faults that have not fired yet (call in afterEach so tests stay independent). */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Faults that have not fired their `times` yet. */
  pendingFaults(): FaultSpec[] {
    return this.faults.filter((f) => f.left > 0);
  }

  /** Throw, listing every violation, when any was recorded. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const lines = this.violations.map((v) => `${v.kind}: ${v.method} ${v.path} (${v.operationId ?? '?'}): ${v.problems.join('; ')}`);
    throw new Error(`GitHub emulator saw ${this.violations.length} contract violation(s):\n${lines.join('\n')}`);
  }

  /** Logged requests matching a method and a path template / regex / operationId. */
  calls(filter: { method?: string; path?: string | RegExp; operationId?: string } = {}): LoggedRequest[] {
    return this.log.filter(
      (r) =>
        (!filter.method || r.method === filter.method.toUpperCase()) &&
        (!filter.operationId || r.operationId === filter.operationId) &&
        (!filter.path || (typeof filter.path === 'string' ? r.template === filter.path || r.path === filter.path : filter.path.test(r.path))),
    );
  }

  /** Create a repository (`owner/name`). */
  addRepo(fullName: string, opts: { defaultBranch?: string; private?: boolean; headSha?: string } = {}): RepoState {
    const [owner, name] = fullName.split('/');
    this.user(owner, 'User');
    const branch = opts.defaultBranch ?? 'main';
    const repo: RepoState = {
      owner,
      name,
      id: this.id(),
      defaultBranch: branch,
      private: opts.private ?? false,
      nextNumber: 1,
      issues: new Map(),
      comments: [],
      labels: new Map(),
      checkRuns: [],
      refs: new Map([[`refs/heads/${branch}`, opts.headSha ?? sha1(`${fullName}:init`)]]),
      files: new Map(),
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  /** Create issue #`number` directly in state; later issues continue after the highest number. */
  addIssueAt(fullName: string, number: number, issue: Parameters<GitHubEmulator['addIssue']>[1]): IssueState {
    const repo = this.mustRepo(fullName);
    const next = repo.nextNumber;
    repo.nextNumber = number;
    const created = this.addIssue(fullName, issue);
    repo.nextNumber = Math.max(next, number + 1);
    return created;
  }

  /** Create an issue directly in state. */
  addIssue(
    fullName: string,
    issue: Partial<Omit<IssueState, 'number' | 'id' | 'pull'>> & { title: string },
  ): IssueState {
    const repo = this.mustRepo(fullName);
    const t = now();
    const s: IssueState = {
      number: repo.nextNumber++,
      id: this.id(),
      body: null,
      state: 'open',
      state_reason: null,
      labels: [],
      assignees: [],
      user: 'octo-user',
      created_at: t,
      updated_at: t,
      closed_at: issue.state === 'closed' ? t : null,
      pull: null,
      ...issue,
    };
    for (const l of s.labels) this.label(repo, l);
    for (const a of s.assignees) this.user(a, 'User');
    this.user(s.user, s.user.endsWith('[bot]') ? 'Bot' : 'User');
    repo.issues.set(s.number, s);
    return s;
  }

  /** Create a pull request directly in state. */
  addPull(
    fullName: string,
    pr: { title: string; headSha: string; baseSha: string; headRef?: string; baseRef?: string; labels?: string[]; user?: string; body?: string; draft?: boolean },
  ): IssueState {
    const issue = this.addIssue(fullName, { title: pr.title, labels: pr.labels ?? [], user: pr.user ?? 'octo-user', body: pr.body ?? null });
    issue.pull = {
      head: { ref: pr.headRef ?? 'feature', sha: pr.headSha },
      base: { ref: pr.baseRef ?? this.mustRepo(fullName).defaultBranch, sha: pr.baseSha },
      draft: pr.draft ?? false,
    };
    return issue;
  }

  /** Add a comment directly in state (e.g. one written by someone else). */
  addComment(fullName: string, issueNumber: number, body: string, user = 'octo-user'): CommentState {
    const repo = this.mustRepo(fullName);
    this.user(user, user.endsWith('[bot]') ? 'Bot' : 'User');
    const t = now();
    const c: CommentState = { id: this.id(), issue_number: issueNumber, body, user, created_at: t, updated_at: t };
    repo.comments.push(c);
    return c;
  }

  /** Comments of one issue, oldest first. */
  issueComments(fullName: string, issueNumber: number): CommentState[] {
    return this.mustRepo(fullName).comments.filter((c) => c.issue_number === issueNumber);
  }

  /** Check runs of a repository, oldest first. */
  checkRuns(fullName: string): CheckRunState[] {
    return this.mustRepo(fullName).checkRuns;
  }

  /** A repository by `owner/name`, or throw. */
  mustRepo(fullName: string): RepoState {
    const r = this.repos.get(fullName.toLowerCase());
    if (!r) throw new Error(`emulator: no repository ${fullName}; call addRepo first`);
    return r;
  }

  // ------------------------------------------------------------- internals used by handlers

  id(): number {
    return this.nextId++;
  }

  user(login: string, type: 'User' | 'Bot' = 'User'): { id: number; type: 'User' | 'Bot' } {
    let u = this.users.get(login);
    if (!u) {
      u = { id: this.id(), type };
      this.users.set(login, u);
    }
    return u;
  }

  label(repo: RepoState, name: string) {
    let l = repo.labels.get(name.toLowerCase());
    if (!l) {
      l = { id: this.id(), name, color: 'ededed', description: null };
      repo.labels.set(name.toLowerCase(), l);
    }
    return l;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams.entries());
    const raw = await readBody(req);
    let body: unknown = undefined;
    const entry: LoggedRequest = { method, path: url.pathname, query, operationId: null, template: null, status: 0, body: undefined, response: undefined, fault: false };
    this.log.push(entry);
    const send = (reply: Reply) => {
      entry.status = reply.status;
      entry.response = reply.body;
      const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-request-id': `EMU:${this.log.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        ...reply.headers,
      });
      res.end(payload);
    };
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return send({ status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS } });
      }
    }
    entry.body = body;

    const m = this.api.match(method, url.pathname);
    if (!m) {
      this.violations.push({ kind: 'unknown_operation', method, path: url.pathname, operationId: null, problems: ['no operation in the OpenAPI description matches'] });
      return send({ status: 400, body: { message: `emulator: unknown operation ${method} ${url.pathname}`, documentation_url: DOCS } });
    }
    entry.operationId = m.op.operationId;
    entry.template = m.op.template;
    const problems = this.api.validateRequest(m, query, body);
    if (problems.length > 0) {
      this.violations.push({ kind: 'invalid_request', method, path: url.pathname, operationId: m.op.operationId, problems });
      return send({ status: 400, body: { message: `emulator: invalid request: ${problems.join('; ')}`, documentation_url: DOCS } });
    }
    const handler = HANDLERS[m.op.operationId];
    if (!handler) {
      this.violations.push({ kind: 'not_implemented', method, path: url.pathname, operationId: m.op.operationId, problems: ['no handler'] });
      return send({ status: 400, body: { message: `emulator: ${m.op.operationId} is not implemented`, documentation_url: DOCS } });
    }

    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    const identity = token ? (this.tokens.get(token) ?? null) : null;
    if (token && !identity) return send({ status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } });

    const ctx: Ctx = { em: this, op: m.op, params: m.params, query, body: (body ?? {}) as Ctx['body'], identity, path: url.pathname };
    const run = (): Reply => {
      try {
        if (method !== 'GET' && m.op.template !== '/user') {
          if (!identity) throw new HttpError(401, 'Requires authentication');
          if (identity.permission === 'read') throw new HttpError(403, 'Resource not accessible by integration');
        }
        return handler(ctx);
      } catch (e) {
        if (e instanceof HttpError) return { status: e.status, body: { message: e.message, ...e.extra, documentation_url: DOCS }, headers: e.headers };
        throw e;
      }
    };

    const fault = this.faults.find(
      (f) =>
        f.left > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === m.op.template || f.path === url.pathname : f.path.test(url.pathname)),
    );
    let reply: Reply;
    if (fault) {
      fault.left--;
      entry.fault = fault.status !== undefined;
      if (fault.status === undefined || fault.applyWrite) reply = run();
      if (fault.status !== undefined) reply = faultReply(fault);
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      return send(reply!);
    }
    reply = run();
    // Errors GitHub may send anywhere (401, 403, 5xx) are not always documented; check documented ones only.
    if (reply.status < 400 || String(reply.status) in m.op.responses) {
      const bad = this.api.validateResponse(m.op, reply.status, reply.body);
      if (bad.length > 0) {
        this.violations.push({ kind: 'invalid_response', method, path: url.pathname, operationId: m.op.operationId, problems: bad });
        return send({ status: 500, body: { message: `emulator: invalid own response: ${bad.join('; ')}`, documentation_url: DOCS } });
      }
    }
    send(reply);
  }

  // ------------------------------------------------------------- JSON shapes

  userJson(login: string): Record<string, unknown> {
    const u = this.user(login);
    return this.api.sample('simple-user', {
      login,
      id: u.id,
      node_id: `U_${u.id}`,
      type: u.type,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${u.id}`,
      site_admin: false,
    });
  }

  repoUrl(repo: RepoState): string {
    return `${this.url}/repos/${repo.owner}/${repo.name}`;
  }

  labelJson(repo: RepoState, name: string): Record<string, unknown> {
    const l = this.label(repo, name);
    return this.api.sample('label', {
      id: l.id,
      node_id: `LA_${l.id}`,
      name: l.name,
      color: l.color,
      description: l.description,
      default: false,
      url: `${this.repoUrl(repo)}/labels/${encodeURIComponent(l.name)}`,
    });
  }

  issueJson(repo: RepoState, i: IssueState): Record<string, unknown> {
    const url = `${this.repoUrl(repo)}/issues/${i.number}`;
    const html = `https://github.com/${repo.owner}/${repo.name}/${i.pull ? 'pull' : 'issues'}/${i.number}`;
    return this.api.sample('issue', {
      id: i.id,
      node_id: `I_${i.id}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason,
      locked: false,
      user: this.userJson(i.user),
      labels: i.labels.map((l) => this.labelJson(repo, l)),
      assignee: i.assignees[0] ? this.userJson(i.assignees[0]) : null,
      assignees: i.assignees.map((a) => this.userJson(a)),
      comments: repo.comments.filter((c) => c.issue_number === i.number).length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: 'OWNER',
      url,
      html_url: html,
      repository_url: this.repoUrl(repo),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      ...(i.pull
        ? {
            pull_request: {
              url: `${this.repoUrl(repo)}/pulls/${i.number}`,
              html_url: html,
              diff_url: `${html}.diff`,
              patch_url: `${html}.patch`,
              merged_at: null,
            },
            draft: i.pull.draft,
          }
        : {}),
    });
  }

  commentJson(repo: RepoState, c: CommentState): Record<string, unknown> {
    return this.api.sample('issue-comment', {
      id: c.id,
      node_id: `IC_${c.id}`,
      body: c.body,
      user: this.userJson(c.user),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.user === repo.owner ? 'OWNER' : 'NONE',
      url: `${this.repoUrl(repo)}/issues/comments/${c.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${c.issue_number}#issuecomment-${c.id}`,
      issue_url: `${this.repoUrl(repo)}/issues/${c.issue_number}`,
    });
  }

  checkRunJson(repo: RepoState, r: CheckRunState): Record<string, unknown> {
    const url = `${this.repoUrl(repo)}/check-runs/${r.id}`;
    return this.api.sample('check-run', {
      id: r.id,
      node_id: `CR_${r.id}`,
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      started_at: r.started_at,
      completed_at: r.completed_at,
      external_id: r.external_id,
      details_url: r.details_url,
      url,
      html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${r.id}`,
      output: { title: r.title, summary: r.summary, text: r.text, annotations_count: r.annotations.length, annotations_url: `${url}/annotations` },
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    });
  }

  pullJson(repo: RepoState, i: IssueState): Record<string, unknown> {
    const p = i.pull!;
    const repoJson = this.repoJson(repo);
    const url = `${this.repoUrl(repo)}/pulls/${i.number}`;
    const branch = (b: { ref: string; sha: string }) => ({ label: `${repo.owner}:${b.ref}`, ref: b.ref, sha: b.sha, user: this.userJson(repo.owner), repo: repoJson });
    return this.api.sample('pull-request', {
      id: i.id,
      node_id: `PR_${i.id}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      locked: false,
      user: this.userJson(i.user),
      labels: i.labels.map((l) => this.labelJson(repo, l)),
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      milestone: null,
      head: branch(p.head),
      base: branch(p.base),
      draft: p.draft,
      merged: false,
      mergeable: null,
      rebaseable: null,
      merged_at: null,
      merge_commit_sha: null,
      merged_by: null,
      active_lock_reason: null,
      auto_merge: null,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: 'OWNER',
      url,
      html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${i.number}`,
      issue_url: `${this.repoUrl(repo)}/issues/${i.number}`,
      _links: {
        self: { href: url },
        html: { href: `https://github.com/${repo.owner}/${repo.name}/pull/${i.number}` },
        issue: { href: `${this.repoUrl(repo)}/issues/${i.number}` },
        comments: { href: `${this.repoUrl(repo)}/issues/${i.number}/comments` },
        review_comments: { href: `${url}/comments` },
        review_comment: { href: `${this.repoUrl(repo)}/pulls/comments{/number}` },
        commits: { href: `${url}/commits` },
        statuses: { href: `${this.repoUrl(repo)}/statuses/${p.head.sha}` },
      },
    });
  }

  repoJson(repo: RepoState): Record<string, unknown> {
    return this.api.sample('repository', {
      id: repo.id,
      node_id: `R_${repo.id}`,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: this.userJson(repo.owner),
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      default_branch: repo.defaultBranch,
      url: this.repoUrl(repo),
      html_url: `https://github.com/${repo.owner}/${repo.name}`,
      license: null,
      mirror_url: null,
      homepage: null,
      language: null,
      description: null,
      pushed_at: '2026-01-01T00:00:00Z',
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
    });
  }
}

/** Start an emulator on a random local port. */
export async function startEmulator(): Promise<GitHubEmulator> {
  return new GitHubEmulator().listen();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function faultReply(f: FaultSpec): Reply {
  const headers: Record<string, string> = {};
  if (f.retryAfter !== undefined && !f.primaryRateLimit) headers['retry-after'] = String(f.retryAfter);
  const status = f.status!;
  if (status === 403 && f.secondaryRateLimit) {
    return {
      status,
      headers,
      body: {
        message: f.message ?? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID EMU.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    };
  }
  if (status === 403 && f.primaryRateLimit) {
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = String(Math.ceil(Date.now() / 1000) + (f.retryAfter ?? 1));
    return { status, headers, body: { message: f.message ?? 'API rate limit exceeded for installation.', documentation_url: DOCS } };
  }
  if (status === 422) {
    return {
      status,
      headers,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: f.message ?? 'body is too long (maximum is 65536 characters)' }],
        documentation_url: DOCS,
      },
    };
  }
  const text: Record<number, string> = { 403: 'Resource not accessible by integration', 404: 'Not Found', 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };
  return { status, headers, body: { message: f.message ?? text[status] ?? 'Error', documentation_url: DOCS } };
}

// ------------------------------------------------------------------ handlers

const MAX_COMMENT = 65536;

function repoOf(ctx: Ctx): RepoState {
  const r = ctx.em.repos.get(`${ctx.params.owner}/${ctx.params.repo}`.toLowerCase());
  if (!r) throw new HttpError(404, 'Not Found');
  return r;
}

function issueOf(ctx: Ctx, repo: RepoState): IssueState {
  const i = repo.issues.get(Number(ctx.params.issue_number ?? ctx.params.pull_number));
  if (!i) throw new HttpError(404, 'Not Found');
  return i;
}

/** Slice a list by `per_page`/`page` and add GitHub's Link header. */
function paginate(ctx: Ctx, items: unknown[]): Reply {
  const perPage = Math.min(Number(ctx.query.per_page ?? 30), 100);
  const page = Math.max(Number(ctx.query.page ?? 1), 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const u = new URL(ctx.em.url + ctx.path);
    for (const [k, v] of Object.entries(ctx.query)) u.searchParams.set(k, v);
    u.searchParams.set('page', String(p));
    return `<${u.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

function login(ctx: Ctx): string {
  if (!ctx.identity) throw new HttpError(401, 'Requires authentication');
  return ctx.identity.login;
}

function names(list: unknown): string[] {
  const arr = Array.isArray(list) ? list : [];
  return arr.map((x) => (typeof x === 'string' ? x : String((x as { name?: unknown; login?: unknown }).name ?? (x as { login?: unknown }).login)));
}

/** GitHub's `assignee` filter: a login, `*` (any) or `none`. */
function assigneeMatches(filter: string | undefined, assignees: string[]): boolean {
  if (filter === undefined || filter === '*') return filter === undefined || assignees.length > 0;
  if (filter === 'none') return assignees.length === 0;
  return assignees.includes(filter);
}

function checkBodyLength(body: unknown, resource: string): void {
  if (typeof body === 'string' && body.length > MAX_COMMENT) throw validationFailed(resource, 'body', `body is too long (maximum is ${MAX_COMMENT} characters)`);
}

type Handler = (ctx: Ctx) => Reply;

/** operationId -> handler. Add an endpoint by adding an entry. */
export const HANDLERS: Record<string, Handler> = {
  'users/get-authenticated': (ctx) => {
    if (!ctx.identity) throw new HttpError(401, 'Requires authentication');
    if (ctx.identity.integration) throw new HttpError(403, 'Resource not accessible by integration');
    const u = ctx.em.userJson(ctx.identity.login);
    return { status: 200, body: ctx.em.api.sample('private-user', { ...u, user_view_type: 'private', name: null, company: null, blog: null, location: null, email: null, hireable: null, bio: null, created_at: now(), updated_at: now() }) };
  },
  'repos/get': (ctx) => {
    const repo = repoOf(ctx);
    const full = ctx.em.api.sample('full-repository', { ...ctx.em.repoJson(repo) });
    return { status: 200, body: full };
  },

  'issues/get': (ctx) => {
    const repo = repoOf(ctx);
    return { status: 200, body: ctx.em.issueJson(repo, issueOf(ctx, repo)) };
  },
  'issues/list-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.state ?? 'open';
    const labels = ctx.query.labels ? ctx.query.labels.split(',').map((l) => l.trim().toLowerCase()) : [];
    let list = [...repo.issues.values()].filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)) &&
        (!ctx.query.creator || i.user === ctx.query.creator) &&
        assigneeMatches(ctx.query.assignee, i.assignees),
    );
    list = list.sort((a, b) => b.number - a.number);
    if (ctx.query.direction === 'asc') list.reverse();
    return paginate(ctx, list.map((i) => ctx.em.issueJson(repo, i)));
  },
  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    checkBodyLength(ctx.body.body, 'Issue');
    const i = ctx.em.addIssue(`${repo.owner}/${repo.name}`, {
      title: String(ctx.body.title),
      body: (ctx.body.body as string | undefined) ?? null,
      labels: names(ctx.body.labels),
      assignees: names(ctx.body.assignees),
      user: login(ctx),
    });
    return { status: 201, body: ctx.em.issueJson(repo, i) };
  },
  'issues/update': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    const b = ctx.body;
    checkBodyLength(b.body, 'Issue');
    if (b.title !== undefined && b.title !== null) i.title = String(b.title);
    if (b.body !== undefined) i.body = b.body as string | null;
    if (b.labels !== undefined) i.labels = names(b.labels);
    for (const l of i.labels) ctx.em.label(repo, l);
    if (b.assignees !== undefined) i.assignees = names(b.assignees);
    if (b.state !== undefined && b.state !== i.state) {
      i.state = b.state as IssueState['state'];
      i.closed_at = i.state === 'closed' ? now() : null;
      i.state_reason = (b.state_reason as IssueState['state_reason']) ?? (i.state === 'closed' ? 'completed' : 'reopened');
    } else if (b.state_reason !== undefined) i.state_reason = b.state_reason as IssueState['state_reason'];
    i.updated_at = now();
    return { status: 200, body: ctx.em.issueJson(repo, i) };
  },
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    return paginate(ctx, repo.comments.filter((c) => c.issue_number === i.number).map((c) => ctx.em.commentJson(repo, c)));
  },
  'issues/get-comment': (ctx) => {
    const repo = repoOf(ctx);
    const c = repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
    if (!c) throw new HttpError(404, 'Not Found');
    return { status: 200, body: ctx.em.commentJson(repo, c) };
  },
  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    checkBodyLength(ctx.body.body, 'IssueComment');
    const c = ctx.em.addComment(`${repo.owner}/${repo.name}`, i.number, String(ctx.body.body), login(ctx));
    return { status: 201, body: ctx.em.commentJson(repo, c) };
  },
  'issues/update-comment': (ctx) => {
    const repo = repoOf(ctx);
    const c = repo.comments.find((x) => x.id === Number(ctx.params.comment_id));
    if (!c) throw new HttpError(404, 'Not Found');
    if (c.user !== login(ctx)) throw new HttpError(403, 'Resource not accessible by integration');
    checkBodyLength(ctx.body.body, 'IssueComment');
    c.body = String(ctx.body.body);
    c.updated_at = now();
    return { status: 200, body: ctx.em.commentJson(repo, c) };
  },
  'issues/list-labels-on-issue': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    return paginate(ctx, i.labels.map((l) => ctx.em.labelJson(repo, l)));
  },
  'issues/add-labels': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    const raw = Array.isArray(ctx.body) ? ctx.body : (ctx.body.labels as unknown);
    for (const l of names(raw)) if (!i.labels.some((x) => x.toLowerCase() === l.toLowerCase())) i.labels.push(ctx.em.label(repo, l).name);
    i.updated_at = now();
    return { status: 200, body: i.labels.map((l) => ctx.em.labelJson(repo, l)) };
  },
  'issues/add-assignees': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    for (const a of names(ctx.body.assignees)) if (!i.assignees.includes(a)) i.assignees.push(a);
    i.updated_at = now();
    return { status: 201, body: ctx.em.issueJson(repo, i) };
  },

  'checks/create': (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body as { name: string; head_sha: string; status?: string; conclusion?: string; details_url?: string; external_id?: string; started_at?: string; completed_at?: string; output?: { title?: string; summary?: string; text?: string; annotations?: Array<Record<string, unknown>> } };
    if (b.status === 'completed' && !b.conclusion) throw validationFailed('CheckRun', 'conclusion', 'conclusion is required when status is completed');
    const completed = b.conclusion !== undefined || b.status === 'completed';
    const r: CheckRunState = {
      id: ctx.em.id(),
      name: b.name,
      head_sha: b.head_sha,
      status: completed ? 'completed' : ((b.status as CheckRunState['status']) ?? 'queued'),
      conclusion: b.conclusion ?? null,
      title: b.output?.title ?? null,
      summary: b.output?.summary ?? null,
      text: b.output?.text ?? null,
      annotations: [...(b.output?.annotations ?? [])],
      started_at: b.started_at ?? now(),
      completed_at: completed ? (b.completed_at ?? now()) : null,
      details_url: b.details_url ?? null,
      external_id: b.external_id ?? null,
    };
    repo.checkRuns.push(r);
    return { status: 201, body: ctx.em.checkRunJson(repo, r) };
  },
  'checks/update': (ctx) => {
    const repo = repoOf(ctx);
    const r = repo.checkRuns.find((x) => x.id === Number(ctx.params.check_run_id));
    if (!r) throw new HttpError(404, 'Not Found');
    const b = ctx.body as { name?: string; status?: string; conclusion?: string; completed_at?: string; output?: { title?: string; summary?: string; text?: string; annotations?: Array<Record<string, unknown>> } };
    if (b.name) r.name = b.name;
    if (b.conclusion) {
      r.conclusion = b.conclusion;
      r.status = 'completed';
      r.completed_at = b.completed_at ?? now();
    } else if (b.status) r.status = b.status as CheckRunState['status'];
    if (b.output) {
      if (b.output.title !== undefined) r.title = b.output.title;
      if (b.output.summary !== undefined) r.summary = b.output.summary;
      if (b.output.text !== undefined) r.text = b.output.text;
      // GitHub appends annotations across updates.
      r.annotations.push(...(b.output.annotations ?? []));
    }
    return { status: 200, body: ctx.em.checkRunJson(repo, r) };
  },
  'checks/list-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    // filter=latest (the default) keeps the newest run per name; all keeps every one.
    let runs = repo.checkRuns.filter((r) => r.head_sha === ctx.params.ref && (!ctx.query.check_name || r.name === ctx.query.check_name));
    if ((ctx.query.filter ?? 'latest') === 'latest') runs = runs.filter((r) => !runs.some((o) => o.name === r.name && o.id > r.id));
    const perPage = Math.min(Number(ctx.query.per_page ?? 30), 100);
    const page = Math.max(Number(ctx.query.page ?? 1), 1);
    const list = [...runs].reverse().slice((page - 1) * perPage, page * perPage);
    return { status: 200, body: { total_count: runs.length, check_runs: list.map((r) => ctx.em.checkRunJson(repo, r)) } };
  },
  'checks/get': (ctx) => {
    const repo = repoOf(ctx);
    const r = repo.checkRuns.find((x) => x.id === Number(ctx.params.check_run_id));
    if (!r) throw new HttpError(404, 'Not Found');
    return { status: 200, body: ctx.em.checkRunJson(repo, r) };
  },
  'checks/list-annotations': (ctx) => {
    const repo = repoOf(ctx);
    const r = repo.checkRuns.find((x) => x.id === Number(ctx.params.check_run_id));
    if (!r) throw new HttpError(404, 'Not Found');
    return paginate(
      ctx,
      r.annotations.map((a) =>
        ctx.em.api.sample('check-annotation', {
          path: a.path,
          start_line: a.start_line,
          end_line: a.end_line,
          start_column: a.start_column ?? null,
          end_column: a.end_column ?? null,
          annotation_level: a.annotation_level,
          title: a.title ?? null,
          message: a.message,
          raw_details: a.raw_details ?? null,
          blob_href: `https://github.com/${repo.owner}/${repo.name}/blob/${r.head_sha}/${String(a.path)}`,
        }),
      ),
    );
  },

  'pulls/get': (ctx) => {
    const repo = repoOf(ctx);
    const i = issueOf(ctx, repo);
    if (!i.pull) throw new HttpError(404, 'Not Found');
    return { status: 200, body: ctx.em.pullJson(repo, i) };
  },
  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    const headSha = repo.refs.get(`refs/heads/${b.head}`);
    const baseSha = repo.refs.get(`refs/heads/${b.base}`);
    if (!headSha) throw validationFailed('PullRequest', 'head', `head ${b.head} does not exist`);
    if (!baseSha) throw validationFailed('PullRequest', 'base', `base ${b.base} does not exist`);
    const i = ctx.em.addPull(`${repo.owner}/${repo.name}`, { title: b.title ?? b.head, body: b.body, headSha, baseSha, headRef: b.head, baseRef: b.base, user: login(ctx), draft: b.draft });
    return { status: 201, body: ctx.em.pullJson(repo, i) };
  },

  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    const sha = repo.refs.get(ref);
    if (!sha) throw new HttpError(404, 'Not Found');
    return { status: 200, body: refJson(ctx, repo, ref, sha) };
  },
  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    const { ref, sha } = ctx.body as { ref: string; sha: string };
    if (!/^refs\/.+\/.+/.test(ref)) throw validationFailed('Reference', 'ref', `${ref} is not a valid ref name`);
    if (repo.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
    repo.refs.set(ref, sha);
    return { status: 201, body: refJson(ctx, repo, ref, sha) };
  },
  'git/update-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = `refs/${ctx.params.ref}`;
    if (!repo.refs.has(ref)) throw new HttpError(422, 'Reference does not exist');
    const sha = String(ctx.body.sha);
    repo.refs.set(ref, sha);
    // Files are kept per branch, not per commit: a branch moved to another branch's head gets its files.
    if (ref.startsWith('refs/heads/')) {
      const branch = ref.slice('refs/heads/'.length);
      const from = [...repo.refs].find(([r, s]) => r !== ref && s === sha && r.startsWith('refs/heads/'))?.[0].slice('refs/heads/'.length);
      for (const key of [...repo.files.keys()]) if (key.startsWith(`${branch}:`)) repo.files.delete(key);
      if (from) for (const [key, f] of [...repo.files]) if (key.startsWith(`${from}:`)) repo.files.set(`${branch}:${key.slice(from.length + 1)}`, { ...f });
    }
    return { status: 200, body: refJson(ctx, repo, ref, sha) };
  },
  'repos/get-content': (ctx) => {
    const repo = repoOf(ctx);
    const branch = ctx.query.ref ?? repo.defaultBranch;
    const f = repo.files.get(`${branch}:${ctx.params.path}`);
    if (!f) throw new HttpError(404, 'Not Found');
    const url = `${ctx.em.repoUrl(repo)}/contents/${ctx.params.path}?ref=${encodeURIComponent(branch)}`;
    const html = `https://github.com/${repo.owner}/${repo.name}/blob/${branch}/${ctx.params.path}`;
    const git = `${ctx.em.repoUrl(repo)}/git/blobs/${f.sha}`;
    return {
      status: 200,
      body: ctx.em.api.sample('content-file', {
        type: 'file',
        encoding: 'base64',
        size: Buffer.byteLength(f.content),
        name: ctx.params.path.split('/').pop(),
        path: ctx.params.path,
        content: Buffer.from(f.content, 'utf8').toString('base64'),
        sha: f.sha,
        url,
        git_url: git,
        html_url: html,
        download_url: null,
        _links: { self: url, git, html },
      }),
    };
  },
  'repos/create-or-update-file-contents': (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body as { message: string; content: string; branch?: string; sha?: string };
    const branch = b.branch ?? repo.defaultBranch;
    const headRef = `refs/heads/${branch}`;
    if (!repo.refs.has(headRef)) throw new HttpError(404, `Branch ${branch} not found`);
    const key = `${branch}:${ctx.params.path}`;
    const existing = repo.files.get(key);
    if (existing && b.sha !== existing.sha) throw new HttpError(409, `${ctx.params.path} does not match ${b.sha ?? '(no sha)'}`);
    const content = Buffer.from(b.content, 'base64').toString('utf8');
    const blobSha = sha1(`blob ${content}`);
    repo.files.set(key, { content, sha: blobSha });
    const commitSha = sha1(`${repo.refs.get(headRef)}:${key}:${blobSha}`);
    repo.refs.set(headRef, commitSha);
    const body = ctx.em.api.sample('file-commit', {
      content: { name: ctx.params.path.split('/').pop(), path: ctx.params.path, sha: blobSha, size: content.length, type: 'file' },
      commit: { sha: commitSha, message: b.message },
    });
    return { status: existing ? 200 : 201, body };
  },
};

function refJson(ctx: Ctx, repo: RepoState, ref: string, sha: string): Record<string, unknown> {
  return ctx.em.api.sample('git-ref', {
    ref,
    node_id: `REF_${sha.slice(0, 8)}`,
    url: `${ctx.em.repoUrl(repo)}/git/${ref}`,
    object: { type: 'commit', sha, url: `${ctx.em.repoUrl(repo)}/git/commits/${sha}` },
  });
}
