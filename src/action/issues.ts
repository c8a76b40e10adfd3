// Scaffold and ingest modes: filled in with the issue loop.
import type { ActionDeps, ActionResult } from './main.js';
/** Scaffolds a case from a closed agent-failure issue. */
export async function runScaffoldMode(_deps: ActionDeps): Promise<ActionResult> {
  throw new Error('scaffold mode is not available in this build');
}
/** Applies failure signals to issues. */
export async function runIngestMode(_deps: ActionDeps): Promise<ActionResult> {
  throw new Error('ingest mode is not available in this build');
}
