// Action entry (dist/index.js): everything happens in src/action/main.ts.
// reexec.js first: it re-executes without secrets in the environment before anything else runs.
import { execEnv } from './action/reexec.js';
import { run } from './action/main.js';

await run(process.env, execEnv);
