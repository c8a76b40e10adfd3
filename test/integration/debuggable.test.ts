// "A harness you can debug" (issue #21), through the real CLI (dist/cli.js) on temporary
// repositories with real harness processes: what a user sees when the harness is misconfigured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseYaml, ensureDist, makeTempRepo, spawnCli, STACK_LINE, type TempRepo } from './helpers.js';

const OK_AGENT = `import { readFileSync } from 'node:fs';
JSON.parse(readFileSync(0, 'utf8') || '{}');
process.stdout.write(JSON.stringify({ output: { reply: 'ok' }, steps: [] }) + '\\n');
`;

const SECRET = 'sk-live-Zx81Qw77Lm09Pa55Rt31';

/** evalgate.yml for an agent script; `extra` is appended (top-level keys or harness lines). */
function config(command: string, lines: string[] = []): string {
  return ['harness:', `  command: ${command}`, '  timeout_ms: 10000', '  retries: 0', ...lines, ''].join('\n');
}

beforeAll(() => ensureDist());

describe('a harness that crashes shows its stderr', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-debug-');
    await repo.write('agent/run.mjs', OK_AGENT);
    // Leaks a secret-looking variable of its environment to stderr, then crashes.
    await repo.write('agent/leaky.mjs', `console.error('calling model with key ' + process.env.SERVICE_API_KEY);\nthrow new Error('model refused the request');\n`);
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'a', input: {}, pattern: 'ok' }));
    await repo.write('evalgate.yml', config('node agent/run.mjs'));
    const base = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'base.json']);
    expect(base.code, base.stdout + base.stderr).toBe(0);
  }, 60_000);
  afterAll(() => repo?.cleanup());

  it('run: a typo in harness.command shows Node\'s "Cannot find module", not only "exited with code 1"', async () => {
    await repo.write('evalgate.yml', config('node agent/rnu.mjs'));
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'typo.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('harness exited with code 1 without printing a trace');
    expect(r.stdout).toMatch(/stderr:\n\s+.*\n(\s+.*\n)*\s+Error: Cannot find module '.*agent\/rnu\.mjs'/);
    // The last meaningful lines only: no stack frames, no Node version footer.
    expect(r.stdout).not.toMatch(STACK_LINE);
    expect(r.stdout).not.toMatch(/Node\.js v\d/);
  });

  it('gate: the terminal and report.md show the errored case\'s stderr', async () => {
    await repo.write('evalgate.yml', config('node agent/rnu.mjs'));
    const r = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-typo']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/ERRORED \(1\)[\s\S]*stderr:[\s\S]*Error: Cannot find module '.*agent\/rnu\.mjs'/);
    expect(r.stdout).not.toMatch(STACK_LINE);
    const md = await repo.read('gate-typo/report.md');
    const errored = md.slice(md.indexOf('### Errored'), md.indexOf('### Suite'));
    // In view (not only in the fold): the last stderr lines, under the errored table.
    expect(errored).toMatch(/stderr \(last \d+ lines?\):\n\n\s*```\n[\s\S]*Error: Cannot find module '.*agent\/rnu\.mjs'[\s\S]*```\n\n\s*<details><summary>full stderr tail/);
  });

  it('the stderr shown is redacted (a secret of the environment never reaches the terminal or the report)', async () => {
    await repo.write('evalgate.yml', config('node agent/leaky.mjs'));
    const env = { SERVICE_API_KEY: SECRET };
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'leaky.json'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/stderr:\n\s+calling model with key \*\*\*\n[\s\S]*Error: model refused the request/);
    const gate = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-leaky'], env);
    expect(gate.stdout).toContain('calling model with key ***');
    const md = await repo.read('gate-leaky/report.md');
    expect(md).toContain('calling model with key ***');
    for (const text of [run.stdout, run.stderr, gate.stdout, gate.stderr, md, await repo.read('leaky.json')]) expect(text).not.toContain(SECRET.slice(4, 16));
  });
});

describe('the "log to stderr" hint is shown whole', () => {
  const HINT = 'stdout is the trace: log to stderr (console.error, print(..., file=sys.stderr), >&2)';
  // How Markdown escapes it (GitHub renders `>&2`).
  const HINT_MD = 'stdout is the trace: log to stderr (console.error, print(..., file=sys.stderr), &gt;&amp;2)';
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-debug-hint-');
    await repo.write('agent/run.mjs', OK_AGENT);
    // A long log line on stdout before the trace: the message that explains it is over 200 characters.
    await repo.write('agent/chatty.mjs', `console.log('starting agent: model gpt-4.1-mini, temperature 0.2, tools lookup and refund, retrieval top_k 8, streaming off');\n${OK_AGENT}`);
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'a', input: {}, pattern: 'ok' }));
    await repo.write('evalgate.yml', config('node agent/run.mjs'));
    expect((await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'base.json'])).code).toBe(0);
    await repo.write('evalgate.yml', config('node agent/chatty.mjs'));
  }, 60_000);
  afterAll(() => repo?.cleanup());

  it('run: in the terminal report and in `report --format md`', async () => {
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'chatty.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`it holds 1 line besides a JSON line (first: "starting agent: model gpt-4.1-mini`);
    expect(r.stdout).toContain(HINT);
    const md = await spawnCli(repo.dir, ['report', 'chatty.json', '--format', 'md']);
    expect(md.stdout).toContain(HINT_MD);
  });

  it('gate: in the terminal report and in report.md', async () => {
    const r = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-chatty']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`ERRORED \\(1\\)\\n.*\\n\\s+harness exited 0; .*${HINT.replace(/[().*+?^$|[\]\\]/g, '\\$&')}`));
    expect(await repo.read('gate-chatty/report.md')).toContain(HINT_MD);
  });
});
