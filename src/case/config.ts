// evalgate.yml: validation against the config schema, then every default applied.
import { DEFAULT_MAX_BASELINE_TRIALS, DEFAULT_MAX_TRIALS, type Config, type FailureClass, type Problem } from '../types.js';
import { convertAjvErrors, explainYamlComments, formatValue } from './problems.js';
import { getSchemaValidators } from './validator.js';
import { parseYamlDocument, type YamlDocument } from './yaml.js';
import { patternError, PATTERN_SYNTAX } from '../regex.js';

/** Default remediation labels per failure class (SPEC 8). */
export const DEFAULT_TRIAGE: Readonly<Record<FailureClass, { label: string }>> = {
  bad_output: { label: 'fix:prompt' },
  bad_decision: { label: 'fix:harness' },
  tool_error: { label: 'fix:tool-contract' },
  timeout: { label: 'fix:budget' },
  cost_blowup: { label: 'fix:budget' },
};

/** Default glob for case files. */
export const DEFAULT_CASES_GLOB = 'evals/cases/**/*.{yaml,yml}';

/** Builds a Config with every default applied, given the harness command. */
export function buildDefaultConfig(command = ''): Config {
  return {
    harness: {
      command,
      protocol: 'exec',
      timeout_ms: 60000,
      retries: 2,
      env: {},
      paths: [],
      ignore: [],
      max_output_bytes: 8 * 1024 * 1024,
    },
    cases: DEFAULT_CASES_GLOB,
    concurrency: 4,
    trials: 1,
    max_trials: DEFAULT_MAX_TRIALS,
    max_baseline_trials: DEFAULT_MAX_BASELINE_TRIALS,
    gate: {
      alpha: 0.05,
      power: 0.9,
      min_drop: 0.2,
      baseline: 'auto',
      holdout_tolerance: 0.05,
      max_runs: null,
      on_error: 'block',
      budgets: { cost_increase_pct: 20, p95_latency_increase_pct: 25, enforce: false },
    },
    owners: {},
    triage: Object.fromEntries(Object.entries(DEFAULT_TRIAGE).map(([k, v]) => [k, { ...v }])),
    redact: [],
    pricing: {},
  };
}

/** Result of parsing evalgate.yml: a usable config (defaults where invalid) and its problems. */
export interface ParsedConfig {
  config: Config;
  problems: Problem[];
  /** Where `cases:` is written (for warnings about the glob), when it is. */
  casesAt?: { line: number; col: number };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Parses and validates evalgate.yml text; `file` is the repo-relative path used in problems. */
export function parseConfig(text: string, file: string): ParsedConfig {
  const doc = parseYamlDocument(text, file);
  if (doc.problems.length > 0) return { config: buildDefaultConfig(), problems: doc.problems };
  const parsed = checkConfigDocument(doc);
  return { ...parsed, problems: explainYamlComments(parsed.problems, text) };
}

/** Validates an already-parsed evalgate.yml document and applies defaults. */
export function checkConfigDocument(doc: YamlDocument): ParsedConfig {
  const file = doc.file;
  // An empty file is an empty mapping: every key is optional except harness.command.
  const raw: unknown = doc.value ?? {};
  const problems: Problem[] = [];
  const { validateConfig } = getSchemaValidators();
  if (!validateConfig(raw)) {
    problems.push(...convertAjvErrors(validateConfig.errors ?? [], { ...doc, value: raw }));
  }
  const config = buildDefaultConfig();
  if (!isObj(raw)) return { config, problems };

  // Defaults are applied per key, only from values of the right type, so one bad key
  // does not hide the rest of a usable config.
  const h = isObj(raw.harness) ? raw.harness : {};
  if (typeof h.command === 'string') config.harness.command = h.command;
  if (h.protocol === 'exec' || h.protocol === 'jsonl') config.harness.protocol = h.protocol;
  // setTimeout fires at once for delays above 2^31-1 ms: such a value would time out every trial.
  if (isPosInt(h.timeout_ms) && h.timeout_ms <= 2 ** 31 - 1) config.harness.timeout_ms = h.timeout_ms;
  if (isNonNegInt(h.retries)) config.harness.retries = h.retries;
  if (isObj(h.env)) {
    for (const [k, v] of Object.entries(h.env)) {
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') config.harness.env[k] = String(v);
    }
  }
  if (Array.isArray(h.paths)) config.harness.paths = h.paths.filter((p): p is string => typeof p === 'string');
  if (Array.isArray(h.ignore)) config.harness.ignore = h.ignore.filter((p): p is string => typeof p === 'string');
  if (isPosInt(h.max_output_bytes)) config.harness.max_output_bytes = h.max_output_bytes;

  if (typeof raw.cases === 'string' && raw.cases !== '') config.cases = raw.cases;
  if (isPosInt(raw.concurrency)) config.concurrency = raw.concurrency;
  if (isPosInt(raw.trials)) config.trials = raw.trials;
  if (isPosInt(raw.max_trials)) config.max_trials = raw.max_trials;
  if (isPosInt(raw.max_baseline_trials)) config.max_baseline_trials = raw.max_baseline_trials;

  const g = isObj(raw.gate) ? raw.gate : {};
  if (isOpenUnit(g.alpha)) config.gate.alpha = g.alpha;
  if (isOpenUnit(g.power)) config.gate.power = g.power;
  if (typeof g.min_drop === 'number' && g.min_drop > 0 && g.min_drop <= 1) config.gate.min_drop = g.min_drop;
  if (g.baseline === 'stored' || g.baseline === 'rerun' || g.baseline === 'auto') config.gate.baseline = g.baseline;
  if (typeof g.holdout_tolerance === 'number' && g.holdout_tolerance >= 0 && g.holdout_tolerance <= 1) {
    config.gate.holdout_tolerance = g.holdout_tolerance;
  }
  if (g.on_error === 'block' || g.on_error === 'warn') config.gate.on_error = g.on_error;
  if (isPosInt(g.max_runs) || g.max_runs === null) config.gate.max_runs = g.max_runs;
  const b = isObj(g.budgets) ? g.budgets : {};
  if (isNonNegNum(b.cost_increase_pct)) config.gate.budgets.cost_increase_pct = b.cost_increase_pct;
  if (isNonNegNum(b.p95_latency_increase_pct)) config.gate.budgets.p95_latency_increase_pct = b.p95_latency_increase_pct;
  if (typeof b.enforce === 'boolean') config.gate.budgets.enforce = b.enforce;

  if (isObj(raw.owners)) {
    for (const [workflow, list] of Object.entries(raw.owners)) {
      if (Array.isArray(list)) config.owners[workflow] = list.filter((x): x is string => typeof x === 'string');
    }
  }
  if (isObj(raw.triage)) {
    for (const [cls, entry] of Object.entries(raw.triage)) {
      if (!(cls in DEFAULT_TRIAGE) || !isObj(entry) || typeof entry.label !== 'string') continue;
      // A user entry replaces the default for its class as a whole.
      config.triage[cls as FailureClass] =
        typeof entry.owner === 'string' ? { label: entry.label, owner: entry.owner } : { label: entry.label };
    }
  }
  if (Array.isArray(raw.redact)) {
    raw.redact.forEach((pattern, i) => {
      if (typeof pattern !== 'string') return;
      const error = patternError(pattern);
      if (error) {
        problems.push({
          file,
          ...doc.locate(`/redact/${i}`),
          message: `redact[${i}]: ${formatValue(pattern)} is not a valid regular expression: ${error}`,
          expected: PATTERN_SYNTAX,
        });
      } else {
        config.redact.push(pattern);
      }
    });
  }

  if (isObj(raw.pricing)) {
    for (const [model, entry] of Object.entries(raw.pricing)) {
      // The schema reports bad entries; only complete ones are used.
      if (!isObj(entry) || !isNonNegNum(entry.input) || !isNonNegNum(entry.output)) continue;
      config.pricing[model] = { input: entry.input, output: entry.output, ...(isNonNegNum(entry.cached_input) ? { cached_input: entry.cached_input } : {}) };
    }
  }

  if (isPosInt(raw.trials) && isPosInt(raw.max_trials) && raw.max_trials < raw.trials) {
    problems.push({
      file,
      ...doc.locate('/max_trials'),
      message: `max_trials: ${raw.max_trials} is below trials (${raw.trials})`,
      expected: `max_trials >= trials`,
    });
  }
  return { config, problems, ...(typeof raw.cases === 'string' ? { casesAt: doc.locate('/cases') } : {}) };
}

function isPosInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1;
}
function isNonNegInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}
function isNonNegNum(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}
function isOpenUnit(v: unknown): v is number {
  return typeof v === 'number' && v > 0 && v < 1;
}
