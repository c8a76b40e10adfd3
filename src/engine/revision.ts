// Which commit and ref a run belongs to: the runner's GITHUB_SHA/GITHUB_REF, else git, else a
// placeholder so runs outside a repository still produce valid results.
import type { Git } from '../adapters/git.js';

/** Placeholder commit for runs outside a git repository. */
export const UNKNOWN_COMMIT = '0000000';

/** Reads the commit and ref of the working tree `git` is in. */
export async function readRevision(git: Pick<Git, 'currentCommit' | 'run'>, env: NodeJS.ProcessEnv): Promise<{ commit: string; ref: string }> {
  let commit = env.GITHUB_SHA && /^[0-9a-f]{7,64}$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : null;
  let ref = env.GITHUB_REF ?? null;
  // Both asked at once: they are two git processes on the way to a run's first trial. Outside a
  // repository (or before its first commit) the run names no commit and the ref is "local".
  const symbolic = async () => {
    const r = await git.run(['symbolic-ref', '-q', 'HEAD'], { okCodes: [0, 1] });
    return r.code === 0 ? r.stdout.toString().trim() : 'HEAD';
  };
  const [head, symRef] = await Promise.all([commit === null ? git.currentCommit().catch(() => null) : null, ref === null ? symbolic().catch(() => null) : null]);
  commit ??= head;
  if (commit !== null) ref ??= symRef;
  return { commit: commit ?? UNKNOWN_COMMIT, ref: ref ?? 'local' };
}
