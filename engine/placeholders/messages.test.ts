// Every placeholder message for every slot in the project's fixtures, the seed corpus (../shared/corpus/seeds, when it is
// beside the project) and the sections the quick fixes insert, checked against the slot's own words: the message
// starts with the finding and quotes the slot; what it asks for is made of the slot's words, in their order, with its
// abbreviations ("HIPAA", "URL") and "I" as written; quotes are balanced and no word is doubled.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { lint, TOPICS, type Finding, type PlaceholderFix } from '../index.ts';
import { PLACEHOLDER_KINDS } from './kinds.ts';
import { isAcronym } from './words.ts';
import { shorten } from './detect.ts';
import { LINTABLE_EXTENSIONS } from '../detect.ts';
import { documentFiles } from '../../test/document-files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const walk = (dir: string) => documentFiles(dir, [...LINTABLE_EXTENSIONS, '.hbs']);

/**
 * Words the messages themselves bring (and the labels of slots known by their shape: "[X]" asks for a number,
 * "[DD Month YYYY]" for a date, "[you@example.com]" for an e-mail address): the rest comes from the slot.
 */
const OWN_WORDS = new Set(['write', 'here', 'the', 'keep', 'or', 'replace', 'it', 'with', 'real', 'text', 'value', 'one', 'of', 'alternatives', 'around', 'and', 'delete', 'rest', 'number', 'date', 'e-mail', 'web', 'address']);

const words = (s: string) => s.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];

/** The problems with one finding's message, as sentences (empty when it is right). */
export function messageProblems(text: string, f: Finding): string[] {
  const fix = f.fix as PlaceholderFix;
  const slot = text.slice(f.span.start, f.span.end);
  const problems: string[] = [];
  const quoted = `“${shorten(slot)}”`;
  const head = fix.options ? 'Unmade choice ' : `${PLACEHOLDER_KINDS[fix.placeholderKind].title} `;
  if (!f.message.startsWith(head + quoted)) problems.push(`does not start with ${head}${quoted}`);
  const asked = f.message.slice(f.message.indexOf(quoted) + quoted.length).replace(/^: /, '');
  const slotWords = words(slot);
  const lower = slotWords.map((w) => w.toLowerCase());
  let at = 0;
  for (const w of words(asked)) {
    if (OWN_WORDS.has(w.toLowerCase()) && !lower.slice(at).includes(w.toLowerCase())) continue;
    const k = lower.indexOf(w.toLowerCase(), at);
    if (k < 0) {
      problems.push(`"${w}" is not a word of the slot (or is out of order)`);
      continue;
    }
    at = k + 1;
    const written = slotWords[k];
    if ((isAcronym(written) || written === 'I') && w !== written) problems.push(`"${written}" is written "${w}"`);
  }
  for (const option of fix.options ?? []) if (!slot.includes(option)) problems.push(`option "${option}" is not in the slot`);
  if ((f.message.match(/“/g) ?? []).length !== (f.message.match(/”/g) ?? []).length) problems.push('unbalanced quotes');
  const outside = f.message.replace(quoted, '');
  if (/"/.test(outside.replace(/"(?:report|auto|ignore)"/g, ''))) problems.push('a stray straight quote');
  if (/\b(\w+(?: \w+)?) \1\b/i.test(outside)) problems.push('a doubled word');
  if (!/[.]$/.test(f.message)) problems.push('does not end with a full stop');
  return problems;
}

function check(text: string, fileName: string): number {
  const findings = lint(text, { fileName }).findings.filter((f) => f.fix?.kind === 'placeholder' && ['slot', 'template-variable'].includes(f.fix.placeholderKind));
  const problems = findings.flatMap((f) => messageProblems(text, f).map((p) => `${f.range.start.line + 1}: ${f.message} — ${p}`));
  assert.deepEqual(problems, [], fileName);
  return findings.length;
}

describe('placeholder messages, for every slot in the fixtures and the seeds', () => {
  const files = [
    ...walk(join(ROOT, 'test/fixtures')),
    ...walk(join(ROOT, 'test/e2e')),
    ...walk(join(ROOT, 'examples')),
    ...walk(resolve(ROOT, '../shared/corpus/seeds')),
  ];
  let slots = 0;
  for (const path of files) {
    it(relative(ROOT, path), () => {
      slots += check(readFileSync(path, 'utf8'), path);
    });
  }

  it('and the slots of every section a quick fix inserts, in each format', () => {
    for (const [fileName, skeleton] of [
      ['privacy.md', '# Privacy Policy\n\nWe are a small shop.\n'],
      ['privacy.txt', 'PRIVACY POLICY\n\nWe are a small shop.\n'],
      ['privacy.html', '<html><body><h1>Privacy Policy</h1>\n<p>We are a small shop.</p>\n</body></html>\n'],
    ]) {
      const findings = lint(skeleton, { fileName }).findings;
      let text = skeleton;
      for (const f of [...findings].sort((a, b) => (b.fix?.kind === 'insert-section' ? b.fix.offset : 0) - (a.fix?.kind === 'insert-section' ? a.fix.offset : 0))) {
        if (f.fix?.kind === 'insert-section') text = text.slice(0, f.fix.offset) + f.fix.text + text.slice(f.fix.offset);
      }
      const inserted = lint(text, { fileName }).findings.filter((f) => f.ruleId === 'placeholder');
      const expected = TOPICS.reduce((n, t) => n + (t.template.body.match(/\[[^\]]+\]/g) ?? []).length, 0);
      assert.equal(inserted.length, expected, `${fileName}: one finding per slot of the templates:\n${inserted.map((f) => f.message).join('\n')}`);
      // None of our own slots is a drafting note.
      assert.deepEqual(inserted.filter((f) => (f.fix as PlaceholderFix).placeholderKind !== 'slot').map((f) => f.message), [], fileName);
      slots += check(text, fileName);
    }
  });

  it('found slots to check', () => {
    assert.ok(slots >= 40, `only ${slots} slots`);
  });
});

describe('placeholder messages, for slots that used to come out garbled', () => {
  const message = (slot: string) => {
    const text = `# Privacy Policy\n\nLast updated: [DATE]\n\nWe keep ${slot} safe, and [Company Name] runs it.\n`;
    return lint(text, { fileName: 'privacy.md' }).findings.find((f) => f.span.start === text.indexOf(slot))!.message;
  };
  it('keeps every word, its case and its quotes', () => {
    assert.equal(message('[type of data]'), 'Unfilled placeholder “[type of data]”: write the type of data here.');
    assert.equal(message('[["We" or "I", or Website or App name]]'), 'Unmade choice “[["We" or "I", or Website or App name]]”: keep “We”, “I”, “Website” or “App name”.');
    assert.equal(message('[INSERT HIPAA COVERED ENTITY NAME]'), 'Unfilled placeholder “[INSERT HIPAA COVERED ENTITY NAME]”: write the HIPAA covered entity name here.');
    assert.equal(message('[HIPAA Privacy Officer]'), 'Unfilled placeholder “[HIPAA Privacy Officer]”: write the HIPAA privacy officer here.');
  });
  it('flags a "not applicable" reason the quick fix wrote and nobody edited', () => {
    const text = '# Privacy Policy\n<!-- policy-linter-not-applicable children -- Explain why this topic does not apply -->\n\nWe keep data for 30 days. Write to privacy@shop.test.\n';
    const f = lint(text, { fileName: 'privacy.md' }).findings.filter((x) => x.ruleId === 'placeholder');
    assert.deepEqual(f.map((x) => [text.slice(x.span.start, x.span.end), x.message]), [
      ['Explain why this topic does not apply', 'Unfilled placeholder “Explain why this topic does not apply”: write the reason the topic does not apply here.'],
    ]);
    assert.equal(lint(text.replace('Explain why this topic does not apply', 'B2B only'), { fileName: 'privacy.md' }).findings.filter((x) => x.ruleId === 'placeholder').length, 0);
  });
});
