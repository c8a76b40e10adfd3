// The HTML report's inline stylesheet and script, as the exact text embedded in the page: the
// Content-Security-Policy allows these two blocks by their sha256 and nothing else. The script reads
// the page's JSON data block and builds the case table with createElement/textContent only (every
// string in the data is harness output); it never parses HTML, never sets innerHTML, and makes no
// request. Plain ES2019 so any browser that opens an artifact runs it. Kept free of backticks and
// `${` (it lives in a template literal).

/** The report's stylesheet (light, and dark when the reader's system asks for it). */
export const REPORT_CSS = String.raw`
:root { --fg: #1f2328; --muted: #59636e; --bg: #fff; --panel: #f6f8fa; --line: #d1d9e0; --red: #cf222e; --red-bg: #ffebe9;
  --green: #1a7f37; --green-bg: #dafbe1; --yellow: #9a6700; --yellow-bg: #fff8c5; --blue: #0969da; --blue-bg: #ddf4ff; --mark: #fff1e5; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --red: #ff7b72; --red-bg: #3b1219;
    --green: #3fb950; --green-bg: #12261e; --yellow: #d29922; --yellow-bg: #2e2611; --blue: #4493f8; --blue-bg: #121d2f; --mark: #3a2412; }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1400px; margin: 0 auto; padding: 16px 24px 48px; }
h1 { font-size: 22px; margin: 0 0 8px; }
h1 .badge { font-size: 14px; vertical-align: 3px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
a { color: var(--blue); }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, monospace; font-size: 12px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px; margin: 4px 0; overflow: auto; max-height: 360px; white-space: pre-wrap; word-break: break-word; }
.verdict { border-radius: 8px; padding: 14px 18px; margin: 8px 0 16px; border: 1px solid var(--line); }
.verdict.block { background: var(--red-bg); border-color: var(--red); }
.verdict.pass { background: var(--green-bg); border-color: var(--green); }
.verdict p { margin: 4px 0 0; }
.note { color: var(--muted); }
.warnbox { background: var(--yellow-bg); border: 1px solid var(--yellow); border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
ul.reasons { padding-left: 20px; }
.controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; position: sticky; top: 0; background: var(--bg); padding: 6px 0; z-index: 2; }
.controls select, .controls input[type=search] { font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.controls input[type=search] { min-width: 16em; }
.count { color: var(--muted); margin-left: auto; }
table.cases { width: 100%; table-layout: auto; }
table.cases td.case { min-width: 16em; max-width: 34em; word-break: break-word; }
table.cases td.guards { max-width: 22em; }
table.cases tr.row:hover { background: var(--panel); }
.toggle { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; color: var(--fg); text-align: left; }
.toggle .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; font-weight: 600; }
.toggle::before { content: "\25B8 "; color: var(--muted); }
.toggle[aria-expanded=true]::before { content: "\25BE "; }
.sub { display: block; color: var(--muted); font-size: 12px; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; border: 1px solid var(--line); background: var(--panel); }
.badge.st-regressed, .badge.st-errored, .badge.st-removed, .badge.st-fail, .badge.st-error, .badge.blocking { background: var(--red-bg); color: var(--red); border-color: var(--red); }
.badge.st-new, .badge.st-inconclusive, .badge.st-still_erroring, .badge.st-flaky, .badge.st-modified { background: var(--yellow-bg); color: var(--yellow); border-color: var(--yellow); }
.badge.st-fixed, .badge.st-pass { background: var(--green-bg); color: var(--green); border-color: var(--green); }
tr.detail > td { background: var(--bg); padding: 10px 14px 14px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; word-break: break-word; }
div.defs { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
details.trial { border: 1px solid var(--line); border-radius: 6px; padding: 6px 10px; margin: 8px 0; }
details.trial > summary { cursor: pointer; font-weight: 600; }
ul.fails { margin: 4px 0; padding-left: 20px; }
ol.timeline { list-style: none; margin: 6px 0; padding: 0; }
ol.timeline > li { border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; margin: 3px 0; }
ol.timeline > li.err { border-color: var(--red); }
ol.timeline > li.marked { background: var(--mark); border: 2px solid var(--red); }
.step-head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.step-no { color: var(--muted); min-width: 2em; font-variant-numeric: tabular-nums; }
.kind { font-size: 11px; font-weight: 600; text-transform: uppercase; padding: 0 5px; border-radius: 4px; background: var(--blue-bg); color: var(--blue); }
.kind.llm { background: var(--green-bg); color: var(--green); }
.step-name { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight: 600; word-break: break-all; }
.step-status.err { color: var(--red); font-weight: 600; }
.metrics { color: var(--muted); margin-left: auto; white-space: nowrap; }
.bar { position: relative; height: 4px; background: var(--panel); border-radius: 2px; margin: 4px 0 2px; }
.bar > span { position: absolute; top: 0; bottom: 0; background: var(--blue); border-radius: 2px; min-width: 2px; }
li.err .bar > span { background: var(--red); }
.mark-label { color: var(--red); font-weight: 600; }
.gap { color: var(--muted); padding: 2px 8px; }
.pager { display: flex; gap: 8px; align-items: center; margin: 8px 0; }
.pager button { font: inherit; padding: 2px 10px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); cursor: pointer; }
.pager button:disabled { opacity: .5; cursor: default; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

/** The report's script: filters, search, pagination and per-case detail, all from the JSON data block. */
export const REPORT_JS = String.raw`
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('evalgate-data').textContent);
  var host = document.getElementById('cases-app');
  if (!host) return;
  var PAGE = D.page || 100;
  var rows = D.rows;
  var comparison = D.kind === 'comparison';
  var state = { status: '', workflow: '', severity: '', cls: '', q: '', blocking: false, page: 0 };
  var opened = {};
  var keys = rows.map(function (r) { return (r.id + '\n' + (r.t || '')).toLowerCase(); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function link(text, href) {
    // Only http(s) links exist in the data (checked when the page was written); checked again here.
    if (!href || !/^https?:\/\//.test(href)) return el('span', '', text);
    var a = el('a', '', text);
    a.href = href;
    a.rel = 'noopener noreferrer';
    return a;
  }
  function label(s) { return String(s).replace(/_/g, ' '); }
  function badge(st, extra) { return el('span', 'badge st-' + st + (extra ? ' ' + extra : ''), label(st)); }

  // ------------------------------------------------------------------ controls
  var controls = add(host, el('div', 'controls'));
  controls.setAttribute('role', 'search');
  function select(name, title, values, key) {
    var s = el('select');
    s.setAttribute('aria-label', title);
    s.name = name;
    var counts = {};
    rows.forEach(function (r) { var v = r[key] || ''; counts[v] = (counts[v] || 0) + 1; });
    var all = el('option', '', title + ' (all)');
    all.value = '';
    s.appendChild(all);
    values.forEach(function (v) {
      if (!counts[v]) return;
      var o = el('option', '', label(v) + ' (' + counts[v] + ')');
      o.value = v;
      s.appendChild(o);
    });
    s.addEventListener('change', function () { state[name] = s.value; state.page = 0; render(); });
    controls.appendChild(s);
    return s;
  }
  function distinct(key) {
    var seen = {};
    var out = [];
    rows.forEach(function (r) { var v = r[key]; if (v && !seen[v]) { seen[v] = 1; out.push(v); } });
    return out.sort();
  }
  select('status', comparison ? 'status' : 'outcome', D.statuses, 'st');
  select('workflow', 'workflow', distinct('wf'), 'wf');
  select('severity', 'severity', distinct('sev'), 'sev');
  select('cls', 'class', D.classes, 'cls');
  var search = el('input');
  search.type = 'search';
  search.name = 'q';
  search.placeholder = 'search case id or title';
  search.setAttribute('aria-label', 'search case id or title');
  search.addEventListener('input', function () { state.q = search.value.trim().toLowerCase(); state.page = 0; render(); });
  controls.appendChild(search);
  if (rows.some(function (r) { return r.blk; })) {
    var lab = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.name = 'blocking';
    box.addEventListener('change', function () { state.blocking = box.checked; state.page = 0; render(); });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(' blocking only'));
    controls.appendChild(lab);
  }
  var count = add(controls, el('span', 'count'));

  // ------------------------------------------------------------------ table
  var columns = comparison
    ? ['status', 'case', 'guards', 'workflow', 'severity', 'class', 'base', 'head', 'detects', 'decided by', 'cost', 'p50 latency']
    : ['outcome', 'case', 'guards', 'workflow', 'severity', 'class', 'passes', 'cost', 'p50 latency'];
  var numeric = { base: 1, head: 1, passes: 1, detects: 1, cost: 1, 'p50 latency': 1 };
  var table = add(host, el('table', 'cases'));
  var thead = add(table, el('thead'));
  var htr = add(thead, el('tr'));
  columns.forEach(function (c) { htr.appendChild(el('th', numeric[c] ? 'num' : '', c)); });
  var tbody = add(table, el('tbody'));
  var pager = add(host, el('nav', 'pager'));
  pager.setAttribute('aria-label', 'pages');
  var prev = add(pager, el('button', '', '\u2190 previous'));
  var pageInfo = add(pager, el('span', 'page-info'));
  var next = add(pager, el('button', '', 'next \u2192'));
  prev.type = next.type = 'button';
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });

  function cell(tr, cls, content) {
    var td = add(tr, el('td', cls));
    if (content === undefined || content === null || content === '') td.textContent = '\u2014';
    else if (typeof content === 'string') td.textContent = content;
    else td.appendChild(content);
    return td;
  }
  function guardsNode(r) {
    if (!r.g) return null;
    var span = el('span');
    span.appendChild(link(r.g, r.gu));
    if (r.gt) span.appendChild(el('span', 'sub', r.gt));
    return span;
  }
  function rowNode(r, i) {
    var tr = el('tr', 'row');
    var st = cell(tr, '', badge(r.st, ''));
    if (r.blk) { st.appendChild(document.createTextNode(' ')); st.appendChild(el('span', 'badge blocking', 'blocks')); }
    var btn = el('button', 'toggle');
    btn.type = 'button';
    btn.appendChild(el('span', 'id', r.id));
    if (r.t) btn.appendChild(el('span', 'sub', r.t));
    btn.setAttribute('aria-expanded', opened[r.id] ? 'true' : 'false');
    btn.addEventListener('click', function () {
      if (opened[r.id]) delete opened[r.id]; else opened[r.id] = 1;
      render();
    });
    cell(tr, 'case', btn);
    cell(tr, 'guards', guardsNode(r));
    cell(tr, '', r.wf);
    cell(tr, '', r.sev);
    cell(tr, 'mono', r.cls);
    if (comparison) {
      cell(tr, 'num', r.b);
      cell(tr, 'num', r.h);
      cell(tr, 'num', r.mde);
      cell(tr, '', r.dec);
    } else {
      cell(tr, 'num', r.h);
    }
    cell(tr, 'num', r.cost);
    cell(tr, 'num', r.lat);
    tr.setAttribute('data-case', r.id);
    return tr;
  }

  // ------------------------------------------------------------------ detail
  function facts(r) {
    var dl = el('dl', 'facts');
    function fact(name, value) {
      if (value === undefined || value === null || value === '') return;
      dl.appendChild(el('dt', '', name));
      var dd = add(dl, el('dd'));
      if (typeof value === 'string') dd.textContent = value; else dd.appendChild(value);
    }
    if (r.g) fact('guards', guardsNode(r));
    if (r.f) fact('case file', link(r.f, r.fu));
    if (r.decFull) fact('decided', r.decFull);
    if (r.mdeFull) fact('resolution', r.mdeFull);
    if (r.msg) fact(r.st === 'errored' || r.st === 'still_erroring' || r.st === 'error' ? 'error' : 'failing check', r.msg);
    if (r.mod) fact('definition', 'changed in this pull request; the base definition gated');
    return dl;
  }
  function pre(text, cls) { return el('pre', cls || '', text); }
  function fold(summary, body, open) {
    var d = el('details');
    if (open) d.open = true;
    d.appendChild(el('summary', '', summary));
    d.appendChild(body);
    return d;
  }
  function timeline(steps) {
    var ol = el('ol', 'timeline');
    steps.forEach(function (s) {
      if (s.gap) { ol.appendChild(el('li', 'gap', '\u2026 ' + s.gap + ' step(s) not shown')); return; }
      var li = el('li', 'step' + (s.st === 'error' ? ' err' : '') + (s.mk ? ' marked' : ''));
      li.setAttribute('data-step', String(s.n));
      var head = add(li, el('div', 'step-head'));
      head.appendChild(el('span', 'step-no', s.n + '.'));
      head.appendChild(el('span', 'kind ' + (s.ty === 'llm' ? 'llm' : 'tool'), s.ty));
      head.appendChild(el('span', 'step-name', s.nm || '\u2014'));
      if (s.md) head.appendChild(el('span', 'note', s.md));
      var status = s.st === 'error' ? 'error' + (s.er ? ': ' + s.er : '') : (s.st || 'ok');
      head.appendChild(el('span', 'step-status' + (s.st === 'error' ? ' err' : ''), status));
      var m = [s.l, s.k, s.u].filter(function (x) { return x; }).join(' \u00b7 ');
      if (m) head.appendChild(el('span', 'metrics', m));
      if (typeof s.x === 'number' && typeof s.w === 'number') {
        var bar = add(li, el('div', 'bar'));
        var fill = add(bar, el('span'));
        // CSSOM, not a style attribute: allowed under the page's style-src.
        fill.style.left = (100 * s.x).toFixed(2) + '%';
        fill.style.width = (100 * s.w).toFixed(2) + '%';
      }
      if (s.mk) li.appendChild(el('div', 'mark-label', '\u2190 failing check: ' + s.mk.join('; ')));
      if (s.a) li.appendChild(fold('args', pre(s.a), !!s.mk));
      if (s.r) li.appendChild(fold('result', pre(s.r), false));
      ol.appendChild(li);
    });
    return ol;
  }
  function evidence(e, box) {
    if (e.fails && e.fails.length) {
      var ul = add(box, el('ul', 'fails'));
      e.fails.forEach(function (f) {
        var li = add(ul, el('li'));
        li.appendChild(el('code', '', f.ty));
        li.appendChild(document.createTextNode(' (' + f.lv + ', ' + f.c + '): ' + f.m));
      });
      if (e.failsMore) box.appendChild(el('p', 'note', e.failsMore));
    }
    if (e.err) { box.appendChild(el('h3', '', 'error')); box.appendChild(pre(e.err)); }
    if (e.steps) {
      box.appendChild(el('h3', '', 'steps'));
      if (e.steps.length) box.appendChild(timeline(e.steps)); else box.appendChild(el('p', 'note', 'The trace has no steps.'));
      if (e.cut) box.appendChild(el('p', 'note', 'The trace excerpt kept in the results ends here; later steps were cut (run with --keep-traces for whole traces).'));
    }
    if (e.out !== undefined) { box.appendChild(el('h3', '', 'output')); box.appendChild(pre(e.out)); }
    if (e.raw) box.appendChild(fold('trace excerpt (as kept)', pre(e.raw), !e.steps));
    if (e.stderr) box.appendChild(fold('stderr (tail)', pre(e.stderr), !e.steps && !e.err));
    if (e.warn && e.warn.length) {
      var w = el('ul');
      e.warn.forEach(function (x) { w.appendChild(el('li', '', x)); });
      box.appendChild(fold('trace conversion warnings (' + e.warn.length + ')', w, false));
    }
  }
  function trialsTable(tr) {
    var t = el('table', 'trials');
    var h = add(add(t, el('thead')), el('tr'));
    ['trial', 'outcome', 'class', 'latency', 'tokens', 'cost', 'retries', 'first failure'].forEach(function (c) { h.appendChild(el('th', '', c)); });
    var b = add(t, el('tbody'));
    tr.forEach(function (x) {
      var row = add(b, el('tr'));
      cell(row, 'num', String(x.n));
      cell(row, '', badge(x.o, ''));
      cell(row, 'mono', x.c);
      cell(row, 'num', x.l);
      cell(row, 'num', x.k);
      cell(row, 'num', x.u);
      cell(row, 'num', x.r ? String(x.r) : '0');
      if (x.s) cell(row, 'note', '\u2033 same as above'); else cell(row, '', x.m);
    });
    return t;
  }
  function detailNode(r) {
    var tr = el('tr', 'detail');
    var td = add(tr, el('td'));
    td.colSpan = columns.length;
    td.appendChild(facts(r));
    if (r.defs) {
      // The change edited this case: the base definition gated; both side by side.
      td.appendChild(el('h3', '', 'Definition: base (gated) | head (this change)'));
      var defs = add(td, el('div', 'defs'));
      defs.appendChild(pre(r.defs.b, 'def-base'));
      defs.appendChild(pre(r.defs.h, 'def-head'));
    }
    if (r.tr && r.tr.length) {
      td.appendChild(el('h3', '', 'Trials'));
      td.appendChild(trialsTable(r.tr));
      if (r.trMore) td.appendChild(el('p', 'note', r.trMore));
      var first = true;
      r.tr.forEach(function (x) {
        if (!x.e) return;
        var d = el('details', 'trial');
        d.open = first;
        first = false;
        d.setAttribute('data-trial', String(x.n));
        d.appendChild(el('summary', '', 'Trial ' + x.n + ': ' + x.o + (x.c ? ' \u00b7 ' + x.c : '') + ' \u00b7 ' + [x.l, x.k, x.u].join(' \u00b7 ')));
        evidence(x.e, d);
        td.appendChild(d);
      });
    } else if (r.ev) {
      var d = el('details', 'trial');
      d.open = true;
      d.appendChild(el('summary', '', 'Evidence of the first failing head trial'));
      evidence(r.ev, d);
      td.appendChild(d);
    }
    if (r.evMore) td.appendChild(el('p', 'note', r.evMore));
    return tr;
  }

  // ------------------------------------------------------------------ render
  function matches(r, i) {
    if (state.status && r.st !== state.status) return false;
    if (state.blocking && !r.blk) return false;
    if (state.workflow && r.wf !== state.workflow) return false;
    if (state.severity && r.sev !== state.severity) return false;
    if (state.cls && r.cls !== state.cls) return false;
    if (state.q && keys[i].indexOf(state.q) < 0) return false;
    return true;
  }
  function render() {
    var shown = [];
    for (var i = 0; i < rows.length; i++) if (matches(rows[i], i)) shown.push(i);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    state.page = Math.min(Math.max(0, state.page), pages - 1);
    var start = state.page * PAGE;
    var frag = document.createDocumentFragment();
    shown.slice(start, start + PAGE).forEach(function (i) {
      var r = rows[i];
      frag.appendChild(rowNode(r, i));
      if (opened[r.id]) frag.appendChild(detailNode(r));
    });
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    tbody.appendChild(frag);
    count.textContent = shown.length === rows.length ? rows.length + ' cases' : shown.length + ' of ' + rows.length + ' cases';
    pageInfo.textContent = shown.length === 0 ? 'no case matches' : 'cases ' + (start + 1) + '\u2013' + Math.min(start + PAGE, shown.length) + ' of ' + shown.length + ' \u00b7 page ' + (state.page + 1) + ' of ' + pages;
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    pager.hidden = pages <= 1 && shown.length > 0;
  }

  // #case=<id> opens that case (a link a reviewer can share within the same file).
  var m = /^#case=(.+)$/.exec(location.hash);
  if (m) {
    var id = m[1];
    try { id = decodeURIComponent(id); } catch (err) { /* kept as written */ }
    if (rows.some(function (r) { return r.id === id; })) { opened[id] = 1; state.q = id.toLowerCase(); search.value = id; }
  } else if (rows.length && rows[0].open) {
    opened[rows[0].id] = 1;
  }
  render();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
