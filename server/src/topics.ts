// Topic names for titles and hovers (the definitions are engine data).
import { topicById } from '../../engine/topics/index.ts';

export function topicTitle(id: string): string {
  return topicById(id)?.title ?? id;
}
