import { describe, expect, it } from 'vitest';
import { listWebhookExampleActions, loadWebhookExample } from '../emulator/payloads.js';

describe('loadWebhookExample', () => {
  it('returns a real pull_request.opened payload with what the gate reads', () => {
    const p = loadWebhookExample('pull_request', 'opened') as {
      action: string;
      number: number;
      pull_request: { head: { sha: string; ref: string; repo: { full_name: string } }; base: { sha: string; ref: string } };
      repository: { full_name: string; default_branch: string };
    };
    expect(p.action).toBe('opened');
    expect(p.number).toBeGreaterThan(0);
    expect(p.pull_request.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(p.pull_request.base.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(p.repository.full_name).toContain('/');
    expect(typeof p.repository.default_branch).toBe('string');
  });

  it('derives issues.closed (absent from the package) as closed/completed', () => {
    expect(listWebhookExampleActions('issues')).not.toContain('closed');
    const p = loadWebhookExample('issues', 'closed') as { action: string; issue: { state: string; state_reason: string; closed_at: string | null; number: number; labels: unknown[] } };
    expect(p).toMatchObject({ action: 'closed', issue: { state: 'closed', state_reason: 'completed' } });
    expect(p.issue.closed_at).not.toBeNull();
    expect(Array.isArray(p.issue.labels)).toBe(true);
  });

  it('returns independent copies so tests can edit them', () => {
    const a = loadWebhookExample('issues', 'opened') as { issue: { title: string } };
    a.issue.title = 'changed';
    expect((loadWebhookExample('issues', 'opened') as { issue: { title: string } }).issue.title).not.toBe('changed');
  });

  it.each([
    ['no_such_event', 'opened', /no event "no_such_event"/],
    ['pull_request', 'exploded', /available actions: .*opened/],
  ])('names what exists when %s.%s is missing', (event, action, message) => {
    expect(() => loadWebhookExample(event, action)).toThrow(message);
  });
});
