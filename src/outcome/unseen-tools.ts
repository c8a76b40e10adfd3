// A guard that cannot fail: `tool_not_called: issue_refunds` (a typo of issue_refund) passes
// forever. After a run, every tool a check names that no trace of the run called is flagged, with
// the closest name that was called. Pure.
import type { Case } from '../types.js';

/** The tool names a case's checks name, with the 0-based check index and type. */
function checkTools(c: Case): Array<{ index: number; type: string; tool: string }> {
  const out: Array<{ index: number; type: string; tool: string }> = [];
  c.checks.forEach((check, index) => {
    if (check.type === 'trajectory') for (const tool of check.tools) out.push({ index, type: check.type, tool });
    else if (check.type === 'tool_not_called' || check.type === 'tool_args' || check.type === 'side_effects') out.push({ index, type: check.type, tool: check.tool });
  });
  return out;
}

/** Levenshtein distance, cut off above `max` (names are short; the cut keeps it cheap). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The known name closest to `name` (edit distance at most a third of its length, and at most 3), or null. Pure. */
export function findClosestName(name: string, known: Iterable<string>): string | null {
  const max = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best: { name: string; d: number } | null = null;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase(), max);
    if (d <= max && (best === null || d < best.d || (d === best.d && k < best.name))) best = { name: k, d };
  }
  return best?.name ?? null;
}

/**
 * Notices for tools that checks name and that no trace of the run called (`seen`: every tool
 * step name of every converted trace). Holdout cases are never named. At most `limit` lines.
 */
export function checkUnseenTools(cases: readonly Case[], seen: ReadonlySet<string>, limit = 20): string[] {
  const out: string[] = [];
  let more = 0;
  for (const c of cases) {
    if (c.holdout) continue;
    for (const { index, type, tool } of checkTools(c)) {
      if (seen.has(tool)) continue;
      if (out.length >= limit) {
        more++;
        continue;
      }
      const near = findClosestName(tool, seen);
      const effect = type === 'tool_not_called' ? 'this guard cannot fail' : 'this check can only fail';
      out.push(`warning: case ${c.id}, check ${index + 1} (${type}) names tool "${tool}", which no trace of this run called${near ? ` (did you mean "${near}"?)` : ''}: ${effect} while the name is wrong; check its spelling against the harness's tool names`);
    }
  }
  if (more > 0) out.push(`warning: ${more} more check tool name(s) that no trace of this run called`);
  return out;
}
