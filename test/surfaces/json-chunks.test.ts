import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { renderJsonChunks } from '../../src/surfaces/json.js';

const text = (v: unknown) => [...renderJsonChunks(v)].join('');

describe('renderJsonChunks', () => {
  it('joins to exactly JSON.stringify(value, null, 2) plus a newline, for any JSON-like value', () => {
    const member = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))));
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(fc.string(), member), fc.jsonValue()), (v) => {
        expect(text(v)).toBe(`${JSON.stringify(v, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    [{}],
    [{ a: undefined }],
    [{ cases: [] }],
    [{ cases: [{ id: 'x\ny', n: [1, { deep: ['a'] }] }, null, 3], b: 'line\nbreak' }],
    [{ at: new Date(0), list: [new Date(1)] }],
    [{ fn: () => 1, s: Symbol('x'), ok: 1 }],
    [{ gone: { toJSON: () => undefined }, kept: { toJSON: () => 'x' }, ok: 1 }],
  ])('matches JSON.stringify for %j', (v) => {
    expect(text(v)).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('never stringifies a whole array member, not even to ask whether it has a JSON form', () => {
    // issue 13: the filter for undefined members used to build the `cases` text of a 100,000-case file.
    const cases = Array.from({ length: 50 }, (_, i) => ({ id: `c-${i}` }));
    const spy = vi.spyOn(JSON, 'stringify');
    try {
      const out = text({ schema: 's', cases, totals: { n: 50 } });
      expect(out).toBe(`${JSON.stringify({ schema: 's', cases, totals: { n: 50 } }, null, 2)}\n`);
      const wholeArrayCalls = spy.mock.calls.filter((c) => c[0] === cases).length;
      expect(wholeArrayCalls).toBe(0);
    } finally {
      spy.mockRestore();
    }
  });

  it('yields an array member one element at a time', () => {
    const cases = Array.from({ length: 1000 }, (_, i) => ({ id: `c-${i}` }));
    const chunks = [...renderJsonChunks({ schema: 's', cases, totals: { n: 1000 } })];
    expect(chunks.length).toBeGreaterThan(1000);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(100);
  });
});
