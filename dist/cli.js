#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  decideSkip,
  describeUnclaimed,
  displayPath,
  readHarnessId,
  readHarnessIdentity,
  readHarnessScope,
  readHarnessState,
  renderScopeGaps,
  renderScopeWarnings,
  resultIdOf,
  runSuite
} from "./chunks/chunk-ONEZWYSE.js";
import {
  CliError,
  HandoffError,
  LIMITS,
  createGit,
  leaveSecretsOutOfEnviron,
  matchPaths,
  parseEvidence,
  pointedSteps,
  renderErrorEvidence,
  renderEvidence,
  renderStderrTail,
  useColor
} from "./chunks/chunk-OSXKZ3VU.js";
import {
  HOLDOUT_BUNDLE,
  INSTALLED_SCHEMAS,
  MAX_JSON_DEPTH,
  MAX_JSON_FILE_BYTES,
  REDACTED,
  buildDefaultConfig,
  buildRedactor,
  checkCaseSet,
  closest,
  compileRedactPatterns,
  computeTotals,
  createRedactor,
  cutHead,
  decodeUtf8,
  decryptHoldout,
  encryptHoldout,
  findExcessiveJsonDepth,
  firstInvalidUtf8Offset,
  generateHoldoutKey,
  isSecretName,
  listCaseFiles,
  listDirFiles,
  load,
  loadHoldout,
  loadProjectFromDisk,
  mergeResults,
  openContainedDir,
  ourValidator,
  parseCaseSource,
  parseConfig,
  parseHoldoutKey,
  parseTrace,
  readBounded,
  readJsonFile,
  readTextFileOrNull,
  redact,
  redactComparison,
  redactDocument,
  redactResults,
  redactValue,
  renderProblem,
  restrictToShard,
  selectCases,
  writeFileAtomic,
  writeFileExclusive
} from "./chunks/chunk-Z4R73HYF.js";
import {
  CHECK_LEVELS,
  FAILURE_CLASSES
} from "./chunks/chunk-TD355DBQ.js";
import "./chunks/chunk-33RRGAPY.js";
import {
  allErrored,
  detectableDropLine,
  formatChangePct,
  formatClock,
  formatDecision,
  formatInconclusive,
  formatInt,
  formatLatency,
  formatMde,
  formatMs,
  formatP,
  formatPct,
  formatPp,
  formatRateInterval,
  formatRatio,
  formatSpend,
  formatSpendSide,
  formatUsd,
  groupReasons,
  guardsKey,
  guardsLabel,
  isErrorRow,
  mdCode,
  mdLink,
  mdTable,
  mdText,
  rateOf,
  scrubLocalPaths,
  shortSha,
  sourceFileUrl,
  stderrExcerpt,
  stripControl
} from "./chunks/chunk-TABFXBJ7.js";
import "./chunks/chunk-RKI75XF3.js";

// src/cli/reexec.ts
function start() {
  try {
    return leaveSecretsOutOfEnviron();
  } catch (err) {
    if (!(err instanceof HandoffError)) throw err;
    process.stderr.write(`evalgate: ${err.message}
`);
    process.exit(2);
  }
}
var execEnv = start();

// src/cli.ts
import { createInterface } from "node:readline/promises";

// src/cli/main.ts
import { readFile as readFile2, writeFile as writeFile3, mkdir as mkdir3, stat as stat3, realpath as realpath2 } from "node:fs/promises";
import { basename, join as join4, relative as relative3, dirname as dirname3, resolve as resolve2, isAbsolute as isAbsolute3 } from "node:path";

// src/cli/args.ts
import { parseArgs } from "node:util";

// src/cli/workflows.ts
var ACTION_PLACEHOLDER = "<owner>/evalgate@<full-commit-sha>";
var WORKFLOW_SETUPS = ["pr", "shards"];
var WORKFLOW_PATHS = { main: ".github/workflows/evalgate.yml", publish: ".github/workflows/evalgate-publish.yml" };
var ALLOW_LABEL = "evalgate:allow-guard-removal";
var LOCKFILES = { npm: ["package-lock.json", "npm-shrinkwrap.json"], pnpm: ["pnpm-lock.yaml"], yarn: ["yarn.lock"] };
function packageManagerOf(packageJson) {
  if (packageJson === null) return null;
  try {
    const pm = JSON.parse(packageJson).packageManager;
    const m = typeof pm === "string" ? /^(npm|pnpm|yarn)@(\d+)/.exec(pm) : null;
    return m ? { name: m[1], major: Number(m[2]) } : null;
  } catch {
    return null;
  }
}
function detectHarnessSetup(has, packageJson) {
  let node = null;
  if (has("package.json")) {
    const pm = packageManagerOf(packageJson);
    const byLock = ["npm", "pnpm", "yarn"].find((t) => LOCKFILES[t].some(has)) ?? null;
    const name = pm?.name ?? byLock ?? "npm";
    const lockfile = LOCKFILES[name].find(has) ?? null;
    const berry = name === "yarn" && (pm?.name === "yarn" && pm.major >= 2 || has(".yarnrc.yml"));
    const found = pm ? `packageManager ${pm.name}@${pm.major} in package.json${lockfile ? `, ${lockfile}` : ""}` : lockfile ?? "package.json without a lockfile";
    node = { tool: berry ? "yarn-berry" : name, lockfile, found, pnpmFromPackageJson: pm?.name === "pnpm", nodeVersionFile: [".nvmrc", ".node-version"].find(has) ?? null };
  }
  const pyFile = ["requirements.txt", "pyproject.toml"].find(has) ?? null;
  const python = pyFile ? { requirements: pyFile === "requirements.txt", found: pyFile } : null;
  return { node, python };
}
function installCommand(n) {
  const locked = n.lockfile !== null;
  switch (n.tool) {
    case "npm":
      return locked ? "npm ci" : "npm install";
    case "pnpm":
      return locked ? "pnpm install --frozen-lockfile" : "pnpm install";
    case "yarn":
      return locked ? "yarn install --frozen-lockfile" : "yarn install";
    case "yarn-berry":
      return locked ? "yarn install --immutable" : "yarn install";
  }
}
function describeHarnessSetup(s) {
  const parts = [];
  if (s.node) parts.push(`${installCommand(s.node)} (found ${s.node.found})`);
  if (s.python) parts.push(s.python.requirements ? "pip install -r requirements.txt" : `Python, install step left to you (found ${s.python.found})`);
  return parts.length > 0 ? parts.join(", ") : "no install step (no package.json, requirements.txt or pyproject.toml)";
}
function setupSteps(s) {
  const out = ["# The harness's runtime and dependencies: evalgate runs `harness.command` from evalgate.yml."];
  const n = s.node;
  if (n) {
    if (n.tool === "npm" && n.lockfile) out.push('# From package-lock.json; pnpm, Yarn or Python instead: README "Workflows" (`evalgate init` writes those).');
    if (!n.lockfile) out.push(`# No lockfile: no cache (setup-node's cache needs one) and \`${installCommand(n)}\` instead of a frozen install.`);
    if (n.tool === "pnpm") {
      out.push("- uses: pnpm/action-setup@v4          # before setup-node, whose pnpm cache runs pnpm");
      if (!n.pnpmFromPackageJson) out.push("  with:", '    version: 10                       # or set "packageManager" in package.json and drop this');
    }
    if (n.tool === "yarn-berry") out.push("- run: corepack enable                # Yarn 2+ through Corepack, before setup-node runs yarn for its cache");
    out.push("- uses: actions/setup-node@v4", "  with:", n.nodeVersionFile ? `    node-version-file: ${n.nodeVersionFile}` : "    node-version: 22");
    if (n.lockfile) out.push(`    cache: ${n.tool === "yarn-berry" ? "yarn" : n.tool}`);
    out.push(`- run: ${installCommand(n)}`);
  }
  if (s.python) {
    out.push("- uses: actions/setup-python@v5", "  with:", '    python-version: "3.12"');
    if (s.python.requirements) out.push("    cache: pip", "- run: pip install -r requirements.txt");
    else out.push("# REPLACE with how your project installs (pip install ., uv sync, poetry install):", "# - run: pip install .");
  }
  if (!n && !s.python) out.push("# Install what your harness needs here (actions/setup-node, setup-python, npm ci, ...).");
  return out.map((l) => `      ${l}`).join("\n");
}
var CHECKOUT_FULL = (why) => `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0       # ${why}`;
var GATE_CHECKOUT = CHECKOUT_FULL("case definitions at the merge base, first-parent history for baselines");
var STORE_CHECKOUT = CHECKOUT_FULL("first-parent history: the stored run to compare with or pool trials from");
var SAVE_PRIOR = (shard) => `      - if: always()
        run: |
          mkdir -p "$RUNNER_TEMP/evalgate-prior"
          for f in .evalgate/*/results.json; do [ -f "$f" ] && mkdir -p "$RUNNER_TEMP/evalgate-prior/$(basename "$(dirname "$f")")" && cp "$f" "$RUNNER_TEMP/evalgate-prior/$(basename "$(dirname "$f")")/"; done; true
      - if: always()
        uses: actions/cache/save@v4
        with:
          path: \${{ runner.temp }}/evalgate-prior
          key: evalgate-prior-\${{ github.event.pull_request.number }}-${shard}\${{ github.run_id }}-\${{ github.run_attempt }}`;
var UPLOAD = (name, retention) => `      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: ${name}
          path: .evalgate/
          include-hidden-files: true   # .evalgate/ is a hidden directory; v4 skips those otherwise${retention ? "\n          retention-days: 7" : ""}
          if-no-files-found: ignore`;
var GATES = `github.event_name == 'pull_request' &&
      (github.event.action != 'labeled' && github.event.action != 'unlabeled' ||
      github.event.label.name == '${ALLOW_LABEL}')`;
function header(setup, action) {
  const what = setup === "pr" ? "one gate job per pull request" : "the gate as a 4-shard matrix and one merge job";
  return `# evalgate, setup "${setup}" (README "Workflows"): ${what}.
# One job per event (gate, baseline, nightly, scaffold), each with only the permissions it needs;
# evalgate-publish.yml beside it posts the verdict of fork pull requests. Setups are alternatives:
# each is this file and evalgate-publish.yml, so copying another setup replaces this one instead
# of adding a second gate that posts the same check.
# REPLACE ${action} with the repository that hosts the evalgate action,
# pinned at a full commit SHA (a tag can be moved; a SHA cannot).
name: evalgate                 # evalgate-publish.yml triggers on this name (workflow_run.workflows)

on:
  pull_request:
    # labeled/unlabeled: adding or removing ${ALLOW_LABEL} re-gates without a manual re-run.
    types: [opened, synchronize, reopened, labeled, unlabeled]
  push:
    branches: [main]           # your default branch: each push stores the baseline of its commit
  schedule:
    - cron: "17 3 * * *"       # nightly at 03:17 UTC, off the hour, when GitHub's scheduler is least loaded
  workflow_dispatch:
  issues:
    types: [closed]

# GitHub runs one run of a group at a time and keeps only the newest pending one: a run queued
# behind a pending run cancels it, whatever cancel-in-progress says. So the groups are:
# - a pull request's gate: one group per PR, cancel-in-progress: a new push cancels the older gate,
#   and so does adding or removing ${ALLOW_LABEL} (that run gates again). A run
#   for any other label skips its jobs: it gets a group of its own, or it would cancel the running
#   gate and leave the commit with no verdict;
# - push: one group per commit, so no baseline run is ever cancelled and every commit of the
#   default branch gets its own baseline; runs of a burst of pushes run side by side (the baseline
#   branch takes concurrent writers: a rejected push is rebuilt on the new tip and retried);
# - issues: one group per issue; schedule and workflow_dispatch: one nightly group.
concurrency:
  group: >-
    evalgate-\${{
    (github.event.action == 'labeled' || github.event.action == 'unlabeled') &&
    github.event.label.name != '${ALLOW_LABEL}' && format('other-label-{0}', github.run_id) ||
    github.event_name == 'pull_request' && format('pr-{0}', github.event.pull_request.number) ||
    github.event_name == 'push' && format('baseline-{0}', github.sha) ||
    github.event_name == 'issues' && format('scaffold-{0}', github.event.issue.number) ||
    'nightly' }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:`;
}
function gateJob(o) {
  return `  gate:
    # Other labels do not change the verdict: their runs skip the (costly) eval run.
    if: >-
      ${GATES}
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write            # check run "evalgate / benchmark" (read-only for forks: publish posts it)
      pull-requests: write     # the sticky comment
      issues: read             # titles of the issues the cases guard
    steps:
${GATE_CHECKOUT}
${setupSteps(o.harness)}
      # A re-run, or a push that leaves the harness alone, continues from this PR's previous gate:
      # cases whose harness fingerprint is unchanged keep their head trials (no new agent runs once
      # settled). Outside the checkout, so a PR cannot commit a prior; PR caches are scoped to the PR.
      - uses: actions/cache/restore@v4
        with:
          path: \${{ runner.temp }}/evalgate-prior
          key: evalgate-prior-\${{ github.event.pull_request.number }}-\${{ github.run_id }}-\${{ github.run_attempt }}
          restore-keys: evalgate-prior-\${{ github.event.pull_request.number }}-
      - id: gate
        uses: ${o.action}
        with:
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}
          reuse: \${{ runner.temp }}/evalgate-prior
          # Fork PRs cannot post (read-only token) and publish posts their verdict: do not fail here.
          fail-on: \${{ github.event.pull_request.head.repo.full_name == github.repository && 'regression' || 'never' }}
        env:
          MODEL_API_KEY: \${{ secrets.MODEL_API_KEY }}   # whatever your harness needs; empty for forks
${SAVE_PRIOR("")}
      # For evalgate-publish.yml (fork PRs): the results as data.
${UPLOAD("evalgate-results", true)}`;
}
function shardJobs(o) {
  return `  # Merged the way Playwright's merge-reports works: each matrix job gates one shard and uploads
  # its results but posts nothing (contents: read, no API call); the merge job compares once with
  # the trusted baseline and posts one check run, one comment and one verdict, as an unsharded gate
  # would. A shard that uploaded nothing (cancelled, crashed) blocks the verdict, naming it.
  shard:
    if: >-
      ${GATES}
    runs-on: ubuntu-latest
    permissions:
      contents: read           # a shard reads no issue and posts nothing
    strategy:
      fail-fast: false         # a failing shard must not cancel the others
      matrix:
        shard: [1, 2, 3, 4]    # change with the 4 in \`shard:\` below
    steps:
${GATE_CHECKOUT}
${setupSteps(o.harness)}
      # As in the unsharded gate: each shard continues from its own previous run (the partition by
      # case id is stable), from a cache outside the checkout.
      - uses: actions/cache/restore@v4
        with:
          path: \${{ runner.temp }}/evalgate-prior
          key: evalgate-prior-\${{ github.event.pull_request.number }}-shard-\${{ matrix.shard }}-\${{ github.run_id }}-\${{ github.run_attempt }}
          restore-keys: evalgate-prior-\${{ github.event.pull_request.number }}-shard-\${{ matrix.shard }}-
      - uses: ${o.action}
        with:
          shard: \${{ matrix.shard }}/4
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}
          reuse: \${{ runner.temp }}/evalgate-prior
        env:
          MODEL_API_KEY: \${{ secrets.MODEL_API_KEY }}   # whatever your harness needs; empty for forks
${SAVE_PRIOR("shard-${{ matrix.shard }}-")}
${UPLOAD("evalgate-shard-${{ matrix.shard }}", true)}

  merge:
    needs: [shard]
    # Also after a failed or cancelled shard: the merged verdict must say so, not go missing.
    if: always() && needs.shard.result != 'skipped'
    runs-on: ubuntu-latest
    permissions:
      contents: read
      checks: write
      pull-requests: write
      issues: read             # titles of the issues the cases guard
    steps:
${GATE_CHECKOUT}
      - uses: actions/download-artifact@v4
        with:
          pattern: evalgate-shard-*
          path: evalgate-results   # one directory per shard: evalgate-results/evalgate-shard-<i>/
      - uses: ${o.action}
        with:
          mode: publish
${UPLOAD("evalgate-results", true)}`;
}
function commonJobs(o) {
  return `  baseline:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    permissions:
      contents: write          # pushes to the evalgate-baselines branch
    steps:
${STORE_CHECKOUT}
${setupSteps(o.harness)}
      - uses: ${o.action}
        with:
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}
        env:
          MODEL_API_KEY: \${{ secrets.MODEL_API_KEY }}

  # Coverage and benchmark on the default branch, compared with the last stored run: reopens the
  # closed issues whose guard regressed (labels, owner, evidence; once per case and commit), stores
  # the results as the new baseline, writes the trend and loop figures to the job summary.
  nightly:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions:
      contents: write          # stores the results on the evalgate-baselines branch
      issues: write            # reopens, labels, assigns, comments evidence
    steps:
${STORE_CHECKOUT}
${setupSteps(o.harness)}
      - uses: ${o.action}
        with:
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}
        env:
          MODEL_API_KEY: \${{ secrets.MODEL_API_KEY }}
      # report.html, history.html (every guard's pass rate per stored run), results, JUnit.
${UPLOAD("evalgate-nightly", false)}

  # Resolved issue -> new case: an issue labelled agent-failure closed as completed gets a pull
  # request adding a case scaffolded from its issue form (or a comment with the case YAML when
  # evalgate may not open one). With GITHUB_TOKEN that needs the repository setting
  # "Allow GitHub Actions to create and approve pull requests" (Settings > Actions > General >
  # Workflow permissions; off by default), and a pull request opened with GITHUB_TOKEN does not
  # trigger workflows: the gate would not run on it until its next push. A GitHub App token avoids
  # both: set the variable EVALGATE_APP_ID and the secret EVALGATE_APP_PRIVATE_KEY (or pass a
  # fine-grained personal access token with contents, pull-requests and issues write).
  scaffold:
    if: >-
      github.event_name == 'issues' && github.event.issue.state_reason == 'completed' &&
      contains(github.event.issue.labels.*.name, 'agent-failure')
    runs-on: ubuntu-latest
    permissions:
      contents: write
      pull-requests: write
      issues: write
    steps:
      - uses: actions/checkout@v4
      - id: app-token
        if: vars.EVALGATE_APP_ID != ''   # without the app: GITHUB_TOKEN (see above)
        uses: actions/create-github-app-token@v1
        with:
          app-id: \${{ vars.EVALGATE_APP_ID }}
          private-key: \${{ secrets.EVALGATE_APP_PRIVATE_KEY }}
      - uses: ${o.action}
        with:
          github-token: \${{ steps.app-token.outputs.token || github.token }}`;
}
function publishFile(setup, o) {
  const download = setup === "pr" ? `          name: evalgate-results` : `          pattern: evalgate-shard-*     # the shards' uploads: merged here, as the merge job does`;
  return `# Fork pull requests, the trusted half (setup "${setup}"): runs this repository's workflow from the
# default branch, never the fork's code. The artifact the unprivileged evalgate run uploaded is data
# only: schema-validated, size-capped, tied to the run's head commit; the comparison is recomputed
# here against the stored baseline and the base commit's case definitions.
name: evalgate-publish

on:
  workflow_run:
    workflows: [evalgate]      # the \`name:\` of evalgate.yml
    types: [completed]

jobs:
  publish:
    # Fork PRs only (same-repository PRs were posted by the gate itself; push, nightly and scaffold
    # runs of evalgate.yml end here too), and only gate runs that reached a verdict (success or
    # failure): a run cancelled by a newer push uploaded nothing, and the newer run publishes; a
    # skipped run (a label other than evalgate:allow-guard-removal) has nothing to publish.
    if: >-
      github.event.workflow_run.event == 'pull_request' &&
      github.event.workflow_run.head_repository.full_name != github.repository &&
      (github.event.workflow_run.conclusion == 'success' || github.event.workflow_run.conclusion == 'failure')
    runs-on: ubuntu-latest
    permissions:
      actions: read            # download the other run's artifact
      contents: read
      checks: write
      pull-requests: write
      issues: read             # titles of the issues the cases guard
    steps:
      - uses: actions/checkout@v4        # the default branch: trusted config, definitions, baselines
        with:
          fetch-depth: 0
      - uses: actions/download-artifact@v4
        with:
${download}
          path: evalgate-results
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - uses: ${o.action}
        with:
          mode: publish
`;
}
function renderWorkflows(setup, o) {
  const main2 = [header(setup, o.action), setup === "pr" ? gateJob(o) : shardJobs(o), "", commonJobs(o)].join("\n") + "\n";
  return [
    { path: WORKFLOW_PATHS.main, content: main2 },
    { path: WORKFLOW_PATHS.publish, content: publishFile(setup, o) }
  ];
}
function findOtherGates(files, parse) {
  const ours = new Set(Object.values(WORKFLOW_PATHS));
  const out = [];
  for (const f of files) {
    if (ours.has(f.path)) continue;
    let doc;
    try {
      doc = parse(f.text);
    } catch {
      continue;
    }
    if (!doc || typeof doc !== "object") continue;
    const on = doc.on ?? doc["true"];
    const prTriggered = on === "pull_request" || Array.isArray(on) && on.includes("pull_request") || !!on && typeof on === "object" && "pull_request" in on;
    const jobs = doc.jobs;
    const usesEvalgate = !!jobs && typeof jobs === "object" && Object.values(jobs).some((j) => Array.isArray(j?.steps) && j.steps.some((s) => typeof s?.uses === "string" && /(^|\/)evalgate@/.test(s.uses)));
    if (prTriggered && usesEvalgate) out.push(f.path);
  }
  return out;
}

// src/cli/args.ts
var VERSION = "0.1.0";
var UsageError = class extends Error {
  name = "UsageError";
  /** The verb whose usage to print after the message (null: the overview). */
  verb;
  constructor(message, verb = null) {
    super(message);
    this.verb = verb;
  }
};
var INIT_LANGUAGES = ["node", "python", "shell"];
var DEFAULT_LOCAL_STORE = ".evalgate/baselines";
var CONFIG = { name: "config", value: "F", help: "config file (default evalgate.yml)" };
var SUITE = { name: "suite", value: "S", required: true, help: "benchmark or coverage" };
var CASE = { name: "case", value: "ID", multiple: true, help: "only this case (repeatable); holdout cases are skipped" };
var REPO = { name: "repo", value: "owner/name", help: "repository (default $GITHUB_REPOSITORY; token from $GITHUB_TOKEN)" };
var KEEP_TRACES = {
  name: "keep-traces",
  value: "DIR",
  help: "write every converted trace as DIR/<case>/trial-<n>.json with its warnings in trial-<n>.warnings.txt (retried attempts trial-<n>.attempt-<k>.json; never holdout cases)"
};
var HOLDOUT_KEY_FILE = {
  name: "holdout-key-file",
  value: "F",
  help: "read the holdout key from file F (- for stdin) instead of $EVALGATE_HOLDOUT_KEY, which a harness can read in evalgate's /proc/<pid>/environ on Node < 22.15"
};
var ALLOW_REMOVAL = { name: "allow-guard-removal", help: "removed guard cases do not block (the PR label evalgate:allow-guard-removal)" };
var str = (v, k) => v[k];
var flag = (v, k) => v[k] ?? false;
var list = (v, k) => v[k] ?? [];
function parseSuite(value, verb) {
  if (value === void 0) throw new UsageError(`${verb}: --suite is required (expected benchmark or coverage)`, verb);
  if (value !== "benchmark" && value !== "coverage") {
    const hint = closest(value, ["benchmark", "coverage"]);
    throw new UsageError(`${verb}: --suite "${value}" is not a suite (expected benchmark or coverage)${hint ? `; did you mean "${hint}"?` : ""}`, verb);
  }
  return value;
}
function parseShard(value) {
  if (value === void 0) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) {
    throw new UsageError(`--shard "${value}" is not a shard (expected i/n with 1 <= i <= n, e.g. 2/4)`, "run");
  }
  return { index, total };
}
function keepTraces(value, verb) {
  if (value === void 0) return null;
  if (value === "") throw new UsageError(`${verb}: --keep-traces needs a directory`, verb);
  return value;
}
function keyFile(v, verb) {
  const value = str(v, "holdout-key-file");
  if (value === void 0) return null;
  if (value === "") throw new UsageError(`${verb}: --holdout-key-file needs a file (or - for stdin)`, verb);
  return value;
}
function need(value, opt, verb) {
  if (value === void 0) throw new UsageError(`${verb}: ${opt} is required`, verb);
  if (value === "") throw new UsageError(`${verb}: ${opt} needs a value (got ${opt}=)`, verb);
  return value;
}
function exampleOutFile(verb) {
  return verb === "compare" ? "comparison.json" : verb === "merge" ? "merged.json" : "results.json";
}
var FILE_NAME = /\.(json|md|xml|yaml|yml)$/i;
function checkOutSpelling(value, kind, flagName, verb, what) {
  if (value === void 0) return null;
  if (value === "") throw new UsageError(`${verb}: ${flagName} needs a ${kind === "file" ? "file path" : "directory"} (${what})`, verb);
  if (kind === "file" && (/[\\/]$/.test(value) || value === "." || value === "..")) {
    const dir = value.replace(/[\\/]+$/, "") || ".";
    throw new UsageError(`${verb}: ${flagName} "${value}" is a directory path, but ${verb} ${flagName} is a file (${what}); e.g. ${flagName} ${dir}/${exampleOutFile(verb)}`, verb);
  }
  if (kind === "dir" && FILE_NAME.test(value)) {
    throw new UsageError(`${verb}: ${flagName} "${value}" is a file name, but ${verb} ${flagName} is a directory (${what}); e.g. ${flagName} ${value.replace(FILE_NAME, "")}`, verb);
  }
  return value;
}
function noPositionals(verb, positionals) {
  if (positionals.length > 0) throw new UsageError(`${verb}: unexpected argument "${positionals[0]}"`, verb);
}
var VERBS = [
  {
    name: "init",
    summary: "set up evalgate in this repository: config, an example case, a harness stub, the workflows, .gitignore",
    options: [
      { name: "language", value: "L", help: "harness stub language: node, python or shell (default: node with a package.json; python with pyproject.toml, setup.py, setup.cfg, requirements.txt, Pipfile or .py files; else node)" },
      { name: "harness-command", value: "CMD", help: "your harness command; no stub is written (default: the stub's command)" },
      {
        name: "workflow",
        value: "SETUP",
        help: "pr (one gate job per pull request; default) or shards (a 4-shard matrix and one merge job); either writes .github/workflows/evalgate.yml and evalgate-publish.yml (fork PRs)"
      },
      { name: "yes", help: "ask nothing on a terminal either (non-interactive runs never ask)" }
    ],
    details: [
      "Refuses to overwrite: when any file it would write exists, it names them and writes nothing; so it does when another workflow already gates pull requests with the evalgate action.",
      "The workflows install the harness's dependencies as the repository does: package-lock.json -> npm ci, pnpm-lock.yaml -> pnpm, yarn.lock -> yarn (package.json's packageManager first), requirements.txt -> pip."
    ],
    parse(v, p) {
      noPositionals("init", p);
      const language = str(v, "language") ?? null;
      if (language !== null && !INIT_LANGUAGES.includes(language)) {
        const hint = closest(language, INIT_LANGUAGES);
        throw new UsageError(`init: --language "${language}" is not supported (expected node, python or shell)${hint ? `; did you mean "${hint}"?` : ""}`, "init");
      }
      const harnessCommand = str(v, "harness-command") ?? null;
      if (harnessCommand !== null && harnessCommand.trim() === "") throw new UsageError('init: --harness-command is empty (expected the command that runs your harness, e.g. "node agent/run.js")', "init");
      const workflow = str(v, "workflow") ?? "pr";
      if (!WORKFLOW_SETUPS.includes(workflow)) {
        const hint = closest(workflow, WORKFLOW_SETUPS);
        throw new UsageError(`init: --workflow "${workflow}" is not a setup (expected ${WORKFLOW_SETUPS.join(" or ")})${hint ? `; did you mean "${hint}"?` : ""}`, "init");
      }
      return { verb: "init", language, harnessCommand, workflow, yes: flag(v, "yes") };
    }
  },
  {
    name: "validate",
    summary: "check the config, every case and (with the key) the holdout bundle; every problem as file:line:col",
    options: [
      { name: "json", help: "print the result as one JSON document on stdout: ok, case counts, and every problem and warning with file, line and col (null when the problem is about the whole file)" },
      HOLDOUT_KEY_FILE,
      CONFIG
    ],
    details: ["Exit 0 valid (warnings allowed), 2 any problem; with --json the same exit codes, and nothing on stderr."],
    parse: (v, p) => (noPositionals("validate", p), { verb: "validate", config: str(v, "config") ?? "evalgate.yml", holdoutKeyFile: keyFile(v, "validate"), json: flag(v, "json") })
  },
  {
    name: "run",
    summary: "run a suite (or the named cases), print progress and a report, write results; exit 1 when any case fails or errors",
    options: [
      SUITE,
      { name: "out", value: "F", help: "the results file (default .evalgate/<suite>/results.json; a directory is refused); the HTML report goes next to it (report.html beside results.json, else F with .html for .json)" },
      { name: "shard", value: "i/n", help: "run only shard i of n (stable partition by case id)" },
      CASE,
      { name: "json", help: "print the results JSON on stdout instead of the text report" },
      KEEP_TRACES,
      HOLDOUT_KEY_FILE,
      CONFIG
    ],
    details: [
      "Live progress (done/total, failures, ETA) goes to stderr; the report to stdout."
    ],
    parse(v, p) {
      noPositionals("run", p);
      return { verb: "run", config: str(v, "config") ?? "evalgate.yml", suite: parseSuite(str(v, "suite"), "run"), out: checkOutSpelling(str(v, "out"), "file", "--out", "run", "the results JSON"), shard: parseShard(str(v, "shard")), cases: list(v, "case"), json: flag(v, "json"), keepTraces: keepTraces(str(v, "keep-traces"), "run"), holdoutKeyFile: keyFile(v, "run") };
    }
  },
  {
    name: "gate",
    summary: "run + compare with the baseline, with adaptive re-trials; exit 1 on block",
    options: [
      SUITE,
      { name: "baseline", value: "DIR|F", required: true, help: "a results file, or a baseline store directory (<suite>/<full-commit-sha>.json)" },
      { name: "base-ref", value: "REF", help: "branch whose merge base picks the stored baseline (default the remote's default branch, else main)" },
      CASE,
      { name: "shard", value: "i/n", help: "gate only shard i of n, deciding as a member of the whole suite (merge the shards' results.json, then compare)" },
      { name: "reuse", value: "F|DIR", help: "continue from an earlier gate of this change (its results.json, or its --out DIR): cases whose harness fingerprint is unchanged keep those head trials, so an unchanged harness costs no new runs" },
      { name: "out", value: "DIR", help: "the directory it writes results.json, comparison.json, report.md, report.html, junit.xml into (default .evalgate/<suite>/); a file is refused" },
      { name: "json", help: "print the comparison JSON (what comparison.json holds: verdict, reasons, every case) on stdout instead of the text report" },
      ALLOW_REMOVAL,
      KEEP_TRACES,
      HOLDOUT_KEY_FILE,
      CONFIG
    ],
    details: [
      "DIR is a baseline store searched from the merge base with --base-ref. A path that does not exist, a store without a run of the suite, or without a run for the merge base or an ancestor is exit 2 (never a pass without a baseline), naming what is wrong; gate.baseline: rerun is refused (store a baseline instead)."
    ],
    parse(v, p) {
      noPositionals("gate", p);
      return {
        verb: "gate",
        config: str(v, "config") ?? "evalgate.yml",
        suite: parseSuite(str(v, "suite"), "gate"),
        baseline: need(str(v, "baseline"), "--baseline", "gate"),
        baseRef: str(v, "base-ref") ?? null,
        out: checkOutSpelling(str(v, "out"), "dir", "--out", "gate", "it writes results.json, comparison.json, report.md and junit.xml into it"),
        cases: list(v, "case"),
        shard: parseShard(str(v, "shard")),
        reuse: str(v, "reuse") ?? null,
        allowGuardRemoval: flag(v, "allow-guard-removal"),
        keepTraces: keepTraces(str(v, "keep-traces"), "gate"),
        holdoutKeyFile: keyFile(v, "gate"),
        json: flag(v, "json")
      };
    }
  },
  {
    name: "compare",
    summary: "print the verdict and report of two results files; exit 1 on block",
    options: [
      { name: "base", value: "F", required: true, help: "baseline results file" },
      { name: "head", value: "F", required: true, help: "head results file" },
      { name: "out", value: "F", help: "also write the comparison JSON to this file; a directory is refused" },
      ALLOW_REMOVAL,
      { name: "config", value: "F", help: "take gate settings (alpha, budgets...) from this config (default: built-in defaults)" }
    ],
    parse(v, p) {
      noPositionals("compare", p);
      return {
        verb: "compare",
        base: need(str(v, "base"), "--base", "compare"),
        head: need(str(v, "head"), "--head", "compare"),
        out: checkOutSpelling(str(v, "out"), "file", "--out", "compare", "the comparison JSON"),
        allowGuardRemoval: flag(v, "allow-guard-removal"),
        config: str(v, "config") ?? null
      };
    }
  },
  {
    name: "baseline",
    summary: "run a suite and store it as the baseline of this commit, exactly as the action's baseline mode stores it",
    options: [
      SUITE,
      { name: "out", value: "F", help: "write one results file here instead of a store, and its HTML report next to it, as run does (a directory is refused)" },
      { name: "store", value: "DIR", help: `baseline store directory, read by gate --baseline DIR (default ${DEFAULT_LOCAL_STORE})` },
      CASE,
      HOLDOUT_KEY_FILE,
      CONFIG,
      { name: "allow-dirty", help: "store a baseline made with uncommitted harness changes, flagged as such (refused without it)" }
    ],
    details: [
      "Stochastic cases are topped up to the trials the gate's power needs; trials of cases whose harness fingerprint is unchanged are pooled from the nearest stored run. --store writes DIR/<suite>/<commit>.json plus DIR/index/<branch>.json, the layout gate --baseline DIR reads, and the HTML report to .evalgate/<suite>/report.html (where the action's baseline mode writes its report).",
      "Refused (exit 2) when files in the harness scope have uncommitted changes: the run would be stored under a commit that is not what ran (--allow-dirty stores it flagged). Not stored (exit 1) when every trial errored: the harness never ran."
    ],
    parse(v, p) {
      noPositionals("baseline", p);
      const out = checkOutSpelling(str(v, "out"), "file", "--out", "baseline", "one results file") ?? void 0;
      const store = checkOutSpelling(str(v, "store"), "dir", "--store", "baseline", "a baseline store directory") ?? void 0;
      if (out !== void 0 && store !== void 0) throw new UsageError("baseline: give --out F (one results file) or --store DIR (a baseline store), not both", "baseline");
      return { verb: "baseline", config: str(v, "config") ?? "evalgate.yml", suite: parseSuite(str(v, "suite"), "baseline"), out: out ?? null, store: out === void 0 ? store ?? DEFAULT_LOCAL_STORE : null, cases: list(v, "case"), allowDirty: flag(v, "allow-dirty"), holdoutKeyFile: keyFile(v, "baseline") };
    }
  },
  {
    name: "merge",
    args: "F...",
    summary: "merge shard results into one",
    options: [{ name: "out", value: "F", help: "write the merged results to this file (default: stdout); a directory is refused" }],
    details: [
      "Stable partition by case id; the merged verdict equals an unsharded run's."
    ],
    parse(v, p) {
      if (p.length === 0) throw new UsageError("merge: give at least one results file", "merge");
      return { verb: "merge", files: p, out: checkOutSpelling(str(v, "out"), "file", "--out", "merge", "the merged results JSON") };
    }
  },
  {
    name: "report",
    args: "F",
    summary: "render a results or comparison file",
    options: [{ name: "format", value: "md|json|junit|text|html", help: "output format (default md: the PR comment; html: the self-contained HTML report)" }],
    details: [
      "For a comparison, junit and html also read results.json next to it when it is the same run (per-trial latencies; trials and their steps)."
    ],
    parse(v, p) {
      if (p.length !== 1) throw new UsageError("report: give exactly one results or comparison file", "report");
      const format = str(v, "format") ?? "md";
      if (!["md", "json", "junit", "text", "html"].includes(format)) throw new UsageError(`report: --format "${format}" is not supported (expected md, json, junit, text or html)`, "report");
      return { verb: "report", file: p[0], format };
    }
  },
  {
    name: "scaffold",
    summary: "print a case YAML from an issue (JSON as the REST API returns it, or fetched)",
    options: [
      { name: "issue-file", value: "F", help: "the issue JSON (one of --issue-file or --issue)" },
      { name: "issue", value: "N", help: "fetch issue N from GitHub" },
      REPO,
      { name: "write", help: "write the case and fixtures instead of printing" }
    ],
    parse(v, p) {
      noPositionals("scaffold", p);
      const file = str(v, "issue-file") ?? null;
      const raw = str(v, "issue") ?? null;
      if (file === null === (raw === null)) throw new UsageError("scaffold: give exactly one of --issue-file F (the issue JSON) or --issue N (fetched from GitHub)", "scaffold");
      const issue = raw === null ? null : /^#?\d+$/.test(raw) && Number(raw.replace("#", "")) > 0 ? Number(raw.replace("#", "")) : NaN;
      if (Number.isNaN(issue)) throw new UsageError(`scaffold: --issue "${raw}" is not an issue number (expected e.g. 123)`, "scaffold");
      return { verb: "scaffold", issueFile: file, issue, repo: str(v, "repo") ?? null, write: flag(v, "write") };
    }
  },
  {
    name: "ingest",
    args: "F",
    summary: "apply failure signals (JSONL) to issues: dedupe, cluster, create, comment, reopen",
    options: [{ name: "dry-run", help: "print the plan, touch nothing" }, REPO, CONFIG],
    parse(v, p) {
      if (p.length !== 1) throw new UsageError("ingest: give exactly one JSONL file of failure signals", "ingest");
      return { verb: "ingest", file: p[0], dryRun: flag(v, "dry-run"), config: str(v, "config") ?? "evalgate.yml", repo: str(v, "repo") ?? null };
    }
  },
  {
    name: "holdout",
    args: "encrypt [CASE_FILE...] | decrypt | keygen",
    summary: "manage the encrypted holdout bundle evals/holdout.enc (key in $EVALGATE_HOLDOUT_KEY)",
    options: [{ name: "out", value: "DIR", help: "decrypt: the directory to write the plaintext into (default .evalgate/holdout-plain); a file is refused" }, HOLDOUT_KEY_FILE, CONFIG],
    details: ["encrypt defaults to evals/holdout/**/*.{yaml,yml}; keygen prints a new key once."],
    parse(v, p) {
      const [action, ...files] = p;
      if (action !== "encrypt" && action !== "decrypt" && action !== "keygen") {
        const hint = action ? closest(action, ["encrypt", "decrypt", "keygen"]) : void 0;
        throw new UsageError(`holdout: "${action ?? ""}" is not an action (expected encrypt, decrypt or keygen)${hint ? `; did you mean "${hint}"?` : ""}`, "holdout");
      }
      return { verb: "holdout", action, config: str(v, "config") ?? "evalgate.yml", out: checkOutSpelling(str(v, "out"), "dir", "--out", "holdout", "decrypt writes the plaintext cases into it"), files, holdoutKeyFile: keyFile(v, "holdout") };
    }
  },
  {
    name: "trace",
    args: "F|-",
    summary: "convert a harness output (native trace, or OTLP/JSON of any supported convention; - reads stdin) as a trial would, and print it with the conversion warnings",
    options: [{ name: "json", help: "print trace, format, cost source and warnings as one JSON document" }, { name: "config", value: "F", help: "take pricing and harness.max_output_bytes from this config (default evalgate.yml when present)" }],
    details: [
      "Prints the trace on stdout, the warnings and a summary on stderr. Exit 0 converted, 1 not a usable trace (a trial would be error; the reason is printed: also input over harness.max_output_bytes, or not UTF-8), 2 unreadable file."
    ],
    parse(v, p) {
      if (p.length !== 1) throw new UsageError("trace: give exactly one file: a harness output (native trace or OTLP/JSON), or - for stdin", "trace");
      const config = str(v, "config");
      return { verb: "trace", file: p[0], config: config ?? "evalgate.yml", configGiven: config !== void 0, json: flag(v, "json") };
    }
  },
  {
    name: "history",
    summary: "each case's pass rate per stored run of a branch, the suite rate over time, and the commit where a failing case started failing",
    options: [
      SUITE,
      { name: "store", value: "DIR", help: `a baseline store directory (default ${DEFAULT_LOCAL_STORE})` },
      { name: "baseline-branch", value: "B", help: "read the store from git branch B instead (the action keeps it on evalgate-baselines)" },
      { name: "branch", value: "NAME", help: "the source branch whose stored runs to show (default main)" },
      { name: "format", value: "md|json|html", help: "md: a compact table (default); json for scripts; html: one self-contained page with a chart per case" },
      { name: "out", value: "F", help: "write here instead of stdout" }
    ],
    parse(v, p) {
      noPositionals("history", p);
      const format = str(v, "format") ?? "md";
      if (format !== "md" && format !== "json" && format !== "html") throw new UsageError(`history: --format "${format}" is not a format (expected md, json or html)`, "history");
      if (str(v, "store") !== void 0 && str(v, "baseline-branch") !== void 0) throw new UsageError("history: give --store or --baseline-branch, not both", "history");
      return { verb: "history", suite: parseSuite(str(v, "suite"), "history"), store: str(v, "store") ?? null, baselineBranch: str(v, "baseline-branch") ?? null, branch: str(v, "branch") ?? "main", format, out: str(v, "out") ?? null };
    }
  },
  {
    name: "loop",
    summary: "the loop's figures per workflow and failure class: open, guarded and unguarded issues, time to guard, reopens (see The issue loop)",
    options: [REPO, { name: "days", value: "N", help: "the period, in days (default 30; 1 to 3650)" }, { name: "json", help: "print the figures as one JSON document" }, CONFIG],
    parse(v, p) {
      noPositionals("loop", p);
      const raw = str(v, "days") ?? "30";
      const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (!(days >= 1 && days <= 3650)) throw new UsageError(`loop: --days "${raw}" is not a number of days (expected 1 to 3650)`, "loop");
      return { verb: "loop", config: str(v, "config") ?? "evalgate.yml", repo: str(v, "repo") ?? null, days, json: flag(v, "json") };
    }
  }
];
function findVerb(name) {
  return VERBS.find((s) => s.name === name);
}
function optionSynopsis(o) {
  const core = `--${o.name}${o.value ? ` ${o.value}` : ""}`;
  const s = o.required ? core : `[${core}]`;
  return o.multiple ? `${s}...` : s;
}
function renderSynopsis(spec) {
  return ["evalgate", spec.name, ...spec.args ? [spec.args] : [], ...spec.options.map(optionSynopsis)].join(" ");
}
var FOOTER = [
  "Exit codes: 0 ok, 1 blocked or failing, 2 usage or config error.",
  "Environment: EVALGATE_HOLDOUT_KEY (holdout key; or --holdout-key-file), GITHUB_TOKEN (scaffold --issue, ingest, loop), FORCE_COLOR and NO_COLOR (colour, read as Node reads them), EVALGATE_DEBUG (stack traces)."
];
function renderUsage() {
  const width = Math.max(...VERBS.map((s) => s.name.length));
  return [
    "evalgate \u2014 release gates for AI agent harnesses",
    "",
    "Usage: evalgate VERB [options]     evalgate help VERB | evalgate VERB --help for its options",
    "",
    ...VERBS.map((s) => `  ${s.name.padEnd(width)}  ${s.summary}`),
    "",
    "Global: -h, --help    -V, --version",
    ...FOOTER
  ].join("\n");
}
function renderVerbHelp(spec) {
  const rows = spec.options.map((o) => [`--${o.name}${o.value ? ` ${o.value}` : ""}${o.multiple ? " ..." : ""}`, `${o.help}${o.required ? " (required)" : ""}`]);
  rows.push(["-h, --help", "this help"]);
  const width = Math.max(...rows.map((r) => r[0].length));
  return [
    `Usage: ${renderSynopsis(spec)}`,
    "",
    `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`,
    ...spec.details ?? [],
    "",
    "Options:",
    ...rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`),
    "",
    FOOTER[0]
  ].join("\n");
}
var USAGE = renderUsage();
function suggestVerb(word) {
  return closest(word, [...VERBS.map((s) => s.name), "help", "version"]);
}
function parseArgsError(verb, err) {
  const m = /^Option '(?:-\w, )?--([^' ]+)(?: <value>)?' (argument missing|argument is ambiguous|does not take an argument)/.exec(err.message);
  const o = m ? verb.options.find((x) => x.name === m[1]) : void 0;
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && m && o) {
    if (m[2] === "does not take an argument") return new UsageError(`${verb.name}: --${o.name} takes no value (it is a flag: ${o.help})`, verb.name);
    const wants = `${o.value}: ${o.help}`;
    if (m[2] === "argument missing") return new UsageError(`${verb.name}: --${o.name} needs a value (expected ${wants})`, verb.name);
    return new UsageError(`${verb.name}: --${o.name} needs a value, but the next argument starts with "-" (expected ${wants}; a value that starts with "-" is written --${o.name}=-value)`, verb.name);
  }
  return unknownOption(verb, err.message);
}
function unknownOption(verb, message) {
  const m = /Unknown option '(-{1,2})([^'=]+)'/.exec(message);
  if (m) {
    const names = verb.options.map((o) => o.name);
    const hint = closest(m[2], names);
    const other = hint ? void 0 : VERBS.find((s) => s !== verb && s.options.some((o) => o.name === m[2]));
    const tail = hint ? `; did you mean --${hint}?` : other ? ` (--${m[2]} is an option of ${other.name}, not ${verb.name})` : "";
    return new UsageError(`${verb.name}: unknown option ${m[1]}${m[2]}${tail}`, verb.name);
  }
  return new UsageError(`${verb.name}: ${message.replace(/\. To specify a positional.*$/s, "")}`, verb.name);
}
function parseCommand(argv) {
  const [verb, ...rest] = argv;
  if (verb === void 0 || verb === "help" || verb === "--help" || verb === "-h") {
    const topic = rest[0];
    if (topic !== void 0 && !findVerb(topic) && topic !== "help") {
      const hint = suggestVerb(topic);
      throw new UsageError(`help: "${topic}" is not an evalgate command${hint ? `; did you mean "${hint}"?` : ""}`);
    }
    return { verb: "help", topic: topic === "help" ? void 0 : topic };
  }
  if (verb === "--version" || verb === "-V" || verb === "version") return { verb: "version" };
  const spec = findVerb(verb);
  if (!spec) {
    const hint = suggestVerb(verb.replace(/^-+/, ""));
    throw new UsageError(`"${verb}" is not an evalgate command${hint ? `; did you mean "${hint}"?` : ""} (expected ${VERBS.map((s) => s.name).join(", ")})`);
  }
  const end = rest.indexOf("--");
  if ((end < 0 ? rest : rest.slice(0, end)).some((a) => a === "--help" || a === "-h")) return { verb: "help", topic: verb };
  const options = Object.fromEntries(spec.options.map((o) => [o.name, o.value ? { type: "string", multiple: o.multiple ?? false } : { type: "boolean" }]));
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw parseArgsError(spec, err);
  }
  return spec.parse(parsed.values, parsed.positionals);
}

// src/results/check.ts
var getValidate = () => ourValidator("results");
var MAX_PROBLEMS = 20;
function formatError(source, e) {
  const where = e.instancePath === "" ? "(root)" : e.instancePath;
  const extra = e.keyword === "additionalProperties" ? ` '${String(e.params.additionalProperty)}'` : "";
  return `${source}: ${where} ${e.message ?? "is invalid"}${extra}`;
}
function close(a, b) {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
function totalsMismatch(stated, actual) {
  const bad = [];
  for (const key of Object.keys(actual)) {
    const s = stated[key];
    const a = actual[key];
    if (typeof a === "number" && typeof s === "number") {
      if (!close(a, s)) bad.push(key);
    } else if (a === null || s === null) {
      if (a !== s) bad.push(key);
    } else if (JSON.stringify(a) !== JSON.stringify(s)) bad.push(key);
  }
  return bad;
}
function checkResults(doc, source) {
  const validate = getValidate();
  if (!validate(doc)) {
    const problems2 = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map((e) => formatError(source, e));
    return { ok: false, problems: problems2.length > 0 ? problems2 : [`${source}: does not match evalgate/results@1`] };
  }
  const results = doc;
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const c of results.cases) {
    if (seen.has(c.id)) problems.push(`${source}: duplicate case id '${c.id}' (expected each case once)`);
    seen.add(c.id);
    const passes = c.trials.filter((t) => t.outcome === "pass").length;
    const errors = c.trials.filter((t) => t.outcome === "error").length;
    const runs = c.trials.length - errors;
    if (c.passes !== passes || c.runs !== runs || c.errors !== errors) {
      problems.push(
        `${source}: case '${c.id}' says passes/runs/errors ${c.passes}/${c.runs}/${c.errors} but its trials give ${passes}/${runs}/${errors}`
      );
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length === 0) {
    const pairs = [
      ["totals", results.totals, computeTotals(results.cases.filter((c) => !c.holdout))],
      [
        "holdout_totals",
        results.holdout_totals,
        results.cases.some((c) => c.holdout) ? computeTotals(results.cases.filter((c) => c.holdout)) : null
      ]
    ];
    for (const [name, stated, actual] of pairs) {
      if (stated === null || actual === null) {
        if (stated !== actual) problems.push(`${source}: ${name} is ${stated === null ? "null" : "present"} but the cases say it should be ${actual === null ? "null" : "present"}`);
        continue;
      }
      const bad = totalsMismatch(stated, actual);
      if (bad.length > 0) problems.push(`${source}: ${name} do not match the cases (fields: ${bad.join(", ")})`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, results };
}
function checkBaselineRun(r) {
  const cases = r.cases.filter((c) => !c.holdout);
  const all = cases.length > 0 ? cases : r.cases;
  const errored = all.length > 0 && all.every((c) => c.runs === 0 && c.errors > 0);
  let refuse = null;
  if (errored) {
    const first = all.flatMap((c) => c.trials.filter((t) => t.outcome === "error").map((t) => ({ id: c.id, t })))[0];
    const why = first ? ` (first: ${first.id}: ${first.t.error ?? "error"}${first.t.stderr_tail ? `; stderr: ${lastLines(first.t.stderr_tail, 3)}` : ""})` : "";
    refuse = `every trial of all ${all.length} case(s) errored, so the harness never ran to a trace${why}; nothing was stored (fix the harness, or run \`evalgate run --case ID\` to see one trial)`;
  }
  const dirty = r.harness.uncommitted ?? [];
  const flag2 = dirty.length > 0 ? `stored from a working tree whose harness files differ from commit ${r.commit.slice(0, 7)} (${dirty.join(", ")}); gates against it say so` : null;
  return { refuse, flag: flag2 };
}
function lastLines(text, n) {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const err = lines.filter((l) => /^[\w.]*(Error|Exception)\b|^error\b|^fatal\b/i.test(l)).at(-1);
  return (err ?? lines.slice(-n).join(" | ")).slice(0, 400);
}

// src/engine/trust.ts
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/engine/harness-change.ts
function diffHarness(base, head) {
  if (base === null) return [];
  const out = [];
  if (base.command !== head.command) out.push({ field: "harness.command", base: base.command, head: head.command });
  if (base.protocol !== head.protocol) out.push({ field: "harness.protocol", base: base.protocol, head: head.protocol });
  if (base.timeout_ms !== head.timeout_ms) out.push({ field: "harness.timeout_ms", base: String(base.timeout_ms), head: String(head.timeout_ms) });
  if (base.retries !== head.retries) out.push({ field: "harness.retries", base: String(base.retries), head: String(head.retries) });
  const names = [.../* @__PURE__ */ new Set([...Object.keys(base.env), ...Object.keys(head.env)])].sort();
  for (const name of names) {
    const b = Object.hasOwn(base.env, name) ? base.env[name] : null;
    const h = Object.hasOwn(head.env, name) ? head.env[name] : null;
    if (b === h) continue;
    if (isSecretName(name)) out.push({ field: `harness.env.${name}`, base: b === null ? null : REDACTED, head: h === null ? null : REDACTED, hidden: true });
    else out.push({ field: `harness.env.${name}`, base: b, head: h });
  }
  for (const field of ["paths", "ignore"]) {
    const bp = [...base[field] ?? []].sort();
    const hp = [...head[field] ?? []].sort();
    if (bp.length !== hp.length || bp.some((p, i) => p !== hp[i])) out.push({ field: `harness.${field}`, base: bp.join(", ") || null, head: hp.join(", ") || null });
  }
  return out;
}

// src/engine/trust.ts
async function readConfigAt(git, commit, configPath, opts = {}) {
  const text = await git.showFile(commit, configPath, opts);
  return text === null ? null : parseConfig(text, configPath);
}
async function readTrustedBase(git, baseSha, configPath) {
  const [config, tree, bundle] = await Promise.all([
    readConfigAt(git, baseSha, configPath),
    git.listTree(baseSha),
    git.run(["cat-file", "blob", `${baseSha}:${HOLDOUT_BUNDLE}`], { okCodes: [0, 128] })
  ]);
  const valid = config !== null && config.problems.length === 0 ? config.config : null;
  const caseTexts = valid ? await git.showFiles(baseSha, matchPaths(tree, valid.cases)) : null;
  return { baseSha, config, tree, caseTexts, bundle: bundle.code === 0 ? bundle.stdout : null };
}
async function loadGatedCases(opts) {
  const { git, baseSha } = opts;
  const reads = opts.base ?? await readTrustedBase(git, baseSha, opts.configPath);
  if (reads.baseSha !== baseSha) throw new Error(`internal: base reads of ${reads.baseSha} used for ${baseSha}`);
  const notices = [];
  const dir = await mkdtemp(join(tmpdir(), "evalgate-base-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  let config = opts.headConfig;
  let baseHarness = null;
  const baseParsed = reads.config;
  if (baseParsed !== null) {
    if (baseParsed.problems.length === 0) {
      config = { ...baseParsed.config, harness: opts.headConfig.harness, redact: [.../* @__PURE__ */ new Set([...baseParsed.config.redact, ...opts.headConfig.redact])] };
      baseHarness = baseParsed.config.harness;
    } else notices.push(`${opts.configPath} at the base commit is invalid; using the pull request's config (${baseParsed.problems.length} problem(s))`);
  }
  const files = matchPaths(reads.tree, config.cases);
  const caseTexts = reads.caseTexts ?? await git.showFiles(baseSha, files);
  const parsed = [];
  for (const file of files) {
    const text = caseTexts.get(file) ?? null;
    if (text !== null) parsed.push(parseCaseSource(text, file, config, dir));
  }
  caseTexts.clear();
  const fixturePaths = [...new Set(parsed.flatMap((p) => p.fixtures ? [p.fixtures.path] : []))];
  const fixtureGitTexts = await git.showFiles(baseSha, fixturePaths.map((abs) => relative(dir, abs)));
  const fixtureTexts = /* @__PURE__ */ new Map();
  for (const abs of fixturePaths) {
    const text = fixtureGitTexts.get(relative(dir, abs)) ?? null;
    fixtureTexts.set(abs, text);
    if (text !== null) {
      await mkdir(dirname(abs), { recursive: true });
      await writeFile(abs, text);
    }
  }
  const base = checkCaseSet(parsed, fixtureTexts);
  if (base.problems.length > 0) {
    notices.push(
      `${base.problems.length} problem(s) in case files at the base commit; those cases are taken from the pull request: ` + base.problems.slice(0, 3).map(renderProblem).join("; ")
    );
  }
  const headById = new Map(opts.headCases.map((c) => [c.id, c]));
  const baseById = new Map(base.cases.map((c) => [c.id, c]));
  const cases = [];
  const modified = /* @__PURE__ */ new Set();
  const modifiedHead = /* @__PURE__ */ new Map();
  for (const b of base.cases) {
    const h = headById.get(b.id);
    if (!h) continue;
    if (h.definition_hash !== b.definition_hash) {
      modified.add(b.id);
      modifiedHead.set(b.id, h);
    }
    cases.push(b);
  }
  for (const h of opts.headCases) if (!baseById.has(h.id)) cases.push(h);
  const removedCases = base.cases.filter((b) => !headById.has(b.id));
  return {
    config,
    baseHarness,
    cases,
    modified,
    modifiedHead,
    fromBase: new Set(cases.filter((c) => baseById.has(c.id)).map((c) => c.id)),
    removed: removedCases.map((b) => b.id),
    removedCases,
    notices,
    dispose
  };
}
async function loadTrustedGate(opts) {
  const base = opts.base ?? await readTrustedBase(opts.git, opts.baseSha, opts.configPath);
  const gated = await loadGatedCases({ ...opts, base });
  const holdout = await loadHoldout(opts.root, gated.config, opts.holdoutKey, {
    bundle: base.bundle,
    visibleIds: new Set(gated.cases.map((c) => c.id))
  });
  const dispose = async () => {
    await gated.dispose();
    await holdout.holdout?.dispose();
  };
  return {
    ...gated,
    notices: [...gated.notices, ...holdout.notices],
    holdout: holdout.holdout,
    holdoutProblems: holdout.problems,
    harnessChanges: diffHarness(gated.baseHarness, opts.headConfig.harness),
    dispose
  };
}
function parseTrustedBaselineText(text, shown) {
  if (findExcessiveJsonDepth(text) >= 0) throw new Error(`${shown} at the merge base nests deeper than ${MAX_JSON_DEPTH} levels (not an evalgate results file)`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${shown} at the merge base is not JSON (${err.message})`);
  }
}
async function resolveTrustedBaselinePath(git, root, baseSha, path) {
  const abs = resolve(root, path);
  const rel = relative(root, abs);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return rel === "" ? { kind: "absent", source: `${path}: the repository root is not a baseline` } : { kind: "disk", path: abs, source: path };
  const gitRel = rel.split(sep).join("/");
  const short = baseSha.slice(0, 7);
  const tracked = (await git.run(["ls-files", "-z", "--", gitRel])).stdout.toString("utf8").split("\0").filter(Boolean);
  if (/\.json$/i.test(path)) {
    const text = await git.showFile(baseSha, gitRel);
    if (text !== null) return { kind: "text", text, source: `file ${path} at the base commit ${short}` };
    if (tracked.length > 0) return { kind: "absent", source: `file ${path}: not present at the base commit ${short} (a baseline added by the change under test is not used)` };
    return { kind: "disk", path: abs, source: `file ${path}` };
  }
  const files = await git.listFiles(baseSha, `${gitRel}/**`);
  if (files.length === 0 && tracked.length === 0) return { kind: "disk", path: abs, source: path };
  const dir = await mkdtemp(join(tmpdir(), "evalgate-base-store-"));
  const texts = await git.showFiles(baseSha, files);
  for (const f of files) {
    const text = texts.get(f) ?? null;
    if (text === null) continue;
    const target = join(dir, relative(gitRel, f));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  return { kind: "dir", path: dir, source: `${path} at the base commit ${short}`, dispose: () => rm(dir, { recursive: true, force: true }) };
}

// src/engine/revision.ts
var UNKNOWN_COMMIT = "0000000";
async function readRevision(git, env) {
  let commit = env.GITHUB_SHA && /^[0-9a-f]{7,64}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : null;
  let ref = env.GITHUB_REF ?? null;
  const symbolic = async () => {
    const r = await git.run(["symbolic-ref", "-q", "HEAD"], { okCodes: [0, 1] });
    return r.code === 0 ? r.stdout.toString().trim() : "HEAD";
  };
  const [head, symRef] = await Promise.all([commit === null ? git.currentCommit().catch(() => null) : null, ref === null ? symbolic().catch(() => null) : null]);
  commit ??= head;
  if (commit !== null) ref ??= symRef;
  return { commit: commit ?? UNKNOWN_COMMIT, ref: ref ?? "local" };
}

// src/adapters/store.ts
import { mkdir as mkdir2, rename, rm as rm2, stat, writeFile as writeFile2 } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { join as join2 } from "node:path";
var StoreError = class extends Error {
  name = "StoreError";
};
var SUITES = ["benchmark", "coverage"];
var SAFE_COMMIT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
function checkSuite(suite) {
  if (!SUITES.includes(suite)) throw new StoreError(`unknown suite "${suite}"; expected one of ${SUITES.join(", ")}`);
  return suite;
}
function checkCommit(commit) {
  if (typeof commit !== "string" || !SAFE_COMMIT.test(commit)) {
    throw new StoreError(`commit ${JSON.stringify(commit)} is not a commit id (expected hexadecimal like "1a2b3c4...")`);
  }
  return commit;
}
function buildResultsPath(suite, commit) {
  return `${checkSuite(suite)}/${checkCommit(commit)}.json`;
}
function buildIndexPath(sourceBranch) {
  if (typeof sourceBranch !== "string" || sourceBranch.trim() === "") throw new StoreError("source branch must be a non-empty branch name");
  return `index/${encodeURIComponent(sourceBranch)}.json`;
}
function mergeIndex(...lists) {
  const byKey = /* @__PURE__ */ new Map();
  for (const list2 of lists) for (const run of list2) {
    const key = `${run.suite}\0${run.commit}`;
    byKey.delete(key);
    byKey.set(key, run);
  }
  return [...byKey.values()].sort((a, b) => a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0);
}
function parseIndex(text, source) {
  if (text === null) return [];
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`${source} is not valid JSON (${e.message}); delete or repair it`);
  }
  const list2 = Array.isArray(doc) ? doc : doc?.runs;
  if (!Array.isArray(list2)) throw new StoreError(`${source} must be a JSON array of stored runs`);
  return list2.filter(isStoredRun);
}
function isStoredRun(x) {
  const r = x;
  return typeof x === "object" && x !== null && SUITES.includes(r.suite) && typeof r.commit === "string" && SAFE_COMMIT.test(r.commit) && typeof r.ref === "string" && typeof r.created_at === "string" && typeof r.pass_rate === "number" && typeof r.path === "string";
}
function defaultValidate(doc, source) {
  const d = doc;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || d?.schema !== "evalgate/results@1") {
    throw new StoreError(`${source} is not an evalgate results file (expected "schema": "evalgate/results@1")`);
  }
  if (!Array.isArray(d.cases) || typeof d.totals !== "object" || d.totals === null) {
    throw new StoreError(`${source} is missing "cases" or "totals"`);
  }
  return doc;
}
function parseResults(text, source, suite, commit, validate) {
  if (text.length > MAX_JSON_FILE_BYTES) throw new StoreError(`${source} is ${text.length} characters, over the ${MAX_JSON_FILE_BYTES} limit for a stored run`);
  if (findExcessiveJsonDepth(text) >= 0) throw new StoreError(`${source} nests deeper than ${MAX_JSON_DEPTH} levels; not an evalgate results file`);
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new StoreError(`${source} is not valid JSON (${e.message}); delete it so the baseline is recomputed`);
  }
  const results = validate(doc, source);
  if (results.suite !== suite || results.commit !== commit) {
    throw new StoreError(
      `${source} holds results for suite "${results.suite}" at ${results.commit}, expected suite "${suite}" at ${commit}; delete the misplaced file`
    );
  }
  return results;
}
function buildStoredRun(results) {
  const suite = checkSuite(results.suite);
  return {
    suite,
    commit: checkCommit(results.commit),
    ref: results.ref,
    created_at: results.created_at,
    pass_rate: results.totals.pass_rate,
    path: buildResultsPath(suite, results.commit)
  };
}
function serialize(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
async function writeAtomic(path, content) {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await writeFile2(temp, content, "utf8");
    await rename(temp, path);
  } catch (e) {
    await rm2(temp, { force: true });
    throw e;
  }
}
async function readIfExists(path) {
  try {
    const read = await readBounded(path, MAX_JSON_FILE_BYTES);
    if (read.kind === "over") throw new StoreError(`${path} is over the ${MAX_JSON_FILE_BYTES}-byte limit for a stored run`);
    return read.bytes.toString("utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}
var LOCK_STALE_MS = 3e4;
var LOCK_WAIT_MS = 2e4;
async function withDirLock(lockPath, fn) {
  const started = Date.now();
  for (; ; ) {
    try {
      await mkdir2(lockPath);
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
      const info = await stat(lockPath).catch(() => null);
      if (info && Date.now() - info.mtimeMs > LOCK_STALE_MS) {
        await rm2(lockPath, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new StoreError(`timed out waiting for lock ${lockPath}; if no evalgate is running, delete it`);
      }
      await sleep(20 + Math.random() * 50);
    }
  }
  try {
    return await fn();
  } finally {
    await rm2(lockPath, { recursive: true, force: true });
  }
}
function explainBaselineLayout(files, suite) {
  const json = files.filter((f) => f.endsWith(".json"));
  const full = new RegExp(`^${suite}/[0-9a-f]{40}\\.json$`);
  if (json.some((f) => full.test(f))) return null;
  if (files.length === 0) return "is empty";
  const short = json.find((f) => new RegExp(`^${suite}/[0-9a-f]{4,39}\\.json$`).test(f));
  if (short) return `holds ${short}, named by a short commit sha; evalgate looks runs up by the full sha`;
  const flat = json.find((f) => !f.includes("/"));
  if (flat) return `holds results at its top level (${flat}), not in a ${suite}/ folder`;
  const other = json.find((f) => /^(benchmark|coverage)\/[0-9a-f]{40}\.json$/.test(f));
  if (other) return `holds runs of another suite only (${other}), none of ${suite}`;
  return `holds no ${suite}/<sha>.json (found ${files.slice(0, 3).join(", ")}${files.length > 3 ? ", ..." : ""})`;
}
function createDirStore(dir, opts = {}) {
  const validate = opts.validate ?? defaultValidate;
  async function read(suite, commit) {
    const path = join2(dir, buildResultsPath(suite, commit));
    const text = await readIfExists(path);
    return text === null ? null : parseResults(text, path, suite, commit, validate);
  }
  return {
    describe: () => `directory ${opts.label ?? dir}`,
    async write(results, sourceBranch) {
      const entry = buildStoredRun(results);
      const indexRel = buildIndexPath(sourceBranch);
      await mkdir2(join2(dir, entry.suite), { recursive: true });
      await mkdir2(join2(dir, "index"), { recursive: true });
      await writeAtomic(join2(dir, entry.path), serialize(results));
      const indexPath = join2(dir, indexRel);
      await withDirLock(`${indexPath}.lock`, async () => {
        const existing = parseIndex(await readIfExists(indexPath), indexPath);
        await writeAtomic(indexPath, serialize(mergeIndex(existing, [entry])));
      });
    },
    read,
    async index(suite, sourceBranch) {
      checkSuite(suite);
      const indexPath = join2(dir, buildIndexPath(sourceBranch));
      return mergeIndex(parseIndex(await readIfExists(indexPath), indexPath)).filter((r) => r.suite === suite);
    },
    async findNearest(suite, commits) {
      for (const commit of commits) {
        const results = await read(suite, commit);
        if (results) return { results, commit };
      }
      return null;
    }
  };
}
var AUTHOR = { name: "evalgate", email: "evalgate@users.noreply.github.com" };
function sleep(ms) {
  return new Promise((resolve3) => setTimeout(resolve3, ms));
}
function createGitBranchStore(opts) {
  const branch = opts.branch ?? "evalgate-baselines";
  const remote = opts.remote ?? "origin";
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 10);
  const retryDelayMs = opts.retryDelayMs ?? 250;
  const validate = opts.validate ?? defaultValidate;
  const git = opts.git ?? createGit(opts.repoDir);
  const trackingRef = `refs/evalgate/baselines/${branch}`;
  let cachedTip = null;
  let writeQueue = Promise.resolve();
  let depth = opts.fetchDepth === void 0 ? null : Promise.resolve(opts.fetchDepth);
  async function fetchTip() {
    depth ??= git.isShallow().then((shallow) => shallow ? 1 : 0);
    const found = await git.fetch(remote, `+refs/heads/${branch}:${trackingRef}`, { depth: await depth });
    if (!found) return null;
    return git.revParse(trackingRef);
  }
  function tip() {
    if (cachedTip === null) {
      cachedTip = fetchTip();
      cachedTip.catch(() => {
        cachedTip = null;
      });
    }
    return cachedTip;
  }
  async function read(suite, commit) {
    const path = buildResultsPath(suite, commit);
    const t = await tip();
    if (t === null) return null;
    const text = await git.showFile(t, path);
    return text === null ? null : parseResults(text, `${path} on branch ${branch}`, suite, commit, validate);
  }
  async function writeNow(results, sourceBranch, runId) {
    const entry = buildStoredRun(results);
    const indexPath = buildIndexPath(sourceBranch);
    const body = serialize(results);
    const run = runId ? ` (run ${runId})` : "";
    const message = `evalgate: ${entry.suite} results for ${entry.commit.slice(0, 7)}${run}

suite: ${entry.suite}
commit: ${entry.commit}
ref: ${entry.ref}
branch: ${sourceBranch}
pass_rate: ${entry.pass_rate}
${runId ? `run: ${runId}
` : ""}`;
    const bodyBlob = await git.hashObject(body);
    let lastRejection = "";
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const parent = await fetchTip();
      const existing = parent === null ? [] : parseIndex(await git.showFile(parent, indexPath), `${indexPath} on branch ${branch}`);
      const commit = await git.commitFiles({
        parent,
        files: [
          { path: entry.path, blob: bodyBlob },
          { path: indexPath, content: serialize(mergeIndex(existing, [entry])) }
        ],
        message,
        author: AUTHOR
      });
      const pushed = await git.push(remote, commit, branch);
      if (pushed.ok) {
        await git.run(["update-ref", trackingRef, commit]);
        cachedTip = Promise.resolve(commit);
        return;
      }
      lastRejection = pushed.detail;
      if (attempt < maxAttempts) {
        const cap = Math.min(retryDelayMs * 2 ** (attempt - 1), 8e3);
        await sleep(Math.random() * cap);
      }
    }
    throw new StoreError(
      `could not store ${entry.suite} results for ${entry.commit} on branch ${branch}: the push was rejected ${maxAttempts} times because other writers kept updating the branch; rerun the job. Last rejection: ${lastRejection.split("\n").slice(-3).join(" ")}`
    );
  }
  return {
    prefetch() {
      tip().catch(() => {
      });
    },
    describe: () => `branch ${branch}`,
    write(results, sourceBranch, runId) {
      const job = writeQueue.then(() => writeNow(results, sourceBranch, runId));
      writeQueue = job.catch(() => void 0);
      return job;
    },
    read,
    async index(suite, sourceBranch) {
      checkSuite(suite);
      const indexPath = buildIndexPath(sourceBranch);
      const t = await tip();
      if (t === null) return [];
      return mergeIndex(parseIndex(await git.showFile(t, indexPath), `${indexPath} on branch ${branch}`)).filter((r) => r.suite === suite);
    },
    async findNearest(suite, commits) {
      checkSuite(suite);
      const t = await tip();
      if (t === null) return null;
      const stored = new Set(await git.listFiles(t, `${suite}/*.json`));
      for (const commit of commits) {
        if (!SAFE_COMMIT.test(commit) || !stored.has(`${suite}/${commit}.json`)) continue;
        const results = await read(suite, commit);
        if (results) return { results, commit };
      }
      return null;
    }
  };
}

// src/surfaces/markdown.ts
var EVIDENCE_FULL = 4e3;
var EVIDENCE_SHORT = 1e3;
var MESSAGE_CELL_CHARS = 300;
var ERROR_CELL_CHARS = 1e3;
var REASON_VERB = {
  regressed: "regressed",
  errored: "errored",
  removed: "removed",
  still_erroring: "still erroring (broken on the base branch too)",
  inconclusive: "inconclusive",
  new_failing: "new and failing",
  holdout: "holdout",
  budget_cost: "over the cost budget",
  budget_latency: "over the latency budget",
  missing_shard: "shard missing"
};
var STATUS_ORDER = ["regressed", "errored", "removed", "new", "inconclusive", "still_erroring", "fixed", "flaky"];
var KNOWN_STATUSES = /* @__PURE__ */ new Set([...STATUS_ORDER, "unchanged", "modified"]);
function clean(s, opts) {
  if (!s) return "";
  if (!opts.redact) return s;
  return typeof opts.redact === "function" ? opts.redact(s) : redact(s, opts.redact);
}
function cellText(s, opts, max = MESSAGE_CELL_CHARS) {
  const t = clean(s, opts).replace(/\s+/g, " ").trim();
  return mdText(t.length > max ? `${t.slice(0, max - 1)}\u2026` : t);
}
function guardsMd(guards, opts, withWord = true) {
  if (guards === null || guards === "") return withWord ? "" : "\u2014";
  const key = guardsKey(guards);
  const title = opts.issueTitles?.get(key) ?? opts.issueTitles?.get(guardsLabel(guards));
  const link2 = mdLink(mdText(guardsLabel(guards)), opts.issueUrl?.(key) ?? null);
  const t = title ? ` "${cellText(title, opts, 120)}"` : "";
  return `${withWord ? "guards " : ""}${link2}${t}`;
}
function sectionHeading(title, n) {
  return `### ${title} (${formatInt(n)})`;
}
function overflowNote(hidden, noun, opts) {
  const where = opts.runUrl ? mdLink("the job summary/artifact", opts.runUrl) : "the job summary/artifact";
  return `_\u2026 and ${formatInt(hidden)} more ${noun}; see ${where}._`;
}
function cappedTable(header2, rows, d, noun, opts, align) {
  const shown = rows.slice(0, d.maxRows);
  const out = [];
  if (shown.length > 0) out.push(mdTable(header2, shown, align));
  if (rows.length > shown.length) out.push(overflowNote(rows.length - shown.length, noun, opts));
  return out;
}
function plural(n, one, many = `${one}s`) {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}
function totalsTable(base, head, cmp) {
  const b = (f) => base ? f(base) : "\u2014";
  const k = head.runs > 0 ? head.k : base && base.runs > 0 ? base.k : "k";
  const r = (t, v) => t.runs === 0 ? "\u2014" : formatPct(v);
  const rows = [];
  if (cmp && cmp.suite_delta.paired_cases > 0) {
    const sd = cmp.suite_delta;
    rows.push([
      `pass rate (${formatInt(sd.paired_cases)} paired cases)`,
      formatPct(sd.base_pass_rate),
      formatPct(sd.head_pass_rate),
      `${formatPp(sd.mean_diff)} \xB1 ${formatPp(sd.se).replace(/^\+/, "")}`
    ]);
    rows.push(["95% CI of the mean paired difference", "", "", `[${formatPp(sd.ci95[0])}, ${formatPp(sd.ci95[1])}]`]);
  } else if (cmp) {
    rows.push(["pass rate (paired cases)", "\u2014", "\u2014", allErrored(head) ? "all trials errored on head" : "nothing paired"]);
  }
  const both = base !== null && base.runs > 0 && head.runs > 0;
  rows.push(["pass rate (all runs)", b((t) => r(t, t.pass_rate)), r(head, head.pass_rate), both ? formatPp(head.pass_rate - base.pass_rate) : ""]);
  rows.push([`pass@${k}`, b((t) => r(t, t.pass_at_k)), r(head, head.pass_at_k), both ? formatPp(head.pass_at_k - base.pass_at_k) : ""]);
  rows.push([`pass^${k}`, b((t) => r(t, t.pass_pow_k)), r(head, head.pass_pow_k), both ? formatPp(head.pass_pow_k - base.pass_pow_k) : ""]);
  rows.push(["runs (errors)", b((t) => `${formatInt(t.runs)} (${formatInt(t.errors)})`), `${formatInt(head.runs)} (${formatInt(head.errors)})`, ""]);
  rows.push(["cost per success", b((t) => formatUsd(t.cost_per_success_usd)), formatUsd(head.cost_per_success_usd), cmp ? formatChangePct(cmp.budgets.cost_per_success_pct) : ""]);
  rows.push(["total cost", b((t) => formatUsd(t.cost_usd)), formatUsd(head.cost_usd), ""]);
  rows.push(["latency p50", b((t) => formatLatency(t, "latency_p50_ms")), formatLatency(head, "latency_p50_ms"), ""]);
  rows.push(["latency p95", b((t) => formatLatency(t, "latency_p95_ms")), formatLatency(head, "latency_p95_ms"), cmp ? formatChangePct(cmp.budgets.p95_latency_pct) : ""]);
  rows.push(["tokens", b((t) => formatInt(t.tokens)), formatInt(head.tokens), ""]);
  if (!cmp && !base) return mdTable(["metric", "value"], rows.map((r2) => [r2[0], r2[2]]), ["l", "r"]);
  return mdTable(["metric", "base", "head", "\u0394"], rows, ["l", "r", "r", "r"]);
}
function failuresTable(base, head) {
  const rows = [];
  for (const c of FAILURE_CLASSES) rows.push([`class ${mdCode(c)}`, base ? formatInt(base.failures_by_class[c] ?? 0) : "\u2014", formatInt(head.failures_by_class[c] ?? 0)]);
  for (const l of CHECK_LEVELS) rows.push([`level ${mdCode(l)}`, base ? formatInt(base.failures_by_level[l] ?? 0) : "\u2014", formatInt(head.failures_by_level[l] ?? 0)]);
  if (!base) return mdTable(["failures", "count"], rows.map((r) => [r[0], r[2]]), ["l", "r"]);
  return mdTable(["failures", "base", "head"], rows, ["l", "r", "r"]);
}
function fitBlocks(build, opts, nRows, nEvidence) {
  const maxChars = opts.maxChars ?? LIMITS.comment;
  const maxBytes = opts.maxBytes ?? Number.POSITIVE_INFINITY;
  const encoder = new TextEncoder();
  const join5 = (blocks2) => `${blocks2.join("\n\n")}
`;
  const render = (d) => join5(build(d));
  const fits = (s2) => s2.length <= maxChars && (s2.length * 3 <= maxBytes || encoder.encode(s2).length <= maxBytes);
  const all = Number.MAX_SAFE_INTEGER;
  for (const evidenceChars of [EVIDENCE_FULL, EVIDENCE_SHORT]) {
    const s2 = render({ evidenceChars, evidenceCases: all, maxRows: all });
    if (fits(s2)) return s2;
  }
  const noEvidence = render({ evidenceChars: 0, evidenceCases: 0, maxRows: all });
  if (fits(noEvidence)) {
    const k = largestFitting(nEvidence, (n) => fits(render({ evidenceChars: EVIDENCE_SHORT, evidenceCases: n, maxRows: all })));
    return k > 0 ? render({ evidenceChars: EVIDENCE_SHORT, evidenceCases: k, maxRows: all }) : noEvidence;
  }
  const rows = largestFitting(nRows, (n) => fits(render({ evidenceChars: 0, evidenceCases: 0, maxRows: n })));
  const s = render({ evidenceChars: 0, evidenceCases: 0, maxRows: rows });
  if (fits(s)) return s;
  const blocks = build({ evidenceChars: 0, evidenceCases: 0, maxRows: 0 });
  const note = "_Report truncated to fit the size limit; see the job summary/artifact._";
  const kept = [];
  for (const b of blocks) {
    if (!fits(join5([...kept, b, note]))) break;
    kept.push(b);
  }
  const out = join5([...kept, note]);
  if (fits(out)) return out;
  let cut2 = join5(kept).slice(0, maxChars);
  while (cut2.length > 0 && !fits(cut2)) cut2 = cut2.slice(0, Math.floor(cut2.length * 0.9));
  return cut2;
}
function largestFitting(hi, ok) {
  let lo = 0;
  let top = hi;
  while (lo < top) {
    const mid = Math.ceil((lo + top) / 2);
    if (ok(mid)) lo = mid;
    else top = mid - 1;
  }
  return lo;
}
function headline(cmp) {
  return `## ${verdictHeadline(cmp)}`;
}
function verdictHeadline(cmp) {
  const blocking = cmp.reasons.filter((r) => r.blocking);
  const caseCount = (status) => cmp.cases.filter((c) => c.status === status && c.blocking).length;
  const count = (kind) => blocking.filter((r) => r.kind === kind).length;
  const pieces = [];
  const add = (n, text) => {
    if (n > 0) pieces.push(text);
  };
  const nReg = Math.max(count("regressed"), caseCount("regressed"));
  add(nReg, plural(nReg, "regression"));
  const nErr = Math.max(count("errored"), caseCount("errored"));
  add(nErr, `${formatInt(nErr)} errored`);
  const nRem = Math.max(count("removed"), caseCount("removed"));
  add(nRem, `${plural(nRem, "guard")} removed`);
  const nNew = Math.max(count("new_failing"), caseCount("new"));
  add(nNew, `${formatInt(nNew)} new failing`);
  add(count("holdout"), "holdout dropped");
  add(count("budget_cost"), "cost budget exceeded");
  add(count("budget_latency"), "latency budget exceeded");
  const nShards = count("missing_shard");
  add(nShards, `${plural(nShards, "shard")} missing`);
  const title = `evalgate / ${cmp.suite}`;
  const harness = Array.isArray(cmp.harness_changes) && cmp.harness_changes.length > 0 ? " \xB7 \u26A0\uFE0F harness changed" : "";
  if (cmp.verdict === "block") return `\u274C ${title}: blocked${pieces.length ? ` \u2014 ${pieces.join(", ")}` : ""}${harness}`;
  const warnings = cmp.reasons.length - blocking.length;
  return `\u2705 ${title}: pass${warnings > 0 ? ` (${plural(warnings, "warning")})` : ""}${harness}`;
}
function summaryLine(cmp, visible, hiddenHoldout) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of visible) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const parts = [...STATUS_ORDER, "unchanged"].map((s) => `${formatInt(counts.get(s) ?? 0)} ${s}`);
  if (counts.get("modified")) parts.push(`${formatInt(counts.get("modified") ?? 0)} modified`);
  for (const [status, n] of counts) if (!KNOWN_STATUSES.has(status)) parts.push(`${formatInt(n)} ${mdText(String(status).replace(/_/g, " "))}`);
  const base = cmp.base ? `baseline ${mdCode(shortSha(cmp.base.commit))} (${mdText(scrubLocalPaths(cmp.base.source))}${cmp.base.ref ? `, ${mdCode(cmp.base.ref)}` : ""})` : "no baseline (every case is new)";
  const holdout = hiddenHoldout > 0 ? ` (+${formatInt(hiddenHoldout)} holdout)` : "";
  const sd = cmp.suite_delta;
  return `Head ${mdCode(shortSha(cmp.head.commit))} vs ${base} \xB7 ${plural(visible.length, "case")}${holdout}: ${parts.join(", ")} \xB7 ` + (sd.paired_cases > 0 ? `pass rate ${formatPct(sd.base_pass_rate)} \u2192 ${formatPct(sd.head_pass_rate)} (${formatPp(sd.mean_diff)} \xB1 ${formatPp(sd.se).replace(/^\+/, "")}).` : allErrored(cmp.head_totals) ? `all trials errored on head (${plural(cmp.head_totals.errors, "error")}, none evaluated): no pass rate to compare.` : (
    // Nothing paired (no baseline, or no case in both runs): the head's own rate, not a 0 → 0 delta.
    `pass rate ${formatPct(cmp.head_totals.pass_rate)} (nothing paired with the baseline).`
  ));
}
var HARNESS_VALUE_CHARS = 300;
function harnessChangeBlocks(cmp, opts) {
  const changes = Array.isArray(cmp.harness_changes) ? cmp.harness_changes : [];
  if (changes.length === 0) return [];
  const value = (v, hidden) => {
    if (v === null) return "_(not set)_";
    if (hidden) return "_(hidden: secret-looking name)_";
    return mdCode(cutHead(clean(v, opts), HARNESS_VALUE_CHARS)) || "_(empty)_";
  };
  const rows = changes.map((c) => [mdCode(c.field), value(c.base, c.hidden), value(c.head, c.hidden)]);
  return [
    sectionHeading("\u26A0\uFE0F Harness changed in this pull request", changes.length),
    "These results come from the harness as this pull request configures it, not as the base branch does. evalgate does not block on this (the harness is the pull request's to change); check that it still runs the real agent.",
    mdTable(["setting", "base", "this pull request"], rows)
  ];
}
function caseRef(c) {
  return mdCode(c.id);
}
function regressionBlock(c, withEvidence, d, opts) {
  const g = guardsMd(c.guards, opts);
  const lines = [`- **${caseRef(c)}**${g ? ` \u2014 ${g}` : ""}`];
  const br = rateOf(c.base);
  const hr = rateOf(c.head);
  const facts = [
    c.class ? mdCode(c.class) : null,
    `**${formatRatio(c.base)} \u2192 ${formatRatio(c.head)}**${br !== null && hr !== null ? ` (${formatPct(br, 0)} \u2192 ${formatPct(hr, 0)})` : ""}`,
    formatDecision(c),
    c.severity ? mdText(c.severity) : null,
    c.workflow ? `workflow ${mdCode(c.workflow)}` : null,
    c.file ? fileLink(c.file, c.line, opts) : null,
    c.blocking ? null : "not blocking"
  ].filter((x) => !!x);
  lines.push(`  - ${facts.join(" \xB7 ")}`);
  if (c.message) lines.push(`  - failing check: ${cellText(c.message, opts, 1e3)}`);
  if (c.modified) lines.push("  - \u26A0\uFE0F definition changed in this PR; the base definition gated");
  let out = lines.join("\n");
  if (withEvidence && c.evidence && d.evidenceChars > 0) {
    const ev = renderEvidence(c.evidence, c.message, d.evidenceChars, (t) => clean(t, opts), d.evidenceChars >= EVIDENCE_FULL ? 20 : 8);
    out += `

${indentBlock(ev, "  ")}`;
  }
  return out;
}
var ERROR_EVIDENCE_CASES = 5;
function errorEvidenceBlocks(rows, d, opts) {
  if (d.evidenceChars === 0 || d.evidenceCases < Number.MAX_SAFE_INTEGER) return [];
  const out = [];
  for (const c of rows.slice(0, Math.min(ERROR_EVIDENCE_CASES, d.maxRows))) {
    const ev = c.evidence ? renderErrorEvidence(c.evidence, d.evidenceChars, (t) => clean(t, opts)) : "";
    if (ev) out.push(`- ${caseRef(c)}

${indentBlock(ev, "  ")}`);
  }
  return out;
}
function indentBlock(text, pad) {
  return text.split("\n").map((l) => l === "" ? l : pad + l).join("\n");
}
function fileLink(file, line2, opts) {
  const label = mdCode(`${file}${line2 ? `:${line2}` : ""}`);
  const url = sourceFileUrl(file, line2, opts.source);
  return url ? mdLink(label, url) : label;
}
function describeProcedure(f) {
  return `<sub>How this was decided: each stochastic case runs until a one-sided exact test (Fisher) of head vs baseline at alpha ${formatAlpha(f.case_alpha)} is settled (alpha ${formatAlpha(f.alpha)} shared by ${formatInt(f.tests)} decision(s), Bonferroni), sized to catch a pass-rate drop of ${formatPct(f.min_drop, 0)} with power ${formatPct(f.power, 0)}; deterministic cases (\`trials: 1\`, perfect baseline) block on one failure.</sub>`;
}
function formatAlpha(a) {
  return a >= 1e-3 ? String(Number(a.toPrecision(3))) : a.toExponential(1);
}
function buildComparison(cmp, opts, d) {
  const blocks = [];
  if (opts.marker) blocks.push(opts.marker);
  const visible = cmp.cases.filter((c) => !c.holdout);
  const hiddenHoldout = cmp.cases.length - visible.length;
  blocks.push(headline(cmp));
  blocks.push(summaryLine(cmp, visible, hiddenHoldout));
  blocks.push(...harnessChangeBlocks(cmp, opts));
  const resolution = detectableDropLine(visible);
  if (resolution) blocks.push(resolution);
  const by = (s) => visible.filter((c) => c.status === s);
  const minor = { ...d, maxRows: d.maxRows >= Number.MAX_SAFE_INTEGER ? d.maxRows : Math.floor(d.maxRows / 4) };
  const regressed = by("regressed");
  if (regressed.length > 0) {
    blocks.push(sectionHeading("Regressions", regressed.length));
    const shown = regressed.slice(0, d.maxRows);
    shown.forEach((c, i) => blocks.push(regressionBlock(c, i < d.evidenceCases, d, opts)));
    if (regressed.length > shown.length) blocks.push(overflowNote(regressed.length - shown.length, "regressions", opts));
  }
  const errored = by("errored");
  if (errored.length > 0) {
    blocks.push(sectionHeading("Errored", errored.length));
    blocks.push("These cases could not be evaluated on head (crash, invalid trace, or output cap) although they passed on the baseline.");
    const headErrors = (h) => h ? h.runs === 0 ? `all ${formatInt(h.errors)}` : `${formatInt(h.errors)} of ${formatInt(h.errors + h.runs)}` : "\u2014";
    const rows = errored.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), headErrors(c.head), cellText(c.message, opts, ERROR_CELL_CHARS), c.blocking ? "blocks" : "warns"]);
    blocks.push(...cappedTable(["case", "guards", "base", "head errors", "error", "effect"], rows, d, "errored cases", opts));
    blocks.push(...errorEvidenceBlocks(errored, d, opts));
  }
  const removed = by("removed");
  if (removed.length > 0) {
    blocks.push(sectionHeading("Removed guards", removed.length));
    const rows = removed.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), c.blocking ? "blocks (label `evalgate:allow-guard-removal` to allow)" : "allowed"]);
    blocks.push(...cappedTable(["case", "guards", "base", "effect"], rows, d, "removed cases", opts));
  }
  const added = by("new");
  if (added.length > 0) {
    blocks.push(sectionHeading("New cases", added.length));
    const rows = added.map((c) => [
      caseRef(c),
      guardsMd(c.guards, opts, false),
      formatRatio(c.head),
      c.head && c.head.passes < c.head.runs ? `failing${c.class ? ` (${mdCode(c.class)})` : ""}` : isErrorRow(c) ? "errored" : "passing",
      cellText(c.message, opts, isErrorRow(c) ? ERROR_CELL_CHARS : MESSAGE_CELL_CHARS)
    ]);
    blocks.push(...cappedTable(["case", "guards", "head", "status", "first failure"], rows, d, "new cases", opts));
    blocks.push(...errorEvidenceBlocks(added.filter(isErrorRow), d, opts));
  }
  const inconclusive = by("inconclusive");
  if (inconclusive.length > 0) {
    blocks.push(sectionHeading("Inconclusive \u2014 not enough trials to decide", inconclusive.length));
    blocks.push("A pass here is not evidence: these cases reached `max_trials`, ran against a baseline with too few trials, or proved not to be deterministic, without a decision. Store a baseline with `evalgate baseline` (it tops each case up to the trials the gate needs), raise `max_trials`, or declare `trials: 3` or more for a case that can be flaky.");
    const rows = inconclusive.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head), mdText(formatInconclusive(c))]);
    blocks.push(...cappedTable(["case", "guards", "base", "head", "why"], rows, d, "inconclusive cases", opts));
  }
  const stillErroring = by("still_erroring");
  if (stillErroring.length > 0) {
    blocks.push(sectionHeading("Still erroring \u2014 broken on the base branch too", stillErroring.length));
    const rows = stillErroring.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head), cellText(c.message, opts, ERROR_CELL_CHARS)]);
    blocks.push(...cappedTable(["case", "guards", "base", "head", "error"], rows, minor, "still-erroring cases", opts));
    blocks.push(...errorEvidenceBlocks(stillErroring, minor, opts));
  }
  const fixed = by("fixed");
  if (fixed.length > 0) {
    blocks.push(sectionHeading("Fixed", fixed.length));
    const rows = fixed.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head)]);
    blocks.push(...cappedTable(["case", "guards", "base", "head"], rows, minor, "fixed cases", opts));
  }
  const flaky = by("flaky");
  if (flaky.length > 0) {
    blocks.push(sectionHeading("Flaky \u2014 changed, not significant", flaky.length));
    const rows = flaky.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), formatRatio(c.base), formatRatio(c.head), formatP(c.p_value), c.mde !== void 0 ? formatMde(c.mde) : "\u2014", cellText(c.message, opts)]);
    blocks.push(...cappedTable(["case", "guards", "base", "head", "p", "resolution", "first failure"], rows, minor, "flaky cases", opts));
  }
  const other = visible.filter((c) => !KNOWN_STATUSES.has(c.status));
  if (other.length > 0) {
    blocks.push(sectionHeading("Other changes", other.length));
    const rows = other.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), mdText(String(c.status).replace(/_/g, " ")), formatRatio(c.base), formatRatio(c.head), cellText(c.message, opts), c.blocking ? "blocks" : ""]);
    blocks.push(...cappedTable(["case", "guards", "status", "base", "head", "message", "effect"], rows, d, "other cases", opts));
  }
  const modified = visible.filter((c) => c.modified || c.status === "modified");
  if (modified.length > 0) {
    blocks.push(sectionHeading("Modified definitions", modified.length));
    blocks.push("Definition changed in this PR; the base definition gated.");
    const rows = modified.map((c) => [caseRef(c), guardsMd(c.guards, opts, false), c.status, c.file ? mdCode(c.file) : "\u2014"]);
    blocks.push(...cappedTable(["case", "guards", "status", "file"], rows, minor, "modified cases", opts));
  }
  blocks.push("### Suite");
  blocks.push(totalsTable(cmp.base_totals, cmp.head_totals, cmp));
  const spend = formatSpend(cmp.spend);
  if (spend) blocks.push(mdText(spend.replace(/^spend: /, "Spend: ")));
  blocks.push(failuresTable(cmp.base_totals, cmp.head_totals));
  if (cmp.family) blocks.push(describeProcedure(cmp.family));
  if (cmp.holdout) {
    const h = cmp.holdout;
    blocks.push("### Holdout");
    blocks.push(
      mdTable(
        ["", "base", "head", "\u0394", "p", "effect"],
        [["pass rate", `${formatPct(h.base_pass_rate)} (${formatInt(h.base_runs)} runs)`, `${formatPct(h.head_pass_rate)} (${formatInt(h.head_runs)} runs)`, formatPp(h.head_pass_rate - h.base_pass_rate), formatP(h.p_value), h.blocking ? "blocks" : "ok"]],
        ["l", "r", "r", "r", "r", "l"]
      )
    );
    blocks.push(`Holdout cases are hidden from PR authors and reported only in aggregate; errored trials count as failures${h.head_errors ? ` (${formatInt(h.head_errors)} on head)` : ""}.`);
  }
  blocks.push("### Baseline");
  blocks.push(
    cmp.base ? `Baseline ${mdCode(shortSha(cmp.base.commit))}${cmp.base.ref ? ` on ${mdCode(cmp.base.ref)}` : ""}, source: **${mdText(scrubLocalPaths(cmp.base.source))}**. Head ${mdCode(shortSha(cmp.head.commit))}${cmp.head.ref ? ` on ${mdCode(cmp.head.ref)}` : ""}.` : `No baseline was available; head ${mdCode(shortSha(cmp.head.commit))} was judged on its own.`
  );
  blocks.push(`### Verdict: ${cmp.verdict === "block" ? "block" : "pass"}`);
  if (cmp.reasons.length === 0) blocks.push("No reasons to block or warn.");
  else {
    const ordered = [...cmp.reasons.filter((r) => r.blocking), ...cmp.reasons.filter((r) => !r.blocking)];
    const mark = (r) => r.blocking ? "\u274C blocks" : "\u26A0\uFE0F warns";
    const { general, groups } = groupReasons(ordered);
    const lines = general.map((r) => `- ${mark(r)}: ${cellText(r.message, opts, 500)}`);
    for (const { r, ids } of groups) {
      const verb = REASON_VERB[r.kind] ?? String(r.kind).replace(/_/g, " ");
      const who = ids.length <= 3 ? ids.map((id) => mdCode(id)).join(", ") : plural(ids.length, "case");
      lines.push(`- ${mark(r)}: ${who} ${verb} (above)`);
    }
    blocks.push(lines.join("\n"));
  }
  if (cmp.notices.length > 0) blocks.push(cmp.notices.map((n) => `> \u2139\uFE0F ${cellText(n, opts, 500)}`).join("\n>\n"));
  const footer = footerLine(opts);
  if (footer) blocks.push(footer);
  return blocks;
}
function footerLine(opts) {
  const h = opts.htmlReport;
  if (h) {
    const run = opts.runUrl ? mdLink("the workflow run", opts.runUrl) : "this workflow run";
    const artifact = h.artifact ? `the artifact ${mdCode(h.artifact)}` : "the uploaded artifact";
    return `<sub>Full report (every case, filterable, with each failing trial's steps): ${mdCode(h.path)} in ${artifact} of ${run} \xB7 evalgate</sub>`;
  }
  return opts.runUrl ? `<sub>${mdLink("Workflow run", opts.runUrl)} \xB7 evalgate</sub>` : "";
}
function renderComparisonMarkdown(cmp, opts = {}) {
  const visible = cmp.cases.filter((c) => !c.holdout);
  const nRows = Math.max(cmp.reasons.length, ...STATUS_ORDER.map((s) => visible.filter((c) => c.status === s).length), visible.filter((c) => c.modified).length);
  const nEvidence = visible.filter((c) => c.status === "regressed").length;
  return fitBlocks((d) => buildComparison(cmp, opts, d), opts, nRows, nEvidence);
}
function resultsHeadline(results) {
  const visible = results.cases.filter((c) => !c.holdout);
  const failing = visible.filter((c) => caseOutcome(c) === "fail").length;
  const erroring = visible.filter((c) => caseOutcome(c) === "error").length;
  const t = results.totals;
  const title = `evalgate / ${results.suite}`;
  if (failing === 0 && erroring === 0) return `\u2705 ${title}: ${formatInt(t.passes)}/${formatInt(t.runs)} runs passed`;
  return `\u274C ${title}: ${formatInt(failing)} failing, ${formatInt(erroring)} errored`;
}
function caseOutcome(c) {
  if (c.trials.some((t) => t.outcome === "fail") || c.passes + c.errors < c.runs) return "fail";
  if (c.errors > 0 || c.trials.some((t) => t.outcome === "error")) return "error";
  return "pass";
}
function firstFailureMessage(c) {
  for (const t of c.trials) {
    if (t.outcome === "fail") {
      const f = t.failures[0];
      if (f) return `${f.type}: ${f.message}`;
      if (t.class === "timeout") return "timed out";
    }
  }
  for (const t of c.trials) if (t.outcome === "error" && t.error) return t.error;
  return "";
}
function firstClass(c) {
  return c.trials.find((t) => t.outcome === "fail" && t.class)?.class ?? null;
}
function buildResults(results, opts, d) {
  const blocks = [];
  if (opts.marker) blocks.push(opts.marker);
  const visible = results.cases.filter((c) => !c.holdout);
  const failing = visible.filter((c) => caseOutcome(c) === "fail");
  const erroring = visible.filter((c) => caseOutcome(c) === "error");
  const passing = visible.length - failing.length - erroring.length;
  const t = results.totals;
  blocks.push(`## ${resultsHeadline(results)}`);
  blocks.push(
    `Commit ${mdCode(shortSha(results.commit))}${results.ref ? ` on ${mdCode(results.ref)}` : ""} \xB7 ${plural(t.cases, "case")}, ${plural(t.runs, "run")} \xB7 ` + (t.runs === 0 ? `pass rate **\u2014** (${allErrored(t) ? `all trials errored: ${plural(t.errors, "error")}, none evaluated` : "no trial was run"})` : `pass rate **${formatPct(t.pass_rate)}** \xB7 pass@${t.k} ${formatPct(t.pass_at_k)} \xB7 pass^${t.k} ${formatPct(t.pass_pow_k)}`)
  );
  blocks.push("### Totals");
  blocks.push(totalsTable(null, t, null));
  blocks.push(failuresTable(null, t));
  const rows = [...failing, ...erroring].map((c) => [
    mdCode(c.id),
    guardsMd(c.guards, opts, false),
    caseOutcome(c) === "fail" ? "fail" : "error",
    `${c.passes}/${c.runs}${c.errors ? ` (${c.errors} err)` : ""}`,
    firstClass(c) ? mdCode(firstClass(c)) : "\u2014",
    cellText(firstFailureMessage(c), opts, caseOutcome(c) === "error" ? ERROR_CELL_CHARS : MESSAGE_CELL_CHARS)
  ]);
  if (rows.length > 0) {
    blocks.push(sectionHeading("Failing and erroring cases", rows.length));
    blocks.push(...cappedTable(["case", "guards", "outcome", "passes", "class", "first failure"], rows, d, "failing or erroring cases", opts));
  }
  if (d.evidenceChars > 0 && d.evidenceCases >= Number.MAX_SAFE_INTEGER) {
    for (const c of erroring.slice(0, ERROR_EVIDENCE_CASES)) {
      const t2 = c.trials.find((x) => x.outcome === "error" && x.error) ?? c.trials.find((x) => x.outcome === "error");
      const ev = renderStderrTail(t2?.stderr_tail, d.evidenceChars, (x) => clean(x, opts));
      if (ev) blocks.push(`- ${mdCode(c.id)}

${indentBlock(ev, "  ")}`);
    }
  }
  blocks.push(`${plural(passing, "case")} passed every trial.`);
  if (results.holdout_totals) {
    const h = results.holdout_totals;
    blocks.push("### Holdout");
    blocks.push(`Holdout pass rate **${formatPct(h.pass_rate)}** over ${plural(h.runs, "run")} (${plural(h.cases, "case")}, reported only in aggregate).`);
  }
  if (results.notices.length > 0) blocks.push(results.notices.map((n) => `> \u2139\uFE0F ${cellText(n, opts, 500)}`).join("\n>\n"));
  const footer = footerLine(opts);
  if (footer) blocks.push(footer);
  return blocks;
}
function renderResultsMarkdown(results, opts = {}) {
  return fitBlocks((d) => buildResults(results, opts, d), opts, results.cases.length, 0);
}

// src/surfaces/text.ts
function palette(color) {
  const wrap = (open, close2) => color ? (s) => `\x1B[${open}m${s}\x1B[${close2}m` : (s) => s;
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
function line(s, max = 200) {
  const t = stripControl(s ?? "").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
var MESSAGE_CHARS = 1e3;
var STDERR_LINES = 5;
function stderrBlock(tail, p) {
  const lines = stderrExcerpt(tail, STDERR_LINES);
  if (lines.length === 0) return [];
  return [`      ${p.dim("stderr:")}`, ...lines.map((l) => `        ${p.dim(l)}`)];
}
function erroredTrialStderr(c) {
  return (c.trials.find((t) => t.outcome === "error" && t.error) ?? c.trials.find((t) => t.outcome === "error"))?.stderr_tail;
}
function totalsLines(t, p) {
  const byClass = FAILURE_CLASSES.filter((c) => (t.failures_by_class[c] ?? 0) > 0).map((c) => `${c} ${t.failures_by_class[c]}`);
  const byLevel = CHECK_LEVELS.map((l) => `${l} ${t.failures_by_level[l] ?? 0}`);
  const errors = `${formatInt(t.errors)} error${t.errors === 1 ? "" : "s"}`;
  const rates = t.runs === 0 ? `  pass rate ${p.bold("\u2014")} (${t.errors > 0 ? `all trials errored: ${errors}, none evaluated` : "no trial was run"})` : `  pass rate ${p.bold(formatPct(t.pass_rate))} (${formatInt(t.passes)}/${formatInt(t.runs)} runs, ${errors})  pass@${t.k} ${formatPct(t.pass_at_k)}  pass^${t.k} ${formatPct(t.pass_pow_k)}`;
  return [
    rates,
    `  cost ${formatUsd(t.cost_usd)} total, ${formatUsd(t.cost_per_success_usd)} per success  latency p50 ${formatLatency(t, "latency_p50_ms")}, p95 ${formatLatency(t, "latency_p95_ms")}  tokens ${formatInt(t.tokens)}`,
    `  failures by class: ${byClass.length ? byClass.join(", ") : "none"}`,
    `  failures by level: ${byLevel.join(", ")}`
  ];
}
function renderResultsText(results, opts = {}) {
  const p = palette(opts.color);
  const out = [];
  out.push(p.bold(`evalgate ${results.suite} @ ${shortSha(results.commit)}${results.ref ? ` (${results.ref})` : ""}`));
  out.push(...totalsLines(results.totals, p));
  const visible = results.cases.filter((c) => !c.holdout);
  const failing = visible.filter((c) => c.trials.some((t) => t.outcome === "fail") || c.passes + c.errors < c.runs);
  const erroring = visible.filter((c) => !failing.includes(c) && c.errors > 0);
  const guards = (g) => g === null ? "" : `  ${guardsLabel(g)}`;
  if (failing.length > 0) {
    out.push("", p.red(p.bold(`FAILING (${failing.length})`)));
    for (const c of failing) {
      const cls = c.trials.find((t) => t.outcome === "fail" && t.class)?.class;
      out.push(`  ${p.red("\u2717")} ${line(c.id)}${guards(c.guards)}  ${c.passes}/${c.runs}${cls ? `  ${cls}` : ""}`);
      const msg = line(firstFailureMessage(c), MESSAGE_CHARS);
      if (msg) out.push(`      ${p.dim(msg)}`);
    }
  }
  if (erroring.length > 0) {
    out.push("", p.yellow(p.bold(`ERRORED (${erroring.length})`)));
    for (const c of erroring) {
      out.push(`  ${p.yellow("!")} ${line(c.id)}${guards(c.guards)}  ${c.errors} of ${c.errors + c.runs} trial${c.errors + c.runs === 1 ? "" : "s"} errored`);
      const msg = line(firstFailureMessage(c), MESSAGE_CHARS);
      if (msg) out.push(`      ${p.dim(msg)}`);
      out.push(...stderrBlock(erroredTrialStderr(c), p));
    }
  }
  const passing = visible.length - failing.length - erroring.length;
  out.push("", p.green(`${formatInt(passing)} of ${formatInt(visible.length)} cases passed every trial.`));
  if (results.holdout_totals) {
    const h = results.holdout_totals;
    out.push(`holdout: ${formatPct(h.pass_rate)} pass rate over ${formatInt(h.runs)} runs (${formatInt(h.cases)} cases, aggregate only)`);
  }
  for (const n of results.notices) out.push(p.dim(`note: ${line(n, 500)}`));
  return `${out.join("\n")}
`;
}
var SECTIONS = [
  { status: "regressed", title: "REGRESSED", mark: (p) => p.red("\u2717"), tone: (p) => p.red },
  { status: "errored", title: "ERRORED", mark: (p) => p.yellow("!"), tone: (p) => p.yellow },
  { status: "removed", title: "REMOVED", mark: (p) => p.red("-"), tone: (p) => p.red },
  { status: "new", title: "NEW", mark: () => "+", tone: (p) => p.bold },
  { status: "inconclusive", title: "INCONCLUSIVE (not enough trials to decide)", mark: (p) => p.yellow("?"), tone: (p) => p.yellow },
  { status: "still_erroring", title: "STILL ERRORING (broken on the base branch too)", mark: (p) => p.yellow("!"), tone: (p) => p.yellow },
  { status: "fixed", title: "FIXED", mark: (p) => p.green("\u2713"), tone: (p) => p.green },
  { status: "flaky", title: "FLAKY", mark: (p) => p.yellow("~"), tone: (p) => p.yellow }
];
function caseLine(c) {
  const parts = [line(c.id)];
  if (c.guards !== null) parts.push(`\u2014 guards ${guardsLabel(c.guards)}${c.title ? ` "${line(c.title, 80)}"` : ""}`);
  if (c.class) parts.push(` ${c.class}`);
  parts.push(` ${formatRatio(c.base)} \u2192 ${formatRatio(c.head)}`);
  const decision = formatDecision(c);
  if (c.status === "regressed" || c.status === "inconclusive") parts.push(`  ${decision}`);
  else if (c.p_value !== null) parts.push(` p=${formatP(c.p_value)}`);
  if (c.modified) parts.push(" [definition changed; base definition gated]");
  if (!c.blocking && (c.status === "regressed" || c.status === "errored" || c.status === "removed")) parts.push(" (not blocking)");
  return parts.join(" ");
}
function renderComparisonText(cmp, opts = {}) {
  const p = palette(opts.color);
  const out = [];
  const blocking = cmp.reasons.filter((r) => r.blocking).length;
  out.push(
    cmp.verdict === "block" ? p.red(p.bold(`evalgate ${cmp.suite}: BLOCKED (${blocking} blocking reason${blocking === 1 ? "" : "s"})`)) : p.green(p.bold(`evalgate ${cmp.suite}: PASS${cmp.reasons.length ? ` (${cmp.reasons.length} warning${cmp.reasons.length === 1 ? "" : "s"})` : ""}`))
  );
  out.push(
    `head ${shortSha(cmp.head.commit)} vs ${cmp.base ? `baseline ${shortSha(cmp.base.commit)} (${line(cmp.base.source)}${cmp.base.ref ? `, ${cmp.base.ref}` : ""})` : "no baseline"}`
  );
  const changes = Array.isArray(cmp.harness_changes) ? cmp.harness_changes : [];
  if (changes.length > 0) {
    out.push("", p.yellow(p.bold(`HARNESS CHANGED (${changes.length}) \u2014 these results come from the changed harness; not a block`)));
    const shown = (v, hidden) => v === null ? "(not set)" : hidden ? "(hidden)" : JSON.stringify(line(v, 300));
    for (const c of changes) out.push(`  ${p.yellow("!")} ${line(c.field)}: ${shown(c.base, c.hidden)} \u2192 ${shown(c.head, c.hidden)}`);
  }
  const visible = cmp.cases.filter((c) => !c.holdout);
  for (const s of SECTIONS) {
    const rows = visible.filter((c) => c.status === s.status);
    if (rows.length === 0) continue;
    out.push("", s.tone(p)(p.bold(`${s.title} (${rows.length})`)));
    for (const c of rows) {
      out.push(`  ${s.mark(p)} ${caseLine(c)}`);
      if (c.message && s.status !== "fixed") out.push(`      ${p.dim(line(c.message, MESSAGE_CHARS))}`);
      if (c.evidence && isErrorRow(c)) out.push(...stderrBlock(parseEvidence(c.evidence).stderr, p));
    }
  }
  const unchanged = visible.filter((c) => c.status === "unchanged").length;
  out.push("", p.dim(`${formatInt(unchanged)} unchanged`));
  const resolution = detectableDropLine(visible);
  if (resolution) out.push(p.dim(resolution));
  if (cmp.family && cmp.family.tests > 0) {
    out.push(p.dim(`decided by: curtailed one-sided exact tests, alpha ${cmp.family.alpha} shared by ${cmp.family.tests} stochastic decision(s) (Bonferroni: ${Number(cmp.family.case_alpha.toPrecision(3))} each), power ${cmp.family.power} at a drop of ${cmp.family.min_drop}`));
  }
  const sd = cmp.suite_delta;
  const b = cmp.base_totals;
  const h = cmp.head_totals;
  out.push(
    "",
    sd.paired_cases > 0 ? `suite: ${formatPct(sd.base_pass_rate)} \u2192 ${formatPct(sd.head_pass_rate)}, mean paired diff ${formatPp(sd.mean_diff)} \xB1 ${formatPp(sd.se).replace(/^\+/, "")} (95% CI [${formatPp(sd.ci95[0])}, ${formatPp(sd.ci95[1])}]) over ${formatInt(sd.paired_cases)} paired cases` : (
      // Nothing paired: a "0.0% → 0.0% over 0 paired cases" delta would be a figure about nothing.
      allErrored(h) ? `suite: all trials errored on head (${formatInt(h.errors)} error${h.errors === 1 ? "" : "s"}, none evaluated): no pass rate to compare${b && b.runs > 0 ? ` with the baseline's ${formatPct(b.pass_rate)}` : ""}` : `suite: nothing paired with the baseline; head pass rate ${h.runs > 0 ? formatPct(h.pass_rate) : "\u2014"}`
    )
  );
  const rate = (t, key) => t.runs === 0 ? "\u2014" : formatPct(t[key]);
  const k = h.runs > 0 ? h.k : b && b.runs > 0 ? b.k : 0;
  out.push(
    k > 0 ? `pass@${k} ${b ? `${rate(b, "pass_at_k")} \u2192 ` : ""}${rate(h, "pass_at_k")}  pass^${k} ${b ? `${rate(b, "pass_pow_k")} \u2192 ` : ""}${rate(h, "pass_pow_k")}` : `pass@k \u2014  (${allErrored(h) ? "all trials errored" : "no trial could be evaluated"})`
  );
  out.push(
    `cost per success ${b ? `${formatUsd(b.cost_per_success_usd)} \u2192 ` : ""}${formatUsd(h.cost_per_success_usd)} (${formatChangePct(cmp.budgets.cost_per_success_pct)})  p95 latency ${b ? `${formatLatency(b, "latency_p95_ms")} \u2192 ` : ""}${formatLatency(h, "latency_p95_ms")} (${formatChangePct(cmp.budgets.p95_latency_pct)})` + (allErrored(h) ? "  (all trials errored on head: no cost or latency to compare)" : "")
  );
  const spend = formatSpend(cmp.spend);
  if (spend) out.push(spend);
  if (cmp.holdout) {
    const ho = cmp.holdout;
    out.push(
      `holdout: ${formatPct(ho.base_pass_rate)} \u2192 ${formatPct(ho.head_pass_rate)} (${formatInt(ho.base_runs)} \u2192 ${formatInt(ho.head_runs)} runs, p=${formatP(ho.p_value)})${ho.blocking ? ` ${p.red("blocks")}` : ""}`
    );
  }
  if (cmp.reasons.length > 0) {
    out.push("", p.bold("reasons:"));
    for (const r of [...cmp.reasons.filter((x) => x.blocking), ...cmp.reasons.filter((x) => !x.blocking)]) {
      out.push(`  ${r.blocking ? p.red("[block]") : p.yellow("[warn] ")} ${line(r.message, MESSAGE_CHARS + 200)}`);
    }
  }
  for (const n of cmp.notices) out.push(p.dim(`note: ${line(n, 500)}`));
  return `${out.join("\n")}
`;
}
function renderProgress(p) {
  const width = String(p.total).length;
  const eta = p.etaMs === null || !Number.isFinite(p.etaMs) ? "--:--" : formatClock(p.etaMs);
  return `[${String(p.done).padStart(width)}/${p.total}] ${p.failures} failing, ${p.errors} error${p.errors === 1 ? "" : "s"}, ${formatClock(p.elapsedMs)} elapsed, ETA ${eta}`;
}

// src/surfaces/junit.ts
var INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function stripInvalidXml(s) {
  return s.replace(INVALID_XML, "");
}
function xmlText(s) {
  return stripInvalidXml(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function xmlAttr(s) {
  return xmlText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
var MAX_MESSAGE = 1e3;
function clip(s) {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > MAX_MESSAGE ? `${one.slice(0, MAX_MESSAGE - 1)}\u2026` : one;
}
function attrs(a) {
  return Object.entries(a).map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`).join("");
}
function renderDoc(suiteName, timestamp, rows, properties) {
  const count = (f) => rows.filter(f).length;
  const time = rows.reduce((s, r) => s + r.timeS, 0);
  const head = {
    name: suiteName,
    tests: rows.length,
    failures: count((r) => !!r.failure),
    errors: count((r) => !!r.error),
    skipped: count((r) => !!r.skipped),
    time: time.toFixed(3)
  };
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ ...head })}>`, `  <testsuite${attrs(timestamp ? { ...head, timestamp } : head)}>`];
  const props = Object.entries(properties);
  if (props.length > 0) {
    lines.push("    <properties>");
    for (const [name, value] of props) lines.push(`      <property${attrs({ name, value })}/>`);
    lines.push("    </properties>");
  }
  for (const r of rows) {
    const open = `    <testcase${attrs({ classname: r.classname, name: r.name, time: r.timeS.toFixed(3) })}`;
    const inner = [];
    if (r.failure) inner.push(`      <failure${attrs({ message: clip(r.failure.message), type: r.failure.type })}>${xmlText(r.failure.body)}</failure>`);
    if (r.error) inner.push(`      <error${attrs({ message: clip(r.error.message), type: r.error.type })}>${xmlText(r.error.body)}</error>`);
    if (r.skipped) inner.push(`      <skipped${attrs({ message: clip(r.skipped) })}/>`);
    if (r.out) inner.push(`      <system-out>${xmlText(r.out)}</system-out>`);
    lines.push(inner.length ? `${open}>
${inner.join("\n")}
    </testcase>` : `${open}/>`);
  }
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}
function resultRow(c, suite) {
  const timeS = c.trials.reduce((s, t) => s + t.latency_ms, 0) / 1e3;
  const fails = c.trials.filter((t) => t.outcome === "fail");
  const errs = c.trials.filter((t) => t.outcome === "error");
  if (c.holdout) {
    const row2 = { classname: "holdout", name: c.id, timeS };
    if (fails.length > 0) row2.failure = { message: `holdout case failed ${fails.length}/${c.runs} trials`, type: "holdout", body: "" };
    else if (errs.length > 0) row2.error = { message: `holdout case errored ${errs.length}/${c.runs} trials`, type: "error", body: "" };
    return row2;
  }
  const row = { classname: c.workflow ?? suite, name: c.id, timeS };
  const guards = c.guards === null ? "" : ` (guards ${guardsLabel(c.guards)})`;
  if (fails.length > 0) {
    const first = fails[0];
    const firstMsg = first.failures[0] ? `${first.failures[0].type}: ${first.failures[0].message}` : first.class === "timeout" ? "timed out" : "failed";
    const body = fails.map((t) => [`trial ${t.trial}: ${t.class ?? "fail"}`, ...t.failures.map((f) => `  [${f.level}] ${f.type} (${f.class}): ${f.message}`)].join("\n")).join("\n");
    row.failure = { message: `${firstMsg}${guards}`, type: first.class ?? "fail", body: `${c.passes}/${c.runs} trials passed
${body}` };
  } else if (errs.length > 0) {
    row.error = {
      message: `${errs[0].error ?? "trial could not be evaluated"}${guards}`,
      type: "error",
      body: errs.map((t) => `trial ${t.trial}: ${t.error ?? "error"} (after ${t.retries} retries)`).join("\n")
    };
  }
  const evidence = [...fails, ...errs].map((t) => [t.stderr_tail ? `--- trial ${t.trial} stderr ---
${t.stderr_tail}` : "", t.trace_excerpt ? `--- trial ${t.trial} trace ---
${t.trace_excerpt}` : ""].filter(Boolean).join("\n")).filter(Boolean).join("\n");
  if (evidence) row.out = evidence;
  return row;
}
function comparisonRow(c, suite) {
  const change = !c.base ? formatRatio(c.head) : !c.head ? `was ${formatRatio(c.base)}` : `${formatRatio(c.base)} \u2192 ${formatRatio(c.head)}`;
  if (c.holdout) {
    const row2 = { classname: "holdout", name: c.id, timeS: 0 };
    if (c.blocking) row2.failure = { message: `holdout case ${c.status}`, type: "holdout", body: "" };
    return row2;
  }
  const row = { classname: c.workflow ?? suite, name: c.id, timeS: 0 };
  const guards = c.guards === null ? "" : ` (guards ${guardsLabel(c.guards)})`;
  const body = [
    `status: ${c.status}${c.modified ? " (definition changed in this PR; the base definition gated)" : ""}`,
    `passes: ${change}${c.p_value !== null ? `, p=${formatP(c.p_value)}` : ""}`,
    c.message ? `${c.status === "errored" ? "error" : "failing check"}: ${c.message}` : "",
    c.evidence ? `evidence:
${c.evidence}` : ""
  ].filter(Boolean).join("\n");
  if (c.status === "errored") {
    row.error = { message: `${c.message ?? "persistent errors on head"}${guards}`, type: "error", body };
  } else if (c.blocking || c.status === "regressed") {
    const what = c.status === "removed" ? "guard case removed" : c.status === "new" ? "new case fails" : "regressed";
    row.failure = { message: `${what} ${change}${c.message ? `: ${c.message}` : ""}${guards}`, type: c.class ?? c.status, body };
  } else if (c.status === "removed") {
    row.skipped = `guard case removed (allowed)${guards}`;
  } else if (c.status === "flaky" || c.modified) {
    row.out = body;
  }
  return row;
}
function renderJunit(x, head) {
  const suiteName = `evalgate.${x.suite}`;
  if (x.schema === "evalgate/results@1") {
    const rows2 = x.cases.map((c) => resultRow(c, x.suite));
    return renderDoc(suiteName, x.created_at, rows2, {
      commit: x.commit,
      ref: x.ref,
      pass_rate: formatPct(x.totals.pass_rate),
      ...x.holdout_totals ? { holdout_pass_rate: formatPct(x.holdout_totals.pass_rate) } : {}
    });
  }
  const seconds = new Map((head?.cases ?? []).map((c) => [c.id, c.trials.reduce((s, t) => s + t.latency_ms, 0) / 1e3]));
  const rows = x.cases.map((c) => ({ ...comparisonRow(c, x.suite), timeS: seconds.get(c.id) ?? 0 }));
  for (const r of x.reasons.filter((r2) => !r2.case_id && (r2.kind === "holdout" || r2.kind === "budget_cost" || r2.kind === "budget_latency" || r2.kind === "missing_shard"))) {
    const row = { classname: `${suiteName}.gate`, name: r.kind, timeS: 0 };
    if (r.blocking) row.failure = { message: r.message, type: r.kind, body: r.message };
    else row.out = `warning: ${r.message}`;
    rows.push(row);
  }
  return renderDoc(suiteName, null, rows, {
    verdict: x.verdict,
    head: x.head.commit,
    ...x.base ? { base: x.base.commit, base_short: shortSha(x.base.commit), baseline_source: scrubLocalPaths(x.base.source) } : {},
    head_pass_rate: formatPct(x.suite_delta.head_pass_rate),
    base_pass_rate: formatPct(x.suite_delta.base_pass_rate),
    ...Array.isArray(x.harness_changes) && x.harness_changes.length ? { harness_changed: x.harness_changes.map((c) => c.field).join(", ") } : {}
  });
}

// src/surfaces/json.ts
function renderJson(x, opts = {}) {
  const value = opts.redact ? redactValue(x, opts.redact) : x;
  return `${JSON.stringify(value, null, 2)}
`;
}
function* renderJsonChunks(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value) || typeof value.toJSON === "function") {
    yield `${JSON.stringify(value, null, 2)}
`;
    return;
  }
  const obj = value;
  const hasJsonForm = (v) => v !== null && typeof v === "object" && typeof v.toJSON !== "function" ? true : JSON.stringify(v) !== void 0;
  const keys = Object.keys(obj).filter((k) => hasJsonForm(obj[k]));
  if (keys.length === 0) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (let k = 0; k < keys.length; k++) {
    const member = obj[keys[k]];
    const head = `  ${JSON.stringify(keys[k])}: `;
    const tail = k < keys.length - 1 ? ",\n" : "\n";
    if (Array.isArray(member) && member.length > 0 && typeof member.toJSON !== "function") {
      yield `${head}[
`;
      for (let i = 0; i < member.length; i++) {
        const item = JSON.stringify(member[i], null, 2) ?? "null";
        yield `    ${item.replaceAll("\n", "\n    ")}${i < member.length - 1 ? "," : ""}
`;
      }
      yield `  ]${tail}`;
    } else {
      yield `${head}${JSON.stringify(member, null, 2).replaceAll("\n", "\n  ")}${tail}`;
    }
  }
  yield "}\n";
}

// src/surfaces/html.ts
import { createHash } from "node:crypto";

// src/surfaces/html-client.ts
var REPORT_CSS = String.raw`
:root { --fg: #1f2328; --muted: #59636e; --bg: #fff; --panel: #f6f8fa; --line: #d1d9e0; --red: #cf222e; --red-bg: #ffebe9;
  --green: #1a7f37; --green-bg: #dafbe1; --yellow: #9a6700; --yellow-bg: #fff8c5; --blue: #0969da; --blue-bg: #ddf4ff; --mark: #fff1e5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --red: #ff7b72; --red-bg: #3b1219;
    --green: #3fb950; --green-bg: #12261e; --yellow: #d29922; --yellow-bg: #2e2611; --blue: #4493f8; --blue-bg: #121d2f; --mark: #3a2412; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1400px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h1 .badge { font-size: 14px; vertical-align: 3px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
a { color: var(--blue); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; font-size: 12px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 4px 0; overflow: auto; max-height: 360px; white-space: pre-wrap; word-break: break-word; }
.verdict { border-radius: 8px; padding: 14px 18px; margin: 8px 0 16px; border: 1px solid var(--line); }
.verdict.block { background: var(--red-bg); border-color: var(--red); }
.verdict.pass { background: var(--green-bg); border-color: var(--green); }
.verdict p { margin: 4px 0 0; }
.note { color: var(--muted); }
.warnbox { background: var(--yellow-bg); border: 1px solid var(--yellow); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
ul.reasons { padding-left: 20px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; position: sticky; top: 0; background: var(--bg); padding: 6px 0; z-index: 2; }
.controls select, .controls input[type=search] { font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.controls input[type=search] { min-width: 16em; }
.count { color: var(--muted); margin-left: auto; }
table.cases { width: 100%; table-layout: auto; }
table.cases td.case { min-width: 16em; max-width: 34em; word-break: break-word; }
table.cases td.guards { max-width: 22em; }
table.cases tr.row:hover { background: var(--panel); }
.toggle { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; color: var(--fg); text-align: left; }
.toggle .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; font-weight: 600; }
.toggle::before { content: "\25B8 "; color: var(--muted); }
.toggle[aria-expanded=true]::before { content: "\25BE "; }
.sub { display: block; color: var(--muted); font-size: 12px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid var(--line); background: var(--panel); }
.badge.st-regressed, .badge.st-errored, .badge.st-removed, .badge.st-fail, .badge.st-error, .badge.blocking { background: var(--red-bg); color: var(--red); border-color: var(--red); }
.badge.st-new, .badge.st-inconclusive, .badge.st-still_erroring, .badge.st-flaky, .badge.st-modified { background: var(--yellow-bg); color: var(--yellow); border-color: var(--yellow); }
.badge.st-fixed, .badge.st-pass { background: var(--green-bg); color: var(--green); border-color: var(--green); }
tr.detail > td { background: var(--bg); padding: 10px 14px 14px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; word-break: break-word; }
div.defs { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
details.trial { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 8px 0; }
details.trial > summary { cursor: pointer; font-weight: 600; }
ul.fails { margin: 4px 0; padding-left: 20px; }
ol.timeline { list-style: none; margin: 6px 0; padding: 0; }
ol.timeline > li { border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; margin: 3px 0; }
ol.timeline > li.err { border-color: var(--red); }
ol.timeline > li.marked { background: var(--mark); border: 2px solid var(--red); }
.step-head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.step-no { color: var(--muted); min-width: 2em; font-variant-numeric: tabular-nums; }
.kind { font-size: 11px; font-weight: 600; text-transform: uppercase; padding: 0 5px; border-radius: 4px; background: var(--blue-bg); color: var(--blue); }
.kind.llm { background: var(--green-bg); color: var(--green); }
.step-name { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; word-break: break-all; }
.step-status.err { color: var(--red); font-weight: 600; }
.metrics { color: var(--muted); margin-left: auto; white-space: nowrap; }
.bar { position: relative; height: 4px; background: var(--panel); border-radius: 2px; margin: 4px 0 2px; }
.bar > span { position: absolute; top: 0; bottom: 0; background: var(--blue); border-radius: 2px; min-width: 2px; }
li.err .bar > span { background: var(--red); }
.mark-label { color: var(--red); font-weight: 600; }
.gap { color: var(--muted); padding: 2px 8px; }
.pager { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.pager button { font: inherit; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); cursor: pointer; }
.pager button:disabled { opacity: .5; cursor: default; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;
var REPORT_JS = String.raw`
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('evalgate-data').textContent);
  var host = document.getElementById('cases-app');
  if (!host) return;
  var PAGE = D.page || 100;
  var rows = D.rows;
  var comparison = D.kind === 'comparison';
  var state = { status: '', workflow: '', severity: '', cls: '', q: '', blocking: false, page: 0 };
  var opened = {};
  var keys = rows.map(function (r) { return (r.id + '\n' + (r.t || '')).toLowerCase(); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function link(text, href) {
    // Only http(s) links exist in the data (checked when the page was written); checked again here.
    if (!href || !/^https?:\/\//.test(href)) return el('span', '', text);
    var a = el('a', '', text);
    a.href = href;
    a.rel = 'noopener noreferrer';
    return a;
  }
  function label(s) { return String(s).replace(/_/g, ' '); }
  function badge(st, extra) { return el('span', 'badge st-' + st + (extra ? ' ' + extra : ''), label(st)); }

  // ------------------------------------------------------------------ controls
  var controls = add(host, el('div', 'controls'));
  controls.setAttribute('role', 'search');
  function select(name, title, values, key) {
    var s = el('select');
    s.setAttribute('aria-label', title);
    s.name = name;
    var counts = {};
    rows.forEach(function (r) { var v = r[key] || ''; counts[v] = (counts[v] || 0) + 1; });
    var all = el('option', '', title + ' (all)');
    all.value = '';
    s.appendChild(all);
    values.forEach(function (v) {
      if (!counts[v]) return;
      var o = el('option', '', label(v) + ' (' + counts[v] + ')');
      o.value = v;
      s.appendChild(o);
    });
    s.addEventListener('change', function () { state[name] = s.value; state.page = 0; render(); });
    controls.appendChild(s);
    return s;
  }
  function distinct(key) {
    var seen = {};
    var out = [];
    rows.forEach(function (r) { var v = r[key]; if (v && !seen[v]) { seen[v] = 1; out.push(v); } });
    return out.sort();
  }
  select('status', comparison ? 'status' : 'outcome', D.statuses, 'st');
  select('workflow', 'workflow', distinct('wf'), 'wf');
  select('severity', 'severity', distinct('sev'), 'sev');
  select('cls', 'class', D.classes, 'cls');
  var search = el('input');
  search.type = 'search';
  search.name = 'q';
  search.placeholder = 'search case id or title';
  search.setAttribute('aria-label', 'search case id or title');
  search.addEventListener('input', function () { state.q = search.value.trim().toLowerCase(); state.page = 0; render(); });
  controls.appendChild(search);
  if (rows.some(function (r) { return r.blk; })) {
    var lab = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.name = 'blocking';
    box.addEventListener('change', function () { state.blocking = box.checked; state.page = 0; render(); });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(' blocking only'));
    controls.appendChild(lab);
  }
  var count = add(controls, el('span', 'count'));

  // ------------------------------------------------------------------ table
  var columns = comparison
    ? ['status', 'case', 'guards', 'workflow', 'severity', 'class', 'base', 'head', 'detects', 'decided by', 'cost', 'p50 latency']
    : ['outcome', 'case', 'guards', 'workflow', 'severity', 'class', 'passes', 'cost', 'p50 latency'];
  var numeric = { base: 1, head: 1, passes: 1, detects: 1, cost: 1, 'p50 latency': 1 };
  var table = add(host, el('table', 'cases'));
  var thead = add(table, el('thead'));
  var htr = add(thead, el('tr'));
  columns.forEach(function (c) { htr.appendChild(el('th', numeric[c] ? 'num' : '', c)); });
  var tbody = add(table, el('tbody'));
  var pager = add(host, el('nav', 'pager'));
  pager.setAttribute('aria-label', 'pages');
  var prev = add(pager, el('button', '', '\u2190 previous'));
  var pageInfo = add(pager, el('span', 'page-info'));
  var next = add(pager, el('button', '', 'next \u2192'));
  prev.type = next.type = 'button';
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });

  function cell(tr, cls, content) {
    var td = add(tr, el('td', cls));
    if (content === undefined || content === null || content === '') td.textContent = '\u2014';
    else if (typeof content === 'string') td.textContent = content;
    else td.appendChild(content);
    return td;
  }
  function guardsNode(r) {
    if (!r.g) return null;
    var span = el('span');
    span.appendChild(link(r.g, r.gu));
    if (r.gt) span.appendChild(el('span', 'sub', r.gt));
    return span;
  }
  function rowNode(r, i) {
    var tr = el('tr', 'row');
    var st = cell(tr, '', badge(r.st, ''));
    if (r.blk) { st.appendChild(document.createTextNode(' ')); st.appendChild(el('span', 'badge blocking', 'blocks')); }
    var btn = el('button', 'toggle');
    btn.type = 'button';
    btn.appendChild(el('span', 'id', r.id));
    if (r.t) btn.appendChild(el('span', 'sub', r.t));
    btn.setAttribute('aria-expanded', opened[r.id] ? 'true' : 'false');
    btn.addEventListener('click', function () {
      if (opened[r.id]) delete opened[r.id]; else opened[r.id] = 1;
      render();
    });
    cell(tr, 'case', btn);
    cell(tr, 'guards', guardsNode(r));
    cell(tr, '', r.wf);
    cell(tr, '', r.sev);
    cell(tr, 'mono', r.cls);
    if (comparison) {
      cell(tr, 'num', r.b);
      cell(tr, 'num', r.h);
      cell(tr, 'num', r.mde);
      cell(tr, '', r.dec);
    } else {
      cell(tr, 'num', r.h);
    }
    cell(tr, 'num', r.cost);
    cell(tr, 'num', r.lat);
    tr.setAttribute('data-case', r.id);
    return tr;
  }

  // ------------------------------------------------------------------ detail
  function facts(r) {
    var dl = el('dl', 'facts');
    function fact(name, value) {
      if (value === undefined || value === null || value === '') return;
      dl.appendChild(el('dt', '', name));
      var dd = add(dl, el('dd'));
      if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    }
    if (r.g) fact('guards', guardsNode(r));
    if (r.f) fact('case file', link(r.f, r.fu));
    if (r.decFull) fact('decided', r.decFull);
    if (r.mdeFull) fact('resolution', r.mdeFull);
    if (r.msg) fact(r.st === 'errored' || r.st === 'still_erroring' || r.st === 'error' ? 'error' : 'failing check', r.msg);
    if (r.mod) fact('definition', 'changed in this pull request; the base definition gated');
    return dl;
  }
  function pre(text, cls) { return el('pre', cls || '', text); }
  function fold(summary, body, open) {
    var d = el('details');
    if (open) d.open = true;
    d.appendChild(el('summary', '', summary));
    d.appendChild(body);
    return d;
  }
  function timeline(steps) {
    var ol = el('ol', 'timeline');
    steps.forEach(function (s) {
      if (s.gap) { ol.appendChild(el('li', 'gap', '\u2026 ' + s.gap + ' step(s) not shown')); return; }
      var li = el('li', 'step' + (s.st === 'error' ? ' err' : '') + (s.mk ? ' marked' : ''));
      li.setAttribute('data-step', String(s.n));
      var head = add(li, el('div', 'step-head'));
      head.appendChild(el('span', 'step-no', s.n + '.'));
      head.appendChild(el('span', 'kind ' + (s.ty === 'llm' ? 'llm' : 'tool'), s.ty));
      head.appendChild(el('span', 'step-name', s.nm || '\u2014'));
      if (s.md) head.appendChild(el('span', 'note', s.md));
      var status = s.st === 'error' ? 'error' + (s.er ? ': ' + s.er : '') : (s.st || 'ok');
      head.appendChild(el('span', 'step-status' + (s.st === 'error' ? ' err' : ''), status));
      var m = [s.l, s.k, s.u].filter(function (x) { return x; }).join(' \u00b7 ');
      if (m) head.appendChild(el('span', 'metrics', m));
      if (typeof s.x === 'number' && typeof s.w === 'number') {
        var bar = add(li, el('div', 'bar'));
        var fill = add(bar, el('span'));
        // CSSOM, not a style attribute: allowed under the page's style-src.
        fill.style.left = (100 * s.x).toFixed(2) + '%';
        fill.style.width = (100 * s.w).toFixed(2) + '%';
      }
      if (s.mk) li.appendChild(el('div', 'mark-label', '\u2190 failing check: ' + s.mk.join('; ')));
      if (s.a) li.appendChild(fold('args', pre(s.a), !!s.mk));
      if (s.r) li.appendChild(fold('result', pre(s.r), false));
      ol.appendChild(li);
    });
    return ol;
  }
  function evidence(e, box) {
    if (e.fails && e.fails.length) {
      var ul = add(box, el('ul', 'fails'));
      e.fails.forEach(function (f) {
        var li = add(ul, el('li'));
        li.appendChild(el('code', '', f.ty));
        li.appendChild(document.createTextNode(' (' + f.lv + ', ' + f.c + '): ' + f.m));
      });
      if (e.failsMore) box.appendChild(el('p', 'note', e.failsMore));
    }
    if (e.err) { box.appendChild(el('h3', '', 'error')); box.appendChild(pre(e.err)); }
    if (e.steps) {
      box.appendChild(el('h3', '', 'steps'));
      if (e.steps.length) box.appendChild(timeline(e.steps)); else box.appendChild(el('p', 'note', 'The trace has no steps.'));
      if (e.cut) box.appendChild(el('p', 'note', 'The trace excerpt kept in the results ends here; later steps were cut (run with --keep-traces for whole traces).'));
    }
    if (e.out !== undefined) { box.appendChild(el('h3', '', 'output')); box.appendChild(pre(e.out)); }
    if (e.raw) box.appendChild(fold('trace excerpt (as kept)', pre(e.raw), !e.steps));
    if (e.stderr) box.appendChild(fold('stderr (tail)', pre(e.stderr), !e.steps && !e.err));
    if (e.warn && e.warn.length) {
      var w = el('ul');
      e.warn.forEach(function (x) { w.appendChild(el('li', '', x)); });
      box.appendChild(fold('trace conversion warnings (' + e.warn.length + ')', w, false));
    }
  }
  function trialsTable(tr) {
    var t = el('table', 'trials');
    var h = add(add(t, el('thead')), el('tr'));
    ['trial', 'outcome', 'class', 'latency', 'tokens', 'cost', 'retries', 'first failure'].forEach(function (c) { h.appendChild(el('th', '', c)); });
    var b = add(t, el('tbody'));
    tr.forEach(function (x) {
      var row = add(b, el('tr'));
      cell(row, 'num', String(x.n));
      cell(row, '', badge(x.o, ''));
      cell(row, 'mono', x.c);
      cell(row, 'num', x.l);
      cell(row, 'num', x.k);
      cell(row, 'num', x.u);
      cell(row, 'num', x.r ? String(x.r) : '0');
      if (x.s) cell(row, 'note', '\u2033 same as above'); else cell(row, '', x.m);
    });
    return t;
  }
  function detailNode(r) {
    var tr = el('tr', 'detail');
    var td = add(tr, el('td'));
    td.colSpan = columns.length;
    td.appendChild(facts(r));
    if (r.defs) {
      // The change edited this case: the base definition gated; both side by side.
      td.appendChild(el('h3', '', 'Definition: base (gated) | head (this change)'));
      var defs = add(td, el('div', 'defs'));
      defs.appendChild(pre(r.defs.b, 'def-base'));
      defs.appendChild(pre(r.defs.h, 'def-head'));
    }
    if (r.tr && r.tr.length) {
      td.appendChild(el('h3', '', 'Trials'));
      td.appendChild(trialsTable(r.tr));
      if (r.trMore) td.appendChild(el('p', 'note', r.trMore));
      var first = true;
      r.tr.forEach(function (x) {
        if (!x.e) return;
        var d = el('details', 'trial');
        d.open = first;
        first = false;
        d.setAttribute('data-trial', String(x.n));
        d.appendChild(el('summary', '', 'Trial ' + x.n + ': ' + x.o + (x.c ? ' \u00b7 ' + x.c : '') + ' \u00b7 ' + [x.l, x.k, x.u].join(' \u00b7 ')));
        evidence(x.e, d);
        td.appendChild(d);
      });
    } else if (r.ev) {
      var d = el('details', 'trial');
      d.open = true;
      d.appendChild(el('summary', '', 'Evidence of the first failing head trial'));
      evidence(r.ev, d);
      td.appendChild(d);
    }
    if (r.evMore) td.appendChild(el('p', 'note', r.evMore));
    return tr;
  }

  // ------------------------------------------------------------------ render
  function matches(r, i) {
    if (state.status && r.st !== state.status) return false;
    if (state.blocking && !r.blk) return false;
    if (state.workflow && r.wf !== state.workflow) return false;
    if (state.severity && r.sev !== state.severity) return false;
    if (state.cls && r.cls !== state.cls) return false;
    if (state.q && keys[i].indexOf(state.q) < 0) return false;
    return true;
  }
  function render() {
    var shown = [];
    for (var i = 0; i < rows.length; i++) if (matches(rows[i], i)) shown.push(i);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var start = state.page * PAGE;
    var frag = document.createDocumentFragment();
    shown.slice(start, start + PAGE).forEach(function (i) {
      var r = rows[i];
      frag.appendChild(rowNode(r, i));
      if (opened[r.id]) frag.appendChild(detailNode(r));
    });
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    tbody.appendChild(frag);
    count.textContent = shown.length === rows.length ? rows.length + ' cases' : shown.length + ' of ' + rows.length + ' cases';
    pageInfo.textContent = shown.length === 0 ? 'no case matches' : 'cases ' + (start + 1) + '\u2013' + Math.min(start + PAGE, shown.length) + ' of ' + shown.length + ' \u00b7 page ' + (state.page + 1) + ' of ' + pages;
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    pager.hidden = pages <= 1 && shown.length > 0;
  }

  // #case=<id> opens that case (a link a reviewer can share within the same file).
  var m = /^#case=(.+)$/.exec(location.hash);
  if (m) {
    var id = m[1];
    try { id = decodeURIComponent(id); } catch (err) { /* kept as written */ }
    if (rows.some(function (r) { return r.id === id; })) { opened[id] = 1; state.q = id.toLowerCase(); search.value = id; }
  } else if (rows.length && rows[0].open) {
    opened[rows[0].id] = 1;
  }
  render();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

// src/surfaces/html.ts
var HTML_PAGE_ROWS = 100;
var HTML_EVIDENCE_TRIALS = 3;
var HTML_LISTED_TRIALS = 50;
var HTML_PASSES_LISTED = 10;
var HTML_MAX_ROWS = 2e4;
var HTML_EVIDENCE_BUDGET = 8e6;
var MESSAGE_CHARS2 = 2e3;
var FAILURES_SHOWN = 20;
var VALUE_CHARS = 3e3;
var OUTPUT_CHARS = 6e3;
var MAX_STEPS = 120;
function escapeHtml(s) {
  return stripControl(s).replace(/[&<>"']/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;");
}
function jsonForScript(value) {
  return JSON.stringify(value).replace(/[<\u2028\u2029]/g, (c) => c === "<" ? "\\u003c" : c === "\u2028" ? "\\u2028" : "\\u2029");
}
function safeHref(url) {
  if (!url || !/^https?:\/\/[^\s"'<>]+$/.test(url)) return null;
  return url;
}
function link(text, href) {
  const h = safeHref(href);
  return h ? `<a href="${escapeHtml(h)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}
var sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
var policy = null;
function reportCsp() {
  policy ??= `default-src 'none'; style-src ${sha256(REPORT_CSS)}; script-src ${sha256(REPORT_JS)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return policy;
}
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
function plain(s) {
  return CONTROL.test(s) ? stripControl(s) : s;
}
function titleCleaner(opts) {
  const r = opts.redact;
  const red = !r ? (s) => s : typeof r === "function" ? r : createRedactor({ secrets: r.secrets, matchers: compileRedactPatterns(r.patterns) });
  return (s) => plain(red(s));
}
function cut(s, max) {
  if (s.length <= max) return s;
  let keep = max - 1;
  if (keep > 0 && /[\uD800-\uDBFF]/.test(s[keep - 1])) keep--;
  return `${s.slice(0, keep)}\u2026`;
}
function pretty(v, max, clean2) {
  if (v === void 0) return "";
  const text = typeof v === "string" ? v : JSON.stringify(v, null, 2) ?? String(v);
  return cut(clean2(text), max);
}
function plural2(n, one, many = `${one}s`) {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}
function median(xs) {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function tokensText(input, output) {
  if (input === void 0 && output === void 0) return void 0;
  return `${formatInt(input ?? 0)} in / ${formatInt(output ?? 0)} out tokens`;
}
function guardsOf(guards, opts, clean2, titles) {
  if (guards === null || guards === "") return {};
  const key = guardsKey(guards);
  const title = opts.issueTitles?.get(key) ?? opts.issueTitles?.get(guardsLabel(guards));
  const out = { g: `guards ${clean2(guardsLabel(guards))}` };
  if (title) out.gt = cut(titles(title), 300);
  const url = safeHref(opts.issueUrl?.(key) ?? null);
  if (url) out.gu = url;
  return out;
}
function pickSteps(steps, marked) {
  if (steps.length <= MAX_STEPS) return steps.map((_, i) => i + 1);
  const keep = /* @__PURE__ */ new Set();
  for (let n = 1; n <= 40; n++) keep.add(n);
  for (let n = steps.length - 9; n <= steps.length; n++) keep.add(n);
  const wanted = [...marked, ...steps.flatMap((s, i) => s.status === "error" ? [i + 1] : [])];
  for (const n of wanted) {
    if (keep.size >= MAX_STEPS) break;
    for (const d of [-1, 0, 1]) if (n + d >= 1 && n + d <= steps.length) keep.add(n + d);
  }
  const sorted = [...keep].sort((a, b) => a - b);
  const out = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n > sorted[i - 1] + 1) out.push("gap");
    out.push(n);
  });
  return out;
}
function timeline(steps, marks, clean2) {
  const total = steps.reduce((s, x) => s + (x.latency_ms ?? 0), 0);
  const starts = [];
  let at = 0;
  for (const s of steps) {
    starts.push(at);
    at += s.latency_ms ?? 0;
  }
  const picked = pickSteps(steps, new Set(marks.keys()));
  const out = [];
  picked.forEach((n, i) => {
    if (n === "gap") {
      const before = picked[i - 1];
      const after = picked[i + 1];
      out.push({ gap: after - before - 1 });
      return;
    }
    const s = steps[n - 1];
    const d = { n, ty: cut(clean2(s.type), 40), nm: cut(clean2(s.name), 300) };
    if (s.model) d.md = cut(clean2(s.model), 120);
    const args = pretty(s.args, VALUE_CHARS, clean2);
    if (args && args !== "{}") d.a = args;
    const result = pretty(s.result, VALUE_CHARS, clean2);
    if (result) d.r = result;
    if (s.status !== void 0 && s.status !== "ok") d.st = cut(clean2(s.status), 40);
    if (s.error) d.er = cut(clean2(s.error), 500);
    if (s.latency_ms !== void 0) d.l = formatMs(s.latency_ms);
    const k = tokensText(s.input_tokens, s.output_tokens);
    if (k) d.k = k;
    if (s.cost_usd !== void 0) d.u = formatUsd(s.cost_usd);
    if (total > 0 && s.latency_ms !== void 0) {
      d.x = Math.round(starts[n - 1] / total * 1e4) / 1e4;
      d.w = Math.round(s.latency_ms / total * 1e4) / 1e4;
    }
    const mk = marks.get(n);
    if (mk) d.mk = mk;
    out.push(d);
  });
  return out;
}
function fromParsed(ev, marks, clean2, into) {
  if (ev.steps) {
    into.steps = timeline(ev.steps, marks, clean2);
    if (ev.truncated) into.cut = 1;
  } else if (ev.trace) {
    into.raw = cut(clean2(ev.trace), OUTPUT_CHARS);
  }
  if (ev.output !== void 0) into.out = pretty(ev.output, OUTPUT_CHARS, clean2);
  if (ev.stderr) into.stderr = clean2(ev.stderr);
  if (ev.conversion) into.warn = clean2(ev.conversion).split("\n").filter(Boolean).slice(0, 20);
}
function marksOf(messages, clean2) {
  const marks = /* @__PURE__ */ new Map();
  for (const f of messages) {
    for (const n of pointedSteps(f.message)) {
      const list2 = marks.get(n) ?? [];
      if (list2.length < 5) list2.push(cut(`${f.type}: ${clean2(f.message)}`, 300));
      marks.set(n, list2);
    }
  }
  return marks;
}
function evidenceSize(t) {
  return (t.trace_excerpt?.length ?? 0) + (t.stderr_tail?.length ?? 0) + t.failures.reduce((n, f) => n + Math.min(f.message.length, MESSAGE_CHARS2), 0) + (t.error?.length ?? 0);
}
function trialEvidence(t, clean2) {
  const e = {};
  if (t.failures.length > 0) {
    e.fails = t.failures.slice(0, FAILURES_SHOWN).map((f) => ({ ty: f.type, lv: f.level, c: f.class, m: cut(clean2(f.message), MESSAGE_CHARS2) }));
    if (t.failures.length > FAILURES_SHOWN) e.failsMore = `\u2026 and ${formatInt(t.failures.length - FAILURES_SHOWN)} more failing check(s) in results.json`;
  }
  if (t.error) e.err = cut(clean2(t.error), MESSAGE_CHARS2);
  const marks = marksOf(t.failures, clean2);
  if (t.trace_excerpt) fromParsed(parseEvidence(t.trace_excerpt), marks, clean2, e);
  if (t.stderr_tail) e.stderr = clean2(t.stderr_tail);
  if (t.warnings && t.warnings.length > 0) e.warn = t.warnings.slice(0, 20).map((w) => cut(clean2(w), 1e3));
  return e;
}
function trialFirstMessage(t, clean2) {
  if (t.outcome === "error") return t.error ? cut(clean2(t.error), 160) : "errored";
  if (t.outcome === "fail") {
    const f = t.failures[0];
    if (f) return cut(`${f.type}: ${clean2(f.message)}`, 160);
    return t.class === "timeout" ? "timed out" : "failed";
  }
  return void 0;
}
function trialsOf(c, clean2, budget) {
  const notPass = c.trials.filter((t) => t.outcome !== "pass");
  const listPasses = c.trials.length <= HTML_PASSES_LISTED;
  const listed = (listPasses ? c.trials : notPass).slice(0, HTML_LISTED_TRIALS);
  const more = [];
  if (!listPasses) {
    const passes = c.trials.filter((t) => t.outcome === "pass");
    if (passes.length > 0) {
      const cost = passes.reduce((n, t) => n + t.cost_usd, 0);
      more.push(`${plural2(passes.length, "passing trial")} not listed (median latency ${formatMs(median(passes.map((t) => t.latency_ms)))}, ${formatUsd(cost)} in all)`);
    }
  }
  const unlisted = (listPasses ? c.trials : notPass).length - listed.length;
  if (unlisted > 0) more.push(`${plural2(unlisted, listPasses ? "more trial" : "more failing or erroring trial")} not listed`);
  let withEvidence = 0;
  let skippedCap = 0;
  let skippedBudget = 0;
  let previous;
  const tr = listed.map((t) => {
    const d = { n: t.trial, o: t.outcome, l: formatMs(t.latency_ms), k: `${formatInt(t.tokens)} tokens`, u: formatUsd(t.cost_usd), r: t.retries };
    if (t.class) d.c = t.class;
    const m = trialFirstMessage(t, clean2);
    if (m && m === previous) d.s = 1;
    else if (m) d.m = m;
    previous = m;
    if (t.outcome !== "pass") {
      if (withEvidence >= HTML_EVIDENCE_TRIALS) skippedCap++;
      else {
        const size = evidenceSize(t);
        if (size > budget.left) skippedBudget++;
        else {
          budget.left -= size;
          withEvidence++;
          d.e = trialEvidence(t, clean2);
        }
      }
    }
    return d;
  });
  skippedCap += notPass.length - listed.filter((t) => t.outcome !== "pass").length;
  const out = { tr };
  if (more.length > 0) out.trMore = `${more.join("; ")}; results.json has every trial.`;
  const notes = [];
  if (skippedCap > 0) notes.push(`${plural2(skippedCap, "more failing or erroring trial")} without evidence here (the report keeps it for ${HTML_EVIDENCE_TRIALS} per case)`);
  if (skippedBudget > 0) notes.push(`${plural2(skippedBudget, "failing or erroring trial")} without evidence here (the report's evidence budget went to the cases listed before this one)`);
  if (notes.length > 0) out.evMore = `${notes.join("; ")}; results.json has it.`;
  return out;
}
function caseMetrics(c) {
  if (!c || c.trials.length === 0) return {};
  const cost = c.trials.reduce((s, t) => s + t.cost_usd, 0);
  return { cost: formatUsd(cost), lat: formatMs(median(c.trials.map((t) => t.latency_ms))) };
}
var STATUS_ORDER2 = ["regressed", "errored", "removed", "new", "inconclusive", "still_erroring", "fixed", "flaky", "modified", "unchanged"];
var SEVERITY_ORDER = ["sev0", "sev1", "sev2", "sev3"];
function rankOf(order, v) {
  const i = v ? order.indexOf(v) : -1;
  return i < 0 ? order.length : i;
}
function shortDecision(c) {
  switch (c.decided_by) {
    case "deterministic":
      return "deterministic";
    case "curtailed":
      return `curtailed test, p ${formatP(c.p_value)}`;
    case "futility":
      return "futility";
    case "exact_test":
      return `exact test, p ${formatP(c.p_value)}`;
    default:
      if (c.status === "inconclusive") return "inconclusive";
      return c.p_value === null ? void 0 : `p ${formatP(c.p_value)}`;
  }
}
function comparisonRow2(c, head, opts, titles, budget) {
  const clean2 = plain;
  const r = { id: clean2(c.id), st: clean2(String(c.status)), ...guardsOf(c.guards, opts, clean2, titles) };
  if (c.blocking) r.blk = 1;
  if (c.title) r.t = cut(clean2(c.title), 300);
  if (c.workflow) r.wf = clean2(c.workflow);
  if (c.severity) r.sev = clean2(c.severity);
  if (c.class) r.cls = c.class;
  const side = (x) => `${formatRatio(x)}${x.runs > 0 ? ` (${formatRateInterval(x)})` : ""}${x.errors ? ` (+${formatInt(x.errors)} err)` : ""}`;
  if (c.base) r.b = side(c.base);
  if (c.head) r.h = side(c.head);
  if (c.mde !== void 0 && c.kind !== "deterministic") {
    r.mde = c.mde === null ? "none" : formatPct(c.mde, 0);
    r.mdeFull = formatMde(c.mde);
  }
  const dec = shortDecision(c);
  if (dec) r.dec = dec;
  const full = c.status === "inconclusive" ? `inconclusive: ${formatInconclusive(c)}` : formatDecision(c);
  if (full) r.decFull = full;
  Object.assign(r, caseMetrics(head));
  if (c.file) {
    r.f = clean2(`${c.file}${c.line ? `:${c.line}` : ""}`);
    const url = sourceFileUrl(c.file, c.line, opts.source);
    if (url) r.fu = url;
  }
  if (c.message) r.msg = cut(clean2(c.message), MESSAGE_CHARS2);
  if (c.modified) r.mod = 1;
  if (c.definitions && !c.holdout) r.defs = { b: clean2(c.definitions.base), h: clean2(c.definitions.head) };
  if (head && head.trials.length > 0) Object.assign(r, trialsOf(head, clean2, budget));
  else if (c.evidence && c.evidence.length <= budget.left) {
    budget.left -= c.evidence.length;
    const ev = {};
    fromParsed(parseEvidence(c.evidence), marksOf(c.message ? [{ type: "failing check", message: c.message }] : [], clean2), clean2, ev);
    r.ev = ev;
  }
  return r;
}
function resultsRow(c, opts, titles, budget) {
  const clean2 = plain;
  const outcome = caseOutcome(c);
  const r = { id: clean2(c.id), st: outcome, ...guardsOf(c.guards, opts, clean2, titles) };
  if (c.title) r.t = cut(clean2(c.title), 300);
  if (c.workflow) r.wf = clean2(c.workflow);
  if (c.severity) r.sev = clean2(c.severity);
  const cls = c.trials.find((t) => t.outcome === "fail" && t.class)?.class;
  if (cls) r.cls = cls;
  r.h = `${formatInt(c.passes)}/${formatInt(c.runs)}${c.errors ? ` (+${formatInt(c.errors)} err)` : ""}`;
  Object.assign(r, caseMetrics(c));
  if (c.file) {
    r.f = clean2(`${c.file}${c.line ? `:${c.line}` : ""}`);
    const url = sourceFileUrl(c.file, c.line, opts.source);
    if (url) r.fu = url;
  }
  const msg = firstFailureMessage(c);
  if (msg) r.msg = cut(clean2(msg), MESSAGE_CHARS2);
  Object.assign(r, trialsOf(c, clean2, budget));
  return r;
}
function table(header2, rows, numeric = []) {
  const th = header2.map((h, i) => `<th${numeric[i] ? ' class="num"' : ""}>${h}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric[i] ? ' class="num"' : ""}>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table>
<thead><tr>${th}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}
function totalsTable2(base, head, cmp) {
  const b = (f) => base ? f(base) : "\u2014";
  const k = head.runs > 0 ? head.k : base && base.runs > 0 ? base.k : "k";
  const r = (t, v) => t.runs === 0 ? "\u2014" : formatPct(v);
  const both = base !== null && base.runs > 0 && head.runs > 0;
  const rows = [];
  if (cmp) {
    const sd = cmp.suite_delta;
    rows.push([`pass rate (${formatInt(sd.paired_cases)} paired cases)`, formatPct(sd.base_pass_rate), formatPct(sd.head_pass_rate), `${formatPp(sd.mean_diff)} \xB1 ${formatPp(sd.se).replace(/^\+/, "")}`]);
    rows.push(["95% CI of the mean paired difference", "", "", `[${formatPp(sd.ci95[0])}, ${formatPp(sd.ci95[1])}]`]);
  }
  rows.push(["pass rate (all runs)", b((t) => r(t, t.pass_rate)), r(head, head.pass_rate), both ? formatPp(head.pass_rate - base.pass_rate) : ""]);
  rows.push([`pass@${k}`, b((t) => r(t, t.pass_at_k)), r(head, head.pass_at_k), both ? formatPp(head.pass_at_k - base.pass_at_k) : ""]);
  rows.push([`pass^${k}`, b((t) => r(t, t.pass_pow_k)), r(head, head.pass_pow_k), both ? formatPp(head.pass_pow_k - base.pass_pow_k) : ""]);
  rows.push(["runs (errors)", b((t) => `${formatInt(t.runs)} (${formatInt(t.errors)})`), `${formatInt(head.runs)} (${formatInt(head.errors)})`, ""]);
  rows.push(["cost per success", b((t) => formatUsd(t.cost_per_success_usd)), formatUsd(head.cost_per_success_usd), cmp ? formatChangePct(cmp.budgets.cost_per_success_pct) : ""]);
  rows.push(["total cost", b((t) => formatUsd(t.cost_usd)), formatUsd(head.cost_usd), ""]);
  rows.push(["latency p50", b((t) => formatMs(t.latency_p50_ms)), formatMs(head.latency_p50_ms), ""]);
  rows.push(["latency p95", b((t) => formatMs(t.latency_p95_ms)), formatMs(head.latency_p95_ms), cmp ? formatChangePct(cmp.budgets.p95_latency_pct) : ""]);
  rows.push(["tokens", b((t) => formatInt(t.tokens)), formatInt(head.tokens), ""]);
  const esc = rows.map((row) => row.map(escapeHtml));
  if (!cmp && !base) return table(["metric", "value"], esc.map((x) => [x[0], x[2]]), [false, true]);
  return table(["metric", "base", "head", "\u0394"], esc, [false, true, true, true]);
}
function failuresTable2(base, head) {
  const rows = [];
  for (const c of FAILURE_CLASSES) rows.push([`class <code>${c}</code>`, base ? formatInt(base.failures_by_class[c] ?? 0) : "\u2014", formatInt(head.failures_by_class[c] ?? 0)]);
  for (const l of CHECK_LEVELS) rows.push([`level <code>${l}</code>`, base ? formatInt(base.failures_by_level[l] ?? 0) : "\u2014", formatInt(head.failures_by_level[l] ?? 0)]);
  if (!base) return table(["failures", "count"], rows.map((r) => [r[0], r[2]]), [false, true]);
  return table(["failures", "base", "head"], rows, [false, true, true]);
}
function summaryLine2(cmp, visible, hiddenHoldout) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of visible) counts.set(String(c.status), (counts.get(String(c.status)) ?? 0) + 1);
  const known = ["regressed", "errored", "removed", "new", "inconclusive", "still_erroring", "fixed", "flaky", "unchanged"];
  const parts = known.map((s) => `${formatInt(counts.get(s) ?? 0)} ${s}`);
  for (const [s, n] of counts) if (!known.includes(s)) parts.push(`${formatInt(n)} ${s.replace(/_/g, " ")}`);
  const base = cmp.base ? `baseline <code>${escapeHtml(shortSha(cmp.base.commit))}</code> (${escapeHtml(scrubLocalPaths(cmp.base.source))}${cmp.base.ref ? `, <code>${escapeHtml(cmp.base.ref)}</code>` : ""})` : "no baseline (every case is new)";
  const holdout = hiddenHoldout > 0 ? ` (+${formatInt(hiddenHoldout)} holdout)` : "";
  const sd = cmp.suite_delta;
  const rate = sd.paired_cases > 0 ? `pass rate ${formatPct(sd.base_pass_rate)} \u2192 ${formatPct(sd.head_pass_rate)} (${formatPp(sd.mean_diff)} \xB1 ${formatPp(sd.se).replace(/^\+/, "")}).` : `pass rate ${formatPct(cmp.head_totals.pass_rate)} (nothing paired with the baseline).`;
  return `Head <code>${escapeHtml(shortSha(cmp.head.commit))}</code>${cmp.head.ref ? ` on <code>${escapeHtml(cmp.head.ref)}</code>` : ""} vs ${base} \xB7 ${plural2(visible.length, "case")}${holdout}: ${escapeHtml(parts.join(", "))} \xB7 ${escapeHtml(rate)}`;
}
var REASON_VERB2 = {
  regressed: "regressed",
  errored: "errored",
  removed: "removed",
  still_erroring: "still erroring (broken on the base branch too)",
  inconclusive: "inconclusive",
  new_failing: "new and failing"
};
function reasonsList(cmp, clean2) {
  if (cmp.reasons.length === 0) return "<p>No reasons to block or warn.</p>";
  const ordered = [...cmp.reasons.filter((r) => r.blocking), ...cmp.reasons.filter((r) => !r.blocking)];
  const mark = (r) => r.blocking ? '<span class="badge blocking">blocks</span>' : '<span class="badge st-inconclusive">warns</span>';
  const { general, groups } = groupReasons(ordered);
  const items = general.map((r) => `<li>${mark(r)} ${escapeHtml(cut(clean2(r.message), 1e3))}</li>`);
  for (const { r, ids } of groups) {
    const verb = REASON_VERB2[r.kind] ?? String(r.kind).replace(/_/g, " ");
    const who = ids.length <= 5 ? ids.map((id) => `<code>${escapeHtml(clean2(id))}</code>`).join(", ") : escapeHtml(plural2(ids.length, "case"));
    items.push(`<li>${mark(r)} ${who} ${escapeHtml(verb)} (see the cases below)</li>`);
  }
  return `<ul class="reasons">
${items.join("\n")}
</ul>`;
}
function harnessChanges(cmp, clean2) {
  const changes = Array.isArray(cmp.harness_changes) ? cmp.harness_changes : [];
  if (changes.length === 0) return "";
  const value = (v, hidden) => v === null ? "<em>(not set)</em>" : hidden ? "<em>(hidden: secret-looking name)</em>" : v === "" ? "<em>(empty)</em>" : `<code>${escapeHtml(cut(clean2(v), 300))}</code>`;
  const rows = changes.map((c) => [`<code>${escapeHtml(c.field)}</code>`, value(c.base, c.hidden), value(c.head, c.hidden)]);
  return `<section class="warnbox" id="harness-changes"><h2>\u26A0\uFE0F Harness changed in this pull request (${formatInt(changes.length)})</h2>
<p>These results come from the harness as this pull request configures it, not as the base branch does. evalgate does not block on this (the harness is the pull request's to change); check that it still runs the real agent.</p>
${table(["setting", "base", "this pull request"], rows)}</section>`;
}
function budgetsSection(cmp, clean2) {
  const b = cmp.base_totals;
  const h = cmp.head_totals;
  const effect = (kind) => {
    const r = cmp.reasons.find((x) => x.kind === kind);
    if (!r) return "within budget";
    return `${r.blocking ? "blocks" : "warns"}: ${escapeHtml(cut(clean2(r.message), 500))}`;
  };
  const rows = [
    ["cost per successful run", escapeHtml(b ? formatUsd(b.cost_per_success_usd) : "\u2014"), escapeHtml(formatUsd(h.cost_per_success_usd)), escapeHtml(formatChangePct(cmp.budgets.cost_per_success_pct)), effect("budget_cost")],
    ["p95 latency", escapeHtml(b ? formatMs(b.latency_p95_ms) : "\u2014"), escapeHtml(formatMs(h.latency_p95_ms)), escapeHtml(formatChangePct(cmp.budgets.p95_latency_pct)), effect("budget_latency")]
  ];
  return `<section id="budgets"><h2>Budgets</h2>
${table(["budget", "base", "head", "change", "effect"], rows, [false, true, true, true, false])}</section>`;
}
function spendSection(cmp) {
  if (!cmp.spend) return "";
  const rows = [["this gate", escapeHtml(formatSpendSide(cmp.spend.head))]];
  if (cmp.spend.base) rows.push(["its baseline", escapeHtml(formatSpendSide(cmp.spend.base))]);
  return `<section id="spend"><h2>Spend</h2>
<p class="note">What the decision cost: harness runs (retried attempts included), summed agent time, tokens and cost.</p>
${table(["", "harness runs, agent time, tokens, cost"], rows)}</section>`;
}
function procedure(f) {
  const a = (x) => x >= 1e-3 ? String(Number(x.toPrecision(3))) : x.toExponential(1);
  return `<p class="note">How this was decided: each stochastic case runs until a one-sided exact test (Fisher) of head vs baseline at alpha ${a(f.case_alpha)} is settled (alpha ${a(f.alpha)} shared by ${formatInt(f.tests)} decision(s), Bonferroni), sized to catch a pass-rate drop of ${formatPct(f.min_drop, 0)} with power ${formatPct(f.power, 0)}; deterministic cases (<code>trials: 1</code>, perfect baseline) block on one failure.</p>`;
}
function holdoutComparison(h) {
  const row = [
    "pass rate",
    escapeHtml(`${formatPct(h.base_pass_rate)} (${formatInt(h.base_runs)} runs)`),
    escapeHtml(`${formatPct(h.head_pass_rate)} (${formatInt(h.head_runs)} runs)`),
    escapeHtml(formatPp(h.head_pass_rate - h.base_pass_rate)),
    escapeHtml(formatP(h.p_value)),
    h.blocking ? '<span class="badge blocking">blocks</span>' : "ok"
  ];
  return `<section id="holdout"><h2>Holdout</h2>
${table(["", "base", "head", "\u0394", "p", "effect"], [row], [false, true, true, true, true, false])}
<p class="note">Holdout cases are hidden from PR authors and reported only in aggregate; errored trials count as failures${h.head_errors ? ` (${formatInt(h.head_errors)} on head)` : ""}.</p></section>`;
}
function noticesSection(notices, clean2) {
  if (notices.length === 0) return "";
  return `<section id="notices"><h2>Notices</h2>
<ul>${notices.map((n) => `<li>${escapeHtml(cut(clean2(n), 1e3))}</li>`).join("\n")}</ul></section>`;
}
function omittedNote(statuses) {
  if (statuses.length === 0) return "";
  const counts = /* @__PURE__ */ new Map();
  for (const st of statuses) counts.set(st, (counts.get(st) ?? 0) + 1);
  const parts = [...counts].map(([st, n]) => `${formatInt(n)} ${st.replace(/_/g, " ")}`);
  return `<p class="note" id="cases-omitted">The table lists the first ${formatInt(HTML_MAX_ROWS)} cases in its order; ${plural2(statuses.length, "more case")} (${escapeHtml(parts.join(", "))}) are only in the JSON files next to this page.</p>
`;
}
function casesSection(data, noun, omitted) {
  return `<section id="cases"><h2>${escapeHtml(noun)} (${formatInt(data.rows.length + omitted.length)})</h2>
` + omittedNote(omitted) + `<div id="cases-app"></div>
<noscript><p class="warnbox">The case table needs JavaScript (it runs only this page's own inline script, and makes no request). The verdict and aggregates above need none; the raw data is in results.json and comparison.json next to this file.</p></noscript>
</section>`;
}
function heading(title, bad, word) {
  const text = title.replace(/^(?:❌|✅)\s*/, "").replace(/⚠️/g, "\u26A0");
  return `<h1><span class="badge ${bad ? "blocking" : "st-pass"}">${escapeHtml(word)}</span> ${escapeHtml(text)}</h1>`;
}
function page(title, verdictClass, header2, body, data, opts) {
  const run = safeHref(opts.runUrl);
  const footer = `<footer>Written by evalgate. This file is self-contained: it loads nothing and sends nothing. Holdout cases appear only in aggregate; failing trials keep the trace excerpt, stderr tail and messages the results record (${formatInt(HTML_EVIDENCE_TRIALS)} trials per case at most).${run ? ` ${link("Workflow run", run)}.` : ""}</footer>`;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${reportCsp()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<header class="verdict ${verdictClass}" id="verdict">${header2}</header>`,
    ...body.filter(Boolean),
    footer,
    "</main>",
    `<script type="application/json" id="evalgate-data">${jsonForScript(data)}</script>`,
    `<script>${REPORT_JS}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
function renderComparisonHtml(cmp, headResults, opts = {}) {
  const clean2 = plain;
  const visible = cmp.cases.filter((c) => !c.holdout);
  const hiddenHoldout = cmp.cases.length - visible.length;
  const heads = /* @__PURE__ */ new Map();
  for (const c of headResults?.cases ?? []) if (!c.holdout) heads.set(c.id, c);
  const sorted = visible.map((c, i) => ({ c, i })).sort((a, b) => Number(b.c.blocking) - Number(a.c.blocking) || rankOf(STATUS_ORDER2, a.c.status) - rankOf(STATUS_ORDER2, b.c.status) || rankOf(SEVERITY_ORDER, a.c.severity) - rankOf(SEVERITY_ORDER, b.c.severity) || a.i - b.i).map((x) => x.c);
  const budget = { left: HTML_EVIDENCE_BUDGET };
  const titles = titleCleaner(opts);
  const rows = sorted.slice(0, HTML_MAX_ROWS).map((c) => comparisonRow2(c, heads.get(c.id), opts, titles, budget));
  const omitted = sorted.slice(HTML_MAX_ROWS).map((c) => plain(String(c.status)));
  if (rows.length > 0 && (sorted[0].blocking || sorted[0].status !== "unchanged")) rows[0].open = 1;
  const present = new Set(rows.map((r) => r.st));
  const statuses = [...STATUS_ORDER2.filter((s) => present.has(s)), ...[...present].filter((s) => !STATUS_ORDER2.includes(s))];
  const data = { kind: "comparison", page: HTML_PAGE_ROWS, statuses, classes: [...FAILURE_CLASSES], rows };
  const title = verdictHeadline(cmp);
  const resolution = detectableDropLine(visible);
  const header2 = `${heading(title, cmp.verdict === "block", cmp.verdict === "block" ? "blocked" : "pass")}
<p>${summaryLine2(cmp, visible, hiddenHoldout)}</p>${resolution ? `
<p class="note">${escapeHtml(resolution)}</p>` : ""}`;
  const baseline = cmp.base ? `Baseline <code>${escapeHtml(shortSha(cmp.base.commit))}</code>${cmp.base.ref ? ` on <code>${escapeHtml(cmp.base.ref)}</code>` : ""}, source: <strong>${escapeHtml(scrubLocalPaths(clean2(cmp.base.source)))}</strong>. Head <code>${escapeHtml(shortSha(cmp.head.commit))}</code>${cmp.head.ref ? ` on <code>${escapeHtml(cmp.head.ref)}</code>` : ""}.` : `No baseline was available; head <code>${escapeHtml(shortSha(cmp.head.commit))}</code> was judged on its own.`;
  const body = [
    harnessChanges(cmp, clean2),
    `<section id="reasons"><h2>Verdict: ${cmp.verdict === "block" ? "block" : "pass"}</h2>
${reasonsList(cmp, clean2)}</section>`,
    casesSection(data, "Cases", omitted),
    `<section id="suite"><h2>Suite</h2>
${totalsTable2(cmp.base_totals, cmp.head_totals, cmp)}
${failuresTable2(cmp.base_totals, cmp.head_totals)}${cmp.family ? `
${procedure(cmp.family)}` : ""}</section>`,
    budgetsSection(cmp, clean2),
    spendSection(cmp),
    cmp.holdout ? holdoutComparison(cmp.holdout) : "",
    `<section id="baseline"><h2>Baseline</h2>
<p>${baseline}</p></section>`,
    noticesSection(cmp.notices, clean2)
  ];
  return page(title, cmp.verdict === "block" ? "block" : "pass", header2, body, data, opts);
}
function renderResultsHtml(results, opts = {}) {
  const clean2 = plain;
  const visible = results.cases.filter((c) => !c.holdout);
  const rank = { fail: 0, error: 1, pass: 2 };
  const sorted = visible.map((c, i) => ({ c, i, o: caseOutcome(c) })).sort((a, b) => rank[a.o] - rank[b.o] || rankOf(SEVERITY_ORDER, a.c.severity) - rankOf(SEVERITY_ORDER, b.c.severity) || a.i - b.i).map((x) => x.c);
  const budget = { left: HTML_EVIDENCE_BUDGET };
  const titles = titleCleaner(opts);
  const rows = sorted.slice(0, HTML_MAX_ROWS).map((c) => resultsRow(c, opts, titles, budget));
  const omitted = sorted.slice(HTML_MAX_ROWS).map((c) => caseOutcome(c));
  if (rows.length > 0 && rows[0].st !== "pass") rows[0].open = 1;
  const present = new Set(rows.map((r) => r.st));
  const data = { kind: "results", page: HTML_PAGE_ROWS, statuses: ["fail", "error", "pass"].filter((s) => present.has(s)), classes: [...FAILURE_CLASSES], rows };
  const t = results.totals;
  const title = resultsHeadline(results);
  const line2 = `Commit <code>${escapeHtml(shortSha(results.commit))}</code>${results.ref ? ` on <code>${escapeHtml(results.ref)}</code>` : ""} \xB7 ${plural2(t.cases, "case")}, ${plural2(t.runs, "run")} \xB7 ` + (t.runs === 0 ? "pass rate <strong>\u2014</strong> (no trial could be evaluated)" : `pass rate <strong>${formatPct(t.pass_rate)}</strong> \xB7 pass@${t.k} ${formatPct(t.pass_at_k)} \xB7 pass^${t.k} ${formatPct(t.pass_pow_k)}`);
  const failing = rows.filter((r) => r.st !== "pass").length;
  const holdout = results.holdout_totals ? `<section id="holdout"><h2>Holdout</h2>
<p>Holdout pass rate <strong>${formatPct(results.holdout_totals.pass_rate)}</strong> over ${plural2(results.holdout_totals.runs, "run")} (${plural2(results.holdout_totals.cases, "case")}, reported only in aggregate).</p></section>` : "";
  const body = [
    casesSection(data, "Cases", omitted),
    `<section id="suite"><h2>Totals</h2>
${totalsTable2(null, t, null)}
${failuresTable2(null, t)}</section>`,
    holdout,
    noticesSection(results.notices, clean2)
  ];
  return page(title, failing > 0 ? "block" : "pass", `${heading(title, failing > 0, failing > 0 ? "failing" : "pass")}
<p>${line2}</p>`, body, data, opts);
}

// src/surfaces/files.ts
function renderGateFiles(head, cmp, redact2, md = {}) {
  const h = redactResults(head, redact2);
  const c = redactComparison(cmp, redact2);
  return {
    // Rendered piece by piece as they are written (and again if iterated again): never one string.
    "results.json": { [Symbol.iterator]: () => renderJsonChunks(h) },
    "comparison.json": { [Symbol.iterator]: () => renderJsonChunks(c) },
    "report.md": renderComparisonMarkdown(c, { ...md, redact: redact2 }) + "\n",
    // Testcase times come from the head trials' latencies (a comparison carries none).
    "junit.xml": renderJunit(c, h) + "\n",
    "report.html": renderComparisonHtml(c, h, { ...md, redact: redact2 })
  };
}

// src/surfaces/system-error.ts
var LIMITS2 = {
  EMFILE: { what: "too many open files for this process", fix: "raise the open-file limit (e.g. `ulimit -n 4096`), or lower `concurrency` in evalgate.yml (each running trial holds pipes)" },
  ENFILE: { what: "too many open files on this machine", fix: "close other programs or raise the system limit (fs.file-max)" },
  EAGAIN: { what: "the system refused to start another process or thread", fix: "lower `concurrency` in evalgate.yml or raise `ulimit -u`" },
  ENOMEM: { what: "out of memory", fix: "lower `concurrency` or `harness.max_output_bytes` in evalgate.yml, or run with more memory" },
  ENOSPC: { what: "no space left on the device", fix: "free disk space (results and temporary fixture files are written there)" },
  EDQUOT: { what: "disk quota exceeded", fix: "free space within your quota" },
  E2BIG: { what: "argument list or environment too long for a new process", fix: "shorten `harness.command` or `harness.env`" },
  ERR_STRING_TOO_LONG: { what: "a file or output is larger than Node.js can hold in one string (about 512 MiB)", fix: "split the suite into shards (`--shard i/n`) or lower `harness.max_output_bytes`" }
};
var RESOURCE_LIMIT_CODES = Object.keys(LIMITS2);
function renderSystemError(err) {
  if (err === null || typeof err !== "object") return null;
  const e = err;
  let code2 = typeof e.code === "string" ? e.code : void 0;
  if (!code2 && err instanceof RangeError && /Invalid string length/.test(String(e.message))) code2 = "ERR_STRING_TOO_LONG";
  const limit = code2 ? LIMITS2[code2] : void 0;
  if (!code2 || !limit) return null;
  const where = typeof e.path === "string" ? ` (${typeof e.syscall === "string" ? `${e.syscall} ` : ""}${e.path})` : typeof e.syscall === "string" ? ` (${e.syscall})` : "";
  return `resource limit reached: ${limit.what} [${code2}]${where}; ${limit.fix}`;
}

// src/cli/init.ts
import { lstat, readFile, readdir, readlink, realpath, stat as stat2 } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname as dirname2, join as join3, relative as relative2, isAbsolute as isAbsolute2 } from "node:path";
import { fileURLToPath } from "node:url";
var PYTHON_MARKERS = ["pyproject.toml", "setup.py", "setup.cfg", "requirements.txt", "Pipfile"];
var PYTHON_KIT = { packagePath: "harness/python/evalgate_harness.py", path: "evals/harness/evalgate_harness.py" };
function detectLanguage(has, pythonSources = false) {
  if (has("package.json")) return { marker: "package.json", language: "node" };
  for (const marker of PYTHON_MARKERS) if (has(marker)) return { marker, language: "python" };
  if (pythonSources) return { marker: ".py files", language: "python" };
  return { marker: null, language: "node" };
}
var STUBS = {
  node: {
    path: "evals/harness/run.mjs",
    command: "node evals/harness/run.mjs",
    content: `// evalgate harness stub (exec protocol, README "Harness protocol"): one process per trial.
// stdin: the case \`input\` as JSON. stdout: ONE trace JSON document, nothing else.
// Log to stderr (console.error): stdout is the trace, and its tail of stderr is kept as evidence.
// Replace runAgent with a call into your agent and report the steps it took.
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(0, 'utf8') || '{}');
const started = Date.now();

async function runAgent(input) {
  const text = input.messages?.at(-1)?.content ?? '';
  return {
    output: { reply: \`echo: \${text}\` },
    steps: [{ type: 'tool', name: 'echo', args: { text }, result: { text }, status: 'ok', latency_ms: 0 }],
  };
}

console.error(\`case \${process.env.EVALGATE_CASE_ID} trial \${process.env.EVALGATE_TRIAL}\`);
const { output, steps } = await runAgent(input);
process.stdout.write(JSON.stringify({ output, steps, latency_ms: Date.now() - started }) + '\\n');
`
  },
  python: {
    path: "evals/harness/run.py",
    command: "python3 evals/harness/run.py",
    content: `"""evalgate harness (README "Python agents"): runs your agent on the case evalgate hands it.

evalgate_harness.py beside this file is the harness kit (standard library only; \`evalgate init\`
copied it from node_modules/evalgate/${PYTHON_KIT.packagePath}). main() reads the case
input (exec or jsonl protocol), records the steps, sends print() to stderr (stdout is the trace)
and prints one trace per trial. Replace agent() with a call into your agent: decorate its tools
with @tool and wrap its model calls in \`with llm(...)\`.
"""
from evalgate_harness import llm, main, tool


@tool("echo")  # every call becomes a tool step: name, args, result, status, latency
def echo(text):
    return {"text": text}


def agent(case_input, ctx):
    messages = (case_input or {}).get("messages") or [{}]
    text = messages[-1].get("content", "")
    print(f"case {ctx.case_id} trial {ctx.trial}")  # goes to stderr, kept as evidence
    # with llm("planner", model="gpt-4.1-mini") as call:
    #     response = client.chat.completions.create(...)
    #     call.record(response)  # model and token counts from the response
    echo(text=text)
    return {"reply": f"echo: {text}"}  # the trace's output


if __name__ == "__main__":
    main(agent)
`
  },
  shell: {
    path: "evals/harness/run.sh",
    command: "sh evals/harness/run.sh",
    content: `#!/bin/sh
# evalgate harness stub (exec protocol, README "Harness protocol"): one process per trial.
# stdin: the case \`input\` as JSON. stdout: ONE trace JSON document, nothing else.
# Log to stderr (>&2): stdout is the trace. Replace the printf with a call into your agent.
input=$(cat)
echo "case $EVALGATE_CASE_ID trial $EVALGATE_TRIAL: $input" >&2
printf '%s\\n' '{"output":{"reply":"echo: hello"},"steps":[{"type":"tool","name":"echo","args":{"text":"hello"},"result":{"text":"hello"},"status":"ok","latency_ms":0}]}'
`
  }
};
var CASE_PATH = "evals/cases/example/example-echo.yaml";
function configFile(command) {
  return `# yaml-language-server: $schema=./${INSTALLED_SCHEMAS}/config.schema.json
# evalgate config (README "Config"). Every key but harness.command is optional.
harness:
  command: ${JSON.stringify(command)}
  protocol: exec                # one process per trial: case input on stdin, one trace JSON on stdout
  timeout_ms: 60000
  # What counts as the harness is the whole repository: a change anywhere re-runs the gate and is a
  # new fingerprint (stored trials are not pooled across it). List here only what cannot change the
  # agent's behaviour; a pull request touching nothing else skips the eval run. The cases, fixtures,
  # this file and every file the harness command imports always count, whatever this list says.
  ignore: [README.md, CHANGELOG.md, LICENSE, docs/**]
cases: "evals/cases/**/*.{yaml,yml}"
trials: 1                       # 1 = deterministic harness; give a stochastic agent 3 or more
`;
}
function caseFile() {
  return `# yaml-language-server: $schema=../../../${INSTALLED_SCHEMAS}/case.schema.json
# An example case that passes against the harness stub. Write one case per resolved agent
# failure under evals/cases/<workflow>/ (README "Cases"), then delete this one.
id: example-echo
title: The harness answers the user's message
guards: 1                # REPLACE: the issue this case guards (123 or "owner/repo#123"); nightly reopens it when this case regresses
workflow: example
severity: sev1           # sev0/sev1: benchmark (every PR) and coverage (nightly); sev2/sev3: coverage only
input:
  messages: [{ role: user, content: hello }]
checks:
  - type: trajectory
    mode: in_order
    tools: [echo]
  - type: output_match
    path: reply
    pattern: hello
  - type: no_tool_errors
`;
}
function planInit(opts) {
  const stub = opts.harnessCommand === null ? STUBS[opts.language] : null;
  const harnessCommand = opts.harnessCommand ?? STUBS[opts.language].command;
  const withKit = stub !== null && opts.language === "python";
  if (withKit && !opts.pythonKit) throw new Error("planInit: the Python stub needs the harness kit text (pythonKit)");
  const files = [
    { path: "evalgate.yml", content: configFile(harnessCommand) },
    { path: CASE_PATH, content: caseFile() },
    ...stub ? [{ path: stub.path, content: stub.content }] : [],
    ...withKit ? [{ path: PYTHON_KIT.path, content: opts.pythonKit }] : [],
    ...renderWorkflows(opts.workflow ?? "pr", { action: ACTION_PLACEHOLDER, harness: opts.harnessSetup ?? detectHarnessSetup(() => false, null) }),
    { path: ".gitignore", content: ".evalgate/\n", append: true }
  ];
  const storeBaseline = findVerb("baseline") ? "npx evalgate baseline --suite benchmark --store .evalgate/baselines" : "npx evalgate run --suite benchmark --out .evalgate/baselines/benchmark/$(git rev-parse HEAD).json";
  const next = [
    "npx evalgate validate                   # config and cases are valid",
    "npx evalgate run --suite benchmark      # the example case against the harness: 1 passed",
    withKit ? `edit ${stub.path}: call your agent from agent(), decorate its tools with @tool (${PYTHON_KIT.path} is the kit: README "Python agents")` : stub ? `edit ${stub.path}: call your agent, print one trace JSON on stdout, log to stderr` : `make \`${harnessCommand}\` print one trace JSON on stdout (README "Harness protocol"); the example case expects an echo tool and a reply with "hello"`,
    `write a case per resolved agent failure under evals/cases/<workflow>/ with \`guards:\` set to its issue (then delete ${CASE_PATH})`,
    `${storeBaseline}   # store a baseline of this commit`,
    "npx evalgate gate --suite benchmark --baseline .evalgate/baselines   # gate your working tree against it",
    `in ${WORKFLOW_PATHS.main} and ${WORKFLOW_PATHS.publish}, replace ${ACTION_PLACEHOLDER} with the evalgate action pinned at a full commit SHA, check the install steps and secrets, then commit`
  ];
  if (!opts.schemasInstalled) next.push(`for editor completion: npm install --save-dev evalgate (the $schema lines point to ${INSTALLED_SCHEMAS}/)`);
  return { files, harnessCommand, stub: stub?.path ?? null, next };
}
function ignores(line2, name) {
  return line2.replace(/^\//, "").replace(/\/$/, "") === name;
}
async function ask(io, question, fallback) {
  const answer = (await io.prompt(`${question} [${fallback}]: `))?.trim();
  return answer ? answer : fallback;
}
async function readWorkflowDir(cwd) {
  const dir = join3(cwd, ".github", "workflows");
  const names = await readdir(dir).catch(() => []);
  const out = [];
  for (const n of names.filter((n2) => /\.ya?ml$/.test(n2))) {
    const text = await readFile(join3(dir, n), "utf8").catch(() => null);
    if (text !== null) out.push({ path: `.github/workflows/${n}`, text });
  }
  return out;
}
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", "venv", "env", "build", "dist", "site-packages", "__pycache__"]);
async function hasPythonSources(dir) {
  const list2 = async (d) => {
    try {
      return await readdir(d, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const top = await list2(dir);
  if (top.some((e) => e.isFile() && e.name.endsWith(".py"))) return true;
  const subdirs = top.filter((e) => e.isDirectory() && !e.name.startsWith(".") && !SKIP_DIRS.has(e.name)).slice(0, 64);
  for (const d of subdirs) if ((await list2(join3(dir, d.name))).some((e) => e.isFile() && e.name.endsWith(".py"))) return true;
  return false;
}
async function readPythonKit(from = dirname2(fileURLToPath(import.meta.url))) {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const pkg = join3(dir, "package.json");
    if (existsSync(pkg)) {
      let name;
      try {
        name = JSON.parse(await readFile(pkg, "utf8")).name;
      } catch {
        name = void 0;
      }
      if (name === "evalgate") {
        const kit = join3(dir, PYTHON_KIT.packagePath);
        return existsSync(kit) ? { text: await readFile(kit, "utf8") } : { missing: kit };
      }
    }
    const up = dirname2(dir);
    if (up === dir) break;
    dir = up;
  }
  return { missing: join3(from, PYTHON_KIT.packagePath) };
}
function isInsideDir(root, p) {
  const rel = relative2(root, p);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
async function inspectTarget(cwd, f) {
  const parts = f.path.split("/");
  const realRoot = await realpath(cwd).catch(() => cwd);
  for (let i = 1; i <= parts.length; i++) {
    const rel = parts.slice(0, i).join("/");
    const abs = join3(cwd, rel);
    const st = await lstat(abs).catch(() => null);
    if (st === null) return null;
    const last = i === parts.length;
    if (st.isSymbolicLink()) {
      const target = await readlink(abs).catch(() => "?");
      if (last) {
        const dangling = await stat2(abs).catch(() => null) === null;
        return { kind: "link", message: `${rel} is a symbolic link (to ${JSON.stringify(target)}${dangling ? ", which does not exist" : ""})` };
      }
      const real = await realpath(abs).catch(() => null);
      if (real === null) return { kind: "link", message: `${rel} is a symbolic link to ${JSON.stringify(target)}, which does not exist (init would create ${f.path} through it)` };
      if (!isInsideDir(realRoot, real)) return { kind: "link", message: `${rel} is a symbolic link to a folder outside the repository (${JSON.stringify(target)}; init would write ${f.path} there)` };
      continue;
    }
    if (last) {
      if (f.append && st.isFile()) return null;
      return { kind: "exists", path: f.path };
    }
    if (!st.isDirectory()) return { kind: "exists", path: rel };
  }
  return null;
}
async function runInitCommand(io, cmd) {
  const has = (f) => existsSync(join3(io.cwd, f));
  const marked = detectLanguage(has);
  const detected = marked.marker === null ? detectLanguage(has, await hasPythonSources(io.cwd)) : marked;
  let language = cmd.language ?? detected.language;
  let harnessCommand = cmd.harnessCommand;
  if (io.prompt && !cmd.yes) {
    if (cmd.language === null && harnessCommand === null) {
      const answer = await ask(io, `Harness stub language (${INIT_LANGUAGES.join(", ")})`, language);
      if (!INIT_LANGUAGES.includes(answer)) throw new UsageError(`init: "${answer}" is not a stub language (expected ${INIT_LANGUAGES.join(", ")})`, "init");
      language = answer;
    }
    if (harnessCommand === null) {
      const answer = await ask(io, "Harness command (Enter writes a stub)", STUBS[language].command);
      harnessCommand = answer === STUBS[language].command ? null : answer;
    }
  }
  let pythonKit = null;
  if (language === "python" && harnessCommand === null) {
    const kit = await readPythonKit();
    if ("missing" in kit) {
      io.stderr(`evalgate init: the Python harness kit is missing from this evalgate installation (expected ${kit.missing}); nothing was written. Reinstall evalgate, or pass --harness-command to use your own harness.
`);
      return 2;
    }
    pythonKit = kit.text;
  }
  const harnessSetup = detectHarnessSetup(has, has("package.json") ? await readFile(join3(io.cwd, "package.json"), "utf8").catch(() => null) : null);
  const plan = planInit({ language, harnessCommand, schemasInstalled: has(join3(INSTALLED_SCHEMAS, "case.schema.json")), workflow: cmd.workflow, harnessSetup, pythonKit });
  const checked = await Promise.all(plan.files.map((f) => inspectTarget(io.cwd, f)));
  const clashes = checked.flatMap((c) => c?.kind === "exists" ? [c.path] : []);
  const links = checked.flatMap((c) => c?.kind === "link" ? [c.message] : []);
  if (clashes.length > 0 || links.length > 0) {
    if (clashes.length > 0) {
      io.stderr(`evalgate init: ${clashes.join(", ")} already exist${clashes.length === 1 ? "s" : ""}; nothing was written (init never overwrites: move ${clashes.length === 1 ? "it" : "them"} aside or edit by hand).
`);
    }
    for (const m of links) io.stderr(`evalgate init: ${m}; nothing was written (init never overwrites, and never replaces or writes through a symbolic link: remove the link or create the file by hand).
`);
    return 2;
  }
  const otherGates = findOtherGates(await readWorkflowDir(io.cwd), (t) => load(t));
  if (otherGates.length > 0) {
    io.stderr(
      `evalgate init: ${otherGates.join(", ")} already gate${otherGates.length === 1 ? "s" : ""} pull requests with the evalgate action; ${WORKFLOW_PATHS.main} would be a second gate posting the same check run. Nothing was written: remove it (init writes the gate, baseline, nightly and scaffold jobs) and run init again.
`
    );
    return 2;
  }
  const written = [];
  for (const f of plan.files) {
    const abs = join3(io.cwd, f.path);
    if (f.append) {
      const existing = existsSync(abs) ? await readFile(abs, "utf8") : null;
      const entry = f.content.trim();
      if (existing !== null && existing.split(/\r?\n/).some((l) => ignores(l.trim(), entry.replace(/\/$/, "")))) continue;
      const sep2 = existing === null || existing === "" || existing.endsWith("\n") ? "" : "\n";
      await writeFileAtomic(abs, `${existing ?? ""}${sep2}${f.content}`);
      written.push(`${f.path} (${existing === null ? "created with" : "added"} ${entry})`);
    } else {
      try {
        await writeFileExclusive(abs, f.content);
      } catch (err) {
        if (err.code !== "EEXIST") throw err;
        io.stderr(`evalgate init: ${f.path} appeared while init was writing; it was not overwritten (written so far: ${written.length > 0 ? written.join(", ") : "nothing"}).
`);
        return 2;
      }
      written.push(f.path);
    }
  }
  const why = plan.stub ? `${language} harness stub${detected.marker && cmd.language === null ? ` (found ${detected.marker})` : ""}` : `harness command ${JSON.stringify(plan.harnessCommand)}`;
  io.stdout(
    `evalgate init: wrote ${written.length} file(s), ${why}
${written.map((w) => `  ${w}
`).join("")}Workflows: setup ${cmd.workflow} (--workflow ${WORKFLOW_SETUPS.join("|")}); install steps: ${describeHarnessSetup(harnessSetup)}

Next:
${plan.next.map((n, i) => `  ${i + 1}. ${n}
`).join("")}`
  );
  return 0;
}

// src/cli/main.ts
async function readJsonInput(file) {
  try {
    return await readJsonFile(file);
  } catch (err) {
    throw new CliError(err.message);
  }
}
async function readResultsFile(file) {
  return validateStored(await readJsonInput(file), file);
}
function validateStored(doc, source) {
  const checked = checkResults(doc, source);
  if (!checked.ok) throw new CliError(`${source} is not a valid evalgate results file:
  ${checked.problems.join("\n  ")}`);
  return checked.results;
}
async function loadOrReport(io, configPath, requireCases = true) {
  const loaded = await loadProjectFromDisk(io.cwd, configPath, { requireCases });
  if ("config" in loaded) return loaded;
  for (const p of loaded.problems) io.stderr(renderProblem(p) + "\n");
  io.stderr(`
${loaded.problems.length} problem(s); nothing was run.
`);
  return null;
}
function progressPrinter(io) {
  let lastDecile = -1;
  return (p) => {
    if (io.tty) {
      io.stderr(`\r${renderProgress(p)}${p.done === p.total ? "\n" : ""}`);
      return;
    }
    const decile = Math.floor(p.done / p.total * 10);
    if (decile !== lastDecile || p.done === p.total) {
      lastDecile = decile;
      io.stderr(renderProgress(p) + "\n");
    }
  };
}
function cliRedactor(io, config, extraEnv = {}) {
  return buildRedactor({ env: io.env, harnessEnv: { ...extraEnv, ...config?.harness?.env ?? {} }, patterns: config?.redact ?? [] });
}
async function prepareRun(io, cmd, loaded, trusted = null, identityP) {
  let project;
  let holdout;
  if (trusted) {
    project = { root: io.cwd, config: trusted.config, cases: trusted.cases, problems: [] };
    holdout = { holdout: trusted.holdout, notices: [], problems: trusted.holdoutProblems };
  } else {
    project = loaded ?? await loadOrReport(io, cmd.config);
    if (!project) return 2;
    holdout = await loadHoldout(io.cwd, project.config, io.env.EVALGATE_HOLDOUT_KEY, { visibleIds: new Set(project.cases.map((c) => c.id)) });
  }
  if (holdout.problems.length > 0) {
    for (const p of holdout.problems) io.stderr(p + "\n");
    await holdout.holdout?.dispose();
    return 2;
  }
  const all = [...project.cases, ...cmd.cases.length === 0 ? holdout.holdout?.cases ?? [] : []];
  const { cases, unknown } = selectCases(all, { suite: cmd.suite, ids: cmd.cases, shard: cmd.shard ?? null });
  const suiteCases = cmd.shard ? selectCases(all, { suite: cmd.suite, ids: cmd.cases, shard: null }).cases : cases;
  if (unknown.length > 0) {
    await holdout.holdout?.dispose();
    throw new CliError(describeUnknownCases(unknown, project.cases.map((c) => c.id)));
  }
  if (cases.length === 0) io.stderr(`note: no case belongs to suite ${cmd.suite}${cmd.shard ? ` in shard ${cmd.shard.index}/${cmd.shard.total}` : ""}
`);
  const identity = await (identityP ?? readHarnessIdentity(createGit(io.cwd), io.cwd, project.config, cmd.config));
  const harnessId = await readHarnessId(project.config, Promise.resolve(identity.tree));
  const redactor = cliRedactor(io, project.config, trusted?.baseHarness?.env);
  const env = {
    cwd: io.cwd,
    config: project.config,
    holdoutKey: holdout.holdout?.key ?? null,
    processEnv: io.env,
    onProgress: progressPrinter(io),
    harnessId,
    uncommitted: identity.tree.changed,
    redact: redactor
  };
  const warnings = (loaded ?? project).warnings ?? [];
  const notices = [...holdout.notices, ...warnings.map((w) => `warning: ${renderProblem(w)}`), ...renderScopeGaps(identity.read.gaps, cmd.config)];
  return { project, env, cases, suiteCases, notices, identity, redactor, dispose: async () => holdout.holdout?.dispose() };
}
async function meta(io, suite) {
  const rev = await readRevision(createGit(io.cwd), io.env);
  return { suite, ...rev, createdAt: (/* @__PURE__ */ new Date()).toISOString() };
}
function describeUnknownCases(unknown, known) {
  const sorted = [...known].sort();
  const listed = sorted.length === 0 ? "no case is defined" : `known: ${sorted.slice(0, 10).join(", ")}${sorted.length > 10 ? `, \u2026 ${sorted.length - 10} more` : ""}`;
  return unknown.map((u) => {
    const hint = closest(u, sorted);
    return `unknown case '${u}' (${hint ? `did you mean '${hint}'?` : listed})`;
  }).join("; ");
}
function anyFailing(results) {
  return [...results.cases].some((c) => c.passes < c.runs || c.errors > 0);
}
async function checkOutPath(io, path, kind, flag2, verb, what) {
  if (path === null) return;
  const info = await stat3(resolve2(io.cwd, path)).catch(() => null);
  if (info === null) return;
  if (kind === "file" && info.isDirectory()) throw new UsageError(`${verb}: ${flag2} "${path}" is an existing directory, but ${verb} ${flag2} is a file (${what}); give a file path, e.g. ${flag2} ${join4(path, exampleOutFile(verb))}`, verb);
  if (kind === "dir" && !info.isDirectory()) throw new UsageError(`${verb}: ${flag2} "${path}" is an existing file, but ${verb} ${flag2} is a directory (${what}); give a directory path`, verb);
}
async function openTraceWriter(io, dir) {
  const abs = resolve2(io.cwd, dir);
  const realCwd = await realpath2(io.cwd).catch(() => io.cwd);
  const realDir = await realpath2(abs).catch(() => null);
  if (realDir !== null && isInsideDir2(resolve2(io.cwd), abs) && !isInsideDir2(realCwd, realDir)) {
    throw new UsageError(`--keep-traces "${dir}" is a symbolic link (or under one) that resolves outside the repository, to ${realDir}; give that path itself if traces should go there`);
  }
  let out;
  try {
    out = await openContainedDir(abs);
  } catch (err) {
    const code2 = err.code;
    throw new UsageError(`--keep-traces "${dir}": cannot be used as a folder (${code2 === "ENOTDIR" || code2 === "EEXIST" ? "a file is in the way" : code2 ?? err.message})`);
  }
  const warned = /* @__PURE__ */ new Set();
  const write = async (caseId, name, text) => {
    try {
      const { replacedLink } = await out.write(caseId, name, text);
      if (replacedLink !== null) io.stderr(`warning: --keep-traces: ${join4(dir, caseId)} was a symbolic link (to ${JSON.stringify(replacedLink)}); it was removed and a folder made in its place (traces are never written through links)
`);
    } catch (err) {
      if (warned.has(caseId)) return;
      warned.add(caseId);
      const code2 = err.code;
      io.stderr(`warning: --keep-traces: could not write ${join4(dir, caseId, name)} (${code2 ?? err.message}); its traces are not kept
`);
    }
  };
  return {
    sink: async ({ caseId, trial, attempt, trace, warnings }) => {
      const base = attempt > 0 ? `trial-${trial}.attempt-${attempt}` : `trial-${trial}`;
      await write(caseId, `${base}.json`, JSON.stringify(trace, null, 2) + "\n");
      if (warnings.length > 0) await write(caseId, `${base}.warnings.txt`, warnings.join("\n") + "\n");
    },
    close: () => out.close()
  };
}
function isInsideDir2(root, p) {
  const rel = relative3(root, p);
  return rel === "" || !rel.startsWith("..") && !isAbsolute3(rel);
}
async function cmdRun(io, cmd) {
  await checkOutPath(io, cmd.out, "file", "--out", "run", "the results JSON");
  await checkOutPath(io, cmd.keepTraces, "dir", "--keep-traces", "run", "it writes the converted traces into it");
  const prep = await prepareRun(io, cmd);
  if (typeof prep === "number") return prep;
  let traces = null;
  try {
    if (cmd.keepTraces) prep.env.keepTrace = (traces = await openTraceWriter(io, cmd.keepTraces)).sink;
    const results = redactResults(await runSuite(prep.cases, await meta(io, cmd.suite), prep.env, prep.notices), prep.redactor);
    const out = cmd.out ?? join4(".evalgate", cmd.suite, "results.json");
    await writeFileAtomic(resolve2(io.cwd, out), renderJsonChunks(results));
    const html = htmlReportPath(out);
    await writeFileAtomic(resolve2(io.cwd, html), renderResultsHtml(results, { redact: prep.redactor }));
    if (cmd.json) for (const chunk of renderJsonChunks(results)) io.stdout(chunk);
    else io.stdout(renderResultsText(results, { color: useColor(io) }) + `
results: ${out}
report: ${html}
`);
    return anyFailing(results) ? 1 : 0;
  } finally {
    await traces?.close();
    await prep.dispose();
  }
}
function htmlReportPath(resultsPath) {
  const dir = dirname3(resultsPath);
  const name = basename(resultsPath);
  if (name === "results.json") return join4(dir, "report.html");
  return join4(dir, `${name.replace(/\.json$/i, "")}.html`);
}
async function cmdTrace(io, cmd) {
  let config = buildDefaultConfig();
  let redactor = cliRedactor(io, null);
  const configText = await readFile2(resolve2(io.cwd, cmd.config), "utf8").catch(() => null);
  if (configText === null && cmd.configGiven) throw new CliError(`cannot read ${cmd.config}`);
  if (configText !== null) {
    const parsedConfig = parseConfig(configText, cmd.config);
    if (parsedConfig.problems.length > 0) {
      for (const p of parsedConfig.problems) io.stderr(renderProblem(p) + "\n");
      return 2;
    }
    config = parsedConfig.config;
    redactor = cliRedactor(io, parsedConfig.config);
  }
  const pricing = config.pricing;
  const source = cmd.file === "-" ? "stdin" : cmd.file;
  let read;
  try {
    read = await readBounded(cmd.file === "-" ? process.stdin : resolve2(io.cwd, cmd.file), config.harness.max_output_bytes);
  } catch (err) {
    throw new CliError(`cannot read ${cmd.file}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  }
  if (read.kind === "over") {
    io.stderr(`evalgate: ${source} is over ${read.limit} bytes (harness.max_output_bytes): a trial with this output would be an error
`);
    return 1;
  }
  const text = decodeUtf8(read.bytes);
  if (text === null) {
    io.stderr(`evalgate: ${source} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(read.bytes)}): a trial with this output would be an error
`);
    return 1;
  }
  const parsed = parseTrace(text, 0, source, { pricing });
  if (!parsed.ok) {
    const shown = parseTrace(redactor(text), 0, source, { pricing });
    io.stderr(`evalgate: ${redactor(shown.ok ? parsed.reason : shown.reason)}
`);
    return 1;
  }
  const r = redactor.value(parsed);
  if (cmd.json) {
    io.stdout(JSON.stringify({ trace: r.trace, format: r.format, cost_source: r.cost_source, warnings: r.warnings }, null, 2) + "\n");
    return 0;
  }
  for (const w of r.warnings) io.stderr(`warning: ${w}
`);
  const tools = r.trace.steps.filter((s) => s.type === "tool").length;
  io.stderr(
    `${source}: ${r.format === "otlp" ? "OTLP export" : "native trace"} -> ${r.trace.steps.length} step(s) (${tools} tool call(s)), ${r.trace.usage.input_tokens + r.trace.usage.output_tokens} tokens, $${r.trace.usage.cost_usd} (cost ${r.cost_source}), ${r.trace.latency_ms} ms
`
  );
  io.stdout(JSON.stringify(r.trace, null, 2) + "\n");
  return 0;
}
function storeLayout(dir, suite) {
  return `${dir}/${suite}/<full-commit-sha>.json, as \`evalgate baseline --suite ${suite} --store ${dir}\` writes on the base branch`;
}
async function resolveBaseCommit(io, baseRef) {
  const git = createGit(io.cwd);
  const resolved = await git.tryRevParse(baseRef);
  if (!resolved) throw new CliError(`--base-ref "${baseRef}" is not a branch, tag or commit in this repository (expected e.g. main or origin/main)`);
  return await git.mergeBase(await git.currentCommit(), resolved) ?? resolved;
}
async function readBaseline(io, baseline, suite, baseSha) {
  const git = createGit(io.cwd);
  let path = resolve2(io.cwd, baseline);
  let shown = baseline;
  let dispose = async () => {
  };
  if (baseSha !== null) {
    const where = await resolveTrustedBaselinePath(git, io.cwd, baseSha, baseline);
    if (where.kind === "absent") throw new CliError(`--baseline ${where.source}`);
    if (where.kind === "text") {
      let doc;
      try {
        doc = parseTrustedBaselineText(where.text, `--baseline ${baseline}`);
      } catch (err) {
        throw new CliError(err.message);
      }
      return { results: validateStored(doc, where.source), source: where.source };
    }
    path = where.path;
    if (where.kind === "dir") {
      shown = where.source;
      dispose = where.dispose;
    }
  }
  try {
    const info = await stat3(path).catch(() => null);
    if (info === null) {
      throw new CliError(`--baseline "${baseline}" does not exist (expected a results .json file, or a baseline store directory: ${storeLayout(baseline, suite)})`);
    }
    if (info.isFile()) return { results: await readResultsFile(path), source: `file ${displayPath(io.cwd, resolve2(io.cwd, baseline))}` };
    if (!info.isDirectory()) throw new CliError(`--baseline "${baseline}" is neither a file nor a directory`);
    const files = await listDirFiles(path);
    const layout = Array.isArray(files) ? explainBaselineLayout(files, suite) : null;
    if (layout !== null) {
      throw new CliError(`--baseline "${shown}" holds no stored run of suite ${suite} (expected ${storeLayout(baseline, suite)}; file names are full 40-character commit ids): the directory ${layout}`);
    }
    const store = createDirStore(path, { validate: validateStored, label: shown === baseline ? displayPath(io.cwd, path) : shown });
    const head = await git.currentCommit();
    let base = baseSha;
    if (base === null) {
      const ref = await git.defaultBranch("origin") ?? "main";
      base = await git.tryRevParse(ref) ? await git.mergeBase(head, ref) : null;
    }
    const commits = await git.firstParentAncestors(base ?? head, 200);
    const found = await store.findNearest(suite, commits);
    if (!found) {
      throw new CliError(
        `--baseline "${shown}" has no stored run of suite ${suite} for ${(base ?? head).slice(0, 7)} or its 200 nearest first-parent ancestors (expected ${storeLayout(baseline, suite)}; file names are full 40-character commit ids)`
      );
    }
    const which = found.commit === commits[0] ? "merge-base" : "nearest stored ancestor";
    const name = shown !== baseline ? shown : store.describe();
    return { results: found.results, source: `${name} at ${found.commit.slice(0, 7)} (${which})` };
  } finally {
    await dispose();
  }
}
function checkCliBaselineSetting(config, configPath) {
  if (config.gate.baseline === "rerun") {
    throw new CliError(
      `${configPath}: gate.baseline is "rerun", which the CLI gate does not do (it would run the base commit's harness in a worktree); store a baseline at the base commit with \`evalgate baseline --suite S --store DIR\` and pass --baseline DIR, or set gate.baseline to stored or auto`
    );
  }
}
async function cmdBaseline(io, cmd) {
  await checkOutPath(io, cmd.out, "file", "--out", "baseline", "one results file");
  await checkOutPath(io, cmd.store, "dir", "--store", "baseline", "a baseline store directory");
  const prep = await prepareRun(io, cmd);
  if (typeof prep === "number") return prep;
  try {
    const dirty = prep.identity.tree.changed;
    if (dirty.length > 0 && !cmd.allowDirty) {
      throw new CliError(
        `baseline: the harness has uncommitted changes (${dirty.join(", ")}), so this run is not of commit HEAD; commit or stash them first, or pass --allow-dirty to store it flagged (every gate against it then says so)`
      );
    }
    const unclaimed = describeUnclaimed(prep.identity.tree);
    const notices = [...prep.notices, ...unclaimed ? [unclaimed] : []];
    const m = await meta(io, cmd.suite);
    const store = cmd.out ? null : createDirStore(resolve2(io.cwd, cmd.store ?? DEFAULT_LOCAL_STORE), { validate: validateStored });
    const { readPoolingPrior, runBaseline } = await import("./chunks/adaptive-Y2ELPK5I.js");
    const prior = await readPoolingPrior(store, createGit(io.cwd), cmd.suite, m.commit);
    const results = redactResults(await runBaseline(prep.cases, m, prep.env, { maxTrials: prep.project.config.max_baseline_trials, prior }, notices), prep.redactor);
    const report = renderResultsText(results, { color: useColor(io) });
    const check = checkBaselineRun(results);
    if (check.refuse) {
      io.stdout(report + "\n");
      io.stderr(`baseline not stored: ${check.refuse}
`);
      return 1;
    }
    let where;
    const html = cmd.out ? htmlReportPath(cmd.out) : join4(".evalgate", results.suite, "report.html");
    if (cmd.out) {
      await writeFileAtomic(resolve2(io.cwd, cmd.out), renderJsonChunks(results));
      where = cmd.out;
    } else {
      const dir = cmd.store ?? DEFAULT_LOCAL_STORE;
      const branch = m.ref.replace(/^refs\/heads\//, "") || "main";
      await store.write(results, branch);
      where = `${dir}/${results.suite}/${results.commit}.json`;
    }
    const runs = results.cases.reduce((n, c) => n + c.runs + c.errors, 0);
    await writeFileAtomic(resolve2(io.cwd, html), renderResultsHtml(results, { redact: prep.redactor }));
    io.stdout(report + `
baseline: ${where} (${runs} trials over ${results.cases.length} case(s))
report: ${html}${check.flag ? `
warning: ${check.flag}` : ""}
`);
    return 0;
  } finally {
    await prep.dispose();
  }
}
async function renderDesignLimit(config, tests) {
  if (tests === 0) return null;
  const { checkDesignLimits, familyAlpha } = await import("./chunks/design-E6X3QJU4.js");
  const { gate, max_trials } = config;
  const alpha = familyAlpha(gate.alpha, tests);
  const limit = checkDesignLimits({ alpha, power: gate.power, min_drop: gate.min_drop, max_trials });
  if (limit === null) return null;
  return `gate: at min_drop ${gate.min_drop} with max_trials ${max_trials}, a case whose baseline passes ${Math.round(100 * limit.rate)}% of the time gets power ${limit.power.toFixed(2)}, not ${gate.power} (a family of ${tests} stochastic decision(s), alpha ${Number(alpha.toPrecision(3))} each); ${limit.needed !== null ? `it needs about ${limit.needed} head trials: ` : ""}raise max_trials or min_drop, or accept that power`;
}
async function writeGateOutputs(io, dir, head, cmp, redactor) {
  const abs = resolve2(io.cwd, dir);
  const files = renderGateFiles(head, cmp, redactor, { marker: `<!-- evalgate:${cmp.suite} -->` });
  for (const [name, text] of Object.entries(files)) await writeFileAtomic(join4(abs, name), text);
}
function restrictBaseline(base, ids) {
  const cases = base.cases.filter((c) => ids.includes(c.id));
  return { ...base, cases, totals: computeTotals(cases), holdout_totals: null };
}
async function cmdGate(io, cmd) {
  await checkOutPath(io, cmd.out, "dir", "--out", "gate", "it writes results.json, comparison.json, report.md and junit.xml into it");
  await checkOutPath(io, cmd.keepTraces, "dir", "--keep-traces", "gate", "it writes the converted traces into it");
  const git = createGit(io.cwd);
  const baseShaP = cmd.baseRef !== null ? resolveBaseCommit(io, cmd.baseRef) : Promise.resolve(null);
  const baseReadsP = baseShaP.then((sha) => sha === null ? null : readTrustedBase(git, sha, cmd.config));
  const harnessStateP = readHarnessState(git);
  for (const p of [baseShaP, baseReadsP]) p.catch(() => {
  });
  const project = await loadOrReport(io, cmd.config);
  if (!project) return 2;
  const identityP = readHarnessIdentity(git, io.cwd, project.config, cmd.config, harnessStateP);
  identityP.catch(() => {
  });
  const baseSha = await baseShaP;
  const base = await baseReadsP;
  const trusted = baseSha === null || base === null ? null : await loadTrustedGate({ git, root: io.cwd, baseSha, configPath: cmd.config, headConfig: project.config, headCases: project.cases, holdoutKey: io.env.EVALGATE_HOLDOUT_KEY, base });
  try {
    checkCliBaselineSetting(project.config, cmd.config);
    if (trusted) checkCliBaselineSetting(trusted.config, `${cmd.config} at the base commit`);
    const baseline = await readBaseline(io, cmd.baseline, cmd.suite, baseSha);
    if (baseline.results.suite !== cmd.suite) {
      throw new CliError(`--baseline ${cmd.baseline} holds suite ${baseline.results.suite} but the gate runs --suite ${cmd.suite}; give a baseline of the same suite`);
    }
    const fullBase = cmd.cases.length > 0 ? restrictBaseline(baseline.results, cmd.cases) : baseline.results;
    if (trusted && baseSha !== null) {
      const skipped = await checkCliSkip(io, git, baseSha, trusted.config, cmd.config, harnessStateP);
      if (skipped !== null) {
        if (cmd.json) io.stdout(JSON.stringify({ skipped: true, suite: cmd.suite, why: skipped }, null, 2) + "\n");
        else io.stdout(`${skipped}
(the action posts this as a successful check run "evalgate / ${cmd.suite}"; nothing was run)
`);
        return 0;
      }
    }
    const priorHead = cmd.reuse === null ? null : await readReusedHead(io, cmd.reuse, cmd.suite);
    const prep = await prepareRun(io, cmd, project, trusted, identityP);
    if (typeof prep === "number") return prep;
    let traces = null;
    try {
      if (cmd.keepTraces) prep.env.keepTrace = (traces = await openTraceWriter(io, cmd.keepTraces)).sink;
      const { runGate, gateFamilyTests, modifiedDefinitions } = await import("./chunks/adaptive-Y2ELPK5I.js");
      const baseResults = cmd.shard ? restrictToShard(fullBase, new Set(prep.cases.map((c) => resultIdOf(c, prep.env.holdoutKey))), cmd.shard) : fullBase;
      const outcome = await runGate(prep.cases, baseResults, await meta(io, cmd.suite), prep.env, {
        baseSource: baseline.source,
        allowGuardRemoval: cmd.allowGuardRemoval,
        notices: [...trusted?.notices ?? [], ...prep.notices],
        modified: trusted?.modified,
        harnessChanges: trusted?.harnessChanges,
        removed: trusted?.removed,
        familyTests: cmd.shard ? gateFamilyTests(prep.suiteCases, fullBase, prep.env.holdoutKey) : void 0,
        priorHead,
        definitions: trusted ? modifiedDefinitions(trusted) : void 0
      });
      const dir = cmd.out ?? join4(".evalgate", cmd.suite);
      await writeGateOutputs(io, dir, outcome.head, outcome.comparison, prep.redactor);
      const shown = redactComparison(outcome.comparison, prep.redactor);
      if (cmd.json) for (const chunk of renderJsonChunks(shown)) io.stdout(chunk);
      else io.stdout(renderComparisonText(shown, { color: useColor(io) }) + `
report: ${join4(dir, "report.md")} (HTML: ${join4(dir, "report.html")})
`);
      return outcome.comparison.verdict === "block" ? 1 : 0;
    } finally {
      await traces?.close();
      await prep.dispose();
    }
  } finally {
    await trusted?.dispose();
  }
}
async function readReusedHead(io, path, suite) {
  const abs = resolve2(io.cwd, path);
  let file = abs;
  try {
    if ((await stat3(abs)).isDirectory()) file = join4(abs, "results.json");
  } catch {
    throw new UsageError(`--reuse "${path}": no such file or directory (expected an earlier gate's results.json or its --out directory)`, "gate");
  }
  const prior = await readResultsFile(file);
  if (prior.suite !== suite) throw new CliError(`--reuse ${path} holds suite ${prior.suite} but the gate runs --suite ${suite}; give an earlier gate of the same suite`);
  return prior;
}
async function cmdHistory(io, cmd) {
  const store = cmd.baselineBranch ? createGitBranchStore({ repoDir: io.cwd, branch: cmd.baselineBranch, validate: validateStored, git: createGit(io.cwd) }) : createDirStore(resolve2(io.cwd, cmd.store ?? DEFAULT_LOCAL_STORE), { validate: validateStored });
  const { readHistory } = await import("./chunks/history-ONKWS5AB.js");
  const { renderHistoryHtml, renderHistoryMarkdown } = await import("./chunks/history-NGK7R7VO.js");
  const redactor = await fileVerbRedactor(io, null);
  const h = redactor.value(await readHistory(store, cmd.suite, cmd.branch), { keys: false });
  const text = cmd.format === "json" ? JSON.stringify(h, null, 2) + "\n" : cmd.format === "html" ? renderHistoryHtml(h) : renderHistoryMarkdown(h);
  if (cmd.out) {
    await writeFileAtomic(resolve2(io.cwd, cmd.out), text);
    io.stderr(`history: ${h.commits.length} stored run(s) of ${cmd.suite} on ${cmd.branch} written to ${cmd.out}
`);
  } else io.stdout(text);
  if (h.commits.length === 0) io.stderr(`note: ${store.describe()} has no stored ${cmd.suite} runs for branch ${cmd.branch}
`);
  return 0;
}
async function checkCliSkip(io, git, baseSha, config, configPath, state) {
  const diff = await git.run(["diff", "--name-only", "-z", baseSha]);
  const changed = [.../* @__PURE__ */ new Set([...diff.stdout.toString("utf8").split("\0").filter(Boolean), ...(await state)?.changed ?? []])];
  const skip = decideSkip(changed, await readHarnessScope(io.cwd, config, configPath));
  return skip.skip ? skip.why : null;
}
async function fileVerbRedactor(io, configPath) {
  const text = await readTextFileOrNull(resolve2(io.cwd, configPath ?? "evalgate.yml"));
  if (text === null) return cliRedactor(io, null);
  const parsed = parseConfig(text, configPath ?? "evalgate.yml");
  return cliRedactor(io, parsed.config);
}
async function cmdCompare(io, cmd) {
  await checkOutPath(io, cmd.out, "file", "--out", "compare", "the comparison JSON");
  const [baseRead, headRead] = await Promise.allSettled([readResultsFile(resolve2(io.cwd, cmd.base)), readResultsFile(resolve2(io.cwd, cmd.head))]);
  const broken = [baseRead, headRead].flatMap((r) => r.status === "rejected" ? [r.reason] : []);
  if (broken.some((e) => !(e instanceof CliError))) throw broken.find((e) => !(e instanceof CliError));
  if (broken.length > 0) throw new CliError(broken.map((e) => e.message).join("\n"));
  const base = baseRead.value;
  const head = headRead.value;
  let { gate, max_trials: maxTrials } = buildDefaultConfig();
  if (cmd.config) {
    const project = await loadOrReport(io, cmd.config, false);
    if (!project) return 2;
    ({ gate, max_trials: maxTrials } = project.config);
  }
  if (base.suite !== head.suite) throw new CliError(`--base is suite ${base.suite} but --head is suite ${head.suite}; compare runs of the same suite`);
  const redactor = await fileVerbRedactor(io, cmd.config);
  const { compareResults } = await import("./chunks/compare-J4GVT3IC.js");
  const cmp = redactComparison(compareResults(base, head, { gate, maxTrials, baseSource: `file ${cmd.base}`, allowGuardRemoval: cmd.allowGuardRemoval }), redactor);
  if (cmd.out) await writeFileAtomic(resolve2(io.cwd, cmd.out), renderJsonChunks(cmp));
  io.stdout(renderComparisonText(cmp, { color: useColor(io) }) + "\n");
  return cmp.verdict === "block" ? 1 : 0;
}
async function cmdMerge(io, cmd) {
  await checkOutPath(io, cmd.out, "file", "--out", "merge", "the merged results JSON");
  const shards = [];
  for (const f of cmd.files) shards.push(await readResultsFile(resolve2(io.cwd, f)));
  const merged = redactResults(mergeResults(shards, cmd.files.map((f, i) => `shard ${i + 1} (${f})`)), await fileVerbRedactor(io, null));
  if (cmd.out) {
    await writeFileAtomic(resolve2(io.cwd, cmd.out), renderJsonChunks(merged));
    io.stderr(`merged ${shards.length} shard(s), ${merged.cases.length} case(s) into ${cmd.out}
`);
  } else for (const chunk of renderJsonChunks(merged)) io.stdout(chunk);
  return 0;
}
async function readSiblingHead(io, file, cmp) {
  const sibling = join4(dirname3(resolve2(io.cwd, file)), "results.json");
  try {
    const checked = checkResults(await readJsonFile(sibling), sibling);
    return checked.ok && checked.results.commit === cmp.head.commit && checked.results.suite === cmp.suite ? checked.results : void 0;
  } catch {
    return void 0;
  }
}
async function cmdReport(io, cmd) {
  const doc = await readJsonInput(resolve2(io.cwd, cmd.file));
  let x;
  if (doc && typeof doc === "object" && doc.schema === "evalgate/comparison@1") {
    const c = doc;
    if (!Array.isArray(c.cases) || c.verdict !== "pass" && c.verdict !== "block" || !c.head_totals || !c.suite_delta || !Array.isArray(c.reasons)) {
      throw new CliError(`${cmd.file} says it is an evalgate comparison but lacks cases, verdict, reasons, head_totals or suite_delta (expected a comparison.json written by \`evalgate gate\` or \`compare --out\`)`);
    }
    x = doc;
  } else x = await readResultsFile(resolve2(io.cwd, cmd.file));
  const redactor = await fileVerbRedactor(io, null);
  x = redactDocument(x, redactor);
  const isCmp = x.schema === "evalgate/comparison@1";
  switch (cmd.format) {
    case "json":
      io.stdout(renderJson(x) + "\n");
      break;
    case "junit":
      io.stdout(renderJunit(x, isCmp ? await readSiblingHead(io, cmd.file, x) : void 0) + "\n");
      break;
    case "text":
      io.stdout((isCmp ? renderComparisonText(x) : renderResultsText(x)) + "\n");
      break;
    case "html":
      if (isCmp) {
        const head = await readSiblingHead(io, cmd.file, x);
        io.stdout(renderComparisonHtml(x, head && redactResults(head, redactor), { redact: redactor }));
      } else io.stdout(renderResultsHtml(x, { redact: redactor }));
      break;
    default:
      io.stdout((isCmp ? renderComparisonMarkdown(x) : renderResultsMarkdown(x)) + "\n");
  }
  return 0;
}
function holdoutKeyFrom(io) {
  const text = io.env.EVALGATE_HOLDOUT_KEY;
  if (!text) throw new CliError("EVALGATE_HOLDOUT_KEY is not set (expected a 32-byte key, base64 or hex; create one with `evalgate holdout keygen`)");
  return parseHoldoutKey(text);
}
async function cmdHoldout(io, cmd) {
  if (cmd.action === "keygen") {
    io.stdout(generateHoldoutKey() + "\n");
    io.stderr("Store this as the repository secret EVALGATE_HOLDOUT_KEY; it is shown once and never logged by evalgate.\n");
    return 0;
  }
  const key = holdoutKeyFrom(io);
  const bundlePath = join4(io.cwd, HOLDOUT_BUNDLE);
  if (cmd.action === "decrypt") {
    await checkOutPath(io, cmd.out, "dir", "--out", "holdout", "decrypt writes the plaintext cases into it");
    const files2 = decryptHoldout(await readFile2(bundlePath), key);
    const out = resolve2(io.cwd, cmd.out ?? ".evalgate/holdout-plain");
    for (const f of files2) {
      const target = resolve2(out, f.path);
      if (!target.startsWith(out + "/")) throw new CliError(`${HOLDOUT_BUNDLE}: bundle holds an unsafe path "${f.path}"`);
      await mkdir3(dirname3(target), { recursive: true, mode: 448 });
      await writeFile3(target, f.content, { mode: 384 });
    }
    io.stderr(`decrypted ${files2.length} file(s) into ${relative3(io.cwd, out) || "."} (keep it out of git: .evalgate/ is ignored)
`);
    return 0;
  }
  const project = await loadOrReport(io, cmd.config, false);
  if (!project) return 2;
  const files = cmd.files.length > 0 ? cmd.files : await listCaseFiles(io.cwd, "evals/holdout/**/*.{yaml,yml}");
  if (files.length === 0) throw new CliError("holdout encrypt: no case files given and none under evals/holdout/ (expected YAML case files)");
  const bundle = [];
  const problems = [];
  for (const f of files) {
    const rel = relative3(io.cwd, resolve2(io.cwd, f));
    const text = await readFile2(resolve2(io.cwd, rel), "utf8");
    const parsed = parseCaseSource(text, rel, project.config, io.cwd, { holdout: true });
    problems.push(...parsed.problems.map(renderProblem));
    bundle.push({ path: rel, content: text });
    if (parsed.fixtures) {
      const fixtureRel = relative3(io.cwd, parsed.fixtures.path);
      if (!bundle.some((b) => b.path === fixtureRel)) {
        try {
          bundle.push({ path: fixtureRel, content: await readFile2(parsed.fixtures.path, "utf8") });
        } catch {
          problems.push(`${rel}:${parsed.fixtures.position.line}:${parsed.fixtures.position.col}: fixtures: "${parsed.fixtures.written}" cannot be read (expected a readable file, relative to the case file)`);
        }
      }
    }
  }
  if (problems.length > 0) {
    for (const p of problems) io.stderr(p + "\n");
    return 2;
  }
  await writeFileAtomic(bundlePath, encryptHoldout(bundle, key));
  io.stderr(
    `encrypted ${files.length} case(s) and ${bundle.length - files.length} fixture(s) into ${HOLDOUT_BUNDLE}.
Remove the plaintext from the repository now: git rm --cached -- ${bundle.map((b) => shellQuote(b.path)).join(" ")}
and keep evals/holdout/ out of the cases glob (and out of git: add it to .gitignore).
`
  );
  return 0;
}
function shellQuote(p) {
  return /^[\w@%+=:,./-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
function usageAfterError(err) {
  const spec = err.verb ? findVerb(err.verb) : void 0;
  return spec ? `Usage: ${renderSynopsis(spec)}
Run \`evalgate help ${spec.name}\` for every option.` : USAGE;
}
var HARNESS_VERBS = /* @__PURE__ */ new Set(["run", "gate", "baseline"]);
async function withHoldoutKey(io, cmd) {
  const exec = io.execEnv;
  if (exec?.kind === "reexecuted" && io.env.EVALGATE_DEBUG) io.stderr(`debug: re-executed without ${exec.names.join(", ")} in the environment (${exec.ms} ms)
`);
  if (exec?.kind === "exposed" && HARNESS_VERBS.has(cmd.verb)) {
    io.stderr(
      `warning: ${exec.names.join(", ")} ${exec.names.length === 1 ? "is" : "are"} in evalgate's environment and stay${exec.names.length === 1 ? "s" : ""} readable there by the harness (any process of your user can read /proc/<pid>/environ): ${exec.why}. Pass the key with --holdout-key-file F, or run evalgate on Node >= 22.15.
`
    );
  }
  const file = "holdoutKeyFile" in cmd ? cmd.holdoutKeyFile : null;
  if (!file) return io;
  let text;
  try {
    text = file === "-" ? await readStdin() : await readFile2(resolve2(io.cwd, file), "utf8");
  } catch (err) {
    throw new CliError(`--holdout-key-file ${file}: cannot read it (${err.code ?? err.message}); expected a file holding the 32-byte key, base64 or hex`);
  }
  const key = text.trim();
  if (key === "") throw new CliError(`--holdout-key-file ${file} is empty (expected the 32-byte key, base64 or hex)`);
  return { ...io, env: { ...io.env, EVALGATE_HOLDOUT_KEY: key } };
}
async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}
function validateEntry(p) {
  return { file: p.file, line: p.line > 0 ? p.line : null, col: p.line > 0 && p.col > 0 ? p.col : null, message: p.message, ...p.expected ? { expected: p.expected } : {}, ...p.hint ? { hint: p.hint } : {} };
}
function locatedText(text, files, fallback) {
  const file = files.find((f) => text.startsWith(`${f}: `));
  return { file: file ?? fallback, line: null, col: null, message: file ? text.slice(file.length + 2) : text };
}
async function cmdValidate(io, cmd) {
  const print = (doc) => io.stdout(JSON.stringify(doc, null, 2) + "\n");
  const loaded = await loadProjectFromDisk(io.cwd, cmd.config, { requireCases: true });
  if (!("config" in loaded)) {
    if (!cmd.json) {
      for (const p of loaded.problems) io.stderr(renderProblem(p) + "\n");
      for (const w of loaded.warnings) io.stderr(`warning: ${renderProblem(w)}
`);
      io.stderr(`
${loaded.problems.length} problem(s); nothing was run.
`);
    } else print({ ok: false, config: cmd.config, cases: null, suites: null, holdout_cases: null, problems: loaded.problems.map(validateEntry), warnings: loaded.warnings.map(validateEntry), notes: [] });
    return 2;
  }
  const project = loaded;
  const holdout = await loadHoldout(io.cwd, project.config, io.env.EVALGATE_HOLDOUT_KEY, { visibleIds: new Set(project.cases.map((c) => c.id)) });
  await holdout.holdout?.dispose();
  const scope = renderScopeWarnings(await readHarnessScope(io.cwd, project.config, cmd.config), project.config, cmd.config);
  const count = (s) => project.cases.filter((c) => c.suites.includes(s)).length;
  if (cmd.json) {
    const problems = holdout.problems.map((p) => locatedText(p, [HOLDOUT_BUNDLE], HOLDOUT_BUNDLE));
    const limit2 = await renderDesignLimit(project.config, project.cases.filter((c) => c.suites.includes("benchmark") && c.trials > 1).length + (holdout.holdout ? 1 : 0));
    const warnings = [...(project.warnings ?? []).map(validateEntry), ...scope.map((w) => locatedText(w, [cmd.config], cmd.config)), ...limit2 ? [locatedText(limit2, [cmd.config], cmd.config)] : []];
    print({
      ok: problems.length === 0,
      config: cmd.config,
      cases: project.cases.length,
      suites: { benchmark: count("benchmark"), coverage: count("coverage") },
      holdout_cases: holdout.holdout ? holdout.holdout.cases.length : null,
      problems,
      warnings,
      notes: holdout.notices
    });
    return problems.length > 0 ? 2 : 0;
  }
  for (const p of holdout.problems) io.stderr(p + "\n");
  if (holdout.problems.length > 0) return 2;
  io.stdout(`ok: ${cmd.config} and ${project.cases.length} case(s) are valid (benchmark ${count("benchmark")}, coverage ${count("coverage")})${holdout.holdout ? `; holdout ${holdout.holdout.cases.length} case(s)` : ""}
`);
  for (const n of holdout.notices) io.stderr(`note: ${n}
`);
  for (const w of project.warnings ?? []) io.stderr(`warning: ${renderProblem(w)}
`);
  for (const w of scope) io.stderr(`warning: ${w}
`);
  const limit = await renderDesignLimit(project.config, project.cases.filter((c) => c.suites.includes("benchmark") && c.trials > 1).length + (holdout.holdout ? 1 : 0));
  if (limit) io.stderr(`warning: ${limit}
`);
  return 0;
}
async function main(argv, io) {
  let cmd;
  try {
    cmd = parseCommand(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`evalgate: ${err.message}

${usageAfterError(err)}
`);
      return 2;
    }
    throw err;
  }
  try {
    io = await withHoldoutKey(io, cmd);
    switch (cmd.verb) {
      case "help": {
        const spec = cmd.topic ? findVerb(cmd.topic) : void 0;
        io.stdout((spec ? renderVerbHelp(spec) : USAGE) + "\n");
        return 0;
      }
      case "version":
        io.stdout(`evalgate ${VERSION}
`);
        return 0;
      case "validate":
        return await cmdValidate(io, cmd);
      case "run":
        return await cmdRun(io, cmd);
      case "gate":
        return await cmdGate(io, cmd);
      case "compare":
        return await cmdCompare(io, cmd);
      case "baseline":
        return await cmdBaseline(io, cmd);
      case "merge":
        return await cmdMerge(io, cmd);
      case "history":
        return await cmdHistory(io, cmd);
      case "report":
        return await cmdReport(io, cmd);
      case "holdout":
        return await cmdHoldout(io, cmd);
      case "scaffold":
        return await (await import("./chunks/loop-AJLOPXLE.js")).runScaffoldCommand(io, cmd);
      case "ingest":
        return await (await import("./chunks/loop-AJLOPXLE.js")).runIngestCommand(io, cmd);
      case "trace":
        return await cmdTrace(io, cmd);
      case "loop":
        return await (await import("./chunks/loop-AJLOPXLE.js")).runLoopCommand(io, cmd);
      case "init":
        return await runInitCommand(io, cmd);
    }
  } catch (err) {
    if (io.env.EVALGATE_DEBUG) io.stderr(`${err.stack}
`);
    const e = err;
    const limit = renderSystemError(err);
    if (limit) {
      io.stderr(`evalgate: ${limit}
`);
      return 2;
    }
    e.message = cliRedactor(io, null)(e.message);
    const known = ["UsageError", "CliError", "GitError", "StoreError", "ShardError", "HoldoutError", "OtlpFormatError"];
    const prefix = known.includes(e.name) || e.constructor?.name && known.includes(e.constructor.name) ? "" : "unexpected error: ";
    io.stderr(`evalgate: ${prefix}${e.message}
`);
    if (e instanceof UsageError) io.stderr(`
${usageAfterError(e)}
`);
    return 2;
  }
}

// src/cli.ts
for (const [signal, n] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]]) {
  process.on(signal, () => process.exit(128 + n));
}
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
var terminal = {
  rl: null,
  closed: false,
  lines: [],
  waiting: null
};
function openTerminal() {
  if (terminal.rl) return terminal.rl;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  rl.on("line", (line2) => {
    const waiting = terminal.waiting;
    terminal.waiting = null;
    if (waiting) waiting(line2);
    else terminal.lines.push(line2);
  });
  rl.on("SIGINT", () => {
    process.stderr.write("\n");
    process.exit(130);
  });
  rl.once("close", () => {
    terminal.closed = true;
    const waiting = terminal.waiting;
    terminal.waiting = null;
    waiting?.(null);
  });
  terminal.rl = rl;
  return rl;
}
async function ask2(question) {
  if (terminal.closed && terminal.lines.length === 0) return null;
  const rl = openTerminal();
  const typedAhead = terminal.lines.shift();
  if (typedAhead !== void 0) {
    process.stderr.write(`${question}${typedAhead}
`);
    return typedAhead;
  }
  if (terminal.closed) return null;
  rl.setPrompt(question);
  rl.prompt();
  return new Promise((resolve3) => terminal.waiting = resolve3);
}
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  tty: Boolean(process.stderr.isTTY),
  stdoutTty: Boolean(process.stdout.isTTY),
  // Only a person at a terminal is asked anything; piped and CI runs take flags and defaults.
  prompt: process.stdin.isTTY && process.stderr.isTTY ? ask2 : void 0,
  execEnv
});
terminal.rl?.close();
process.exitCode = code;
