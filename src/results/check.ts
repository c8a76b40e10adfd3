// Validates an untrusted results document (e.g. an artifact in `publish` mode) as data only.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ourValidator } from '../schemas/validators.js';
import type { Results, Totals } from '../types.js';
import { computeTotals } from './build.js';

const getValidate = (): ValidateFunction => ourValidator('results');

/** At most this many problems are listed, so a hostile document cannot flood the log. */
const MAX_PROBLEMS = 20;

function formatError(source: string, e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
  return `${source}: ${where} ${e.message ?? 'is invalid'}${extra}`;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Lists the totals fields that disagree with the totals recomputed from the cases. */
function totalsMismatch(stated: Totals, actual: Totals): string[] {
  const bad: string[] = [];
  for (const key of Object.keys(actual) as Array<keyof Totals>) {
    const s = stated[key];
    const a = actual[key];
    if (typeof a === 'number' && typeof s === 'number') {
      if (!close(a, s)) bad.push(key);
    } else if (a === null || s === null) {
      if (a !== s) bad.push(key);
    } else if (JSON.stringify(a) !== JSON.stringify(s)) bad.push(key);
  }
  return bad;
}

/**
 * Checks a results document against results.schema.json ($id evalgate/results@1) and for
 * internal consistency (per-case counts match trials; totals match the cases), so a tampered
 * artifact cannot lie its way past the gate. `source` names the document in messages.
 */
export function checkResults(doc: unknown, source: string): { ok: true; results: Results } | { ok: false; problems: string[] } {
  const validate = getValidate();
  if (!validate(doc)) {
    const problems = (validate.errors ?? []).slice(0, MAX_PROBLEMS).map((e) => formatError(source, e));
    return { ok: false, problems: problems.length > 0 ? problems : [`${source}: does not match evalgate/results@1`] };
  }
  const results = doc as unknown as Results;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const c of results.cases) {
    if (seen.has(c.id)) problems.push(`${source}: duplicate case id '${c.id}' (expected each case once)`);
    seen.add(c.id);
    const passes = c.trials.filter((t) => t.outcome === 'pass').length;
    const errors = c.trials.filter((t) => t.outcome === 'error').length;
    const runs = c.trials.length - errors;
    if (c.passes !== passes || c.runs !== runs || c.errors !== errors) {
      problems.push(
        `${source}: case '${c.id}' says passes/runs/errors ${c.passes}/${c.runs}/${c.errors} but its trials give ${passes}/${runs}/${errors}`,
      );
    }
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length === 0) {
    const pairs: Array<[string, Totals | null, Totals | null]> = [
      ['totals', results.totals, computeTotals(results.cases.filter((c) => !c.holdout))],
      [
        'holdout_totals',
        results.holdout_totals,
        results.cases.some((c) => c.holdout) ? computeTotals(results.cases.filter((c) => c.holdout)) : null,
      ],
    ];
    for (const [name, stated, actual] of pairs) {
      if (stated === null || actual === null) {
        if (stated !== actual) problems.push(`${source}: ${name} is ${stated === null ? 'null' : 'present'} but the cases say it should be ${actual === null ? 'null' : 'present'}`);
        continue;
      }
      const bad = totalsMismatch(stated, actual);
      if (bad.length > 0) problems.push(`${source}: ${name} do not match the cases (fields: ${bad.join(', ')})`);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, results };
}

/**
 * A notice when most trials of a rerun baseline errored. A merge-base worktree holds tracked files
 * only, so a harness that needs installed dependencies errors there; its errors are not a baseline.
 */
export function checkRerunErrors(totals: Pick<Totals, 'runs' | 'errors'>): string | null {
  const attempts = totals.runs + totals.errors;
  if (attempts === 0 || totals.errors / attempts <= 0.5) return null;
  return `${totals.errors} of ${attempts} baseline trials errored in the merge-base worktree (untracked dependencies are not there); store baselines from pushes to avoid reruns`;
}

/**
 * Whether a run may be stored as a baseline: refused when no case ran a single evaluable trial
 * (the harness is broken at this commit: every PR would gate against "broken" and pass as
 * still_erroring); flagged when it was made from uncommitted harness changes. Pure.
 */
export function checkBaselineRun(r: Results): { refuse: string | null; flag: string | null } {
  const cases = r.cases.filter((c) => !c.holdout);
  const all = cases.length > 0 ? cases : r.cases;
  const errored = all.length > 0 && all.every((c) => c.runs === 0 && c.errors > 0);
  let refuse: string | null = null;
  if (errored) {
    const first = all.flatMap((c) => c.trials.filter((t) => t.outcome === 'error').map((t) => ({ id: c.id, t })))[0];
    const why = first ? ` (first: ${first.id}: ${first.t.error ?? 'error'}${first.t.stderr_tail ? `; stderr: ${lastLines(first.t.stderr_tail, 3)}` : ''})` : '';
    refuse = `every trial of all ${all.length} case(s) errored, so the harness never ran to a trace${why}; nothing was stored (fix the harness, or run \`evalgate run --case ID\` to see one trial)`;
  }
  const dirty = r.harness.uncommitted ?? [];
  const flag = dirty.length > 0 ? `stored from a working tree whose harness files differ from commit ${r.commit.slice(0, 7)} (${dirty.join(', ')}); gates against it say so` : null;
  return { refuse, flag };
}

/** The stderr line that says what went wrong (Node's "Error: Cannot find module …", Python's last traceback line), else the last line. */
function lastLines(text: string, n: number): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const err = lines.filter((l) => /^[\w.]*(Error|Exception)\b|^error\b|^fatal\b/i.test(l)).at(-1);
  return (err ?? lines.slice(-n).join(' | ')).slice(0, 400);
}
