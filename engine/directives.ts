import type { InlineDirective, Span } from './types.ts';

/**
 * The reason a "mark not applicable" quick fix writes for the author to replace; left unedited, it is reported as an
 * unfilled placeholder (rules/placeholder.ts).
 */
export const DEFAULT_REASON = 'Explain why this topic does not apply';

const DIRECTIVE = /^\s*policy-linter-(disable-next-line|disable-line|disable|enable|not-applicable)\b\s*([^]*?)\s*$/;

/**
 * Reads an inline control comment's inner text:
 *   policy-linter-disable [rule ...]            policy-linter-enable [rule ...]
 *   policy-linter-disable-next-line [rule ...]  policy-linter-disable-line [rule ...]
 *   policy-linter-not-applicable topic [-- reason]
 * Rule lists may be separated by spaces or commas; text after "--" is a reason.
 */
export function parseDirective(text: string, span: Span): InlineDirective | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  const kind = m[1] as InlineDirective['kind'];
  const [list, ...rest] = m[2].split(/\s+--\s*|^--\s*/);
  const reason = rest.join(' -- ').trim() || undefined;
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { kind, rules, reason, span };
}
