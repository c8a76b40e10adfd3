// The files a gate writes to `.evalgate/<suite>/`, rendered from redacted data. The CLI and the
// action both write these (the fork workflow uploads the directory as an artifact), so both go
// through this one function and the same redaction step. Pure: data in, file texts out.
import type { Comparison, Results } from '../types.js';
import { renderComparisonMarkdown, type MarkdownOptions } from './markdown.js';
import { renderJunit } from './junit.js';
import { redactComparison, redactResults, type Redactor } from './redact.js';

/** File name -> content of one suite's gate outputs. */
export interface GateFiles {
  'results.json': string;
  'comparison.json': string;
  'report.md': string;
  'junit.xml': string;
}

/** Redacts results and comparison once, then renders every format from the redacted copies. */
export function renderGateFiles(head: Results, cmp: Comparison, redact: Redactor, md: Omit<MarkdownOptions, 'redact'> = {}): GateFiles {
  const h = redactResults(head, redact);
  const c = redactComparison(cmp, redact);
  return {
    'results.json': JSON.stringify(h, null, 2) + '\n',
    'comparison.json': JSON.stringify(c, null, 2) + '\n',
    'report.md': renderComparisonMarkdown(c, { ...md, redact }) + '\n',
    // Testcase times come from the head trials' latencies (a comparison carries none).
    'junit.xml': renderJunit(c, h) + '\n',
  };
}
