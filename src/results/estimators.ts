// Unbiased pass@k and pass^k estimators over n trials with c passes (Chen et al. 2021).
// Both use product forms so large n never overflows binomial coefficients.

function checkArgs(n: number, c: number, k: number, name: string): void {
  if (!Number.isInteger(n) || !Number.isInteger(c) || !Number.isInteger(k) || n < 1 || c < 0 || c > n || k < 1 || k > n) {
    throw new RangeError(`${name}(n=${n}, c=${c}, k=${k}): expected integers with 0 <= c <= n and 1 <= k <= n`);
  }
}

/** Unbiased pass@k = 1 - C(n-c, k) / C(n, k): chance that at least one of k trials passes. */
export function passAtK(n: number, c: number, k: number): number {
  checkArgs(n, c, k, 'passAtK');
  if (n - c < k) return 1;
  // C(n-c,k)/C(n,k) = prod_{i=n-c+1}^{n} (1 - k/i)
  let miss = 1;
  for (let i = n - c + 1; i <= n; i++) miss *= 1 - k / i;
  return 1 - miss;
}

/** Unbiased pass^k = C(c, k) / C(n, k): chance that all of k trials pass. */
export function passPowK(n: number, c: number, k: number): number {
  checkArgs(n, c, k, 'passPowK');
  if (c < k) return 0;
  let all = 1;
  for (let i = 0; i < k; i++) all *= (c - i) / (n - i);
  return all;
}
