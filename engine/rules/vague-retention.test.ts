import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint } from '../index.ts';
import type { Format } from '../types.ts';

const findings = (text: string, format: Format = 'markdown') => lint(text, { format }).findings;
const vague = (text: string, format: Format = 'markdown') => findings(text, format).filter((f) => f.ruleId === 'vague-retention');

describe('vague-retention', () => {
  it('reports a policy whose only retention statement is vague, at that sentence, as information, and not as missing', () => {
    const text = '# Policy\n\nWe collect names.\n\nWe keep your personal data only for as long as necessary.\n';
    const [f] = vague(text);
    assert.ok(f);
    assert.equal(f.severity, 'info');
    assert.equal(text.slice(f.span.start, f.span.end), 'We keep your personal data only for as long as necessary.');
    assert.match(f.message, /only vaguely \("We keep your personal data only for as long as necessary\."\)/);
    assert.match(f.url, /vague-retention\.md$/);
    assert.ok(!findings(text).some((x) => x.ruleId === 'missing-retention'));
  });

  const vagueOnly: Array<[string, Format, string]> = [
    ['purposes described', 'text', 'Privacy Policy\n\nInformation we request is retained by us and used as described in this privacy policy.\n'],
    ['no longer needed', 'html', '<h1>Privacy</h1><p>Your data is stored securely until it is no longer required.</p>'],
    ['as required by law', 'markdown', '# Policy\n\nWe may retain certain records as required by law.\n'],
    ['a retention heading over a body with no period, trigger or criteria', 'markdown', '# Policy\n\n## Data retention\n\nWe take retention seriously and review it often.\n'],
  ];
  for (const [name, format, text] of vagueOnly) it(`reports ${name}`, () => assert.equal(vague(text, format).length, 1));

  const concrete: Array<[string, Format, string]> = [
    ['a period next to the vague sentence', 'markdown', '# Policy\n\nWe keep data as long as necessary. Server logs are deleted after 30 days.\n'],
    ['a trigger', 'text', 'Privacy Policy\n\nWe keep your profile until you close your account.\n'],
    ['an uninstall trigger', 'markdown', '# Policy\n\nAll notes stay on your phone and are removed when you uninstall the app.\n'],
    ['indefinitely', 'html', '<h1>Privacy</h1><p>Aggregate statistics are kept indefinitely.</p>'],
    ['criteria', 'markdown', '# Policy\n\nThe criteria used to determine our retention periods include legal limitation periods.\n'],
    ['no retention statement at all (missing-retention reports it instead)', 'markdown', '# Policy\n\nWe collect names.\n'],
  ];
  for (const [name, format, text] of concrete) it(`is silent for ${name}`, () => assert.equal(vague(text, format).length, 0));

  it('is silenced by marking retention not applicable or turning the rule off', () => {
    const text = '# Policy\n\n<!-- policy-linter-not-applicable retention -- we keep nothing -->\n\nWe keep data as long as necessary.\n';
    assert.equal(vague(text).length, 0);
    const off = lint('# Policy\n\nWe keep data as long as necessary.\n', { format: 'markdown', config: { rules: { 'vague-retention': 'off' } } });
    assert.ok(!off.findings.some((f) => f.ruleId === 'vague-retention'));
  });

  it('is documented: GDPR Art. 13(2)(a), WP260, and examples that behave as the page says', () => {
    const md = readFileSync(new URL('../../docs/rules/vague-retention.md', import.meta.url), 'utf8');
    assert.ok(md.startsWith('# vague-retention\n'));
    assert.match(md, /Art\. 13\(2\)\(a\)/);
    assert.match(md, /WP260/);
    const example = (label: string) => new RegExp(`${label}:\\n\\n\`\`\`markdown\\n([^]*?)\`\`\``).exec(md)?.[1];
    assert.equal(vague(example('Reported')!).length, 1);
    assert.equal(vague(example('Not reported')!).length, 0);
  });
});
