import { afterAll, describe, expect, it } from 'vitest';
import { spawnExecHarness, spawnCommandEvaluator, STDERR_TAIL_BYTES, STDERR_MARGIN_BYTES, type RawRun } from '../../src/adapters/harness.js';
import { ROOT, isAlive, nodeCmd, req, waitDead } from './helpers.js';

const CAP = 16 * 1024;
const GRACE = 300;
const opened: Array<{ close(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(opened.map((h) => h.close()));
});

function exec(mode: string, env: Record<string, string> = {}) {
  const h = spawnExecHarness({ command: nodeCmd('exec-harness.mjs', mode), cwd: ROOT, env, maxOutputBytes: CAP, killGraceMs: GRACE });
  opened.push(h);
  return h;
}

function asOutput(r: RawRun) {
  if (r.kind !== 'output') throw new Error(`expected output, got ${JSON.stringify(r)}`);
  return r;
}

describe('spawnExecHarness', () => {
  it('feeds the case input on stdin and returns the trace from stdout with a stderr tail', async () => {
    const r = asOutput(await exec('pass').run(req({ input: { order_id: '8812', note: 'ünïcødé ✓' } })));
    expect(r.exit_code).toBe(0);
    expect(r.signal).toBeNull();
    expect(JSON.parse(r.stdout).output).toEqual({ echoed: { order_id: '8812', note: 'ünïcødé ✓' } });
    expect(r.stderr_tail).toBe('working on it\n');
    expect(r.wall_ms).toBeGreaterThan(0);
  });

  it.each([
    { fixtures: '/abs/fixtures/refund.json', expected: '/abs/fixtures/refund.json' },
    { fixtures: null, expected: '' },
  ])('sets EVALGATE_* variables, harness env and the repo-root cwd (fixtures=$fixtures)', async ({ fixtures, expected }) => {
    const r = asOutput(await exec('env', { MY_HARNESS_VAR: 'from-config' }).run(req({ caseId: 'c-7', trial: 3, suite: 'coverage', fixtures })));
    expect(JSON.parse(r.stdout).output).toEqual({ case: 'c-7', trial: '3', fixtures: expected, suite: 'coverage', custom: 'from-config', cwd: ROOT.replace(/\/$/, '') });
  });

  it('reports a crash as output with the exit code and the stderr evidence', async () => {
    const r = asOutput(await exec('crash').run(req()));
    expect(r).toMatchObject({ exit_code: 1, signal: null, stdout: '' });
    expect(r.stderr_tail).toContain('model endpoint refused connection');
  });

  it('kills the whole process group on timeout, including a grandchild holding stdout open', async () => {
    const timeoutMs = 500;
    const t0 = Date.now();
    const r = await exec('hang').run(req({ timeoutMs }));
    const took = Date.now() - t0;
    expect(r.kind).toBe('timeout');
    // timeout + SIGKILL grace + close linger + slack for a loaded 2-core CI box.
    expect(took).toBeGreaterThanOrEqual(timeoutMs);
    expect(took).toBeLessThan(timeoutMs + GRACE + 500 + 1500);
    const pid = Number(/grandchild=(\d+)/.exec(r.stderr_tail)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(await waitDead(pid, 1000)).toBe(true);
  });

  // issue 9 item 10: a descendant that calls setsid is outside the process group.
  it('a setsid daemon holding the pipes is found by its environment tag and killed with its timed-out trial', async () => {
    const r = await exec('escape-hang').run(req({ timeoutMs: 400 }));
    expect(r.kind).toBe('timeout');
    const pid = Number(/escaped=(\d+)/.exec(r.stderr_tail)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(await waitDead(pid, 1000)).toBe(true);
  });

  it('a setsid daemon of a passing trial dies when the harness closes (end of the run)', async () => {
    const h = spawnExecHarness({ command: nodeCmd('exec-harness.mjs', 'escape'), cwd: ROOT, env: {}, maxOutputBytes: CAP, killGraceMs: GRACE });
    const r = asOutput(await h.run(req()));
    const pid = JSON.parse(r.stdout).output.escaped as number;
    expect(isAlive(pid)).toBe(true); // the group kill cannot reach it: it left the group
    await h.close();
    expect(await waitDead(pid, 1000)).toBe(true);
  });

  it('passes non-JSON stdout through untouched for the trace parser to reject', async () => {
    const r = asOutput(await exec('garbage').run(req()));
    expect(r.stdout).toBe('Sure! Here is your answer: {not json');
    expect(r.exit_code).toBe(0);
  });

  it('errors when stdout exceeds the cap, naming the limit', async () => {
    const r = await exec('big').run(req());
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.reason).toMatch(new RegExp(`^stdout exceeded ${CAP} bytes`));
  });

  it('reports a harness killed by SIGKILL as a signal death, keeping partial stdout', async () => {
    const r = asOutput(await exec('sigkill').run(req()));
    // A simple command is exec'd by the shell, so the signal itself is visible, not the shell's 128+9.
    expect(r.signal).toBe('SIGKILL');
    expect(r.exit_code).toBeNull();
    expect(r.stdout).toBe('{"partial":');
  });

  it('rejects stdout that is not valid UTF-8 with the byte offset', async () => {
    const r = await exec('nonutf8').run(req());
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.reason).toContain('not valid UTF-8 (first bad byte at offset 5)');
  });

  it('survives a harness that never reads a large stdin (EPIPE)', async () => {
    const big = { blob: 'z'.repeat(4 * 1024 * 1024) };
    const r = asOutput(await exec('ignore-stdin').run(req({ input: big })));
    expect(JSON.parse(r.stdout).output).toEqual({ ignored: true });
  });

  it('keeps only the last ~4 KiB of stderr (plus the margin redaction needs before the cut)', async () => {
    const r = asOutput(await exec('noisy-stderr').run(req()));
    expect(r.stderr_tail.length).toBeLessThanOrEqual(STDERR_TAIL_BYTES + STDERR_MARGIN_BYTES);
    expect(r.stderr_tail.endsWith('log line 1999\n')).toBe(true);
    expect(r.stderr_tail).not.toContain('log line 0\n');
  });

  it.each([
    { name: 'compound command with a builtin', command: `cd test/trial && ${nodeCmd('exec-harness.mjs', 'garbage')}`, exit: 0, stdout: 'Sure! Here is your answer: {not json' },
    { name: 'leading assignment', command: `MY_HARNESS_VAR=inline ${nodeCmd('exec-harness.mjs', 'env')}`, exit: 0, stdout: '"custom":"inline"' },
    { name: 'builtin only', command: 'exit 3', exit: 3, stdout: '' },
    { name: 'pipeline', command: `echo '{"a":1}' | cat`, exit: 0, stdout: '{"a":1}' },
    { name: 'compound killed by a signal reports the shell status', command: `true && ${nodeCmd('exec-harness.mjs', 'sigkill')}`, exit: 137, stdout: '{"partial":' },
  ])('runs shell syntax as written: $name', async ({ command, exit, stdout }) => {
    const h = spawnExecHarness({ command, cwd: ROOT, env: {}, maxOutputBytes: CAP });
    const r = asOutput(await h.run(req()));
    expect(r.exit_code).toBe(exit);
    expect(r.stdout).toContain(stdout);
  });

  it('returns an actionable error when the harness cannot start', async () => {
    const h = spawnExecHarness({ command: nodeCmd('exec-harness.mjs', 'pass'), cwd: '/definitely/not/here', env: {}, maxOutputBytes: CAP });
    const r = await h.run(req());
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.reason).toContain('/definitely/not/here');
  });

  it('close() stops trials still running', async () => {
    const h = spawnExecHarness({ command: nodeCmd('exec-harness.mjs', 'hang'), cwd: ROOT, env: {}, maxOutputBytes: CAP, killGraceMs: GRACE });
    const pending = h.run(req({ timeoutMs: 30_000 }));
    await new Promise((r) => setTimeout(r, 300));
    const t0 = Date.now();
    await h.close();
    const r = await pending;
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.kind).toBe('error');
    const pid = Number(/grandchild=(\d+)/.exec(r.stderr_tail)?.[1]);
    // The grandchild reported its pid: without it the process-group check below would be skipped.
    expect(pid).toBeGreaterThan(0);
    expect(await waitDead(pid, 1000)).toBe(true);
    expect((await h.run(req())).kind).toBe('error');
  });
});

describe('spawnCommandEvaluator', () => {
  const opts = { cwd: ROOT, env: {}, timeoutMs: 5000, maxOutputBytes: CAP, killGraceMs: GRACE };
  const traceJson = (reply: string) => JSON.stringify({ output: { reply }, steps: [] });

  it.each([
    { reply: 'could you please wait', expected: { pass: true, score: 1, reason: 'polite' } },
    { reply: 'wait', expected: { pass: false, score: 0.2, reason: 'no "please" in reply' } },
  ])('reads the verdict from the last stdout line, whatever the exit code ($reply)', async ({ reply, expected }) => {
    expect(await spawnCommandEvaluator(nodeCmd('evaluator.mjs', 'polite'), traceJson(reply), opts)).toEqual(expected);
  });

  it.each([
    { mode: 'prose', message: /not JSON.*expected the last stdout line/ },
    { mode: 'bad-score', message: /"score" is 7, expected a number from 0 to 1/ },
    { mode: 'no-pass', message: /"pass" is missing, expected true or false/ },
    { mode: 'silent-crash', message: /exited with code 3 and printed nothing on stdout.*TypeError/ },
  ])('explains bad evaluator output ($mode)', async ({ mode, message }) => {
    const r = await spawnCommandEvaluator(nodeCmd('evaluator.mjs', mode), traceJson('hi'), opts);
    expect(r).toEqual({ error: expect.stringMatching(message) });
    if ('error' in r) expect(r.error).toContain('evaluator.mjs');
  });

  it.each([
    { mode: 'pass-then-exit1', message: /printed \{"pass": true\} but exited with code 1/ },
    { mode: 'pass-then-throw', message: /printed \{"pass": true\} but exited with code 1[\s\S]*judge blew up/ },
    { mode: 'fail-then-sigsegv', message: /printed \{"pass": false\} but was killed by SIGSEGV/ },
  ])('does not trust a verdict from an evaluator that then crashed ($mode)', async ({ mode, message }) => {
    const r = await spawnCommandEvaluator(nodeCmd('evaluator.mjs', mode), traceJson('hi'), opts);
    expect(r).toEqual({ error: expect.stringMatching(message) });
  });

  it('times out a hung evaluator', async () => {
    const t0 = Date.now();
    const r = await spawnCommandEvaluator(nodeCmd('evaluator.mjs', 'hang'), traceJson('hi'), { ...opts, timeoutMs: 300 });
    expect(r).toEqual({ error: expect.stringContaining('timed out after 300 ms') });
    expect(Date.now() - t0).toBeLessThan(300 + GRACE + 2000);
  });
});
