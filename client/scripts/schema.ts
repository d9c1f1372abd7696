// Writes the parts of schemas/policy-linter.schema.json that come from the engine's data: its address (package.json's
// repository), the profiles, one severity property per rule (default and rule page), one property per topic or
// requirement (and per alias) with examples, and docsUrl. The rest of the schema is written by hand; engine/config/schema.test.ts checks that it accepts exactly what resolveConfig accepts, and that this output is
// what the file holds.
// Usage: npx tsx client/scripts/schema.ts [--check]   (--check: exit 1 when the schema is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../engine/rules/index.ts';
import { DEFAULT_PROFILES, PROFILES, REQUIREMENTS } from '../../engine/requirements/index.ts';
import { DEFAULT_DOCS_URL, REPOSITORY_URL, docsUrl } from '../../engine/docs.ts';
import { DOCS_URL_PATTERN, MAX_DOCS_URL_LENGTH, SEVERITY_SETTINGS } from '../../engine/config/resolve.ts';
import type { SeveritySetting } from '../../engine/types.ts';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'policy-linter.schema.json');

/** What each severity does, for editors' pick lists (VS Code's enumDescriptions), in SEVERITY_SETTINGS order. */
const SEVERITY_DESCRIPTIONS: Record<SeveritySetting, string> = {
  error: 'Error: a red squiggle; the command line exits with 1.',
  warning: 'Warning: a yellow squiggle.',
  info: 'Information: a blue squiggle.',
  hint: 'Hint: dots under the text, not listed in the Problems panel.',
  off: 'Not reported.',
};

/**
 * Examples of `topics` that editors offer as completions (VS Code's defaultSnippets): a topic that does not apply,
 * with its reason, and a house style's own heading and phrase. The keys are real topic ids (a test checks that each
 * body, its tab stops filled with their defaults, is a valid configuration).
 */
export const TOPIC_EXAMPLES = [
  {
    label: 'Not applicable: children',
    description: 'Never report a topic or requirement missing, and say why (shown in hovers and reports).',
    body: { '${1:children}': { applicable: false, reason: '${2:B2B service, no users under 18}' } },
  },
  {
    label: 'Own headings and phrases: retention',
    description: 'Teach the linter how your policies title and word a topic.',
    body: { '${1:retention}': { headings: ['${2:Storage limitation}'], phrases: ['${3:purged after}'] } },
  },
];

/** The schema text with its data-derived parts regenerated from `text`. */
export function updatedSchema(text: string): string {
  const schema = JSON.parse(text);
  schema.$id = `${REPOSITORY_URL}/blob/main/schemas/policy-linter.schema.json`;
  schema.definitions.severity = { type: 'string', enum: [...SEVERITY_SETTINGS], enumDescriptions: SEVERITY_SETTINGS.map((s) => SEVERITY_DESCRIPTIONS[s]) };
  const props = schema.properties;
  const profileList = PROFILES.map((p) => `"${p.id}" (${p.title})`).join(', ');
  const profiles = {
    type: 'array',
    minItems: 1,
    items: { enum: PROFILES.map((p) => p.id) },
    default: [...DEFAULT_PROFILES],
    description: `The jurisdiction profiles whose requirements are checked; they combine, and a requirement several ask for is reported once. ${profileList}. See docs/profiles.md.`,
  };
  const rules = Object.fromEntries(
    RULES.map((r) => [
      r.meta.id,
      {
        $ref: '#/definitions/severity',
        default: r.meta.defaultSeverity,
        description: `${r.meta.description} Default: "${r.meta.defaultSeverity}".`,
        markdownDescription: `${r.meta.description} Default: \`${r.meta.defaultSeverity}\`. [Rule page](${docsUrl(r.meta.id)})`,
      },
    ]),
  );
  const topics: Record<string, unknown> = {};
  for (const r of REQUIREMENTS) topics[r.id] = { $ref: '#/definitions/topic', description: `${r.title}.` };
  for (const r of REQUIREMENTS) for (const a of r.aliases ?? []) topics[a] = { $ref: '#/definitions/topic', description: `${r.title}: the same as "${r.id}".` };
  const docs = {
    type: 'string',
    pattern: DOCS_URL_PATTERN,
    maxLength: MAX_DOCS_URL_LENGTH,
    default: DEFAULT_DOCS_URL,
    description: 'The address of the rule pages (a copy of the folder docs/rules): each finding links to <docsUrl>/<rule-id>.md. Default: the published pages.',
  };
  // Keys in a fixed order: $schema, profiles, then the others as they were, then docsUrl.
  const { $schema, profiles: _old, docsUrl: _docs, ...rest } = props;
  schema.properties = { $schema, profiles, ...rest, docsUrl: docs };
  schema.properties.rules.properties = rules;
  schema.properties.topics.properties = topics;
  schema.properties.topics.description = 'Per core topic or profile requirement (by its id, or a regime\'s name for it): mark it not applicable, or teach the linter your own headings and phrases.';
  schema.properties.topics.defaultSnippets = TOPIC_EXAMPLES;
  return JSON.stringify(schema, null, 2) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = readFileSync(SCHEMA_PATH, 'utf8');
  const next = updatedSchema(text);
  if (next === text) process.exit(0);
  if (process.argv.includes('--check')) {
    console.error('schemas/policy-linter.schema.json is out of date: run npx tsx client/scripts/schema.ts');
    process.exit(1);
  }
  writeFileSync(SCHEMA_PATH, next);
}
