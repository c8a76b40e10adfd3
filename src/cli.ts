// CLI entry: wires process I/O to the verbs in src/cli/main.ts and sets the exit code.
// reexec.js first: it re-executes without secrets in the environment before anything else runs.
import { execEnv } from './cli/reexec.js';
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

// One readline for every question of the run (a second interface would miss input the first
// buffered), and a queue of the lines it reads: an answer typed ahead, before its question is
// up, is kept for that question instead of dropped (readline emits lines nobody asked for).
const terminal: { rl: Interface | null; closed: boolean; lines: string[]; waiting: ((line: string | null) => void) | null } = {
  rl: null,
  closed: false,
  lines: [],
  waiting: null,
};
function openTerminal(): Interface {
  if (terminal.rl) return terminal.rl;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  rl.on('line', (line) => {
    const waiting = terminal.waiting;
    terminal.waiting = null;
    if (waiting) waiting(line);
    else terminal.lines.push(line);
  });
  // Ctrl+C at a prompt cancels the command (nothing is written before the last answer); Ctrl+D
  // ends the questions with no answer (the caller keeps its default).
  rl.on('SIGINT', () => {
    process.stderr.write('\n');
    process.exit(130);
  });
  rl.once('close', () => {
    terminal.closed = true;
    const waiting = terminal.waiting;
    terminal.waiting = null;
    waiting?.(null);
  });
  terminal.rl = rl;
  return rl;
}
async function ask(question: string): Promise<string | null> {
  if (terminal.closed && terminal.lines.length === 0) return null;
  const rl = openTerminal();
  const typedAhead = terminal.lines.shift();
  if (typedAhead !== undefined) {
    process.stderr.write(`${question}${typedAhead}\n`);
    return typedAhead;
  }
  if (terminal.closed) return null;
  rl.setPrompt(question);
  rl.prompt();
  return new Promise((resolve) => (terminal.waiting = resolve));
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
  execEnv,
});
terminal.rl?.close();
process.exitCode = code;
