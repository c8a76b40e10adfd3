import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkHarnessTouched, decideSkip, readHarnessScope, renderScopeWarnings } from '../../src/engine/paths.js';
import { buildHarnessScope, parseCommandScripts, parseImportRefs, resolveImportCandidates } from '../../src/case/harness-scope.js';
import { buildDefaultConfig } from '../../src/case/config.js';

function configWith(paths: string[], ignore: string[] = [], command = 'node agent/run.js') {
  const c = buildDefaultConfig(command);
  c.harness.paths = paths;
  c.harness.ignore = ignore;
  return c;
}
const scope = (paths: string[], ignore: string[] = [], reached: string[] = []) => buildHarnessScope(configWith(paths, ignore), 'evalgate.yml', reached);

describe('checkHarnessTouched', () => {
  it.each([
    [['README.md', 'docs/x.md'], false],
    [['agent/run.js'], true],
    [['prompts/refund.txt', 'README.md'], true],
    [['evals/cases/refund/a.yaml'], true],
    [['evals/fixtures/refund.json'], true],
    [['evalgate.yml'], true],
    [['evals/holdout.enc'], true],
    [[], false],
  ])('explicit paths: %j -> touched %s', (changed, touched) => {
    expect(checkHarnessTouched(changed, scope(['agent/**', 'prompts/**'])).touched).toBe(touched);
  });

  it.each([
    [['README.md'], true, []],
    [['src/agent.mjs'], true, ['docs/**', 'README.md']],
    [['README.md', 'docs/a.md'], false, ['docs/**', 'README.md']],
    // ignore never removes what evalgate itself reads
    [['evalgate.yml'], true, ['*.yml']],
    [['evals/cases/x/a.yaml'], true, ['evals/**']],
    [['node_modules/x/index.js', '.evalgate/benchmark/results.json'], false, []],
  ])('the whole repository (no paths): %j -> touched %s with ignore %j', (changed, touched, ignore) => {
    expect(checkHarnessTouched(changed, scope([], ignore)).touched).toBe(touched);
  });

  it('a file the harness command imports counts even outside harness.paths', () => {
    expect(checkHarnessTouched(['src/agent.mjs'], scope(['evals/harness/**'])).touched).toBe(false);
    expect(checkHarnessTouched(['src/agent.mjs'], scope(['evals/harness/**'], [], ['evals/harness/run.mjs', 'src/agent.mjs'])).touched).toBe(true);
  });

  it('decideSkip skips only an untouched, fully read scope, and says why', () => {
    const read = { scope: scope([], ['docs/**']), gaps: [], truncated: null };
    expect(decideSkip(['docs/a.md'], read)).toEqual({ skip: true, why: expect.stringContaining('only docs/a.md, none of it the harness (the whole repository except harness.ignore (docs/**))') });
    expect(decideSkip(['src/a.ts'], read).skip).toBe(false);
    expect(decideSkip(['docs/a.md'], { ...read, truncated: 'stopped after 2000 files' })).toEqual({ skip: false, why: expect.stringContaining('could not all be read') });
  });
});

describe('the harness command and its imports', () => {
  it.each([
    ['node evals/harness/run.mjs', ['evals/harness/run.mjs']],
    ['node ./agent/run.js --fast', ['agent/run.js']],
    ['python3 -m pkg.harness', ['pkg/harness.py', 'pkg/harness/__main__.py']],
    ['cd agent && npx tsx src/h.ts', ['src/h.ts']],
    ['npm run agent', []],
    ['node ../outside.js /abs/x.js', []],
    ['FOO=1 node "evals/h.mjs"', ['evals/h.mjs']],
  ])('parseCommandScripts(%j)', (command, want) => {
    expect(parseCommandScripts(command)).toEqual(want);
  });

  it.each([
    ['a.mjs', "import { x } from '../src/agent.mjs';\nimport fs from 'node:fs';\nconst m = await import('./dyn.js');", [{ spec: '../src/agent.mjs', line: 1 }, { spec: './dyn.js', line: 3 }]],
    ['a.cjs', "const a = require('./lib/a');\nexport * from \"./b.js\";", [{ spec: './lib/a', line: 1 }, { spec: './b.js', line: 2 }]],
    ['h.py', 'import json, agent.core\nfrom .tools import refund\nfrom prompts import SYSTEM', [{ spec: 'json', line: 1 }, { spec: 'agent.core', line: 1 }, { spec: '.tools', line: 2 }, { spec: 'prompts', line: 3 }]],
    ['x.txt', "import './a.js'", []],
  ])('parseImportRefs(%s)', (file, text, want) => {
    expect(parseImportRefs(file, text)).toEqual(want);
  });

  it('a hostile source file cannot make the import search slow: over-long lines are skipped', () => {
    const bomb = `import${' '.repeat(1_000_000)}x\nimport './ok.js';\n`;
    const t = Date.now();
    expect(parseImportRefs('a.mjs', bomb)).toEqual([{ spec: './ok.js', line: 2 }]);
    expect(parseImportRefs('a.py', `import ${'a,'.repeat(500_000)}\nimport b\n`)).toEqual([{ spec: 'b', line: 2 }]);
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('resolveImportCandidates: JS extensions and index files, TS .js -> .ts, Python packages; never outside the repository', () => {
    expect(resolveImportCandidates('evals/harness/run.mjs', '../../src/agent.mjs').slice(0, 3)).toEqual(['src/agent.mjs', 'src/agent.mts', 'src/agent.mtsx']);
    expect(resolveImportCandidates('src/a.ts', './b')).toContain('src/b.ts');
    expect(resolveImportCandidates('src/a.ts', './b')).toContain('src/b/index.js');
    expect(resolveImportCandidates('h.mjs', '../../etc/passwd')).toEqual([]);
    expect(resolveImportCandidates('pkg/h.py', '.tools')).toEqual(['pkg/tools.py', 'pkg/tools/__init__.py']);
    expect(resolveImportCandidates('pkg/h.py', 'agent.core')).toEqual(['pkg/agent/core.py', 'pkg/agent/core/__init__.py', 'agent/core.py', 'agent/core/__init__.py']);
  });
});

describe('readHarnessScope (real files)', () => {
  function repo(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-scope-'));
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  }

  it("follows the stub's imports to the agent, and names the gap init's old paths left", async () => {
    const dir = repo({
      'evals/harness/run.mjs': "import { runAgent } from '../../src/agent.mjs';\n",
      'src/agent.mjs': "import { tools } from './tools.mjs';\nimport prompt from './prompt.json' with { type: 'json' };\n",
      'src/tools.mjs': 'export const tools = [];\n',
      'src/prompt.json': '{}',
      'src/unused.mjs': '',
    });
    const config = configWith(['evals/harness/**'], [], 'node evals/harness/run.mjs');
    const read = await readHarnessScope(dir, config, 'evalgate.yml');
    expect(read.scope.reached).toEqual(['evals/harness/run.mjs', 'src/agent.mjs', 'src/prompt.json', 'src/tools.mjs']);
    expect(read.gaps.map((g) => [g.file, g.from])).toEqual([
      ['src/agent.mjs', { file: 'evals/harness/run.mjs', line: 1 }],
      ['src/tools.mjs', { file: 'src/agent.mjs', line: 1 }],
      ['src/prompt.json', { file: 'src/agent.mjs', line: 2 }],
    ]);
    // The PR that changes only the agent is not skipped.
    expect(decideSkip(['src/agent.mjs'], read).skip).toBe(false);
    expect(decideSkip(['src/unused.mjs'], read).skip).toBe(true);
    const warnings = renderScopeWarnings(read, config, 'evalgate.yml');
    expect(warnings[0]).toContain('leave out src/agent.mjs, which evals/harness/run.mjs:1 imports');
  });

  it('warns when explicit paths come with a command it cannot follow; nothing to say for the whole repository', async () => {
    const dir = repo({ 'package.json': '{}' });
    const explicit = configWith(['agent/**'], [], 'npm run agent');
    expect(renderScopeWarnings(await readHarnessScope(dir, explicit, 'evalgate.yml'), explicit, 'evalgate.yml')[0]).toContain('names no script in the repository');
    const whole = configWith([], ['docs/**'], 'npm run agent');
    expect(renderScopeWarnings(await readHarnessScope(dir, whole, 'evalgate.yml'), whole, 'evalgate.yml')).toEqual([]);
  });

  it('does not follow imports out of the repository or into node_modules', async () => {
    const outside = repo({ 'secret.mjs': '' });
    const dir = repo({ 'run.mjs': "import '../x/secret.mjs';\nimport './node_modules/p/index.js';\nimport './link.mjs';\n", 'node_modules/p/index.js': '' });
    symlinkSync(join(outside, 'secret.mjs'), join(dir, 'link.mjs'));
    const read = await readHarnessScope(dir, configWith([], [], 'node run.mjs'), 'evalgate.yml');
    expect(read.scope.reached).toEqual(['link.mjs', 'run.mjs']);
  });
});
