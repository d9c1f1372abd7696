// What the coverage view and the status bar show for the server's answer (client/src/coverage-model.ts), from real
// lint results: groups, states in words, what a click does, the status bar's count.
import assert from 'node:assert/strict';
import { lint, type PolicyLinterConfig } from '../../engine/index.ts';
import { coverageOf } from '../../server/src/coverage.ts';
import { Commands, type CoverageResult, type InsertSectionArgs, type RevealRangeArgs } from '../../server/src/protocol.ts';
import { coverageTree, stateText, statusText, type CoverageNode } from '../../client/src/coverage-model.ts';
import { fixture } from '../protocol/lsp-client.ts';

const URI = 'file:///ws/privacy.md';

function coverageFor(name: string, config?: PolicyLinterConfig): CoverageResult {
  // Through JSON, as it crosses the LSP connection.
  return JSON.parse(JSON.stringify(coverageOf(lint(fixture(name), { fileName: name, ...(config ? { config } : {}) }), 3)));
}

const find = (nodes: CoverageNode[], label: string | RegExp): CoverageNode => {
  const hit = nodes.find((n) => (typeof label === 'string' ? n.label === label : label.test(n.label)));
  assert.ok(hit, `${label} in ${nodes.map((n) => n.label).join(' / ')}`);
  return hit;
};

describe('coverage view model', () => {
  it('groups the requirements by regime, with counts, states and the evidence as children', () => {
    const c = coverageFor('privacy-draft.md');
    const tree = coverageTree(URI, c, 'regime');
    assert.deepEqual(tree.map((n) => [n.label, n.description]), [['Core topics', '2/4']]);
    const [core] = tree;
    assert.deepEqual(core.children.map((n) => [n.label, n.description, n.icon?.id]), [
      ['Data retention', 'covered', 'pass'],
      ['Contact details', 'covered', 'pass'],
      ["Children's privacy", 'missing', 'error'],
      ['International data transfers', 'missing', 'error'],
    ]);
    const retention = core.children[0];
    assert.ok(retention.children.length >= 1);
    assert.ok(retention.children.every((e) => /^line \d+/.test(e.description ?? '') && e.command?.command === Commands.revealRange));
    assert.equal(new Set(tree.flatMap(function ids(n): string[] { return [n.id, ...n.children.flatMap(ids)]; })).size, 1 + 4 + c.requirements.reduce((n, r) => n + r.evidence.length, 0), 'ids are unique');
  });

  it('a click on a covered requirement selects its best evidence; on a missing one inserts its section', () => {
    const c = coverageFor('privacy-draft.md');
    const [core] = coverageTree(URI, c, 'regime');
    const retention = c.requirements.find((r) => r.id === 'retention')!;
    // The first sentence that states it, rather than the heading of the section titled for it.
    const sentence = retention.evidence.find((e) => e.via === 'statement')!;
    assert.equal(retention.evidence[0].via, 'heading');
    assert.deepEqual(find(core.children, 'Data retention').command?.arguments, [{ uri: URI, range: sentence.range } satisfies RevealRangeArgs]);
    const children = find(core.children, "Children's privacy").command!;
    assert.equal(children.command, Commands.insertSection);
    assert.deepEqual(children.arguments, [{ uri: URI, requirement: 'children', title: "Children's privacy" } satisfies InsertSectionArgs]);
    assert.match(find(core.children, "Children's privacy").tooltip!, /Click to insert the section/);
  });

  it('a click on a requirement marked not applicable by a comment goes to the comment; one marked in the config has nothing to go to', () => {
    const comment = '<!-- policy-linter-not-applicable children -- The service is for businesses only -->';
    const text = fixture('privacy-draft.md').replace(/\n\n/, `\n\n${comment}\n\n`);
    const c: CoverageResult = JSON.parse(JSON.stringify(coverageOf(lint(text, { fileName: 'privacy.md', config: { topics: { transfers: { applicable: false, reason: 'EU only' } } } }), 3)));
    const [core] = coverageTree(URI, c, 'regime');
    const children = find(core.children, "Children's privacy");
    assert.equal(children.description, 'not applicable: The service is for businesses only');
    const line = text.split('\n').findIndex((l) => l === comment);
    assert.equal(children.command?.command, Commands.revealRange);
    const [args] = children.command!.arguments as [RevealRangeArgs];
    assert.deepEqual([args.uri, args.range.start.line, args.range.end.line], [URI, line, line]);
    assert.match(children.tooltip!, new RegExp(`by a comment on line ${line + 1} \\(click to go there\\)`));
    const transfers = find(core.children, 'International data transfers');
    assert.equal(transfers.description, 'not applicable: EU only');
    assert.equal(transfers.command, undefined);
    assert.match(transfers.tooltip!, /Marked not applicable in the configuration/);
  });

  it('groups by section: each section with what its own text covers, then the missing requirements', () => {
    const c = coverageFor('privacy-draft.md');
    const tree = coverageTree(URI, c, 'section');
    assert.deepEqual(tree.map((n) => [n.label, n.children.map((x) => x.label)]), [
      ['How long we keep your data', ['Data retention']],
      ['Contact us', ['Contact details']],
      ['Not covered', ["Children's privacy", 'International data transfers']],
    ]);
    // Under a section, a requirement's evidence is the evidence in that section.
    const contact = tree[1].children[0];
    const line = c.sections.find((s) => s.title === 'Contact us')!.range.start.line;
    assert.ok(contact.children.length && contact.children.every((e) => Number(/line (\d+)/.exec(e.description!)![1]) - 1 >= line));
  });

  it('names conditional, guidance, vague, incomplete and not-applicable states in words', () => {
    const base = coverageFor('privacy-draft.md').requirements[2];
    assert.equal(stateText({ ...base, status: 'conditional' }), 'not stated — say whether it applies');
    assert.equal(stateText({ ...base, status: 'guidance' }), 'not stated (recommended)');
    assert.equal(stateText({ ...base, incomplete: { title: 'Kids', span: { start: 0, end: 4 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }, shortfall: 'empty' } }), '“Kids” is empty');
    assert.equal(stateText({ ...base, state: 'vague' }), 'stated too vaguely');
    assert.equal(stateText({ ...base, state: 'not-applicable', notApplicable: { reason: 'B2B only', by: 'config' } }), 'not applicable: B2B only');
  });

  it('shows a requirement marked not applicable with its reason, without a click action', () => {
    const c = coverageFor('privacy-draft.md', { topics: { children: { applicable: false, reason: 'adults only' } } });
    const [core] = coverageTree(URI, c, 'regime');
    const children = find(core.children, "Children's privacy");
    assert.equal(children.description, 'not applicable: adults only');
    assert.equal(children.command, undefined);
    assert.match(children.tooltip!, /in the configuration/);
    assert.equal(core.description, '2/3');
    assert.deepEqual(find(coverageTree(URI, c, 'section'), 'Not applicable').children.map((n) => n.label), ["Children's privacy"]);
  });

  it('lists every active profile as a group under its regime; a shared requirement under each', () => {
    const c = coverageFor('privacy.html', { profiles: ['gdpr', 'ccpa'] });
    const tree = coverageTree(URI, c, 'regime');
    assert.deepEqual(tree.map((n) => n.label), ['GDPR', 'CCPA/CPRA']);
    for (const g of tree) assert.ok(g.children.some((n) => n.label === 'Data retention'), g.label);
    assert.equal(tree[0].children.length, c.requirements.filter((r) => r.profiles.includes('gdpr')).length);
  });

  it('the status bar counts covered of required, lists what is missing, and says when a document was not linted', () => {
    const s = statusText(coverageFor('privacy-draft.md'));
    assert.equal(s.text, 'Policy: 2/4');
    assert.match(s.tooltip, /2 of 4 requirements covered/);
    assert.match(s.tooltip, /Missing: Children's privacy, International data transfers/);
    assert.match(s.tooltip, /Click to open the coverage view/);
    const skipped: CoverageResult = { ...coverageFor('privacy-draft.md'), requirements: [], sections: [], skipped: 'the file is too large (9 MB)' };
    assert.equal(statusText(skipped).text, 'Policy: not linted');
    assert.deepEqual(coverageTree(URI, skipped, 'regime').map((n) => n.label), ['Not linted']);
  });
});
