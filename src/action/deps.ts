// The handles every mode gets and the value every mode returns: shared by the dispatcher (main.ts)
// and the modes, so neither imports the other for them.
import type { ActionInputs } from './inputs.js';
import type { RunnerContext } from './context.js';
import type { GitHubClient } from '../adapters/github.js';
import type { Git } from '../adapters/git.js';
import type { BaselineStore } from '../adapters/store.js';
import type { Config } from '../types.js';
import type { Redactor } from '../surfaces/redact.js';
import type { ReportUpload } from './artifact.js';

/** What a mode produced; main turns it into outputs, the summary and the job status. */
export interface ActionResult {
  verdict: 'pass' | 'block' | null;
  regressions: number;
  resultsPath: string | null;
  reportPath: string | null;
  reopened: number[];
  /** Markdown for the job summary (already redacted and size-limited by the renderer). */
  summary: string;
  /** Things that could not be done (posting without permission, API down): warnings, not failures. */
  warnings: string[];
  notices: string[];
  /**
   * The verdict informs but does not decide the job: a shard of a sharded gate (partial; the merged
   * check decides) and baseline mode (nothing compared; the results are stored either way).
   */
  informational?: boolean;
  /** The job fails with this message whatever `fail-on` says: the step could not do its job (a baseline of a harness that never ran). */
  failure?: string;
}

/** Shared handles every mode gets; built once here. */
export interface ActionDeps {
  inputs: ActionInputs;
  context: RunnerContext;
  root: string;
  git: Git;
  github: GitHubClient;
  /** The baseline store (null when the `baseline` input names a results file). */
  store: BaselineStore | null;
  env: NodeJS.ProcessEnv;
  /** Values registered with core.setSecret (the token, the holdout key). */
  secrets: string[];
  /** Redacts registered secrets only: for messages raised before a config is known; everything else uses redactorFor. */
  redactText: (s: string) => string;
  /** The one redaction step for a config: registered secrets, secret-looking `harness.env` values, `redact` patterns. */
  redactorFor: (config: Pick<Config, 'redact'> & { harness?: Pick<Config['harness'], 'env'> }, extraEnv?: Record<string, string>) => Redactor;
  log: (message: string) => void;
  /** This job's upload of `.evalgate/` as an artifact, read from the running workflow (null: none found). */
  reportUpload?: ReportUpload | null;
}

/** An ActionResult with nothing in it but `over`. */
export function emptyResult(over: Partial<ActionResult> = {}): ActionResult {
  return { verdict: null, regressions: 0, resultsPath: null, reportPath: null, reopened: [], summary: '', warnings: [], notices: [], ...over };
}
