import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings, withoutUserPatterns } from './settings.ts';
import { formatOf, matchesInclude } from './selection.ts';

describe('server settings', () => {
  it('takes defaults for missing keys and reports each key of the wrong type once', () => {
    assert.deepEqual(readSettings(undefined), { settings: { ...DEFAULT_SETTINGS, config: {} }, problems: [] });
    const r = readSettings({ enable: 'yes', include: ['**/*.md', ''], debounce: 1e9, detectByContent: false, rules: [], topics: { children: { applicable: false } } });
    assert.equal(r.settings.enable, true);
    assert.deepEqual(r.settings.include, DEFAULT_SETTINGS.include);
    assert.equal(r.settings.debounce, 250);
    assert.equal(r.settings.detectByContent, false);
    assert.deepEqual(r.settings.config, { topics: { children: { applicable: false } } });
    assert.deepEqual(
      r.problems.map((p) => /policyLinter\.(\w+)/.exec(p)![1]),
      ['enable', 'include', 'debounce', 'rules'],
    );
    assert.equal(readSettings('nope').problems.length, 1);
  });

  it('safe mode drops user patterns and keeps everything else', () => {
    const config = { rules: { placeholder: 'off' as const }, placeholders: { patterns: ['a+'], allow: ['[X]'] } };
    assert.deepEqual(withoutUserPatterns(config), { config: { rules: { placeholder: 'off' }, placeholders: { allow: ['[X]'] } }, dropped: true });
    assert.deepEqual(withoutUserPatterns({ rules: {} }), { config: { rules: {} }, dropped: false });
  });
});

describe('server document selection', () => {
  const include = DEFAULT_SETTINGS.include;
  it('matches the default globs case-insensitively anywhere in the workspace', () => {
    for (const uri of ['file:///w/PRIVACY.md', 'file:///w/docs/Privacy-Policy.txt', 'file:///w/legal/cookie-notice.html', 'file:///elsewhere/privacy.md'])
      assert.equal(matchesInclude(uri, include, ['file:///w']), true, uri);
    for (const uri of ['file:///w/README.md', 'file:///w/privacy/README.md', 'untitled:Untitled-1'])
      assert.equal(matchesInclude(uri, include, ['file:///w']), false, uri);
  });

  it('matches globs with folders relative to the workspace folder', () => {
    assert.equal(matchesInclude('file:///w/legal/terms.md', ['legal/*.MD'], ['file:///w']), true);
    assert.equal(matchesInclude('file:///w/other/legal/terms.md', ['legal/*.md'], ['file:///w']), false);
    assert.equal(matchesInclude('file:///w/a.md', ['[invalid'], ['file:///w']), false);
  });

  it('takes the format from the language id, else from the file name', () => {
    assert.equal(formatOf('markdown', 'file:///a/privacy.txt'), 'markdown');
    assert.equal(formatOf('plaintext', 'file:///a/privacy.md'), 'text');
    assert.equal(formatOf('html', 'untitled:Untitled-1'), 'html');
    assert.equal(formatOf('jinja', 'file:///a/privacy.html'), 'html');
  });
});
