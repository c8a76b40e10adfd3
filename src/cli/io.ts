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
  /** True when stdout is a terminal; reports are coloured then (see useColor for FORCE_COLOR and NO_COLOR). */
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

/**
 * Whether reports on stdout get ANSI colours, decided as Node decides for its own output
 * (tty.WriteStream#hasColors): FORCE_COLOR set to '', 1, 2, 3 or true colours even a pipe, and
 * wins over NO_COLOR and NODE_DISABLE_COLORS; FORCE_COLOR set to anything else (0, false) never
 * colours; otherwise NO_COLOR or NODE_DISABLE_COLORS (set to any value, https://no-color.org) or
 * TERM=dumb turn colour off, and a terminal on stdout turns it on.
 */
export function useColor(io: Pick<Io, 'env' | 'stdoutTty'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (io.env.NO_COLOR !== undefined || io.env.NODE_DISABLE_COLORS !== undefined || io.env.TERM === 'dumb') return false;
  return io.stdoutTty ?? false;
}
