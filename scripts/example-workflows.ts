// Regenerates examples/workflows/<setup>/ from src/cli/workflows.ts: each folder is exactly what
// `evalgate init --workflow <setup>` writes into .github/workflows/ for an npm repository
// (package-lock.json). test/workflows/workflows.test.ts fails when the two differ.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTION_PLACEHOLDER, NPM_SETUP, renderWorkflows, WORKFLOW_SETUPS } from '../src/cli/workflows.js';

const examples = fileURLToPath(new URL('../examples/workflows/', import.meta.url));
for (const setup of WORKFLOW_SETUPS) {
  mkdirSync(join(examples, setup), { recursive: true });
  for (const f of renderWorkflows(setup, { action: ACTION_PLACEHOLDER, harness: NPM_SETUP })) {
    writeFileSync(join(examples, setup, basename(f.path)), f.content);
    console.log(`examples/workflows/${setup}/${basename(f.path)}`);
  }
}
