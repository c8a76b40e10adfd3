// The quickstart demo: a real gate over evals/ with a seeded regression, in a real git repository.
// 1. copies the example (evals/ + evalgate.yml) into a fresh repository .evalgate/demo/repo and
//    commits it on main (the "base branch"),
// 2. stores the baseline of that commit (`evalgate baseline --store`), as a push to main would,
// 3. commits the pull request on a branch: evals/agent/variant.txt switches the agent to its
//    regressed variant (a change to the harness, as a real PR makes it),
// 4. gates the branch's commit against the baseline of its merge base with main (`--base-ref main`),
//    so head and baseline are two distinct commits, and prints the report.
// It exits 0 when the gate blocked, as the seeded regression must make it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.evalgate', 'demo');
const repo = join(out, 'repo');
rmSync(out, { recursive: true, force: true });
mkdirSync(repo, { recursive: true });
const cli = join(root, 'dist', 'cli.js');

// Bold only for a person at a terminal, decided as the CLI decides colour (Node's rules).
const force = process.env.FORCE_COLOR;
const color =
  force !== undefined
    ? ['', '1', '2', '3', 'true'].includes(force)
    : process.stdout.isTTY && process.env.NO_COLOR === undefined && process.env.NODE_DISABLE_COLORS === undefined && process.env.TERM !== 'dumb';
const bold = color ? (s) => `\x1b[1m${s}\x1b[0m` : (s) => s;

// The repository decides the commit and the variant: not the runner's GITHUB_SHA/GITHUB_REF, not
// an EVALGATE_DEMO_VARIANT of the caller's environment.
const env = { ...process.env };
for (const k of ['GITHUB_SHA', 'GITHUB_REF', 'EVALGATE_DEMO_VARIANT', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];

function git(...args) {
  const r = spawnSync('git', ['-c', 'user.name=evalgate demo', '-c', 'user.email=demo@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: repo,
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(`git ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
    process.exit(1);
  }
  return r.stdout.trim();
}

function shell(title, line) {
  console.log(`\n${bold(`$ ${line}`)}   # ${title}`);
}

function step(title, args) {
  console.log(`\n${bold(`$ evalgate ${args.join(' ')}`)}   # ${title}`);
  return spawnSync(process.execPath, [cli, ...args], { cwd: repo, stdio: 'inherit', env }).status;
}

// 1. The base branch: the example agent as it is.
cpSync(join(root, 'evals'), join(repo, 'evals'), { recursive: true, filter: (src) => basename(src) !== 'variant.txt' });
cpSync(join(root, 'evalgate.yml'), join(repo, 'evalgate.yml'));
writeFileSync(join(repo, '.gitignore'), '.evalgate/\n');
console.log(`Demo repository: ${join('.evalgate', 'demo', 'repo')}`);
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'The example agent');
const base = git('rev-parse', '--short', 'HEAD');
shell(`main at ${base}: the example agent (evals/, evalgate.yml)`, 'git init && git add -A && git commit -m "The example agent"');

// 2. The baseline of main's commit, stored as the action's baseline job stores it.
if (step(`baseline: store the run of main at ${base}`, ['baseline', '--suite', 'benchmark']) !== 0) {
  console.error('\nThe baseline run should pass every case; see the report above.');
  process.exit(1);
}

// 3. The pull request: a commit on a branch that regresses the harness.
git('checkout', '-qb', 'regress-the-agent');
writeFileSync(join(repo, 'evals', 'agent', 'variant.txt'), 'regressed\n');
git('add', '-A');
git('commit', '-qm', 'Switch the agent to its regressed variant');
const head = git('rev-parse', '--short', 'HEAD');
shell(`branch regress-the-agent at ${head}: the pull request`, 'git switch -c regress-the-agent && echo regressed > evals/agent/variant.txt && git commit -am "Switch the agent to its regressed variant"');

// 4. The gate of the branch's commit against the baseline of its merge base with main.
const gateDir = join('..', 'gate');
const code = step(`gate: ${head} against the baseline of ${base}`, ['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', gateDir]);
if (code !== 1) {
  console.error(`\nExpected the gate to block the seeded regression (exit 1), got exit ${code}.`);
  process.exit(1);
}
console.log(`\nThe gate blocked the seeded regression of ${head} against the baseline of ${base} (exit 1), as it should.`);
console.log(`Markdown report (the PR comment): ${join('.evalgate', 'demo', 'gate', 'report.md')}`);
