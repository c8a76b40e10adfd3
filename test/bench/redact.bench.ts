// Cost of redact-then-cut on failing trials: `npx tsx test/bench/redact.bench.ts`.
// evaluateTrial on a failing trial with a large trace (many steps, long strings), without and with
// a redactor (registered secrets + two patterns); prints ms per trial and the ratio. Passing trials
// never build the redacted trace, so they cost nothing extra.
import { performance } from 'node:perf_hooks';
import { evaluateTrial } from '../../src/outcome/evaluate.js';
import { buildRedactor } from '../../src/surfaces/redact.js';
import type { Case, Check, Trace, TrialRun } from '../../src/types.js';

const STEPS = Number(process.env.BENCH_STEPS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const trace: Trace = {
  output: { reply: 'x'.repeat(5000) },
  steps: Array.from({ length: STEPS }, (_, i) => ({ type: 'tool' as const, name: `tool.${i % 7}`, args: { q: `query ${i} ${'y'.repeat(200)}` }, result: { text: 'z'.repeat(300) }, status: 'ok' as const })),
  usage: { input_tokens: 0, output_tokens: 0, cost_usd: 0 },
  latency_ms: 1,
};
const checks: Check[] = [
  { type: 'output_match', path: 'reply', pattern: '^ok$' },
  { type: 'tool_not_called', tool: 'tool.3' },
];
const c = { id: 'bench', title: 't', guards: 1, workflow: 'w', severity: 'sev1', suites: ['benchmark'], trials: 1, timeout_ms: 1000, input: {}, fixtures: null, checks, file: 'f', line: 1, definition_hash: 'h', holdout: false } as unknown as Case;
const run: TrialRun = { kind: 'trace', trace, stderr_tail: 's'.repeat(4096), wall_ms: 1 };
const redactor = buildRedactor({ env: { GITHUB_TOKEN: 'ghp_0123456789abcdefghijABCDEFGHIJ012345', OPENAI_API_KEY: 'sk-abcdefghijklmnopqrstuvwx' }, patterns: ['sk-[A-Za-z0-9]{20,}', 'corp-[0-9]{6}'] });

function time(f: () => void): number {
  f();
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) f();
  return (performance.now() - t0) / ROUNDS;
}

const plain = time(() => evaluateTrial(c, 1, run, new Map(), 0));
const redacted = time(() => evaluateTrial(c, 1, run, new Map(), 0, redactor));
const size = JSON.stringify(trace).length;
console.log(`failing trial, trace ${(size / 1e6).toFixed(1)} MB (${STEPS} steps): ${plain.toFixed(1)} ms plain, ${redacted.toFixed(1)} ms redacted, ratio ${(redacted / plain).toFixed(2)}x`);
