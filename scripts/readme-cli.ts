// Regenerates docs/cli.md's CLI reference (between the cli markers) from the verb table in
// src/cli/args.ts; test/cli/readme.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderCliMarkdown } from '../src/cli/args.js';
import { replaceCliBlock } from '../test/cli/readme-block.js';

const file = new URL('../docs/cli.md', import.meta.url);
writeFileSync(file, replaceCliBlock(readFileSync(file, 'utf8'), renderCliMarkdown()));
console.log('docs/cli.md: CLI reference regenerated from src/cli/args.ts');
