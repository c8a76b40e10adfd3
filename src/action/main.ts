// The action: reads inputs and context once, builds the clients once, dispatches by mode.
// Every mode returns an ActionResult (deps.ts); posting and failing the job happen here, last.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { parseActionInputs } from './inputs.js';
import { parseRunnerContext } from './context.js';
import { createGitHubClient } from '../adapters/github.js';
import { createGit } from '../adapters/git.js';
import { openStore } from './store.js';
import type { ActionDeps, ActionResult } from './deps.js';
import { resolveDefaultBranch } from './default-branch.js';
import { runGateMode } from './gate.js';
import { runBaselineMode } from './baseline.js';
import { runNightlyMode } from './nightly.js';
import { runScaffoldMode, runIngestMode } from './issues.js';
import { runPublishMode } from './publish.js';
import { buildRedactor, collectEnvSecrets, redact } from '../surfaces/redact.js';
import { LIMITS } from '../surfaces/limits.js';
import { renderSystemError } from '../surfaces/system-error.js';
import { readReportUpload } from './artifact.js';
import type { ExecEnvState } from '../adapters/exec-env.js';

/** Runs the action in the current process (the dist/index.js entry calls this). */
export async function run(env: NodeJS.ProcessEnv = process.env, execEnv: ExecEnvState = { kind: 'clean' }): Promise<void> {
  if (execEnv.kind === 'reexecuted') core.debug(`evalgate re-executed itself without ${execEnv.names.join(', ')} in its environment (${execEnv.ms} ms)`);
  if (execEnv.kind === 'exposed') core.warning(`${execEnv.names.join(', ')} stay readable by the harness in evalgate's /proc/<pid>/environ: ${execEnv.why} (the action expects node24)`);
  const parsedInputs = parseActionInputs(env, env.GITHUB_EVENT_NAME ?? '');
  let payloadText: string | null = null;
  if (env.GITHUB_EVENT_PATH) {
    try {
      payloadText = await readFile(env.GITHUB_EVENT_PATH, 'utf8');
    } catch {
      payloadText = null;
    }
  }
  const parsedContext = parseRunnerContext(env, payloadText);
  const problems = [...(parsedInputs.ok ? [] : parsedInputs.problems), ...(parsedContext.ok ? [] : parsedContext.problems)];
  if (!parsedInputs.ok || !parsedContext.ok) {
    for (const p of problems) core.error(p);
    core.setFailed(`evalgate: ${problems.length} problem(s) with the action's inputs or context; see the errors above`);
    return;
  }
  const inputs = parsedInputs.inputs;
  let context = parsedContext.context;
  // The token and the holdout key, plus every secret-looking variable of the job (isSecretName):
  // a harness that prints its OPENAI_API_KEY must not get it into a comment or artifact.
  const secrets = [...new Set([inputs.token, inputs.holdoutKey ?? '', env.EVALGATE_HOLDOUT_KEY ?? ''].filter((s) => s.length >= 4).concat(collectEnvSecrets(env)))];
  for (const s of secrets) core.setSecret(s);
  if (inputs.holdoutKey) env.EVALGATE_HOLDOUT_KEY = inputs.holdoutKey;
  const root = context.workspace || process.cwd();
  const github = createGitHubClient({
    token: inputs.token,
    baseUrl: context.apiUrl,
    userAgent: 'evalgate-action',
    log: (level, message) => (level === 'warn' ? core.warning(message) : level === 'info' ? core.info(message) : core.debug(message)),
    redact: (s) => redact(s, { patterns: [], secrets }),
  });
  // Nightly and baseline write only from the default branch; a schedule payload does not name it.
  if ((inputs.mode === 'nightly' || inputs.mode === 'baseline') && !context.defaultBranch) {
    const resolved = await resolveDefaultBranch(context, github);
    if (resolved.warning) core.warning(resolved.warning);
    context = { ...context, defaultBranch: resolved.branch };
  }
  const git = createGit(root);
  const deps: ActionDeps = {
    inputs,
    context,
    root,
    git,
    github,
    store: openStore(inputs, root, git),
    env,
    secrets,
    redactText: (s) => redact(s, { patterns: [], secrets }),
    redactorFor: (config, extraEnv = {}) => buildRedactor({ env: {}, secrets, harnessEnv: { ...extraEnv, ...(config.harness?.env ?? {}) }, patterns: config.redact }),
    log: (m) => core.info(m),
    // Read once: the comment and summary say where the HTML report is only when this job uploads it.
    reportUpload: await readReportUpload(root, context, env),
  };

  let result: ActionResult;
  try {
    switch (inputs.mode) {
      case 'gate':
        result = await runGateMode(deps);
        break;
      case 'baseline':
        result = await runBaselineMode(deps);
        break;
      case 'nightly':
        result = await runNightlyMode(deps);
        break;
      case 'scaffold':
        result = await runScaffoldMode(deps);
        break;
      case 'ingest':
        result = await runIngestMode(deps);
        break;
      case 'publish':
        result = await runPublishMode(deps);
        break;
    }
  } catch (err) {
    const e = err as Error;
    if (env.EVALGATE_DEBUG) core.debug(e.stack ?? e.message);
    core.setFailed(`evalgate (${inputs.mode}): ${deps.redactText(renderSystemError(err) ?? e.message)}`);
    return;
  }

  for (const n of result.notices) core.notice(deps.redactText(n));
  for (const w of result.warnings) core.warning(deps.redactText(w));
  core.setOutput('verdict', result.verdict ?? '');
  core.setOutput('regressions', String(result.regressions));
  core.setOutput('results-path', result.resultsPath ?? '');
  core.setOutput('report-path', result.reportPath ?? '');
  core.setOutput('reopened', result.reopened.join(','));
  if (result.summary && env.GITHUB_STEP_SUMMARY) {
    try {
      await core.summary.addRaw(result.summary.slice(0, LIMITS.summary), true).write();
    } catch (err) {
      core.warning(`could not write the job summary: ${(err as Error).message}`);
    }
  }
  // Last: the verdict decides the job, whatever could or could not be posted.
  if (result.failure) core.setFailed(`evalgate: ${deps.redactText(result.failure)}`);
  else if (result.verdict === 'block' && inputs.failOn === 'regression' && !result.informational) {
    core.setFailed(`evalgate: blocked — ${result.regressions} regression(s); see the job summary`);
  }
}
