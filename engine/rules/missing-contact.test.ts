import assert from 'node:assert/strict';
import { lint } from '../index.ts';
import type { Format } from '../types.ts';

const finding = (text: string, format: Format) => lint(text, { format }).findings.find((f) => f.ruleId === 'missing-contact');

describe('missing-contact', () => {
  const valid: Array<[string, Format, string]> = [
    ['a contact section with an e-mail', 'markdown', '# Policy\n\n## Contact Us\n\nprivacy@example-widgets.test\n'],
    ['a question heading with a form', 'markdown', '# Policy\n\n### How can you contact us?\n\nUse the [contact form](https://example-widgets.test/contact).\n'],
    ['a DPO heading with a postal address', 'text', 'Privacy Notice\n\nData Protection Officer\nExample Widgets Ltd, 7 Quay Street, Exampleton EX4 5PQ\n'],
    ['a phone number', 'html', '<h1>Privacy</h1><h2>Contact</h2><p>Call us on +1 (555) 010-0199.</p>'],
    ['an e-mail in the introduction', 'text', 'Privacy Policy\n\nQuestions about this policy? Write to dpo@example-widgets.test.\n\nWhat We Collect\nNames.\n'],
    ['an obfuscated address', 'html', '<h1>Privacy</h1><h2>Contact</h2><p>Mail <a href="/cdn-cgi/l/email-protection">[email&#160;protected]</a>.</p>'],
    ['a template variable', 'markdown', '# Policy\n\n## Contact\n\nE-mail us at {{ site.privacy_email }}.\n'],
    ['an interpolation slot', 'text', 'Privacy Policy\n\nContact Us\nWrite to %{contact_email} with any question.\n'],
    ['a bracket slot', 'markdown', '# Policy\n\n## Contact\n\nE-mail [EMAIL ADDRESS].\n'],
    ['an issue tracker', 'markdown', '# Policy\n\n## Questions\n\nOpen an issue on our GitHub repository.\n'],
    ['a mailto link in Markdown', 'markdown', '# Policy\n\nIf you have questions, [write to us](mailto:privacy@example-widgets.test).\n'],
    ['a mailto link in HTML', 'html', '<h1>Privacy</h1><p>Questions? <a href="mailto:privacy@example-widgets.test">Send us a message</a>.</p>'],
  ];
  for (const [name, format, text] of valid) it(`is silent for ${name}`, () => assert.equal(finding(text, format), undefined));

  const invalid: Array<[string, Format, string]> = [
    ['no contact at all', 'markdown', '# Policy\n\nWe collect names.\n'],
    ['contact information collected as data', 'text', 'Privacy Policy\n\nWe collect:\n- Contact Information, including first and last name, email address, phone number and mailing address.\n'],
    ['a business contact data category', 'markdown', '# Policy\n\n## Business Contact Information\n\nNames and job titles of our customers’ staff.\n'],
    ['an invitation without a channel', 'html', '<h1>Privacy</h1><p>If you have any questions, please contact us.</p>'],
    ['contact only in the table of contents', 'text', 'PRIVACY POLICY\n\n1. Scope\n2. Contact Us\n\n1. Scope\nThis policy covers the app.\n'],
  ];
  for (const [name, format, text] of invalid) it(`reports ${name}`, () => assert.ok(finding(text, format)));

  it('reports a contact heading without a channel at that heading', () => {
    const text = 'Privacy Policy\n\nContact Us\nWe are always glad to help.\n';
    const f = finding(text, 'text')!;
    assert.equal(text.slice(f.span.start, f.span.end), 'Contact Us');
  });
});
