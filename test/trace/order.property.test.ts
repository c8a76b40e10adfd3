// Step order is a property of the spans, never of where the export put them: exporters group
// spans by instrumentation scope, batch processors emit them as they end, and a collector may
// split one trial's spans over several requests. Any shuffle of the spans over scopes,
// resources and export requests (log records too) converts to the same trace and warnings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertOtlpExports } from '../../src/trace/otlp.js';
import { parseJsonDocuments } from '../../src/trace/parse.js';

const dir = join(import.meta.dirname, 'fixtures');
const exportsOf = (name: string): unknown[] => {
  const docs = parseJsonDocuments(readFileSync(join(dir, name), 'utf8'));
  if (!docs.ok) throw new Error(docs.detail);
  return docs.values;
};

type Obj = Record<string, unknown>;
const spansOf = (docs: unknown[]) =>
  docs.flatMap((d) => ((d as Obj).resourceSpans as Obj[] | undefined ?? []).flatMap((rs) => (rs.scopeSpans as Obj[]).flatMap((ss) => (ss.spans as Obj[]).map((span) => ({ scope: ss.scope, span })))));
const logsOf = (docs: unknown[]) =>
  docs.flatMap((d) => ((d as Obj).resourceLogs as Obj[] | undefined ?? []).flatMap((rl) => (rl.scopeLogs as Obj[]).flatMap((sl) => (sl.logRecords as Obj[]).map((record) => ({ scope: sl.scope, record })))));

/** The same spans and log records, in `order`, cut into requests / resources / scopes at the given points. */
function reshape(docs: unknown[], order: number[], logOrder: number[], cuts: number[]): unknown[] {
  const spans = spansOf(docs);
  const logs = logsOf(docs);
  const permuted = order.map((i) => spans[i]);
  const requests: unknown[] = [];
  let from = 0;
  for (const cut of [...cuts.map((c) => c % (permuted.length + 1)).sort((a, b) => a - b), permuted.length]) {
    const chunk = permuted.slice(from, cut);
    from = cut;
    if (chunk.length === 0) continue;
    // One resource, one scope entry per span: scopes repeat and interleave, as merged exports do.
    requests.push({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: chunk.map(({ scope, span }) => ({ scope, spans: [span] })) }] });
  }
  if (logs.length > 0) requests.unshift({ resourceLogs: [{ resource: { attributes: [] }, scopeLogs: logOrder.map((i) => ({ scope: logs[i].scope, logRecords: [logs[i].record] })) }] });
  return requests;
}

const fixtures = readdirSync(dir).filter((f) => f.includes('.otlp.'));

describe('shuffling an export never changes the trace', () => {
  it.each(fixtures)('%s', (name) => {
    const docs = exportsOf(name);
    const expected = convertOtlpExports(docs);
    const nSpans = spansOf(docs).length;
    const nLogs = logsOf(docs).length;
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...Array(nSpans).keys()], { minLength: nSpans, maxLength: nSpans }),
        fc.shuffledSubarray([...Array(nLogs).keys()], { minLength: nLogs, maxLength: nLogs }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (order, logOrder, cuts) => {
          const got = convertOtlpExports(reshape(docs, order, logOrder, cuts));
          expect(got.trace).toEqual(expected.trace);
          expect(got.warnings).toEqual(expected.warnings);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('shuffling spans that tie on start times never changes the steps', () => {
  // Spans crowded into two milliseconds (as fast mock-model steps are), some nested, some
  // siblings, with and without tool call ids linking them to the model calls.
  const spanArb = fc.record({
    startMs: fc.integer({ min: 0, max: 1 }),
    durationUs: fc.integer({ min: 1, max: 900 }),
    parent: fc.nat(),
    nested: fc.boolean(),
    kind: fc.constantFrom('chat', 'tool'),
    tool: fc.constantFrom('lookup', 'refund', 'notify'),
    linked: fc.boolean(),
  });
  it('holds for random exports', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { minLength: 2, maxLength: 9 }), fc.nat(), (specs, seed) => {
        const spans = specs.map((s, i) => {
          const start = 1_800_000_000_000_000_000n + BigInt(s.startMs) * 1_000_000n;
          const attrs =
            s.kind === 'chat'
              ? [
                  { key: 'gen_ai.operation.name', value: { stringValue: 'chat' } },
                  ...(s.linked ? [{ key: 'gen_ai.output.messages', value: { stringValue: JSON.stringify([{ role: 'assistant', parts: [{ type: 'tool_call', id: `c${i + 1}`, name: s.tool, arguments: {} }] }]) } }] : []),
                ]
              : [
                  { key: 'gen_ai.operation.name', value: { stringValue: 'execute_tool' } },
                  { key: 'gen_ai.tool.name', value: { stringValue: `${s.tool}-${i}` } },
                  ...(s.linked ? [{ key: 'gen_ai.tool.call.id', value: { stringValue: `c${i}` } }] : []),
                ];
          return {
            traceId: '0af7651916cd43dd8448eb211c80319c',
            spanId: (0x1000 + i * 7919).toString(16).padStart(16, '0'),
            parentSpanId: s.nested && i > 0 ? (0x1000 + (s.parent % i) * 7919).toString(16).padStart(16, '0') : '',
            name: `${s.kind} ${i}`,
            startTimeUnixNano: String(start),
            endTimeUnixNano: String(start + BigInt(s.durationUs) * 1000n),
            attributes: attrs,
          };
        });
        const asExport = (list: unknown[]) => ({ resourceSpans: [{ scopeSpans: list.map((span, k) => ({ scope: { name: `scope-${k % 3}` }, spans: [span] })) }] });
        const shuffled = [...spans];
        let x = seed || 1;
        for (let i = shuffled.length - 1; i > 0; i--) {
          x = (x * 1103515245 + 12345) % 2147483648;
          const j = x % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
        }
        const a = convertOtlpExports([asExport(spans)]);
        const b = convertOtlpExports([asExport(shuffled)]);
        expect(b.trace.steps).toEqual(a.trace.steps);
        expect(b.warnings).toEqual(a.warnings);
      }),
      { numRuns: 300 },
    );
  });
});
