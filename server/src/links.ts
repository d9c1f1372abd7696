// Where a finding's documentation links go (the diagnostic's code link and the hover's links). A finding carries the
// address of its rule's page: the project's published page, or one under the configured docsUrl. A client that runs
// Commands.showRuleDocs (VS Code's) gets a command link to the copy of the published page shipped with it instead,
// which needs no network and shows the page of the installed version.
import type { Finding } from '../../engine/index.ts';
import { docsUrl } from '../../engine/docs.ts';
import { Commands, type ShowRuleDocsArgs } from './protocol.ts';

/** The link to a finding's rule page, at the heading `fragment` (an anchor such as "why-it-matters") when given. */
export type RuleLink = (f: Pick<Finding, 'ruleId' | 'url'>, fragment?: string) => string;

/** The finding's own address, for LSP clients that know nothing of the extension's command. */
export const publishedLink: RuleLink = (f, fragment) => (fragment ? `${f.url}#${fragment}` : f.url);

/** A `command:` URI: VS Code runs `command` with the arguments read from its query, a JSON array. */
export function commandUri(command: string, ...args: unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** The packaged page for findings that link to the project's published one; a configured address stays as it is. */
export const packagedLink: RuleLink = (f, fragment) => {
  if (f.url !== docsUrl(f.ruleId)) return publishedLink(f, fragment);
  const args: ShowRuleDocsArgs = { rule: f.ruleId, ...(fragment ? { fragment } : {}) };
  return commandUri(Commands.showRuleDocs, args);
};
