// Shared ajv instances: one for our own schemas; user-written check schemas compile in src/user-schema.ts.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import caseSchema from '../schemas/case.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };
import { compileUserSchema, type UserSchemaError } from '../user-schema.js';

/** Where the JSON Schemas are in a repository that installed evalgate from npm (package.json `files` ships src/schemas/). */
export const INSTALLED_SCHEMAS = 'node_modules/evalgate/src/schemas';

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats));

let ours: { validateCase: ValidateFunction; validateConfig: ValidateFunction } | undefined;

/** Compiled validators for the case and config schemas (compiled once, lazily). */
export function getSchemaValidators(): { validateCase: ValidateFunction; validateConfig: ValidateFunction } {
  if (!ours) {
    // validateSchema: false skips compiling the draft-07 meta-schema just to check our own schemas,
    // and optimize: false a code pass that matters little for these small validators; together
    // about a third of a one-case run's start-up. test/case/schemas.test.ts checks the schemas.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true, validateSchema: false, code: { optimize: false } });
    addFormats(ajv);
    ours = {
      validateCase: ajv.compile(caseSchema),
      validateConfig: ajv.compile(configSchema),
    };
  }
  return ours;
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
