// Writes snippets/markdown.json and snippets/plaintext.json (contributes.snippets) from the topic templates in
// engine/topics/*.json, so the section text lives in one place. Run by `npm run package`; the committed files are
// checked against this output by test/client/snippet-files.test.ts.
// Usage: npx tsx client/scripts/snippets.ts [--check]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TOPICS, type TopicDefinition } from '../../engine/topics/index.ts';
import { escapeSnippet } from '../../engine/fixes/insert-section.ts';

interface VsCodeSnippet {
  prefix: string[];
  description: string;
  body: string[];
}

const HEADINGS: Record<string, (title: string) => string> = {
  markdown: (title) => `## ${escapeSnippet(title)}`,
  plaintext: (title) => escapeSnippet(title.toUpperCase()),
};

function snippet(topic: TopicDefinition, heading: (title: string) => string): VsCodeSnippet {
  return {
    prefix: [`policy-${topic.id}`, `section-${topic.id}`],
    description: `Policy Linter: a "${topic.template.title}" section (${topic.title.toLowerCase()}). Tab moves through the parts to fill in.`,
    body: [heading(topic.template.title), '', ...topic.template.body.split('\n'), ''],
  };
}

/** File name (under snippets/) -> its JSON text. */
export function snippetFiles(topics: TopicDefinition[] = TOPICS): Map<string, string> {
  const files = new Map<string, string>();
  for (const [language, heading] of Object.entries(HEADINGS)) {
    const entries = Object.fromEntries(topics.map((t) => [`${t.title} section`, snippet(t, heading)]));
    files.set(`${language}.json`, JSON.stringify(entries, null, 2) + '\n');
  }
  return files;
}

export const SNIPPETS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'snippets');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  mkdirSync(SNIPPETS_DIR, { recursive: true });
  for (const [name, text] of snippetFiles()) {
    const path = join(SNIPPETS_DIR, name);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      /* not written yet */
    }
    if (old === text) continue;
    if (check) {
      stale++;
      console.error(`snippets/${name} is out of date: run npx tsx client/scripts/snippets.ts`);
    } else writeFileSync(path, text);
  }
  process.exit(stale ? 1 : 0);
}
