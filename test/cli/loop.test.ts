// `evalgate scaffold` and `evalgate ingest` through the CLI entry (in process), on temp directories.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { main, type Io } from '../../src/cli/main.js';
import { startEmulator, TOKENS } from '../emulator/server.js';
import { FAILING_TRACE, renderAgentFailureBody, SIGNALS, SIGNALS_EXPECTED } from '../e2e/loop-fixtures.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'evalgate-cli-loop-'));
  writeFileSync(join(dir, 'evalgate.yml'), 'harness:\n  command: node agent.js\ntrials: 3\nowners:\n  refund: [alice]\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { cwd: dir, env, stdout: (t) => (out += t), stderr: (t) => (err += t), tty: false };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The issue as `GET /repos/acme/agent/issues/142` returns it (trimmed to realistic fields). */
const ISSUE = {
  url: 'https://api.github.com/repos/acme/agent/issues/142',
  repository_url: 'https://api.github.com/repos/acme/agent',
  html_url: 'https://github.com/acme/agent/issues/142',
  id: 2000142,
  number: 142,
  title: '[agent-failure] Refund issued before the eligibility check',
  state: 'closed',
  state_reason: 'completed',
  labels: [{ id: 1, name: 'agent-failure', color: 'd73a4a' }, { id: 2, name: 'sev1', color: 'ededed' }],
  user: { login: 'octo-user', type: 'User' },
  comments: 2,
  body: renderAgentFailureBody(),
};

describe('evalgate scaffold --issue-file', () => {
  it('prints a case YAML guarding the issue, derived from the form and the fenced trace', async () => {
    writeFileSync(join(dir, 'issue.json'), JSON.stringify(ISSUE));
    const r = await cli(['scaffold', '--issue-file', 'issue.json']);
    expect(r.code, r.err).toBe(0);
    const doc = load(r.out) as Record<string, any>;
    expect(doc.guards).toBe(142);
    expect(doc.workflow).toBe('refund');
    expect(doc.severity).toBe('sev1');
    expect(doc.trials).toBe(3); // the config default
    expect(doc.input).toEqual(FAILING_TRACE.input);
    expect(doc.checks).toContainEqual({ type: 'trajectory', mode: 'in_order', tools: ['policy.check_eligibility', 'billing.issue_refund'] });
    expect(r.err).toContain('--write');
    expect(existsSync(join(dir, 'evals'))).toBe(false); // printing writes nothing
  });

  it('--write writes the case and fixtures, which `evalgate validate` accepts; a second --write refuses to overwrite', async () => {
    writeFileSync(join(dir, 'issue.json'), JSON.stringify(ISSUE));
    const w = await cli(['scaffold', '--issue-file', 'issue.json', '--write']);
    expect(w.code, w.err).toBe(0);
    const casePath = join(dir, 'evals/cases/refund/refund-issued-before-the-eligibility-check-142.yaml');
    expect(existsSync(casePath), w.out).toBe(true);
    const fixtures = JSON.parse(readFileSync(join(dir, 'evals/fixtures/refund-issued-before-the-eligibility-check-142.json'), 'utf8'));
    expect(Object.keys(fixtures).sort()).toEqual(['billing.issue_refund', 'policy.check_eligibility']);

    const v = await cli(['validate']);
    expect(v.code, v.err).toBe(0);
    expect(v.out).toMatch(/1 case\(s\) are valid/);

    const again = await cli(['scaffold', '--issue-file', 'issue.json', '--write']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists; not overwriting/);
  });

  it('reads evidence from embedded comments when the body has none', async () => {
    const body = renderAgentFailureBody().replace(/### Evidence[\s\S]*?### Input/, '### Evidence\n\nsee comments\n\n### Input');
    writeFileSync(join(dir, 'issue.json'), JSON.stringify({ issue: { ...ISSUE, body }, comments: [{ body: 'trace:\n```json\n' + JSON.stringify(FAILING_TRACE) + '\n```' }] }));
    const r = await cli(['scaffold', '--issue-file', 'issue.json']);
    expect(r.code, r.err).toBe(0);
    expect((load(r.out) as Record<string, any>).input).toEqual(FAILING_TRACE.input);
  });

  it.each([
    ['missing file', null, /issue\.json/],
    ['not an issue', '[1,2]', /expected an issue object/],
    ['no number', JSON.stringify({ title: 'x', body: '' }), /"number" is null; expected the issue number/],
  ])('exits 2 with an actionable message: %s', async (_name, content, message) => {
    if (content !== null) writeFileSync(join(dir, 'issue.json'), content);
    const r = await cli(['scaffold', '--issue-file', 'issue.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/unexpected error|\n\s+at /);
  });
});

describe('evalgate ingest', () => {
  it('--dry-run without a token plans against no issues: duplicates skipped, requests grouped, clusters counted', async () => {
    writeFileSync(join(dir, 'signals.jsonl'), SIGNALS.map((s) => JSON.stringify(s)).join('\n') + '\n');
    const r = await cli(['ingest', 'signals.jsonl', '--dry-run'], {});
    expect(r.code, r.err).toBe(0);
    const e = SIGNALS_EXPECTED;
    expect(r.out).toContain(`ingest plan: ${e.signals} signal(s), ${e.duplicates} duplicate(s) skipped, ${e.requests} request(s) in ${e.clusters} cluster(s)`);
    expect(r.out).toContain(`create ${e.create} issue(s), comment on 0, reopen 0`);
    expect(r.out.match(/^create: /gm)).toHaveLength(e.create);
    expect(r.out).toMatch(/create: \[agent-failure\] refund: tool_error in billing\.issue_refund .*2 request\(s\), 3 event\(s\); labels agent-failure, sev1, fix:tool-contract; assign alice/);
    expect(r.err).toContain('planning against no existing issues');
  });

  it('reports bad lines with file:line, still plans the good ones, and exits 1', async () => {
    writeFileSync(join(dir, 'signals.jsonl'), [JSON.stringify(SIGNALS[0]), '{oops', JSON.stringify({ event_id: 'x', workflow: 'refund', failure_class: 'melted' })].join('\n'));
    const r = await cli(['ingest', 'signals.jsonl', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/signals\.jsonl:2/);
    expect(r.err).toMatch(/signals\.jsonl:3.*"failure_class" is "melted"/);
    expect(r.out).toContain('create 1 issue(s)');
  });

  it('without --dry-run needs a repository and a token (exit 2, nothing done)', async () => {
    writeFileSync(join(dir, 'signals.jsonl'), JSON.stringify(SIGNALS[0]));
    const noRepo = await cli(['ingest', 'signals.jsonl']);
    expect(noRepo.code).toBe(2);
    expect(noRepo.err).toMatch(/--repo owner\/name/);
    const noToken = await cli(['ingest', 'signals.jsonl', '--repo', 'acme/agent']);
    expect(noToken.code).toBe(2);
    expect(noToken.err).toMatch(/GITHUB_TOKEN/);
    const missing = await cli(['ingest', 'nope.jsonl', '--dry-run']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read nope\.jsonl: no such file/);
  });

  it('applies the plan to a repository (GITHUB_TOKEN, GITHUB_API_URL); a replay plans nothing and writes nothing', async () => {
    const gh = await startEmulator();
    try {
      gh.addRepo('acme/agent');
      writeFileSync(join(dir, 'signals.jsonl'), SIGNALS.map((s) => JSON.stringify(s)).join('\n'));
      const env = { GITHUB_TOKEN: TOKENS.actions, GITHUB_API_URL: gh.url };
      const r = await cli(['ingest', 'signals.jsonl', '--repo', 'acme/agent'], env);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`applied: created ${SIGNALS_EXPECTED.create} issue(s)`);
      const issues = [...gh.mustRepo('acme/agent').issues.values()];
      expect(issues).toHaveLength(SIGNALS_EXPECTED.create);
      expect(issues.every((i) => i.labels.includes('agent-failure'))).toBe(true);
      const writes = gh.log.length;
      const again = await cli(['ingest', 'signals.jsonl', '--repo', 'acme/agent'], env);
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain('nothing to do');
      expect(again.out).toContain(`${SIGNALS.length} duplicate(s) skipped`);
      expect(gh.log.slice(writes).filter((l) => l.method !== 'GET')).toEqual([]);
      gh.assertNoViolations();
    } finally {
      await gh.stop();
    }
  }, 30_000);
});

describe('evalgate scaffold --issue N', () => {
  it('fetches the issue and its comments from GitHub and prints the same case as from the file', async () => {
    const gh = await startEmulator();
    try {
      gh.addRepo('acme/agent');
      gh.addIssueAt('acme/agent', 142, { title: ISSUE.title, body: ISSUE.body, state: 'closed', state_reason: 'completed', labels: ['agent-failure', 'sev1'] });
      const env = { GITHUB_TOKEN: TOKENS.actions, GITHUB_API_URL: gh.url };
      const fetched = await cli(['scaffold', '--issue', '142', '--repo', 'acme/agent'], env);
      expect(fetched.code, fetched.err).toBe(0);
      writeFileSync(join(dir, 'issue.json'), JSON.stringify(ISSUE));
      const fromFile = await cli(['scaffold', '--issue-file', 'issue.json']);
      expect(load(fetched.out)).toEqual(load(fromFile.out));
      gh.assertNoViolations();

      const missing = await cli(['scaffold', '--issue', '999', '--repo', 'acme/agent'], env);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('cannot read acme/agent#999: 404');
    } finally {
      await gh.stop();
    }
  }, 30_000);
});
