// Checks on harness output under a deadline. A trace is untrusted: an output_schema with
// uniqueItems over an 80,000-item array ran past 45 s (ajv compares items pairwise), and a
// recursive anyOf whose branches all fail grows exponentially until the heap is gone, killing
// evalgate. So each trial's checks run in a worker thread (check-worker.ts) with a time limit and
// resourceLimits: a check that does not finish, runs out of memory or overflows its stack is that
// trial's `error` naming the check, and the next trial gets a fresh worker. Jobs go one at a time,
// so a slow trial's deadline never counts time spent waiting behind another.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TrialRecord, TrialRun } from '../types.js';
import { evaluateTrial, uncheckedTrial, type CommandVerdict, type EvaluatedCase } from '../outcome/evaluate.js';
import type { Redactor, RedactorSpec } from '../surfaces/redact.js';

/** Time the checks of one trial may take, all together. */
export const CHECK_DEADLINE_MS = 5000;
/** Heap of the check worker: a check needing more is stopped (a trace is at most harness.max_output_bytes). */
export const CHECK_MEMORY_MB = 512;
/** How long a trial waits behind busy workers before another worker starts. */
const SPILL_MS = 50;
/** How long a worker may take to load before its job errors (a loaded runner takes well under a second). */
const WORKER_START_MS = 30_000;

/** One trial for the worker: what evaluateTrial needs, as plain data. */
export interface CheckJob {
  id: number;
  c: EvaluatedCase;
  trial: number;
  run: TrialRun;
  verdicts: Array<[number, CommandVerdict]>;
  retries: number;
  redact: RedactorSpec | null;
}

/** The worker's messages: loaded; a trial's record; or what was thrown while checking it (and at which check, -1 unknown). */
export type CheckReply = { ready: true } | { id: number; record: TrialRecord } | { id: number; crash: string; index: number };

/** Evaluates trials' checks (evaluateTrial) somewhere they can be stopped. */
export interface TrialEvaluator {
  evaluate(c: EvaluatedCase, trial: number, run: TrialRun & { kind: 'trace' }, verdicts: ReadonlyMap<number, CommandVerdict>, retries: number, redact?: Redactor): Promise<TrialRecord>;
  close(): Promise<void>;
}

/**
 * The bundled worker script: dist/check-worker.js, next to dist/index.js and dist/cli.js (this code
 * may sit in dist/chunks/). Null when running from the TypeScript sources (tests), where a worker
 * thread could not load .ts files: checks then run inline, without the deadline.
 */
export function findCheckWorker(): string | null {
  for (const rel of ['./check-worker.js', '../check-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== 'file:') continue;
    const file = fileURLToPath(url);
    if (existsSync(file)) return file;
  }
  return null;
}

/** "output_schema check (checks[0])", or "the checks" when the worker had not reached one. */
function describeCheck(c: EvaluatedCase, index: number): string {
  const check = index >= 0 ? c.checks[index] : undefined;
  return check ? `${check.type} check (checks[${index}])` : "this trial's checks";
}

interface Pending {
  job: CheckJob;
  c: EvaluatedCase;
  run: TrialRun & { kind: 'trace' };
  redact?: Redactor;
  resolve: (r: TrialRecord) => void;
  timer?: NodeJS.Timeout;
}

/** One worker thread and the job it runs; the worker is replaced after a job it could not finish. */
interface Slot {
  worker: Worker | null;
  /** The worker has loaded: a job's deadline starts then, never counting a fresh worker's start-up. */
  ready: boolean;
  /** Starts the deadline of the job sent before the worker was ready. */
  armOnReady: (() => void) | null;
  /** [job id, index of the running check + 1], written by the worker before each check. */
  progress: Int32Array;
  current: Pending | null;
}

/**
 * Starts the check workers (script: findCheckWorker() unless given): one at once, up to `workers`
 * while trials wait (a slow check then holds up only its own slot). Returns null when there is no
 * worker script, and the caller evaluates inline.
 */
export function startCheckWorker(opts: { script?: string | null; deadlineMs?: number; memoryMb?: number; workers?: number } = {}): TrialEvaluator | null {
  const script = opts.script === undefined ? findCheckWorker() : opts.script;
  if (script === null) return null;
  const deadlineMs = opts.deadlineMs ?? CHECK_DEADLINE_MS;
  const memoryMb = opts.memoryMb ?? CHECK_MEMORY_MB;
  const size = Math.max(1, Math.floor(opts.workers ?? 1));
  const seconds = `${Math.round(deadlineMs / 100) / 10} s`;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;

  const unchecked = (p: Pending, why: string): TrialRecord => uncheckedTrial(p.c, p.job.trial, p.run, p.job.retries, why, p.redact);
  // Which check the worker was in, as it wrote before starting it (the job id guards a stale value).
  const runningIndex = (slot: Slot, p: Pending): number => (Atomics.load(slot.progress, 0) === p.job.id ? Atomics.load(slot.progress, 1) - 1 : -1);
  const finish = (slot: Slot, p: Pending, record: TrialRecord): void => {
    if (slot.current !== p) return;
    clearTimeout(p.timer);
    slot.current = null;
    p.resolve(record);
    pump();
  };
  /** Stops the slot's worker (a fresh one starts with its next job). */
  const drop = (slot: Slot, w: Worker): void => {
    if (slot.worker === w) slot.worker = null;
    void w.terminate().catch(() => {});
  };

  const spawnWorker = (slot: Slot): Worker => {
    const shared = new SharedArrayBuffer(8);
    slot.progress = new Int32Array(shared);
    slot.ready = false;
    slot.armOnReady = null;
    const w = new Worker(script, { workerData: { progress: shared }, resourceLimits: { maxOldGenerationSizeMb: memoryMb, stackSizeMb: 4 } });
    // An idle worker must not keep evalgate alive; a job's deadline timer does while it runs.
    w.unref();
    w.on('message', (m: CheckReply) => {
      if ('ready' in m) {
        if (slot.worker !== w) return;
        slot.ready = true;
        const arm = slot.armOnReady;
        slot.armOnReady = null;
        arm?.();
        return;
      }
      const p = slot.current;
      if (!p || m.id !== p.job.id) return;
      if ('record' in m) finish(slot, p, m.record);
      else finish(slot, p, unchecked(p, `${describeCheck(p.c, m.index)} could not be evaluated: ${m.crash}`));
    });
    w.on('error', (err: Error & { code?: string }) => {
      drop(slot, w);
      const p = slot.current;
      if (!p) return;
      const index = runningIndex(slot, p);
      const why =
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `${describeCheck(p.c, index)} needed more than ${memoryMb} MiB on this trial's output and was stopped`
          : `${describeCheck(p.c, index)} could not be evaluated: the check worker failed (${err.message})`;
      finish(slot, p, unchecked(p, why));
    });
    w.on('exit', (code) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      const p = slot.current;
      if (p) finish(slot, p, unchecked(p, `${describeCheck(p.c, runningIndex(slot, p))} could not be evaluated: the check worker exited (code ${code})`));
    });
    return w;
  };

  const newSlot = (): Slot => {
    const slot: Slot = { worker: null, ready: false, armOnReady: null, progress: new Int32Array(new SharedArrayBuffer(8)), current: null };
    slots.push(slot);
    return slot;
  };

  const start = (slot: Slot, p: Pending): void => {
    slot.current = p;
    let w: Worker;
    try {
      w = slot.worker ??= spawnWorker(slot);
      w.postMessage(p.job);
    } catch {
      // Not startable or not cloneable: the checks run here, as they would without a worker.
      slot.current = null;
      p.resolve(evaluateTrial(p.c, p.job.trial, p.run, new Map(p.job.verdicts), p.job.retries, p.redact));
      return;
    }
    const arm = (): void => {
      clearTimeout(p.timer);
      p.timer = setTimeout(() => {
        const index = runningIndex(slot, p);
        drop(slot, w);
        finish(slot, p, unchecked(p, `${describeCheck(p.c, index)} did not finish within ${seconds} on this trial's output (checks on harness output run under a ${seconds} deadline per trial)`));
      }, deadlineMs);
    };
    if (slot.ready) arm();
    else {
      slot.armOnReady = arm;
      // Meanwhile this timer keeps evalgate waiting for the worker (which is unref'd), and bounds
      // its start-up too.
      p.timer = setTimeout(() => {
        drop(slot, w);
        finish(slot, p, unchecked(p, `${describeCheck(p.c, -1)} could not be evaluated: the check worker did not start within ${WORKER_START_MS / 1000} s`));
      }, WORKER_START_MS);
    }
  };

  // Another worker starts only when a trial has waited SPILL_MS behind busy ones: checks usually
  // take microseconds, and a second thread on a small runner costs more than it saves.
  let spill: NodeJS.Timeout | null = null;
  function pump(): void {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.current === null);
      if (slot === undefined) break;
      start(slot, queue.shift()!);
    }
    if (queue.length > 0 && slots.length < size && spill === null) {
      spill = setTimeout(() => {
        spill = null;
        if (queue.length > 0 && slots.length < size && !closed) start(newSlot(), queue.shift()!);
        pump();
      }, SPILL_MS);
    }
  }

  // The first worker starts now, so the first trial does not wait for it to load.
  const first = newSlot();
  first.worker = spawnWorker(first);
  return {
    evaluate(c, trial, run, verdicts, retries, redact) {
      if (closed) return Promise.resolve(evaluateTrial(c, trial, run, verdicts, retries, redact));
      return new Promise<TrialRecord>((resolve) => {
        const job: CheckJob = { id: nextId++, c: { checks: c.checks, holdout: c.holdout, timeout_ms: c.timeout_ms }, trial, run, verdicts: [...verdicts], retries, redact: redact ? redact.spec : null };
        queue.push({ job, c, run, redact, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      if (spill !== null) clearTimeout(spill);
      // Nothing is pending when a run closes its evaluator; should something be, it still settles.
      for (const p of queue.splice(0)) p.resolve(unchecked(p, `${describeCheck(p.c, -1)} were not evaluated: the run was closing`));
      await Promise.all(
        slots.map(async (slot) => {
          const w = slot.worker;
          slot.worker = null;
          const p = slot.current;
          if (p) finish(slot, p, unchecked(p, `${describeCheck(p.c, runningIndex(slot, p))} could not be evaluated: the run was closing`));
          if (w) await w.terminate().catch(() => {});
        }),
      );
    },
  };
}
