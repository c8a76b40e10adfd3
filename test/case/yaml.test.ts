import { describe, expect, it } from 'vitest';
import { escapePointerSegment, parseYamlDocument, splitPointer } from '../../src/case/yaml.js';

const SRC = [
  'id: "refund-1"', //                      1
  'checks:', //                              2
  '  - type: trajectory', //                 3
  "    mode: 'inorder'", //                  4
  '    tools: [a, b]', //                    5
  '  - {type: budget, max_steps: 3}', //     6
  'input:', //                               7
  '  messages:', //                          8
  '    - role: user', //                     9
  'empty:', //                              10
  'a/b: 1', //                              11
  'block: |', //                            12
  '  text', //                              13
].join('\n');

describe('parseYamlDocument positions', () => {
  const doc = parseYamlDocument(SRC, 'c.yaml');

  it('loads the value', () => {
    expect(doc.problems).toEqual([]);
    expect((doc.value as { checks: unknown[] }).checks).toHaveLength(2);
  });

  it.each([
    ['/id', 1, 5], // the opening quote, not the text after it
    ['/checks/0/type', 3, 11],
    ['/checks/0/mode', 4, 11],
    ['/checks/0/tools', 5, 12],
    ['/checks/0/tools/1', 5, 16],
    ['/checks/1', 6, 5],
    ['/checks/1/max_steps', 6, 31],
    ['/input/messages/0/role', 9, 13],
    ['/empty', 10, 1], // empty value: the key
    ['/checks', 2, 1], // block collection: its key line
    ['/a~1b', 11, 6],
    ['/block', 12, 1], // block scalar: its key line
  ])('locate(%s) -> %i:%i', (pointer, line, col) => {
    expect(doc.locate(pointer)).toEqual({ line, col });
  });

  it.each([
    ['/checks/0/mode', 4, 5],
    ['/id', 1, 1],
    ['/checks/1', 6, 5], // no key: the value
  ])('locateKey(%s) -> %i:%i', (pointer, line, col) => {
    expect(doc.locateKey(pointer)).toEqual({ line, col });
  });

  it('falls back to the nearest existing ancestor (its key)', () => {
    expect(doc.locate('/checks/0/missing/deeper')).toEqual({ line: 3, col: 5 });
    expect(doc.locate('/nope')).toEqual({ line: 1, col: 1 });
    expect(doc.locate('/checks/9')).toEqual({ line: 2, col: 1 });
  });
});

describe('parseYamlDocument errors', () => {
  it.each([
    ['a: [1, 2\nb: 3\n', 2, 1],
    ['a: 1\n  b: 2\n', 2, 4],
    ['a: 1\nb: 2\na: 3\n', 3, 1],
    ['x: "unterminated\n', 2, 1],
  ])('%j reports a syntax error at %i:%i', (text, line, col) => {
    const doc = parseYamlDocument(text, 'bad.yaml');
    expect(doc.value).toBeUndefined();
    expect(doc.problems).toHaveLength(1);
    expect(doc.problems[0]).toMatchObject({ file: 'bad.yaml', line, col });
    expect(doc.problems[0].message).toMatch(/^YAML syntax error: /);
  });

  it('treats an empty or comment-only file as null, not an error', () => {
    for (const text of ['', '\n\n', '# just a comment\n']) {
      const doc = parseYamlDocument(text, 'e.yaml');
      expect(doc.problems).toEqual([]);
      expect(doc.value).toBeNull();
    }
  });
});

describe('JSON pointer helpers', () => {
  it('round-trips segments with / and ~', () => {
    const segs = ['a/b', 'c~d', '0'];
    const pointer = '/' + segs.map(escapePointerSegment).join('/');
    expect(pointer).toBe('/a~1b/c~0d/0');
    expect(splitPointer(pointer)).toEqual(segs);
    expect(splitPointer('')).toEqual([]);
  });
});
