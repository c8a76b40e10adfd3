import { describe, expect, it } from 'vitest';
import { passAtK, passPowK } from '../../src/results/estimators.js';

// Hand-computed: pass@k = 1 - C(n-c,k)/C(n,k); pass^k = C(c,k)/C(n,k).
describe('passAtK', () => {
  it.each([
    [1, 1, 1, 1],
    [1, 0, 1, 0],
    [10, 3, 1, 0.3],
    [5, 2, 2, 1 - 3 / 10], // C(3,2)=3, C(5,2)=10
    [10, 5, 3, 1 - 10 / 120], // C(5,3)=10, C(10,3)=120
    [4, 2, 3, 1], // only 2 failures: any 3 trials include a pass
    [20, 1, 10, 0.5], // C(19,10)/C(20,10) = 10/20
  ])('n=%i c=%i k=%i -> %f', (n, c, k, want) => {
    expect(passAtK(n, c, k)).toBeCloseTo(want, 12);
  });
  it('stays finite and exact for large n', () => {
    // C(999,1)/C(1000,1) = 0.999
    expect(passAtK(1000, 1, 1)).toBeCloseTo(0.001, 12);
    expect(passAtK(1000, 500, 100)).toBeGreaterThan(0.999999);
  });
  it.each([
    [0, 0, 1],
    [3, 4, 1],
    [3, 1, 4],
    [3, 1, 0],
    [2.5, 1, 1],
  ])('rejects n=%s c=%s k=%s', (n, c, k) => {
    expect(() => passAtK(n, c, k)).toThrow(/expected integers/);
  });
});

describe('passPowK', () => {
  it.each([
    [1, 1, 1, 1],
    [10, 3, 1, 0.3],
    [5, 3, 2, 3 / 10], // C(3,2)=3, C(5,2)=10
    [10, 8, 3, 56 / 120], // C(8,3)=56
    [4, 2, 3, 0],
    [6, 6, 6, 1],
  ])('n=%i c=%i k=%i -> %f', (n, c, k, want) => {
    expect(passPowK(n, c, k)).toBeCloseTo(want, 12);
  });
  it('is never above pass@k', () => {
    for (let c = 0; c <= 8; c++) for (let k = 1; k <= 8; k++) expect(passPowK(8, c, k)).toBeLessThanOrEqual(passAtK(8, c, k) + 1e-15);
  });
});
