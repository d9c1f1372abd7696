// Which page Commands.showRuleDocs opens (no VS Code import: unit-tested). The server links findings of the project's
// own pages to the command (server/src/links.ts); the page is the copy shipped in the extension, docs/rules/<id>.md,
// and the published one when that copy cannot be read.
import { docsUrl } from '../../engine/docs.ts';
import type { ShowRuleDocsArgs } from '../../server/src/protocol.ts';

/** A rule id or a heading's anchor as the server writes them: lowercase words joined by single hyphens, never a path. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface RuleDocsTarget {
  /** The page's path inside the extension, as segments for vscode.Uri.joinPath(extensionUri, ...path). */
  path: string[];
  /** The heading to scroll to. */
  fragment?: string;
  /** The published page (with the fragment), opened in the browser when the packaged copy cannot be read. */
  published: string;
}

/** The page of the command's arguments, or undefined when they do not name a rule (a link written by someone else). */
export function ruleDocsTarget(args: unknown): RuleDocsTarget | undefined {
  const { rule, fragment } = (typeof args === 'object' && args !== null ? args : {}) as Partial<Record<keyof ShowRuleDocsArgs, unknown>>;
  if (typeof rule !== 'string' || !NAME.test(rule)) return undefined;
  const anchor = typeof fragment === 'string' && NAME.test(fragment) ? fragment : undefined;
  return {
    path: ['docs', 'rules', `${rule}.md`],
    ...(anchor ? { fragment: anchor } : {}),
    published: docsUrl(rule) + (anchor ? `#${anchor}` : ''),
  };
}
