import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNIPPETS_DIR, snippetFiles } from '../../client/scripts/snippets.ts';
import { TOPICS } from '../../engine/topics/index.ts';

describe('contributed snippets', () => {
  const files = snippetFiles();

  it('are the files package.json contributes', () => {
    const pkg = JSON.parse(readFileSync(join(SNIPPETS_DIR, '..', 'package.json'), 'utf8'));
    const contributed = (pkg.contributes.snippets as Array<{ path: string }>).map((s) => s.path.replace('./snippets/', ''));
    assert.deepEqual(contributed.sort(), [...files.keys()].sort());
  });

  it('are up to date with the topic templates (regenerate: npx tsx client/scripts/snippets.ts)', () => {
    for (const [name, text] of files) assert.equal(readFileSync(join(SNIPPETS_DIR, name), 'utf8'), text, name);
  });

  it('hold one section per topic, heading first, with the template body and its tab stops', () => {
    const md = JSON.parse(files.get('markdown.json')!);
    const txt = JSON.parse(files.get('plaintext.json')!);
    const html = JSON.parse(files.get('html.json')!);
    for (const topic of TOPICS) {
      const m = md[`${topic.title} section`];
      const t = txt[`${topic.title} section`];
      const h = html[`${topic.title} section`];
      assert.ok(m && t && h, topic.id);
      assert.equal(h.body[0], `<h2>${topic.template.title}</h2>`);
      assert.ok(h.body.slice(1, -1).every((line: string) => /^<p>[^\n]+<\/p>$/.test(line)), h.body.join('\n'));
      assert.equal(m.body[0], `## ${topic.template.title}`);
      assert.equal(t.body[0], topic.template.title.toUpperCase());
      assert.equal(m.body.slice(2).join('\n'), topic.template.body + '\n');
      assert.match(m.body.join('\n'), /\$\{1:[^}]+\}[\s\S]*\$\{2:/, `${topic.id} has at least two tab stops`);
      // One list: each section once, under one prefix, in every language.
      for (const x of [m, t, h]) assert.deepEqual(x.prefix, [`policy-${topic.id}`]);
    }
  });
});
