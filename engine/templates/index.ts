// Is this file a page that a site or app generator renders? Template code (scan.ts), front matter, the editor's
// language and the file name can each show it. The placeholder rule uses the answer to leave a rendered template's
// data expressions ({{ site.email }}, <%= privacy_path %>) alone by default; fill-in slots written for a person are
// reported in every file.
import type { Span } from '../types.ts';
import { templateEngineOf } from './engines.ts';
import type { TemplateConstruct } from './scan.ts';

export { scanTemplates, humanSlot, variableLabel, type TemplateConstruct, type TemplateRole } from './scan.ts';
export { TEMPLATE_ENGINES, templateEngineOf, renderedExtension } from './engines.ts';

/** What the host knows about the file beyond its text. */
export interface TemplateHints {
  /** The editor's language id ("jinja-html", "django-html", "handlebars", "erb", "php"…). */
  languageId?: string;
  fileName?: string;
}

/** `placeholders.templateExpressions`: whether a rendered template's data expressions are reported. */
export type TemplateExpressions = 'auto' | 'report' | 'ignore';
export const TEMPLATE_EXPRESSION_SETTINGS: readonly TemplateExpressions[] = ['auto', 'report', 'ignore'];

const FRONT_MATTER_OPEN = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n/;
const FRONT_MATTER_KEY = /^([A-Za-z_][\w-]*)[ \t]*[:=]/gm;
/** Keys that say most clearly that a generator lays the page out. */
const LAYOUT_KEYS = /^(?:layout|permalink|template|type)$/i;

/** The front matter at the top of `text` (YAML between "---" lines, TOML between "+++"), with its span and keys. */
export function frontMatter(text: string): { span: Span; keys: Array<{ key: string; line: string; span: Span }> } | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  const body = open.index + open[0].length;
  const fence = open[1] === '---' ? /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g : /(?:^|\r?\n)\+\+\+[ \t]*(?:\r?\n|$)/g;
  const window = text.slice(body, body + 8_000);
  const close = fence.exec(window);
  if (!close) return undefined;
  const yaml = window.slice(0, close.index);
  const keys: Array<{ key: string; line: string; span: Span }> = [];
  for (const m of yaml.matchAll(FRONT_MATTER_KEY)) {
    const nl = yaml.indexOf('\n', m.index);
    keys.push({ key: m[1], line: yaml.slice(m.index, nl < 0 ? undefined : nl).trim(), span: { start: body + m.index, end: body + m.index + m[0].length } });
  }
  return keys.length ? { span: { start: 0, end: body + close.index + close[0].length }, keys } : undefined;
}

/**
 * Why `text` reads as a page a generator renders, as a phrase for people ("it starts with front matter (`layout:
 * page`)"), or undefined. `code` is the template code found in its visible text.
 */
export function renderedTemplateReason(text: string, code: readonly TemplateConstruct[], hints: TemplateHints = {}): string | undefined {
  const engine = templateEngineOf(hints.languageId, hints.fileName);
  if (engine?.by === 'language') return `the editor reports its language as "${engine.value}" (${engine.engine.name})`;
  if (engine) return `its file name ends in "${engine.value}" (${engine.engine.name})`;
  const fm = frontMatter(text);
  if (fm) {
    const shown = fm.keys.find((k) => LAYOUT_KEYS.test(k.key)) ?? fm.keys[0];
    return `it starts with front matter (\`${shorten(shown.line)}\`), as the pages of a site generator do`;
  }
  const directive = code.find((c) => c.role === 'directive' || c.role === 'comment');
  if (directive) return `it uses template directives such as \`${shorten(text.slice(directive.span.start, directive.span.end))}\` (line ${lineOf(text, directive.span.start)})`;
  const expression = code.find((c) => c.code);
  if (expression) return `it uses template code such as \`${shorten(text.slice(expression.span.start, expression.span.end))}\` (line ${lineOf(text, expression.span.start)}), which a generator or an application fills in`;
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ').replace(/`/g, "'").trim();
  return flat.length <= 60 ? flat : `${flat.slice(0, 57)}…`;
}
