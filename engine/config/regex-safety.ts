// Screens user-supplied regular expressions (placeholders.patterns) before they are run over documents.
// JavaScript regexes backtrack, so a pattern such as "(a+)+$" can take exponential time on a long line. We reject
// patterns whose shape allows that (a variable quantifier inside a repeated group, backreferences) instead of timing
// them: the check is a single pass over the pattern, so it is bounded whatever the pattern or the document.
import safeRegex from 'safe-regex2';

export const MAX_PATTERN_LENGTH = 500;
export const ALLOWED_FLAGS = 'imsu';

/** Why a pattern is unsafe, as a short phrase ("nested quantifier"), or undefined when it looks safe. */
export function unsafeReason(pattern: string): string | undefined {
  const shape = scan(pattern);
  if (shape) return shape;
  // safe-regex2 measures star height and counts repetitions. Its parser does not know lookbehind and calls every
  // such pattern unsafe, so it is only asked about patterns without one (the scan above still covers those).
  if (!/\(\?<[=!]/.test(pattern) && !safeRegex(pattern)) return 'star height above 1 or too many repetitions';
  return undefined;
}

interface Frame {
  /** The group contains a quantifier whose count can vary (a+, a*, a{1,3}). */
  variable: boolean;
  unbounded: boolean;
}

type Atom = { group: false } | { group: true; variable: boolean; unbounded: boolean };

const QUANTIFIER = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/;

/** One pass over a syntactically valid pattern: finds repeated groups containing variable repetition, and backreferences. */
function scan(p: string): string | undefined {
  const stack: Frame[] = [{ variable: false, unbounded: false }];
  let atom: Atom | undefined;
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1];
      if (/[1-9]/.test(n ?? '') || (n === 'k' && p[i + 2] === '<')) return 'backreference';
      i += 2;
      if ((n === 'p' || n === 'P' || n === 'u') && p[i] === '{') i = p.indexOf('}', i) + 1 || p.length;
      atom = { group: false };
      continue;
    }
    if (c === '[') {
      i++;
      while (i < p.length && p[i] !== ']') i += p[i] === '\\' ? 2 : 1;
      i++;
      atom = { group: false };
      continue;
    }
    if (c === '(') {
      stack.push({ variable: false, unbounded: false });
      const prefix = /^\(\?(?:[:=!]|<[=!]|<[^>]*>)/.exec(p.slice(i, i + 40));
      i += prefix ? prefix[0].length : 1;
      atom = undefined;
      continue;
    }
    if (c === ')') {
      const f = stack.length > 1 ? stack.pop()! : stack[0];
      const parent = stack[stack.length - 1];
      parent.variable ||= f.variable;
      parent.unbounded ||= f.unbounded;
      atom = { group: true, variable: f.variable, unbounded: f.unbounded };
      i++;
      continue;
    }
    const q = QUANTIFIER.exec(p.slice(i, i + 24));
    if (q && atom) {
      const min = q[1] === undefined ? (q[0] === '+' ? 1 : 0) : Number(q[1]);
      const max = q[0] === '*' || q[0] === '+' || (q[2] && !q[3]) ? Infinity : q[0] === '?' ? 1 : q[3] ? Number(q[3]) : min;
      if (atom.group && max > 1 && (atom.variable || atom.unbounded)) return 'nested quantifier';
      const frame = stack[stack.length - 1];
      if (max > min && max > 1) frame.variable = true;
      if (max === Infinity) frame.unbounded = true;
      i += q[0].length;
      if (p[i] === '?') i++;
      atom = undefined;
      continue;
    }
    atom = c === '|' || c === '^' || c === '$' ? undefined : { group: false };
    i++;
  }
  return undefined;
}
