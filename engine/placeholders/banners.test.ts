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
/** A body with slots still to fill: the document is visibly unfinished. */
const UNFINISHED_BODY = 'We keep logs for [X] days. Write to [EMAIL ADDRESS].\n';

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
    assert.deepEqual(notes('# Privacy Notice\n\nWe keep logs for 30 days. (Draft: pending counsel review)\n'), ['(Draft: pending counsel review)']);
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

describe('titles that call the document a template or a draft', () => {
  it('reports the marker of the title, with the dash or parentheses that attach it', () => {
    const cases: Array<[string, string]> = [
      [`# Privacy Policy Template\n\n${UNFINISHED_BODY}`, 'Template'],
      [`# Cookie Notice Draft: Acme Bakery\n\n${UNFINISHED_BODY}`, 'Draft'],
      [`# Acme Privacy Notice — Template\n\n${UNFINISHED_BODY}`, '— Template'],
      [`# Privacy Statement (Draft)\n\n${UNFINISHED_BODY}`, '(Draft)'],
      [`# Sample Privacy Policy for Bakeries\n\n${UNFINISHED_BODY}`, 'Sample'],
      ['# 개인정보처리방침 템플릿\n\n로그는 [X]일 동안 보관합니다. 문의: [이메일 주소]\n', '템플릿'],
      ['# Plantilla de Política de Privacidad\n\nGuardamos los registros [X] días. Escríbanos a [correo electrónico].\n', 'Plantilla'],
      ['# Muster-Datenschutzerklärung\n\nWir speichern Protokolle [X] Tage. Telefon: [Telefonnummer].\n', 'Muster'],
    ];
    for (const [text, want] of cases) assert.deepEqual(notes(text), [want], text);
    assert.deepEqual(notes(`PRIVACY NOTICE MODEL FOR SHOPS\n${UNFINISHED_BODY}`, 'text'), ['MODEL']);
  });

  it('leaves the title of a finished policy alone when it calls it a template or a model (it failed before)', () => {
    for (const title of ['Privacy Policy Template', 'Acme Privacy Notice — Template', 'Muster-Datenschutzerklärung']) {
      assert.deepEqual(notes(`# ${title}\n\nWe keep logs for 30 days. Write to privacy@acme.test.\n`), [], title);
    }
  });
  it('reports a title that calls the document a draft, whatever follows it (it failed before)', () => {
    const finished = 'We keep logs for 30 days. Write to privacy@acme.test.\n';
    const cases: Array<[string, string]> = [
      ['# Privacy Statement (Draft)', '(Draft)'],
      ['# Northwind Privacy Policy Draft', 'Draft'],
      ['# DRAFT Privacy Notice', 'DRAFT'],
      ['# Política de privacidad — Borrador', '— Borrador'],
      ['# Datenschutzerklärung (Entwurf)', '(Entwurf)'],
      ['# プライバシーポリシー（ドラフト v2）', 'ドラフト'],
      ['# Northwind — Нууцлалын бодлогын төсөл', 'төсөл'],
    ];
    for (const [title, want] of cases) assert.deepEqual(notes(`${title}\n\n${finished}`), [want], title);
    // "This draft …" in the text after a title is a sign of an unfinished document, capitalised or not.
    assert.deepEqual(notes(`# Privacy Policy Template\n\nThis draft is for review. ${finished}`).includes('Template'), true);
  });
  it('counts a title\'s marker as a sign that the document is a template, so that weaker slots count', () => {
    // "[Primary use cases]" is a weak slot: reported only in a document that is visibly a template (two signs).
    const body = '[Company Name] serves [Primary use cases] and keeps logs for 30 days.\n';
    const weak = (title: string) => found(`${title}\n\n${body}`).map(([t]) => t).includes('[Primary use cases]');
    assert.equal(weak('# Privacy Policy'), false);
    assert.equal(weak('# Privacy Policy (Draft)'), true);
    assert.equal(weak('# Privacy Policy Template'), true);
  });
  it('leaves titles alone where the word is not about the document', () => {
    for (const text of [
      '# Privacy Policy for Model Railway Club\n\nWe keep logs for 30 days.\n',
      '# Privacy\n\n## Draft messages\n\nDrafts stay on your device.\n',
      '# Privacy\n\n## Email templates\n\nWe store the templates you write.\n',
      '# Privacy\n\nOur sample privacy notice generator is free to use for everyone who needs one.\n',
    ]) {
      assert.deepEqual(notes(text), [], text);
    }
  });
  it('does not take metadata in front matter for a banner', () => {
    assert.deepEqual(notes('---\ntitle: Privacy\nstatus: draft\n---\n\n# Privacy\n\nWe keep logs for 30 days.\n'), []);
  });
});

describe('what belongs to a banner', () => {
  it('takes the sentences after it that still speak about the draft, over wrapped lines, and stops at the policy text', () => {
    const text = '# Privacy\n\nThis is a working draft. It has not been checked by a\nlawyer yet, and the wording below may change. We keep logs for 30 days.\n';
    assert.deepEqual(notes(text), ['This is a working draft. It has not been checked by a\nlawyer yet, and the wording below may change.']);
  });
  it('takes the list that a lead-in ending in a colon introduces', () => {
    const text = '# Privacy\n\nWe keep logs for 30 days.\n\nThis is a template. You must:\n1. Fill in the shop name\n2. Have it checked by a solicitor\n\nWe never sell data.\n';
    assert.deepEqual(notes(text), ['This is a template. You must:\n1. Fill in the shop name\n2. Have it checked by a solicitor']);
    const note = '# Privacy\n\nWe keep logs.\n\n**Note to Developer**: Before going live:\n- put the page on your site\n- link it from the app menu\n';
    assert.deepEqual(notes(note), ['Note to Developer**: Before going live:\n- put the page on your site\n- link it from the app menu']);
  });
  it('reads a banner in HTML across inline markup and wrapped lines, and stops at the element', () => {
    const html = '<html><body><aside><p><strong>Not yet reviewed by a lawyer.</strong> This page was drafted by\n      our volunteers from what we know.</p></aside><p>We keep logs for 30 days.</p></body></html>';
    assert.deepEqual(notes(html, 'html'), ['Not yet reviewed by a lawyer.</strong> This page was drafted by\n      our volunteers from what we know.']);
    assert.deepEqual(notes('<html><body><p>Working draft — under legal review.</p><p>We keep logs.</p></body></html>', 'html'), ['Working draft — under legal review.']);
  });
});

describe('instructions about publishing the document', () => {
  it('reports instructions and obligations tied to publishing, launch or store submission', () => {
    for (const s of [
      'Before going live: put this text on a public page of your site.',
      'Before public launch, pick the exact retention periods.',
      'Add a support e-mail address before launch.',
      'The contact section needs to be finalised before App Store submission.',
      'This text should be checked by a lawyer before release.',
      'Replace every `{SLOT}` with the real value before publishing.',
    ]) {
      assert.deepEqual(notes(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`), [s], s);
    }
  });
  it('reports instructions about the store consoles and the app configuration', () => {
    for (const s of ['Use that address in Play Console.', 'The developer must fill in the Data safety form for each release.', 'Answers to review in App Store Connect:']) {
      assert.deepEqual(notes(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`), [s], s);
    }
  });
  it('reports sentences whose subject is the template or the draft, a template\'s terms of use, and the template word of other languages', () => {
    for (const s of [
      'This template is deliberately short.',
      'This draft assumes that the shop has one owner.',
      'Copy everything from below this line.',
    ]) {
      assert.deepEqual(notes(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`), [s], s);
    }
    assert.deepEqual(notes('# 개인정보처리방침\n\n이 템플릿은 예시입니다.\n\n로그는 30일 동안 보관합니다.\n'), ['이 템플릿은 예시입니다.']);
  });
  it('reports a template\'s licence to its users only in a document that is visibly a template', () => {
    const s = 'You are free to copy and use this privacy policy on any site.';
    assert.deepEqual(notes(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`), []);
    assert.deepEqual(notes(`# Privacy\n\nUpdated [DATE] by [Company Name].\n\n${s}\n`), [s]);
  });
  it('reports an obligation put on the developer only in a document that is visibly a template', () => {
    const s = 'The developer must not sell this game to children.';
    assert.deepEqual(notes(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`), []);
    assert.deepEqual(notes(`# Privacy\n\nUpdated [DATE] by [Company Name].\n\n${s}\n`), [s]);
  });
  it('does not take the reader\'s side of publishing and launching for an instruction', () => {
    for (const s of [
      'We tell you before we launch a new feature.',
      'Beta builds are tested before release.',
      'Check the preview before you publish a post.',
      'You can see our answers in the Data safety section of the store.',
      'We may disclose data prior to publication of a court ruling.',
      'Requests under legal review are answered within 30 days.',
      'Feel free to contact us with questions.',
      'The draft is saved on your device until you send it.',
      'Prior to publication, we remove the names of the people in a story.',
      'Before release, every build is tested by two people.',
      'Comments must be approved by a moderator before publication.',
      'Update the profile with your real name.',
    ]) {
      assert.deepEqual(found(`# Privacy\n\n${s}\n`), [], s);
    }
  });
});

describe('conditions and instructions of an outline', () => {
  it('reports a condition in capitals that opens an optional passage, and an instruction for every item of a kind', () => {
    const text = '# Privacy\n\n**IF THE SERVICE SELLS ONLINE:**\n\nWe keep orders for two years.\n\n**For each purpose, state the legal basis**\n\nFor every processor, list its country:\n';
    assert.deepEqual(notes(text), ['IF THE SERVICE SELLS ONLINE:', 'For each purpose, state the legal basis', 'For every processor, list its country:']);
  });
  it('does not take ordinary capitals or reader instructions for them', () => {
    // A condition on the operator's practice, in any words ("IF YOU SELL ONLINE:" — the template's "you" is the business).
    for (const s of ['IF YOU SELL ONLINE:', 'IF WE USE COOKIES:', 'IF A DPO HAS BEEN APPOINTED:']) assert.deepEqual(notes(`# Privacy\n\n**${s}**\n\nWe keep orders for two years.\n`), [s], s);
    for (const s of ['IFRS REPORTING: we follow the standard.', 'For each order, we keep the receipt.', 'For all requests, write to us.', 'IF you are under 13, do not use the app.', 'IF YOU ARE A CALIFORNIA RESIDENT:', 'IF YOU HAVE QUESTIONS:', 'IF YOUR ACCOUNT IS CLOSED:']) {
      assert.deepEqual(found(`# Privacy\n\n${s}\n`), [], s);
    }
  });
  it('reads a banner inside Markdown emphasis made with underscores', () => {
    assert.deepEqual(notes('# Privacy\n\nWe keep logs.\n\n_Before going live: put this page on your own site._\n'), ['Before going live: put this page on your own site.']);
    assert.deepEqual(notes('# Privacy\n\n_This is a template._ We keep logs.\n'), ['This is a template.']);
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

describe('instructions that write the document, in the imperative', () => {
  // In a document that is visibly a template, a sentence that opens with a verb of writing the policy — list, document,
  // disclose, describe — and is about the operator's own practice is the template speaking to whoever adopts it.
  const template = (s: string) => `# Privacy\n\n${UNFINISHED_BODY}\n${s}\n\nWe answer within a week.\n`;
  it('reports the instruction, in many phrasings', () => {
    for (const s of [
      'List every analytics vendor and link to its privacy page.',
      'Describe your backup schedule and how long copies survive.',
      'Add your studio name, postal address and support e-mail here.',
      'Document your retention schedule in the operator handbook.',
      'Specify the countries where the servers run.',
      'Mention each payment provider the app relies on, with its role.',
      'Disclose any advertising SDK that the build ships with.',
      'Summarise how your organisation answers access requests.',
      'Do not describe the service as anonymous unless it truly is.',
      'Avoid overstating the encryption.',
      'Avoid detailed security claims that nobody can keep up.',
    ]) {
      assert.deepEqual(notes(template(s)), [s], s);
    }
  });
  it('reports it in a list item and in a table cell', () => {
    assert.deepEqual(notes(template('- List each processor with its country.')), ['List each processor with its country.']);
    const table = '| Purpose | Basis | To settle |\n| --- | --- | --- |\n| Sign-in | Contract | Confirm which basis fits your service |\n';
    assert.deepEqual(notes(template(table)), ['Confirm which basis fits your service']);
  });
  it('does not report it in finished text, where nothing shows a template', () => {
    for (const s of ['Specify the countries where the servers run.', 'Describe your backup schedule and how long copies survive.']) {
      assert.deepEqual(found(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`), [], s);
    }
  });
  it('does not take the reader\'s instructions or nouns at a line\'s start for it, even in a template', () => {
    for (const s of [
      'Describe your request in as much detail as you can.',
      'Include your name and the e-mail address of your account in the request.',
      'Confirm your identity by replying to the message we send.',
      'State the reason for your objection when you write to us.',
      'Specify your preferences in the cookie banner.',
      'Mention your order number so that we can find it.',
      'Add a payment method under Settings to upgrade.',
      'List of processors: Stripe, Postmark.',
      'Document retention periods differ by category.',
      'State laws may give you more rights.',
      'Name and address of the controller: Blue Finch Ltd.',
      'Avoid sharing passwords in support tickets.',
      'Do not share your password with anyone.',
      'Detail pages show the products you viewed.',
      // the organisation's own procedure, and an outline's items in lower case
      'Document the breach and the steps taken to contain it.',
      '- explain each purpose in plain words',
    ]) {
      assert.deepEqual(notes(template(s)), [], s);
    }
  });
  it('never reads a site generator\'s template code as an instruction', () => {
    const page = '---\nlayout: page\ntitle: Privacy\n---\n{% include list-each-provider.html %}\n{% for p in site.data.providers %}- {{ p.name }}: {{ p.country }}\n{% endfor %}\n\nDescribe your request when you write to {{ site.email }}.\n';
    assert.deepEqual(found(page, 'markdown'), []);
  });
});

describe('a labelled recommendation to have the draft reviewed', () => {
  it('reports it after a bold label', () => {
    for (const s of ['**Recommendation**: Have this reviewed by a legal professional before publication.', '**Tip:** Get this checked by a lawyer before you go live.']) {
      const said = s.replace(/^\*\*\w+\*\*:?\s*|^\*\*\w+:\*\*\s*/, '');
      assert.ok(notes(`# Privacy\n\nWe keep logs for 30 days.\n\n${s}\n`).some((n) => n.includes(said)), s);
    }
  });
  it('not the reader told that a lawyer may help', () => {
    assert.deepEqual(notes('# Privacy\n\nWe keep logs for 30 days.\n\n**Your rights**: You may consult a lawyer of your choice.\n'), []);
  });
});
