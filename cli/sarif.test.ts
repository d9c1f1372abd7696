// SARIF output checked against a hand-written subset of the official SARIF 2.1.0 schema (cli/fixtures) and against
// what GitHub code scanning requires of an upload.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { RULES } from '../engine/rules/index.ts';
import { CLEAN_POLICY, DRAFT_POLICY, runCli, TempDir } from './test-helpers.ts';
import { artifactUri } from './format/sarif.ts';
import { REPOSITORY_URL, docsUrl } from '../engine/docs.ts';

const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-2.1.0-subset.schema.json', import.meta.url), 'utf8'));
// Formats (uri, uri-reference) are checked below by hand: ajv-formats is not a dependency.
const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);

describe('SARIF output', () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => dir.remove());

  const sarif = async (args: string[]) => {
    const r = await runCli(['--format', 'sarif', ...args], { cwd: dir.root });
    return { code: r.code, log: JSON.parse(r.stdout) };
  };

  it('is valid SARIF 2.1.0 with the driver, its rules and one result per finding', async () => {
    dir.write('docs/legal notes/privacy policy.md', DRAFT_POLICY);
    dir.write('privacy.md', CLEAN_POLICY);
    const { code, log } = await sarif(['docs/legal notes/privacy policy.md', 'privacy.md']);
    assert.equal(code, 1);
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 1));
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const driver = run.tool.driver;
    assert.equal(driver.name, 'policy-linter');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.ok(new URL(driver.informationUri).protocol.startsWith('http'));
    assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.meta.id));
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 10);
      assert.ok(new URL(rule.helpUri).pathname.endsWith(`/docs/rules/${rule.id}.md`));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(driver.rules.find((r: { id: string }) => r.id === 'placeholder').defaultConfiguration.level, 'error');

    assert.deepEqual(run.results.map((r: { ruleId: string }) => r.ruleId), ['missing-children', 'placeholder']);
    for (const result of run.results) {
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(result.message.text.length > 0);
      assert.equal(result.locations.length, 1);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      // Relative, forward slashes, percent-encoded: what GitHub resolves against the repository root.
      assert.equal(artifactLocation.uri, 'docs/legal%20notes/privacy%20policy.md');
      assert.equal(new URL(artifactLocation.uri, 'file:///repo/').pathname, '/repo/docs/legal%20notes/privacy%20policy.md');
      assert.ok(region.startLine >= 1 && region.startColumn >= 1);
      assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
    }
    // Regions are 1-based and end-exclusive: the slot spans its 14 UTF-16 units.
    const slot = run.results[1].locations[0].physicalLocation.region;
    const line = DRAFT_POLICY.split('\n').findIndex((l) => l.includes('[Company Name]'));
    const column = DRAFT_POLICY.split('\n')[line].indexOf('[Company Name]');
    assert.deepEqual(slot, { startLine: line + 1, startColumn: column + 1, endLine: line + 1, endColumn: column + 1 + '[Company Name]'.length });
    assert.equal(run.results[1].level, 'error');
    assert.equal(run.results[0].level, 'warning');
  });

  it('links each rule to the page its findings link to, else to --docs-url or the published page', async () => {
    dir.write('.policy-linter.json', '{"docsUrl": "https://eu.example/rules"}');
    dir.write('privacy.md', DRAFT_POLICY);
    const help = (log: { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }>; informationUri: string } } }> }) =>
      Object.fromEntries(log.runs[0].tool.driver.rules.map((r) => [r.id, r.helpUri]));
    const withConfig = help((await sarif(['privacy.md'])).log);
    assert.equal(withConfig.placeholder, 'https://eu.example/rules/placeholder.md');
    assert.equal(withConfig['missing-children'], 'https://eu.example/rules/missing-children.md');
    assert.equal(withConfig['missing-retention'], docsUrl('missing-retention'));
    const withOption = help((await sarif(['--docs-url', 'https://intranet.example/pl', '--no-config', 'privacy.md'])).log);
    for (const r of RULES) assert.equal(withOption[r.meta.id], `https://intranet.example/pl/${r.meta.id}.md`);
    assert.equal((await sarif(['privacy.md'])).log.runs[0].tool.driver.informationUri, REPOSITORY_URL);
  });

  it('maps info and hint to "note", keeps an empty results array when clean, and stays valid', async () => {
    dir.write('privacy.md', DRAFT_POLICY);
    const { log } = await sarif(['--rule', 'placeholder:info', '--rule', 'missing-children:hint', 'privacy.md']);
    assert.equal(validate(log), true);
    assert.deepEqual(log.runs[0].results.map((r: { level: string }) => r.level), ['note', 'note']);
    dir.write('clean.md', CLEAN_POLICY);
    const clean = await sarif(['clean.md']);
    assert.equal(clean.code, 0);
    assert.equal(validate(clean.log), true);
    assert.deepEqual(clean.log.runs[0].results, []);
  });

  it('uses a file: URL for files outside the working directory and the stdin name for stdin', async () => {
    assert.equal(artifactUri({ path: '../x/a b.md', abs: '/elsewhere/x/a b.md', findings: [], coverage: [] }, '/work/repo'), 'file:///elsewhere/x/a%20b.md');
    assert.equal(artifactUri({ path: 'sub/p.md', abs: '/work/repo/sub/p.md', findings: [], coverage: [] }, '/work/repo'), 'sub/p.md');
    assert.equal(artifactUri({ path: 'docs/p#1.md', abs: '', findings: [], coverage: [] }, '/work/repo'), 'docs/p%231.md');
  });
});
