// Failure signals (JSONL) -> deduplicated agent-failure issues (SPEC 8).
// Pure: signals and existing issues come in as data, a plan comes out. All durable state lives
// in hidden markers inside issue bodies and comments, so reruns and replays need no database:
//   <!-- evalgate:fingerprint <fp> -->  in the body of the issue that owns a cluster
//   <!-- evalgate:event <id> -->         one per delivered event, next to its evidence
//   <!-- evalgate:request <id> -->       one per request, so later deliveries of it are not re-added
import { createHash } from 'node:crypto';
import { DEFAULT_TRIAGE } from '../case/config.js';
import { mdCode, mdDetails, mdFence, mdText } from '../surfaces/md.js';
import { LIMITS } from '../surfaces/limits.js';
import type { Config, FailureClass, Problem, Severity } from '../types.js';
import { FAILURE_CLASSES } from '../types.js';
import { ISSUE_FORM_FIELDS, NO_RESPONSE, REGRESSION_COVERAGE_OPTIONS, REOPEN_RULES, reopenRuleAllows, type IssueFieldId } from './issue-form.js';
import { splitOwners } from './reopen.js';
import { slugify } from './scaffold.js';

/** One failure signal, normalized from a generic or LangSmith-style event. */
export interface Signal {
  event_id: string;
  /** Deliveries with the same request id are one evidence item. */
  request_id: string | null;
  workflow: string;
  failure_class: FailureClass;
  severity: Severity | null;
  tool: string | null;
  error_code: string | null;
  /** Trace or run payload kept as evidence (any JSON), null when absent. */
  trace: unknown;
  occurred_at: string | null;
  message: string | null;
  source: 'generic' | 'langsmith';
  /** 1-based line in the JSONL input. */
  line: number;
}

/** An existing issue as the ingest planner needs it. */
export interface IngestIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string | null;
  labels: string[];
  comments: Array<{ body: string | null }>;
}

/** Options for planIngest. */
export interface IngestOptions {
  owners: Record<string, string[]>;
  triage: Config['triage'];
  /** Issue numbers some case guards (closed issues are reopened only when guarded). */
  guardedIssues: Set<number>;
  redact: (s: string) => string;
}

/** An issue to create, in the issue-form shape (so it can be scaffolded later). */
export interface IngestCreate {
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
  fingerprint: string;
  requests: number;
  events: string[];
  /** A closed issue with the same fingerprint that was not reopened, if any. */
  previous: number | null;
}

/** One comment on an open issue, batching all new evidence of this run for it. */
export interface IngestComment {
  issue: number;
  body: string;
  fingerprint: string;
  requests: number;
  events: string[];
}

/** A closed guarded issue whose fingerprint recurred: reopen it with a comment. */
export interface IngestReopen {
  issue: number;
  comment: string;
  labels: string[];
  fingerprint: string;
  requests: number;
  events: string[];
}

/** What one ingest run will do. */
export interface IngestPlan {
  create: IngestCreate[];
  comment: IngestComment[];
  reopen: IngestReopen[];
  /** Events already recorded (in an issue, or earlier in this input) and later deliveries of recorded requests. */
  skippedDuplicates: number;
  counts: { signals: number; duplicates: number; requests: number; clusters: number; create: number; comment: number; reopen: number; deferred: number };
  /** Things a user should know (e.g. why a closed issue was not reopened). */
  notes: string[];
}

/** Limits for untrusted signal input. */
export const INGEST_LIMITS = { lineChars: 1024 * 1024, signals: 10000, traceChars: 6000, evidenceChars: 40000, textChars: 2000 } as const;

const SEVERITIES: readonly Severity[] = ['sev0', 'sev1', 'sev2', 'sev3'];
const DEFAULT_SEVERITY: Severity = 'sev2';
/** Marker characters one body/comment may carry (GitHub caps bodies at 65,536). */
const MAX_MARKER_CHARS = 30000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : null);

// ------------------------------------------------------------------ parsing

/** An error code from an error message: "HTTP 503" -> "http_503", "ECONNRESET" -> "econnreset", else the normalized message head. */
export function extractErrorCode(message: string | null | undefined): string | null {
  if (!message) return null;
  const http = /\b(?:http|status(?:\s*code)?)[\s:=]*([1-5]\d\d)\b/i.exec(message);
  if (http) return `http_${http[1]}`;
  const errno = /\bE[A-Z]{3,}\b/.exec(message);
  if (errno) return errno[0].toLowerCase();
  if (/time(?:d)?\s*out|deadline exceeded/i.test(message)) return 'timeout';
  return normalizePart(message.split(/[:\n]/)[0] ?? message, 40) || null;
}

/** Lowercase, volatile parts (long numbers, hex ids) replaced by '#', only [a-z0-9._:/@#-]. */
function normalizePart(s: string, max = 80): string {
  return s
    .toLowerCase()
    .trim()
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '#')
    .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{8,}\b/g, '#')
    .replace(/\d{4,}/g, '#')
    .replace(/\s+/g, '_')
    .replace(/[^a-z0-9._:/@#-]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, max);
}

/** Cluster key: workflow + class + tool + error code, normalized (`refund|tool_error|billing.issue_refund|http_503`). */
export function fingerprint(sig: Pick<Signal, 'workflow' | 'failure_class' | 'tool' | 'error_code'>): string {
  return [sig.workflow, sig.failure_class, sig.tool ?? '', sig.error_code ?? ''].map((p) => normalizePart(p) || '-').join('|');
}

function pickClass(v: unknown): FailureClass | null {
  const s = str(v)?.toLowerCase().replace(/[\s-]/g, '_');
  return s && (FAILURE_CLASSES as readonly string[]).includes(s) ? (s as FailureClass) : null;
}

function pickSeverity(v: unknown): Severity | null {
  const s = str(v)?.toLowerCase().replace(/^severity[:/]/, '');
  return s && (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : null;
}

function workflowOf(v: unknown): string {
  return slugify(str(v) ?? '', 40) || 'general';
}

type SignalFields = Omit<Signal, 'line'>;

function parseGeneric(o: Obj): SignalFields | string {
  const event_id = str(o.event_id);
  if (!event_id) return 'missing "event_id"; expected a non-empty string that is unique per delivery';
  if (!str(o.workflow)) return `event ${JSON.stringify(event_id)}: missing "workflow"; expected the agent workflow, e.g. "refund"`;
  const cls = pickClass(o.failure_class);
  if (!cls) return `event ${JSON.stringify(event_id)}: "failure_class" is ${JSON.stringify(o.failure_class ?? null)}; expected one of ${FAILURE_CLASSES.join(', ')}`;
  if (o.severity !== undefined && o.severity !== null && !pickSeverity(o.severity)) {
    return `event ${JSON.stringify(event_id)}: "severity" is ${JSON.stringify(o.severity)}; expected one of ${SEVERITIES.join(', ')}`;
  }
  const message = str(o.message);
  return {
    event_id,
    request_id: str(o.request_id),
    workflow: workflowOf(o.workflow),
    failure_class: cls,
    severity: pickSeverity(o.severity),
    tool: str(o.tool),
    error_code: str(o.error_code),
    trace: o.trace ?? null,
    occurred_at: str(o.occurred_at),
    message,
    source: 'generic',
  };
}

/**
 * LangSmith-style webhook payloads. Mapping (first present wins):
 * - event_id: `event_id`, `id`, `delivery_id`, else `langsmith:<event>:<issue.id>:<trace id>` (stable across redeliveries);
 * - request_id: the trace id (`trace.trace_id`, `trace.id`, `run.trace_id`, `run.id`, `trace_id`), so
 *   `issue.created` and `issue.trace.added` for the same trace are one evidence item;
 * - workflow / failure_class / severity / tool / error_code: `metadata` of the issue, then of the
 *   trace/run (`metadata` or `extra.metadata`); workflow falls back to the project name;
 * - failure_class when not given: a tag naming a class, else from the run error (timeout wording ->
 *   `timeout`, any other error -> `tool_error`), else `bad_output` (LangSmith issues without an error
 *   come from feedback or online evaluators on the answer);
 * - tool: a run of `run_type: "tool"` names the tool; error_code: extracted from the run error;
 * - message: issue title, else the error; trace: the trace/run object as evidence.
 */
function parseLangSmith(o: Obj): SignalFields | string {
  const event = str(o.event);
  if (event !== 'issue.created' && event !== 'issue.trace.added') {
    return `unsupported LangSmith event ${JSON.stringify(o.event)}; expected "issue.created" or "issue.trace.added"`;
  }
  const issue = isObj(o.issue) ? o.issue : {};
  const run = isObj(o.trace) ? o.trace : isObj(o.run) ? o.run : null;
  const extra = run && isObj(run.extra) ? run.extra : {};
  const meta: Obj = {
    ...(isObj(extra.metadata) ? extra.metadata : {}),
    ...(run && isObj(run.metadata) ? run.metadata : {}),
    ...(isObj(o.metadata) ? o.metadata : {}),
    ...(isObj(issue.metadata) ? issue.metadata : {}),
  };
  const traceId = str(run?.trace_id) ?? str(run?.id) ?? str(o.trace_id) ?? str(o.run_id);
  const issueId = str(issue.id) ?? str(o.issue_id);
  if (!issueId && !traceId && !str(o.event_id) && !str(o.id)) return `LangSmith ${event} event has no id, issue.id or trace id; cannot deduplicate it`;
  const event_id = str(o.event_id) ?? str(o.id) ?? str(o.delivery_id) ?? `langsmith:${event}:${issueId ?? '-'}:${traceId ?? '-'}`;
  const error = str(run?.error) ?? str(o.error);
  const tags = [...(Array.isArray(issue.tags) ? issue.tags : []), ...(Array.isArray(run?.tags) ? (run!.tags as unknown[]) : [])];
  let cls = pickClass(meta.failure_class) ?? tags.map(pickClass).find((c): c is FailureClass => c !== null) ?? null;
  if (!cls) cls = error ? (/time(?:d)?\s*out|deadline/i.test(error) ? 'timeout' : 'tool_error') : 'bad_output';
  const project = isObj(o.project) ? str(o.project.name) : str(o.project_name) ?? str(o.session_name);
  return {
    event_id,
    request_id: traceId,
    workflow: workflowOf(meta.workflow ?? project),
    failure_class: cls,
    severity: pickSeverity(meta.severity) ?? pickSeverity(issue.severity),
    tool: str(meta.tool) ?? (run && run.run_type === 'tool' ? str(run.name) : null),
    error_code: str(meta.error_code) ?? extractErrorCode(error),
    trace: run,
    occurred_at: str(o.created_at) ?? str(run?.start_time),
    message: str(issue.title) ?? error ?? str(issue.description),
    source: 'langsmith',
  };
}

/** Parses JSONL failure signals; every bad line is a problem with its 1-based line number. */
export function parseSignals(text: string, file = 'signals'): { signals: Signal[]; problems: Problem[] } {
  const signals: Signal[] = [];
  const problems: Problem[] = [];
  const lines = String(text ?? '').replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i].trim();
    if (raw === '' || raw.startsWith('//')) continue;
    if (signals.length >= INGEST_LIMITS.signals) {
      problems.push({ file, line, col: 1, message: `more than ${INGEST_LIMITS.signals} signals; the rest were not read`, expected: 'split the input into smaller files' });
      break;
    }
    if (raw.length > INGEST_LIMITS.lineChars) {
      problems.push({ file, line, col: 1, message: `line has ${raw.length} characters; the limit is ${INGEST_LIMITS.lineChars}`, expected: 'a smaller event (trim the trace)' });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      problems.push({ file, line, col: 1, message: `not JSON: ${err instanceof Error ? err.message : String(err)}`, expected: 'one JSON object per line' });
      continue;
    }
    if (!isObj(value)) {
      problems.push({ file, line, col: 1, message: `line is ${Array.isArray(value) ? 'an array' : typeof value}`, expected: 'one JSON object per line' });
      continue;
    }
    const parsed = typeof value.event === 'string' && value.event.startsWith('issue.') ? parseLangSmith(value) : parseGeneric(value);
    if (typeof parsed === 'string') {
      problems.push({ file, line, col: 1, message: parsed });
      continue;
    }
    signals.push({ ...parsed, line });
  }
  return { signals, problems };
}

// ------------------------------------------------------------------ markers

/** Marker-safe form of an id: kept when short and plain, else a sha256 prefix (never `-->`). */
export function markerId(id: string): string {
  if (/^[A-Za-z0-9._:@/+=-]{1,120}$/.test(id) && !id.includes('--')) return id;
  return hashedId(id);
}

function hashedId(id: string): string {
  return `sha256:${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
}

/** The hidden marker recording one event. */
export function eventMarker(eventId: string): string {
  return `<!-- evalgate:event ${markerId(eventId)} -->`;
}

/** The hidden marker recording one request. */
export function requestMarker(requestId: string): string {
  return `<!-- evalgate:request ${markerId(requestId)} -->`;
}

/** The hidden marker naming the cluster an issue owns. */
export function fingerprintMarker(fp: string): string {
  // fingerprint() only yields [a-z0-9._:/@#|-]; the replace guards hand-built values.
  return `<!-- evalgate:fingerprint ${fp.replace(/[^a-z0-9._:/@#|-]/g, '_')} -->`;
}

function collectMarkers(text: string, kind: 'event' | 'request' | 'fingerprint', into: Set<string>): void {
  const re = new RegExp(`<!-- evalgate:${kind} (\\S+) -->`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) into.add(m[1]);
}

// ------------------------------------------------------------------ rendering

interface Group {
  key: string;
  requestId: string | null;
  signals: Signal[];
  fp: string;
}

function cap(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}\n… (${s.length - max} more characters truncated)` : s;
}

function renderGroup(g: Group, redact: (s: string) => string, budget: { left: number }): string {
  const first = g.signals[0];
  const markers = [g.requestId ? requestMarker(g.requestId) : '', ...g.signals.map((s) => eventMarker(s.event_id))].filter(Boolean).join('');
  // Redact first, then cut (a cut through a secret would leave a fragment no pattern matches).
  const clip = (v: string, n: number) => redact(v).slice(0, n);
  const facts = [
    g.requestId ? `request ${mdCode(clip(g.requestId, 200))}` : `event ${mdCode(clip(first.event_id, 200))}`,
    `${g.signals.length} deliver${g.signals.length === 1 ? 'y' : 'ies'}`,
    first.occurred_at ? mdText(clip(first.occurred_at, 40)) : '',
    first.tool ? `tool ${mdCode(clip(first.tool, 200))}` : '',
    first.error_code ? `error ${mdCode(clip(first.error_code, 200))}` : '',
    `source ${first.source}`,
  ].filter(Boolean);
  const lines = [markers, `**${facts.join(' · ')}**`];
  const messages = [...new Set(g.signals.map((s) => s.message).filter((m): m is string => !!m))].slice(0, 3);
  for (const m of messages) lines.push(`> ${mdText(clip(m, INGEST_LIMITS.textChars))}`);
  const trace = g.signals.find((s) => s.trace !== null && s.trace !== undefined)?.trace;
  if (trace !== undefined && budget.left > 0) {
    const json = cap(redact(JSON.stringify(trace, null, 2) ?? 'null'), Math.min(INGEST_LIMITS.traceChars, budget.left));
    budget.left -= json.length;
    lines.push('', mdDetails('trace', mdFence(json, 'json')));
  }
  return lines.join('\n');
}

function renderEvidence(groups: Group[], redact: (s: string) => string): string {
  const budget = { left: INGEST_LIMITS.evidenceChars };
  return groups.map((g) => renderGroup(g, redact, budget)).join('\n\n');
}

const LABEL: Record<IssueFieldId, string> = Object.fromEntries(ISSUE_FORM_FIELDS.map((f) => [f.id, f.label])) as Record<IssueFieldId, string>;

function inferBoundary(cls: FailureClass, errorCode: string | null): string | null {
  if (cls === 'tool_error') return errorCode && /^(http_5|econn|etimedout|timeout)/.test(normalizePart(errorCode)) ? 'downstream_api' : 'tool_contract';
  if (cls === 'bad_output') return 'prompt';
  if (cls === 'cost_blowup') return 'model_route';
  return null;
}

function mostSevere(signals: Signal[]): Severity {
  const given = signals.map((s) => s.severity).filter((s): s is Severity => s !== null);
  return given.length > 0 ? given.sort()[0] : DEFAULT_SEVERITY;
}

function ownersOf(workflow: string, cls: FailureClass, opts: IngestOptions): { logins: string[]; teams: string[] } {
  const handles = [...(opts.owners?.[workflow] ?? []), ...(opts.triage?.[cls]?.owner ? [opts.triage[cls]!.owner!] : [])];
  const { logins, teams } = splitOwners(handles);
  return { logins, teams };
}

function triageLabelOf(triage: Config['triage'], cls: FailureClass): string {
  return triage?.[cls]?.label ?? DEFAULT_TRIAGE[cls].label;
}

function renderIssueBody(fp: string, groups: Group[], opts: IngestOptions, previous: number | null, owners: { logins: string[]; teams: string[] }): string {
  const first = groups[0].signals[0];
  const all = groups.flatMap((g) => g.signals);
  const withInput = all.find((s) => isObj(s.trace) && (s.trace as Obj).input !== undefined);
  const field = (id: IssueFieldId, value: string | null) => `### ${LABEL[id]}\n\n${value === null || value === '' ? NO_RESPONSE : value}`;
  const ownerText = [...owners.logins, ...owners.teams].map((h) => `@${h}`).join(', ');
  const boundary = inferBoundary(first.failure_class, first.error_code);
  const intro = `Created by evalgate ingest from ${all.length} failure signal${all.length === 1 ? '' : 's'} (${groups.length} request${groups.length === 1 ? '' : 's'}).${previous ? ` Same fingerprint as closed #${previous}.` : ''}`;
  const sections = [
    fingerprintMarker(fp),
    intro,
    field('failure_name', mdText(redact1(opts, failureName(first)))),
    field('workflow', first.workflow),
    field('severity', mostSevere(all)),
    field('failure_class', first.failure_class),
    field('boundary', boundary),
    field('owner', ownerText || null),
    field('evidence', renderEvidence(groups, opts.redact)),
    field('input', withInput ? mdFence(cap(opts.redact(JSON.stringify((withInput.trace as Obj).input, null, 2) ?? 'null'), INGEST_LIMITS.traceChars), 'json') : null),
    field('expected_behaviour', null),
    field('expected_tools', null),
    field('fix_status', null),
    `### ${LABEL.regression_coverage}\n\n${REGRESSION_COVERAGE_OPTIONS.map((o) => `- [ ] ${o}`).join('\n')}`,
    field('reopen_rule', REOPEN_RULES[0]),
  ];
  return fitMarkers(sections.join('\n\n'), groups);
}

function redact1(opts: IngestOptions, s: string): string {
  return opts.redact(s);
}

function failureName(s: Signal): string {
  return `${s.workflow}: ${s.failure_class}${s.tool ? ` in ${s.tool}` : ''}${s.error_code ? ` (${s.error_code})` : ''}`.slice(0, 180);
}

/**
 * Keeps a body under GitHub's size limit without losing dedupe markers: when too long, the
 * evidence text is cut and every marker is appended at the end (markers are what make replays idempotent).
 */
function fitMarkers(body: string, groups: Group[]): string {
  if (body.length <= LIMITS.comment) return body;
  const markers = groups.flatMap((g) => [g.requestId ? requestMarker(g.requestId) : '', ...g.signals.map((s) => eventMarker(s.event_id))]).filter(Boolean).join('');
  const note = '\n\n… (evidence truncated to fit GitHub\'s size limit)\n';
  const keep = Math.max(0, LIMITS.comment - markers.length - note.length);
  // Cut at a line start so a half marker is never left behind, and close any open fence/details.
  let head = body.slice(0, keep);
  head = head.slice(0, Math.max(0, head.lastIndexOf('\n')));
  const fences = (head.match(/^`{3,}/gm) ?? []).length;
  if (fences % 2 === 1) head += '\n```````';
  if ((head.match(/<details>/g) ?? []).length > (head.match(/<\/details>/g) ?? []).length) head += '\n\n</details>';
  return `${head}${note}${markers}`;
}

function renderEvidenceComment(groups: Group[], opts: IngestOptions, reopen: boolean): string {
  const n = groups.reduce((a, g) => a + g.signals.length, 0);
  const head = reopen
    ? `### evalgate: failure recurred\n\nReopening: this issue's fingerprint recurred in ${n} new failure signal${n === 1 ? '' : 's'} (${groups.length} request${groups.length === 1 ? '' : 's'}), and a guard case exists for it — check whether the guard still covers this path.`
    : `### evalgate: new evidence\n\n${n} new failure signal${n === 1 ? '' : 's'} (${groups.length} request${groups.length === 1 ? '' : 's'}) with this issue's fingerprint.`;
  return fitMarkers(`${head}\n\n${renderEvidence(groups, opts.redact)}`, groups);
}

// ------------------------------------------------------------------ planning

/**
 * Plans one ingest run: drops events already recorded (event or request marker in any issue body
 * or comment, or earlier in this input), groups deliveries by request id (a request takes the
 * fingerprint of its first delivery), clusters by fingerprint, then per cluster: comment once on
 * its open issue; else reopen its closed issue when a case guards it and the reopen rule allows
 * recurrence; else create a new issue in the issue-form shape.
 */
export function planIngest(signals: Signal[], existingIssues: IngestIssue[], opts: IngestOptions): IngestPlan {
  const seenEvents = new Set<string>();
  const seenRequests = new Set<string>();
  const byFp = new Map<string, IngestIssue[]>();
  for (const issue of existingIssues) {
    const texts = [issue.body ?? '', ...issue.comments.map((c) => c?.body ?? '')];
    for (const t of texts) {
      collectMarkers(t, 'event', seenEvents);
      collectMarkers(t, 'request', seenRequests);
    }
    const fps = new Set<string>();
    collectMarkers(issue.body ?? '', 'fingerprint', fps);
    for (const fp of fps) {
      const list = byFp.get(fp);
      if (list) list.push(issue);
      else byFp.set(fp, [issue]);
    }
  }

  let duplicates = 0;
  const groups = new Map<string, Group>();
  // Ids and fingerprints go into markers, summaries and plan fields as they are: one the
  // redactor would change (a key pasted into an id or a tool name) is replaced by its hash.
  const unsecret = (id: string): string => (opts.redact(id) === id ? id : hashedId(id));
  // A fingerprint is lower-cased: the redactor is asked about the parts as they were written.
  const fingerprintOf = (sig: Signal): string =>
    [sig.workflow, sig.failure_class, sig.tool, sig.error_code].some((v) => typeof v === 'string' && opts.redact(v) !== v) ? hashedId(fingerprint(sig)) : fingerprint(sig);
  for (const raw of signals) {
    const sig: Signal = { ...raw, event_id: unsecret(raw.event_id), request_id: raw.request_id ? unsecret(raw.request_id) : raw.request_id };
    const ev = markerId(sig.event_id);
    if (seenEvents.has(ev)) {
      duplicates++;
      continue;
    }
    seenEvents.add(ev);
    if (sig.request_id && seenRequests.has(markerId(sig.request_id))) {
      duplicates++;
      continue;
    }
    const key = sig.request_id ? `r:${markerId(sig.request_id)}` : `e:${ev}`;
    const g = groups.get(key);
    if (g) g.signals.push(sig);
    else groups.set(key, { key, requestId: sig.request_id, signals: [sig], fp: fingerprintOf(sig) });
  }

  const clusters = new Map<string, Group[]>();
  for (const g of groups.values()) {
    const list = clusters.get(g.fp);
    if (list) list.push(g);
    else clusters.set(g.fp, [g]);
  }

  const plan: IngestPlan = { create: [], comment: [], reopen: [], skippedDuplicates: duplicates, counts: { signals: signals.length, duplicates, requests: groups.size, clusters: clusters.size, create: 0, comment: 0, reopen: 0, deferred: 0 }, notes: [] };
  for (const [fp, clusterGroups] of clusters) {
    // Markers must fit in one body/comment with room for evidence; what does not fit this run is
    // left unmarked, so the next run picks it up (nothing is lost, nothing is posted twice).
    const gs: Group[] = [];
    let markerChars = 0;
    for (const g of clusterGroups) {
      const size = (g.requestId ? requestMarker(g.requestId).length : 0) + g.signals.reduce((a, sg) => a + eventMarker(sg.event_id).length, 0);
      if (gs.length > 0 && markerChars + size > MAX_MARKER_CHARS) break;
      gs.push(g);
      markerChars += size;
    }
    if (gs.length < clusterGroups.length) {
      plan.notes.push(`${clusterGroups.length - gs.length} request(s) with fingerprint ${fp} deferred to the next ingest run (too many for one comment)`);
      plan.counts.deferred += clusterGroups.length - gs.length;
    }
    const events = gs.flatMap((g) => g.signals.map((s) => s.event_id));
    const candidates = [...(byFp.get(fp) ?? [])].sort((a, b) => b.number - a.number);
    const open = candidates.find((i) => i.state === 'open');
    if (open) {
      plan.comment.push({ issue: open.number, body: renderEvidenceComment(gs, opts, false), fingerprint: fp, requests: gs.length, events });
      continue;
    }
    const closed = candidates[0] ?? null;
    if (closed) {
      const guarded = opts.guardedIssues.has(closed.number);
      const allowed = reopenRuleAllows(closed.body, 'fingerprint');
      if (guarded && allowed) {
        const have = new Set(closed.labels.map((l) => l.toLowerCase()));
        plan.reopen.push({ issue: closed.number, comment: renderEvidenceComment(gs, opts, true), labels: ['regression'].filter((l) => !have.has(l)), fingerprint: fp, requests: gs.length, events });
        continue;
      }
      plan.notes.push(`#${closed.number} has fingerprint ${fp} but is closed and ${!guarded ? 'no case guards it' : 'its reopen rule does not allow reopening on recurrence'}; a new issue is created`);
    }
    const first = gs[0].signals[0];
    const all = gs.flatMap((g) => g.signals);
    const owners = ownersOf(first.workflow, first.failure_class, opts);
    const severity = mostSevere(all);
    plan.create.push({
      title: `[agent-failure] ${opts.redact(failureName(first))}`.replace(/[\r\n]+/g, ' ').slice(0, 256),
      body: renderIssueBody(fp, gs, opts, closed?.number ?? null, owners),
      labels: [...new Set(['agent-failure', severity, triageLabelOf(opts.triage, first.failure_class)])],
      assignees: owners.logins,
      fingerprint: fp,
      requests: gs.length,
      events,
      previous: closed?.number ?? null,
    });
  }
  plan.counts.create = plan.create.length;
  plan.counts.comment = plan.comment.length;
  plan.counts.reopen = plan.reopen.length;
  return plan;
}

/** Human-readable plan for `evalgate ingest --dry-run`. */
export function renderIngestPlan(plan: IngestPlan): string {
  const c = plan.counts;
  const lines = [
    `ingest plan: ${c.signals} signal(s), ${plan.skippedDuplicates} duplicate(s) skipped, ${c.requests} request(s) in ${c.clusters} cluster(s)`,
    `  create ${c.create} issue(s), comment on ${c.comment}, reopen ${c.reopen}${c.deferred ? `, ${c.deferred} request(s) deferred` : ""}`,
  ];
  for (const x of plan.create) {
    lines.push(`create: ${x.title} — ${x.requests} request(s), ${x.events.length} event(s); labels ${x.labels.join(', ')}${x.assignees.length ? `; assign ${x.assignees.join(', ')}` : ''}${x.previous ? `; previous #${x.previous}` : ''}`);
  }
  for (const x of plan.comment) lines.push(`comment: #${x.issue} — ${x.requests} request(s), ${x.events.length} event(s) [${x.fingerprint}]`);
  for (const x of plan.reopen) lines.push(`reopen: #${x.issue} — fingerprint recurred (${x.requests} request(s)) and a guard exists [${x.fingerprint}]`);
  for (const n of plan.notes) lines.push(`note: ${n}`);
  if (c.create + c.comment + c.reopen === 0) lines.push('nothing to do');
  return lines.join('\n');
}
