// Publish mode: filled in next.
import type { ActionDeps, ActionResult } from './main.js';
/** Posts the results of an unprivileged run. */
export async function runPublishMode(_deps: ActionDeps): Promise<ActionResult> {
  throw new Error('publish mode is not available in this build');
}
