// What the coverage view, the status bar and the outline read of a lint result: the requirements of the active
// profiles with their state and evidence (computed by the engine, LintResult.requirements), where in the document's
// outline each is covered, and the outline as document symbols labelled with what each section is about. Reads only
// plain data of the result (the document's outline and line index, requirements, sectionTopics).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { summarizeCoverage, type LintResult, type RequirementCoverage, type Section } from '../../engine/index.ts';
import { profileById } from '../../engine/requirements/index.ts';
import type { CoverageResult, CoverageSection } from './protocol.ts';

/** The parts of a lint result read here. */
export type CoverageSource = Pick<LintResult, 'requirements'> & { document: Omit<LintResult['document'], 'blocks'> } & { coverage: Pick<LintResult['coverage'], 'sectionTopics'> };

/** The index of the section whose own text (heading and body, not its subsections) holds `offset`, or -1 before the first. */
function sectionAt(sections: readonly Section[], offset: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].heading.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < sections[found].body.end ? found : -1;
}

/** The active profiles, in the order their requirements come (the order the configuration lists them). */
function profilesOf(requirements: readonly RequirementCoverage[]): CoverageResult['profiles'] {
  const ids = [...new Set(requirements.flatMap((r) => r.profiles))];
  return ids.map((id) => {
    const p = profileById(id);
    return { id, title: p?.title ?? id, ...(p?.regime ? { regime: p.regime } : {}) };
  });
}

/** The coverage of a linted document, for the coverage view and the status bar (CoverageRequest). */
export function coverageOf(result: CoverageSource, version: number): CoverageResult {
  const doc = result.document;
  const sections: CoverageSection[] = doc.sections.map((s) => ({ title: s.title, level: s.level, range: doc.lines.rangeOf(s.heading), requirements: [] }));
  for (const r of result.requirements) {
    if (r.state !== 'covered' && r.state !== 'vague') continue;
    for (const e of r.evidence) {
      const i = sectionAt(doc.sections, e.span.start);
      if (i >= 0 && !sections[i].requirements.includes(r.id)) sections[i].requirements.push(r.id);
    }
  }
  return { version, profiles: profilesOf(result.requirements), requirements: result.requirements, summary: summarizeCoverage(result.requirements), sections };
}

/** The answer to CoverageRequest for a document that was not linted (binary, too large). */
export function skippedCoverage(version: number, reason: string): CoverageResult {
  return { version, profiles: [], requirements: [], summary: summarizeCoverage([]), sections: [], skipped: reason };
}

/**
 * The document's outline as symbols, nested by heading level: each section named by its title, its detail the
 * requirements the section is about (sectionTopics: titled for them, or stating them at its start).
 */
export function documentSymbols(result: CoverageSource): DocumentSymbol[] {
  const doc = result.document;
  const titles = new Map(result.requirements.map((r) => [r.id, r.title]));
  const roots: DocumentSymbol[] = [];
  // The chain of enclosing sections: a section runs to the next heading of its level or above, so that its
  // subsections lie inside its range; it is closed (its range set) when that heading comes.
  const open: Array<{ level: number; start: number; symbol: DocumentSymbol }> = [];
  const close = (end: number) => {
    const o = open.pop()!;
    o.symbol.range = doc.lines.rangeOf({ start: o.start, end: Math.max(end, o.start) });
  };
  doc.sections.forEach((s, i) => {
    while (open.length && open[open.length - 1].level >= s.level) close(s.heading.start);
    const about = (result.coverage.sectionTopics[i] ?? []).map((id) => titles.get(id)).filter((t): t is string => !!t);
    const selectionRange = doc.lines.rangeOf(s.heading);
    const symbol: DocumentSymbol = {
      name: s.title.trim() || '(untitled section)',
      ...(about.length ? { detail: about.join(' · ') } : {}),
      kind: SymbolKind.String,
      range: selectionRange,
      selectionRange,
      children: [],
    };
    (open.length ? open[open.length - 1].symbol.children! : roots).push(symbol);
    open.push({ level: s.level, start: s.heading.start, symbol });
  });
  while (open.length) close(doc.text.length);
  return roots;
}
