import { describe, expect, it } from 'vitest';
import { renderJunit, xmlAttr, xmlText } from '../../src/surfaces/junit.js';
import { xmlDecode, xmlProblems } from './checks.js';
import { errorTrial, failTrial, makeCaseResult, makeComparison, makeResults, passTrial } from './samples.js';

function testcases(xml: string): Array<{ attrs: string; body: string }> {
  return [...xml.matchAll(/<testcase([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({ attrs: m[1], body: m[2] ?? '' }));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlDecode(m[1]) : undefined;
}

describe('well-formedness checker', () => {
  it.each([
    ['unclosed element', '<a><b></a>'],
    ['raw ampersand', '<a>x & y</a>'],
    ['raw < in attribute', '<a x="<"/>'],
    ['two roots', '<a/><b/>'],
    ['control character', '<a>\u0001</a>'],
  ])('flags %s', (_, xml) => {
    expect(xmlProblems(xml)).not.toEqual([]);
  });
});

describe('renderJunit (results)', () => {
  const results = makeResults({ passing: 3, failing: 2, erroring: 1, holdout: 2 });
  const xml = renderJunit(results);

  it('is well-formed XML with one testcase per case and matching counts', () => {
    expect(xmlProblems(xml)).toEqual([]);
    const tcs = testcases(xml);
    expect(tcs).toHaveLength(results.cases.length);
    const suite = /<testsuite [^>]*>/.exec(xml)![0];
    expect(attr(suite, 'tests')).toBe(String(results.cases.length));
    expect(attr(suite, 'failures')).toBe('4'); // 2 failing + 2 failing holdout
    expect(attr(suite, 'errors')).toBe('1');
    expect(xml.match(/<failure /g)).toHaveLength(4);
    expect(xml.match(/<error /g)).toHaveLength(1);
  });

  it('names testcases by workflow and case id and puts the first failing check in the message', () => {
    const tc = testcases(xml).find((t) => attr(t.attrs, 'name') === 'refund-fail-0')!;
    expect(attr(tc.attrs, 'classname')).toBe('refund');
    const failure = /<failure[^>]*>/.exec(tc.body)![0];
    expect(attr(failure, 'type')).toBe('bad_decision');
    expect(attr(failure, 'message')).toBe('trajectory: expected billing.issue_refund after policy.check_eligibility, got payments.charge (guards #200)');
    expect(tc.body).toContain('tool_not_called (bad_decision): payments.charge was called 1 time');
    const err = testcases(xml).find((t) => attr(t.attrs, 'name') === 'search-error-0')!;
    expect(attr(/<error[^>]*>/.exec(err.body)![0], 'message')).toBe('harness exited with code 1 and no trace (guards acme/agent#7)');
  });

  it('shows holdout cases only by opaque id, with no messages or evidence', () => {
    const hold = testcases(xml).filter((t) => attr(t.attrs, 'classname') === 'holdout');
    expect(hold).toHaveLength(2);
    for (const h of hold) {
      expect(attr(h.attrs, 'name')).toMatch(/^h-[0-9a-f]+$/);
      expect(h.body).not.toContain('system-out');
      expect(attr(/<failure[^>]*>/.exec(h.body)![0], 'message')).toBe('holdout case failed 1/1 trials');
    }
  });

  it('escapes markup characters and strips characters XML cannot carry', () => {
    const nasty = `a <b> & "c" 'd' \u0000\u0007\u001b[31mred\uFFFE \uD800 ok ]]>`;
    const r = makeResults({ passing: 0, failing: 0, erroring: 0 });
    r.cases.push(makeCaseResult('weird', [failTrial(1, nasty), errorTrial(2, nasty), passTrial(3)], { workflow: 'w"<&>' }));
    r.cases[0].trials[0].stderr_tail = nasty;
    const out = renderJunit(r);
    expect(xmlProblems(out)).toEqual([]);
    const tc = testcases(out)[0];
    expect(attr(tc.attrs, 'classname')).toBe('w"<&>');
    const msg = attr(/<failure[^>]*>/.exec(tc.body)![0], 'message')!;
    expect(msg).toContain(`a <b> & "c" 'd'`);
    expect(msg).not.toMatch(/[\u0000\u0007\uFFFE\uD800]/);
    expect(tc.body).toContain('&lt;b&gt; &amp; "c"');
  });

  it.each([
    ['<', '&lt;', '&lt;'],
    ['&', '&amp;', '&amp;'],
    ['"', '"', '&quot;'],
    ["'", "'", '&apos;'],
    ['\u0001', '', ''],
    ['\n', '\n', '&#10;'],
  ])('escapes %j in text and attributes', (input, text, attribute) => {
    expect(xmlText(input)).toBe(text);
    expect(xmlAttr(input)).toBe(attribute);
  });
});

describe('renderJunit (comparison)', () => {
  const cmp = makeComparison(undefined, { holdout: true, extraReasons: [{ kind: 'budget_cost', blocking: false, message: 'cost per success +25%' }] });
  const xml = renderJunit(cmp);

  it('is well-formed and fails blocking rows, errors errored rows', () => {
    expect(xmlProblems(xml)).toEqual([]);
    const tcs = testcases(xml);
    const status = (name: string) => {
      const t = tcs.find((x) => attr(x.attrs, 'name') === name)!;
      return t.body.includes('<failure') ? 'failure' : t.body.includes('<error') ? 'error' : t.body.includes('<skipped') ? 'skipped' : 'pass';
    };
    expect(status('regressed-case-0')).toBe('failure');
    expect(status('errored-case-0')).toBe('error');
    expect(status('removed-case-0')).toBe('failure');
    expect(status('new-case-0')).toBe('failure');
    expect(status('fixed-case-0')).toBe('pass');
    expect(status('flaky-case-0')).toBe('pass');
    expect(status('budget_cost')).toBe('pass');
    const suite = /<testsuite [^>]*>/.exec(xml)![0];
    expect(attr(suite, 'failures')).toBe('4');
    expect(attr(suite, 'errors')).toBe('1');
    expect(attr(suite, 'tests')).toBe(String(cmp.cases.length + 1));
  });

  it('carries pass rates, p-value and evidence for regressions', () => {
    const t = testcases(xml).find((x) => attr(x.attrs, 'name') === 'regressed-case-0')!;
    const f = /<failure[^>]*>/.exec(t.body)![0];
    expect(attr(f, 'message')).toBe('regressed 3/3 → 0/3: trajectory: expected policy.check_eligibility before billing.issue_refund (guards #110)');
    expect(attr(f, 'type')).toBe('bad_decision');
    expect(t.body).toContain('p=0.050');
    expect(t.body).toContain('planner chose payments.charge');
  });

  it('keeps a removed guard as skipped when removal was allowed', () => {
    const c = makeComparison({ removed: 1 });
    c.cases[0].blocking = false;
    const t = testcases(renderJunit(c))[0];
    expect(t.body).toContain('<skipped message="guard case removed (allowed) (guards #100)"/>');
  });

  it('shows the holdout case by opaque id only', () => {
    const h = testcases(xml).find((x) => attr(x.attrs, 'classname') === 'holdout')!;
    expect(attr(h.attrs, 'name')).toBe('h-5be0c7a1');
    expect(h.body).toBe('');
  });
});

describe('renderJunit (comparison) times', () => {
  it('takes each testcase time from the head trials\' latencies', () => {
    const cmp = makeComparison({ regressed: 1, unchanged: 1 });
    const head = makeResults({ passing: 0, failing: 0, erroring: 0 });
    head.cases = cmp.cases.map((c) => makeCaseResult(c.id, [passTrial(1), failTrial(2)]));
    const xml = renderJunit(cmp, head);
    const times = testcases(xml).map((t) => attr(t.attrs, 'time'));
    // passTrial(1) 901 ms + failTrial 1400 ms.
    expect(times.slice(0, 2)).toEqual(['2.301', '2.301']);
    expect(attr(/<testsuite [^>]*>/.exec(xml)![0], 'time')).toBe('4.602');
    expect(xmlProblems(xml)).toEqual([]);
  });
});
