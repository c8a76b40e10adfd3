#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  NO_REDACTION,
  buildCaseResult,
  buildHarnessScope,
  buildResults,
  checkScopeGaps,
  checkTreeIdentity,
  closest,
  compileUserPattern,
  compileUserSchema,
  computeConfigHash,
  createScopeMatcher,
  cutHead,
  cutTail,
  decodeUtf8,
  firstInvalidUtf8Offset,
  formatAjvErrors,
  opaqueCaseId,
  parseTrace,
  previewValue,
  readHarnessSources,
  renderPath,
  renderScope,
  stableStringify,
  unknownTokens
} from "./chunk-Z4R73HYF.js";

// src/trial/pool.ts
async function runPool(items, concurrency, worker, onSettled) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be an integer >= 1, got ${concurrency}`);
  }
  const results = new Array(items.length);
  const failures = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        const r = await worker(items[index], index);
        results[index] = r;
        onSettled?.(r, index);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  if (failures.length > 0) {
    failures.sort((a, b) => a.index - b.index);
    throw failures[0].error;
  }
  return results;
}
function estimateEta(done, total, elapsedMs, firstDoneMs) {
  if (done >= total && total > 0) return 0;
  if (done < 2 || total <= 0) return null;
  return Math.round(Math.max(0, elapsedMs - firstDoneMs) / (done - 1) * (total - done));
}

// src/outcome/checks.ts
var CheckConfigError = class extends Error {
  name = "CheckConfigError";
};
var CheckUndecidableError = class extends CheckConfigError {
  name = "CheckUndecidableError";
};
var BUDGET_LIMITS = ["max_steps", "max_tool_calls", "max_tokens", "max_cost_usd", "max_latency_ms"];
var LEVELS = {
  output_schema: "system",
  output_match: "system",
  command: "system",
  trajectory: "trace",
  tool_not_called: "trace",
  budget: "trace",
  no_loop: "trace",
  side_effects: "trace",
  no_tool_errors: "trace",
  tool_args: "node"
};
function levelOf(check) {
  return LEVELS[typeof check === "string" ? check : check.type];
}
function defaultClassOf(type, limit) {
  switch (type) {
    case "trajectory":
    case "tool_not_called":
    case "tool_args":
    case "no_loop":
    case "side_effects":
      return "bad_decision";
    case "output_schema":
    case "output_match":
    case "command":
      return "bad_output";
    case "no_tool_errors":
      return "tool_error";
    case "budget":
      return limit === "max_latency_ms" ? "timeout" : "cost_blowup";
  }
}
function runCheck(check, index, trace) {
  const v = evaluate(check, trace);
  return toResult(check, index, v);
}
function commandCheckResult(check, index, verdict) {
  const reason = verdict.reason.trim() || `evaluator "${check.run}" gave no reason`;
  const score = verdict.score !== void 0 ? ` (score ${verdict.score})` : "";
  return toResult(check, index, { pass: verdict.pass, message: verdict.pass ? "" : `${reason}${score}`, score: verdict.score });
}
function toResult(check, index, v) {
  const limit = v.limit ?? (check.type === "budget" ? firstConfiguredLimit(check) : void 0);
  const result = {
    index,
    type: check.type,
    level: levelOf(check),
    pass: v.pass,
    class: check.class ?? defaultClassOf(check.type, limit),
    message: v.pass ? "" : v.message
  };
  if (v.score !== void 0) result.score = v.score;
  return result;
}
function evaluate(check, trace) {
  switch (check.type) {
    case "trajectory":
      return checkTrajectory(check.mode, check.tools, trace);
    case "tool_not_called":
      return checkToolNotCalled(check.tool, trace);
    case "tool_args":
      return checkToolArgs(check, trace);
    case "output_schema":
      return checkOutputSchema(check.schema, trace);
    case "output_match":
      return checkOutputMatch(check, trace);
    case "budget":
      return checkBudget(check, trace);
    case "no_loop":
      return checkNoLoop(check.max_repeats ?? 1, trace);
    case "side_effects":
      return checkSideEffects(check.tool, check.exactly, trace);
    case "no_tool_errors":
      return checkNoToolErrors(trace);
    case "command":
      throw new Error("command checks are resolved by the caller (commandCheckResult), not runCheck");
  }
}
function toolCalls(trace) {
  const out = [];
  trace.steps.forEach((step, i) => {
    if (step.type === "tool") out.push({ step, stepNo: i + 1 });
  });
  return out;
}
var MAX_LISTED = 20;
function list(names) {
  if (names.length <= MAX_LISTED) return `[${names.join(", ")}]`;
  return `[${names.slice(0, MAX_LISTED).join(", ")}, \u2026 +${names.length - MAX_LISTED} more]`;
}
function stepList(nos) {
  const shown = nos.length <= 10 ? nos.join(", ") : `${nos.slice(0, 10).join(", ")}, \u2026`;
  return nos.length === 1 ? `step ${shown}` : `steps ${shown}`;
}
function times(n) {
  return n === 1 ? "1 time" : `${n} times`;
}
function multisetMinus(a, b) {
  const counts = /* @__PURE__ */ new Map();
  for (const x of b) counts.set(toolKey(x), (counts.get(toolKey(x)) ?? 0) + 1);
  const out = [];
  for (const x of a) {
    const c = counts.get(toolKey(x)) ?? 0;
    if (c > 0) counts.set(toolKey(x), c - 1);
    else out.push(x);
  }
  return out;
}
function toolKey(name) {
  return name.replace(/[^A-Za-z0-9_-]/g, "_");
}
function sameTool(stepName, checkName) {
  return stepName === checkName || toolKey(stepName) === toolKey(checkName);
}
function isPlainObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function checkTrajectory(mode, tools, trace) {
  const calls = toolCalls(trace);
  const got = calls.map((c) => c.step.name);
  const gotText = `got ${list(got)}`;
  switch (mode) {
    case "exact": {
      const n = Math.max(tools.length, got.length);
      for (let i = 0; i < n; i++) {
        if (i < tools.length && i < got.length && sameTool(got[i], tools[i])) continue;
        const where = i >= got.length ? `missing ${tools[i]} at position ${i + 1}` : i >= tools.length ? `unexpected ${got[i]} at position ${i + 1} (step ${calls[i].stepNo})` : `position ${i + 1}: expected ${tools[i]}, got ${got[i]} (step ${calls[i].stepNo})`;
        return { pass: false, message: `expected exactly ${list(tools)}; ${gotText}; ${where}` };
      }
      return { pass: true, message: "" };
    }
    case "in_order": {
      let k = 0;
      for (const name of got) if (k < tools.length && sameTool(name, tools[k])) k++;
      if (k === tools.length) return { pass: true, message: "" };
      const message = k === 0 ? `expected ${tools[0]} to be called (first of ${list(tools)}); ${gotText}` : `expected ${tools[k]} after ${tools[k - 1]}; ${gotText}`;
      return { pass: false, message };
    }
    case "unordered": {
      const missing = multisetMinus(tools, got);
      const extra = multisetMinus(got, tools);
      if (missing.length === 0 && extra.length === 0) return { pass: true, message: "" };
      const parts = [`expected ${list(tools)} in any order`];
      if (missing.length > 0) parts.push(`missing ${list(missing)}`);
      if (extra.length > 0) parts.push(`unexpected ${list(extra)}`);
      parts.push(gotText);
      return { pass: false, message: parts.join("; ") };
    }
    case "subset": {
      const called = new Set(got.map(toolKey));
      const missing = [...new Set(tools)].filter((t) => !called.has(toolKey(t)));
      if (missing.length === 0) return { pass: true, message: "" };
      return { pass: false, message: `never called ${list(missing)} (expected every tool of ${list(tools)}); ${gotText}` };
    }
    case "superset": {
      const allowed = new Set(tools.map(toolKey));
      const outside = calls.filter((c) => !allowed.has(toolKey(c.step.name)));
      if (outside.length === 0) return { pass: true, message: "" };
      const names = [...new Set(outside.map((c) => c.step.name))];
      return {
        pass: false,
        message: `called tools outside ${list(tools)}: ${list(names)} (${stepList(outside.map((c) => c.stepNo))}); ${gotText}`
      };
    }
  }
}
function checkToolNotCalled(tool, trace) {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, tool));
  if (calls.length === 0) return { pass: true, message: "" };
  return { pass: false, message: `${tool} was called ${times(calls.length)} (${stepList(calls.map((c) => c.stepNo))}); expected never` };
}
function checkSideEffects(tool, exactly, trace) {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, tool));
  const ok = calls.filter((c) => c.step.status !== "error");
  if (ok.length === exactly) return { pass: true, message: "" };
  let message = `${tool} succeeded ${times(ok.length)}`;
  if (ok.length > 0) message += ` (${stepList(ok.map((c) => c.stepNo))})`;
  message += `; expected exactly ${exactly}`;
  const failed = calls.filter((c) => c.step.status === "error");
  if (failed.length > 0) {
    const first = failed[0];
    message += `; ${failed.length} failed call${failed.length > 1 ? "s" : ""} (${stepList(failed.map((c) => c.stepNo))}${first.step.error ? `: ${first.step.error}` : ""})`;
  }
  return { pass: false, message };
}
function checkNoLoop(maxRepeats, trace) {
  const groups = /* @__PURE__ */ new Map();
  for (const call of toolCalls(trace)) {
    const key = `${call.step.name}\0${stableStringify(call.step.args)}`;
    const g = groups.get(key);
    if (g) g.push(call);
    else groups.set(key, [call]);
  }
  let worst;
  let crossedAt = Infinity;
  for (const g of groups.values()) {
    if (g.length > maxRepeats && g[maxRepeats].stepNo < crossedAt) {
      crossedAt = g[maxRepeats].stepNo;
      worst = g;
    }
  }
  if (!worst) return { pass: true, message: "" };
  const { name, args } = worst[0].step;
  const others = [...groups.values()].filter((g) => g !== worst && g.length > maxRepeats).length;
  const more = others > 0 ? `; ${others} other repeated call${others > 1 ? "s" : ""}` : "";
  return {
    pass: false,
    message: `${name} called ${times(worst.length)} with identical args ${previewValue(args ?? null, 100)} (${stepList(worst.map((c) => c.stepNo))}); max_repeats ${maxRepeats}${more}`
  };
}
function checkNoToolErrors(trace) {
  const failing = trace.steps.map((step, i) => ({ step, stepNo: i + 1 })).filter((s) => s.step.status === "error");
  if (failing.length === 0) return { pass: true, message: "" };
  return { pass: false, message: describeFailingSteps(failing) };
}
function describeFailingSteps(failing) {
  const { step, stepNo } = failing[0];
  let message = `${step.name} failed at step ${stepNo}${step.error ? `: ${step.error}` : ""}`;
  if (failing.length > 1) message += `; ${failing.length - 1} more failing step${failing.length > 2 ? "s" : ""} (${failing.slice(1).map((f) => f.stepNo).slice(0, 10).join(", ")})`;
  return message;
}
function firstConfiguredLimit(check) {
  return configuredLimits(check)[0];
}
function configuredLimits(check) {
  const known = new Set(BUDGET_LIMITS);
  return Object.keys(check).filter((k) => known.has(k) && typeof check[k] === "number");
}
function formatUsd(v) {
  return `$${Number(v.toFixed(6))}`;
}
function checkBudget(check, trace) {
  const exceeded = [];
  const undecided = [];
  for (const limit of configuredLimits(check)) {
    const max = check[limit];
    switch (limit) {
      case "max_steps": {
        const n = trace.steps.length;
        if (n > max) exceeded.push({ limit, message: `${n} steps exceed max_steps ${max}` });
        break;
      }
      case "max_tool_calls": {
        const n = toolCalls(trace).length;
        if (n > max) exceeded.push({ limit, message: `${n} tool calls exceed max_tool_calls ${max}` });
        break;
      }
      case "max_tokens": {
        const n = trace.usage.input_tokens + trace.usage.output_tokens;
        const unknown = unknownTokens(trace);
        if (n > max) {
          const bound = unknown ? ` (at least: ${unknown})` : "";
          exceeded.push({ limit, message: `${n} tokens (${trace.usage.input_tokens} in + ${trace.usage.output_tokens} out) exceed max_tokens ${max}${bound}` });
        } else if (unknown) undecided.push(`max_tokens ${max} cannot be checked: ${unknown}${n > 0 ? ` (the ${n} counted are a lower bound)` : ""}`);
        break;
      }
      case "max_cost_usd": {
        const c = trace.usage.cost_usd;
        if (c > max) exceeded.push({ limit, message: `cost ${formatUsd(c)} exceeds max_cost_usd ${formatUsd(max)}` });
        break;
      }
      case "max_latency_ms": {
        const l = trace.latency_ms;
        if (l > max) exceeded.push({ limit, message: `latency ${Math.round(l)} ms exceeds max_latency_ms ${max}` });
        break;
      }
    }
  }
  if (exceeded.length === 0 && undecided.length > 0) throw new CheckUndecidableError(undecided.join("; "));
  if (exceeded.length === 0) return { pass: true, message: "" };
  return { pass: false, message: [...exceeded.map((e) => e.message), ...undecided].join("; "), limit: exceeded[0].limit };
}
function compileSchema(schema, what) {
  const compiled = compileUserSchema(schema);
  if (compiled.error) throw new CheckConfigError(`${what} schema is not a valid JSON Schema: ${compiled.error.message}`);
  return compiled.validate;
}
function checkOutputSchema(schema, trace) {
  const validate = compileSchema(schema, "output_schema");
  if (validate(trace.output)) return { pass: true, message: "" };
  return { pass: false, message: formatAjvErrors(validate.errors, trace.output, "output") };
}
function checkToolArgs(check, trace) {
  const calls = toolCalls(trace).filter((c) => sameTool(c.step.name, check.tool));
  if (calls.length === 0) return { pass: false, message: `${check.tool} was never called` };
  const validate = check.schema ? compileSchema(check.schema, `tool_args (${check.tool})`) : void 0;
  const ignore = (check.ignore ?? []).map((p) => p.split("."));
  const match = check.match ?? "exact";
  for (let i = 0; i < calls.length; i++) {
    const { step, stepNo } = calls[i];
    const where = calls.length > 1 ? `call ${i + 1} of ${calls.length}, step ${stepNo}` : `step ${stepNo}`;
    const args = step.args ?? {};
    if (validate && !validate(args)) {
      return { pass: false, message: `${check.tool} args (${where}): ${formatAjvErrors(validate.errors, args, "args")}` };
    }
    if (check.args !== void 0) {
      const diffs = diffValues(stripIgnored(check.args, ignore), stripIgnored(args, ignore), match, []);
      if (diffs.length > 0) {
        const shown = diffs.slice(0, 3).join("; ");
        const more = diffs.length > 3 ? `; ${diffs.length - 3} more difference${diffs.length > 4 ? "s" : ""}` : "";
        return { pass: false, message: `${check.tool} args (${where}, match ${match}): ${shown}${more}` };
      }
    }
  }
  return { pass: true, message: "" };
}
var REMOVED = /* @__PURE__ */ Symbol("removed");
function stripIgnored(value, paths) {
  let out = value;
  for (const path of paths) {
    const next = removePath(out, path);
    out = next === REMOVED ? void 0 : next;
  }
  return out;
}
function removePath(value, path) {
  if (path.length === 0) return REMOVED;
  const [head, ...rest] = path;
  const hit = (key) => head === "*" || head === key;
  if (Array.isArray(value)) {
    let touched = false;
    const out = [];
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
    const out = {};
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
function diffValues(expected, actual, mode, path) {
  const label = () => path.length === 0 ? "args" : renderPath("", path);
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const diffs = [];
    for (const k of Object.keys(expected)) {
      if (!(k in actual)) {
        if (mode !== "superset") diffs.push(`${renderPath("", [...path, k])} missing (expected ${previewValue(expected[k])})`);
      } else diffs.push(...diffValues(expected[k], actual[k], mode, [...path, k]));
    }
    if (mode !== "subset") {
      for (const k of Object.keys(actual)) {
        if (!(k in expected)) diffs.push(`${renderPath("", [...path, k])} unexpected (got ${previewValue(actual[k])})`);
      }
    }
    return diffs;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      return [`${label()} expected ${expected.length} item${expected.length === 1 ? "" : "s"}, got ${actual.length}: ${previewValue(actual)}`];
    }
    return expected.flatMap((e, i) => diffValues(e, actual[i], mode, [...path, i]));
  }
  if (stableStringify(expected) === stableStringify(actual)) return [];
  return [`${label()} expected ${previewValue(expected)}, got ${previewValue(actual)}`];
}
function compilePattern(pattern) {
  const re = compileUserPattern(pattern);
  if ("error" in re) throw new CheckConfigError(`output_match pattern /${pattern}/ is not a valid regular expression: ${re.error}`);
  return re;
}
function resolvePath(root, path) {
  const segments = path === "" ? [] : path.split(".");
  let cur = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const here = renderPath("output", segments.slice(0, i));
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(seg) || Number(seg) >= cur.length) {
        return { found: false, missing: `${renderPath("output", segments.slice(0, i + 1))} is missing (${here} is an array of ${cur.length} item${cur.length === 1 ? "" : "s"})` };
      }
      cur = cur[Number(seg)];
    } else if (isPlainObject(cur)) {
      if (!Object.prototype.hasOwnProperty.call(cur, seg)) {
        const keys = Object.keys(cur);
        const has = keys.length > 0 ? `has keys ${list(keys)}` : "is empty";
        return { found: false, missing: `${renderPath("output", segments.slice(0, i + 1))} is missing (${here} ${has})` };
      }
      cur = cur[seg];
    } else {
      const kind = cur === null ? "null" : typeof cur;
      return { found: false, missing: `${renderPath("output", segments.slice(0, i + 1))} is missing (${here} is ${kind}, not an object)` };
    }
  }
  return { found: true, value: cur };
}
function checkOutputMatch(check, trace) {
  const re = compilePattern(check.pattern);
  const path = check.path ?? "";
  const resolved = resolvePath(trace.output, path);
  if (!resolved.found) return { pass: false, message: resolved.missing };
  const value = resolved.value;
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? "null";
  const matched = re.test(text);
  const label = renderPath("output", path === "" ? [] : path.split("."));
  if (matched !== (check.negate === true)) return { pass: true, message: "" };
  const shown = previewValue(text, 120);
  return {
    pass: false,
    message: check.negate ? `${label} ${shown} matches /${check.pattern}/; expected no match (negate)` : `${label} ${shown} does not match /${check.pattern}/`
  };
}

// src/outcome/evaluate.ts
var TRACE_EXCERPT_CHARS = 2e3;
function buildTraceExcerpt(trace, max = TRACE_EXCERPT_CHARS) {
  const text = JSON.stringify(
    trace,
    (_key, value) => typeof value === "string" && value.length > 300 ? `${value.slice(0, 300)}\u2026(${value.length} chars)` : value
  );
  if (text.length <= max) return text;
  const marker = ` \u2026[truncated, ${text.length} chars]`;
  return text.slice(0, Math.max(0, max - marker.length)) + marker;
}
var MAX_WARNINGS = 20;
var MAX_WARNING_CHARS = 1e3;
function capWarnings(warnings) {
  const kept = warnings.slice(0, MAX_WARNINGS).map((w) => w.length > MAX_WARNING_CHARS ? `${w.slice(0, MAX_WARNING_CHARS - 1)}\u2026` : w);
  if (warnings.length > MAX_WARNINGS) kept[MAX_WARNINGS - 1] = `\u2026 and ${warnings.length - MAX_WARNINGS + 1} more warning(s)`;
  return kept;
}
function runChecks(checks, trace, commandVerdicts, onCheck) {
  const results = [];
  const unevaluated = [];
  checks.forEach((check, index) => {
    onCheck?.(index);
    if (check.type === "command") {
      const verdict = commandVerdicts.get(index);
      if (!verdict) unevaluated.push(`checks[${index}] (command "${check.run}") has no verdict`);
      else if ("error" in verdict) unevaluated.push(`checks[${index}] (command "${check.run}") could not evaluate the trace: ${verdict.error}`);
      else results.push(commandCheckResult(check, index, verdict));
      return;
    }
    try {
      results.push(runCheck(check, index, trace));
    } catch (err) {
      if (!(err instanceof CheckConfigError)) throw err;
      unevaluated.push(`checks[${index}] (${check.type}): ${err.message}`);
    }
  });
  return { results, unevaluated };
}
function redactedMessages(checks, failures, shown, redact, onCheck) {
  return failures.map((f) => {
    const check = checks[f.index];
    if (!check || check.type === "command") return { ...f, message: redact(f.message) };
    onCheck?.(f.index);
    let again = null;
    try {
      again = runCheck(check, f.index, shown);
    } catch {
      again = null;
    }
    const message = again && !again.pass ? again.message : `${f.type} failed on text that is redacted in reports (details withheld)`;
    return { ...f, message: redact(message) };
  });
}
function withEvidence(c, run, record, trace, redact, shown) {
  const red = (s) => redact ? redact(s) : s;
  if (redact && record.error !== void 0) record.error = redact(record.error);
  if (record.outcome === "pass" || c.holdout) return record;
  if (run.stderr_tail !== "") record.stderr_tail = red(run.stderr_tail);
  if (trace) record.trace_excerpt = red(buildTraceExcerpt(shown(trace)));
  return record;
}
function traceBase(c, trial, run, retries) {
  const { trace } = run;
  const base = {
    trial,
    latency_ms: trace.latency_ms,
    tokens: trace.usage.input_tokens + trace.usage.output_tokens,
    cost_usd: trace.usage.cost_usd,
    retries
  };
  if (run.cost_source) base.cost_source = run.cost_source;
  if (run.warnings && run.warnings.length > 0 && !c.holdout) base.warnings = capWarnings(run.warnings);
  return base;
}
function uncheckedTrial(c, trial, run, retries, error, redact) {
  const shown = (t) => redact ? redact.value(t, { keys: false }) : t;
  return withEvidence(c, run, { ...traceBase(c, trial, run, retries), outcome: "error", failures: [], error }, run.trace, redact, shown);
}
function evaluateTrial(c, trial, run, commandVerdicts, retries, redact, onCheck) {
  const red = (s) => redact ? redact(s) : s;
  let shownTrace = null;
  const shown = (t) => redact ? shownTrace ??= redact.value(t, { keys: false }) : t;
  const evidence = (record, trace2) => withEvidence(c, run, record, trace2, redact, shown);
  if (run.kind === "timeout") {
    return evidence({
      trial,
      outcome: "fail",
      class: "timeout",
      failures: [
        {
          index: -1,
          type: "budget",
          level: "trace",
          class: "timeout",
          message: `harness timed out after ${Math.round(run.wall_ms)} ms (timeout_ms ${c.timeout_ms})`
        }
      ],
      latency_ms: run.wall_ms,
      tokens: 0,
      cost_usd: 0,
      retries
    });
  }
  if (run.kind === "error") {
    return evidence({ trial, outcome: "error", failures: [], error: run.reason, latency_ms: run.wall_ms, tokens: 0, cost_usd: 0, retries });
  }
  const { trace } = run;
  const base = traceBase(c, trial, run, retries);
  const { results, unevaluated } = runChecks(c.checks, trace, commandVerdicts, onCheck);
  let failures = results.filter((r) => !r.pass).map((r) => ({ index: r.index, type: r.type, level: r.level, class: r.class, message: r.message }));
  if (redact && failures.length > 0) failures = redactedMessages(c.checks, failures, shown(trace), redact, onCheck);
  if (failures.length > 0) {
    return evidence({ ...base, outcome: "fail", class: failures[0].class, failures }, trace);
  }
  if (unevaluated.length > 0) return evidence({ ...base, outcome: "error", failures: [], error: unevaluated.join("; ") }, trace);
  if (c.checks.length === 0) {
    const failing = trace.steps.map((step, i) => ({ step, stepNo: i + 1 })).filter((s) => s.step.status === "error");
    if (failing.length > 0) {
      const message = red(describeFailingSteps(failing));
      return evidence({ ...base, outcome: "fail", class: "tool_error", failures: [{ index: -1, type: "no_tool_errors", level: "trace", class: "tool_error", message }] }, trace);
    }
  }
  return { ...base, outcome: "pass", failures: [] };
}

// src/engine/trial.ts
var STDERR_EVIDENCE_CHARS = 4096;
var MAX_SEEN_TOOLS = 1e4;
function parseRawRun(raw, pricing = {}, redact = NO_REDACTION) {
  const stderr_tail = cutTail(redact(raw.stderr_tail), STDERR_EVIDENCE_CHARS);
  if (raw.kind === "timeout") return { ...raw, stderr_tail };
  if (raw.kind === "error") return { ...raw, reason: redact(raw.reason), stderr_tail };
  const crashed = raw.signal != null || raw.exit_code != null && raw.exit_code !== 0;
  const parsed = parseTrace(raw.stdout, raw.wall_ms, "stdout", { pricing });
  if (parsed.ok && !crashed) {
    return { kind: "trace", trace: parsed.trace, stderr_tail, wall_ms: raw.wall_ms, warnings: parsed.warnings, cost_source: parsed.cost_source };
  }
  const how = raw.signal != null ? `harness was killed by ${raw.signal}` : raw.exit_code != null && raw.exit_code !== 0 ? `harness exited with code ${raw.exit_code}` : "harness exited 0";
  if (parsed.ok) return { kind: "error", reason: `${how} after printing a valid trace; a trace counts only when the harness exits 0`, stderr_tail, wall_ms: raw.wall_ms };
  const reported = reportedError(raw.stdout);
  if (reported !== null) {
    const what = `the harness reported an error instead of a trace: ${cutHead(redact(reported), 500)}`;
    return { kind: "error", reason: raw.exit_code == null && raw.signal == null ? what : `${how}; ${what}`, stderr_tail, wall_ms: raw.wall_ms };
  }
  const shown = redact(raw.stdout);
  const described = shown === raw.stdout ? parsed : parseTrace(shown, raw.wall_ms, "stdout", { pricing });
  const why = described.ok ? redact(parsed.reason) : described.reason;
  const reason = raw.stdout.trim() === "" ? `${how} without printing a trace` : `${how}; its output is not a valid trace: ${why}`;
  return { kind: "error", reason, stderr_tail, wall_ms: raw.wall_ms };
}
function reportedError(stdout) {
  const text = stdout.trim();
  if (!text.startsWith("{") || text.length > 65536) return null;
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return null;
  const o = doc;
  if (typeof o.error !== "string" || o.error === "" || "output" in o || "steps" in o || "resourceSpans" in o) return null;
  return o.error;
}
async function executeTrial(c, trial, deps) {
  let attempt = 0;
  for (; ; ) {
    const raw = await deps.harness.run({
      caseId: c.id,
      trial,
      suite: deps.suite,
      input: c.input,
      fixtures: c.fixtures,
      timeoutMs: c.timeout_ms
    });
    const run = parseRawRun(raw, deps.pricing, deps.redact);
    const verdicts = /* @__PURE__ */ new Map();
    if (run.kind === "trace") {
      if (deps.seenTools) {
        for (const step of run.trace.steps) if (step.type === "tool" && deps.seenTools.size < MAX_SEEN_TOOLS) deps.seenTools.add(step.name);
      }
      if (deps.keepTrace && !c.holdout) {
        const shown = deps.redact ? deps.redact.value({ trace: run.trace, warnings: run.warnings ?? [] }) : { trace: run.trace, warnings: run.warnings ?? [] };
        await deps.keepTrace({ caseId: c.id, trial, attempt, ...shown });
      }
      const traceJson = JSON.stringify(run.trace);
      const context = { caseId: c.id, trial, suite: deps.suite, input: c.input };
      for (const [index, check] of c.checks.entries()) {
        if (check.type === "command") verdicts.set(index, await deps.runCommand(check.run, traceJson, c.timeout_ms, context));
      }
    }
    const record = run.kind === "trace" && deps.evaluator ? await deps.evaluator.evaluate(c, trial, run, verdicts, attempt, deps.redact) : evaluateTrial(c, trial, run, verdicts, attempt, deps.redact);
    if (record.outcome !== "error" || attempt >= deps.retries) return record;
    attempt++;
  }
}

// src/engine/suite.ts
function recordKey(c) {
  return c.holdout ? `holdout:${c.id}` : c.id;
}
async function runTrialBatch(jobs, deps) {
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
      if (record.outcome === "fail") failures++;
      if (record.outcome === "error") errors++;
      const elapsedMs = now() - started;
      if (done === 1) firstDoneMs = elapsedMs;
      deps.onProgress?.({ done, total: jobs.length, failures, errors, elapsedMs, etaMs: estimateEta(done, jobs.length, elapsedMs, firstDoneMs) });
    }
  );
  const byCase = /* @__PURE__ */ new Map();
  jobs.forEach((job, i) => {
    const list2 = byCase.get(recordKey(job.c)) ?? [];
    list2.push(records[i]);
    byCase.set(recordKey(job.c), list2);
  });
  for (const list2 of byCase.values()) list2.sort((a, b) => a.trial - b.trial);
  return byCase;
}
function planTrials(cases) {
  const jobs = [];
  for (const c of cases) for (let t = 1; t <= c.trials; t++) jobs.push({ c, trial: t });
  return jobs;
}

// src/adapters/harness.ts
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
var STDERR_TAIL_BYTES = 4096;
var STDERR_MARGIN_BYTES = 1024;
var DEFAULT_KILL_GRACE_MS = 2e3;
var CLOSE_LINGER_MS = 500;
var TailBuffer = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  chunks = [];
  size = 0;
  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    if (this.size > this.limit * 4) this.compact();
  }
  compact() {
    const all = Buffer.concat(this.chunks);
    const kept = all.subarray(Math.max(0, all.length - this.limit));
    this.chunks = [Buffer.from(kept)];
    this.size = kept.length;
  }
  clear() {
    this.chunks = [];
    this.size = 0;
  }
  text() {
    this.compact();
    return this.chunks.length ? this.chunks[0].toString("utf8") : "";
  }
};
function invalidUtf8Reason(what, buf) {
  return `${what} is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(buf)}); the harness must write a UTF-8 JSON trace`;
}
var PROCESS_TAG_VAR = "EVALGATE_PROCESS_TAG";
var RUN_TOKEN = randomUUID();
var tagCounter = 0;
function newTag(parent = RUN_TOKEN) {
  return `${parent}.${++tagCounter}`;
}
var SWEEP_LIMITS = { passes: 50, ms: 3e3 };
async function stopTagged(tag, prefix) {
  let pids;
  try {
    pids = (await readdir("/proc")).filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid).sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
  const exact = `${PROCESS_TAG_VAR}=${tag}`;
  const sub = `${exact}.`;
  const found = [];
  for (let i = 0; i < pids.length; i += 64) {
    await Promise.all(
      pids.slice(i, i + 64).map(async (pid) => {
        let env;
        try {
          env = (await readFile(`/proc/${pid}/environ`, "latin1")).split("\0");
        } catch {
          return;
        }
        if (!env.some((v) => v === exact || prefix && v.startsWith(sub))) return;
        try {
          process.kill(Number(pid), "SIGSTOP");
          found.push(Number(pid));
        } catch {
        }
      })
    );
  }
  return found;
}
async function sweepTaggedProcesses(tag, opts = {}) {
  const killed = /* @__PURE__ */ new Set();
  const start = performance.now();
  for (let pass = 0; pass < SWEEP_LIMITS.passes && performance.now() - start < SWEEP_LIMITS.ms; pass++) {
    const found = await stopTagged(tag, opts.prefix === true);
    const fresh = found.filter((pid) => !killed.has(pid));
    for (const pid of found) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
      }
      killed.add(pid);
    }
    if (fresh.length === 0) break;
  }
  return [...killed];
}
var liveGroups = /* @__PURE__ */ new Set();
var exitHookInstalled = false;
function trackGroup(pid) {
  liveGroups.add(pid);
  recordGroup(`+${pid}`);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on("exit", () => {
      for (const g of liveGroups) killGroup(g, "SIGKILL");
      if (groupLog) rmSync(groupLog.dir, { recursive: true, force: true });
    });
  }
}
function untrackGroup(pid) {
  if (pid === void 0) return;
  if (liveGroups.delete(pid)) recordGroup(`-${pid}`);
}
var WATCHDOG_SCRIPT = `trap '' INT TERM HUP
cat >/dev/null 2>&1
if [ -f "$3" ]; then
  awk '/^[+][0-9]+$/ { g[substr($0, 2)] = 1 } /^-[0-9]+$/ { delete g[substr($0, 2)] } END { for (k in g) if (k + 0 > 1) print k }' "$3" 2>/dev/null |
    while read -r g; do kill -KILL "-$g" 2>/dev/null; done
fi
if [ -z "$4" ] || ! "$4" -e "$5" "$1" "$2" </dev/null >/dev/null 2>&1; then
  n=0
  while [ "$n" -lt 50 ]; do
    pids=
    for f in $(grep -lz -- "^$1=$2[.]" /proc/[0-9]*/environ 2>/dev/null); do
      p=\${f#/proc/}
      p=\${p%/environ}
      kill -STOP "$p" 2>/dev/null && pids="$pids $p"
    done
    [ -z "$pids" ] && break
    for p in $pids; do kill -KILL "$p" 2>/dev/null; done
    n=$((n + 1))
  done
fi
rm -rf "\${3%/*}"
`;
var WATCHDOG_SWEEP = `const fs = require('fs');
const want = '\\0' + process.argv[1] + '=' + process.argv[2] + '.';
const killed = new Set();
const end = Date.now() + ${SWEEP_LIMITS.ms};
for (let pass = 0; pass < ${SWEEP_LIMITS.passes} && Date.now() < end; pass++) {
  let pids;
  try { pids = fs.readdirSync('/proc').filter((d) => /^[0-9]+$/.test(d)).map(Number).sort((a, b) => b - a); } catch { break; }
  const found = [];
  for (const pid of pids) {
    if (pid === process.pid) continue;
    let env;
    try { env = '\\0' + fs.readFileSync('/proc/' + pid + '/environ', 'latin1'); } catch { continue; }
    if (!env.includes(want)) continue;
    try { process.kill(pid, 'SIGSTOP'); found.push(pid); } catch {}
  }
  let fresh = 0;
  for (const pid of found) {
    if (!killed.has(pid)) fresh++;
    killed.add(pid);
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  if (fresh === 0) break;
}
`;
var groupLog;
function recordGroup(line) {
  if (groupLog === void 0) {
    groupLog = null;
    let dir;
    try {
      dir = mkdtempSync(join(tmpdir(), "evalgate-groups-"));
      const file = join(dir, "groups");
      const fd = openSync(file, "a", 384);
      const watchdog = spawn("/bin/sh", ["-c", WATCHDOG_SCRIPT, "evalgate-watchdog", PROCESS_TAG_VAR, RUN_TOKEN, file, process.execPath, WATCHDOG_SWEEP], {
        detached: true,
        stdio: ["pipe", "ignore", "ignore"],
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin" }
      });
      watchdog.on("error", () => {
      });
      watchdog.stdin.on("error", () => {
      });
      watchdog.unref();
      watchdog.stdin.unref?.();
      groupLog = { dir, fd, watchdog };
    } catch {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (groupLog) {
    try {
      writeSync(groupLog.fd, line + "\n");
    } catch {
    }
  }
}
function killGroup(pid, signal) {
  if (pid === void 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
  }
}
function isPrivateVariable(name) {
  return name === "EVALGATE_HOLDOUT_KEY" || name.startsWith("INPUT_") || /^ACTIONS_(RUNTIME_TOKEN|ID_TOKEN_REQUEST_TOKEN|ID_TOKEN_REQUEST_URL|RUNTIME_URL|CACHE_URL|RESULTS_URL)$/.test(name);
}
function buildEnv(extra, base = process.env) {
  const env = {};
  for (const [k, v] of Object.entries(base)) if (v !== void 0 && !isPrivateVariable(k)) env[k] = v;
  return Object.assign(env, extra);
}
function elapsed(start) {
  return Math.round(performance.now() - start);
}
var NOT_EXECABLE = new Set(
  ". : ! { } [[ break continue eval exec exit export readonly return set shift times trap unset cd alias unalias umask ulimit wait read getopts command type hash jobs fg bg local source if then else elif fi for while until do done case esac function time".split(" ")
);
function buildShellCommand(command) {
  if (/[;&|()\n\r]/.test(command)) return command;
  const first = /^\s*(\S+)/.exec(command)?.[1];
  if (first === void 0 || first.includes("=") || NOT_EXECABLE.has(first.replace(/["']/g, ""))) return command;
  return `exec ${command.trimStart()}`;
}
function startGroup(command, cwd, env) {
  return spawn(buildShellCommand(command), { cwd, env, shell: true, detached: true, stdio: ["pipe", "pipe", "pipe"] });
}
function spawnFailure(command, cwd, err) {
  const msg = err instanceof Error ? err.message : String(err);
  const code = err?.code;
  const hint = code === "ENOENT" ? ` (does the directory ${JSON.stringify(cwd)} exist, and is /bin/sh available?)` : "";
  return `could not start harness command ${JSON.stringify(command)} in ${cwd}: ${msg}${hint}`;
}
function runOnce(command, stdin, o, active) {
  return new Promise((resolve) => {
    const start = performance.now();
    const stderr = new TailBuffer(STDERR_TAIL_BYTES + STDERR_MARGIN_BYTES);
    const out = [];
    let outBytes = 0;
    let settled = false;
    let timedOut = false;
    let failure = null;
    let exitCode = null;
    let exitSignal = null;
    let pipesClosed = false;
    const timers = [];
    let child;
    const finish = () => {
      if (settled) return;
      settled = true;
      if (child?.pid !== void 0 && (timedOut || failure !== null || !pipesClosed)) {
        const result = settle();
        void sweepTaggedProcesses(o.tag).finally(() => resolve(result));
        return;
      }
      resolve(settle());
    };
    const settle = () => {
      for (const t of timers) clearTimeout(t);
      untrackGroup(child?.pid);
      active?.delete(abort);
      child?.stdout?.destroy();
      child?.stderr?.destroy();
      const wall_ms = elapsed(start);
      const stderr_tail = stderr.text();
      if (timedOut) return { kind: "timeout", stderr_tail, wall_ms };
      if (failure !== null) return { kind: "error", reason: failure, stderr_tail, wall_ms };
      const buf = Buffer.concat(out, outBytes);
      const stdout = decodeUtf8(buf);
      if (stdout === null) return { kind: "error", reason: invalidUtf8Reason("stdout", buf), stderr_tail, wall_ms };
      return { kind: "output", stdout, stderr_tail, wall_ms, exit_code: exitCode, signal: exitSignal };
    };
    const killAndFinish = (signal, wait) => {
      killGroup(child.pid, signal);
      timers.push(setTimeout(finish, wait));
    };
    const abort = (reason) => {
      if (settled || failure !== null || timedOut) return;
      failure = reason;
      killAndFinish("SIGKILL", CLOSE_LINGER_MS);
    };
    try {
      child = startGroup(command, o.cwd, { ...o.env, [PROCESS_TAG_VAR]: o.tag });
    } catch (err) {
      failure = spawnFailure(command, o.cwd, err);
      return finish();
    }
    if (child.pid !== void 0) trackGroup(child.pid);
    active?.add(abort);
    child.on("error", (err) => {
      if (child.pid === void 0 && failure === null) {
        failure = spawnFailure(command, o.cwd, err);
        finish();
      }
    });
    child.stdout.on("data", (chunk) => {
      if (settled || failure !== null) return;
      outBytes += chunk.length;
      if (outBytes > o.maxOutputBytes) {
        out.length = 0;
        failure = `stdout exceeded ${o.maxOutputBytes} bytes (harness.max_output_bytes); write only the trace JSON to stdout and logs to stderr`;
        killAndFinish("SIGKILL", CLOSE_LINGER_MS);
        return;
      }
      out.push(chunk);
    });
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.stdin.on("error", () => {
    });
    child.stdin.end(stdin);
    child.on("exit", (code, signal) => {
      exitCode = code;
      exitSignal = signal;
      killGroup(child.pid, "SIGKILL");
      timers.push(setTimeout(finish, CLOSE_LINGER_MS));
    });
    child.on("close", () => {
      pipesClosed = true;
      finish();
    });
    timers.push(
      setTimeout(() => {
        if (settled || failure !== null) return;
        timedOut = true;
        killGroup(child.pid, "SIGTERM");
        timers.push(setTimeout(() => killAndFinish("SIGKILL", CLOSE_LINGER_MS), o.killGraceMs));
      }, o.timeoutMs)
    );
  });
}
function trialEnv(shared, req) {
  return {
    ...shared,
    EVALGATE_CASE_ID: req.caseId,
    EVALGATE_TRIAL: String(req.trial),
    EVALGATE_FIXTURES: req.fixtures ?? "",
    EVALGATE_SUITE: req.suite
  };
}
function spawnExecHarness(opts) {
  const killGraceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const active = /* @__PURE__ */ new Set();
  const harnessTag = newTag();
  const sharedEnv = buildEnv(opts.env, opts.baseEnv);
  let closed = false;
  return {
    run(req) {
      if (closed) return Promise.resolve({ kind: "error", reason: "harness was closed before the trial started", stderr_tail: "", wall_ms: 0 });
      const stdin = JSON.stringify(req.input ?? null);
      const tag = newTag(harnessTag);
      return runOnce(opts.command, stdin, { cwd: opts.cwd, env: trialEnv(sharedEnv, req), tag, timeoutMs: req.timeoutMs, maxOutputBytes: opts.maxOutputBytes, killGraceMs }, active);
    },
    async close() {
      closed = true;
      for (const abort of [...active]) abort("harness was closed while the trial was running");
      await sweepTaggedProcesses(harnessTag, { prefix: true });
    }
  };
}
async function spawnCommandEvaluator(run, stdinJson, opts) {
  const extra = { ...opts.env };
  let dir;
  if (opts.trial) {
    dir = await mkdtemp(join(tmpdir(), "evalgate-eval-"));
    const inputFile = join(dir, "input.json");
    await writeFile(inputFile, JSON.stringify(opts.trial.input ?? null));
    Object.assign(extra, {
      EVALGATE_CASE_ID: opts.trial.caseId,
      EVALGATE_TRIAL: String(opts.trial.trial),
      EVALGATE_SUITE: opts.trial.suite,
      EVALGATE_INPUT_FILE: inputFile
    });
  }
  let raw;
  try {
    raw = await runOnce(run, stdinJson, {
      cwd: opts.cwd,
      env: buildEnv(extra, opts.baseEnv),
      tag: newTag(),
      timeoutMs: opts.timeoutMs,
      maxOutputBytes: opts.maxOutputBytes,
      killGraceMs: opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS
    });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
  const where = `command check ${JSON.stringify(run)}`;
  const red = opts.redact ?? ((t) => t);
  const stderr = red(raw.stderr_tail);
  const tail = (s) => s.trim() ? `; stderr: ${cutTail(s.trim(), 500)}` : "";
  if (raw.kind === "timeout") return { error: `${where} timed out after ${opts.timeoutMs} ms${tail(stderr)}` };
  if (raw.kind === "error") return { error: `${where}: ${red(raw.reason)}${tail(stderr)}` };
  const result = parseEvaluatorOutput(where, raw.stdout, raw.exit_code, raw.signal, stderr);
  if (!("error" in result)) return { ...result, reason: red(result.reason) };
  const shown = red(raw.stdout);
  if (shown === raw.stdout) return result;
  const again = parseEvaluatorOutput(where, shown, raw.exit_code, raw.signal, stderr);
  return "error" in again ? again : { error: red(result.error) };
}
var EXPECTED_VERDICT = 'expected the last stdout line to be {"pass": true|false, "score": 0..1 (optional), "reason": "..."}';
function parseEvaluatorOutput(where, stdout, code, signal, stderrTail) {
  const lines = stdout.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const last = lines[lines.length - 1];
  const status = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const stderrNote = stderrTail.trim() ? `; stderr: ${cutTail(stderrTail.trim(), 500)}` : "";
  if (last === void 0) return { error: `${where} ${status} and printed nothing on stdout; ${EXPECTED_VERDICT}${stderrNote}` };
  let v;
  try {
    v = JSON.parse(last);
  } catch {
    return { error: `${where} ${status}; its last stdout line ${JSON.stringify(cutHead(last, 200))} is not JSON; ${EXPECTED_VERDICT}${stderrNote}` };
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) {
    return { error: `${where}: last stdout line ${JSON.stringify(cutHead(last, 200))} is not a JSON object; ${EXPECTED_VERDICT}` };
  }
  const o = v;
  if (typeof o.pass !== "boolean") return { error: `${where}: "pass" is ${JSON.stringify(o.pass) ?? "missing"}, expected true or false; ${EXPECTED_VERDICT}` };
  if (o.score !== void 0 && (typeof o.score !== "number" || !(o.score >= 0 && o.score <= 1))) {
    return { error: `${where}: "score" is ${JSON.stringify(o.score)}, expected a number from 0 to 1` };
  }
  if (o.reason !== void 0 && typeof o.reason !== "string") {
    return { error: `${where}: "reason" is ${JSON.stringify(o.reason)}, expected a string` };
  }
  if (signal || o.pass && code !== 0) {
    return { error: `${where} printed {"pass": ${o.pass}} but ${status}; a verdict counts only from an evaluator that exits normally (0, or non-zero with "pass": false)${stderrNote}` };
  }
  const result = { pass: o.pass, reason: o.reason ?? "" };
  if (typeof o.score === "number") result.score = o.score;
  return result;
}
var ID_RE = /"id"\s*:\s*"([^"\\]{1,100})"/g;
function lineHasId(line, id) {
  if (!line.includes(id)) return false;
  for (const m of line.matchAll(ID_RE)) if (m[1] === id) return true;
  return false;
}
function classifyStrayReply(line, expectedId, sentIds) {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{")) return null;
  let v;
  try {
    v = JSON.parse(trimmed);
  } catch {
    return null;
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
  const o = v;
  const expected = `expected "id": ${JSON.stringify(expectedId)} (the id of the request in flight, one reply per request)`;
  if ("id" in o) {
    const shown = JSON.stringify(o.id)?.slice(0, 120) ?? String(o.id);
    if (typeof o.id === "string" && sentIds.has(o.id)) return `reply carries the stale id ${shown} of an earlier request; ${expected}`;
    return `reply carries the unknown id ${shown}; ${expected}`;
  }
  if ("output" in o || "steps" in o || "resourceSpans" in o) return `reply has no "id"; ${expected}`;
  return null;
}
var EXEC_HINT = "if the harness reads one input and prints one trace, set harness.protocol: exec";
var JSONL_EOF_PROBE_MS = 1e3;
function strayNote(stray) {
  if (stray.count === 0) return "";
  return ` (it printed ${stray.count} stdout line${stray.count === 1 ? "" : "s"} that ${stray.count === 1 ? "is" : "are"} not a reply: see its stderr, "[evalgate: ignored stdout line] ...")`;
}
function spawnJsonlHarness(opts) {
  if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new RangeError(`jsonl workers must be an integer >= 1, got ${opts.workers}`);
  const killGraceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  const probeMs = Math.min(JSONL_EOF_PROBE_MS, killGraceMs);
  let notJsonl = null;
  const env = buildEnv({ ...opts.env, EVALGATE_PROTOCOL: "jsonl" }, opts.baseEnv);
  const harnessTag = newTag();
  const pool = /* @__PURE__ */ new Set();
  const dying = /* @__PURE__ */ new Set();
  const queue = [];
  let closed = false;
  const settle = (w, r) => {
    const cur = w.current;
    if (!cur) return;
    clearTimeout(cur.timer);
    w.current = null;
    cur.resolve(r);
  };
  const retire = (w, signal) => {
    if (w.retired) return;
    w.retired = true;
    pool.delete(w);
    dying.add(w);
    killGroup(w.child.pid, signal);
    if (signal !== "SIGKILL") {
      const t = setTimeout(() => killGroup(w.child.pid, "SIGKILL"), killGraceMs);
      w.child.once("exit", () => clearTimeout(t));
    }
    dispatch();
  };
  const onExit = (w, code, signal) => {
    killGroup(w.child.pid, "SIGKILL");
    void sweepTaggedProcesses(w.tag);
    const cur = w.current;
    if (cur && w.probe) {
      settle(w, { kind: "timeout", stderr_tail: w.stderr.text(), wall_ms: w.probe.wallMs });
    } else if (cur && w.answered === 0) {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      settle(w, {
        kind: "error",
        reason: `harness.protocol is jsonl but the harness ${how} after 1 request line without replying${strayNote(w.stray)}; a jsonl harness answers each request line with a trace line carrying its "id": ${EXEC_HINT}`,
        stderr_tail: w.stderr.text(),
        wall_ms: elapsed(cur.start)
      });
    } else if (cur) {
      settle(w, {
        kind: "error",
        reason: `jsonl worker exited with code ${code} (signal ${signal}) while running case ${cur.req.caseId} trial ${cur.req.trial}`,
        stderr_tail: w.stderr.text(),
        wall_ms: elapsed(cur.start)
      });
    }
    untrackGroup(w.child.pid);
    dying.delete(w);
    if (!w.retired) {
      w.retired = true;
      pool.delete(w);
    }
    dispatch();
  };
  const onLine = (w, buf) => {
    const cur = w.current;
    const text = decodeUtf8(buf);
    if (cur && lineHasId(text ?? buf.toString("latin1"), cur.id)) {
      if (w.probe) {
        settle(w, { kind: "timeout", stderr_tail: w.stderr.text(), wall_ms: w.probe.wallMs });
        retire(w, "SIGTERM");
        return;
      }
      w.sentIds.add(cur.id);
      w.answered++;
      const wall_ms = elapsed(cur.start);
      const stderr_tail = w.stderr.text();
      if (text === null) settle(w, { kind: "error", reason: invalidUtf8Reason("stdout line", buf), stderr_tail, wall_ms });
      else settle(w, { kind: "output", stdout: text, stderr_tail, wall_ms, exit_code: null, signal: null });
      dispatch();
      return;
    }
    const violation = cur && text !== null ? classifyStrayReply(text, cur.id, w.sentIds) : null;
    if (cur && violation) {
      const execLike = w.answered === 0 && violation.startsWith('reply has no "id"');
      let reason = `jsonl protocol violation: ${violation}`;
      const stderr_tail = w.stderr.text();
      if (execLike && w.probe) {
        reason = `harness.protocol is jsonl but the harness answered no request within its timeout (${cur.req.timeoutMs} ms) and printed a trace without "id" once its stdin was closed: it reads its input to the end, as an exec harness does; set harness.protocol: exec`;
        notJsonl = { reason, stderr_tail };
      } else if (execLike) {
        reason += `; harness.protocol is jsonl, and a first reply without "id" is what an exec harness prints: ${EXEC_HINT}`;
      }
      settle(w, { kind: "error", reason, stderr_tail, wall_ms: w.probe ? w.probe.wallMs : elapsed(cur.start) });
      retire(w, "SIGKILL");
      return;
    }
    if (buf.length > 0) {
      const shown = buf.subarray(0, 500).toString("utf8");
      w.stray.count++;
      w.stderr.push(Buffer.from(`[evalgate: ignored stdout line] ${shown}
`));
    }
  };
  const onData = (w, chunk) => {
    if (w.retired) return;
    let from = 0;
    for (; ; ) {
      const nl = chunk.indexOf(10, from);
      const piece = chunk.subarray(from, nl === -1 ? chunk.length : nl);
      w.partialBytes += piece.length;
      if (w.partialBytes > opts.maxOutputBytes) {
        const cur = w.current;
        if (cur) {
          settle(w, {
            kind: "error",
            reason: `stdout exceeded ${opts.maxOutputBytes} bytes (harness.max_output_bytes) on one line; write each trace as a single line and logs to stderr`,
            stderr_tail: w.stderr.text(),
            wall_ms: elapsed(cur.start)
          });
        }
        w.partial = [];
        w.partialBytes = 0;
        retire(w, "SIGKILL");
        return;
      }
      if (piece.length) w.partial.push(piece);
      if (nl === -1) return;
      const line = Buffer.concat(w.partial, w.partialBytes);
      w.partial = [];
      w.partialBytes = 0;
      onLine(w, line[line.length - 1] === 13 ? line.subarray(0, -1) : line);
      if (w.retired) return;
      from = nl + 1;
    }
  };
  const startWorker = () => {
    let child;
    const tag = newTag(harnessTag);
    try {
      child = startGroup(opts.command, opts.cwd, { ...env, [PROCESS_TAG_VAR]: tag });
    } catch (err) {
      const reason = spawnFailure(opts.command, opts.cwd, err);
      const p = queue.shift();
      p?.resolve({ kind: "error", reason, stderr_tail: "", wall_ms: 0 });
      return null;
    }
    const w = {
      child,
      tag,
      stderr: new TailBuffer(STDERR_TAIL_BYTES + STDERR_MARGIN_BYTES),
      current: null,
      partial: [],
      partialBytes: 0,
      retired: false,
      sentIds: /* @__PURE__ */ new Set(),
      answered: 0,
      stray: { count: 0 },
      probe: null
    };
    if (child.pid !== void 0) trackGroup(child.pid);
    child.on("error", (err) => {
      if (child.pid !== void 0) return;
      const cur = w.current;
      if (cur) settle(w, { kind: "error", reason: spawnFailure(opts.command, opts.cwd, err), stderr_tail: "", wall_ms: elapsed(cur.start) });
      w.retired = true;
      pool.delete(w);
      dispatch();
    });
    child.stdin.on("error", () => {
    });
    child.stdout.on("data", (c) => onData(w, c));
    child.stderr.on("data", (c) => w.stderr.push(c));
    child.on("exit", (code, signal) => {
      const t = setTimeout(() => onExit(w, code, signal), CLOSE_LINGER_MS);
      child.once("close", () => {
        clearTimeout(t);
        onExit(w, code, signal);
      });
    });
    pool.add(w);
    return w;
  };
  const assign = (w, p) => {
    w.stderr.clear();
    const timer = setTimeout(() => {
      if (w.current?.id !== p.id) return;
      const wallMs = elapsed(cur.start);
      if (w.answered === 0 && probeMs > 0) {
        w.probe = { wallMs };
        w.child.stdin.end();
        cur.timer = setTimeout(() => {
          if (w.current !== cur) return;
          settle(w, { kind: "timeout", stderr_tail: w.stderr.text(), wall_ms: wallMs });
          retire(w, "SIGTERM");
        }, probeMs);
        return;
      }
      settle(w, { kind: "timeout", stderr_tail: w.stderr.text(), wall_ms: wallMs });
      retire(w, "SIGTERM");
    }, p.req.timeoutMs);
    const cur = { ...p, start: performance.now(), timer };
    if (w.sentIds.size >= 1e3) w.sentIds.delete(w.sentIds.values().next().value);
    w.current = cur;
    w.child.stdin.write(p.line);
  };
  function dispatch() {
    if (notJsonl !== null) {
      for (const p of queue.splice(0)) p.resolve({ kind: "error", reason: `${notJsonl.reason} (not sent: an earlier request showed it)`, stderr_tail: notJsonl.stderr_tail, wall_ms: 0 });
      return;
    }
    while (queue.length > 0 && !closed) {
      let idle = null;
      for (const w of pool) if (!w.current && !w.retired) {
        idle = w;
        break;
      }
      if (!idle && pool.size < opts.workers) idle = startWorker();
      if (!idle) {
        if (pool.size < opts.workers) continue;
        return;
      }
      assign(idle, queue.shift());
    }
  }
  return {
    run(req) {
      if (closed) return Promise.resolve({ kind: "error", reason: "harness was closed before the trial started", stderr_tail: "", wall_ms: 0 });
      return new Promise((resolve) => {
        const id = randomUUID();
        const line = JSON.stringify({ id, case: req.caseId, trial: req.trial, suite: req.suite, input: req.input ?? null, fixtures: req.fixtures ?? "" }) + "\n";
        queue.push({ id, req, line, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.resolve({ kind: "error", reason: "harness was closed before the trial started", stderr_tail: "", wall_ms: 0 });
      const all = [...pool, ...dying];
      for (const w of all) {
        if (w.current) settle(w, { kind: "error", reason: "harness was closed while the trial was running", stderr_tail: w.stderr.text(), wall_ms: elapsed(w.current.start) });
        w.child.stdin?.end();
      }
      await Promise.all(
        all.map(
          (w) => new Promise((done) => {
            if (w.child.exitCode !== null || w.child.signalCode !== null || w.child.pid === void 0) return done();
            const t = setTimeout(() => {
              killGroup(w.child.pid, "SIGKILL");
              done();
            }, Math.min(killGraceMs, 1e3));
            w.child.once("exit", () => {
              clearTimeout(t);
              killGroup(w.child.pid, "SIGKILL");
              done();
            });
          })
        )
      );
      for (const w of all) {
        w.child.stdout?.destroy();
        w.child.stderr?.destroy();
        untrackGroup(w.child.pid);
      }
      await sweepTaggedProcesses(harnessTag, { prefix: true });
      pool.clear();
      dying.clear();
    }
  };
}

// src/adapters/check-pool.ts
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var CHECK_DEADLINE_MS = 5e3;
var CHECK_MEMORY_MB = 512;
var SPILL_MS = 50;
var WORKER_START_MS = 3e4;
function findCheckWorker() {
  for (const rel of ["./check-worker.js", "../check-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol !== "file:") continue;
    const file = fileURLToPath(url);
    if (existsSync(file)) return file;
  }
  return null;
}
function describeCheck(c, index) {
  const check = index >= 0 ? c.checks[index] : void 0;
  return check ? `${check.type} check (checks[${index}])` : "this trial's checks";
}
function startCheckWorker(opts = {}) {
  const script = opts.script === void 0 ? findCheckWorker() : opts.script;
  if (script === null) return null;
  const deadlineMs = opts.deadlineMs ?? CHECK_DEADLINE_MS;
  const memoryMb = opts.memoryMb ?? CHECK_MEMORY_MB;
  const size = Math.max(1, Math.floor(opts.workers ?? 1));
  const seconds = `${Math.round(deadlineMs / 100) / 10} s`;
  const slots = [];
  const queue = [];
  let nextId = 1;
  let closed = false;
  const unchecked = (p, why) => uncheckedTrial(p.c, p.job.trial, p.run, p.job.retries, why, p.redact);
  const runningIndex = (slot, p) => Atomics.load(slot.progress, 0) === p.job.id ? Atomics.load(slot.progress, 1) - 1 : -1;
  const finish = (slot, p, record) => {
    if (slot.current !== p) return;
    clearTimeout(p.timer);
    slot.current = null;
    p.resolve(record);
    pump();
  };
  const drop = (slot, w) => {
    if (slot.worker === w) slot.worker = null;
    void w.terminate().catch(() => {
    });
  };
  const spawnWorker = (slot) => {
    const shared = new SharedArrayBuffer(8);
    slot.progress = new Int32Array(shared);
    slot.ready = false;
    slot.armOnReady = null;
    const w = new Worker(script, { workerData: { progress: shared }, resourceLimits: { maxOldGenerationSizeMb: memoryMb, stackSizeMb: 4 } });
    w.unref();
    w.on("message", (m) => {
      if ("ready" in m) {
        if (slot.worker !== w) return;
        slot.ready = true;
        const arm = slot.armOnReady;
        slot.armOnReady = null;
        arm?.();
        return;
      }
      const p = slot.current;
      if (!p || m.id !== p.job.id) return;
      if ("record" in m) finish(slot, p, m.record);
      else finish(slot, p, unchecked(p, `${describeCheck(p.c, m.index)} could not be evaluated: ${m.crash}`));
    });
    w.on("error", (err) => {
      drop(slot, w);
      const p = slot.current;
      if (!p) return;
      const index = runningIndex(slot, p);
      const why = err.code === "ERR_WORKER_OUT_OF_MEMORY" ? `${describeCheck(p.c, index)} needed more than ${memoryMb} MiB on this trial's output and was stopped` : `${describeCheck(p.c, index)} could not be evaluated: the check worker failed (${err.message})`;
      finish(slot, p, unchecked(p, why));
    });
    w.on("exit", (code) => {
      if (slot.worker !== w) return;
      slot.worker = null;
      const p = slot.current;
      if (p) finish(slot, p, unchecked(p, `${describeCheck(p.c, runningIndex(slot, p))} could not be evaluated: the check worker exited (code ${code})`));
    });
    return w;
  };
  const newSlot = () => {
    const slot = { worker: null, ready: false, armOnReady: null, progress: new Int32Array(new SharedArrayBuffer(8)), current: null };
    slots.push(slot);
    return slot;
  };
  const start = (slot, p) => {
    slot.current = p;
    let w;
    try {
      w = slot.worker ??= spawnWorker(slot);
      w.postMessage(p.job);
    } catch {
      slot.current = null;
      p.resolve(evaluateTrial(p.c, p.job.trial, p.run, new Map(p.job.verdicts), p.job.retries, p.redact));
      return;
    }
    const arm = () => {
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
      p.timer = setTimeout(() => {
        drop(slot, w);
        finish(slot, p, unchecked(p, `${describeCheck(p.c, -1)} could not be evaluated: the check worker did not start within ${WORKER_START_MS / 1e3} s`));
      }, WORKER_START_MS);
    }
  };
  let spill = null;
  function pump() {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.current === null);
      if (slot === void 0) break;
      start(slot, queue.shift());
    }
    if (queue.length > 0 && slots.length < size && spill === null) {
      spill = setTimeout(() => {
        spill = null;
        if (queue.length > 0 && slots.length < size && !closed) start(newSlot(), queue.shift());
        pump();
      }, SPILL_MS);
    }
  }
  const first = newSlot();
  first.worker = spawnWorker(first);
  return {
    evaluate(c, trial, run, verdicts, retries, redact) {
      if (closed) return Promise.resolve(evaluateTrial(c, trial, run, verdicts, retries, redact));
      return new Promise((resolve) => {
        const job = { id: nextId++, c: { checks: c.checks, holdout: c.holdout, timeout_ms: c.timeout_ms }, trial, run, verdicts: [...verdicts], retries, redact: redact ? redact.spec : null };
        queue.push({ job, c, run, redact, resolve });
        pump();
      });
    },
    async close() {
      closed = true;
      if (spill !== null) clearTimeout(spill);
      for (const p of queue.splice(0)) p.resolve(unchecked(p, `${describeCheck(p.c, -1)} were not evaluated: the run was closing`));
      await Promise.all(
        slots.map(async (slot) => {
          const w = slot.worker;
          slot.worker = null;
          const p = slot.current;
          if (p) finish(slot, p, unchecked(p, `${describeCheck(p.c, runningIndex(slot, p))} could not be evaluated: the run was closing`));
          if (w) await w.terminate().catch(() => {
          });
        })
      );
    }
  };
}

// src/outcome/unseen-tools.ts
function checkTools(c) {
  const out = [];
  c.checks.forEach((check, index) => {
    if (check.type === "trajectory") for (const tool of check.tools) out.push({ index, type: check.type, tool });
    else if (check.type === "tool_not_called" || check.type === "tool_args" || check.type === "side_effects") out.push({ index, type: check.type, tool: check.tool });
  });
  return out;
}
function checkUnseenTools(cases, seen, limit = 20) {
  const out = [];
  let more = 0;
  for (const c of cases) {
    if (c.holdout) continue;
    for (const { index, type, tool } of checkTools(c)) {
      if (seen.has(tool)) continue;
      if (out.length >= limit) {
        more++;
        continue;
      }
      const near = closest(tool, [...seen]);
      const effect = type === "tool_not_called" ? "this guard cannot fail" : "this check can only fail";
      out.push(`warning: case ${c.id}, check ${index + 1} (${type}) names tool "${tool}", which no trace of this run called${near ? ` (did you mean "${near}"?)` : ""}: ${effect} while the name is wrong; check its spelling against the harness's tool names`);
    }
  }
  if (more > 0) out.push(`warning: ${more} more check tool name(s) that no trace of this run called`);
  return out;
}

// src/engine/paths.ts
import { isAbsolute, relative, sep } from "node:path";
function displayPath(root, abs) {
  const rel = relative(root, abs);
  if (rel === "") return ".";
  if (!rel.startsWith("..") && !isAbsolute(rel)) return rel.split(sep).join("/");
  return `\u2026/${abs.split(sep).filter(Boolean).pop() ?? ""}`;
}
async function readHarnessScope(root, config, configPath) {
  const sources = await readHarnessSources(root, config.harness.command);
  const declared = buildHarnessScope(config, configPath);
  const gaps = checkScopeGaps(declared, sources.files);
  return { scope: buildHarnessScope(config, configPath, sources.files.map((f) => f.file)), gaps, truncated: sources.truncated };
}
function checkHarnessTouched(changed, scope) {
  const inScope = createScopeMatcher(scope);
  const matched = changed.filter((f) => inScope(f));
  return { touched: matched.length > 0, matched };
}
function decideSkip(changed, read) {
  const touch = checkHarnessTouched(changed, read.scope);
  if (touch.touched) {
    const shown = touch.matched.slice(0, 5).join(", ") + (touch.matched.length > 5 ? `, \u2026 (${touch.matched.length} files)` : "");
    return { skip: false, why: `the change touches the harness (${shown})` };
  }
  if (read.truncated !== null) return { skip: false, why: `not skipped: the harness's imports could not all be read (${read.truncated})` };
  const what = changed.length === 0 ? "no file" : `only ${changed.slice(0, 5).join(", ")}${changed.length > 5 ? `, \u2026 (${changed.length} files)` : ""}`;
  return { skip: true, why: `skipped: this change touches ${what}, none of it the harness (${renderScope(read.scope)}), the cases, fixtures or config` };
}
function renderScopeGaps(gaps, configPath) {
  return gaps.map(
    (g) => `${configPath}: harness.paths/harness.ignore leave out ${g.file}, which ${g.from ? `${g.from.file}:${g.from.line} imports` : "harness.command runs"}; evalgate counts it as harness anyway (a change to it gates, and is a new fingerprint), but fix the config: add it to harness.paths, or remove harness.paths (the whole repository)`
  );
}
function renderScopeWarnings(read, config, configPath) {
  const out = renderScopeGaps(read.gaps, configPath);
  const scripts = read.scope.reached.length;
  if (config.harness.paths.length > 0 && scripts === 0) {
    out.push(
      `${configPath}: harness.paths is [${config.harness.paths.join(", ")}] but harness.command (${config.harness.command}) names no script in the repository that evalgate can follow, so nothing checks that these paths hold the agent's code: a pull request changing only files outside them skips the gate and a baseline pools trials of the old agent. Remove harness.paths (the whole repository counts) and list what cannot affect the agent in harness.ignore instead`
    );
  }
  if (read.truncated !== null) out.push(`${configPath}: the harness command's imports could not all be followed (${read.truncated}); pull requests are never skipped while that holds`);
  return out;
}

// src/engine/run.ts
import { createHash } from "node:crypto";
function spawnHarness(config, cwd, baseEnv) {
  const opts = { command: config.harness.command, cwd, env: config.harness.env, maxOutputBytes: config.harness.max_output_bytes, baseEnv };
  return config.harness.protocol === "jsonl" ? spawnJsonlHarness({ ...opts, workers: config.concurrency }) : spawnExecHarness(opts);
}
function commandRunner(config, cwd, baseEnv, redact) {
  return (run, traceJson, timeoutMs, trial) => spawnCommandEvaluator(run, traceJson, { cwd, env: config.harness.env, timeoutMs, maxOutputBytes: config.harness.max_output_bytes, baseEnv, trial, redact });
}
async function readHarnessId(config, tree) {
  const { id } = await tree;
  return id === null ? void 0 : createHash("sha256").update(computeConfigHash(config)).update("\0").update(id).digest("hex");
}
async function readHarnessState(git) {
  try {
    return await git.readTreeState("HEAD");
  } catch {
    return null;
  }
}
async function readHarnessTree(git, scope, state = readHarnessState(git)) {
  const [s, sc] = await Promise.all([state, scope]);
  if (s === null) return { id: null, changed: [], ignored: [], noGit: true };
  return { ...checkTreeIdentity(s, createScopeMatcher(sc), () => createHash("sha256"), sc.reached), noGit: false };
}
async function readHarnessIdentity(git, root, config, configPath, state = readHarnessState(git)) {
  const read = await readHarnessScope(root, config, configPath);
  const tree = await readHarnessTree(git, read.scope, state);
  return { read, tree, harnessId: await readHarnessId(config, Promise.resolve(tree)) };
}
function describeUnclaimed(tree) {
  if (tree.id !== null) return null;
  if (tree.noGit) return "no harness fingerprint: not a git repository (nothing is pooled)";
  const parts = [];
  if (tree.changed.length > 0) parts.push(`uncommitted changes to ${tree.changed.join(", ")}`);
  if (tree.ignored.length > 0) parts.push(`gitignored files in the harness scope (${tree.ignored.join(", ")}; declare generated or inert ones in harness.ignore)`);
  return `no harness fingerprint claimed, so no trial is pooled: ${parts.join("; ")}`;
}
function resultIdOf(c, holdoutKey) {
  return c.holdout && holdoutKey ? opaqueCaseId(c.id, holdoutKey) : c.id;
}
function assemble(cases, records, meta, env, notices) {
  const caseResults = cases.map((c) => buildCaseResult(c, records.get(recordKey(c)) ?? [], { holdoutKey: env.holdoutKey ?? void 0, harnessId: env.harnessId }));
  return buildResults({
    suite: meta.suite,
    commit: meta.commit,
    ref: meta.ref,
    createdAt: meta.createdAt,
    harness: { command: env.config.harness.command, config_hash: computeConfigHash(env.config), ...env.uncommitted?.length ? { uncommitted: env.uncommitted } : {} },
    cases: caseResults,
    // Only when some trace ran: a run where every trial errored has nothing to compare names with.
    notices: env.seenTools && [...records.values()].some((rs) => rs.some((r) => r.outcome !== "error")) ? [...notices, ...checkUnseenTools(cases, env.seenTools)] : notices
  });
}
async function withHarness(env, suite, fn) {
  const harness = (env.createHarness ?? spawnHarness)(env.config, env.cwd, env.processEnv);
  const evaluator = env.createEvaluator ? env.createEvaluator() : startCheckWorker({ workers: env.config.concurrency });
  const deps = {
    evaluator,
    harness,
    runCommand: commandRunner(env.config, env.cwd, env.processEnv, env.redact),
    redact: env.redact,
    suite,
    retries: env.config.harness.retries,
    pricing: env.config.pricing,
    keepTrace: env.keepTrace,
    // Shared by every batch of this env (the gate's re-trials too), read by assemble.
    seenTools: env.seenTools ??= /* @__PURE__ */ new Set(),
    concurrency: env.config.concurrency,
    onProgress: env.onProgress
  };
  try {
    return await fn((jobs) => runTrialBatch(jobs, deps));
  } finally {
    await Promise.all([harness.close(), evaluator?.close()]);
  }
}
async function runSuite(cases, meta, env, notices = []) {
  return withHarness(env, meta.suite, async (run) => assemble(cases, await run(planTrials(cases)), meta, env, notices));
}

export {
  displayPath,
  readHarnessScope,
  decideSkip,
  renderScopeGaps,
  renderScopeWarnings,
  recordKey,
  planTrials,
  readHarnessId,
  readHarnessState,
  readHarnessIdentity,
  describeUnclaimed,
  resultIdOf,
  assemble,
  withHarness,
  runSuite
};
