// Resolved agent-failure issue -> eval case YAML (+ replay fixtures) that guards it (SPEC 8).
// Pure: the issue and comments come in as data, the case comes out as text. Everything in the
// issue is attacker-controlled: nothing is evaluated, sizes are capped, and no user text reaches
// a path without being reduced to [a-z0-9-].
import { INSTALLED_SCHEMAS } from '../case/validator.js';
import { dump } from 'js-yaml';
import { parseTrace } from '../trace/parse.js';
import type { Boundary, Check, FailureClass, Severity, Suite, Trace } from '../types.js';
import { FAILURE_CLASSES } from '../types.js';
import { extractJsonBlocks, parseIssueForm, unescapeInline, unfence, type ParsedIssueForm } from './issue-form.js';

/** An issue as the GitHub REST API returns it (only the fields scaffolding reads). */
export interface ScaffoldIssue {
  number: number;
  title: string;
  body: string | null;
  html_url?: string;
  labels: Array<string | { name?: string | null }>;
}

/** Options for scaffoldCase. */
export interface ScaffoldOptions {
  /** "owner/name" of the repository the case is written to; an issue elsewhere is guarded as "owner/repo#N". */
  repo?: string;
  /** `trials` written into the case (the config default). */
  defaultTrials: number;
}

/** A scaffolded case: where to write it, its YAML, its fixtures, and what a reviewer must look at. */
export interface ScaffoldResult {
  caseId: string;
  /** Repo-relative: evals/cases/<workflow>/<id>.yaml */
  path: string;
  yaml: string;
  /** Replay fixtures recorded from the trace (evals/fixtures/<id>.json), or null without a trace. */
  fixtures: { path: string; json: string } | null;
  warnings: string[];
}

/** Thrown when the issue cannot be scaffolded at all (not a user-fixable form problem). */
export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

/** Size caps for untrusted issue text. */
export const SCAFFOLD_LIMITS = {
  body: 256 * 1024,
  comment: 64 * 1024,
  comments: 50,
  title: 200,
  description: 2000,
  fixtures: 1024 * 1024,
  tools: 50,
} as const;

const MAX_ID = 60;
const SEVERITIES: readonly Severity[] = ['sev0', 'sev1', 'sev2', 'sev3'];
const BOUNDARIES: readonly Boundary[] = ['prompt', 'tool_contract', 'context_source', 'model_route', 'permission', 'downstream_api'];
/** A placeholder that no real reply contains: the scaffolded case fails until a reviewer replaces it. */
export const TODO_PATTERN = 'TODO: replace with a phrase the correct reply must contain';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Lowercase slug of [a-z0-9-] (accents folded, everything else a dash), at most `max` characters. */
export function slugify(text: string, max = MAX_ID): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max * 2)
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/** Case id from a failure name and the issue number: `<slug>-<number>`, [a-z0-9-]+, at most 60 characters. */
export function buildCaseId(name: string, issueNumber: number): string {
  const suffix = `-${issueNumber}`;
  const slug = slugify(name.replace(/^\s*\[agent[- ]failure\]\s*/i, ''), MAX_ID - suffix.length) || 'issue';
  return `${slug}${suffix}`;
}

function labelNames(labels: ScaffoldIssue['labels']): string[] {
  return (Array.isArray(labels) ? labels : [])
    .map((l) => (typeof l === 'string' ? l : isObj(l) && typeof l.name === 'string' ? l.name : ''))
    .filter((s) => s !== '')
    .map((s) => s.toLowerCase());
}

/** A one-line, control-free, capped version of user text (for titles and YAML comments). */
function oneLine(s: string, max: number): string {
  const flat = s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function pickEnum<T extends string>(text: string | null | undefined, values: readonly T[]): T | null {
  if (!text) return null;
  const lower = text.toLowerCase();
  // Whole-word match so "sev1 — major" or "`tool_error`" still parse; first listed value wins.
  for (const v of values) if (new RegExp(`(^|[^a-z0-9_])${v}($|[^a-z0-9_])`).test(lower)) return v;
  return null;
}

function fromLabels<T extends string>(labels: string[], values: readonly T[]): T | null {
  for (const l of labels) {
    const tail = l.replace(/^(severity|sev|class|failure[_-]class|boundary)[:/]\s*/, '');
    if ((values as readonly string[]).includes(tail)) return tail as T;
  }
  return null;
}

/** Tool names from the "Expected tool order" field: one per line or comma-separated, list markers and backticks removed. */
export function parseToolList(text: string | null | undefined): string[] {
  if (!text) return [];
  return unfence(text)
    .split(/[\n,]|->|→/)
    .map((t) => t.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/[`"']/g, '').trim())
    .filter((t) => t !== '' && t.length <= 200 && !/[\s\u0000-\u001f]/.test(t))
    .slice(0, SCAFFOLD_LIMITS.tools);
}

/** A quoted phrase in the expected behaviour and whether the reply must NOT contain it. */
export function findQuotedPhrase(text: string | null | undefined): { phrase: string; negate: boolean } | null {
  if (!text) return null;
  const re = /"([^"\n]{2,200})"|“([^”\n]{2,200})”|`([^`\n]{2,200})`|'([^'\n]{3,200})'/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phrase = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (phrase === '') continue;
    // Negated when the clause before the quote says so: "must not say", "never claim", "without".
    const before = text.slice(Math.max(0, m.index - 60), m.index).split(/[.;!?\n]/).pop() ?? '';
    const negate = /\b(not|never|no longer|without|avoid|nor)\b|n't\b/i.test(before);
    return { phrase, negate };
  }
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Evidence {
  trace: Trace | null;
  /** The `input` recorded next to the trace (`{"input": ..., "steps": ...}` or `{"input": ..., "trace": ...}`). */
  traceInput: unknown;
  /** First user message found in any JSON block. */
  userMessage: unknown;
}

function findEvidence(texts: Array<{ where: string; text: string }>, warnings: string[]): Evidence {
  const ev: Evidence = { trace: null, traceInput: undefined, userMessage: undefined };
  for (const { where, text } of texts) {
    for (const block of extractJsonBlocks(text)) {
      if (!block.ok) {
        warnings.push(`${where}: ${block.error}`);
        continue;
      }
      const v = block.value;
      if (!isObj(v)) continue;
      const candidate = isObj(v.trace) ? v.trace : v;
      if (ev.trace === null && (Array.isArray(candidate.steps) || Array.isArray(candidate.resourceSpans))) {
        const parsed = parseTrace(JSON.stringify(candidate), 0, `${where}, json block at line ${block.line}`);
        if (parsed.ok) {
          ev.trace = parsed.trace;
          if (v.input !== undefined) ev.traceInput = v.input;
          else if (candidate.input !== undefined) ev.traceInput = candidate.input;
        } else {
          warnings.push(`${parsed.reason}; trace ignored`);
        }
      }
      if (ev.userMessage === undefined) {
        const msgs = Array.isArray(v.messages) ? v.messages : isObj(v.input) && Array.isArray(v.input.messages) ? v.input.messages : null;
        const user = msgs?.find((m) => isObj(m) && m.role === 'user' && m.content !== undefined);
        if (user) ev.userMessage = { role: 'user', content: (user as Obj).content };
      }
    }
  }
  return ev;
}

function parseInputField(text: string | null | undefined, warnings: string[]): unknown {
  if (!text) return undefined;
  const raw = unfence(text);
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    if (/^[[{]/.test(raw)) warnings.push('the Input field looks like JSON but does not parse; used it as the text of one user message');
    return { messages: [{ role: 'user', content: raw.slice(0, 20000) }] };
  }
}

/** Replay fixtures in the demo harness format: tool name -> results in call order; errors as {"error": "..."}. */
export function buildFixtures(trace: Trace): Record<string, unknown[]> {
  // A null-prototype map: tool names such as "__proto__" come from the issue.
  const out: Record<string, unknown[]> = Object.create(null);
  for (const s of trace.steps) {
    if (s.type !== 'tool') continue;
    const entry = s.status === 'error' ? { error: String(s.error ?? 'error') } : (s.result ?? null);
    (out[s.name] ??= []).push(entry);
  }
  return out;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function parseGuards(issue: ScaffoldIssue, repo: string | undefined, warnings: string[]): number | string {
  const m = /^https:\/\/[^/\s]+\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/issues\/(\d+)$/.exec(issue.html_url ?? '');
  if (m && repo && `${m[1]}/${m[2]}`.toLowerCase() !== repo.toLowerCase()) {
    warnings.push(`issue is in ${m[1]}/${m[2]}, not ${repo}; the case guards "${m[1]}/${m[2]}#${issue.number}"`);
    return `${m[1]}/${m[2]}#${issue.number}`;
  }
  return issue.number;
}

/**
 * Builds an eval case from a resolved agent-failure issue: guards/workflow/severity/class/boundary
 * from the form, input and replay fixtures from the trace in the body or comments, and checks
 * derived from the failure class and the expected behaviour. Derivations:
 * - expected tool order -> `trajectory` (in_order);
 * - tool_error -> `no_tool_errors`;
 * - bad_decision -> `tool_not_called` for each tool the trace called that the expected order omits;
 * - cost_blowup -> `budget` with max_cost_usd / max_tokens = half of what the failing trace used
 *   (the failing run is the blow-up, so half of it is a ceiling a healthy run clears and the
 *   failure clearly breaks; reviewers should tighten it to ~1.2x a healthy run);
 * - timeout -> `budget.max_latency_ms` = half the failing trace's latency (else 30000);
 * - bad_output -> `output_match` on a phrase quoted in the expected behaviour ("must not" -> negate).
 * When nothing can be derived, a placeholder `output_match` that fails is written with a TODO, so
 * the case blocks until a reviewer writes a real check (fail closed, never a vacuous pass).
 */
export function scaffoldCase(issue: ScaffoldIssue, comments: Array<{ body: string | null }>, opts: ScaffoldOptions): ScaffoldResult {
  if (!Number.isSafeInteger(issue?.number) || issue.number < 1) {
    throw new ScaffoldError(`issue number ${JSON.stringify(issue?.number)} is not valid; expected a positive integer (the "number" field of the issue JSON)`);
  }
  const warnings: string[] = [];
  const todos: string[] = [];
  let body = typeof issue.body === 'string' ? issue.body : '';
  if (body.length > SCAFFOLD_LIMITS.body) {
    warnings.push(`issue body has ${body.length} characters; only the first ${SCAFFOLD_LIMITS.body} were read`);
    body = body.slice(0, SCAFFOLD_LIMITS.body);
  }
  const commentTexts = (Array.isArray(comments) ? comments : []).slice(0, SCAFFOLD_LIMITS.comments).map((c, i) => {
    const text = typeof c?.body === 'string' ? c.body : '';
    if (text.length > SCAFFOLD_LIMITS.comment) warnings.push(`comment ${i + 1} has ${text.length} characters; only the first ${SCAFFOLD_LIMITS.comment} were read`);
    return { where: `issue #${issue.number} comment ${i + 1}`, text: text.slice(0, SCAFFOLD_LIMITS.comment) };
  });
  if ((comments?.length ?? 0) > SCAFFOLD_LIMITS.comments) warnings.push(`issue has ${comments.length} comments; only the first ${SCAFFOLD_LIMITS.comments} were read`);

  const form: ParsedIssueForm = parseIssueForm(body);
  const f = form.fields;
  const labels = labelNames(issue.labels);
  const issueTitle = typeof issue.title === 'string' ? issue.title : '';

  const name = oneLine(unescapeInline(f.failure_name ?? '') || issueTitle.replace(/^\s*\[agent[- ]failure\]\s*/i, ''), SCAFFOLD_LIMITS.title) || `Issue ${issue.number}`;
  const caseId = buildCaseId(name, issue.number);

  let workflow = (f.workflow ?? '').trim().toLowerCase();
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(workflow)) {
    warnings.push(
      workflow === ''
        ? 'the Workflow field is empty; the case goes to evals/cases/general/'
        : `workflow ${JSON.stringify(oneLine(workflow, 60))} is not lowercase letters, digits and dashes (max 40); the case goes to evals/cases/general/`,
    );
    workflow = 'general';
  }

  let severity = pickEnum(f.severity, SEVERITIES) ?? fromLabels(labels, SEVERITIES);
  if (!severity) {
    warnings.push('no severity in the form or labels; used sev2 (runs nightly in coverage only)');
    severity = 'sev2';
  }
  const failureClass: FailureClass | null = pickEnum(f.failure_class, FAILURE_CLASSES) ?? fromLabels(labels, FAILURE_CLASSES);
  if (!failureClass) warnings.push('no failure class in the form or labels; checks are derived from the expected tool order only');
  const boundary = pickEnum(f.boundary, BOUNDARIES) ?? fromLabels(labels, BOUNDARIES);
  const suites: Suite[] = severity === 'sev0' || severity === 'sev1' ? ['benchmark', 'coverage'] : ['coverage'];

  const evidence = findEvidence(
    [
      { where: `issue #${issue.number} Evidence field`, text: f.evidence ?? '' },
      // The rest of the body (a customised template, or evidence outside the field).
      { where: `issue #${issue.number} body`, text: f.evidence ? body.replace(f.evidence, '') : body },
      ...commentTexts,
    ],
    warnings,
  );
  const trace = evidence.trace;

  let input = parseInputField(f.input, warnings);
  if (input === undefined) input = evidence.traceInput;
  if (input === undefined && evidence.userMessage !== undefined) input = { messages: [evidence.userMessage] };
  if (input === undefined) {
    input = null;
    warnings.push('no input found (Input field, trace "input", or a user message in a JSON block); wrote input: null');
    todos.push('set `input` to what the user sent');
  }

  // ---- checks
  const checks: Check[] = [];
  const expectedTools = parseToolList(f.expected_tools);
  if (expectedTools.length > 0) checks.push({ type: 'trajectory', mode: 'in_order', tools: expectedTools });
  const calledTools = trace ? [...new Set(trace.steps.filter((s) => s.type === 'tool').map((s) => s.name))] : [];

  switch (failureClass) {
    case 'tool_error':
      checks.push({ type: 'no_tool_errors' });
      break;
    case 'bad_decision': {
      if (expectedTools.length > 0 && trace) {
        for (const tool of calledTools.filter((t) => !expectedTools.includes(t)).slice(0, SCAFFOLD_LIMITS.tools)) {
          checks.push({ type: 'tool_not_called', tool });
        }
      }
      if (expectedTools.length === 0) todos.push('add the expected tool order (trajectory) or a tool_not_called check for the wrong call');
      break;
    }
    case 'cost_blowup': {
      const budget: Check & { type: 'budget' } = { type: 'budget' };
      if (trace && trace.usage.cost_usd > 0) budget.max_cost_usd = round(trace.usage.cost_usd / 2, 6);
      const tokens = trace ? trace.usage.input_tokens + trace.usage.output_tokens : 0;
      if (tokens > 0) budget.max_tokens = Math.floor(tokens / 2);
      if (budget.max_cost_usd === undefined && budget.max_tokens === undefined) {
        if (trace && trace.steps.length > 1) budget.max_steps = Math.floor(trace.steps.length / 2);
        else {
          warnings.push('cost_blowup without a trace showing usage; wrote a budget with max_cost_usd 0 as a placeholder');
          budget.max_cost_usd = 0;
          todos.push('set the budget ceilings (max_cost_usd, max_tokens) to about 1.2x a healthy run');
        }
      }
      if (trace) todos.push('budget ceilings are half of what the failing run used; tighten them to about 1.2x a healthy run');
      checks.push(budget);
      break;
    }
    case 'timeout': {
      const observed = trace?.latency_ms ?? 0;
      const max = observed > 0 ? Math.floor(observed / 2) : 30000;
      if (observed <= 0) {
        warnings.push('timeout without a trace showing latency; wrote max_latency_ms 30000');
        todos.push('set budget.max_latency_ms to the latency users can accept');
      }
      checks.push({ type: 'budget', max_latency_ms: max });
      break;
    }
    case 'bad_output': {
      const quoted = findQuotedPhrase(f.expected_behaviour);
      if (quoted) {
        const out = trace?.output;
        const key = isObj(out) ? ['reply', 'answer', 'text', 'content', 'message'].find((k) => typeof out[k] === 'string') : undefined;
        checks.push({
          type: 'output_match',
          ...(key ? { path: key } : {}),
          pattern: escapeRegExp(quoted.phrase),
          ...(quoted.negate ? { negate: true } : {}),
        });
      } else {
        todos.push('the expected behaviour quotes no phrase: write an output_match or output_schema check for the correct reply');
      }
      break;
    }
    default:
      break;
  }
  if (checks.length === 0) {
    // Fail closed: a case without a real check would pass vacuously and guard nothing.
    checks.push({ type: 'output_match', pattern: TODO_PATTERN });
    warnings.push('no check could be derived from the issue; wrote a placeholder output_match that fails until it is replaced');
    if (todos.length === 0) todos.push('replace the placeholder check with one that fails on the original failure');
  }

  // ---- fixtures
  let fixtures: ScaffoldResult['fixtures'] = null;
  const fixtureRel = `../../fixtures/${caseId}.json`;
  if (trace) {
    const fx = buildFixtures(trace);
    if (Object.keys(fx).length > 0) {
      const json = `${JSON.stringify(fx, null, 2)}\n`;
      if (json.length > SCAFFOLD_LIMITS.fixtures) warnings.push(`fixtures from the trace are ${json.length} characters (limit ${SCAFFOLD_LIMITS.fixtures}); not written`);
      else fixtures = { path: `evals/fixtures/${caseId}.json`, json };
    }
  } else {
    warnings.push('no trace in the issue or its comments; no replay fixtures written');
  }

  // ---- YAML
  const guards = parseGuards(issue, opts.repo, warnings);
  const description = oneLine(
    [f.expected_behaviour ? `Expected: ${f.expected_behaviour}` : '', `Scaffolded by evalgate from issue #${issue.number}.`].filter(Boolean).join(' '),
    SCAFFOLD_LIMITS.description,
  );
  const doc: Obj = {
    id: caseId,
    title: name,
    description,
    guards,
    workflow,
    severity,
    ...(failureClass ? { failure_class: failureClass } : {}),
    ...(boundary ? { boundary } : {}),
    suites,
    trials: Math.max(1, Math.floor(Number(opts.defaultTrials) || 1)),
    input,
    ...(fixtures ? { fixtures: fixtureRel } : {}),
    checks,
  };
  const url = /^https:\/\/[^\s<>"']+$/.test(issue.html_url ?? '') ? ` (${issue.html_url})` : '';
  const header = [
    // Where the schema is in a repository that installed evalgate (the file is evals/cases/<workflow>/<id>.yaml).
    `# yaml-language-server: $schema=../../../${INSTALLED_SCHEMAS}/case.schema.json`,
    `# Guards issue #${issue.number}: ${oneLine(issueTitle || name, SCAFFOLD_LIMITS.title)}${url}`,
    '# Scaffolded by evalgate from the issue form and trace; review the checks before merging.',
  ];
  let body_ = dump(doc, { lineWidth: -1, noRefs: true });
  if (todos.length > 0) {
    // Top-level keys start at column 0 and dumped strings never do, so this finds the key itself.
    const todoLines = todos.map((t) => `# TODO: ${oneLine(t, 200)}`).join('\n');
    body_ = body_.replace(/^checks:/m, `${todoLines}\nchecks:`);
  }
  return {
    caseId,
    path: `evals/cases/${workflow}/${caseId}.yaml`,
    yaml: `${header.join('\n')}\n${body_}`,
    fixtures,
    warnings,
  };
}
