// The missing-<family> rules: one finding per requirement of the active profiles that the document neither covers
// nor marks not applicable. A core topic is a family of one (missing-retention); a profile family reports several
// requirements (missing-rights: access, erasure, objection ...). Everything requirement-specific (messages,
// citations, template) comes from the data; a requirement that applies only when the practice happens is reported as
// "not stated — say whether it applies", one severity step milder, and guidance two.
import type { PolicyDocument, RequirementCoverage, Span } from '../types.ts';
import type { TopicDefinition } from '../topics/definition.ts';
import type { FamilyDefinition } from '../requirements/index.ts';
import { citeList, MILDER_BY, requirementById } from '../requirements/index.ts';
import { requirementCoverage } from '../requirements/coverage.ts';
import { planInsertSection } from '../fixes/insert-section.ts';
import type { Rule, RuleContext, RuleReport } from './rule.ts';

/** Where a document-level finding goes: the title line, else the first non-blank line, else the start. */
export function documentSpan(doc: PolicyDocument): Span {
  if (doc.title) return doc.title;
  const m = /\S[^\r\n]*/.exec(doc.text);
  if (!m) return { start: 0, end: 0 };
  return { start: m.index, end: m.index + m[0].trimEnd().length };
}

/** "Children's privacy" -> "children's privacy", for a title inside a sentence. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The requirement states of the active profiles (computed once per lint and shared by every rule). */
export function statesOf({ doc, coverage, config }: RuleContext): RequirementCoverage[] {
  return requirementCoverage(doc, coverage, config);
}

/** The finding's message for a missing requirement, by how strongly the active profiles ask for it. */
export function missingMessage(def: TopicDefinition, state: RequirementCoverage): string {
  const template = state.status === 'conditional' && def.conditionalMessage ? def.conditionalMessage : def.message;
  return template.replace('{cites}', citeList(state.citations));
}

/**
 * An empty section titled for the requirement: "The "Data retention" section is empty: say how long …", the advice of
 * a "No <what>: <advice>." message, or the whole message after a full stop when it has no such form.
 */
function emptySectionMessage(title: string, message: string): string {
  const advice = /^No [^:]+: (.+)$/s.exec(message)?.[1];
  return advice ? `The "${title}" section is empty: ${advice}` : `The "${title}" section is empty. ${message}`;
}

function report(ctx: RuleContext, state: RequirementCoverage): RuleReport {
  const def = requirementById(state.id)!;
  const message = missingMessage(def, state);
  const milder = MILDER_BY[state.status];
  const common = { topic: def.id, ...(milder ? { milder } : {}) };
  // A section already titled for the requirement but empty or lacking what it needs: point at it; a second one would not help.
  if (state.incomplete) {
    const { title, span, shortfall } = state.incomplete;
    const text = shortfall === 'requirement' && def.incompleteMessage ? def.incompleteMessage.replace('{title}', title) : emptySectionMessage(title, message);
    return { span, message: text, ...common };
  }
  return { span: documentSpan(ctx.doc), message, ...common, fix: planInsertSection(ctx.doc, ctx.coverage, def) };
}

/** The rule that reports the family's missing requirements. */
export function missingRequirementsRule(family: Pick<FamilyDefinition, 'rule' | 'title' | 'description' | 'requirements'>): Rule {
  const ids = new Set(family.requirements.map((r) => r.id));
  const single = family.requirements.length === 1 ? family.requirements[0].id : undefined;
  return {
    meta: { id: family.rule, description: family.description, reports: `the missing ${lowerFirst(family.title)} ${single ? 'section' : 'statements'}`, defaultSeverity: 'warning', ...(single ? { topic: single } : { requirements: [...ids] }) },
    check(ctx): RuleReport[] {
      return statesOf(ctx)
        .filter((s) => ids.has(s.id) && s.state === 'missing')
        .map((s) => report(ctx, s));
    },
  };
}

/** The rule for a core topic: missing-<topic>. */
export function missingTopicRule(topic: TopicDefinition): Rule {
  return missingRequirementsRule({ rule: topic.rule, title: topic.title, description: topic.description, requirements: [topic] });
}
