// The extension as the Marketplace and VS Code show it: the manifest's gallery fields, the icon, and the VSIX that
// `npm run package` writes (its vsce step, on the bundles already built), which must hold the icon, every rule page,
// the README's screenshots and the pages it links to, and make vsce warn about nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempDir } from '../../cli/test-helpers.ts';
import { ROOT } from '../protocol/lsp-client.ts';
import { vsixEntries } from '../e2e/vsix.ts';
import { RULES } from '../../engine/rules/index.ts';
import { REPOSITORY_URL } from '../../engine/docs.ts';
import { isPackaged, markdownLinks } from './markdown.ts';
import pkg from '../../package.json' with { type: 'json' };

/** Width and height of a PNG file (its IHDR chunk). */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${path} is not a PNG file`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('the extension package', function () {
  this.timeout(120000);

  it('has the Marketplace fields: icon, banner, categories, keywords, repository, bugs, homepage, licence', () => {
    assert.ok(isPackaged(pkg.icon) && existsSync(join(ROOT, pkg.icon)), pkg.icon);
    const { width, height } = pngSize(join(ROOT, pkg.icon));
    assert.ok(width === height && width >= 128, `the icon is ${width}×${height}`);
    assert.ok(existsSync(join(ROOT, pkg.icon.replace(/\.png$/, '.svg'))), 'the icon\'s source is committed beside it');
    assert.match(pkg.galleryBanner.color, /^#[0-9A-Fa-f]{6}$/);
    assert.ok(['dark', 'light'].includes(pkg.galleryBanner.theme));
    assert.ok(pkg.categories.includes('Linters'));
    const keywords = pkg.keywords.map((k) => k.toLowerCase());
    for (const k of ['privacy', 'gdpr', 'compliance', 'legal', 'linter']) assert.ok(keywords.includes(k), k);
    assert.ok(pkg.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
    assert.equal(pkg.repository.url, REPOSITORY_URL);
    assert.equal(pkg.homepage, `${REPOSITORY_URL}#readme`);
    assert.equal(pkg.bugs.url, `${REPOSITORY_URL}/issues`);
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n/);
  });

  it('is packaged by vsce with the icon, every rule page, the README\'s images and pages, and no warning', () => {
    const vsce = pkg.scripts.package.split('&&').map((s) => s.trim()).find((s) => s.startsWith('vsce package'));
    assert.ok(vsce, 'npm run package runs vsce package');
    assert.ok(existsSync(join(ROOT, pkg.main)) && existsSync(join(ROOT, pkg.browser)), 'build the bundles first (node esbuild.mjs)');
    const dir = new TempDir();
    try {
      const out = join(dir.root, 'policy-linter.vsix');
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), ...vsce.split(/\s+/).slice(1), '-o', out], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr + r.stdout);
      assert.doesNotMatch(r.stdout + r.stderr, /WARN/i);
      const names = new Set(vsixEntries(out).map((e) => e.name.toLowerCase()));
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      const local = markdownLinks(readme).map((l) => l.url.split('#')[0]).filter((u) => u && !/^[a-z][a-z0-9+.-]*:/i.test(u));
      const expected = [pkg.icon, ...RULES.map((rule) => `docs/rules/${rule.meta.id}.md`), ...local, 'readme.md', 'changelog.md', 'license.txt', 'schemas/policy-linter.schema.json'];
      assert.deepEqual(expected.filter((f) => !names.has(`extension/${f.toLowerCase()}`)), []);
      assert.deepEqual([...names].filter((n) => /node_modules\/|\.ts$|\.map$|^extension\/(test|engine|server|client|bench|corpus)\//.test(n)), []);
    } finally {
      dir.remove();
    }
  });
});
