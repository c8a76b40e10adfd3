// Action orchestration (in progress).
import * as core from '@actions/core';
/** Runs the action. */
export async function run(): Promise<void> {
  core.setFailed('evalgate action: not wired yet');
}
