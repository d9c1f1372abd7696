// Runs a fixed list of regular expressions over a text and returns, for each, exactly what a global exec() loop over
// the whole text finds. With a memo (an edited document's, engine/memo.ts), it does so chunk by chunk and reuses each
// chunk's matches from the previous lint while the text they depend on is unchanged, so an edit re-scans only the
// chunks around it.
//
// Chunks are runs of whole lines, cut where the content says (after a blank line, and after lines whose length is a
// multiple of 4), so an edit moves no cut but its own line's. What a chunk's matches depend on comes from each
// expression's reach (text/regex-reach.ts):
// - an expression in which nothing can match a line break never reads past the line an attempt starts on: its matches
//   in a chunk are those of the chunk's text alone, and no match runs into the next chunk;
// - any other expression reads at most `behind` characters before an attempt and `ahead` from it: its matches in a
//   chunk depend on the chunk with that much text around it, and on where the scan resumes in the chunk when a match
//   from an earlier chunk runs into it (the "carry"), so both are in the key;
// - an expression without such bounds (^ or $ without the m flag) is run over the whole text every time.
import { detached, type ChunkCaches } from '../memo.ts';
import { regexReach, type RegexReach } from '../text/regex-reach.ts';
import KNOWN_REACH from './scan-reach.json' with { type: 'json' };

/** One match: where it starts and its groups (0: the whole match), as RegExp.exec gives them. */
export interface RawMatch {
  index: number;
  groups: Array<string | undefined>;
}

export interface ScanSource {
  source: string;
  flags: string;
}

/** The memo of one list of expressions: chunk matches by chunk text (line-confined ones) and by window (the others). */
export type ScanMemo = ChunkCaches<ChunkEntry>;

/** What the memo keeps per chunk: the matches, and (by chunk text) a number that stands for the text in window keys. */
export interface ChunkEntry {
  id: number;
  matches: ChunkMatches;
}

/** A chunk's matches: the expression's position in its family, and the match relative to the chunk's start. */
export type ChunkMatches = ReadonlyArray<{ p: number; index: number; groups: Array<string | undefined> }>;

interface Family {
  /** Positions in the source list. */
  members: number[];
  regexes: RegExp[];
}

/** A list of expressions compiled once (global flag added). */
export interface PatternSet {
  readonly size: number;
  /** The expressions read the lower-cased text (whose length must be the text's). */
  readonly lowerCase: boolean;
  readonly regexes: RegExp[];
  /** The expressions split by what their matches depend on (read from their syntax: done once, when first needed). */
  families(): Families;
}

interface Families {
  lines: Family;
  windows: Family & { behind: number; ahead: number };
  whole: Family;
}

const sets = new WeakMap<readonly ScanSource[], PatternSet>();

/** The compiled set for a list of sources (compiled once per list); `lowerCase`: they read the lower-cased text. */
export function patternSet(sources: readonly ScanSource[], lowerCase = false): PatternSet {
  let set = sets.get(sources);
  if (set) return set;
  const regexes = sources.map((s) => new RegExp(s.source, s.flags.includes('g') ? s.flags : `${s.flags}g`));
  let families: Families | undefined;
  set = { size: sources.length, lowerCase, regexes, families: () => (families ??= split(sources, regexes, lowerCase)) };
  sets.set(sources, set);
  return set;
}

function split(sources: readonly ScanSource[], regexes: RegExp[], lowerCase: boolean): Families {
  const family = (): Family => ({ members: [], regexes: [] });
  const lines = family();
  const windows = { ...family(), behind: 0, ahead: 0 };
  const whole = family();
  sources.forEach((s, i) => {
    const reach = reachOf(s);
    const f = reach.global || !Number.isFinite(reach.behind) ? whole : reach.lineConfined ? lines : Number.isFinite(reach.ahead) ? windows : whole;
    f.members.push(i);
    f.regexes.push(regexes[i]);
    if (f === windows) {
      windows.behind = Math.max(windows.behind, reach.behind);
      windows.ahead = Math.max(windows.ahead, reach.ahead);
    }
  });
  // Lower-casing is done chunk by chunk, which only line-confined expressions can take.
  if (lowerCase && lines.members.length !== sources.length) throw new Error('Expressions that read lower-cased text must not match line breaks');
  return { lines, windows, whole };
}

/**
 * The reach of the built-in patterns, read from their syntax when the project is built (scan-reach.json, written by
 * client/scripts/scan-reach.ts; a test keeps it in step with the patterns): reading it at run time took 100-200 ms of
 * the lint process's start (docs/performance.md, "Start-up and memory"). A source not in the table is read as before.
 */
const known: Record<string, ReachEntry | undefined> = KNOWN_REACH as unknown as Record<string, ReachEntry>;

/** A reach as scan-reach.json holds it: [line-confined, behind, ahead, global], Infinity as null. */
export type ReachEntry = [boolean, number | null, number | null, boolean];

/** The key of a source in scan-reach.json: its flags, length and a 32-bit FNV-1a hash of its text. */
export function reachKey(s: ScanSource): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.source.length; i++) h = Math.imul(h ^ s.source.charCodeAt(i), 0x01000193);
  return `${s.flags}:${s.source.length}:${(h >>> 0).toString(36)}`;
}

export function reachEntry(r: RegexReach): ReachEntry {
  const finite = (n: number) => (Number.isFinite(n) ? n : null);
  return [r.lineConfined, finite(r.behind), finite(r.ahead), r.global];
}

function reachOf(s: ScanSource): RegexReach {
  const e = known[reachKey(s)];
  if (!e) return regexReach(s.source, s.flags);
  return { lineConfined: e[0], behind: e[1] ?? Infinity, ahead: e[2] ?? Infinity, global: e[3] };
}

/** The matches of `re` (global) in `text` from `from`, starting before `to`. */
function execFrom(re: RegExp, text: string, from: number, to: number, out: (index: number, groups: Array<string | undefined>) => void): void {
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out(m.index, [...m]);
  }
}

/** The chunks of the text last cut (every set scanned in a lint shares them, and the hashes of their texts). */
let lastChunks: { text: string; starts: number[]; texts: string[] } | undefined;

function chunksOf(text: string): { starts: number[]; texts: string[] } {
  if (lastChunks?.text !== text) {
    const starts = chunkStarts(text);
    lastChunks = { text, starts, texts: starts.slice(0, -1).map((s, c) => text.slice(s, starts[c + 1])) };
  }
  return lastChunks;
}

/** Where chunks start (content-defined cuts at line starts), then the text's length. */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const length = i - lineStart;
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    lineStart = i + 1;
    if (length % 4 === 0 && lineStart < text.length) starts.push(lineStart);
  }
  starts.push(text.length);
  return starts;
}

const NONE: ChunkMatches = Object.freeze([]);
/** Scanning chunk by chunk pays when the chunks to scan again hold less than this share of the text. */
const RESCAN_SHARE = 0.3;

/**
 * For each source of `set`, in order, its matches in `text` (lower-cased for a lower-case set): exactly what a global
 * exec() loop over the whole text finds. `memo` (optional) holds chunk matches from the previous lint of an edited
 * document.
 */
export function scanPatterns(text: string, set: PatternSet, memo?: ScanMemo): RawMatch[][] {
  const out: RawMatch[][] = Array.from({ length: set.size }, () => []);
  const read = set.lowerCase ? text.toLowerCase() : text;
  if (!memo) {
    set.regexes.forEach((re, i) => execFrom(re, read, 0, Infinity, (index, groups) => out[i].push({ index, groups })));
    return out;
  }
  const { lines, windows, whole: global } = set.families();
  global.regexes.forEach((re, k) => execFrom(re, read, 0, Infinity, (index, groups) => out[global.members[k]].push({ index, groups })));
  const { starts, texts } = chunksOf(text);
  const n = texts.length;
  const lineHits: Array<ChunkEntry | undefined> = new Array(n);
  let missing = 0;
  for (let c = 0; c < n; c++) {
    lineHits[c] = memo.lines.get(texts[c]);
    if (!lineHits[c]) missing += texts[c].length;
  }
  // Many chunks changed (the first lint, a paste, a reload): one pass over the whole text, then split by chunk.
  const whole = missing > text.length * RESCAN_SHARE ? { lines: wholeScan(read, lines), windows: wholeScan(read, windows) } : undefined;

  // Line-confined expressions: each chunk on its own.
  const ids = new Array<number>(n);
  for (let c = 0; c < n; c++) {
    const s = starts[c];
    const chunk = texts[c];
    // A chunk missed above may have been scanned since, for an earlier chunk of the same text (its number is shared).
    let entry = lineHits[c] ?? memo.lines.get(chunk);
    if (!entry) {
      entry = { id: ++memo.ids, matches: whole ? whole.lines.take(s, starts[c + 1]) : scanChunk(lines, set.lowerCase ? chunk.toLowerCase() : chunk) };
      memo.lines.set(chunk, entry);
    }
    ids[c] = entry.id;
    for (const x of entry.matches) out[lines.members[x.p]].push({ index: s + x.index, groups: x.groups });
  }

  // The others: each chunk with the text it may read around it, and where an earlier match made the scan resume. The
  // window's text is keyed by the numbers of the chunks it lies in (the same numbers, in order: the same text).
  if (!windows.regexes.length) return out;
  const ends = new Array<number>(windows.regexes.length).fill(0);
  let first = 0;
  let last = 0;
  for (let c = 0; c < n; c++) {
    const s = starts[c];
    const e = starts[c + 1];
    const from = Math.max(0, s - windows.behind);
    const to = Math.min(text.length, e + windows.ahead);
    let key = `${s - from},${e - s},${to === text.length ? 'end' : ''}`;
    ends.forEach((end, p) => {
      if (end > s) key += `,${p}:${end - s}`;
    });
    key += '|';
    while (starts[first + 1] <= from) first++;
    while (last + 1 < n && starts[last + 1] < to) last++;
    for (let k = first; k <= last; k++) key += `${ids[k]},`;
    let entry = memo.windows.get(key);
    if (!entry) {
      const matches = whole ? whole.windows.take(s, e) : scanWindow(windows, text.slice(from, to), s - from, e - s, ends.map((end) => Math.max(0, end - s)));
      memo.windows.set(key, (entry = { id: 0, matches }));
    }
    for (const x of entry.matches) {
      out[windows.members[x.p]].push({ index: s + x.index, groups: x.groups });
      ends[x.p] = Math.max(ends[x.p], s + x.index + x.groups[0]!.length);
    }
  }
  return out;
}

type Found = { p: number; index: number; groups: Array<string | undefined> };

/** A family's matches over the whole text, handed out chunk by chunk (chunks asked for in text order). */
function wholeScan(text: string, f: Family): { take: (s: number, e: number) => ChunkMatches } {
  const lists = f.regexes.map((re, p) => {
    const list: Found[] = [];
    execFrom(re, text, 0, Infinity, (index, groups) => list.push({ p, index, groups }));
    return list;
  });
  const next = lists.map(() => 0);
  return {
    take(s, e) {
      let found: Found[] | undefined;
      lists.forEach((list, p) => {
        let k = next[p];
        while (k < list.length && list[k].index < s) k++;
        for (; k < list.length && list[k].index < e; k++) (found ??= []).push(stored(list[k].p, list[k].index - s, list[k].groups));
        next[p] = k;
      });
      return found ?? NONE;
    },
  };
}

/** A match as the memo keeps it: its strings copied, so that it does not keep the whole text it was found in alive. */
function stored(p: number, index: number, groups: Array<string | undefined>): Found {
  return { p, index, groups: groups.map((g) => (g === undefined ? g : detached(g))) };
}

function scanChunk(f: Family, chunk: string): ChunkMatches {
  let found: Found[] | undefined;
  f.regexes.forEach((re, p) => execFrom(re, chunk, 0, Infinity, (index, groups) => (found ??= []).push(stored(p, index, groups))));
  return found ?? NONE;
}

/** Matches starting in the chunk at `at` (length `length`) of `window`, each expression resuming at its carry. */
function scanWindow(f: Family, window: string, at: number, length: number, carry: number[]): ChunkMatches {
  let found: Found[] | undefined;
  f.regexes.forEach((re, p) => {
    if (carry[p] >= length) return;
    execFrom(re, window, at + carry[p], at + length, (index, groups) => (found ??= []).push(stored(p, index - at, groups)));
  });
  return found ?? NONE;
}
