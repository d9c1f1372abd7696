// What one document's lints may reuse from its previous lint: results of pure functions of a short text (a block's
// prose, a sentence), keyed by that text. The incremental engine (incremental.ts) attaches a memo to each document
// it lints; a document linted without one computes everything, the same way (topic recognition then keeps a memo of its
// own for that one lint, topics/recognize.ts). Every entry is a function of its key alone, so a memo can only save
// work, never change a result.
import type { PolicyDocument } from './types.ts';

/**
 * A map that keeps only what the latest lint used: `settle()` drops every entry not read or written since the
 * previous `settle()`. Its size is therefore bounded by what one lint of the current text looks up. Each entry carries
 * the number of the lint that last used it (moving every used entry to a new map at each lint cost more than the lint's
 * lookups on a large document).
 */
export class RecentCache<K, V> {
  private entries = new Map<K, { value: V; used: number }>();
  private lint = 0;

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    e.used = this.lint;
    return e.value;
  }

  set(key: K, value: V): V {
    this.entries.set(key, { value, used: this.lint });
    return value;
  }

  /** Ends a lint: what it did not use is dropped. */
  settle(): void {
    for (const [key, e] of this.entries) if (e.used !== this.lint) this.entries.delete(key);
    this.lint++;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A sentence of a block's prose: its bounds in the prose text and its normalised text (see text/sentences.ts). */
export interface Segment {
  start: number;
  end: number;
  normal: string;
}

/** Chunk matches of a list of expressions: by chunk text, and by chunk with the text around it (placeholders/scan.ts). */
export interface ChunkCaches<T> {
  lines: RecentCache<string, T>;
  windows: RecentCache<string, T>;
  /** The last number given to a chunk text (placeholders/scan.ts keys windows by the numbers of their chunks). */
  ids: number;
}

/** Per compiled topic: the parts each sentence text holds, and whether the topic's anchor occurs in it. */
export interface TopicMemo {
  parts: RecentCache<string, number>;
  /** By sentence text: where the topic's anchor was looked for and found (bits; see candidates in topics/recognize.ts). */
  anchor: RecentCache<string, number>;
  /** By parts mask and sentence text: the quoted text of each part (partQuotes in topics/recognize.ts). */
  quotes: RecentCache<string, ReadonlyArray<{ part: string; text: string }>>;
  /** By normalised section title: whether it names the topic (2), only frames it (1), or neither (0). */
  names: RecentCache<string, number>;
}

export class LintMemo {
  /** Sentences of a block's prose, by the prose text. */
  readonly segments = new RecentCache<string, Segment[]>();
  /** Normalised section titles, by title. */
  readonly titles = new RecentCache<string, string>();
  /** Whether a sentence is title-shaped (titleShape in parse/text-headings.ts), by its text. */
  readonly titleShapes = new RecentCache<string, boolean>();
  /** Chunk matches per list of expressions (placeholders/scan.ts). */
  private scans = new Map<object, ChunkCaches<unknown>>();
  private usedScans = new Set<object>();
  /** By compiled topic (one per topic and set of user additions). */
  private topics = new Map<object, TopicMemo>();
  private usedTopics = new Set<object>();

  topic(compiled: object): TopicMemo {
    let m = this.topics.get(compiled);
    if (!m) this.topics.set(compiled, (m = { parts: new RecentCache(), anchor: new RecentCache(), quotes: new RecentCache(), names: new RecentCache() }));
    this.usedTopics.add(compiled);
    return m;
  }

  /** The chunk caches of one list of expressions (placeholders/scan.ts), by the list's compiled set. */
  scan<T>(set: object): ChunkCaches<T> {
    let m = this.scans.get(set);
    if (!m) this.scans.set(set, (m = { lines: new RecentCache(), windows: new RecentCache(), ids: 0 }));
    this.usedScans.add(set);
    return m as ChunkCaches<T>;
  }

  /** Ends a lint: entries (and topics) the lint did not use are dropped. */
  settle(): void {
    this.segments.settle();
    this.titles.settle();
    this.titleShapes.settle();
    for (const [key, m] of this.scans) {
      if (!this.usedScans.has(key)) this.scans.delete(key);
      m.lines.settle();
      m.windows.settle();
    }
    this.usedScans.clear();
    for (const [key, m] of this.topics) {
      if (!this.usedTopics.has(key)) this.topics.delete(key);
      m.parts.settle();
      m.anchor.settle();
      m.quotes.settle();
      m.names.settle();
    }
    this.usedTopics.clear();
  }

  /** Number of cached entries (for tests of the memory bound). */
  get size(): number {
    let n = this.segments.size + this.titles.size + this.titleShapes.size;
    for (const m of this.scans.values()) n += m.lines.size + m.windows.size;
    for (const m of this.topics.values()) n += m.parts.size + m.anchor.size + m.quotes.size + m.names.size;
    return n;
  }
}

/**
 * `s` in a string of its own. A slice of a long string (a match, a quote) keeps that whole string alive for as long as
 * the slice is held; what a memo keeps from one lint to the next must not keep each version of a document's text.
 */
export function detached(s: string): string {
  // V8 copies slices shorter than 13 characters; a JSON round trip copies any string (lone surrogates included).
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

const memos = new WeakMap<PolicyDocument, LintMemo>();

/** Lets the analysis of `doc` reuse (and fill) `memo`. */
export function attachMemo(doc: PolicyDocument, memo: LintMemo): void {
  memos.set(doc, memo);
}

export function memoOf(doc: PolicyDocument): LintMemo | undefined {
  return memos.get(doc);
}
