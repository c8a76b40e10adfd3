// Case files: schema validation, semantic checks, defaults, and set-level checks
// (duplicate ids, fixtures). Pure: file contents come in as text.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Case, Check, Config, Problem, Severity, Suite } from '../types.js';
import { patternError, PATTERN_SYNTAX } from '../regex.js';
import { convertAjvErrors, formatValue, sortProblems, closest, explainYamlComments, type AlternativeWording } from './problems.js';
import { checkUserSchemaCompiles, getSchemaValidators } from './validator.js';
import { parseYamlDocument, type Position, type YamlDocument } from './yaml.js';
import { createCompileCache } from '../compile-cache.js';

/** Every check type, in documentation order. */
export const CHECK_TYPES: readonly Check['type'][] = [
  'trajectory',
  'tool_not_called',
  'tool_args',
  'output_schema',
  'output_match',
  'budget',
  'no_loop',
  'side_effects',
  'no_tool_errors',
  'command',
];

/** One case file's text, with its repo-relative path. */
export interface CaseSource {
  file: string;
  text: string;
}

/** The outcome of parsing one case file. */
export interface ParsedCase {
  /** Repo-relative path (forward slashes). */
  file: string;
  /** The case with defaults applied, or null when the file has problems. */
  case: Case | null;
  problems: Problem[];
  /** The `id` as written (when it is a string), for set-level checks even if the case is invalid. */
  id: string | null;
  /** Position of the `id` value. */
  idPosition: Position;
  /** The fixtures reference: absolute path and where it is written. */
  fixtures: { path: string; written: string; position: Position } | null;
}

/** Options for parseCaseSource. */
export interface ParseCaseOptions {
  /** Mark the case as coming from the encrypted holdout bundle. */
  holdout?: boolean;
}

const WORDING: AlternativeWording[] = [
  { pointer: /^\/guards$/, expected: 'an issue number like 123, or "owner/repo#123"' },
  { pointer: /^\/id$/, expected: 'lowercase letters, digits and dashes, e.g. refund-policy-before-payment' },
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Default suites by severity (SPEC 3). */
export function defaultSuites(severity: Severity): Suite[] {
  return severity === 'sev0' || severity === 'sev1' ? ['benchmark', 'coverage'] : ['coverage'];
}

/** Canonical JSON (re-exported from src/json.ts). */
export { stableStringify } from '../json.js';
import { jsonErrorPosition, stableStringify, stableStringifyWith } from '../json.js';

/** sha256 hex of the normalized (key-sorted JSON) case definition. */
export function computeDefinitionHash(definition: unknown): string {
  return hashCanonical(stableStringify(definition));
}

function hashCanonical(json: string): string {
  return createHash('sha256').update(json).digest('hex');
}

/**
 * Parses one case file. `file` is repo-relative; `root` is the absolute repository root
 * (used only to resolve `fixtures` to an absolute path). Works on text from disk, from
 * git (a base commit) or from a decrypted holdout bundle.
 */
export function parseCaseSource(
  text: string,
  file: string,
  config: Config,
  root: string,
  options: ParseCaseOptions = {},
): ParsedCase {
  const doc = parseYamlDocument(text, file);
  const base: ParsedCase = { file, case: null, problems: doc.problems, id: null, idPosition: { line: 1, col: 1 }, fixtures: null };
  if (doc.problems.length > 0) return base;
  const parsed = checkCaseDocument(doc, config, root, options);
  return { ...parsed, problems: explainYamlComments(parsed.problems, text) };
}

/** Validates an already-parsed case document and applies defaults. */
export function checkCaseDocument(doc: YamlDocument, config: Config, root: string, options: ParseCaseOptions = {}): ParsedCase {
  const file = doc.file;
  const raw = doc.value;
  const problems: Problem[] = [];
  const result: ParsedCase = { file, case: null, problems, id: null, idPosition: doc.locate('/id'), fixtures: null };
  if (raw === null || raw === undefined) {
    problems.push({ file, line: 1, col: 1, message: 'case file is empty', expected: 'a mapping with id, title, guards, workflow, severity, input and checks' });
    return result;
  }

  const { validateCase } = getSchemaValidators();
  if (!validateCase(raw)) {
    problems.push(...convertAjvErrors(validateCase.errors ?? [], doc, WORDING, enumWording));
  }
  if (!isObj(raw)) return finish(result);
  if (typeof raw.id === 'string') result.id = raw.id;

  // Semantic checks the schema cannot express. They run even when the schema failed,
  // so a user sees every problem in one pass.
  if (Array.isArray(raw.checks)) {
    raw.checks.forEach((check, i) => {
      if (!isObj(check)) return;
      if (typeof check.pattern === 'string' && check.type === 'output_match') {
        const err = patternError(check.pattern);
        if (err) {
          problems.push({
            file,
            ...doc.locate(`/checks/${i}/pattern`),
            message: `checks[${i}].pattern: ${formatValue(check.pattern)} is not a valid regular expression: ${err}`,
            expected: PATTERN_SYNTAX,
          });
        }
      }
      if ((check.type === 'tool_args' || check.type === 'output_schema') && isObj(check.schema)) {
        const err = checkUserSchemaCompiles(check.schema);
        if (err) {
          problems.push({
            file,
            ...doc.locate(`/checks/${i}/schema${err.pointer}`),
            message: `checks[${i}].schema: not a valid JSON Schema: ${err.message}`,
            expected: 'a draft-07 JSON Schema',
          });
        }
      }
    });
  }
  const maxTrials = Math.max(config.max_trials, config.trials);
  if (typeof raw.trials === 'number' && Number.isInteger(raw.trials) && raw.trials > maxTrials) {
    problems.push({
      file,
      ...doc.locate('/trials'),
      message: `trials: ${raw.trials} exceeds max_trials (${maxTrials}) from the config`,
      expected: `at most ${maxTrials}`,
    });
  }
  if (typeof raw.fixtures === 'string' && raw.fixtures !== '') {
    const dir = path.dirname(path.resolve(root, file));
    const abs = path.resolve(dir, raw.fixtures);
    const rel = path.relative(root, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      problems.push({
        file,
        ...doc.locate('/fixtures'),
        message: `fixtures: ${formatValue(raw.fixtures)} points outside the repository`,
        expected: 'a path inside the repository, relative to the case file',
      });
    } else {
      result.fixtures = { path: abs, written: raw.fixtures, position: doc.locate('/fixtures') };
    }
  }

  if (problems.length === 0) result.case = buildCase(raw, doc, config, options, result.fixtures?.path ?? null);
  return finish(result);
}

function finish(result: ParsedCase): ParsedCase {
  result.problems = sortProblems(result.problems);
  return result;
}

function enumWording(pointer: string, value: unknown, allowed: unknown[]): { message: string; expected?: string } | undefined {
  const m = /^\/checks\/(\d+)\/type$/.exec(pointer);
  if (!m) return undefined;
  const hint = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
  return {
    message: `checks[${m[1]}].type: unknown check type ${formatValue(value)}${hint ? `, did you mean "${hint}"?` : ''}`,
    expected: `one of ${allowed.map(String).join(', ')}`,
  };
}

// Large suites repeat the same checks (and the same default suites) case after case; one shared
// object per distinct check keeps memory per case small. Nothing mutates a loaded case's checks.
const sharedChecks = createCompileCache<Check>(10_000);
function shareCheck(check: Check, key: string = stableStringify(check)): Check {
  return sharedChecks.get(key, () => check);
}
const DEFAULT_SUITES: Readonly<Record<Severity, Suite[]>> = {
  sev0: defaultSuites('sev0'),
  sev1: defaultSuites('sev1'),
  sev2: defaultSuites('sev2'),
  sev3: defaultSuites('sev3'),
};

/** Builds the Case from a raw definition that passed validation. */
function buildCase(raw: Obj, doc: YamlDocument, config: Config, options: ParseCaseOptions, fixtures: string | null): Case {
  const severity = raw.severity as Severity;
  // Each check's canonical JSON is both its sharing key and part of the definition hash: computed once.
  const rawChecks = raw.checks as Obj[];
  const checkJson = rawChecks.map((c) => stableStringify(c));
  const checks = rawChecks.map((c, i) => {
    // trajectory.mode is optional in files; in_order is the least surprising default.
    if (c.type === 'trajectory' && c.mode === undefined) return shareCheck({ ...c, mode: 'in_order' } as unknown as Check);
    return shareCheck({ ...c } as unknown as Check, checkJson[i]);
  });
  const out: Case = {
    id: raw.id as string,
    title: raw.title as string,
    guards: raw.guards as number | string,
    workflow: raw.workflow as string,
    severity,
    suites: Array.isArray(raw.suites) ? (raw.suites as Suite[]) : DEFAULT_SUITES[severity],
    trials: typeof raw.trials === 'number' ? raw.trials : config.trials,
    timeout_ms: typeof raw.timeout_ms === 'number' ? raw.timeout_ms : config.harness.timeout_ms,
    input: raw.input,
    fixtures,
    checks,
    file: doc.file,
    line: doc.locateKey('/id').line,
    definition_hash: hashCanonical(stableStringifyWith(raw, { checks: `[${checkJson.join(',')}]` })),
    holdout: options.holdout ?? false,
  };
  if (raw.failure_class !== undefined) out.failure_class = raw.failure_class as Case['failure_class'];
  if (raw.boundary !== undefined) out.boundary = raw.boundary as Case['boundary'];
  return out;
}

/** Reports every id used by more than one case, at each location. */
export function checkDuplicateIds(parsed: readonly ParsedCase[]): Problem[] {
  const byId = new Map<string, ParsedCase[]>();
  for (const p of parsed) {
    if (p.id === null) continue;
    const list = byId.get(p.id) ?? [];
    list.push(p);
    byId.set(p.id, list);
  }
  const problems: Problem[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const p of list) {
      const others = list.filter((o) => o !== p).map((o) => `${o.file}:${o.idPosition.line}`);
      problems.push({
        file: p.file,
        ...p.idPosition,
        message: `duplicate case id "${id}" (also in ${others.join(', ')})`,
        expected: 'ids unique across the repository',
      });
    }
  }
  return problems;
}

/** Absolute fixture paths referenced by valid-so-far cases (for the adapter to read). */
export function listFixturePaths(parsed: readonly ParsedCase[]): string[] {
  return [...new Set(parsed.flatMap((p) => (p.fixtures ? [p.fixtures.path] : [])))].sort();
}

/** A fixture as the adapter read it: text, null when missing, or why it was refused (a directory, a symlink out of the repository). */
export type FixtureText = string | null | { refused: string };

/**
 * Reports missing or unparseable fixtures. `fixtureTexts` maps absolute path -> file text,
 * or null when it could not be read. `.json` fixtures must parse as JSON.
 */
export function checkFixtures(parsed: readonly ParsedCase[], fixtureTexts: ReadonlyMap<string, FixtureText>): Problem[] {
  const problems: Problem[] = [];
  for (const p of parsed) {
    if (!p.fixtures) continue;
    const text = fixtureTexts.get(p.fixtures.path);
    const where = { file: p.file, ...p.fixtures.position };
    if (text !== null && typeof text === 'object') {
      problems.push({ ...where, message: `fixtures: ${formatValue(p.fixtures.written)} ${text.refused}`, expected: 'a readable file inside the repository, relative to the case file' });
    } else if (text === null || text === undefined) {
      problems.push({
        ...where,
        message: `fixtures: ${formatValue(p.fixtures.written)} cannot be read (no such file)`,
        expected: 'a readable file, relative to the case file',
      });
    } else if (p.fixtures.path.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (err) {
        problems.push({
          ...where,
          message: `fixtures: ${formatValue(p.fixtures.written)} is not valid JSON${jsonErrorWhere(text, err)}`,
          expected: 'a JSON file',
        });
      }
    }
  }
  return problems;
}

/** ` (error at line L, column C of that file)` from a JSON.parse error. */
function jsonErrorWhere(text: string, err: unknown): string {
  if (text.trim() === '') return ' (the file is empty)';
  const at = jsonErrorPosition(text, err);
  if (!at) return '';
  return ` (error at line ${at.line}, column ${at.col} of that file)`;
}

/**
 * Parses a set of case files and runs the set-level checks. Returns only cases without
 * problems; `problems` holds every problem from every file, sorted by file then line.
 */
export function parseCaseSet(
  sources: readonly CaseSource[],
  config: Config,
  root: string,
  fixtureTexts: ReadonlyMap<string, FixtureText>,
  options: ParseCaseOptions = {},
): { cases: Case[]; parsed: ParsedCase[]; problems: Problem[] } {
  const parsed = sources.map((s) => parseCaseSource(s.text, s.file, config, root, options));
  return checkCaseSet(parsed, fixtureTexts);
}

/** Runs the set-level checks (duplicate ids, fixtures) over already-parsed cases. */
export function checkCaseSet(
  parsed: ParsedCase[],
  fixtureTexts: ReadonlyMap<string, FixtureText>,
): { cases: Case[]; parsed: ParsedCase[]; problems: Problem[] } {
  const setProblems = [...checkDuplicateIds(parsed), ...checkFixtures(parsed, fixtureTexts)];
  const badFiles = new Set(setProblems.map((p) => p.file));
  const cases = parsed.filter((p) => p.case && !badFiles.has(p.file)).map((p) => p.case as Case);
  const problems = sortProblems([...parsed.flatMap((p) => p.problems), ...setProblems]);
  return { cases, parsed, problems };
}

/** Longest definition text a report carries per side (the case file stays the whole truth). */
export const MAX_DEFINITION_CHARS = 4000;

/**
 * A case's definition as a reviewer compares it: what its file says (id, input, checks, trials...),
 * as indented JSON with keys in file order, without where it was read from or its hash; cut at
 * MAX_DEFINITION_CHARS.
 */
export function renderCaseDefinition(c: Case): string {
  const { file: _file, line: _line, definition_hash: _hash, holdout: _holdout, ...rest } = c;
  const text = JSON.stringify(rest, null, 2);
  return text.length > MAX_DEFINITION_CHARS ? `${text.slice(0, MAX_DEFINITION_CHARS - 1)}…` : text;
}
