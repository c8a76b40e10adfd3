// Users' JSON Schemas as the checks compile them (src/user-schema.ts): one ajv instance for the
// whole process, patterns on RE2.
import { describe, expect, it } from 'vitest';
import { compileUserSchema } from '../../src/user-schema.js';

const validatorOf = (schema: object) => {
  const c = compileUserSchema(schema);
  if (!c.validate) throw new Error(c.error.message);
  return c.validate;
};

describe('compileUserSchema: patterns', () => {
  it('each schema tests its own pattern, whatever was compiled before it on the shared instance', () => {
    const req = validatorOf({ type: 'object', properties: { request_id: { type: 'string', pattern: '^req-' } } });
    const url = validatorOf({ type: 'array', items: { type: 'string', pattern: '^https://' } });
    const keys = validatorOf({ type: 'object', patternProperties: { '^x-': { type: 'integer' } } });
    expect(url(['https://docs.example.com/a'])).toBe(true);
    expect(url(['req-1'])).toBe(false);
    expect(req({ request_id: 'req-1' })).toBe(true);
    expect(req({ request_id: 'https://x' })).toBe(false);
    expect(keys({ 'x-a': 1, y: 'free' })).toBe(true);
    expect(keys({ 'x-a': 'not an integer' })).toBe(false);
  });

  it('"(a+)+$" against 30 a\'s and "!" answers at once (RE2; V8\'s RegExp would backtrack for minutes)', () => {
    const v = validatorOf({ type: 'string', pattern: '(a+)+$' });
    const t = performance.now();
    expect(v('a'.repeat(30) + '!')).toBe(false);
    expect(v('a'.repeat(30))).toBe(true);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('a pattern RE2 does not accept is a compile error located at the pattern', () => {
    const c = compileUserSchema({ type: 'object', properties: { reply: { type: 'string', pattern: 'ok(?=!)' } } });
    expect(c.error).toEqual({ message: expect.stringMatching(/^pattern "ok\(\?=!\)": invalid or unsupported Perl syntax: `\(\?=` \(patterns run as an RE2 regular expression/), pointer: '/properties/reply/pattern' });
    const k = compileUserSchema({ type: 'object', patternProperties: { 'a(?<=b)': { type: 'integer' } } });
    expect(k.error?.pointer).toBe('/patternProperties/a(?<=b)');
  });
});
