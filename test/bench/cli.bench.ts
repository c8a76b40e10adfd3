// End-to-end CLI benchmark: `npx tsx test/bench/cli.bench.ts`.
// Spawns `node dist/cli.js run` on a generated repository of trivial cases and compares it with a
// bare `xargs -P4` spawning the same harness as often; then the jsonl protocol; then 10,000 cases
// through jsonl with the peak RSS of the evalgate process (/usr/bin/time -v, else /proc VmHWM).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const CONCURRENCY = 4;
const N = Number(process.env.BENCH_N ?? 200);
const BIG_N = Number(process.env.BENCH_BIG_N ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const TIME = '/usr/bin/time';

const HARNESS = `// Trivial harness: exec (stdin -> one trace) or jsonl (one trace line per request line).
import { createInterface } from 'node:readline';
const trace = (id) => JSON.stringify({ ...(id ? { id } : {}), output: { reply: 'ok' }, steps: [{ type: 'tool', name: 't', args: {}, status: 'ok', latency_ms: 1 }] });
if (process.env.EVALGATE_PROTOCOL === 'jsonl') {
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) process.stdout.write(trace(JSON.parse(line).id) + '\\n');
} else {
  for await (const _ of process.stdin);
  process.stdout.write(trace(null));
}
`;

async function makeRepo(n: number, protocol: 'exec' | 'jsonl'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `evalgate-bench-${protocol}-`));
  await writeFile(join(dir, 'h.mjs'), HARNESS);
  await writeFile(
    join(dir, 'evalgate.yml'),
    `harness:\n  command: node h.mjs\n  protocol: ${protocol}\n  timeout_ms: 30000\n  retries: 0\ncases: evals/cases/**/*.yaml\nconcurrency: ${CONCURRENCY}\n`,
  );
  await mkdir(join(dir, 'evals/cases/b'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const id = `bench-${String(i).padStart(5, '0')}`;
    await writeFile(
      join(dir, `evals/cases/b/${id}.yaml`),
      `id: ${id}\ntitle: bench ${i}\nguards: ${i + 1}\nworkflow: bench\nseverity: sev1\ninput: { q: "question ${i}" }\nchecks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n`,
    );
  }
  return dir;
}

interface Measured {
  ms: number;
  peakRssKb: number | null;
}

/** Runs `evalgate run` as a real process; peak RSS from /usr/bin/time -v, else sampled VmHWM. */
function runCli(dir: string, measureRss: boolean): Promise<Measured> {
  const useTime = measureRss && existsSync(TIME);
  const args = ['run', '--suite', 'benchmark', '--out', 'r.json'];
  const [cmd, argv] = useTime ? [TIME, ['-v', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let hwm = 0;
    const sampler =
      measureRss && !useTime
        ? setInterval(() => {
            try {
              const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
              if (m) hwm = Math.max(hwm, Number(m[1]));
            } catch {
              // process gone
            }
          }, 20)
        : null;
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (sampler) clearInterval(sampler);
      const ms = performance.now() - t0;
      if (code !== 0 && !useTime) return reject(new Error(`evalgate run exited ${code}: ${stderr.slice(-2000)}`));
      const exit = /Exit status: (\d+)/.exec(stderr);
      if (useTime && exit && exit[1] !== '0') return reject(new Error(`evalgate run exited ${exit[1]}: ${stderr.slice(-2000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ ms, peakRssKb: rss ? Number(rss[1]) : hwm || null });
    });
  });
}

function checkResults(dir: string, n: number): void {
  const r = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { totals: { passes: number; runs: number } };
  if (r.totals.passes !== n || r.totals.runs !== n) throw new Error(`expected ${n} passing runs, got ${r.totals.passes}/${r.totals.runs}`);
}

function xargs(dir: string, n: number): number {
  const t0 = performance.now();
  execFileSync('sh', ['-c', `seq ${n} | xargs -P${CONCURRENCY} -n1 sh -c 'node h.mjs < /dev/null > /dev/null'`], { cwd: dir });
  return performance.now() - t0;
}

if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });

const execDir = await makeRepo(N, 'exec');
const jsonlDir = await makeRepo(N, 'jsonl');
const bigDir = await makeRepo(BIG_N, 'jsonl');
try {
  await runCli(execDir, false); // warm-up: page cache, JIT
  const t = { exec: [] as number[], xargs: [] as number[], jsonl: [] as number[] };
  // Interleaved so drift in machine load hits every variant alike.
  for (let i = 0; i < ROUNDS; i++) {
    t.exec.push((await runCli(execDir, false)).ms);
    checkResults(execDir, N);
    t.xargs.push(xargs(execDir, N));
    t.jsonl.push((await runCli(jsonlDir, false)).ms);
    checkResults(jsonlDir, N);
  }
  const big = await runCli(bigDir, true);
  checkResults(bigDir, BIG_N);

  const best = (xs: number[]) => Math.min(...xs);
  const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
  const rows: Array<[string, string, string]> = [
    [`evalgate run, exec, ${N} cases, -j${CONCURRENCY}`, fmt(best(t.exec)), `${(best(t.exec) / best(t.xargs)).toFixed(2)}x xargs`],
    [`xargs -P${CONCURRENCY}, ${N} harness spawns`, fmt(best(t.xargs)), '1.00x'],
    [`evalgate run, jsonl, ${N} cases, ${CONCURRENCY} workers`, fmt(best(t.jsonl)), `${(best(t.jsonl) / best(t.xargs)).toFixed(2)}x xargs`],
    [
      `evalgate run, jsonl, ${BIG_N} cases`,
      fmt(big.ms),
      `peak RSS ${big.peakRssKb === null ? 'n/a' : `${(big.peakRssKb / 1024).toFixed(0)} MiB`}, ${((BIG_N / big.ms) * 1000).toFixed(0)} cases/s`,
    ],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`${'benchmark'.padEnd(w0)}  ${'best'.padStart(w1)}  vs`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  console.log(`(best of ${ROUNDS} rounds; ${BIG_N}-case run measured once, including loading and validating ${BIG_N} case files)`);
} finally {
  await Promise.all([execDir, jsonlDir, bigDir].map((d) => rm(d, { recursive: true, force: true })));
}
