// Command-line parsing for the `evalgate` verbs. Pure: argv in, a typed command or a usage error out.
// VERBS is the one source of truth for every verb and option: the parser, `evalgate help [VERB]`,
// `VERB --help`, did-you-mean hints and the README's CLI section (checked by test/cli/readme.test.ts)
// are all derived from it. Adding a verb is one entry in VERBS (plus its Command member).
import { parseArgs } from 'node:util';
import type { Suite } from '../types.js';
import { closest } from '../case/problems.js';
import { WORKFLOW_SETUPS, type WorkflowSetup } from './workflows.js';

/** The CLI's version (kept equal to package.json's by test/cli/args.test.ts). */
export const VERSION = '0.1.0';

/** A problem with how the CLI was called: exit code 2, message names the argument. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The verb whose usage to print after the message (null: the overview). */
  readonly verb: string | null;
  constructor(message: string, verb: string | null = null) {
    super(message);
    this.verb = verb;
  }
}

/** Languages `evalgate init` writes a harness stub in. */
export const INIT_LANGUAGES = ['node', 'python', 'shell'] as const;
/** A language `evalgate init` writes a harness stub in. */
export type InitLanguage = (typeof INIT_LANGUAGES)[number];

/** A parsed CLI invocation. */
export type Command =
  | { verb: 'help'; topic?: string }
  | { verb: 'version' }
  | { verb: 'validate'; config: string; holdoutKeyFile: string | null; json: boolean }
  | {
      verb: 'run';
      config: string;
      suite: Suite;
      out: string | null;
      shard: { index: number; total: number } | null;
      cases: string[];
      json: boolean;
      keepTraces: string | null;
      holdoutKeyFile: string | null;
    }
  | { verb: 'compare'; base: string; head: string; out: string | null; allowGuardRemoval: boolean; config: string | null }
  | {
      verb: 'gate';
      config: string;
      suite: Suite;
      baseline: string;
      baseRef: string | null;
      out: string | null;
      cases: string[];
      shard: { index: number; total: number } | null;
      reuse: string | null;
      allowGuardRemoval: boolean;
      keepTraces: string | null;
      holdoutKeyFile: string | null;
      json: boolean;
    }
  | { verb: 'trace'; file: string; config: string; configGiven: boolean; json: boolean }
  | { verb: 'baseline'; config: string; suite: Suite; out: string | null; store: string | null; cases: string[]; allowDirty: boolean; holdoutKeyFile: string | null }
  | { verb: 'merge'; files: string[]; out: string | null }
  | { verb: 'report'; file: string; format: 'md' | 'json' | 'junit' | 'text' | 'html' }
  | { verb: 'scaffold'; issueFile: string | null; issue: number | null; repo: string | null; write: boolean }
  | { verb: 'ingest'; file: string; dryRun: boolean; config: string; repo: string | null }
  | { verb: 'holdout'; action: 'encrypt' | 'decrypt' | 'keygen'; config: string; out: string | null; files: string[]; holdoutKeyFile: string | null }
  | { verb: 'loop'; config: string; repo: string | null; days: number; json: boolean }
  | { verb: 'history'; suite: Suite; store: string | null; baselineBranch: string | null; branch: string; format: 'md' | 'json' | 'html'; out: string | null }
  | { verb: 'init'; language: InitLanguage | null; harnessCommand: string | null; workflow: WorkflowSetup; yes: boolean };

/** Where `evalgate baseline` stores runs when neither --out nor --store is given (the layout `gate --baseline DIR` reads). */
export const DEFAULT_LOCAL_STORE = '.evalgate/baselines';

/** One option of a verb, as parsed and as documented. */
export interface OptionSpec {
  /** Long name without dashes, e.g. `suite`. */
  name: string;
  /** Placeholder of the value (`S`, `F`...); absent for a boolean flag. */
  value?: string;
  /** May be given more than once (collected in order). */
  multiple?: boolean;
  /** Shown without brackets in the synopsis. */
  required?: boolean;
  /** One line of help; says the default when there is one. */
  help: string;
}

type Values = Record<string, string | boolean | string[] | undefined>;

/** One verb: how it is called, what it does, and how its arguments become a Command. */
export interface VerbSpec {
  name: string;
  /** Positional arguments as shown in the synopsis, e.g. `F...`. */
  args?: string;
  /** One line: what the verb does. */
  summary: string;
  options: OptionSpec[];
  /** Further lines for `evalgate help VERB` (defaults, files written, examples). */
  details?: string[];
  parse(v: Values, positionals: string[]): Command;
}

const CONFIG: OptionSpec = { name: 'config', value: 'F', help: 'config file (default evalgate.yml)' };
const SUITE: OptionSpec = { name: 'suite', value: 'S', required: true, help: 'benchmark or coverage' };
const CASE: OptionSpec = { name: 'case', value: 'ID', multiple: true, help: 'only this case (repeatable); holdout cases are skipped' };
const REPO: OptionSpec = { name: 'repo', value: 'owner/name', help: 'repository (default $GITHUB_REPOSITORY; token from $GITHUB_TOKEN)' };
const KEEP_TRACES: OptionSpec = {
  name: 'keep-traces',
  value: 'DIR',
  help: 'write every converted trace as DIR/<case>/trial-<n>.json with its warnings in trial-<n>.warnings.txt (retried attempts trial-<n>.attempt-<k>.json; never holdout cases)',
};
const HOLDOUT_KEY_FILE: OptionSpec = {
  name: 'holdout-key-file',
  value: 'F',
  help: 'read the holdout key from file F (- for stdin) instead of $EVALGATE_HOLDOUT_KEY, which a harness can read in evalgate\'s /proc/<pid>/environ on Node < 22.15',
};
const ALLOW_REMOVAL: OptionSpec = { name: 'allow-guard-removal', help: 'removed guard cases do not block (the PR label evalgate:allow-guard-removal)' };

const str = (v: Values, k: string): string | undefined => v[k] as string | undefined;
const flag = (v: Values, k: string): boolean => (v[k] as boolean | undefined) ?? false;
const list = (v: Values, k: string): string[] => (v[k] as string[] | undefined) ?? [];

function parseSuite(value: string | undefined, verb: string): Suite {
  if (value === undefined) throw new UsageError(`${verb}: --suite is required (expected benchmark or coverage)`, verb);
  if (value !== 'benchmark' && value !== 'coverage') {
    const hint = closest(value, ['benchmark', 'coverage']);
    throw new UsageError(`${verb}: --suite "${value}" is not a suite (expected benchmark or coverage)${hint ? `; did you mean "${hint}"?` : ''}`, verb);
  }
  return value;
}

/** Parses `i/n` (1-based) as given to `--shard`. */
export function parseShard(value: string | undefined): { index: number; total: number } | null {
  if (value === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard "${value}" is not a shard (expected i/n with 1 <= i <= n, e.g. 2/4)`, 'run');
  }
  return { index, total };
}

function keepTraces(value: string | undefined, verb: string): string | null {
  if (value === undefined) return null;
  if (value === '') throw new UsageError(`${verb}: --keep-traces needs a directory`, verb);
  return value;
}

function keyFile(v: Values, verb: string): string | null {
  const value = str(v, 'holdout-key-file');
  if (value === undefined) return null;
  if (value === '') throw new UsageError(`${verb}: --holdout-key-file needs a file (or - for stdin)`, verb);
  return value;
}

function need(value: string | undefined, opt: string, verb: string): string {
  if (value === undefined) throw new UsageError(`${verb}: ${opt} is required`, verb);
  if (value === '') throw new UsageError(`${verb}: ${opt} needs a value (got ${opt}=)`, verb);
  return value;
}

/** What a path option names: a file the verb writes, or a directory it writes into. */
export type OutKind = 'file' | 'dir';

/** A file name to suggest for a verb's --out file (in "e.g. --out DIR/<name>"). */
export function exampleOutFile(verb: string): string {
  return verb === 'compare' ? 'comparison.json' : verb === 'merge' ? 'merged.json' : 'results.json';
}

/** File names a directory option would most likely have been given by mistake (`gate --out gate.json`). */
const FILE_NAME = /\.(json|md|xml|yaml|yml)$/i;

/**
 * A path option checked for its kind from its spelling alone (pure; main.ts checks what exists):
 * a file option ending in "/" names a directory, a directory option ending in .json names a file.
 * Each verb's --out means one kind (README "CLI"), and the wrong one is refused, naming the path.
 */
export function checkOutSpelling(value: string | undefined, kind: OutKind, flagName: string, verb: string, what: string): string | null {
  if (value === undefined) return null;
  if (value === '') throw new UsageError(`${verb}: ${flagName} needs a ${kind === 'file' ? 'file path' : 'directory'} (${what})`, verb);
  if (kind === 'file' && (/[\\/]$/.test(value) || value === '.' || value === '..')) {
    const dir = value.replace(/[\\/]+$/, '') || '.';
    throw new UsageError(`${verb}: ${flagName} "${value}" is a directory path, but ${verb} ${flagName} is a file (${what}); e.g. ${flagName} ${dir}/${exampleOutFile(verb)}`, verb);
  }
  if (kind === 'dir' && FILE_NAME.test(value)) {
    throw new UsageError(`${verb}: ${flagName} "${value}" is a file name, but ${verb} ${flagName} is a directory (${what}); e.g. ${flagName} ${value.replace(FILE_NAME, '')}`, verb);
  }
  return value;
}

function noPositionals(verb: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`${verb}: unexpected argument "${positionals[0]}"`, verb);
}

/** Every verb, in the order `evalgate help` lists them. */
export const VERBS: VerbSpec[] = [
  {
    name: 'init',
    summary: 'set up evalgate in this repository: config, an example case, a harness stub, the workflows, .gitignore',
    options: [
      { name: 'language', value: 'L', help: 'harness stub language: node, python or shell (default: node with a package.json; python with pyproject.toml, setup.py, setup.cfg, requirements.txt, Pipfile or .py files; else node)' },
      { name: 'harness-command', value: 'CMD', help: 'your harness command; no stub is written (default: the stub\'s command)' },
      {
        name: 'workflow',
        value: 'SETUP',
        help: 'pr (one gate job per pull request; default) or shards (a 4-shard matrix and one merge job); either writes .github/workflows/evalgate.yml and evalgate-publish.yml (fork PRs)',
      },
      { name: 'yes', help: 'ask nothing on a terminal either (non-interactive runs never ask)' },
    ],
    details: [
      'Refuses to overwrite: when any file it would write exists, it names them and writes nothing; so it does when another workflow already gates pull requests with the evalgate action.',
      'The workflows install the harness\'s dependencies as the repository does: package-lock.json -> npm ci, pnpm-lock.yaml -> pnpm, yarn.lock -> yarn (package.json\'s packageManager first), requirements.txt -> pip.',
    ],
    parse(v, p) {
      noPositionals('init', p);
      const language = str(v, 'language') ?? null;
      if (language !== null && !(INIT_LANGUAGES as readonly string[]).includes(language)) {
        const hint = closest(language, INIT_LANGUAGES);
        throw new UsageError(`init: --language "${language}" is not supported (expected node, python or shell)${hint ? `; did you mean "${hint}"?` : ''}`, 'init');
      }
      const harnessCommand = str(v, 'harness-command') ?? null;
      if (harnessCommand !== null && harnessCommand.trim() === '') throw new UsageError('init: --harness-command is empty (expected the command that runs your harness, e.g. "node agent/run.js")', 'init');
      const workflow = str(v, 'workflow') ?? 'pr';
      if (!(WORKFLOW_SETUPS as readonly string[]).includes(workflow)) {
        const hint = closest(workflow, WORKFLOW_SETUPS);
        throw new UsageError(`init: --workflow "${workflow}" is not a setup (expected ${WORKFLOW_SETUPS.join(' or ')})${hint ? `; did you mean "${hint}"?` : ''}`, 'init');
      }
      return { verb: 'init', language: language as InitLanguage | null, harnessCommand, workflow: workflow as WorkflowSetup, yes: flag(v, 'yes') };
    },
  },
  {
    name: 'validate',
    summary: 'check the config, every case and (with the key) the holdout bundle; every problem as file:line:col',
    options: [
      { name: 'json', help: 'print the result as one JSON document on stdout: ok, case counts, and every problem and warning with file, line and col (null when the problem is about the whole file)' },
      HOLDOUT_KEY_FILE,
      CONFIG,
    ],
    details: ['Exit 0 valid (warnings allowed), 2 any problem; with --json the same exit codes, and nothing on stderr.'],
    parse: (v, p) => (noPositionals('validate', p), { verb: 'validate', config: str(v, 'config') ?? 'evalgate.yml', holdoutKeyFile: keyFile(v, 'validate'), json: flag(v, 'json') }),
  },
  {
    name: 'run',
    summary: 'run a suite (or the named cases), print progress and a report, write results; exit 1 when any case fails or errors',
    options: [
      SUITE,
      { name: 'out', value: 'F', help: 'the results file (default .evalgate/<suite>/results.json; a directory is refused); the HTML report goes next to it (report.html beside results.json, else F with .html for .json)' },
      { name: 'shard', value: 'i/n', help: 'run only shard i of n (stable partition by case id)' },
      CASE,
      { name: 'json', help: 'print the results JSON on stdout instead of the text report' },
      KEEP_TRACES,
      HOLDOUT_KEY_FILE,
      CONFIG,
    ],
    details: [
      'Live progress (done/total, failures, ETA) goes to stderr; the report to stdout.',
    ],
    parse(v, p) {
      noPositionals('run', p);
      return { verb: 'run', config: str(v, 'config') ?? 'evalgate.yml', suite: parseSuite(str(v, 'suite'), 'run'), out: checkOutSpelling(str(v, 'out'), 'file', '--out', 'run', 'the results JSON'), shard: parseShard(str(v, 'shard')), cases: list(v, 'case'), json: flag(v, 'json'), keepTraces: keepTraces(str(v, 'keep-traces'), 'run'), holdoutKeyFile: keyFile(v, 'run') };
    },
  },
  {
    name: 'gate',
    summary: 'run + compare with the baseline, with adaptive re-trials; exit 1 on block',
    options: [
      SUITE,
      { name: 'baseline', value: 'DIR|F', required: true, help: 'a results file, or a baseline store directory (<suite>/<full-commit-sha>.json)' },
      { name: 'base-ref', value: 'REF', help: 'branch whose merge base picks the stored baseline (default the remote\'s default branch, else main)' },
      CASE,
      { name: 'shard', value: 'i/n', help: 'gate only shard i of n, deciding as a member of the whole suite (merge the shards\' results.json, then compare)' },
      { name: 'reuse', value: 'F|DIR', help: 'continue from an earlier gate of this change (its results.json, or its --out DIR): cases whose harness fingerprint is unchanged keep those head trials, so an unchanged harness costs no new runs' },
      { name: 'out', value: 'DIR', help: 'the directory it writes results.json, comparison.json, report.md, report.html, junit.xml into (default .evalgate/<suite>/); a file is refused' },
      { name: 'json', help: 'print the comparison JSON (what comparison.json holds: verdict, reasons, every case) on stdout instead of the text report' },
      ALLOW_REMOVAL,
      KEEP_TRACES,
      HOLDOUT_KEY_FILE,
      CONFIG,
    ],
    details: [
      'DIR is a baseline store searched from the merge base with --base-ref. A path that does not exist, a store without a run of the suite, or without a run for the merge base or an ancestor is exit 2 (never a pass without a baseline), naming what is wrong; gate.baseline: rerun is refused (store a baseline instead).',
    ],
    parse(v, p) {
      noPositionals('gate', p);
      return {
        verb: 'gate',
        config: str(v, 'config') ?? 'evalgate.yml',
        suite: parseSuite(str(v, 'suite'), 'gate'),
        baseline: need(str(v, 'baseline'), '--baseline', 'gate'),
        baseRef: str(v, 'base-ref') ?? null,
        out: checkOutSpelling(str(v, 'out'), 'dir', '--out', 'gate', 'it writes results.json, comparison.json, report.md and junit.xml into it'),
        cases: list(v, 'case'),
        shard: parseShard(str(v, 'shard')),
        reuse: str(v, 'reuse') ?? null,
        allowGuardRemoval: flag(v, 'allow-guard-removal'),
        keepTraces: keepTraces(str(v, 'keep-traces'), 'gate'),
        holdoutKeyFile: keyFile(v, 'gate'),
        json: flag(v, 'json'),
      };
    },
  },
  {
    name: 'compare',
    summary: 'print the verdict and report of two results files; exit 1 on block',
    options: [
      { name: 'base', value: 'F', required: true, help: 'baseline results file' },
      { name: 'head', value: 'F', required: true, help: 'head results file' },
      { name: 'out', value: 'F', help: 'also write the comparison JSON to this file; a directory is refused' },
      ALLOW_REMOVAL,
      { name: 'config', value: 'F', help: 'take gate settings (alpha, budgets...) from this config (default: built-in defaults)' },
    ],
    parse(v, p) {
      noPositionals('compare', p);
      return {
        verb: 'compare',
        base: need(str(v, 'base'), '--base', 'compare'),
        head: need(str(v, 'head'), '--head', 'compare'),
        out: checkOutSpelling(str(v, 'out'), 'file', '--out', 'compare', 'the comparison JSON'),
        allowGuardRemoval: flag(v, 'allow-guard-removal'),
        config: str(v, 'config') ?? null,
      };
    },
  },
  {
    name: 'baseline',
    summary: 'run a suite and store it as the baseline of this commit, exactly as the action\'s baseline mode stores it',
    options: [
      SUITE,
      { name: 'out', value: 'F', help: 'write one results file here instead of a store, and its HTML report next to it, as run does (a directory is refused)' },
      { name: 'store', value: 'DIR', help: `baseline store directory, read by gate --baseline DIR (default ${DEFAULT_LOCAL_STORE})` },
      CASE,
      HOLDOUT_KEY_FILE,
      CONFIG,
      { name: 'allow-dirty', help: 'store a baseline made with uncommitted harness changes, flagged as such (refused without it)' },
    ],
    details: [
      "Stochastic cases are topped up to the trials the gate's power needs; trials of cases whose harness fingerprint is unchanged are pooled from the nearest stored run. --store writes DIR/<suite>/<commit>.json plus DIR/index/<branch>.json, the layout gate --baseline DIR reads, and the HTML report to .evalgate/<suite>/report.html (where the action's baseline mode writes its report).",
      'Refused (exit 2) when files in the harness scope have uncommitted changes: the run would be stored under a commit that is not what ran (--allow-dirty stores it flagged). Not stored (exit 1) when every trial errored: the harness never ran.',
    ],
    parse(v, p) {
      noPositionals('baseline', p);
      const out = checkOutSpelling(str(v, 'out'), 'file', '--out', 'baseline', 'one results file') ?? undefined;
      const store = checkOutSpelling(str(v, 'store'), 'dir', '--store', 'baseline', 'a baseline store directory') ?? undefined;
      if (out !== undefined && store !== undefined) throw new UsageError('baseline: give --out F (one results file) or --store DIR (a baseline store), not both', 'baseline');
      return { verb: 'baseline', config: str(v, 'config') ?? 'evalgate.yml', suite: parseSuite(str(v, 'suite'), 'baseline'), out: out ?? null, store: out === undefined ? (store ?? DEFAULT_LOCAL_STORE) : null, cases: list(v, 'case'), allowDirty: flag(v, 'allow-dirty'), holdoutKeyFile: keyFile(v, 'baseline') };
    },
  },
  {
    name: 'merge',
    args: 'F...',
    summary: 'merge shard results into one',
    options: [{ name: 'out', value: 'F', help: 'write the merged results to this file (default: stdout); a directory is refused' }],
    details: [
      "Stable partition by case id; the merged verdict equals an unsharded run's.",
    ],
    parse(v, p) {
      if (p.length === 0) throw new UsageError('merge: give at least one results file', 'merge');
      return { verb: 'merge', files: p, out: checkOutSpelling(str(v, 'out'), 'file', '--out', 'merge', 'the merged results JSON') };
    },
  },
  {
    name: 'report',
    args: 'F',
    summary: 'render a results or comparison file',
    options: [{ name: 'format', value: 'md|json|junit|text|html', help: 'output format (default md: the PR comment; html: the self-contained HTML report)' }],
    details: [
      'For a comparison, junit and html also read results.json next to it when it is the same run (per-trial latencies; trials and their steps).',
    ],
    parse(v, p) {
      if (p.length !== 1) throw new UsageError('report: give exactly one results or comparison file', 'report');
      const format = str(v, 'format') ?? 'md';
      if (!['md', 'json', 'junit', 'text', 'html'].includes(format)) throw new UsageError(`report: --format "${format}" is not supported (expected md, json, junit, text or html)`, 'report');
      return { verb: 'report', file: p[0], format: format as 'md' | 'json' | 'junit' | 'text' | 'html' };
    },
  },
  {
    name: 'scaffold',
    summary: 'print a case YAML from an issue (JSON as the REST API returns it, or fetched)',
    options: [
      { name: 'issue-file', value: 'F', help: 'the issue JSON (one of --issue-file or --issue)' },
      { name: 'issue', value: 'N', help: 'fetch issue N from GitHub' },
      REPO,
      { name: 'write', help: 'write the case and fixtures instead of printing' },
    ],
    parse(v, p) {
      noPositionals('scaffold', p);
      const file = str(v, 'issue-file') ?? null;
      const raw = str(v, 'issue') ?? null;
      if ((file === null) === (raw === null)) throw new UsageError('scaffold: give exactly one of --issue-file F (the issue JSON) or --issue N (fetched from GitHub)', 'scaffold');
      const issue = raw === null ? null : /^#?\d+$/.test(raw) && Number(raw.replace('#', '')) > 0 ? Number(raw.replace('#', '')) : NaN;
      if (Number.isNaN(issue)) throw new UsageError(`scaffold: --issue "${raw}" is not an issue number (expected e.g. 123)`, 'scaffold');
      return { verb: 'scaffold', issueFile: file, issue, repo: str(v, 'repo') ?? null, write: flag(v, 'write') };
    },
  },
  {
    name: 'ingest',
    args: 'F',
    summary: 'apply failure signals (JSONL) to issues: dedupe, cluster, create, comment, reopen',
    options: [{ name: 'dry-run', help: 'print the plan, touch nothing' }, REPO, CONFIG],
    parse(v, p) {
      if (p.length !== 1) throw new UsageError('ingest: give exactly one JSONL file of failure signals', 'ingest');
      return { verb: 'ingest', file: p[0], dryRun: flag(v, 'dry-run'), config: str(v, 'config') ?? 'evalgate.yml', repo: str(v, 'repo') ?? null };
    },
  },
  {
    name: 'holdout',
    args: 'encrypt [CASE_FILE...] | decrypt | keygen',
    summary: 'manage the encrypted holdout bundle evals/holdout.enc (key in $EVALGATE_HOLDOUT_KEY)',
    options: [{ name: 'out', value: 'DIR', help: 'decrypt: the directory to write the plaintext into (default .evalgate/holdout-plain); a file is refused' }, HOLDOUT_KEY_FILE, CONFIG],
    details: ['encrypt defaults to evals/holdout/**/*.{yaml,yml}; keygen prints a new key once.'],
    parse(v, p) {
      const [action, ...files] = p;
      if (action !== 'encrypt' && action !== 'decrypt' && action !== 'keygen') {
        const hint = action ? closest(action, ['encrypt', 'decrypt', 'keygen']) : undefined;
        throw new UsageError(`holdout: "${action ?? ''}" is not an action (expected encrypt, decrypt or keygen)${hint ? `; did you mean "${hint}"?` : ''}`, 'holdout');
      }
      return { verb: 'holdout', action, config: str(v, 'config') ?? 'evalgate.yml', out: checkOutSpelling(str(v, 'out'), 'dir', '--out', 'holdout', 'decrypt writes the plaintext cases into it'), files, holdoutKeyFile: keyFile(v, 'holdout') };
    },
  },
  {
    name: 'trace',
    args: 'F|-',
    summary: 'convert a harness output (native trace, or OTLP/JSON of any supported convention; - reads stdin) as a trial would, and print it with the conversion warnings',
    options: [{ name: 'json', help: 'print trace, format, cost source and warnings as one JSON document' }, { name: 'config', value: 'F', help: 'take pricing and harness.max_output_bytes from this config (default evalgate.yml when present)' }],
    details: [
      'Prints the trace on stdout, the warnings and a summary on stderr. Exit 0 converted, 1 not a usable trace (a trial would be error; the reason is printed: also input over harness.max_output_bytes, or not UTF-8), 2 unreadable file.',
    ],
    parse(v, p) {
      if (p.length !== 1) throw new UsageError('trace: give exactly one file: a harness output (native trace or OTLP/JSON), or - for stdin', 'trace');
      const config = str(v, 'config');
      return { verb: 'trace', file: p[0], config: config ?? 'evalgate.yml', configGiven: config !== undefined, json: flag(v, 'json') };
    },
  },
  {
    name: 'history',
    summary: "each case's pass rate per stored run of a branch, the suite rate over time, and the commit where a failing case started failing",
    options: [
      SUITE,
      { name: 'store', value: 'DIR', help: `a baseline store directory (default ${DEFAULT_LOCAL_STORE})` },
      { name: 'baseline-branch', value: 'B', help: 'read the store from git branch B instead (the action keeps it on evalgate-baselines)' },
      { name: 'branch', value: 'NAME', help: 'the source branch whose stored runs to show (default main)' },
      { name: 'format', value: 'md|json|html', help: 'md: a compact table (default); json for scripts; html: one self-contained page with a chart per case' },
      { name: 'out', value: 'F', help: 'write here instead of stdout' },
    ],
    parse(v, p) {
      noPositionals('history', p);
      const format = str(v, 'format') ?? 'md';
      if (format !== 'md' && format !== 'json' && format !== 'html') throw new UsageError(`history: --format "${format}" is not a format (expected md, json or html)`, 'history');
      if (str(v, 'store') !== undefined && str(v, 'baseline-branch') !== undefined) throw new UsageError('history: give --store or --baseline-branch, not both', 'history');
      return { verb: 'history', suite: parseSuite(str(v, 'suite'), 'history'), store: str(v, 'store') ?? null, baselineBranch: str(v, 'baseline-branch') ?? null, branch: str(v, 'branch') ?? 'main', format, out: str(v, 'out') ?? null };
    },
  },
  {
    name: 'loop',
    summary: "the loop's figures per workflow and failure class: open, guarded and unguarded issues, time to guard, reopens (see The issue loop)",
    options: [REPO, { name: 'days', value: 'N', help: 'the period, in days (default 30; 1 to 3650)' }, { name: 'json', help: 'print the figures as one JSON document' }, CONFIG],
    parse(v, p) {
      noPositionals('loop', p);
      const raw = str(v, 'days') ?? '30';
      const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(days >= 1 && days <= 3650)) throw new UsageError(`loop: --days "${raw}" is not a number of days (expected 1 to 3650)`, 'loop');
      return { verb: 'loop', config: str(v, 'config') ?? 'evalgate.yml', repo: str(v, 'repo') ?? null, days, json: flag(v, 'json') };
    },
  },
];

/** The spec of a verb, or undefined. */
export function findVerb(name: string): VerbSpec | undefined {
  return VERBS.find((s) => s.name === name);
}

function optionSynopsis(o: OptionSpec): string {
  const core = `--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const s = o.required ? core : `[${core}]`;
  return o.multiple ? `${s}...` : s;
}

/** `evalgate run --suite S [--out F] ...`: the verb's one-line synopsis. */
export function renderSynopsis(spec: VerbSpec): string {
  return ['evalgate', spec.name, ...(spec.args ? [spec.args] : []), ...spec.options.map(optionSynopsis)].join(' ');
}

const FOOTER = [
  'Exit codes: 0 ok, 1 blocked or failing, 2 usage or config error.',
  'Environment: EVALGATE_HOLDOUT_KEY (holdout key; or --holdout-key-file), GITHUB_TOKEN (scaffold --issue, ingest, loop), FORCE_COLOR and NO_COLOR (colour, read as Node reads them), EVALGATE_DEBUG (stack traces).',
];

/** Usage text printed by `evalgate help`: every verb with its synopsis. */
export function renderUsage(): string {
  const width = Math.max(...VERBS.map((s) => s.name.length));
  return [
    'evalgate — release gates for AI agent harnesses',
    '',
    'Usage: evalgate VERB [options]     evalgate help VERB | evalgate VERB --help for its options',
    '',
    ...VERBS.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    '',
    'Global: -h, --help    -V, --version',
    ...FOOTER,
  ].join('\n');
}

/** Help for one verb: synopsis, what it does, every option. */
export function renderVerbHelp(spec: VerbSpec): string {
  const rows = spec.options.map((o) => [`--${o.name}${o.value ? ` ${o.value}` : ''}${o.multiple ? ' ...' : ''}`, `${o.help}${o.required ? ' (required)' : ''}`]);
  rows.push(['-h, --help', 'this help']);
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `Usage: ${renderSynopsis(spec)}`,
    '',
    `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`,
    ...(spec.details ?? []),
    '',
    'Options:',
    ...rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`),
    '',
    FOOTER[0],
  ].join('\n');
}

/** Usage text printed by `evalgate help` and on usage errors. */
export const USAGE = renderUsage();

/** The README's CLI reference table (the README must contain exactly this; see test/cli/readme.test.ts). */
export function renderCliMarkdown(): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = VERBS.map((s) => {
    const opts = s.options.map((o) => `\`--${o.name}${o.value ? ` ${esc(o.value)}` : ''}\` ${esc(o.help)}${o.required ? ' (required)' : ''}`);
    const details = (s.details ?? []).map(esc).join(' ');
    return `| \`${esc(s.name)}${s.args ? ` ${esc(s.args)}` : ''}\` | ${esc(s.summary)}${details ? `. ${details}` : ''}${opts.length ? `<br>${opts.join('<br>')}` : ''} |`;
  });
  return ['| verb | does, and its options |', '|---|---|', ...rows].join('\n');
}

/** What did-you-mean suggests for an unknown verb (edit distance <= 2), or undefined. */
export function suggestVerb(word: string): string | undefined {
  return closest(word, [...VERBS.map((s) => s.name), 'help', 'version']);
}

/**
 * The CLI's own message for a parseArgs error (ERR_PARSE_ARGS_*): the flag, and what value it
 * expects, instead of Node's wording ("Option '--baseline <value>' argument missing").
 */
function parseArgsError(verb: VerbSpec, err: Error & { code?: string }): UsageError {
  const m = /^Option '(?:-\w, )?--([^' ]+)(?: <value>)?' (argument missing|argument is ambiguous|does not take an argument)/.exec(err.message);
  const o = m ? verb.options.find((x) => x.name === m[1]) : undefined;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && m && o) {
    if (m[2] === 'does not take an argument') return new UsageError(`${verb.name}: --${o.name} takes no value (it is a flag: ${o.help})`, verb.name);
    const wants = `${o.value}: ${o.help}`;
    if (m[2] === 'argument missing') return new UsageError(`${verb.name}: --${o.name} needs a value (expected ${wants})`, verb.name);
    // The next argument starts with "-": most often the value was forgotten before the next option.
    return new UsageError(`${verb.name}: --${o.name} needs a value, but the next argument starts with "-" (expected ${wants}; a value that starts with "-" is written --${o.name}=-value)`, verb.name);
  }
  return unknownOption(verb, err.message);
}

function unknownOption(verb: VerbSpec, message: string): UsageError {
  const m = /Unknown option '(-{1,2})([^'=]+)'/.exec(message);
  if (m) {
    const names = verb.options.map((o) => o.name);
    const hint = closest(m[2], names);
    const other = hint ? undefined : VERBS.find((s) => s !== verb && s.options.some((o) => o.name === m[2]));
    const tail = hint ? `; did you mean --${hint}?` : other ? ` (--${m[2]} is an option of ${other.name}, not ${verb.name})` : '';
    return new UsageError(`${verb.name}: unknown option ${m[1]}${m[2]}${tail}`, verb.name);
  }
  return new UsageError(`${verb.name}: ${message.replace(/\. To specify a positional.*$/s, '')}`, verb.name);
}

/** Parses argv (without node and script) into a command. */
export function parseCommand(argv: string[]): Command {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') {
    const topic = rest[0];
    if (topic !== undefined && !findVerb(topic) && topic !== 'help') {
      const hint = suggestVerb(topic);
      throw new UsageError(`help: "${topic}" is not an evalgate command${hint ? `; did you mean "${hint}"?` : ''}`);
    }
    return { verb: 'help', topic: topic === 'help' ? undefined : topic };
  }
  if (verb === '--version' || verb === '-V' || verb === 'version') return { verb: 'version' };
  const spec = findVerb(verb);
  if (!spec) {
    const hint = suggestVerb(verb.replace(/^-+/, ''));
    throw new UsageError(`"${verb}" is not an evalgate command${hint ? `; did you mean "${hint}"?` : ''} (expected ${VERBS.map((s) => s.name).join(', ')})`);
  }
  // `VERB --help` wins over every other problem with the arguments: it is how one learns them.
  const end = rest.indexOf('--');
  if ((end < 0 ? rest : rest.slice(0, end)).some((a) => a === '--help' || a === '-h')) return { verb: 'help', topic: verb };
  const options = Object.fromEntries(spec.options.map((o) => [o.name, o.value ? { type: 'string' as const, multiple: o.multiple ?? false } : { type: 'boolean' as const }]));
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw parseArgsError(spec, err as Error & { code?: string });
  }
  return spec.parse(parsed.values as Values, parsed.positionals);
}
