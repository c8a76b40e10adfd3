// Renders the loop's figures (src/loop/metrics.ts) as a Markdown table for the nightly summary and
// as plain text for `evalgate loop`. Pure.
import type { LoopRow } from '../loop/metrics.js';
import { mdTable, mdText } from './md.js';

/** Hours as a short duration: minutes, hours or days. */
export function formatHours(h: number | null): string {
  if (h === null) return '—';
  if (h < 1) return `${Math.round(h * 60)} min`;
  if (h < 48) return `${h.toFixed(1)} h`;
  return `${(h / 24).toFixed(1)} d`;
}

const HEADER = ['workflow', 'failure class', 'open', 'closed, guarded', 'closed, no guard', 'median open → guard merged', 'reopened', 'median commit → reopen'];

function cells(r: LoopRow): string[] {
  const total = r.workflow === '*';
  return [
    total ? 'all' : r.workflow,
    total ? 'all' : r.failureClass,
    String(r.open),
    String(r.closedGuarded),
    String(r.closedUnguarded),
    `${formatHours(r.medianHoursToGuard)}${r.guardsMeasured ? ` (${r.guardsMeasured})` : ''}`,
    String(r.reopened),
    formatHours(r.medianHoursCommitToReopen),
  ];
}

/** The Markdown section: a table per workflow and class, the totals last. */
export function renderLoopMarkdown(rows: readonly LoopRow[], periodDays: number): string {
  const body = rows.map((r) => {
    const c = cells(r);
    return r.workflow === '*' ? c.map((x) => `**${mdText(x)}**`) : c.map(mdText);
  });
  return `## The loop (reopens: last ${periodDays} days)\n\n${mdTable(HEADER, body, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'])}\n\nAgent-failure issues by workflow and failure class (from the issue form); time to guard is from the issue opened to the first case guarding it reaching the default branch (number measured in brackets); commit → reopen is from the regressing commit to evalgate reopening its issue.\n`;
}

/** Plain text for the terminal: aligned columns. */
export function renderLoopText(rows: readonly LoopRow[], periodDays: number): string {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const lines = table.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
  return `The loop (reopens: last ${periodDays} days)\n${lines.join('\n')}\n`;
}
