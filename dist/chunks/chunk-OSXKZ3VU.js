#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module';
const require = __evalgateCreateRequire(import.meta.url);
import {
  parseJsonBounded,
  require_picomatch
} from "./chunk-Z4R73HYF.js";
import {
  mdCode,
  mdDetails,
  mdFence,
  mdText,
  stderrExcerpt,
  truncateText
} from "./chunk-TABFXBJ7.js";
import {
  __toESM
} from "./chunk-RKI75XF3.js";

// src/adapters/git.ts
import { execFile } from "node:child_process";

// src/adapters/exec-env.ts
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync, accessSync, constants } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
var SECRET_VARIABLES = [
  "INPUT_HOLDOUT-KEY",
  "INPUT_GITHUB-TOKEN",
  "EVALGATE_HOLDOUT_KEY",
  "GITHUB_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN"
];
var HANDOFF_VAR = "EVALGATE_SECRET_HANDOFF";
var DIR_PREFIX = "evalgate-secrets-";
var FILE_NAME = "secrets";
var HandoffError = class extends Error {
  name = "HandoffError";
};
function handoffBase() {
  try {
    if (statSync("/dev/shm").isDirectory()) {
      accessSync("/dev/shm", constants.W_OK | constants.X_OK);
      return "/dev/shm";
    }
  } catch {
  }
  return tmpdir();
}
function readHandoff(file) {
  const dir = dirname(file);
  const uid = typeof process.getuid === "function" ? process.getuid() : -1;
  if (basename(file) !== FILE_NAME || !basename(dir).startsWith(DIR_PREFIX)) {
    throw new HandoffError(`${HANDOFF_VAR} is "${file}", not a hand-over file evalgate writes (expected <dir>/${DIR_PREFIX}XXXXXX/${FILE_NAME}); unset it`);
  }
  const d = lstatSync(dir);
  const f = lstatSync(file);
  const own = (s) => (uid < 0 || s.uid === uid) && (s.mode & 63) === 0;
  if (!d.isDirectory() || !f.isFile() || !own(d) || !own(f)) {
    throw new HandoffError(`${HANDOFF_VAR} names ${file}, which is not a private file of this user in a private directory (expected mode 0600 in a 0700 directory)`);
  }
  const text = readFileSync(file, "utf8");
  unlinkSync(file);
  rmdirSync(dir);
  const doc = JSON.parse(text);
  if (typeof doc.secrets !== "object" || doc.secrets === null || typeof doc.t !== "number") throw new HandoffError(`${file} is not an evalgate secret hand-over`);
  return { secrets: doc.secrets, t: doc.t };
}
function leaveSecretsOutOfEnviron(env = process.env) {
  const handoff = env[HANDOFF_VAR];
  if (handoff !== void 0) {
    delete env[HANDOFF_VAR];
    let read;
    try {
      read = readHandoff(handoff);
    } catch (err) {
      if (err instanceof HandoffError) throw err;
      throw new HandoffError(`could not read the secrets evalgate handed to itself at ${handoff}: ${err.message}`);
    }
    for (const [k, v] of Object.entries(read.secrets)) if (SECRET_VARIABLES.includes(k) && typeof v === "string") env[k] = v;
    return { kind: "reexecuted", names: Object.keys(read.secrets), ms: Math.max(0, Date.now() - read.t) };
  }
  const names = SECRET_VARIABLES.filter((n) => env[n] !== void 0);
  if (names.length === 0) return { kind: "clean" };
  const execve = process.execve;
  if (typeof execve !== "function") return { kind: "exposed", names, why: `Node ${process.version} has no process.execve (Node >= 22.15 or 23.11 has)` };
  let dir;
  try {
    dir = mkdtempSync(join(handoffBase(), DIR_PREFIX));
    const file = join(dir, FILE_NAME);
    const secrets = Object.fromEntries(names.map((n) => [n, env[n]]));
    writeFileSync(file, JSON.stringify({ secrets, t: Date.now() }), { mode: 384, flag: "wx" });
    const next = {};
    for (const [k, v] of Object.entries(env)) if (v !== void 0 && !names.includes(k)) next[k] = v;
    next[HANDOFF_VAR] = file;
    execve.call(process, process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], next);
    throw new Error("process.execve returned");
  } catch (err) {
    if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    return { kind: "exposed", names, why: `re-executing without them failed: ${err.message}` };
  }
}
function withoutSecrets(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (!SECRET_VARIABLES.includes(k)) out[k] = v;
  return out;
}

// src/adapters/git.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
var GitError = class extends Error {
  constructor(message, args, exitCode, stderr) {
    super(message);
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  args;
  exitCode;
  stderr;
  name = "GitError";
};
var DEFAULT_TIMEOUT_MS = 12e4;
var MAX_BUFFER = 512 * 1024 * 1024;
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function checkRef(value, what) {
  if (typeof value !== "string" || value.length === 0) throw new GitError(`${what} must be a non-empty string`, [], null, "");
  if (value.startsWith("-")) throw new GitError(`${what} "${value}" starts with "-"; expected a ref or commit id, not an option`, [], null, "");
  if (/[\x00-\x20\x7f]/.test(value) || value.length > 1024) {
    throw new GitError(`${what} ${JSON.stringify(value.slice(0, 80))} contains whitespace or control characters; expected a ref or commit id`, [], null, "");
  }
  return value;
}
function checkPath(value, what) {
  if (typeof value !== "string" || value.length === 0) throw new GitError(`${what} must be a non-empty path`, [], null, "");
  if (value.includes("\0") || /[\r\n]/.test(value)) throw new GitError(`${what} ${JSON.stringify(value)} contains a NUL or newline`, [], null, "");
  const normalized = value.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  if (normalized.split("/").includes("..")) throw new GitError(`${what} ${JSON.stringify(value)} must not contain ".."`, [], null, "");
  return normalized;
}
function checkName(value, what) {
  checkRef(value, what);
  if (!/^[A-Za-z0-9._/@:+~-]+$/.test(value)) throw new GitError(`${what} ${JSON.stringify(value)} has characters not allowed in a remote or branch name`, [], null, "");
  return value;
}
function hintFor(stderr) {
  if (/not a git repository/i.test(stderr)) return " (run evalgate inside a git checkout)";
  if (/unknown revision|bad revision|Not a valid object name|bad object|needed a single revision|invalid object name/i.test(stderr)) {
    return " (the commit may be missing from a shallow clone: use `fetch-depth: 0` in actions/checkout, or fetch the base branch first)";
  }
  if (/Permission to .* denied|403|Authentication failed|could not read Username/i.test(stderr)) {
    return " (the token cannot push: give the workflow `permissions: contents: write`)";
  }
  if (/Please tell me who you are|empty ident/i.test(stderr)) return " (set user.name and user.email in git config)";
  return "";
}
function describeCommand(args) {
  return ["git", ...args].map((a) => /[\s"']/.test(a) ? JSON.stringify(a) : a).join(" ");
}
function parseStatusPaths(porcelainZ) {
  const fields = porcelainZ.split("\0");
  const paths = [];
  for (let i = 0; i < fields.length; i++) {
    const e = fields[i];
    if (e.length < 4) continue;
    paths.push(e.slice(3));
    if (/[RC]/.test(e.slice(0, 2)) && i + 1 < fields.length) paths.push(fields[++i]);
  }
  return paths;
}
function matchPaths(paths, glob) {
  const isMatch = (0, import_picomatch.default)(glob, { dot: true });
  return paths.filter((p) => isMatch(p));
}
function createGit(cwd) {
  async function run(args, opts = {}) {
    const env = { ...withoutSecrets(process.env), GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", LANGUAGE: "C" };
    delete env.GIT_INDEX_FILE;
    Object.assign(env, opts.env ?? {});
    const okCodes = opts.okCodes ?? [0];
    return new Promise((resolve, reject) => {
      const child = execFile(
        "git",
        args,
        { cwd, env, encoding: "buffer", maxBuffer: MAX_BUFFER, timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, windowsHide: true },
        (error, stdout, stderrBuf) => {
          const stderr = stderrBuf.toString("utf8").trim();
          const err = error;
          if (err && typeof err.code === "string") {
            const why = err.code === "ENOENT" || err.code === "ENOTDIR" ? "git is not on PATH, or the directory does not exist" : err.message;
            reject(new GitError(`${describeCommand(args)} could not start in ${cwd}: ${why}`, args, null, stderr));
            return;
          }
          if (err && err.killed) {
            reject(new GitError(`${describeCommand(args)} timed out after ${opts.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms in ${cwd}`, args, null, stderr));
            return;
          }
          const code = err ? typeof err.code === "number" ? err.code : 1 : 0;
          if (!okCodes.includes(code)) {
            reject(
              new GitError(
                `${describeCommand(args)} failed (exit ${code}) in ${cwd}: ${stderr || "(no stderr)"}${hintFor(stderr)}`,
                args,
                code,
                stderr
              )
            );
            return;
          }
          resolve({ stdout, stderr, code });
        }
      );
      child.stdin?.on("error", () => void 0);
      if (opts.input !== void 0) child.stdin?.end(opts.input);
      else child.stdin?.end();
    });
  }
  async function text(args, opts) {
    return (await run(args, opts)).stdout.toString("utf8").trim();
  }
  async function tryRevParse(ref) {
    checkRef(ref, "ref");
    const r = await run(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { okCodes: [0, 1] });
    const out = r.stdout.toString("utf8").trim();
    return r.code === 0 && out ? out : null;
  }
  async function revParse(ref) {
    const sha = await tryRevParse(ref);
    if (sha === null) {
      throw new GitError(
        `git rev-parse: "${ref}" is not a commit in ${cwd} (the commit may be missing from a shallow clone: use \`fetch-depth: 0\` in actions/checkout, or fetch the branch first)`,
        ["rev-parse", "--verify", `${ref}^{commit}`],
        1,
        ""
      );
    }
    return sha;
  }
  const git = {
    cwd,
    run,
    revParse,
    tryRevParse,
    async mergeBase(a, b) {
      checkRef(a, "commit");
      checkRef(b, "commit");
      const r = await run(["merge-base", a, b], { okCodes: [0, 1] });
      const out = r.stdout.toString("utf8").trim();
      return r.code === 0 && out ? out : null;
    },
    async firstParentAncestors(commit, limit) {
      checkRef(commit, "commit");
      if (!Number.isInteger(limit) || limit < 1) throw new GitError(`ancestor limit must be a positive integer (got ${limit})`, [], null, "");
      const out = await text(["rev-list", "--first-parent", `--max-count=${limit}`, commit, "--"]);
      return out ? out.split("\n") : [];
    },
    async showFile(commit, path, opts = {}) {
      checkRef(commit, "commit");
      const p = checkPath(path, "path");
      if (opts.maxBytes !== void 0) {
        const size = await run(["cat-file", "-s", `${commit}:${p}`], { okCodes: [0, 128] });
        const bytes = Number(size.stdout.toString().trim());
        if (size.code === 0 && !(bytes <= opts.maxBytes)) {
          throw new GitError(`${p} at ${commit.slice(0, 12)} is ${bytes} bytes, over the ${opts.maxBytes}-byte limit; not read`, ["cat-file", "-s"], null, "");
        }
      }
      const r = await run(["cat-file", "blob", `${commit}:${p}`], { okCodes: [0, 128] });
      if (r.code === 0) return r.stdout.toString("utf8");
      await revParse(commit);
      return null;
    },
    async showFiles(commit, paths) {
      checkRef(commit, "commit");
      const out = /* @__PURE__ */ new Map();
      if (paths.length === 0) return out;
      const names = paths.map((p) => checkPath(p, "path"));
      const r = await run(["cat-file", "--batch"], { input: names.map((n) => `${commit}:${n}
`).join("") });
      const buf = r.stdout;
      let at = 0;
      let missing = false;
      for (let i = 0; i < names.length; i++) {
        const nl = buf.indexOf(10, at);
        if (nl < 0) throw new GitError(`git cat-file --batch ended early (${i} of ${names.length} files read)`, ["cat-file", "--batch"], null, r.stderr);
        const header = buf.subarray(at, nl).toString("utf8");
        at = nl + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) {
          out.set(paths[i], null);
          missing = true;
          continue;
        }
        const size = Number(m[2]);
        out.set(paths[i], m[1] === "blob" ? buf.subarray(at, at + size).toString("utf8") : null);
        at += size + 1;
      }
      if (missing) await revParse(commit);
      return out;
    },
    async listFiles(commit, pathspecGlob) {
      return matchPaths(await git.listTree(commit), pathspecGlob);
    },
    async listTree(commit) {
      checkRef(commit, "commit");
      const out = (await run(["ls-tree", "--full-tree", "-r", "--name-only", "-z", commit])).stdout.toString("utf8");
      return out.split("\0").filter((p) => p !== "").sort();
    },
    async readTreeState(commit) {
      checkRef(commit, "commit");
      const [dirty, tree, ignored] = await Promise.all([
        run(["status", "--porcelain", "-z", "--untracked-files=all"]),
        run(["ls-tree", "--full-tree", "-r", "-z", commit]),
        run(["ls-files", "--others", "--ignored", "--exclude-standard", "--directory", "-z"])
      ]);
      const split = (b) => b.toString("utf8").split("\0").filter((e) => e !== "");
      return { changed: parseStatusPaths(dirty.stdout.toString("utf8")), entries: split(tree.stdout), ignored: split(ignored.stdout) };
    },
    async isAncestor(a, b) {
      checkRef(a, "commit");
      checkRef(b, "commit");
      const r = await run(["merge-base", "--is-ancestor", a, b], { okCodes: [0, 1] });
      return r.code === 0;
    },
    async fetch(remote, refspec, opts = {}) {
      checkName(remote, "remote");
      checkRef(refspec.replace(/^\+/, "x"), "refspec");
      const args = ["fetch", "--no-tags", "--quiet", "--no-write-fetch-head"];
      if (opts.depth !== void 0 && opts.depth > 0) args.push(`--depth=${Math.floor(opts.depth)}`);
      args.push(remote, refspec);
      const r = await run(args, { okCodes: [0, 1, 128] });
      if (r.code === 0) return true;
      if (/couldn't find remote ref|no matching remote head|remote ref .* not found/i.test(r.stderr)) return false;
      throw new GitError(`${describeCommand(args)} failed (exit ${r.code}) in ${cwd}: ${r.stderr || "(no stderr)"}${hintFor(r.stderr)}`, args, r.code, r.stderr);
    },
    async addWorktree(commit) {
      const sha = await revParse(commit);
      const parent = await mkdtemp(join2(tmpdir2(), "evalgate-worktree-"));
      const path = join2(parent, "checkout");
      try {
        await run(["worktree", "add", "--detach", "--force", path, sha]);
      } catch (e) {
        await rm(parent, { recursive: true, force: true });
        throw e;
      }
      let removed = false;
      return {
        path,
        commit: sha,
        async remove() {
          if (removed) return;
          removed = true;
          await run(["worktree", "remove", "--force", path], { okCodes: [0, 128] });
          await rm(parent, { recursive: true, force: true });
          await run(["worktree", "prune"], { okCodes: [0, 128] });
        }
      };
    },
    async currentCommit() {
      return revParse("HEAD");
    },
    async isShallow() {
      return await text(["rev-parse", "--is-shallow-repository"]) === "true";
    },
    async defaultBranch(remote) {
      checkName(remote, "remote");
      const local = await run(["symbolic-ref", "--quiet", "--short", `refs/remotes/${remote}/HEAD`], { okCodes: [0, 1, 128] });
      const localOut = local.stdout.toString("utf8").trim();
      if (local.code === 0 && localOut.startsWith(`${remote}/`)) return localOut.slice(remote.length + 1);
      const remoteHead = await run(["ls-remote", "--symref", remote, "HEAD"], { okCodes: [0, 1, 2, 128], timeoutMs: 3e4 });
      const m = /^ref: refs\/heads\/(\S+)\s+HEAD$/m.exec(remoteHead.stdout.toString("utf8"));
      if (remoteHead.code === 0 && m) return m[1];
      for (const candidate of ["main", "master"]) {
        if (await tryRevParse(`refs/remotes/${remote}/${candidate}`) || await tryRevParse(`refs/heads/${candidate}`)) return candidate;
      }
      return null;
    },
    async hashObject(content) {
      return text(["hash-object", "-w", "--stdin"], { input: content });
    },
    async commitFiles({ parent, files, message, author }) {
      if (parent !== null && !FULL_SHA.test(parent)) checkRef(parent, "parent commit");
      const dir = await mkdtemp(join2(tmpdir2(), "evalgate-index-"));
      const env = { GIT_INDEX_FILE: join2(dir, "index") };
      try {
        if (parent !== null) await run(["read-tree", parent], { env });
        const lines = [];
        for (const file of files) {
          const p = checkPath(file.path, "path");
          const blob = "blob" in file ? file.blob : await git.hashObject(file.content);
          if (!FULL_SHA.test(blob)) throw new GitError(`blob id ${JSON.stringify(blob)} for ${p} is not a full object id`, [], null, "");
          lines.push(`100644 ${blob}	${p}
`);
        }
        await run(["update-index", "--add", "--index-info"], { env, input: lines.join("") });
        const tree = await text(["write-tree"], { env });
        const identity = {
          GIT_AUTHOR_NAME: author.name,
          GIT_AUTHOR_EMAIL: author.email,
          GIT_COMMITTER_NAME: author.name,
          GIT_COMMITTER_EMAIL: author.email
        };
        if (author.date) {
          identity.GIT_AUTHOR_DATE = author.date;
          identity.GIT_COMMITTER_DATE = author.date;
        }
        const args = ["commit-tree", "--no-gpg-sign", tree, ...parent === null ? [] : ["-p", parent], "-F", "-"];
        return await text(args, { env: identity, input: message });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async push(remote, commit, branch) {
      checkName(remote, "remote");
      checkRef(commit, "commit");
      checkName(branch, "branch");
      const args = ["push", "--porcelain", "--quiet", "--no-verify", remote, `${commit}:refs/heads/${branch}`];
      const r = await run(args, { okCodes: [0, 1, 128] });
      if (r.code === 0) return { ok: true };
      const detail = `${r.stdout.toString("utf8")}
${r.stderr}`.trim();
      if (/\[rejected\]|non-fast-forward|fetch first|cannot lock ref|failed to update ref|stale info|remote rejected.*(lock|update)/i.test(detail)) {
        return { ok: false, rejected: true, detail };
      }
      throw new GitError(`${describeCommand(args)} failed (exit ${r.code}) in ${cwd}: ${detail || "(no output)"}${hintFor(detail)}`, args, r.code, r.stderr);
    }
  };
  return git;
}

// src/cli/io.ts
var CliError = class extends Error {
  name = "CliError";
};
function useColor(io) {
  const force = io.env.FORCE_COLOR;
  if (force !== void 0) return ["", "1", "2", "3", "true"].includes(force);
  if (io.env.NO_COLOR !== void 0 || io.env.NODE_DISABLE_COLORS !== void 0 || io.env.TERM === "dumb") return false;
  return io.stdoutTty ?? false;
}

// src/surfaces/limits.ts
var LIMITS = { comment: 65536, summary: 1048576, annotationsPerRequest: 50 };

// src/surfaces/evidence.ts
var STDERR_LABEL = "--- stderr ---\n";
var STDERR_SEPARATOR = `
${STDERR_LABEL}`;
var CONVERSION_SEPARATOR = "\n--- trace conversion ---\n";
var MAX_STEPS = 20;
var ARGS_CHARS = 60;
var TEXT_CHARS = 160;
function scanValue(text, i) {
  while (i < text.length && /\s/.test(text[i])) i++;
  if (i >= text.length) return -1;
  const open = text[i];
  if (open === '"') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "\\") j++;
      else if (text[j] === '"') return j + 1;
    }
    return -1;
  }
  if (open !== "{" && open !== "[") {
    const m = /^-?[\w.+-]+/.exec(text.slice(i));
    return m ? i + m[0].length : -1;
  }
  let depth = 0;
  let inString = false;
  for (let j = i; j < text.length; j++) {
    const ch = text[j];
    if (inString) {
      if (ch === "\\") j++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}
var tryJson = (text) => parseJsonBounded(text);
function topLevelValue(text, key) {
  let i = text.indexOf("{");
  if (i < 0) return null;
  i++;
  while (i < text.length) {
    while (i < text.length && /[\s,]/.test(text[i])) i++;
    if (text[i] !== '"') return null;
    const keyEnd = scanValue(text, i);
    if (keyEnd < 0) return null;
    const name = tryJson(text.slice(i, keyEnd));
    let j = keyEnd;
    while (j < text.length && /\s/.test(text[j])) j++;
    if (text[j] !== ":") return null;
    const end = scanValue(text, j + 1);
    if (name === key) return { start: j + 1, end };
    if (end < 0) return null;
    i = end;
  }
  return null;
}
function toStep(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return null;
  const o = v;
  const step = { type: typeof o.type === "string" ? o.type : "step", name: typeof o.name === "string" ? o.name : "" };
  if ("args" in o) step.args = o.args;
  if (typeof o.status === "string") step.status = o.status;
  if (typeof o.error === "string") step.error = o.error;
  if (typeof o.model === "string") step.model = o.model;
  if ("result" in o) step.result = o.result;
  for (const k of ["latency_ms", "input_tokens", "output_tokens", "cost_usd"]) {
    const n = o[k];
    if (typeof n === "number" && Number.isFinite(n) && n >= 0) step[k] = n;
  }
  return step;
}
function parseEvidence(text) {
  const conv = text.indexOf(CONVERSION_SEPARATOR);
  const conversion = conv >= 0 ? text.slice(conv + CONVERSION_SEPARATOR.length) : void 0;
  const parsed = parseTraceAndStderr(conv >= 0 ? text.slice(0, conv) : text);
  return conversion ? { ...parsed, conversion } : parsed;
}
function parseTraceAndStderr(evidence) {
  if (evidence.startsWith(STDERR_LABEL)) return { steps: null, truncated: false, trace: null, stderr: evidence.slice(STDERR_LABEL.length) };
  const at = evidence.indexOf(STDERR_SEPARATOR);
  let trace = at >= 0 ? evidence.slice(0, at) : evidence;
  let stderr = at >= 0 ? evidence.slice(at + STDERR_SEPARATOR.length) : null;
  if (at < 0 && !/^\s*\{/.test(evidence)) {
    if (evidence === "") return { steps: null, truncated: false, trace: null, stderr: null };
    stderr = evidence;
    trace = null;
  }
  if (trace === null) return { steps: null, truncated: false, trace: null, stderr };
  const whole = tryJson(trace);
  if (whole && typeof whole === "object" && Array.isArray(whole.steps)) {
    return { steps: whole.steps.map(toStep).filter((s) => s !== null), truncated: false, output: whole.output, trace, stderr };
  }
  const steps = [];
  let truncated = true;
  const range = topLevelValue(trace, "steps");
  if (range && trace[trace.slice(range.start).search(/\S/) + range.start] === "[") {
    let i = trace.indexOf("[", range.start) + 1;
    for (; ; ) {
      while (i < trace.length && /[\s,]/.test(trace[i])) i++;
      if (trace[i] === "]") {
        truncated = false;
        break;
      }
      const end = scanValue(trace, i);
      if (end < 0) break;
      const step = toStep(tryJson(trace.slice(i, end)));
      if (step) steps.push(step);
      i = end;
    }
  }
  const out = topLevelValue(trace, "output");
  const output = out && out.end > 0 ? tryJson(trace.slice(out.start, out.end)) : void 0;
  if (!range && output === void 0) return { steps: null, truncated: false, trace, stderr };
  return { steps, truncated, output, trace, stderr };
}
function pointedSteps(message) {
  const out = /* @__PURE__ */ new Set();
  if (!message) return out;
  for (const m of message.matchAll(/\bsteps? (\d+(?:(?:, | and )\d+)*)/g)) {
    for (const n of m[1].split(/, | and /)) out.add(Number(n));
  }
  return out;
}
function clip(s, max) {
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function preview(v, max, clean) {
  if (v === void 0) return "";
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return clip(clean(text).replace(/\s+/g, " "), max);
}
function stepLine(s, no, marked, clean) {
  const parts = [`${mdText(clip(clean(s.type), TEXT_CHARS))} ${s.name ? mdCode(clean(s.name)) : "\u2014"}`];
  const args = preview(s.args, ARGS_CHARS, clean);
  if (args && args !== "{}") parts.push(mdCode(args));
  const failed = s.status === "error";
  parts.push(failed ? `**error**${s.error ? `: ${mdText(clip(clean(s.error), TEXT_CHARS))}` : ""}` : s.status === void 0 || s.status === "ok" ? "ok" : mdText(clip(clean(s.status), 20)));
  const body = parts.join(" \xB7 ");
  return `${no}. ${marked ? `\u279C **${body}** \u2190 failing check` : body}`;
}
function pickSteps(steps, marked, max) {
  if (steps.length <= max) return steps.map((_, i) => i + 1);
  const keep = /* @__PURE__ */ new Set([1, steps.length]);
  const wanted = [...[...marked].map((n) => n - 1), ...steps.flatMap((s, i) => s.status === "error" ? [i] : [])];
  for (const i of wanted) {
    if (keep.size >= max) break;
    for (const d of [-1, 0, 1]) keep.add(i + 1 + d);
  }
  for (let n = 1; keep.size < max && n <= steps.length; n++) keep.add(n);
  const sorted = [...keep].filter((n) => n >= 1 && n <= steps.length).sort((a, b) => a - b);
  const out = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n > sorted[i - 1] + 1) out.push("gap");
    out.push(n);
  });
  return out;
}
function outputBlock(output, clean) {
  if (output === void 0) return "";
  if (output !== null && typeof output === "object" && !Array.isArray(output)) {
    const entries = Object.entries(output);
    if (entries.length === 0) return "output: `{}`";
    const shown = entries.slice(0, 8).map(([k, v]) => `- ${mdCode(clean(k))}: ${typeof v === "string" ? mdText(clip(clean(v), TEXT_CHARS * 2)) || '""' : mdCode(preview(v, TEXT_CHARS / 2, clean))}`);
    if (entries.length > 8) shown.push(`- \u2026 ${entries.length - 8} more`);
    return `output:

${shown.join("\n")}`;
  }
  return `output: ${typeof output === "string" ? mdText(clip(clean(output), TEXT_CHARS * 2)) : mdCode(preview(output, TEXT_CHARS, clean))}`;
}
function prettyTrace(trace) {
  const v = tryJson(trace);
  return v === void 0 ? trace : JSON.stringify(v, null, 2);
}
function renderEvidence(evidence, message, maxChars, clean = (t) => t, maxSteps = MAX_STEPS) {
  const ev = parseEvidence(evidence);
  const marked = pointedSteps(message);
  const parts = [];
  let summary = "evidence";
  if (ev.steps && ev.steps.length > 0) {
    const lines = pickSteps(ev.steps, marked, maxSteps).map((n) => n === "gap" ? "   \u2026" : stepLine(ev.steps[n - 1], n, marked.has(n), clean));
    if (ev.truncated) lines.push(`   \u2026 (trace cut; later steps in the full trace)`);
    parts.push(lines.join("\n"));
    const shownMarks = [...marked].filter((n) => n <= ev.steps.length);
    summary = `evidence: ${ev.steps.length}${ev.truncated ? "+" : ""} step${ev.steps.length === 1 ? "" : "s"}${shownMarks.length ? `, step ${shownMarks.join(", ")} marked` : ""}`;
  } else if (ev.steps) {
    parts.push("_The trace has no steps._");
  }
  const out = outputBlock(ev.output, clean);
  if (out) parts.push(out);
  const raw = [
    ev.trace ? `trace:
${prettyTrace(clean(ev.trace))}` : "",
    ev.stderr ? `stderr:
${clean(ev.stderr)}` : "",
    ev.conversion ? `trace conversion:
${clean(ev.conversion)}` : ""
  ].filter(Boolean).join("\n\n");
  if (raw) {
    const fenced = mdFence(truncateText(raw, Math.max(200, maxChars)));
    const what = [ev.trace ? "full trace" : "", ev.stderr ? "stderr" : "", ev.conversion ? "trace conversion" : ""].filter(Boolean).join(", ").replace(/, ([^,]+)$/, " and $1");
    parts.push(parts.length > 0 ? mdDetails(what, fenced) : fenced);
  }
  return mdDetails(summary, parts.join("\n\n"));
}
function renderErrorEvidence(evidence, maxChars, clean = (t) => t) {
  return renderStderrTail(parseEvidence(evidence).stderr, maxChars, clean);
}
function renderStderrTail(stderr, maxChars, clean = (t) => t) {
  if (!stderr || stderr.trim() === "") return "";
  const shown = clean(stderr);
  const lines = stderrExcerpt(shown);
  if (lines.length === 0) return "";
  return [`stderr (last ${lines.length === 1 ? "line" : `${lines.length} lines`}):`, mdFence(lines.join("\n")), mdDetails("full stderr tail", mdFence(truncateText(shown, Math.max(200, maxChars))))].join("\n\n");
}

export {
  HandoffError,
  leaveSecretsOutOfEnviron,
  matchPaths,
  createGit,
  LIMITS,
  parseEvidence,
  pointedSteps,
  renderEvidence,
  renderErrorEvidence,
  renderStderrTail,
  CliError,
  useColor
};
