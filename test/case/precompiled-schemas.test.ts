// issue 13: the bundles ship our four JSON Schemas as ajv standalone code (start-up time); the
// sources compile them at run time. Both must give every document the same verdict and errors.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFormats } from '../../src/ajv-formats.js';
import { ourValidator, OUR_SCHEMAS, type OurSchema } from '../../src/schemas/validators.js';
import { makeResults } from '../git/helpers.js';
import { REPO_ROOT } from './corpus-runner.js';
// @ts-expect-error: a plain .mjs build script without types
import { precompiledSchemas } from '../../scripts/precompiled-schemas.mjs';

type Validator = ((doc: unknown) => boolean) & { errors?: unknown };
let bundled: (name: OurSchema) => Validator;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'evalgate-standalone-'));
  const outfile = path.join(dir, 'validators.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'src/schemas/validators.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
    plugins: [precompiledSchemas()],
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const text = readFileSync(outfile, 'utf8');
  // What the bundles run must not compile anything: no ajv compiler in the module.
  expect(text).not.toMatch(/new (import_ajv\.)?Ajv\b|compileSchema/);
  bundled = (await import(pathToFileURL(outfile).href)).ourValidator;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const same = (name: OurSchema, doc: unknown) => {
  const a = ourValidator(name);
  const b = bundled(name);
  const va = a(doc);
  const vb = b(doc);
  expect([vb, b.errors ?? null]).toEqual([va, a.errors ?? null]);
  return va;
};

const yamlFiles = (dirRel: string, pick: (f: string) => boolean) =>
  readdirSync(path.join(REPO_ROOT, dirRel), { recursive: true, encoding: 'utf8' })
    .filter(pick)
    .flatMap((f) => {
      try {
        return [load(readFileSync(path.join(REPO_ROOT, dirRel, f), 'utf8'))];
      } catch {
        return []; // YAML errors never reach a validator
      }
    });

/** Documents with one member replaced by anything or removed: the errors side of each schema. */
const mutated = (docs: unknown[]) =>
  fc.tuple(fc.constantFrom(...docs), fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.option(fc.anything(), { nil: undefined })).map(([doc, steps, value]) => {
    const copy = structuredClone(doc) as Record<string, unknown>;
    let at: Record<string, unknown> = copy;
    for (let i = 0; i < steps.length; i++) {
      const keys = at && typeof at === 'object' ? Object.keys(at) : [];
      if (keys.length === 0) break;
      const k = keys[steps[i] % keys.length];
      const child = at[k];
      if (i === steps.length - 1 || !child || typeof child !== 'object') {
        if (value === undefined) delete at[k];
        else at[k] = value;
        break;
      }
      at = child as Record<string, unknown>;
    }
    return copy;
  });

describe('precompiled schemas (bundles) and compiled at run time (sources) agree', () => {
  const cases = () => [...yamlFiles('test/corpus', (f) => f.startsWith('case-') && f.endsWith('.yaml')), ...yamlFiles('evals/cases', (f) => f.endsWith('.yaml'))];
  const configs = () => [
    ...yamlFiles('test/corpus', (f) => f.startsWith('config-') && f.endsWith('.yml')),
    ...['evalgate.yml', 'examples/otel/evalgate.yml', 'examples/ai-sdk/evalgate.yml'].map((f) => load(readFileSync(path.join(REPO_ROOT, f), 'utf8'))),
  ];
  const traces = () => [
    { output: { reply: 'ok' }, steps: [{ type: 'tool', name: 't', args: { q: 1 }, status: 'ok', latency_ms: 3 }] },
    { output: null, steps: [{ type: 'llm', model: 'gpt-4o', usage: { input_tokens: 1, output_tokens: 2 }, cost_usd: 0.1 }] },
    JSON.parse(readFileSync(path.join(REPO_ROOT, 'test/trace/fixtures/langgraph-callbacks.trace.json'), 'utf8')),
  ];
  const results = () => [makeResults('benchmark', 'a'.repeat(40), 0.9), makeResults('coverage', 'b'.repeat(40), 1, 'not a date')];
  // Users' check schemas, as the cases in the corpus and the example write them.
  const userSchemas = () =>
    cases().flatMap((c) => ((c as { checks?: unknown }).checks instanceof Array ? ((c as { checks: Array<{ schema?: unknown }> }).checks) : []).flatMap((k) => (k && typeof k.schema === 'object' && k.schema ? [k.schema] : [])))
      .concat([{ type: 'object', properties: { a: { type: 'strnig' } } }, { type: 'object', required: 'a' }, { minimum: '3' }, { pattern: '(' }, { format: 'email' }]);

  it.each([
    ['case', cases],
    ['config', configs],
    ['trace', traces],
    ['results', results],
    ['user-schema-meta', userSchemas],
  ] as Array<[OurSchema, () => unknown[]]>)('%s: the same verdict and errors on real documents and mutations of them', (name, docs) => {
    const real = docs();
    expect(real.length).toBeGreaterThan(1);
    for (const d of real) same(name, d);
    let invalid = 0;
    fc.assert(fc.property(mutated(real), (d) => void (same(name, d) || invalid++)), { numRuns: 300 });
    fc.assert(fc.property(fc.anything(), (d) => void same(name, d)), { numRuns: 100 });
    expect(invalid).toBeGreaterThan(30); // the errors side was exercised
  });

  it("user-schema-meta answers exactly as ajv's own validateSchema did for users' schemas", () => {
    const ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false });
    addFormats(ajv);
    const check = (doc: unknown) => {
      if (!doc || typeof doc !== 'object') return; // validateSchema takes objects only
      const want = ajv.validateSchema(doc as object);
      const got = ourValidator('user-schema-meta');
      expect([got(doc), got.errors ?? null]).toEqual([want, ajv.errors ?? null]);
    };
    fc.assert(fc.property(fc.object(), check), { numRuns: 200 });
    for (const d of [{ type: 'strnig' }, { required: 'a' }, { minimum: '3' }, { properties: { a: { enum: 1 } } }]) check(d);
  });

  it('covers every schema in the table', () => {
    expect(Object.keys(OUR_SCHEMAS).sort()).toEqual(['case', 'config', 'results', 'trace', 'user-schema-meta']);
  });
});
