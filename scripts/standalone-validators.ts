// Build step: ajv's standalone code for each of our schemas (src/schemas/validators.ts), and the
// module that replaces validators.ts in the bundles. Run by scripts/build.mjs; printed as JSON.
import standaloneModule from 'ajv/dist/standalone/index.js';
import { buildOurAjv, OUR_SCHEMAS, type OurSchema } from '../src/schemas/validators.js';

// ajv's standalone entry is CommonJS with a default export; under NodeNext it may arrive wrapped.
const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule.default }).default ?? standaloneModule.default) as typeof standaloneModule.default;

/** Standalone ESM source per schema name. */
export function generateStandalone(): Record<OurSchema, string> {
  const out = {} as Record<OurSchema, string>;
  for (const name of Object.keys(OUR_SCHEMAS) as OurSchema[]) {
    const ajv = buildOurAjv(name, { code: { source: true, esm: true } });
    out[name] = standaloneCode(ajv, ajv.compile(OUR_SCHEMAS[name].schema));
  }
  return out;
}

/** The replacement for validators.ts: the same `ourValidator`, over the precompiled functions. */
export function replacementModule(names: readonly OurSchema[]): string {
  const imports = names.map((n, i) => `import v${i} from 'evalgate-standalone:${n}';`).join('\n');
  const table = names.map((n, i) => `${JSON.stringify(n)}: v${i}`).join(', ');
  return `${imports}\nconst table = { ${table} };\nexport function ourValidator(name) { return table[name]; }\n`;
}

if (process.argv[1]?.endsWith('standalone-validators.ts')) {
  const modules = generateStandalone();
  process.stdout.write(JSON.stringify({ modules, replacement: replacementModule(Object.keys(modules) as OurSchema[]) }));
}
