// What the package ships and where its Markdown pages link, for the tests that check that every link resolves.
import { minimatch } from 'minimatch';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import pkg from '../../package.json' with { type: 'json' };

/** Whether `path` (relative to the project root, with forward slashes) ships in the npm package and the VSIX (package.json `files`). */
export function isPackaged(path: string): boolean {
  return ['package.json', ...pkg.files].some((pattern) => minimatch(path, pattern, { dot: true }));
}

interface MdNode {
  type: string;
  url?: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number } };
}

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as MdNode;

function* walk(node: MdNode): Generator<MdNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

const textOf = (node: MdNode): string => node.value ?? (node.children ?? []).map(textOf).join('');

export interface MarkdownLink {
  url: string;
  image: boolean;
  line: number;
}

/** The targets of a page's links, images and link definitions. */
export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const node of walk(parse(markdown))) {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      links.push({ url: node.url, image: node.type === 'image', line: node.position?.start.line ?? 0 });
    }
  }
  return links;
}

/**
 * The anchors of a page's headings, as GitHub and VS Code's Markdown preview write them: lowercase, punctuation
 * dropped, spaces as hyphens, "-1", "-2" after repeats.
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const node of walk(parse(markdown))) {
    if (node.type !== 'heading') continue;
    const slug = textOf(node).trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    let anchor = slug;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${slug}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}
