// Small formatting helpers shared by trace validation and checks, so every message about a
// JSON value reads the same way: `output.items[0].id must be string; got 12`.
import type { ErrorObject } from 'ajv';
import { splitPointer as pointerSegments, valueAtPointer } from '../json.js';

export { pointerSegments, valueAtPointer };

/** Compact JSON of `value`, cut to `max` characters with an ellipsis. */
export function previewValue(value: unknown, max = 80): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/** Joins path segments as a readable accessor: `root.key[2]["odd key"]`. */
export function renderPath(root: string, segments: ReadonlyArray<string | number>): string {
  let out = root;
  for (const seg of segments) {
    if (typeof seg === 'number' || /^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === '' ? '(root)' : out;
}



/** One ajv error as `path message; got value`, with paths rooted at `root`. */
export function formatAjvError(error: ErrorObject, data: unknown, root: string): string {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${renderPath(root, [...segments, String(params.missingProperty)])} is missing (required)`;
    case 'additionalProperties':
      return `${renderPath(root, segments)} has unexpected property "${String(params.additionalProperty)}"`;
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map((v) => previewValue(v, 40)).join(', ') : '';
      return `${renderPath(root, segments)} must be one of ${allowed}; got ${previewValue(valueAtPointer(data, error.instancePath))}`;
    }
    case 'const':
      return `${renderPath(root, segments)} must be ${previewValue(params.allowedValue)}; got ${previewValue(valueAtPointer(data, error.instancePath))}`;
    default:
      return `${renderPath(root, segments)} ${error.message ?? 'is invalid'}; got ${previewValue(valueAtPointer(data, error.instancePath))}`;
  }
}

/** The first ajv error formatted, plus a count of the others. */
export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined, data: unknown, root: string): string {
  if (!errors || errors.length === 0) return `${root || '(root)'} is invalid`;
  // anyOf/oneOf wrappers only say "must match a schema"; the branch errors before them are more useful.
  const useful = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  const list = useful.length > 0 ? useful : errors;
  const first = formatAjvError(list[0], data, root);
  return list.length > 1 ? `${first} (and ${list.length - 1} more problem${list.length > 2 ? 's' : ''})` : first;
}
