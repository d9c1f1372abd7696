import assert from 'node:assert/strict';
import { recognizeTopics, TOPICS } from './index.ts';
import { incompleteSections } from './recognize.ts';
import { buildDoc, type DocPart } from './test-doc.ts';
import { emptyConfig, type ResolvedConfig } from '../config/resolve.ts';

const INTRO = 'This policy explains how Example Widgets Ltd handles personal data when you use our apps.';

function coverage(parts: DocPart[], config: ResolvedConfig = emptyConfig()) {
  return recognizeTopics(buildDoc(parts), config);
}
function covers(topic: string, parts: DocPart[], config?: ResolvedConfig): boolean {
  return coverage(parts, config).covered.has(topic);
}
const isCovered = (topic: string, parts: DocPart[]) => assert.ok(covers(topic, parts), `expected ${topic} covered`);
const notCovered = (topic: string, parts: DocPart[]) => assert.ok(!covers(topic, parts), `expected ${topic} missing`);

describe('topic recognition', () => {
  describe('retention', () => {
    for (const heading of ['How long we keep your data', 'Data Retention', 'Retention of Personal Information', 'How Long We Retain Information', 'Storage period', 'Keeping your information']) {
      it(`recognises the heading "${heading}"`, () => {
        const cov = coverage([INTRO, { heading }, 'We hold on to it while it is useful.']);
        assert.match(cov.covered.get('retention')![0].reason, /^heading "/);
        assert.deepEqual(cov.sectionTopics[0], ['retention']);
      });
    }

    for (const sentence of [
      'Server logs are kept for 90 days and then erased.',
      'We retain account data until you close your account.',
      'Support tickets are deleted after twelve (12) months.',
      'Your profile is stored for as long as your subscription is active.',
      'We will not keep your personal data for longer than is necessary for these purposes.',
      'The criteria used to determine our retention periods include the nature of the data and legal requirements.',
      'Invoices are held for a maximum period of 10 years to meet tax law.',
    ]) {
      it(`recognises a retention statement in body text: "${sentence}"`, () => isCovered('retention', [INTRO, { heading: 'Your data' }, sentence]));
    }

    it('does not take security wording about retained data for a retention period', () => {
      notCovered('retention', [INTRO, { heading: 'Measures taken to protect retained personal data' }, 'We encrypt stored data and restrict access to it.']);
      notCovered('retention', [INTRO, 'We use safeguards to protect retained information from loss.']);
    });

    it('does not take a refusal to store card numbers for a retention period', () => {
      notCovered('retention', [INTRO, 'We do not store your full credit card number; our payment processor handles it until the payment is complete.']);
    });

    it('does not take cookie lifetimes or record-keeping without a period for retention', () => {
      notCovered('retention', [INTRO, 'Persistent cookies stay on your device for a longer period of time until you delete them.']);
      notCovered('retention', [INTRO, 'We keep records of your orders and messages.']);
      notCovered('retention', [INTRO, 'We keep your account secure for as long as you use it.']);
      notCovered('retention', [INTRO, 'Our teams collect, use, retain and delete data under internal rules.']);
    });

    it('needs three different weak signals close together', () => {
      isCovered('retention', [INTRO, { heading: 'Your data' }, 'We delete what we no longer need.', 'Some records are retained to meet tax and accounting obligations.']);
      notCovered('retention', [INTRO, { heading: 'Your data' }, 'You may delete your account.', 'We retain the right to refuse service.']);
    });
  });

  describe('contact', () => {
    for (const [heading, body] of [
      ['Contact Us', 'Write to privacy@example-widgets.test with any question.'],
      ['How can you contact us?', 'Use the contact form on our website.'],
      ['Questions?', 'E-mail hello@example-widgets.test.'],
      ['Data Protection Officer', 'Our DPO, Example Widgets Ltd, 12 Harbour Road, Exampletown.'],
      ['Contact', 'Call us on +44 20 7946 0000.'],
      ['Contact us', 'Send your request to [email protected] and we will reply.'],
      ['Contact us', 'E-mail us at {{contact_email}}.'],
      ['Contact us', 'E-mail us at %{contact_email}.'],
      ['Contact us', 'E-mail us at [EMAIL].'],
    ]) {
      it(`recognises "${heading}" with a channel ("${body}")`, () => {
        const cov = coverage([INTRO, { heading }, body]);
        const ev = cov.covered.get('contact')?.[0];
        assert.equal(ev?.via, 'heading');
        assert.match(ev?.reason ?? '', /^heading ".*" with [a-z]+ "/);
      });
    }

    it('finds the channel in a subsection of the contact section', () => {
      isCovered('contact', [INTRO, { heading: 'Contact us', level: 1 }, { heading: 'By e-mail', level: 2 }, 'privacy@example-widgets.test']);
    });

    it('reads on into the next section when the first line of the contact details was taken for a heading', () => {
      isCovered('contact', [INTRO, { heading: 'Contact' }, { heading: 'EXAMPLE WIDGETS LTD' }, 'Unit 4, Riverside Park, London SW1A 1AA']);
      // ...but never into a section named for another topic.
      notCovered('contact', [INTRO, { heading: 'Contact' }, { heading: 'Data retention' }, 'Old entries of the web form are archived.']);
    });

    it('does not accept a contact heading without any channel', () => {
      const doc = buildDoc([INTRO, { heading: 'Contact us' }, 'We are happy to hear from you.', { heading: 'Cookies' }, 'Cookies are small files; see https://cookies.example.test.']);
      const cov = recognizeTopics(doc, emptyConfig());
      assert.ok(!cov.covered.has('contact'));
      assert.deepEqual(incompleteSections(doc, TOPICS.find((t) => t.id === 'contact')!).map((x) => [x.section.title, x.shortfall]), [['Contact us', 'requirement']]);
    });

    it('accepts a channel anywhere in the body with contact wording', () => {
      isCovered('contact', ['If you have questions about this policy, email us at privacy@example-widgets.test.', { heading: 'What we collect' }, 'Names.']);
      isCovered('contact', [INTRO, { heading: 'Your rights' }, 'Questions? Write to dpo@example-widgets.test.']);
      isCovered('contact', [INTRO, 'To reach us, use the contact form at https://example-widgets.test/contact.']);
    });

    it('does not take contact information collected as data for a contact channel', () => {
      notCovered('contact', [INTRO, { heading: 'What we collect' }, 'Contact Information, including first and last name, email address, phone number and mailing address.']);
      notCovered('contact', [INTRO, { heading: 'Business Contact Information' }, 'Names and job titles of people who work for our customers.']);
      notCovered('contact', [INTRO, 'If you contact us, we keep a record of the conversation.']);
    });

    it('needs a channel, not only an invitation to get in touch', () => {
      notCovered('contact', [INTRO, 'If you have any questions, please contact us.']);
    });

    it('accepts an address block next to contact wording', () => {
      isCovered('contact', [INTRO, { heading: 'Who we are' }, 'Example Widgets Ltd is the controller. You can write to us at our registered address:', 'Example Widgets Ltd, 4 Mill Lane, Exampleton, EX1 2AB']);
    });
  });

  describe('children', () => {
    for (const heading of ["VII. Children's Personal Information", "Children's Privacy", 'Minors', 'Age Restrictions', 'Children’s data']) {
      it(`recognises the heading "${heading}"`, () => isCovered('children', [INTRO, { heading }, 'See below.']));
    }

    it('recognises a minimum-age statement under an unrelated heading and tags that section', () => {
      const cov = coverage([INTRO, { heading: 'Who may use the app?' }, 'If you are under the age of 13, do not use the app.']);
      assert.ok(cov.covered.has('children'));
      assert.deepEqual(cov.sectionTopics[0], ['children']);
      const cov2 = coverage([INTRO, { heading: 'About the app' }, 'You must be at least 16 years old to create an account.']);
      assert.ok(cov2.covered.has('children'));
    });

    for (const sentence of [
      'We do not knowingly collect personal data from children.',
      'The service is not directed to kids.',
      'Parents or guardians can ask us to delete their child’s information.',
      'We comply with COPPA.',
      'Users under 18 need permission from a parent.',
    ]) {
      it(`recognises "${sentence}"`, () => isCovered('children', [INTRO, sentence]));
    }

    it('does not take corporate parents, child companies or time limits for children', () => {
      notCovered('children', [INTRO, { heading: 'Our group' }, 'We share data with our parent company and its child companies.']);
      notCovered('children', [INTRO, 'We answer requests in under 30 days.']);
    });
  });

  describe('transfers', () => {
    for (const heading of ['Transfer of Your Personal Information Outside the EEA', 'International Data Transfers', 'Cross-border processing']) {
      it(`recognises the heading "${heading}"`, () => isCovered('transfers', [INTRO, { heading }, 'Details follow.']));
    }

    it('leaves a section asking where data is located to its sentences (a place covers it, a device does not)', () => {
      notCovered('transfers', [INTRO, { heading: 'Location of Personal Information' }, 'Details follow.']);
      notCovered('transfers', [INTRO, { heading: 'Location of Personal Information' }, 'It stays on your device.']);
      isCovered('transfers', [INTRO, { heading: 'Location of Personal Information' }, 'It is kept in Canada.']);
      isCovered('transfers', [INTRO, { heading: 'Location of Personal Information' }, 'Canada.']);
    });

    for (const heading of ['Business Transfers', 'Sale or Transfer of Our Business', 'Data Portability']) {
      it(`does not take the heading "${heading}" for international transfers`, () => notCovered('transfers', [INTRO, { heading }, 'Details follow.']));
    }

    for (const sentence of [
      'Your data is stored in or accessed from the United States.',
      'Some of our processors are located outside your home country; by using the app you consent to the transfer of your information to them.',
      'We rely on standard contractual clauses approved by the European Commission.',
      'We may transfer your personal data to countries outside the European Economic Area.',
      'Our servers are located in Japan and Singapore.',
    ]) {
      it(`recognises "${sentence}"`, () => isCovered('transfers', [INTRO, { heading: 'Sharing' }, sentence]));
    }

    it('does not take mergers, acquirers or portability for international transfers', () => {
      notCovered('transfers', [INTRO, 'In the event of a merger or sale of assets, your data may be transferred to the acquirer.']);
      notCovered('transfers', [INTRO, 'Customer records may be transferred to an acquirer as one of our business assets.']);
      notCovered('transfers', [INTRO, 'You can export your data and transfer it to another service outside our platform.']);
      notCovered('transfers', [INTRO, 'If you live outside the EEA, some rights described here may not apply to you.']);
      notCovered('transfers', [INTRO, 'We never sell or transfer your information to advertisers.']);
    });
  });

  describe('evidence rules', () => {
    it('never counts table-of-contents entries', () => {
      const cov = coverage([INTRO, { toc: ['I. What we collect', 'II. Data Retention', 'III. International Transfers to the USA'] }, { heading: 'What we collect' }, 'Names and e-mail addresses.']);
      assert.ok(!cov.covered.has('retention'));
      assert.ok(!cov.covered.has('transfers'));
    });

    it('does not count a heading with nothing under it (an unwritten section or a missed TOC entry)', () => {
      const doc = buildDoc([INTRO, { heading: 'Data retention' }, { heading: 'Children', level: 1 }, { heading: 'Age limits', level: 2 }, 'Adults only.']);
      const cov = recognizeTopics(doc, emptyConfig());
      assert.ok(!cov.covered.has('retention'));
      assert.ok(cov.covered.has('children'));
      const retention = TOPICS.find((t) => t.id === 'retention')!;
      assert.deepEqual(incompleteSections(doc, retention).map((x) => [x.section.title, x.shortfall]), [['Data retention', 'empty']]);
    });

    it('reads a title-shaped line of prose that names the topic as a heading for what follows it', () => {
      isCovered('retention', [INTRO, 'Retention', 'We decide case by case.']);
      notCovered('retention', [INTRO, 'We decide case by case.', 'Retention']);
    });

    it('counts the empty sections of an outline or skeleton draft, where the bodies are the known to-do (not contact: it needs a channel)', () => {
      const doc = buildDoc([INTRO, { heading: 'What we collect' }, { heading: 'How we use data' }, { heading: 'How long we keep data' }, { heading: 'Children' }, { heading: 'Contact us' }]);
      const cov = recognizeTopics(doc, emptyConfig());
      assert.ok(cov.covered.has('retention') && cov.covered.has('children'));
      assert.ok(!cov.covered.has('contact'));
    });

    it('never counts code or other excluded spans', () => {
      notCovered('children', [INTRO, { code: 'if (user.age < 13) showNotice("under the age of 13");' }]);
    });

    it('reports the sentence as the span and quote, with the form and the parts that matched', () => {
      const doc = buildDoc([INTRO, { heading: 'Misc' }, 'We delete old invoices. Backups are kept for 35 days. Then they are gone.']);
      const ev = recognizeTopics(doc, emptyConfig()).covered.get('retention')![0];
      assert.equal(doc.text.slice(ev.span.start, ev.span.end), 'Backups are kept for 35 days.');
      assert.equal(ev.quote, 'Backups are kept for 35 days.');
      assert.equal(ev.via, 'statement');
      assert.equal(ev.statement, 'period');
      assert.deepEqual(ev.parts, [{ part: 'ACT', text: 'kept' }, { part: 'PERIOD', text: '35 days' }]);
      assert.equal(ev.section, undefined);
    });

    it('takes a part from the context: the section titled for the topic, a list lead-in, the sentence before', () => {
      const cases: DocPart[][] = [
        [INTRO, { heading: 'Data retention' }, 'Invoices: ten years.'],
        [INTRO, 'We keep your data for these periods:', { listItem: 'Invoices: ten years.' }],
        [INTRO, 'Crash reports are stored on our server. They are erased after 90 days.'],
      ];
      for (const parts of cases) {
        const ev = recognizeTopics(buildDoc(parts), emptyConfig()).covered.get('retention');
        assert.ok(ev, JSON.stringify(parts));
      }
      const fromHeading = recognizeTopics(buildDoc(cases[0]), emptyConfig()).covered.get('retention')!.find((e) => e.via === 'statement')!;
      assert.deepEqual(fromHeading.parts.find((p) => p.part === 'ACT'), { part: 'ACT', text: '(from its context)', fromContext: true });
      // Without the context the same sentence is no statement.
      notCovered('retention', [INTRO, { heading: 'Billing' }, 'Invoices: ten years.']);
    });

    it('does not tag a long section with a topic mentioned in passing', () => {
      const cov = coverage([INTRO, { heading: 'How we share data' }, 'We share data with hosting providers.', 'Some providers are located outside the EEA.', 'We use standard contractual clauses.', 'We do not sell data.']);
      assert.ok(cov.covered.has('transfers'));
      assert.deepEqual(cov.sectionTopics[0], []);
    });
  });

  describe('configuration', () => {
    it('adds plain-text headings and phrases per topic, matched literally and case-insensitively', () => {
      const config = emptyConfig();
      config.extraHeadings.set('retention', ['Record keeping (archives)']);
      config.extraPhrases.set('transfers', ['data leaves Ruritania']);
      assert.ok(covers('retention', [INTRO, { heading: 'RECORD KEEPING (ARCHIVES)' }, 'Text.'], config));
      assert.ok(!covers('retention', [INTRO, { heading: 'Record keeping archives' }, 'Text.'], config));
      assert.ok(covers('transfers', [INTRO, 'Sometimes data   leaves ruritania for processing.'], config));
      assert.ok(!covers('transfers', [INTRO, 'Sometimes data leaves Ruritania.'], emptyConfig()));
    });
  });

  // Growth with size on these inputs is checked by test/robustness/scaling.test.ts; speed by npm run bench.
  it('reads dense trigger words and unclosed brackets in one huge block', function () {
    this.timeout(90000);
    const dense = recognizeTopics(buildDoc(['contact us email transfer outside the EEA retain for as long as children under 13 '.repeat(25000)]), emptyConfig());
    assert.ok(dense.covered.has('children') && dense.covered.has('transfers'));
    for (const text of ['[email '.repeat(200000), 'name [at] host [dot] '.repeat(100000)]) {
      assert.equal(recognizeTopics(buildDoc([text]), emptyConfig()).covered.has('retention'), false);
    }
  });

  it('reads a heading-like block that heads no section as text (a one-line document)', () => {
    const doc = buildDoc(['Questions? Mail privacy@example-widgets.test.']);
    doc.blocks[0] = { ...doc.blocks[0], kind: 'heading' };
    assert.ok(recognizeTopics(doc, emptyConfig()).covered.has('contact'));
  });

  it('recognises nothing in a 5 MB document about unrelated topics', function () {
    this.timeout(90000);
    const unit: DocPart[] = [
      { heading: 'What we collect' },
      'We collect your name, e-mail address and the content of messages you send us, together with device data such as IP address and browser type.',
      { heading: 'Sharing' },
      'We share personal information with service providers who host our systems, send our e-mails and help us analyse usage; they act on our instructions.',
    ];
    const unitLength = unit.reduce((n, p) => n + (typeof p === 'string' ? p.length : 20), 0);
    const parts: DocPart[] = Array.from({ length: Math.ceil(5_000_000 / unitLength) }, () => unit).flat();
    const doc = buildDoc(parts);
    assert.ok(doc.text.length > 4_500_000);
    assert.equal(recognizeTopics(doc, emptyConfig()).covered.size, 0);
  });
});
