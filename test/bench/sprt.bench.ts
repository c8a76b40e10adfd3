// Benchmark of the truncated SPRT used for adaptive re-trials: `npx tsx test/bench/sprt.bench.ts`.
// Seeded simulations of gates at p0 = 0.9 (unchanged) and p = 0.7 (drop of min_drop = 0.2).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { sequentialDecision, type SequentialOptions } from './sprt-reference.js';
import { boschlooOneSidedLess, fisherOneSidedLess } from '../../src/comparison/stats.js';

const SIMS = Number(process.env.SIMS ?? 4000);
const P0 = 0.9;
const P1 = 0.7;
const ALPHA = 0.05;
const POWER = 0.9;

type Rng = ReturnType<typeof xoroshiro128plus>;

/** Runs one gate: head trials one at a time until the sequential test decides. */
function simulateGate(rng: Rng, p: number, base: { passes: number; runs: number }, opts: SequentialOptions): { regressed: boolean; runs: number } {
  const head = { passes: 0, runs: 0 };
  for (;;) {
    const d = sequentialDecision(base, head, opts);
    if (d !== 'continue') return { regressed: d === 'regressed', runs: head.runs };
    head.runs += 1;
    if (uniformFloat64(rng) < p) head.passes += 1;
  }
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}
function binomCdf(x: number, n: number, p: number): number {
  let s = 0;
  for (let i = 0; i <= x; i++) s += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log(1 - p));
  return s;
}

/** Smallest n at which the exact one-sided binomial test of H0 p = P0 at ALPHA has power >= POWER at P1. */
function fixedSizeExact(): { n: number; alpha: number; power: number } {
  for (let n = 1; n < 500; n++) {
    let c = -1;
    while (c + 1 <= n && binomCdf(c + 1, n, P0) <= ALPHA) c++;
    if (c < 0) continue;
    const power = binomCdf(c, n, P1);
    if (power >= POWER) return { n, alpha: binomCdf(c, n, P0), power };
  }
  throw new Error('no fixed size found');
}

interface Row {
  label: string;
  falseBlock: number;
  power: number;
  runsH0: number;
  runsH1: number;
}

function run(label: string, maxTrials: number, truncation: 'exact' | 'llr', baseRuns: number | null, seed: number): Row {
  const rng = xoroshiro128plus(seed);
  const opts: SequentialOptions = { alpha: ALPHA, power: POWER, min_drop: P0 - P1, max_trials: maxTrials, truncation };
  // A long stored baseline: its Laplace estimate 9001/10002 is p0 = 0.9 to four places.
  const known = { passes: 9000, runs: 10000 };
  const drawBase = (): { passes: number; runs: number } => {
    if (baseRuns === null) return known;
    let passes = 0;
    for (let i = 0; i < baseRuns; i++) if (uniformFloat64(rng) < P0) passes++;
    return { passes, runs: baseRuns };
  };
  let blocks = 0;
  let caught = 0;
  let runsH0 = 0;
  let runsH1 = 0;
  for (let i = 0; i < SIMS; i++) {
    const h0 = simulateGate(rng, P0, drawBase(), opts);
    blocks += h0.regressed ? 1 : 0;
    runsH0 += h0.runs;
    const h1 = simulateGate(rng, P1, drawBase(), opts);
    caught += h1.regressed ? 1 : 0;
    runsH1 += h1.runs;
  }
  return { label, falseBlock: blocks / SIMS, power: caught / SIMS, runsH0: runsH0 / SIMS, runsH1: runsH1 / SIMS };
}

const t0 = Date.now();
const fixed = fixedSizeExact();
const rows: Row[] = [
  run('truncated SPRT, max_trials 20 (the old default), exact at truncation', 20, 'exact', null, 1),
  run('truncated SPRT, max_trials 20, log-LR sign at truncation', 20, 'llr', null, 2),
  run('truncated SPRT, max_trials 33, exact at truncation', 33, 'exact', null, 3),
  run('truncated SPRT, max_trials 33, log-LR sign at truncation', 33, 'llr', null, 4),
  run('truncated SPRT, max_trials 50, exact at truncation', 50, 'exact', null, 5),
  run('truncated SPRT, max_trials 60, exact at truncation', 60, 'exact', null, 10),
  run('truncated SPRT, max_trials 100, exact at truncation', 100, 'exact', null, 11),
  run('untruncated SPRT (max_trials 10000)', 10000, 'exact', null, 6),
  run('truncated SPRT, max_trials 20, baseline estimated from 20 runs', 20, 'exact', 20, 7),
  run('truncated SPRT, max_trials 33, baseline estimated from 20 runs', 33, 'exact', 20, 8),
  run('truncated SPRT, max_trials 33, baseline estimated from 100 runs', 33, 'exact', 100, 9),
];
/** Fixed two-sample design (n base runs vs n head runs), decided by Fisher or by Boschloo at ALPHA. */
function twoSample(n: number, seed: number): Array<{ label: string; falseBlock: number; power: number }> {
  const rng = xoroshiro128plus(seed);
  const draw = (p: number): number => {
    let c = 0;
    for (let i = 0; i < n; i++) if (uniformFloat64(rng) < p) c++;
    return c;
  };
  const hits = { fisher: [0, 0], boschloo: [0, 0] };
  for (let i = 0; i < SIMS; i++) {
    [P0, P1].forEach((p, j) => {
      const b = draw(P0);
      const h = draw(p);
      if (fisherOneSidedLess(b, n, h, n) <= ALPHA) hits.fisher[j]++;
      if (boschlooOneSidedLess(b, n, h, n) <= ALPHA) hits.boschloo[j]++;
    });
  }
  return (['fisher', 'boschloo'] as const).map((k) => ({
    label: `fixed ${n} base + ${n} head runs, ${k === 'fisher' ? 'Fisher' : 'Boschloo'} exact test`,
    falseBlock: hits[k][0] / SIMS,
    power: hits[k][1] / SIMS,
  }));
}
const fixedTwoSample = [...twoSample(20, 21), ...twoSample(33, 22)];

const pct = (x: number): string => (100 * x).toFixed(1) + '%';
const lines = [
  `SPRT benchmark: H0 p = ${P0}, H1 p = ${P1}, alpha ${ALPHA}, power ${POWER}, ${SIMS} simulated gates per scenario and hypothesis (seeded).`,
  '',
  '| method | false-block rate (p = 0.9) | power (p = 0.7) | mean runs, p = 0.9 | mean runs, p = 0.7 | mean runs, both |',
  '|---|---|---|---|---|---|',
  `| fixed-size exact binomial test (computed) | ${pct(fixed.alpha)} | ${pct(fixed.power)} | ${fixed.n} | ${fixed.n} | ${fixed.n} |`,
  '| exact SPRT (reference figure) | 5% | 90% | | | 18.5 |',
  ...rows.map(
    (r) =>
      `| ${r.label} | ${pct(r.falseBlock)} | ${pct(r.power)} | ${r.runsH0.toFixed(1)} | ${r.runsH1.toFixed(1)} | ${((r.runsH0 + r.runsH1) / 2).toFixed(1)} |`,
  ),
  '',
  'Final decision on fixed counts (compareResults), baseline estimated from the same number of runs:',
  '',
  '| method | false-block rate (p = 0.9) | power (p = 0.7) | runs per side |',
  '|---|---|---|---|',
  ...fixedTwoSample.map((r) => `| ${r.label} | ${pct(r.falseBlock)} | ${pct(r.power)} | ${r.label.match(/fixed (\d+)/)![1]} |`),
  '',
  `(${((Date.now() - t0) / 1000).toFixed(1)} s)`,
];
console.log(lines.join('\n'));
