// Action entry (placeholder until the action modes land).
import { run } from './action/main.js';
await run();
