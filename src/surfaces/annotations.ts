// Check-run annotations for a comparison: one per blocking row, on the case file at the `id` line.
// Pure; the GitHub adapter batches them 50 per request.
import type { Comparison } from '../types.js';
import type { CheckAnnotation } from '../adapters/github.js';
import { formatRatio } from './format.js';

// Kept in sync with ALLOW_GUARD_REMOVAL_LABEL in action/gate.ts (surfaces must not import the action).
const ALLOW_REMOVAL = 'evalgate:allow-guard-removal';

/** Annotations for every blocking, non-holdout case that has a file (regressed, errored, removed, new failing). */
export function buildAnnotations(cmp: Comparison, redactText: (s: string) => string = (s) => s): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const row of cmp.cases) {
    if (!row.blocking || row.holdout || !row.file) continue;
    const guards = row.guards === null ? '' : typeof row.guards === 'number' ? ` — guards #${row.guards}` : ` — guards ${row.guards}`;
    out.push({
      path: row.file,
      start_line: row.line ?? 1,
      annotation_level: 'failure',
      title: `${row.id}${guards}: ${row.status}${row.class ? ` (${row.class})` : ''}`.slice(0, 255),
      message: redactText(
        row.status === 'removed'
          ? `removed: this pull request deletes a guard case that passed ${formatRatio(row.base)} on the baseline; add the label ${ALLOW_REMOVAL} to allow it`
          : `${row.status}: ${formatRatio(row.base)} → ${formatRatio(row.head)}${row.head && row.head.runs === 0 && row.head.errors > 0 ? '' : ' passed'}` +
              (row.message ? `\n${row.message}` : '') +
              (row.modified ? '\n(definition modified in this PR; the base definition gated)' : ''),
      ),
    });
  }
  return out;
}
