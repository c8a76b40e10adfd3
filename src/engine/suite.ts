// Runs a set of cases (all their trials) through the bounded pool and gathers trial records per case.
// Adaptive re-trials for the gate reuse `runTrialBatch` for the extra trials of undecided cases.
import type { Case, TrialRecord } from '../types.js';
import { runPool, estimateEta } from '../trial/pool.js';
import { executeTrial, type TrialDeps } from './trial.js';

/** Live progress figures, reported after every trial. */
export interface Progress {
  done: number;
  total: number;
  failures: number;
  errors: number;
  elapsedMs: number;
  etaMs: number | null;
}

/** One unit of work: trial number `trial` of case `c`. */
export interface TrialJob {
  c: Case;
  trial: number;
}

/**
 * Key of a case's trial records: its id, or for holdout cases a key no visible id can take ([a-z0-9-]
 * ids never contain ':'), so a PR that adds a visible case named like a holdout case neither mixes
 * their trials nor knocks the holdout out.
 */
export function recordKey(c: Case): string {
  return c.holdout ? `holdout:${c.id}` : c.id;
}

/** Runs the given trials with bounded concurrency; returns records keyed by recordKey, in trial order. */
export async function runTrialBatch(
  jobs: TrialJob[],
  deps: TrialDeps & { concurrency: number; onProgress?: (p: Progress) => void; now?: () => number },
): Promise<Map<string, TrialRecord[]>> {
  const now = deps.now ?? Date.now;
  const started = now();
  let done = 0;
  let failures = 0;
  let errors = 0;
  let firstDoneMs = 0;
  const records = await runPool(
    jobs,
    deps.concurrency,
    (job) => executeTrial(job.c, job.trial, deps),
    (record) => {
      done++;
      if (record.outcome === 'fail') failures++;
      if (record.outcome === 'error') errors++;
      const elapsedMs = now() - started;
      if (done === 1) firstDoneMs = elapsedMs;
      deps.onProgress?.({ done, total: jobs.length, failures, errors, elapsedMs, etaMs: estimateEta(done, jobs.length, elapsedMs, firstDoneMs) });
    },
  );
  const byCase = new Map<string, TrialRecord[]>();
  jobs.forEach((job, i) => {
    const list = byCase.get(recordKey(job.c)) ?? [];
    list.push(records[i]);
    byCase.set(recordKey(job.c), list);
  });
  for (const list of byCase.values()) list.sort((a, b) => a.trial - b.trial);
  return byCase;
}

/** The jobs for running every case its configured number of trials. */
export function planTrials(cases: Case[]): TrialJob[] {
  const jobs: TrialJob[] = [];
  for (const c of cases) for (let t = 1; t <= c.trials; t++) jobs.push({ c, trial: t });
  return jobs;
}
