// GitHub's official OpenAPI description (from @octokit/openapi), turned into a router,
// request/response validators and a sample generator for the emulator.
// Loaded once per process: the document is 13 MB and takes ~0.3 s to prepare.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export shape differs between loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** HTTP methods the router knows. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One operation of the OpenAPI description, with parameters resolved. */
export interface Operation {
  method: HttpMethod;
  /** Path template as written in the description, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string;
  operationId: string;
  segments: string[];
  parameters: Array<{ name: string; in: 'path' | 'query' | 'header' | 'cookie'; required: boolean; schema: Json }>;
  requestBody: { required: boolean; schema: Json | null } | null;
  /** Response schema per status ('200', '201', '404', ...); null when the status has no JSON body. */
  responses: Record<string, Json | null>;
}

/** A matched request. */
export interface RouteMatch {
  op: Operation;
  params: Record<string, string>;
}

const ROOT_ID = 'https://evalgate.test/github-openapi.json';

/** The prepared OpenAPI description. */
export interface OpenApi {
  match(method: string, path: string): RouteMatch | null;
  /** Validate path params, query and body; returns human-readable problems (empty when valid). */
  validateRequest(m: RouteMatch, query: Record<string, string>, body: unknown): string[];
  /** Validate a response body against the operation's schema for that status. */
  validateResponse(op: Operation, status: number, body: unknown): string[];
  /** A minimal valid instance of `#/components/schemas/<name>` with `overlay` deep-merged on top. */
  sample(name: string, overlay?: Record<string, unknown>): Record<string, unknown>;
  /** Operation by operationId (e.g. `issues/get`). */
  operation(operationId: string): Operation | undefined;
}

let cached: OpenApi | null = null;

/** Load (once per process) and prepare GitHub's OpenAPI description. */
export function loadOpenApi(): OpenApi {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  cached = prepare(doc);
  return cached;
}

/** OpenAPI 3.0 `nullable: true` -> `anyOf: [{type:null}, rest]`, so plain JSON Schema validators agree. */
function convertNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(convertNullable);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'nullable' || k === 'example' || k === 'examples' || k.startsWith('x-')) continue;
    // Maps of schemas: their keys are property names, not keywords.
    out[k] = MAP_KEYWORDS.has(k) ? convertMap(v) : convertNullable(v);
  }
  if (node.nullable === true) return { anyOf: [{ type: 'null' }, out] };
  return out;
}

const MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);

/** Convert every schema in a name -> schema map. */
function convertMap(map: Json): Json {
  if (map === null || typeof map !== 'object' || Array.isArray(map)) return map;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, convertNullable(v)]));
}

/** Point local `#/components/...` refs at the registered root document. */
function rebaseRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rebaseRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? ROOT_ID + v : rebaseRefs(v);
  }
  return out;
}

function pointer(doc: JsonObject, ref: string): Json {
  const parts = ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let cur: Json = doc;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) throw new Error(`bad $ref ${ref}`);
    cur = (cur as JsonObject)[p];
  }
  return cur;
}

function deref(doc: JsonObject, node: Json): Json {
  let cur = node;
  for (let i = 0; i < 10 && cur && typeof cur === 'object' && !Array.isArray(cur) && typeof cur.$ref === 'string'; i++) {
    cur = pointer(doc, cur.$ref);
  }
  return cur;
}

function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, 5).map((e) => `${where}${e.instancePath || ''} ${e.message ?? 'invalid'}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

function prepare(doc: JsonObject): OpenApi {
  const components = doc.components as JsonObject;
  const converted: JsonObject = {};
  for (const key of ['schemas', 'parameters', 'responses', 'headers', 'requestBodies']) {
    if (components[key]) converted[key] = convertMap(components[key]);
  }
  const root = { $id: ROOT_ID, components: rebaseRefs(converted) } as JsonObject;
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true, logger: false });
  addFormats(ajv);
  // Formats GitHub uses that ajv-formats does not know are accepted as-is.
  for (const f of ['int64', 'int32', 'timestamp', 'binary', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint', 'hostname', 'ipv4', 'ipv6']) {
    if (!ajv.formats[f]) ajv.addFormat(f, true);
  }
  ajv.addSchema(root);
  const convertedDoc = { components: converted } as JsonObject;

  const ops: Operation[] = [];
  const byId = new Map<string, Operation>();
  for (const [template, item] of Object.entries(doc.paths as JsonObject)) {
    const pathItem = item as JsonObject;
    const shared = (pathItem.parameters as Json[] | undefined) ?? [];
    for (const m of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const raw = pathItem[m] as JsonObject | undefined;
      if (!raw) continue;
      const params = [...shared, ...((raw.parameters as Json[] | undefined) ?? [])].map((p) => deref(doc, p) as JsonObject);
      const body = raw.requestBody ? (deref(doc, raw.requestBody) as JsonObject) : null;
      const bodySchema = body ? (((body.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.schema ?? null) : null;
      const responses: Record<string, Json | null> = {};
      for (const [status, r] of Object.entries((raw.responses as JsonObject) ?? {})) {
        const resp = deref(doc, r) as JsonObject;
        const content = resp.content as JsonObject | undefined;
        const json = (content?.['application/json'] ?? content?.['application/scim+json']) as JsonObject | undefined;
        responses[status] = json?.schema ?? null;
      }
      const op: Operation = {
        method: m.toUpperCase() as HttpMethod,
        template,
        operationId: String(raw.operationId),
        segments: template.split('/').slice(1),
        parameters: params.map((p) => ({
          name: String(p.name),
          in: p.in as Operation['parameters'][number]['in'],
          required: p.required === true,
          schema: p.schema ?? {},
        })),
        requestBody: body ? { required: body.required === true, schema: bodySchema } : null,
        responses,
      };
      ops.push(op);
      byId.set(op.operationId, op);
    }
  }

  const validators = new Map<string, ValidateFunction>();
  const compile = (key: string, schema: Json): ValidateFunction => {
    let v = validators.get(key);
    if (!v) {
      v = ajv.compile(rebaseRefs(convertNullable(schema)) as object);
      validators.set(key, v);
    }
    return v;
  };

  function match(method: string, path: string): RouteMatch | null {
    const segs = path.split('/').slice(1).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    let best: { m: RouteMatch; score: string } | null = null;
    for (const op of ops) {
      if (op.method !== method) continue;
      const params: Record<string, string> = {};
      const last = op.segments.length - 1;
      // Only params that hold slash-separated values may span segments (contents {path}, git {ref}).
      const lastIsParam = /^\{(path|ref)\}$/.test(op.segments[last] ?? '');
      if (segs.length !== op.segments.length && !(lastIsParam && segs.length > op.segments.length)) continue;
      let score = '';
      let ok = true;
      for (let i = 0; i < op.segments.length && ok; i++) {
        const t = op.segments[i];
        const pm = /^\{(\w+)\}$/.exec(t);
        if (pm) {
          // A trailing param (contents `{path}`, git `{ref}`) may span several segments.
          const value = i === last ? segs.slice(i).join('/') : segs[i];
          if (value === '') ok = false;
          params[pm[1]] = value;
          score += '0';
        } else if (t === segs[i]) score += '1';
        else ok = false;
      }
      if (!ok) continue;
      // Exact segment counts beat spanning params; literal segments beat params, leftmost first.
      score = (segs.length === op.segments.length ? '1' : '0') + score;
      if (!best || score > best.score) best = { m: { op, params }, score };
    }
    return best?.m ?? null;
  }

  function coerce(value: string, schema: Json): unknown {
    const s = (deref(convertedDoc, schema) ?? {}) as JsonObject;
    const type = s.type;
    if (type === 'integer' || type === 'number') return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
    if (type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
    if (type === 'array') return value.split(',');
    return value;
  }

  function validateRequest(m: RouteMatch, query: Record<string, string>, body: unknown): string[] {
    const problems: string[] = [];
    const { op } = m;
    for (const p of op.parameters) {
      if (p.in === 'path') {
        const v = m.params[p.name];
        if (v === undefined) problems.push(`path parameter ${p.name} missing`);
        else {
          const fn = compile(`${op.operationId}:path:${p.name}`, p.schema);
          if (!fn(coerce(v, p.schema))) problems.push(...formatErrors(`path parameter ${p.name}`, fn.errors));
        }
      } else if (p.in === 'query') {
        const v = query[p.name];
        if (v === undefined) {
          if (p.required) problems.push(`query parameter ${p.name} is required`);
          continue;
        }
        const fn = compile(`${op.operationId}:query:${p.name}`, p.schema);
        if (!fn(coerce(v, p.schema))) problems.push(...formatErrors(`query parameter ${p.name}`, fn.errors));
      }
    }
    const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const k of Object.keys(query)) if (!known.has(k)) problems.push(`unknown query parameter ${k}`);
    if (op.requestBody?.schema) {
      if (body === undefined) {
        if (op.requestBody.required) problems.push('request body is required');
      } else {
        const fn = compile(`${op.operationId}:body`, op.requestBody.schema);
        if (!fn(body)) problems.push(...formatErrors('body', fn.errors));
      }
    }
    return problems;
  }

  function validateResponse(op: Operation, status: number, body: unknown): string[] {
    const key = String(status);
    if (!(key in op.responses)) return [`status ${status} is not documented for ${op.operationId}`];
    const schema = op.responses[key];
    if (schema === null) return [];
    const fn = compile(`${op.operationId}:response:${key}`, schema);
    return fn(body) ? [] : formatErrors(`response ${status}`, fn.errors);
  }

  function generate(node: Json, depth: number): Json {
    const s = deref(convertedDoc, node);
    if (s === null || typeof s !== 'object' || Array.isArray(s) || depth > 12) return null;
    if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
      const options = (s.anyOf ?? s.oneOf) as Json[];
      // nullable fields are generated as null; the overlay supplies real values.
      if (options.some((o) => o && typeof o === 'object' && !Array.isArray(o) && o.type === 'null')) return null;
      return generate(options[0], depth + 1);
    }
    if (Array.isArray(s.allOf)) {
      let merged: JsonObject = {};
      for (const part of s.allOf) {
        const g = generate(part, depth + 1);
        if (g && typeof g === 'object' && !Array.isArray(g)) merged = { ...merged, ...g };
      }
      return merged;
    }
    if (Array.isArray(s.enum)) return s.enum.find((e) => e !== null) ?? null;
    const type = s.type ?? (s.properties ? 'object' : undefined);
    switch (type) {
      case 'object': {
        const out: JsonObject = {};
        const props = (s.properties ?? {}) as JsonObject;
        for (const r of (s.required as string[] | undefined) ?? []) out[r] = props[r] ? generate(props[r], depth + 1) : null;
        return out;
      }
      case 'array':
        return [];
      case 'integer':
      case 'number':
        return typeof s.minimum === 'number' ? s.minimum : 1;
      case 'boolean':
        return false;
      case 'string':
        switch (s.format) {
          case 'date-time':
            return '2026-01-01T00:00:00Z';
          case 'date':
            return '2026-01-01';
          case 'uri':
          case 'uri-template':
            return 'https://github.test/x';
          case 'email':
            return 'someone@example.com';
          default:
            return 'x';
        }
      default:
        return null;
    }
  }

  function sample(name: string, overlay: Record<string, unknown> = {}): Record<string, unknown> {
    const base = generate({ $ref: `#/components/schemas/${name}` }, 0);
    return deepMerge(base as Record<string, unknown>, overlay);
  }

  return { match, validateRequest, validateResponse, sample, operation: (id) => byId.get(id) };
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepMerge(base: Record<string, unknown>, overlay: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(overlay)) {
    out[k] = isPlain(v) && isPlain(out[k]) ? deepMerge(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}
