/** Where each rule's documentation lives (docs/rules/<id>.md in the repository). */
export const REPOSITORY_URL = 'https://github.com/policy-linter/policy-linter';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
