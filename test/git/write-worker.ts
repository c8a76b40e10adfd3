// Child process for the multi-process concurrency test: writes one results file to the
// git branch store of the clone given on the command line.
import { createGitBranchStore } from '../../src/adapters/store.js';
import { makeResults } from './helpers.js';

const [repoDir, commit, runId] = process.argv.slice(2);
const store = createGitBranchStore({ repoDir, retryDelayMs: 100 });
store
  .write(makeResults('coverage', commit, 0.5), 'main', runId)
  .then(() => process.exit(0))
  .catch((e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  });
