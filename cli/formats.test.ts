// The CI formats: GitHub workflow-command annotations (--format github) and JUnit XML (--format junit).
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CLEAN_POLICY, DRAFT_POLICY, runCli, TempDir } from './test-helpers.ts';
import { escapeData, escapeProperty } from './format/github.ts';
import { xmlEscape } from './format/junit.ts';
import { DEFAULT_DOCS_URL as DOCS } from '../engine/docs.ts';
/** A custom placeholder pattern whose message needs escaping in every format. */
const CONFIG = JSON.stringify({ placeholders: { patterns: [{ pattern: 'ACME-\\d+', message: 'Fill in 100% of it:\nnow, <please> & "thanks"\u0001' }] } });

describe('CI formats', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());

  describe('--format github', () => {
    it('escapes data (% CR LF) and properties (also : and ,) as the workflow-command rules require', () => {
      assert.equal(escapeData('100%\r\nok: a,b'), '100%25%0D%0Aok: a,b');
      assert.equal(escapeProperty('100%\r\nok: a,b'), '100%25%0D%0Aok%3A a%2Cb');
    });

    it('prints one annotation per finding: level, repository-relative file, 1-based range, rule id, message and docs link', async () => {
      dir.write('.policy-linter.json', CONFIG);
      dir.write('docs/a,b:c.md', DRAFT_POLICY.replace('We keep account data', 'ACME-42 keeps account data'));
      const r = await runCli(['--format', 'github', 'docs/a,b:c.md'], { cwd: dir.root });
      assert.equal(r.code, 1);
      const slot = DRAFT_POLICY.split('\n').findIndex((l) => l.includes('[Company Name]'));
      const acme = DRAFT_POLICY.split('\n').findIndex((l) => l.includes('We keep account data'));
      assert.equal(
        r.stdout,
        [
          `::warning file=docs/a%2Cb%3Ac.md,line=1,endLine=1,col=1,endColumn=17,title=missing-children::No children's privacy section: say whether the service is meant for children and how their data is handled (even if it is not meant for them).%0A${DOCS}/missing-children.md`,
          `::error file=docs/a%2Cb%3Ac.md,line=${slot + 1},endLine=${slot + 1},col=1,endColumn=15,title=placeholder::Unfilled placeholder “[Company Name]”: write the company name here.%0A${DOCS}/placeholder.md`,
          `::error file=docs/a%2Cb%3Ac.md,line=${acme + 1},endLine=${acme + 1},col=1,endColumn=8,title=placeholder::Fill in 100%25 of it:%0Anow, <please> & "thanks"\u0001%0A${DOCS}/placeholder.md`,
          '',
        ].join('\n'),
      );
      assert.equal(r.stderr, '');
    });

    it('maps info and hint to notices, paths outside the working directory stay absolute, and a clean run prints nothing', async () => {
      dir.write('privacy.md', DRAFT_POLICY);
      dir.write('clean/privacy.md', CLEAN_POLICY);
      const r = await runCli(['--format', 'github', '--rule', 'missing-children:info,placeholder:hint', 'privacy.md'], { cwd: dir.root });
      assert.equal(r.code, 0);
      assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => l.slice(0, l.indexOf(' '))), ['::notice', '::notice']);
      const outside = await runCli(['--format', 'github', `${dir.root}/privacy.md`], { cwd: `${dir.root}/clean` });
      assert.match(outside.stdout, new RegExp(`^::warning file=${dir.root}/privacy\\.md,line=1,`));
      assert.deepEqual(await runCli(['--format', 'github', 'clean/privacy.md'], { cwd: dir.root }), { code: 0, stdout: '', stderr: '' });
    });
  });

  describe('--format junit', () => {
    const parse = (xml: string) => {
      assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
      return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    };

    it('is well-formed: a suite per file, a failing case per finding, a passing case for a clean file', async () => {
      dir.write('.policy-linter.json', CONFIG);
      dir.write(`a&b <"q'>.md`, DRAFT_POLICY.replace('We keep account data', 'ACME-42 keeps account data'));
      dir.write('privacy.md', CLEAN_POLICY);
      const r = await runCli(['--format', 'junit', `a&b <"q'>.md`, 'privacy.md'], { cwd: dir.root });
      assert.equal(r.code, 1);
      const { testsuites } = parse(r.stdout);
      assert.deepEqual([testsuites.name, testsuites.tests, testsuites.failures, testsuites.errors], ['policy-linter', '4', '3', '0']);
      const [draft, clean] = testsuites.testsuite;
      assert.deepEqual([draft.name, draft.tests, draft.failures], [`a&b <"q'>.md`, '3', '3']);
      assert.deepEqual(draft.testcase.map((c: { name: string }) => c.name), ['missing-children 1:1', 'placeholder 3:1', 'placeholder 11:1']);
      const custom = draft.testcase[2];
      assert.equal(custom.failure.type, 'error');
      assert.equal(custom.failure.message, 'Fill in 100% of it:\nnow, <please> & "thanks"\uFFFD', 'attribute keeps the line break; a control character becomes U+FFFD');
      assert.equal(custom.failure['#text'], `a&b <"q'>.md:11:1 error Fill in 100% of it:\nnow, <please> & "thanks"\uFFFD (placeholder)\n${DOCS}/placeholder.md`);
      assert.equal(custom.line, '11');
      assert.deepEqual([clean.name, clean.tests, clean.failures], ['privacy.md', '1', '0']);
      assert.equal(clean.testcase[0].failure, undefined);
    });

    it('escapes markup and drops characters XML cannot carry', () => {
      assert.equal(xmlEscape(`<a href="x">'&'</a>\n`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;&#10;');
      assert.equal(xmlEscape('a\u0000b\u001fc\uD800d\uFFFEe\u{1F600}\t', true), 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\u{1F600}\t');
    });
  });
});
