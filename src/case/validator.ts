// Shared ajv instances: one for our own schemas; user-written check schemas compile in src/user-schema.ts.
import type { ValidateFunction } from 'ajv';
import { ourValidator } from '../schemas/validators.js';
import caseSchema from '../schemas/case.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import { compileUserSchema, type UserSchemaError } from '../user-schema.js';

/** Where the JSON Schemas are in a repository that installed evalgate from npm (package.json `files` ships src/schemas/). */
export const INSTALLED_SCHEMAS = 'node_modules/evalgate/src/schemas';

/** Compiled validators for the case and config schemas (compiled once, or precompiled in the bundles). */
export function getSchemaValidators(): { validateCase: ValidateFunction; validateConfig: ValidateFunction } {
  return { validateCase: ourValidator('case'), validateConfig: ourValidator('config') };
}

export { buildUserSchemaAjv, type UserSchemaError } from '../user-schema.js';

/**
 * Compiles a user-written JSON Schema; returns why it does not compile, or null when it does.
 * Compiled once per distinct schema (cached), and the run reuses the compiled function.
 */
export function checkUserSchemaCompiles(schema: unknown): UserSchemaError | null {
  return compileUserSchema(schema as object).error ?? null;
}

/** The raw JSON Schemas shipped with evalgate, for editors and docs. */
export const SCHEMAS = { case: caseSchema, config: configSchema } as const;
