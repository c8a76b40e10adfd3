import { describe, expect, it } from 'vitest';
import { decodeSourceText, escapePointerSegment, MAX_YAML_BYTES, parseYamlDocument, splitPointer } from '../../src/case/yaml.js';

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

  it('answers top-level pointers before the full map is built exactly as after', () => {
    const full = parseYamlDocument(SRC, 'c.yaml');
    const pointers = [...full.locations.keys()].filter((p) => splitPointer(p).length <= 1).concat(['/nope']);
    expect(pointers.length).toBeGreaterThan(5);
    for (const p of pointers) {
      const fresh = parseYamlDocument(SRC, 'c.yaml');
      expect([fresh.locate(p), fresh.locateKey(p)], p).toEqual([full.locate(p), full.locateKey(p)]);
    }
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
    expect(doc.problems[0].message).toMatch(/^YAML (syntax )?error: /);
  });

  // issue 9: hostile or mistaken YAML gets a located message naming what is wrong.
  const bomb = (levels: number) => {
    const lines = ['input:', '  l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let k = 1; k < levels; k++) lines.push(`  l${k}: &l${k} [${Array(9).fill(`*l${k - 1}`).join(',')}]`);
    return lines.join('\n') + '\n';
  };
  it.each([
    { name: 'duplicate key, named with both places', text: 'a: 1\nb: 2\na: 3\n', line: 3, col: 1, message: 'YAML error: duplicate key "a" (first at line 1, column 1)' },
    { name: 'nested duplicate key', text: 'checks:\n  - type: x\n    type: y\n', line: 3, col: 5, message: 'YAML error: duplicate key "type" (first at line 2, column 5)' },
    { name: 'second document without ---', text: 'a: 1\n---\nb: 2\n', line: 2, col: 1, message: 'YAML error: a second YAML document starts here' },
    { name: 'second document after an explicit first', text: '---\na: 1\n...\n---\nb: 2\n', line: 4, col: 1, message: 'YAML error: a second YAML document starts here' },
    { name: 'billion laughs (9 levels of 9)', text: bomb(9), line: 7, col: 12, message: 'YAML error: aliases expand to more than 100000 nodes (an alias bomb?)' },
  ])('$name', ({ text, line, col, message }) => {
    const doc = parseYamlDocument(text, 'bad.yaml');
    expect(doc.value).toBeUndefined();
    expect(doc.problems).toEqual([expect.objectContaining({ file: 'bad.yaml', line, col, message })]);
  });

  it('keeps ordinary aliases: a few small expansions are fine', () => {
    const doc = parseYamlDocument(bomb(4), 'ok.yaml');
    expect(doc.problems).toEqual([]);
    expect((doc.value as { input: Record<string, unknown[]> }).input.l3).toHaveLength(9);
  });

  it(`refuses a file over ${MAX_YAML_BYTES} bytes before parsing it`, () => {
    const doc = parseYamlDocument(`a: "${'x'.repeat(MAX_YAML_BYTES)}"\n`, 'big.yaml');
    expect(doc.problems).toEqual([expect.objectContaining({ line: 1, col: 1, message: expect.stringMatching(/^file is \d+ bytes, over the 1048576-byte limit/) })]);
  });

  it('decodeSourceText locates invalid UTF-8 at its line and column', () => {
    const bytes = Buffer.concat([Buffer.from('id: x\ntitle: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(decodeSourceText(bytes, 'c.yaml').problems).toEqual([
      { file: 'c.yaml', line: 2, col: 11, message: 'file is not valid UTF-8 (byte 0xe9 at offset 16)', expected: 'a UTF-8 text file' },
    ]);
    expect(decodeSourceText(Buffer.from('title: café\n'), 'c.yaml')).toEqual({ text: 'title: café\n', problems: [] });
  });

  it('rejects a stream of several documents', () => {
    const doc = parseYamlDocument('a: 1\n---\nb: 2\n', 'two.yaml');
    expect(doc.value).toBeUndefined();
    expect(doc.problems[0]).toMatchObject({ line: 2, col: 1, message: expect.stringMatching(/second YAML document/) });
  });

  it('treats an empty or comment-only file as null, not an error', () => {
    for (const text of ['', '\n\n', '# just a comment\n', '  # indented\n\n# another\n']) {
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
