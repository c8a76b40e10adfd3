// Markdown building blocks that keep untrusted text (messages, titles, evidence) from breaking
// the report's structure: no table cell can add a column, no evidence can close its fence,
// no title can @-mention someone.

import { stripControl } from './format.js';

/**
 * Untrusted text made inert in any Markdown context (text, code span, fence): control, bidi and
 * zero-width characters removed, and every `<!--` broken, because evalgate finds its sticky
 * comments and reopen/ingest records by hidden HTML-comment markers that a copied lookalike would fake.
 */
export function neutralize(s: string): string {
  return stripControl(s).replace(/<!--/g, '<!\u200b--');
}

/**
 * Inline text on one line with Markdown/HTML syntax escaped, and nothing GitHub would act on:
 * @-mentions and team mentions do not notify, `#123`, `owner/repo#77` and `GH-5` do not link
 * (nor add "mentioned" events to those issues), URLs are not auto-linked.
 */
export function mdText(s: string): string {
  return neutralize(s)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    // A zero-width space after @ or # (and inside GH-, ://, www.) stops GitHub from notifying or
    // cross-referencing whoever or whatever a message happens to name.
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200b-`)
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200b.`);
}

/** Inline code span that survives backticks and pipes in its content (also inside table cells). */
export function mdCode(s: string): string {
  const body = neutralize(s).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  if (body === '') return '';
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const tick = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${tick}${pad}${body}${pad}${tick}`;
}

/** Fenced code block whose fence is longer than any backtick run inside, so content cannot close it. */
export function mdFence(s: string, lang = ''): string {
  const body = neutralize(s).replace(/\n+$/, '');
  const longest = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** A link, or plain escaped text when the URL is not http(s). */
export function mdLink(text: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return text;
  const safe = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${safe})`;
}

/** A GFM table: header, separator, rows; cells must already be inline-safe (see mdText/mdCode). */
export function mdTable(header: string[], rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  const sep = header.map((_, i) => {
    const a = align?.[i] ?? 'l';
    return a === 'r' ? '---:' : a === 'c' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(sep), ...rows.map(line)].join('\n');
}

/** A collapsible `<details>` block around Markdown content (blank lines keep GitHub rendering the inside). */
export function mdDetails(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
