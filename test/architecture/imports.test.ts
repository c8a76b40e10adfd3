// Modules import downward only: no import cycles anywhere in src/ (type-only imports included,
// since a cycle of types still ties the modules together), and the action's modes never import
// the dispatcher.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? listTs(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports of each file under src/, as src-relative paths. */
function readGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of listTs(SRC)) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/(?:import|export)[^;]*?from\s+'(\.[^']+)'/g)].map((m) => relative(SRC, resolve(dirname(file), m[1].replace(/\.js$/, '.ts'))));
    graph.set(relative(SRC, file), deps);
  }
  return graph;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return cycles;
}

describe('module graph', () => {
  it('the cycle finder finds a planted cycle (so an empty answer means something)', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('src/ has no import cycles', () => {
    expect(findCycles(readGraph()).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('no action mode imports the dispatcher (action/main.ts)', () => {
    const importers = [...readGraph()].filter(([, deps]) => deps.includes('action/main.ts')).map(([f]) => f);
    expect(importers).toEqual(['index.ts']);
  });
});
