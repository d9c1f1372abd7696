import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDocumentFileName, isPolicyDocument } from './detect.ts';

describe('isDocumentFileName', () => {
  it('takes documents and page templates by their extension, and names without one', () => {
    for (const name of ['privacy.md', 'legal/Privacy.HTML', 'notice.txt', 'privacy.hbs', 'site/privacy.html.erb', 'privacy.blade.php', 'PRIVACY', 'docs/policy']) assert.equal(isDocumentFileName(name), true, name);
  });
  it('refuses configuration, code, images and dotfiles that an include glob such as "*policy*" also matches', () => {
    for (const name of ['.policy-linter.json', 'app/.policy-linter.json', 'src/policy.ts', 'policy.json', 'privacy-policy.png', 'policy.pdf', '.privacy']) assert.equal(isDocumentFileName(name), false, name);
  });
});

describe('isPolicyDocument', () => {
  it('accepts files named for privacy whatever they contain', () => {
    for (const name of ['PRIVACY.md', 'privacy-policy.txt', 'docs/Privacy_Notice.html', 'datenschutz.md', 'data-protection.md', 'gdpr.txt', 'C:\\site\\privacy.htm']) {
      assert.equal(isPolicyDocument(name, 'Draft.'), true, name);
    }
  });

  it('accepts a title naming a privacy policy, notice or statement near the top', () => {
    const titled = [
      '# Acme Privacy Policy\n\nWe collect...',
      'Privacy Notice\n==============\n',
      'ACME LTD\nPRIVACY STATEMENT\n\n1. Who we are',
      '<h1>Data Protection Notice</h1>',
      '---\ntitle: x\n---\n\n## 1. Privacy and Cookie Policy\n',
      '**Website Privacy Policy**\n',
      '# Datenschutzerklärung\n',
      '\n'.repeat(30) + 'Personal Information Protection Policy\n',
    ];
    for (const text of titled) assert.equal(isPolicyDocument('doc.md', text), true, text);
  });

  it('accepts an untitled policy that opens with "This Privacy Notice describes..."', () => {
    assert.equal(isPolicyDocument('terms.txt', 'Effective 1 May.\nThis Privacy Notice (the "Notice") describes how Acme handles data.'), true);
  });

  it('rejects other documents, including ones that mention or link to a privacy policy', () => {
    const others: Array<[string, string]> = [
      ['README.md', '# Policy Linter\n\nLints privacy policy drafts. See our [Privacy Policy](privacy.md).\n'],
      ['README.md', '# Site\n\n- [Privacy Policy](https://example.org/privacy)\n- Terms\n'],
      ['NOTICE', 'Apache Commons\nCopyright 2001 The Apache Software Foundation\n'],
      ['notice.txt', 'This product includes software developed at ...\n'],
      ['cookie-policy.md', '# Cookie Policy\n\nWe use cookies.\n'],
      ['refund-policy.md', '# Refund Policy\n\nRefunds within 30 days.\n'],
      ['CHANGELOG.md', '## 1.2.0\n\n- Privacy policy linting for HTML, with notices for users, and more.\n'],
      ['doc.md', 'This privacy policy linter is a tool.\n'],
      ['doc.md', '\n'.repeat(45) + '# Privacy Policy\n'],
    ];
    for (const [name, text] of others) assert.equal(isPolicyDocument(name, text), false, `${name}: ${text}`);
  });

  it('reads past scripts, styles and navigation to find an HTML title', () => {
    const script = `<script>${'var x = 1;\n'.repeat(800)}</script>`;
    const html = `<!doctype html><html><head>${script}<style>h1{}</style><title>Privacy Policy | Acme</title></head><body></body></html>`;
    assert.ok(html.length > 3 * 1024);
    assert.equal(isPolicyDocument('index.html', html), true);
    assert.equal(isPolicyDocument('index.html', html.replace('Privacy Policy', 'Pricing')), false);
    // A bare HTML document named .txt is read as HTML too.
    assert.equal(isPolicyDocument('page.txt', '<html><body><h2>Privacy&nbsp;Notice</h2></body></html>'), true);
  });

  const seeds = join(import.meta.dirname, '../../shared/corpus/seeds');
  (existsSync(seeds) ? it : it.skip)('recognises every seed policy of the shared corpus by its content', () => {
    for (const name of readdirSync(seeds)) {
      // Rename them so only the content can decide.
      assert.equal(isPolicyDocument(`doc${name.slice(name.lastIndexOf('.'))}`, readFileSync(join(seeds, name), 'utf8')), true, name);
    }
  });
});
