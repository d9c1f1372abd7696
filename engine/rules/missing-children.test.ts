import assert from 'node:assert/strict';
import { lint } from '../index.ts';
import type { Format } from '../types.ts';

const reported = (text: string, format: Format) => lint(text, { format }).findings.some((f) => f.ruleId === 'missing-children');

describe('missing-children', () => {
  const valid: Array<[string, Format, string]> = [
    ['a numbered heading', 'text', 'PRIVACY NOTICE\n\nI. Scope\nAll apps.\n\nVII. Children’s Personal Information\nSee below.\n'],
    ['"Minors"', 'markdown', '# Policy\n\n## Minors\n\nNot for them.\n'],
    ['"Age Restrictions"', 'html', '<h1>Privacy</h1><h3>Age Restrictions</h3><p>Adults only.</p>'],
    ['a minimum age under an unrelated question heading', 'markdown', '# Policy\n\n### Who should use this website?\n\nIf you are under the age of 13, please do not use it.\n'],
    ['a knowingly-collect statement', 'text', 'Privacy Policy\n\nWe do not knowingly collect personal data from children.\n'],
    ['an age requirement', 'markdown', '# Policy\n\nYou must be 18 or older to open an account.\n'],
  ];
  for (const [name, format, text] of valid) it(`is silent for ${name}`, () => assert.ok(!reported(text, format)));

  const invalid: Array<[string, Format, string]> = [
    ['no children statement', 'markdown', '# Policy\n\n## What we collect\n\nNames.\n'],
    ['a parent company', 'text', 'Privacy Policy\n\nWe share data with our parent company and its child companies.\n'],
    ['response times', 'html', '<h1>Privacy</h1><p>We answer requests in under 30 days.</p>'],
    ['children only in the table of contents', 'markdown', '# Policy\n\n- [Scope](#scope)\n- [Children’s privacy](#children)\n\n## Scope\n\nAll apps.\n'],
    ['content moderation wording', 'markdown', '# Policy\n\nWe scan uploads for child sexual abuse material. We may use your date of birth to work out your age group.\n'],
  ];
  for (const [name, format, text] of invalid) it(`reports ${name}`, () => assert.ok(reported(text, format)));
});
