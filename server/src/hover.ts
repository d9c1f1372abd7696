// Hover text: what a finding means and how to resolve it, and how the linter read a section heading.
// All knowledge comes from the engine's data (topic definitions, placeholder kinds); this module only formats it.
import type { Hover, Range } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Finding, LintResult, PlaceholderFix, Span } from '../../engine/index.ts';
import type { Citation, TopicDefinition } from '../../engine/topics/definition.ts';
import { explainPlaceholder, explainRenderedTemplate } from '../../engine/placeholders/kinds.ts';
import { topicById } from '../../engine/topics/index.ts';
import { notApplicableComment, notApplicableConfigSnippet } from './not-applicable.ts';

const STATUS: Record<Citation['status'], string> = {
  R: 'must be stated',
  C: 'required when it applies',
  G: 'recommended by regulator guidance',
};

const contains = (s: Span, offset: number) => s.start <= offset && (offset < s.end || (s.start === s.end && offset === s.start));

const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, '\\$&');

const fence = (lang: string, body: string) => '```' + lang + '\n' + body + '\n```';

function missingTopicHover(f: Finding, topic: TopicDefinition, result: LintResult): string {
  const parts = [`**Missing section: ${topic.title}** — \`${f.ruleId}\``, topic.why];
  if (topic.citations.length) {
    parts.push('**Which laws require it**\n\n' + topic.citations.map((c) => `- ${c.regime} ${c.cite} — ${STATUS[c.status]}`).join('\n'));
  }
  if (topic.checklist.length) parts.push('**What a good section states**\n\n' + topic.checklist.map((c) => `- ${c}`).join('\n'));
  let na = `**Not applicable to you?** Say so in \`.policy-linter.json\`:\n\n${fence('json', notApplicableConfigSnippet(topic.id))}`;
  if (result.document.supportsComments) {
    na += `\n\nor put this comment after the title:\n\n${fence(result.document.format === 'html' ? 'html' : 'markdown', notApplicableComment(topic.id, 'why it does not apply'))}`;
  }
  parts.push(na);
  parts.push(`[Rule documentation](${f.url})`);
  return parts.join('\n\n');
}

function placeholderHover(f: Finding, fix: PlaceholderFix): string {
  const parts = [`**Placeholder** — \`${f.ruleId}\``, explainPlaceholder(fix.placeholderKind)];
  if (fix.renderedTemplate) parts.push(explainRenderedTemplate(fix.renderedTemplate));
  if (fix.label) parts.push(`**What goes here:** ${escapeMarkdown(fix.label)}`);
  if (fix.replacement) parts.push(`**Recovered value:** \`${fix.replacement.replace(/`/g, '')}\` (the quick fix writes it in).`);
  parts.push(`[Rule documentation](${f.url})`);
  return parts.join('\n\n');
}

function findingHover(f: Finding, result: LintResult): string {
  if (f.fix?.kind === 'placeholder') return placeholderHover(f, f.fix);
  const topic = f.topic ? topicById(f.topic) : undefined;
  if (topic) return missingTopicHover(f, topic, result);
  return `${f.message}\n\n[Rule documentation](${f.url})`;
}

/** The hover at `offset`, or null when there is nothing to say there. */
export function hoverAt(result: LintResult, offset: number): Hover | null {
  const doc = result.document;
  const blocks: string[] = [];
  let range: Range | undefined;
  for (const f of result.findings) {
    if (!contains(f.span, offset)) continue;
    blocks.push(findingHover(f, result));
    range ??= f.range;
  }
  doc.sections.forEach((section, i) => {
    if (!contains(section.heading, offset)) return;
    const topics = (result.coverage.sectionTopics[i] ?? []).map((id) => topicById(id)?.title ?? id);
    if (!topics.length) return;
    blocks.push(`Policy Linter reads this section as: **${topics.join('**, **')}**`);
    range ??= doc.lines.rangeOf(section.heading);
  });
  if (!blocks.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}
