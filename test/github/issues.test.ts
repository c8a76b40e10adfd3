import { describe, expect, it } from 'vitest';
import {
  createIssue,
  fetchIssueTitles,
  MAX_TITLE_GETS,
  parseIssueRef,
  postFilePullRequest,
  readCommentWithMarker,
  readIssue,
  readIssues,
  readPull,
  readPullLabels,
  reopenIssue,
} from '../../src/adapters/github.js';
import { TOKENS } from '../emulator/server.js';
import { freshRepo, testClient, useEmulator } from './helpers.js';

const emulator = useEmulator();

const callsFor = (full: string) => emulator().log.filter((c) => c.path.startsWith(`/repos/${full}/`) || c.path === `/repos/${full}`);

describe('parseIssueRef', () => {
  it.each([
    [12, { owner: 'acme', repo: 'agent', number: 12 }],
    ['12', { owner: 'acme', repo: 'agent', number: 12 }],
    ['#12', { owner: 'acme', repo: 'agent', number: 12 }],
    ['other-org/tools.js#7', { owner: 'other-org', repo: 'tools.js', number: 7 }],
    ['see #12', null],
    [0, null],
    ['acme/agent#', null],
  ])('%j -> %j', (ref, expected) => {
    expect(parseIssueRef(ref, { owner: 'acme', repo: 'agent' })).toEqual(expected);
  });
});

describe('fetchIssueTitles', () => {
  it('reads a few issues with one GET each and keys them by the ref as written', async () => {
    const r = freshRepo(emulator());
    const a = emulator().addIssue(r.full, { title: 'Refund tool called twice', state: 'closed', state_reason: 'completed' });
    const b = emulator().addIssue(r.full, { title: 'Hallucinated order id' });
    const { client } = testClient(emulator());
    const titles = await fetchIssueTitles(client, r, [a.number, `#${b.number}`, a.number]);
    expect(titles.get(String(a.number))).toMatchObject({ title: 'Refund tool called twice', state: 'closed', state_reason: 'completed' });
    expect(titles.get(`#${b.number}`)?.title).toBe('Hallucinated order id');
    expect(callsFor(r.full).map((c) => c.operationId)).toEqual(['issues/get', 'issues/get']);
    emulator().assertNoViolations();
  });

  it('fetches exactly the issues named, whatever the repository holds: calls follow the refs, not the issue count', async () => {
    const r = freshRepo(emulator());
    for (let n = 1; n <= 3000; n++) emulator().addIssue(r.full, { title: `issue ${n}`, state: n % 2 ? 'closed' : 'open' });
    const wanted = [2999, 1500, 17, 3, 2400, 2401];
    const { client } = testClient(emulator());
    const titles = await fetchIssueTitles(client, r, wanted);
    expect(wanted.map((n) => titles.get(String(n))?.title)).toEqual(wanted.map((n) => `issue ${n}`));
    expect(callsFor(r.full).map((c) => c.path).sort()).toEqual(wanted.map((n) => `/repos/${r.full}/issues/${n}`).sort());
    emulator().assertNoViolations();
  });

  it(`is bounded: at most ${MAX_TITLE_GETS} GETs; the rest are shown by number`, async () => {
    const r = freshRepo(emulator());
    for (let n = 1; n <= 40; n++) emulator().addIssue(r.full, { title: `issue ${n}` });
    const { client, logs } = testClient(emulator());
    const titles = await fetchIssueTitles(client, r, Array.from({ length: 40 }, (_, i) => i + 1));
    expect(titles.size).toBe(MAX_TITLE_GETS);
    expect(callsFor(r.full)).toHaveLength(MAX_TITLE_GETS);
    expect(logs.join('\n')).toMatch(/40 guarded issues to title; looking up the first 25/);
  });

  it('leaves out issues it cannot read, skips malformed refs and warns', async () => {
    const r = freshRepo(emulator());
    const other = freshRepo(emulator());
    const x = emulator().addIssue(other.full, { title: 'cross-repo guard' });
    const { client, logs } = testClient(emulator());
    const titles = await fetchIssueTitles(client, r, [404, `${other.full}#${x.number}`, 'not a ref']);
    expect([...titles.keys()]).toEqual([`${other.full}#${x.number}`]);
    expect(logs.join('\n')).toMatch(/"not a ref" is not an issue number/);
    expect(logs.join('\n')).toMatch(/could not read issue .*#404/);
  });
});

describe('reads', () => {
  it('readPullLabels, readPull and readIssue', async () => {
    const r = freshRepo(emulator());
    const pr = emulator().addPull(r.full, { title: 'tune prompt', headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), headRef: 'tune', labels: ['evalgate:skip', 'prompt'] });
    const { client } = testClient(emulator());
    expect(await readPullLabels(client, r, pr.number)).toEqual({ ok: true, value: ['evalgate:skip', 'prompt'] });
    expect(await readPull(client, r, pr.number)).toMatchObject({
      ok: true,
      value: { number: pr.number, head: { sha: 'a'.repeat(40), ref: 'tune', repo: r.full }, base: { sha: 'b'.repeat(40), ref: 'main' }, labels: ['evalgate:skip', 'prompt'] },
    });
    expect(await readIssue(client, r, 77)).toMatchObject({ ok: false, status: 404, reason: 'not_found' });
    emulator().assertNoViolations();
  });

  it('retries reads through transient 5xx, and reports `unavailable` when GitHub stays down', async () => {
    const r = freshRepo(emulator());
    const i = emulator().addIssue(r.full, { title: 'flaky api' });
    const { client } = testClient(emulator());
    const route = { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}' };
    emulator().fault({ ...route, status: 502, times: 2 });
    expect(await readIssue(client, r, i.number)).toMatchObject({ ok: true, value: { title: 'flaky api' } });
    emulator().fault({ ...route, status: 503, times: 10 });
    expect(await readIssue(client, r, i.number)).toMatchObject({ ok: false, status: 503, reason: 'unavailable' });
    // 1 try + 3 retries, then give up.
    expect(callsFor(r.full).filter((c) => c.status === 503)).toHaveLength(4);
  });

  it('readIssues filters by state, labels and creator and skips pull requests', async () => {
    const r = freshRepo(emulator());
    emulator().addIssue(r.full, { title: 'a', labels: ['agent-failure', 'fix:prompt'], user: 'github-actions[bot]' });
    emulator().addIssue(r.full, { title: 'b', labels: ['agent-failure'], state: 'closed' });
    emulator().addIssue(r.full, { title: 'c', labels: ['other'] });
    emulator().addPull(r.full, { title: 'pr', headSha: 'a', baseSha: 'b', labels: ['agent-failure'] });
    const { client } = testClient(emulator());
    const titles = async (f: Parameters<typeof readIssues>[2]) => {
      const res = await readIssues(client, r, f);
      return res.ok ? res.value.map((i) => i.title) : res;
    };
    expect(await titles({ labels: ['agent-failure'] })).toEqual(['a']);
    expect(await titles({ state: 'all', labels: ['agent-failure'] })).toEqual(['b', 'a']);
    expect(await titles({ state: 'all', creator: 'github-actions[bot]' })).toEqual(['a']);
    emulator().assertNoViolations();
  });
});

describe('writes for the nightly and scaffold loops', () => {
  it('reopenIssue reopens, labels and assigns; a read-only token gets not_permitted', async () => {
    const r = freshRepo(emulator());
    const i = emulator().addIssue(r.full, { title: 'loop on refund', state: 'closed', state_reason: 'completed', labels: ['agent-failure'] });
    const ro = testClient(emulator(), TOKENS.actionsReadOnly).client;
    expect(await reopenIssue(ro, r, i.number, { labels: ['regression'] })).toMatchObject({ ok: false, reason: 'not_permitted' });
    expect(i.state).toBe('closed');
    const { client } = testClient(emulator());
    const res = await reopenIssue(client, r, i.number, { labels: ['regression'], assignees: ['alice'] });
    expect(res).toMatchObject({ ok: true, value: { state: 'open', labels: ['agent-failure', 'regression'], assignees: ['alice'] } });
    expect(i).toMatchObject({ state: 'open', state_reason: 'reopened', labels: ['agent-failure', 'regression'], assignees: ['alice'] });
    emulator().assertNoViolations();
  });

  it('createIssue and readCommentWithMarker', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    const res = await createIssue(client, r, { title: 'bad_output in checkout', body: 'evidence', labels: ['agent-failure', 'fix:prompt'], assignees: ['bob'] });
    expect(res).toMatchObject({ ok: true, value: { title: 'bad_output in checkout', labels: ['agent-failure', 'fix:prompt'], assignees: ['bob'], author: 'github-actions[bot]' } });
    const n = res.ok ? res.value.number : 0;
    expect(await readCommentWithMarker(client, r, n, '<!-- evalgate:reopen abc -->')).toEqual({ ok: true, value: null });
    emulator().addComment(r.full, n, 'evidence\n<!-- evalgate:reopen abc -->', 'github-actions[bot]');
    expect(await readCommentWithMarker(client, r, n, '<!-- evalgate:reopen abc -->')).toMatchObject({ ok: true, value: { author: 'github-actions[bot]' } });
    emulator().assertNoViolations();
  });

  it('postFilePullRequest branches, commits the file and opens a PR', async () => {
    const r = freshRepo(emulator());
    const { client } = testClient(emulator());
    const res = await postFilePullRequest(client, r, {
      branch: 'evalgate/case-issue-12',
      path: 'evals/cases/checkout/issue-12.yaml',
      content: 'id: issue-12\nguards: 12\n',
      message: 'evalgate: add case for #12',
      title: 'Add eval case guarding #12',
      body: 'Scaffolded from #12',
    });
    expect(res.ok).toBe(true);
    const repo = emulator().mustRepo(r.full);
    expect(repo.files.get('evalgate/case-issue-12:evals/cases/checkout/issue-12.yaml')?.content).toBe('id: issue-12\nguards: 12\n');
    const pr = [...repo.issues.values()].find((i) => i.pull);
    expect(pr?.pull).toMatchObject({ head: { ref: 'evalgate/case-issue-12' }, base: { ref: 'main' } });
    expect(callsFor(r.full).map((c) => c.operationId)).toEqual(['repos/get', 'git/get-ref', 'git/create-ref', 'repos/create-or-update-file-contents', 'pulls/create']);
    emulator().assertNoViolations();
  });
});
