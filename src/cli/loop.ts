// Issue-loop verbs (scaffold, ingest): filled in with src/loop/.
import type { Command } from './args.js';
import type { Io } from './main.js';
import { CliError } from './main.js';

/** `evalgate scaffold --issue-file F`. */
export async function runScaffoldCommand(_io: Io, _cmd: Extract<Command, { verb: 'scaffold' }>): Promise<number> {
  throw new CliError('scaffold is not available in this build');
}

/** `evalgate ingest F`. */
export async function runIngestCommand(_io: Io, _cmd: Extract<Command, { verb: 'ingest' }>): Promise<number> {
  throw new CliError('ingest is not available in this build');
}
