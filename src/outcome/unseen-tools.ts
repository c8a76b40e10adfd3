// A guard that cannot fail: `tool_not_called: issue_refunds` (a typo of issue_refund) passes
// forever. After a run, every tool a check names that no trace of the run called is flagged, with
// the closest name that was called. Pure.
import type { Case } from '../types.js';
import { closest } from '../case/problems.js';

/** The tool names a case's checks name, with the 0-based check index and type. */
function checkTools(c: Case): Array<{ index: number; type: string; tool: string }> {
  const out: Array<{ index: number; type: string; tool: string }> = [];
  c.checks.forEach((check, index) => {
    if (check.type === 'trajectory') for (const tool of check.tools) out.push({ index, type: check.type, tool });
    else if (check.type === 'tool_not_called' || check.type === 'tool_args' || check.type === 'side_effects') out.push({ index, type: check.type, tool: check.tool });
  });
  return out;
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
      const near = closest(tool, [...seen]);
      const effect = type === 'tool_not_called' ? 'this guard cannot fail' : 'this check can only fail';
      out.push(`warning: case ${c.id}, check ${index + 1} (${type}) names tool "${tool}", which no trace of this run called${near ? ` (did you mean "${near}"?)` : ''}: ${effect} while the name is wrong; check its spelling against the harness's tool names`);
    }
  }
  if (more > 0) out.push(`warning: ${more} more check tool name(s) that no trace of this run called`);
  return out;
}
