// Imported first by the CLI entry (src/cli.ts), so it runs before any other module is evaluated:
// a secret in the exec environment is taken out (re-exec) before anything can start a harness.
import { HandoffError, leaveSecretsOutOfEnviron, type ExecEnvState } from '../adapters/exec-env.js';

function start(): ExecEnvState {
  try {
    return leaveSecretsOutOfEnviron();
  } catch (err) {
    if (!(err instanceof HandoffError)) throw err;
    // Running on without the secrets would skip the holdout silently: stop instead.
    process.stderr.write(`evalgate: ${err.message}\n`);
    process.exit(2);
  }
}

/** What start-up did about secrets in the exec environment. */
export const execEnv: ExecEnvState = start();
