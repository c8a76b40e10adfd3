// Makes `import 'evalgate/harness'` resolve to this checkout (node_modules/evalgate -> ../..), as
// it would in a user's project with evalgate installed. A symlink rather than a "file:.."
// dependency keeps evalgate's own dependencies out of this workspace's lockfile.
import { lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const link = join(root, 'node_modules', 'evalgate');
mkdirSync(dirname(link), { recursive: true });
try {
  lstatSync(link);
  rmSync(link, { recursive: true, force: true });
} catch {
  // no previous link
}
symlinkSync(join('..', '..'), link, 'dir');
