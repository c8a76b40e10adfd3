// An esbuild plugin shipping our own JSON Schemas precompiled: ajv's standalone code, generated
// from the table in src/schemas/validators.ts (scripts/standalone-validators.ts), replaces that
// module in a bundle. Compiling the four schemas at start-up cost ~50 ms of every run.
import { execFileSync } from 'node:child_process';
import { transform } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The esbuild plugin; generates the standalone code once per call. */
export function precompiledSchemas() {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const out = execFileSync(process.execPath, [tsx, join(ROOT, 'scripts/standalone-validators.ts')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const standalone = JSON.parse(out);
  return {
    name: 'precompiled-schemas',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]schemas[\\/]validators\.ts$/ }, () => ({ contents: standalone.replacement, loader: 'js', resolveDir: join(ROOT, 'src/schemas') }));
      b.onResolve({ filter: /^evalgate-standalone:/ }, (args) => ({ path: args.path.slice('evalgate-standalone:'.length), namespace: 'evalgate-standalone' }));
      // Generated code nobody reads: minified, it is a third of the size in the bundles.
      b.onLoad({ filter: /.*/, namespace: 'evalgate-standalone' }, async (args) => ({
        contents: (await transform(standalone.modules[args.path], { minify: true, format: 'esm', target: 'node20' })).code,
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
}
