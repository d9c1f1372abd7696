// Which open documents the server lints: a supported language, and a policy-like file name, policy-like content,
// or an explicit request from the user (the lint-file command).
import { minimatch, Minimatch } from 'minimatch';
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

/**
 * The path part of a URI, decoded (any scheme; a file: URI's Windows drive loses its leading slash). For names and
 * glob matching, which read forward slashes: the server runs in browsers too, so this needs no Node built-in. Reading
 * files goes through node-config-files.ts (fileURLToPath) or the client.
 */
export function pathOf(uri: string): string {
  try {
    const path = decodeURIComponent(new URL(uri).pathname);
    return uri.startsWith('file:') && /^\/[a-z]:/i.test(path) ? path.slice(1) : path;
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

/**
 * How many patterns the include globs may expand to, in all: braces multiply ('{a,b}' x 40 is 2^40 globs, and
 * minimatch compiles up to 100,000 of them), and every lint matches the document's path against each.
 */
export const MAX_INCLUDE_PATTERNS = 64;
const MAX_GLOB_LENGTH = 1000;

/**
 * The include globs within the bounds, in order, and one sentence for each one left out. A glob that would take
 * the total past MAX_INCLUDE_PATTERNS is left out; so is one too long to be a path pattern.
 */
export function boundedGlobs(globs: readonly string[]): { globs: string[]; problems: string[] } {
  const kept: string[] = [];
  const problems: string[] = [];
  let total = 0;
  for (const glob of globs) {
    const shown = JSON.stringify(glob.length > 60 ? glob.slice(0, 57) + '...' : glob);
    if (glob.length > MAX_GLOB_LENGTH) {
      problems.push(`Setting "policyLinter.include" pattern ${shown} is ${glob.length} characters long (the limit is ${MAX_GLOB_LENGTH}); it was ignored.`);
      continue;
    }
    // Expanding stops one past what is left, so this costs no more than the budget whatever the braces.
    const n = minimatch.braceExpand(glob, { braceExpandMax: MAX_INCLUDE_PATTERNS - total + 1 }).length;
    if (total + n > MAX_INCLUDE_PATTERNS) {
      const why = n > MAX_INCLUDE_PATTERNS ? `expands to more than ${MAX_INCLUDE_PATTERNS} patterns (each {a,b} group multiplies them)` : `would take the include patterns past ${MAX_INCLUDE_PATTERNS} in all`;
      problems.push(`Setting "policyLinter.include" pattern ${shown} ${why}; it was ignored.`);
      continue;
    }
    total += n;
    kept.push(glob);
  }
  return { globs: kept, problems };
}

/** Compiled include globs by list (JSON), so each distinct list is compiled once, not on every lint. */
const compiled = new Map<string, Minimatch[]>();
const MAX_COMPILED = 16;

/** The compiled matchers of a list of globs (bounded by boundedGlobs; a glob minimatch refuses matches nothing). */
export function includeMatchers(include: readonly string[]): Minimatch[] {
  const key = JSON.stringify(include);
  let matchers = compiled.get(key);
  if (!matchers) {
    matchers = include.flatMap((glob) => {
      try {
        return [new Minimatch(glob, { nocase: true, dot: true, matchBase: !glob.includes('/'), braceExpandMax: MAX_INCLUDE_PATTERNS })];
      } catch {
        return [];
      }
    });
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, matchers);
  }
  return matchers;
}

/** Whether the document's path matches one of the globs, ignoring case (globs are matched anywhere below a folder). */
export function matchesInclude(uri: string, include: readonly string[], folders: readonly string[] = []): boolean {
  const path = matchPath(uri, folders);
  return includeMatchers(include).some((m) => m.match(path));
}
