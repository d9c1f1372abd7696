// Writes snippets/markdown.json, plaintext.json and html.json (contributes.snippets) from the topic templates in
// engine/topics/*.json, so the section text lives in one place. Run by `npm run package`; the committed files are
// checked against this output by test/client/snippet-files.test.ts.
// Usage: npx tsx client/scripts/snippets.ts [--check]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './write-generated.ts';
import { TOPICS, type TopicDefinition } from '../../engine/topics/index.ts';
import { escapeSnippet } from '../../engine/fixes/insert-section.ts';

interface VsCodeSnippet {
  prefix: string[];
  description: string;
  body: string[];
}

/** Per contributed language: the section's lines, heading first, as that language writes them. */
const SECTIONS: Record<string, (topic: TopicDefinition) => string[]> = {
  markdown: (t) => [`## ${escapeSnippet(t.template.title)}`, '', ...t.template.body.split('\n'), ''],
  plaintext: (t) => [escapeSnippet(t.template.title.toUpperCase()), '', ...t.template.body.split('\n'), ''],
  html: (t) => [`<h2>${escapeSnippet(t.template.title)}</h2>`, ...t.template.body.split(/\n\s*\n/).map((p) => `<p>${p.replace(/\n/g, ' ')}</p>`), ''],
};

/** One snippet per topic, under one prefix ("policy-retention"), so the suggestion list shows each section once. */
function snippet(topic: TopicDefinition, lines: (topic: TopicDefinition) => string[]): VsCodeSnippet {
  return {
    prefix: [`policy-${topic.id}`],
    description: `Policy Linter: a "${topic.template.title}" section (${topic.title.toLowerCase()}). Tab moves through the parts to fill in.`,
    body: lines(topic),
  };
}

/** File name (under snippets/) -> its JSON text. */
export function snippetFiles(topics: TopicDefinition[] = TOPICS): Map<string, string> {
  const files = new Map<string, string>();
  for (const [language, lines] of Object.entries(SECTIONS)) {
    const entries = Object.fromEntries(topics.map((t) => [`${t.title} section`, snippet(t, lines)]));
    files.set(`${language}.json`, JSON.stringify(entries, null, 2) + '\n');
  }
  return files;
}

export const SNIPPETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'snippets');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeGenerated(SNIPPETS_DIR, 'snippets', snippetFiles(), 'client/scripts/snippets.ts');
