#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  formatPct,
  guardsLabel,
  mdCode,
  mdTable,
  mdText,
  shortSha,
  stripControl
} from "./chunk-TABFXBJ7.js";
import "./chunk-RKI75XF3.js";

// src/surfaces/history.ts
import { createHash } from "node:crypto";
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function renderSparkline(points) {
  return points.map((p) => {
    if (p === null) return "\xB7";
    if (p.runs === 0) return "!";
    return BLOCKS[Math.min(BLOCKS.length - 1, Math.floor(p.passes / p.runs * (BLOCKS.length - 1) + 1e-9))];
  }).join("");
}
function renderHistoryMarkdown(h, opts = {}) {
  const width = opts.width ?? 30;
  const maxRows = opts.maxRows ?? 50;
  const from = Math.max(0, h.commits.length - width);
  const out = [`### evalgate history: ${h.suite}`];
  if (h.commits.length === 0) return `${out[0]}

No stored runs of the ${h.suite} suite yet.
`;
  const first = h.commits[from];
  const last = h.commits[h.commits.length - 1];
  const rates = h.commits.slice(from).map((c) => c.pass_rate === null ? null : { passes: Math.round(c.pass_rate * 1e3), runs: 1e3, errors: 0 });
  out.push(
    `${h.commits.length} stored run(s)${h.truncated ? ` (${h.truncated} older left out)` : ""}; suite pass rate ${renderSparkline(rates)} from ${mdCode(shortSha(first.commit))} (${first.pass_rate === null ? "\u2014" : formatPct(first.pass_rate)}) to ${mdCode(shortSha(last.commit))} (${last.pass_rate === null ? "\u2014" : formatPct(last.pass_rate)}).`
  );
  const failing = h.cases.filter((c) => c.failing_since !== null).length;
  out.push(failing === 0 ? "Every case passed every trial of its latest run." : `${failing} case(s) fail in their latest run, listed first with the commit where they started.`);
  const rows = h.cases.slice(0, maxRows).map((c) => [
    mdCode(c.id),
    c.guards === null ? "\u2014" : mdText(guardsLabel(c.guards)),
    mdCode(renderSparkline(c.points.slice(from))),
    c.latest_rate === null ? "\u2014" : formatPct(c.latest_rate),
    c.failing_since === null ? "" : mdCode(shortSha(c.failing_since))
  ]);
  out.push(mdTable(["case", "guards", `last ${Math.min(width, h.commits.length)} runs`, "latest", "failing since"], rows));
  if (h.cases.length > maxRows) out.push(`\u2026 and ${h.cases.length - maxRows} more case(s) (see history.json / history.html).`);
  return out.join("\n\n") + "\n";
}
function esc(s) {
  return stripControl(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function svgLine(values, w, h) {
  const n = values.length;
  if (n === 0) return "";
  const x = (i) => Math.round(n === 1 ? w / 2 : i * (w - 4) / (n - 1) + 2);
  const y = (v) => Math.round(h - 2 - v * (h - 4));
  const segs = [];
  let cur = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (cur.length) segs.push(cur.join(" "));
      cur = [];
    } else cur.push(`${x(i)},${y(v)}`);
  });
  if (cur.length) segs.push(cur.join(" "));
  const lastI = values.length - 1;
  const last = values[lastI];
  const dot = last !== null && last < 1 ? `<circle cx="${x(lastI)}" cy="${y(last)}" r="2" class="f"/>` : "";
  return `<svg width="${w}" height="${h}" class="bg">${segs.map((s) => `<polyline points="${s}" class="l"/>`).join("")}${dot}</svg>`;
}
var STYLE = `body{font:14px system-ui,sans-serif;margin:24px;color:#1f2328}table{border-collapse:collapse}td,th{padding:4px 10px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:middle}th{font-weight:600}code{font:12px ui-monospace,monospace}.bg{background:#f6f8fa}.l{fill:none;stroke:#0969da;stroke-width:1.5}.f{fill:#cf222e}.fail td:first-child{border-left:3px solid #cf222e}`;
var HISTORY_HTML_ROWS = 1e3;
function renderHistoryHtml(h, maxRows = HISTORY_HTML_ROWS) {
  const styleHash = createHash("sha256").update(STYLE).digest("base64");
  const rate = (p) => p === null || p.runs === 0 ? null : p.passes / p.runs;
  const head = h.commits.length > 0 ? `${esc(shortSha(h.commits[0].commit))} \u2026 ${esc(shortSha(h.commits[h.commits.length - 1].commit))}` : "no runs";
  const rows = h.cases.slice(0, maxRows).map(
    (c) => `<tr${c.failing_since ? ' class="fail"' : ""}><td><code>${esc(c.id)}</code>${c.title ? `<br>${esc(c.title)}` : ""}</td><td>${c.guards === null ? "\u2014" : esc(guardsLabel(c.guards))}</td><td>${svgLine(c.points.map(rate), Math.max(60, Math.min(600, 4 * h.commits.length)), 28)}</td><td>${c.latest_rate === null ? "\u2014" : esc(formatPct(c.latest_rate))}</td><td>${c.failing_since ? `<code>${esc(shortSha(c.failing_since))}</code>` : ""}</td></tr>`
  ).join("\n");
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash}'">`,
    `<title>evalgate history: ${esc(h.suite)}</title><style>${STYLE}</style></head><body>`,
    `<h1>evalgate history: ${esc(h.suite)}</h1>`,
    `<p>${h.commits.length} stored run(s) (${head})${h.truncated ? `, ${h.truncated} older left out` : ""}. Suite pass rate:</p>`,
    svgLine(
      h.commits.map((c) => c.pass_rate),
      Math.max(120, Math.min(900, 6 * h.commits.length)),
      60
    ),
    `<table><thead><tr><th>case</th><th>guards</th><th>pass rate per run</th><th>latest</th><th>failing since</th></tr></thead><tbody>`,
    rows,
    "</tbody></table>",
    h.cases.length > maxRows ? `<p>\u2026 and ${h.cases.length - maxRows} more case(s), not drawn here; every case is in history.json.</p>` : "",
    "</body></html>",
    ""
  ].join("\n");
}
export {
  HISTORY_HTML_ROWS,
  renderHistoryHtml,
  renderHistoryMarkdown,
  renderSparkline
};
