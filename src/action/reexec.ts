// Imported first by the action entry (src/index.ts), so it runs before any other module is
// evaluated: the token and the holdout key leave the exec environment (re-exec) before any
// harness process exists.
import { HandoffError, leaveSecretsOutOfEnviron, type ExecEnvState } from '../adapters/exec-env.js';

function start(): ExecEnvState {
  try {
    return leaveSecretsOutOfEnviron();
  } catch (err) {
    if (!(err instanceof HandoffError)) throw err;
    // Running on without the secrets would skip the holdout silently: fail the step instead.
    process.stdout.write(`::error::evalgate: ${err.message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exit(1);
  }
}

/** What start-up did about secrets in the exec environment. */
export const execEnv: ExecEnvState = start();
