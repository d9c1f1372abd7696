import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Span } from '../types.ts';
import { unsafeReason } from '../config/regex-safety.ts';
import { BUILTIN_PATTERNS } from './patterns.ts';
import { variableLabel } from '../templates/scan.ts';
import { PLACEHOLDER_KINDS } from './kinds.ts';
import { detectPlaceholders } from './detect.ts';

const detect = (text: string, excluded: Span[] = []) => detectPlaceholders(text, excluded, { patterns: [], allow: [] });

/** Hits are inside the text, in order, disjoint, and never start or end inside an excluded span. */
function assertWellFormed(text: string, excluded: Span[] = []): number {
  const hits = detect(text, excluded);
  let end = 0;
  for (const h of hits) {
    assert.ok(h.span.start >= end && h.span.end > h.span.start && h.span.end <= text.length, JSON.stringify(h.span));
    assert.ok(h.message.length > 0);
    end = h.span.end;
    if (h.kind === 'email-obfuscation') continue;
    for (const x of excluded) {
      assert.ok(!(h.span.start >= x.start && h.span.start < x.end), `hit ${JSON.stringify(h.span)} starts in excluded ${JSON.stringify(x)}`);
      assert.ok(!(h.span.end - 1 >= x.start && h.span.end - 1 < x.end), `hit ${JSON.stringify(h.span)} ends in excluded ${JSON.stringify(x)}`);
    }
  }
  return hits.length;
}

describe('built-in placeholder patterns', () => {
  it('have unique ids and known kinds, and compile', () => {
    const ids = BUILTIN_PATTERNS.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const p of BUILTIN_PATTERNS) {
      assert.ok(p.kind in PLACEHOLDER_KINDS, p.id);
      assert.doesNotThrow(() => new RegExp(p.source, p.flags + 'g'), p.id);
    }
  });

  it('each pass the same backtracking-safety check as user patterns', () => {
    for (const p of BUILTIN_PATTERNS) assert.equal(unsafeReason(p.source), undefined, p.id);
  });

  it('cannot match the empty string', () => {
    for (const p of BUILTIN_PATTERNS) assert.equal(new RegExp(p.source, p.flags).exec('')?.[0], undefined, p.id);
  });

  // Not timed: these only have to finish (mocha's timeout catches a runaway), on inputs built to make a careless
  // pattern backtrack (unclosed brackets, long runs of the characters each pattern is made of, 10,000-character lines).
  const pathological: Array<[string, string]> = [
    ['100k "["', '['.repeat(100_000)],
    ['100k "]"', ']'.repeat(100_000)],
    ['unclosed notes', '[NOTE: to be completed '.repeat(5_000)],
    ['a 10,000-character line in one bracket', '[' + 'a'.repeat(10_000) + ']'],
    ['a 10,000-character word', 'x'.repeat(10_000)],
    ['braces', '{{'.repeat(30_000) + '{%'.repeat(30_000) + '%{'.repeat(30_000) + '${'.repeat(30_000)],
    ['angle brackets', '<%'.repeat(30_000) + '<A'.repeat(30_000) + '<%{a'.repeat(20_000)],
    ['underscores and dots', '_'.repeat(50_000) + ' __A'.repeat(20_000) + '.'.repeat(50_000) + '…'.repeat(50_000) + '\\_'.repeat(20_000)],
    ['X runs', 'X'.repeat(50_000) + ' XX-XX'.repeat(10_000) + ' 20XX-'.repeat(10_000)],
    ['dates', 'Month '.repeat(20_000) + 'DD/'.repeat(20_000) + 'July 1 '.repeat(10_000)],
    ['domains', 'example.'.repeat(20_000) + 'a@'.repeat(20_000) + 'www.example.com/'.repeat(5_000) + 'a.'.repeat(20_000) + 'example.com'],
    ['labels', 'Last updated '.repeat(20_000) + '\nLast updated\n'.repeat(5_000)],
    ['filler', 'lorem ipsum dolor sit amet '.repeat(20_000)],
    ['e-mail artifacts', '[email protected] data-cfemail="'.repeat(5_000) + 'ab'.repeat(10_000)],
    ['identifiers', 'YOUR_'.repeat(20_000) + ' A_'.repeat(20_000) + 'B'.repeat(20_000) + '_NAME'],
    ['capitals and Title Case labels', 'YOUR '.repeat(20_000) + 'Your Company '.repeat(10_000) + 'EFFECTIVE DATE '.repeat(5_000) + 'by Company Name '.repeat(5_000)],
    ['instruction lines', 'Provide the data controller '.repeat(10_000) + '\nSpecify you collect\n'.repeat(10_000)],
    ['Smarty and split braces', '{$a'.repeat(30_000) + '${\n'.repeat(30_000)],
    ['parentheses, merge fields, lower-case angles', '('.repeat(30_000) + '(insert date '.repeat(5_000) + '«a'.repeat(20_000) + '<a b'.repeat(20_000) + ' X'.repeat(20_000)],
    ['choices and guidance in brackets', '[a/b/c/d/e/f/g/h e.g. x - y: z or w '.repeat(5_000) + ']'],
    ['template openers of every engine', ['{{!--', '{#', '<%#', '<?php ', '@if(', '@{', '{% comment %}', '{*', '<#--', '{{/*'].map((o) => o.repeat(5_000)).join('\n')],
    ['banner words', ['DRAFT ', 'draft) ', 'This is a ', 'Replace this ', 'Note to drafter ', 'PLACEHOLDER ', ' OR ', '"we" or "I" ', 'Acme Inc. '].map((o) => o.repeat(5_000)).join('')],
  ];
  for (const [name, text] of pathological) {
    it(`finish on pathological input: ${name}`, () => {
      assertWellFormed(text);
    });
  }

  it('report one run for a long stretch of filler', () => {
    const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(2_000);
    const hits = detect(text);
    assert.equal(hits.length, 1);
    assert.deepEqual(hits[0].span, { start: 0, end: text.length - 1 });
  });

  it('always give sorted, disjoint hits outside excluded spans, on random mixes of placeholder pieces', () => {
    const pieces = ['[', ']', '(', '{{', '}}', '{%', '%}', '%{', '}', '<%', '%>', '<', '>', '__', '_', '.', '…', 'X', 'XX', 'TBD', 'Date', 'NOTE:', 'Company Name',
      'example.com', '@', 'Last updated', ':', '\n', '\n\n', ' ', 'lorem', 'ipsum', 'dolor', '2025-01-', 'Month', 'DD', '[email protected]', 'data-cfemail="2a5a58"', '\\', '*', '^1',
      'YOUR_', 'APP', 'EFFECTIVE DATE', 'Your Company Name', ' by ', '{$', '${', '/', ' or ', 'e.g.', ' - ', 'Provide ', 'you collect', '16', 'Other ',
      '{#', '#}', '@if(', ')', '<?php ', '?>', '{{!', 'DRAFT', 'draft', 'This is a ', 'Replace this text ', ' OR ', '"we" or "I"', 'Acme', '(update this section)'];
    const doc = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((a) => a.join(''));
    const withExcluded = doc.chain((text) =>
      fc.array(fc.tuple(fc.nat(text.length), fc.nat(12)), { maxLength: 4 }).map((xs) => {
        const spans = xs.map(([s, l]) => ({ start: s, end: Math.min(text.length, s + l) })).filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
        const disjoint: Span[] = [];
        for (const s of spans) if (!disjoint.length || s.start >= disjoint[disjoint.length - 1].end) disjoint.push(s);
        return [text, disjoint] as const;
      }),
    );
    fc.assert(fc.property(withExcluded, ([text, excluded]) => void assertWellFormed(text, excluded)), { numRuns: 400 });
  });
});

describe('variableLabel', () => {
  it('turns variable paths into words', () => {
    assert.equal(variableLabel(' site.data.variables.contact.contact_privacy '), 'contact privacy');
    assert.equal(variableLabel('company.name'), 'company name');
    assert.equal(variableLabel('COMPANY_NAME'), 'company name');
    assert.equal(variableLabel('companyName | upcase'), 'company name');
    assert.equal(variableLabel('= owner'), 'owner');
    assert.equal(variableLabel('if user.eu'), undefined);
  });
});

describe('placeholder kind explanations', () => {
  it('name every kind and say in one sentence what it is and what to do', () => {
    for (const kind of Object.keys(PLACEHOLDER_KINDS) as Array<keyof typeof PLACEHOLDER_KINDS>) {
      const k = PLACEHOLDER_KINDS[kind];
      assert.ok(k.title.length > 5 && k.what.length > 20, kind);
      assert.equal(k.what.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length, 1, `${kind}: one sentence`);
      const message = k.message('“x”', {});
      assert.match(message, /“x”/);
      assert.ok(message.startsWith(k.title.replace(/ .*/, '')), `${kind}: the message starts with the finding: ${message}`);
    }
  });
  it('name what a slot asks for in its own words', () => {
    const m = (label: string) => PLACEHOLDER_KINDS.slot.message('“[…]”', { label });
    assert.equal(m('your site URL'), 'Unfilled placeholder “[…]”: write your site URL here.');
    assert.equal(m('Insert Company Name Here'), 'Unfilled placeholder “[…]”: write the company name here.');
    assert.equal(m('type of data'), 'Unfilled placeholder “[…]”: write the type of data here.');
    assert.equal(m('INSERT HIPAA COVERED ENTITY NAME'), 'Unfilled placeholder “[…]”: write the HIPAA covered entity name here.');
    assert.equal(m('verify SDK data'), 'Unfilled placeholder “[…]”: verify SDK data.');
    assert.equal(m('For Quebec users:'), 'Unfilled placeholder “[…]”: replace it with the real text.');
    assert.equal(PLACEHOLDER_KINDS.slot.message('“[[…]]”', { options: ['We', 'I', 'Website', 'App name'] }), 'Unmade choice “[[…]]”: keep “We”, “I”, “Website” or “App name”.');
    assert.equal(PLACEHOLDER_KINDS.slot.message('“OR”', { options: [] }), 'Unmade choice “OR”: keep one of the alternatives around it and delete the rest.');
  });
});
