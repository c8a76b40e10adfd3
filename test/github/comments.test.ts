import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_CHARS, postCheckRun, postComment, truncateBody, upsertStickyComment } from '../../src/adapters/github.js';
import { TOKENS } from '../emulator/server.js';
import { freshRepo, testClient, useEmulator } from './helpers.js';

const emulator = useEmulator();

const MARKER = '<!-- evalgate:benchmark -->';
const CREATE = { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' };
/** Comment creates logged for one test repository. */
const creates = (r: { full: string }) => emulator().calls(CREATE).filter((c) => c.path.startsWith(`/repos/${r.full}/`));

describe('upsertStickyComment', () => {
  it('creates once, updates in place, and skips an unchanged body', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 'change prompt', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client } = testClient(emulator());
    const start = emulator().log.length;

    const first = await upsertStickyComment(client, r, pr.number, MARKER, 'report v1');
    expect(first).toMatchObject({ ok: true, value: { action: 'created' } });
    const second = await upsertStickyComment(client, r, pr.number, MARKER, 'report v2');
    expect(second).toMatchObject({ ok: true, value: { action: 'updated' } });
    const before = emulator().log.length;
    const third = await upsertStickyComment(client, r, pr.number, MARKER, 'report v2');
    expect(third).toMatchObject({ ok: true, value: { action: 'unchanged' } });
    expect(emulator().log.slice(before).filter((c) => c.method !== 'GET')).toHaveLength(0);

    const comments = emulator().issueComments(r.full, pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].user).toBe('github-actions[bot]');
    expect(comments[0].body).toContain(MARKER);
    expect(comments[0].body).toContain('report v2');
    // GITHUB_TOKEN (an installation token): GET /user, always 403 for it, is never asked.
    expect(emulator().log.slice(start).filter((c) => c.operationId === 'users/get-authenticated')).toHaveLength(0);
    emulator().assertNoViolations();
  });

  it("does not take over someone else's comment that quotes the marker", async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const quoted = emulator().addComment(r.full, pr.number, `look at this: ${MARKER} old report`, 'octo-user');
    const { client } = testClient(emulator());
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'fresh');
    expect(res).toMatchObject({ ok: true, value: { action: 'created' } });
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(2);
    expect(quoted.body).toContain('old report');
  });

  it('with a personal token, matches comments by the /user login', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    emulator().addComment(r.full, pr.number, `${MARKER}\nby the bot`, 'github-actions[bot]');
    const { client } = testClient(emulator(), TOKENS.user);
    expect(await upsertStickyComment(client, r, pr.number, MARKER, 'mine')).toMatchObject({ ok: true, value: { action: 'created' } });
    expect(await upsertStickyComment(client, r, pr.number, MARKER, 'mine 2')).toMatchObject({ ok: true, value: { action: 'updated' } });
    const bodies = emulator().issueComments(r.full, pr.number).map((c) => `${c.user}: ${c.body.replace(MARKER + '\n', '')}`);
    expect(bodies).toEqual(['github-actions[bot]: by the bot', 'octo-user: mine 2']);
    emulator().assertNoViolations();
  });

  it('finds its comment beyond the first page of 100', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    for (let i = 0; i < 130; i++) emulator().addComment(r.full, pr.number, `chatter ${i}`);
    emulator().addComment(r.full, pr.number, `${MARKER}\nold`, 'github-actions[bot]');
    const { client } = testClient(emulator());
    expect(await upsertStickyComment(client, r, pr.number, MARKER, 'new')).toMatchObject({ ok: true, value: { action: 'updated' } });
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(131);
  });

  it.each([
    ['the write was lost (server never acted)', false, 2],
    ['the response was lost (server acted)', true, 1],
  ])('a 502 on create when %s leaves exactly one comment', async (_label, applyWrite, posts) => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client, logs } = testClient(emulator());
    emulator().fault({ ...CREATE, status: 502, applyWrite });
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'report');
    expect(res).toMatchObject({ ok: true, value: { action: 'created' } });
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(1);
    expect(creates(r)).toHaveLength(posts);
    expect(logs.join('\n')).toMatch(/checking whether it was written/);
  });

  it('a create that times out after GitHub wrote it does not post twice', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client } = testClient(emulator(), TOKENS.actions, 300);
    emulator().fault({ ...CREATE, delayMs: 800 });
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'report');
    expect(res.ok).toBe(true);
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(1);
  });

  it.each([
    ['with retry-after: 1', 1],
    ['without retry-after', undefined],
  ])('a 403 secondary rate limit %s succeeds after a retry and warns', async (_label, retryAfter) => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client, logs } = testClient(emulator());
    emulator().fault({ ...CREATE, status: 403, secondaryRateLimit: true, retryAfter });
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'report');
    expect(res).toMatchObject({ ok: true, value: { action: 'created' } });
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(1);
    expect(creates(r).map((c) => c.status)).toEqual([403, 201]);
    expect(logs.join('\n')).toMatch(/secondary rate limit.*retrying in (1|60)s/);
  });

  it('gives up after 2 rate-limit retries with a rate_limited result', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client } = testClient(emulator());
    emulator().fault({ ...CREATE, status: 403, secondaryRateLimit: true, retryAfter: 1, times: 3 });
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'report');
    expect(res).toMatchObject({ ok: false, status: 403, reason: 'rate_limited' });
    expect(creates(r)).toHaveLength(3);
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(0);
    expect(emulator().pendingFaults()).toHaveLength(0);
  });

  it('a primary rate limit (remaining 0) is waited out and retried', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client, logs } = testClient(emulator());
    emulator().fault({ ...CREATE, status: 403, primaryRateLimit: true, retryAfter: 1 });
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'report');
    expect(res, JSON.stringify(res) + logs.join('\n')).toMatchObject({ ok: true });
    expect(logs.join('\n')).toMatch(/primary rate limit/);
  });

  it('on 422 "body is too long" posts a truncated body once', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client } = testClient(emulator());
    emulator().fault({ ...CREATE, status: 422 });
    // 30k chars of 3-byte characters: under the character limit, over it in bytes.
    const body = '## Report\n' + '界'.repeat(30_000);
    const res = await upsertStickyComment(client, r, pr.number, MARKER, body);
    expect(res).toMatchObject({ ok: true, value: { action: 'created', truncated: true } });
    const [c] = emulator().issueComments(r.full, pr.number);
    expect(Buffer.byteLength(c.body)).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(c.body.startsWith(MARKER)).toBe(true);
    expect(c.body).toContain('Truncated');
    expect(creates(r).map((x) => x.status)).toEqual([422, 201]);
  });

  it('cuts a body over 65536 characters before posting, keeping the marker', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client } = testClient(emulator());
    const res = await upsertStickyComment(client, r, pr.number, MARKER, 'line\n'.repeat(20_000));
    expect(res).toMatchObject({ ok: true, value: { truncated: true } });
    const [c] = emulator().issueComments(r.full, pr.number);
    expect(c.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(c.body.startsWith(MARKER)).toBe(true);
    expect(creates(r)).toHaveLength(1);
    // Re-posting the same oversized report is recognised as unchanged.
    expect(await upsertStickyComment(client, r, pr.number, MARKER, 'line\n'.repeat(20_000))).toMatchObject({ ok: true, value: { action: 'unchanged' } });
    emulator().assertNoViolations();
  });

  it('returns not_found for a missing issue and not_permitted for a read-only token', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    expect(await upsertStickyComment(client, r, 999, MARKER, 'x')).toMatchObject({ ok: false, status: 404, reason: 'not_found' });
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const ro = testClient(emulator(), TOKENS.actionsReadOnly).client;
    expect(await upsertStickyComment(ro, r, pr.number, MARKER, 'x')).toMatchObject({ ok: false, status: 403, reason: 'not_permitted' });
    expect(emulator().issueComments(r.full, pr.number)).toHaveLength(0);
  });
});

describe('redaction', () => {
  it('redacts every posted text: comment, check run summary and annotations', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 't', headSha: '1'.repeat(40), baseSha: '2'.repeat(40) });
    const { client } = testClient(emulator(), TOKENS.actions, 5000, (t) => t.replaceAll('sk-live-123', '***'));
    await upsertStickyComment(client, r, pr.number, MARKER, 'key sk-live-123 leaked');
    await postCheckRun(client, r, { name: 'n', headSha: '1'.repeat(40), conclusion: 'failure', title: 'sk-live-123', summary: 'sk-live-123', annotations: [{ path: 'a.yaml', start_line: 1, annotation_level: 'failure', message: 'got sk-live-123' }] });
    const posted = JSON.stringify(emulator().log.slice(-6).map((c) => c.body));
    expect(posted).not.toContain('sk-live-123');
    expect(emulator().issueComments(r.full, pr.number)[0].body).toContain('key *** leaked');
  });
});

describe('truncateBody', () => {
  it.each([
    ['an open code fence', 'intro\n```json\n' + '{"a":1}\n'.repeat(5000), /```\n\n> ✂️/],
    ['an open <details>', '<details><summary>evidence</summary>\n\n' + 'trace line\n'.repeat(5000), /<\/details>\n\n> ✂️/],
  ])('closes %s', (_label, body, closing) => {
    const out = truncateBody(body, 10_000);
    expect(out.length).toBeLessThanOrEqual(10_000);
    expect(out).toMatch(closing);
  });

  it('never splits a surrogate pair and leaves short bodies alone', () => {
    const out = truncateBody('😀'.repeat(10_000), 5001);
    expect(out.length).toBeLessThanOrEqual(5001);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out)).toBe(false);
    expect(truncateBody('short', 10)).toBe('short');
  });
});

describe('postComment with a marker', () => {
  const CREATE = { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' };

  it('a create whose response was lost (502 after the write) is found by re-reading: ok, posted once', async () => {
    const r = freshRepo(emulator());
    const issue = emulator().addIssue(r.full, { title: 'regressed' });
    emulator().fault({ ...CREATE, status: 502, applyWrite: true });
    const { client } = testClient(emulator());
    const got = await postComment(client, r, issue.number, '<!-- evalgate:reopen case=x commit=1 -->\nevidence', { marker: '<!-- evalgate:reopen case=x commit=1 -->' });
    expect(got.ok).toBe(true);
    expect(emulator().issueComments(r.full, issue.number)).toHaveLength(1);
  });

  it('a 502 that did not write is still a failure; without a marker nothing is re-read', async () => {
    const r = freshRepo(emulator());
    const issue = emulator().addIssue(r.full, { title: 'regressed' });
    emulator().fault({ ...CREATE, status: 502 });
    const { client } = testClient(emulator());
    expect(await postComment(client, r, issue.number, '<!-- m -->\nx', { marker: '<!-- m -->' })).toMatchObject({ ok: false, status: 502 });
    // Someone else's comment carrying the marker does not count as ours.
    emulator().addComment(r.full, issue.number, '<!-- m -->\nspoof', 'mallory');
    emulator().fault({ ...CREATE, status: 502 });
    expect(await postComment(client, r, issue.number, '<!-- m -->\nx', { marker: '<!-- m -->' })).toMatchObject({ ok: false, status: 502 });
    const start = emulator().log.length;
    emulator().fault({ ...CREATE, status: 502, applyWrite: true });
    expect(await postComment(client, r, issue.number, 'plain')).toMatchObject({ ok: false, status: 502 });
    expect(emulator().log.slice(start).map((c) => c.method)).toEqual(['POST']);
  });
});
