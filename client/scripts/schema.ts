// Writes the parts of schemas/policy-linter.schema.json that come from the engine's data: the profiles, one severity
// property per rule and one property per topic or requirement (and per alias). The rest of the schema is written by
// hand; engine/config/schema.test.ts checks that it accepts exactly what resolveConfig accepts, and that this output is
// what the file holds.
// Usage: npx tsx client/scripts/schema.ts [--check]   (--check: exit 1 when the schema is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../engine/rules/index.ts';
import { DEFAULT_PROFILES, PROFILES, REQUIREMENTS } from '../../engine/requirements/index.ts';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas', 'policy-linter.schema.json');

/** The schema text with its data-derived parts regenerated from `text`. */
export function updatedSchema(text: string): string {
  const schema = JSON.parse(text);
  const props = schema.properties;
  const profileList = PROFILES.map((p) => `"${p.id}" (${p.title})`).join(', ');
  const profiles = {
    type: 'array',
    minItems: 1,
    items: { enum: PROFILES.map((p) => p.id) },
    default: [...DEFAULT_PROFILES],
    description: `The jurisdiction profiles whose requirements are checked; they combine, and a requirement several ask for is reported once. ${profileList}. See docs/profiles.md.`,
  };
  const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, { $ref: '#/definitions/severity', description: `${r.meta.description} Default: "${r.meta.defaultSeverity}".` }]));
  const topics: Record<string, unknown> = {};
  for (const r of REQUIREMENTS) topics[r.id] = { $ref: '#/definitions/topic', description: `${r.title}.` };
  for (const r of REQUIREMENTS) for (const a of r.aliases ?? []) topics[a] = { $ref: '#/definitions/topic', description: `${r.title}: the same as "${r.id}".` };
  // Keys in a fixed order: $schema, profiles, then the others as they were.
  const { $schema, profiles: _old, ...rest } = props;
  schema.properties = { $schema, profiles, ...rest };
  schema.properties.rules.properties = rules;
  schema.properties.topics.properties = topics;
  schema.properties.topics.description = 'Per core topic or profile requirement (by its id, or a regime\'s name for it): mark it not applicable, or teach the linter your own headings and phrases.';
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
