// "A harness you can debug" (issue #21), through the real CLI (dist/cli.js) on temporary
// repositories with real harness processes: what a user sees when the harness is misconfigured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { caseYaml, ensureDist, git, makeTempRepo, spawnCli, STACK_LINE, type TempRepo } from './helpers.js';

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

  it('when every head trial errored the figures say "all trials errored", not 1/1 → 0/0, "over 0 paired cases" or latency -100%', async () => {
    await repo.write('evalgate.yml', config('node agent/rnu.mjs'));
    const r = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-all-errored']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/! a — guards #1 "Case a"\s+1\/1 → all trials errored/);
    expect(r.stdout).toMatch(/^suite: all trials errored on head \(1 error, none evaluated\): no pass rate to compare with the baseline's 100\.0%$/m);
    expect(r.stdout).toContain('errored on head (all 1 trial errored) where base 1/1 passed');
    const md = await repo.read('gate-all-errored/report.md');
    expect(md).toContain('all trials errored on head (1 error, none evaluated): no pass rate to compare.');
    expect(md).toMatch(/\| `a` \| #​1 \| 1\/1 \| all 1 \|/);
    expect(md).toMatch(/\| latency p95 \| \d+ ms \| — \| — \|/);
    for (const text of [r.stdout, md]) {
      expect(text).not.toMatch(/→ 0\/0|0\/0 passed|over 0 paired cases|0 paired cases|-100\.0%|1\/0/);
    }
    const run = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'all-errored.json']);
    expect(run.stdout).toContain('pass rate — (all trials errored: 1 error, none evaluated)');
    expect(run.stdout).toContain('latency p50 —, p95 —');
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

describe('protocol: jsonl with a harness that is really an exec harness', () => {
  let repo: TempRepo;
  const cases = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-debug-jsonl-');
    // The usual exec harness: reads its input to the end of stdin, prints one trace.
    await repo.write('agent/exec.mjs', OK_AGENT);
    // Reads one line, prints one trace (no "id"), exits.
    await repo.write('agent/one-line.mjs', `import { createInterface } from 'node:readline';\ncreateInterface({ input: process.stdin }).once('line', () => { process.stdout.write(JSON.stringify({ output: { reply: 'ok' }, steps: [] }) + '\\n'); process.exit(0); });\n`);
    // Reads one line, logs to stdout, exits without any trace.
    await repo.write('agent/logs-and-exits.mjs', `import { createInterface } from 'node:readline';\ncreateInterface({ input: process.stdin }).once('line', () => { console.log('hello from the agent'); process.exit(0); });\n`);
    // A real jsonl worker that is slow: replies (with the id) after 1.5 s, or never.
    await repo.write(
      'agent/slow-jsonl.mjs',
      `import { createInterface } from 'node:readline';\ncreateInterface({ input: process.stdin }).on('line', (l) => { const r = JSON.parse(l); if (r.case === 'c1') setTimeout(() => process.stdout.write(JSON.stringify({ id: r.id, output: { reply: 'ok' }, steps: [] }) + '\\n'), 1500); else setInterval(() => {}, 1000); });\n`,
    );
    for (const id of cases) await repo.write(`evals/cases/t/${id}.yaml`, caseYaml({ id, input: {}, pattern: 'ok' }));
  });
  afterAll(() => repo?.cleanup());

  const run = async (agent: string, timeoutMs: number, out: string) => {
    await repo.write('evalgate.yml', ['harness:', `  command: node agent/${agent}`, '  protocol: jsonl', `  timeout_ms: ${timeoutMs}`, 'concurrency: 2', ''].join('\n'));
    const t0 = Date.now();
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', out]);
    return { r, ms: Date.now() - t0, results: JSON.parse(await repo.read(out)) as { cases: Array<{ id: string; passes: number; runs: number; errors: number; trials: Array<{ outcome: string; class?: string; error?: string }> }> } };
  };

  it('an exec harness reading stdin to the end: every trial is a harness error naming the protocol, after one timeout, not a timeout each', async () => {
    const { r, ms, results } = await run('exec.mjs', 2000, 'exec.json');
    expect(r.code).toBe(1);
    for (const c of results.cases) {
      expect(c).toMatchObject({ passes: 0, runs: 0, errors: 1 });
      expect(c.trials[0].outcome).toBe('error');
      expect(c.trials[0].error).toMatch(/^harness\.protocol is jsonl but the harness answered no request within its timeout \(2000 ms\) and printed a trace without "id" once its stdin was closed: .*set harness\.protocol: exec/);
    }
    expect(r.stdout).toContain('set harness.protocol: exec');
    // No agent failure: nothing FAILING, no "harness timed out after ..." budget message.
    expect(r.stdout).not.toContain('FAILING');
    expect(r.stdout).not.toMatch(/timed out after/);
    // 6 cases x 3 attempts at 2 workers waited out 2 s each (18 s) before; now one timeout and the 1 s probe.
    expect(ms).toBeLessThan(9000);
  }, 60_000);

  it('a harness that reads one line and prints a trace without "id": error naming the protocol', async () => {
    const { results } = await run('one-line.mjs', 10_000, 'one-line.json');
    for (const c of results.cases) {
      expect(c.trials[0].outcome).toBe('error');
      expect(c.trials[0].error).toMatch(/^jsonl protocol violation: reply has no "id"; .*harness\.protocol is jsonl, and a first reply without "id" is what an exec harness prints: .*set harness\.protocol: exec$/);
    }
  }, 60_000);

  it('a harness that exits before replying: error naming the protocol and what it printed', async () => {
    const { r, results } = await run('logs-and-exits.mjs', 10_000, 'exits.json');
    for (const c of results.cases) {
      expect(c.trials[0].outcome).toBe('error');
      expect(c.trials[0].error).toBe(
        'harness.protocol is jsonl but the harness exited with code 0 after 1 request line without replying (it printed 1 stdout line that is not a reply: see its stderr, "[evalgate: ignored stdout line] ..."); ' +
          'a jsonl harness answers each request line with a trace line carrying its "id": if the harness reads one input and prints one trace, set harness.protocol: exec',
      );
    }
    expect(r.stdout).toContain('set harness.protocol: exec');
    // The line it printed is in view, under the message.
    expect(r.stdout).toMatch(/stderr:\n\s+\[evalgate: ignored stdout line\] hello from the agent/);
  }, 60_000);

  it('a real jsonl worker that is only slow still times out (an agent failure, not misread as exec)', async () => {
    await repo.write('evalgate.yml', ['harness:', '  command: node agent/slow-jsonl.mjs', '  protocol: jsonl', '  timeout_ms: 1000', '  retries: 0', 'concurrency: 2', ''].join('\n'));
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--case', 'c1', '--case', 'c2', '--out', 'slow.json']);
    const results = JSON.parse(await repo.read('slow.json')) as { cases: Array<{ id: string; trials: Array<{ outcome: string; class?: string }> }> };
    expect(r.code).toBe(1);
    // c1 replies with its id after the timeout (while its stdin is closed), c2 never replies.
    for (const c of results.cases) expect(c.trials[0]).toMatchObject({ outcome: 'fail', class: 'timeout' });
  }, 60_000);
});

describe('.yml case files are cases', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-debug-yml-');
    // Breaks (replies "broken") on the cases named in BROKEN.
    await repo.write('agent/run.mjs', `import { readFileSync } from 'node:fs';\nJSON.parse(readFileSync(0, 'utf8') || '{}');\nconst broken = (process.env.BROKEN ?? '').split(',').includes(process.env.EVALGATE_CASE_ID);\nprocess.stdout.write(JSON.stringify({ output: { reply: broken ? 'broken' : 'ok' }, steps: [] }) + '\\n');\n`);
    await repo.write('evals/cases/t/a.yaml', caseYaml({ id: 'a', input: {}, pattern: '^ok$' }));
    await repo.write('evals/cases/t/b.yml', caseYaml({ id: 'b', input: {}, pattern: '^ok$', guards: 2 }));
  });
  afterAll(() => repo?.cleanup());

  it('the default cases glob takes .yaml and .yml: validate counts both, run runs both', async () => {
    await repo.write('evalgate.yml', config('node agent/run.mjs'));
    const v = await spawnCli(repo.dir, ['validate']);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toContain('2 case(s) are valid');
    expect(v.stderr).not.toContain('warning');
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'both.json'], { BROKEN: 'b' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILING \(1\)\n\s+✗ b /);
    expect(r.stdout).toContain('1 of 2 cases passed every trial.');
  });

  it('an explicit *.yaml glob that skips .yml files says so (validate and run), naming the config line and the files', async () => {
    await repo.write('evalgate.yml', config('node agent/run.mjs', ['cases: evals/cases/**/*.yaml']));
    const v = await spawnCli(repo.dir, ['validate']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('1 case(s) are valid');
    expect(v.stderr).toContain('warning: evalgate.yml:5:8: cases: "evals/cases/**/*.yaml" skips 1 .yml file (evals/cases/t/b.yml): they are not run (expected a glob that matches them too, e.g. evals/cases/**/*.{yaml,yml} (the default), or the files renamed to .yaml)');
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'yaml-only.json']);
    expect(r.stdout).toContain('note: warning: evalgate.yml:5:8: cases: "evals/cases/**/*.yaml" skips 1 .yml file (evals/cases/t/b.yml)');
  });

  it('a glob that matches only .yml files by their .yaml name is an error that names them', async () => {
    await repo.write('evalgate.yml', config('node agent/run.mjs', ['cases: evals/cases/**/b.yaml']));
    const v = await spawnCli(repo.dir, ['validate']);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('evalgate.yml:5:8: cases: "evals/cases/**/b.yaml" matches no case files; it skips 1 .yml file (evals/cases/t/b.yml)');
  });

  it('gate --base-ref loads a .yml guard from the base commit: weakening it on the branch does not hide its regression', async () => {
    await repo.write('evalgate.yml', config('node agent/run.mjs'));
    await repo.write('.gitignore', 'store/\ngate-*/\n*.json\n');
    git(repo.dir, 'init', '-q');
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-qm', 'base');
    const stored = await spawnCli(repo.dir, ['baseline', '--suite', 'benchmark', '--store', 'store']);
    expect(stored.code, stored.stdout + stored.stderr).toBe(0);
    git(repo.dir, 'checkout', '-qb', 'change');
    // The branch breaks case b and weakens its check in the same change.
    await repo.write('evals/cases/t/b.yml', caseYaml({ id: 'b', input: {}, pattern: '.*', guards: 2 }));
    await repo.write('evalgate.yml', config('node agent/run.mjs', ['  env: { BROKEN: b }']));
    git(repo.dir, 'commit', '-qam', 'weaken b');
    const r = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'store', '--base-ref', 'main', '--out', 'gate-yml']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/REGRESSED \(1\)\n\s+✗ b — guards #2 .*\[definition changed; base definition gated\]/);
  }, 60_000);
});

describe('CLI flags say what is wrong with them', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-debug-flags-');
    await repo.write('agent/run.mjs', OK_AGENT);
    await repo.write('evalgate.yml', config('node agent/run.mjs'));
    await repo.write('evals/cases/t/refund.yaml', caseYaml({ id: 'refund-policy', input: {}, pattern: 'ok' }));
    await repo.write('evals/cases/t/search.yaml', caseYaml({ id: 'search-basic', input: {}, pattern: 'ok', guards: 2 }));
    await repo.write('existing-dir/keep.txt', 'x\n');
    await repo.write('existing-file', 'x\n');
    expect((await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'base.json'])).code).toBe(0);
  }, 60_000);
  afterAll(() => repo?.cleanup());

  it.each([
    [['run', '--suite', 'benchmark', '--out', 'dir/'], 'run: --out "dir/" is a directory path, but run --out is a file (the results JSON); e.g. --out dir/results.json'],
    [['run', '--suite', 'benchmark', '--out', 'existing-dir'], 'run: --out "existing-dir" is an existing directory, but run --out is a file (the results JSON); give a file path, e.g. --out existing-dir/results.json'],
    [['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate.json'], 'gate: --out "gate.json" is a file name, but gate --out is a directory (it writes results.json, comparison.json, report.md and junit.xml into it); e.g. --out gate'],
    [['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'existing-file'], 'gate: --out "existing-file" is an existing file, but gate --out is a directory'],
    [['compare', '--base', 'base.json', '--head', 'base.json', '--out', 'existing-dir'], 'compare: --out "existing-dir" is an existing directory, but compare --out is a file (the comparison JSON); give a file path, e.g. --out existing-dir/comparison.json'],
    [['merge', 'base.json', '--out', 'out/'], 'merge: --out "out/" is a directory path, but merge --out is a file (the merged results JSON); e.g. --out out/merged.json'],
    [['baseline', '--suite', 'benchmark', '--out', 'existing-dir'], 'baseline: --out "existing-dir" is an existing directory, but baseline --out is a file'],
    [['baseline', '--suite', 'benchmark', '--store', 'existing-file'], 'baseline: --store "existing-file" is an existing file, but baseline --store is a directory'],
  ])('--out of the wrong kind is refused before anything runs: %j', async (argv, message) => {
    const r = await spawnCli(repo.dir, argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`evalgate: ${message}`);
    expect(r.stderr).not.toContain('[1/');
    expect(repo.exists('dir')).toBe(false);
    expect(repo.exists('gate.json')).toBe(false);
  });

  it('each --out is the kind its verb says: run writes the file, gate writes into the directory', async () => {
    expect((await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--out', 'out/r.json'])).code).toBe(0);
    expect(await repo.read('out/r.json')).toContain('"schema": "evalgate/results@1"');
    expect((await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'out/gate'])).code).toBe(0);
    for (const f of ['results.json', 'comparison.json', 'report.md', 'junit.xml']) expect(repo.exists(`out/gate/${f}`)).toBe(true);
  });

  it.each([
    [['gate', '--suite', 'benchmark', '--baseline'], 'gate: --baseline needs a value (expected DIR|F: a results file, or a baseline store directory (<suite>/<full-commit-sha>.json))'],
    [['gate', '--baseline', '--suite', 'benchmark'], 'gate: --baseline needs a value, but the next argument starts with "-" (expected DIR|F: a results file, or a baseline store directory (<suite>/<full-commit-sha>.json); a value that starts with "-" is written --baseline=-value)'],
    [['run', '--suite'], 'run: --suite needs a value (expected S: benchmark or coverage)'],
    [['run', '--suite', 'benchmark', '--json=yes'], 'run: --json takes no value (it is a flag: print the results JSON on stdout instead of the text report)'],
  ])('parseArgs errors are the CLI\'s own message naming the flag and its value: %j', async (argv, message) => {
    const r = await spawnCli(repo.dir, argv);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`evalgate: ${message}`);
    expect(r.stderr).not.toMatch(/argument missing|is ambiguous|does not take an argument|ERR_PARSE_ARGS/);
  });

  it('run --case with an unknown id: one line with the closest id, not the whole help', async () => {
    const r = await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--case', 'refund-polcy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("evalgate: unknown case 'refund-polcy' (did you mean 'refund-policy'?)\n");
    const far = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--case', 'zzz']);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe("evalgate: unknown case 'zzz' (known: refund-policy, search-basic)\n");
  });

  it('validate --json: ok, counts, and problems and warnings with file, line and col', async () => {
    const ok = await spawnCli(repo.dir, ['validate', '--json']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout)).toEqual({ ok: true, config: 'evalgate.yml', cases: 2, suites: { benchmark: 2, coverage: 2 }, holdout_cases: null, problems: [], warnings: [], notes: [] });
    await repo.write('evals/cases/t/bad.yaml', caseYaml({ id: 'bad-one', input: {} }).replace('guards: 1', 'guards: not an issue'));
    await repo.write('evals/cases/t/skipped.yml', caseYaml({ id: 'skipped', input: {} }));
    await repo.write('evalgate.yml', config('node agent/run.mjs', ['cases: evals/cases/**/*.yaml']));
    try {
      const bad = await spawnCli(repo.dir, ['validate', '--json']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe('');
      const doc = JSON.parse(bad.stdout);
      expect(doc.ok).toBe(false);
      expect(doc.problems).toEqual([expect.objectContaining({ file: 'evals/cases/t/bad.yaml', line: 3, col: 9, message: expect.stringContaining('guards') })]);
      expect(doc.warnings).toEqual([expect.objectContaining({ file: 'evalgate.yml', line: 5, col: 8, message: expect.stringContaining('skips 1 .yml file (evals/cases/t/skipped.yml)') })]);
    } finally {
      await repo.write('evalgate.yml', config('node agent/run.mjs'));
      await spawnCli(repo.dir, ['validate']);
    }
  });

  it('gate --json: the comparison JSON on stdout, the same document comparison.json holds', async () => {
    await rm(join(repo.dir, 'evals/cases/t/bad.yaml'), { force: true });
    await rm(join(repo.dir, 'evals/cases/t/skipped.yml'), { force: true });
    const r = await spawnCli(repo.dir, ['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-json', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const cmp = JSON.parse(r.stdout);
    expect(cmp).toMatchObject({ schema: 'evalgate/comparison@1', suite: 'benchmark', verdict: 'pass' });
    expect(cmp.cases.map((c: { id: string }) => c.id).sort()).toEqual(['refund-policy', 'search-basic']);
    expect(r.stdout).toBe(await repo.read('gate-json/comparison.json'));
  });

  it('validate and gate document --json in their help', async () => {
    expect((await spawnCli(repo.dir, ['help', 'validate'])).stdout).toMatch(/--json\s+print the result as one JSON document/);
    expect((await spawnCli(repo.dir, ['gate', '--help'])).stdout).toMatch(/--json\s+print the comparison JSON \(what comparison\.json holds/);
  });
});
