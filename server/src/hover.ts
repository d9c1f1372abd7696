// Hover text: what a finding means and how to resolve it, and how the linter read a section heading.
// All knowledge comes from the engine's data (topic definitions, placeholder kinds); this module only formats it.
import type { Hover, Range } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Finding, PlaceholderFix, Span } from '../../engine/index.ts';
import type { LintView, ViewEvidence } from './lint-job.ts';
import type { Citation, TopicDefinition } from '../../engine/topics/definition.ts';
import { explainPlaceholder, explainRenderedTemplate } from '../../engine/placeholders/kinds.ts';
import { topicById } from '../../engine/topics/index.ts';
import { escapeMarkdown } from '../../engine/text/markdown-escape.ts';
import { notApplicableComment, notApplicableConfigSnippet } from './not-applicable.ts';

const STATUS: Record<Citation['status'], string> = {
  R: 'must be stated',
  C: 'required when it applies',
  G: 'recommended by regulator guidance',
};

const contains = (s: Span, offset: number) => s.start <= offset && (offset < s.end || (s.start === s.end && offset === s.start));

const fence = (lang: string, body: string) => '```' + lang + '\n' + body + '\n```';

function missingTopicHover(f: Finding, topic: TopicDefinition, result: LintView): string {
  const parts = [`**Missing section: ${topic.title}** — \`${f.ruleId}\``, topic.why];
  // With jurisdiction profiles active, the provisions of every active regime that asks for it (it is reported once);
  // the core profile names no regime and shows them all.
  const state = result.requirements.find((r) => r.id === topic.id);
  const citations = state?.regimes.length ? state.citations : topic.citations;
  if (citations.length) {
    const profiles = state?.regimes.length ? ` (profiles ${state.profiles.map((p) => `\`${p}\``).join(', ')})` : '';
    parts.push(`**Which laws require it**${profiles}\n\n` + citations.map((c) => `- ${c.regime} ${c.cite} — ${STATUS[c.status]}`).join('\n'));
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

function findingHover(f: Finding, result: LintView): string {
  if (f.fix?.kind === 'placeholder') return placeholderHover(f, f.fix);
  const topic = f.topic ? topicById(f.topic) : undefined;
  if (topic) return missingTopicHover(f, topic, result);
  return `${f.message}\n\n[Rule documentation](${f.url})`;
}

/** Evidence items shown per topic in a hover. */
const MAX_EVIDENCE = 3;

/** "line 14: “Logs are kept for 30 days.”" (marked when the statement is vague). */
function evidenceLine(result: LintView, e: ViewEvidence): string {
  const line = result.document.lines.positionAt(e.span.start).line + 1;
  const what = e.via === 'heading' ? 'the heading' : `“${escapeMarkdown(e.quote)}”`;
  return `line ${line}: ${what}${e.vague ? ' (vague: no period or criteria)' : ''}`;
}

/**
 * What a section heading covers and on what evidence: the topics the section is titled for or states, each with the
 * sentences in the section (and its subsections) that the linter read as covering it.
 */
function sectionCoverage(result: LintView, i: number): string | undefined {
  const doc = result.document;
  const section = doc.sections[i];
  let end = doc.text.length;
  for (let j = i + 1; j < doc.sections.length; j++) {
    if (doc.sections[j].level <= section.level) {
      end = doc.sections[j].heading.start;
      break;
    }
  }
  const lines: string[] = [];
  for (const [id, evidence] of result.coverage.covered) {
    const inside = evidence.filter((e) => e.span.start >= section.heading.start && e.span.start < end);
    if (!inside.length) continue;
    const title = topicById(id)?.title ?? id;
    lines.push(`- **${title}** — ${inside.slice(0, MAX_EVIDENCE).map((e) => evidenceLine(result, e)).join('; ')}`);
  }
  return lines.length ? `**Policy Linter reads this section as covering**\n\n${lines.join('\n')}` : undefined;
}

/** On the title: every covered topic and the first piece of evidence for it, so a wrong "covered" is as visible as a wrong "missing". */
function coverageSummary(result: LintView): string | undefined {
  const lines = [...result.coverage.covered].map(([id, evidence]) => `- **${topicById(id)?.title ?? id}** — ${evidenceLine(result, evidence.find((e) => !e.vague) ?? evidence[0])}`);
  return lines.length ? `**Covered by this policy**\n\n${lines.join('\n')}` : undefined;
}

/** The hover at `offset`, or null when there is nothing to say there. */
export function hoverAt(result: LintView, offset: number): Hover | null {
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
    const text = sectionCoverage(result, i);
    if (!text) return;
    blocks.push(text);
    range ??= doc.lines.rangeOf(section.heading);
  });
  if (doc.title && contains(doc.title, offset)) {
    const summary = coverageSummary(result);
    if (summary) {
      blocks.push(summary);
      range ??= doc.lines.rangeOf(doc.title);
    }
  }
  if (!blocks.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n---\n\n') }, ...(range ? { range } : {}) };
}
