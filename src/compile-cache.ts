// Memoization for compiled user-written artefacts (JSON Schemas, regular expressions). Suites
// repeat a handful of distinct schemas and patterns across thousands of cases; compiling each
// case's copy was most of the time spent loading a large suite. Whatever engine compiles a value,
// it runs once per distinct key (canonical content), and at most `max` compiled values are kept.

/** A bounded least-recently-used map from a canonical key to what compiling it produced. */
export interface CompileCache<V> {
  /** The cached value for `key`, or `compile()`'s result stored under it (errors are values too). */
  get(key: string, compile: () => V): V;
  /** Number of entries held. */
  readonly size: number;
}

/**
 * A CompileCache keeping at most `max` entries; `onEvict` hears the value dropped to make room
 * (e.g. to remove a schema from the engine that compiled it).
 */
export function createCompileCache<V>(max: number, onEvict?: (value: V) => void): CompileCache<V> {
  const map = new Map<string, V>();
  return {
    get(key, compile) {
      if (map.has(key)) {
        const hit = map.get(key) as V;
        // Re-insert: a Map iterates in insertion order, so its first key is the least recently used.
        map.delete(key);
        map.set(key, hit);
        return hit;
      }
      const value = compile();
      map.set(key, value);
      if (map.size > max) {
        const oldest = map.keys().next().value as string;
        const dropped = map.get(oldest) as V;
        map.delete(oldest);
        onEvict?.(dropped);
      }
      return value;
    },
    get size() {
      return map.size;
    },
  };
}
