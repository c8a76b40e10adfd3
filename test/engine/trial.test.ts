// parseRawRun: what the harness process did -> the trial run the outcome stage scores (SPEC 4).
import { describe, expect, it } from 'vitest';
import { parseRawRun } from '../../src/engine/trial.js';
import { createRedactor } from '../../src/surfaces/redact.js';
import type { RawRun } from '../../src/adapters/harness.js';

const TRACE = JSON.stringify({ output: { reply: 'ok' }, steps: [] });
const out = (stdout: string, exit_code: number | null, signal: string | null = null): RawRun => ({ kind: 'output', stdout, stderr_tail: 'tail', wall_ms: 12, exit_code, signal });

describe('parseRawRun', () => {
  it('a valid trace from a process that exited 0 is a trace', () => {
    expect(parseRawRun(out(TRACE, 0))).toMatchObject({ kind: 'trace', trace: { output: { reply: 'ok' } }, stderr_tail: 'tail', wall_ms: 12 });
  });

  // issue 9 item 3: these all scored pass before.
  it.each([
    { name: 'exit 1 after the trace', raw: out(TRACE, 1), reason: 'harness exited with code 1 after printing a valid trace; a trace counts only when the harness exits 0' },
    { name: 'exit 3 after the trace', raw: out(TRACE, 3), reason: 'harness exited with code 3 after printing a valid trace; a trace counts only when the harness exits 0' },
    { name: 'SIGSEGV after the trace', raw: out(TRACE, null, 'SIGSEGV'), reason: 'harness was killed by SIGSEGV after printing a valid trace; a trace counts only when the harness exits 0' },
    { name: 'no trace, exit 1', raw: out('', 1), reason: 'harness exited with code 1 without printing a trace' },
    { name: 'garbage, exit 0', raw: out('nope', 0), reason: expect.stringMatching(/^harness exited 0; its output is not a valid trace: stdout is not JSON/) },
  ])('$name is an error', ({ raw, reason }) => {
    expect(parseRawRun(raw)).toEqual({ kind: 'error', reason, stderr_tail: 'tail', wall_ms: 12 });
  });

  // What the harness kits (Python evalgate_harness, Node evalgate/harness) print when the agent raised.
  it.each([
    { name: 'exec, exit 1', raw: out('{"error":"the agent raised ValueError: boom"}\n', 1), reason: 'harness exited with code 1; the harness reported an error instead of a trace: the agent raised ValueError: boom' },
    { name: 'a jsonl reply', raw: out('{"id":"r1","failed":true,"error":"model provider unreachable"}', null), reason: 'the harness reported an error instead of a trace: model provider unreachable' },
  ])('an error report ($name) is an error that names the message, not the trace schema', ({ raw, reason }) => {
    expect(parseRawRun(raw)).toEqual({ kind: 'error', reason, stderr_tail: 'tail', wall_ms: 12 });
  });

  it('an error report is redacted, and a trace that merely has an error field is still a trace', () => {
    const redact = createRedactor({ secrets: ['sk-abc123'], matchers: [] });
    expect(parseRawRun(out('{"error":"auth failed for sk-abc123"}', 1), {}, redact)).toMatchObject({ reason: expect.stringContaining('auth failed for ***') });
    expect(parseRawRun(out(JSON.stringify({ output: null, steps: [], error: 'x' }), 0))).toMatchObject({ kind: 'trace' });
  });

  it('timeouts and adapter errors pass through', () => {
    const t: RawRun = { kind: 'timeout', stderr_tail: '', wall_ms: 5 };
    expect(parseRawRun(t)).toEqual(t);
  });
});
