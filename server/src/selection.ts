// Which open documents the server lints: a supported language, and a policy-like file name, policy-like content,
// or an explicit request from the user (the lint-file command).
import { minimatch } from 'minimatch';
import { fileURLToPath } from 'node:url';
import type { Format } from '../../engine/index.ts';
import { formatFor } from '../../engine/index.ts';
import { TEMPLATE_LANGUAGE_IDS } from '../../engine/templates/engines.ts';
import { DOCUMENT_LANGUAGES } from './protocol.ts';

/** A Map: language ids come from the client, and a plain object would know "constructor" and "__proto__". */
const FORMAT_BY_LANGUAGE = new Map<string, Format>([['markdown', 'markdown'], ['plaintext', 'text'], ['html', 'html']]);

/**
 * The engine format for a document, from its language id, else from its file name; a template language renders HTML
 * unless its file name says Markdown or text ("privacy.md" in jinja-md, "terms.txt" in django-txt).
 */
export function formatOf(languageId: string, uri: string): Format {
  const known = FORMAT_BY_LANGUAGE.get(languageId);
  if (known) return known;
  const path = pathOf(uri);
  const byName = formatFor(path);
  return TEMPLATE_LANGUAGE_IDS.includes(languageId) && byName === 'text' && !/\.(?:txt|text)$/i.test(path) ? 'html' : byName;
}

export function isSupportedLanguage(languageId: string): boolean {
  return DOCUMENT_LANGUAGES.includes(languageId);
}

/** The file-system path of a URI (file: or any other scheme's path part). */
export function pathOf(uri: string): string {
  try {
    if (uri.startsWith('file:')) return fileURLToPath(uri);
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/** The path matched against include globs: relative to its workspace folder when inside one, with forward slashes. */
function matchPath(uri: string, folders: readonly string[]): string {
  const path = pathOf(uri).replace(/\\/g, '/');
  for (const folder of folders) {
    const root = pathOf(folder).replace(/\\/g, '/').replace(/\/$/, '');
    if (root && path.toLowerCase().startsWith(root.toLowerCase() + '/')) return path.slice(root.length + 1);
  }
  return path.replace(/^\/+/, '');
}

/** Whether the document's path matches one of the globs, ignoring case (globs are matched anywhere below a folder). */
export function matchesInclude(uri: string, include: readonly string[], folders: readonly string[] = []): boolean {
  const path = matchPath(uri, folders);
  return include.some((glob) => {
    try {
      return minimatch(path, glob, { nocase: true, dot: true, matchBase: !glob.includes('/') });
    } catch {
      return false;
    }
  });
}
