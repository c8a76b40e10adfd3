// Bundles the action (dist/index.js) and the CLI (dist/cli.js and its dist/chunks/) into self-contained ESM files.
// esbuild is deterministic for the same inputs, so `.ci/run` can diff dist/ after a rebuild.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { precompiledSchemas } from './precompiled-schemas.mjs';

// Our own JSON Schemas ship precompiled (see scripts/precompiled-schemas.mjs).
// @actions/core imports its HTTP client (undici, for OIDC tokens) and its exec helpers (for
// platform details) at the top of its modules; evalgate uses neither, yet loading them was ~30 ms
// of every action start. Marked free of side effects, esbuild keeps them only if used.
const unusedUnlessImported = {
  name: 'side-effect-free-actions-deps',
  setup(b) {
    b.onResolve({ filter: /^(@actions\/(http-client|exec|io)|undici|tunnel)(\/|$)/ }, async (args) => {
      if (args.pluginData?.again) return undefined;
      const r = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { again: true } });
      return r.errors.length > 0 ? undefined : { path: r.path, sideEffects: false };
    });
  },
};
const plugins = [precompiledSchemas(), unusedUnlessImported];

const common = {
  bundle: true,
  plugins,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __evalgateCreateRequire } from 'node:module';\nconst require = __evalgateCreateRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// The worker thread that runs checks on harness output under a deadline (src/adapters/check-pool.ts
// finds it next to dist/index.js and dist/cli.js).
await build({ ...common, entryPoints: ['src/adapters/check-worker.ts'], outfile: 'dist/check-worker.js' });
// The CLI is split: the verbs that compare results or talk to GitHub import their modules lazily
// (src/cli/main.ts), so `run` and `validate` do not compile and initialise @stdlib and Octokit
// (~35 ms of every start). The chunks are removed first so a stale one cannot linger in dist/.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
chmodSync('dist/cli.js', 0o755);
// The harness kit (`evalgate/harness`), imported by users' harnesses: no banner needed, and
// framework packages are loaded from the user's project at run time, never bundled.
await build({ ...common, banner: {}, entryPoints: ['src/harness/index.ts'], outfile: 'dist/harness.js' });
// Its type declarations (package.json exports "./harness" types), from the same sources.
rmSync('dist/types', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, 'src/harness/index.ts', '--declaration', '--emitDeclarationOnly', '--outDir', 'dist/types', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--strict'], { stdio: 'inherit' });
