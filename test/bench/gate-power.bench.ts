// The gate's PR-level error rates and cost, end to end: `npx tsx test/bench/gate-power.bench.ts`.
//
// Through the real engine and real processes: a temporary git repository, the seeded stochastic
// harness (test/fixtures/stochastic-harness.mjs) over the jsonl protocol, each baseline written by
// `evalgate baseline --out F`, each decision by `evalgate gate --baseline F` (the CLI's main(), in
// process; harness workers are child processes). Suites of N stochastic cases at p = 0.9, trials 3,
// default gate settings (alpha .05, power .9, min_drop .2). Per row: G seeded gates with nothing
// changed (false blocks) and G with one case dropped by min_drop (caught = that case regressed).
// Cost is harness runs per gate and per case, next to the exact Wald SPRT expected sample size at
// the same per-case error rates (the floor of a one-sample test that knew the baseline rate).
//   GATES=200 SIZES=1,20,100 BASELINE_REUSE=1 npx tsx test/bench/gate-power.bench.ts
import { mkdtemp, rm, writeFile, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import type { Comparison, Results } from '../../src/types.js';
import { planSprt } from './sprt-reference.js';

const GATES = Number(process.env.GATES ?? 200);
const SIZES = (process.env.SIZES ?? '1,20,100').split(',').map(Number);
/** Gates per baseline (1 = a fresh baseline for every gate). */
const REUSE = Number(process.env.BASELINE_REUSE ?? 1);
const STOCH = resolve('test/fixtures/stochastic-harness.mjs');

/**
 * One row's conditions (ROWS=name,name selects presets; without ROWS the default rows at SIZES).
 * p: each case's pass rate (a list cycles over the cases: a mixed suite); drop: the seeded drop of
 * one case; minDrop: gate.min_drop; trials: per case; baseline: `baseline` (topped up) or `run`
 * (a plain run stored as the baseline: a short one); shards: gate in n shards, merge, compare.
 */
interface RowSpec {
  name: string;
  n: number;
  p: number[];
  drop: number;
  minDrop: number;
  trials: number;
  baseline: 'baseline' | 'run';
  shards: number;
}

const PRESETS: Record<string, Omit<RowSpec, 'name'>> = {
  'p50': { n: 20, p: [0.5], drop: 0.2, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 1 },
  'p70': { n: 20, p: [0.7], drop: 0.2, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 1 },
  'p97': { n: 20, p: [0.97], drop: 0.2, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 1 },
  'min-drop-0.1': { n: 20, p: [0.9], drop: 0.1, minDrop: 0.1, trials: 3, baseline: 'baseline', shards: 1 },
  'min-drop-0.3': { n: 20, p: [0.9], drop: 0.3, minDrop: 0.3, trials: 3, baseline: 'baseline', shards: 1 },
  'mixed': { n: 20, p: [0.5, 0.7, 0.9, 0.97], drop: 0.2, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 1 },
  'trials-1-flaky': { n: 20, p: [0.9], drop: 0.2, minDrop: 0.2, trials: 1, baseline: 'baseline', shards: 1 },
  'short-baseline': { n: 20, p: [0.9], drop: 0.2, minDrop: 0.2, trials: 3, baseline: 'run', shards: 1 },
  'unsharded-7': { n: 7, p: [0.95], drop: 0.55, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 1 },
  'sharded-7x4': { n: 7, p: [0.95], drop: 0.55, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 4 },
};

function rowSpecs(): RowSpec[] {
  if (process.env.ROWS) {
    return process.env.ROWS.split(',').map((name) => {
      const preset = PRESETS[name];
      if (!preset) throw new Error(`ROWS: unknown row '${name}' (known: ${Object.keys(PRESETS).join(', ')})`);
      return { name, ...preset, n: Number(process.env.N ?? preset.n) };
    });
  }
  return SIZES.map((n) => ({ name: `p90 n=${n}`, n, p: [0.9], drop: 0.2, minDrop: 0.2, trials: 3, baseline: 'baseline', shards: 1 }));
}

/** Exact expected sample size of Wald's SPRT (p0 vs p1, alpha, beta) under rate p, by dynamic programming. */
function sprtEss(p0: number, p1: number, alpha: number, beta: number, p: number): number {
  const plan = planSprt(p0, p1, alpha, beta);
  let dist = new Map<number, number>([[0, 1]]); // passes -> probability, at n trials
  let ess = 0;
  for (let n = 0; n < 5000 && dist.size > 0; n++) {
    const next = new Map<number, number>();
    for (const [k, pr] of dist) {
      const llr = k * plan.llrPass + (n - k) * plan.llrFail;
      if (n > 0 && (llr >= plan.a || llr <= plan.b)) {
        ess += pr * n;
        continue;
      }
      next.set(k + 1, (next.get(k + 1) ?? 0) + pr * p);
      next.set(k, (next.get(k) ?? 0) + pr * (1 - p));
    }
    dist = next;
  }
  return ess;
}

function caseYaml(id: string, p: number, trials: number): string {
  return `id: ${id}\ntitle: ${id}\nguards: 1\nworkflow: w\nseverity: sev1\nfailure_class: bad_output\nsuites: [benchmark]\ntrials: ${trials}\ninput: { p: ${p} }\nchecks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n`;
}

async function cli(dir: string, argv: string[], env: Record<string, string>): Promise<number> {
  return main(argv, { cwd: dir, env: { ...process.env, ...env }, stdout: () => {}, stderr: () => {}, tty: false });
}

function runsOf(r: Results, id: string): number {
  const c = r.cases.find((x) => x.id === id)!;
  return c.runs + c.errors;
}

/** One gate decision: unsharded `gate`, or `gate --shard i/n` per shard, `merge`, then `compare` (the merged verdict). */
async function gateOnce(dir: string, spec: RowSpec, baseFile: string, out: string, env: Record<string, string>): Promise<{ code: number; head: Results; cmp: Comparison }> {
  const outDir = join(dir, 'out', out);
  if (spec.shards <= 1) {
    const code = await cli(dir, ['gate', '--suite', 'benchmark', '--baseline', baseFile, '--out', outDir], env);
    return { code, head: JSON.parse(await readFile(join(outDir, 'results.json'), 'utf8')), cmp: JSON.parse(await readFile(join(outDir, 'comparison.json'), 'utf8')) };
  }
  const files: string[] = [];
  for (let i = 1; i <= spec.shards; i++) {
    const sd = `${outDir}-shard-${i}`;
    await cli(dir, ['gate', '--suite', 'benchmark', '--baseline', baseFile, '--shard', `${i}/${spec.shards}`, '--out', sd], env);
    files.push(join(sd, 'results.json'));
  }
  const merged = `${outDir}-merged.json`;
  if ((await cli(dir, ['merge', ...files, '--out', merged], {})) !== 0) throw new Error('merge failed');
  const code = await cli(dir, ['compare', '--base', baseFile, '--head', merged, '--config', 'evalgate.yml', '--out', `${outDir}-cmp.json`], {});
  return { code, head: JSON.parse(await readFile(merged, 'utf8')), cmp: JSON.parse(await readFile(`${outDir}-cmp.json`, 'utf8')) };
}

async function row(spec: RowSpec): Promise<void> {
  const { n } = spec;
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-power-'));
  try {
    await writeFile(join(dir, 'evalgate.yml'), `harness:\n  command: node ${JSON.stringify(STOCH)}\n  protocol: jsonl\nconcurrency: 4\ngate:\n  min_drop: ${spec.minDrop}\n`);
    await mkdir(join(dir, 'evals/cases/w'), { recursive: true });
    const ids = Array.from({ length: n }, (_, i) => `case-${String(i).padStart(3, '0')}`);
    const rate = (i: number) => spec.p[i % spec.p.length];
    for (const [i, id] of ids.entries()) await writeFile(join(dir, 'evals/cases/w', `${id}.yaml`), caseYaml(id, rate(i), spec.trials));
    await writeFile(join(dir, '.gitignore'), 'out/\n');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@x', GIT_COMMITTER_NAME: 'b', GIT_COMMITTER_EMAIL: 'b@x' } });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'bench');

    let falseBlocks = 0;
    let caught = 0;
    let baseRuns = 0;
    let runsUnchangedGate = 0;
    let runsUnchangedCases = 0;
    let unchangedCaseCount = 0;
    let runsDropped = 0;
    let inconclusive = 0;
    let dropInconclusive = 0;
    let family: Comparison['family'];
    const started = Date.now();
    for (let g = 0; g < GATES; g++) {
      const baseFile = join(dir, 'out', `base-${Math.floor(g / REUSE)}.json`);
      if (g % REUSE === 0) {
        const verb = spec.baseline === 'run' ? ['run', '--suite', 'benchmark', '--out', baseFile] : ['baseline', '--suite', 'benchmark', '--out', baseFile];
        const code = await cli(dir, verb, { STOCH_SEED: `base-${n}-${g}` });
        if (code !== 0 && spec.baseline !== 'run') throw new Error(`baseline exited ${code}`);
        const base = JSON.parse(await readFile(baseFile, 'utf8')) as Results;
        baseRuns += base.cases.reduce((s, c) => s + c.runs + c.errors, 0);
      }
      // Nothing changed: a fresh seed for the head.
      const { code: same, head: headSame, cmp: cmpSame } = await gateOnce(dir, spec, baseFile, 'same', { STOCH_SEED: `same-${n}-${g}` });
      if (same === 1) falseBlocks++;
      family = cmpSame.family;
      inconclusive += cmpSame.cases.filter((c) => c.status === 'inconclusive').length;
      runsUnchangedGate += headSame.cases.reduce((s, c) => s + c.runs + c.errors, 0);
      // One case dropped by min_drop.
      const dropId = ids[g % n];
      const { cmp, head } = await gateOnce(dir, spec, baseFile, 'drop', { STOCH_SEED: `drop-${n}-${g}`, STOCH_DROP_CASE: dropId, STOCH_DROP: String(spec.drop) });
      const dropStatus = cmp.cases.find((c) => c.id === dropId)?.status;
      if (dropStatus === 'regressed') caught++;
      if (dropStatus === 'inconclusive') dropInconclusive++;
      runsDropped += runsOf(head, dropId);
      for (const id of ids) if (id !== dropId) {
        runsUnchangedCases += runsOf(head, id);
        unchangedCaseCount++;
      }
    }
    const secs = (Date.now() - started) / 1000;
    // The floor for the row's (first) rate: a one-sample SPRT at the family's per-case alpha
    // (trials: 1 rows have no family: the floor is then at gate.alpha).
    const caseAlpha = family && family.tests > 0 ? family.case_alpha : 0.05;
    const P = spec.p[0];
    const floorH0 = sprtEss(P, Math.max(0.001, P - spec.minDrop), caseAlpha, 0.1, P);
    const floorH1 = sprtEss(P, Math.max(0.001, P - spec.minDrop), caseAlpha, 0.1, Math.max(0, P - spec.drop));
    const fmt = (x: number) => x.toFixed(1);
    const pct = (k: number) => `${((100 * k) / GATES).toFixed(1)}%`;
    console.log(
      `| ${spec.name} | ${n} | ${GATES} | ${falseBlocks}/${GATES} (${pct(falseBlocks)}) | ${caught}/${GATES} (${pct(caught)}) | ${fmt(runsUnchangedGate / GATES)} | ` +
        `${fmt(n > 1 ? runsUnchangedCases / unchangedCaseCount : runsUnchangedGate / GATES)} / ${fmt(floorH0)} | ${fmt(runsDropped / GATES)} / ${fmt(floorH1)} | ` +
        `${fmt(baseRuns / Math.ceil(GATES / REUSE) / n)} | ${family ? family.case_alpha.toPrecision(2) : '?'} | ${inconclusive} | ${dropInconclusive}/${GATES} | ${fmt(secs)} s |`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`gate power, end to end (alpha 0.05, power 0.9; baselines reused by ${REUSE} gate(s))`);
console.log('| row | cases | gates | false blocks (nothing changed) | drop caught | harness runs per unchanged gate | runs per unchanged case / SPRT floor | runs on the dropped case / SPRT floor | baseline runs per case | per-case alpha | inconclusive rows (unchanged gates) | dropped case inconclusive | wall |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const spec of rowSpecs()) await row(spec);
