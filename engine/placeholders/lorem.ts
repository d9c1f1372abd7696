// Filler text: "Lorem ipsum…" and the pseudo-Latin that generators produce, found by vocabulary rather than by the
// words "lorem ipsum" alone (filler often starts mid-stream: "Sed ut perspiciatis unde omnis…", "Vestibulum ante…").
import type { Span } from '../types.ts';
import type { LintMemo } from '../memo.ts';
import { patternSet, scanPatterns, type ChunkEntry, type ScanSource } from './scan.ts';
import { blockAround } from './banners.ts';

/** Words of the classic filler passages (Cicero's De finibus as used by lorem generators, and the common variants). */
const FILLER_WORDS = `lorem ipsum dolor amet consectetur consectetuer adipiscing adipisci elit eiusmod tempor incididunt labore dolore
magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip commodo consequat duis aute irure
reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat proident sunt culpa
officia deserunt mollit anim laborum perspiciatis unde omnis iste natus voluptatem accusantium doloremque laudantium
totam aperiam eaque ipsa quae illo inventore veritatis quasi architecto beatae vitae dicta explicabo nemo ipsam quia
voluptas aspernatur odit fugit consequuntur magni dolores eos ratione sequi nesciunt neque porro quisquam dolorem
numquam eius modi tempora incidunt magnam quaerat voluptatem minima nostrum exercitationem ullam corporis suscipit
laboriosam aliquid commodi consequatur autem vel eum iure quam nihil molestiae illum quo voluptas nulla pariatur
vestibulum pellentesque mauris nunc nisl nibh justo augue tellus viverra lectus feugiat integer donec aliquam etiam
morbi tincidunt suspendisse proin maecenas curabitur fusce phasellus praesent quisque vivamus cras aenean nullam sapien
risus purus lacus ligula arcu urna eros felis leo libero metus odio orci massa diam dui erat turpis porta tortor
varius facilisis faucibus sagittis ultrices ultricies semper lacinia mattis molestie ornare posuere pretium pulvinar
rhoncus rutrum scelerisque sodales sollicitudin tempus tristique vulputate venenatis volutpat accumsan aliquet
bibendum blandit condimentum congue convallis cursus dapibus dictum dignissim efficitur egestas elementum eleifend
euismod fermentum fringilla gravida hendrerit iaculis imperdiet interdum lobortis luctus malesuada pharetra placerat
porttitor ullamcorper vehicula nec primis cubilia curae habitant senectus netus fames mus ridiculus nascetur montes
parturient dis natoque penatibus magnis lacinia vivamus hac habitasse platea dictumst ligula potenti nisi auctor
eget quis ut sed sit amet et ac ad id est non ex ea qui cum nam
libero tempore soluta nobis eligendi optio cumque impedit quod maxime placeat facere possimus assumenda repellendus
temporibus quibusdam officiis debitis rerum necessitatibus saepe eveniet voluptates repudiandae recusandae itaque
earum tenetur sapiente delectus reiciendis voluptatibus maiores perferendis doloribus asperiores repellat accusamus
iusto dignissimos ducimus blanditiis praesentium voluptatum deleniti atque corrupti quos quas molestias excepturi
occaecati cupiditate similique mollitia animi dolorum fuga harum quidem facilis expedita distinctio aut hic alias
provident vero`.split(/\s+/);

/** Filler words that are also common words in English (or other languages): they extend a run but cannot start one. */
const WEAK = new Set(['in', 'et', 'ut', 'ad', 'id', 'do', 'non', 'est', 'sed', 'sit', 'ex', 'ea', 'qui', 'cum', 'nam', 'a', 'at', 'vel', 'nec', 'mi', 'quo', 'eum', 'iste', 'error', 'minus', 'nemo', 'dictum', 'porta', 'quam', 'ante', 'eros', 'leo', 'mus', 'dis', 'hac', 'curae', 'massa', 'ligula', 'aliquam', 'integer', 'erat', 'nisi', 'modi', 'nihil', 'sint', 'aut', 'hic', 'alias', 'provident', 'vero', 'quod', 'quos', 'quas', 'animi', 'fuga', 'libero']);
const STRONG = new Set(FILLER_WORDS.filter((w) => !WEAK.has(w)));

const WORD = /[\p{L}]+/gu;
/**
 * The strong filler words, not followed by a letter, in lower-cased text (the letter before is checked apart: a
 * look-behind would slow every position down). Every word WORD reads whose lower case is in STRONG is found in the
 * lower-cased text: lower-casing maps each character on its own (and never makes a letter of a non-letter).
 */
export const STRONG_WORDS: ScanSource[] = [{ source: `(?:${[...STRONG].join('|')})(?!\\p{L})`, flags: 'u' }];
const LETTER_BEFORE = /\p{L}$/u;
const PHRASE = /\blorem\s{1,3}ipsum\b/gi;

/** At most this many consecutive non-filler words may sit inside a run ("Mauris ornare *foo* lectus"). */
const MAX_GAP = 2;
const MIN_WORDS = 5;
const MIN_STRONG_DISTINCT = 3;
const MIN_RATIO = 0.7;

/**
 * Runs of filler text, paragraph by paragraph (a blank line ends a run; excluded spans such as tags or links do not).
 * Also every "lorem ipsum" phrase, so a short "Lorem Ipsum" heading is found; callers drop phrases inside runs.
 */
export function findFiller(text: string, skip: (offset: number) => boolean, memo?: LintMemo): Span[] {
  const out: Span[] = [];
  const phrases: Span[] = [];
  for (const m of text.matchAll(PHRASE)) if (!skip(m.index)) phrases.push({ start: m.index, end: m.index + m[0].length });
  out.push(...phrases, ...fillerAboutFiller(text, phrases, skip));
  let run: { start: number; end: number; words: number; filler: number; strong: Set<string>; gap: number } | undefined;
  let lastEnd = 0;
  /** Start of the filler words just before the current word that cannot start a run alone ("Sed ut perspiciatis…"). */
  let weakStart: number | undefined;
  const close = () => {
    if (run && run.filler >= MIN_WORDS && run.strong.size >= MIN_STRONG_DISTINCT && run.filler / run.words >= MIN_RATIO) {
      let end = run.end;
      if (/[.!?]/.test(text[end] ?? '')) end++;
      out.push({ start: run.start, end });
    }
    run = undefined;
  };
  // Only paragraphs with MIN_STRONG_DISTINCT strong words can hold a run (nearly every policy has none).
  for (const [from, to] of fillerParagraphs(text, memo)) {
    lastEnd = from;
    WORD.lastIndex = from;
    for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
      visitWord(m);
    }
    close();
    weakStart = undefined;
  }
  return out;

  function visitWord(m: RegExpExecArray): void {
    const start = m.index;
    if (skip(start)) return;
    if (breaksParagraph(text, lastEnd, start)) {
      close();
      weakStart = undefined;
    }
    lastEnd = start + m[0].length;
    const w = m[0].toLowerCase();
    const strong = STRONG.has(w);
    const filler = strong || WEAK.has(w);
    if (!run) {
      if (strong) run = { start: weakStart ?? start, end: lastEnd, words: 1, filler: 1, strong: new Set([w]), gap: 0 };
      else if (filler) weakStart ??= start;
      else weakStart = undefined;
      return;
    }
    weakStart = undefined;
    if (filler) {
      run.words += 1 + run.gap; // words in a gap count once the run continues past them
      run.filler++;
      run.gap = 0;
      run.end = lastEnd;
      if (strong) run.strong.add(w);
    } else if (++run.gap > MAX_GAP) {
      close();
    }
  }
}

/** The longest block of text read as filler because it speaks of "Lorem Ipsum"; a longer one is a policy's prose. */
const MAX_FILLER_BLOCK = 1_500;
/** The fewest words of a block read as a passage about filler (a "Lorem Ipsum" heading is only the phrase). */
const MIN_PASSAGE_WORDS = 8;
/** How many blocks may sit between two filler blocks and be filler too (the list items of one filler passage). */
const MAX_BETWEEN = 3;
const HEADING = /<h[1-6]\b|(?:^|[\r\n])[ \t]{0,3}#{1,6}[ \t]/i;

/**
 * The English text that themes and generators fill a page with to talk about their own filler ("It is a long
 * established fact that a reader will be distracted by the readable content of a page… The point of using Lorem Ipsum
 * is…", "All the Lorem Ipsum generators on the Internet…"): every block (paragraph, list item) that names Lorem Ipsum,
 * and the few blocks between two such blocks with no heading between them (the list items of the same passage). Each
 * block is one span.
 */
function fillerAboutFiller(text: string, phrases: Span[], skip: (offset: number) => boolean): Span[] {
  const blocks: Span[] = [];
  for (const p of phrases) {
    const last = blocks[blocks.length - 1];
    if (last && p.start < last.end) continue;
    // The passage names its filler as a name ("Lorem Ipsum"), in prose; "Replace this lorem ipsum" is an instruction.
    if (!/^Lorem Ipsum$/.test(text.slice(p.start, p.end).replace(/\s+/, ' '))) continue;
    const block = blockAround(text, p.start, skip, MAX_FILLER_BLOCK);
    if (!block || (text.slice(block.start, block.end).match(/\p{L}+/gu) ?? []).length < MIN_PASSAGE_WORDS) continue;
    if (last && block.start - last.end <= MAX_FILLER_BLOCK && !HEADING.test(text.slice(last.end, block.start))) {
      // The blocks between the two: filler of the same passage.
      const between: Span[] = [];
      for (let i = last.end; i < block.start && between.length <= MAX_BETWEEN; ) {
        while (i < block.start && (skip(i) || /\s/.test(text[i]))) i++;
        if (i >= block.start) break;
        const b = blockAround(text, i, skip, MAX_FILLER_BLOCK);
        if (!b || b.end > block.start) break;
        between.push(b);
        i = Math.max(b.end, i + 1);
      }
      if (between.length <= MAX_BETWEEN) blocks.push(...between);
    }
    blocks.push(block);
  }
  return blocks;
}

/** A blank line (what breaksParagraph finds between two words). */
const BLANK_LINE = /\n[ \t\r]*\n/g;

/**
 * The paragraphs (stretches between blank lines) holding MIN_STRONG_DISTINCT distinct strong filler words as whole
 * words, as [start, end) offsets: no run crosses a blank line, and a run needs that many.
 */
function fillerParagraphs(text: string, memo?: LintMemo): Array<[number, number]> {
  const lower = text.toLowerCase();
  // Lower-casing changed the length (a dotted capital I): offsets differ, read the whole text word by word.
  if (lower.length !== text.length) return [[0, text.length]];
  const out: Array<[number, number]> = [];
  let from = 0;
  let to = 0;
  const seen = new Set<string>();
  const nextBreak = (after: number) => {
    BLANK_LINE.lastIndex = after;
    const b = BLANK_LINE.exec(text);
    return b ? b.index : text.length;
  };
  to = nextBreak(0);
  const set = patternSet(STRONG_WORDS, true);
  for (const m of scanPatterns(text, set, memo?.scan<ChunkEntry>(set))[0]) {
    if (m.index >= to) {
      // The word is in a later paragraph: the one it is in starts after the last blank line before it.
      seen.clear();
      BLANK_LINE.lastIndex = to;
      let last = BLANK_LINE.exec(text)!;
      for (let b: RegExpExecArray | null = last; b && b.index < m.index; b = BLANK_LINE.exec(text)) {
        last = b;
        BLANK_LINE.lastIndex = b.index + 1;
      }
      from = last.index + 1;
      to = nextBreak(from);
    }
    const word = m.groups[0]!;
    if (seen.size >= MIN_STRONG_DISTINCT || LETTER_BEFORE.test(lower.slice(Math.max(0, m.index - 2), m.index))) continue;
    seen.add(word);
    if (seen.size === MIN_STRONG_DISTINCT) out.push([from, to]);
  }
  return out;
}

/** True when a blank line (two line breaks with only spaces between) separates the two offsets. */
function breaksParagraph(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks >= 2) return true;
    } else if (c !== 13 && c !== 32 && c !== 9) {
      breaks = 0;
    }
  }
  return false;
}
