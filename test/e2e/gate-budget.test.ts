// The API call budget of a PR gate, measured end to end against the GitHub emulator: the calls do
// not grow with the number of cases, only with the annotation batches (50 per request).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callsSince, checkRunsOn, explain, GUARD_CASE, GUARD_FILE, REGRESS_HARNESS, readComparison, startGateRig, type GateRig } from './gate-helpers.js';

let rig: GateRig;

beforeAll(async () => {
  rig = await startGateRig({ storeBaseline: true });
}, 120_000);

afterAll(async () => {
  await rig?.stop();
});

const comparisonOf = () => readComparison(rig);

describe('API call budget of a PR gate', () => {
  it('is 3 + ceil(annotations/50) + one GET per guarded issue named, whatever the number of cases or issues', async () => {
    const measured: Array<{ cases: number; calls: number; annotations: number; titles: number }> = [];
    // Two PRs regressing the harness, the second with 50 extra (failing, new) cases: same call count.
    const extra: Record<string, string> = {};
    const template = readFileSync(join(rig.repo.dir, GUARD_FILE), 'utf8');
    for (let i = 0; i < 50; i++) extra[`evals/cases/refund/extra-${i}.yaml`] = template.replace(`id: ${GUARD_CASE}`, `id: extra-${i}`);
    for (const [branch, files] of [
      ['budget/small', REGRESS_HARNESS],
      ['budget/large', { ...REGRESS_HARNESS, ...extra }],
    ] as const) {
      const pr = rig.openPull(branch, files);
      const before = rig.gh.log.length;
      const run = await rig.gate(pr);
      expect(run.code, explain(run)).toBe(1);
      const calls = callsSince(rig.gh, before);
      expect(checkRunsOn(rig.gh, pr.headSha), explain(run)).toHaveLength(1);
      const annotations = checkRunsOn(rig.gh, pr.headSha)[0].annotations.length;
      const titles = calls.filter((c) => c.operationId === 'issues/get').length;
      const rest = calls.filter((c) => c.operationId !== 'issues/get').map((c) => c.operationId);
      // List comments, create comment, create check run (+ updates); no GET /user for GITHUB_TOKEN.
      expect(rest.sort()).toEqual(['issues/list-comments', 'issues/create-comment', 'checks/create', ...Array(Math.ceil(annotations / 50) - 1).fill('checks/update')].sort());
      // Exactly the guarded issues the report names, one GET each: never a listing of the repository's issues.
      const named = new Set(comparisonOf().cases.filter((c) => c.status !== 'unchanged' && c.guards != null).map((c) => String(c.guards).replace(/^#/, '')));
      expect(titles).toBe(named.size);
      expect(calls.filter((c) => c.operationId === 'issues/list-for-repo')).toHaveLength(0);
      measured.push({ cases: comparisonOf().cases.length, calls: calls.length, annotations, titles });
    }
    expect(measured[1].cases).toBeGreaterThan(measured[0].cases + 49);
    expect(measured[1].annotations).toBeGreaterThan(50);
    expect(measured[1].titles).toBe(measured[0].titles);
    // Only the annotation batches grow with the number of cases.
    expect(measured[1].calls - measured[0].calls).toBe(Math.ceil(measured[1].annotations / 50) - Math.ceil(measured[0].annotations / 50));
    console.log('API calls per PR gate:', JSON.stringify(measured));
    rig.gh.assertNoViolations();
  }, 90_000);
});
