// The workflow files of a user's repository, one consistent set per setup: `evalgate init
// --workflow pr|shards` writes them, and examples/workflows/<setup>/ is exactly what init writes
// for an npm repository (scripts/example-workflows.ts renders it; a test compares). Pure: the
// caller detects the repository's files and writes the text.
//
// Both setups write the same two file names, .github/workflows/evalgate.yml (every event: the gate,
// baseline, nightly and scaffold jobs) and evalgate-publish.yml (the fork-safe half), so copying a
// second setup over the first replaces it: two gates posting the same check cannot be installed
// side by side by accident.

/** Placeholder for the action reference: the user pins the repository that hosts evalgate at a full commit SHA. */
export const ACTION_PLACEHOLDER = '<owner>/evalgate@<full-commit-sha>';

/** The setups init writes and examples/workflows/ ships, one folder each. */
export const WORKFLOW_SETUPS = ['pr', 'shards'] as const;
/** One setup: `pr` (one gate job per pull request) or `shards` (a 4-shard matrix and one merge job). */
export type WorkflowSetup = (typeof WORKFLOW_SETUPS)[number];

/** The files every setup writes, relative to the repository root. */
export const WORKFLOW_PATHS = { main: '.github/workflows/evalgate.yml', publish: '.github/workflows/evalgate-publish.yml' } as const;

/** The label that lets a PR remove a guard case; its runs re-gate, other labels' runs skip. */
const ALLOW_LABEL = 'evalgate:allow-guard-removal';

/** How the jobs that run the harness install its runtime and dependencies. */
export interface HarnessSetup {
  /** Node: the package manager (package.json's packageManager, else the lockfile) and its lockfile. */
  node: {
    tool: 'npm' | 'pnpm' | 'yarn' | 'yarn-berry';
    /** The tool's lockfile, or null: then no cache (setup-node's cache needs one) and no frozen install. */
    lockfile: string | null;
    /** What decided the tool, shown by init. */
    found: string;
    /** package.json names a pnpm version (packageManager): pnpm/action-setup must not be given another. */
    pnpmFromPackageJson: boolean;
    /** .nvmrc or .node-version, read by setup-node; null: a fixed major version. */
    nodeVersionFile: string | null;
  } | null;
  /** Python: requirements.txt is installed with pip; otherwise the install line is left to the user. */
  python: { requirements: boolean; found: string } | null;
}

/** The setup examples/workflows/ shows: an npm repository with package-lock.json. */
export const NPM_SETUP: HarnessSetup = { node: { tool: 'npm', lockfile: 'package-lock.json', found: 'package-lock.json', pnpmFromPackageJson: false, nodeVersionFile: null }, python: null };

const LOCKFILES: Record<'npm' | 'pnpm' | 'yarn', string[]> = { npm: ['package-lock.json', 'npm-shrinkwrap.json'], pnpm: ['pnpm-lock.yaml'], yarn: ['yarn.lock'] };

/** The packageManager of a package.json text (`pnpm@9.1.0` -> pnpm, 9), or null. */
function packageManagerOf(packageJson: string | null): { name: 'npm' | 'pnpm' | 'yarn'; major: number } | null {
  if (packageJson === null) return null;
  try {
    const pm = (JSON.parse(packageJson) as { packageManager?: unknown }).packageManager;
    const m = typeof pm === 'string' ? /^(npm|pnpm|yarn)@(\d+)/.exec(pm) : null;
    return m ? { name: m[1] as 'npm' | 'pnpm' | 'yarn', major: Number(m[2]) } : null;
  } catch {
    return null;
  }
}

/**
 * Picks the install steps from the repository's files: package.json's packageManager when it names
 * one, else the lockfile found first of package-lock.json / npm-shrinkwrap.json (npm), pnpm-lock.yaml
 * (pnpm), yarn.lock (Yarn; 2+ when .yarnrc.yml exists or packageManager says so), else npm. Without
 * the tool's lockfile: no cache and no frozen install (both fail without one). requirements.txt
 * or pyproject.toml -> Python.
 */
export function detectHarnessSetup(has: (file: string) => boolean, packageJson: string | null): HarnessSetup {
  let node: HarnessSetup['node'] = null;
  if (has('package.json')) {
    const pm = packageManagerOf(packageJson);
    const byLock = (['npm', 'pnpm', 'yarn'] as const).find((t) => LOCKFILES[t].some(has)) ?? null;
    const name = pm?.name ?? byLock ?? 'npm';
    const lockfile = LOCKFILES[name].find(has) ?? null;
    const berry = name === 'yarn' && ((pm?.name === 'yarn' && pm.major >= 2) || has('.yarnrc.yml'));
    const found = pm ? `packageManager ${pm.name}@${pm.major} in package.json${lockfile ? `, ${lockfile}` : ''}` : (lockfile ?? 'package.json without a lockfile');
    node = { tool: berry ? 'yarn-berry' : name, lockfile, found, pnpmFromPackageJson: pm?.name === 'pnpm', nodeVersionFile: ['.nvmrc', '.node-version'].find(has) ?? null };
  }
  const pyFile = ['requirements.txt', 'pyproject.toml'].find(has) ?? null;
  const python = pyFile ? { requirements: pyFile === 'requirements.txt', found: pyFile } : null;
  return { node, python };
}

/** The install command of a Node setup. */
function installCommand(n: NonNullable<HarnessSetup['node']>): string {
  const locked = n.lockfile !== null;
  switch (n.tool) {
    case 'npm':
      return locked ? 'npm ci' : 'npm install';
    case 'pnpm':
      return locked ? 'pnpm install --frozen-lockfile' : 'pnpm install';
    case 'yarn':
      return locked ? 'yarn install --frozen-lockfile' : 'yarn install';
    case 'yarn-berry':
      return locked ? 'yarn install --immutable' : 'yarn install';
  }
}

/** One line saying what the install steps were chosen from (init prints it). */
export function describeHarnessSetup(s: HarnessSetup): string {
  const parts: string[] = [];
  if (s.node) parts.push(`${installCommand(s.node)} (found ${s.node.found})`);
  if (s.python) parts.push(s.python.requirements ? 'pip install -r requirements.txt' : `Python, install step left to you (found ${s.python.found})`);
  return parts.length > 0 ? parts.join(', ') : 'no install step (no package.json, requirements.txt or pyproject.toml)';
}

/** The steps that install the harness's runtime and dependencies, indented as job steps. */
function setupSteps(s: HarnessSetup): string {
  const out: string[] = ["# The harness's runtime and dependencies: evalgate runs `harness.command` from evalgate.yml."];
  const n = s.node;
  if (n) {
    if (n.tool === 'npm' && n.lockfile) out.push('# From package-lock.json; pnpm, Yarn or Python instead: README "Workflows" (`evalgate init` writes those).');
    if (!n.lockfile) out.push(`# No lockfile: no cache (setup-node's cache needs one) and \`${installCommand(n)}\` instead of a frozen install.`);
    if (n.tool === 'pnpm') {
      // setup-node's pnpm cache asks pnpm where its store is: pnpm must be installed first.
      out.push('- uses: pnpm/action-setup@v4          # before setup-node, whose pnpm cache runs pnpm');
      if (!n.pnpmFromPackageJson) out.push('  with:', '    version: 10                       # or set "packageManager" in package.json and drop this');
    }
    if (n.tool === 'yarn-berry') out.push('- run: corepack enable                # Yarn 2+ through Corepack, before setup-node runs yarn for its cache');
    out.push('- uses: actions/setup-node@v4', '  with:', n.nodeVersionFile ? `    node-version-file: ${n.nodeVersionFile}` : '    node-version: 22');
    if (n.lockfile) out.push(`    cache: ${n.tool === 'yarn-berry' ? 'yarn' : n.tool}`);
    out.push(`- run: ${installCommand(n)}`);
  }
  if (s.python) {
    out.push('- uses: actions/setup-python@v5', '  with:', '    python-version: "3.12"');
    if (s.python.requirements) out.push('    cache: pip', '- run: pip install -r requirements.txt');
    else out.push('# REPLACE with how your project installs (pip install ., uv sync, poetry install):', '# - run: pip install .');
  }
  if (!n && !s.python) out.push('# Install what your harness needs here (actions/setup-node, setup-python, npm ci, ...).');
  return out.map((l) => `      ${l}`).join('\n');
}

/** Options of a rendering: the action reference and the install steps. */
export interface RenderWorkflowOptions {
  /** How the jobs reference the action: the placeholder the user replaces with a pinned commit. */
  action: string;
  harness: HarnessSetup;
}

const CHECKOUT_FULL = (why: string) => `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0       # ${why}`;
const GATE_CHECKOUT = CHECKOUT_FULL('case definitions at the merge base, first-parent history for baselines');
const STORE_CHECKOUT = CHECKOUT_FULL('first-parent history: the stored run to compare with or pool trials from');

// This PR's results for its next gate (a re-run, a push that leaves the harness alone): copied
// outside the checkout and cached under a key of the PR (and shard), restored as the `reuse` input.
const SAVE_PRIOR = (shard: string) => `      - if: always()
        run: |
          mkdir -p "$RUNNER_TEMP/evalgate-prior"
          for f in .evalgate/*/results.json; do [ -f "$f" ] && mkdir -p "$RUNNER_TEMP/evalgate-prior/$(basename "$(dirname "$f")")" && cp "$f" "$RUNNER_TEMP/evalgate-prior/$(basename "$(dirname "$f")")/"; done; true
      - if: always()
        uses: actions/cache/save@v4
        with:
          path: \${{ runner.temp }}/evalgate-prior
          key: evalgate-prior-\${{ github.event.pull_request.number }}-${shard}\${{ github.run_id }}-\${{ github.run_attempt }}`;

const UPLOAD = (name: string, retention: boolean) => `      - if: always()
        uses: actions/upload-artifact@v4
        with:
          name: ${name}
          path: .evalgate/
          include-hidden-files: true   # .evalgate/ is a hidden directory; v4 skips those otherwise${retention ? '\n          retention-days: 7' : ''}
          if-no-files-found: ignore`;

// The one condition under which a pull_request run gates: not a label event, or the label that
// changes the verdict. The concurrency group below uses the same condition, negated.
const GATES = `github.event_name == 'pull_request' &&
      (github.event.action != 'labeled' && github.event.action != 'unlabeled' ||
      github.event.label.name == '${ALLOW_LABEL}')`;

function header(setup: WorkflowSetup, action: string): string {
  const what = setup === 'pr' ? 'one gate job per pull request' : 'the gate as a 4-shard matrix and one merge job';
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

function gateJob(o: RenderWorkflowOptions): string {
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
${SAVE_PRIOR('')}
      # For evalgate-publish.yml (fork PRs): the results as data.
${UPLOAD('evalgate-results', true)}`;
}

function shardJobs(o: RenderWorkflowOptions): string {
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
${SAVE_PRIOR('shard-\${{ matrix.shard }}-')}
${UPLOAD('evalgate-shard-${{ matrix.shard }}', true)}

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
${UPLOAD('evalgate-results', true)}`;
}

function commonJobs(o: RenderWorkflowOptions): string {
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
${UPLOAD('evalgate-nightly', false)}

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

function publishFile(setup: WorkflowSetup, o: RenderWorkflowOptions): string {
  const download =
    setup === 'pr'
      ? `          name: evalgate-results`
      : `          pattern: evalgate-shard-*     # the shards' uploads: merged here, as the merge job does`;
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

/** The workflow files of one setup: evalgate.yml (every event) and evalgate-publish.yml (fork PRs). Pure. */
export function renderWorkflows(setup: WorkflowSetup, o: RenderWorkflowOptions): Array<{ path: string; content: string }> {
  const main = [header(setup, o.action), setup === 'pr' ? gateJob(o) : shardJobs(o), '', commonJobs(o)].join('\n') + '\n';
  return [
    { path: WORKFLOW_PATHS.main, content: main },
    { path: WORKFLOW_PATHS.publish, content: publishFile(setup, o) },
  ];
}

/**
 * The workflow files, other than the ones init writes, that already gate pull requests with
 * evalgate (a `pull_request` trigger and a step using `…/evalgate@…`): a second gate would post
 * the same check run. `parse` is a YAML loader (the caller's); unparsable files are skipped.
 */
export function findOtherGates(files: ReadonlyArray<{ path: string; text: string }>, parse: (text: string) => unknown): string[] {
  const ours = new Set<string>(Object.values(WORKFLOW_PATHS));
  const out: string[] = [];
  for (const f of files) {
    if (ours.has(f.path)) continue;
    let doc: unknown;
    try {
      doc = parse(f.text);
    } catch {
      continue;
    }
    if (!doc || typeof doc !== 'object') continue;
    const on = (doc as Record<string, unknown>).on ?? (doc as Record<string | number, unknown>)['true'];
    const prTriggered = on === 'pull_request' || (Array.isArray(on) && on.includes('pull_request')) || (!!on && typeof on === 'object' && 'pull_request' in on);
    const jobs = (doc as { jobs?: unknown }).jobs;
    const usesEvalgate =
      !!jobs && typeof jobs === 'object' &&
      Object.values(jobs as Record<string, unknown>).some((j) => Array.isArray((j as { steps?: unknown })?.steps) && ((j as { steps: unknown[] }).steps).some((s) => typeof (s as { uses?: unknown })?.uses === 'string' && /(^|\/)evalgate@/.test((s as { uses: string }).uses)));
    if (prTriggered && usesEvalgate) out.push(f.path);
  }
  return out;
}
