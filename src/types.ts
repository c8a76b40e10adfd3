// Shared data shapes that flow along the pipeline:
// case -> trial -> trace -> outcome -> results -> comparison -> verdict -> surfaces.
// These are plain data (JSON-serialisable) so every stage can be tested without I/O.

/** Suite names from SPEC 1. */
export type Suite = 'benchmark' | 'coverage';
/** Severity of the original failure. */
export type Severity = 'sev0' | 'sev1' | 'sev2' | 'sev3';
/** Failure classes from SPEC 1. */
export type FailureClass = 'tool_error' | 'bad_decision' | 'bad_output' | 'timeout' | 'cost_blowup';
/** All failure classes, in report order. */
export const FAILURE_CLASSES: readonly FailureClass[] = ['tool_error', 'bad_decision', 'bad_output', 'timeout', 'cost_blowup'];
/** Where the failure crossed a boundary. */
export type Boundary = 'prompt' | 'tool_contract' | 'context_source' | 'model_route' | 'permission' | 'downstream_api';
/** Level a check asserts at. */
export type CheckLevel = 'system' | 'trace' | 'node';
/** All check levels, in report order. */
export const CHECK_LEVELS: readonly CheckLevel[] = ['system', 'trace', 'node'];
/** Per-trial outcome. */
export type Outcome = 'pass' | 'fail' | 'error';

// ---------------------------------------------------------------- config

/** Harness section of evalgate.yml, with defaults applied. */
export interface HarnessConfig {
  command: string;
  protocol: 'exec' | 'jsonl';
  timeout_ms: number;
  retries: number;
  env: Record<string, string>;
  /** What counts as the harness (globs; empty: the whole repository). */
  paths: string[];
  /** Globs declared not to affect the harness (docs, changelogs): a PR touching only these skips, and they are not in its fingerprint. */
  ignore: string[];
  /** stdout cap per trial in bytes (default 8 MiB). */
  max_output_bytes: number;
}

/** Gate section of evalgate.yml, with defaults applied. */
/**
 * Default ceiling of head trials per case. Sized for the statistics: a drop of 0.2 from a 0.9
 * baseline at power 0.9 with alpha 0.05 shared by 100 stochastic cases plans up to ~155 head trials
 * (the curtailed test stops far earlier: unchanged cases measured 28.7 runs on average, the
 * dropped case 96.5, in test/bench/gate-power.bench.ts).
 */
export const DEFAULT_MAX_TRIALS = 200;

/** Default ceiling of baseline trials per stochastic case (BASELINE_FACTOR x the head plan, within this). */
export const DEFAULT_MAX_BASELINE_TRIALS = 400;

export interface GateConfig {
  alpha: number;
  power: number;
  min_drop: number;
  baseline: 'stored' | 'rerun' | 'auto';
  holdout_tolerance: number;
  /** Ceiling of head harness runs per gate and suite (null: none); cases the budget leaves undecided are inconclusive. */
  max_runs: number | null;
  on_error: 'block' | 'warn';
  budgets: { cost_increase_pct: number; p95_latency_increase_pct: number; enforce: boolean };
}

/** evalgate.yml with every default applied. */
export interface Config {
  harness: HarnessConfig;
  cases: string;
  concurrency: number;
  trials: number;
  max_trials: number;
  /** Ceiling of trials per stochastic case when a baseline is written (`evalgate baseline`, baseline mode). */
  max_baseline_trials: number;
  gate: GateConfig;
  owners: Record<string, string[]>;
  triage: Partial<Record<FailureClass, { label: string; owner?: string }>>;
  redact: string[];
  /** USD per million tokens by model, for steps that report tokens but no cost (SPEC 2a). */
  pricing: Pricing;
}

/** evalgate.yml `pricing`: model -> USD per million input/output (and cached input) tokens. */
export type Pricing = Record<string, { input: number; output: number; cached_input?: number }>;

/** Where a trial's cost came from: the harness, the pricing table, or nowhere. */
export type CostSource = 'reported' | 'priced' | 'none';

// ---------------------------------------------------------------- cases and checks

/** A check as written in a case file (discriminated by `type`). */
export type Check =
  | { type: 'trajectory'; mode: 'exact' | 'in_order' | 'unordered' | 'subset' | 'superset'; tools: string[]; class?: FailureClass }
  | { type: 'tool_not_called'; tool: string; class?: FailureClass }
  | {
      type: 'tool_args';
      tool: string;
      schema?: Record<string, unknown>;
      args?: unknown;
      match?: 'exact' | 'subset' | 'superset';
      ignore?: string[];
      class?: FailureClass;
    }
  | { type: 'output_schema'; schema: Record<string, unknown>; class?: FailureClass }
  | { type: 'output_match'; path?: string; pattern: string; negate?: boolean; class?: FailureClass }
  | {
      type: 'budget';
      max_steps?: number;
      max_tool_calls?: number;
      max_tokens?: number;
      max_cost_usd?: number;
      max_latency_ms?: number;
      class?: FailureClass;
    }
  | { type: 'no_loop'; max_repeats?: number; class?: FailureClass }
  | { type: 'side_effects'; tool: string; exactly: number; class?: FailureClass }
  | { type: 'no_tool_errors'; class?: FailureClass }
  | { type: 'command'; run: string; class?: FailureClass };

/** Names of every check type. */
export type CheckType = Check['type'];

/** A validated case with defaults applied. */
export interface Case {
  id: string;
  title: string;
  /** Issue reference as written: a number or "owner/repo#123". */
  guards: number | string;
  workflow: string;
  severity: Severity;
  failure_class?: FailureClass;
  boundary?: Boundary;
  suites: Suite[];
  trials: number;
  timeout_ms: number;
  input: unknown;
  /** Absolute path of the fixtures file, or null. */
  fixtures: string | null;
  checks: Check[];
  /** Repository-relative path of the case file (for annotations and messages). */
  file: string;
  /** 1-based line of the `id` key in the file (for annotations). */
  line: number;
  /** sha256 of the normalized case definition. */
  definition_hash: string;
  /** True when the case came from the encrypted holdout bundle. */
  holdout: boolean;
}

/** A located user-input problem: `file:line:col: message (expected ...)`. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  message: string;
  expected?: string;
  /** What probably caused it and how to fix it, when evalgate can tell (e.g. a YAML comment). */
  hint?: string;
}

// ---------------------------------------------------------------- traces

/** One step of a trajectory. */
export interface Step {
  type: 'llm' | 'tool' | string;
  name: string;
  model?: string;
  args?: unknown;
  result?: unknown;
  status?: 'ok' | 'error';
  error?: string;
  input_tokens?: number;
  output_tokens?: number;
  /** The part of input_tokens served from the provider's prompt cache (priced at cached_input). */
  cached_input_tokens?: number;
  cost_usd?: number;
  latency_ms?: number;
}

/** A normalized trace: usage and latency always present. */
export interface Trace {
  output: unknown;
  steps: Step[];
  usage: { input_tokens: number; output_tokens: number; cost_usd: number };
  latency_ms: number;
}

// ---------------------------------------------------------------- trials and outcomes

/** What one harness invocation produced, before checks. */
export type TrialRun =
  | { kind: 'trace'; trace: Trace; stderr_tail: string; wall_ms: number; warnings?: string[]; cost_source?: CostSource }
  | { kind: 'timeout'; stderr_tail: string; wall_ms: number }
  | { kind: 'error'; reason: string; stderr_tail: string; wall_ms: number };

/** The result of one check on one trace. */
export interface CheckResult {
  /** Index of the check in the case file. */
  index: number;
  type: CheckType;
  level: CheckLevel;
  pass: boolean;
  /** Failure class this check assigns when it fails. */
  class: FailureClass;
  /** Actionable, one-line message (empty when passing). */
  message: string;
  score?: number;
}

/** One trial as recorded in results. */
export interface TrialRecord {
  trial: number;
  outcome: Outcome;
  class?: FailureClass;
  /** Failing checks only, in file order. */
  failures: Array<{ index: number; type: CheckType; level: CheckLevel; class: FailureClass; message: string }>;
  /** Why the trial errored (crash, bad trace...). */
  error?: string;
  latency_ms: number;
  tokens: number;
  cost_usd: number;
  /** Number of `error` attempts retried before this record. */
  retries: number;
  /** Commit of the earlier gate of this change the trial was reused from (not run by this gate). */
  reused_from?: string;
  /** Tail of harness stderr, kept as evidence for failing/error trials (never for holdout). */
  stderr_tail?: string;
  /** Truncated trace excerpt kept as evidence for failing trials (never for holdout). */
  trace_excerpt?: string;
  /** What trace conversion and pricing guessed or skipped (never for holdout). */
  warnings?: string[];
  /** Where cost_usd came from. */
  cost_source?: CostSource;
}

/** Per-case entry in results. */
export interface CaseResult {
  /** Case id, or for holdout cases the opaque HMAC id. */
  id: string;
  guards: number | string | null;
  workflow: string | null;
  severity: Severity | null;
  holdout: boolean;
  definition_hash: string;
  /** Repo-relative case file (omitted for holdout). */
  file?: string;
  line?: number;
  title?: string;
  /** Failing checks by level across all trials. */
  levels: Record<CheckLevel, { checks: number; failures: number }>;
  trials: TrialRecord[];
  passes: number;
  runs: number;
  errors: number;
  /** Whether the case declares itself stochastic (`trials` > 1); absent in older results. */
  stochastic?: boolean;
  /**
   * sha256 over the case definition hash and the harness identity (config hash and the git tree of
   * `harness.paths`): trials of runs with equal fingerprints come from the same harness and may be pooled.
   */
  fingerprint?: string;
}

/** Aggregate figures over a set of cases. */
export interface Totals {
  cases: number;
  runs: number;
  passes: number;
  errors: number;
  pass_rate: number;
  /** Mean over cases of the unbiased pass@k estimator (k = trials per case, min over cases). */
  pass_at_k: number;
  /** Mean over cases of the unbiased pass^k estimator. */
  pass_pow_k: number;
  k: number;
  cost_usd: number;
  cost_per_success_usd: number | null;
  latency_p50_ms: number;
  latency_p95_ms: number;
  tokens: number;
  failures_by_class: Record<FailureClass, number>;
  failures_by_level: Record<CheckLevel, number>;
}

/** The cost of one suite run: harness runs (retried attempts included), agent time, tokens, cost. */
export interface Spend {
  harness_runs: number;
  /** Summed latency of the recorded trials, ms. */
  agent_ms: number;
  tokens: number;
  cost_usd: number;
}

/** The JSON record of one suite run at one commit (schema id evalgate/results@1). */
export interface Results {
  schema: 'evalgate/results@1';
  suite: Suite;
  commit: string;
  ref: string;
  created_at: string;
  /** `uncommitted`: harness files that differed from `commit` when the run was made (a baseline of a dirty tree, flagged). */
  harness: { command: string; config_hash: string; uncommitted?: string[] };
  cases: CaseResult[];
  totals: Totals;
  /** Aggregate over holdout cases only (null when no holdout ran). */
  holdout_totals: Totals | null;
  /** Notices (e.g. holdout skipped because no key). */
  notices: string[];
}

// ---------------------------------------------------------------- comparison and verdict

/** Per-case comparison status (SPEC 6). */
export type CaseStatus =
  | 'regressed'
  | 'fixed'
  | 'flaky'
  | 'new'
  | 'removed'
  | 'errored'
  | 'still_erroring'
  | 'inconclusive'
  | 'unchanged'
  | 'modified';

/** One row of a comparison. */
export interface CaseComparison {
  id: string;
  status: CaseStatus;
  guards: number | string | null;
  workflow: string | null;
  severity: Severity | null;
  holdout: boolean;
  file?: string;
  line?: number;
  title?: string;
  base: { passes: number; runs: number; errors: number } | null;
  head: { passes: number; runs: number; errors: number } | null;
  /** One-sided p-value of "head is worse than base", when both exist. */
  p_value: number | null;
  /**
   * What decided a regression: the exact test at alpha, the deterministic rule (baseline always
   * passed, head always failed: decisive whatever the p-value), or the gate's sequential test.
   */
  decided_by?: 'exact_test' | 'deterministic' | 'curtailed' | 'futility';
  /** Whether the case was decided as stochastic (curtailed exact test) or deterministic (every head trial failed). */
  kind?: 'stochastic' | 'deterministic';
  /** Head trials the case's exact test was sized for (stochastic cases). */
  planned_trials?: number;
  /** Why a stochastic case's test could not reach gate.power: a baseline with too few trials, or max_trials (absent: powered). */
  limited_by?: 'baseline' | 'max_trials';
  /** Smallest drop from the baseline rate the head's trials detect with gate.power at the case's alpha (null: none). */
  mde?: number | null;
  /** Head failure class (first failing trial's class), when failing. */
  class: FailureClass | null;
  /** First failing check message on head, when failing. */
  message: string | null;
  /** A modified visible case's two definitions (pretty JSON of what the case file says), base (gated) and head, for reviewers. */
  definitions?: { base: string; head: string };
  /** True when the definition changed between base and head (the base definition gated). */
  modified: boolean;
  /** Evidence from the head (stderr tail / trace excerpt) for a failing trial. */
  evidence?: string;
  /** Whether this row blocks the merge. */
  blocking: boolean;
}

/** Suite-level paired comparison (Miller 2024). */
export interface SuiteDelta {
  paired_cases: number;
  base_pass_rate: number;
  head_pass_rate: number;
  /** Mean paired difference head - base. */
  mean_diff: number;
  /** Standard error of the mean difference, clustered by case. */
  se: number;
  ci95: [number, number];
}

/** A reason contributing to a verdict. */
export interface VerdictReason {
  kind: 'regressed' | 'errored' | 'still_erroring' | 'inconclusive' | 'removed' | 'new_failing' | 'holdout' | 'budget_cost' | 'budget_latency' | 'missing_shard';
  blocking: boolean;
  message: string;
  case_id?: string;
}

/** Everything the report needs: per-case rows, aggregates, verdict. */
export interface Comparison {
  schema: 'evalgate/comparison@1';
  suite: Suite;
  base: { commit: string; ref: string; source: string } | null;
  head: { commit: string; ref: string };
  cases: CaseComparison[];
  suite_delta: SuiteDelta;
  base_totals: Totals | null;
  head_totals: Totals;
  holdout: {
    base_pass_rate: number;
    head_pass_rate: number;
    base_runs: number;
    head_runs: number;
    /** Head holdout trials that errored: counted as failures, so crashing on unseen cases never helps. */
    head_errors?: number;
    p_value: number | null;
    blocking: boolean;
  } | null;
  /**
   * How the family-wise false-block rate is kept at gate.alpha: `tests` statistical decisions
   * (stochastic cases plus the holdout aggregate), each at `case_alpha` = alpha / tests (Bonferroni).
   */
  family?: { procedure: 'bonferroni'; tests: number; alpha: number; case_alpha: number; power: number; min_drop: number };
  budgets: {
    cost_per_success_pct: number | null;
    p95_latency_pct: number | null;
  };
  /** What this gate's head run and the baseline it compared with cost (results/spend.ts). */
  spend?: { head: Spend; base: Spend | null };
  verdict: 'pass' | 'block';
  reasons: VerdictReason[];
  notices: string[];
  /**
   * How the pull request changed the harness (command, protocol, timeout, retries, env, paths) against the base
   * commit's config, from what to what. A warning, never a block: the harness is the PR's to change.
   * Absent or empty when nothing changed or there is no base config to compare with.
   */
  harness_changes?: HarnessChange[];
}

/** One changed harness setting: `harness.command`, `harness.protocol`, `harness.timeout_ms`, `harness.retries`, `harness.env.NAME`, `harness.paths`. */
export interface HarnessChange {
  field: string;
  /** The base commit's value (null: not set there). */
  base: string | null;
  /** The pull request's value (null: removed). */
  head: string | null;
  /** True for env values under a secret-looking name: reports say that it changed, not to what. */
  hidden?: boolean;
}
