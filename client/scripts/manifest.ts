// Derives the parts of package.json that must agree with the code: the settings schema (contributes.configuration)
// — policyLinter.profiles / rules / topics / placeholders.* from schemas/policy-linter.schema.json (the .policy-linter.json schema,
// $refs inlined: VS Code settings cannot point to another file), the defaults from the server's DEFAULT_SETTINGS — and
// the languages the extension activates on and offers its commands for (DOCUMENT_LANGUAGES in server/src/protocol.ts).
// Only those keys are rewritten; the rest of package.json is left as it is.
// Usage: npx tsx client/scripts/manifest.ts [--check]   (--check: exit 1 when package.json is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS } from '../../server/src/settings.ts';
import { Commands, DOCUMENT_LANGUAGES } from '../../server/src/protocol.ts';
import { RULES } from '../../engine/rules/index.ts';

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

/** The `topics` object with its per-id properties folded into propertyNames + additionalProperties. */
function topicsSetting(topics: JsonObject): JsonObject {
  const properties = topics.properties as JsonObject;
  const ids = Object.keys(properties);
  const { properties: _listed, additionalProperties: _closed, ...rest } = topics;
  const first = properties[ids[0]] as JsonObject;
  const { description: _description, ...shape } = first;
  return { ...rest, propertyNames: { enum: ids }, additionalProperties: shape };
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
        'Glob patterns (matched against the workspace-relative path, case-insensitive) of Markdown, plain-text and HTML files that are linted automatically. Other files are linted on demand with **Policy Linter: Lint This File**. At most 64 patterns in all once braces are expanded (`{a,b}` counts 2). Ignored in untrusted workspaces (the defaults apply).',
    },
    'policyLinter.detectByContent': {
      type: 'boolean',
      default: DEFAULT_SETTINGS.detectByContent,
      scope: 'resource',
      markdownDescription: 'Also lint files whose name does not match `#policyLinter.include#` when their content looks like a privacy policy.',
    },
    'policyLinter.profiles': setting(props.profiles, {
      scope: 'resource',
      markdownDescription:
        'The jurisdiction profiles whose requirements are checked: `core` (retention, contact, children, transfers; the default), `gdpr`, `uk-gdpr`, `ccpa`, `caloppa`, `coppa`, `pipeda`, `lgpd`, `appi`, `app` (Australia), `dpdp` (India). They combine (`["gdpr", "ccpa"]`); a requirement several ask for is reported once. A `.policy-linter.json` file overrides this setting.',
    }),
    // Every rule listed with its default severity, so that the Settings editor shows each one with a pick list.
    'policyLinter.rules': setting(props.rules, {
      default: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity])),
      scope: 'resource',
      markdownDescription:
        'Severity of each rule: `error`, `warning`, `info`, `hint` or `off`. Each rule is listed with its default; hover a rule id in `settings.json` for what it reports and a link to its page. A `.policy-linter.json` file overrides these settings.',
    }),
    // One schema for every topic and requirement id (and alias), named by propertyNames: listing the ids as properties
    // would repeat the topic schema some sixty times in package.json.
    'policyLinter.topics': setting(topicsSetting(props.topics as JsonObject), {
      default: {},
      scope: 'resource',
      markdownDescription: [
        'Per core topic (`retention`, `contact`, `children`, `transfers`) or profile requirement (`gdpr/dpo-contact`, `right-erasure` ...), by its id:',
        '',
        '- `"applicable": false` with a `reason`: the topic does not apply to this service, so it is never reported missing (the reason shows in hovers and reports);',
        '- `headings` / `phrases`: your own section titles and wording that count as covering it.',
        '',
        'Edit it in `settings.json` (completion offers both examples):',
        '',
        '```json',
        '"policyLinter.topics": {',
        '  "children": { "applicable": false, "reason": "B2B service, no users under 18" },',
        '  "retention": { "headings": ["Storage limitation"], "phrases": ["purged after"] }',
        '}',
        '```',
      ].join('\n'),
    }),
    'policyLinter.placeholders.patterns': setting(placeholders.patterns, {
      default: [],
      scope: 'resource',
      markdownDescription: `${(placeholders.patterns as JsonObject).description} A string, or \`{ "pattern", "flags", "message" }\`. Ignored in untrusted workspaces.`,
    }),
    'policyLinter.placeholders.allow': setting(placeholders.allow, { default: [], scope: 'resource' }),
    'policyLinter.placeholders.templateExpressions': setting(placeholders.templateExpressions, {
      scope: 'resource',
      markdownDescription:
        'Data expressions of a page that a site or app generator renders (`{{ site.email }}`, `<%= privacy_path %>`, `%{domain}`). `auto`: not reported in a file that looks like a rendered template (front matter, template directives, a template language or file name), reported elsewhere. Template directives are never reported; slots written for a person (`{{COMPANY_NAME}}`, `[Company Name]`) always are. A `.policy-linter.json` file overrides this setting.',
      enumDescriptions: [
        'Leave data expressions alone in a file that looks like a rendered template; report them elsewhere.',
        'Report data expressions in every file; the hover says when the file looks like a rendered template.',
        'Never report data expressions; slots written for a person are still reported.',
      ],
    }),
    'policyLinter.docsUrl': setting(props.docsUrl, {
      scope: 'resource',
      markdownDescription:
        'The address of the rule pages that findings link to (a copy of the folder `docs/rules`, such as an intranet mirror): each finding links to `<docsUrl>/<rule-id>.md`. With the default, VS Code opens the page shipped with the extension in the Markdown preview.',
    }),
    'policyLinter.run': {
      type: 'string',
      enum: ['onType', 'onSave'],
      default: DEFAULT_SETTINGS.run,
      scope: 'resource',
      description: 'When a policy is linted again after it was opened: as you type, or when you save it.',
      enumDescriptions: ['Lint after each change (after policyLinter.debounce milliseconds).', 'Lint when the file is saved (and when it is opened); quick fixes still use the current text.'],
    },
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

/** The `when` clause of the commands that act on a policy document: its language is one the extension handles. */
export const LANGUAGE_WHEN = `editorLangId =~ /^(${DOCUMENT_LANGUAGES.map((l) => l.replace(/[-.]/g, '\\$&')).join('|')})$/`;

/** package.json text with the settings, activation events and command menus generated. */
export function updatedManifest(text: string): string {
  const pkg = JSON.parse(text);
  pkg.contributes.configuration = { title: 'Policy Linter', properties: generatedSettings() };
  pkg.activationEvents = [...DOCUMENT_LANGUAGES.map((l) => `onLanguage:${l}`), ...Object.values(Commands).map((c) => `onCommand:${c}`)];
  for (const menu of pkg.contributes.menus.commandPalette as Array<{ command: string; when: string }>) {
    if (menu.command === Commands.lintFile) menu.when = LANGUAGE_WHEN;
    if (menu.command === Commands.insertSections) menu.when = `${LANGUAGE_WHEN} && !editorReadonly`;
  }
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
