// Hover text: what a finding means and how to resolve it, and how the linter read a section heading.
// All knowledge comes from the engine's data (topic definitions, placeholder kinds); this module only formats it.
import type { Hover, Range } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import type { Finding, PlaceholderFix, Span } from '../../engine/index.ts';
import type { LintView, ViewEvidence } from './lint-job.ts';
import type { Citation, TopicDefinition } from '../../engine/topics/definition.ts';
import { PLACEHOLDER_KINDS, explainRenderedTemplate } from '../../engine/placeholders/kinds.ts';
import { topicById } from '../../engine/topics/index.ts';
import { escapeMarkdown } from '../../engine/text/markdown-escape.ts';
import { publishedLink, type RuleLink } from './links.ts';

const contains = (s: Span, offset: number) => s.start <= offset && (offset < s.end || (s.start === s.end && offset === s.start));

/**
 * Visible characters the line of citations may take: one line of a hover at VS Code's narrowest (750 px at 14 px).
 * The regimes that do not fit are counted ("and 3 more"); the rule's page lists every provision.
 */
const CITATIONS_WIDTH = 80;

/** How a hover is shown. */
export interface HoverOptions {
  /**
   * The editor shows the messages of the diagnostics under the cursor in the same hover (VS Code does): the hover
   * does not say them again.
   */
  diagnosticsShown?: boolean;
}

/**
 * "Required by COPPA · CCPA/CPRA · LGPD and 3 more.": the regimes, each linked to the rule page's law table with its
 * provisions as the link's title, on one line.
 */
function citationsLine(f: Finding, citations: readonly Citation[], link: RuleLink, profiles: string): string {
  const provisions = new Map<string, string[]>();
  for (const c of citations) provisions.set(c.regime, [...(provisions.get(c.regime) ?? []), c.cite]);
  const regimes = [...provisions.keys()];
  const linked = (text: string, title?: string) => `[${escapeMarkdown(text)}](${link(f, 'why-it-matters')}${title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : ''})`;
  let width = 'Required by .'.length + profiles.length;
  let shown = 0;
  for (const regime of regimes) {
    const rest = regimes.length - shown - 1;
    if (shown > 0 && width + regime.length + 3 + (rest > 0 ? ' and N more'.length : 0) > CITATIONS_WIDTH) break;
    width += regime.length + 3;
    shown++;
  }
  const more = regimes.length - shown;
  const links = regimes.slice(0, shown).map((r) => linked(r, provisions.get(r)!.join('; ')));
  return `Required by ${links.join(' · ')}${more > 0 ? ` and ${linked(`${more} more`)}` : ''}${profiles}.`;
}

/**
 * A missing topic, on one screen: one sentence on what is missing (unless the editor shows it already), the
 * checklist, one line of citations linked to the rule's page (which has the full table and how to mark the topic not
 * applicable), and the fix.
 */
function missingTopicHover(f: Finding, topic: TopicDefinition, result: LintView, link: RuleLink, options: HoverOptions): string {
  const parts = options.diagnosticsShown ? [] : [`**${escapeMarkdown(f.message)}**`];
  if (topic.checklist.length) parts.push('A good section states:\n\n' + topic.checklist.map((c) => `- ${c}`).join('\n'));
  // With jurisdiction profiles active, the provisions of the active regimes that ask for it (it is reported once);
  // the core profile names no regime and shows them all.
  const state = result.requirements.find((r) => r.id === topic.id);
  const citations = state?.regimes.length ? state.citations : topic.citations;
  if (citations.length) parts.push(citationsLine(f, citations, link, state?.regimes.length ? ` (profiles ${state.profiles.map((p) => `\`${p}\``).join(', ')})` : ''));
  const fix = f.fix?.kind === 'insert-section' ? `*Insert "${topic.title}" section* (Ctrl+.), or say why it does not apply` : 'add what the section lacks, or say why it does not apply';
  const where = result.document.supportsComments ? '' : ' in `.policy-linter.json`';
  parts.push(`**Fix:** ${fix}${where}. [More about \`${f.ruleId}\`](${link(f)})`);
  return parts.join('\n\n');
}

/** Another missing topic at the same place (the title): one line, its details on its rule's page. */
function alsoMissingLine(f: Finding, link: RuleLink): string {
  return `Also: ${escapeMarkdown(f.message)} [More](${link(f)})`;
}

/**
 * A placeholder: what kind of slot it is and what to do, in one or two lines. Where the editor shows the finding's
 * message (the kind and what to write) the hover says what this kind of leftover is instead of saying it again.
 */
function placeholderHover(f: Finding, fix: PlaceholderFix, link: RuleLink, options: HoverOptions): string {
  const kind = PLACEHOLDER_KINDS[fix.placeholderKind];
  // The message's instruction ("Unfilled placeholder “[Company Name]”: write the company name here."), else the kind's.
  const todo = options.diagnosticsShown ? undefined : /^(?:[^“:]*|[^“]*“[^”]*”[^:]*):\s*(\S[^]*)$/.exec(f.message)?.[1];
  const parts = [`**${kind.title}.** ${todo ? escapeMarkdown(todo.charAt(0).toUpperCase() + todo.slice(1)) : kind.what}`];
  if (fix.renderedTemplate) parts.push(explainRenderedTemplate(fix.renderedTemplate));
  if (fix.replacement) parts.push(`Recovered address: \`${fix.replacement.replace(/`/g, '')}\` (the quick fix writes it in).`);
  parts.push(`[What counts as a placeholder](${link(f)})`);
  return parts.join('\n\n');
}

function findingHover(f: Finding, result: LintView, link: RuleLink, options: HoverOptions): string {
  if (f.fix?.kind === 'placeholder') return placeholderHover(f, f.fix, link, options);
  const topic = f.topic ? topicById(f.topic) : undefined;
  if (topic && f.ruleId === topic.rule) return missingTopicHover(f, topic, result, link, options);
  return `${options.diagnosticsShown ? '' : `${escapeMarkdown(f.message)}\n\n`}[More about \`${f.ruleId}\`](${link(f)})`;
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

/** The hover at `offset`, or null when there is nothing to say there. `link`: where rule links go (links.ts). */
export function hoverAt(result: LintView, offset: number, link: RuleLink = publishedLink, options: HoverOptions = {}): Hover | null {
  const doc = result.document;
  const blocks: string[] = [];
  let range: Range | undefined;
  // The first finding here in full; further missing topics at the same place (the title) in one line each, unless
  // the editor lists their messages already.
  let firstMissing = -1;
  for (const f of result.findings) {
    if (!contains(f.span, offset)) continue;
    const missing = f.fix?.kind !== 'placeholder' && f.topic !== undefined && f.ruleId === topicById(f.topic)?.rule;
    if (missing && firstMissing >= 0) {
      if (!options.diagnosticsShown) blocks[firstMissing] += '\n\n' + alsoMissingLine(f, link);
    } else {
      if (missing) firstMissing = blocks.length;
      blocks.push(findingHover(f, result, link, options));
    }
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
