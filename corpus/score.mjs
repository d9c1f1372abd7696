#!/usr/bin/env node
// Scores the CLI on the labelled corpus (corpus/manifest.json), on whichever documents are present in corpus/cache/.
//
//   node corpus/score.mjs [--split dev|test|all] [--lang CODE|other] [--cli PATH] [--quiet] [--json FILE]
// --lang keeps the documents in one language (ISO code, e.g. en) or, with "other", those in any language but English.
//
// Topics: a "missing-<topic>" finding is a positive; F1 per topic on missing-detection, macro-F1 over the four, with the
// confusion counts. Placeholders: every occurrence of a labelled string must overlap a placeholder finding (recall); a
// finding must overlap a labelled or optional string (precision). Occurrences inside a Markdown code span are quoted,
// not left over, and count neither way. This is the scoring of ../shared/corpus/score.mjs, over this corpus.
// Profiles: documents with profileLabels are linted again with --profile gdpr,ccpa, and each labelled requirement's
// state in the JSON `coverage` is compared with its label ("gdpr/right-access" names the requirement by its alias). As
// for topics, "missing" is the positive class (the linter's finding); covered, vague and not applicable are negatives
// (a label "not-applicable" agrees with any of them). F1 per requirement, and macro-F1 over each regime's requirements.
// Every disagreement is listed with its file and what went wrong. Exit status 0 (a report, not a test).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const split = opt('split', 'dev');
const lang = opt('lang', '');
const inLang = (d) => !lang || (lang === 'other' ? d.lang !== 'en' : d.lang === lang);
const cli = resolve(opt('cli', join(here, '..', 'dist', 'cli.cjs')));
const quiet = args.includes('--quiet');
const TOPICS = ['retention', 'contact', 'children', 'transfers'];

const manifest = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
const docs = manifest.documents
  .filter((d) => d.labels && (split === 'all' || d.split === split) && inLang(d))
  .map((d) => ({ ...d, abs: join(here, 'cache', d.file) }));
const present = docs.filter((d) => existsSync(d.abs));
if (!present.length) {
  console.log(`corpus: no ${split} documents in corpus/cache (${docs.length} in the manifest); run node corpus/fetch.mjs where GitHub is reachable`);
  process.exit(0);
}

/** One CLI run over the documents, in chunks (argument lists have a size limit): absolute path -> its JSON file entry. */
function lintAll(list, extra = []) {
  const files = new Map();
  for (let i = 0; i < list.length; i += 100) {
    const chunk = list.slice(i, i + 100);
    let out;
    try {
      out = execFileSync(process.execPath, [cli, '--format', 'json', ...extra, ...chunk.map((d) => d.abs)], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = e.stdout;
      if (!out) throw new Error(`CLI failed: ${String(e.stderr || e.message).split('\n').slice(0, 3).join(' | ')}`);
    }
    for (const f of JSON.parse(out).files ?? []) files.set(resolve(f.path), f);
  }
  return files;
}
const byPath = new Map([...lintAll(present)].map(([path, f]) => [path, f.findings ?? []]));

/** LSP line starts: \r\n, \n and a lone \r each end a line. */
function lineStarts(text) {
  const s = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) s.push(i + 1);
  return s;
}
const toOffset = (starts, p) => (starts[Math.min(p.line, starts.length - 1)] ?? 0) + p.character;
function occurrences(text, needle) {
  const r = [];
  for (let i = needle ? text.indexOf(needle) : -1; i >= 0; i = text.indexOf(needle, i + 1)) r.push([i, i + needle.length]);
  return r;
}
const overlap = (a, b) => a[0] < b[1] && b[0] < a[1];
const show = (s) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

const count = Object.fromEntries(TOPICS.map((t) => [t, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
const ph = { total: 0, hit: 0, findings: 0, false: 0 };
const vague = { agree: 0, missed: 0, extra: 0 };
const errors = [];
for (const d of present) {
  const findings = byPath.get(resolve(d.abs));
  const name = d.file;
  if (!findings) {
    errors.push(`${name}: no entry in the CLI output`);
    continue;
  }
  const text = readFileSync(d.abs, 'utf8');
  const starts = lineStarts(text);
  const reported = new Set(findings.filter((f) => /^missing-/.test(f.ruleId) && f.topic).map((f) => f.topic));
  for (const t of TOPICS) {
    const label = d.labels.topics[t];
    const missing = !label.covered;
    const says = reported.has(t);
    const c = count[t];
    if (says && missing) c.tp++;
    else if (says) {
      c.fp++;
      errors.push(`${name}: false missing-${t} (labelled covered by ${show(label.evidence || '?')})`);
    } else if (missing) {
      c.fn++;
      errors.push(`${name}: undetected missing-${t}${label.note ? ` (${label.note})` : ''}`);
    } else c.tn++;
  }
  if (d.labels.topics.retention.covered) {
    const flagged = findings.some((f) => f.ruleId === 'vague-retention');
    if (flagged === !!d.labels.topics.retention.vague) vague.agree++;
    else if (flagged) vague.extra++;
    else vague.missed++;
  }
  const ranges = findings.filter((f) => f.ruleId === 'placeholder').map((f) => [toOffset(starts, f.range.start), toOffset(starts, f.range.end)]);
  const quoted = (o) => /\.(md|markdown)$/i.test(d.abs) && text[o[0] - 1] === '`' && text[o[1]] === '`';
  const all = d.labels.placeholders.flatMap((p) => occurrences(text, p));
  const truth = all.filter((o) => !quoted(o));
  const allowed = all.concat(d.labels.optional.flatMap((p) => occurrences(text, p)));
  ph.total += truth.length;
  const missed = truth.filter((o) => !ranges.some((r) => overlap(r, o)));
  ph.hit += truth.length - missed.length;
  ph.findings += ranges.length;
  const wrong = ranges.filter((r) => !allowed.some((a) => overlap(r, a)));
  ph.false += wrong.length;
  if (missed.length) errors.push(`${name}: missed placeholders ${[...new Set(missed.map((o) => text.slice(o[0], o[1])))].slice(0, 6).map(show).join(', ')}`);
  if (wrong.length) errors.push(`${name}: false placeholders ${wrong.slice(0, 6).map((r) => show(text.slice(r[0], r[1]))).join(', ')}`);
}

const f1 = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
if (!quiet) for (const e of errors) console.log(e);
console.log(`\n${split}: ${present.length} of ${docs.length} labelled documents present`);
for (const t of TOPICS) {
  const c = count[t];
  console.log(`${t.padEnd(10)} F1 ${f1(c).toFixed(3)}  (missing: tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn})`);
}
const macro = TOPICS.reduce((s, t) => s + f1(count[t]), 0) / TOPICS.length;
const recall = ph.total ? ph.hit / ph.total : 1;
const precision = ph.findings ? (ph.findings - ph.false) / ph.findings : 1;
console.log(`topic macro-F1 ${macro.toFixed(3)}; placeholders recall ${recall.toFixed(3)} (${ph.hit}/${ph.total}), precision ${precision.toFixed(3)} (${ph.findings - ph.false}/${ph.findings})`);
console.log(`vague-retention agrees with the label on ${vague.agree} of ${vague.agree + vague.missed + vague.extra} documents that state retention (${vague.missed} vague not flagged, ${vague.extra} flagged but not vague)`);

// ---- profile requirements ----
const PROFILES = ['gdpr', 'ccpa'];
/** Label id (an id or alias, "gdpr/right-access") -> the requirement's own id, from the requirements data. */
const canonical = new Map();
const reqDir = join(here, '..', 'engine', 'requirements');
for (const f of readdirSync(reqDir).filter((n) => n.endsWith('.json') && !['profiles.json', 'defines.json'].includes(n))) {
  for (const r of JSON.parse(readFileSync(join(reqDir, f), 'utf8')).requirements ?? []) for (const id of [r.id, ...(r.aliases ?? [])]) canonical.set(id, r.id);
}
const labelled = present.filter((d) => d.profileLabels);
const reqCount = new Map();
const reqErrors = [];
if (labelled.length) {
  const coverage = lintAll(labelled, ['--profile', PROFILES.join(',')]);
  for (const d of labelled) {
    const states = new Map((coverage.get(resolve(d.abs))?.coverage ?? []).map((r) => [r.id, r.state]));
    for (const [label, l] of Object.entries(d.profileLabels.requirements)) {
      const id = canonical.get(label) ?? canonical.get(label.replace(/^[a-z]+\//, ''));
      const state = id && states.get(id);
      if (!state) {
        reqErrors.push(`${d.file}: ${label} is not a requirement of ${PROFILES.join(', ')}`);
        continue;
      }
      if (!reqCount.has(label)) reqCount.set(label, { tp: 0, fp: 0, fn: 0, tn: 0 });
      const c = reqCount.get(label);
      const missing = l.label === 'missing';
      const says = state === 'missing';
      if (says && missing) c.tp++;
      else if (says) {
        c.fp++;
        reqErrors.push(`${d.file}: false missing ${label} (labelled ${l.label}${l.evidence ? ` by ${show(l.evidence)}` : ''})`);
      } else if (missing) {
        c.fn++;
        reqErrors.push(`${d.file}: undetected missing ${label} (read as ${state})${l.note ? ` (${l.note})` : ''}`);
      } else c.tn++;
    }
  }
  if (!quiet) for (const e of reqErrors) console.log(e);
  console.log(`\n${split}: ${labelled.length} documents with profile labels`);
  for (const [label, c] of [...reqCount].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${label.padEnd(28)} F1 ${f1(c).toFixed(3)}  (missing: tp ${c.tp} fp ${c.fp} fn ${c.fn} tn ${c.tn}; agreement ${((c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn)).toFixed(3)})`);
  }
  for (const p of PROFILES) {
    const mine = [...reqCount].filter(([label]) => label.startsWith(`${p}/`));
    if (mine.length) console.log(`${p} macro-F1 ${(mine.reduce((s, [, c]) => s + f1(c), 0) / mine.length).toFixed(3)} over ${mine.length} requirements`);
  }
}
const requirementScores = Object.fromEntries([...reqCount].map(([label, c]) => [label, { ...c, f1: f1(c) }]));
const jsonOut = opt('json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ split, documents: present.length, topics: Object.fromEntries(TOPICS.map((t) => [t, { ...count[t], f1: f1(count[t]) }])), macroF1: macro, placeholders: { ...ph, recall, precision }, vague, requirements: requirementScores, errors: [...errors, ...reqErrors] }, null, 2));
