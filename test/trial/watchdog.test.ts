// The kill -9 watchdog's script on its own, with real process groups: what it kills when
// evalgate's pipe closes, and what it must leave alone (removed groups, other runs' processes,
// and group numbers that are not groups: "kill -KILL -0" would signal the watchdog's own group).
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROCESS_TAG_VAR, WATCHDOG_SCRIPT, WATCHDOG_SWEEP } from '../../src/adapters/harness.js';
import { isAlive, waitDead } from './helpers.js';

const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.pid !== undefined && isAlive(c.pid)) process.kill(c.pid, 'SIGKILL');
});

/** A `sleep` leading its own process group, with `env` as its whole environment. */
function sleeper(env: Record<string, string> = {}): number {
  const c = spawn('/bin/sleep', ['60'], { detached: true, stdio: 'ignore', env });
  c.unref();
  started.push(c);
  return c.pid!;
}

describe.skipIf(process.platform !== 'linux')('the watchdog script', () => {
  // With Node's path the tag sweep runs in Node (WATCHDOG_SWEEP); without it, in the shell loop.
  it.each([
    ['node sweep', [process.execPath, WATCHDOG_SWEEP]],
    ['shell fallback', []],
  ])('on end of stdin kills the live logged groups and the run-tagged processes, leaves the rest, and removes its directory (%s)', async (_name, sweepArgs) => {
    const run = randomUUID();
    const live = sleeper();
    const ended = sleeper();
    const tagged = sleeper({ [PROCESS_TAG_VAR]: `${run}.7` });
    const otherRun = sleeper({ [PROCESS_TAG_VAR]: `${randomUUID()}.7` });
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-groups-test-'));
    const log = join(dir, 'groups');
    // Lines that are not a live group above 1 must be skipped: "+0" would be the watchdog's own
    // group (it would die before cleaning up); the others are not numbers.
    writeFileSync(log, ['+0', '+abc', '+-5', '+ 12', `+${live}`, `+${ended}`, `-${ended}`, ''].join('\n'));
    const watchdog = spawn('/bin/sh', ['-c', WATCHDOG_SCRIPT, 'evalgate-watchdog', PROCESS_TAG_VAR, run, log, ...sweepArgs], {
      detached: true,
      stdio: ['pipe', 'ignore', 'ignore'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    });
    started.push(watchdog);
    const exited = new Promise<number | null>((r) => watchdog.on('exit', (code) => r(code)));
    await new Promise((r) => setTimeout(r, 100));
    expect(isAlive(live), 'killed before evalgate was gone').toBe(true);
    watchdog.stdin!.end(); // evalgate's end of the pipe closes
    expect(await exited).toBe(0);
    expect(await waitDead(live, 2000), 'a live logged group survived').toBe(true);
    expect(await waitDead(tagged, 2000), "a process carrying this run's tag survived").toBe(true);
    expect(isAlive(ended), 'a group logged as ended was killed').toBe(true);
    expect(isAlive(otherRun), "another run's process was killed").toBe(true);
    expect(existsSync(dir), 'the watchdog did not remove the group log').toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
