// Command-line parsing for the `evalgate` verbs. Pure: argv in, a typed command or a usage error out.
import { parseArgs } from 'node:util';
import type { Suite } from '../types.js';

/** A problem with how the CLI was called: exit code 2, message names the argument. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A parsed CLI invocation. */
export type Command =
  | { verb: 'help'; topic?: string }
  | { verb: 'version' }
  | { verb: 'validate'; config: string }
  | {
      verb: 'run';
      config: string;
      suite: Suite;
      out: string | null;
      shard: { index: number; total: number } | null;
      cases: string[];
      json: boolean;
      keepTraces: string | null;
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
      allowGuardRemoval: boolean;
      keepTraces: string | null;
    }
  | { verb: 'trace'; file: string; config: string; configGiven: boolean; json: boolean }
  | { verb: 'baseline'; config: string; suite: Suite; out: string | null; store: string | null; cases: string[] }
  | { verb: 'merge'; files: string[]; out: string | null }
  | { verb: 'report'; file: string; format: 'md' | 'json' | 'junit' | 'text' }
  | { verb: 'scaffold'; issueFile: string | null; issue: number | null; repo: string | null; write: boolean }
  | { verb: 'ingest'; file: string; dryRun: boolean; config: string; repo: string | null }
  | { verb: 'holdout'; action: 'encrypt' | 'decrypt' | 'keygen'; config: string; out: string | null; files: string[] }
  | { verb: 'loop'; config: string; repo: string | null; days: number; json: boolean };

/** Where `evalgate baseline` stores runs when neither --out nor --store is given (the layout `gate --baseline DIR` reads). */
export const DEFAULT_LOCAL_STORE = '.evalgate/baselines';

/** Usage text printed by `evalgate help` and on usage errors. */
export const USAGE = `evalgate — release gates for AI agent harnesses

Usage:
  evalgate validate [--config evalgate.yml]
  evalgate run --suite benchmark|coverage [--out F] [--shard i/n] [--case ID]... [--keep-traces DIR]
  evalgate compare --base F --head F [--out F] [--allow-guard-removal]
  evalgate gate --suite S --baseline DIR|F [--base-ref REF] [--case ID]... [--out F] [--keep-traces DIR]
  evalgate baseline --suite S [--out F | --store DIR] [--case ID]...
  evalgate merge F... [--out F]
  evalgate report F [--format md|json|junit|text]
  evalgate scaffold --issue-file F | --issue N [--repo owner/name] [--write]
  evalgate ingest F [--dry-run] [--repo owner/name]
  evalgate holdout encrypt [CASE_FILE...] | decrypt [--out DIR] | keygen
  evalgate trace F|- [--json]
  evalgate loop [--repo owner/name] [--days 30] [--json]

Exit codes: 0 ok, 1 blocked or failing, 2 usage or config error.
Environment: EVALGATE_HOLDOUT_KEY (holdout key), GITHUB_TOKEN (ingest, loop).`;

function parseSuite(value: string | undefined, verb: string): Suite {
  if (value === undefined) throw new UsageError(`${verb}: --suite is required (expected benchmark or coverage)`);
  if (value !== 'benchmark' && value !== 'coverage') throw new UsageError(`${verb}: --suite "${value}" is not a suite (expected benchmark or coverage)`);
  return value;
}

/** Parses `i/n` (1-based) as given to `--shard`. */
export function parseShard(value: string | undefined): { index: number; total: number } | null {
  if (value === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard "${value}" is not a shard (expected i/n with 1 <= i <= n, e.g. 2/4)`);
  }
  return { index, total };
}

function keepTraces(value: string | undefined, verb: string): string | null {
  if (value === undefined) return null;
  if (value === '') throw new UsageError(`${verb}: --keep-traces needs a directory`);
  return value;
}

function need(value: string | undefined, flag: string, verb: string): string {
  if (value === undefined || value === '') throw new UsageError(`${verb}: ${flag} is required`);
  return value;
}

/** Parses argv (without node and script) into a command. */
export function parseCommand(argv: string[]): Command {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return { verb: 'help', topic: rest[0] };
  if (verb === '--version' || verb === 'version') return { verb: 'version' };
  const options = {
    config: { type: 'string' as const, default: 'evalgate.yml' },
    suite: { type: 'string' as const },
    out: { type: 'string' as const },
    shard: { type: 'string' as const },
    case: { type: 'string' as const, multiple: true },
    base: { type: 'string' as const },
    head: { type: 'string' as const },
    baseline: { type: 'string' as const },
    store: { type: 'string' as const },
    'base-ref': { type: 'string' as const },
    format: { type: 'string' as const },
    'issue-file': { type: 'string' as const },
    issue: { type: 'string' as const },
    write: { type: 'boolean' as const },
    'dry-run': { type: 'boolean' as const },
    repo: { type: 'string' as const },
    json: { type: 'boolean' as const },
    'allow-guard-removal': { type: 'boolean' as const },
    'keep-traces': { type: 'string' as const },
    days: { type: 'string' as const },
  };
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${verb}: ${(err as Error).message.replace(/\. To specify a positional.*$/s, '')}`);
  }
  const { values: v, positionals } = parsed;
  const noPositionals = () => {
    if (positionals.length > 0) throw new UsageError(`${verb}: unexpected argument "${positionals[0]}"`);
  };
  switch (verb) {
    case 'validate':
      noPositionals();
      return { verb, config: v.config };
    case 'run':
      noPositionals();
      return {
        verb,
        config: v.config,
        suite: parseSuite(v.suite, verb),
        out: v.out ?? null,
        shard: parseShard(v.shard),
        cases: (v.case as string[] | undefined) ?? [],
        json: v.json ?? false,
        keepTraces: keepTraces(v['keep-traces'], verb),
      };
    case 'compare':
      noPositionals();
      return {
        verb,
        base: need(v.base, '--base', verb),
        head: need(v.head, '--head', verb),
        out: v.out ?? null,
        allowGuardRemoval: v['allow-guard-removal'] ?? false,
        config: rest.includes('--config') ? v.config : null,
      };
    case 'gate':
      noPositionals();
      return {
        verb,
        config: v.config,
        suite: parseSuite(v.suite, verb),
        baseline: need(v.baseline, '--baseline', verb),
        baseRef: v['base-ref'] ?? null,
        out: v.out ?? null,
        cases: (v.case as string[] | undefined) ?? [],
        allowGuardRemoval: v['allow-guard-removal'] ?? false,
        keepTraces: keepTraces(v['keep-traces'], verb),
      };
    case 'trace':
      if (positionals.length !== 1) throw new UsageError('trace: give exactly one file: a harness output (native trace or OTLP/JSON), or - for stdin');
      return { verb, file: positionals[0], config: v.config, configGiven: rest.includes('--config'), json: v.json ?? false };
    case 'baseline': {
      noPositionals();
      if (v.out !== undefined && v.store !== undefined) throw new UsageError('baseline: give --out F (one results file) or --store DIR (a baseline store), not both');
      return { verb, config: v.config, suite: parseSuite(v.suite, verb), out: v.out ?? null, store: v.out === undefined ? (v.store ?? DEFAULT_LOCAL_STORE) : null, cases: (v.case as string[] | undefined) ?? [] };
    }
    case 'merge':
      if (positionals.length === 0) throw new UsageError('merge: give at least one results file');
      return { verb, files: positionals, out: v.out ?? null };
    case 'report': {
      if (positionals.length !== 1) throw new UsageError('report: give exactly one results or comparison file');
      const format = v.format ?? 'md';
      if (!['md', 'json', 'junit', 'text'].includes(format)) throw new UsageError(`report: --format "${format}" is not supported (expected md, json, junit or text)`);
      return { verb, file: positionals[0], format: format as 'md' | 'json' | 'junit' | 'text' };
    }
    case 'scaffold': {
      noPositionals();
      const file = v['issue-file'] ?? null;
      const raw = v.issue ?? null;
      if ((file === null) === (raw === null)) throw new UsageError('scaffold: give exactly one of --issue-file F (the issue JSON) or --issue N (fetched from GitHub)');
      const issue = raw === null ? null : /^#?\d+$/.test(raw) && Number(raw.replace('#', '')) > 0 ? Number(raw.replace('#', '')) : NaN;
      if (Number.isNaN(issue)) throw new UsageError(`scaffold: --issue "${raw}" is not an issue number (expected e.g. 123)`);
      return { verb, issueFile: file, issue, repo: v.repo ?? null, write: v.write ?? false };
    }
    case 'ingest':
      if (positionals.length !== 1) throw new UsageError('ingest: give exactly one JSONL file of failure signals');
      return { verb, file: positionals[0], dryRun: v['dry-run'] ?? false, config: v.config, repo: v.repo ?? null };
    case 'holdout': {
      const [action, ...files] = positionals;
      if (action !== 'encrypt' && action !== 'decrypt' && action !== 'keygen') {
        throw new UsageError(`holdout: "${action ?? ''}" is not an action (expected encrypt, decrypt or keygen)`);
      }
      return { verb, action, config: v.config, out: v.out ?? null, files };
    }
    case 'loop': {
      noPositionals();
      const raw = v.days ?? '30';
      const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(days >= 1 && days <= 3650)) throw new UsageError(`loop: --days "${raw}" is not a number of days (expected 1 to 3650)`);
      return { verb, config: v.config, repo: v.repo ?? null, days, json: v.json ?? false };
    }
    default:
      throw new UsageError(`"${verb}" is not an evalgate command (expected validate, run, compare, gate, baseline, merge, report, scaffold, ingest, holdout, trace or loop)`);
  }
}
