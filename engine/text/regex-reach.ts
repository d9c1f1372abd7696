// How far a regular expression reads around the place where a match attempt starts: whether anything in it can match
// a line break, and how many characters it may read before and after that place. The placeholder scan
// (placeholders/scan.ts) reuses a stretch of text's matches from an earlier lint only when they cannot depend on text
// outside what it keyed them by, and this tells it how much that is. Read from the pattern's syntax tree
// (@eslint-community/regexpp, the parser ESLint uses), conservatively: whatever it cannot bound is unbounded.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

export interface RegexReach {
  /** Nothing in it (look-arounds included) can match "\n" or "\r": an attempt never reads past a line break. */
  lineConfined: boolean;
  /** At most how many characters (UTF-16 code units) an attempt reads before its start (look-behind, \b). */
  behind: number;
  /** At most how many characters an attempt reads from its start on, matched or looked at; Infinity when unbounded. */
  ahead: number;
  /** It reads where the whole text starts or ends (^ or $ without the m flag), or something this does not bound. */
  global: boolean;
}

interface Extent {
  /** Longest and shortest text consumed. */
  max: number;
  min: number;
  /** Characters read from the node's start on, and before it. */
  ahead: number;
  behind: number;
}

const GLOBAL: RegexReach = { lineConfined: false, behind: Infinity, ahead: Infinity, global: true };

/** The reach of `source` compiled with `flags` (JavaScript syntax). */
export function regexReach(source: string, flags: string): RegexReach {
  const unicode = flags.includes('u') || flags.includes('v');
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return GLOBAL;
  }
  let global = false;
  let breaks = false;
  /** Whether a character-matching node can match a line break, asked of the engine itself. */
  const matchesBreak = (raw: string) => {
    const re = new RegExp(`^(?:${raw})$`, flags.replace(/[gy]/g, ''));
    return re.test('\n') || re.test('\r');
  };
  const width = unicode ? 2 : 1;
  const atom = (crosses: boolean, w: number): Extent => {
    if (crosses) breaks = true;
    return { max: w, min: 1, ahead: w, behind: 0 };
  };
  const alternatives = (alts: AST.Alternative[]): Extent => {
    const xs = alts.map(sequence);
    return {
      max: Math.max(0, ...xs.map((x) => x.max)),
      min: xs.length ? Math.min(...xs.map((x) => x.min)) : 0,
      ahead: Math.max(0, ...xs.map((x) => x.ahead)),
      behind: Math.max(0, ...xs.map((x) => x.behind)),
    };
  };
  const sequence = (alt: AST.Alternative): Extent => {
    let max = 0;
    let min = 0;
    let ahead = 0;
    let behind = 0;
    for (const e of alt.elements) {
      const x = element(e);
      ahead = Math.max(ahead, max + x.ahead);
      behind = Math.max(behind, x.behind - min);
      max += x.max;
      min += x.min;
    }
    return { max, min, ahead: Math.max(ahead, max), behind };
  };
  const element = (e: AST.Element): Extent => {
    switch (e.type) {
      case 'Character':
        return atom(e.value === 10 || e.value === 13, e.value > 0xffff ? 2 : 1);
      case 'CharacterSet':
        // \s, \D, \W, and . with the s flag match line breaks; \S, \d, \w, . do not; a property is asked of the engine.
        return atom(
          e.kind === 'any' ? flags.includes('s') : e.kind === 'property' ? matchesBreak(e.raw) : e.kind === 'space' ? !e.negate : e.negate,
          e.kind === 'digit' || e.kind === 'word' || (e.kind === 'space' && !e.negate) ? 1 : width,
        );
      case 'CharacterClass':
        if (e.unicodeSets) {
          global = true; // may match strings (\q{…}): not bounded here
          return { max: Infinity, min: 0, ahead: Infinity, behind: 0 };
        }
        return atom(matchesBreak(e.raw), width);
      case 'ExpressionCharacterClass':
      case 'Backreference':
        global = true;
        breaks = true;
        return { max: Infinity, min: 0, ahead: Infinity, behind: 0 };
      case 'Group':
        if (e.modifiers) global = true; // (?m:…), (?s:…) change what ^, $ and . read
        return alternatives(e.alternatives);
      case 'CapturingGroup':
        return alternatives(e.alternatives);
      case 'Quantifier': {
        const x = element(e.element);
        if (e.max === 0) return { max: 0, min: 0, ahead: 0, behind: 0 };
        if (x.max === 0) return { max: 0, min: 0, ahead: x.ahead, behind: x.behind };
        const max = e.max * x.max;
        return { max, min: e.min * x.min, ahead: Math.max(max, (e.max - 1) * x.max + x.ahead), behind: x.behind };
      }
      case 'Assertion':
        switch (e.kind) {
          case 'start':
          case 'end':
            if (!flags.includes('m')) global = true;
            return { max: 0, min: 0, ahead: e.kind === 'end' ? 1 : 0, behind: e.kind === 'start' ? 1 : 0 };
          case 'word':
            return { max: 0, min: 0, ahead: 1, behind: 1 };
          case 'lookahead': {
            const x = alternatives(e.alternatives);
            return { max: 0, min: 0, ahead: x.ahead, behind: x.behind };
          }
          case 'lookbehind': {
            // The body is matched backwards from here: it reads up to its longest length back, plus its own look-behinds.
            const x = alternatives(e.alternatives);
            return { max: 0, min: 0, ahead: Math.max(0, x.ahead - x.min), behind: x.max + x.behind };
          }
        }
    }
    global = true;
    return { max: Infinity, min: 0, ahead: Infinity, behind: Infinity };
  };
  const x = alternatives(pattern.alternatives);
  if (global || !Number.isFinite(x.behind)) return GLOBAL;
  return { lineConfined: !breaks, behind: x.behind, ahead: x.ahead, global: false };
}
