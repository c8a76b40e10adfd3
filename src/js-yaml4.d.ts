// js-yaml 4 under an npm alias (see src/case/yaml.ts for why two majors): the part evalgate uses.
declare module 'js-yaml4' {
  /** A YAML type (tag) definition. */
  export class Type {
    constructor(tag: string, options: { kind: 'scalar' | 'sequence' | 'mapping'; resolve?: (data: unknown) => boolean; construct?: (data: unknown) => unknown });
  }
  /** A set of types. */
  export class Schema {
    extend(types: { implicit?: Type[]; explicit?: Type[] }): Schema;
  }
  /** The YAML 1.2 core schema. */
  export const CORE_SCHEMA: Schema;
  /** A parse error with its position. */
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number; position: number };
  }
  /** Loads one document. */
  export function load(text: string, options?: { schema?: Schema; filename?: string; json?: boolean }): unknown;
}
