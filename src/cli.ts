// CLI entry: wires process I/O to the verbs in src/cli/main.ts and sets the exit code.
import { main } from './cli/main.js';

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  tty: Boolean(process.stderr.isTTY),
});
process.exitCode = code;
