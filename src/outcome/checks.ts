// Deterministic checks on a trace (SPEC 3). Each check is a pure function of (check, trace)
// that returns pass/fail with a one-line message a user can act on without opening the trace.
import { compileUserPattern, type UserPattern } from '../regex.js';
import type { ValidateFunction } from 'ajv';
import type { Check, CheckLevel, CheckResult, CheckType, FailureClass, Step, Trace } from '../types.js';
import { formatAjvErrors, previewValue, renderPath } from '../trace/format.js';
import { compileUserSchema } from '../user-schema.js';
import { unknownTokens } from '../trace/tokens.js';

/** Thrown when a check itself is unusable (bad regex, bad schema): the evaluator broke, not the agent. */
export class CheckConfigError extends Error {
  override name = 'CheckConfigError';
}

/**
 * Thrown when a check cannot be decided on this trace (a `max_tokens` budget on a trace that
 * reports no token counts): neither a pass nor a failure of the agent, the trial is an error.
 */
export class CheckUndecidableError extends CheckConfigError {
  override name = 'CheckUndecidableError';
}

/** What a `command` evaluator printed: `{"pass":bool,"score":0..1,"reason":str}`, or why it could not run. */
export type CommandVerdict = { pass: boolean; score?: number; reason: string } | { error: string };

/** Budget limits, in the order they are considered when the YAML does not say otherwise. */
export const BUDGET_LIMITS = ['max_steps', 'max_tool_calls', 'max_tokens', 'max_cost_usd', 'max_latency_ms'] as const;
/** One budget limit key. */
export type BudgetLimit = (typeof BUDGET_LIMITS)[number];

const LEVELS: Record<CheckType, CheckLevel> = {
  output_schema: 'system',
  output_match: 'system',
  command: 'system',
  trajectory: 'trace',
  tool_not_called: 'trace',
  budget: 'trace',
  no_loop: 'trace',
  side_effects: 'trace',
  no_tool_errors: 'trace',
  tool_args: 'node',
};

/** Level a check asserts at (SPEC 1): system, trace or node. */
export function levelOf(check: Check | CheckType): CheckLevel {
  return LEVELS[typeof check === 'string' ? check : check.type];
}

/** Failure class a check type assigns by default (SPEC 3); budget depends on the limit exceeded. */
export function defaultClassOf(type: CheckType, limit?: BudgetLimit): FailureClass {
  switch (type) {
    case 'trajectory':
    case 'tool_not_called':
    case 'tool_args':
    case 'no_loop':
    case 'side_effects':
      return 'bad_decision';
    case 'output_schema':
    case 'output_match':
    case 'command':
      return 'bad_output';
    case 'no_tool_errors':
      return 'tool_error';
    case 'budget':
      return limit === 'max_latency_ms' ? 'timeout' : 'cost_blowup';
  }
}

interface Verdict {
  pass: boolean;
  message: string;
  /** Set by checks whose default class depends on what failed (budget). */
  limit?: BudgetLimit;
  score?: number;
}

/** Runs one check (any type but `command`, which needs a process and is resolved by the caller). */
export function runCheck(check: Check, index: number, trace: Trace): CheckResult {
  const v = evaluate(check, trace);
  return toResult(check, index, v);
}

/** CheckResult for a `command` check from the verdict its evaluator printed. */
export function commandCheckResult(check: Check & { type: 'command' }, index: number, verdict: { pass: boolean; score?: number; reason: string }): CheckResult {
  const reason = verdict.reason.trim() || `evaluator "${check.run}" gave no reason`;
  const score = verdict.score !== undefined ? ` (score ${verdict.score})` : '';
  return toResult(check, index, { pass: verdict.pass, message: verdict.pass ? '' : `${reason}${score}`, score: verdict.score });
}

function toResult(check: Check, index: number, v: Verdict): CheckResult {
  const limit = v.limit ?? (check.type === 'budget' ? firstConfiguredLimit(check) : undefined);
  const result: CheckResult = {
    index,
    type: check.type,
    level: levelOf(check),
    pass: v.pass,
    class: check.class ?? defaultClassOf(check.type, limit),
    message: v.pass ? '' : v.message,
  };
  if (v.score !== undefined) result.score = v.score;
  return result;
}

function evaluate(check: Check, trace: Trace): Verdict {
  switch (check.type) {
    case 'trajectory':
      return checkTrajectory(check.mode, check.tools, trace);
    case 'tool_not_called':
      return checkToolNotCalled(check.tool, trace);
    case 'tool_args':
      return checkToolArgs(check, trace);
    case 'output_schema':
      return checkOutputSchema(check.schema, trace);
    case 'output_match':
      return checkOutputMatch(check, trace);
    case 'budget':
      return checkBudget(check, trace);
    case 'no_loop':
      return checkNoLoop(check.max_repeats ?? 1, trace);
    case 'side_effects':
      return checkSideEffects(check.tool, check.exactly, trace);
    case 'no_tool_errors':
      return checkNoToolErrors(trace);
    case 'command':
      throw new Error('command checks are resolved by the caller (commandCheckResult), not runCheck');
  }
}

// ---------------------------------------------------------------- helpers

interface ToolCall {
  step: Step;
  /** 1-based position in trace.steps (what users see as "step 3"). */
  stepNo: number;
}

/** Tool steps of a trace with their 1-based step numbers. */
export function toolCalls(trace: Trace): ToolCall[] {
  const out: ToolCall[] = [];
  trace.steps.forEach((step, i) => {
    if (step.type === 'tool') out.push({ step, stepNo: i + 1 });
  });
  return out;
}

const MAX_LISTED = 20;

function list(names: readonly string[]): string {
  if (names.length <= MAX_LISTED) return `[${names.join(', ')}]`;
  return `[${names.slice(0, MAX_LISTED).join(', ')}, … +${names.length - MAX_LISTED} more]`;
}

function stepList(nos: readonly number[]): string {
  const shown = nos.length <= 10 ? nos.join(', ') : `${nos.slice(0, 10).join(', ')}, …`;
  return nos.length === 1 ? `step ${shown}` : `steps ${shown}`;
}

function times(n: number): string {
  return n === 1 ? '1 time' : `${n} times`;
}

/** Multiset difference a - b by toolKey, in the order of a. */
function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(toolKey(x), (counts.get(toolKey(x)) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const c = counts.get(toolKey(x)) ?? 0;
    if (c > 0) counts.set(toolKey(x), c - 1);
    else out.push(x);
  }
  return out;
}

/**
 * The name checks compare tools by. Model providers only accept tool names of [A-Za-z0-9_-],
 * so frameworks rewrite other characters to "_" (the OpenAI Agents SDK turns
 * policy.check_eligibility into policy_check_eligibility). Checks compare names after the same
 * rewrite, so a case written with the dotted name matches either spelling; two tools whose
 * names differ only in those characters are the same tool to a check.
 */
export function toolKey(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** True when a step's tool name and a check's tool name are the same tool (see toolKey). */
export function sameTool(stepName: string, checkName: string): boolean {
  return stepName === checkName || toolKey(stepName) === toolKey(checkName);
}

/** Canonical JSON (re-exported from src/json.ts). */
export { stableStringify } from '../json.js';
import { stableStringify } from '../json.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// ---------------------------------------------------------------- trajectory

function checkTrajectory(mode: 'exact' | 'in_order' | 'unordered' | 'subset' | 'superset', tools: readonly string[], trace: Trace): Verdict {
  const calls = toolCalls(trace);
  const got = calls.map((c) => c.step.name);
  const gotText = `got ${list(got)}`;
  switch (mode) {
    case 'exact': {
      const n = Math.max(tools.length, got.length);
      for (let i = 0; i < n; i++) {
        if (i < tools.length && i < got.length && sameTool(got[i], tools[i])) continue;
        const where =
          i >= got.length
            ? `missing ${tools[i]} at position ${i + 1}`
            : i >= tools.length
              ? `unexpected ${got[i]} at position ${i + 1} (step ${calls[i].stepNo})`
              : `position ${i + 1}: expected ${tools[i]}, got ${got[i]} (step ${calls[i].stepNo})`;
        return { pass: false, message: `expected exactly ${list(tools)}; ${gotText}; ${where}` };
      }
      return { pass: true, message: '' };
    }
    case 'in_order': {
      let k = 0;
      for (const name of got) if (k < tools.length && sameTool(name, tools[k])) k++;
      if (k === tools.length) return { pass: true, message: '' };
      const message =
        k === 0 ? `expected ${tools[0]} to be called (first of ${list(tools)}); ${gotText}` : `expected ${tools[k]} after ${tools[k - 1]}; ${gotText}`;
      return { pass: false, message };
    }
    case 'unordered': {
      const missing = multisetMinus(tools, got);
      const extra = multisetMinus(got, tools);
      if (missing.length === 0 && extra.length === 0) return { pass: true, message: '' };
      const parts = [`expected ${list(tools)} in any order`];
      if (missing.length > 0) parts.push(`missing ${list(missing)}`);
      if (extra.length > 0) parts.push(`unexpected ${list(extra)}`);
      parts.push(gotText);
      return { pass: false, message: parts.join('; ') };
    }
    case 'subset': {
      const called = new Set(got.map(toolKey));
      const missing = [...new Set(tools)].filter((t) => !called.has(toolKey(t)));
      if (missing.length === 0) return { pass: true, message: '' };
      return { pass: false, message: `never called ${list(missing)} (expected every tool of ${list(tools)}); ${gotText}` };
    }
    case 'superset': {
      const allowed = new Set(tools.map(toolKey));
      const outside = calls.filter((c) => !allowed.has(toolKey(c.step.name)));
      if (outside.length === 0) return { pass: true, message: '' };
      const names = [...new Set(outside.map((c) => c.step.name))];
      return {
        pass: false,
        message: `called tools outside ${list(tools)}: ${list(names)} (${stepList(outside.map((c) => c.stepNo))}); ${gotText}`,
      };
    }
  }
}

// ---------------------------------------------------------------- tool_not_called / side_effects

function checkToolNotCalled(tool: string, trace: Trace): Verdict {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, tool));
  if (calls.length === 0) return { pass: true, message: '' };
  return { pass: false, message: `${tool} was called ${times(calls.length)} (${stepList(calls.map((c) => c.stepNo))}); expected never` };
}

function checkSideEffects(tool: string, exactly: number, trace: Trace): Verdict {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, tool));
  const ok = calls.filter((c) => c.step.status !== 'error');
  if (ok.length === exactly) return { pass: true, message: '' };
  let message = `${tool} succeeded ${times(ok.length)}`;
  if (ok.length > 0) message += ` (${stepList(ok.map((c) => c.stepNo))})`;
  message += `; expected exactly ${exactly}`;
  const failed = calls.filter((c) => c.step.status === 'error');
  if (failed.length > 0) {
    const first = failed[0];
    message += `; ${failed.length} failed call${failed.length > 1 ? 's' : ''} (${stepList(failed.map((c) => c.stepNo))}${first.step.error ? `: ${first.step.error}` : ''})`;
  }
  return { pass: false, message };
}

// ---------------------------------------------------------------- no_loop

function checkNoLoop(maxRepeats: number, trace: Trace): Verdict {
  const groups = new Map<string, ToolCall[]>();
  for (const call of toolCalls(trace)) {
    const key = `${call.step.name}\u0000${stableStringify(call.step.args)}`;
    const g = groups.get(key);
    if (g) g.push(call);
    else groups.set(key, [call]);
  }
  // Report the group that crossed the limit first, in trajectory order.
  let worst: ToolCall[] | undefined;
  let crossedAt = Infinity;
  for (const g of groups.values()) {
    if (g.length > maxRepeats && g[maxRepeats].stepNo < crossedAt) {
      crossedAt = g[maxRepeats].stepNo;
      worst = g;
    }
  }
  if (!worst) return { pass: true, message: '' };
  const { name, args } = worst[0].step;
  const others = [...groups.values()].filter((g) => g !== worst && g.length > maxRepeats).length;
  const more = others > 0 ? `; ${others} other repeated call${others > 1 ? 's' : ''}` : '';
  return {
    pass: false,
    message: `${name} called ${times(worst.length)} with identical args ${previewValue(args ?? null, 100)} (${stepList(worst.map((c) => c.stepNo))}); max_repeats ${maxRepeats}${more}`,
  };
}

// ---------------------------------------------------------------- no_tool_errors

function checkNoToolErrors(trace: Trace): Verdict {
  const failing = trace.steps.map((step, i) => ({ step, stepNo: i + 1 })).filter((s) => s.step.status === 'error');
  if (failing.length === 0) return { pass: true, message: '' };
  return { pass: false, message: describeFailingSteps(failing) };
}

/** `billing.issue_refund failed at step 3: HTTP 401` (+ how many more failed). */
export function describeFailingSteps(failing: ReadonlyArray<{ step: Step; stepNo: number }>): string {
  const { step, stepNo } = failing[0];
  let message = `${step.name} failed at step ${stepNo}${step.error ? `: ${step.error}` : ''}`;
  if (failing.length > 1) message += `; ${failing.length - 1} more failing step${failing.length > 2 ? 's' : ''} (${failing.slice(1).map((f) => f.stepNo).slice(0, 10).join(', ')})`;
  return message;
}

// ---------------------------------------------------------------- budget

function firstConfiguredLimit(check: Check & { type: 'budget' }): BudgetLimit | undefined {
  return configuredLimits(check)[0];
}

function configuredLimits(check: Check & { type: 'budget' }): BudgetLimit[] {
  // Object key order follows the YAML, so "first exceeded limit" means first as written.
  const known = new Set<string>(BUDGET_LIMITS);
  return Object.keys(check).filter((k): k is BudgetLimit => known.has(k) && typeof (check as Record<string, unknown>)[k] === 'number');
}

function formatUsd(v: number): string {
  return `$${Number(v.toFixed(6))}`;
}

function checkBudget(check: Check & { type: 'budget' }, trace: Trace): Verdict {
  const exceeded: Array<{ limit: BudgetLimit; message: string }> = [];
  const undecided: string[] = [];
  for (const limit of configuredLimits(check)) {
    const max = check[limit] as number;
    switch (limit) {
      case 'max_steps': {
        const n = trace.steps.length;
        if (n > max) exceeded.push({ limit, message: `${n} steps exceed max_steps ${max}` });
        break;
      }
      case 'max_tool_calls': {
        const n = toolCalls(trace).length;
        if (n > max) exceeded.push({ limit, message: `${n} tool calls exceed max_tool_calls ${max}` });
        break;
      }
      case 'max_tokens': {
        const n = trace.usage.input_tokens + trace.usage.output_tokens;
        const unknown = unknownTokens(trace);
        if (n > max) {
          const bound = unknown ? ` (at least: ${unknown})` : '';
          exceeded.push({ limit, message: `${n} tokens (${trace.usage.input_tokens} in + ${trace.usage.output_tokens} out) exceed max_tokens ${max}${bound}` });
        } else if (unknown) undecided.push(`max_tokens ${max} cannot be checked: ${unknown}${n > 0 ? ` (the ${n} counted are a lower bound)` : ''}`);
        break;
      }
      case 'max_cost_usd': {
        const c = trace.usage.cost_usd;
        if (c > max) exceeded.push({ limit, message: `cost ${formatUsd(c)} exceeds max_cost_usd ${formatUsd(max)}` });
        break;
      }
      case 'max_latency_ms': {
        const l = trace.latency_ms;
        if (l > max) exceeded.push({ limit, message: `latency ${Math.round(l)} ms exceeds max_latency_ms ${max}` });
        break;
      }
    }
  }
  // A limit exceeded is a definite failure; a limit that cannot be checked never passes silently.
  if (exceeded.length === 0 && undecided.length > 0) throw new CheckUndecidableError(undecided.join('; '));
  if (exceeded.length === 0) return { pass: true, message: '' };
  return { pass: false, message: [...exceeded.map((e) => e.message), ...undecided].join('; '), limit: exceeded[0].limit };
}

// ---------------------------------------------------------------- schemas (tool_args, output_schema)

/** The compiled user schema (shared with loading, so each distinct schema compiles once per process). */
function compileSchema(schema: Record<string, unknown>, what: string): ValidateFunction {
  const compiled = compileUserSchema(schema);
  if (compiled.error) throw new CheckConfigError(`${what} schema is not a valid JSON Schema: ${compiled.error.message}`);
  return compiled.validate;
}

function checkOutputSchema(schema: Record<string, unknown>, trace: Trace): Verdict {
  const validate = compileSchema(schema, 'output_schema');
  if (validate(trace.output)) return { pass: true, message: '' };
  return { pass: false, message: formatAjvErrors(validate.errors, trace.output, 'output') };
}

// ---------------------------------------------------------------- tool_args

function checkToolArgs(check: Check & { type: 'tool_args' }, trace: Trace): Verdict {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, check.tool));
  if (calls.length === 0) return { pass: false, message: `${check.tool} was never called` };
  const validate = check.schema ? compileSchema(check.schema, `tool_args (${check.tool})`) : undefined;
  const ignore = (check.ignore ?? []).map((p) => p.split('.'));
  const match = check.match ?? 'exact';
  for (let i = 0; i < calls.length; i++) {
    const { step, stepNo } = calls[i];
    const where = calls.length > 1 ? `call ${i + 1} of ${calls.length}, step ${stepNo}` : `step ${stepNo}`;
    const args = step.args ?? {};
    if (validate && !validate(args)) {
      return { pass: false, message: `${check.tool} args (${where}): ${formatAjvErrors(validate.errors, args, 'args')}` };
    }
    if (check.args !== undefined) {
      const diffs = diffValues(stripIgnored(check.args, ignore), stripIgnored(args, ignore), match, []);
      if (diffs.length > 0) {
        const shown = diffs.slice(0, 3).join('; ');
        const more = diffs.length > 3 ? `; ${diffs.length - 3} more difference${diffs.length > 4 ? 's' : ''}` : '';
        return { pass: false, message: `${check.tool} args (${where}, match ${match}): ${shown}${more}` };
      }
    }
  }
  return { pass: true, message: '' };
}

const REMOVED = Symbol('removed');

/** Removes every dotted `ignore` path (`*` matches any key or index); containers emptied by it go too. */
export function stripIgnored(value: unknown, paths: ReadonlyArray<readonly string[]>): unknown {
  let out = value;
  for (const path of paths) {
    const next = removePath(out, path);
    out = next === REMOVED ? undefined : next;
  }
  return out;
}

function removePath(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return REMOVED;
  const [head, ...rest] = path;
  const hit = (key: string) => head === '*' || head === key;
  if (Array.isArray(value)) {
    let touched = false;
    const out: unknown[] = [];
    value.forEach((item, i) => {
      if (!hit(String(i))) return void out.push(item);
      const r = removePath(item, rest);
      touched = true;
      if (r !== REMOVED) out.push(r);
    });
    return touched && out.length === 0 && value.length > 0 ? REMOVED : out;
  }
  if (isPlainObject(value)) {
    let touched = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!hit(k)) {
        out[k] = v;
        continue;
      }
      touched = true;
      const r = removePath(v, rest);
      if (r !== REMOVED) out[k] = r;
    }
    return touched && Object.keys(out).length === 0 && Object.keys(value).length > 0 ? REMOVED : out;
  }
  return value;
}

/**
 * Differences between expected and actual args. exact: equal; subset: every expected field is
 * present and equal (extra actual fields allowed); superset: every actual field is expected
 * (expected fields may be absent). Arrays compare element by element with the same mode.
 */
export function diffValues(expected: unknown, actual: unknown, mode: 'exact' | 'subset' | 'superset', path: readonly (string | number)[]): string[] {
  const label = () => (path.length === 0 ? 'args' : renderPath('', path));
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const diffs: string[] = [];
    for (const k of Object.keys(expected)) {
      if (!(k in actual)) {
        if (mode !== 'superset') diffs.push(`${renderPath('', [...path, k])} missing (expected ${previewValue(expected[k])})`);
      } else diffs.push(...diffValues(expected[k], actual[k], mode, [...path, k]));
    }
    if (mode !== 'subset') {
      for (const k of Object.keys(actual)) {
        if (!(k in expected)) diffs.push(`${renderPath('', [...path, k])} unexpected (got ${previewValue(actual[k])})`);
      }
    }
    return diffs;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${label()} expected ${expected.length} item${expected.length === 1 ? '' : 's'}, got ${actual.length}: ${previewValue(actual)}`];
    }
    return expected.flatMap((e, i) => diffValues(e, actual[i], mode, [...path, i]));
  }
  if (stableStringify(expected) === stableStringify(actual)) return [];
  return [`${label()} expected ${previewValue(expected)}, got ${previewValue(actual)}`];
}

// ---------------------------------------------------------------- output_match

function compilePattern(pattern: string): UserPattern {
  // The same compile `validate` uses (src/regex.ts): RE2, linear time on untrusted output.
  const re = compileUserPattern(pattern);
  if ('error' in re) throw new CheckConfigError(`output_match pattern /${pattern}/ is not a valid regular expression: ${re.error}`);
  return re;
}

/** Resolves a dotted path into a value; numeric segments index arrays. */
export function resolvePath(root: unknown, path: string): { found: true; value: unknown } | { found: false; missing: string } {
  const segments = path === '' ? [] : path.split('.');
  let cur = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const here = renderPath('output', segments.slice(0, i));
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg) || Number(seg) >= cur.length) {
        return { found: false, missing: `${renderPath('output', segments.slice(0, i + 1))} is missing (${here} is an array of ${cur.length} item${cur.length === 1 ? '' : 's'})` };
      }
      cur = cur[Number(seg)];
    } else if (isPlainObject(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) {
        const keys = Object.keys(cur);
        const has = keys.length > 0 ? `has keys ${list(keys)}` : 'is empty';
        return { found: false, missing: `${renderPath('output', segments.slice(0, i + 1))} is missing (${here} ${has})` };
      }
      cur = cur[seg];
    } else {
      const kind = cur === null ? 'null' : typeof cur;
      return { found: false, missing: `${renderPath('output', segments.slice(0, i + 1))} is missing (${here} is ${kind}, not an object)` };
    }
  }
  return { found: true, value: cur };
}

function checkOutputMatch(check: Check & { type: 'output_match' }, trace: Trace): Verdict {
  const re = compilePattern(check.pattern);
  const path = check.path ?? '';
  const resolved = resolvePath(trace.output, path);
  if (!resolved.found) return { pass: false, message: resolved.missing };
  const value = resolved.value;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  const matched = re.test(text);
  const label = renderPath('output', path === '' ? [] : path.split('.'));
  if (matched !== (check.negate === true)) return { pass: true, message: '' };
  const shown = previewValue(text, 120);
  return {
    pass: false,
    message: check.negate ? `${label} ${shown} matches /${check.pattern}/; expected no match (negate)` : `${label} ${shown} does not match /${check.pattern}/`,
  };
}
