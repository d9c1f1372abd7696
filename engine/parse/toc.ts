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
 * Linear in the number of items.
 */
export function findTocRuns(items: TocItem[]): Array<[number, number]> {
  // Where each key occurs last, to ask "does this entry appear again after the run?".
  const lastAt = new Map<string, number>();
  items.forEach((it, i) => lastAt.set(it.key, i));
  // strongAfter[k]: some item at k or later is strong.
  const strongAfter = new Array<boolean>(items.length + 1).fill(false);
  for (let k = items.length - 1; k >= 0; k--) strongAfter[k] = items[k].strong || strongAfter[k + 1];
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < items.length) {
    // Extend over items without body; the run's last entry is the one followed by body text (the TOC's last line is
    // followed by the introduction), unless it repeats an earlier entry (then it is the first real section).
    let j = i;
    const seen = new Set<string>([items[i].key]);
    while (j + 1 < items.length && !items[j].hasBody && !seen.has(items[j + 1].key)) {
      j++;
      seen.add(items[j].key);
    }
    const count = j - i + 1;
    if (count >= MIN_TOC_ENTRIES && isToc(items, i, j, lastAt, strongAfter)) {
      runs.push([i, j]);
      i = j + 1;
    } else {
      i++;
    }
  }
  return runs;
}

function isToc(items: TocItem[], i: number, j: number, lastAt: Map<string, number>, strongAfter: boolean[]): boolean {
  if (items[i].labelled) return true;
  let again = 0;
  let strong = 0;
  for (let k = i; k <= j; k++) {
    if ((lastAt.get(items[k].key) ?? -1) > j) again++;
    if (items[k].strong) strong++;
  }
  const count = j - i + 1;
  if (again >= 2 && again * 2 >= count) return true;
  // A TOC of sections never written: strong entries near the top and no strong heading anywhere after them.
  return again === 0 && strong === count && items[i].at <= TOP_FRACTION && !strongAfter[j + 1];
}
