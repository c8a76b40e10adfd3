// What counts as "the harness" (case/harness-scope.ts), applied the same way by the CLI and the
// action: the skip rule for pull requests and the fingerprint that lets baselines pool trials.
import { isAbsolute, relative, sep } from 'node:path';
import type { Config } from '../types.js';
import { buildHarnessScope, checkScopeGaps, createScopeMatcher, renderScope, type HarnessScope, type ScopeGap } from '../case/harness-scope.js';
import { readHarnessSources } from '../adapters/fs.js';

/** A path for reports: relative to `root` when inside it, else …/ and its last segment (reports never carry local absolute paths). Pure. */
export function displayPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  if (rel === '') return '.';
  if (!rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  return `…/${abs.split(sep).filter(Boolean).pop() ?? ''}`;
}

/** A config's harness scope as read from the working tree, with what the declared scope misses. */
export interface ReadScope {
  scope: HarnessScope;
  /** Files the harness command loads that harness.paths/ignore leave out (each counted anyway). */
  gaps: ScopeGap[];
  /** Why the import walk may be incomplete (a bound was hit), or null. */
  truncated: string | null;
}

/**
 * Reads the harness scope of `config` in `root`: the declared globs plus every file the harness
 * command's script reaches by static imports (adapters/fs readHarnessSources).
 */
export async function readHarnessScope(root: string, config: Pick<Config, 'harness' | 'cases'>, configPath: string): Promise<ReadScope> {
  const sources = await readHarnessSources(root, config.harness.command);
  const declared = buildHarnessScope(config, configPath);
  const gaps = checkScopeGaps(declared, sources.files);
  return { scope: buildHarnessScope(config, configPath, sources.files.map((f) => f.file)), gaps, truncated: sources.truncated };
}

/** Whether the changed files touch the harness scope (which always holds the cases, fixtures and config). Pure. */
export function checkHarnessTouched(changed: readonly string[], scope: HarnessScope): { touched: boolean; matched: string[] } {
  const inScope = createScopeMatcher(scope);
  const matched = changed.filter((f) => inScope(f));
  return { touched: matched.length > 0, matched };
}

/**
 * Whether a pull request may skip its eval run, and the sentence every surface shows. Only a
 * verified scope skips: when the import walk was cut short, the run goes ahead. Pure.
 */
export function decideSkip(changed: readonly string[], read: ReadScope): { skip: boolean; why: string } {
  const touch = checkHarnessTouched(changed, read.scope);
  if (touch.touched) {
    const shown = touch.matched.slice(0, 5).join(', ') + (touch.matched.length > 5 ? `, … (${touch.matched.length} files)` : '');
    return { skip: false, why: `the change touches the harness (${shown})` };
  }
  if (read.truncated !== null) return { skip: false, why: `not skipped: the harness's imports could not all be read (${read.truncated})` };
  const what = changed.length === 0 ? 'no file' : `only ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? `, … (${changed.length} files)` : ''}`;
  return { skip: true, why: `skipped: this change touches ${what}, none of it the harness (${renderScope(read.scope)}), the cases, fixtures or config` };
}

/** The validate/report warning for scope gaps, naming each missed file and the import that reaches it. Pure. */
export function renderScopeGaps(gaps: readonly ScopeGap[], configPath: string): string[] {
  return gaps.map(
    (g) =>
      `${configPath}: harness.paths/harness.ignore leave out ${g.file}, which ${g.from ? `${g.from.file}:${g.from.line} imports` : 'harness.command runs'}; ` +
      'evalgate counts it as harness anyway (a change to it gates, and is a new fingerprint), but fix the config: add it to harness.paths, or remove harness.paths (the whole repository)',
  );
}

/**
 * What `validate` warns about the harness scope: files the harness loads that the declared scope
 * misses, and explicit `harness.paths` whose command names no script evalgate can follow (then
 * nothing checks that the paths hold the agent's code). Pure.
 */
export function renderScopeWarnings(read: ReadScope, config: Pick<Config, 'harness'>, configPath: string): string[] {
  const out = renderScopeGaps(read.gaps, configPath);
  const scripts = read.scope.reached.length;
  if (config.harness.paths.length > 0 && scripts === 0) {
    out.push(
      `${configPath}: harness.paths is [${config.harness.paths.join(', ')}] but harness.command (${config.harness.command}) names no script in the repository that evalgate can follow, ` +
        'so nothing checks that these paths hold the agent\'s code: a pull request changing only files outside them skips the gate and a baseline pools trials of the old agent. ' +
        'Remove harness.paths (the whole repository counts) and list what cannot affect the agent in harness.ignore instead',
    );
  }
  if (read.truncated !== null) out.push(`${configPath}: the harness command's imports could not all be followed (${read.truncated}); pull requests are never skipped while that holds`);
  return out;
}
