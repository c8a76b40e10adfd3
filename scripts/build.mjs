// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
// esbuild is deterministic for the same inputs, so `.ci/run` can diff dist/ after a rebuild.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = {
  bundle: true,
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
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
chmodSync('dist/cli.js', 0o755);
// The harness kit (`evalgate/harness`), imported by users' harnesses: no banner needed, and
// framework packages are loaded from the user's project at run time, never bundled.
await build({ ...common, banner: {}, entryPoints: ['src/harness/index.ts'], outfile: 'dist/harness.js' });
