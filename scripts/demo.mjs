// The quickstart demo: a real gate over evals/ with a seeded regression.
// 1. runs the benchmark suite on the example harness as it is (the "base branch"),
// 2. flips the harness to its regressed variant (the "pull request") and gates it against step 1,
// 3. prints the report. It exits 0 when the gate blocked, as the seeded regression must make it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.evalgate', 'demo');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const cli = join(root, 'dist', 'cli.js');
// Bold only for a person at a terminal: piped output and NO_COLOR get plain text (as the CLI does).
const bold = process.stdout.isTTY && !process.env.NO_COLOR ? (s) => `\x1b[1m${s}\x1b[0m` : (s) => s;

function step(title, args, env = {}) {
  console.log(`\n${bold(`$ ${Object.entries(env).map(([k, v]) => `${k}=${v} `).join('')}evalgate ${args.join(' ')}`)}   # ${title}`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status;
}

const baseline = join('.evalgate', 'demo', 'baseline.json');
if (step('baseline: the harness on the base branch', ['run', '--suite', 'benchmark', '--out', baseline], { EVALGATE_DEMO_VARIANT: 'baseline' }) !== 0) {
  console.error('\nThe baseline run should pass every case; see the report above.');
  process.exit(1);
}
const code = step('gate: the pull request that regressed the harness', ['gate', '--suite', 'benchmark', '--baseline', baseline, '--out', join('.evalgate', 'demo', 'gate')], {
  EVALGATE_DEMO_VARIANT: 'regressed',
});
if (code !== 1) {
  console.error(`\nExpected the gate to block the seeded regression (exit 1), got exit ${code}.`);
  process.exit(1);
}
console.log(`\nThe gate blocked the seeded regression (exit 1), as it should.`);
console.log(`Markdown report (the PR comment): ${join('.evalgate', 'demo', 'gate', 'report.md')}`);
