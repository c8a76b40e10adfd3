// docs/cli.md's generated CLI block: found and replaced by its markers.

/** Start and end markers around the generated CLI reference in docs/cli.md. */
export const CLI_BEGIN = '<!-- cli:begin (generated from src/cli/args.ts by `npm run readme:cli`) -->';
/** End marker of the generated block. */
export const CLI_END = '<!-- cli:end -->';

/** The text between the markers, or null when they are missing. */
export function readCliBlock(readme: string): string | null {
  const a = readme.indexOf(CLI_BEGIN);
  const b = readme.indexOf(CLI_END);
  if (a < 0 || b < a) return null;
  return readme.slice(a + CLI_BEGIN.length, b).trim();
}

/** README with the block between the markers replaced by `block`. */
export function replaceCliBlock(readme: string, block: string): string {
  const a = readme.indexOf(CLI_BEGIN);
  const b = readme.indexOf(CLI_END);
  if (a < 0 || b < a) throw new Error(`docs/cli.md lacks the markers ${CLI_BEGIN} ... ${CLI_END}`);
  return `${readme.slice(0, a + CLI_BEGIN.length)}\n${block}\n${readme.slice(b)}`;
}
