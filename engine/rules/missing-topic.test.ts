import assert from 'node:assert/strict';
import { lint } from '../index.ts';
import { documentSpan, missingTopicRule } from './missing-topic.ts';
import { buildDoc } from '../topics/test-doc.ts';
import { recognizeTopics, topicById } from '../topics/index.ts';
import { emptyConfig } from '../config/resolve.ts';
import type { Format } from '../types.ts';

const ids = (text: string, format: Format = 'markdown', config = {}) =>
  lint(text, { format, config }).findings.filter((f) => f.ruleId.startsWith('missing-')).map((f) => f.ruleId).sort();

const ALL = ['missing-children', 'missing-contact', 'missing-retention', 'missing-transfers'];

const COMPLETE = [
  '# Example Widgets privacy policy',
  '',
  'We collect your name and e-mail address to run your account.',
  '',
  '## Keeping your data',
  '',
  'Account data is kept for as long as your account is open, then deleted within 30 days.',
  '',
  '## Kids',
  '',
  'The app is not meant for anyone under 13.',
  '',
  '## Where we process data',
  '',
  'Our hosting provider stores data in Ireland and may access it from the United States.',
  '',
  '## Contact',
  '',
  'E-mail privacy@example-widgets.test.',
  '',
].join('\n');

describe('missing-* rules (factory)', () => {
  it('reports nothing for a policy that covers every topic', () => {
    assert.deepEqual(ids(COMPLETE), []);
  });

  it('reports each missing topic once, on the title line, as a warning with the topic, message, docs URL and insert fix', () => {
    const text = '# Example Widgets privacy policy\n\nWe collect names.\n\n## Sharing\n\nWe share nothing.\n';
    const { findings } = lint(text, { format: 'markdown' });
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), ALL);
    for (const f of findings) {
      assert.equal(f.severity, 'warning');
      assert.deepEqual(f.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 32 } });
      assert.equal(f.topic, f.ruleId.replace('missing-', ''));
      assert.equal(f.message, topicById(f.topic!)!.message);
      assert.match(f.url, new RegExp(`docs/rules/${f.ruleId}\\.md$`));
      assert.equal(f.fix?.kind, 'insert-section');
      assert.equal(f.fix?.kind === 'insert-section' && f.fix.topic, f.topic);
    }
  });

  it('reports on the first non-blank line when there is no title, and at 0 in an empty document', () => {
    assert.deepEqual(documentSpan(buildDoc([])), { start: 0, end: 0 });
    const doc = buildDoc(['   ']);
    assert.deepEqual(documentSpan(doc), { start: 0, end: 0 });
    const text = '\n\n   We collect names.   \nMore.';
    const { findings } = lint(text, { format: 'text' });
    assert.ok(findings.length > 0);
    for (const f of findings.filter((x) => x.ruleId.startsWith('missing-'))) assert.equal(text.slice(f.span.start, f.span.end), 'We collect names.');
    assert.deepEqual(ids('', 'text'), ALL);
  });

  it('stays silent for topics marked not applicable in the config', () => {
    const config = { topics: { children: { applicable: false, reason: 'Business customers only' }, transfers: { applicable: false } } };
    const text = '# Policy\n\nWe collect names.\n';
    assert.deepEqual(ids(text, 'markdown', config), ['missing-contact', 'missing-retention']);
  });

  it('stays silent for topics marked not applicable by an inline comment naming the topic or the rule', () => {
    const text = '# Policy\n\n<!-- policy-linter-not-applicable children, missing-transfers -- adults in one country only -->\n\nWe collect names.\n';
    assert.deepEqual(ids(text), ['missing-contact', 'missing-retention']);
    const html = '<h1>Policy</h1><!-- policy-linter-not-applicable retention --><p>We collect names.</p>';
    assert.deepEqual(ids(html, 'html'), ['missing-children', 'missing-contact', 'missing-transfers']);
  });

  it('can be switched off or made an error per rule', () => {
    const text = '# Policy\n\nWe collect names.\n';
    const { findings } = lint(text, { format: 'markdown', config: { rules: { 'missing-children': 'off', 'missing-contact': 'error' } } });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]).sort(), [['missing-contact', 'error'], ['missing-retention', 'warning'], ['missing-transfers', 'warning']]);
  });

  it('points at a contact section without any channel instead of offering a second contact section', () => {
    const text = '# Policy\n\nWe keep data for a year.\n\n## Contact us\n\nWe would love to hear from you.\n';
    const f = lint(text, { format: 'markdown' }).findings.find((x) => x.ruleId === 'missing-contact')!;
    assert.equal(text.slice(f.span.start, f.span.end), '## Contact us');
    assert.match(f.message, /^The "Contact us" section gives no way to reach the company/);
    assert.equal(f.fix, undefined);
  });

  it('points at an empty section titled for the topic', () => {
    const text = '# Policy\n\n## Data retention\n\n## Contact\n\nprivacy@example-widgets.test\n';
    const f = lint(text, { format: 'markdown' }).findings.find((x) => x.ruleId === 'missing-retention')!;
    assert.equal(text.slice(f.span.start, f.span.end), '## Data retention');
    assert.match(f.message, /^The "Data retention" section is empty: say how long personal data is kept/);
    assert.equal(f.fix, undefined);
  });

  it('builds its metadata from the lexicon', () => {
    const topic = topicById('retention')!;
    const rule = missingTopicRule(topic);
    assert.deepEqual(rule.meta, { id: 'missing-retention', description: topic.description, reports: 'the missing data retention section', defaultSeverity: 'warning', topic: 'retention' });
    const doc = buildDoc([{ heading: 'Data retention' }, 'Logs are kept for 30 days.']);
    assert.deepEqual(rule.check({ doc, coverage: recognizeTopics(doc, emptyConfig()), config: emptyConfig() }), []);
  });
});
