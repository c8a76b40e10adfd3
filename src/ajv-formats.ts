// ajv-formats' plugin, unwrapped once for every ajv instance evalgate builds (its own schemas and
// users'). A module of its own: the bundles replace src/schemas/validators.ts with generated code.
import type { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

type AddFormats = (ajv: Ajv, formats?: string[]) => Ajv;
/** ajv-formats' plugin (CommonJS; under NodeNext its default export may arrive wrapped). */
export const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);
