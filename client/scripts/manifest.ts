// Derives the settings schema in package.json (contributes.configuration) from the sources it must agree with:
// policyLinter.rules / topics / placeholders.* from schemas/policy-linter.schema.json (the .policy-linter.json schema,
// $refs inlined: VS Code settings cannot point to another file), and the defaults from the server's DEFAULT_SETTINGS.
// Only those keys are rewritten; the rest of package.json is left as it is.
// Usage: npx tsx client/scripts/manifest.ts [--check]   (--check: exit 1 when package.json is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../../server/src/settings.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Replaces every {"$ref": "#/definitions/x", ...} by the definition merged with the node's other keys. */
function inline(node: Json, definitions: JsonObject): Json {
  if (Array.isArray(node)) return node.map((n) => inline(n, definitions));
  if (!isObject(node)) return node;
  const { $ref, ...rest } = node;
  const out: JsonObject = {};
  if (typeof $ref === 'string') {
    const name = /^#\/definitions\/(.+)$/.exec($ref)?.[1];
    const target = name ? definitions[name] : undefined;
    if (!isObject(target)) throw new Error(`unresolved $ref ${$ref}`);
    Object.assign(out, inline(target, definitions));
  }
  for (const [k, v] of Object.entries(rest)) out[k] = inline(v, definitions);
  return out;
}

/** The generated settings: key -> JSON schema of the setting. */
export function generatedSettings(): Record<string, JsonObject> {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'policy-linter.schema.json'), 'utf8')) as JsonObject;
  const props = inline(schema.properties, schema.definitions as JsonObject) as JsonObject;
  const placeholders = (props.placeholders as JsonObject).properties as JsonObject;
  const setting = (base: Json, extra: JsonObject): JsonObject => ({ ...(base as JsonObject), ...extra });
  return {
    'policyLinter.enable': { type: 'boolean', default: DEFAULT_SETTINGS.enable, scope: 'resource', description: 'Lint privacy-policy documents.' },
    'policyLinter.include': {
      type: 'array',
      items: { type: 'string' },
      default: DEFAULT_SETTINGS.include,
      scope: 'resource',
      markdownDescription:
        'Glob patterns (matched against the workspace-relative path, case-insensitive) of Markdown, plain-text and HTML files that are linted automatically. Other files are linted on demand with **Policy Linter: Lint This File**.',
    },
    'policyLinter.detectByContent': {
      type: 'boolean',
      default: DEFAULT_SETTINGS.detectByContent,
      scope: 'resource',
      markdownDescription: 'Also lint files whose name does not match `#policyLinter.include#` when their content looks like a privacy policy.',
    },
    'policyLinter.rules': setting(props.rules, {
      default: {},
      scope: 'resource',
      markdownDescription: 'Severity of each rule (`error`, `warning`, `info`, `hint`) or `off`. A `.policy-linter.json` file overrides these settings.',
    }),
    'policyLinter.topics': setting(props.topics, {
      default: {},
      scope: 'resource',
      markdownDescription:
        'Per topic (`retention`, `contact`, `children`, `transfers`): `"applicable": false` with a `reason` when the topic does not apply, and extra `headings` / `phrases` that count as covering it.',
    }),
    'policyLinter.placeholders.patterns': setting(placeholders.patterns, {
      default: [],
      scope: 'resource',
      markdownDescription: `${(placeholders.patterns as JsonObject).description} A string, or \`{ "pattern", "flags", "message" }\`. Ignored in untrusted workspaces.`,
    }),
    'policyLinter.placeholders.allow': setting(placeholders.allow, { default: [], scope: 'resource' }),
    'policyLinter.debounce': {
      type: 'number',
      default: DEFAULT_SETTINGS.debounce,
      minimum: 0,
      maximum: 10000,
      scope: 'window',
      description: 'Milliseconds to wait after a change before linting again.',
    },
    'policyLinter.trace.server': {
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      scope: 'window',
      description: 'Traces the communication between VS Code and the Policy Linter language server (Output > Policy Linter).',
    },
  };
}

/** package.json text with contributes.configuration.properties replaced by the generated settings. */
export function updatedManifest(text: string): string {
  const pkg = JSON.parse(text);
  pkg.contributes.configuration = { title: 'Policy Linter', properties: generatedSettings() };
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = join(ROOT, 'package.json');
  const text = readFileSync(path, 'utf8');
  const next = updatedManifest(text);
  if (next === text) process.exit(0);
  if (process.argv.includes('--check')) {
    console.error('package.json contributes.configuration is out of date: run npx tsx client/scripts/manifest.ts');
    process.exit(1);
  }
  writeFileSync(path, next);
}
