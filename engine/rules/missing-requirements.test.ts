// The missing-<family> rules of the jurisdiction profiles: what is reported, how strongly, once, and what silences it.
import assert from 'node:assert/strict';
import { lint } from '../index.ts';
import type { PolicyLinterConfig } from '../types.ts';

const POLICY = [
  '# Privacy policy of Example Widgets',
  '',
  'Example Widgets Ltd runs this app. Write to privacy@example-widgets.test with any question.',
  '',
  '## What we use data for',
  '',
  'We use your e-mail address to run your account and to send you receipts.',
  '',
].join('\n');

const run = (text: string, config: PolicyLinterConfig) => lint(text, { format: 'markdown', config });
const finding = (text: string, config: PolicyLinterConfig, topic: string) => run(text, config).findings.filter((f) => f.topic === topic);

describe('missing-<family> rules (profiles)', () => {
  it('reports nothing of a profile that is not active: the default is the core topics only', () => {
    const { findings, requirements } = run(POLICY, {});
    assert.deepEqual(requirements.map((r) => r.id), ['retention', 'contact', 'children', 'transfers']);
    assert.ok(findings.every((f) => ['missing-retention', 'missing-contact', 'missing-children', 'missing-transfers', 'placeholder'].includes(f.ruleId)), findings.map((f) => f.ruleId).join());
  });

  it('reports a must as a warning, a conditional requirement one step milder with "say whether it applies", guidance two', () => {
    const [basis] = finding(POLICY, { profiles: ['gdpr'] }, 'gdpr/legal-basis');
    assert.equal(basis.ruleId, 'missing-purposes');
    assert.equal(basis.severity, 'warning');
    const [adm] = finding(POLICY, { profiles: ['gdpr'] }, 'automated-decisions');
    assert.equal(adm.severity, 'info');
    assert.match(adm.message, /Art\. 22/);
    const [california] = finding(POLICY, { profiles: ['ccpa'] }, 'ccpa/california-rights');
    assert.equal(california.severity, 'hint');
    // The rule's severity setting moves all three.
    const raised = run(POLICY, { profiles: ['gdpr'], rules: { 'missing-automated-decisions': 'error', 'missing-purposes': 'error' } }).findings;
    assert.equal(raised.find((f) => f.topic === 'automated-decisions')!.severity, 'warning');
    assert.equal(raised.find((f) => f.topic === 'gdpr/legal-basis')!.severity, 'error');
  });

  it('a conditional requirement counts as stated when the policy says the practice does not happen', () => {
    const text = `${POLICY}\nWe do not make decisions about you by automated means alone, and we do not profile you.\n`;
    assert.deepEqual(finding(text, { profiles: ['gdpr'] }, 'automated-decisions'), []);
    assert.equal(run(text, { profiles: ['gdpr'] }).requirements.find((r) => r.id === 'automated-decisions')!.state, 'covered');
    const noSale = `${POLICY}\nWe never sell or share your personal information.\n`;
    const sale = run(noSale, { profiles: ['ccpa'] }).requirements.find((r) => r.id === 'ccpa/sale-sharing')!;
    assert.equal(sale.state, 'covered');
    assert.ok(sale.evidence.some((e) => e.denies));
  });

  it('takes the strongest status of the active profiles: a DPO is conditional under GDPR and a must under LGPD', () => {
    assert.equal(finding(POLICY, { profiles: ['gdpr'] }, 'dpo-contact')[0].severity, 'info');
    assert.equal(finding(POLICY, { profiles: ['gdpr', 'lgpd'] }, 'dpo-contact')[0].severity, 'warning');
  });

  it('reports a requirement several profiles ask for once, citing each of them', () => {
    const found = finding(POLICY, { profiles: ['gdpr', 'ccpa', 'lgpd'] }, 'right-erasure');
    assert.equal(found.length, 1);
    for (const cite of [/GDPR Art\. 13\(2\)\(b\), Art\. 17/, /CCPA\/CPRA Civ\. Code 1798\.105/, /LGPD /]) assert.match(found[0].message, cite);
    assert.doesNotMatch(finding(POLICY, { profiles: ['gdpr'] }, 'right-erasure')[0].message, /CCPA/);
  });

  it('is silenced per requirement by the config or an inline comment, by its id, an alias or its rule, with the reason kept', () => {
    const state = (text: string, config: PolicyLinterConfig, id: string) => run(text, config).requirements.find((r) => r.id === id)!;
    const byAlias = state(POLICY, { profiles: ['ccpa'], topics: { 'ccpa/right-to-delete': { applicable: false, reason: 'we keep no data' } } }, 'right-erasure');
    assert.deepEqual([byAlias.state, byAlias.notApplicable], ['not-applicable', { reason: 'we keep no data', by: 'config' }]);
    const inline = `${POLICY}\n<!-- policy-linter-not-applicable gdpr/right-object -- nothing is processed on legitimate interests -->\n`;
    const comment = inline.split('\n').length - 2;
    const width = inline.split('\n')[comment].length;
    assert.deepEqual(state(inline, { profiles: ['gdpr'] }, 'gdpr/right-object').notApplicable, {
      reason: 'nothing is processed on legitimate interests',
      by: 'comment',
      range: { start: { line: comment, character: 0 }, end: { line: comment, character: width } },
    });
    assert.deepEqual(finding(inline, { profiles: ['gdpr'] }, 'gdpr/right-object'), []);
    // Only that requirement: the rest of its family is still reported.
    assert.equal(finding(inline, { profiles: ['gdpr'] }, 'gdpr/right-restriction').length, 1);
    const family = `${POLICY}\n<!-- policy-linter-not-applicable missing-rights -- an internal tool with no personal data -->\n`;
    assert.deepEqual(run(family, { profiles: ['gdpr'] }).findings.filter((f) => f.ruleId === 'missing-rights'), []);
  });

  it('does not apply legitimate interests to a policy that never relies on them', () => {
    const li = (text: string) => run(text, { profiles: ['gdpr'] }).requirements.find((r) => r.id === 'gdpr/legitimate-interests')!;
    assert.equal(li(POLICY).state, 'not-applicable');
    assert.equal(li(POLICY).notApplicable!.by, 'document');
    const relies = `${POLICY}\nWe analyse how the app is used on the basis of our legitimate interests.\n`;
    assert.equal(li(relies).state, 'missing');
    assert.equal(li(`${relies}\nOur legitimate interest is to find and fix faults in the app.\n`).state, 'covered');
  });

  it('offers the requirement\'s section as a fix, and points at a section titled for it that says nothing', () => {
    const [basis] = finding(POLICY, { profiles: ['gdpr'] }, 'gdpr/legal-basis');
    assert.equal(basis.fix?.kind, 'insert-section');
    const empty = `${POLICY}\n## Legal basis for processing\n\n## Cookies\n\nOne cookie keeps you signed in.\n`;
    const [short] = finding(empty, { profiles: ['gdpr'] }, 'gdpr/legal-basis');
    assert.equal(empty.slice(short.span.start, short.span.end), '## Legal basis for processing');
    assert.match(short.message, /section is empty/);
  });
});
