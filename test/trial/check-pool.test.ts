// The check worker (src/adapters/check-pool.ts with the bundled dist/check-worker.js): it gives the
// records evaluateTrial gives inline (tests from the TypeScript sources run checks inline), and a
// check that does not finish or exhausts the worker's heap is that trial's error naming the check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Check, TrialRun } from '../../src/types.js';
import { evaluateTrial } from '../../src/outcome/evaluate.js';
import { startCheckWorker, type TrialEvaluator } from '../../src/adapters/check-pool.js';
import { compileRedactPatterns, createRedactor } from '../../src/surfaces/redact.js';
import { caseOf, tool, traceOf } from '../outcome/helpers.js';
import { ensureDist, PROJECT_ROOT } from '../integration/helpers.js';

const SCRIPT = join(PROJECT_ROOT, 'dist/check-worker.js');
const SECRET = 'ghp_S3cretT0kenValue0123456789abcdefXYZ';
const redactor = createRedactor({ secrets: [SECRET], matchers: compileRedactPatterns(['acct-[0-9]{6}']) });
const none = new Map();
const trace = (output: unknown) => ({ kind: 'trace', trace: traceOf([tool('lookup', { q: 1 })], { output }), stderr_tail: 'log acct-123456', wall_ms: 5 }) as TrialRun & { kind: 'trace' };
const UNIQUE: Check = { type: 'output_schema', schema: { type: 'object', properties: { items: { type: 'array', uniqueItems: true } } } };
const ANY_OF: Check = {
  type: 'output_schema',
  schema: { $defs: { n: { anyOf: [{ type: 'object', properties: { c: { $ref: '#/$defs/n' } } }, { type: 'object', required: ['c'], properties: { c: { $ref: '#/$defs/n' } } }] } }, $ref: '#/$defs/n' },
};
const deep = (n: number) => {
  let v: unknown = null;
  for (let i = 0; i < n; i++) v = { c: v };
  return v;
};

describe('the check worker', () => {
  const started: TrialEvaluator[] = [];
  const start = (opts: Parameters<typeof startCheckWorker>[0] = {}) => {
    const ev = startCheckWorker({ script: SCRIPT, ...opts })!;
    started.push(ev);
    return ev;
  };
  beforeAll(() => {
    ensureDist();
    expect(existsSync(SCRIPT)).toBe(true);
  });
  afterAll(async () => {
    for (const ev of started) await ev.close();
  });

  it('gives the record evaluateTrial gives inline: pass, fails with redacted messages and evidence, a command verdict', async () => {
    const ev = start();
    const cases: Array<[Check[], TrialRun & { kind: 'trace' }]> = [
      [[{ type: 'output_match', path: 'reply', pattern: '^ok$' }], trace({ reply: 'ok' })],
      [[{ type: 'output_match', path: 'reply', pattern: '^ok$' }, { type: 'output_schema', schema: { type: 'object', required: ['action'] } }], trace({ reply: `no ${SECRET} acct-654321` })],
      [[UNIQUE], trace({ items: [{ a: 1 }, { a: 1 }] })],
      [[{ type: 'tool_args', tool: 'lookup', args: { q: 2 }, match: 'exact' }, { type: 'no_tool_errors' }], trace({ reply: 'x' })],
    ];
    for (const [checks, run] of cases) {
      for (const red of [undefined, redactor]) {
        const c = caseOf(checks);
        expect(await ev.evaluate(c, 2, run, none, 1, red)).toEqual(evaluateTrial(c, 2, run, none, 1, red));
      }
    }
    const c = caseOf([{ type: 'command', run: 'judge' }]);
    const verdicts = new Map([[0, { pass: false, reason: `judge saw ${SECRET}` }]]);
    expect(await ev.evaluate(c, 1, trace({}), verdicts, 0, redactor)).toEqual(evaluateTrial(c, 1, trace({}), verdicts, 0, redactor));
  });

  it('a check past the deadline: that trial errors naming the check, with evidence; the next trial runs on a fresh worker', async () => {
    const ev = start({ deadlineMs: 300 });
    const c = caseOf([{ type: 'no_tool_errors' }, UNIQUE]);
    const big = trace({ items: Array.from({ length: 40_000 }, (_, i) => ({ v: i })) });
    const t0 = Date.now();
    const r = await ev.evaluate(c, 3, big, none, 2, redactor);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(r).toMatchObject({ trial: 3, outcome: 'error', retries: 2, failures: [], error: "output_schema check (checks[1]) did not finish within 0.3 s on this trial's output (checks on harness output run under a 0.3 s deadline per trial)" });
    expect(r.stderr_tail).toBe('log ***');
    expect(r.trace_excerpt).toContain('"items"');
    const ok = caseOf([{ type: 'output_match', path: 'reply', pattern: '^ok$' }]);
    expect((await ev.evaluate(ok, 1, trace({ reply: 'ok' }), none, 0)).outcome).toBe('pass');
  });

  it('a check that exhausts the heap: an error naming the check, not a dead evalgate', async () => {
    const ev = start({ memoryMb: 64, deadlineMs: 60_000 });
    const r = await ev.evaluate(caseOf([ANY_OF]), 1, trace(deep(26)), none, 0);
    expect(r).toMatchObject({ outcome: 'error', error: "output_schema check (checks[0]) needed more than 64 MiB on this trial's output and was stopped" });
  }, 60_000);

  it('trials queued behind a slow one still get their own full deadline', async () => {
    const ev = start({ deadlineMs: 1000, workers: 2 });
    const slow = ev.evaluate(caseOf([UNIQUE]), 1, trace({ items: Array.from({ length: 40_000 }, (_, i) => ({ v: i })) }), none, 0);
    const fast = Array.from({ length: 5 }, () => ev.evaluate(caseOf([{ type: 'output_match', path: 'reply', pattern: '^ok$' }]), 1, trace({ reply: 'ok' }), none, 0));
    expect((await Promise.all(fast)).map((r) => r.outcome)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    expect((await slow).outcome).toBe('error');
  });
});
