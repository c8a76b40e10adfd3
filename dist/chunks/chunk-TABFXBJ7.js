#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);

// src/surfaces/format.ts
function formatPct(x, digits = 1) {
  if (!Number.isFinite(x)) return "\u2014";
  return `${(x * 100).toFixed(digits)}%`;
}
function formatPp(x, digits = 1) {
  if (!Number.isFinite(x)) return "\u2014";
  const v = x * 100;
  const s = v.toFixed(digits);
  if (Number(s) === 0) return `${0 .toFixed(digits)} pp`;
  return `${v > 0 ? "+" : ""}${s} pp`;
}
function formatChangePct(x) {
  if (x === null || !Number.isFinite(x)) return "\u2014";
  const s = x.toFixed(1);
  if (Number(s) === 0) return "0.0%";
  return `${x > 0 ? "+" : ""}${s}%`;
}
function formatUsd(x) {
  if (x === null || !Number.isFinite(x)) return "\u2014";
  return Math.abs(x) >= 1 ? `$${x.toFixed(2)}` : `$${x.toFixed(4)}`;
}
function formatMs(x) {
  if (x === null || !Number.isFinite(x)) return "\u2014";
  if (x < 1e3) return `${Math.round(x)} ms`;
  if (x < 6e4) return `${(x / 1e3).toFixed(2)} s`;
  const totalS = Math.round(x / 1e3);
  return `${Math.floor(totalS / 60)}m ${String(totalS % 60).padStart(2, "0")}s`;
}
function formatClock(ms) {
  const total = Math.max(0, Math.round(ms / 1e3));
  const h = Math.floor(total / 3600);
  const m = Math.floor(total % 3600 / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
function formatInt(x) {
  return Math.round(x).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatP(p) {
  if (p === null || !Number.isFinite(p)) return "\u2014";
  return p < 1e-3 ? "<0.001" : p.toFixed(3);
}
function shortSha(commit) {
  return /^[0-9a-f]{8,}$/i.test(commit) ? commit.slice(0, 7) : commit;
}
function guardsKey(guards) {
  return String(guards);
}
function guardsLabel(guards) {
  return typeof guards === "number" || /^\d+$/.test(guards) ? `#${guards}` : guards;
}
function formatRatio(r) {
  if (!r) return "\u2014";
  if (r.runs === 0 && (r.errors ?? 0) > 0) return "all trials errored";
  return `${r.passes}/${r.runs}`;
}
function allErrored(t) {
  return t != null && t.runs === 0 && t.errors > 0;
}
function formatLatency(t, key) {
  return t.runs === 0 ? "\u2014" : formatMs(t[key]);
}
function rateOf(r) {
  return r && r.runs > 0 ? r.passes / r.runs : null;
}
var INVISIBLE = /[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
function stripControl(s) {
  return s.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "").replace(/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g, "").replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/g, "").replace(INVISIBLE, "");
}
function truncateText(s, max) {
  if (s.length <= max) return s;
  const noteLen = `
\u2026 (${formatInt(s.length)} more characters truncated)`.length;
  let keep = Math.max(0, max - noteLen);
  if (keep > 0 && /[\uD800-\uDBFF]/.test(s[keep - 1])) keep--;
  return `${s.slice(0, keep)}
\u2026 (${formatInt(s.length - keep)} more characters truncated)`;
}
function formatDecision(c) {
  if (c.decided_by === "deterministic") return `deterministic case: passed every base trial, failed ${c.head?.runs === 1 ? "its only head trial" : `all ${c.head?.runs ?? 0} head trials`}`;
  if (c.status === "regressed" && c.decided_by === "curtailed") {
    return `exact test settled early: blocks even if all ${c.planned_trials ?? "?"} planned trials had run (p = ${formatP(c.p_value)})`;
  }
  if (c.status === "regressed") return `exact test p = ${formatP(c.p_value)}`;
  if (c.status === "inconclusive") return `inconclusive: ${formatInconclusive(c)}`;
  return c.p_value === null ? "" : `p = ${formatP(c.p_value)}`;
}
function formatInconclusive(c) {
  if (c.kind === "deterministic") return "not deterministic: passed and failed on head (declare trials: 3 or more)";
  const detect = c.mde != null ? `these trials detect only a drop of ${formatPct(c.mde, 0)}` : "too few trials to detect any drop";
  if (c.limited_by === "baseline") return `the baseline's ${c.base?.runs ?? 0} trial(s) are too few (store it with evalgate baseline); ${detect}`;
  return detect;
}
function formatMde(mde) {
  if (mde === void 0) return "";
  return mde === null ? "no drop detectable with these trials" : `detects a drop of ${formatPct(mde, 0)}`;
}
function detectableDropLine(cases) {
  const mdes = cases.filter((c) => !c.holdout && c.kind === "stochastic" && c.mde !== void 0).map((c) => c.mde);
  if (mdes.length === 0) return "";
  const known = mdes.filter((m) => m !== null).sort((a, b) => a - b);
  const none = mdes.length - known.length;
  const parts = [];
  if (known.length > 0) {
    const median = known[Math.floor((known.length - 1) / 2)];
    parts.push(`median ${formatPct(median, 0)}, largest ${formatPct(known[known.length - 1], 0)}`);
  }
  if (none > 0) parts.push(`${formatInt(none)} with too few trials to detect any drop`);
  return `Resolution: the ${`${formatInt(mdes.length)} stochastic case${mdes.length === 1 ? "" : "s"}`}' head trials detect pass-rate drops of ${parts.join("; ")} (with the gate's power).`;
}
function scrubLocalPaths(text) {
  return text.replace(/(^|[\s(])\/(?:[^\s/()]+\/)+([^\s/()]+)/g, "$1\u2026/$2");
}
function formatSpendSide(s) {
  return `${formatInt(s.harness_runs)} harness run${s.harness_runs === 1 ? "" : "s"}, ${formatMs(s.agent_ms)} agent time, ${formatInt(s.tokens)} tokens, ${formatUsd(s.cost_usd)}`;
}
function formatSpend(spend) {
  if (!spend) return "";
  return `spend: this gate ${formatSpendSide(spend.head)}${spend.base ? `; its baseline ${formatSpendSide(spend.base)}` : ""}`;
}
var STACK_FRAME = /^\s*at\s+\S/;
var NODE_FOOTER = /^Node\.js v\d/;
var PUNCTUATION_ONLY = /^[\s^~{}()[\],;]*$/;
function stderrExcerpt(tail, maxLines = 5, maxChars = 200) {
  if (!tail) return [];
  const kept = stripControl(tail).split("\n").map((l) => l.replace(/\t/g, "  ").trimEnd()).filter((l) => l.trim() !== "" && !STACK_FRAME.test(l) && !NODE_FOOTER.test(l.trim()) && !PUNCTUATION_ONLY.test(l));
  return kept.slice(-maxLines).map((l) => l.length > maxChars ? `${l.slice(0, maxChars - 1)}\u2026` : l);
}
function isErrorRow(c) {
  return c.status === "errored" || c.status === "still_erroring" || c.status === "new" && c.head !== null && c.head.runs === 0 && c.head.errors > 0;
}
function sourceFileUrl(file, line, src) {
  if (!src || !/^[\w.-]+\/[\w.-]+$/.test(src.repo) || !/^[0-9a-f]{40}$/.test(src.sha) || /(^|\/)\.\.(\/|$)/.test(file)) return null;
  const server = src.server ?? "https://github.com";
  if (!/^https?:\/\/[^\s/?#]+$/.test(server)) return null;
  const path = file.split("/").map(encodeURIComponent).join("/");
  return `${server}/${src.repo}/blob/${src.sha}/${path}${line ? `#L${line}` : ""}`;
}
function formatRateInterval(r) {
  if (r === null || r.runs <= 0) return "";
  const z = 1.959963984540054;
  const n = r.runs;
  const p = r.passes / n;
  const centre = (p + z * z / (2 * n)) / (1 + z * z / n);
  const half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
  const lo = Math.max(0, centre - half);
  const hi = Math.min(1, centre + half);
  return `${Math.round(100 * lo)}\u2013${Math.round(100 * hi)}%`;
}
function groupReasons(ordered) {
  const general = [];
  const groups = /* @__PURE__ */ new Map();
  for (const r of ordered) {
    if (!r.case_id) general.push(r);
    else {
      const key = `${r.blocking}:${r.kind}`;
      const g = groups.get(key);
      if (g) g.ids.push(r.case_id);
      else groups.set(key, { r, ids: [r.case_id] });
    }
  }
  return { general, groups: [...groups.values()] };
}

// src/surfaces/md.ts
function neutralize(s) {
  return stripControl(s).replace(/<!--/g, "<!\u200B--");
}
function mdText(s) {
  return neutralize(s).replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>|~&]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`).replace(/@(?=[A-Za-z0-9_-])/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u200B-`).replace(/:\/\//g, ":\u200B//").replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u200B.`);
}
function mdCode(s) {
  const body = neutralize(s).replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
  if (body === "") return "";
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const tick = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${tick}${pad}${body}${pad}${tick}`;
}
function mdFence(s, lang = "") {
  const body = neutralize(s).replace(/\n+$/, "");
  const longest = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${body}
${fence}`;
}
function mdLink(text, url) {
  if (!url || !/^https?:\/\//i.test(url)) return text;
  const safe = url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${text}](${safe})`;
}
function mdTable(header, rows, align) {
  const sep = header.map((_, i) => {
    const a = align?.[i] ?? "l";
    return a === "r" ? "---:" : a === "c" ? ":---:" : "---";
  });
  const line = (cells) => `| ${cells.map((c) => c === "" ? " " : c).join(" | ")} |`;
  return [line(header), line(sep), ...rows.map(line)].join("\n");
}
function mdDetails(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}

export {
  formatPct,
  formatPp,
  formatChangePct,
  formatUsd,
  formatMs,
  formatClock,
  formatInt,
  formatP,
  shortSha,
  guardsKey,
  guardsLabel,
  formatRatio,
  allErrored,
  formatLatency,
  rateOf,
  stripControl,
  truncateText,
  formatDecision,
  formatInconclusive,
  formatMde,
  detectableDropLine,
  scrubLocalPaths,
  formatSpendSide,
  formatSpend,
  stderrExcerpt,
  isErrorRow,
  sourceFileUrl,
  formatRateInterval,
  groupReasons,
  mdText,
  mdCode,
  mdFence,
  mdLink,
  mdTable,
  mdDetails
};
