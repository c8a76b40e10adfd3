// JUnit XML for CI test-report viewers. One <testcase> per case; holdout cases appear only under
// their opaque id with no messages or evidence (SPEC 7).

import type { CaseComparison, CaseResult, Comparison, Results } from '../types.js';
import { formatP, formatPct, formatRatio, guardsLabel, scrubLocalPaths, shortSha } from './format.js';

// Characters XML 1.0 forbids anywhere (most C0 controls, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Remove characters that XML 1.0 cannot represent. */
export function stripInvalidXml(s: string): string {
  return s.replace(INVALID_XML, '');
}

/** Escape text content for XML. */
export function xmlText(s: string): string {
  return stripInvalidXml(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value for XML (quotes and line breaks too, so they survive attribute normalisation). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

interface Row {
  classname: string;
  name: string;
  timeS: number;
  failure?: { message: string; type: string; body: string };
  error?: { message: string; type: string; body: string };
  skipped?: string;
  out?: string;
}

const MAX_MESSAGE = 1000;

/** Keep message attributes short: viewers show them on one line; the full text is in the element body. */
function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_MESSAGE ? `${one.slice(0, MAX_MESSAGE - 1)}…` : one;
}

function attrs(a: Record<string, string | number>): string {
  return Object.entries(a)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

function renderDoc(suiteName: string, timestamp: string | null, rows: Row[], properties: Record<string, string>): string {
  const count = (f: (r: Row) => boolean) => rows.filter(f).length;
  const time = rows.reduce((s, r) => s + r.timeS, 0);
  const head = {
    name: suiteName,
    tests: rows.length,
    failures: count((r) => !!r.failure),
    errors: count((r) => !!r.error),
    skipped: count((r) => !!r.skipped),
    time: time.toFixed(3),
  };
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attrs({ ...head })}>`, `  <testsuite${attrs(timestamp ? { ...head, timestamp } : head)}>`];
  const props = Object.entries(properties);
  if (props.length > 0) {
    lines.push('    <properties>');
    for (const [name, value] of props) lines.push(`      <property${attrs({ name, value })}/>`);
    lines.push('    </properties>');
  }
  for (const r of rows) {
    const open = `    <testcase${attrs({ classname: r.classname, name: r.name, time: r.timeS.toFixed(3) })}`;
    const inner: string[] = [];
    if (r.failure) inner.push(`      <failure${attrs({ message: clip(r.failure.message), type: r.failure.type })}>${xmlText(r.failure.body)}</failure>`);
    if (r.error) inner.push(`      <error${attrs({ message: clip(r.error.message), type: r.error.type })}>${xmlText(r.error.body)}</error>`);
    if (r.skipped) inner.push(`      <skipped${attrs({ message: clip(r.skipped) })}/>`);
    if (r.out) inner.push(`      <system-out>${xmlText(r.out)}</system-out>`);
    lines.push(inner.length ? `${open}>\n${inner.join('\n')}\n    </testcase>` : `${open}/>`);
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}

function resultRow(c: CaseResult, suite: string): Row {
  const timeS = c.trials.reduce((s, t) => s + t.latency_ms, 0) / 1000;
  const fails = c.trials.filter((t) => t.outcome === 'fail');
  const errs = c.trials.filter((t) => t.outcome === 'error');
  if (c.holdout) {
    // Outcomes only: never messages or evidence for holdout cases.
    const row: Row = { classname: 'holdout', name: c.id, timeS };
    if (fails.length > 0) row.failure = { message: `holdout case failed ${fails.length}/${c.runs} trials`, type: 'holdout', body: '' };
    else if (errs.length > 0) row.error = { message: `holdout case errored ${errs.length}/${c.runs} trials`, type: 'error', body: '' };
    return row;
  }
  const row: Row = { classname: c.workflow ?? suite, name: c.id, timeS };
  const guards = c.guards === null ? '' : ` (guards ${guardsLabel(c.guards)})`;
  if (fails.length > 0) {
    const first = fails[0];
    const firstMsg = first.failures[0] ? `${first.failures[0].type}: ${first.failures[0].message}` : first.class === 'timeout' ? 'timed out' : 'failed';
    const body = fails
      .map((t) => [`trial ${t.trial}: ${t.class ?? 'fail'}`, ...t.failures.map((f) => `  [${f.level}] ${f.type} (${f.class}): ${f.message}`)].join('\n'))
      .join('\n');
    row.failure = { message: `${firstMsg}${guards}`, type: first.class ?? 'fail', body: `${c.passes}/${c.runs} trials passed\n${body}` };
  } else if (errs.length > 0) {
    row.error = {
      message: `${errs[0].error ?? 'trial could not be evaluated'}${guards}`,
      type: 'error',
      body: errs.map((t) => `trial ${t.trial}: ${t.error ?? 'error'} (after ${t.retries} retries)`).join('\n'),
    };
  }
  const evidence = [...fails, ...errs]
    .map((t) => [t.stderr_tail ? `--- trial ${t.trial} stderr ---\n${t.stderr_tail}` : '', t.trace_excerpt ? `--- trial ${t.trial} trace ---\n${t.trace_excerpt}` : ''].filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n');
  if (evidence) row.out = evidence;
  return row;
}

function comparisonRow(c: CaseComparison, suite: string): Row {
  const change = !c.base ? formatRatio(c.head) : !c.head ? `was ${formatRatio(c.base)}` : `${formatRatio(c.base)} → ${formatRatio(c.head)}`;
  if (c.holdout) {
    const row: Row = { classname: 'holdout', name: c.id, timeS: 0 };
    if (c.blocking) row.failure = { message: `holdout case ${c.status}`, type: 'holdout', body: '' };
    return row;
  }
  const row: Row = { classname: c.workflow ?? suite, name: c.id, timeS: 0 };
  const guards = c.guards === null ? '' : ` (guards ${guardsLabel(c.guards)})`;
  const body = [
    `status: ${c.status}${c.modified ? ' (definition changed in this PR; the base definition gated)' : ''}`,
    `passes: ${change}${c.p_value !== null ? `, p=${formatP(c.p_value)}` : ''}`,
    c.message ? `${c.status === 'errored' ? 'error' : 'failing check'}: ${c.message}` : '',
    c.evidence ? `evidence:\n${c.evidence}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  if (c.status === 'errored') {
    row.error = { message: `${c.message ?? 'persistent errors on head'}${guards}`, type: 'error', body };
  } else if (c.blocking || c.status === 'regressed') {
    const what = c.status === 'removed' ? 'guard case removed' : c.status === 'new' ? 'new case fails' : 'regressed';
    row.failure = { message: `${what} ${change}${c.message ? `: ${c.message}` : ''}${guards}`, type: c.class ?? c.status, body };
  } else if (c.status === 'removed') {
    row.skipped = `guard case removed (allowed)${guards}`;
  } else if (c.status === 'flaky' || c.modified) {
    row.out = body;
  }
  return row;
}

/**
 * JUnit XML for results or a comparison: one testcase per case (classname = workflow or suite,
 * name = case id). A comparison carries no latencies; pass the head results for `time=` (the sum
 * of the case's trial latencies, as for results).
 */
export function renderJunit(x: Results | Comparison, head?: Results): string {
  const suiteName = `evalgate.${x.suite}`;
  if (x.schema === 'evalgate/results@1') {
    const rows = x.cases.map((c) => resultRow(c, x.suite));
    return renderDoc(suiteName, x.created_at, rows, {
      commit: x.commit,
      ref: x.ref,
      pass_rate: formatPct(x.totals.pass_rate),
      ...(x.holdout_totals ? { holdout_pass_rate: formatPct(x.holdout_totals.pass_rate) } : {}),
    });
  }
  const seconds = new Map((head?.cases ?? []).map((c) => [c.id, c.trials.reduce((s, t) => s + t.latency_ms, 0) / 1000]));
  const rows = x.cases.map((c) => ({ ...comparisonRow(c, x.suite), timeS: seconds.get(c.id) ?? 0 }));
  // Suite-level reasons (holdout, budgets) are gates too; give them their own testcases.
  for (const r of x.reasons.filter((r) => !r.case_id && (r.kind === 'holdout' || r.kind === 'budget_cost' || r.kind === 'budget_latency' || r.kind === 'missing_shard'))) {
    const row: Row = { classname: `${suiteName}.gate`, name: r.kind, timeS: 0 };
    if (r.blocking) row.failure = { message: r.message, type: r.kind, body: r.message };
    else row.out = `warning: ${r.message}`;
    rows.push(row);
  }
  return renderDoc(suiteName, null, rows, {
    verdict: x.verdict,
    head: x.head.commit,
    ...(x.base ? { base: x.base.commit, base_short: shortSha(x.base.commit), baseline_source: scrubLocalPaths(x.base.source) } : {}),
    head_pass_rate: formatPct(x.suite_delta.head_pass_rate),
    base_pass_rate: formatPct(x.suite_delta.base_pass_rate),
    ...(Array.isArray(x.harness_changes) && x.harness_changes.length ? { harness_changed: x.harness_changes.map((c) => c.field).join(', ') } : {}),
  });
}
