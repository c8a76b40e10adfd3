// Strict UTF-8 decoding for untrusted bytes (harness output, case files): invalid input is
// reported with where it goes wrong, never silently turned into U+FFFD.

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes strictly; returns null on invalid UTF-8. */
export function decodeUtf8(buf: Uint8Array): string | null {
  try {
    return strictUtf8.decode(buf);
  } catch {
    return null;
  }
}

/** Index of the first byte that makes `buf` invalid UTF-8 (buf.length when it is valid). */
export function firstInvalidUtf8Offset(buf: Uint8Array): number {
  // Binary search on prefixes would be wrong (a prefix may end mid-character), so scan.
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    if (decodeUtf8(buf.subarray(i, i + len)) === null) return i;
    i += len;
  }
  return buf.length;
}
