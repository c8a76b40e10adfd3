// loadGatedCases against a real git repository: the base commit holds the example project; the
// working tree plays the pull request head (edited, deleted and new cases, changed config).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleRepo, type TestRepo } from '../e2e/rig.js';
import { createGit } from '../../src/adapters/git.js';
import { loadProjectFromDisk } from '../../src/engine/project.js';
import { loadGatedCases, parseTrustedBaselineText, readTrustedBase, type GatedCases } from '../../src/engine/trust.js';
import type { Case, Config } from '../../src/types.js';

const EDITED = 'refund-policy-before-payment';
const EDITED_FILE = `evals/cases/refund/${EDITED}.yaml`;
const DELETED = 'research-no-search-loop';
const DELETED_FILE = `evals/cases/research/${DELETED}.yaml`;
const FIXTURE = 'evals/fixtures/refund-8812.json';

let repo: TestRepo;
let baseSha: string;
let base: { config: Config; cases: Case[] };
let head: { config: Config; cases: Case[] };
let gated: GatedCases;

async function load(dir: string) {
  const p = await loadProjectFromDisk(dir, 'evalgate.yml');
  if (!('config' in p)) throw new Error(JSON.stringify(p.problems));
  return p;
}

beforeAll(async () => {
  repo = createExampleRepo();
  baseSha = repo.git('rev-parse', 'HEAD');
  base = await load(repo.dir);
  // The "pull request": uncommitted edits in the working tree; the base commit stays in git.
  const edited = readFileSync(join(repo.dir, EDITED_FILE), 'utf8').replace(/checks:[\s\S]*$/, 'checks:\n  - type: output_schema\n    schema: { type: object }\n');
  writeFileSync(join(repo.dir, EDITED_FILE), edited);
  rmSync(join(repo.dir, DELETED_FILE));
  const newCase = readFileSync(join(repo.dir, 'evals/cases/orders/orders-status-reply.yaml'), 'utf8').replace(/^id: .*$/m, 'id: orders-brand-new');
  writeFileSync(join(repo.dir, 'evals/cases/orders/orders-brand-new.yaml'), newCase);
  writeFileSync(join(repo.dir, FIXTURE), '{"tampered": true}\n');
  const config = readFileSync(join(repo.dir, 'evalgate.yml'), 'utf8')
    .replace('command: node evals/agent/run.js', 'command: node evals/agent/run.js --pr-harness')
    .concat('gate:\n  alpha: 0.5\n  min_drop: 0.9\n  on_error: warn\n');
  writeFileSync(join(repo.dir, 'evalgate.yml'), config);
  head = await load(repo.dir);
  gated = await loadGatedCases({ git: createGit(repo.dir), baseSha, configPath: 'evalgate.yml', headConfig: head.config, headCases: head.cases });
}, 60_000);

afterAll(async () => {
  await gated?.dispose();
  repo?.cleanup();
});

const byId = (cases: Case[], id: string) => cases.find((c) => c.id === id);

describe('loadGatedCases', () => {
  it('sanity: the head really differs from the base', () => {
    expect(byId(head.cases, EDITED)!.definition_hash).not.toBe(byId(base.cases, EDITED)!.definition_hash);
    expect(byId(head.cases, DELETED)).toBeUndefined();
    expect(head.config.gate.alpha).toBe(0.5);
  });

  it('modified: the base definition gates and the id is flagged', () => {
    const c = byId(gated.cases, EDITED)!;
    expect(c.definition_hash).toBe(byId(base.cases, EDITED)!.definition_hash);
    expect(c.checks).toHaveLength(byId(base.cases, EDITED)!.checks.length);
    expect(gated.modified.has(EDITED)).toBe(true);
    expect(gated.fromBase.has(EDITED)).toBe(true);
  });

  it('removed: listed with its base definition, and not run as a head case', () => {
    expect(gated.removed).toEqual([DELETED]);
    expect(gated.removedCases.map((c) => c.id)).toEqual([DELETED]);
    expect(gated.removedCases[0].definition_hash).toBe(byId(base.cases, DELETED)!.definition_hash);
    expect(byId(gated.cases, DELETED)).toBeUndefined();
  });

  it('new: taken from the head, not flagged, not from the base', () => {
    const c = byId(gated.cases, 'orders-brand-new')!;
    expect(c).toBeDefined();
    expect(gated.fromBase.has('orders-brand-new')).toBe(false);
    expect(gated.modified.has('orders-brand-new')).toBe(false);
  });

  it('unchanged cases come from the base and are not flagged', () => {
    const unchanged = base.cases.filter((c) => c.id !== EDITED && c.id !== DELETED).map((c) => c.id);
    expect(unchanged.length).toBeGreaterThan(3);
    for (const id of unchanged) {
      expect(gated.fromBase.has(id)).toBe(true);
      expect(gated.modified.has(id)).toBe(false);
    }
    expect(gated.cases).toHaveLength(base.cases.length - 1 + 1);
  });

  it("the base config's gate settings win, but the head's harness is used", () => {
    expect(gated.config.gate).toEqual(base.config.gate);
    expect(gated.config.gate.alpha).toBe(0.05);
    expect(gated.config.harness.command).toBe('node evals/agent/run.js --pr-harness');
  });

  it("fixtures come from the base commit, not the PR's edited copy", () => {
    const c = byId(gated.cases, EDITED)!;
    expect(c.fixtures).not.toBeNull();
    expect(c.fixtures!.startsWith(repo.dir)).toBe(false);
    expect(readFileSync(c.fixtures!, 'utf8')).toBe(repo.git('show', `${baseSha}:${FIXTURE}`) + '\n');
  });

  it('dispose removes the private copy of base fixtures', async () => {
    const another = await loadGatedCases({ git: createGit(repo.dir), baseSha, configPath: 'evalgate.yml', headConfig: head.config, headCases: head.cases });
    const fixture = byId(another.cases, EDITED)!.fixtures!;
    expect(existsSync(fixture)).toBe(true);
    await another.dispose();
    expect(existsSync(fixture)).toBe(false);
  });

  // The gate reads the base side while the PR's cases load, before anything of the head is known:
  // what it read must be the base commit's own files, held to git itself (not to the same code path).
  it("readTrustedBase returns the base commit's files: the texts git show gives, for exactly the base glob's matches", async () => {
    const git = createGit(repo.dir);
    const reads = await readTrustedBase(git, baseSha, 'evalgate.yml');
    const listed = repo.git('ls-tree', '-r', '--name-only', baseSha).split('\n').filter(Boolean).sort();
    expect(reads.tree).toEqual(listed);
    expect(reads.config?.problems).toEqual([]);
    const caseFiles = listed.filter((f) => f.startsWith('evals/cases/') && f.endsWith('.yaml'));
    expect([...reads.caseTexts!.keys()].sort()).toEqual(caseFiles);
    // The PR edited one case file and deleted another in the working tree: the reads are the base's.
    for (const f of [EDITED_FILE, DELETED_FILE]) expect(reads.caseTexts!.get(f)).toBe(repo.git('show', `${baseSha}:${f}`) + '\n');
    expect(reads.bundle).toBeNull();
    const ahead = await loadGatedCases({ git, baseSha, configPath: 'evalgate.yml', headConfig: head.config, headCases: head.cases, base: reads });
    try {
      expect(byId(ahead.cases, EDITED)!.definition_hash).toBe(byId(base.cases, EDITED)!.definition_hash);
      // Consumed: the texts are not held for the rest of the run.
      expect(reads.caseTexts!.size).toBe(0);
    } finally {
      await ahead.dispose();
    }
  });

  it("an invalid config at the base: its cases are still the base commit's, found by the head's glob", async () => {
    const git = createGit(repo.dir);
    const broken = await git.commitFiles({ parent: baseSha, files: [{ path: 'evalgate.yml', content: 'harness: [not, a, mapping\n' }], message: 'break the config', author: { name: 't', email: 't@example.com' } });
    const reads = await readTrustedBase(git, broken, 'evalgate.yml');
    expect(reads.config?.problems.length).toBeGreaterThan(0);
    expect(reads.caseTexts).toBeNull();
    const g = await loadGatedCases({ git, baseSha: broken, configPath: 'evalgate.yml', headConfig: head.config, headCases: head.cases, base: reads });
    try {
      expect(g.notices.join('\n')).toMatch(/evalgate\.yml at the base commit is invalid; using the pull request's config/);
      expect(g.config.gate.alpha).toBe(0.5);
      // The edited case is still gated by the base definition, the deleted one still shows removed.
      expect(byId(g.cases, EDITED)!.definition_hash).toBe(byId(base.cases, EDITED)!.definition_hash);
      expect(g.modified.has(EDITED)).toBe(true);
      expect(g.removed).toEqual([DELETED]);
    } finally {
      await g.dispose();
    }
  });

  it('base reads of a commit git does not have fail naming it', async () => {
    await expect(readTrustedBase(createGit(repo.dir), '0123456789abcdef0123456789abcdef01234567', 'evalgate.yml')).rejects.toThrow(/0123456789abcdef/);
  });
});

describe('parseTrustedBaselineText', () => {
  it.each([
    ['{"schema":"evalgate/results@1"}', null],
    ['{"schema":', /--baseline b\.json at the merge base is not JSON/],
    ['['.repeat(5000) + ']'.repeat(5000), /--baseline b\.json at the merge base nests deeper than 1000 levels/],
  ])('%s', (text, error) => {
    if (error === null) expect(parseTrustedBaselineText(text, '--baseline b.json')).toEqual({ schema: 'evalgate/results@1' });
    else expect(() => parseTrustedBaselineText(text, '--baseline b.json')).toThrow(error);
  });
});
