// The vague-<topic> rules: one finding per document when a topic of the active profiles is covered, but only by
// statements the topic's data marks as vague ("as long as necessary": no period, no criteria) or by a titled section
// in which no statement was found. Everything topic-specific (rule id, message) comes from the topic's definition.
import type { TopicDefinition } from '../topics/definition.ts';
import type { Rule, RuleReport } from './rule.ts';
import { lowerFirst, statesOf } from './missing-topic.ts';

export function vagueTopicRule(topic: TopicDefinition & { vague: NonNullable<TopicDefinition['vague']> }): Rule {
  return {
    meta: { id: topic.vague.rule, description: topic.vague.description, reports: `vague ${lowerFirst(topic.title)} statements`, defaultSeverity: 'info', topic: topic.id },
    check(ctx): RuleReport[] {
      const state = statesOf(ctx).find((s) => s.id === topic.id);
      if (state?.state !== 'vague') return [];
      const at = state.evidence.find((e) => e.vague) ?? state.evidence[0];
      return [{ span: at.span, topic: topic.id, message: topic.vague.message.replace('{quote}', at.quote) }];
    },
  };
}
