// evalgate's own JSON Schemas and how ajv compiles each, in one table. Without a build they
// compile on first use; the bundles replace this module with ajv's standalone code generated
// from the same table at build time (scripts/build.mjs): compiling them at start-up was a
// fifth of the time from process start to the first harness spawn.
import { Ajv, type Options, type ValidateFunction } from 'ajv';
import { addFormats } from '../ajv-formats.js';
import caseSchema from './case.schema.json' with { type: 'json' };
import configSchema from './config.schema.json' with { type: 'json' };
import resultsSchema from './results.schema.json' with { type: 'json' };
import traceSchema from './trace.schema.json' with { type: 'json' };
import draft07Meta from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };

// validateSchema: false skips compiling the draft-07 meta-schema to check our own schemas
// (test/case/schemas.test.ts does), and optimize: false a code pass that matters little here.
const BASE: Options = { allErrors: true, validateSchema: false, code: { optimize: false } };
const INPUT: Options = { ...BASE, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true };

/** Each of our schemas with its ajv options and formats (true: all of ajv-formats). */
export const OUR_SCHEMAS = {
  case: { schema: caseSchema, options: INPUT, formats: true },
  config: { schema: configSchema, options: INPUT, formats: true },
  trace: { schema: traceSchema, options: { ...BASE, strict: false }, formats: false },
  results: { schema: resultsSchema, options: { ...BASE, strict: false }, formats: ['date-time'] },
  // Draft-07's meta-schema, with the options of the ajv that compiles users' schemas
  // (src/user-schema.ts): checking a user's schema against it compiled it first, ~20 ms.
  'user-schema-meta': { schema: draft07Meta, options: { allErrors: true, strict: false, addUsedSchema: false, validateSchema: false }, formats: true },
} as const satisfies Record<string, { schema: object; options: Options; formats: boolean | readonly string[] }>;

/** The name of one of our schemas. */
export type OurSchema = keyof typeof OUR_SCHEMAS;

/** An ajv instance set up for one of our schemas (`extra` options on top, e.g. for code generation). */
export function buildOurAjv(name: OurSchema, extra: Options = {}): Ajv {
  const { formats } = OUR_SCHEMAS[name];
  const options: Options = OUR_SCHEMAS[name].options;
  const ajv = new Ajv({ ...options, ...extra, code: { ...options.code, ...extra.code } });
  if (formats === true) addFormats(ajv);
  else if (formats) addFormats(ajv, [...formats]);
  return ajv;
}

const compiled = new Map<OurSchema, ValidateFunction>();

/** The validator for one of our schemas, compiled once on first use. */
export function ourValidator(name: OurSchema): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    v = buildOurAjv(name).compile(OUR_SCHEMAS[name].schema);
    compiled.set(name, v);
  }
  return v;
}
