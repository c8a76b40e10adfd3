// What a pull request changed in the `harness` section (SPEC 7: the harness is the PR's to change).
// A PR can point `harness.command` at a script that prints a canned passing trace; that cannot be
// blocked, but every report must say that the harness changed, from what to what. Pure.
import type { HarnessChange, HarnessConfig } from '../types.js';
import { isSecretName, REDACTED } from '../surfaces/redact.js';

/** The changed command, protocol, timeout, retries, env entries and paths between the base and the head harness; [] when equal or when the base has none. */
export function diffHarness(base: HarnessConfig | null, head: HarnessConfig): HarnessChange[] {
  if (base === null) return [];
  const out: HarnessChange[] = [];
  if (base.command !== head.command) out.push({ field: 'harness.command', base: base.command, head: head.command });
  if (base.protocol !== head.protocol) out.push({ field: 'harness.protocol', base: base.protocol, head: head.protocol });
  // Settings that change outcomes too: a longer timeout hides slowness, more retries hide crashes.
  if (base.timeout_ms !== head.timeout_ms) out.push({ field: 'harness.timeout_ms', base: String(base.timeout_ms), head: String(head.timeout_ms) });
  if (base.retries !== head.retries) out.push({ field: 'harness.retries', base: String(base.retries), head: String(head.retries) });
  const names = [...new Set([...Object.keys(base.env), ...Object.keys(head.env)])].sort();
  for (const name of names) {
    const b = Object.hasOwn(base.env, name) ? base.env[name] : null;
    const h = Object.hasOwn(head.env, name) ? head.env[name] : null;
    if (b === h) continue;
    // A secret-looking name keeps its values out of every report (and comparison.json) altogether.
    if (isSecretName(name)) out.push({ field: `harness.env.${name}`, base: b === null ? null : REDACTED, head: h === null ? null : REDACTED, hidden: true });
    else out.push({ field: `harness.env.${name}`, base: b, head: h });
  }
  for (const field of ['paths', 'ignore'] as const) {
    const bp = [...(base[field] ?? [])].sort();
    const hp = [...(head[field] ?? [])].sort();
    if (bp.length !== hp.length || bp.some((p, i) => p !== hp[i])) out.push({ field: `harness.${field}`, base: bp.join(', ') || null, head: hp.join(', ') || null });
  }
  return out;
}
