// HTML markup inside Markdown (raw `html` nodes): which parts are markup (no placeholder may be reported there)
// and which comments carry inline directives. Element names are checked against HTML's own, so that a
// leftover slot such as `<INSERT DATE>` or `<COMPANY NAME>` is not mistaken for a tag.
import type { Span } from '../types.ts';

export const ELEMENTS = new Set(
  ('a abbr address article aside audio b bdi bdo blockquote body br button caption center cite code col colgroup data dd del ' +
    'details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i ' +
    'iframe img input ins kbd label legend li link main mark meta meter nav noscript object ol optgroup option output p param ' +
    'picture pre progress q rp rt ruby s samp script section select small source span strike strong style sub summary sup ' +
    'table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr').split(' '),
);
/** Upper-case spellings old HTML used; any other upper-case "tag" is treated as a leftover slot. */
const UPPER_OK = new Set('A B I U P BR HR EM LI UL OL TD TR TH DIV SPAN FONT TABLE IMG STRONG CENTER TBODY THEAD H1 H2 H3 H4 H5 H6'.split(' '));
/** Attribute values that can hold e-mail-obfuscation leftovers, so they stay visible to the placeholder rule. */
const KEEP_VALUES = new Set(['href', 'src', 'data-cfemail', 'alt', 'title', 'content']);

const TOKEN = /<!--([^]*?)(?:-->|$)|<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Returns the spans of `raw` (found at `base` in the document) that are markup, and appends its comments
 * (inner text and span) to `comments`.
 */
export function htmlMarkupExclusions(raw: string, comments: Array<{ text: string; span: Span }>, base = 0): Span[] {
  const out: Span[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(raw); m; m = TOKEN.exec(raw)) {
    const s = base + m.index;
    const e = s + m[0].length;
    if (m[1] !== undefined) {
      comments.push({ text: m[1], span: { start: s, end: e } });
      out.push({ start: s, end: e });
      continue;
    }
    const name = m[2];
    if (!ELEMENTS.has(name.toLowerCase()) || (name !== name.toLowerCase() && !UPPER_OK.has(name))) continue;
    let cursor = s;
    const attrsAt = s + m[0].indexOf(m[3], name.length + 1);
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(m[3]); a; a = ATTR.exec(m[3])) {
      if (!a[2] || !KEEP_VALUES.has(a[1].toLowerCase())) continue;
      const quoted = a[2].startsWith('"') || a[2].startsWith("'");
      const vs = attrsAt + a.index + a[0].length - a[2].length + (quoted ? 1 : 0);
      const ve = vs + a[2].length - (quoted ? 2 : 0);
      out.push({ start: cursor, end: vs });
      cursor = ve;
    }
    out.push({ start: cursor, end: e });
    // The code of a script or style element is no prose ("`${user}@${domain}`" in a page's script).
    const inert = name.toLowerCase();
    if ((inert === 'script' || inert === 'style') && !m[0].startsWith('</') && !m[0].endsWith('/>')) {
      const close = raw.toLowerCase().indexOf(`</${inert}`, TOKEN.lastIndex);
      const to = close < 0 ? raw.length : close;
      if (to > TOKEN.lastIndex) out.push({ start: e, end: base + to });
      TOKEN.lastIndex = to;
    }
  }
  return out;
}
