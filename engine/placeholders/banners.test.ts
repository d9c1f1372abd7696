// Drafting banners and instructions to the author, at their own span; and the prose that only looks like them.
// Every sentence here is written for these tests.
import assert from 'node:assert/strict';
import type { Format } from '../types.ts';
import { lint } from '../index.ts';
import { bannerSpan } from './banners.ts';

/** The placeholder findings of `text` as [flagged text, kind]. */
function found(text: string, format: Format = 'markdown'): Array<[string, string]> {
  return lint(text, { format })
    .findings.filter((f) => f.ruleId === 'placeholder')
    .map((f) => [text.slice(f.span.start, f.span.end), f.fix?.kind === 'placeholder' ? f.fix.placeholderKind : '']);
}
const notes = (text: string, format: Format = 'markdown') => found(text, format).filter(([, k]) => k === 'drafting-note').map(([t]) => t);

describe('drafting banners', () => {
  it('reports a draft banner sentence, not the paragraph after it', () => {
    const text = '# Privacy Policy\n\nThis is a DRAFT document and requires legal review before publication. We collect your e-mail address when you subscribe.\n';
    assert.deepEqual(notes(text), ['This is a DRAFT document and requires legal review before publication.']);
  });

  it('reports stamps and warnings on a line of their own', () => {
    assert.deepEqual(notes('# Privacy Notice\n\nDRAFT — NOT FOR PUBLICATION\n\nWe respect your privacy.\n'), ['DRAFT — NOT FOR PUBLICATION']);
    assert.deepEqual(notes('# Privacy Notice\n\n**⚠️ PLACEHOLDER: customise before launch**\n\nWe respect your privacy.\n'), ['⚠️ PLACEHOLDER: customise before launch']);
    assert.deepEqual(notes('# Privacy Notice\n\n> Do not publish: this text has not been approved.\n\nWe respect your privacy.\n'), ['Do not publish: this text has not been approved.']);
    assert.deepEqual(notes('# Privacy Notice\n\nDraft v0.3 – 12 May 2025\n\nWe respect your privacy.\n'), ['Draft v0.3 – 12 May 2025']);
  });

  it('reports a bracketed or parenthesised status, just the group', () => {
    assert.deepEqual(notes('# Privacy Notice\n\n[Draft v0.3 — pending counsel review]\n\nWe keep logs for 30 days.\n'), ['[Draft v0.3 — pending counsel review]']);
    assert.deepEqual(notes('# Privacy Policy (DRAFT)\n\nWe keep logs for 30 days.\n'), ['(DRAFT)']);
    assert.deepEqual(notes('# Cookie Notice (draft)\n\nWe keep logs for 30 days.\n'), ['(draft)']);
  });

  it('reports sentences that say the document is unfinished', () => {
    for (const s of [
      'This policy is a working draft.',
      'This notice is not yet final.',
      'The document has not been reviewed by counsel.',
      'This privacy policy is still under legal review.',
      'This is only a template.',
      'Not for distribution outside the product team.',
      'This text requires legal review before publication.',
    ]) {
      assert.deepEqual(notes(`# Privacy\n\nWe keep logs for 30 days. ${s} Write to privacy@acme.test.\n`), [s], s);
    }
  });

  it('reports notes and instructions to the author', () => {
    const cases: Array<[string, string]> = [
      ['Note to drafter: confirm the retention period with IT. We keep logs for 30 days.', 'Note to drafter: confirm the retention period with IT.'],
      ['Drafting note – add the DPO once appointed.', 'Drafting note – add the DPO once appointed.'],
      ["Editor's note: the transfer section is pending.", "Editor's note: the transfer section is pending."],
      ['Replace this text with a description of your service. We keep logs for 30 days.', 'Replace this text with a description of your service.'],
      ['Customize this policy before use.', 'Customize this policy before use.'],
      ['Please fill in the placeholders below with your company details.', 'Please fill in the placeholders below with your company details.'],
      ['Delete this note before publishing.', 'Delete this note before publishing.'],
      ['Review this policy with your lawyer before you publish it.', 'Review this policy with your lawyer before you publish it.'],
      ['We share data with payment providers (update this section once the feature ships).', '(update this section once the feature ships)'],
      ['1. Remove this paragraph if you do not use cookies.', 'Remove this paragraph if you do not use cookies.'],
      ['Replace the text in square brackets with your company details.', 'Replace the text in square brackets with your company details.'],
      ['Fill in the blanks before you publish.', 'Fill in the blanks before you publish.'],
    ];
    for (const [line, want] of cases) assert.deepEqual(notes(`# Privacy\n\n${line}\n`), [want], line);
  });

  it('reports banners in HTML and plain text too, at their own span', () => {
    assert.deepEqual(notes('<html><body><h1>Privacy</h1><p class="banner">DRAFT — NOT FOR PUBLICATION</p><p>We keep logs for 30 days.</p></body></html>', 'html'), ['DRAFT — NOT FOR PUBLICATION']);
    assert.deepEqual(notes('<html><body><p><strong>DRAFT</strong> — not for publication</p><p>We keep logs.</p></body></html>', 'html'), ['DRAFT</strong> — not for publication']);
    assert.deepEqual(notes('PRIVACY NOTICE\n\nThis notice is a draft and requires legal review before publication.\n\n1. WHO WE ARE\nWe are a bakery.\n', 'text'), ['This notice is a draft and requires legal review before publication.']);
  });

  it('does not take ordinary prose for a banner', () => {
    for (const s of [
      'You may save a draft message and send it later.',
      'Drafts you write in the editor stay on your device.',
      'Draft messages are deleted after 30 days.',
      'The European Commission published a draft regulation on e-privacy.',
      'This policy replaces the draft we circulated in 2019.',
      'Please review this policy periodically for changes.',
      'Please read this policy carefully before using our services.',
      'Please review this Privacy Policy carefully before using the app.',
      'Edit this page on GitHub.',
      'Complete this form to ask for a copy of your data.',
      'Delete this app to stop all data collection.',
      'Update your preferences in the settings at any time.',
      'You can change the text size in the settings.',
      'Some requests are subject to legal review.',
      'We use placeholder images while a page loads.',
      'We may update this section from time to time.',
      'Requests may be put on hold pending review by our legal team.',
      'Acme protocols and certificates are renewed automatically.',
      'Delete the notes you no longer need from the app.',
      'Edit the text of your posts at any time.',
      'Change the settings in your browser to refuse cookies.',
      'Review the section on your rights for details.',
      'You may accept OR reject optional cookies.',
      'THE SERVICE IS PROVIDED WITHOUT WARRANTIES, EXPRESS OR IMPLIED.',
    ]) {
      assert.deepEqual(found(`# Privacy\n\n${s}\n`), [], s);
    }
  });

  it('does not take a front-matter key for a banner, in any format', () => {
    for (const format of ['markdown', 'html', 'text'] as Format[]) {
      assert.deepEqual(found('---\ntitle: Privacy\ndraft: false\nlayout: page\n---\n<h1>Privacy</h1>\n<p>We keep logs for 30 days.</p>\n', format), [], format);
    }
  });

  it('does not take a version history for a draft banner', () => {
    const text = '# Privacy Policy\n\nWe keep logs for 30 days.\n\n## Version history\n\n- v0.9 (draft), March 2019\n- Draft v1.0 – circulated for comment\n- v1.1, June 2020\n';
    assert.deepEqual(notes(text), []);
    // The same lines outside such a section are a banner.
    assert.deepEqual(notes('# Privacy Policy\n\nDraft v1.0 – circulated for comment\n'), ['Draft v1.0 – circulated for comment']);
  });
});

describe('bannerSpan', () => {
  const none = () => false;
  const span = (text: string, needle: string) => {
    const at = text.indexOf(needle);
    const s = bannerSpan(text, at, at + needle.length, none);
    return s && text.slice(s.start, s.end);
  };
  it('takes the sentence, ignoring abbreviations and version numbers', () => {
    assert.equal(span('Intro. This is v0.3 of the DRAFT, e.g. for counsel. Then more.', 'DRAFT'), 'This is v0.3 of the DRAFT, e.g. for counsel.');
    assert.equal(span('> **DRAFT** — do not share\nNext line', 'DRAFT'), 'DRAFT** — do not share');
    assert.equal(span('x'.repeat(500) + ' DRAFT ' + 'y'.repeat(500), 'DRAFT'), undefined, 'no banner is 1,000 characters long');
  });
});
