// Holdout end to end: encrypt two holdout cases (with fixtures) into evals/holdout.enc, run and
// gate with the key, and check that nothing a PR author could read names or quotes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Results } from '../../src/types.js';
import { caseYaml, configYaml, ensureDist, listFiles, makeTempRepo, readValidResults, spawnCli, STACK_LINE, type TempRepo } from './helpers.js';

const SECRET_INPUT = 'hunter2-holdout-input-q8z';
const SECRET_MARKER = 'sk-holdout-stderr-marker-0451';
const SECRET_SUFFIX = '-fixture-suffix-k7w';
const HOLDOUT_IDS = ['holdout-crashes-loudly', 'holdout-echo-fails'];
const FORBIDDEN = [...HOLDOUT_IDS, SECRET_INPUT, SECRET_MARKER, SECRET_SUFFIX, 'evals/holdout/'];

function leaks(text: string): string[] {
  return FORBIDDEN.filter((s) => text.includes(s));
}

describe('holdout cases stay opaque', () => {
  let repo: TempRepo;
  let key: string;

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-holdout-');
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500, retries: 1 }));
    await repo.write('evals/cases/pub/public-ok.yaml', caseYaml({ id: 'public-ok', input: { mode: 'ok' } }));
    await repo.write('evals/holdout/fixtures/crash.json', JSON.stringify({ reply: 'unused' }));
    await repo.write('evals/holdout/fixtures/echo.json', JSON.stringify({ suffix: SECRET_SUFFIX }));
    await repo.write(
      'evals/holdout/h/crash.yaml',
      caseYaml({ id: HOLDOUT_IDS[0], input: { mode: 'crash', stderr: `${SECRET_MARKER} ${SECRET_INPUT}` }, fixtures: '../fixtures/crash.json', title: `Secret ${SECRET_INPUT}` }),
    );
    await repo.write(
      'evals/holdout/h/echo.yaml',
      caseYaml({ id: HOLDOUT_IDS[1], input: { mode: 'echo', text: SECRET_INPUT }, fixtures: '../fixtures/echo.json', pattern: '^never matches$' }),
    );
    const kg = await repo.cli(['holdout', 'keygen']);
    expect(kg.code).toBe(0);
    key = kg.stdout.trim();
    const enc = await repo.cli(['holdout', 'encrypt'], { EVALGATE_HOLDOUT_KEY: key });
    expect(enc.code, enc.stderr).toBe(0);
    expect(repo.exists('evals/holdout.enc')).toBe(true);
    // What a repository holds after `git rm` of the plaintext, as the encrypt notice says.
    await rm(join(repo.dir, 'evals/holdout'), { recursive: true });
  });
  afterAll(() => repo?.cleanup());

  it('validate counts the holdout cases without naming them', async () => {
    const r = await repo.cli(['validate'], { EVALGATE_HOLDOUT_KEY: key });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/holdout 2 case/);
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });

  it('run with the key: holdout runs, results carry holdout_totals, and nothing leaks', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'run.json'], { EVALGATE_HOLDOUT_KEY: key });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).not.toMatch(STACK_LINE);
    const text = await repo.read('run.json');
    const results = await readValidResults(join(repo.dir, 'run.json'));
    expect(leaks(r.stdout + r.stderr + text)).toEqual([]);
    expect(text).not.toContain(key);
    expect(results.holdout_totals).not.toBeNull();
    expect(results.holdout_totals!.cases).toBe(2);
    // The echo case fails and the crash case errors: both are counted in the aggregate only.
    expect(results.holdout_totals!.passes).toBe(0);
    expect(results.holdout_totals!.errors).toBe(1);
    const hidden = results.cases.filter((c) => c.holdout);
    expect(hidden).toHaveLength(2);
    for (const c of hidden) {
      expect(c.file).toBeUndefined();
      expect(c.title).toBeUndefined();
      for (const t of c.trials) {
        expect(t.stderr_tail).toBeUndefined();
        expect(t.trace_excerpt).toBeUndefined();
      }
    }
  });

  it('gate with the key: report.md, report.html, junit.xml, comparison and results leak nothing', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'run.json', '--out', 'gate'], { EVALGATE_HOLDOUT_KEY: key });
    expect([0, 1]).toContain(g.code);
    expect(leaks(g.stdout + g.stderr)).toEqual([]);
    for (const f of await listFiles(join(repo.dir, 'gate'))) {
      const text = await repo.read(`gate/${f}`);
      expect(leaks(text), f).toEqual([]);
      expect(text.includes(key), f).toBe(false);
    }
    expect(await listFiles(join(repo.dir, 'gate'))).toContain('report.html');
    expect(leaks(await repo.read('run.html'))).toEqual([]);
    for (const format of ['md', 'junit', 'text', 'json', 'html']) {
      for (const file of ['run.json', 'gate/comparison.json']) {
        const r = await repo.cli(['report', file, '--format', format]);
        expect(r.code).toBe(0);
        expect(leaks(r.stdout), `${file} as ${format}`).toEqual([]);
      }
    }
  });

  it('sharded runs with holdout merge into the same holdout aggregate, still opaque', async () => {
    const env = { EVALGATE_HOLDOUT_KEY: key };
    for (const i of [1, 2]) {
      const r = await repo.cli(['run', '--suite', 'benchmark', '--shard', `${i}/2`, '--out', `s${i}.json`], env);
      expect([0, 1]).toContain(r.code);
    }
    const m = await repo.cli(['merge', 's1.json', 's2.json', '--out', 'merged.json']);
    expect(m.code, m.stderr).toBe(0);
    const merged = await readValidResults(join(repo.dir, 'merged.json'));
    const whole = await readValidResults(join(repo.dir, 'run.json'));
    expect(merged.cases.map((c) => c.id).sort()).toEqual(whole.cases.map((c) => c.id).sort());
    for (const k of ['cases', 'runs', 'passes', 'errors'] as const) expect(merged.holdout_totals?.[k], k).toBe(whole.holdout_totals?.[k]);
    expect(merged.totals.cases).toBe(whole.totals.cases);
    expect(leaks(await repo.read('merged.json'))).toEqual([]);
  });

  it('without the key: a "holdout skipped" notice, public cases still gate the exit code', async () => {
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'nokey.json']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/holdout skipped/);
    const results: Results = await readValidResults(join(repo.dir, 'nokey.json'));
    expect(results.holdout_totals).toBeNull();
    expect(results.notices.join('\n')).toMatch(/holdout skipped/);
    expect(results.cases.map((c) => c.id)).toEqual(['public-ok']);
  });

  it('holdout decrypt restores the case files and fixtures for local editing', async () => {
    const r = await repo.cli(['holdout', 'decrypt', '--out', 'plain'], { EVALGATE_HOLDOUT_KEY: key });
    expect(r.code, r.stderr).toBe(0);
    expect(await listFiles(join(repo.dir, 'plain'))).toEqual([
      'evals/holdout/fixtures/crash.json',
      'evals/holdout/fixtures/echo.json',
      'evals/holdout/h/crash.yaml',
      'evals/holdout/h/echo.yaml',
    ]);
    expect(await repo.read('plain/evals/holdout/h/echo.yaml')).toContain(`id: ${HOLDOUT_IDS[1]}`);
    expect(JSON.parse(await repo.read('plain/evals/holdout/fixtures/echo.json')).suffix).toBe(SECRET_SUFFIX);
    expect((await stat(join(repo.dir, 'plain/evals/holdout/h/echo.yaml'))).mode & 0o077).toBe(0);
    expect(r.stderr).not.toContain(key);
  });

  it('a wrong key exits 2 with a message that contains no key', async () => {
    const other = (await repo.cli(['holdout', 'keygen'])).stdout.trim();
    const r = await repo.cli(['run', '--suite', 'benchmark', '--out', 'wrong.json'], { EVALGATE_HOLDOUT_KEY: other });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holdout/);
    expect(r.stderr).not.toContain(other);
    expect(r.stderr).not.toContain(key);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(repo.exists('wrong.json')).toBe(false);
    const bad = await repo.cli(['run', '--suite', 'benchmark'], { EVALGATE_HOLDOUT_KEY: 'not-a-key' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain('not-a-key');
  });
});

describe('a holdout regression blocks in aggregate only', () => {
  let repo: TempRepo;
  let key: string;
  const ids = ['hidden-alpha-case', 'hidden-beta-case', 'hidden-gamma-case'];
  const HIDDEN_INPUT = 'confidential-prompt-v9x';

  beforeAll(async () => {
    repo = await makeTempRepo('evalgate-holdout-reg-');
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500 }));
    await repo.write('evals/cases/pub/public.yaml', caseYaml({ id: 'public-any', input: { mode: 'ok' }, pattern: '.' }));
    for (const id of ids) {
      await repo.write(`evals/holdout/${id}.yaml`, caseYaml({ id, input: { mode: 'ok', note: HIDDEN_INPUT }, title: `About ${HIDDEN_INPUT}` }));
    }
    key = (await repo.cli(['holdout', 'keygen'])).stdout.trim();
    expect((await repo.cli(['holdout', 'encrypt'], { EVALGATE_HOLDOUT_KEY: key })).code).toBe(0);
    await rm(join(repo.dir, 'evals/holdout'), { recursive: true });
    expect((await repo.cli(['run', '--suite', 'benchmark', '--out', 'base.json'], { EVALGATE_HOLDOUT_KEY: key })).code).toBe(0);
    // The "pull request": the harness now answers wrongly everywhere (public case still passes).
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500, env: { FORCE_REPLY: 'regressed reply' } }));
  });
  afterAll(() => repo?.cleanup());

  it('gate exits 1 with a holdout reason, and nothing names or quotes a holdout case', async () => {
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate'], { EVALGATE_HOLDOUT_KEY: key });
    expect(g.code).toBe(1);
    const cmp = JSON.parse(await repo.read('gate/comparison.json'));
    expect(cmp.verdict).toBe('block');
    expect(cmp.holdout?.blocking).toBe(true);
    expect(cmp.reasons.some((r: { kind: string; blocking: boolean }) => r.kind === 'holdout' && r.blocking)).toBe(true);
    const everything = [g.stdout, g.stderr, ...(await Promise.all((await listFiles(join(repo.dir, 'gate'))).map((f) => repo.read(`gate/${f}`))))].join('\n');
    for (const s of [...ids, HIDDEN_INPUT, 'regressed reply', key]) expect(everything.includes(s), s).toBe(false);
  });

  it('a harness that crashes on every case it does not recognise still blocks: errored holdout trials count as failures', async () => {
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500, retries: 0, env: { CRASH_UNLESS: 'public-any' } }));
    const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-crash'], { EVALGATE_HOLDOUT_KEY: key });
    expect(g.code, g.stdout + g.stderr).toBe(1);
    const cmp = JSON.parse(await repo.read('gate-crash/comparison.json'));
    expect(cmp.holdout).toMatchObject({ blocking: true, head_pass_rate: 0, head_errors: 3 });
    expect(cmp.reasons.find((r: { kind: string }) => r.kind === 'holdout')?.blocking).toBe(true);
  });

  it('a visible decoy case named like a holdout case neither disables the holdout nor confirms the guess', async () => {
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 1500, env: { FORCE_REPLY: 'regressed reply' } }));
    await repo.write(`evals/cases/pub/decoy.yaml`, caseYaml({ id: ids[0], input: { mode: 'ok' }, pattern: '.' }));
    try {
      const v = await repo.cli(['validate'], { EVALGATE_HOLDOUT_KEY: key });
      expect(v.code, v.stderr).toBe(0);
      expect(v.stdout + v.stderr).not.toMatch(/holdout case id|also name/);
      const g = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', 'base.json', '--out', 'gate-decoy'], { EVALGATE_HOLDOUT_KEY: key });
      expect(g.code, g.stdout + g.stderr).toBe(1);
      const cmp = JSON.parse(await repo.read('gate-decoy/comparison.json'));
      expect(cmp.holdout?.blocking).toBe(true);
      expect(cmp.holdout?.head_runs).toBe(3);
      expect(g.stdout + g.stderr).not.toMatch(/holdout case id|also name|clash/);
    } finally {
      await rm(join(repo.dir, 'evals/cases/pub/decoy.yaml'));
    }
  });
});

// Regression test (issue 23, fixed in src/results/merge.ts): a shard run without the key dealt the
// visible cases out without the holdout ones, so the shards split them differently; the merge
// either "succeeded" with the holdout incomplete or said "case 'case-4' appears in shard 1 and
// shard 2", naming a symptom instead of the cause.
describe('merging shards where one ran without the holdout key', () => {
  let repo: TempRepo;
  let key: string;
  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-holdout-shards-');
    await repo.write('evalgate.yml', configYaml({ timeoutMs: 5000 }));
    for (let i = 1; i <= 8; i++) await repo.write(`evals/cases/pub/case-${i}.yaml`, caseYaml({ id: `case-${i}`, input: { mode: 'ok' } }));
    for (let i = 1; i <= 4; i++) await repo.write(`evals/holdout/hold-${i}.yaml`, caseYaml({ id: `hold-${i}`, input: { mode: 'ok' } }));
    key = (await spawnCli(repo.dir, ['holdout', 'keygen'])).stdout.trim();
    expect((await spawnCli(repo.dir, ['holdout', 'encrypt'], { EVALGATE_HOLDOUT_KEY: key })).code).toBe(0);
    await rm(join(repo.dir, 'evals/holdout'), { recursive: true });
  });
  afterAll(() => repo?.cleanup());

  it('merge exits 2 and says which shard ran without the key (not that a case appears twice)', async () => {
    expect((await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--shard', '1/2', '--out', 's1.json'], { EVALGATE_HOLDOUT_KEY: key })).code).toBe(0);
    expect((await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--shard', '2/2', '--out', 's2.json'])).code).toBe(0);
    const m = await spawnCli(repo.dir, ['merge', 's1.json', 's2.json', '--out', 'merged.json']);
    expect(m.code, m.stderr).toBe(2);
    expect(m.stderr).toContain('shard 2 (s2.json) ran without the holdout key (its results say "holdout skipped") while shard 1 (s1.json) ran the holdout cases');
    expect(m.stderr).toContain('Run every shard with the same EVALGATE_HOLDOUT_KEY');
    expect(m.stderr).not.toMatch(/appears in shard/);
    expect(m.stderr).not.toMatch(STACK_LINE);
    expect(repo.exists('merged.json')).toBe(false);
  });

  it('with the key in both shards the merge holds every case once, the whole holdout included', async () => {
    expect((await spawnCli(repo.dir, ['run', '--suite', 'benchmark', '--shard', '2/2', '--out', 's2.json'], { EVALGATE_HOLDOUT_KEY: key })).code).toBe(0);
    const m = await spawnCli(repo.dir, ['merge', 's1.json', 's2.json', '--out', 'merged.json']);
    expect(m.code, m.stderr).toBe(0);
    const merged = await readValidResults(join(repo.dir, 'merged.json'));
    expect(merged.cases.filter((c) => !c.holdout).map((c) => c.id).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((i) => `case-${i}`).sort());
    expect(merged.holdout_totals?.cases).toBe(4);
  });
});
