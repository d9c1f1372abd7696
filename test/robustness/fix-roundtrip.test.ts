// Fix round-trip, on every fixture in the project, on the seed corpus when it is beside the project (read in place), on
// generated policies of every format and on the mutated policies of the property tests:
// - applying every insert-section fix (fix.text at fix.offset, highest offset first) leaves a document with no
//   missing-* finding, and with every original line still present, in order;
// - structurally: each quick fix the server offers (disable for the line or file, not applicable, insert, replace, remove,
//   insert date), applied alone, removes the finding it targets and leaves everything outside its edit parsing to the
//   same structure (structure.ts: headings, paragraphs, lists, tables, quotes, code, front matter, HTML elements).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Format } from '../../engine/index.ts';
import { formatFor } from '../../engine/index.ts';
import { snippetToText } from '../../engine/fixes/insert-section.ts';
import { codeActions } from '../../server/src/actions.ts';
import { mutatedPolicy } from './arbitraries.ts';
import { unchangedOutside, type TextChange } from './structure.ts';
import { readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { lint } from '../../engine/index.ts';
import { generateCorpus, generatePolicy, TOPIC_IDS } from '../../bench/generate.ts';
import { applyInsertFixes, firstLostLine } from './invariants.ts';
import { applyChanges } from './structure.ts';
import { documentFiles } from '../document-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The documents under `dir`, READMEs left out. */
const walk = (dir: string) => documentFiles(dir).filter((p) => basename(p).toLowerCase() !== 'readme.md');

const files = [
  ...walk(join(ROOT, 'test/fixtures')),
  ...walk(join(ROOT, 'test/e2e/workspace')),
  ...walk(join(ROOT, 'examples')),
  ...walk(join(ROOT, 'engine')).filter((p) => /[\\/]fixtures[\\/]/.test(p)),
  ...walk(resolve(ROOT, '../shared/corpus/seeds')),
];

function roundTrip(text: string, fileName: string): { fixes: number } {
  const before = lint(text, { fileName });
  const fixes = before.findings.filter((f) => f.fix?.kind === 'insert-section');
  const missing = before.findings.filter((f) => f.ruleId.startsWith('missing-'));
  assert.deepEqual(missing.filter((f) => f.fix?.kind !== 'insert-section').map((f) => f.ruleId), [], 'every missing-* finding carries an insert-section fix');
  const fixed = applyInsertFixes(text, before.findings);
  const after = lint(fixed, { fileName });
  const still = after.findings.filter((f) => f.ruleId.startsWith('missing-'));
  assert.deepEqual(still.map((f) => `${f.ruleId}: ${f.message.slice(0, 80)}`), [], `missing-* findings remain after applying ${fixes.length} fixes`);
  const lost = firstLostLine(text, fixed);
  assert.equal(lost, undefined, `line ${lost?.line} (${JSON.stringify(lost?.text)}) is gone or out of order after the fixes`);
  return { fixes: fixes.length };
}

describe('robustness: insert-section fixes round-trip', function () {
  // Hundreds of lints per case: no time limit, as for the structural round trip below (a busy machine is slow).
  this.timeout(0);
  it('finds the project fixtures', () => {
    assert.ok(files.some((f) => f.includes(`${join('test', 'fixtures')}`)), 'no fixture found under test/fixtures');
  });

  for (const path of files) {
    it(`fixture ${relative(ROOT, path)}`, () => {
      roundTrip(readFileSync(path, 'utf8'), path);
    });
  }

  it('generated policies: every format, heading style and combination of missing topics', () => {
    let fixes = 0;
    const corpus = generateCorpus(404, 60, 6000);
    // Make sure each topic is missing somewhere and the all-missing case is there, in every format.
    for (const format of ['markdown', 'text', 'html'] as const) {
      for (const style of ['atx', 'setext', 'numbered', 'roman', 'bold'] as const) {
        corpus.push({ name: `all-missing-${style}.${format}`, format, text: generatePolicy({ seed: 7, targetSize: 3000, format, omit: TOPIC_IDS, headingStyle: style }) });
      }
    }
    for (const doc of corpus) {
      try {
        fixes += roundTrip(doc.text, doc.name).fixes;
      } catch (err) {
        (err as Error).message = `${doc.name}: ${(err as Error).message}`;
        throw err;
      }
    }
    assert.ok(fixes >= 100, `only ${fixes} fixes were exercised`);
  });

  it('CRLF and lone-CR documents', () => {
    for (const eol of ['\r\n', '\r']) {
      for (const format of ['markdown', 'text', 'html'] as const) {
        const text = generatePolicy({ seed: 3, targetSize: 4000, format, omit: ['retention', 'children'] }).replace(/\n/g, eol);
        const ext = { markdown: 'md', text: 'txt', html: 'html' }[format];
        const { fixes } = roundTrip(text, `privacy.${ext}`);
        assert.ok(fixes >= 2, `${JSON.stringify(eol)} ${format}: expected at least 2 fixes, got ${fixes}`);
      }
    }
  });
});

/** Every quick fix the server offers for each finding, as plain changes of the text (snippets rendered as text). */
function offeredFixes(text: string, fileName: string): Array<{ targets: Finding[]; title: string; changes: TextChange[] }> {
  const result = lint(text, { fileName });
  const doc = TextDocument.create('file:///policy', 'plain', 1, text);
  const out: Array<{ targets: Finding[]; title: string; changes: TextChange[] }> = [];
  const seen = new Set<string>();
  for (const finding of result.findings) {
    const actions = codeActions({
      target: { uri: doc.uri, version: 1 },
      result,
      span: finding.span,
      caps: { documentChanges: true, snippetEdits: true, snippetCommand: false, createFiles: false },
      diagnostic: (f) => ({ data: f }) as Diagnostic,
      configEdit: () => undefined,
      today: new Date(2026, 0, 15),
    });
    for (const a of actions) {
      const edits = (a.edit?.documentChanges?.[0] as TextDocumentEdit | undefined)?.edits ?? [];
      const changes = edits.map((e) => ({
        start: doc.offsetAt(e.range.start),
        end: doc.offsetAt(e.range.end),
        newText: 'snippet' in e ? snippetToText((e as { snippet: { value: string } }).snippet.value) : e.newText,
      }));
      const targets = (a.diagnostics ?? []).map((d) => d.data as Finding);
      // A placeholder replaced by a tab stop (one, or one at each occurrence of a repeated slot) waits for the user to
      // type the value: its default text may still read as one.
      const typing = edits.length > 0 && edits.every((e) => 'snippet' in e && /^\$\{1:(?:[^}\\]|\\.)*\}$/.test((e as { snippet: { value: string } }).snippet.value));
      const key = JSON.stringify([targets.map((t) => [t.ruleId, t.topic, t.span]), changes]);
      if (!changes.length || seen.has(key)) continue;
      seen.add(key);
      out.push({ targets: typing ? [] : targets, title: a.title, changes });
    }
  }
  return out;
}

/** Each offered fix applied alone: the targeted finding is gone and nothing outside the edit changed structure. */
function structuralRoundTrip(text: string, fileName: string): { fixes: number; problems: string[] } {
  const format: Format = formatFor(fileName);
  const problems: string[] = [];
  const fixes = offeredFixes(text, fileName);
  for (const { targets, title, changes } of fixes) {
    const after = applyChanges(text, changes);
    const name = (f: Finding) => `${f.ruleId}${f.topic ? ` (${f.topic})` : ''} at ${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const where = `"${title}" for ${targets.map(name).join(', ')}`;
    for (const d of unchangedOutside(text, after, changes, format)) problems.push(`${where}: ${d}`);
    // Where an offset of the original text is after the changes. A change that replaces text starting at a target leaves
    // the target's start where it was (the new text begins there) and moves its end.
    const moved = (offset: number, at: (c: TextChange) => boolean) => changes.reduce((o, c) => (at(c) ? o + c.newText.length - (c.end - c.start) : o), offset);
    const shift = (offset: number) => moved(offset, (c) => c.start < offset || (c.start === offset && c.end > c.start));
    const shiftStart = (offset: number) => moved(offset, (c) => c.start < offset);
    const findings = lint(after, { fileName }).findings;
    for (const target of targets) {
      const span = { start: shiftStart(target.span.start), end: shift(target.span.end) };
      const still = findings.filter(
        (f) => f.ruleId === target.ruleId && f.topic === target.topic && (target.fix?.kind === 'insert-section' || (f.span.start < Math.max(span.end, span.start + 1) && span.start < f.span.end)),
      );
      if (still.length) problems.push(`${where}: ${name(target)} is still reported after the fix`);
    }
  }
  return { fixes: fixes.length, problems };
}

describe('robustness: every offered quick fix leaves the rest of the document as it was (structural round trip)', function () {
  this.timeout(0);

  for (const path of files) {
    it(`fixture ${relative(ROOT, path)}`, () => {
      const { problems } = structuralRoundTrip(readFileSync(path, 'utf8'), path);
      assert.deepEqual(problems.slice(0, 10), []);
    });
  }

  it('generated policies of every format and heading style', () => {
    let fixes = 0;
    const docs = generateCorpus(405, 12, 3000);
    for (const format of ['markdown', 'html'] as const) {
      for (const style of ['atx', 'setext', 'numbered', 'roman', 'bold'] as const) {
        docs.push({ name: `all-missing-${style}.${format}`, format, text: generatePolicy({ seed: 11, targetSize: 2500, format, omit: TOPIC_IDS, headingStyle: style }) });
      }
    }
    const problems: string[] = [];
    for (const doc of docs) {
      const r = structuralRoundTrip(doc.text, `${doc.name.replace(/\.[^.]+$/, '')}.${{ markdown: 'md', text: 'txt', html: 'html' }[doc.format]}`);
      fixes += r.fixes;
      problems.push(...r.problems.map((p) => `${doc.name}: ${p}`));
    }
    assert.deepEqual(problems.slice(0, 10), []);
    assert.ok(fixes >= 200, `only ${fixes} fixes were exercised`);
  });

  for (const format of ['markdown', 'html'] as const) {
    it(`mutated policies (the property tests' mutations), ${format}`, () => {
      const ext = { markdown: 'md', html: 'html' }[format];
      const samples = fc.sample(mutatedPolicy(format), { seed: 20261207, numRuns: 15 });
      const problems = samples.flatMap((text, i) => structuralRoundTrip(text, `privacy.${ext}`).problems.map((p) => `sample ${i}: ${p}`));
      assert.deepEqual(problems.slice(0, 10), []);
    });
  }

  it('the fixes that used to damage documents', () => {
    const cases: Array<[string, string]> = [
      ['list item, second paragraph', '# Privacy Policy\n\n1. First item\n\n    We keep [X] records of it.\n\n2. Second item\n'],
      ['hard line break', '# Privacy Policy\n\nWrite to [EMAIL]\\\nor call us.\n\nWe keep logs.\n'],
      ['YAML front matter', '---\ntitle: Privacy Policy for [COMPANY]\nupdated: 2025\n---\nWe collect names and keep them.\n'],
      ['multi-line HTML start tag', '# Privacy Policy\n\n<img\n  alt="[COMPANY] logo"\n  src="logo.png">\n\nWe keep logs.\n'],
      ['pre', '<html><body><h1>Privacy Policy</h1>\n<pre>\nContact: [EMAIL]\n</pre>\n</body></html>\n'],
      ['title in a table header', '| Privacy Policy | Notes |\n|---|---|\n| Scope | [X] |\n\nWe collect names.\n'],
      ['title in a blockquote', '> Privacy Policy\n> for our members\n\nWe collect names.\n'],
      ['title in a list item', '- Privacy Policy\n- for our members\n\nWe collect names.\n'],
      ['minified HTML', '<!DOCTYPE html><html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1><p>We collect names.</p><h2>Contact us</h2><p>Write to privacy@acme.test.</p></body></html>'],
      ['HTML, doctype on its own line', '<!DOCTYPE html>\n<html><body><h1>Privacy Policy</h1><p>We collect names.</p>\n</body></html>\n'],
      ['numbered outline ending in an unclosed fence', '# Privacy\n\n1. Scope of this notice\n\nIt covers members.\n\n2. Keeping records\n\nForms.\n\n```\ncode here\n'],
    ];
    const problems: string[] = [];
    for (const [name, text] of cases) {
      const fileName = text.startsWith('<') && !text.startsWith('<img') ? 'privacy.html' : 'privacy.md';
      const r = structuralRoundTrip(text, fileName);
      problems.push(...r.problems.map((p) => `${name}: ${p}`));
      assert.ok(r.fixes > 0, `${name}: no fix offered`);
    }
    assert.deepEqual(problems, []);
  });
});
