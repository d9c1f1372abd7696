// Topic definitions by id (engine data).
import { TOPICS } from '../../engine/index.ts';
import type { TopicDefinition } from '../../engine/topics/definition.ts';

const BY_ID = new Map<string, TopicDefinition>(TOPICS.map((t: TopicDefinition) => [t.id, t]));

export function topicById(id: string): TopicDefinition | undefined {
  return BY_ID.get(id);
}

export function topicTitle(id: string): string {
  return BY_ID.get(id)?.title ?? id;
}
