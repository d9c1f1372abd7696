// Where each rule's documentation lives. The project's address is package.json's `repository` (the one place it is
// written); the published pages are its docs/rules/<id>.md, and a configuration may point findings elsewhere
// (`docsUrl`: a mirror, an intranet copy). The VS Code extension ships the same pages and opens its own copy.
import pkg from '../package.json' with { type: 'json' };

/** A repository's web address from package.json's `repository` (a string or {url}; "git+" and ".git" dropped). */
export function repositoryWebUrl(repository: string | { url: string }): string {
  let url = typeof repository === 'string' ? repository : repository.url;
  if (url.startsWith('git+')) url = url.slice('git+'.length);
  if (url.endsWith('.git')) url = url.slice(0, -'.git'.length);
  while (url.endsWith('/')) url = url.slice(0, -1);
  return url;
}

/** The project's repository on the web (package.json `repository`). */
export const REPOSITORY_URL = repositoryWebUrl(pkg.repository);

/** The published rule pages: the folder docs/rules/ of the repository's main branch. */
export const DEFAULT_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/rules`;

/** The page of a rule: `<base>/<rule-id>.md`, the published one unless a configuration names another base. */
export function docsUrl(ruleId: string, base: string = DEFAULT_DOCS_URL): string {
  return `${base.replace(/\/+$/, '')}/${ruleId}.md`;
}
