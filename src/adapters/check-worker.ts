// The check worker, a worker thread started by check-pool.ts (built as dist/check-worker.js): it
// evaluates trials' checks on harness output away from the main thread, so a check that does not
// finish (ajv's quadratic uniqueItems, an exponential anyOf) or exhausts its memory can be stopped
// without stopping evalgate. One job at a time; before each check it writes the job and the check's
// index into shared memory, so the pool can name the check it stopped.
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateTrial } from '../outcome/evaluate.js';
import { redactorFromSpec, type Redactor } from '../surfaces/redact.js';
import type { CheckJob, CheckReply } from './check-pool.js';

const progress = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);
// The run's redactor is the same for every job: rebuilt once per distinct spec.
let redactor: { key: string; redact: Redactor } | null = null;

function redactorFor(job: CheckJob): Redactor | undefined {
  if (job.redact === null) return undefined;
  const key = JSON.stringify(job.redact);
  if (redactor?.key !== key) redactor = { key, redact: redactorFromSpec(job.redact) };
  return redactor.redact;
}

parentPort!.on('message', (job: CheckJob) => {
  Atomics.store(progress, 0, job.id);
  Atomics.store(progress, 1, 0);
  let reply: CheckReply;
  try {
    const record = evaluateTrial(job.c, job.trial, job.run, new Map(job.verdicts), job.retries, redactorFor(job), (index) => Atomics.store(progress, 1, index + 1));
    reply = { id: job.id, record };
  } catch (err) {
    // A RangeError (stack), or a bug: the pool turns it into this trial's error, naming the check.
    reply = { id: job.id, crash: err instanceof Error ? `${err.name}: ${err.message}` : String(err), index: Atomics.load(progress, 1) - 1 };
  }
  parentPort!.postMessage(reply);
});
// Loaded (the bundle parsed, the handler set): the pool starts a job's deadline from here.
parentPort!.postMessage({ ready: true } satisfies CheckReply);
