// The missing-<topic> rules: one finding per document when a required topic is neither covered nor marked not
// applicable. Everything topic-specific (message, citations, template) comes from the topic's lexicon.
import type { PolicyDocument, Span } from '../types.ts';
import type { TopicDefinition } from '../topics/definition.ts';
import type { ResolvedConfig } from '../config/resolve.ts';
import { incompleteSections } from '../topics/recognize.ts';
import { TOPICS } from '../topics/index.ts';
import { planInsertSection } from '../fixes/insert-section.ts';
import type { Rule, RuleReport } from './rule.ts';

/** Where a document-level finding goes: the title line, else the first non-blank line, else the start. */
export function documentSpan(doc: PolicyDocument): Span {
  if (doc.title) return doc.title;
  const m = /\S[^\r\n]*/.exec(doc.text);
  if (!m) return { start: 0, end: 0 };
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}

/** Marked not applicable in the config (topics.<id>.applicable: false) or by an inline comment naming the topic or rule. */
export function isNotApplicable(doc: PolicyDocument, config: ResolvedConfig, topic: TopicDefinition): boolean {
  if (config.notApplicable.has(topic.id)) return true;
  return doc.directives.some((d) => d.kind === 'not-applicable' && (d.rules.includes(topic.id) || d.rules.includes(topic.rule)));
}

/** "Children's privacy" -> "children's privacy", for a title inside a sentence. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function missingTopicRule(topic: TopicDefinition): Rule {
  return {
    meta: { id: topic.rule, description: topic.description, reports: `the missing ${lowerFirst(topic.title)} section`, defaultSeverity: 'warning', topic: topic.id },
    check({ doc, coverage, config }): RuleReport[] {
      if (coverage.covered.has(topic.id) || isNotApplicable(doc, config, topic)) return [];
      // A section already titled for the topic but empty or lacking what it needs: point at it; a second one would not help.
      const incomplete = incompleteSections(doc, topic, { extraHeadings: config.extraHeadings, extraPhrases: config.extraPhrases }, TOPICS)[0];
      if (incomplete) {
        const { section, shortfall } = incomplete;
        const message =
          shortfall === 'requirement' && topic.incompleteMessage
            ? topic.incompleteMessage.replace('{title}', section.title)
            : `The "${section.title}" section is empty: ${topic.message.slice(topic.message.indexOf(': ') + 2)}`;
        return [{ span: section.heading, topic: topic.id, message }];
      }
      return [{ span: documentSpan(doc), topic: topic.id, message: topic.message, fix: planInsertSection(doc, coverage, topic) }];
    },
  };
}
