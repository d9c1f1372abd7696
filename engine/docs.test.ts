// Findings link to their rule's page: the published one, at the address package.json's `repository` gives, unless the
// configuration names another base (docsUrl).
import assert from 'node:assert/strict';
import pkg from '../package.json' with { type: 'json' };
import { DEFAULT_DOCS_URL, REPOSITORY_URL, docsUrl, repositoryWebUrl } from './docs.ts';
import { lint } from './index.ts';
import { RULES } from './rules/index.ts';

const DRAFT = '# Privacy Policy\n\n[Company Name] collects your e-mail address.\n';

describe('rule documentation links', () => {
  it('are built from package.json `repository`', () => {
    assert.equal(REPOSITORY_URL, pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''));
    assert.equal(DEFAULT_DOCS_URL, `${REPOSITORY_URL}/blob/main/docs/rules`);
    for (const r of RULES) assert.equal(docsUrl(r.meta.id), `${REPOSITORY_URL}/blob/main/docs/rules/${r.meta.id}.md`);
  });

  it('read the repository field in the forms npm accepts', () => {
    for (const form of ['https://git.example/acme/pl', 'git+https://git.example/acme/pl.git', { url: 'https://git.example/acme/pl/' }, { url: 'git+https://git.example/acme/pl.git' }]) {
      assert.equal(repositoryWebUrl(form), 'https://git.example/acme/pl', JSON.stringify(form));
    }
  });

  it('go to the published page by default, and under the configured docsUrl when there is one', () => {
    const published = lint(DRAFT, { format: 'markdown' }).findings;
    assert.ok(published.length >= 2);
    for (const f of published) assert.equal(f.url, docsUrl(f.ruleId));
    const configured = lint(DRAFT, { format: 'markdown', config: { docsUrl: 'https://intranet.example/policy-linter/rules/' } }).findings;
    assert.deepEqual(
      configured.map((f) => f.url),
      published.map((f) => `https://intranet.example/policy-linter/rules/${f.ruleId}.md`),
    );
    // An invalid address is reported and the published pages stay.
    const invalid = lint(DRAFT, { format: 'markdown', config: { docsUrl: 'intranet/rules' } });
    assert.deepEqual(invalid.problems.map((p) => p.key), ['docsUrl']);
    assert.deepEqual(invalid.findings.map((f) => f.url), published.map((f) => f.url));
  });
});
