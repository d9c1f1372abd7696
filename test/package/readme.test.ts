// The README stays true: its quick start is what CI runs, its settings table is the settings the extension
// contributes (with their defaults), and its rule tables — and docs/configuration.md's — list every rule with its
// default severity.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../protocol/lsp-client.ts';
import { RULES } from '../../engine/rules/index.ts';
import pkg from '../../package.json' with { type: 'json' };

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');

/** The rows of the Markdown table whose header row starts with `| first |`, as cells. */
function table(markdown: string, first: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `no table starting with "${first}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
  }
  return rows;
}

describe('README', () => {
  it('keeps the quick start, and CI runs its test command, which ends with "N passed, N failed"', () => {
    assert.ok(readme.includes('\nnpm install && npx policy-linter examples/     # installs, builds, and lints the sample drafts\n'));
    assert.ok(readme.includes('\nnpm test                                       # the whole test suite (ends with "N passed, N failed")\n'));
    assert.ok(readdirSync(join(ROOT, 'examples')).some((f) => f.endsWith('.md')), 'examples/ holds sample drafts');
    const ci = read('.ci/run').trimEnd().split('\n');
    assert.equal(ci.at(-1), 'npm test', '.ci/run ends with the README\'s test command');
    assert.equal(pkg.scripts.test, 'node test/run.mjs');
    assert.ok(read('test/run.mjs').includes('console.log(`\\n${passed} passed, ${failed} failed`);'));
  });

  it('lists every setting the extension contributes, with its default', () => {
    const rows = new Map(table(readme, 'setting').map(([name, value]) => [name.replace(/`/g, ''), value]));
    const settings = pkg.contributes.configuration.properties as Record<string, { default: unknown }>;
    assert.deepEqual([...rows.keys()], Object.keys(settings));
    for (const [key, { default: value }] of Object.entries(settings)) {
      // An object's default (each rule's severity) is described in words.
      if (typeof value !== 'object' || Array.isArray(value)) assert.equal(rows.get(key), `\`${JSON.stringify(value).replace(/,/g, ', ')}\``, key);
    }
  });

  it('and docs/configuration.md list every rule with its default severity and page', () => {
    for (const [file, rows] of [['README.md', table(readme, 'rule')], ['docs/configuration.md', table(read('docs/configuration.md'), 'rule')]] as const) {
      const listed = Object.fromEntries(rows.map(([rule, severity]) => [/`([a-z-]+)`/.exec(rule)![1], [severity, /\]\(([^)]+)\)/.exec(rule)?.[1]]]));
      assert.deepEqual(Object.keys(listed).sort(), RULES.map((r) => r.meta.id).sort(), file);
      for (const r of RULES) {
        const [severity, page] = listed[r.meta.id];
        assert.equal(severity, r.meta.defaultSeverity, `${file}: ${r.meta.id}`);
        assert.ok(page && existsSync(join(ROOT, file === 'README.md' ? '' : 'docs', page)), `${file}: ${r.meta.id} links to its page`);
      }
    }
  });
});
