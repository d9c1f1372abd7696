// Recognition data in other languages, as data: one language pack per language (engine/topics/languages/<code>.json)
// adds, per topic, the words that carry its parts in that language — headings, part patterns, traps, and alternatives
// for the topic's named sub-patterns (the number words and time units a period is made of). The statement forms stay
// the topic's own: a German "nach 14 Tagen gelöscht" is a period or trigger plus a deleting act, as in English.
// A pack is merged into a topic's recognition (when it is compiled) only for a document written at least partly in
// its language, which the pack's `detect` pattern tells: one large alternation over every language would make each
// sentence's search several times slower (V8 tries every alternative at every position), so an English policy pays
// for English alone. Nothing here names a language or a topic.
import type { TopicDefinition } from './definition.ts';
import de from './languages/de.json' with { type: 'json' };
import fr from './languages/fr.json' with { type: 'json' };
import es from './languages/es.json' with { type: 'json' };
import pt from './languages/pt.json' with { type: 'json' };
import it from './languages/it.json' with { type: 'json' };
import nl from './languages/nl.json' with { type: 'json' };
import ru from './languages/ru.json' with { type: 'json' };
import zh from './languages/zh.json' with { type: 'json' };
import ja from './languages/ja.json' with { type: 'json' };
import ko from './languages/ko.json' with { type: 'json' };
import pl from './languages/pl.json' with { type: 'json' };
import tr from './languages/tr.json' with { type: 'json' };
import id from './languages/id.json' with { type: 'json' };
import sv from './languages/sv.json' with { type: 'json' };
import cs from './languages/cs.json' with { type: 'json' };
import ar from './languages/ar.json' with { type: 'json' };
import he from './languages/he.json' with { type: 'json' };
import lv from './languages/lv.json' with { type: 'json' };
import lt from './languages/lt.json' with { type: 'json' };
import ro from './languages/ro.json' with { type: 'json' };
import uk from './languages/uk.json' with { type: 'json' };
import el from './languages/el.json' with { type: 'json' };
import da from './languages/da.json' with { type: 'json' };
import nb from './languages/nb.json' with { type: 'json' };
import fi from './languages/fi.json' with { type: 'json' };
import hu from './languages/hu.json' with { type: 'json' };
import sk from './languages/sk.json' with { type: 'json' };
import bg from './languages/bg.json' with { type: 'json' };
import vi from './languages/vi.json' with { type: 'json' };

/** What a language adds to one topic's recognition. */
export interface LanguageAdditions {
  /**
   * Named sub-patterns: a name the topic defines gains these alternatives (`UNIT`: "Tage|Monate"); a new name is the
   * pack's own.
   */
  defines?: Record<string, string>;
  headings?: string[];
  /** Section titles that ask where data is or goes without saying it ("Speicherort"): see `recognition.contextHeadings`. */
  contextHeadings?: string[];
  headingNegative?: string[];
  /** Part name (one the topic has) -> more regex sources for it. */
  parts?: Record<string, string[]>;
  traps?: string[];
}

export interface LanguagePack {
  /** BCP 47 code: "de", "zh". */
  language: string;
  /** English name: "German". */
  name: string;
  /**
   * How a document shows it is written (at least partly) in the language: `minimum` matches of `pattern` (a regex
   * source matched case-insensitively, without capturing groups: frequent function words, or the language's script).
   * Every pack's pattern is searched in one pass, so each should open with a plain character or `\b`, not a
   * look-behind, which would be tried at every position of every document.
   */
  detect: { pattern: string; minimum: number };
  /** Topic or requirement id -> what the language adds to its recognition. */
  topics: Record<string, LanguageAdditions>;
  /** How an instruction to the document's author opens in the language (see engine/topics/author-notes.json). */
  authorNotes?: string[];
}

/** The languages besides English that recognition reads. */
// Ukrainian and Bulgarian stand before Russian: detection finds the first pack that matches at a position, and the
// Russian pack's pattern (any Cyrillic word) would take every word in which theirs are found.
export const LANGUAGES: LanguagePack[] = [de, fr, es, pt, it, nl, uk, bg, ru, zh, ja, ko, pl, tr, id, sv, cs, ar, he, lv, lt, ro, el, da, nb, fi, hu, sk, vi] as LanguagePack[];

/**
 * The packs' detect patterns as one expression, a capturing group per pack (`packOf`: group k + 1 is pack
 * `packOf[k]`), by the set of packs still looked for. The packs whose pattern opens with `\b` share one `\b`, tested
 * once per position rather than once per pack: with 17 packs that halves the pass over an English text, where no pack
 * is ever found and so the whole text is searched. `\b` knows only ASCII letters, so a look-behind (tried only where
 * `\b` holds) keeps a word from starting after an accented letter: "su" is not found inside Latvian "jūsu". The packs
 * whose pattern opens with a character class (a script: Cyrillic, Greek, Arabic, CJK …) share one look-ahead on the
 * union of those classes, so a Latin letter is turned away by one test rather than one per script.
 */
interface Detector {
  re: RegExp;
  packOf: number[];
}
const detectors = new WeakMap<LanguagePack[], Map<number, Detector>>();

/** The inside of the character class a detect pattern opens with (`[\\u0400-\\u04FF]{2,}` -> `\\u0400-\\u04FF`), if it opens with one. */
function leadingClass(p: LanguagePack): string | undefined {
  return /^\[(?!\^)((?:\\.|[^\]\\])+)\]/.exec(p.detect.pattern)?.[1];
}

function detectorFor(packs: LanguagePack[], open: number): Detector {
  if (packs.length > 30) throw new Error('Language detection keeps the open packs in a 30-bit mask: at most 30 packs');
  let bySet = detectors.get(packs);
  if (!bySet) detectors.set(packs, (bySet = new Map()));
  let d = bySet.get(open);
  if (!d) {
    const atWord = (p: LanguagePack) => p.detect.pattern.startsWith('\\b');
    const words = packs.flatMap((p, i) => (atWord(p) ? [i] : []));
    const scripts = packs.flatMap((p, i) => (!atWord(p) && leadingClass(p) !== undefined ? [i] : []));
    const others = packs.flatMap((p, i) => (atWord(p) || leadingClass(p) !== undefined ? [] : [i]));
    const isOpen = (i: number) => Boolean(open & (1 << i));
    const group = (i: number, source: string) => (isOpen(i) ? `(${source})` : '((?!))'); // a closed pack keeps its group
    const union = scripts.filter(isOpen).map((i) => leadingClass(packs[i])).join('');
    const alternatives = [
      ...(words.length ? [`\\b(?<![\\u00C0-\\u024F\\u1E00-\\u1EFF])(?:${words.map((i) => group(i, packs[i].detect.pattern.slice(2))).join('|')})`] : []),
      ...(scripts.length ? [`(?=[${union}])(?:${scripts.map((i) => group(i, packs[i].detect.pattern)).join('|')})`] : []),
      ...others.map((i) => group(i, packs[i].detect.pattern)),
    ];
    bySet.set(open, (d = { re: new RegExp(alternatives.join('|'), 'gi'), packOf: [...words, ...scripts, ...others] }));
  }
  return d;
}

/**
 * The packs whose language `text` is written in, at least partly (see `LanguagePack.detect`). One pass over the text
 * finds every pack's words at once; a pack is dropped from the search once it has enough of them.
 */
export function languagesOf(text: string, packs: LanguagePack[] = LANGUAGES): LanguagePack[] {
  const counts = packs.map(() => 0);
  let open = (1 << packs.length) - 1;
  let { re, packOf } = detectorFor(packs, open);
  re.lastIndex = 0;
  for (let m = re.exec(text); m && open; m = re.exec(text)) {
    const i = packOf[m.indexOf(m[0], 1) - 1];
    if (++counts[i] < packs[i].detect.minimum) continue;
    open &= ~(1 << i);
    if (!open) break;
    const at = re.lastIndex;
    ({ re, packOf } = detectorFor(packs, open));
    re.lastIndex = at;
  }
  return packs.filter((p, i) => counts[i] >= p.detect.minimum);
}

/** `def` with the packs' additions for it merged into its recognition data. */
export function withLanguages(def: TopicDefinition, packs: LanguagePack[] = LANGUAGES): TopicDefinition {
  const adds = packs.flatMap((p) => (Object.hasOwn(p.topics, def.id) ? [[p.language, p.topics[def.id]] as const] : []));
  if (!adds.length) return def;
  const r = def.recognition;
  const defines: Record<string, string> = { ...r.defines };
  const parts: Record<string, string[]> = Object.fromEntries(Object.entries(r.parts).map(([k, v]) => [k, [...v]]));
  const headings = [...r.headings];
  const contextHeadings = [...(r.contextHeadings ?? [])];
  const headingNegative = [...r.headingNegative];
  const traps = [...r.traps];
  for (const [language, a] of adds) {
    for (const [name, source] of Object.entries(a.defines ?? {})) defines[name] = Object.hasOwn(defines, name) ? `${defines[name]}|${source}` : source;
    for (const [name, sources] of Object.entries(a.parts ?? {})) {
      if (!Object.hasOwn(parts, name)) throw new Error(`Language pack "${language}" adds to unknown part ${name} of "${def.id}"`);
      parts[name].push(...sources);
    }
    headings.push(...(a.headings ?? []));
    contextHeadings.push(...(a.contextHeadings ?? []));
    headingNegative.push(...(a.headingNegative ?? []));
    traps.push(...(a.traps ?? []));
  }
  return { ...def, recognition: { ...r, defines, parts, headings, ...(contextHeadings.length ? { contextHeadings } : {}), headingNegative, traps } };
}
