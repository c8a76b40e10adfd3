// The `evalgate` CLI verbs. Each verb loads its inputs through the adapters, calls the engine and
// the pure core, prints, and returns an exit code: 0 ok, 1 block/failure, 2 usage or config error.
// The comparison (engine/adaptive.js, comparison/compare.js: @stdlib numerics) and the issue loop
// (./loop.js: Octokit) are imported by the verbs that use them: loaded at start they cost every
// `run` and `validate` ~35-45 ms (paired starts, 200 cases: `validate` 287 -> 242 ms).
import { readFile, writeFile, mkdir, stat, realpath } from 'node:fs/promises';
import { basename, join, relative, dirname, resolve, isAbsolute } from 'node:path';
import type { Comparison, Config, Problem, Results, Suite } from '../types.js';
import { DEFAULT_LOCAL_STORE, parseCommand, UsageError, USAGE, VERSION, findVerb, renderVerbHelp, renderSynopsis, exampleOutFile, type Command, type OutKind } from './args.js';
import { closest, renderProblem } from '../case/problems.js';
import { decideSkip, displayPath, readHarnessScope, renderScopeGaps, renderScopeWarnings } from '../engine/paths.js';
import { checkBaselineRun } from '../results/check.js';
import { buildDefaultConfig, parseConfig } from '../case/config.js';
import { parseCaseSource } from '../case/case.js';
import { loadProjectFromDisk, loadHoldout, selectCases, HOLDOUT_BUNDLE, type Holdout, type Project } from '../engine/project.js';
import { loadTrustedGate, readTrustedBase, resolveTrustedBaselinePath, parseTrustedBaselineText, type TrustedGate } from '../engine/trust.js';
import { runSuite, describeUnclaimed, resultIdOf, readHarnessId, readHarnessIdentity, readHarnessState, type HarnessIdentity, type RunEnv } from '../engine/run.js';
import { readRevision } from '../engine/revision.js';
import type { Progress } from '../engine/suite.js';
import { readBounded, readJsonFile, readTextFileOrNull, writeFileAtomic, listCaseFiles, listDirFiles, openContainedDir, type ContainedDir } from '../adapters/fs.js';
import { decodeUtf8, firstInvalidUtf8Offset } from '../utf8.js';
import { createDirStore, createGitBranchStore, explainBaselineLayout } from '../adapters/store.js';
import { createGit } from '../adapters/git.js';
import { checkResults } from '../results/check.js';
import { mergeResults, restrictToShard } from '../results/merge.js';
import { computeTotals } from '../results/build.js';
import { renderResultsText, renderComparisonText, renderProgress } from '../surfaces/text.js';
import { renderComparisonMarkdown, renderResultsMarkdown } from '../surfaces/markdown.js';
import { renderJunit } from '../surfaces/junit.js';
import { renderJson, renderJsonChunks } from '../surfaces/json.js';
import { renderGateFiles } from '../surfaces/files.js';
import { renderComparisonHtml, renderResultsHtml } from '../surfaces/html.js';
import { buildRedactor, redactComparison, redactDocument, redactResults, type Redactor } from '../surfaces/redact.js';
import { encryptHoldout, decryptHoldout, parseHoldoutKey, generateHoldoutKey } from '../case/holdout.js';
import { parseTrace } from '../trace/parse.js';
import type { TraceSink } from '../engine/trial.js';
import { CliError, useColor, type Io } from './io.js';
import { renderSystemError } from '../surfaces/system-error.js';

export { CliError, type Io } from './io.js';
import { runInitCommand } from './init.js';

/** Reads a JSON file the user named; a missing or unparsable file is a user error (exit 2, no "unexpected"). */
async function readJsonInput(file: string): Promise<unknown> {
  try {
    return await readJsonFile(file);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** Reads and validates a results file (untrusted data): exit 2 with the problems when invalid. */
export async function readResultsFile(file: string): Promise<Results> {
  return validateStored(await readJsonInput(file), file);
}

/** Validates a results document (untrusted data): a CliError listing its problems when invalid. */
function validateStored(doc: unknown, source: string): Results {
  const checked = checkResults(doc, source);
  if (!checked.ok) throw new CliError(`${source} is not a valid evalgate results file:\n  ${checked.problems.join('\n  ')}`);
  return checked.results;
}

/** Loads the project or prints its problems; unless `requireCases` is false, a glob matching no case file is a problem. */
async function loadOrReport(io: Io, configPath: string, requireCases = true): Promise<Project | null> {
  const loaded = await loadProjectFromDisk(io.cwd, configPath, { requireCases });
  if ('config' in loaded) return loaded;
  for (const p of loaded.problems) io.stderr(renderProblem(p) + '\n');
  io.stderr(`\n${loaded.problems.length} problem(s); nothing was run.\n`);
  return null;
}

function progressPrinter(io: Io): (p: Progress) => void {
  let lastDecile = -1;
  return (p) => {
    if (io.tty) {
      io.stderr(`\r${renderProgress(p)}${p.done === p.total ? '\n' : ''}`);
      return;
    }
    // Logs (CI): one line per 10% keeps them readable at any suite size.
    const decile = Math.floor((p.done / p.total) * 10);
    if (decile !== lastDecile || p.done === p.total) {
      lastDecile = decile;
      io.stderr(renderProgress(p) + '\n');
    }
  };
}

interface Prepared {
  project: Project;
  env: RunEnv;
  cases: Project['cases'];
  /** Every case of the suite before the shard was taken (the family of a sharded gate is the suite's). */
  suiteCases: Project['cases'];
  notices: string[];
  /** The harness scope and fingerprint of the working tree. */
  identity: HarnessIdentity;
  /** The invocation's one redaction step (env secrets, harness.env secrets, `redact` patterns). */
  redactor: Redactor;
  dispose: () => Promise<void>;
}

/** The CLI's redaction: secret-looking variables of its environment and of `harness.env`, plus `redact` patterns. */
export function cliRedactor(
  io: Pick<Io, 'env'>,
  config: (Pick<Config, 'redact'> & { harness?: Pick<Config['harness'], 'env'> }) | null,
  extraEnv: Record<string, string> = {},
): Redactor {
  return buildRedactor({ env: io.env, harnessEnv: { ...extraEnv, ...(config?.harness?.env ?? {}) }, patterns: config?.redact ?? [] });
}

async function prepareRun(
  io: Io,
  cmd: { config: string; suite: Suite; cases: string[]; shard?: { index: number; total: number } | null },
  loaded?: Project,
  trusted: TrustedGate | null = null,
  /** readHarnessIdentity, asked ahead (gate); read here when absent. */
  identityP?: Promise<HarnessIdentity>,
): Promise<Prepared | number> {
  let project: Project | null;
  let holdout: { holdout: Holdout | null; notices: string[]; problems: string[] };
  if (trusted) {
    // Trust (SPEC 7): base-commit definitions and settings, the working tree's harness.
    project = { root: io.cwd, config: trusted.config, cases: trusted.cases, problems: [] };
    holdout = { holdout: trusted.holdout, notices: [], problems: trusted.holdoutProblems };
  } else {
    project = loaded ?? (await loadOrReport(io, cmd.config));
    if (!project) return 2;
    holdout = await loadHoldout(io.cwd, project.config, io.env.EVALGATE_HOLDOUT_KEY, { visibleIds: new Set(project.cases.map((c) => c.id)) });
  }
  if (holdout.problems.length > 0) {
    for (const p of holdout.problems) io.stderr(p + '\n');
    await holdout.holdout?.dispose();
    return 2;
  }
  const all = [...project.cases, ...(cmd.cases.length === 0 ? (holdout.holdout?.cases ?? []) : [])];
  const { cases, unknown } = selectCases(all, { suite: cmd.suite, ids: cmd.cases, shard: cmd.shard ?? null });
  const suiteCases = cmd.shard ? selectCases(all, { suite: cmd.suite, ids: cmd.cases, shard: null }).cases : cases;
  if (unknown.length > 0) {
    await holdout.holdout?.dispose();
    throw new CliError(describeUnknownCases(unknown, project.cases.map((c) => c.id)));
  }
  if (cases.length === 0) io.stderr(`note: no case belongs to suite ${cmd.suite}${cmd.shard ? ` in shard ${cmd.shard.index}/${cmd.shard.total}` : ''}\n`);
  const identity = await (identityP ?? readHarnessIdentity(createGit(io.cwd), io.cwd, project.config, cmd.config));
  // The fingerprint is of the settings that gate (the base commit's with --base-ref) over the working tree's harness.
  const harnessId = await readHarnessId(project.config, Promise.resolve(identity.tree));
  const redactor = cliRedactor(io, project.config, trusted?.baseHarness?.env);
  const env: RunEnv = {
    cwd: io.cwd,
    config: project.config,
    holdoutKey: holdout.holdout?.key ?? null,
    processEnv: io.env,
    onProgress: progressPrinter(io),
    harnessId,
    uncommitted: identity.tree.changed,
    redact: redactor,
  };
  // The working tree's warnings (a glob skipping .yml case files) go into the run's notices.
  const warnings = (loaded ?? project).warnings ?? [];
  const notices = [...holdout.notices, ...warnings.map((w) => `warning: ${renderProblem(w)}`), ...renderScopeGaps(identity.read.gaps, cmd.config)];
  return { project, env, cases, suiteCases, notices, identity, redactor, dispose: async () => holdout.holdout?.dispose() };
}

async function meta(io: Io, suite: Suite) {
  const rev = await readRevision(createGit(io.cwd), io.env);
  return { suite, ...rev, createdAt: new Date().toISOString() };
}

/**
 * "unknown case 'refund-polcy' (did you mean 'refund-policy'?)" per unknown `--case` id, or the
 * known ids when none is close (the first 10): a typo gets one line, not the whole usage text.
 */
export function describeUnknownCases(unknown: readonly string[], known: readonly string[]): string {
  const sorted = [...known].sort();
  const listed = sorted.length === 0 ? 'no case is defined' : `known: ${sorted.slice(0, 10).join(', ')}${sorted.length > 10 ? `, … ${sorted.length - 10} more` : ''}`;
  return unknown
    .map((u) => {
      const hint = closest(u, sorted);
      return `unknown case '${u}' (${hint ? `did you mean '${hint}'?` : listed})`;
    })
    .join('; ');
}

function anyFailing(results: Results): boolean {
  return [...results.cases].some((c) => c.passes < c.runs || c.errors > 0);
}

/**
 * Fails before any trial runs when an output could not be written afterwards: an existing
 * directory where the verb writes a file, or an existing file where it writes into a directory.
 * (What the path's spelling says is checked while parsing, see checkOutSpelling.)
 */
async function checkOutPath(io: Io, path: string | null, kind: OutKind, flag: string, verb: string, what: string): Promise<void> {
  if (path === null) return;
  const info = await stat(resolve(io.cwd, path)).catch(() => null);
  if (info === null) return;
  if (kind === 'file' && info.isDirectory()) throw new UsageError(`${verb}: ${flag} "${path}" is an existing directory, but ${verb} ${flag} is a file (${what}); give a file path, e.g. ${flag} ${join(path, exampleOutFile(verb))}`, verb);
  if (kind === 'dir' && !info.isDirectory()) throw new UsageError(`${verb}: ${flag} "${path}" is an existing file, but ${verb} ${flag} is a directory (${what}); give a directory path`, verb);
}

/**
 * `--keep-traces DIR`: every converted trace as DIR/<case-id>/trial-<n>.json (a native trace,
 * readable by `evalgate trace` and by evaluators), its conversion warnings beside it as
 * trial-<n>.warnings.txt; a retried attempt k is trial-<n>.attempt-<k>.json. Holdout cases are never written.
 * The harness runs beside DIR and may plant links in it: nothing is ever written through a link
 * (adapters/fs.ts openContainedDir); a link at DIR/<case-id> is replaced by a folder, said on stderr.
 * A DIR inside the repository that resolves outside it (a committed link) is refused before any trial runs.
 */
async function openTraceWriter(io: Io, dir: string): Promise<{ sink: TraceSink; close: () => Promise<void> }> {
  const abs = resolve(io.cwd, dir);
  const realCwd = await realpath(io.cwd).catch(() => io.cwd);
  const realDir = await realpath(abs).catch(() => null);
  if (realDir !== null && isInsideDir(resolve(io.cwd), abs) && !isInsideDir(realCwd, realDir)) {
    throw new UsageError(`--keep-traces "${dir}" is a symbolic link (or under one) that resolves outside the repository, to ${realDir}; give that path itself if traces should go there`);
  }
  let out: ContainedDir;
  try {
    out = await openContainedDir(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--keep-traces "${dir}": cannot be used as a folder (${code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : (code ?? (err as Error).message)})`);
  }
  const warned = new Set<string>();
  const write = async (caseId: string, name: string, text: string) => {
    try {
      const { replacedLink } = await out.write(caseId, name, text);
      if (replacedLink !== null) io.stderr(`warning: --keep-traces: ${join(dir, caseId)} was a symbolic link (to ${JSON.stringify(replacedLink)}); it was removed and a folder made in its place (traces are never written through links)\n`);
    } catch (err) {
      // A lost trace is a lost debugging aid, not a reason to stop the run; said once per case.
      if (warned.has(caseId)) return;
      warned.add(caseId);
      const code = (err as NodeJS.ErrnoException).code;
      io.stderr(`warning: --keep-traces: could not write ${join(dir, caseId, name)} (${code ?? (err as Error).message}); its traces are not kept\n`);
    }
  };
  return {
    sink: async ({ caseId, trial, attempt, trace, warnings }) => {
      const base = attempt > 0 ? `trial-${trial}.attempt-${attempt}` : `trial-${trial}`;
      await write(caseId, `${base}.json`, JSON.stringify(trace, null, 2) + '\n');
      if (warnings.length > 0) await write(caseId, `${base}.warnings.txt`, warnings.join('\n') + '\n');
    },
    close: () => out.close(),
  };
}

function isInsideDir(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function cmdRun(io: Io, cmd: Extract<Command, { verb: 'run' }>): Promise<number> {
  await checkOutPath(io, cmd.out, 'file', '--out', 'run', 'the results JSON');
  await checkOutPath(io, cmd.keepTraces, 'dir', '--keep-traces', 'run', 'it writes the converted traces into it');
  // Its git reads stay after the cases load: asked before (as the gate does), they ran while the
  // cases parsed but the first trial came no sooner (first-spawn medians 293 vs 290 ms, 15 pairs;
  // the second core is not idle at start: V8's own compile and GC threads run there too).
  const prep = await prepareRun(io, cmd);
  if (typeof prep === 'number') return prep;
  let traces: Awaited<ReturnType<typeof openTraceWriter>> | null = null;
  try {
    if (cmd.keepTraces) prep.env.keepTrace = (traces = await openTraceWriter(io, cmd.keepTraces)).sink;
    const results = redactResults(await runSuite(prep.cases, await meta(io, cmd.suite), prep.env, prep.notices), prep.redactor);
    const out = cmd.out ?? join('.evalgate', cmd.suite, 'results.json');
    await writeFileAtomic(resolve(io.cwd, out), renderJsonChunks(results));
    const html = htmlReportPath(out);
    await writeFileAtomic(resolve(io.cwd, html), renderResultsHtml(results, { redact: prep.redactor }));
    if (cmd.json) for (const chunk of renderJsonChunks(results)) io.stdout(chunk);
    else io.stdout(renderResultsText(results, { color: useColor(io) }) + `\nresults: ${out}\nreport: ${html}\n`);
    return anyFailing(results) ? 1 : 0;
  } finally {
    await traces?.close();
    await prep.dispose();
  }
}

/**
 * Where a run's HTML report goes: `report.html` beside a `results.json` (the `.evalgate/<suite>/`
 * layout every gate writes), else the results file's name with `.html` (two runs into one
 * directory, `base.json` and `head.json`, keep one report each).
 */
export function htmlReportPath(resultsPath: string): string {
  const dir = dirname(resultsPath);
  const name = basename(resultsPath);
  if (name === 'results.json') return join(dir, 'report.html');
  return join(dir, `${name.replace(/\.json$/i, '')}.html`);
}

/**
 * `trace F`: converts a harness output exactly as a trial would (native trace or OTLP/JSON of
 * any supported convention, pricing from evalgate.yml when there is one) and prints the trace,
 * warnings on stderr. Exit 0 converted, 1 not a usable trace (a trial would be an error), 2 unreadable.
 * The input is bounded like a trial's stdout (`harness.max_output_bytes`) and must be UTF-8.
 */
async function cmdTrace(io: Io, cmd: Extract<Command, { verb: 'trace' }>): Promise<number> {
  let config = buildDefaultConfig();
  let redactor = cliRedactor(io, null);
  const configText = await readFile(resolve(io.cwd, cmd.config), 'utf8').catch(() => null);
  if (configText === null && cmd.configGiven) throw new CliError(`cannot read ${cmd.config}`);
  if (configText !== null) {
    const parsedConfig = parseConfig(configText, cmd.config);
    if (parsedConfig.problems.length > 0) {
      for (const p of parsedConfig.problems) io.stderr(renderProblem(p) + '\n');
      return 2;
    }
    config = parsedConfig.config;
    redactor = cliRedactor(io, parsedConfig.config);
  }
  const pricing = config.pricing;
  const source = cmd.file === '-' ? 'stdin' : cmd.file;
  let read;
  try {
    read = await readBounded(cmd.file === '-' ? (process.stdin as AsyncIterable<Buffer>) : resolve(io.cwd, cmd.file), config.harness.max_output_bytes);
  } catch (err) {
    throw new CliError(`cannot read ${cmd.file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  if (read.kind === 'over') {
    io.stderr(`evalgate: ${source} is over ${read.limit} bytes (harness.max_output_bytes): a trial with this output would be an error\n`);
    return 1;
  }
  const text = decodeUtf8(read.bytes);
  if (text === null) {
    io.stderr(`evalgate: ${source} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(read.bytes)}): a trial with this output would be an error\n`);
    return 1;
  }
  const parsed = parseTrace(text, 0, source, { pricing });
  if (!parsed.ok) {
    // Described from the redacted text: the reason quotes its first bytes.
    const shown = parseTrace(redactor(text), 0, source, { pricing });
    io.stderr(`evalgate: ${redactor(shown.ok ? parsed.reason : shown.reason)}\n`);
    return 1;
  }
  // What is printed goes through the same redaction as every other output.
  const r = redactor.value(parsed);
  if (cmd.json) {
    io.stdout(JSON.stringify({ trace: r.trace, format: r.format, cost_source: r.cost_source, warnings: r.warnings }, null, 2) + '\n');
    return 0;
  }
  for (const w of r.warnings) io.stderr(`warning: ${w}\n`);
  const tools = r.trace.steps.filter((s) => s.type === 'tool').length;
  io.stderr(
    `${source}: ${r.format === 'otlp' ? 'OTLP export' : 'native trace'} -> ${r.trace.steps.length} step(s) (${tools} tool call(s)), ` +
      `${r.trace.usage.input_tokens + r.trace.usage.output_tokens} tokens, $${r.trace.usage.cost_usd} (cost ${r.cost_source}), ${r.trace.latency_ms} ms\n`,
  );
  io.stdout(JSON.stringify(r.trace, null, 2) + '\n');
  return 0;
}

/** What `gate --baseline DIR` expects to find, for messages. */
function storeLayout(dir: string, suite: Suite): string {
  return `${dir}/${suite}/<full-commit-sha>.json, as \`evalgate baseline --suite ${suite} --store ${dir}\` writes on the base branch`;
}

/** The base commit of a `gate --base-ref REF`: the merge base of HEAD and REF; a ref that does not resolve is a usage error. */
async function resolveBaseCommit(io: Io, baseRef: string): Promise<string> {
  const git = createGit(io.cwd);
  const resolved = await git.tryRevParse(baseRef);
  // A mistyped --base-ref must not silently turn into "the nearest stored ancestor of HEAD".
  if (!resolved) throw new CliError(`--base-ref "${baseRef}" is not a branch, tag or commit in this repository (expected e.g. main or origin/main)`);
  return (await git.mergeBase(await git.currentCommit(), resolved)) ?? resolved;
}

/**
 * Finds the baseline for a gate: a results file, or the nearest stored ancestor in a directory
 * store. Fails closed (exit 2): a path that does not exist, a store with no run of the suite, or no
 * stored run for an ancestor of the base would otherwise gate every case as "new" and pass.
 * With a base commit (`--base-ref`), a baseline inside the repository is read under the trust
 * rules (resolveTrustedBaselinePath): as the base commit has it, never as the change edited it.
 */
async function readBaseline(io: Io, baseline: string, suite: Suite, baseSha: string | null): Promise<{ results: Results; source: string }> {
  const git = createGit(io.cwd);
  let path = resolve(io.cwd, baseline);
  let shown = baseline;
  let dispose = async () => {};
  if (baseSha !== null) {
    const where = await resolveTrustedBaselinePath(git, io.cwd, baseSha, baseline);
    if (where.kind === 'absent') throw new CliError(`--baseline ${where.source}`);
    if (where.kind === 'text') {
      let doc: unknown;
      try {
        doc = parseTrustedBaselineText(where.text, `--baseline ${baseline}`);
      } catch (err) {
        throw new CliError((err as Error).message);
      }
      return { results: validateStored(doc, where.source), source: where.source };
    }
    path = where.path;
    if (where.kind === 'dir') {
      shown = where.source;
      dispose = where.dispose;
    }
  }
  try {
    const info = await stat(path).catch(() => null);
    if (info === null) {
      throw new CliError(`--baseline "${baseline}" does not exist (expected a results .json file, or a baseline store directory: ${storeLayout(baseline, suite)})`);
    }
    if (info.isFile()) return { results: await readResultsFile(path), source: `file ${displayPath(io.cwd, resolve(io.cwd, baseline))}` };
    if (!info.isDirectory()) throw new CliError(`--baseline "${baseline}" is neither a file nor a directory`);
    // Name what is wrong with the directory (empty, short-sha names, flat, another suite), not just "nothing found".
    const files = await listDirFiles(path);
    const layout = Array.isArray(files) ? explainBaselineLayout(files, suite) : null;
    if (layout !== null) {
      throw new CliError(`--baseline "${shown}" holds no stored run of suite ${suite} (expected ${storeLayout(baseline, suite)}; file names are full 40-character commit ids): the directory ${layout}`);
    }
    // Reports name the store relative to the repository, or as …/name: never a local absolute path.
    const store = createDirStore(path, { validate: validateStored, label: shown === baseline ? displayPath(io.cwd, path) : shown });
    const head = await git.currentCommit();
    let base: string | null = baseSha;
    if (base === null) {
      const ref = (await git.defaultBranch('origin')) ?? 'main';
      base = (await git.tryRevParse(ref)) ? await git.mergeBase(head, ref) : null;
    }
    const commits = await git.firstParentAncestors(base ?? head, 200);
    const found = await store.findNearest(suite, commits);
    if (!found) {
      throw new CliError(
        `--baseline "${shown}" has no stored run of suite ${suite} for ${(base ?? head).slice(0, 7)} or its 200 nearest first-parent ancestors ` +
          `(expected ${storeLayout(baseline, suite)}; file names are full 40-character commit ids)`,
      );
    }
    const which = found.commit === commits[0] ? 'merge-base' : 'nearest stored ancestor';
    const name = shown !== baseline ? shown : store.describe();
    return { results: found.results, source: `${name} at ${found.commit.slice(0, 7)} (${which})` };
  } finally {
    await dispose();
  }
}

/** The CLI gate reads stored baselines only; `gate.baseline: rerun` needs the action's base worktree. */
function checkCliBaselineSetting(config: Config, configPath: string): void {
  if (config.gate.baseline === 'rerun') {
    throw new CliError(
      `${configPath}: gate.baseline is "rerun", which the CLI gate does not do (it would run the base commit's harness in a worktree); ` +
        'store a baseline at the base commit with `evalgate baseline --suite S --store DIR` and pass --baseline DIR, or set gate.baseline to stored or auto',
    );
  }
}

async function cmdBaseline(io: Io, cmd: Extract<Command, { verb: 'baseline' }>): Promise<number> {
  await checkOutPath(io, cmd.out, 'file', '--out', 'baseline', 'one results file');
  await checkOutPath(io, cmd.store, 'dir', '--store', 'baseline', 'a baseline store directory');
  const prep = await prepareRun(io, cmd);
  if (typeof prep === 'number') return prep;
  try {
    // A baseline is stored under HEAD's sha: it must be what HEAD holds, or say that it is not.
    const dirty = prep.identity.tree.changed;
    if (dirty.length > 0 && !cmd.allowDirty) {
      throw new CliError(
        `baseline: the harness has uncommitted changes (${dirty.join(', ')}), so this run is not of commit HEAD; ` +
          'commit or stash them first, or pass --allow-dirty to store it flagged (every gate against it then says so)',
      );
    }
    const unclaimed = describeUnclaimed(prep.identity.tree);
    const notices = [...prep.notices, ...(unclaimed ? [unclaimed] : [])];
    const m = await meta(io, cmd.suite);
    const store = cmd.out ? null : createDirStore(resolve(io.cwd, cmd.store ?? DEFAULT_LOCAL_STORE), { validate: validateStored });
    // Pool with the nearest stored run of this branch's history: cases whose harness fingerprint is
    // unchanged start from its trials.
    const { readPoolingPrior, runBaseline } = await import('../engine/adaptive.js');
    const prior = await readPoolingPrior(store, createGit(io.cwd), cmd.suite, m.commit);
    const results = redactResults(await runBaseline(prep.cases, m, prep.env, { maxTrials: prep.project.config.max_baseline_trials, prior }, notices), prep.redactor);
    const report = renderResultsText(results, { color: useColor(io) });
    const check = checkBaselineRun(results);
    if (check.refuse) {
      io.stdout(report + '\n');
      io.stderr(`baseline not stored: ${check.refuse}\n`);
      return 1;
    }
    let where: string;
    // The run's HTML report: beside --out, else where the action's baseline mode writes its report.
    const html = cmd.out ? htmlReportPath(cmd.out) : join('.evalgate', results.suite, 'report.html');
    if (cmd.out) {
      await writeFileAtomic(resolve(io.cwd, cmd.out), renderJsonChunks(results));
      where = cmd.out;
    } else {
      const dir = cmd.store ?? DEFAULT_LOCAL_STORE;
      // Same layout and index as the action's baseline branch: <suite>/<commit>.json + index/<branch>.json.
      const branch = m.ref.replace(/^refs\/heads\//, '') || 'main';
      await store!.write(results, branch);
      where = `${dir}/${results.suite}/${results.commit}.json`;
    }
    const runs = results.cases.reduce((n, c) => n + c.runs + c.errors, 0);
    await writeFileAtomic(resolve(io.cwd, html), renderResultsHtml(results, { redact: prep.redactor }));
    io.stdout(report + `\nbaseline: ${where} (${runs} trials over ${results.cases.length} case(s))\nreport: ${html}${check.flag ? `\nwarning: ${check.flag}` : ''}\n`);
    return 0;
  } finally {
    await prep.dispose();
  }
}

/**
 * The power the configured limits allow, said up front: a warning when max_trials cannot reach
 * gate.power at gate.min_drop for some baseline rate (the numerics load only here, not on every start).
 */
async function renderDesignLimit(config: Config, tests: number): Promise<string | null> {
  if (tests === 0) return null;
  const { checkDesignLimits, familyAlpha } = await import('../comparison/design.js');
  const { gate, max_trials } = config;
  const alpha = familyAlpha(gate.alpha, tests);
  const limit = checkDesignLimits({ alpha, power: gate.power, min_drop: gate.min_drop, max_trials });
  if (limit === null) return null;
  return (
    `gate: at min_drop ${gate.min_drop} with max_trials ${max_trials}, a case whose baseline passes ${Math.round(100 * limit.rate)}% of the time gets power ${limit.power.toFixed(2)}, not ${gate.power} ` +
    `(a family of ${tests} stochastic decision(s), alpha ${Number(alpha.toPrecision(3))} each); ${limit.needed !== null ? `it needs about ${limit.needed} head trials: ` : ''}raise max_trials or min_drop, or accept that power`
  );
}

/** Writes results, comparison, report and junit of a gate through the one shared, redacted renderer. */
async function writeGateOutputs(io: Io, dir: string, head: Results, cmp: Comparison, redactor: Redactor): Promise<void> {
  const abs = resolve(io.cwd, dir);
  const files = renderGateFiles(head, cmp, redactor, { marker: `<!-- evalgate:${cmp.suite} -->` });
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join(abs, name), text);
}

/** The baseline limited to the `--case` ids, so cases that were not selected do not show as removed. */
function restrictBaseline(base: Results, ids: string[]): Results {
  const cases = base.cases.filter((c) => ids.includes(c.id));
  return { ...base, cases, totals: computeTotals(cases), holdout_totals: null };
}

async function cmdGate(io: Io, cmd: Extract<Command, { verb: 'gate' }>): Promise<number> {
  // --base-ref: gate a change the way the action gates a pull request (SPEC 7), through the same
  // engine function. Without it the working tree's definitions gate (local iteration). The base
  // commit is resolved and read while the working tree's cases load (its errors wait for theirs).
  await checkOutPath(io, cmd.out, 'dir', '--out', 'gate', 'it writes results.json, comparison.json, report.md and junit.xml into it');
  await checkOutPath(io, cmd.keepTraces, 'dir', '--keep-traces', 'gate', 'it writes the converted traces into it');
  const git = createGit(io.cwd);
  const baseShaP = cmd.baseRef !== null ? resolveBaseCommit(io, cmd.baseRef) : Promise.resolve(null);
  const baseReadsP = baseShaP.then((sha) => (sha === null ? null : readTrustedBase(git, sha, cmd.config)));
  const harnessStateP = readHarnessState(git);
  for (const p of [baseShaP, baseReadsP]) p.catch(() => {});
  const project = await loadOrReport(io, cmd.config);
  if (!project) return 2;
  const identityP = readHarnessIdentity(git, io.cwd, project.config, cmd.config, harnessStateP);
  identityP.catch(() => {});
  const baseSha = await baseShaP;
  const base = await baseReadsP;
  const trusted =
    baseSha === null || base === null
      ? null
      : await loadTrustedGate({ git, root: io.cwd, baseSha, configPath: cmd.config, headConfig: project.config, headCases: project.cases, holdoutKey: io.env.EVALGATE_HOLDOUT_KEY, base });
  try {
    // Either side asking for a rerun is refused: the CLI cannot do what the setting says.
    checkCliBaselineSetting(project.config, cmd.config);
    if (trusted) checkCliBaselineSetting(trusted.config, `${cmd.config} at the base commit`);
    const baseline = await readBaseline(io, cmd.baseline, cmd.suite, baseSha);
    // Checked before running anything: a mismatch would otherwise surface only after the whole run.
    if (baseline.results.suite !== cmd.suite) {
      throw new CliError(`--baseline ${cmd.baseline} holds suite ${baseline.results.suite} but the gate runs --suite ${cmd.suite}; give a baseline of the same suite`);
    }
    const fullBase = cmd.cases.length > 0 ? restrictBaseline(baseline.results, cmd.cases) : baseline.results;
    // --base-ref gates the change as the action gates a pull request: the same skip rule, decided
    // by the base commit's settings over what the branch and the working tree change.
    if (trusted && baseSha !== null) {
      const skipped = await checkCliSkip(io, git, baseSha, trusted.config, cmd.config, harnessStateP);
      if (skipped !== null) {
        if (cmd.json) io.stdout(JSON.stringify({ skipped: true, suite: cmd.suite, why: skipped }, null, 2) + '\n');
        else io.stdout(`${skipped}\n(the action posts this as a successful check run "evalgate / ${cmd.suite}"; nothing was run)\n`);
        return 0;
      }
    }
    const priorHead = cmd.reuse === null ? null : await readReusedHead(io, cmd.reuse, cmd.suite);
    const prep = await prepareRun(io, cmd, project, trusted, identityP);
    if (typeof prep === 'number') return prep;
    let traces: Awaited<ReturnType<typeof openTraceWriter>> | null = null;
    try {
      if (cmd.keepTraces) prep.env.keepTrace = (traces = await openTraceWriter(io, cmd.keepTraces)).sink;
      const { runGate, gateFamilyTests, modifiedDefinitions } = await import('../engine/adaptive.js');
      // A shard compares with its shard of the baseline and decides as a member of the whole suite's family.
      const baseResults = cmd.shard ? restrictToShard(fullBase, new Set(prep.cases.map((c) => resultIdOf(c, prep.env.holdoutKey))), cmd.shard) : fullBase;
      const outcome = await runGate(prep.cases, baseResults, await meta(io, cmd.suite), prep.env, {
        baseSource: baseline.source,
        allowGuardRemoval: cmd.allowGuardRemoval,
        notices: [...(trusted?.notices ?? []), ...prep.notices],
        modified: trusted?.modified,
        harnessChanges: trusted?.harnessChanges,
        removed: trusted?.removed,
        familyTests: cmd.shard ? gateFamilyTests(prep.suiteCases, fullBase, prep.env.holdoutKey) : undefined,
        priorHead,
        definitions: trusted ? modifiedDefinitions(trusted) : undefined,
      });
      const dir = cmd.out ?? join('.evalgate', cmd.suite);
      await writeGateOutputs(io, dir, outcome.head, outcome.comparison, prep.redactor);
      const shown = redactComparison(outcome.comparison, prep.redactor);
      // --json: the document comparison.json holds (rendered from the same redacted copy), alone on stdout.
      if (cmd.json) for (const chunk of renderJsonChunks(shown)) io.stdout(chunk);
      else io.stdout(renderComparisonText(shown, { color: useColor(io) }) + `\nreport: ${join(dir, 'report.md')} (HTML: ${join(dir, 'report.html')})\n`);
      return outcome.comparison.verdict === 'block' ? 1 : 0;
    } finally {
      await traces?.close();
      await prep.dispose();
    }
  } finally {
    await trusted?.dispose();
  }
}

/** The head results `gate --reuse F|DIR` continues from: a results file, or a gate's --out directory holding results.json; checked like any results file. */
async function readReusedHead(io: Io, path: string, suite: Suite): Promise<Results> {
  const abs = resolve(io.cwd, path);
  let file = abs;
  try {
    if ((await stat(abs)).isDirectory()) file = join(abs, 'results.json');
  } catch {
    throw new UsageError(`--reuse "${path}": no such file or directory (expected an earlier gate's results.json or its --out directory)`, 'gate');
  }
  const prior = await readResultsFile(file);
  if (prior.suite !== suite) throw new CliError(`--reuse ${path} holds suite ${prior.suite} but the gate runs --suite ${suite}; give an earlier gate of the same suite`);
  return prior;
}

async function cmdHistory(io: Io, cmd: Extract<Command, { verb: 'history' }>): Promise<number> {
  const store = cmd.baselineBranch
    ? createGitBranchStore({ repoDir: io.cwd, branch: cmd.baselineBranch, validate: validateStored, git: createGit(io.cwd) })
    : createDirStore(resolve(io.cwd, cmd.store ?? DEFAULT_LOCAL_STORE), { validate: validateStored });
  const { readHistory } = await import('../engine/history.js');
  const { renderHistoryHtml, renderHistoryMarkdown } = await import('../surfaces/history.js');
  const redactor = await fileVerbRedactor(io, null);
  // Titles and ids come from stored runs (data): redacted before rendering, like every other writer's input.
  const h = redactor.value(await readHistory(store, cmd.suite, cmd.branch), { keys: false });
  const text = cmd.format === 'json' ? JSON.stringify(h, null, 2) + '\n' : cmd.format === 'html' ? renderHistoryHtml(h) : renderHistoryMarkdown(h);
  if (cmd.out) {
    await writeFileAtomic(resolve(io.cwd, cmd.out), text);
    io.stderr(`history: ${h.commits.length} stored run(s) of ${cmd.suite} on ${cmd.branch} written to ${cmd.out}\n`);
  } else io.stdout(text);
  if (h.commits.length === 0) io.stderr(`note: ${store.describe()} has no stored ${cmd.suite} runs for branch ${cmd.branch}\n`);
  return 0;
}

/** The skip sentence when `gate --base-ref` would be skipped by the action's rule, else null. */
async function checkCliSkip(io: Io, git: ReturnType<typeof createGit>, baseSha: string, config: Config, configPath: string, state: ReturnType<typeof readHarnessState>): Promise<string | null> {
  const diff = await git.run(['diff', '--name-only', '-z', baseSha]);
  const changed = [...new Set([...diff.stdout.toString('utf8').split('\0').filter(Boolean), ...((await state)?.changed ?? [])])];
  const skip = decideSkip(changed, await readHarnessScope(io.cwd, config, configPath));
  return skip.skip ? skip.why : null;
}

/** The redactor for verbs that read files rather than run (compare, report, merge): env secrets plus the config's patterns when a config is there. */
async function fileVerbRedactor(io: Io, configPath: string | null): Promise<Redactor> {
  const text = await readTextFileOrNull(resolve(io.cwd, configPath ?? 'evalgate.yml'));
  if (text === null) return cliRedactor(io, null);
  const parsed = parseConfig(text, configPath ?? 'evalgate.yml');
  return cliRedactor(io, parsed.config);
}

async function cmdCompare(io: Io, cmd: Extract<Command, { verb: 'compare' }>): Promise<number> {
  await checkOutPath(io, cmd.out, 'file', '--out', 'compare', 'the comparison JSON');
  // Both files are read before either error is raised, so two broken files are reported together.
  const [baseRead, headRead] = await Promise.allSettled([readResultsFile(resolve(io.cwd, cmd.base)), readResultsFile(resolve(io.cwd, cmd.head))]);
  const broken = [baseRead, headRead].flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
  if (broken.some((e) => !(e instanceof CliError))) throw broken.find((e) => !(e instanceof CliError));
  if (broken.length > 0) throw new CliError(broken.map((e) => e.message).join('\n'));
  const base = (baseRead as PromiseFulfilledResult<Results>).value;
  const head = (headRead as PromiseFulfilledResult<Results>).value;
  let { gate, max_trials: maxTrials } = buildDefaultConfig();
  if (cmd.config) {
    const project = await loadOrReport(io, cmd.config, false);
    if (!project) return 2;
    ({ gate, max_trials: maxTrials } = project.config);
  }
  if (base.suite !== head.suite) throw new CliError(`--base is suite ${base.suite} but --head is suite ${head.suite}; compare runs of the same suite`);
  const redactor = await fileVerbRedactor(io, cmd.config);
  const { compareResults } = await import('../comparison/compare.js');
  const cmp = redactComparison(compareResults(base, head, { gate, maxTrials, baseSource: `file ${cmd.base}`, allowGuardRemoval: cmd.allowGuardRemoval }), redactor);
  if (cmd.out) await writeFileAtomic(resolve(io.cwd, cmd.out), renderJsonChunks(cmp));
  io.stdout(renderComparisonText(cmp, { color: useColor(io) }) + '\n');
  return cmp.verdict === 'block' ? 1 : 0;
}

async function cmdMerge(io: Io, cmd: Extract<Command, { verb: 'merge' }>): Promise<number> {
  await checkOutPath(io, cmd.out, 'file', '--out', 'merge', 'the merged results JSON');
  const shards = [];
  for (const f of cmd.files) shards.push(await readResultsFile(resolve(io.cwd, f)));
  const merged = redactResults(mergeResults(shards, cmd.files.map((f, i) => `shard ${i + 1} (${f})`)), await fileVerbRedactor(io, null));
  if (cmd.out) {
    await writeFileAtomic(resolve(io.cwd, cmd.out), renderJsonChunks(merged));
    io.stderr(`merged ${shards.length} shard(s), ${merged.cases.length} case(s) into ${cmd.out}\n`);
  } else for (const chunk of renderJsonChunks(merged)) io.stdout(chunk);
  return 0;
}

/** The head results a gate wrote next to its comparison.json (same commit), for JUnit times; else undefined. */
async function readSiblingHead(io: Io, file: string, cmp: Comparison): Promise<Results | undefined> {
  const sibling = join(dirname(resolve(io.cwd, file)), 'results.json');
  try {
    const checked = checkResults(await readJsonFile(sibling), sibling);
    return checked.ok && checked.results.commit === cmp.head.commit && checked.results.suite === cmp.suite ? checked.results : undefined;
  } catch {
    return undefined;
  }
}

async function cmdReport(io: Io, cmd: Extract<Command, { verb: 'report' }>): Promise<number> {
  const doc = (await readJsonInput(resolve(io.cwd, cmd.file))) as { schema?: unknown };
  let x: Results | Comparison;
  if (doc && typeof doc === 'object' && doc.schema === 'evalgate/comparison@1') {
    const c = doc as Partial<Comparison>;
    if (!Array.isArray(c.cases) || (c.verdict !== 'pass' && c.verdict !== 'block') || !c.head_totals || !c.suite_delta || !Array.isArray(c.reasons)) {
      throw new CliError(`${cmd.file} says it is an evalgate comparison but lacks cases, verdict, reasons, head_totals or suite_delta (expected a comparison.json written by \`evalgate gate\` or \`compare --out\`)`);
    }
    x = doc as Comparison;
  }
  else x = await readResultsFile(resolve(io.cwd, cmd.file));
  // Every format goes through the same redaction as the files `gate` writes.
  const redactor = await fileVerbRedactor(io, null);
  x = redactDocument(x, redactor);
  const isCmp = x.schema === 'evalgate/comparison@1';
  switch (cmd.format) {
    case 'json':
      io.stdout(renderJson(x) + '\n');
      break;
    case 'junit':
      io.stdout(renderJunit(x, isCmp ? await readSiblingHead(io, cmd.file, x as Comparison) : undefined) + '\n');
      break;
    case 'text':
      io.stdout((isCmp ? renderComparisonText(x as Comparison) : renderResultsText(x as Results)) + '\n');
      break;
    case 'html':
      // The head run beside a comparison gives each case its trials and their steps; without it, the comparison's own evidence.
      if (isCmp) {
        const head = await readSiblingHead(io, cmd.file, x as Comparison);
        io.stdout(renderComparisonHtml(x as Comparison, head && redactResults(head, redactor), { redact: redactor }));
      } else io.stdout(renderResultsHtml(x as Results, { redact: redactor }));
      break;
    default:
      io.stdout((isCmp ? renderComparisonMarkdown(x as Comparison) : renderResultsMarkdown(x as Results)) + '\n');
  }
  return 0;
}

function holdoutKeyFrom(io: Io): Buffer {
  const text = io.env.EVALGATE_HOLDOUT_KEY;
  if (!text) throw new CliError('EVALGATE_HOLDOUT_KEY is not set (expected a 32-byte key, base64 or hex; create one with `evalgate holdout keygen`)');
  return parseHoldoutKey(text);
}

async function cmdHoldout(io: Io, cmd: Extract<Command, { verb: 'holdout' }>): Promise<number> {
  if (cmd.action === 'keygen') {
    io.stdout(generateHoldoutKey() + '\n');
    io.stderr('Store this as the repository secret EVALGATE_HOLDOUT_KEY; it is shown once and never logged by evalgate.\n');
    return 0;
  }
  const key = holdoutKeyFrom(io);
  const bundlePath = join(io.cwd, HOLDOUT_BUNDLE);
  if (cmd.action === 'decrypt') {
    await checkOutPath(io, cmd.out, 'dir', '--out', 'holdout', 'decrypt writes the plaintext cases into it');
    const files = decryptHoldout(await readFile(bundlePath), key);
    const out = resolve(io.cwd, cmd.out ?? '.evalgate/holdout-plain');
    for (const f of files) {
      const target = resolve(out, f.path);
      if (!target.startsWith(out + '/')) throw new CliError(`${HOLDOUT_BUNDLE}: bundle holds an unsafe path "${f.path}"`);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await writeFile(target, f.content, { mode: 0o600 });
    }
    io.stderr(`decrypted ${files.length} file(s) into ${relative(io.cwd, out) || '.'} (keep it out of git: .evalgate/ is ignored)\n`);
    return 0;
  }
  // encrypt: the given case files (default evals/holdout/**/*.{yaml,yml}) plus the fixtures they reference.
  const project = await loadOrReport(io, cmd.config, false);
  if (!project) return 2;
  const files = cmd.files.length > 0 ? cmd.files : await listCaseFiles(io.cwd, 'evals/holdout/**/*.{yaml,yml}');
  if (files.length === 0) throw new CliError('holdout encrypt: no case files given and none under evals/holdout/ (expected YAML case files)');
  const bundle: Array<{ path: string; content: string }> = [];
  const problems: string[] = [];
  for (const f of files) {
    const rel = relative(io.cwd, resolve(io.cwd, f));
    const text = await readFile(resolve(io.cwd, rel), 'utf8');
    const parsed = parseCaseSource(text, rel, project.config, io.cwd, { holdout: true });
    problems.push(...parsed.problems.map(renderProblem));
    bundle.push({ path: rel, content: text });
    if (parsed.fixtures) {
      const fixtureRel = relative(io.cwd, parsed.fixtures.path);
      if (!bundle.some((b) => b.path === fixtureRel)) {
        try {
          bundle.push({ path: fixtureRel, content: await readFile(parsed.fixtures.path, 'utf8') });
        } catch {
          problems.push(`${rel}:${parsed.fixtures.position.line}:${parsed.fixtures.position.col}: fixtures: "${parsed.fixtures.written}" cannot be read (expected a readable file, relative to the case file)`);
        }
      }
    }
  }
  if (problems.length > 0) {
    for (const p of problems) io.stderr(p + '\n');
    return 2;
  }
  await writeFileAtomic(bundlePath, encryptHoldout(bundle, key));
  io.stderr(
    `encrypted ${files.length} case(s) and ${bundle.length - files.length} fixture(s) into ${HOLDOUT_BUNDLE}.\n` +
      // The fixtures are plaintext holdout content too: the hint must name them, quoted for the shell.
      `Remove the plaintext from the repository now: git rm --cached -- ${bundle.map((b) => shellQuote(b.path)).join(' ')}\n` +
      'and keep evals/holdout/ out of the cases glob (and out of git: add it to .gitignore).\n',
  );
  return 0;
}

/** Quotes a path for a POSIX shell command line shown to the user (plain paths stay readable). */
function shellQuote(p: string): string {
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/** After a usage error: the verb's synopsis and where its help is, or the overview. */
function usageAfterError(err: UsageError): string {
  const spec = err.verb ? findVerb(err.verb) : undefined;
  return spec ? `Usage: ${renderSynopsis(spec)}\nRun \`evalgate help ${spec.name}\` for every option.` : USAGE;
}

/** Verbs that start harness processes: the ones where a secret in evalgate's environ is in the harness's reach. */
const HARNESS_VERBS = new Set(['run', 'gate', 'baseline']);

/**
 * `--holdout-key-file F`: the key read from F (or stdin) into this invocation's environment only
 * (not evalgate's exec environment, which harness processes can read). Warns once when a secret
 * stays in the exec environment of a verb that starts harness processes.
 */
async function withHoldoutKey(io: Io, cmd: Command): Promise<Io> {
  const exec = io.execEnv;
  if (exec?.kind === 'reexecuted' && io.env.EVALGATE_DEBUG) io.stderr(`debug: re-executed without ${exec.names.join(', ')} in the environment (${exec.ms} ms)\n`);
  if (exec?.kind === 'exposed' && HARNESS_VERBS.has(cmd.verb)) {
    io.stderr(
      `warning: ${exec.names.join(', ')} ${exec.names.length === 1 ? 'is' : 'are'} in evalgate's environment and stay${exec.names.length === 1 ? 's' : ''} readable there by the harness ` +
        `(any process of your user can read /proc/<pid>/environ): ${exec.why}. Pass the key with --holdout-key-file F, or run evalgate on Node >= 22.15.\n`,
    );
  }
  const file = 'holdoutKeyFile' in cmd ? cmd.holdoutKeyFile : null;
  if (!file) return io;
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new CliError(`--holdout-key-file ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); expected a file holding the 32-byte key, base64 or hex`);
  }
  const key = text.trim();
  if (key === '') throw new CliError(`--holdout-key-file ${file} is empty (expected the 32-byte key, base64 or hex)`);
  return { ...io, env: { ...io.env, EVALGATE_HOLDOUT_KEY: key } };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A problem or warning of `validate --json`: where (line and col null when about the whole file), what, what was expected. */
interface ValidateEntry {
  file: string;
  line: number | null;
  col: number | null;
  message: string;
  expected?: string;
  hint?: string;
}

function validateEntry(p: Problem): ValidateEntry {
  return { file: p.file, line: p.line > 0 ? p.line : null, col: p.line > 0 && p.col > 0 ? p.col : null, message: p.message, ...(p.expected ? { expected: p.expected } : {}), ...(p.hint ? { hint: p.hint } : {}) };
}

/** A message that starts with "<file>: " (holdout problems, scope warnings) as an entry of that file, else of `fallback`. */
function locatedText(text: string, files: readonly string[], fallback: string): ValidateEntry {
  const file = files.find((f) => text.startsWith(`${f}: `));
  return { file: file ?? fallback, line: null, col: null, message: file ? text.slice(file.length + 2) : text };
}

/**
 * `validate [--json]`: config, every case, the holdout bundle (with the key). Text: problems on
 * stderr as file:line:col, "ok: ..." on stdout. --json: one document on stdout, nothing on stderr
 * ({ ok, config, cases, suites, holdout_cases, problems, warnings, notes }); exit 2 on any problem either way.
 */
async function cmdValidate(io: Io, cmd: Extract<Command, { verb: 'validate' }>): Promise<number> {
  const print = (doc: object) => io.stdout(JSON.stringify(doc, null, 2) + '\n');
  const loaded = await loadProjectFromDisk(io.cwd, cmd.config, { requireCases: true });
  if (!('config' in loaded)) {
    if (!cmd.json) {
      for (const p of loaded.problems) io.stderr(renderProblem(p) + '\n');
      for (const w of loaded.warnings) io.stderr(`warning: ${renderProblem(w)}\n`);
      io.stderr(`\n${loaded.problems.length} problem(s); nothing was run.\n`);
    } else print({ ok: false, config: cmd.config, cases: null, suites: null, holdout_cases: null, problems: loaded.problems.map(validateEntry), warnings: loaded.warnings.map(validateEntry), notes: [] });
    return 2;
  }
  const project = loaded;
  const holdout = await loadHoldout(io.cwd, project.config, io.env.EVALGATE_HOLDOUT_KEY, { visibleIds: new Set(project.cases.map((c) => c.id)) });
  await holdout.holdout?.dispose();
  const scope = renderScopeWarnings(await readHarnessScope(io.cwd, project.config, cmd.config), project.config, cmd.config);
  const count = (s: Suite) => project.cases.filter((c) => c.suites.includes(s)).length;
  if (cmd.json) {
    const problems = holdout.problems.map((p) => locatedText(p, [HOLDOUT_BUNDLE], HOLDOUT_BUNDLE));
    const limit = await renderDesignLimit(project.config, project.cases.filter((c) => c.suites.includes('benchmark') && c.trials > 1).length + (holdout.holdout ? 1 : 0));
    const warnings = [...(project.warnings ?? []).map(validateEntry), ...scope.map((w) => locatedText(w, [cmd.config], cmd.config)), ...(limit ? [locatedText(limit, [cmd.config], cmd.config)] : [])];
    print({
      ok: problems.length === 0,
      config: cmd.config,
      cases: project.cases.length,
      suites: { benchmark: count('benchmark'), coverage: count('coverage') },
      holdout_cases: holdout.holdout ? holdout.holdout.cases.length : null,
      problems,
      warnings,
      notes: holdout.notices,
    });
    return problems.length > 0 ? 2 : 0;
  }
  for (const p of holdout.problems) io.stderr(p + '\n');
  if (holdout.problems.length > 0) return 2;
  io.stdout(`ok: ${cmd.config} and ${project.cases.length} case(s) are valid (benchmark ${count('benchmark')}, coverage ${count('coverage')})${holdout.holdout ? `; holdout ${holdout.holdout.cases.length} case(s)` : ''}\n`);
  for (const n of holdout.notices) io.stderr(`note: ${n}\n`);
  for (const w of project.warnings ?? []) io.stderr(`warning: ${renderProblem(w)}\n`);
  for (const w of scope) io.stderr(`warning: ${w}\n`);
  const limit = await renderDesignLimit(project.config, project.cases.filter((c) => c.suites.includes('benchmark') && c.trials > 1).length + (holdout.holdout ? 1 : 0));
  if (limit) io.stderr(`warning: ${limit}\n`);
  return 0;
}

/** Runs one CLI invocation and returns its exit code; never throws for user errors. */
export async function main(argv: string[], io: Io): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`evalgate: ${err.message}\n\n${usageAfterError(err)}\n`);
      return 2;
    }
    throw err;
  }
  try {
    io = await withHoldoutKey(io, cmd);
    switch (cmd.verb) {
      case 'help': {
        const spec = cmd.topic ? findVerb(cmd.topic) : undefined;
        io.stdout((spec ? renderVerbHelp(spec) : USAGE) + '\n');
        return 0;
      }
      case 'version':
        io.stdout(`evalgate ${VERSION}\n`);
        return 0;
      case 'validate':
        return await cmdValidate(io, cmd);
      case 'run':
        return await cmdRun(io, cmd);
      case 'gate':
        return await cmdGate(io, cmd);
      case 'compare':
        return await cmdCompare(io, cmd);
      case 'baseline':
        return await cmdBaseline(io, cmd);
      case 'merge':
        return await cmdMerge(io, cmd);
      case 'history':
        return await cmdHistory(io, cmd);
      case 'report':
        return await cmdReport(io, cmd);
      case 'holdout':
        return await cmdHoldout(io, cmd);
      case 'scaffold':
        return await (await import('./loop.js')).runScaffoldCommand(io, cmd);
      case 'ingest':
        return await (await import('./loop.js')).runIngestCommand(io, cmd);
      case 'trace':
        return await cmdTrace(io, cmd);
      case 'loop':
        return await (await import('./loop.js')).runLoopCommand(io, cmd);
      case 'init':
        return await runInitCommand(io, cmd);
    }
  } catch (err) {
    if (io.env.EVALGATE_DEBUG) io.stderr(`${(err as Error).stack}\n`);
    const e = err as Error;
    const limit = renderSystemError(err);
    if (limit) {
      io.stderr(`evalgate: ${limit}\n`);
      return 2;
    }
    // Every error that reaches here is about the user's input or environment (files, git,
    // keys, shards); internal bugs are still reported in one line, with EVALGATE_DEBUG for the stack.
    e.message = cliRedactor(io, null)(e.message);
    const known = ['UsageError', 'CliError', 'GitError', 'StoreError', 'ShardError', 'HoldoutError', 'OtlpFormatError'];
    const prefix = known.includes(e.name) || e.constructor?.name && known.includes(e.constructor.name) ? '' : 'unexpected error: ';
    io.stderr(`evalgate: ${prefix}${e.message}\n`);
    if (e instanceof UsageError) io.stderr(`\n${usageAfterError(e)}\n`);
    return 2;
  }
}
