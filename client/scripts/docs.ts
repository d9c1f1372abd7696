// Writes the documentation that comes from the requirements data: one page per profile rule family
// (docs/rules/missing-<family>.md, the docs URL of its findings) and docs/profiles.md (every profile and the
// requirements it asks for, with their citations). The core topics' pages (missing-retention ...) are written by hand.
// test/client/docs-files.test.ts checks the committed files against this output.
// Usage: npx tsx client/scripts/docs.ts [--check]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './write-generated.ts';
import { citeList, FAMILIES, PROFILES, requirementById, type FamilyDefinition } from '../../engine/requirements/index.ts';
import type { Citation, TopicDefinition } from '../../engine/topics/definition.ts';
import { snippetToText } from '../../engine/fixes/insert-section.ts';

export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');

const STATUS: Record<Citation['status'], string> = { R: 'must be stated', C: 'when the practice happens', G: 'regulator guidance' };

/** The profiles (ids) whose regime a citation belongs to. */
const profilesOf = (regime: string) => PROFILES.filter((p) => p.regime === regime && p.requirements.length).map((p) => `\`${p.id}\``);

/** The profiles that ask for a requirement. */
const askedBy = (id: string) => PROFILES.filter((p) => p.requirements.includes(id)).map((p) => `\`${p.id}\``);

const cell = (s: string) => s.replace(/\|/g, '\\|');

function citationTable(def: TopicDefinition): string[] {
  return [
    '| Profile | Law | Provision | Status |',
    '| --- | --- | --- | --- |',
    ...def.citations.map((c) => `| ${profilesOf(c.regime).join(', ') || '—'} | ${cell(c.regime)} | ${cell(c.cite)} | ${STATUS[c.status]} |`),
  ];
}

/** A minimal policy that says nothing about the requirement, and the same policy with the inserted section. */
export function examples(def: TopicDefinition): { reported: string; fine: string } {
  const practice = def.recognition.appliesWhen ? ` ${def.recognition.appliesWhen.example}` : '';
  const reported = `# Example privacy policy\n\nWe are a small company that makes a note-taking app.${practice}\n`;
  const fine = `${reported}\n## ${def.template.title}\n\n${snippetToText(def.template.body)}\n`;
  return { reported, fine };
}

/** The profiles to activate for a requirement's examples: those that ask for it. */
export const exampleProfiles = (id: string) => PROFILES.filter((p) => p.requirements.includes(id)).map((p) => p.id);

function requirementSection(def: TopicDefinition): string[] {
  const out = [`## ${def.title} — \`${def.id}\``, ''];
  if (def.aliases?.length) out.push(`Also known as ${def.aliases.map((a) => `\`${a}\``).join(', ')}. Asked for by the profiles ${askedBy(def.id).join(', ')}.`, '');
  else out.push(`Asked for by the profiles ${askedBy(def.id).join(', ')}.`, '');
  out.push(def.why, '', ...citationTable(def), '');
  out.push('**What a good section states**', '', ...def.checklist.map((c) => `- ${c}`), '');
  const r = def.recognition;
  out.push('**What counts as stating it** (wherever it is said: under its own heading, in another section, in a list, a table or a footnote)', '');
  const forms = [...new Set(r.statements.map((s) => `a sentence that ${s.says}${s.denies ? ' (the practice does not happen: that answers the question)' : ''}${s.needsTopic ? ` — counted when the policy also covers \`${s.needsTopic}\`` : ''}`))];
  if (r.headings.length) forms.unshift(r.requires?.length ? 'a section titled for it that says what it needs' : 'a section titled for it, with some text under it');
  if (r.frontMatterStates) forms.push('an entry of the front matter that states it, the key read as words (a site generator shows it on the page: `effectiveDate: 2025-03-03`, `last_updated: …`)');
  out.push(...forms.map((f) => `- ${f}`), '');
  if (r.appliesWhen) out.push(`It applies only when the policy shows the practice (a sentence that ${r.appliesWhen.statements.map((s) => s.says).join(' or ')}); otherwise it is not applicable: "${r.appliesWhen.otherwise}"`, '');
  const cites = citeList(def.citations);
  out.push('**The finding** (here with every profile that asks for it active; the message cites the active ones)', '', '```', def.message.replace('{cites}', cites), '```', '');
  if (def.conditionalMessage) out.push('When every active profile asks for it only if the practice happens, the finding says instead (one severity step milder):', '', '```', def.conditionalMessage.replace('{cites}', cites), '```', '');
  const { reported, fine } = examples(def);
  out.push(`With the profile${askedBy(def.id).length > 1 ? 's' : ''} ${askedBy(def.id).join(', ')} active, reported:`, '', '```markdown', reported.trimEnd(), '```', '', 'Not reported:', '', '```markdown', fine.trimEnd(), '```', '');
  out.push(`The quick fix inserts a "${def.template.title}" section like the one above in the document's own heading style, with the facts to supply marked as \`[slots]\`; the \`placeholder\` rule reports them until they are filled in.`, '');
  out.push('If it does not apply to your service:', '', '```json', JSON.stringify({ topics: { [def.id]: { applicable: false, reason: '...' } } }), '```', '', '```html', `<!-- policy-linter-not-applicable ${def.id} -- the reason -->`, '```', '');
  return out;
}

/** docs/rules/<family rule>.md */
export function rulePage(family: FamilyDefinition): string {
  const ids = family.requirements.map((r) => `\`${r.id}\``).join(', ');
  const out = [
    `# ${family.rule}`,
    '',
    family.description,
    '',
    '- **Default severity:** warning; a requirement that the active profiles ask for only when the practice happens is reported one step milder (information), and guidance two steps (hint).',
    '- **Applies to:** Markdown, plain text and HTML, when a profile that asks for one of its requirements is active (the `profiles` setting; see [profiles](../profiles.md)).',
    `- **Requirements:** ${ids}.`,
    '',
    '## Why it matters',
    '',
    family.why,
    '',
    'Each requirement is reported once, whichever active profiles ask for it, on the document\'s title line (or at a section titled for it that falls short); its message cites the provisions of the active profiles. Status codes follow the project\'s requirements research; check the current official texts before relying on them.',
    '',
  ];
  for (const def of family.requirements) out.push(...requirementSection(def));
  out.push(
    '## Configuration',
    '',
    'Set the rule\'s severity (requirements that apply only when the practice happens stay one step milder than it):',
    '',
    '```json',
    JSON.stringify({ profiles: ['gdpr'], rules: { [family.rule]: 'error' } }),
    '```',
    '',
    `Naming the rule in a \`policy-linter-not-applicable\` comment marks all of its requirements not applicable. Your own wording for a requirement (plain text, matched case-insensitively as words):`,
    '',
    '```json',
    JSON.stringify({ topics: { [family.requirements[0].id]: { headings: ['...'], phrases: ['...'] } } }),
    '```',
    '',
  );
  return out.join('\n');
}

/** docs/profiles.md */
export function profilesPage(): string {
  const out = [
    '# Profiles',
    '',
    'A profile is the set of requirements a regime asks a privacy policy to state. Choose them with `profiles` in',
    '`.policy-linter.json`, the `policyLinter.profiles` setting or `--profile` on the command line; they combine',
    '(`["gdpr", "ccpa"]`), and a requirement several of them ask for is reported once, citing every one. The default is',
    '`["core"]`. This page is generated from the data in `engine/requirements/` (`npx tsx client/scripts/docs.ts`).',
    '',
    'Status: **must** be stated; **when the practice happens** (say what happens, or that it does not: "we have not',
    'appointed a DPO"; reported one severity step milder when not stated); **guidance** (regulator guidance, two steps',
    'milder). This is a research summary, not legal advice: check the current official texts.',
    '',
    '| profile | what it checks | requirements |',
    '| --- | --- | ---: |',
    ...PROFILES.map((p) => `| [\`${p.id}\`](#${p.id}) | ${cell(p.title)} | ${p.requirements.length} |`),
    '',
  ];
  for (const p of PROFILES) {
    out.push(`## ${p.id}`, '', `**${p.title}.** ${p.description}`, '', '| requirement | rule | status | citation |', '| --- | --- | --- | --- |');
    for (const id of p.requirements) {
      const def = requirementById(id)!;
      const own = p.regime ? def.citations.filter((c) => c.regime === p.regime) : [];
      const status = p.regime ? (own.some((c) => c.status === 'R') ? 'must' : own.some((c) => c.status === 'C') ? 'when the practice happens' : 'guidance') : 'must';
      const cite = own.length ? own.map((c) => `${c.regime} ${c.cite}`).join('; ') : def.citations.map((c) => `${c.regime} ${c.cite}`).join('; ');
      out.push(`| ${cell(def.title)} (\`${def.id}\`) | [\`${def.rule}\`](rules/${def.rule}.md) | ${status} | ${cell(cite)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** File path (under docs/) -> its text. */
export function docFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of FAMILIES) files.set(`rules/${f.rule}.md`, rulePage(f));
  files.set('profiles.md', profilesPage());
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeGenerated(DOCS_DIR, 'docs', docFiles(), 'client/scripts/docs.ts');
