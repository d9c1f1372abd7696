import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../text/lines.ts';
import { parseHtml } from './html.ts';
import type { Span } from '../types.ts';
import { recognizeTopics } from '../topics/index.ts';
import { emptyConfig } from '../config/resolve.ts';
import { parseDocument } from './index.ts';

const parse = (text: string) => parseHtml(text, new LineIndex(text));
const slice = (text: string, s: Span | undefined) => (s ? text.slice(s.start, s.end) : undefined);
/** Whether every offset of `needle`'s first occurrence (after `from`) is excluded / none is. */
const coverage = (text: string, excluded: Span[], needle: string, from = 0) => {
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, needle);
  let inside = 0;
  for (let i = at; i < at + needle.length; i++) if (excluded.some((s) => i >= s.start && i < s.end)) inside++;
  return inside === 0 ? 'visible' : inside === needle.length ? 'excluded' : 'partly';
};

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta name="description" content="Privacy policy of [COMPANY]">
  <title>Example Privacy</title>
  <style>.note { color: red } /* [TODO] */</style>
  <script>var slot = "[INSERT NAME]";</script>
</head>
<body>
<nav class="toc"><a href="#collect">Data we collect</a> | <a href="#keep">How long we keep it</a></nav>
<h1 class="title">Example Privacy Policy</h1>
<p>Last updated: 1 May 2025</p>
<ul>
  <li><a href="#collect">1. Data we collect</a></li>
  <li><a href="#keep">2. How long we keep it</a></li>
  <li><a href="#abroad">3. Transfers abroad</a></li>
</ul>
<h2 id="collect">Data we collect</h2>
<p>We collect your name &amp; e-mail.&#160;Write to <a href="/cdn-cgi/l/email-protection#0a6f" data-cfemail="0a6f" class="__cf_email__">[email&#160;protected]</a>.</p>
<!-- policy-linter-disable placeholder -- generated page -->
<p><strong>Account data</strong></p>
<div>Bare text in a div <b>with bold</b><p>A nested paragraph.</p>tail text</div>
<h2 id="keep">How long we keep it</h2>
<table><tr><th>Record</th><td>Six years</td></tr></table>
<dl><dt>Logs</dt><dd>Thirty days</dd></dl>
<blockquote><p>Quoted words.</p></blockquote>
<img src="logo.png" alt="[LOGO]" width="10">
<noscript><img src="https://pixel.example/tr?id=[PIXEL_ID]"></noscript>
</body>
</html>
`;

describe('parseHtml', () => {
  const p = parse(PAGE);

  it('takes the first h1 as title and h2/strong-only paragraphs as sections with exact spans', () => {
    assert.equal(slice(PAGE, p.title), '<h1 class="title">Example Privacy Policy</h1>');
    assert.deepEqual(
      p.sections.map((s) => [s.title, s.level, s.style]),
      [
        ['Data we collect', 2, { kind: 'html', level: 2 }],
        ['Account data', 3, { kind: 'html-strong' }],
        ['How long we keep it', 2, { kind: 'html', level: 2 }],
      ],
    );
    assert.equal(slice(PAGE, p.sections[0].heading), '<h2 id="collect">Data we collect</h2>');
    assert.equal(slice(PAGE, p.sections[1].heading), '<p><strong>Account data</strong></p>');
    assert.equal(p.sections[0].body.start, p.sections[0].heading.end);
    assert.equal(p.sections[0].body.end, p.sections[1].heading.start);
    assert.equal(p.sections[2].body.end, PAGE.length);
  });

  it('recognises anchor-link lists and navs as tables of contents', () => {
    assert.equal(p.toc.length, 2);
    assert.ok(slice(PAGE, p.toc[0])!.startsWith('<nav class="toc">') && slice(PAGE, p.toc[0])!.endsWith('</nav>'));
    assert.ok(slice(PAGE, p.toc[1])!.startsWith('<ul>') && slice(PAGE, p.toc[1])!.endsWith('</ul>'));
  });

  it('makes blocks of prose with decoded text and source spans', () => {
    const byText = new Map(p.blocks.map((b) => [b.text, b]));
    assert.equal(byText.get('We collect your name & e-mail. Write to [email protected].')?.kind, 'paragraph');
    assert.equal(slice(PAGE, byText.get('Bare text in a div with bold')?.span), 'Bare text in a div <b>with bold</b>');
    assert.equal(byText.get('A nested paragraph.')?.kind, 'paragraph');
    assert.equal(byText.get('tail text')?.kind, 'paragraph');
    assert.equal(byText.get('Six years')?.kind, 'table-cell');
    assert.equal(byText.get('Record')?.kind, 'table-cell');
    assert.equal(byText.get('Thirty days')?.kind, 'paragraph');
    assert.equal(byText.get('Quoted words.')?.kind, 'paragraph');
    assert.equal(byText.get('3. Transfers abroad')?.kind, 'list-item');
    assert.equal(byText.get('Example Privacy Policy')?.kind, 'heading');
    assert.ok(![...byText.keys()].some((t) => t.includes('INSERT NAME') || t.includes('color')), 'no script or style text');
    const starts = p.blocks.map((b) => b.span.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it('collects comments for inline directives', () => {
    assert.deepEqual(p.comments, [{ text: ' policy-linter-disable placeholder -- generated page ', span: { start: PAGE.indexOf('<!--'), end: PAGE.indexOf('-->') + 3 } }]);
  });

  it('excludes markup but keeps text, entities and the values of href, src, data-cfemail, alt, title and content', () => {
    const ex = p.excluded;
    assert.equal(coverage(PAGE, ex, '<!DOCTYPE html>'), 'excluded');
    assert.equal(coverage(PAGE, ex, '<!-- policy-linter-disable'), 'excluded');
    assert.equal(coverage(PAGE, ex, '/* [TODO] */'), 'excluded');
    assert.equal(coverage(PAGE, ex, '"[INSERT NAME]"'), 'excluded');
    assert.equal(coverage(PAGE, ex, 'class="__cf_email__"'), 'excluded');
    assert.equal(coverage(PAGE, ex, '<strong>'), 'excluded');
    assert.equal(coverage(PAGE, ex, 'width="10"'), 'excluded');
    assert.equal(coverage(PAGE, ex, '[PIXEL_ID]'), 'excluded');
    assert.equal(coverage(PAGE, ex, 'Privacy policy of [COMPANY]'), 'visible');
    assert.equal(coverage(PAGE, ex, '/cdn-cgi/l/email-protection#0a6f'), 'visible');
    assert.equal(coverage(PAGE, ex, '0a6f', PAGE.indexOf('data-cfemail')), 'visible');
    assert.equal(coverage(PAGE, ex, '[email&#160;protected]'), 'visible');
    assert.equal(coverage(PAGE, ex, 'logo.png'), 'visible');
    assert.equal(coverage(PAGE, ex, '[LOGO]'), 'visible');
    assert.equal(coverage(PAGE, ex, 'name &amp; e-mail'), 'visible');
    assert.equal(coverage(PAGE, ex, 'Example Privacy<'.slice(0, -1)), 'visible');
    // Spans are sorted and disjoint.
    for (let i = 1; i < ex.length; i++) assert.ok(ex[i].start > ex[i - 1].end);
  });

  it('keeps an upper-case slot that parses as a tag visible', () => {
    const text = '<p>Contact <COMPANY NAME> at <a href="mailto:x@example.com">our office</a>.</p><P>Old <B>style</B></P>';
    const q = parse(text);
    assert.equal(coverage(text, q.excluded, '<COMPANY NAME>'), 'visible');
    assert.equal(coverage(text, q.excluded, '<P>'), 'excluded');
    assert.equal(coverage(text, q.excluded, '<B>'), 'excluded');
  });

  it('takes a paragraph of in-page links for a TOC, but not a paragraph with prose and a link', () => {
    const text = '<h1>P</h1><p><a href="#a">Scope</a> | <a href="#b">Data</a> | <a href="#c">Contact</a></p><p>See <a href="#a">Scope</a>, <a href="#b">Data</a> and <a href="#c">Contact</a> below.</p>';
    assert.deepEqual(parse(text).toc.map((s) => slice(text, s)), ['<p><a href="#a">Scope</a> | <a href="#b">Data</a> | <a href="#c">Contact</a></p>']);
  });

  it('uses <title> when there is no h1, and ignores non-TOC lists', () => {
    const text = '<html><head><title>Policy &amp; Terms</title></head><body><h2>Scope</h2><p>All users.</p><ul><li><a href="https://example.com">Partner site</a></li><li>Plain item</li></ul><h2>Contact</h2><p>Write to us.</p></body></html>';
    const q = parse(text);
    assert.equal(slice(text, q.title), '<title>Policy &amp; Terms</title>');
    assert.equal(q.blocks[0].text, 'Policy & Terms');
    assert.deepEqual(q.sections.map((s) => s.title), ['Scope', 'Contact']);
    assert.deepEqual(q.toc, []);
  });

  it('takes a run of headings with empty bodies that reappear later for a TOC', () => {
    const text = '<h1>Policy</h1><h3>Scope</h3><h3>Retention</h3><h3>Contact</h3><p>Intro text.</p><h2>Scope</h2><p>All.</p><h2>Contact</h2><p>Mail us.</p>';
    const q = parse(text);
    assert.deepEqual(q.toc.map((s) => slice(text, s)), ['<h3>Scope</h3><h3>Retention</h3><h3>Contact</h3>']);
    assert.deepEqual(q.sections.map((s) => [s.title, s.level]), [['Scope', 2], ['Contact', 2]]);
  });

  it('records numbering as the section number', () => {
    const text = '<h1>Policy</h1><h2>3.2 Retention</h2><p>One year.</p><p><b>IV. Contact Us</b></p><p>Write to us.</p><h2>10 Tips</h2><p>x</p><h2>Section 4: Minors</h2><p>y</p><p><b>(b) Overseas Storage</b></p><p>z</p>';
    assert.deepEqual(parse(text).sections.map((s) => [s.number, s.title, s.style.kind]), [
      ['3.2', 'Retention', 'html'],
      ['IV', 'Contact Us', 'html-strong'],
      [undefined, '10 Tips', 'html'],
      ['4', 'Minors', 'html'],
      ['b', 'Overseas Storage', 'html-strong'],
    ]);
  });

  it('splits "<p><strong>Title</strong><br>text</p>" into a heading and a paragraph, but not bold run-in text', () => {
    const text = '<h1>Club Notice</h1><p><strong>Minors</strong><br>\nWe do not sign up anyone under sixteen.</p><p><b>Remember this.</b><br>Forms are kept.</p><p><b>Note</b> forms are kept.</p>';
    const doc = parse(text);
    assert.deepEqual(doc.sections.map((s) => [s.title, slice(text, s.heading), s.style.kind]), [['Minors', '<strong>Minors</strong>', 'html-strong']]);
    assert.ok(doc.blocks.some((b) => b.kind === 'paragraph' && b.text === 'We do not sign up anyone under sixteen.'), JSON.stringify(doc.blocks));
    assert.equal(doc.blocks.find((b) => b.text === 'Minors')?.kind, 'heading');
  });

  it('reads <summary> and role="heading" (with aria-level) as headings', () => {
    const text = '<h1>Club Notice</h1><h2>Records</h2><p>a</p><details><summary>How Long We Keep Forms</summary><p>Three seasons.</p></details><div role="heading" aria-level="2">Contact Desk</div><p>Ask at the desk.</p><div role="heading">Guests</div><p>b</p><details><summary>Show more.</summary><p>c</p></details>';
    assert.deepEqual(parse(text).sections.map((s) => [s.title, s.level]), [
      ['Records', 2],
      ['How Long We Keep Forms', 3],
      ['Contact Desk', 2],
      ['Guests', 2],
    ]);
  });

  it('does not let a site-name <h1> before the policy\'s own <h1> take the title', () => {
    const text = '<header><h1>Harbour Rowing Club</h1></header><main><h1>Privacy Notice</h1><p>Intro.</p><h2>Records</h2><p>Kept.</p></main>';
    const doc = parse(text);
    assert.equal(slice(text, doc.title), '<h1>Privacy Notice</h1>');
    assert.deepEqual(doc.sections.map((s) => s.title), ['Records']);
    // Without a policy-like h1 later, the first h1 stays the title.
    const plain = '<h1>Harbour Rowing Club</h1><p>x</p><h1>Members</h1><p>y</p>';
    assert.equal(slice(plain, parse(plain).title), '<h1>Harbour Rowing Club</h1>');
    assert.deepEqual(parse(plain).sections.map((s) => s.title), ['Members']);
  });

  it('does not take sentences in bold for headings', () => {
    const text = '<h1>Policy</h1><p><b>Please read this carefully before using the service.</b></p><p><strong>Note:</strong></p><p><strong>Your Choices</strong> and more text</p>';
    assert.deepEqual(parse(text).sections, []);
  });

  it('keeps spans exact with CRLF, lone CR and a BOM', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const text = '\uFEFF<!doctype html>' + eol + '<h1>Policy</h1>' + eol + '<p>Intro' + eol + 'text.</p>' + eol + '<h2>Retention</h2>' + eol + '<p>One year.</p>' + eol;
      const q = parse(text);
      assert.equal(slice(text, q.title), '<h1>Policy</h1>');
      assert.equal(slice(text, q.sections[0].heading), '<h2>Retention</h2>');
      assert.equal(slice(text, q.blocks[1].span), `Intro${eol}text.`);
      assert.equal(q.blocks[1].text, 'Intro text.');
      assert.equal(coverage(text, q.excluded, '<!doctype html>'), 'excluded');
    }
  });

  it('never throws, even on broken, binary or deeply nested input', () => {
    const deep = '<div>'.repeat(50000) + '<!-- policy-linter-disable --> text';
    const q = parse(deep);
    assert.ok(Array.isArray(q.sections));
    assert.ok(q.comments.some((c) => c.text.includes('policy-linter-disable')));
    const alphabet = ['<h2>', '</h2>', '<p>', '</p>', '<b>', '</b>', '<!--', '-->', '<ul><li><a href="#a">', '</a></li></ul>', 'Title', 'text.', '&amp;', '&#160;', '\r\n', '\0', '\uFEFF', '<script>', '</script>', '"', "'", '=', '<', '>', 'é😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 50 }), (parts) => {
        const text = parts.join('');
        const r = parse(text);
        for (const s of r.sections) assert.ok(s.heading.start < s.heading.end && s.body.end <= text.length && s.body.start <= s.body.end);
        for (const b of r.blocks) assert.ok(b.span.start <= b.span.end && b.span.end <= text.length);
        for (const e of r.excluded) assert.ok(e.start < e.end && e.end <= text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps server-side template code (<?= $x ?>) visible and in the block text, unlike comments', () => {
    const text = '<h1>Privacy</h1>\n<p>Run by <?=$company_name?>. <!-- note --> Mail <a href="mailto:<?=$email?>">us</a>.</p>\n';
    const doc = parse(text);
    assert.equal(coverage(text, doc.excluded, '<?=$company_name?>'), 'visible');
    assert.equal(coverage(text, doc.excluded, '<!-- note -->'), 'excluded');
    assert.deepEqual(doc.comments.map((c) => c.text), [' note ']);
    assert.ok(doc.blocks.some((b) => b.text.includes('Run by <?=$company_name?>.')), JSON.stringify(doc.blocks));
  });
});


describe('an icon that links to an address', () => {
  // "A usable channel — address, number, link target": a row of icons whose e-mail or telephone icon links to
  // `mailto:`/`tel:` gives one, though the row has no text; other icon links (profiles, images) give none.
  const page = (body: string) => `<html><head><title>Privacy Policy</title></head><body><h1>Privacy Policy</h1><p>We keep order records for two years.</p>${body}</body></html>`;
  const contact = (body: string) => recognizeTopics(parseDocument(page(body), { format: 'html' }), emptyConfig()).covered.has('contact');
  for (const body of [
    '<footer><a href="mailto:hello@northwind.test"><img src="mail.svg" alt="e-mail"></a></footer>',
    '<div class="icons"><a href="https://social.example/northwind"><img src="s.png"></a> <a href="mailto:hello@northwind.test"><img src="m.png"></a></div>',
    '<h2>Contact</h2><div><a href="tel:+441170000001"><svg viewBox="0 0 1 1"></svg></a></div>',
    '<h2>Questions?</h2><p>Write to us:</p><div><a href="MAILTO:privacy@northwind.test"><span class="icon"></span></a></div>',
    '<nav><a href="mailto:team@northwind.test?subject=Privacy"><img src="envelope.png" alt=""></a></nav>',
  ]) it(`is a channel: ${body}`, () => assert.equal(contact(body), true));
  for (const body of [
    '<footer><a href="https://social.example/northwind"><img src="s.png" alt="profile"></a></footer>',
    '<div><a href="/gallery"><img src="photo.jpg"></a></div>',
  ]) it(`is none: ${body}`, () => assert.equal(contact(body), false));
});
