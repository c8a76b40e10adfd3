// JSON strings inside a trace (tool args, answers) are parsed again: each parse keeps the depth bound.
import { describe, expect, it } from 'vitest';
import { decodeAnswer, decodeJsonish } from '../../src/trace/spans.js';
import { parseJsonBounded } from '../../src/json.js';

describe('JSON inside trace strings stays bounded', () => {
  const deep = '['.repeat(200_000) + ']'.repeat(200_000);
  it.each([
    ['decodeJsonish', () => decodeJsonish(deep)],
    ['decodeAnswer', () => decodeAnswer(deep)],
  ])('%s keeps a 200,000-level string as text instead of building a value every later walk overflows on', (_name, run) => {
    expect(run()).toBe(deep);
    // The kept string can be serialised; a parsed value would overflow JSON.stringify.
    expect(() => JSON.stringify({ v: run() })).not.toThrow();
  });

  it('parses ordinary JSON and rejects non-JSON', () => {
    expect(parseJsonBounded('{"a":[1,2]}')).toEqual({ a: [1, 2] });
    expect(parseJsonBounded('{"a":')).toBeUndefined();
    expect(decodeJsonish('{"order_id":"8812"}')).toEqual({ order_id: '8812' });
  });
});
