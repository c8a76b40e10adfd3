// Renders a guard history (results/history.ts): a compact Markdown table for the nightly's job
// summary and the terminal, and a self-contained HTML page with one small chart per case. Pure.
import { createHash } from 'node:crypto';
import type { History } from '../results/history.js';
import { formatPct, guardsLabel, shortSha, stripControl } from './format.js';
import { mdCode, mdTable, mdText } from './md.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One character per run: the pass rate as a block (▁ 0% … █ 100%), `!` every trial errored, `·` not run. */
export function renderSparkline(points: History['cases'][number]['points']): string {
  return points
    .map((p) => {
      if (p === null) return '·';
      if (p.runs === 0) return '!';
      return BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((p.passes / p.runs) * (BLOCKS.length - 1) + 1e-9))];
    })
    .join('');
}

/** The compact table: suite rate line, then failing cases first, each with its sparkline over the last `width` runs. */
export function renderHistoryMarkdown(h: History & { truncated?: number }, opts: { maxRows?: number; width?: number } = {}): string {
  const width = opts.width ?? 30;
  const maxRows = opts.maxRows ?? 50;
  const from = Math.max(0, h.commits.length - width);
  const out: string[] = [`### evalgate history: ${h.suite}`];
  if (h.commits.length === 0) return `${out[0]}\n\nNo stored runs of the ${h.suite} suite yet.\n`;
  const first = h.commits[from];
  const last = h.commits[h.commits.length - 1];
  const rates = h.commits.slice(from).map((c) => (c.pass_rate === null ? null : { passes: Math.round(c.pass_rate * 1000), runs: 1000, errors: 0 }));
  out.push(
    `${h.commits.length} stored run(s)${h.truncated ? ` (${h.truncated} older left out)` : ''}; suite pass rate ${renderSparkline(rates)} ` +
      `from ${mdCode(shortSha(first.commit))} (${first.pass_rate === null ? '—' : formatPct(first.pass_rate)}) to ${mdCode(shortSha(last.commit))} (${last.pass_rate === null ? '—' : formatPct(last.pass_rate)}).`,
  );
  const failing = h.cases.filter((c) => c.failing_since !== null).length;
  out.push(failing === 0 ? 'Every case passed every trial of its latest run.' : `${failing} case(s) fail in their latest run, listed first with the commit where they started.`);
  const rows = h.cases.slice(0, maxRows).map((c) => [
    mdCode(c.id),
    c.guards === null ? '—' : mdText(guardsLabel(c.guards)),
    mdCode(renderSparkline(c.points.slice(from))),
    c.latest_rate === null ? '—' : formatPct(c.latest_rate),
    c.failing_since === null ? '' : mdCode(shortSha(c.failing_since)),
  ]);
  out.push(mdTable(['case', 'guards', `last ${Math.min(width, h.commits.length)} runs`, 'latest', 'failing since'], rows));
  if (h.cases.length > maxRows) out.push(`… and ${h.cases.length - maxRows} more case(s) (see history.json / history.html).`);
  return out.join('\n\n') + '\n';
}

/** HTML-escapes untrusted text (after removing control and bidi characters). */
function esc(s: string): string {
  return stripControl(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** An inline SVG line of pass rates (0..1 per point, null gaps), `w` x `h` pixels. */
function svgLine(values: Array<number | null>, w: number, h: number): string {
  const n = values.length;
  if (n === 0) return '';
  // Whole pixels: a 10,000-case page is mostly these numbers.
  const x = (i: number) => Math.round(n === 1 ? w / 2 : (i * (w - 4)) / (n - 1) + 2);
  const y = (v: number) => Math.round(h - 2 - v * (h - 4));
  const segs: string[] = [];
  let cur: string[] = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (cur.length) segs.push(cur.join(' '));
      cur = [];
    } else cur.push(`${x(i)},${y(v)}`);
  });
  if (cur.length) segs.push(cur.join(' '));
  // The last point is marked red when it failed: where the case stands now.
  const lastI = values.length - 1;
  const last = values[lastI];
  const dot = last !== null && last < 1 ? `<circle cx="${x(lastI)}" cy="${y(last)}" r="2" class="f"/>` : '';
  return `<svg width="${w}" height="${h}" class="bg">${segs.map((s) => `<polyline points="${s}" class="l"/>`).join('')}${dot}</svg>`;
}

const STYLE = `body{font:14px system-ui,sans-serif;margin:24px;color:#1f2328}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:middle}th{font-weight:600}code{font:12px ui-monospace,monospace}.bg{background:#f6f8fa}.l{fill:none;stroke:#0969da;stroke-width:1.5}.f{fill:#cf222e}.fail td:first-child{border-left:3px solid #cf222e}`;

/** Most case rows the page draws (failing cases come first); the rest are counted, and are in history.json. */
export const HISTORY_HTML_ROWS = 1000;

/** The self-contained page: no script, no network (CSP allows only its one hashed style block). */
export function renderHistoryHtml(h: History & { truncated?: number }, maxRows: number = HISTORY_HTML_ROWS): string {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  const rate = (p: History['cases'][number]['points'][number]) => (p === null || p.runs === 0 ? null : p.passes / p.runs);
  const head = h.commits.length > 0 ? `${esc(shortSha(h.commits[0].commit))} … ${esc(shortSha(h.commits[h.commits.length - 1].commit))}` : 'no runs';
  const rows = h.cases
    .slice(0, maxRows)
    .map(
      (c) =>
        `<tr${c.failing_since ? ' class="fail"' : ''}><td><code>${esc(c.id)}</code>${c.title ? `<br>${esc(c.title)}` : ''}</td><td>${c.guards === null ? '—' : esc(guardsLabel(c.guards))}</td>` +
        `<td>${svgLine(c.points.map(rate), Math.max(60, Math.min(600, 4 * h.commits.length)), 28)}</td><td>${c.latest_rate === null ? '—' : esc(formatPct(c.latest_rate))}</td>` +
        `<td>${c.failing_since ? `<code>${esc(shortSha(c.failing_since))}</code>` : ''}</td></tr>`,
    )
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'">`,
    `<title>evalgate history: ${esc(h.suite)}</title><style>${STYLE}</style></head><body>`,
    `<h1>evalgate history: ${esc(h.suite)}</h1>`,
    `<p>${h.commits.length} stored run(s) (${head})${h.truncated ? `, ${h.truncated} older left out` : ''}. Suite pass rate:</p>`,
    svgLine(
      h.commits.map((c) => c.pass_rate),
      Math.max(120, Math.min(900, 6 * h.commits.length)),
      60,
    ),
    `<table><thead><tr><th>case</th><th>guards</th><th>pass rate per run</th><th>latest</th><th>failing since</th></tr></thead><tbody>`,
    rows,
    '</tbody></table>',
    h.cases.length > maxRows ? `<p>… and ${h.cases.length - maxRows} more case(s), not drawn here; every case is in history.json.</p>` : '',
    '</body></html>',
    '',
  ].join('\n');
}
