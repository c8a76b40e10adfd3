// Size limits GitHub enforces on what evalgate posts (SPEC 7).

/** Maximum sizes: PR comment body (chars), job summary (bytes), annotations per check-run request. */
export const LIMITS = { comment: 65536, summary: 1048576, annotationsPerRequest: 50 } as const;
