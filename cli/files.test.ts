import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expandTargets, globToRegExp, walk } from './files.ts';
import { decodeText, MAX_FILE_BYTES } from './read.ts';
import { TempDir } from './test-helpers.ts';

describe('globToRegExp', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['*.md', ['a.md', '.md'], ['a/b.md', 'a.mdx', 'a.txt']],
    ['**/*.md', ['a.md', 'x/a.md', 'x/y/z/a.md'], ['a.txt', 'x/a.md/b']],
    ['docs/**', ['docs/a', 'docs/x/y.md'], ['doc/a', 'other/docs/a']],
    ['a/**/b.md', ['a/b.md', 'a/x/b.md', 'a/x/y/b.md'], ['a/xb.md', 'b.md']],
    ['?.txt', ['a.txt'], ['ab.txt', '/.txt']],
    ['[ab]*.md', ['a1.md', 'b.md'], ['c.md']],
    ['[!ab]*.md', ['c.md'], ['a.md']],
    ['*.{md,html}', ['x.md', 'x.html'], ['x.txt', 'x.{md,html}']],
    ['policy (v1).md', ['policy (v1).md'], ['policy v1.md']],
    ['a+b.md', ['a+b.md'], ['aab.md']],
    ['{a,b{c,d}}.md', ['a.md', 'bc.md', 'bd.md'], ['b.md']],
  ];
  for (const [glob, yes, no] of cases) {
    it(glob, () => {
      const re = globToRegExp(glob);
      for (const p of yes) assert.ok(re.test(p), `${glob} should match ${p}`);
      for (const p of no) assert.ok(!re.test(p), `${glob} should not match ${p}`);
    });
  }
});

describe('walk and expandTargets', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());

  it('does not follow links to folders (no cycles) but keeps links to files', () => {
    dir.write('a/privacy.md', '# Privacy Policy\n');
    symlinkSync(join(dir.root, 'a'), join(dir.root, 'a', 'loop'));
    symlinkSync(join(dir.root, 'a', 'privacy.md'), join(dir.root, 'a', 'link-privacy.md'));
    symlinkSync(join(dir.root, 'nowhere'), join(dir.root, 'a', 'dangling.md'));
    assert.deepEqual([...walk(join(dir.root, 'a'), { hidden: false })], ['link-privacy.md', 'privacy.md']);
  });

  it('reports a nonexistent path and a folder without policies; dedupes overlapping targets', () => {
    dir.write('docs/privacy.md', '# Privacy Policy\n');
    const { files, errors } = expandTargets(['docs', 'docs/privacy.md', 'missing.md'], { cwd: dir.root });
    assert.deepEqual(files.map((f) => f.path), [join('docs', 'privacy.md')]);
    assert.deepEqual(errors, ['cannot read missing.md: ENOENT (no such file or directory)']);
    assert.deepEqual(expandTargets(['/dev/null'], { cwd: dir.root }).errors, ['cannot read /dev/null: not a file or directory']);
  });
});

describe('decodeText', () => {
  const text = (r: ReturnType<typeof decodeText>) => ('text' in r ? r.text : `ERROR ${r.error}`);
  it('drops a UTF-8 BOM and decodes UTF-16 LE and BE with a BOM', () => {
    assert.equal(text(decodeText(Buffer.from('\uFEFFPrivacy'))), 'Privacy');
    assert.equal(text(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Privé \u{1F512}', 'utf16le')]))), 'Privé \u{1F512}');
    const be = Buffer.from('Privé', 'utf16le').swap16();
    assert.equal(text(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))), 'Privé');
  });

  it('rejects NUL bytes and mostly-invalid UTF-8, tolerates a few bad bytes', () => {
    assert.equal(text(decodeText(Buffer.from('abc\0def'))), 'ERROR is a binary file (it contains NUL bytes)');
    assert.equal(text(decodeText(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x41]))), 'ERROR is not UTF-8 text (binary, or another encoding)');
    const few = decodeText(Buffer.concat([Buffer.from('a'.repeat(200)), Buffer.from([0xff])]));
    assert.deepEqual(few, { text: 'a'.repeat(200) + '\uFFFD', invalid: 1 });
    assert.deepEqual(decodeText(Buffer.from('')), { text: '', invalid: 0 });
  });

  it('rejects more than 20 MB', () => {
    assert.equal(text(decodeText(new Uint8Array(MAX_FILE_BYTES + 1))), 'ERROR is larger than 20 MB');
  });
});
