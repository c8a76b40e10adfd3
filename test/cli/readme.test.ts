// The README's CLI reference and the parser come from one table (VERBS in src/cli/args.ts):
// a verb or option added, renamed or removed in one place and not the other fails here.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERBS, renderCliMarkdown } from '../../src/cli/args.js';
import { readCliBlock } from './readme-block.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README CLI section', () => {
  it('is exactly the reference generated from the verb table (npm run readme:cli)', () => {
    const block = readCliBlock(readme);
    expect(block, 'README.md lacks the cli:begin / cli:end markers').not.toBeNull();
    expect(block).toBe(renderCliMarkdown());
  });

  it('lists every verb once and every option of each verb in its row', () => {
    const rows = (readCliBlock(readme) ?? '').split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => /^\| `([a-z-]+)/.exec(r)?.[1])).toEqual(VERBS.map((s) => s.name));
    for (const spec of VERBS) {
      const row = rows.find((r) => r.startsWith(`| \`${spec.name}`))!;
      const documented = [...row.matchAll(/`--([a-z-]+)/g)].map((m) => m[1]);
      expect(documented, spec.name).toEqual(spec.options.map((o) => o.name));
    }
  });

  it('reads in a newcomer\'s order: what it is (with the PR comment picture), install, quickstart, adoption, then reference', () => {
    const h2 = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2.slice(0, 4)).toEqual(['Install', 'Quickstart', 'Adopt it in your repository', 'Reference']);
    expect(readme.indexOf('](docs/pr-comment.png)')).toBeLessThan(readme.indexOf('## Install'));
    expect(existsSync(new URL('../../docs/pr-comment.png', import.meta.url))).toBe(true);
    // Config, cases and harness come before the workflows that run them.
    const at = (t: string) => h2.findIndex((h) => h.startsWith(t));
    expect(at('Config')).toBeLessThan(at('Workflows'));
    expect(at('Cases')).toBeLessThan(at('Workflows'));
    expect(at('Harness protocol')).toBeLessThan(at('Workflows'));
  });

  it('never tells users to use an action reference of a repository we do not own', () => {
    expect(readme).not.toMatch(/uses: evalgate\/evalgate@/);
    expect(readme).toMatch(/<owner>\/evalgate@<(full-commit-)?sha>/);
  });

  it('mentions no `evalgate VERB` that the CLI does not have', () => {
    const names = new Set([...VERBS.map((s) => s.name), 'help']);
    const used = [...readme.matchAll(/`evalgate ([a-z]+)\b/g)].map((m) => m[1]);
    expect(used.filter((v) => !names.has(v))).toEqual([]);
  });
});
