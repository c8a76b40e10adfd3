import { describe, expect, it } from 'vitest';
import { createCompileCache } from '../../src/compile-cache.js';
import { compileUserSchema } from '../../src/user-schema.js';
import { checkUserSchemaCompiles } from '../../src/case/validator.js';

describe('createCompileCache', () => {
  it('compiles each key once and returns the cached value (errors included) afterwards', () => {
    const cache = createCompileCache<string | null>(10);
    let compiles = 0;
    const compile = (k: string) => () => (compiles++, k === 'bad' ? null : k.toUpperCase());
    expect(['a', 'b', 'a', 'bad', 'a', 'bad', 'b'].map((k) => cache.get(k, compile(k)))).toEqual(['A', 'B', 'A', null, 'A', null, 'B']);
    expect(compiles).toBe(3);
  });

  it('keeps at most max entries, evicting the least recently used', () => {
    const evicted: string[] = [];
    const cache = createCompileCache<string>(2, (v) => evicted.push(v));
    cache.get('a', () => 'A');
    cache.get('b', () => 'B');
    cache.get('a', () => 'A2'); // touch a: b is now the oldest
    cache.get('c', () => 'C');
    expect(evicted).toEqual(['B']);
    expect(cache.size).toBe(2);
    expect(cache.get('a', () => 'A3')).toBe('A');
    expect(cache.get('b', () => 'B2')).toBe('B2');
  });
});

describe('compileUserSchema', () => {
  it('returns one compiled function for equal schemas written in any key order', () => {
    const a = compileUserSchema({ type: 'object', required: ['x'], properties: { x: { type: 'integer', minimum: 1 } } });
    const b = compileUserSchema({ properties: { x: { minimum: 1, type: 'integer' } }, required: ['x'], type: 'object' });
    const c = compileUserSchema({ type: 'object', required: ['x'], properties: { x: { type: 'integer', minimum: 2 } } });
    expect(a.validate).toBeTypeOf('function');
    expect(b.validate).toBe(a.validate);
    expect(c.validate).not.toBe(a.validate);
    expect(a.validate!({ x: 1 })).toBe(true);
    expect(c.validate!({ x: 1 })).toBe(false);
  });

  it('lets different schemas share an $id without clashing', () => {
    const a = compileUserSchema({ $id: 'https://example.com/s', type: 'string' });
    const b = compileUserSchema({ $id: 'https://example.com/s', type: 'number' });
    expect(a.validate!('x')).toBe(true);
    expect(b.validate!('x')).toBe(false);
  });

  it('reports the same located error for every copy of a broken schema', () => {
    const bad = () => ({ type: 'object', properties: { x: { type: 'strin' } } });
    const first = checkUserSchemaCompiles(bad());
    expect(first?.pointer).toBe('/properties/x/type');
    expect(checkUserSchemaCompiles(bad())).toEqual(first);
  });
});
