// Secrets in harness output never reach a file or report the CLI writes (SPEC 7), in any format,
// whole or in pieces: a real harness prints the GITHUB_TOKEN of its environment so that the
// token straddles both cuts (the 120-character quote in the failure message and the start of the
// stderr tail), where redaction after truncation would leave two fragments that rebuild it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { caseYaml, makeTempRepo, type TempRepo } from './helpers.js';

const TOKEN = 'ghp_R3alLook1ngT0kenValue0123456789abcdef';
const API_KEY = 'ak-live-9f8e7d6c5b4a39281706';
const PATTERN_SECRET = 'corp-SECRET-77aa88bb99cc';

// Quote cut: output_match messages quote the value cut to 120 characters; the token starts at 100.
// Tail cut: the token is followed by just under 4 KiB of stderr, so a 4,096-byte tail starts inside it.
const AGENT = `import { readFileSync } from 'node:fs';
JSON.parse(readFileSync(0, 'utf8'));
if (process.env.AGENT_OK) { process.stdout.write(JSON.stringify({ output: { reply: 'ok' }, steps: [] })); process.exit(0); }
const t = process.env.GITHUB_TOKEN ?? '';
process.stderr.write('start ' + process.env.SERVICE_API_KEY + ' ${PATTERN_SECRET}\\n' + t + '\\n' + 'y'.repeat(4080) + '\\n');
process.stdout.write(JSON.stringify({ output: { reply: 'x'.repeat(100) + t + ' ${PATTERN_SECRET} ' + process.env.SERVICE_API_KEY }, steps: [{ type: 'tool', name: 'lookup', args: { auth: t }, status: 'error', error: 'HTTP 401 for ' + t }] }));
`;

/** Every 8-character piece of every secret: none may appear anywhere. */
function fragments(): string[] {
  const out: string[] = [];
  for (const s of [TOKEN, API_KEY, PATTERN_SECRET]) for (let i = 0; i + 8 <= s.length; i++) out.push(s.slice(i, i + 8));
  return out;
}
function leaks(text: string): string[] {
  return fragments().filter((f) => text.includes(f));
}

describe('redaction of everything the CLI writes', () => {
  let repo: TempRepo;
  const env = { GITHUB_TOKEN: TOKEN, SERVICE_API_KEY: API_KEY };

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-redact-');
    await repo.write('agent.mjs', AGENT);
    await repo.write('evalgate.yml', ['harness:', '  command: node agent.mjs', '  retries: 0', 'cases: evals/cases/**/*.yaml', 'redact: ["corp-SECRET-[a-z0-9]+"]', ''].join('\n'));
    await repo.write('evals/cases/t/leaky.yaml', caseYaml({ id: 'leaky', input: {}, guards: 5 }));
    await repo.write('evals/cases/t/leaky-steps.yaml', caseYaml({ id: 'leaky-steps', input: {}, guards: 6, checks: '  - type: no_tool_errors' }));
    // A baseline in which both cases passed, so the gate reports them as regressions with evidence.
    const ok = await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'], { AGENT_OK: '1' });
    expect(ok.code, ok.stdout).toBe(0);
  }, 60_000);
  afterAll(async () => repo?.cleanup());

  it('sanity: the harness really prints the token across both cuts', () => {
    const r = spawnSync(process.execPath, ['agent.mjs'], { cwd: repo.dir, input: '{}', env: { ...process.env, ...env }, encoding: 'utf8' });
    const reply = JSON.parse(r.stdout).output.reply as string;
    const at = reply.indexOf(TOKEN);
    expect(at).toBeLessThan(120);
    expect(at + TOKEN.length).toBeGreaterThan(120);
    const fromEnd = Buffer.byteLength(r.stderr.slice(r.stderr.indexOf(TOKEN)));
    expect(fromEnd).toBeGreaterThan(4096);
    expect(fromEnd - TOKEN.length).toBeLessThan(4096);
  });

  it('gate: results.json, comparison.json, report.md, report.html, junit.xml and stdout hold no secret nor any piece of one', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-out'], env);
    expect(g.code, g.stderr).toBe(1);
    const files = await readdir(join(repo.dir, 'gate-out'));
    expect(files.sort()).toEqual(['comparison.json', 'junit.xml', 'report.html', 'report.md', 'results.json']);
    for (const f of files) expect(leaks(await readFile(join(repo.dir, 'gate-out', f), 'utf8')), f).toEqual([]);
    expect(leaks(g.stdout + g.stderr)).toEqual([]);
    // The evidence is still there, with the secrets masked.
    const results = await repo.read('gate-out/results.json');
    expect(results).toContain('***');
    const md = await repo.read('gate-out/report.md');
    expect(md).toContain('HTTP 401 for \\*\\*\\*');
    expect(await repo.read('gate-out/report.html')).toContain('HTTP 401 for ***');
    // report --format html of the comparison (and the results beside it) redacts the same way.
    const again = await repo.cli(['report', 'gate-out/comparison.json', '--format', 'html'], env);
    expect(again.code, again.stderr).toBe(0);
    expect(leaks(again.stdout)).toEqual([]);
  });

  it('run writes redacted results and prints redacted text and JSON', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'run.json'], env);
    expect(leaks(await repo.read('run.json'))).toEqual([]);
    expect(leaks(await repo.read('run.html'))).toEqual([]);
    expect(leaks(r.stdout)).toEqual([]);
    const j = await repo.cli(['run', '--suite', 'benchmark', '--json', '--out', 'run2.json'], env);
    expect(leaks(j.stdout)).toEqual([]);
  });

  it('run --keep-traces writes redacted traces; the trace verb prints redacted output', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'kept.json', '--keep-traces', 'kept'], env);
    expect(r.code).toBe(1);
    const kept = await readFile(join(repo.dir, 'kept', 'leaky', 'trial-1.json'), 'utf8');
    expect(kept).toContain('***');
    expect(leaks(kept)).toEqual([]);
    await repo.write('raw-trace.json', JSON.stringify({ output: { reply: `token ${TOKEN}` }, steps: [] }));
    const t = await repo.cli(['trace', 'raw-trace.json'], env);
    expect(t.code, t.stderr).toBe(0);
    expect(leaks(t.stdout + t.stderr)).toEqual([]);
    await repo.write('bad-trace.json', `{"output": ${TOKEN}`);
    const bad = await repo.cli(['trace', 'bad-trace.json'], env);
    expect(bad.code).toBe(1);
    expect(leaks(bad.stderr)).toEqual([]);
  });

  it('report (every format) and compare redact files that were written without redaction', async () => {
    // A results file written elsewhere, without these secrets registered (e.g. another job's artifact).
    const raw = await repo.cli(['run', '--suite', 'benchmark', '--out', 'foreign.json'], { GITHUB_TOKEN: '', SERVICE_API_KEY: '' });
    expect(raw.code).toBe(1);
    const foreign = JSON.parse(await repo.read('foreign.json'));
    foreign.cases[0].trials[0].failures[0].message = `leaked ${TOKEN} and ${API_KEY}`;
    foreign.cases[0].trials[0].stderr_tail = `tail ${TOKEN}`;
    await repo.write('foreign.json', JSON.stringify(foreign));
    expect(await repo.read('foreign.json')).toContain(TOKEN);

    for (const format of ['md', 'json', 'junit', 'text']) {
      const r = await repo.cli(['report', 'foreign.json', '--format', format], env);
      expect(r.code, r.stderr).toBe(0);
      expect(leaks(r.stdout), format).toEqual([]);
    }
    const c = await repo.cli(['compare', '--base', 'base.json', '--head', 'foreign.json', '--out', 'cmp.json'], env);
    expect(c.code).toBe(1);
    expect(leaks(c.stdout)).toEqual([]);
    expect(leaks(await repo.read('cmp.json'))).toEqual([]);
    for (const format of ['md', 'json', 'junit', 'text']) {
      const r = await repo.cli(['report', 'cmp.json', '--format', format], env);
      expect(leaks(r.stdout), `comparison ${format}`).toEqual([]);
    }
    const m = await repo.cli(['merge', 'foreign.json', '--out', 'merged.json'], env);
    expect(m.code).toBe(0);
    expect(leaks(await repo.read('merged.json'))).toEqual([]);
  });
});
