import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings, withoutUserPatterns } from './settings.ts';
import { formatOf, includeMatchers, matchesInclude, MAX_INCLUDE_PATTERNS } from './selection.ts';

describe('server settings', () => {
  it('takes defaults for missing keys and reports each key of the wrong type once', () => {
    assert.deepEqual(readSettings(undefined), { settings: { ...DEFAULT_SETTINGS, config: {} }, problems: [] });
    const r = readSettings({ enable: 'yes', include: ['**/*.md', ''], run: 'onChange', debounce: 1e9, detectByContent: false, rules: [], topics: { children: { applicable: false } } });
    assert.equal(r.settings.run, 'onType');
    assert.equal(readSettings({ run: 'onSave' }).settings.run, 'onSave');
    assert.equal(r.settings.enable, true);
    assert.deepEqual(r.settings.include, DEFAULT_SETTINGS.include);
    assert.equal(r.settings.debounce, 250);
    assert.equal(r.settings.detectByContent, false);
    assert.deepEqual(r.settings.config, { topics: { children: { applicable: false } } });
    assert.deepEqual(
      r.problems.map((p) => /policyLinter\.(\w+)/.exec(p)![1]),
      ['enable', 'include', 'run', 'debounce', 'rules'],
    );
    assert.equal(readSettings('nope').problems.length, 1);
  });

  it('passes docsUrl to the engine with the other config keys, for it to validate', () => {
    assert.deepEqual(readSettings({ docsUrl: 'https://intranet.example/rules' }).settings.config, { docsUrl: 'https://intranet.example/rules' });
    assert.deepEqual(readSettings({ docsUrl: 3 }).settings.config, { docsUrl: 3 });
    assert.deepEqual(readSettings({ docsUrl: null }).settings.config, {});
  });

  it('refuses include globs whose braces expand too far, keeping the others (each is compiled once)', () => {
    // '{a,b}' x 40 expands to 2^40 globs: minimatch stopped at 100,000 and the server spent seconds on every lint.
    const explosive = '{a,b}'.repeat(40) + '*privacy*';
    const r = readSettings({ include: [explosive, 'legal/*.md', '{x,y}{1,2}/*policy*'] });
    assert.deepEqual(r.settings.include, ['legal/*.md', '{x,y}{1,2}/*policy*']);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], new RegExp(`"policyLinter\\.include" pattern "\\{a,b\\}.*" expands to more than ${MAX_INCLUDE_PATTERNS} patterns`));
    // In all, not only each: many globs that expand a little are bounded too.
    const many = Array.from({ length: 40 }, (_, i) => `{a,b,c,d,e,f,g,h}${i}*`);
    const m = readSettings({ include: many });
    assert.equal(m.settings.include.length, MAX_INCLUDE_PATTERNS / 8);
    assert.equal(m.problems.length, many.length - MAX_INCLUDE_PATTERNS / 8);
    const include = r.settings.include;
    assert.equal(includeMatchers(include), includeMatchers([...include]), 'compiled once per distinct list');
  });

  it('safe mode: include globs from the settings are not used, and that is said once', () => {
    const untrusted = readSettings({ include: ['**/*.md'] }, { trusted: false });
    assert.deepEqual(untrusted.settings.include, DEFAULT_SETTINGS.include);
    assert.deepEqual(untrusted.problems, ['Setting "policyLinter.include" was ignored: the workspace is not trusted, so the default patterns apply (safe mode).']);
    // VS Code sends the default for an unset setting: nothing to say then.
    assert.deepEqual(readSettings({ include: [...DEFAULT_SETTINGS.include] }, { trusted: false }).problems, []);
    assert.deepEqual(readSettings({ include: ['**/*.md'] }, { trusted: true }).settings.include, ['**/*.md']);
  });

  it('passes policyLinter.profiles to the engine, which validates them as it does the config file\'s', () => {
    assert.deepEqual(readSettings({ profiles: ['gdpr', 'ccpa'] }).settings.config, { profiles: ['gdpr', 'ccpa'] });
    assert.deepEqual(readSettings({ profiles: null }).settings.config, {});
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
