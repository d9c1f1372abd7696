import assert from 'node:assert/strict';
import { lint } from '../index.ts';
import type { Format } from '../types.ts';

const reported = (text: string, format: Format) => lint(text, { format }).findings.some((f) => f.ruleId === 'missing-retention');

describe('missing-retention', () => {
  const valid: Array<[string, Format, string]> = [
    ['Markdown heading', 'markdown', '# Policy\n\n## How long we keep your data\n\nUntil you ask us to delete it.\n'],
    ['setext heading', 'markdown', 'Policy\n======\n\nData Retention\n--------------\n\nSee our schedule.\n'],
    ['Roman-numbered plain text', 'text', 'PRIVACY NOTICE\n\nI. What We Collect\nNames.\n\nII. Retention of Personal Information\nWe hold it only while needed.\n'],
    ['bullet heading', 'text', 'Privacy Policy\n\n  • How Long We Retain Information\n\nWe decide case by case.\n'],
    ['HTML heading', 'html', '<h1>Privacy</h1><h2>Storage period</h2><p>Varies.</p>'],
    ['a period in a sentence, no heading', 'text', 'Privacy Policy\n\nWe collect your e-mail address. Server logs are erased after 14 days.\n'],
    ['criteria', 'markdown', '# Policy\n\nThe criteria used to determine how long we keep data include legal duties and the length of our relationship with you.\n'],
    ['account lifetime', 'html', '<h1>Privacy</h1><p>We retain your profile for as long as your account is active.</p>'],
  ];
  for (const [name, format, text] of valid) it(`is silent for ${name}`, () => assert.ok(!reported(text, format)));

  const invalid: Array<[string, Format, string]> = [
    ['no retention statement at all', 'markdown', '# Policy\n\n## What we collect\n\nNames and e-mail addresses.\n'],
    ['retention only in the table of contents', 'text', 'PRIVACY POLICY\n\n1. What We Collect\n2. Data Retention\n3. Contact\n\n1. What We Collect\nNames.\n\n3. Contact\nWrite to privacy@example-widgets.test.\n'],
    ['security measures for retained data', 'markdown', '# Policy\n\n## Measures to protect retained personal data\n\nEncryption and access control.\n'],
    ['a refusal to store card numbers', 'html', '<h1>Privacy</h1><p>We never store your credit card number; the payment provider processes it until the charge completes.</p>'],
    ['cookie lifetimes', 'markdown', '# Policy\n\nPersistent cookies remain on your device for a set period of time.\n'],
    ['records without a period', 'text', 'Privacy Policy\n\nWe keep records of your purchases and support requests.\n'],
  ];
  for (const [name, format, text] of invalid) it(`reports ${name}`, () => assert.ok(reported(text, format)));
});
