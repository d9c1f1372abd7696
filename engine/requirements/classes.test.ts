// Classes of statement for the GDPR profile that failed on policies nobody here had read, each in several phrasings of
// our own, decided by docs/labelling.md: who is responsible, named only in an imprint, a footer or an "operated by"
// line; and whether people must provide their data, said in other words than "statutory or contractual requirement".
import assert from 'node:assert/strict';
import { lint } from '../index.ts';

type Case = [covered: boolean, text: string];

const CLASSES: Record<string, { id: string; cases: Case[] }> = {
  'controller identity in an imprint, a footer or an operated-by line': {
    id: 'controller-identity',
    cases: [
      [true, '## Imprint\n\nNorthwind Tools GmbH\nLindenweg 5\n10115 Berlin'],
      [true, '---\n\n© 2025 Jane Doe. All rights reserved.'],
      [true, 'This site is run by Jane Doe, a freelance illustrator in Leeds.'],
      [true, 'Northwind is a side project of Jane Doe.'],
      [true, 'This website belongs to Jane Doe.'],
      [true, 'Site owner: Jane Doe'],
      [true, "Hi, I'm Jane Doe and I build Northwind in my spare time."],
      [true, '## Impressum\n\nAngaben gemäß § 5 TMG: Max Mustermann, Lindenweg 5, 10115 Berlin'],
      [true, 'Verantwortlich für die Datenverarbeitung: Max Mustermann'],
      [true, 'Northwind is published by Northwind Tools Ltd, registered in England under number 01234567.'],
      [true, 'Northwind Tools Ltd (company no. 01234567) is the controller of your data.'],
      [true, 'Developed with care by Jane Doe in Lisbon.'],
      [true, 'Northwind is a product of Northwind Labs.'],
      [true, 'Contact the developer, Jane Doe, at jane@northwind.test.'],
      [true, 'Responsible for this website: Jane Doe'],
      [false, 'We care about your privacy and handle your data with care.'],
      [false, 'Northwind respects your privacy.'],
      [false, 'Our team builds Northwind with love.'],
    ],
  },
  'whether people must provide their data, in other words': {
    id: 'obligation-to-provide',
    cases: [
      [true, "You don't have to give us your email address, but without it we can't send you receipts."],
      [true, 'Providing your phone number is optional.'],
      [true, 'Fields marked with an asterisk are required to create an account.'],
      [true, 'An email address is required to use the service.'],
      [true, 'You are not obliged to provide any personal data; some features will not work without it.'],
      [true, 'Optional fields: display name and avatar.'],
      [true, 'If you choose not to give us this information, you cannot use the app.'],
      [true, 'You need an account to sync your notes, and an account needs an email address.'],
      [true, 'You can use the app without signing in.'],
      [true, 'Sharing your location is up to you; the map still works without it.'],
      [true, 'Creating an account is optional; you can browse without one.'],
      [true, 'All fields except your name are mandatory.'],
      [true, 'We cannot process your order without your delivery address.'],
      [false, 'We may ask you to provide information about yourself.'],
      [false, 'We collect your name and email address when you register.'],
      [false, 'Please provide accurate information.'],
    ],
  },
};

describe('requirements: classes of statement (GDPR profile)', () => {
  for (const [name, { id, cases }] of Object.entries(CLASSES)) {
    describe(name, () => {
      for (const [expected, text] of cases) {
        it(`${expected ? 'covered' : 'not covered'}: ${text.replace(/\n/g, ' / ')}`, () => {
          const doc = `# Privacy Policy\n\nThis policy describes how we handle information in the Northwind app.\n\n${text}\n`;
          const state = lint(doc, { format: 'markdown', config: { profiles: ['gdpr'] } }).requirements?.find((r) => r.id === id)?.state;
          assert.ok(state, `no ${id} in the gdpr profile`);
          assert.equal(state !== 'missing', expected, `${id}: ${state}`);
        });
      }
    });
  }
});
