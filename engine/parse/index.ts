import type { Format, InlineDirective, LintOptions, PolicyDocument } from '../types.ts';
import { LineIndex } from '../text/lines.ts';
import { parseDirective } from '../directives.ts';
import { normaliseSpans, type ParsedParts } from './parts.ts';
import { parseMarkdown } from './markdown.ts';
import { parseText } from './text.ts';
import { parseHtml } from './html.ts';

const BY_EXTENSION: Record<string, Format> = { md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', html: 'html', htm: 'html', xhtml: 'html' };

/** The format for a file name: Markdown and HTML by extension, plain text for everything else. */
export function formatFor(fileName: string | undefined): Format {
  const ext = /\.([^./\\]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'text';
}

const PARSERS: Record<Format, (text: string, lines: LineIndex) => ParsedParts> = {
  markdown: parseMarkdown,
  text: parseText,
  html: parseHtml,
};

/**
 * Markup nested thousands deep ("> > > ...", "*****a*****") overflows the call stack of tree builders and walkers,
 * remark's own included: such a document is outlined as plain text rather than not at all.
 */
function parseParts(format: Format, text: string, lines: LineIndex): ParsedParts {
  try {
    return PARSERS[format](text, lines);
  } catch (err) {
    if (format === 'text' || !(err instanceof RangeError)) throw err;
    return parseText(text, lines);
  }
}

export function parseDocument(text: string, options: LintOptions = {}): PolicyDocument {
  const format = options.format ?? formatFor(options.fileName);
  const lines = new LineIndex(text);
  const parts = parseParts(format, text, lines);
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
    directives,
    comments: parts.comments.map((c) => c.span).sort((a, b) => a.start - b.start),
    eol,
    supportsComments: format !== 'text',
  };
}
