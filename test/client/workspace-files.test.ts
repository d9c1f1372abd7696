import assert from 'node:assert/strict';
import { minimatch } from 'minimatch';
import { candidateGlobs, GitignoreFilter } from '../../client/src/workspace-files.ts';

describe('client: Lint Workspace file selection', () => {
  it('searches every lintable extension and the include globs, anywhere below the folder when they have no slash', () => {
    const globs = candidateGlobs(['PRIVACY*', 'legal/*.tpl', './site/notice.liquid', ' ']);
    assert.deepEqual(globs, ['**/*.{md,markdown,txt,html,htm}', '**/PRIVACY*', 'legal/*.tpl', 'site/notice.liquid']);
    const matches = (path: string) => globs.some((g) => minimatch(path, g));
    for (const path of ['privacy.md', 'docs/a/b.markdown', 'x.txt', 'site/p.html', 'p.htm', 'deep/PRIVACY', 'legal/policy.tpl']) assert.ok(matches(path), path);
    for (const path of ['notes.rst', 'x/legal/policy.tpl', 'image.png']) assert.ok(!matches(path), path);
  });

  it('applies each .gitignore below its own folder, deeper files after their parents', () => {
    const filter = new GitignoreFilter([
      { dir: 'docs', text: '!keep.md\ndrafts/\n' },
      { dir: '', text: '# build output\nbuild/\n*.html\n/root-only.md\nkeep.md\n' },
    ]);
    const ignored = (path: string) => filter.ignores(path);
    assert.ok(ignored('build/privacy.md'));
    assert.ok(ignored('site/nested/build/privacy.md'));
    assert.ok(ignored('site/privacy.html'));
    assert.ok(ignored('root-only.md'));
    assert.ok(!ignored('site/root-only.md'));
    assert.ok(ignored('keep.md'));
    assert.ok(!ignored('docs/keep.md'), 'a deeper .gitignore re-includes');
    assert.ok(ignored('docs/drafts/privacy.md'));
    assert.ok(!ignored('drafts/privacy.md'), 'docs/.gitignore applies only below docs/');
    assert.ok(!ignored('privacy.md'));
    assert.ok(!new GitignoreFilter([]).ignores('build/privacy.md'));
  });
});
