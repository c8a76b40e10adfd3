// The agent-failure issue form (.github/ISSUE_TEMPLATE/agent-failure.yml) as GitHub renders it:
// one `### <label>` section per field, `_No response_` when empty, checkboxes as `- [x] label`.
// Pure: the body comes in as text. The body is attacker-controlled, so nothing here evaluates
// anything; JSON is only ever passed to JSON.parse.

/** Ids of the fields of the agent-failure issue form, in form order. */
export type IssueFieldId =
  | 'failure_name'
  | 'workflow'
  | 'severity'
  | 'failure_class'
  | 'boundary'
  | 'owner'
  | 'evidence'
  | 'input'
  | 'expected_behaviour'
  | 'expected_tools'
  | 'fix_status'
  | 'regression_coverage'
  | 'reopen_rule';

/** Label (the rendered `###` heading) of every field; must match the issue template. */
export const ISSUE_FORM_FIELDS: ReadonlyArray<{ id: IssueFieldId; label: string; kind: 'text' | 'checkboxes' }> = [
  { id: 'failure_name', label: 'Failure name', kind: 'text' },
  { id: 'workflow', label: 'Workflow', kind: 'text' },
  { id: 'severity', label: 'Severity', kind: 'text' },
  { id: 'failure_class', label: 'Failure class', kind: 'text' },
  { id: 'boundary', label: 'Boundary', kind: 'text' },
  { id: 'owner', label: 'Owner', kind: 'text' },
  { id: 'evidence', label: 'Evidence', kind: 'text' },
  { id: 'input', label: 'Input', kind: 'text' },
  { id: 'expected_behaviour', label: 'Expected behaviour', kind: 'text' },
  { id: 'expected_tools', label: 'Expected tool order', kind: 'text' },
  { id: 'fix_status', label: 'Fix status', kind: 'text' },
  { id: 'regression_coverage', label: 'Regression coverage', kind: 'checkboxes' },
  { id: 'reopen_rule', label: 'Reopen rule', kind: 'text' },
];

/** Options of the checkboxes field `regression_coverage`. */
export const REGRESSION_COVERAGE_OPTIONS = ['benchmark', 'coverage', 'gate'] as const;

/** Options of the `reopen_rule` dropdown; the first is the default. */
export const REOPEN_RULES = [
  'reopen when its guard regresses or its fingerprint recurs',
  'reopen when its guard regresses',
  'reopen when its fingerprint recurs',
  'never',
] as const;

/** What GitHub writes for an optional field left empty. */
export const NO_RESPONSE = '_No response_';

/** A parsed issue-form body. */
export interface ParsedIssueForm {
  /** Text of each field found, trimmed; null when GitHub rendered `_No response_`. */
  fields: Partial<Record<IssueFieldId, string | null>>;
  /** Checked option labels of each checkboxes field found. */
  checked: Partial<Record<IssueFieldId, string[]>>;
  /** Headings that are not fields of the form (kept verbatim, e.g. from a customised template). */
  unknown: string[];
}

// Spelling variants people (and older templates) use for the same field.
const ALIASES: Record<string, IssueFieldId> = {
  'expected behavior': 'expected_behaviour',
  'expected tools': 'expected_tools',
  'expected tool calls': 'expected_tools',
  'user input': 'input',
  'failure': 'failure_name',
  'name': 'failure_name',
  'class': 'failure_class',
  'owners': 'owner',
};

const LABEL_TO_ID = new Map<string, IssueFieldId>();
for (const f of ISSUE_FORM_FIELDS) {
  LABEL_TO_ID.set(normalizeLabel(f.label), f.id);
  LABEL_TO_ID.set(normalizeLabel(f.id), f.id);
}
for (const [alias, id] of Object.entries(ALIASES)) LABEL_TO_ID.set(alias, id);

function normalizeLabel(s: string): string {
  return s.toLowerCase().replace(/[_*`]/g, ' ').replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim();
}

const KIND = new Map(ISSUE_FORM_FIELDS.map((f) => [f.id, f.kind]));

/** A fence opener/closer: up to 3 spaces of indent, then >= 3 backticks or tildes, then an info string. */
const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;

/**
 * Splits a rendered issue-form body into fields keyed by id. `###` lines inside code fences are
 * content, not headings, so a pasted Markdown trace cannot inject fields.
 */
export function parseIssueForm(body: string): ParsedIssueForm {
  const result: ParsedIssueForm = { fields: {}, checked: {}, unknown: [] };
  const lines = String(body ?? '').replace(/\r\n?/g, '\n').split('\n');
  let current: { id: IssueFieldId | null; lines: string[] } | null = null;
  const sections: Array<{ id: IssueFieldId | null; lines: string[] }> = [];
  let fence: { char: string; len: number } | null = null;
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1][0] === fence.char && f[1].length >= fence.len && f[2] === '') fence = null;
    } else if (f) {
      fence = { char: f[1][0], len: f[1].length };
    } else {
      const h = /^ {0,3}###\s+(.*?)\s*#*\s*$/.exec(line);
      if (h) {
        const id = LABEL_TO_ID.get(normalizeLabel(h[1])) ?? null;
        if (id === null) result.unknown.push(h[1]);
        current = { id, lines: [] };
        sections.push(current);
        continue;
      }
    }
    current?.lines.push(line);
  }
  for (const s of sections) {
    if (s.id === null || s.id in result.fields || s.id in result.checked) continue; // first occurrence wins
    const text = s.lines.join('\n').trim();
    if (KIND.get(s.id) === 'checkboxes') {
      result.checked[s.id] = parseCheckboxes(text);
    } else {
      result.fields[s.id] = text === '' || text === NO_RESPONSE ? null : text;
    }
  }
  return result;
}

/** Checked labels of a rendered checkboxes field (`- [x] label` / `- [X] label`). */
export function parseCheckboxes(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*[-*]\s+\[([ xX])\]\s+(.*?)\s*$/.exec(line);
    if (m && m[1] !== ' ' && m[2] !== '') out.push(m[2]);
  }
  return out;
}

/** Content of a field rendered with `render: json` (or pasted in a fence): the fence removed, else the text. */
export function unfence(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  const open = FENCE.exec(lines[0] ?? '');
  if (!open) return text.trim();
  const closeAt = lines.findIndex((l, i) => i > 0 && /^ {0,3}(`{3,}|~{3,})\s*$/.test(l) && l.trim()[0] === open[1][0] && l.trim().length >= open[1].length);
  return lines.slice(1, closeAt === -1 ? undefined : closeAt).join('\n').trim();
}

/** One fenced JSON block: parsed, or the reason it could not be. `line` is 1-based in the text. */
export type JsonBlock = { ok: true; line: number; value: unknown } | { ok: false; line: number; error: string };

/** Limits for extractJsonBlocks (the text is untrusted). */
export interface JsonBlockLimits {
  /** Largest block parsed, in characters (default 1 MiB). */
  maxChars?: number;
  /** Most blocks returned (default 20). */
  maxBlocks?: number;
}

/**
 * Every fenced block tagged json/jsonc/json5 (``` or ~~~, any fence length, indented inside a list
 * too), parsed with JSON.parse. Tolerant: an unclosed fence runs to the end of the text, and
 * a BOM or trailing commas before `}`/`]` do not make a block fail.
 */
export function extractJsonBlocks(text: string, limits: JsonBlockLimits = {}): JsonBlock[] {
  const maxChars = limits.maxChars ?? 1024 * 1024;
  const maxBlocks = limits.maxBlocks ?? 20;
  const lines = String(text ?? '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: JsonBlock[] = [];
  for (let i = 0; i < lines.length && blocks.length < maxBlocks; i++) {
    const m = /^\s*(`{3,}|~{3,})\s*([A-Za-z0-9_-]*)/.exec(lines[i]);
    if (!m) continue;
    const char = m[1][0];
    const len = m[1].length;
    let end = i + 1;
    while (end < lines.length) {
      const c = /^\s*(`{3,}|~{3,})\s*$/.exec(lines[end]);
      if (c && c[1][0] === char && c[1].length >= len) break;
      end++;
    }
    const lang = m[2].toLowerCase();
    if (lang === 'json' || lang === 'jsonc' || lang === 'json5') {
      const content = lines.slice(i + 1, end).join('\n');
      blocks.push(parseBlock(content, i + 1, maxChars));
    }
    i = end; // skip the block (and its closing fence) whatever its language
  }
  return blocks;
}

function parseBlock(content: string, line: number, maxChars: number): JsonBlock {
  if (content.length > maxChars) {
    return { ok: false, line, error: `json block at line ${line} has ${content.length} characters; the limit is ${maxChars}` };
  }
  const cleaned = content.replace(/^\uFEFF/, '').trim();
  if (cleaned === '') return { ok: false, line, error: `json block at line ${line} is empty` };
  try {
    return { ok: true, line, value: JSON.parse(cleaned) };
  } catch (err) {
    // Trailing commas are the most common hand-editing slip; retry without them once.
    try {
      return { ok: true, line, value: JSON.parse(cleaned.replace(/,(\s*[}\]])/g, '$1')) };
    } catch {
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, line, error: `json block at line ${line} is not valid JSON: ${detail}` };
    }
  }
}

/** Undoes the inline escaping evalgate (and people) apply to one-line Markdown values: `\_`, `&lt;`, zero-width spaces. */
export function unescapeInline(text: string): string {
  return text
    .replace(/\\([\\`*_[\]<>|~&#!{}()+.-])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\u200b/g, '');
}

/**
 * Whether an issue's "Reopen rule" lets evalgate reopen it for `trigger`: a regressed guard
 * (nightly) or a recurring fingerprint (ingest). No rule, or an unrecognised one, allows both.
 */
export function reopenRuleAllows(body: string | null | undefined, trigger: 'guard' | 'fingerprint'): boolean {
  const rule = parseIssueForm(body ?? '').fields.reopen_rule?.toLowerCase().trim();
  if (!rule) return true;
  if (/\bnever\b|^no$|^none$/.test(rule)) return false;
  const guard = /\bguard/.test(rule);
  const fp = /fingerprint|recur/.test(rule);
  if (!guard && !fp) return true;
  return trigger === 'guard' ? guard : fp;
}
