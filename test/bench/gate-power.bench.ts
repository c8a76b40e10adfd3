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
import { familyAlpha } from '../../src/comparison/design.js';

const GATES = Number(process.env.GATES ?? 200);
const SIZES = (process.env.SIZES ?? '1,20,100').split(',').map(Number);
/** Gates per baseline (1 = a fresh baseline for every gate). */
const REUSE = Number(process.env.BASELINE_REUSE ?? 1);
const STOCH = resolve('test/fixtures/stochastic-harness.mjs');
const P = 0.9;
const DROP = 0.2;

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

function caseYaml(id: string): string {
  return `id: ${id}\ntitle: ${id}\nguards: 1\nworkflow: w\nseverity: sev1\nfailure_class: bad_output\nsuites: [benchmark]\ntrials: 3\ninput: { p: ${P} }\nchecks:\n  - type: output_match\n    path: reply\n    pattern: "^ok$"\n`;
}

async function cli(dir: string, argv: string[], env: Record<string, string>): Promise<number> {
  return main(argv, { cwd: dir, env: { ...process.env, ...env }, stdout: () => {}, stderr: () => {}, tty: false });
}

function runsOf(r: Results, id: string): number {
  const c = r.cases.find((x) => x.id === id)!;
  return c.runs + c.errors;
}

async function row(n: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'evalgate-power-'));
  try {
    await writeFile(join(dir, 'evalgate.yml'), `harness:\n  command: node ${JSON.stringify(STOCH)}\n  protocol: jsonl\nconcurrency: 4\n`);
    await mkdir(join(dir, 'evals/cases/w'), { recursive: true });
    const ids = Array.from({ length: n }, (_, i) => `case-${String(i).padStart(3, '0')}`);
    for (const id of ids) await writeFile(join(dir, 'evals/cases/w', `${id}.yaml`), caseYaml(id));
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
    let family: Comparison['family'];
    const started = Date.now();
    for (let g = 0; g < GATES; g++) {
      const baseFile = join(dir, 'out', `base-${Math.floor(g / REUSE)}.json`);
      if (g % REUSE === 0) {
        const code = await cli(dir, ['baseline', '--suite', 'benchmark', '--out', baseFile], { STOCH_SEED: `base-${n}-${g}` });
        if (code !== 0) throw new Error(`baseline exited ${code}`);
        const base = JSON.parse(await readFile(baseFile, 'utf8')) as Results;
        baseRuns += base.cases.reduce((s, c) => s + c.runs + c.errors, 0);
      }
      // Nothing changed: a fresh seed for the head.
      const same = await cli(dir, ['gate', '--suite', 'benchmark', '--baseline', baseFile, '--out', join(dir, 'out', 'same')], { STOCH_SEED: `same-${n}-${g}` });
      if (same === 1) falseBlocks++;
      const headSame = JSON.parse(await readFile(join(dir, 'out/same/results.json'), 'utf8')) as Results;
      const cmpSame = JSON.parse(await readFile(join(dir, 'out/same/comparison.json'), 'utf8')) as Comparison;
      family = cmpSame.family;
      inconclusive += cmpSame.cases.filter((c) => c.status === 'inconclusive').length;
      runsUnchangedGate += headSame.cases.reduce((s, c) => s + c.runs + c.errors, 0);
      // One case dropped by min_drop.
      const dropId = ids[g % n];
      await cli(dir, ['gate', '--suite', 'benchmark', '--baseline', baseFile, '--out', join(dir, 'out', 'drop')], { STOCH_SEED: `drop-${n}-${g}`, STOCH_DROP_CASE: dropId, STOCH_DROP: String(DROP) });
      const cmp = JSON.parse(await readFile(join(dir, 'out/drop/comparison.json'), 'utf8')) as Comparison;
      const head = JSON.parse(await readFile(join(dir, 'out/drop/results.json'), 'utf8')) as Results;
      if (cmp.cases.find((c) => c.id === dropId)?.status === 'regressed') caught++;
      runsDropped += runsOf(head, dropId);
      for (const id of ids) if (id !== dropId) {
        runsUnchangedCases += runsOf(head, id);
        unchangedCaseCount++;
      }
    }
    const secs = (Date.now() - started) / 1000;
    const caseAlpha = familyAlpha(0.05, n);
    const floorH0 = sprtEss(P, P - DROP, caseAlpha, 0.1, P);
    const floorH1 = sprtEss(P, P - DROP, caseAlpha, 0.1, P - DROP);
    const fmt = (x: number) => x.toFixed(1);
    const pct = (k: number) => `${((100 * k) / GATES).toFixed(1)}%`;
    console.log(
      `| ${n} | ${GATES} | ${falseBlocks}/${GATES} (${pct(falseBlocks)}) | ${caught}/${GATES} (${pct(caught)}) | ${fmt(runsUnchangedGate / GATES)} | ` +
        `${fmt(n > 1 ? runsUnchangedCases / unchangedCaseCount : runsUnchangedGate / GATES)} / ${fmt(floorH0)} | ${fmt(runsDropped / GATES)} / ${fmt(floorH1)} | ` +
        `${fmt(baseRuns / Math.ceil(GATES / REUSE) / n)} | ${family ? family.case_alpha.toPrecision(2) : '?'} | ${inconclusive} | ${fmt(secs)} s |`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`gate power, end to end (p = ${P}, drop ${DROP}, trials 3, alpha 0.05, power 0.9; baselines reused by ${REUSE} gate(s))`);
console.log('| cases | gates | false blocks (nothing changed) | drop caught | harness runs per unchanged gate | runs per unchanged case / SPRT floor | runs on the dropped case / SPRT floor | baseline runs per case | per-case alpha | inconclusive rows | wall |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of SIZES) await row(n);
