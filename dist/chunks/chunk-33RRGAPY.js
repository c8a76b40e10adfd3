#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);

// src/compile-cache.ts
function createCompileCache(max, onEvict) {
  const map = /* @__PURE__ */ new Map();
  return {
    get(key, compile) {
      if (map.has(key)) {
        const hit = map.get(key);
        map.delete(key);
        map.set(key, hit);
        return hit;
      }
      const value = compile();
      map.set(key, value);
      if (map.size > max) {
        const oldest = map.keys().next().value;
        const dropped = map.get(oldest);
        map.delete(oldest);
        onEvict?.(dropped);
      }
      return value;
    },
    get size() {
      return map.size;
    }
  };
}

export {
  createCompileCache
};
