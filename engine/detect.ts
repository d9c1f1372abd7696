// Decides whether a file is a privacy policy worth linting when nobody named it explicitly (a directory walk in the
// CLI, the language server's automatic mode). Pure: it looks at the name and the first few kilobytes of text.

import { TEMPLATE_ENGINES } from './templates/engines.ts';

/** Extensions a search for policy documents picks up (a CLI directory walk, the editor's Lint Workspace). */
export const LINTABLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'];

const DOCUMENT_EXTENSIONS = new Set([...LINTABLE_EXTENSIONS, ...TEMPLATE_ENGINES.flatMap((e) => e.extensions.map((x) => x.slice(x.lastIndexOf('.'))))]);

/**
 * Whether a file's name says it holds a document, for a file picked by name alone (the include globs, which match
 * any name: "*policy*" matches `.policy-linter.json` and `policy.ts` too): a lintable extension, a page template's
 * (`privacy.hbs`, `privacy.html.erb`), or none (`PRIVACY`); never a dotfile.
 */
export function isDocumentFileName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (!base || base.startsWith('.')) return false;
  const dot = base.lastIndexOf('.');
  return dot <= 0 || DOCUMENT_EXTENSIONS.has(base.slice(dot).toLowerCase());
}

/** File names that announce a privacy document ("privacy.md", "PRIVACY", "datenschutz.html", "gdpr-notice.txt"). */
const POLICY_NAME = /privacy|datenschutz|data[-_ .]?protection|gdpr|ccpa|privacidad|confidentialit/i;

/** A document title naming a privacy policy, notice or statement. */
const POLICY_TITLE =
  /\b(?:privacy|data\s+protection|data\s+privacy|personal\s+(?:data|information)(?:\s+protection)?)(?:\s+(?:and|&)\s+cookies?)?\s+(?:policy|notice|statement|charter|disclosure|information)\b|\bdatenschutz(?:erkl(?:ä|ae)rung|hinweise?|richtlinie|information(?:en)?)\b/i;

/** Opening sentences such as "This Privacy Notice describes how we ..." (documents with no title line). */
const POLICY_SENTENCE =
  /\bthis\s+(?:privacy|data\s+protection)\s+(?:policy|notice|statement)\s*(?:\([^)]{0,40}\)\s*)?(?:describes|explains|sets\s+out|applies|governs|outlines|informs|covers|tells|is\s+(?:intended|designed|meant))\b/i;

/** What may follow the name in a title: nothing, a separator ("| Acme", "(Draft)"), a date, or "for/of ...". */
const TITLE_TAIL = /^\s*(?:\.?$|[|:(\[\u2013\u2014-]|\d|(?:for|of|and|&)\s)/i;

const HEAD_LINES = 40;
const HEAD_CHARS = 3 * 1024;
/** HTML puts scripts, styles and navigation before the title, so more of it is read. */
const HTML_HEAD_CHARS = 64 * 1024;
const MAX_TITLE_LENGTH = 80;

export function isPolicyDocument(fileName: string, text: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (POLICY_NAME.test(base)) return true;
  const html = /\.x?html?$/i.test(base) || /^\s*<(?:!doctype\s+html|html)\b/i.test(text.slice(0, 512));
  const head = html ? htmlHeadText(text) : text.slice(0, HEAD_CHARS);
  const lines = head.split(/\r\n|\r|\n/).slice(0, HEAD_LINES);
  return lines.some(isPolicyTitle) || POLICY_SENTENCE.test(lines.join(' '));
}

/** A short line that is a title naming a privacy document; links and list entries pointing to one do not count. */
function isPolicyTitle(line: string): boolean {
  if (/\]\(|\]\[|<a\s|https?:\/\//i.test(line)) return false;
  const title = line
    .replace(/<[^>]*>/g, ' ')
    .replace(/^[\s>#*_=+|•·-]*(?:(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s+)?/i, '')
    .replace(/[\s#*_=|:-]+$/, '');
  if (!title || title.length > MAX_TITLE_LENGTH || /;/.test(title)) return false;
  const m = POLICY_TITLE.exec(title);
  return m !== null && TITLE_TAIL.test(title.slice(m.index + m[0].length));
}

/** The visible text at the start of an HTML document, one line per element, without scripts, styles or comments. */
function htmlHeadText(text: string): string {
  const visible = text
    .slice(0, HTML_HEAD_CHARS)
    .replace(/<(script|style|noscript|svg)\b[^]*?<\/\1\s*>|<!--[^]*?-->/gi, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .replace(/&amp;/gi, '&');
  const lines = visible.split(/\n/).map((l) => l.trim()).filter(Boolean);
  return lines.join('\n').slice(0, HEAD_CHARS);
}
