// Nightly mode: filled in with the issue loop.
import type { ActionDeps, ActionResult } from './main.js';
/** Runs the nightly coverage job. */
export async function runNightlyMode(_deps: ActionDeps): Promise<ActionResult> {
  throw new Error('nightly mode is not available in this build');
}
