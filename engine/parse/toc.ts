// Table-of-contents recognition shared by the plain-text and HTML parsers.
//
// Both parsers reduce a document to its heading-like items in source order (candidate lines in plain text, heading
// elements in HTML) and say for each whether body text follows it before the next item. A table of contents is a run
// of at least MIN_TOC_ENTRIES such items with no body text between them, which either
//   - is introduced by a "Contents" label,
//   - names sections that appear again later in the document (at least half of its entries, and at least two), or
//   - sits near the top of the document and consists of strong entries only (numbered, ALL CAPS, Title Case): a
//     draft whose TOC lists sections that were never written.
// Entries of a TOC are not sections: a TOC line that names a section missing from the body does not make its topic
// present.

export interface TocItem {
  /** Normalised title (see tocKey). */
  key: string;
  /** Whether body text follows the item before the next item. */
  hasBody: boolean;
  /** Whether the item is a strong heading on its own (numbered, ALL CAPS, Title Case, explicit markup). */
  strong: boolean;
  /** Whether a "Contents" label directly precedes the item. */
  labelled: boolean;
  /** Position of the item in the document, 0..1 (for "near the top"). */
  at: number;
}

export const MIN_TOC_ENTRIES = 3;
/** "Near the top": within this fraction of the document. */
const TOP_FRACTION = 0.34;

/** Lower-case words of a title with numbering, bullets, quotes and punctuation removed, for comparing titles. */
export function tocKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[\s\p{P}\p{S}]*(?:(?:[ivxlcdm]+|\d+(?:\.\d+)*|[a-z])[.):]\s+)?/u, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * Finds table-of-contents runs among `items`. Returns [first, last] index pairs (inclusive), in order and disjoint.
 *
 * From each start, a candidate run extends over items without body text and with titles not yet in the run; the
 * run's last entry is the one followed by body text (the TOC's last line is followed by the introduction), unless the
 * next item repeats an entry (then it is the first real section). A candidate that is a TOC is taken and the search
 * goes on after it; otherwise the next start is tried. Candidates are a sliding window (the end of the run from the
 * next start is never before this one's), so the whole search is linear in the number of items.
 */
export function findTocRuns(items: TocItem[]): Array<[number, number]> {
  const n = items.length;
  // Where each key occurs last, to ask "does this entry appear again after the run?". Titles in a window are
  // distinct, so an item's title appears after the window's end exactly when it appears after the item itself.
  const lastAt = new Map<string, number>();
  items.forEach((it, k) => lastAt.set(it.key, k));
  const appearsAgain = (k: number) => lastAt.get(items[k].key)! > k;
  // strongAfter[k]: some item at k or later is strong.
  const strongAfter = new Array<boolean>(n + 1).fill(false);
  for (let k = n - 1; k >= 0; k--) strongAfter[k] = items[k].strong || strongAfter[k + 1];

  const runs: Array<[number, number]> = [];
  const keys = new Set<string>();
  let again = 0;
  let strong = 0;
  const add = (k: number) => {
    keys.add(items[k].key);
    if (appearsAgain(k)) again++;
    if (items[k].strong) strong++;
  };
  const remove = (k: number) => {
    keys.delete(items[k].key);
    if (appearsAgain(k)) again--;
    if (items[k].strong) strong--;
  };
  let i = 0;
  let j = -1;
  while (i < n) {
    if (j < i) {
      j = i;
      add(i);
    }
    while (j + 1 < n && !items[j].hasBody && !keys.has(items[j + 1].key)) add(++j);
    const count = j - i + 1;
    if (count >= MIN_TOC_ENTRIES && isToc(items[i], count, again, strong, strongAfter[j + 1])) {
      runs.push([i, j]);
      keys.clear();
      again = 0;
      strong = 0;
      i = j + 1;
    } else {
      remove(i);
      i++;
    }
  }
  return runs;
}

/** Whether a run of `count` entries starting with `first` is a TOC, from how many of them appear again and are strong. */
function isToc(first: TocItem, count: number, again: number, strong: number, strongLater: boolean): boolean {
  if (first.labelled) return true;
  if (again >= 2 && again * 2 >= count) return true;
  // A TOC of sections never written: strong entries near the top and no strong heading anywhere after them.
  return again === 0 && strong === count && first.at <= TOP_FRACTION && !strongLater;
}
