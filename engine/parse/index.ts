import type { Format, InlineDirective, LintOptions, PlainTextPart, PolicyDocument } from '../types.ts';
import { LineIndex } from '../text/lines.ts';
import { parseDirective } from '../directives.ts';
import { normaliseSpans, type ParsedParts } from './parts.ts';
import type { Root } from 'mdast';
import { outlineMarkdown, parseBoundedMarkdown } from './markdown.ts';
import { containerDepth, MAX_CONTAINER_DEPTH } from './markdown-bounds.ts';
import { parseText } from './text.ts';
import { parseHtml } from './html.ts';
import { renderedExtension } from '../templates/engines.ts';
import { twoByte } from '../text/two-byte.ts';

// Tables keyed by input are Maps: a plain object would answer "constructor" or "__proto__" with what it inherits.
const BY_EXTENSION = new Map<string, Format>([['md', 'markdown'], ['markdown', 'markdown'], ['mdown', 'markdown'], ['mkd', 'markdown'], ['html', 'html'], ['htm', 'html'], ['xhtml', 'html']]);

/**
 * The format for a file name: Markdown and HTML by extension, a template by what it renders ("privacy.html.erb",
 * "privacy.njk": HTML; "terms.md.j2": Markdown), plain text for everything else.
 */
export function formatFor(fileName: string | undefined): Format {
  const ext = renderedExtension(fileName) ?? /\.([^./\\]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION.get(ext) ?? 'text';
}

const PARSERS = new Map<Format, (text: string, lines: LineIndex, onTree?: (tree: Root) => void) => ParsedParts>([
  [
    'markdown',
    (text, lines, onTree) => {
      const { tree, plain } = parseBoundedMarkdown(text);
      const parts = outlineMarkdown(tree, text, lines);
      if (!plain.length) onTree?.(tree);
      return plain.length ? { ...parts, plainText: plain } : parts;
    },
  ],
  ['text', parseText],
  ['html', parseHtml],
]);

/**
 * The parts of a text in its format. `onTree` receives a Markdown text's mdast when the outline was taken from it and
 * none of it was read as plain text (the incremental engine keeps it to re-parse only what an edit touches: a tree with
 * parts read as plain text is not the text's own, and no window of it may be kept).
 *
 * Markup nested thousands deep ("> > > ...", "*****a*****") overflows the call stack of tree builders and walkers,
 * remark's own included: such a document is outlined as plain text rather than not at all.
 */
export function parseParts(format: Format, text: string, lines: LineIndex, onTree?: (tree: Root) => void): ParsedParts {
  // remark's container parsing grows much faster than linearly with nesting depth ('- '.repeat(10000) takes
  // a minute): nesting no real policy uses is read as plain text instead of stalling the editor.
  if (format === 'markdown' && containerDepth(text) > MAX_CONTAINER_DEPTH) return nestedAsText(text, lines);
  try {
    return PARSERS.get(format)!(text, lines, onTree);
  } catch (err) {
    if (format === 'text' || !(err instanceof RangeError)) throw err;
    return format === 'markdown' ? nestedAsText(text, lines) : parseText(text, lines);
  }
}

/** A Markdown text nested too deep to parse, outlined as plain text. */
function nestedAsText(text: string, lines: LineIndex): ParsedParts {
  return { ...parseText(text, lines), plainText: [{ span: { start: 0, end: text.length }, reason: 'nesting' }] };
}

/** Why a part was read as plain text, in words for the note. */
const PLAIN_REASONS = new Map<PlainTextPart['reason'], string>([
  ['blocks', 'thousands of short lines, list items or table cells'],
  ['inline', 'a paragraph dense with brackets, emphasis or other markup'],
]);

/**
 * One sentence saying which parts of a Markdown document were read as plain text and why (undefined when none was):
 * the CLI prints it, so that findings there (or their absence) are not a surprise.
 */
export function plainTextNote(doc: PolicyDocument): string | undefined {
  const parts = doc.plainText ?? [];
  if (!parts.length) return undefined;
  if (parts[0].reason === 'nesting') return `read as plain text: its block quotes or lists are nested more than ${MAX_CONTAINER_DEPTH} deep, which Markdown parsers cannot handle in reasonable time`;
  const lineOf = (offset: number) => doc.lines.lineOf(offset) + 1;
  const where = parts.slice(0, 3).map((p) => {
    const [a, b] = [lineOf(p.span.start), lineOf(Math.max(p.span.start, p.span.end - 1))];
    return `${a === b ? `line ${a}` : `lines ${a}-${b}`} (${PLAIN_REASONS.get(p.reason)})`;
  });
  const more = parts.length > 3 ? ` and ${parts.length - 3} more part${parts.length > 4 ? 's' : ''}` : '';
  return `read as plain text, because parsing it as Markdown would take far too long: ${where.join(', ')}${more}`;
}

export function parseDocument(source: string, options: LintOptions = {}): PolicyDocument {
  const text = twoByte(source); // what the patterns read, in one representation (text/two-byte.ts)
  const format = formatOf(options);
  const lines = new LineIndex(text);
  return assembleDocument(text, format, lines, parseParts(format, text, lines), options);
}

/** The format a document is linted as: the one given, else the file name's. */
export function formatOf(options: LintOptions): Format {
  // A format the engine does not know (callers in plain JavaScript) is ignored like a missing one.
  return options.format !== undefined && PARSERS.has(options.format) ? options.format : formatFor(options.fileName);
}

/** The PolicyDocument of a text from what its format's parser found (shared by parseDocument and the incremental engine). */
export function assembleDocument(text: string, format: Format, lines: LineIndex, parts: ParsedParts, options: LintOptions): PolicyDocument {
  const directives = parts.comments
    .map((c) => parseDirective(c.text, c.span))
    .filter((d): d is InlineDirective => d !== undefined);
  const eol = /\r\n/.test(text) ? '\r\n' : /\r(?!\n)/.test(text) && !/\n/.test(text) ? '\r' : '\n';
  return {
    text,
    format,
    lines,
    title: parts.title,
    sections: parts.sections,
    toc: normaliseSpans(parts.toc),
    blocks: parts.blocks,
    excluded: normaliseSpans(parts.excluded),
    readable: normaliseSpans(parts.readable ?? []),
    directives,
    comments: parts.comments.map((c) => c.span).sort((a, b) => a.start - b.start),
    eol,
    supportsComments: format !== 'text',
    ...(options.fileName || options.languageId ? { source: { ...(options.fileName ? { fileName: options.fileName } : {}), ...(options.languageId ? { languageId: options.languageId } : {}) } } : {}),
    ...(parts.openCodeStart !== undefined ? { openCodeStart: parts.openCodeStart } : {}),
    ...(parts.plainText?.length ? { plainText: parts.plainText } : {}),
    ...(parts.references?.length ? { references: parts.references } : {}),
    ...(parts.sectionsEnd !== undefined ? { sectionsEnd: parts.sectionsEnd } : {}),
  };
}
