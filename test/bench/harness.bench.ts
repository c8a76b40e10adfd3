// Harness throughput benchmark: `npx tsx test/bench/harness.bench.ts`.
// Compares evalgate's exec adapter + pool against a bare `xargs -P4` doing the same spawns,
// then the jsonl adapter, then 10,000 jsonl trials with peak RSS of this process.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { spawnExecHarness, spawnJsonlHarness, type Harness, type RawRun, type TrialRequest } from '../../src/adapters/harness.js';
import { runPool } from '../../src/trial/pool.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../trial/fixtures/echo-harness.mjs', import.meta.url));
const COMMAND = `${JSON.stringify(process.execPath)} ${JSON.stringify(SCRIPT)}`;
const CONCURRENCY = 4;
const N = 200;
const BIG_N = Number(process.env.BENCH_BIG_N ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

const requests = (n: number): TrialRequest[] =>
  Array.from({ length: n }, (_, i) => ({ caseId: `case-${i % 50}`, trial: Math.floor(i / 50) + 1, suite: 'benchmark', input: { q: `question ${i}` }, fixtures: null, timeoutMs: 30_000 }));

function check(results: RawRun[]): void {
  const bad = results.filter((r) => r.kind !== 'output' || !r.stdout.includes('"echoed"'));
  if (bad.length) throw new Error(`${bad.length} trials did not echo a trace, e.g. ${JSON.stringify(bad[0])}`);
}

async function timed(run: () => Promise<void> | void): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function throughHarness(h: Harness, n: number, concurrency: number): Promise<void> {
  try {
    check(await runPool(requests(n), concurrency, (r) => h.run(r)));
  } finally {
    await h.close();
  }
}

const opts = { command: COMMAND, cwd: ROOT, env: {}, maxOutputBytes: 8 * 1024 * 1024 };
const execRun = () => throughHarness(spawnExecHarness(opts), N, CONCURRENCY);
const jsonlRun = (n: number) => throughHarness(spawnJsonlHarness({ ...opts, workers: CONCURRENCY }), n, CONCURRENCY);
// xargs runs the command directly; the `sh -c` variant adds the same shell hop evalgate uses.
const xargsBare = (): void => void execFileSync('sh', ['-c', `seq ${N} | xargs -P${CONCURRENCY} -n1 ${COMMAND} > /dev/null`], { cwd: ROOT });
const xargsShell = (): void => void execFileSync('sh', ['-c', `seq ${N} | xargs -P${CONCURRENCY} -I{} sh -c '${COMMAND.replace(/'/g, `'\\''`)} < /dev/null' > /dev/null`], { cwd: ROOT });

const best = (xs: number[]) => Math.min(...xs);
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

await execRun(); // warm-up: page cache, JIT
const t = { exec: [] as number[], bare: [] as number[], shell: [] as number[], jsonl: [] as number[] };
// Interleave rounds so drift in machine load hits every variant alike.
for (let i = 0; i < ROUNDS; i++) {
  t.exec.push(await timed(execRun));
  t.bare.push(await timed(xargsBare));
  t.shell.push(await timed(xargsShell));
  t.jsonl.push(await timed(() => jsonlRun(N)));
}

let peakRss = process.memoryUsage().rss;
const baseRss = peakRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 25);
const bigMs = await timed(() => jsonlRun(BIG_N));
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const rows: Array<[string, string, string]> = [
  [`exec adapter + runPool, ${N} trials, concurrency ${CONCURRENCY}`, fmt(best(t.exec)), `${(N / (best(t.exec) / 1000)).toFixed(0)} trials/s`],
  [`xargs -P${CONCURRENCY} (bare), ${N} spawns`, fmt(best(t.bare)), `ratio exec/xargs = ${(best(t.exec) / best(t.bare)).toFixed(2)}x (goal <= 1.1x)`],
  [`xargs -P${CONCURRENCY} via sh -c, ${N} spawns`, fmt(best(t.shell)), `ratio exec/xargs+sh = ${(best(t.exec) / best(t.shell)).toFixed(2)}x`],
  [`jsonl adapter, ${CONCURRENCY} workers, ${N} trials`, fmt(best(t.jsonl)), `${(N / (best(t.jsonl) / 1000)).toFixed(0)} trials/s`],
  [`jsonl adapter, ${CONCURRENCY} workers, ${BIG_N} trials`, fmt(bigMs), `${(BIG_N / (bigMs / 1000)).toFixed(0)} trials/s; peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB (start ${(baseRss / 2 ** 20).toFixed(0)} MiB)`],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} CPUs, best of ${ROUNDS} rounds`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
// The machine may be shared and noisy: show every round so a lucky best-of is visible as such.
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`rounds (ms): exec ${t.exec.map((x) => x.toFixed(0)).join('/')}, xargs ${t.bare.map((x) => x.toFixed(0)).join('/')}, xargs+sh ${t.shell.map((x) => x.toFixed(0)).join('/')}, jsonl ${t.jsonl.map((x) => x.toFixed(0)).join('/')}`);
console.log(`median ratio exec/xargs = ${(med(t.exec) / med(t.bare)).toFixed(2)}x, exec/xargs+sh = ${(med(t.exec) / med(t.shell)).toFixed(2)}x`);
