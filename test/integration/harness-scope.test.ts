// The first week of a team that adopted evalgate with `init`: the stub edited to call the agent in
// src/, as the README says. No change to the agent may skip the gate or pool stale trials, and a
// broken or dirty harness is never stored as a baseline unknowingly. Real CLI, real git, real harness.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Comparison, Results } from '../../src/types.js';
import { git, makeTempRepo, readValidResults, STACK_LINE, type TempRepo } from './helpers.js';

const STUB = `import { readFileSync } from 'node:fs';
import { runAgent } from '../../src/agent.mjs';
const input = JSON.parse(readFileSync(0, 'utf8') || '{}');
const { output, steps } = await runAgent(input);
process.stdout.write(JSON.stringify({ output, steps }) + '\\n');
`;
const agent = (reply: string) => `import { tools } from './tools.mjs';
export async function runAgent(input) {
  const text = input.messages?.at(-1)?.content ?? '';
  return { output: { reply: ${JSON.stringify(reply)} + text }, steps: [{ type: 'tool', name: tools[0], args: { text }, status: 'ok' }] };
}
`;

async function initProject(): Promise<{ repo: TempRepo; main: string }> {
  const repo = await makeTempRepo('evalgate-scope-');
  git(repo.dir, 'init', '-q', '-b', 'main');
  await repo.write('package.json', '{ "name": "acme-agent", "type": "module" }\n');
  const init = await repo.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
  await repo.write('evals/harness/run.mjs', STUB);
  await repo.write('src/agent.mjs', agent('echo: '));
  await repo.write('src/tools.mjs', "export const tools = ['echo'];\n");
  await repo.write('README.md', '# acme\n');
  git(repo.dir, 'add', '-A');
  git(repo.dir, 'commit', '-qm', 'evalgate init, stub calls the agent');
  return { repo, main: git(repo.dir, 'rev-parse', 'HEAD') };
}

// Outputs under .evalgate/ (gitignored): an untracked output folder in the repository is part of the change.
const gateArgs = (out: string) => ['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--base-ref', 'main', '--out', `.evalgate/${out}`];

describe("init's config fails safe", () => {
  it('a branch that changes only the agent in src/ is gated (and blocks); one that changes only the README is skipped', async () => {
    const { repo } = await initProject();
    try {
      expect(await repo.read('evalgate.yml')).not.toMatch(/^\s+paths:/m);
      const validate = await repo.cli(['validate']);
      expect(validate.code, validate.stderr).toBe(0);
      expect(validate.stderr).not.toMatch(/warning/);
      expect((await repo.cli(['baseline', '--suite', 'benchmark'])).code).toBe(0);

      git(repo.dir, 'checkout', '-q', '-b', 'agent-change');
      await repo.write('src/tools.mjs', "export const tools = ['echo_v2'];\n");
      git(repo.dir, 'commit', '-qam', 'rename the tool');
      const gate = await repo.cli(gateArgs('g-agent'));
      expect(gate.stdout).not.toContain('skipped');
      expect(gate.code, gate.stdout + gate.stderr).toBe(1);
      const cmp = JSON.parse(await repo.read('.evalgate/g-agent/comparison.json')) as Comparison;
      expect(cmp.cases.find((c) => c.id === 'example-echo')?.status).toBe('regressed');

      git(repo.dir, 'checkout', '-q', 'main');
      git(repo.dir, 'checkout', '-q', '-b', 'readme');
      await repo.write('README.md', '# acme agent\n');
      git(repo.dir, 'commit', '-qam', 'docs');
      const docs = await repo.cli(gateArgs('g-docs'));
      expect(docs.code, docs.stdout + docs.stderr).toBe(0);
      expect(docs.stdout).toContain('skipped: this change touches only README.md, none of it the harness (the whole repository except harness.ignore (README.md, CHANGELOG.md, LICENSE, docs/**)');
    } finally {
      await repo.cleanup();
    }
  });

  it("a later baseline after an agent change does not pool the old agent's trials; a docs commit does", async () => {
    const { repo, main } = await initProject();
    try {
      expect((await repo.cli(['baseline', '--suite', 'benchmark'])).code).toBe(0);
      const first = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${main}.json`));
      await repo.write('src/agent.mjs', agent('echo (v2): '));
      git(repo.dir, 'commit', '-qam', 'agent v2');
      const v2 = git(repo.dir, 'rev-parse', 'HEAD');
      expect((await repo.cli(['baseline', '--suite', 'benchmark'])).code).toBe(0);
      const second: Results = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${v2}.json`));
      expect(second.notices.join('\n')).not.toMatch(/pooled/);
      expect(second.cases[0].fingerprint).not.toBe(first.cases[0].fingerprint);
      // Only this commit's own trials (a trials: 1 case backs its claim with 3), none of the old agent's.
      expect(second.cases[0].runs).toBe(3);

      await repo.write('docs/usage.md', 'how\n');
      git(repo.dir, 'add', '-A');
      git(repo.dir, 'commit', '-qm', 'docs');
      const docs = git(repo.dir, 'rev-parse', 'HEAD');
      expect((await repo.cli(['baseline', '--suite', 'benchmark'])).code).toBe(0);
      const third: Results = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${docs}.json`));
      expect(third.notices.join('\n')).toMatch(/pooled/);
      expect(third.cases[0].fingerprint).toBe(second.cases[0].fingerprint);
    } finally {
      await repo.cleanup();
    }
  });

  it('explicit paths that miss the agent: validate names the file and the import; the agent change is still gated', async () => {
    const { repo } = await initProject();
    try {
      const config = (await repo.read('evalgate.yml')).replace(/^ {2}ignore:.*$/m, '  paths: [evals/harness/**]');
      await repo.write('evalgate.yml', config);
      git(repo.dir, 'commit', '-qam', 'the old init default');
      const validate = await repo.cli(['validate']);
      expect(validate.code).toBe(0);
      expect(validate.stderr).toContain('warning: evalgate.yml: harness.paths/harness.ignore leave out src/agent.mjs, which evals/harness/run.mjs:2 imports');
      expect(validate.stderr).toContain('leave out src/tools.mjs, which src/agent.mjs:1 imports');
      expect((await repo.cli(['baseline', '--suite', 'benchmark'])).code).toBe(0);
      git(repo.dir, 'checkout', '-q', '-b', 'agent-change');
      await repo.write('src/agent.mjs', agent('changed: '));
      git(repo.dir, 'commit', '-qam', 'agent');
      const gate = await repo.cli(gateArgs('g'));
      expect(gate.stdout).not.toContain('skipped');
      expect(repo.exists('.evalgate/g/comparison.json')).toBe(true);
    } finally {
      await repo.cleanup();
    }
  });
});

describe('baselines of a broken or dirty harness', () => {
  it('every trial errored: nothing stored, exit 1, the error and the stderr named', async () => {
    const { repo, main } = await initProject();
    try {
      await repo.write('evalgate.yml', (await repo.read('evalgate.yml')).replace('node evals/harness/run.mjs', 'node evals/harness/runn.mjs'));
      git(repo.dir, 'commit', '-qam', 'typo');
      const b = await repo.cli(['baseline', '--suite', 'benchmark']);
      expect(b.code).toBe(1);
      expect(b.stderr).toMatch(/baseline not stored: every trial of all 1 case\(s\) errored.*example-echo: .*stderr: .*Cannot find module/s);
      expect(b.stderr).not.toMatch(STACK_LINE);
      expect(repo.exists(`.evalgate/baselines/benchmark/${git(repo.dir, 'rev-parse', 'HEAD')}.json`)).toBe(false);
      expect(repo.exists(`.evalgate/baselines/benchmark/${main}.json`)).toBe(false);
    } finally {
      await repo.cleanup();
    }
  });

  it('uncommitted harness changes: refused; --allow-dirty stores it flagged and the gate against it says so', async () => {
    const { repo, main } = await initProject();
    try {
      await repo.write('src/agent.mjs', agent('local experiment: '));
      const refused = await repo.cli(['baseline', '--suite', 'benchmark']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('baseline: the harness has uncommitted changes (src/agent.mjs)');
      expect(repo.exists(`.evalgate/baselines/benchmark/${main}.json`)).toBe(false);
      const flagged = await repo.cli(['baseline', '--suite', 'benchmark', '--allow-dirty']);
      expect(flagged.code, flagged.stderr).toBe(0);
      expect(flagged.stdout).toContain(`warning: stored from a working tree whose harness files differ from commit ${main.slice(0, 7)} (src/agent.mjs)`);
      const stored = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${main}.json`));
      expect(stored.harness.uncommitted).toEqual(['src/agent.mjs']);
      expect(stored.cases[0].fingerprint).toBeUndefined();
      git(repo.dir, 'checkout', '-q', '--', 'src/agent.mjs');
      const gate = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--out', '.evalgate/g']);
      expect(gate.stdout).toMatch(/the baseline .* was stored from a working tree whose harness files differed from commit/);
    } finally {
      await repo.cleanup();
    }
  });

  it('a gitignored file in the harness scope: stored, but no fingerprint is claimed and the notice says why', async () => {
    const { repo, main } = await initProject();
    try {
      await repo.write('.gitignore', `${await repo.read('.gitignore')}prompts/local.txt\n`);
      git(repo.dir, 'commit', '-qam', 'ignore a local prompt');
      await repo.write('prompts/local.txt', 'a local prompt\n');
      const b = await repo.cli(['baseline', '--suite', 'benchmark']);
      expect(b.code, b.stderr).toBe(0);
      const head = git(repo.dir, 'rev-parse', 'HEAD');
      expect(head).not.toBe(main);
      const stored = await readValidResults(join(repo.dir, '.evalgate/baselines/benchmark', `${head}.json`));
      expect(stored.cases[0].fingerprint).toBeUndefined();
      expect(stored.notices.join('\n')).toContain('no harness fingerprint claimed, so no trial is pooled: gitignored files in the harness scope (prompts/local.txt');
    } finally {
      await repo.cleanup();
    }
  });
});

describe('a guard that cannot fail', () => {
  it('tool_not_called with a typo is flagged in the run output, the report and results.json', async () => {
    const { repo } = await initProject();
    try {
      const c = await repo.read('evals/cases/example/example-echo.yaml');
      await repo.write('evals/cases/example/example-echo.yaml', c.replace('    tools: [echo]', '    tools: [echo]\n  - type: tool_not_called\n    tool: ecko'));
      const run = await repo.cli(['run', '--suite', 'benchmark']);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const want = 'case example-echo, check 2 (tool_not_called) names tool "ecko", which no trace of this run called (did you mean "echo"?): this guard cannot fail';
      expect(run.stdout).toContain(want);
      const results = await readValidResults(join(repo.dir, '.evalgate/benchmark/results.json'));
      expect(results.notices.join('\n')).toContain(want);
      git(repo.dir, 'commit', '-qam', 'the typo, committed');
      expect((await repo.cli(['baseline', '--suite', 'benchmark'])).code).toBe(0);
      const gate = await repo.cli(['gate', '--suite', 'benchmark', '--baseline', '.evalgate/baselines', '--out', '.evalgate/g']);
      expect(gate.stdout).toContain(want);
      expect(await repo.read('.evalgate/g/report.md')).toContain('names tool "ecko"');
    } finally {
      await repo.cleanup();
    }
  });
});
