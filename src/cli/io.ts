// What every CLI verb shares: the injected I/O and the user-facing error type (apart from the
// dispatcher, so verb modules import downward only).
import type { ExecEnvState } from '../adapters/exec-env.js';

/** Where the CLI writes and prints; injected so tests can capture it. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (live progress line instead of periodic lines). */
  tty: boolean;
  /** True when stdout is a terminal; reports are coloured only then, and never with NO_COLOR set. */
  stdoutTty?: boolean;
  /** Asks the user one question; present only when stdin and stderr are a terminal (`init` asks nothing otherwise). */
  prompt?: (question: string) => Promise<string | null>;
  /** What start-up did about secrets in the exec environment (src/adapters/exec-env.ts); absent in tests that call main(). */
  execEnv?: ExecEnvState;
}

/** A user-facing failure: printed without a stack trace, exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}

/** Whether reports on stdout get ANSI colours: only on a terminal, and never with NO_COLOR (https://no-color.org). */
export function useColor(io: Io): boolean {
  return (io.stdoutTty ?? false) && !io.env.NO_COLOR;
}
