// Operating-system resource limits (open files, processes, disk, memory) worded as errors a user
// can act on, instead of "unexpected error: EMFILE ...". Pure: takes the error, returns text.

interface Limit {
  what: string;
  fix: string;
}

const LIMITS: Record<string, Limit> = {
  EMFILE: { what: 'too many open files for this process', fix: 'raise the open-file limit (e.g. `ulimit -n 4096`), or lower `concurrency` in evalgate.yml (each running trial holds pipes)' },
  ENFILE: { what: 'too many open files on this machine', fix: 'close other programs or raise the system limit (fs.file-max)' },
  EAGAIN: { what: 'the system refused to start another process or thread', fix: 'lower `concurrency` in evalgate.yml or raise `ulimit -u`' },
  ENOMEM: { what: 'out of memory', fix: 'lower `concurrency` or `harness.max_output_bytes` in evalgate.yml, or run with more memory' },
  ENOSPC: { what: 'no space left on the device', fix: 'free disk space (results and temporary fixture files are written there)' },
  EDQUOT: { what: 'disk quota exceeded', fix: 'free space within your quota' },
  E2BIG: { what: 'argument list or environment too long for a new process', fix: 'shorten `harness.command` or `harness.env`' },
  ERR_STRING_TOO_LONG: { what: 'a file or output is larger than Node.js can hold in one string (about 512 MiB)', fix: 'split the suite into shards (`--shard i/n`) or lower `harness.max_output_bytes`' },
};

/** The resource-limit error codes renderSystemError words (for tests and docs). */
export const RESOURCE_LIMIT_CODES: readonly string[] = Object.keys(LIMITS);

/**
 * A one-line, actionable message for an operating-system resource limit (`EMFILE`, `ENOSPC`, ...),
 * naming the file or call it hit; null for any other error.
 */
export function renderSystemError(err: unknown): string | null {
  if (err === null || typeof err !== 'object') return null;
  const e = err as { code?: unknown; path?: unknown; syscall?: unknown; message?: unknown };
  let code = typeof e.code === 'string' ? e.code : undefined;
  // `JSON.stringify` of a value too large for one string throws a bare RangeError without a code.
  if (!code && err instanceof RangeError && /Invalid string length/.test(String(e.message))) code = 'ERR_STRING_TOO_LONG';
  const limit = code ? LIMITS[code] : undefined;
  if (!code || !limit) return null;
  const where = typeof e.path === 'string' ? ` (${typeof e.syscall === 'string' ? `${e.syscall} ` : ''}${e.path})` : typeof e.syscall === 'string' ? ` (${e.syscall})` : '';
  return `resource limit reached: ${limit.what} [${code}]${where}; ${limit.fix}`;
}
