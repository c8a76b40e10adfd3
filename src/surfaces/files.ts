// The files a gate writes to `.evalgate/<suite>/`, rendered from redacted data. The CLI and the
// action both write these (the fork workflow uploads the directory as an artifact), so both go
// through this one function and the same redaction step. Pure: data in, file texts out.
import type { Comparison, Results } from '../types.js';
import { renderComparisonMarkdown, type MarkdownOptions } from './markdown.js';
import { renderJunit } from './junit.js';
import { redactComparison, redactResults, type Redactor } from './redact.js';
import { renderJsonChunks } from './json.js';
import { renderComparisonHtml } from './html.js';

/** File name -> content of one suite's gate outputs (JSON as chunks: a coverage suite's results are large). */
export interface GateFiles {
  'results.json': Iterable<string>;
  'comparison.json': Iterable<string>;
  'report.md': string;
  'junit.xml': string;
  /** The self-contained HTML report: every case, filterable, with its trials and evidence. */
  'report.html': string;
}

/** Redacts results and comparison once, then renders every format from the redacted copies (the Markdown and HTML also redact the issue titles they are given). */
export function renderGateFiles(head: Results, cmp: Comparison, redact: Redactor, md: Omit<MarkdownOptions, 'redact'> = {}): GateFiles {
  const h = redactResults(head, redact);
  const c = redactComparison(cmp, redact);
  return {
    // Rendered piece by piece as they are written (and again if iterated again): never one string.
    'results.json': { [Symbol.iterator]: () => renderJsonChunks(h) },
    'comparison.json': { [Symbol.iterator]: () => renderJsonChunks(c) },
    'report.md': renderComparisonMarkdown(c, { ...md, redact }) + '\n',
    // Testcase times come from the head trials' latencies (a comparison carries none).
    'junit.xml': renderJunit(c, h) + '\n',
    'report.html': renderComparisonHtml(c, h, { ...md, redact }),
  };
}
