// Real webhook payloads from @octokit/webhooks-examples, for tests that feed events.
// The package's main file is one JSON array of { name, actions, examples[] } per event.
import { createRequire } from 'node:module';

interface WebhookDefinition {
  name: string;
  actions: string[];
  examples: Array<Record<string, unknown> & { action?: string }>;
}

let definitions: WebhookDefinition[] | null = null;

function load(): WebhookDefinition[] {
  if (!definitions) {
    const require = createRequire(import.meta.url);
    definitions = require('@octokit/webhooks-examples') as WebhookDefinition[];
  }
  return definitions;
}

/** Actions that have at least one example payload for `event`. */
export function listWebhookExampleActions(event: string): string[] {
  const def = load().find((d) => d.name === event);
  return [...new Set((def?.examples ?? []).map((e) => String(e.action ?? '')))];
}

/**
 * A deep copy of a real example payload for `event`.`action` (the `index`-th when several).
 * `issues.closed` has no example in the package: it is derived from `issues.reopened`
 * (state closed, state_reason completed, closed_at set), the shape GitHub sends.
 */
export function loadWebhookExample(event: string, action?: string, index = 0): Record<string, unknown> {
  const def = load().find((d) => d.name === event);
  if (!def) throw new Error(`@octokit/webhooks-examples has no event "${event}"`);
  const matching = def.examples.filter((e) => action === undefined || e.action === action);
  if (matching.length === 0 && event === 'issues' && action === 'closed') {
    const payload = loadWebhookExample('issues', 'reopened');
    const issue = payload.issue as Record<string, unknown>;
    payload.action = 'closed';
    issue.state = 'closed';
    issue.state_reason = 'completed';
    issue.closed_at = issue.updated_at;
    return payload;
  }
  const example = matching[index];
  if (!example) {
    throw new Error(`no example for ${event}.${action ?? '*'} #${index}; available actions: ${listWebhookExampleActions(event).join(', ')}`);
  }
  return structuredClone(example);
}
