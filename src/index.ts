// Action entry (dist/index.js): everything happens in src/action/main.ts.
import { run } from './action/main.js';

await run();
