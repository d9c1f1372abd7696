import assert from 'node:assert/strict';
import type { PlaceholderKind, Span } from '../types.ts';
import { compilePattern, type CompiledPattern } from '../config/resolve.ts';
import { detectPlaceholders, shorten } from './detect.ts';
import type { TemplateExpressions, TemplateHints } from '../templates/index.ts';

interface Opts {
  excluded?: Span[];
  patterns?: CompiledPattern[];
  allow?: string[];
  templateExpressions?: TemplateExpressions;
  hints?: TemplateHints;
  history?: Span[];
}
const compiled = (entry: unknown, key: string): CompiledPattern =>
  compilePattern(entry, key, (k, message) => assert.fail(`${k}: ${message}`))!;
const detect = (text: string, o: Opts = {}) =>
  detectPlaceholders(text, o.excluded ?? [], { patterns: o.patterns ?? [], allow: o.allow ?? [], templateExpressions: o.templateExpressions, hints: o.hints, history: o.history });
const report: Opts = { templateExpressions: 'report' };

/** Asserts the hits are exactly `expected`: each [text, kind] located at its next occurrence in `text`, in order. */
function expectHits(text: string, expected: Array<[string, PlaceholderKind]>, o: Opts = {}): void {
  let from = 0;
  const want = expected.map(([needle, kind]) => {
    const start = text.indexOf(needle, from);
    assert.ok(start >= 0, `test bug: ${JSON.stringify(needle)} not in text`);
    from = start + needle.length;
    return { text: needle, kind, span: { start, end: start + needle.length } };
  });
  const got = detect(text, o).map((h) => ({ text: text.slice(h.span.start, h.span.end), kind: h.kind, span: h.span }));
  assert.deepEqual(got, want);
}
const expectNone = (text: string, o: Opts = {}) => expectHits(text, [], o);

describe('detectPlaceholders', () => {
  describe('drafting notes', () => {
    it('reports a bracketed note from "[" through "]" with a short message', () => {
      const text = 'Transfers.\n[NOTE: To be completed with data transfer mechanism when implemented]\nNext.';
      const hits = detect(text);
      assert.equal(hits.length, 1);
      assert.deepEqual(hits[0].span, { start: 11, end: 80 });
      assert.equal(hits[0].kind, 'drafting-note');
      assert.equal(hits[0].message, 'Drafting note “[NOTE: To be completed…]” left in the text: do what it asks, then delete it.');
    });
    it('reports notes to admins, attorneys and optional passages', () => {
      expectHits('[Site Owner, please describe your retention rules here.] We care.', [['[Site Owner, please describe your retention rules here.]', 'drafting-note']]);
      expectHits('Status: [TO BE COMPLETED]', [['[TO BE COMPLETED]', 'drafting-note']]);
      expectHits('Liability [ATTORNEY TO COMPLETE] ends here.', [['[ATTORNEY TO COMPLETE]', 'drafting-note']]);
      expectHits('*[Include if you have a DPO]*', [['[Include if you have a DPO]', 'drafting-note']]);
      expectHits('[Drafting note – confirm with the vendor]', [['[Drafting note – confirm with the vendor]', 'drafting-note']]);
      expectHits('We keep logs [to be determined] long.', [['[to be determined]', 'drafting-note']]);
      expectHits('[Describe how long you keep each kind of data and why]', [['[Describe how long you keep each kind of data and why]', 'drafting-note']]);
    });
    it('reports instructions to the drafter left in as paragraphs, one sentence each', () => {
      const text = '## Who we are\n\nGive details of the data controller and its address. Keep it short.\n\n## Uses\n\n- Explain the purposes for which you process data:\n\nStart with a short overview of the service.\n\nInclude in this section the retention periods.';
      expectHits(text, [
        ['Give details of the data controller and its address.', 'drafting-note'],
        ['Explain the purposes for which you process data:', 'drafting-note'],
        ['Start with a short overview of the service.', 'drafting-note'],
        ['Include in this section the retention periods.', 'drafting-note'],
      ]);
      // "e.g." and "etc." inside the sentence do not end it.
      expectHits('Specify what you collect, e.g. names, e-mails, etc. and why.\nNext.', [['Specify what you collect, e.g. names, e-mails, etc. and why.', 'drafting-note']]);
    });
    it('does not take instructions to the reader for drafting notes', () => {
      expectNone('Provide us with accurate information.\n\nDescribe your request in detail so we can help.\n\n- Specify the data you want us to delete.\n- List the accounts you hold with us.\n\nTo object, state the data controller you mean. Include your order number in the e-mail.\n\nIdentify yourself when you call.');
    });
    it('does not report "to be determined" in running prose', () => {
      expectNone('The amount is to be determined by the court and to be confirmed in writing.');
    });
  });

  describe('slots', () => {
    it('reports bracketed slot labels in capitals, Title Case and instructions', () => {
      const text = '[Company Name] ("we") runs [YOUR SITE URL] since [DATE]. Write to [CONTACT@YOUREMAIL.COM].';
      expectHits(text, [
        ['[Company Name]', 'slot'],
        ['[YOUR SITE URL]', 'slot'],
        ['[DATE]', 'slot'],
        ['[CONTACT@YOUREMAIL.COM]', 'slot'],
      ]);
      expectHits('We keep it for [X] years or [NUMBER OF DAYS] days.', [['[X]', 'slot'], ['[NUMBER OF DAYS]', 'slot']]);
      expectHits('Signed, [Your Name], on [insert date] for [company_name].', [['[Your Name]', 'slot'], ['[insert date]', 'slot'], ['[company_name]', 'slot']]);
      expectHits('Updated [INSERT LAST UPDATE DATE HERE].', [['[INSERT LAST UPDATE DATE HERE]', 'slot']]);
      expectHits('Served by [[site]] today.', [['[[site]]', 'slot']]);
      expectHits('[["We" or "I"]] run [[COMPANY NAME]].', [['[["We" or "I"]]', 'slot'], ['[[COMPANY NAME]]', 'slot']]);
      expectNone('See [[Privacy Policy]] and [[Main Page|home]] on our wiki, and [[1]].');
      expectHits('Escaped \\[Company Name\\] in Markdown.', [['\\[Company Name\\]', 'slot']]);
    });
    it('gives the slot label and a message naming what to write', () => {
      const [h] = detect('Data is kept [NUMBER OF DAYS] days.');
      assert.equal(h.label, 'number of days');
      assert.equal(h.message, 'Unfilled placeholder “[NUMBER OF DAYS]”: write the number of days here.');
      assert.equal(detect('[Company Name]')[0].label, 'Company Name');
      assert.equal(detect('[X] years')[0].label, 'number');
    });
    it('reports <INSERT DATE>, bare COMPANY NAME and XXX-XXX-XXXX phone slots', () => {
      expectHits('Effective <INSERT DATE>. Call (XXX) XXX-XXXX. COMPANY NAME Ltd.', [
        ['<INSERT DATE>', 'slot'],
        ['(XXX) XXX-XXXX', 'slot'],
        ['COMPANY NAME', 'slot'],
      ]);
    });
    it('reports slot labels in capitals inside a sentence, but not headings, field labels or lines of capitals', () => {
      expectHits('Valid from **EFFECTIVE DATE** on. Mail us at **YOUR EMAIL**. Ask SUPPORT EMAIL for help.', [
        ['EFFECTIVE DATE', 'slot'],
        ['YOUR EMAIL', 'slot'],
        ['SUPPORT EMAIL', 'slot'],
      ]);
      expectNone('## EFFECTIVE DATE\n\nMarch 3, 2024.\n\nEFFECTIVE DATE: March 3, 2024\n\nWE MAY CHANGE THE EFFECTIVE DATE AT ANY TIME.');
    });
    it('reports identifier-style slots in prose, but not cookie names', () => {
      expectHits('The app APP_ID sends reports to YOUR_SERVER_HOST. Mail SHOP_EMAIL.', [
        ['APP_ID', 'template-variable'],
        ['YOUR_SERVER_HOST', 'template-variable'],
        ['SHOP_EMAIL', 'template-variable'],
      ]);
      expectNone('Cookies: AMP_TOKEN, SESSION_ID, _GA_ID, __utma, XSRF_TOKEN. Files: APP_ID.json, /x?k=APP_ID.');
    });
    it('reports Title Case slot labels used as a party, but not as kinds of data', () => {
      expectHits('Your Business Name ("we") runs it. Company Name respects you. Run by Your Company Name. Contact Your Name.', [
        ['Your Business Name', 'slot'],
        ['Company Name', 'slot'],
        ['Your Company Name', 'slot'],
        ['Your Name', 'slot'],
      ]);
      expectNone('We collect your Name, Company Name and Email.\n\nCompany Name and job title are optional.\n\n- Company Name\n- Your Name\n\nCompany Name: required. The App Name shown is ours. A copy of Your Email is kept.');
    });
    it('reports angle-bracket slots written as HTML entities', () => {
      expectHits('<p>Since &lt;INSERT DATE&gt;.</p>', [['&lt;INSERT DATE&gt;', 'slot']]);
    });
    it('does not report Markdown link and reference syntax', () => {
      expectNone('See [Company Name](https://acme.test) and [Your Name][ref] and ![Date](d.png).');
      expectNone('[What information do we collect?](#collect)');
      expectNone('[DATE]: https://acme.test/date\n*[GDPR]: General Data Protection Regulation');
    });
    it('does not report footnotes, task boxes, citations, acronyms or editorial marks', () => {
      expectNone('As required [1], [12], [3-5] and [^1]. The 2019 case [2019] applies.');
      expectNone('- [ ] open item\n- [x] done item\n* [X] also done');
      expectNone('> [!WARNING]\n> Read this first.\n\n> [!NOTE] Also this.');
      expectNone('Our partner [the Company] said "[sic] we [emphasis added]" under [GDPR] and [EU] law, see [Section 3], [iv], [a], [...], [N/A].');
      expectNone('Write to privacy[at]acme[dot]test or privacy [at] acme [dot] test.');
      expectNone('Ask our Data Protection Officer [DPO] or the Supervisory Authority [SA].');
      expectNone('[Privacy Policy] [Contact Us] [Email Us] [REDACTED] [Our commitment to you]');
      expectNone('History[edit] and [Select] or [Print] or [Update].');
      expectHits('Name: [Insert] or [enter] in [STATE].', [['[Insert]', 'slot'], ['[enter]', 'slot'], ['[STATE]', 'slot']]);
    });
    it('reports sentence-case and lower-case slots that name what belongs there', () => {
      expectHits('Run by\n[Legal trading name], [legal form], with [DPO name] at [Contact email].', [
        ['[Legal trading name]', 'slot'],
        ['[legal form]', 'slot'],
        ['[DPO name]', 'slot'],
        ['[Contact email]', 'slot'],
      ]);
      expectHits('We also hold [Other customer records] and [Other AI features].', [['[Other customer records]', 'slot'], ['[Other AI features]', 'slot']]);
    });
    it('reports parenthesised slots, legal-draft blanks, bare X periods and lower-case angle slots', () => {
      expectHits('Signed (insert date) by (INSERT LEGAL NAME) and (SHOP NAME). Fee [●], term [•] and [ _ ]. Kept X years, or XX days.', [
        ['(insert date)', 'slot'],
        ['(INSERT LEGAL NAME)', 'slot'],
        ['(SHOP NAME)', 'slot'],
        ['[●]', 'slot'],
        ['[•]', 'slot'],
        ['[ _ ]', 'slot'],
        ['X', 'slot'],
        ['XX', 'slot'],
      ]);
      expectHits('Write to <company name> at <support email address>.', [['<company name>', 'slot'], ['<support email address>', 'slot']]);
      // "(Company Name)" and "(enter your e-mail)" only in a visible template.
      expectNone('Acme Ltd (Company Name), (the "Company"), (GDPR), (contact details), (e.g. your name), (enter your e-mail), (Controller), (a) and (iv).');
      expectHits('[DATE] [Company Name] (Shop Name) and our officer (DPO).', [['[DATE]', 'slot'], ['[Company Name]', 'slot'], ['(Shop Name)', 'slot']]);
      expectNone('Tag <address> and <span class="x"> and Model X, X-ray, Xbox, a 10 X 20 m room, X axis.');
    });
    it('reports a bracketed date format as one slot', () => {
      expectHits('Changed on [DD Month YYYY] and [Month Day, Year]; filed [12/2024].', [['[DD Month YYYY]', 'slot'], ['[Month Day, Year]', 'slot']]);
      assert.equal(detect('[MM/DD/YYYY]')[0].label, 'date');
    });
    it('reports choices left to the drafter', () => {
      expectHits('Members must be [13/16] or older; we answer by [post / phone / online form] within [X weeks/months].', [
        ['[13/16]', 'slot'],
        ['[post / phone / online form]', 'slot'],
        ['[X weeks/months]', 'slot'],
      ]);
      expectHits('[["she" or "they"]] wrote it, using [Matomo/other].', [['[["she" or "they"]]', 'slot'], ['[Matomo/other]', 'slot']]);
      assert.deepEqual(detect('Aged [13/16].')[0].options, ['13', '16']);
      assert.deepEqual(detect('[["We" or "I", or Website or App name]] runs this site.')[0].options, ['We', 'I', 'Website', 'App name']);
      assert.deepEqual(detect('Ask "we" or "I" here.')[0].options, ['we', 'I']);
      expectNone('Figures for [2023/2024] show half [1/2] of requests, see [12, 14].');
      // Two plain words are an example's wording in finished text, a choice only in a template.
      expectNone('We log who did what and when (e.g. [a user] removed "[a post]" at [time/date]).');
      expectHits('[DATE] by [Company Name] at [time/date].', [['[DATE]', 'slot'], ['[Company Name]', 'slot'], ['[time/date]', 'slot']]);
    });
    it('reports a slot followed by guidance, and conditions for the drafter as notes', () => {
      expectHits('| Owner | [TEAM - e.g., Security, Legal] |', [['[TEAM - e.g., Security, Legal]', 'slot']]);
      assert.equal(detect('Regulator: [BODY - e.g., the AEPD in Spain]')[0].label, 'body');
      expectHits('Version [X.X]. Analytics [if enabled]; [IF SERVICE IS 21+]; [OR say that you do].', [
        ['[X.X]', 'slot'],
        ['[if enabled]', 'drafting-note'],
        ['[IF SERVICE IS 21+]', 'drafting-note'],
        ['[OR say that you do]', 'drafting-note'],
      ]);
    });
    it('reports loose bracketed labels only in a document that already shows template slots', () => {
      const template = 'Updated [DATE] by [Company Name].\n\n## Uses\n\n- [Main reasons for processing]\n- [Payment handling, billing, etc.]\n\nKids under [15] are welcome. See [the Vendor].';
      expectHits(template, [
        ['[DATE]', 'slot'],
        ['[Company Name]', 'slot'],
        ['[Main reasons for processing]', 'slot'],
        ['[Payment handling, billing, etc.]', 'slot'],
        ['[15]', 'slot'],
        ['[the Vendor]', 'slot'],
      ]);
      // The same phrases in a finished text with at most one other finding stay quiet.
      expectNone('## Uses\n\n- [Main reasons for processing]\n- [Payment handling, billing, etc.]\n\nKids under [15] are welcome. See [the Vendor].');
      expectHits('Updated [DATE].\n\n- [Main reasons for processing]', [['[DATE]', 'slot']]);
      // Buttons drawn in brackets, footnotes, editorial marks and links stay quiet even in a template.
      expectHits('[DATE] [Company Name]\n\n[Accept All] [Manage Preferences] [Opt out]', [['[DATE]', 'slot'], ['[Company Name]', 'slot']]);
      expectHits('[DATE] [Company Name] [1] [sic] [...] [see here](#x) [GDPR]', [['[DATE]', 'slot'], ['[Company Name]', 'slot']]);
    });
    it('does not take the reader\'s blank in a suggested e-mail subject, nor an aside, for a slot', () => {
      expectHits('Updated [DATE] by [Company Name].\n\nSubject: "Access request – [Type]"\n\nWe log visits [this is not a complete list].', [
        ['[DATE]', 'slot'],
        ['[Company Name]', 'slot'],
      ]);
    });
    it('does not take "OR" between two steps offered to the reader for a template choice', () => {
      expectNone('To clear your data:\n1. Open Settings\n2. Tap "Clear history"\nOR\n- Remove the app\n');
    });
    it('does not take HTML element names in capitals for slots', () => {
      expectNone('<TABLE><TR><TD>Cookies</TD></TR></TABLE> <STRONG>Note</STRONG> <USA>');
    });
    it('reports slots of templates written in other languages', () => {
      expectHits('Responsable: [Nombre de la empresa], [Dirección completa]. Kontakt: [Deine Anschrift], [Ihre E-Mail].', [
        ['[Nombre de la empresa]', 'slot'],
        ['[Dirección completa]', 'slot'],
        ['[Deine Anschrift]', 'slot'],
        ['[Ihre E-Mail]', 'slot'],
      ]);
      expectHits('Atualizado em [DATA DE ATUALIZAÇÃO] por [Sua Empresa]. 連絡先：[会社名]、[住所]。주소: [회사 주소]. [FECHA]', [
        ['[DATA DE ATUALIZAÇÃO]', 'slot'],
        ['[Sua Empresa]', 'slot'],
        ['[会社名]', 'slot'],
        ['[住所]', 'slot'],
        ['[회사 주소]', 'slot'],
        ['[FECHA]', 'slot'],
      ]);
      expectHits('Site: https://[seu-dominio].com.br and https://[your-domain].test', [['[seu-dominio]', 'slot'], ['[your-domain]', 'slot']]);
      // Ordinary bracketed words of those languages are not slots.
      expectNone('Véase [artículo 6] del RGPD [sic]. Siehe [Anhang] und [Seite 3].');
    });
    it('reports a bracket wrapped over a line break, but never one that spans paragraphs or HTML blocks', () => {
      expectHits('We use Plausible and [Other web\n   statistics tools] to count visits.', [['[Other web\n   statistics tools]', 'slot']]);
      expectHits('Controller: [TO CONFIRM: trading name and\n  registered office]. Kept for [TO CHECK – period].', [
        ['[TO CONFIRM: trading name and\n  registered office]', 'drafting-note'],
        ['[TO CHECK – period]', 'drafting-note'],
      ]);
      expectNone('See the list [of\n\nservices] and [tools</p>\n<p>here].');
    });
    it('reports a bracket that repeats its field label, and a bare [EMAIL] or [URL], but not BBCode', () => {
      expectHits('**VAT ID:** [VAT ID]\nSIRET: [SIRET]\nWrite to [EMAIL] or use [URL].', [
        ['[VAT ID]', 'slot'],
        ['[SIRET]', 'slot'],
        ['[EMAIL]', 'slot'],
        ['[URL]', 'slot'],
      ]);
      expectNone('Posted as [b]bold[/b], [url=https://acme.test]a link[/url] and [email]x@acme.test[/email]. Rules under [GDPR]: [EU].');
    });
    it('reports notes, choices and conditions in parentheses, but not ordinary asides', () => {
      expectHits('Kept for 2 years (or specify your own period). Basis: (Consent | Contract | Legal obligation). (We do/do not answer DNT signals.)', [
        ['(or specify your own period)', 'drafting-note'],
        ['(Consent | Contract | Legal obligation)', 'slot'],
        ['(We do/do not answer DNT signals.)', 'slot'],
      ]);
      expectHits('Hosted in Ireland (to be confirmed with the host). Updated (Placeholder Date). (Delete this line if you have no newsletter.)', [
        ['(to be confirmed with the host)', 'drafting-note'],
        ['(Placeholder Date)', 'drafting-note'],
        ['(Delete this line if you have no newsletter.)', 'drafting-note'],
      ]);
      // A condition right after a slot belongs to it; elsewhere it speaks to the reader.
      expectHits('DPO: {{DPO_EMAIL}} (if applicable). Phone number (if applicable) and account (if any).', [
        ['{{DPO_EMAIL}}', 'template-variable'],
        ['(if applicable)', 'drafting-note'],
      ]);
      expectNone('We store your name (if you give it), your phone number (if applicable) and your city (optional). (This applies to EU users.) (see below) (list of partners available on request) (provide your order number when you write)');
      // A condition about the reader after a slot is the reader's: "{{LOGIN}} (if you sign in with a social account)".
      expectHits('Login: {{LOGIN_PROVIDERS}} (if you sign in with a social account).', [['{{LOGIN_PROVIDERS}}', 'template-variable']]);
      expectHits('문의: (이메일)\n\n앱: (앱 이름)', [['(이메일)', 'slot'], ['(앱 이름)', 'slot']]);
    });
    it('reports a paragraph that is nothing but a parenthesised instruction, in a template', () => {
      const body = '## Cookies\n\n(Say which cookies the site sets and what each of them is for.)\n';
      expectNone(body);
      // A parenthesis that starts a wrapped line of a paragraph is not a paragraph of its own.
      expectHits('[DATE] [Company Name]\n\n- **Hosts** store the site and send our e-mails\n  (they process data for us under written contracts).\n- More', [
        ['[DATE]', 'slot'],
        ['[Company Name]', 'slot'],
      ]);
      expectHits(`Updated [DATE] by [Company Name].\n\n${body}`, [
        ['[DATE]', 'slot'],
        ['[Company Name]', 'slot'],
        ['(Say which cookies the site sets and what each of them is for.)', 'drafting-note'],
      ]);
    });
    it('reports single-brace slots in capitals or in scripts without capitals, not code-like braces', () => {
      expectHits('Representative: {NAME, ADDRESS, EMAIL}. {会社名}のサイト、{日付}更新。', [
        ['{NAME, ADDRESS, EMAIL}', 'template-variable'],
        ['{会社名}', 'template-variable'],
        ['{日付}', 'template-variable'],
      ]);
      expectNone('Sets {a, b} and {x/y}; {こちら} and {: .note}.');
    });
    it('reports long notes, optional passages in brackets and made-up addresses in brackets', () => {
      expectHits('Contact: [zz@email.com]. [IMPORTANT NOTE: SOME APP STORES ASK FOR MORE THAN THIS POLICY SAYS, SO CHECK THEIR RULES BEFORE YOU SUBMIT.]', [
        ['[zz@email.com]', 'slot'],
        ['[IMPORTANT NOTE: SOME APP STORES ASK FOR MORE THAN THIS POLICY SAYS, SO CHECK THEIR RULES BEFORE YOU SUBMIT.]', 'drafting-note'],
      ]);
      expectHits('We check your identity [(a copy of a passport and of a recent bank statement is usually enough)].', [
        ['[(a copy of a passport and of a recent bank statement is usually enough)]', 'drafting-note'],
      ]);
      expectNone('Write to [hello@acme.test] or [(a)].');
      // A long bracket that speaks to the drafter counts in a template.
      expectHits('[DATE] [Company Name]\n\nWe collect data when you [describe the moments at which your shop asks its customers for their details].', [
        ['[DATE]', 'slot'],
        ['[Company Name]', 'slot'],
        ['[describe the moments at which your shop asks its customers for their details]', 'slot'],
      ]);
    });
  });

  describe('template variables', () => {
    it('reports every expression notation at its exact range when expressions are reported', () => {
      expectHits(
        'Hi {{company}}, {{ site.data.variables.contact.contact_privacy }} and {{COMPANY_NAME}}.',
        [
          ['{{company}}', 'template-variable'],
          ['{{ site.data.variables.contact.contact_privacy }}', 'template-variable'],
          ['{{COMPANY_NAME}}', 'template-variable'],
        ],
        report,
      );
      expectHits(
        'Run by %{domain}s and %{domain} (%(name)s) for ${company.name}.',
        [
          ['%{domain}s', 'template-variable'],
          ['%{domain}', 'template-variable'],
          ['%(name)s', 'template-variable'],
          ['${company.name}', 'template-variable'],
        ],
        report,
      );
      expectHits('Mail <%{contact_email}> or <%= owner %> from __EFFECTIVE_DATE__.', [['<%{contact_email}>', 'template-variable'], ['<%= owner %>', 'template-variable'], ['__EFFECTIVE_DATE__', 'template-variable']], report);
      expectHits(
        'Owner {company_name}, {COMPANY}, $COMPANY_NAME, {{{raw_name}}}.',
        [
          ['{company_name}', 'template-variable'],
          ['{COMPANY}', 'template-variable'],
          ['$COMPANY_NAME', 'template-variable'],
          ['{{{raw_name}}}', 'template-variable'],
        ],
        report,
      );
      expectHits(
        '{!! $company !!} <?= $company_name ?> <?php echo $owner; ?> *|COMPANY|* %COMPANY_NAME% <<Company Name>> {COMPANY NAME}',
        [
          ['{!! $company !!}', 'template-variable'],
          ['<?= $company_name ?>', 'template-variable'],
          ['<?php echo $owner; ?>', 'template-variable'],
          ['*|COMPANY|*', 'template-variable'],
          ['%COMPANY_NAME%', 'template-variable'],
          ['<<Company Name>>', 'slot'],
          ['{COMPANY NAME}', 'template-variable'],
        ],
        report,
      );
      assert.equal(detect('<?php echo $owner; ?>', report)[0].label, 'owner');
      const smarty = 'Run by {$companyname}, mail {$shop.email|escape}, site ${\n   this.domain\n }.';
      expectHits(smarty, [['{$companyname}', 'template-variable'], ['{$shop.email|escape}', 'template-variable'], ['${\n   this.domain\n }', 'template-variable']], report);
      assert.equal(detect(smarty, report)[2].label, 'domain');
      expectNone('Total ${\n  a + b;\n  c\n}', report);
    });
    it('never reports template directives or template comments (a note in a comment is a drafting note)', () => {
      expectNone('{% if eu %}EU{% endif %} {{#each items}}{{/each}} {{> footer}} {{!< default}} <% if admin? %><% end %>', report);
      expectNone('{# a comment #} {{!-- another --}} <%# and another %> {{/* Go */}} {{-- Blade --}}', report);
      expectNone('<?php require_once "inc/footer.inc.php"; ?> <?php if ($x) { ?>', report);
      expectHits('{# TODO: add the DPO address #}\nWe are Acme.', [['{# TODO: add the DPO address #}', 'drafting-note']], report);
    });
    it('in a rendered template, leaves data expressions to the generator and still reports slots written for a person', () => {
      const page = '---\nlayout: page\ntitle: Privacy\n---\nWrite to {{ site.email }} or {{ contact_email }}. Owner: {{COMPANY_NAME}}, [Company Name], YOUR_EMAIL.\n';
      expectHits(page, [['{{COMPANY_NAME}}', 'template-variable'], ['[Company Name]', 'slot'], ['YOUR_EMAIL', 'template-variable']]);
      // "report": the expressions too, each saying why the file looks rendered.
      const all = detect(page, report);
      assert.deepEqual(all.map((h) => page.slice(h.span.start, h.span.end)), ['{{ site.email }}', '{{ contact_email }}', '{{COMPANY_NAME}}', '[Company Name]', 'YOUR_EMAIL']);
      assert.match(all[0].renderedTemplate ?? '', /front matter \(`layout: page`\)/);
      assert.match(all[0].message, /filled in when this page is rendered/);
      assert.equal(all[2].renderedTemplate, undefined, 'a slot for a person is not a rendered expression');
    });
    it('in a file that is not a rendered template, reports expressions as slots unless told to ignore them', () => {
      const plain = 'We are {{ company_name }}; write to {{ your_email }} or {COMPANY NAME}.';
      expectHits(plain, [['{{ company_name }}', 'template-variable'], ['{{ your_email }}', 'template-variable'], ['{COMPANY NAME}', 'template-variable']]);
      assert.equal(detect(plain)[0].renderedTemplate, undefined);
      expectHits(plain, [['{{ your_email }}', 'template-variable'], ['{COMPANY NAME}', 'template-variable']], { templateExpressions: 'ignore' });
    });
    it('takes the editor language or the file name as a sign of a rendered template', () => {
      const text = '<p>Contact {{ email }} or {{ company.support }}.</p>';
      assert.equal(detect(text).length, 2);
      for (const hints of [{ languageId: 'jinja-html' }, { languageId: 'django-html' }, { fileName: '/site/privacy.njk' }, { fileName: 'app/views/pages/privacy.html.erb' }]) {
        assert.deepEqual(detect(text, { hints }), [], JSON.stringify(hints));
      }
      assert.match(detect(text, { hints: { languageId: 'handlebars' }, templateExpressions: 'report' })[0].renderedTemplate ?? '', /language as "handlebars" \(Handlebars\)/);
    });
    it('reads directives and generator code as signs of a rendered template', () => {
      expectNone('{% extends "base.html" %}\n{% block content %}Write to {{ contact_email }}.{% endblock %}');
      expectNone('{{!< default}}\nWrite to {{email}}.');
      expectNone('Write to {{ site.email }} about {{ page.title }}.');
      expectNone('Write to <%= privacy_email %>.');
      expectNone('Write to <?= $site_email ?>.');
      expectNone('This notice covers %{domain}s; disputes go to %{city_for_disputes}.');
      expectHits('Hosted by {{ company_name }}.', [['{{ company_name }}', 'template-variable']]);
    });
    it('does not take "Last updated" for a missing date when template code prints the date', () => {
      expectNone('---\nlayout: page\n---\nLast updated: {{ page.last_modified_at | date: "%B %d, %Y" }}\n');
      expectNone('{% extends "base.html" %}\nLast updated:\n{{ updated }}\n');
      expectHits('Last updated:\n\n{{LAST_UPDATED}}\n', [['{{LAST_UPDATED}}', 'template-variable']]);
    });
    it('reports Word mail-merge fields but not quotation marks', () => {
      expectHits('Mail «ShopName» at «Support_Email» or «COMPANY».', [
        ['«ShopName»', 'template-variable'],
        ['«Support_Email»', 'template-variable'],
        ['«COMPANY»', 'template-variable'],
      ]);
      expectNone('Le bouton «Accepter» et « Données personnelles » et «Refuser»; los complementos («AMO») y «COPPA».');
    });
    it('labels variables in words', () => {
      assert.equal(detect('{{ site.data.variables.contact.contact_privacy }}', report)[0].label, 'contact privacy');
      assert.equal(detect('${company.name}')[0].label, 'company name');
      assert.equal(detect('{{COMPANY_NAME}}')[0].label, 'company name');
      assert.equal(detect('%{domain}s', report)[0].label, 'domain');
    });
    it('does not report kramdown attributes, LaTeX groups, bold words or percentages', () => {
      expectNone('{: .lead}\n{:toc}\n{#contact}\n\\textbf{Name} and __IMPORTANT__ and 50%{ and ${ } and {{ }}.');
      expectNone('| wp-prefs-{user_id} | Keeps settings. See /u/{user_id} and file.{lang}.');
      expectNone('The %{ sign and %(x) and $5 and {x} and __init__ are not slots.');
      expectNone('Rates rose 50%ABOVE% and 20%, x << y >> z, <<not a slot>>, {some words}, {#heading-id}, *|lower|*.');
    });
  });

  describe('to-do markers', () => {
    it('reports TBD, TBC, TODO, FIXME and XXX as whole uppercase words', () => {
      expectHits('Retention: TBD. TODO: confirm. FIXME later. Owner XXX. TBC, TBA', [
        ['TBD', 'todo'],
        ['TODO', 'todo'],
        ['FIXME', 'todo'],
        ['XXX', 'todo'],
        ['TBC', 'todo'],
        ['TBA', 'todo'],
      ]);
    });
    it('does not report them inside words or in lower case', () => {
      expectNone('XXXL shirts, MAXXXIMUM, TODOS, TBDs, my todo list, the Tbd, fixme.');
      expectNone('TODO LO QUE DEBE SABER\nSOBRE TODO');
      expectHits('RETENTION PERIOD: TBD\nTODO TBD', [['TBD', 'todo'], ['TODO', 'todo'], ['TBD', 'todo']]);
    });
  });

  describe('unfinished dates', () => {
    it('reports dates with placeholder parts', () => {
      expectHits('On 2025-01-XX, YYYY-MM-DD, Month DD, 20XX, DD/MM/YYYY, July XX, 2025, 1 Month 2025 and 20XX.', [
        ['2025-01-XX', 'unfinished-date'],
        ['YYYY-MM-DD', 'unfinished-date'],
        ['Month DD, 20XX', 'unfinished-date'],
        ['DD/MM/YYYY', 'unfinished-date'],
        ['July XX, 2025', 'unfinished-date'],
        ['1 Month 2025', 'unfinished-date'],
        ['20XX', 'unfinished-date'],
      ]);
      expectHits('Signed on __/__/____.', [['__/__/____', 'unfinished-date']]);
    });
    it('does not report real dates', () => {
      expectNone('On 2025-01-15, 07/01/2024, July 1, 2024, 1 July 2024, May 2024 and 12.03.2023.');
    });
  });

  describe('blanks', () => {
    it('reports runs of underscores and of ellipses used as blanks', () => {
      expectHits('Name: ________ and \\_\\_\\_\\_ then include ……. here.', [
        ['________', 'blank'],
        ['\\_\\_\\_\\_', 'blank'],
        ['…….', 'blank'],
      ]);
      expectHits('Controller: .......... (address).', [['..........', 'blank']]);
      expectHits('Write to us by post at:\n\nAcme Ltd\n__________\n__________\n\nThanks.', [['__________', 'blank'], ['__________', 'blank']]);
      // A line of underscores under a prompt is the answer's blank, not a rule.
      expectHits('Tell us what you need:\n\n____________\n\n**Signature:**\n\n________\n\nThanks.', [['____________', 'blank'], ['________', 'blank']]);
    });
    it('does not report normal ellipses, rules, separators, identifiers or contents leaders', () => {
      expectNone('And so on... or so… or this.... Done.\n\n____\n\n...........\n\nRetention ........ 4\nsnake____case\n\n  ______  \r\n\r\nEnd.\n\n***___***');
    });
  });

  describe('example domains', () => {
    it('reports the whole address or URL on an example domain', () => {
      expectHits('Write to privacy@example.com, see https://www.yourdomain.com/privacy?x=1. or www.example.org.', [
        ['privacy@example.com', 'example-domain'],
        ['https://www.yourdomain.com/privacy?x=1', 'example-domain'],
        ['www.example.org', 'example-domain'],
      ]);
      const [h] = detect('privacy@yourcompany.com');
      assert.equal(h.label, 'e-mail address');
      assert.equal(h.message, 'Example e-mail address “privacy@yourcompany.com”: write your real one.');
    });
    it('does not report real domains that merely contain the words, or [at]/[dot] notation', () => {
      expectNone('Visit counterexample.com, not-example.com, examples.com and privacy[at]example[dot]com.');
    });
  });

  describe('example values', () => {
    it('reports phone numbers everyone uses as examples, not real-looking ones', () => {
      expectHits('Tel: 03-1234-5678, (555) 201-3344, 555-0142, 123-456-7890, 000-000-0000.', [
        ['03-1234-5678', 'slot'],
        ['(555) 201-3344', 'slot'],
        ['555-0142', 'slot'],
        ['123-456-7890', 'slot'],
        ['000-000-0000', 'slot'],
      ]);
      // 555 is fictional in North American numbers only: "+353 1 555 0100" is an Irish number.
      expectNone('Tel: 03-5321-1111, +44 20 7946 0958, +353 1 555 0100, 212-736-5000 ext. 12345678, order 91234-56789.');
    });
    it('reports made-up domains and hosts written as xxx', () => {
      expectHits('See www.website.com, http://xxx-shop.test/privacy and write to xxxx@mail.test.', [
        ['www.website.com', 'example-domain'],
        ['http://xxx-shop.test/privacy', 'example-domain'],
        ['xxxx@mail.test', 'example-domain'],
      ]);
      expectNone('See www.mywebsitebuilder.test and box@xxl.test and taxxx.test.');
    });
    it('reports sample text and values a generator never filled in', () => {
      expectHits('description: "this is demo-description"\n\nThis is the sample text.\n\nServers located in: undefined. Owner: [object Object]', [
        ['this is demo-description', 'lorem-ipsum'],
        ['This is the sample text', 'lorem-ipsum'],
        ['undefined', 'template-variable'],
        ['[object Object]', 'template-variable'],
      ]);
      expectNone('The value is undefined until you set it. This is a test of our backup system.');
    });
    it('reports slots in full-width brackets and fill-in instructions of CJK templates, not bracketed labels', () => {
      expectHits('運営者：［請填入公司名稱］。連絡先：【会社名】【メールアドレスを記入】。[회사명 입력]', [
        ['［請填入公司名稱］', 'slot'],
        ['【会社名】', 'slot'],
        ['【メールアドレスを記入】', 'slot'],
        ['[회사명 입력]', 'slot'],
      ]);
      expectNone('【重要】【お知らせ】［注］〔改定〕');
    });
    it('reports a contact field left empty, not one whose value follows', () => {
      expectHits('## お問い合わせ\n\n事業者名：フクロウ商店\n住所：\n電話：\nメール：hello@fukurou.test\n\nPhone:\n\n## Next', [
        ['住所：', 'blank'],
        ['電話：', 'blank'],
        ['Phone:', 'blank'],
      ]);
      expectNone('Email:\nhello@fukurou.test\n\nAddress:\n1 Mill Lane\nLeeds\n\nWebsite: <https://fukurou.test/contact>\n\nPhone: **0113 496 0000**\n');
    });
    it('reports a decision left open where the fact belongs, in several languages', () => {
      expectHits('Hosting: to be decided\n\nUsaremos un proveedor por definir. Hébergeur : à définir\n\n保存期間：未定', [
        ['to be decided', 'todo'],
        ['por definir', 'todo'],
        ['à définir', 'todo'],
        ['未定', 'todo'],
      ]);
      expectNone('A fee to be determined by the court is to be confirmed in writing.');
    });
  });

  describe('filler text', () => {
    it('reports a paragraph of lorem ipsum as one finding, from its first to its last word', () => {
      const text = '## Retention\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit,\nsed do eiusmod tempor incididunt ut labore.\n\nWe keep data for a year.';
      expectHits(text, [['Lorem ipsum dolor sit amet, consectetur adipiscing elit,\nsed do eiusmod tempor incididunt ut labore.', 'lorem-ipsum']]);
    });
    it('recognises pseudo-Latin filler that never says "lorem ipsum"', () => {
      expectHits('Intro.\n\nSed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium.\n\nEnd.', [
        ['Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium.', 'lorem-ipsum'],
      ]);
      expectHits('Vestibulum ante ipsum primis in faucibus orci luctus et ultrices posuere cubilia curae', [
        ['Vestibulum ante ipsum primis in faucibus orci luctus et ultrices posuere cubilia curae', 'lorem-ipsum'],
      ]);
    });
    it('recognises the later de Finibus passages that generators also use', () => {
      expectHits('Intro.\n\nTemporibus quidem earum, soluta optio debitis et rerum facilis.\n\nItaque nobis tempore repellat maiores aut asperiores.\n\nEnd.', [
        ['Temporibus quidem earum, soluta optio debitis et rerum facilis.', 'lorem-ipsum'],
        ['Itaque nobis tempore repellat maiores aut asperiores.', 'lorem-ipsum'],
      ]);
      expectNone('Our provident fund, alias the pension plan, is here: hic et nunc, a vero fine plan.');
    });
    it('reports a short "Lorem Ipsum" heading and the phrase inside real text', () => {
      expectHits('## Lorem Ipsum\n\nReplace this lorem ipsum with our text.', [['Lorem Ipsum', 'lorem-ipsum'], ['lorem ipsum', 'lorem-ipsum']]);
    });
    it('keeps paragraphs apart and does not report English or Latin legal phrases', () => {
      expectHits('Lorem ipsum dolor sit amet consectetur.\n\nDuis aute irure dolor in reprehenderit.', [
        ['Lorem ipsum dolor sit amet consectetur.', 'lorem-ipsum'],
        ['Duis aute irure dolor in reprehenderit.', 'lorem-ipsum'],
      ]);
      expectNone('In the event of a sale, data may pass to a buyer. Our data is kept in a vault, ad hoc, bona fide, inter alia, et al., id est.');
      expectNone('Magna Carta and curriculum vitae are not filler; neither is nulla in Italian: non è quasi nulla.');
    });
    it('finds a run whose three strong words are spelt in any case, and none with two (the pre-scan counts whole words only)', () => {
      expectHits('Intro.\n\nsed ut PERSPICIATIS unde Omnis et in ut.', [['sed ut PERSPICIATIS unde Omnis et in ut.', 'lorem-ipsum']]);
      // Two distinct strong words, the third only inside longer words: no run.
      expectNone('sed ut perspiciatis perspiciatis unde unde et in ut xomnis omnisx.');
      // Strong words spread over three paragraphs (two, one, none) hold no run; a filler paragraph among them is found whole.
      expectNone('Magna tempor here.\n\nOnly elit.\n\nPlain text.');
      expectHits('Magna tempor here.\n \nQuis nostrud exercitation ullamco laboris.\r\n\r\nOnly elit.', [['Quis nostrud exercitation ullamco laboris.', 'lorem-ipsum']]);
    });
  });

  describe('e-mail obfuscation', () => {
    it('reports every "[email protected]" form', () => {
      expectHits('Mail [email protected] or [email&#160;protected] or [email&nbsp;protected].', [
        ['[email protected]', 'email-obfuscation'],
        ['[email&#160;protected]', 'email-obfuscation'],
        ['[email&nbsp;protected]', 'email-obfuscation'],
      ]);
    });
    it('decodes Cloudflare hex into the replacement and reports one finding per copied link', () => {
      // "privacy@example.com" encoded with key 0x2a
      const hex = '2a5a58435c4b49536a4f524b475a464f04494547';
      const html = `<a href="/cdn-cgi/l/email-protection#${hex}">[email&#160;protected]</a>`;
      const hits = detect(html);
      assert.equal(hits.length, 1);
      assert.equal(html.slice(hits[0].span.start, hits[0].span.end), '[email&#160;protected]');
      assert.equal(hits[0].replacement, 'privacy@example.com');
      const attr = `<span class="__cf_email__" data-cfemail="${hex}">x</span>`;
      const [h] = detect(attr);
      assert.equal(attr.slice(h.span.start, h.span.end), `data-cfemail="${hex}"`);
      assert.equal(h.replacement, 'privacy@example.com');
      expectHits('[[email protected]](/cdn-cgi/l/email-protection#' + hex + ')', [['[email protected]', 'email-obfuscation']]);
    });
    it('reports Cloudflare markup even inside excluded markup spans', () => {
      const html = '<a href="/cdn-cgi/l/email-protection">write</a>';
      const hits = detect(html, { excluded: [{ start: 0, end: 38 }] });
      assert.deepEqual(hits.map((h) => h.span), [{ start: 9, end: 36 }]);
    });
  });

  describe('"Last updated" without a date', () => {
    it('reports the label, colon included, when no date follows', () => {
      expectHits('Policy text.\nLast updated', [['Last updated', 'missing-date']]);
      expectHits('**Effective date:**\n\n## Scope', [['Effective date:', 'missing-date']]);
      expectHits('# Policy\n\nDate of last revision:\n', [['Date of last revision:', 'missing-date']]);
      const [h] = detect('Last revised:');
      assert.equal(h.message, 'Date missing after “Last revised:”: write the date the policy took effect or last changed.');
      assert.equal(h.label, 'date');
    });
    it('does not report a label whose value is in a code span', () => {
      expectNone('Last updated: `2024-07-01`\n');
      expectHits('Last updated: `<Date>`\n\nEffective date:\n', [['Effective date:', 'missing-date']], { excluded: [{ start: 14, end: 22 }] });
    });
    it('does not report a label followed by a date in any common form, on its line or the next', () => {
      for (const date of ['July 1, 2024', '1 July 2024', '2024-07-01', '07/01/2024', '**July 2, 2019**', '1st of July 2024']) {
        expectNone(`Last updated: ${date}\n`);
        expectNone(`## Effective Date\n\n${date}\n`);
      }
      expectNone('<p>Last updated:</p>\n<p>July 1, 2024</p>', { excluded: [{ start: 0, end: 3 }, { start: 16, end: 24 }, { start: 36, end: 40 }] });
    });
    it('reports a label followed by a placeholder once, as the placeholder', () => {
      expectHits('Last updated: [DATE]', [['[DATE]', 'slot']]);
      expectHits('Effective date: {{LAST_UPDATED}}', [['{{LAST_UPDATED}}', 'template-variable']]);
      expectHits('Last updated ____________', [['____________', 'blank']]);
      expectHits('Last updated:\n\n2025-01-XX', [['2025-01-XX', 'unfinished-date']]);
    });
    it('does not report the words in running prose', () => {
      expectNone('This policy was last updated on the date shown. The effective date of a change is stated in it.');
      expectNone('Last updated by our legal team after review.');
      expectNone('We store:\n- Name\n- Date of last update\n* **Last modified**\n');
      expectHits('- Last updated:\n- Version: 2', [['Last updated:', 'missing-date']]);
    });
  });

  describe('exclusions, allow list and custom patterns', () => {
    it('reports nothing that starts or ends inside an excluded span', () => {
      const text = 'Code `{{company}}` and [DATE] here.';
      expectHits(text, [['[DATE]', 'slot']], { excluded: [{ start: 5, end: 18 }] });
      expectNone('[Company Name]', { excluded: [{ start: 0, end: 1 }] });
    });
    it('never reports allowed strings or text inside them', () => {
      expectNone('Ask TBD Corp at {{support}}.', { allow: ['TBD Corp', '{{support}}'] });
      expectHits('TBD and TBD Corp.', [['TBD', 'todo']], { allow: ['TBD Corp'] });
    });
    it('reports user patterns as custom findings with their message', () => {
      const patterns = [
        compiled({ pattern: 'ACME-\\d+', message: 'Internal ticket numbers must not be published.' }, 'placeholders.patterns[0]'),
        compiled({ pattern: 'codename', flags: 'i' }, 'placeholders.patterns[1]'),
      ];
      const text = 'See ACME-12 and ACME-13 for Codename.';
      expectHits(text, [['ACME-12', 'custom'], ['ACME-13', 'custom'], ['Codename', 'custom']], { patterns });
      const hits = detect(text, { patterns });
      assert.equal(hits[0].message, 'Internal ticket numbers must not be published.');
      assert.equal(hits[2].message, 'Custom placeholder “Codename” (a pattern configured for this project): replace it.');
    });
    it('survives user patterns that match the empty string', () => {
      expectHits('a TBD', [['TBD', 'todo']], { patterns: [compiled('\\b', 'placeholders.patterns[0]')] });
    });
    it('lets a user pattern stand for the text it matches, over a built-in finding around it', () => {
      const patterns = [compiled({ pattern: 'TICKET-\\d+', message: 'Ticket left in the text.' }, 'placeholders.patterns[0]')];
      const text = 'Hosted in Ireland (see TICKET-7 before publishing). Owner: [Company Name].';
      expectHits(text, [['TICKET-7', 'custom'], ['[Company Name]', 'slot']], { patterns });
    });
    it('reports overlapping matches once, keeping the earliest and longest', () => {
      expectHits('[NOTE: TODO add the TBD period]', [['[NOTE: TODO add the TBD period]', 'drafting-note']]);
      expectHits('Contact [CONTACT@EXAMPLE.COM].', [['[CONTACT@EXAMPLE.COM]', 'slot']]);
    });
  });

  describe('shorten', () => {
    it('keeps short text and shortens long text at a word, keeping the closing bracket', () => {
      assert.equal(shorten('[DATE]'), '[DATE]');
      assert.equal(shorten('[NOTE: To be completed with data transfer mechanism when implemented]'), '[NOTE: To be completed…]');
      assert.equal(shorten('Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit sed do'), 'Lorem ipsum dolor sit…');
    });
  });
});
