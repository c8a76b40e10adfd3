// `evalgate init`: sets evalgate up in a repository. planInit is pure (what to write, given what
// was detected); runInitCommand detects, asks (only on a terminal), refuses to overwrite, writes.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findVerb, INIT_LANGUAGES, UsageError, type Command, type InitLanguage } from './args.js';
import { writeFileAtomic } from '../adapters/fs.js';
import { INSTALLED_SCHEMAS } from '../case/validator.js';
import type { Io } from './io.js';

/** Placeholder for the action reference: the user pins the repository that hosts evalgate at a full commit SHA. */
export const ACTION_PLACEHOLDER = '<owner>/evalgate@<full-commit-sha>';

/** Where the schemas are when evalgate is installed as an npm package (re-exported for tests). */
export { INSTALLED_SCHEMAS };

/** What `init` found in the repository. */
export interface InitDetection {
  /** The file that decided the language, or null. */
  marker: 'package.json' | 'pyproject.toml' | null;
  language: InitLanguage;
}

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

/** Picks the stub language from the repository's marker files: package.json -> node, pyproject.toml -> python, else node. */
export function detectLanguage(has: (file: string) => boolean): InitDetection {
  if (has('package.json')) return { marker: 'package.json', language: 'node' };
  if (has('pyproject.toml')) return { marker: 'pyproject.toml', language: 'python' };
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
    content: `"""evalgate harness stub (exec protocol, README "Harness protocol"): one process per trial.

stdin: the case \`input\` as JSON. stdout: ONE trace JSON document, nothing else.
Log to stderr (print(..., file=sys.stderr)): stdout is the trace.
Replace run_agent with a call into your agent and report the steps it took.
"""
import json
import os
import sys
import time


def run_agent(case_input):
    messages = case_input.get("messages") or [{}]
    text = messages[-1].get("content", "")
    return {
        "output": {"reply": f"echo: {text}"},
        "steps": [{"type": "tool", "name": "echo", "args": {"text": text}, "result": {"text": text}, "status": "ok", "latency_ms": 0}],
    }


started = time.monotonic()
case_input = json.loads(sys.stdin.read() or "{}")
print(f"case {os.environ.get('EVALGATE_CASE_ID')} trial {os.environ.get('EVALGATE_TRIAL')}", file=sys.stderr)
trace = run_agent(case_input)
trace["latency_ms"] = round((time.monotonic() - started) * 1000)
sys.stdout.write(json.dumps(trace) + "\\n")
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
cases: evals/cases/**/*.yaml
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

function workflowFile(): string {
  return `# evalgate (README "Workflows"): one job per event, each with only the permissions it needs.
# REPLACE ${ACTION_PLACEHOLDER} below with the repository that hosts the evalgate action,
# pinned at a full commit SHA (a tag can be moved; a SHA cannot).
name: evalgate
on:
  pull_request:
  push:
    branches: [main]            # your default branch: pushes to it store baselines
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:
  issues:
    types: [closed]

concurrency:
  group: evalgate-\${{ github.event_name }}-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
  gate:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions: { contents: read, checks: write, pull-requests: write, issues: read }
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }       # the gate reads case definitions at the merge base
      # Install what your harness needs here (actions/setup-node, setup-python, npm ci, ...).
      - uses: ${ACTION_PLACEHOLDER}
        with:
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}
        # env: { MODEL_API_KEY: \${{ secrets.MODEL_API_KEY }} }   # whatever your harness needs
      # .evalgate/ as an artifact: report.html (every case, with each failing trial's steps), results, JUnit.
      - if: always()
        uses: actions/upload-artifact@v4
        with: { name: evalgate-results, path: .evalgate/, include-hidden-files: true, retention-days: 7, if-no-files-found: ignore }

  baseline:
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    permissions: { contents: write }    # pushes to the evalgate-baselines branch
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: ${ACTION_PLACEHOLDER}
        with:
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}

  nightly:
    if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
    runs-on: ubuntu-latest
    permissions: { contents: write, issues: write }
    steps:
      - uses: actions/checkout@v4
        with: { fetch-depth: 0 }
      - uses: ${ACTION_PLACEHOLDER}
        with:
          holdout-key: \${{ secrets.EVALGATE_HOLDOUT_KEY }}
      - if: always()
        uses: actions/upload-artifact@v4
        with: { name: evalgate-nightly, path: .evalgate/, include-hidden-files: true, retention-days: 14, if-no-files-found: ignore }

  scaffold:
    if: github.event_name == 'issues' && github.event.issue.state_reason == 'completed' && contains(github.event.issue.labels.*.name, 'agent-failure')
    runs-on: ubuntu-latest
    permissions: { contents: write, pull-requests: write, issues: write }
    steps:
      - uses: actions/checkout@v4
      - uses: ${ACTION_PLACEHOLDER}
`;
}

/** The files init writes and the commands it suggests next. Pure. */
export function planInit(opts: { language: InitLanguage; harnessCommand: string | null; schemasInstalled: boolean }): InitPlan {
  const stub = opts.harnessCommand === null ? STUBS[opts.language] : null;
  const harnessCommand = opts.harnessCommand ?? STUBS[opts.language].command;
  const files: InitFile[] = [
    { path: 'evalgate.yml', content: configFile(harnessCommand) },
    { path: CASE_PATH, content: caseFile() },
    ...(stub ? [{ path: stub.path, content: stub.content }] : []),
    { path: '.github/workflows/evalgate.yml', content: workflowFile() },
    { path: '.gitignore', content: '.evalgate/\n', append: true },
  ];
  // Commands that exist in this build only (verbs are added as the CLI grows).
  const storeBaseline = findVerb('baseline')
    ? 'npx evalgate baseline --suite benchmark --store .evalgate/baselines'
    : 'npx evalgate run --suite benchmark --out .evalgate/baselines/benchmark/$(git rev-parse HEAD).json';
  const next = [
    'npx evalgate validate                   # config and cases are valid',
    'npx evalgate run --suite benchmark      # the example case against the harness: 1 passed',
    stub
      ? `edit ${stub.path}: call your agent, print one trace JSON on stdout, log to stderr`
      : `make \`${harnessCommand}\` print one trace JSON on stdout (README "Harness protocol"); the example case expects an echo tool and a reply with "hello"`,
    `write a case per resolved agent failure under evals/cases/<workflow>/ with \`guards:\` set to its issue (then delete ${CASE_PATH})`,
    `${storeBaseline}   # store a baseline of this commit`,
    'npx evalgate gate --suite benchmark --baseline .evalgate/baselines   # gate your working tree against it',
    `in .github/workflows/evalgate.yml, replace ${ACTION_PLACEHOLDER} with the evalgate action pinned at a full commit SHA, then commit`,
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

/** `evalgate init`: writes the plan, or nothing when any target exists (named). */
export async function runInitCommand(io: Io, cmd: Extract<Command, { verb: 'init' }>): Promise<number> {
  const detected = detectLanguage((f) => existsSync(join(io.cwd, f)));
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
  const plan = planInit({ language, harnessCommand, schemasInstalled: existsSync(join(io.cwd, INSTALLED_SCHEMAS, 'case.schema.json')) });
  const clashes = plan.files.filter((f) => !f.append && existsSync(join(io.cwd, f.path))).map((f) => f.path);
  if (clashes.length > 0) {
    io.stderr(`evalgate init: ${clashes.join(', ')} already exist${clashes.length === 1 ? 's' : ''}; nothing was written (init never overwrites: move ${clashes.length === 1 ? 'it' : 'them'} aside or edit by hand).\n`);
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
      await writeFileAtomic(abs, f.content);
      written.push(f.path);
    }
  }
  const why = plan.stub ? `${language} harness stub${detected.marker && cmd.language === null ? ` (found ${detected.marker})` : ''}` : `harness command ${JSON.stringify(plan.harnessCommand)}`;
  io.stdout(
    `evalgate init: wrote ${written.length} file(s), ${why}\n${written.map((w) => `  ${w}\n`).join('')}\nNext:\n${plan.next.map((n, i) => `  ${i + 1}. ${n}\n`).join('')}`,
  );
  return 0;
}
