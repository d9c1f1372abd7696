import assert from 'node:assert/strict';
import { lint } from '../index.ts';
import type { Format } from '../types.ts';

const reported = (text: string, format: Format) => lint(text, { format }).findings.some((f) => f.ruleId === 'missing-transfers');

describe('missing-transfers', () => {
  const valid: Array<[string, Format, string]> = [
    ['a bullet heading about the EEA', 'text', 'Privacy Policy\n\n  • Transfer of Your Personal Information Outside the EEA\n\nDetails follow.\n'],
    ['"International Data Transfers"', 'markdown', '# Policy\n\n## International Data Transfers\n\nWe use safeguards.\n'],
    ['a location section', 'text', 'Privacy Notice\n\nLocation of Personal Information\nYour data is stored in or accessed from the United States.\n'],
    ['a transfer clause inside a sharing section', 'markdown', '# Policy\n\n### With whom do we share data?\n\nSome contractors sit outside your home country; by using the site you consent to the transfer of your information to them.\n'],
    ['safeguards named in HTML', 'html', '<h1>Privacy</h1><p>We rely on the EU-U.S. Data Privacy Framework.</p>'],
  ];
  for (const [name, format, text] of valid) it(`is silent for ${name}`, () => assert.ok(!reported(text, format)));

  const invalid: Array<[string, Format, string]> = [
    ['no transfer statement', 'markdown', '# Policy\n\n## What we collect\n\nNames.\n'],
    ['"Business Transfers"', 'text', 'Privacy Policy\n\nBusiness Transfers\nIf we are acquired, customer data moves to the buyer.\n'],
    ['a merger clause', 'markdown', '# Policy\n\n## Mergers and Other Reorganizations\n\nInformation may be transferred to an acquirer or successor as part of a merger.\n'],
    ['transfers only in the table of contents', 'text', 'PRIVACY NOTICE\n\nI. Scope\nII. PROVISIONS FOR INTERNATIONAL TRANSFERS TO THE USA\n\nI. Scope\nAll apps.\n'],
    ['residents of a region', 'html', '<h1>Privacy</h1><p>If you are located in the EU or the UK, you have extra rights.</p>'],
    ['sending data to the company', 'markdown', '# Policy\n\nWe store the information you send to us.\n'],
  ];
  for (const [name, format, text] of invalid) it(`reports ${name}`, () => assert.ok(reported(text, format)));
});
