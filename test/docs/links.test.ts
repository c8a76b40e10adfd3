// Every link in README.md and docs/*.md resolves: relative files exist, and #anchors name a
// heading (GitHub's slug) of the file they point into. The README was split into docs/; a moved
// section must not leave a dead link behind.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = [join(ROOT, 'README.md'), ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join(ROOT, 'docs', f))];

/** GitHub's heading anchor: lowercased, punctuation other than - and _ dropped, spaces to -. */
export function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

/** Lines outside fenced code blocks. */
function prose(text: string): string[] {
  const out: string[] = [];
  let fence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fence = !fence;
    else if (!fence) out.push(line);
  }
  return out;
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(readFileSync(file, 'utf8'))) {
    const m = /^#{1,6} (.*)$/.exec(line);
    if (!m) continue;
    // Markdown in the heading renders as text: `code` and [links](x) keep their text.
    const s = slugOf(m[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
    const n = seen.get(s) ?? 0;
    anchors.add(n === 0 ? s : `${s}-${n}`);
    seen.set(s, n + 1);
  }
  return anchors;
}

function linksOf(file: string): string[] {
  const out: string[] = [];
  for (const line of prose(readFileSync(file, 'utf8'))) {
    // Inline code is not a link.
    const text = line.replace(/`[^`]*`/g, '');
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) out.push(m[1]);
  }
  return out;
}

describe('README and docs links', () => {
  it('finds the docs pages', () => {
    expect(DOCS.length).toBeGreaterThan(5);
  });

  it.each(DOCS.map((f) => [relative(ROOT, f), f]))('%s: every relative link and anchor resolves', (_, file) => {
    const dead: string[] = [];
    for (const target of linksOf(file)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const [path, anchor] = target.split('#');
      const dest = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
      if (!existsSync(dest)) {
        dead.push(`${target}: no file ${relative(ROOT, dest)}`);
        continue;
      }
      if (anchor !== undefined && dest.endsWith('.md') && !anchorsOf(dest).has(anchor)) dead.push(`${target}: no heading #${anchor} in ${relative(ROOT, dest)}`);
    }
    expect(dead).toEqual([]);
  });

  it('keeps README.md to what a newcomer needs (at most ~350 lines)', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(350);
  });
});
