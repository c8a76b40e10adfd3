// Shared scaffolding for the CLI integration tests: temporary repositories, case files, the
// fault-injecting harness, and an in-process / subprocess way to run `evalgate`.
import { mkdtemp, mkdir, rm, writeFile, readFile, readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, execFileSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import { checkResults } from '../../src/results/check.js';
import type { Results } from '../../src/types.js';

/** Absolute path of the project checkout. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Absolute path of the fault-injecting harness script. */
export const HARNESS = join(PROJECT_ROOT, 'test/integration/fixtures/harness.mjs');
/** Absolute path of the bundled CLI. */
export const DIST_CLI = join(PROJECT_ROOT, 'dist/cli.js');

/** What one CLI invocation printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** A temporary directory, removed by `cleanup`. */
export interface TempRepo {
  dir: string;
  write(rel: string, text: string | Buffer): Promise<void>;
  read(rel: string): Promise<string>;
  exists(rel: string): boolean;
  cli(argv: string[], env?: NodeJS.ProcessEnv): Promise<CliRun>;
  cleanup(): Promise<void>;
}

/** Environment for in-process and spawned runs: the test's env minus variables that change revision or holdout. */
export function baseEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Colour settings too: the tests decide them (a CI that sets FORCE_COLOR must not colour a pipe).
  for (const k of ['GITHUB_SHA', 'GITHUB_REF', 'EVALGATE_HOLDOUT_KEY', 'EVALGATE_DEMO_VARIANT', 'EVALGATE_DEBUG', 'FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS']) delete env[k];
  env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = 'Test';
  env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = 'test@example.com';
  env.GIT_CONFIG_NOSYSTEM = '1';
  return { ...env, ...extra };
}

/**
 * Every results file a run/gate/merge wrote (`--out F` or `--out DIR/results.json`) must validate
 * against results.schema.json; checked after each CLI call so no scenario can skip it.
 */
export async function assertOutputsValid(dir: string, argv: string[]): Promise<void> {
  const i = argv.indexOf('--out');
  if (i < 0 || !['run', 'gate', 'merge'].includes(argv[0])) return;
  const out = resolve(dir, argv[i + 1]);
  const file = argv[0] === 'gate' ? join(out, 'results.json') : out;
  // A refused --out (an existing directory where a file is expected) wrote nothing to check.
  if (!existsSync(file) || statSync(file).isDirectory()) return;
  const problems = await schemaProblems(file);
  if (problems.length > 0) throw new Error(`evalgate ${argv.join(' ')} wrote invalid results:\n${problems.join('\n')}`);
}

/** Runs `evalgate argv` in-process with cwd `dir`, capturing output. */
export async function runCli(dir: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const start = Date.now();
  const code = await main(argv, {
    cwd: dir,
    env: baseEnv(env),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    tty: false,
  });
  const ms = Date.now() - start;
  await assertOutputsValid(dir, argv);
  return { code, stdout, stderr, ms };
}

/** Runs `node dist/cli.js argv` as a real subprocess (real exit code and streams). */
export function spawnCli(dir: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const start = Date.now();
    const child = spawn(process.execPath, [DIST_CLI, ...argv], { cwd: dir, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const run = { code: code ?? (signal ? 128 : -1), stdout, stderr, ms: Date.now() - start };
      assertOutputsValid(dir, argv).then(() => resolvePromise(run), reject);
    });
  });
}

/** Builds dist/cli.js when it is missing (CI builds before testing). */
export function ensureDist(): void {
  if (!existsSync(DIST_CLI)) execFileSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
}

/** Creates an empty temporary repository directory. */
export async function makeTempRepo(prefix = 'evalgate-it-'): Promise<TempRepo> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const repo: TempRepo = {
    dir,
    async write(rel, text) {
      const abs = join(dir, rel);
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    },
    read: (rel) => readFile(join(dir, rel), 'utf8'),
    exists: (rel) => existsSync(join(dir, rel)),
    cli: (argv, env) => runCli(dir, argv, env),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
  return repo;
}

/** A minimal evalgate.yml using the fault harness; `extra` is appended verbatim (top-level keys). */
export function configYaml(opts: {
  protocol?: 'exec' | 'jsonl';
  timeoutMs?: number;
  retries?: number;
  maxOutputBytes?: number;
  env?: Record<string, string>;
  concurrency?: number;
  extra?: string;
} = {}): string {
  const lines = [
    'harness:',
    `  command: node ${JSON.stringify(HARNESS)}`,
    `  protocol: ${opts.protocol ?? 'exec'}`,
    `  timeout_ms: ${opts.timeoutMs ?? 5000}`,
    `  retries: ${opts.retries ?? 2}`,
  ];
  if (opts.maxOutputBytes !== undefined) lines.push(`  max_output_bytes: ${opts.maxOutputBytes}`);
  if (opts.env) lines.push(`  env: ${JSON.stringify(opts.env)}`);
  lines.push('cases: evals/cases/**/*.yaml', `concurrency: ${opts.concurrency ?? 4}`);
  if (opts.extra) lines.push(opts.extra);
  return lines.join('\n') + '\n';
}

/** A case file for the fault harness: `input` is its JSON input; by default one output_match check on `reply`. */
export function caseYaml(opts: {
  id: string;
  input: Record<string, unknown>;
  guards?: number | string;
  severity?: string;
  pattern?: string;
  trials?: number;
  timeoutMs?: number;
  fixtures?: string;
  checks?: string;
  title?: string;
}): string {
  const lines = [
    `id: ${opts.id}`,
    `title: ${JSON.stringify(opts.title ?? `Case ${opts.id}`)}`,
    `guards: ${typeof opts.guards === 'string' ? JSON.stringify(opts.guards) : (opts.guards ?? 1)}`,
    'workflow: test',
    `severity: ${opts.severity ?? 'sev1'}`,
    `input: ${JSON.stringify(opts.input)}`,
  ];
  if (opts.trials !== undefined) lines.push(`trials: ${opts.trials}`);
  if (opts.timeoutMs !== undefined) lines.push(`timeout_ms: ${opts.timeoutMs}`);
  if (opts.fixtures) lines.push(`fixtures: ${opts.fixtures}`);
  lines.push('checks:');
  lines.push(opts.checks ?? `  - type: output_match\n    path: reply\n    pattern: ${JSON.stringify(opts.pattern ?? '^ok$')}`);
  return lines.join('\n') + '\n';
}

/** Reads a results file and asserts it is valid against results.schema.json (returns it). */
export async function readValidResults(file: string): Promise<Results> {
  const doc = JSON.parse(await readFile(file, 'utf8'));
  const checked = checkResults(doc, file);
  if (!checked.ok) throw new Error(`invalid results ${file}:\n${checked.problems.join('\n')}`);
  return checked.results;
}

/** Reads a results file without validating it (see schemaProblems). */
export async function readResults(file: string): Promise<Results> {
  return JSON.parse(await readFile(file, 'utf8')) as Results;
}

/** Problems checkResults finds in a results file (empty when it is valid against results.schema.json). */
export async function schemaProblems(file: string): Promise<string[]> {
  const checked = checkResults(JSON.parse(await readFile(file, 'utf8')), file);
  return checked.ok ? [] : checked.problems;
}

/** Number of harness invocations recorded for a case in COUNT_DIR. */
export async function countInvocations(countDir: string, caseId: string): Promise<number> {
  try {
    return (await readFile(join(countDir, caseId), 'utf8')).split('\n').filter(Boolean).length;
  } catch {
    return 0;
  }
}

/** Lists files under a directory recursively (relative paths). */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else out.push(r);
    }
  }
  await walk('');
  return out.sort();
}

/** Runs git in `dir` with a fixed identity; returns trimmed stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: baseEnv(),
    encoding: 'utf8',
  }).trim();
}

/** A stack-trace line as Node prints it ("    at fn (file:line:col)"). */
export const STACK_LINE = /^\s+at .+[:(]\d+:\d+\)?$/m;

/**
 * Minimal XML well-formedness check (no parser is installed): one root, balanced and properly
 * nested tags, quoted attributes, no stray `<` or `&` in text. Returns problems (empty when well-formed).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body)) !== null) {
    const [all, close, name, attrs, selfClose, text, stray] = m;
    if (stray) {
      problems.push(`stray "<" at offset ${m.index}: ${JSON.stringify(body.slice(m.index, m.index + 40))}`);
      continue;
    }
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${m.index}`);
      if (badAmp.test(text)) problems.push(`unescaped "&" in text at ${m.index}`);
      continue;
    }
    if (!name) continue; // CDATA or comment
    if (attrs && badAmp.test(attrs)) problems.push(`unescaped "&" in attributes of <${name}>`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name);
    }
    void all;
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}
