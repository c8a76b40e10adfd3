// CLI entry: wires process I/O to the verbs in src/cli/main.ts and sets the exit code.
import { createInterface, type Interface } from 'node:readline/promises';
import { main } from './cli/main.js';

// Ctrl-C / TERM: exit through process.exit so the harness adapter's exit hook kills every
// harness process group still running (signals skip 'exit' handlers otherwise).
for (const [signal, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
  process.on(signal, () => process.exit(128 + n));
}
// A closed pipe (`evalgate report ... | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

// One readline for every question of the run (a second interface would miss input the first buffered).
const terminal: { rl: Interface | null; closed: boolean } = { rl: null, closed: false };
async function ask(question: string): Promise<string | null> {
  if (terminal.closed) return null;
  if (!terminal.rl) {
    terminal.rl = createInterface({ input: process.stdin, output: process.stderr });
    terminal.rl.once('close', () => (terminal.closed = true));
  }
  try {
    return await terminal.rl.question(question);
  } catch {
    // Ctrl+D / Ctrl+C at the prompt: no answer (the caller keeps its default or stops).
    return null;
  }
}

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  tty: Boolean(process.stderr.isTTY),
  stdoutTty: Boolean(process.stdout.isTTY),
  // Only a person at a terminal is asked anything; piped and CI runs take flags and defaults.
  prompt: process.stdin.isTTY && process.stderr.isTTY ? ask : undefined,
});
terminal.rl?.close();
process.exitCode = code;
