// Shared set-up for adapter tests: one emulator per file, a fresh repository per test.
import { createGitHubClient, type GitHubClient, type RepoRef } from '../../src/adapters/github.js';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startEmulator, TOKENS, type GitHubEmulator } from '../emulator/server.js';

let counter = 0;

/** A new repository `acme/agent-N` in the emulator. */
export function freshRepo(gh: GitHubEmulator): RepoRef & { full: string } {
  const full = `acme/agent-${++counter}`;
  gh.addRepo(full);
  const [owner, repo] = full.split('/');
  return { owner, repo, full };
}

/** A client against the emulator with short back-off, no write spacing, and captured logs. */
export function testClient(
  gh: GitHubEmulator,
  token: string = TOKENS.actions,
  timeoutMs = 5000,
  redact?: (text: string) => string,
): { client: GitHubClient; logs: string[] } {
  const logs: string[] = [];
  const client = createGitHubClient({
    token,
    baseUrl: gh.url,
    log: (level, message) => logs.push(`${level}: ${message}`),
    redact,
    retry: { baseDelayMs: 5, spaceWrites: false, timeoutMs },
  });
  return { client, logs };
}

/**
 * Starts one emulator for the file (faults cleared after each test, stopped at the end) and returns
 * a getter for it.
 */
export function useEmulator(): () => GitHubEmulator {
  let gh: GitHubEmulator;
  beforeAll(async () => {
    gh = await startEmulator();
  });
  afterEach(() => gh.clearFaults());
  afterAll(async () => {
    await gh?.stop();
  });
  return () => gh;
}
