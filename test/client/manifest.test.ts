// package.json's contributions agree with the code: commands with the protocol, settings with the config schema and
// the server defaults (client/scripts/manifest.ts), rules and topics with the engine, paths with the files.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, generatedSettings, updatedManifest } from '../../client/scripts/manifest.ts';
import { Commands, COVERAGE_VIEW, DOCUMENT_LANGUAGES } from '../../server/src/protocol.ts';
import { RULES } from '../../engine/rules/index.ts';
import { REQUIREMENTS } from '../../engine/requirements/index.ts';
import { DEFAULT_DOCS_URL, docsUrl } from '../../engine/docs.ts';
import { SEVERITY_SETTINGS } from '../../engine/config/resolve.ts';
import { TOPIC_EXAMPLES } from '../../client/scripts/schema.ts';

const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
const pkg = JSON.parse(text);
const contributes = pkg.contributes;

describe('extension manifest', () => {
  it('has the settings, activation events and menus generated from the code (regenerate: npx tsx client/scripts/manifest.ts)', () => {
    assert.equal(updatedManifest(text), text);
  });

  it('offers a severity setting per rule and a setting per topic', () => {
    const settings = generatedSettings();
    const rules = settings['policyLinter.rules'].properties as Record<string, { enum: string[] }>;
    assert.deepEqual(Object.keys(rules).sort(), RULES.map((r) => r.meta.id).sort());
    for (const r of Object.values(rules)) assert.deepEqual(r.enum, ['error', 'warning', 'info', 'hint', 'off']);
    const topics = settings['policyLinter.topics'] as { propertyNames: { enum: string[] }; additionalProperties: { properties: object } };
    assert.deepEqual([...topics.propertyNames.enum].sort(), REQUIREMENTS.flatMap((r) => [r.id, ...(r.aliases ?? [])]).sort());
    assert.deepEqual(Object.keys(topics.additionalProperties.properties).sort(), ['applicable', 'headings', 'phrases', 'reason']);
    assert.doesNotMatch(JSON.stringify(settings), /\$ref/);
    assert.deepEqual(settings['policyLinter.profiles'].default, ['core']);
  });

  it('shows every rule in the Settings editor with a pick list of severities, its default and a link to its page', () => {
    // VS Code draws an object setting as a table of pick lists only when each property is a string (enum) and no
    // other key is allowed; the rows are the keys of its default.
    const rules = contributes.configuration.properties['policyLinter.rules'];
    assert.equal(rules.type, 'object');
    assert.equal(rules.additionalProperties, false);
    assert.deepEqual(rules.default, Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity])));
    for (const r of RULES) {
      const p = rules.properties[r.meta.id];
      assert.equal(p.type, 'string', r.meta.id);
      assert.deepEqual(p.enum, SEVERITY_SETTINGS);
      assert.equal(p.enumDescriptions.length, SEVERITY_SETTINGS.length);
      assert.equal(p.default, r.meta.defaultSeverity);
      assert.ok(p.description.startsWith(r.meta.description), r.meta.id);
      assert.ok(p.markdownDescription.includes(`](${docsUrl(r.meta.id)})`), r.meta.id);
    }
  });

  it('documents topics with examples, offered as completions, and the docs address', () => {
    const { topics, docs } = { topics: contributes.configuration.properties['policyLinter.topics'], docs: contributes.configuration.properties['policyLinter.docsUrl'] };
    assert.deepEqual(topics.defaultSnippets, TOPIC_EXAMPLES);
    assert.match(topics.markdownDescription, /```json\n"policyLinter\.topics": \{\n {2}"children": \{ "applicable": false, "reason": "[^"]+" \},/);
    const example = /```json\n("policyLinter\.topics": [^]*?)\n```/.exec(topics.markdownDescription)![1];
    assert.deepEqual(Object.keys(JSON.parse(`{${example}}`)['policyLinter.topics']), ['children', 'retention']);
    assert.equal(docs.default, DEFAULT_DOCS_URL);
    assert.equal(docs.type, 'string');
  });

  it('contributes every protocol command, activates on them and on its languages only, and hides the internal one', () => {
    const ids = (contributes.commands as Array<{ command: string; category: string }>).map((c) => c.command);
    assert.deepEqual(ids.sort(), Object.values(Commands).sort());
    for (const c of contributes.commands) assert.equal(c.category, 'Policy Linter');
    assert.deepEqual(
      [...pkg.activationEvents].sort(),
      [...DOCUMENT_LANGUAGES.map((l) => `onLanguage:${l}`), ...Object.values(Commands).map((c) => `onCommand:${c}`)].sort(),
    );
    assert.ok(['markdown', 'plaintext', 'html', 'jinja-html', 'django-html', 'handlebars', 'erb', 'blade', 'liquid', 'nunjucks', 'twig', 'php'].every((l) => DOCUMENT_LANGUAGES.includes(l)));
    const when = contributes.menus.commandPalette.find((m: { command: string }) => m.command === Commands.lintFile).when as string;
    const langs = new RegExp(/\/(.*)\//.exec(when)![1]);
    for (const l of DOCUMENT_LANGUAGES) assert.ok(langs.test(l), l);
    assert.equal(langs.test('python'), false);
    assert.deepEqual(contributes.menus.commandPalette.find((m: { command: string }) => m.command === Commands.insertSnippet), { command: Commands.insertSnippet, when: 'false' });
    assert.deepEqual(contributes.menus.commandPalette.find((m: { command: string }) => m.command === Commands.lintWorkspace), { command: Commands.lintWorkspace, when: 'workspaceFolderCount > 0' });
  });

  it('contributes the coverage view, its welcome text and its title-bar toggles', () => {
    const views = Object.values(contributes.views as Record<string, Array<{ id: string }>>).flat();
    assert.deepEqual(views.map((v) => v.id), [COVERAGE_VIEW]);
    assert.ok(contributes.viewsWelcome.some((w: { view: string }) => w.view === COVERAGE_VIEW));
    const title = contributes.menus['view/title'] as Array<{ command: string; when: string }>;
    assert.deepEqual(title.map((m) => m.command).sort(), [Commands.coverageByRegime, Commands.coverageBySection].sort());
    for (const m of title) assert.match(m.when, new RegExp(`view == ${COVERAGE_VIEW.replace('.', '\\.')}`));
    for (const internal of [Commands.revealRange, Commands.insertSection, Commands.coverageByRegime, Commands.coverageBySection, Commands.showRuleDocs]) {
      assert.deepEqual(contributes.menus.commandPalette.find((m: { command: string }) => m.command === internal), { command: internal, when: 'false' }, internal);
    }
  });

  it('restricts in untrusted workspaces only settings it has', () => {
    const restricted: string[] = pkg.capabilities.untrustedWorkspaces.restrictedConfigurations;
    assert.ok(restricted.includes('policyLinter.placeholders.patterns'));
    for (const key of restricted) assert.ok(key in contributes.configuration.properties, key);
  });

  it('points to files that exist', () => {
    const paths = [
      ...contributes.jsonValidation.map((j: { url: string }) => j.url),
      ...contributes.snippets.map((s: { path: string }) => s.path),
      ...contributes.grammars.map((g: { path: string }) => g.path),
    ];
    for (const p of paths) assert.ok(existsSync(join(ROOT, p)), p);
    assert.equal(pkg.main, './dist/client.cjs');
    // The web extension: its client bundle, shipped by the `files` list that npm and vsce read.
    assert.equal(pkg.browser, './dist/web/client.js');
    assert.ok(pkg.files.includes('dist/web/*.js'));
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, true);
  });
});
