// Shared ajv instances: one for our own schemas, one for JSON Schemas users write in checks.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import caseSchema from '../schemas/case.schema.json' with { type: 'json' };
import configSchema from '../schemas/config.schema.json' with { type: 'json' };

type AddFormats = (ajv: Ajv) => Ajv;
// ajv-formats is CommonJS; under NodeNext its default export may arrive wrapped.
const addFormats: AddFormats =
  ((addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats));

let ours: { validateCase: ValidateFunction; validateConfig: ValidateFunction } | undefined;

/** Compiled validators for the case and config schemas (compiled once, lazily). */
export function getSchemaValidators(): { validateCase: ValidateFunction; validateConfig: ValidateFunction } {
  if (!ours) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    ours = {
      validateCase: ajv.compile(caseSchema),
      validateConfig: ajv.compile(configSchema),
    };
  }
  return ours;
}

/** A fresh ajv instance for user-written JSON Schemas (lenient about unknown keywords). */
export function buildUserSchemaAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}

let userAjv: Ajv | undefined;

/** Why a user-written JSON Schema does not compile, and where inside it (JSON pointer). */
export interface UserSchemaError {
  message: string;
  /** Pointer relative to the schema root ('' when unknown). */
  pointer: string;
}

/** Compiles a user-written JSON Schema; returns why it does not compile, or null when it does. */
export function checkUserSchemaCompiles(schema: unknown): UserSchemaError | null {
  userAjv ??= buildUserSchemaAjv();
  // validateSchema gives located meta-schema errors; compile() alone gives one long string.
  if (!(userAjv.validateSchema(schema as object) as boolean)) {
    const first = (userAjv.errors ?? []).find((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf') ?? userAjv.errors?.[0];
    if (first) {
      const at = first.instancePath ? `${first.instancePath.slice(1).replace(/\//g, '.')} ` : '';
      const allowed = (first.params as { allowedValues?: unknown[] }).allowedValues;
      return {
        message: `${at}${first.message ?? 'is invalid'}${allowed ? ` (${allowed.map(String).join(', ')})` : ''}`,
        pointer: first.instancePath,
      };
    }
  }
  try {
    userAjv.compile(schema as object);
    return null;
  } catch (err) {
    return { message: (err as Error).message, pointer: '' };
  } finally {
    // compile() caches by schema identity and $id; user schemas may repeat an $id.
    userAjv.removeSchema(schema as object);
  }
}

/** The raw JSON Schemas shipped with evalgate, for editors and docs. */
export const SCHEMAS = { case: caseSchema, config: configSchema } as const;
