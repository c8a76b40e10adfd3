// A small evaluator of GitHub Actions expressions (`${{ ... }}` and `if:` conditions), enough to
// simulate which jobs of the shipped workflows run, and in which concurrency group, for a given
// event: literals, context property paths (with `.*.` filters), ! == != < <= > >= && ||, and the
// functions the workflows use. Semantics as documented by GitHub: && and || return an operand,
// string comparison ignores case, a missing property is null. Anything else throws, so a workflow
// that outgrows it fails the test loudly rather than being misjudged.

/** A value an expression can produce. */
export type ExprValue = null | boolean | number | string | ExprValue[] | { [k: string]: ExprValue };

/** Contexts (github, needs, vars, steps, ...) and the job status functions' answers. */
export interface ExprScope {
  contexts: Record<string, ExprValue>;
  /** What success()/failure()/cancelled() answer (default: success). */
  status?: 'success' | 'failure' | 'cancelled';
}

type Tok = { k: 'num' | 'str' | 'id' | 'op'; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else s += src[i++];
      }
      out.push({ k: 'str', v: s });
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      out.push({ k: 'op', v: two });
      i += 2;
      continue;
    }
    if ('!<>()[].,*'.includes(c)) {
      out.push({ k: 'op', v: c });
      i++;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ k: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (id) {
      out.push({ k: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    throw new Error(`unexpected "${c}" in expression: ${src}`);
  }
  return out;
}

const truthy = (v: ExprValue): boolean => !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));

function toNumber(v: ExprValue): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** Loose equality as GitHub defines it: same types compare directly (strings ignoring case), else as numbers. */
function equals(a: ExprValue, b: ExprValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  const isObj = (v: ExprValue) => v !== null && typeof v === 'object';
  if (isObj(a) || isObj(b)) return a === b;
  return toNumber(a) === toNumber(b);
}

/** A value as it is interpolated into a string. */
export function exprToString(v: ExprValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Evaluates one expression (the inside of `${{ }}`, or an `if:` condition). */
export function evaluate(src: string, scope: ExprScope): ExprValue {
  const toks = lex(src);
  let p = 0;
  const peek = (v?: string) => (p < toks.length && (v === undefined || (toks[p].k === 'op' && toks[p].v === v)) ? toks[p] : null);
  const expect = (v: string) => {
    if (!peek(v)) throw new Error(`expected "${v}" at token ${p} of: ${src}`);
    p++;
  };
  const status = scope.status ?? 'success';
  const functions: Record<string, (args: ExprValue[]) => ExprValue> = {
    success: () => status === 'success',
    failure: () => status === 'failure',
    cancelled: () => status === 'cancelled',
    always: () => true,
    contains: ([hay, needle]) =>
      Array.isArray(hay) ? hay.some((h) => equals(h, needle)) : exprToString(hay).toLowerCase().includes(exprToString(needle).toLowerCase()),
    startsWith: ([s, x]) => exprToString(s).toLowerCase().startsWith(exprToString(x).toLowerCase()),
    endsWith: ([s, x]) => exprToString(s).toLowerCase().endsWith(exprToString(x).toLowerCase()),
    format: ([f, ...args]) => exprToString(f).replace(/\{(\d+)\}/g, (_m, i) => exprToString(args[Number(i)] ?? null)),
  };

  function primary(): ExprValue {
    const t = toks[p];
    if (!t) throw new Error(`unexpected end of: ${src}`);
    if (t.k === 'op' && t.v === '(') {
      p++;
      const v = or();
      expect(')');
      return v;
    }
    if (t.k === 'op' && t.v === '!') {
      p++;
      return !truthy(primary());
    }
    if (t.k === 'str') {
      p++;
      return t.v;
    }
    if (t.k === 'num') {
      p++;
      return Number(t.v);
    }
    if (t.k === 'id') {
      p++;
      if (t.v === 'true') return true;
      if (t.v === 'false') return false;
      if (t.v === 'null') return null;
      if (peek('(')) {
        p++;
        const args: ExprValue[] = [];
        while (!peek(')')) {
          args.push(or());
          if (peek(',')) p++;
        }
        expect(')');
        const fn = functions[t.v] ?? functions[Object.keys(functions).find((k) => k.toLowerCase() === t.v.toLowerCase()) ?? ''];
        if (!fn) throw new Error(`function ${t.v}() is not simulated (in: ${src})`);
        return fn(args);
      }
      if (!(t.v in scope.contexts)) throw new Error(`context "${t.v}" is not simulated (in: ${src})`);
      let v: ExprValue = scope.contexts[t.v];
      // Property paths: .name, ['name'], and .* (each element's, or each value's, property).
      let filtered = false;
      for (;;) {
        if (peek('.')) {
          p++;
          if (peek('*')) {
            p++;
            v = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
            filtered = true;
            continue;
          }
          const name = toks[p++];
          if (!name || (name.k !== 'id' && name.k !== 'num')) throw new Error(`expected a property name in: ${src}`);
          v = filtered ? (v as ExprValue[]).map((x) => prop(x, name.v)) : prop(v, name.v);
        } else if (peek('[')) {
          p++;
          const key = or();
          expect(']');
          v = filtered ? (v as ExprValue[]).map((x) => prop(x, exprToString(key))) : prop(v, exprToString(key));
        } else break;
      }
      return v;
    }
    throw new Error(`unexpected "${t.v}" in: ${src}`);
  }
  function prop(v: ExprValue, name: string): ExprValue {
    if (v === null || typeof v !== 'object') return null;
    if (Array.isArray(v)) return /^\d+$/.test(name) ? (v[Number(name)] ?? null) : null;
    const key = Object.keys(v).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? null : v[key];
  }
  function comparison(): ExprValue {
    let left = primary();
    for (;;) {
      const t = peek();
      if (!t || t.k !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(t.v)) return left;
      p++;
      const right = primary();
      if (t.v === '==') left = equals(left, right);
      else if (t.v === '!=') left = !equals(left, right);
      else {
        const [a, b] = typeof left === 'string' && typeof right === 'string' ? [left.toLowerCase(), right.toLowerCase()] : [toNumber(left), toNumber(right)];
        left = t.v === '<' ? a < b : t.v === '<=' ? a <= b : t.v === '>' ? a > b : a >= b;
      }
    }
  }
  function and(): ExprValue {
    let left = comparison();
    while (peek('&&')) {
      p++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  }
  function or(): ExprValue {
    let left = and();
    while (peek('||')) {
      p++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  }
  const v = or();
  if (p !== toks.length) throw new Error(`unexpected "${toks[p].v}" after a complete expression in: ${src}`);
  return v;
}

/** A string with `${{ }}` parts (a concurrency group, a `with:` value), interpolated. */
export function interpolate(text: string, scope: ExprScope): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_m, e: string) => exprToString(evaluate(e, scope)));
}

/** Whether an `if:` runs: `${{ }}` or bare; without a status function, success() && (...) as GitHub does. */
export function condition(text: string | boolean | undefined, scope: ExprScope): boolean {
  if (text === undefined) return (scope.status ?? 'success') === 'success';
  if (typeof text === 'boolean') return text;
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(text);
  const expr = m ? m[1] : text;
  const implicit = !/\b(success|failure|cancelled|always)\s*\(/.test(expr);
  return (implicit ? (scope.status ?? 'success') === 'success' : true) && truthy(evaluate(expr, scope));
}
