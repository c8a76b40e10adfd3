// `harness.paths`: what counts as "the harness". A pull request that touches none of it (nor the
// cases, fixtures or config) skips the eval run; guard checks (removed or modified cases) still run.
import picomatch from 'picomatch';
import { isAbsolute, relative, sep } from 'node:path';

/** A path for reports: relative to `root` when inside it, else …/ and its last segment (reports never carry local absolute paths). Pure. */
export function displayPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return `…/${abs.split(sep).filter(Boolean).pop() ?? ''}`;
}

/** Whether the changed files touch the harness, the cases, the fixtures or the config. Pure. */
export function checkHarnessTouched(changed: readonly string[], opts: { paths: readonly string[]; cases: string; config: string }): { touched: boolean; matched: string[] } {
  if (opts.paths.length === 0) return { touched: true, matched: [] };
  const isMatch = picomatch([...opts.paths, opts.cases, 'evals/fixtures/**', 'evals/holdout.enc', opts.config], { dot: true });
  const matched = changed.filter((f) => isMatch(f));
  return { touched: matched.length > 0, matched };
}
