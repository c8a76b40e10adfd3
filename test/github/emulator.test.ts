// The emulator's own contract checks: if these fail, adapter tests prove nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HANDLERS, startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';

let gh: GitHubEmulator;
beforeAll(async () => {
  gh = await startEmulator();
  gh.addRepo('acme/agent');
});
afterEach(() => {
  gh.violations.length = 0;
  gh.clearFaults();
});
afterAll(async () => {
  await gh?.stop();
});

async function call(method: string, path: string, body?: unknown, token: string = TOKENS.actions) {
  const res = await fetch(gh.url + path, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

describe('request validation against the OpenAPI description', () => {
  it.each([
    ['a check run without name', 'POST', '/repos/acme/agent/check-runs', { head_sha: 'a'.repeat(40) }, 'invalid_request', /name/],
    ['a check run with 51 annotations', 'POST', '/repos/acme/agent/check-runs', {
      name: 'n', head_sha: 'a', output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' })) },
    }, 'invalid_request', /50/],
    ['a bad conclusion', 'POST', '/repos/acme/agent/check-runs', { name: 'n', head_sha: 'a', conclusion: 'green' }, 'invalid_request', /conclusion|allowed/],
    ['a comment without body', 'POST', '/repos/acme/agent/issues/1/comments', { text: 'x' }, 'invalid_request', /body/],
    ['a non-numeric issue number', 'GET', '/repos/acme/agent/issues/abc', undefined, 'invalid_request', /issue_number/],
    ['an unknown path', 'GET', '/repos/acme/agent/no-such-thing', undefined, 'unknown_operation', /no operation/],
    ['an unknown query parameter', 'GET', '/repos/acme/agent/issues?colour=red', undefined, 'invalid_request', /colour/],
    ['a bad enum in a query', 'GET', '/repos/acme/agent/issues?state=done', undefined, 'invalid_request', /state/],
  ])('rejects %s with 400 and records a violation', async (_label, method, path, body, kind, problem) => {
    const res = await call(method, path, body);
    expect(res.status).toBe(400);
    expect(gh.violations).toHaveLength(1);
    expect(gh.violations[0].kind).toBe(kind);
    expect(gh.violations[0].problems.join(' ')).toMatch(problem);
    expect(() => gh.assertNoViolations()).toThrow(/contract violation/);
  });

  it('flags an implemented-nowhere operation as not_implemented', async () => {
    const res = await call('GET', '/repos/acme/agent/releases');
    expect(res.status).toBe(400);
    expect(gh.violations[0]).toMatchObject({ kind: 'not_implemented', operationId: 'repos/list-releases' });
  });

  it('validates its own responses (a broken handler is caught, answered 500)', async () => {
    const original = HANDLERS['issues/get'];
    HANDLERS['issues/get'] = () => ({ status: 200, body: { number: 'one', title: 5 } });
    try {
      gh.addIssue('acme/agent', { title: 'x' });
      const res = await call('GET', '/repos/acme/agent/issues/1');
      expect(res.status).toBe(500);
      expect(gh.violations[0].kind).toBe('invalid_response');
    } finally {
      HANDLERS['issues/get'] = original;
    }
  });

  it('accepts valid requests and logs every call', async () => {
    const before = gh.log.length;
    const issue = gh.addIssue('acme/agent', { title: 'Agent loops on refund', labels: ['agent-failure'] });
    const res = await call('GET', `/repos/acme/agent/issues/${issue.number}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ number: issue.number, title: 'Agent loops on refund', state: 'open' });
    expect((res.body.labels as Array<{ name: string }>).map((l) => l.name)).toEqual(['agent-failure']);
    expect(gh.log.slice(before)).toMatchObject([{ method: 'GET', status: 200, operationId: 'issues/get', template: '/repos/{owner}/{repo}/issues/{issue_number}' }]);
    gh.assertNoViolations();
  });

  it('answers GET /user 403 for GITHUB_TOKEN and the login for a personal token', async () => {
    expect((await call('GET', '/user')).status).toBe(403);
    expect((await call('GET', '/user', undefined, TOKENS.user)).body).toMatchObject({ login: 'octo-user' });
    expect((await call('GET', '/user', undefined, 'ghp_bogus')).status).toBe(401);
    gh.assertNoViolations();
  });

  it('enforces GitHub limits natively (65536-char comment bodies)', async () => {
    const i = gh.addIssue('acme/agent', { title: 't' });
    const res = await call('POST', `/repos/acme/agent/issues/${i.number}/comments`, { body: 'x'.repeat(65537) });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toMatch(/body is too long \(maximum is 65536 characters\)/);
    gh.assertNoViolations();
  });
});

describe('faults', () => {
  it('fires `times` times on the matching route only, with retry-after', async () => {
    const i = gh.addIssue('acme/agent', { title: 't' });
    gh.fault({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}', status: 403, secondaryRateLimit: true, retryAfter: 7, times: 2 });
    const a = await call('GET', `/repos/acme/agent/issues/${i.number}`);
    expect(a.status).toBe(403);
    expect(a.headers.get('retry-after')).toBe('7');
    expect(a.body.message).toMatch(/You have exceeded a secondary rate limit/);
    expect((await call('GET', '/repos/acme/agent')).status).toBe(200);
    expect((await call('GET', `/repos/acme/agent/issues/${i.number}`)).status).toBe(403);
    expect((await call('GET', `/repos/acme/agent/issues/${i.number}`)).status).toBe(200);
    expect(gh.pendingFaults()).toHaveLength(0);
  });

  it('matches a regex path and can apply the write before failing', async () => {
    const i = gh.addIssue('acme/agent', { title: 't' });
    gh.fault({ path: /\/comments$/, status: 502, applyWrite: true });
    const res = await call('POST', `/repos/acme/agent/issues/${i.number}/comments`, { body: 'hello' });
    expect(res.status).toBe(502);
    expect(gh.issueComments('acme/agent', i.number).map((c) => c.body)).toEqual(['hello']);
    expect(gh.log.at(-1)).toMatchObject({ fault: true, status: 502 });
  });

  it('paginates lists with a Link header', async () => {
    gh.addRepo('acme/many');
    for (let n = 0; n < 5; n++) gh.addIssue('acme/many', { title: `i${n}` });
    const res = await call('GET', '/repos/acme/many/issues?per_page=2&page=2');
    expect((res.body as unknown as Array<{ number: number }>).map((x) => x.number)).toEqual([3, 2]);
    expect(res.headers.get('link')).toMatch(/page=3>; rel="next"/);
    gh.assertNoViolations();
  });
});
