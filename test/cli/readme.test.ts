// The CLI reference (docs/cli.md) and the parser come from one table (VERBS in src/cli/args.ts):
// a verb or option added, renamed or removed in one place and not the other fails here; the
// README and docs mention no verb the CLI lacks, and the README reads in a newcomer's order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERBS, renderCliMarkdown } from '../../src/cli/args.js';
import { readCliBlock } from './readme-block.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const cliDoc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
const DOC_NAMES = ['README.md', ...readdirSync(new URL('../../docs/', import.meta.url)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const allDocs = DOC_NAMES.map((f) => readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8')).join('\n');

describe('CLI reference (docs/cli.md) and the README', () => {
  it('is exactly the reference generated from the verb table (npm run readme:cli)', () => {
    const block = readCliBlock(cliDoc);
    expect(block, 'docs/cli.md lacks the cli:begin / cli:end markers').not.toBeNull();
    expect(block).toBe(renderCliMarkdown());
  });

  it('lists every verb once and every option of each verb in its row', () => {
    const rows = (readCliBlock(cliDoc) ?? '').split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => /^\| `([a-z-]+)/.exec(r)?.[1])).toEqual(VERBS.map((s) => s.name));
    for (const spec of VERBS) {
      const row = rows.find((r) => r.startsWith(`| \`${spec.name}`))!;
      const documented = [...row.matchAll(/`--([a-z-]+)/g)].map((m) => m[1]);
      expect(documented, spec.name).toEqual(spec.options.map((o) => o.name));
    }
  });

  it('reads in a newcomer\'s order: what it is (with the PR comment picture), install, quickstart, adoption, then where to go next', () => {
    const h2 = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2.slice(0, 3)).toEqual(['Install', 'Quickstart', 'Adopt it in your repository']);
    expect(h2).toContain('Where to go next');
    expect(readme.indexOf('](docs/pr-comment.png)')).toBeLessThan(readme.indexOf('## Install'));
    expect(existsSync(new URL('../../docs/pr-comment.png', import.meta.url))).toBe(true);
    // Every reference page is linked from the README.
    for (const f of DOC_NAMES.slice(1)) expect(readme, f).toContain(`](${f})`);
  });

  it('never tells users to use an action reference of a repository we do not own', () => {
    expect(allDocs).not.toMatch(/uses: evalgate\/evalgate@/);
    expect(readme).toMatch(/<owner>\/evalgate@<(full-commit-)?sha>/);
  });

  it('mentions no `evalgate VERB` that the CLI does not have', () => {
    const names = new Set([...VERBS.map((s) => s.name), 'help']);
    const used = [...allDocs.matchAll(/`evalgate ([a-z]+)\b/g)].map((m) => m[1]);
    expect(used.filter((v) => !names.has(v))).toEqual([]);
  });
});
