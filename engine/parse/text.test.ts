import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../text/lines.ts';
import { parseText } from './text.ts';
import { classifyLine, rejectionOf, titleShape } from './text-headings.ts';
import { findTocRuns, tocKey, type TocItem } from './toc.ts';

const parse = (text: string) => parseText(text, new LineIndex(text));
const slice = (text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined);
const titles = (text: string) => parse(text).sections.map((s) => s.title);

describe('plain-text heading lines', () => {
  it('reads markers and shapes', () => {
    assert.deepEqual(classifyLine('VII. Children’s Personal Information')?.marker, { kind: 'roman', number: 'VII', suffix: '.' });
    assert.equal(classifyLine('VII. Children’s Personal Information')?.title, 'Children’s Personal Information');
    assert.deepEqual(classifyLine('3.2 Retention')?.marker, { kind: 'arabic', number: '3.2', suffix: '' });
    assert.deepEqual(classifyLine('3) Contact')?.marker, { kind: 'arabic', number: '3', suffix: ')' });
    assert.deepEqual(classifyLine('C. Scope')?.marker, { kind: 'roman', number: 'C', suffix: '.' });
    assert.deepEqual(classifyLine('B. Scope')?.marker, { kind: 'letter', number: 'B', suffix: '.' });
    assert.deepEqual(classifyLine('• How Long We Retain Information')?.marker, { kind: 'bullet', bullet: '•' });
    assert.equal(classifyLine('CALIFORNIA PRIVACY NOTICE')?.shape, 'caps');
    assert.equal(classifyLine('Retention of Personal Information')?.shape, 'title');
    assert.equal(classifyLine('How can you contact us?')?.shape, 'question');
    assert.equal(classifyLine('Establishment of general policy')?.shape, 'sentence');
    assert.deepEqual(classifyLine('## Data we keep ##')?.marker, { kind: 'hash', hashes: 2 });
    assert.equal(classifyLine('## Data we keep ##')?.title, 'Data we keep');
  });

  it('reads prefixed and parenthesised numbers ("Section 3:", "Article 5 –", "Part II", "§ 4", "(a)")', () => {
    assert.deepEqual(classifyLine('Section 3: Keeping Records')?.marker, { kind: 'arabic', number: '3', suffix: ':', prefix: 'Section ' });
    assert.equal(classifyLine('Section 3: Keeping Records')?.title, 'Keeping Records');
    assert.deepEqual(classifyLine('ARTICLE 5 – MINORS')?.marker, { kind: 'arabic', number: '5', suffix: ' –', prefix: 'ARTICLE ' });
    assert.equal(classifyLine('ARTICLE 5 – MINORS')?.title, 'MINORS');
    assert.deepEqual(classifyLine('Art. 7. Overseas Storage')?.marker, { kind: 'arabic', number: '7', suffix: '.', prefix: 'Art. ' });
    assert.deepEqual(classifyLine('Part II Who Sees Your Data')?.marker, { kind: 'roman', number: 'II', suffix: '', prefix: 'Part ' });
    assert.deepEqual(classifyLine('Chapter 2 - Getting in Touch')?.marker, { kind: 'arabic', number: '2', suffix: ' -', prefix: 'Chapter ' });
    assert.deepEqual(classifyLine('§ 4 Deletion Requests')?.marker, { kind: 'arabic', number: '4', suffix: '', prefix: '§ ' });
    assert.deepEqual(classifyLine('Appendix B: Vendors')?.marker, { kind: 'letter', number: 'B', suffix: ':', prefix: 'Appendix ' });
    assert.deepEqual(classifyLine('(a) Account Records')?.marker, { kind: 'letter', number: 'a', suffix: ')', prefix: '(' });
    assert.deepEqual(classifyLine('(iv) Account Records')?.marker, { kind: 'roman', number: 'iv', suffix: ')', prefix: '(' });
    // Prose that starts with such a word is not a heading.
    for (const line of ['Section 5 applies to all members.', 'Part of the data is kept offsite', 'Article 9 of the statute covers this.', '(a) the name you give us;', 'Sections of this page explain more']) {
      assert.equal(classifyLine(line)?.marker, undefined, line);
    }
  });

  it('rejects sentences, labels, dates, addresses and URLs', () => {
    for (const line of [
      'We keep your data for two years.',
      'Account information. We collect your name',
      'Email: privacy@example.com',
      'Last Updated: July 1, 2024',
      'Last updated',
      'Effective March 3, 2025',
      '123 Main Street',
      'Springfield, IL 62701',
      'United States',
      'https://example.com/privacy',
      'Phone +1 555 123 4567',
      'Copyright 2025 Example Co',
      'Click here',
      'Version 2.1',
      'Page 3 of 12',
      'Here are the types of information we gather:',
      'This line is far too long to be a heading because it keeps going on and on with many words',
      'information we collect',
    ]) {
      assert.equal(classifyLine(line), undefined, line);
    }
    assert.equal(rejectionOf('Legal. We may share data'), 'holds more than one sentence');
    assert.equal(rejectionOf('Example, Inc. Privacy Policy'), undefined);
    assert.equal(titleShape('Contacts, Notices, and Revisions'), 'title');
  });
});

describe('tables of contents (shared logic)', () => {
  const item = (key: string, hasBody: boolean, at = 0.1) => ({ key: tocKey(key), hasBody, strong: true, labelled: false, at });
  it('finds a run whose entries reappear, including its last entry', () => {
    const items = [item('I. Scope', false), item('II. Data', false), item('III. Contact', false), item('EXTRA PART', true), item('I. Scope', true), item('II. Data', true), item('III. Contact', true)];
    assert.deepEqual(findTocRuns(items), [[0, 3]]);
  });
  it('does not take body headings with empty bodies for a TOC when they do not reappear and others follow', () => {
    const items = [item('Part One', false), item('Chapter A', false), item('Section x', true), item('Later', true, 0.9)];
    assert.deepEqual(findTocRuns(items), []);
  });
  it('finds the same runs as trying every start afresh, in linear time (random items)', () => {
    // The definition, written plainly: from each start extend over items without body and with new titles; take a
    // TOC and go on after it, else try the next start. Quadratic on long runs of headings without body, which the
    // sliding window in findTocRuns avoids (a 200 KB table took 7 s).
    const reference = (items: TocItem[]) => {
      const lastAt = new Map(items.map((it, k) => [it.key, k]));
      const runs: Array<[number, number]> = [];
      let i = 0;
      while (i < items.length) {
        let j = i;
        const seen = new Set([items[i].key]);
        while (j + 1 < items.length && !items[j].hasBody && !seen.has(items[j + 1].key)) seen.add(items[++j].key);
        const run = items.slice(i, j + 1);
        const again = run.filter((it, k) => lastAt.get(it.key)! > i + k).length;
        const strong = run.filter((it) => it.strong).length;
        const toc = run.length >= 3 && (items[i].labelled || (again >= 2 && again * 2 >= run.length) || (again === 0 && strong === run.length && items[i].at <= 0.34 && !items.slice(j + 1).some((it) => it.strong)));
        if (toc) {
          runs.push([i, j]);
          i = j + 1;
        } else i++;
      }
      return runs;
    };
    let seed = 7;
    const rand = (m: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % m);
    for (let round = 0; round < 2000; round++) {
      const n = rand(14);
      const items: TocItem[] = Array.from({ length: n }, (_, k) => ({ key: 'k' + rand(6), hasBody: rand(3) === 0, strong: rand(4) > 0, labelled: rand(9) === 0, at: k / Math.max(1, n) }));
      assert.deepEqual(findTocRuns(items), reference(items), JSON.stringify(items));
    }
  });
  it('normalises keys', () => {
    assert.equal(tocKey('II. Region-Specific  Disclosures'), 'region specific disclosures');
    assert.equal(tocKey('VII. Children’s Personal Information'), "children's personal information");
  });
});

describe('parseText', () => {
  it('reads Roman-numbered sections, skips the TOC and keeps exact spans', () => {
    const text = [
      'Privacy Notice',
      'Example Co Privacy Notice',
      'Last Updated: May 1, 2025',
      'I. What We Collect',
      'II. How We Use Data',
      'III. Contact Us',
      'ADDITIONAL NOTICE FOR EUROPEAN RESIDENTS',
      'Welcome. This notice explains how Example Co handles personal data in connection with the services.',
      'I. What We Collect',
      'We collect the details you give us when you sign up for an account.',
      'Data From Partners',
      'Partners tell us when you arrive from their sites and what you purchased.',
      'II. How We Use Data',
      'We use data to run and improve the service and to keep it secure.',
      'III. Contact Us',
      'Write to privacy@example.com with any question about this notice.',
    ].join('\n');
    const p = parse(text);
    assert.equal(slice(text, p.title), 'Privacy Notice');
    assert.deepEqual(p.toc.map((s) => slice(text, s)), ['I. What We Collect\nII. How We Use Data\nIII. Contact Us\nADDITIONAL NOTICE FOR EUROPEAN RESIDENTS']);
    assert.deepEqual(
      p.sections.map((s) => [s.title, s.level, s.number, s.style.kind]),
      [
        ['What We Collect', 1, 'I', 'roman'],
        ['Data From Partners', 2, undefined, 'plain'],
        ['How We Use Data', 1, 'II', 'roman'],
        ['Contact Us', 1, 'III', 'roman'],
      ],
    );
    assert.deepEqual(p.sections[0].style, { kind: 'roman', upper: true, suffix: '.' });
    const [first, second] = p.sections;
    assert.equal(slice(text, first.heading), 'I. What We Collect');
    assert.equal(first.heading.start, text.indexOf('I. What We Collect', text.indexOf('Welcome')));
    assert.equal(first.body.start, first.heading.end);
    assert.equal(first.body.end, second.heading.start);
    assert.equal(p.sections[3].body.end, text.length);
    // TOC lines are not heading blocks; the body headings are.
    const headingBlocks = p.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    assert.deepEqual(headingBlocks, ['Privacy Notice', 'What We Collect', 'Data From Partners', 'How We Use Data', 'Contact Us']);
    assert.ok(p.blocks.some((b) => b.text === 'ADDITIONAL NOTICE FOR EUROPEAN RESIDENTS' && b.kind === 'paragraph'));
    assert.deepEqual(p.excluded, []);
    assert.deepEqual(p.comments, []);
  });

  it('reads short Title Case lines between long lines and leaves sentences, labels and addresses alone', () => {
    const text = [
      'Privacy Policy',
      'Effective Date: January 5, 2025',
      'This policy describes how we collect and use personal information when you use our apps and websites.',
      'Information We Collect',
      'We collect information you provide and information collected automatically when you use the services.',
      'Account information. We collect your name and email address when you register.',
      'Cookies',
      'We use cookies to remember your preferences and to understand how the site is used.',
      'Retention of Personal Information',
      'We keep personal information for as long as your account is active and for one year afterwards.',
      'Contact Us',
      'Example Co',
      '123 Harbour Road',
      'Springfield, IL 62701',
      'United States',
    ].join('\n');
    const p = parse(text);
    assert.deepEqual(titles(text), ['Information We Collect', 'Cookies', 'Retention of Personal Information', 'Contact Us']);
    assert.ok(p.sections.every((s) => s.level === 1 && s.style.kind === 'plain'));
    assert.equal(p.blocks.filter((b) => b.kind === 'paragraph').length, 10);
    assert.deepEqual(p.toc, []);
  });

  it('nests sentence-case lines under Title Case ones and keeps lists introduced by a colon', () => {
    const text = [
      'Privacy Policy',
      'How We Share Data',
      // Copied from a web page: one paragraph per line, some of them long.
      'We do not share personal data with companies, organisations or individuals outside the company except in the following cases:',
      'With your consent',
      'We share data when you ask us to, for example to connect another service.',
      'With your administrators',
      'Your administrator can do the following things with your account:',
      'View account and billing information',
      'Change your account password',
      'Restrict your ability to delete or edit your information or your privacy settings',
      'For legal reasons',
      'We share data when the law requires it.',
    ].join('\n');
    const p = parse(text);
    assert.deepEqual(
      p.sections.map((s) => [s.title, s.level]),
      [['How We Share Data', 1], ['With your consent', 2], ['With your administrators', 2], ['For legal reasons', 2]],
    );
    assert.deepEqual(p.toc, [], 'a list of short items is not a table of contents');
  });

  it('does not take the cells of a table copied from a web page for headings', () => {
    const text = [
      'Privacy Notice for California Residents',
      'In the last twelve months we have collected the following categories of personal information from consumers.',
      'Category',
      'Examples',
      'Collected',
      'A. Identifiers.',
      'A real name, alias, postal address, unique personal identifier, online identifier or email address.',
      'YES',
      'B. Commercial information.',
      'Records of products or services purchased, obtained, or considered.',
      'NO',
      'Cookies',
      'We use cookies to remember your preferences and to understand how the site is used.',
    ].join('\n');
    assert.deepEqual(titles(text), ['Cookies']);
  });

  it('ends an introduced list at its last short item', () => {
    const text = 'Privacy Policy\nWe hold the following:\nContact details\nBilling records\nUsage logs\nEach category is described in our data inventory.\n';
    assert.deepEqual(titles(text), []);
  });

  it('ends a tight introduced list at a blank line, so a heading after it is kept', () => {
    const text = 'Club Notice\n\nWe ask new members for:\nFull name\nHome address\nPhone number\n\nKeeping records\nForms are stored in a locked cabinet for three seasons.\n';
    assert.deepEqual(titles(text), ['Keeping records']);
    // Items separated by blank lines stay items, even the last one.
    const loose = 'Club Notice\n\nWe ask new members for:\n\nFull name\n\nHome address\n\nPhone number\n\nEach of these is needed to post the yearly letter.\n';
    assert.deepEqual(titles(loose), []);
  });

  it('does not take the company or addressee lines of an address block for headings', () => {
    const text = 'Club Notice\n\nWrite to us at the address below if you have any question at all.\n\nHarbour Rowing Ltd\nAttn Membership Desk\nQuay Street\nPortsmouth\n\nWe answer within a month of receiving your letter.\n';
    assert.deepEqual(titles(text), []);
    assert.equal(rejectionOf('Harbour Rowing Ltd'), 'a company name or addressee line (the start of an address block)');
    assert.equal(rejectionOf('Attn Membership Desk'), 'a company name or addressee line (the start of an address block)');
    assert.equal(rejectionOf('Attention to Detail'), undefined);
    // A heading right above the address keeps its place; a numbered TOC of short lines is not an address.
    const above = 'Club Notice\n\nContact Us\nHarbour Rowing Ltd\nQuay Street\n\nWe answer within a month of receiving your letter.\n';
    assert.deepEqual(titles(above), ['Contact Us']);
    const toc = parse('Club Notice\n\n1 Scope\n2 Records\n3 Minors\n\n1 Scope\nThis covers members.\n2 Records\nWe keep forms.\n3 Minors\nNone under sixteen.\n');
    assert.deepEqual(toc.sections.map((s) => s.title), ['Scope', 'Records', 'Minors']);
    assert.equal(toc.toc.length, 1);
  });

  it('reads a heading right after a long line that lost its period, in hard-wrapped text', () => {
    const text = [
      'Club Notice',
      '',
      'Members can ask the secretary for a copy of everything we hold about them at',
      'any time and we will answer within one month of the request being received',
      'Minors',
      'We do not take members under sixteen without a signed form from a parent.',
      '',
      'The committee reviews these rules every year at the general meeting in spring.',
    ].join('\n');
    assert.deepEqual(titles(text), ['Minors']);
  });

  it('reads bullet-led headings but not bullet lists', () => {
    const text = [
      'Example Privacy Policy',
      '',
      'Welcome to the policy. It explains what we do with data about you.',
      '',
      '  • How We Use Information',
      '',
      'We use information in the following ways:',
      '',
      '  • Providing the Service. To run the service you asked for.',
      '  • Security. To keep accounts safe.',
      '  • How Long We Retain Information',
      '',
      'We delete personal information when it is no longer needed for these purposes.',
      '',
      '  • Data Security',
      '  • Third-Party Services',
      '  • Support Tools',
      '',
      'The end of the document is a short sentence.',
    ].join('\n');
    const p = parse(text);
    assert.deepEqual(titles(text), ['How We Use Information', 'How Long We Retain Information', 'Support Tools']);
    assert.deepEqual(p.sections[1].style, { kind: 'bullet', bullet: '•', indent: '  ' });
    assert.equal(slice(text, p.sections[1].heading), '• How Long We Retain Information');
    const items = p.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text);
    assert.deepEqual(items, ['Providing the Service. To run the service you asked for.', 'Security. To keep accounts safe.', 'Data Security', 'Third-Party Services']);
  });

  it('reads Arabic numbering depth, letters, ALL CAPS parts and questions', () => {
    const text = [
      'DATA POLICY',
      '',
      '1. Scope',
      'This policy covers the website and the mobile app.',
      '1.1 Definitions',
      'Words in capitals have the meaning given in the terms.',
      '2) Retention',
      'We keep records for six years.',
      'a) Backups',
      'Backups are overwritten after thirty days.',
      'CALIFORNIA NOTICE',
      'California residents have additional rights described here.',
      'What are your rights?',
      'You may ask for access, correction and deletion.',
    ].join('\n');
    const p = parse(text);
    assert.deepEqual(
      p.sections.map((s) => [s.number ?? '', s.title, s.level, s.style.kind]),
      [
        ['1', 'Scope', 1, 'arabic'],
        ['1.1', 'Definitions', 2, 'arabic'],
        ['2', 'Retention', 1, 'arabic'],
        ['a', 'Backups', 2, 'letter'],
        ['', 'CALIFORNIA NOTICE', 1, 'caps'],
        ['', 'What are your rights?', 2, 'question'],
      ],
    );
    assert.deepEqual(p.sections[1].style, { kind: 'arabic', suffix: '', depth: 2 });
    assert.deepEqual(p.sections[2].style, { kind: 'arabic', suffix: ')', depth: 1 });
    assert.deepEqual(p.sections[3].style, { kind: 'letter', upper: false, suffix: ')' });
  });

  it('reads numbers without suffix only as a sequence ("1 Introduction", "2 Data"), not addresses', () => {
    const text = 'Privacy Statement\n\n1 Introduction\nThis statement covers our websites and apps in all countries.\n2 Data We Collect\nWe collect account details and usage information from your devices.\n3 Contact\nAcme Ltd\n12 Harbour Road\nLondon\n';
    const p = parse(text);
    assert.deepEqual(p.sections.map((s) => [s.number, s.title, s.style]), [
      ['1', 'Introduction', { kind: 'arabic', suffix: '', depth: 1 }],
      ['2', 'Data We Collect', { kind: 'arabic', suffix: '', depth: 1 }],
      ['3', 'Contact', { kind: 'arabic', suffix: '', depth: 1 }],
    ]);
    assert.equal(slice(text, p.blocks[p.blocks.length - 1].span), 'Acme Ltd\n12 Harbour Road\nLondon');
    assert.deepEqual(titles('Policy\nWe are at:\n10 Market Street\nSpringfield\n'), []);
  });

  it('outlines prefixed headings with their prefix in the style, and nests "(a)" items under them', () => {
    const text = [
      'Members Data Notice',
      '',
      'Section 1: Scope',
      '',
      'This notice covers the club and its website.',
      '',
      '(a) Visitors',
      '',
      'Guests who sign the book are covered as well.',
      '',
      '(b) Staff',
      '',
      'Employees have a separate handbook.',
      '',
      'Section 2 - Keeping Records',
      '',
      'We hold membership forms for three seasons.',
      '',
    ].join('\n');
    const doc = parse(text);
    // A run of "(a) …" items is a list, not headings.
    assert.deepEqual(titles('Members Data Notice\n\nThis notice covers the club and its website.\n\n(a) Identity Data\n(b) Contact Data\n(c) Payment Data\n'), []);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.level, s.number, s.style]), [
      ['Scope', 1, '1', { kind: 'arabic', suffix: ':', depth: 1, prefix: 'Section ' }],
      ['Visitors', 2, 'a', { kind: 'letter', upper: false, suffix: ')', prefix: '(' }],
      ['Staff', 2, 'b', { kind: 'letter', upper: false, suffix: ')', prefix: '(' }],
      ['Keeping Records', 1, '2', { kind: 'arabic', suffix: ' -', depth: 1, prefix: 'Section ' }],
    ]);
  });

  it('reads a number line with its title on the next line ("SECTION 2" / "KEEPING RECORDS") as one heading', () => {
    const text = 'Club Notice\n\nSECTION 1\nSCOPE\n\nThis notice covers members and guests.\n\nArticle II:\nKeeping Records\n\nForms are kept for three seasons.\n';
    const doc = parse(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, s.number, slice(text, s.heading)]), [
      ['SCOPE', '1', 'SECTION 1\nSCOPE'],
      ['Keeping Records', 'II', 'Article II:\nKeeping Records'],
    ]);
    assert.deepEqual(doc.sections[0].style, { kind: 'arabic', suffix: '', depth: 1, prefix: 'SECTION ', twoLine: true });
    assert.equal(doc.blocks.find((b) => b.kind === 'heading' && b.text === 'SCOPE')?.span.start, text.indexOf('SECTION 1'));
    // A number line followed by a sentence, or by another numbered line, is not joined to it.
    assert.deepEqual(titles('Club Notice\n\nSection 4\nForms are kept for three seasons after you leave the club.\n').includes('Forms are kept for three seasons after you leave the club.'), false);
    assert.deepEqual(parse('Club Notice\n\nPart 1\n1. Scope\n\nThis covers members.\n').sections.map((s) => s.title), ['Part 1', 'Scope']);
  });

  it('treats I/V/X/C as letters in a lettered document', () => {
    const text = 'Policy\nA. Scope\nThis applies to all users.\nB. Data\nWe collect names.\nC. Contact\nWrite to us by post.\n';
    assert.deepEqual(parse(text).sections.map((s) => [s.number, s.style.kind]), [['A', 'letter'], ['B', 'letter'], ['C', 'letter']]);
  });

  it('reads hash and underlined headings in .txt files', () => {
    const text = 'Our Policy\n==========\n\nIntro text that is a full sentence.\n\nData We Keep\n------------\n\nWe keep data.\n\n## Children\n\nWe do not collect data about children.\n';
    const p = parse(text);
    assert.equal(slice(text, p.title), 'Our Policy\n==========');
    assert.deepEqual(p.sections.map((s) => [s.title, s.level, s.style]), [
      ['Data We Keep', 2, { kind: 'setext', level: 2 }],
      ['Children', 2, { kind: 'atx', level: 2 }],
    ]);
    assert.equal(slice(text, p.sections[0].heading), 'Data We Keep\n------------');
    assert.ok(!p.blocks.some((b) => /^[-=]+$/.test(b.text)));
    // A rule under the last line of a wrapped paragraph is a separator, not an underline.
    const ruled = 'Policy\n\nWe keep data for a year and then we delete\nall of it from our systems\n-----\n\nMore text here.\n';
    assert.deepEqual(titles(ruled), []);
    assert.deepEqual(parse(ruled).blocks.map((b) => b.text), ['Policy', 'We keep data for a year and then we delete all of it from our systems', 'More text here.']);
  });

  it('finds no headings in a document without any, and makes paragraphs of blank-line-separated text', () => {
    const text = 'Privacy\n\nWe collect your name and email when you\nsign up, and we keep them while your account\nexists. We never sell them.\n\nQuestions go to the\nSupport Team\nat our office.\n';
    const p = parse(text);
    assert.deepEqual(p.sections, []);
    assert.deepEqual(p.blocks.map((b) => b.kind), ['heading', 'paragraph', 'paragraph']);
    assert.equal(p.blocks[1].text, 'We collect your name and email when you sign up, and we keep them while your account exists. We never sell them.');
    assert.equal(slice(text, p.blocks[2].span), 'Questions go to the\nSupport Team\nat our office.');
  });

  it('does not take a wrapped continuation line for a heading', () => {
    const text = [
      'Policy Title',
      '',
      'We share information with the companies that take part in our Service',
      'Providers Program',
      'as described in the agreement you signed with us when you joined.',
      '',
      'Retention',
      '',
      'We keep data for a year after your last login and then delete it.',
    ].join('\n');
    assert.deepEqual(titles(text), ['Retention']);
  });

  it('keeps a numbered or bulleted item that wraps onto a flush line in one block, and no wrapped item line is a heading', () => {
    const text = [
      'Policy Title',
      '',
      '1. Where data lives',
      '',
      '1.1. Account records of the members of the club may be kept in data centres run',
      'by our hosting partner in several countries.',
      '1.2. Records of card payments are kept by the bank, not by us.',
      'A new paragraph that follows the list and says something else entirely.',
      '- We use the addresses you give us to send the newsletter to your',
      'inbox once a month.',
      '- To progressively improve and extend the features of our',
      'Services based on what members ask for.',
      '',
      '2. Retention',
      '',
      'We keep data for a year.',
    ].join('\n');
    const p = parse(text);
    assert.deepEqual(p.sections.map((s) => s.title), ['Where data lives', 'Retention']);
    const items = p.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text);
    assert.deepEqual(items, [
      'Account records of the members of the club may be kept in data centres run by our hosting partner in several countries.',
      'Records of card payments are kept by the bank, not by us.',
      'We use the addresses you give us to send the newsletter to your inbox once a month.',
      'To progressively improve and extend the features of our Services based on what members ask for.',
    ]);
    assert.ok(p.blocks.some((b) => b.kind === 'paragraph' && b.text.startsWith('A new paragraph')));
  });

  it('recognises a labelled TOC and a TOC of sections never written', () => {
    const labelled = 'Policy\n\nContents\nIntroduction\nYour Choices\nContact\n\nIntroduction\nThis is the intro, which is a sentence.\nYour Choices\nYou can opt out at any time.\nContact\nWrite to us.\n';
    const p = parse(labelled);
    assert.deepEqual(p.toc.map((s) => slice(labelled, s)), ['Contents\nIntroduction\nYour Choices\nContact']);
    assert.deepEqual(p.sections.map((s) => s.title), ['Introduction', 'Your Choices', 'Contact']);

    const unwritten = 'Draft Policy\n1. Overview\n2. Data We Collect\n3. Retention\n4. Contact\nThis draft is not finished yet and the sections above will follow.\n';
    const q = parse(unwritten);
    assert.deepEqual(q.toc.map((s) => slice(unwritten, s)), ['1. Overview\n2. Data We Collect\n3. Retention\n4. Contact']);
    assert.deepEqual(q.sections, []);
  });

  it('recognises a TOC with dot leaders and page numbers, and never takes such a line for a heading', () => {
    const text = 'Policy\n\n1. Scope ........ 2\n2. Data We Collect ........ 3\n3. Retention … 4\n\n1. Scope\nAll users.\n2. Data We Collect\nNames.\n\nSee Data We Collect ..... 3 for details.\nRetention ..... 4\n';
    const p = parse(text);
    assert.deepEqual(p.toc.map((s) => slice(text, s)), ['1. Scope ........ 2\n2. Data We Collect ........ 3\n3. Retention … 4']);
    assert.deepEqual(p.sections.map((s) => s.title), ['Scope', 'Data We Collect']);
  });

  it('has no title when the document opens with a numbered heading', () => {
    const text = '1. Introduction\nWe are Example Co.\n2. Contact\nWrite to us.\n';
    const p = parse(text);
    assert.equal(p.title, undefined);
    assert.deepEqual(p.sections.map((s) => s.number), ['1', '2']);
  });

  it('keeps spans exact with CRLF, lone CR and a BOM', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = '\uFEFFPrivacy Policy' + eol + eol + 'Retention of Data' + eol + 'We keep data for one year after you close your account.' + eol + 'Contact Us' + eol + 'Write to privacy@example.com.' + eol;
      const p = parse(text);
      assert.equal(slice(text, p.title), 'Privacy Policy', JSON.stringify(eol));
      assert.deepEqual(p.sections.map((s) => slice(text, s.heading)), ['Retention of Data', 'Contact Us']);
      assert.equal(p.sections[0].body.end, p.sections[1].heading.start);
      assert.equal(slice(text, p.blocks[2].span), 'We keep data for one year after you close your account.');
    }
  });

  it('never throws and returns consistent spans for any input', () => {
    const alphabet = ['\n', '\r\n', '\r', ' ', '  • ', '- ', 'I. ', '3.2 ', 'A) ', '#', '## ', '===', '---', 'Title Case Words', 'CAPS LINE', 'What now?', 'a sentence.', 'Label: value', '\0', '\uFEFF', 'é', '😀', ':', 'Contents'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const p = parse(text);
        let last = -1;
        for (const s of p.sections) {
          assert.ok(s.heading.start > last && s.heading.start < s.heading.end && s.heading.end <= text.length);
          assert.ok(s.body.start === s.heading.end && s.body.end >= s.body.start && s.body.end <= text.length);
          assert.ok(s.level >= 1);
          last = s.heading.start;
        }
        for (const b of p.blocks) assert.ok(b.span.start >= 0 && b.span.end <= text.length && b.span.start <= b.span.end);
        for (const t of p.toc) assert.ok(t.start < t.end && t.end <= text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('outlines a 5 MB document with very long lines (speed is measured by npm run bench, not here)', () => {
    const para = 'We collect information about you when you use the service, and we keep it for as long as needed. '.repeat(3);
    const big = 'Big Policy\n' + Array.from({ length: 20000 }, (_, i) => (i % 20 === 0 ? `Section Heading Number ${i % 97}\n` : '') + para + '\n').join('') + 'x'.repeat(10000);
    assert.ok(big.length > 5_000_000);
    const p = parse(big);
    assert.equal(p.sections.length, 1000);
  });
});
