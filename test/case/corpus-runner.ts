// Runs one bad-input corpus file through the same pipeline `evalgate validate` uses.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCaseSet, listFixturePaths, parseCaseSource } from '../../src/case/case.js';
import { buildDefaultConfig, parseConfig } from '../../src/case/config.js';
import { renderProblem } from '../../src/case/problems.js';
import { loadFixtureTexts } from '../../src/adapters/fs.js';
import { decodeSourceText } from '../../src/case/yaml.js';

/** Absolute repository root (paths in expectations are relative to it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Absolute corpus directory. */
export const CORPUS_DIR = path.join(REPO_ROOT, 'test/corpus');

/** Rendered problems for one corpus file (`config-*` files are configs, others cases). */
export async function runCorpusFile(name: string): Promise<string[]> {
  const rel = `test/corpus/${name}`;
  // Bytes, decoded as the fs adapter does (strict UTF-8), so encoding mistakes are corpus entries too.
  const decoded = decodeSourceText(await readFile(path.join(REPO_ROOT, rel)), rel);
  if (decoded.problems.length > 0) return decoded.problems.map(renderProblem);
  const text = decoded.text;
  if (name.startsWith('config-')) return parseConfig(text, rel).problems.map(renderProblem);
  const config = buildDefaultConfig('node agent/run.js');
  const parsed = [parseCaseSource(text, rel, config, REPO_ROOT)];
  const fixtures = await loadFixtureTexts(listFixturePaths(parsed), REPO_ROOT);
  return checkCaseSet(parsed, fixtures).problems.map(renderProblem);
}
