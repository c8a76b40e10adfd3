import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProject, readJsonFile, writeFileAtomic, listCaseFiles } from '../../src/adapters/fs.js';
import { renderProblem } from '../../src/case/problems.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'evalgate-case-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), text);
}

const goodCase = (id: string, extra = '') =>
  `id: ${id}\ntitle: t\nguards: 1\nworkflow: refund\nseverity: sev1\ninput: {}\n${extra}checks:\n  - type: no_tool_errors\n`;

describe('loadProject', () => {
  it('loads config, cases (sorted) and fixtures', async () => {
    await put('evalgate.yml', 'harness:\n  command: node agent/run.js\ntrials: 2\n');
    await put('evals/cases/refund/b.yaml', goodCase('b', 'fixtures: ../../fixtures/b.json\n'));
    await put('evals/cases/refund/a.yaml', goodCase('a'));
    await put('evals/fixtures/b.json', '{"ok": true}');
    const p = await loadProject(root);
    expect(p.problems).toEqual([]);
    expect(p.config!.harness.command).toBe('node agent/run.js');
    expect(p.cases.map((c) => [c.id, c.file, c.trials])).toEqual([
      ['a', 'evals/cases/refund/a.yaml', 2],
      ['b', 'evals/cases/refund/b.yaml', 2],
    ]);
    expect(p.cases[1].fixtures).toBe(path.join(root, 'evals/fixtures/b.json'));
  });

  it('reports every problem across config, cases and fixtures in one pass, sorted by file then line', async () => {
    await put('evalgate.yml', 'harness:\n  command: node agent/run.js\n  protocl: jsonl\n');
    await put('evals/cases/a.yaml', goodCase('dup'));
    await put('evals/cases/b.yaml', goodCase('dup', 'fixtures: ../fixtures/missing.json\n'));
    await put('evals/cases/c.yaml', goodCase('c').replace('guards: 1', 'guards: "#1"').replace('no_tool_errors', 'tool_called'));
    await put('evals/cases/d.yaml', 'id: d\n  title: broken indentation\n');
    await put('evals/cases/e.yaml', goodCase('e'));
    const p = await loadProject(root);
    expect(p.problems.map(renderProblem).map((l) => l.replace(/ \(expected .*$/, ''))).toEqual([
      'evalgate.yml:3:3: harness: unknown key "protocl", did you mean "protocol"?',
      'evals/cases/a.yaml:1:5: duplicate case id "dup" (also in evals/cases/b.yaml:1)',
      'evals/cases/b.yaml:1:5: duplicate case id "dup" (also in evals/cases/a.yaml:1)',
      'evals/cases/b.yaml:7:11: fixtures: "../fixtures/missing.json" cannot be read (no such file)',
      'evals/cases/c.yaml:3:9: guards: "#1" is not valid',
      'evals/cases/c.yaml:8:11: checks[0].type: unknown check type "tool_called"',
      'evals/cases/d.yaml:2:8: YAML syntax error: bad indentation of a mapping entry',
    ]);
    expect(p.cases.map((c) => c.id)).toEqual(['e']);
  });

  it('reports a missing config file once, naming it, and still checks cases', async () => {
    await put('evals/cases/a.yaml', goodCase('a').replace('sev1', 'sev7'));
    const p = await loadProject(root);
    expect(p.config).toBeNull();
    expect(p.problems.map(renderProblem)).toEqual([
      `evalgate.yml: config file not found in ${root} (expected evalgate.yml with at least harness.command)`,
      'evals/cases/a.yaml:5:11: severity: "sev7" is not one of sev0, sev1, sev2, sev3',
    ]);
  });

  it('uses a custom config path and its cases glob', async () => {
    await put('ci/evalgate.yml', 'harness:\n  command: x\ncases: "suite/*.yml"\n');
    await put('suite/one.yml', goodCase('one'));
    await put('evals/cases/ignored.yaml', 'not: [valid');
    const p = await loadProject(root, { configPath: 'ci/evalgate.yml' });
    expect(p.problems).toEqual([]);
    expect(p.cases.map((c) => c.file)).toEqual(['suite/one.yml']);
  });

  it('filters to the requested case ids and names unknown ones', async () => {
    await put('evalgate.yml', 'harness:\n  command: x\n');
    await put('evals/cases/a.yaml', goodCase('a'));
    await put('evals/cases/b.yaml', goodCase('b').replace('guards: 1', 'guards: -1'));
    const p = await loadProject(root, { caseIds: ['a', 'nope'] });
    expect(p.cases.map((c) => c.id)).toEqual(['a']);
    expect(p.problems.map(renderProblem)).toEqual([
      'evals/cases/**/*.{yaml,yml}: no case with id "nope" (expected one of a, b)',
    ]);
  });
});

// issue 9 item 14: symlinks out of the repository are refused by name, their targets never read.
describe('loadProject and symlinks', () => {
  let outside: string;
  beforeEach(async () => {
    outside = await mkdtemp(path.join(os.tmpdir(), 'evalgate-outside-'));
    await writeFile(path.join(outside, 'secret.yaml'), 'root:x:0:0:SECRET-CONTENT\n');
    await writeFile(path.join(outside, 'secret.json'), '{"SECRET-CONTENT": 1');
    await put('evalgate.yml', 'harness:\n  command: x\n');
  });
  afterEach(() => rm(outside, { recursive: true, force: true }));
  const rendered = async () => (await loadProject(root)).problems.map(renderProblem);

  it('refuses a case file that links outside, naming the link, never the content', async () => {
    await put('evals/cases/a.yaml', goodCase('a'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'evals/cases/leak.yaml'));
    const problems = await rendered();
    expect(problems).toEqual(['evals/cases/leak.yaml: is a symlink to a file outside the repository (refused; not followed) (expected case files and folders inside the repository)']);
    expect(problems.join('\n')).not.toContain('SECRET');
  });

  it('refuses `ln -s / evals/cases/root` without walking the filesystem', async () => {
    await put('evals/cases/a.yaml', goodCase('a'));
    await symlink('/', path.join(root, 'evals/cases/root'));
    const p = await loadProject(root);
    expect(p.problems.map(renderProblem)).toEqual(['evals/cases/root: is a symlink to a folder outside the repository (refused; not followed) (expected case files and folders inside the repository)']);
    expect(p.cases.map((c) => c.id)).toEqual(['a']);
  });

  it('follows links inside the repository once (a loop ends), and the base folder itself must be inside', async () => {
    await put('shared/cases/s.yaml', goodCase('s'));
    await put('evals/cases/a.yaml', goodCase('a'));
    await symlink(path.join(root, 'shared/cases'), path.join(root, 'evals/cases/shared'));
    await symlink(path.join(root, 'evals/cases'), path.join(root, 'evals/cases/loop'));
    const p = await loadProject(root);
    expect(p.problems).toEqual([]);
    expect(p.cases.map((c) => c.file)).toEqual(['evals/cases/a.yaml', 'evals/cases/shared/s.yaml']);
    await rm(path.join(root, 'evals'), { recursive: true });
    await mkdir(path.join(root, 'evals'));
    await symlink(outside, path.join(root, 'evals/cases'));
    expect(await rendered()).toContain('evals/cases: is a symlink to a folder outside the repository (refused; not followed) (expected case files and folders inside the repository)');
  });

  it('refuses fixtures and a config that link outside, and names a fixture that is a directory', async () => {
    await put('evals/cases/a.yaml', goodCase('a', 'fixtures: ../fixtures/f.json\n'));
    await put('evals/cases/b.yaml', goodCase('b', 'fixtures: ../fixtures\n'));
    await mkdir(path.join(root, 'evals/fixtures'), { recursive: true });
    await symlink(path.join(outside, 'secret.json'), path.join(root, 'evals/fixtures/f.json'));
    const problems = await rendered();
    expect(problems).toEqual([
      'evals/cases/a.yaml:7:11: fixtures: "../fixtures/f.json" is a symlink that resolves outside the repository (refused; its target is not read) (expected a readable file inside the repository, relative to the case file)',
      'evals/cases/b.yaml:7:11: fixtures: "../fixtures" is a directory, not a file (expected a readable file inside the repository, relative to the case file)',
    ]);
    await rm(path.join(root, 'evalgate.yml'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(root, 'evalgate.yml'));
    const p = await loadProject(root);
    expect(p.problems.map(renderProblem)[0]).toBe('evalgate.yml: is a symlink that resolves outside the repository (refused; its target is not read) (expected an evalgate.yml file inside the repository)');
    expect(p.problems.map(renderProblem).join('\n')).not.toContain('SECRET');
  });

  it('says a config that is a directory is a directory', async () => {
    await rm(path.join(root, 'evalgate.yml'));
    await mkdir(path.join(root, 'evalgate.yml'));
    await put('evals/cases/a.yaml', goodCase('a'));
    expect((await rendered())[0]).toBe('evalgate.yml: is a directory, not a file (expected an evalgate.yml file inside the repository)');
  });
});

describe('loadProject: a cases glob that matches nothing', () => {
  it.each([
    { config: 'harness:\n  command: x\n', glob: 'evals/cases/**/*.{yaml,yml}', where: 'evalgate.yml' },
    { config: 'harness:\n  command: x\ncases: "evals/kases/**/*.yaml"\n', glob: 'evals/kases/**/*.yaml', where: 'evalgate.yml:3:8' },
  ])('is an error naming the glob when cases are required ($glob)', async ({ config, glob, where }) => {
    await put('evalgate.yml', config);
    await put('evals/cases/a.yaml', glob.includes('kases') ? goodCase('a') : 'x: 1\n');
    if (!glob.includes('kases')) await rm(path.join(root, 'evals/cases/a.yaml'));
    expect((await loadProject(root)).problems).toEqual([]);
    const p = await loadProject(root, { requireCases: true });
    expect(p.problems.map(renderProblem)).toEqual([
      `${where}: cases: ${JSON.stringify(glob)} matches no case files (expected a glob that matches at least one case file, e.g. evals/cases/**/*.{yaml,yml})`,
    ]);
  });
});

describe('file helpers', () => {
  it('writeFileAtomic creates directories, replaces content, leaves no temp files', async () => {
    const target = path.join(root, 'out/deep/results.json');
    await writeFileAtomic(target, '{"a":1}');
    await writeFileAtomic(target, '{"a":2}');
    expect(await readFile(target, 'utf8')).toBe('{"a":2}');
    expect(await readdir(path.dirname(target))).toEqual(['results.json']);
  });

  it('readJsonFile parses JSON and names the file on errors', async () => {
    await put('r.json', '{"x": [1, 2]}');
    await put('bad.json', '{"x": ');
    expect(await readJsonFile(path.join(root, 'r.json'))).toEqual({ x: [1, 2] });
    await expect(readJsonFile(path.join(root, 'bad.json'))).rejects.toThrow(/bad\.json:1:7: not valid JSON/);
    await expect(readJsonFile(path.join(root, 'none.json'))).rejects.toThrow(/none\.json: file not found/);
  });

  it.each([
    // issue 9: "at position 28" told nobody where to look.
    { name: 'line:col instead of an offset', text: '{\n  "schema": "evalgate/results@1",\n  x\n}', message: /b\.json:3:3: not valid JSON: Expected double-quoted property name$/ },
    { name: 'an empty file', text: '', message: /b\.json: file is empty \(expected a JSON document\)/ },
    { name: 'nesting too deep', text: '['.repeat(5000) + ']'.repeat(5000), message: /b\.json:1:1001: nests deeper than 1000 levels/ },
  ])('readJsonFile locates problems: $name', async ({ text, message }) => {
    await put('b.json', text);
    await expect(readJsonFile(path.join(root, 'b.json'))).rejects.toThrow(message);
  });

  it('readJsonFile says a directory is a directory, not "file not found"', async () => {
    await mkdir(path.join(root, 'dir.json'));
    await expect(readJsonFile(path.join(root, 'dir.json'))).rejects.toThrow(/dir\.json: is a directory \(expected a JSON file\)/);
  });

  it('listCaseFiles returns sorted repo-relative paths and skips node_modules', async () => {
    await put('evals/cases/z/b.yaml', '');
    await put('evals/cases/a.yaml', '');
    await put('evals/cases/node_modules/x.yaml', '');
    expect(await listCaseFiles(root, 'evals/cases/**/*.yaml')).toEqual(['evals/cases/a.yaml', 'evals/cases/z/b.yaml']);
  });
});
