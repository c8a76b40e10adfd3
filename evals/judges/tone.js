#!/usr/bin/env node
// Rule-based stand-in for an LLM tone judge (evalgate `command` check).
// stdin: the trace JSON. stdout: {"pass":bool,"score":0..1,"reason":str}.
// Deterministic on purpose: the demo must give the same verdict on every run.
// Usage: node evals/judges/tone.js [--path output.reply] [--min-score 1]
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
};
const path = opt('--path', 'output.reply');
const minScore = Number(opt('--min-score', '1'));

const chunks = [];
for await (const c of process.stdin) chunks.push(c);
let trace;
try {
  trace = JSON.parse(Buffer.concat(chunks).toString('utf8'));
} catch (e) {
  process.stdout.write(JSON.stringify({ pass: false, score: 0, reason: `judge input is not JSON: ${e.message}` }) + '\n');
  process.exit(0);
}
const reply = path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), trace);
if (typeof reply !== 'string' || !reply.trim()) {
  process.stdout.write(JSON.stringify({ pass: false, score: 0, reason: `no text at ${path} to judge` }) + '\n');
  process.exit(0);
}

// Each rule: what a polite, calm support reply looks like.
const rules = [
  ['courteous', /\b(thanks|thank you|sorry|please|happy to)\b/i.test(reply), 'no courtesy marker (thanks/sorry/please)'],
  ['calm', (reply.match(/!/g) ?? []).length <= 1, 'more than one exclamation mark'],
  ['no shouting', !/\b[A-Z]{4,}\b/.test(reply), 'words in ALL CAPS'],
  ['no blame', !/\b(your fault|you should have|obviously|as I said)\b/i.test(reply), 'blames or talks down to the customer'],
];
const failed = rules.filter(([, ok]) => !ok);
const score = Math.round(((rules.length - failed.length) / rules.length) * 100) / 100;
const pass = score >= minScore;
const reason = failed.length ? `tone: ${failed.map(([, , why]) => why).join('; ')}` : 'tone: courteous and calm';
process.stdout.write(JSON.stringify({ pass, score, reason }) + '\n');
