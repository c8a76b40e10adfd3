// `evalgate init`: sets evalgate up in a repository. planInit is pure (what to write, given what
// was detected); runInitCommand detects, asks (only on a terminal), refuses to overwrite, writes.
import { lstat, readFile, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { findVerb, INIT_LANGUAGES, UsageError, type Command, type InitLanguage } from './args.js';
import { ACTION_PLACEHOLDER, describeHarnessSetup, detectHarnessSetup, findOtherGates, renderWorkflows, WORKFLOW_PATHS, type HarnessSetup, type WorkflowSetup, WORKFLOW_SETUPS } from './workflows.js';
import { writeFileAtomic, writeFileExclusive } from '../adapters/fs.js';
import { INSTALLED_SCHEMAS } from '../case/validator.js';
import type { Io } from './io.js';

/** Placeholder for the action reference (re-exported for tests). */
export { ACTION_PLACEHOLDER };

/** Where the schemas are when evalgate is installed as an npm package (re-exported for tests). */
export { INSTALLED_SCHEMAS };

/** Files that make a repository a Python project for `init`, in the order they are looked for. */
export const PYTHON_MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'Pipfile'] as const;

/** What `init` found in the repository. */
export interface InitDetection {
  /** The file that decided the language (".py files" for sources without a marker file), or null. */
  marker: 'package.json' | (typeof PYTHON_MARKERS)[number] | '.py files' | null;
  language: InitLanguage;
}

/** The Python harness kit inside the evalgate package (package.json `files`), and where init copies it. */
export const PYTHON_KIT = { packagePath: 'harness/python/evalgate_harness.py', path: 'evals/harness/evalgate_harness.py' } as const;

/** A file init writes; `append` files get the text added when they lack it (.gitignore). */
export interface InitFile {
  path: string;
  content: string;
  append?: boolean;
}

/** Everything init will do. */
export interface InitPlan {
  files: InitFile[];
  harnessCommand: string;
  /** The stub written (null when the user gave --harness-command). */
  stub: string | null;
  next: string[];
}

/**
 * Picks the stub language: package.json -> node; a Python marker file (PYTHON_MARKERS) -> python;
 * else .py sources (`pythonSources`, found by the caller) -> python; else node.
 */
export function detectLanguage(has: (file: string) => boolean, pythonSources = false): InitDetection {
  if (has('package.json')) return { marker: 'package.json', language: 'node' };
  for (const marker of PYTHON_MARKERS) if (has(marker)) return { marker, language: 'python' };
  if (pythonSources) return { marker: '.py files', language: 'python' };
  // Node is always there: evalgate itself runs on it.
  return { marker: null, language: 'node' };
}

const STUBS: Record<InitLanguage, { path: string; command: string; content: string }> = {
  node: {
    path: 'evals/harness/run.mjs',
    command: 'node evals/harness/run.mjs',
    content: `// evalgate harness stub (exec protocol, README "Harness protocol"): one process per trial.
// stdin: the case \`input\` as JSON. stdout: ONE trace JSON document, nothing else.
// Log to stderr (console.error): stdout is the trace, and its tail of stderr is kept as evidence.
// Replace runAgent with a call into your agent and report the steps it took.
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(0, 'utf8') || '{}');
const started = Date.now();

async function runAgent(input) {
  const text = input.messages?.at(-1)?.content ?? '';
  return {
    output: { reply: \`echo: \${text}\` },
    steps: [{ type: 'tool', name: 'echo', args: { text }, result: { text }, status: 'ok', latency_ms: 0 }],
  };
}

console.error(\`case \${process.env.EVALGATE_CASE_ID} trial \${process.env.EVALGATE_TRIAL}\`);
const { output, steps } = await runAgent(input);
process.stdout.write(JSON.stringify({ output, steps, latency_ms: Date.now() - started }) + '\\n');
`,
  },
  python: {
    path: 'evals/harness/run.py',
    command: 'python3 evals/harness/run.py',
    content: `"""evalgate harness (README "Python agents"): runs your agent on the case evalgate hands it.

evalgate_harness.py beside this file is the harness kit (standard library only; \`evalgate init\`
copied it from node_modules/evalgate/${PYTHON_KIT.packagePath}). main() reads the case
input (exec or jsonl protocol), records the steps, sends print() to stderr (stdout is the trace)
and prints one trace per trial. Replace agent() with a call into your agent: decorate its tools
with @tool and wrap its model calls in \`with llm(...)\`.
"""
from evalgate_harness import llm, main, tool


@tool("echo")  # every call becomes a tool step: name, args, result, status, latency
def echo(text):
    return {"text": text}


def agent(case_input, ctx):
    messages = (case_input or {}).get("messages") or [{}]
    text = messages[-1].get("content", "")
    print(f"case {ctx.case_id} trial {ctx.trial}")  # goes to stderr, kept as evidence
    # with llm("planner", model="gpt-4.1-mini") as call:
    #     response = client.chat.completions.create(...)
    #     call.record(response)  # model and token counts from the response
    echo(text=text)
    return {"reply": f"echo: {text}"}  # the trace's output


if __name__ == "__main__":
    main(agent)
`,
  },
  shell: {
    path: 'evals/harness/run.sh',
    command: 'sh evals/harness/run.sh',
    content: `#!/bin/sh
# evalgate harness stub (exec protocol, README "Harness protocol"): one process per trial.
# stdin: the case \`input\` as JSON. stdout: ONE trace JSON document, nothing else.
# Log to stderr (>&2): stdout is the trace. Replace the printf with a call into your agent.
input=$(cat)
echo "case $EVALGATE_CASE_ID trial $EVALGATE_TRIAL: $input" >&2
printf '%s\\n' '{"output":{"reply":"echo: hello"},"steps":[{"type":"tool","name":"echo","args":{"text":"hello"},"result":{"text":"hello"},"status":"ok","latency_ms":0}]}'
`,
  },
};

const CASE_PATH = 'evals/cases/example/example-echo.yaml';

function configFile(command: string): string {
  return `# yaml-language-server: $schema=./${INSTALLED_SCHEMAS}/config.schema.json
# evalgate config (README "Config"). Every key but harness.command is optional.
harness:
  command: ${JSON.stringify(command)}
  protocol: exec                # one process per trial: case input on stdin, one trace JSON on stdout
  timeout_ms: 60000
  # What counts as the harness is the whole repository: a change anywhere re-runs the gate and is a
  # new fingerprint (stored trials are not pooled across it). List here only what cannot change the
  # agent's behaviour; a pull request touching nothing else skips the eval run. The cases, fixtures,
  # this file and every file the harness command imports always count, whatever this list says.
  ignore: [README.md, CHANGELOG.md, LICENSE, docs/**]
cases: "evals/cases/**/*.{yaml,yml}"
trials: 1                       # 1 = deterministic harness; give a stochastic agent 3 or more
`;
}

function caseFile(): string {
  return `# yaml-language-server: $schema=../../../${INSTALLED_SCHEMAS}/case.schema.json
# An example case that passes against the harness stub. Write one case per resolved agent
# failure under evals/cases/<workflow>/ (README "Cases"), then delete this one.
id: example-echo
title: The harness answers the user's message
guards: 1                # REPLACE: the issue this case guards (123 or "owner/repo#123"); nightly reopens it when this case regresses
workflow: example
severity: sev1           # sev0/sev1: benchmark (every PR) and coverage (nightly); sev2/sev3: coverage only
input:
  messages: [{ role: user, content: hello }]
checks:
  - type: trajectory
    mode: in_order
    tools: [echo]
  - type: output_match
    path: reply
    pattern: hello
  - type: no_tool_errors
`;
}

/**
 * The files init writes and the commands it suggests next. Pure. `pythonKit` is the text of the
 * Python harness kit, copied beside the Python stub (which imports it) so the harness runs without
 * npm; required when that stub is written.
 */
export function planInit(opts: { language: InitLanguage; harnessCommand: string | null; schemasInstalled: boolean; workflow?: WorkflowSetup; harnessSetup?: HarnessSetup; pythonKit?: string | null }): InitPlan {
  const stub = opts.harnessCommand === null ? STUBS[opts.language] : null;
  const harnessCommand = opts.harnessCommand ?? STUBS[opts.language].command;
  const withKit = stub !== null && opts.language === 'python';
  if (withKit && !opts.pythonKit) throw new Error('planInit: the Python stub needs the harness kit text (pythonKit)');
  const files: InitFile[] = [
    { path: 'evalgate.yml', content: configFile(harnessCommand) },
    { path: CASE_PATH, content: caseFile() },
    ...(stub ? [{ path: stub.path, content: stub.content }] : []),
    ...(withKit ? [{ path: PYTHON_KIT.path, content: opts.pythonKit! }] : []),
    ...renderWorkflows(opts.workflow ?? 'pr', { action: ACTION_PLACEHOLDER, harness: opts.harnessSetup ?? detectHarnessSetup(() => false, null) }),
    { path: '.gitignore', content: '.evalgate/\n', append: true },
  ];
  // Commands that exist in this build only (verbs are added as the CLI grows).
  const storeBaseline = findVerb('baseline')
    ? 'npx evalgate baseline --suite benchmark --store .evalgate/baselines'
    : 'npx evalgate run --suite benchmark --out .evalgate/baselines/benchmark/$(git rev-parse HEAD).json';
  const next = [
    'npx evalgate validate                   # config and cases are valid',
    'npx evalgate run --suite benchmark      # the example case against the harness: 1 passed',
    withKit
      ? `edit ${stub!.path}: call your agent from agent(), decorate its tools with @tool (${PYTHON_KIT.path} is the kit: README "Python agents")`
      : stub
      ? `edit ${stub.path}: call your agent, print one trace JSON on stdout, log to stderr`
      : `make \`${harnessCommand}\` print one trace JSON on stdout (README "Harness protocol"); the example case expects an echo tool and a reply with "hello"`,
    `write a case per resolved agent failure under evals/cases/<workflow>/ with \`guards:\` set to its issue (then delete ${CASE_PATH})`,
    `${storeBaseline}   # store a baseline of this commit`,
    'npx evalgate gate --suite benchmark --baseline .evalgate/baselines   # gate your working tree against it',
    `in ${WORKFLOW_PATHS.main} and ${WORKFLOW_PATHS.publish}, replace ${ACTION_PLACEHOLDER} with the evalgate action pinned at a full commit SHA, check the install steps and secrets, then commit`,
  ];
  if (!opts.schemasInstalled) next.push(`for editor completion: npm install --save-dev evalgate (the $schema lines point to ${INSTALLED_SCHEMAS}/)`);
  return { files, harnessCommand, stub: stub?.path ?? null, next };
}

/** Whether a .gitignore line already ignores the top-level directory `name` (name, name/, /name, /name/). */
function ignores(line: string, name: string): boolean {
  return line.replace(/^\//, '').replace(/\/$/, '') === name;
}

async function ask(io: Io, question: string, fallback: string): Promise<string> {
  const answer = (await io.prompt!(`${question} [${fallback}]: `))?.trim();
  return answer ? answer : fallback;
}

/** The workflow files in .github/workflows/ (path relative to the repository root, text); none when the folder is missing. */
async function readWorkflowDir(cwd: string): Promise<Array<{ path: string; text: string }>> {
  const dir = join(cwd, '.github', 'workflows');
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Array<{ path: string; text: string }> = [];
  for (const n of names.filter((n) => /\.ya?ml$/.test(n))) {
    const text = await readFile(join(dir, n), 'utf8').catch(() => null);
    if (text !== null) out.push({ path: `.github/workflows/${n}`, text });
  }
  return out;
}

/** Directories never searched for .py sources (dependencies, build output, virtual environments). */
const SKIP_DIRS = new Set(['node_modules', 'venv', 'env', 'build', 'dist', 'site-packages', '__pycache__']);

/** Whether `dir` or one of its direct subdirectories holds a .py file (a bounded look: at most 64 subdirectories). */
export async function hasPythonSources(dir: string): Promise<boolean> {
  const list = async (d: string) => {
    try {
      return await readdir(d, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const top = await list(dir);
  if (top.some((e) => e.isFile() && e.name.endsWith('.py'))) return true;
  const subdirs = top.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !SKIP_DIRS.has(e.name)).slice(0, 64);
  for (const d of subdirs) if ((await list(join(dir, d.name))).some((e) => e.isFile() && e.name.endsWith('.py'))) return true;
  return false;
}

/**
 * The Python harness kit shipped in this evalgate's package: found by walking up from this module
 * (src/cli/ in a checkout, dist/ or dist/chunks/ in the bundle) to the directory whose package.json
 * is evalgate's; `missing` names where it was expected.
 */
export async function readPythonKit(from: string = dirname(fileURLToPath(import.meta.url))): Promise<{ text: string } | { missing: string }> {
  let dir = from;
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      let name: unknown;
      try {
        name = (JSON.parse(await readFile(pkg, 'utf8')) as { name?: unknown }).name;
      } catch {
        name = undefined;
      }
      if (name === 'evalgate') {
        const kit = join(dir, PYTHON_KIT.packagePath);
        return existsSync(kit) ? { text: await readFile(kit, 'utf8') } : { missing: kit };
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return { missing: join(from, PYTHON_KIT.packagePath) };
}

/** Why init must not write `file`: something is already there, or a link is on its way (null: free to write). */
type TargetProblem = { kind: 'exists'; path: string } | { kind: 'link'; message: string } | null;

function isInsideDir(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Checks one file init writes, component by component with lstat: the file itself may not be a
 * symbolic link (dangling or not) nor, unless init appends to it, exist at all; a folder on the
 * way may be a link only when it resolves to a folder inside the repository.
 */
async function inspectTarget(cwd: string, f: InitFile): Promise<TargetProblem> {
  const parts = f.path.split('/');
  const realRoot = await realpath(cwd).catch(() => cwd);
  for (let i = 1; i <= parts.length; i++) {
    const rel = parts.slice(0, i).join('/');
    const abs = join(cwd, rel);
    const st = await lstat(abs).catch(() => null);
    if (st === null) return null; // the rest does not exist yet: init creates it
    const last = i === parts.length;
    if (st.isSymbolicLink()) {
      const target = await readlink(abs).catch(() => '?');
      if (last) {
        const dangling = (await stat(abs).catch(() => null)) === null;
        return { kind: 'link', message: `${rel} is a symbolic link (to ${JSON.stringify(target)}${dangling ? ', which does not exist' : ''})` };
      }
      const real = await realpath(abs).catch(() => null);
      if (real === null) return { kind: 'link', message: `${rel} is a symbolic link to ${JSON.stringify(target)}, which does not exist (init would create ${f.path} through it)` };
      if (!isInsideDir(realRoot, real)) return { kind: 'link', message: `${rel} is a symbolic link to a folder outside the repository (${JSON.stringify(target)}; init would write ${f.path} there)` };
      continue;
    }
    if (last) {
      if (f.append && st.isFile()) return null;
      return { kind: 'exists', path: f.path };
    }
    if (!st.isDirectory()) return { kind: 'exists', path: rel };
  }
  return null;
}

/** `evalgate init`: writes the plan, or nothing when any target exists (named). */
export async function runInitCommand(io: Io, cmd: Extract<Command, { verb: 'init' }>): Promise<number> {
  const has = (f: string) => existsSync(join(io.cwd, f));
  const marked = detectLanguage(has);
  // Only a repository with no marker file is searched for .py sources.
  const detected = marked.marker === null ? detectLanguage(has, await hasPythonSources(io.cwd)) : marked;
  let language = cmd.language ?? detected.language;
  let harnessCommand = cmd.harnessCommand;
  // Ask only on a terminal and only for what flags did not say; piped or CI runs never block on input.
  if (io.prompt && !cmd.yes) {
    if (cmd.language === null && harnessCommand === null) {
      const answer = await ask(io, `Harness stub language (${INIT_LANGUAGES.join(', ')})`, language);
      if (!(INIT_LANGUAGES as readonly string[]).includes(answer)) throw new UsageError(`init: "${answer}" is not a stub language (expected ${INIT_LANGUAGES.join(', ')})`, 'init');
      language = answer as InitLanguage;
    }
    if (harnessCommand === null) {
      const answer = await ask(io, 'Harness command (Enter writes a stub)', STUBS[language].command);
      harnessCommand = answer === STUBS[language].command ? null : answer;
    }
  }
  let pythonKit: string | null = null;
  if (language === 'python' && harnessCommand === null) {
    const kit = await readPythonKit();
    if ('missing' in kit) {
      io.stderr(`evalgate init: the Python harness kit is missing from this evalgate installation (expected ${kit.missing}); nothing was written. Reinstall evalgate, or pass --harness-command to use your own harness.\n`);
      return 2;
    }
    pythonKit = kit.text;
  }
  const harnessSetup = detectHarnessSetup(has, has('package.json') ? await readFile(join(io.cwd, 'package.json'), 'utf8').catch(() => null) : null);
  const plan = planInit({ language, harnessCommand, schemasInstalled: has(join(INSTALLED_SCHEMAS, 'case.schema.json')), workflow: cmd.workflow, harnessSetup, pythonKit });
  // lstat, never stat or existsSync: a dangling link "does not exist" to those, and writing the
  // file would then replace the link (or, through a linked folder, write outside the repository).
  const checked = await Promise.all(plan.files.map((f) => inspectTarget(io.cwd, f)));
  const clashes = checked.flatMap((c) => (c?.kind === 'exists' ? [c.path] : []));
  const links = checked.flatMap((c) => (c?.kind === 'link' ? [c.message] : []));
  if (clashes.length > 0 || links.length > 0) {
    if (clashes.length > 0) {
      io.stderr(`evalgate init: ${clashes.join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written (init never overwrites: move ${clashes.length === 1 ? 'it' : 'them'} aside or edit by hand).\n`);
    }
    for (const m of links) io.stderr(`evalgate init: ${m}; nothing was written (init never overwrites, and never replaces or writes through a symbolic link: remove the link or create the file by hand).\n`);
    return 2;
  }
  // A workflow of another name that already gates pull requests with evalgate (say, an earlier copy
  // of an example) would post the same check run beside the one init writes.
  const otherGates = findOtherGates(await readWorkflowDir(io.cwd), (t) => load(t));
  if (otherGates.length > 0) {
    io.stderr(
      `evalgate init: ${otherGates.join(', ')} already gate${otherGates.length === 1 ? 's' : ''} pull requests with the evalgate action; ${WORKFLOW_PATHS.main} would be a second gate posting the same check run. ` +
        'Nothing was written: remove it (init writes the gate, baseline, nightly and scaffold jobs) and run init again.\n',
    );
    return 2;
  }
  const written: string[] = [];
  for (const f of plan.files) {
    const abs = join(io.cwd, f.path);
    if (f.append) {
      const existing = existsSync(abs) ? await readFile(abs, 'utf8') : null;
      const entry = f.content.trim();
      if (existing !== null && existing.split(/\r?\n/).some((l) => ignores(l.trim(), entry.replace(/\/$/, '')))) continue;
      const sep = existing === null || existing === '' || existing.endsWith('\n') ? '' : '\n';
      await writeFileAtomic(abs, `${existing ?? ''}${sep}${f.content}`);
      written.push(`${f.path} (${existing === null ? 'created with' : 'added'} ${entry})`);
    } else {
      // Exclusive: something created at the path since the check above is not overwritten either.
      try {
        await writeFileExclusive(abs, f.content);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        io.stderr(`evalgate init: ${f.path} appeared while init was writing; it was not overwritten (written so far: ${written.length > 0 ? written.join(', ') : 'nothing'}).\n`);
        return 2;
      }
      written.push(f.path);
    }
  }
  const why = plan.stub ? `${language} harness stub${detected.marker && cmd.language === null ? ` (found ${detected.marker})` : ''}` : `harness command ${JSON.stringify(plan.harnessCommand)}`;
  io.stdout(
    `evalgate init: wrote ${written.length} file(s), ${why}\n${written.map((w) => `  ${w}\n`).join('')}` +
      `Workflows: setup ${cmd.workflow} (--workflow ${WORKFLOW_SETUPS.join('|')}); install steps: ${describeHarnessSetup(harnessSetup)}\n\nNext:\n${plan.next.map((n, i) => `  ${i + 1}. ${n}\n`).join('')}`,
  );
  return 0;
}
