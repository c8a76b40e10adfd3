// Shared helpers for the harness tests: fixture commands and process liveness.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TrialRequest } from '../../src/adapters/harness.js';

/** Repo root: harness commands run here, like in a user's repository. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** `node <fixture> <args>` as a shell command, quoted for paths with spaces. */
export function nodeCmd(fixture: string, ...args: string[]): string {
  const path = fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url));
  return [JSON.stringify(process.execPath), JSON.stringify(path), ...args].join(' ');
}

/** A request with sensible defaults. */
export function req(over: Partial<TrialRequest> = {}): TrialRequest {
  return { caseId: 'refund-401', trial: 1, suite: 'benchmark', input: { order_id: '8812' }, fixtures: null, timeoutMs: 10_000, ...over };
}

/** True while `pid` is a running (non-zombie) process. PID 1 here may not reap orphans, so zombies count as dead. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Waits until `pid` is dead or `ms` passed; returns whether it died. */
export async function waitDead(pid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return !isAlive(pid);
}
