// Which page the rule links of diagnostics and hovers open (Commands.showRuleDocs): a page shipped in the extension,
// never a path the arguments make up.
import assert from 'node:assert/strict';
import { ruleDocsTarget } from '../../client/src/rule-docs.ts';
import { docsUrl } from '../../engine/docs.ts';

describe('rule documentation command', () => {
  it('opens docs/rules/<rule>.md of the extension, at the heading given, with the published page to fall back on', () => {
    assert.deepEqual(ruleDocsTarget({ rule: 'missing-rights', fragment: 'why-it-matters' }), {
      path: ['docs', 'rules', 'missing-rights.md'],
      fragment: 'why-it-matters',
      published: `${docsUrl('missing-rights')}#why-it-matters`,
    });
    assert.deepEqual(ruleDocsTarget({ rule: 'placeholder' }), { path: ['docs', 'rules', 'placeholder.md'], published: docsUrl('placeholder') });
  });

  it('refuses arguments that are not a rule id, and drops a fragment that is not an anchor', () => {
    for (const args of [undefined, null, 'placeholder', { rule: '../../package.json' }, { rule: 'docs/rules/x' }, { rule: 'Placeholder' }, { rule: '' }, { rule: 'a--b' }, { rule: 7 }, {}]) {
      assert.equal(ruleDocsTarget(args), undefined, JSON.stringify(args));
    }
    assert.equal(ruleDocsTarget({ rule: 'placeholder', fragment: '"><script>' })?.fragment, undefined);
    assert.equal(ruleDocsTarget({ rule: 'placeholder', fragment: 'why-it-matters' })?.fragment, 'why-it-matters');
  });
});
