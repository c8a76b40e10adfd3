// `evalgate init` in fresh temporary repositories, then the documented first steps with real
// harness processes: validate, run, store a baseline, gate. Plus refusals and the TTY questions.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { lstat, mkdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { main } from '../../src/cli/main.js';
import { ACTION_PLACEHOLDER, INSTALLED_SCHEMAS } from '../../src/cli/init.js';
import { baseEnv, ensureDist, makeTempRepo, PROJECT_ROOT, readValidResults, spawnCli, STACK_LINE, type TempRepo } from './helpers.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: baseEnv(), encoding: 'utf8' }).trim();
}

async function initThenRun(repo: TempRepo, initArgs: string[] = []) {
  const init = await repo.cli(['init', ...initArgs]);
  const validate = await repo.cli(['validate']);
  const run = await repo.cli(['run', '--suite', 'benchmark']);
  return { init, validate, run };
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('evalgate init', () => {
  it('in an empty directory: writes config, case, Node stub, workflow, .gitignore; validate and run pass', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      const { init, validate, run } = await initThenRun(repo);
      expect(init.code, init.stderr).toBe(0);
      for (const f of ['evalgate.yml', 'evals/cases/example/example-echo.yaml', 'evals/harness/run.mjs', '.github/workflows/evalgate.yml', '.github/workflows/evalgate-publish.yml', '.gitignore']) {
        expect(repo.exists(f), f).toBe(true);
        expect(init.stdout).toContain(f);
      }
      expect(init.stdout).toMatch(/Next:\n {2}1\. npx evalgate validate/);
      expect(validate.code, validate.stderr).toBe(0);
      expect(validate.stdout).toMatch(/1 case\(s\) are valid/);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/1 of 1 cases passed every trial/);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(await repo.read('.gitignore')).toBe('.evalgate/\n');
      const results = await readValidResults(join(repo.dir, '.evalgate/benchmark/results.json'));
      expect(results.totals.passes).toBe(1);
    } finally {
      await repo.cleanup();
    }
  });

  it('writes a workflow with the SHA placeholder (never a tag of a repository we do not own) and valid YAML', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await repo.cli(['init']);
      const text = await repo.read('.github/workflows/evalgate.yml');
      expect(text).not.toMatch(/evalgate\/evalgate@/);
      const wf = load(text) as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ uses?: string }>; permissions: unknown }> };
      expect(Object.keys(wf.on).sort()).toEqual(['issues', 'pull_request', 'push', 'schedule', 'workflow_dispatch']);
      for (const job of Object.values(wf.jobs)) {
        expect(job.steps.map((s) => s.uses)).toContain(ACTION_PLACEHOLDER);
        expect(job.permissions).toBeDefined();
      }
    } finally {
      await repo.cleanup();
    }
  });

  it.each(['pr', 'shards'])('--workflow %s in an npm repository writes exactly examples/workflows/<setup>/ (one gate, publish for forks)', async (setup) => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await repo.write('package.json', '{"name":"acme-agent","private":true}\n');
      await repo.write('package-lock.json', '{"lockfileVersion":3}\n');
      const init = await repo.cli(['init', ...(setup === 'pr' ? [] : ['--workflow', setup])]);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toContain(`Workflows: setup ${setup} (--workflow pr|shards); install steps: npm ci (found package-lock.json)`);
      for (const f of ['evalgate.yml', 'evalgate-publish.yml']) {
        expect(await repo.read(`.github/workflows/${f}`), f).toBe(readFileSync(join(PROJECT_ROOT, 'examples/workflows', setup, f), 'utf8'));
      }
    } finally {
      await repo.cleanup();
    }
  });

  it('a pnpm repository gets pnpm installed before setup-node and a frozen pnpm install, not npm ci', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await repo.write('package.json', '{"name":"acme-agent","private":true,"packageManager":"pnpm@9.12.0"}\n');
      await repo.write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n");
      const init = await repo.cli(['init', '--workflow', 'shards']);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toContain('install steps: pnpm install --frozen-lockfile (found packageManager pnpm@9 in package.json, pnpm-lock.yaml)');
      const wf = load(await repo.read('.github/workflows/evalgate.yml')) as { jobs: Record<string, { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown> }> }> };
      for (const id of ['shard', 'baseline', 'nightly']) {
        const steps = wf.jobs[id].steps;
        const pnpm = steps.findIndex((s) => s.uses === 'pnpm/action-setup@v4');
        const node = steps.findIndex((s) => s.uses === 'actions/setup-node@v4');
        expect(pnpm, id).toBeGreaterThan(0);
        expect(node, id).toBeGreaterThan(pnpm);
        expect(steps[pnpm].with, 'the version comes from packageManager; giving both fails').toBeUndefined();
        expect(steps[node].with).toMatchObject({ cache: 'pnpm' });
        expect(steps.map((s) => s.run)).toContain('pnpm install --frozen-lockfile');
        expect(steps.map((s) => s.run)).not.toContain('npm ci');
      }
    } finally {
      await repo.cleanup();
    }
  });

  it('refuses when another workflow already gates pull requests with the action (a second gate would post the same check); an ingest workflow is fine', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    const ingest = await makeTempRepo('evalgate-init-');
    try {
      const old = readFileSync(join(PROJECT_ROOT, 'examples/workflows/pr/evalgate.yml'), 'utf8').replace('name: evalgate ', 'name: evalgate-pr ');
      await repo.write('.github/workflows/evalgate-pr.yml', old);
      const r = await repo.cli(['init']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('.github/workflows/evalgate-pr.yml already gates pull requests with the evalgate action; .github/workflows/evalgate.yml would be a second gate posting the same check run');
      expect(repo.exists('evalgate.yml')).toBe(false);
      expect(repo.exists('.github/workflows/evalgate.yml')).toBe(false);

      await ingest.write('.github/workflows/evalgate-ingest.yml', readFileSync(join(PROJECT_ROOT, 'examples/workflows/common/evalgate-ingest.yml'), 'utf8'));
      const ok = await ingest.cli(['init']);
      expect(ok.code, ok.stderr).toBe(0);
      expect(ingest.exists('.github/workflows/evalgate.yml')).toBe(true);
    } finally {
      await repo.cleanup();
      await ingest.cleanup();
    }
  });

  it('--workflow names an unknown setup: exit 2 with the setups and a did-you-mean', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      const r = await repo.cli(['init', '--workflow', 'shard']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('init: --workflow "shard" is not a setup (expected pr or shards); did you mean "shards"?');
      expect(repo.exists('evalgate.yml')).toBe(false);
    } finally {
      await repo.cleanup();
    }
  });

  it('with package.json: validate and run pass, and $schema lines resolve to the shipped schemas once evalgate is installed in node_modules', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await repo.write('package.json', '{"name":"acme-agent","private":true}\n');
      await mkdir(join(repo.dir, 'node_modules'), { recursive: true });
      await symlink(PROJECT_ROOT, join(repo.dir, 'node_modules/evalgate'));
      const { init, validate, run } = await initThenRun(repo);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toMatch(/node harness stub \(found package\.json\)/);
      expect(validate.code, validate.stderr).toBe(0);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      // Installed: no "npm install" hint.
      expect(init.stdout).not.toMatch(/npm install --save-dev evalgate/);
      for (const f of ['evalgate.yml', 'evals/cases/example/example-echo.yaml']) {
        const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(await repo.read(f));
        expect(m, f).not.toBeNull();
        const target = resolve(dirname(join(repo.dir, f)), m![1]);
        expect(existsSync(target), `${f} -> ${target}`).toBe(true);
      }
    } finally {
      await repo.cleanup();
    }
  });

  it('the published package ships the schemas the $schema lines point to (package.json files)', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => `node_modules/evalgate/${f.path}`);
    for (const name of ['config', 'case']) expect(files).toContain(`${INSTALLED_SCHEMAS}/${name}.schema.json`);
    expect(files).toContain('node_modules/evalgate/dist/cli.js');
  });

  it('the next commands work as printed: store a baseline of the commit, then gate against it', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      git(repo.dir, 'init', '-q', '-b', 'main');
      const init = await repo.cli(['init']);
      // The commands printed are the ones this test runs.
      expect(init.stdout).toContain('npx evalgate baseline --suite benchmark --store .evalgate/baselines');
      expect(init.stdout).toContain('npx evalgate gate --suite benchmark --baseline .evalgate/baselines');
      git(repo.dir, 'add', '-A');
      git(repo.dir, 'commit', '-qm', 'evalgate init');
      const sha = git(repo.dir, 'rev-parse', 'HEAD');
      // .gitignore took effect: nothing under .evalgate/ is ever staged.
      const stored = await repo.cli(['baseline', '--suite', 'benchmark']);
      expect(stored.code, stored.stderr).toBe(0);
      expect(repo.exists(`.evalgate/baselines/benchmark/${sha}.json`)).toBe(true);
      expect(git(repo.dir, 'status', '--porcelain')).toBe('');
      const gate = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines']);
      expect(gate.code, gate.stdout + gate.stderr).toBe(0);
      expect(gate.stdout).toMatch(/pass/i);
      expect(gate.stdout).not.toMatch(/no baseline/i);
    } finally {
      await repo.cleanup();
    }
  });

  it.skipIf(!hasPython)('with pyproject.toml: a Python stub; validate and run pass', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await repo.write('pyproject.toml', '[project]\nname = "acme-agent"\n');
      const { init, validate, run } = await initThenRun(repo);
      expect(init.code, init.stderr).toBe(0);
      expect(init.stdout).toMatch(/python harness stub \(found pyproject\.toml\)/);
      expect(repo.exists('evals/harness/run.py')).toBe(true);
      expect(await repo.read('evalgate.yml')).toMatch(/command: "python3 evals\/harness\/run\.py"/);
      // The stub uses the kit, copied beside it byte for byte: the harness runs without npm.
      expect(await repo.read('evals/harness/run.py')).toMatch(/^from evalgate_harness import llm, main, tool$/m);
      expect(await repo.read('evals/harness/evalgate_harness.py')).toBe(readFileSync(join(PROJECT_ROOT, 'harness/python/evalgate_harness.py'), 'utf8'));
      expect(init.stdout).toContain('evals/harness/evalgate_harness.py');
      expect(validate.code, validate.stderr).toBe(0);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/1 of 1 cases passed every trial/);
    } finally {
      await repo.cleanup();
    }
  });

  it('picks Python from requirements.txt, setup.py, or .py sources without a marker file; package.json still means Node', async () => {
    const cases: Array<{ files: Record<string, string>; language: string; marker: string }> = [
      { files: { 'requirements.txt': 'openai\n' }, language: 'python', marker: 'requirements.txt' },
      { files: { 'setup.py': 'from setuptools import setup\n' }, language: 'python', marker: 'setup.py' },
      { files: { 'agent/main.py': 'print(1)\n' }, language: 'python', marker: '.py files' },
      { files: { 'package.json': '{}', 'scripts/tool.py': 'print(1)\n' }, language: 'node', marker: 'package.json' },
    ];
    for (const c of cases) {
      const repo = await makeTempRepo('evalgate-init-');
      try {
        for (const [f, text] of Object.entries(c.files)) await repo.write(f, text);
        const init = await repo.cli(['init']);
        expect(init.code, init.stderr).toBe(0);
        expect(init.stdout, JSON.stringify(c.files)).toContain(`${c.language} harness stub (found ${c.marker})`);
        expect(repo.exists('evals/harness/evalgate_harness.py')).toBe(c.language === 'python');
      } finally {
        await repo.cleanup();
      }
    }
    // Dependencies and virtual environments are not the project's sources.
    const venv = await makeTempRepo('evalgate-init-');
    try {
      await venv.write('node_modules/x/y.py', '');
      await venv.write('.venv/z.py', '');
      expect((await venv.cli(['init'])).stdout).toMatch(/wrote \d+ file\(s\), node harness stub\n/);
    } finally {
      await venv.cleanup();
    }
  });

  it('--language shell writes a shell stub that passes; --harness-command writes no stub', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    const other = await makeTempRepo('evalgate-init-');
    try {
      const { init, run } = await initThenRun(repo, ['--language', 'shell']);
      expect(init.code, init.stderr).toBe(0);
      expect(repo.exists('evals/harness/run.sh')).toBe(true);
      expect(run.code, run.stdout + run.stderr).toBe(0);

      const own = await other.cli(['init', '--harness-command', 'node agent/run.js']);
      expect(own.code, own.stderr).toBe(0);
      expect(other.exists('evals/harness')).toBe(false);
      expect(await other.read('evalgate.yml')).toMatch(/command: "node agent\/run\.js"/);
      expect(own.stdout).toMatch(/make `node agent\/run\.js` print one trace JSON/);
    } finally {
      await repo.cleanup();
      await other.cleanup();
    }
  });

  it('refuses to overwrite: names every existing file, writes nothing, exit 2', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await repo.write('evalgate.yml', 'harness: { command: mine }\n');
      await repo.write('.github/workflows/evalgate.yml', 'name: mine\n');
      const r = await repo.cli(['init']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('evalgate.yml, .github/workflows/evalgate.yml already exist; nothing was written');
      expect(await repo.read('evalgate.yml')).toBe('harness: { command: mine }\n');
      expect(repo.exists('evals')).toBe(false);
      expect(repo.exists('.gitignore')).toBe(false);
    } finally {
      await repo.cleanup();
    }
  });

  // Regression test (issue 23, fixed in src/cli/init.ts): existsSync follows links, so a dangling
  // link at evalgate.yml "did not exist" and init renamed its file over the link, exit 0.
  it('refuses a dangling symbolic link at evalgate.yml (real process): names it, writes nothing, exit 2', async () => {
    ensureDist();
    const repo = await makeTempRepo('evalgate-init-');
    try {
      await symlink('nowhere.yml', join(repo.dir, 'evalgate.yml'));
      const r = await spawnCli(repo.dir, ['init', '--yes']);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toContain('evalgate init: evalgate.yml is a symbolic link (to "nowhere.yml", which does not exist); nothing was written');
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect((await lstat(join(repo.dir, 'evalgate.yml'))).isSymbolicLink()).toBe(true);
      expect(await readlink(join(repo.dir, 'evalgate.yml'))).toBe('nowhere.yml');
      expect(repo.exists('nowhere.yml')).toBe(false);
      expect(repo.exists('evals')).toBe(false);
      expect(repo.exists('.gitignore')).toBe(false);
    } finally {
      await repo.cleanup();
    }
  });

  it('refuses links on the way to every file it writes: .gitignore to a file outside, a workflow folder linked outside', async () => {
    ensureDist();
    const repo = await makeTempRepo('evalgate-init-');
    const outside = await makeTempRepo('evalgate-outside-');
    try {
      await writeFile(join(outside.dir, 'ignore'), 'mine\n');
      await symlink(join(outside.dir, 'ignore'), join(repo.dir, '.gitignore'));
      await mkdir(join(repo.dir, '.github'));
      await symlink(outside.dir, join(repo.dir, '.github/workflows'));
      const r = await spawnCli(repo.dir, ['init', '--yes']);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toContain(`.gitignore is a symbolic link (to ${JSON.stringify(join(outside.dir, 'ignore'))})`);
      expect(r.stderr).toContain(`.github/workflows is a symbolic link to a folder outside the repository (${JSON.stringify(outside.dir)}; init would write .github/workflows/evalgate.yml there)`);
      expect(await readFile(join(outside.dir, 'ignore'), 'utf8')).toBe('mine\n');
      expect(outside.exists('evalgate.yml')).toBe(false);
      expect(repo.exists('evalgate.yml')).toBe(false);
      // A linked folder that stays inside the repository is fine.
      await repo.cleanup();
      await mkdir(join(repo.dir, 'real-evals'), { recursive: true });
      await symlink('real-evals', join(repo.dir, 'evals'));
      const ok = await spawnCli(repo.dir, ['init', '--yes']);
      expect(ok.code, ok.stderr).toBe(0);
      expect(repo.exists('real-evals/cases/example/example-echo.yaml')).toBe(true);
    } finally {
      await repo.cleanup();
      await outside.cleanup();
    }
  });

  it('appends .evalgate/ to an existing .gitignore once, keeping its lines', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    const ignored = await makeTempRepo('evalgate-init-');
    try {
      await repo.write('.gitignore', 'node_modules/\ndist');
      await repo.cli(['init']);
      expect(await repo.read('.gitignore')).toBe('node_modules/\ndist\n.evalgate/\n');
      await ignored.write('.gitignore', '/.evalgate\n');
      const r = await ignored.cli(['init']);
      expect(await ignored.read('.gitignore')).toBe('/.evalgate\n');
      expect(r.stdout).not.toContain('.gitignore');
    } finally {
      await repo.cleanup();
      await ignored.cleanup();
    }
  });

  it('asks on a terminal (Enter takes the detected defaults), and never without one or with --yes', async () => {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      const questions: string[] = [];
      const answers = ['python', 'python3 -m acme.harness'];
      let out = '';
      const code = await main(['init'], {
        cwd: repo.dir,
        env: baseEnv(),
        stdout: (t) => (out += t),
        stderr: () => {},
        tty: true,
        prompt: async (q) => (questions.push(q), answers.shift() ?? ''),
      });
      expect(code).toBe(0);
      expect(questions).toEqual(['Harness stub language (node, python, shell) [node]: ', 'Harness command (Enter writes a stub) [python3 evals/harness/run.py]: ']);
      expect(await repo.read('evalgate.yml')).toMatch(/command: "python3 -m acme\.harness"/);
      expect(out).toMatch(/harness command "python3 -m acme\.harness"/);

      const again = await makeTempRepo('evalgate-init-');
      try {
        let asked = 0;
        const io = { cwd: again.dir, env: baseEnv(), stdout: () => {}, stderr: () => {}, tty: true, prompt: async () => (asked++, '') };
        expect(await main(['init', '--yes'], io)).toBe(0);
        expect(asked).toBe(0);
      } finally {
        await again.cleanup();
      }
    } finally {
      await repo.cleanup();
    }
  });

  const onPty = it.skipIf(spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0);
  /** Runs `evalgate init` on a pseudo-terminal in a fresh repo, typing what `typing` (a sh subshell) prints. */
  async function initOnPty(typing: string, check: (r: { status: number | null; out: string }, repo: TempRepo) => Promise<void> | void): Promise<void> {
    const repo = await makeTempRepo('evalgate-init-');
    try {
      const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
      const cli = join(PROJECT_ROOT, 'src/cli.ts');
      const r = spawnSync('sh', ['-c', `(${typing}) | script -qec '${tsx} ${cli} init' /dev/null`], { cwd: repo.dir, env: baseEnv(), encoding: 'utf8', timeout: 30_000 });
      await check({ status: r.status, out: r.stdout.replace(/\r/g, '').replace(/\u001b\[[0-9;]*[A-Za-z]/g, '') }, repo);
    } finally {
      await repo.cleanup();
    }
  }

  onPty('real process on a pseudo-terminal: asks, takes the answer, and Ctrl+D keeps the default', async () => {
    // The answer is typed once the question can be up; then the terminal closes (Ctrl+D) at the second.
    await initOnPty(`sleep 3; printf 'python\\n'; sleep 3`, ({ out }, repo) => {
      expect(out).toContain('Harness stub language (node, python, shell) [node]: ');
      expect(out).toContain('Harness command (Enter writes a stub) [python3 evals/harness/run.py]: ');
      expect(out).toMatch(/wrote 7 file\(s\), python harness stub/);
      expect(repo.exists('evals/harness/run.py')).toBe(true);
    });
  }, 40_000);

  onPty('real process on a pseudo-terminal: Ctrl+C at a question cancels with exit 130, writing nothing', async () => {
    await initOnPty(`printf 'python\\n'; sleep 3; printf '\\003'; sleep 2`, ({ status }, repo) => {
      expect(status).toBe(130);
      expect(repo.exists('evalgate.yml')).toBe(false);
      expect(repo.exists('evals')).toBe(false);
    });
  }, 40_000);

  onPty('real process on a pseudo-terminal: answers typed ahead, before their questions are up, are kept', async () => {
    // Both answers at once, right away: the second line arrives while the first is being handled.
    await initOnPty(`printf 'python\\nmy-agent --eval\\n'; sleep 4`, async ({ out }, repo) => {
      expect(out).toMatch(/wrote \d+ file\(s\), harness command "my-agent --eval"/);
      expect(await repo.read('evalgate.yml')).toMatch(/command: "?my-agent --eval"?\n/);
    });
  }, 40_000);
});
