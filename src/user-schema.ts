// The JSON Schemas users write in `output_schema` and `tool_args` checks, compiled once per
// distinct schema for the whole process: loading validates them (so `validate` reports a broken
// schema at its line) and running the checks reuses the very same compiled function.
import { Ajv, type ValidateFunction } from 'ajv';
import { createCompileCache } from './compile-cache.js';
import { escapePointerSegment, stableStringify } from './json.js';
import { addFormats } from './ajv-formats.js';
import { ourValidator } from './schemas/validators.js';
import { compileUserPattern, PATTERN_SYNTAX } from './regex.js';
import type { RegExpEngine } from 'ajv/dist/types/index.js';

/** Why a user-written JSON Schema does not compile, and where inside it (JSON pointer). */
export interface UserSchemaError {
  message: string;
  /** Pointer relative to the schema root ('' when unknown). */
  pointer: string;
}

/** A compiled user schema, or why it does not compile. */
export type CompiledUserSchema = { validate: ValidateFunction; error?: undefined } | { validate?: undefined; error: UserSchemaError };

/** Distinct schemas kept compiled; a suite has a handful, and each costs some tens of KiB. */
const MAX_SCHEMAS = 1000;

/** A `pattern` (or `patternProperties` key) of a user's schema that RE2 does not accept. */
class SchemaPatternError extends Error {
  constructor(readonly pattern: string, why: string) {
    super(`pattern ${JSON.stringify(pattern)}: ${why} (patterns run as ${PATTERN_SYNTAX})`);
  }
}

// A user's schema checks harness output, which is untrusted: its `pattern`s run on the same
// linear-time engine as output_match (src/regex.ts), so `"(a+)+$"` against "aaa…!" cannot hang
// the gate as V8's backtracking RegExp would. ajv compiles each pattern once through this.
const re2Engine: RegExpEngine = Object.assign(
  (pattern: string) => {
    const compiled = compileUserPattern(pattern);
    if ('error' in compiled) throw new SchemaPatternError(pattern, compiled.error);
    // ajv keys its shared pattern objects by toString() (a RegExp's `/…/u`): each must differ,
    // or every schema compiled later tests the first pattern compiled.
    return { test: (text: string) => compiled.test(text), toString: () => `re2:${pattern}` };
  },
  { code: 'evalgate-re2' },
);

/** JSON pointer (in `schema`) of the first `pattern: <pattern>` or `patternProperties` key `<pattern>`; null when not found. */
function findPattern(schema: unknown, pattern: string, at = ''): string | null {
  if (schema === null || typeof schema !== 'object') return null;
  for (const [k, v] of Object.entries(schema)) {
    const here = `${at}/${escapePointerSegment(k)}`;
    if (k === 'pattern' && v === pattern) return here;
    if (k === 'patternProperties' && v !== null && typeof v === 'object' && Object.hasOwn(v, pattern)) return `${here}/${escapePointerSegment(pattern)}`;
    const inner = findPattern(v, pattern, here);
    if (inner !== null) return inner;
  }
  return null;
}

/** A fresh ajv instance for user-written JSON Schemas (lenient about unknown keywords; patterns on RE2). */
export function buildUserSchemaAjv(): Ajv {
  // addUsedSchema: false, so two different schemas may carry the same $id without clashing;
  // validateSchema: false, because compileUncached checks each schema against its meta-schema first.
  // code.optimize: false skips ajv's pass over the generated code: a third less compile time for a user's
  // schema, the same verdicts; the validators it gives check traces of a few KiB.
  const ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false, validateSchema: false, code: { optimize: false, regExp: re2Engine } });
  addFormats(ajv);
  return ajv;
}

let ajv: Ajv | undefined;
const cache = createCompileCache<CompiledUserSchema & { schema: object }>(MAX_SCHEMAS, (dropped) => {
  // ajv also holds every compiled schema (keyed by object); let it go with our entry.
  ajv?.removeSchema(dropped.schema);
});

/** Compiles a user-written JSON Schema once per distinct content (key-order insensitive). */
export function compileUserSchema(schema: object): CompiledUserSchema {
  return cache.get(stableStringify(schema), () => ({ schema, ...compileUncached(schema) }));
}

const DRAFT_07 = /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/;

/** Whether ajv would check `schema` against draft-07's meta-schema (no `$schema`, or draft-07's). */
function usesDefaultMetaSchema(schema: object): boolean {
  const declared = (schema as { $schema?: unknown }).$schema;
  return declared === undefined || (typeof declared === 'string' && DRAFT_07.test(declared));
}

function compileUncached(schema: object): CompiledUserSchema {
  ajv ??= buildUserSchemaAjv();
  // The meta-schema check gives located errors; compile() alone gives one long string. Draft-07
  // (the default) is checked by the validator shipped precompiled; another `$schema` by ajv.
  const meta = usesDefaultMetaSchema(schema) ? ourValidator('user-schema-meta') : null;
  const valid = meta ? (meta(schema) as boolean) : (ajv.validateSchema(schema) as boolean);
  const errors = meta ? meta.errors : ajv.errors;
  if (!valid) {
    const first = (errors ?? []).find((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf') ?? errors?.[0];
    if (first) {
      const at = first.instancePath ? `${first.instancePath.slice(1).replace(/\//g, '.')} ` : '';
      const allowed = (first.params as { allowedValues?: unknown[] }).allowedValues;
      return {
        error: {
          message: `${at}${first.message ?? 'is invalid'}${allowed ? ` (${allowed.map(String).join(', ')})` : ''}`,
          pointer: first.instancePath,
        },
      };
    }
  }
  try {
    return { validate: ajv.compile(schema) };
  } catch (err) {
    ajv.removeSchema(schema);
    const pointer = err instanceof SchemaPatternError ? (findPattern(schema, err.pattern) ?? '') : '';
    return { error: { message: (err as Error).message, pointer } };
  }
}
