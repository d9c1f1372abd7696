// What the coverage view and the status bar show for a CoverageResult, as plain data (no VS Code API here, so it is
// unit-tested): the requirements grouped by regime or by the section that covers them, each with its state, the
// evidence the linter read, and what a click does. client/src/coverage.ts turns these nodes into tree items.
import type { Position, Range, RequirementCoverage } from '../../engine/types.ts';
import { Commands, type CoverageResult, type InsertSectionArgs, type RevealRangeArgs } from '../../server/src/protocol.ts';

export type GroupBy = 'regime' | 'section';

export interface NodeCommand {
  command: string;
  title: string;
  arguments: unknown[];
}

export interface CoverageNode {
  /** Stable across refreshes of the same document (the tree keeps expansion and selection by it). */
  id: string;
  label: string;
  description?: string;
  /** Markdown. */
  tooltip?: string;
  /** A codicon id and a theme colour id for it. */
  icon?: { id: string; color?: string };
  command?: NodeCommand;
  children: CoverageNode[];
  /** For nodes with children: shown expanded at first. */
  expanded?: boolean;
}

const STATE_ICON: Record<string, { id: string; color?: string }> = {
  covered: { id: 'pass', color: 'testing.iconPassed' },
  vague: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  must: { id: 'error', color: 'problemsErrorIcon.foreground' },
  conditional: { id: 'question', color: 'problemsWarningIcon.foreground' },
  guidance: { id: 'info', color: 'problemsInfoIcon.foreground' },
  'not-applicable': { id: 'circle-slash' },
};

const escapeMarkdown = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
const lineOf = (r: { range: Range }) => r.range.start.line + 1;
const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);

/** The state in words, as the tree's description shows it next to the requirement's title. */
export function stateText(r: RequirementCoverage): string {
  switch (r.state) {
    case 'covered':
      return 'covered';
    case 'vague':
      return 'stated too vaguely';
    case 'not-applicable':
      return r.notApplicable?.reason ? `not applicable: ${r.notApplicable.reason}` : 'not applicable';
    case 'missing':
      if (r.incomplete) return r.incomplete.shortfall === 'empty' ? `“${r.incomplete.title}” is empty` : `“${r.incomplete.title}” falls short`;
      return r.status === 'conditional' ? 'not stated — say whether it applies' : r.status === 'guidance' ? 'not stated (recommended)' : 'missing';
  }
}

function stateIcon(r: RequirementCoverage): { id: string; color?: string } {
  return STATE_ICON[r.state === 'missing' ? r.status : r.state];
}

function reveal(uri: string, range: Range, title: string): NodeCommand {
  const args: RevealRangeArgs = { uri, range };
  return { command: Commands.revealRange, title, arguments: [args] };
}

/**
 * What a click on a requirement does: go to its evidence sentence (or the section that falls short), insert its
 * section, or, when a comment in the document marks it not applicable, go to that comment.
 */
function requirementCommand(uri: string, r: RequirementCoverage, evidence: RequirementCoverage['evidence']): NodeCommand | undefined {
  // The sentence that states it (the heading of a section titled for it is evidence too, but says less).
  const best = evidence.find((e) => e.via === 'statement' && !e.vague) ?? evidence[0];
  if (best) return reveal(uri, best.range, 'Go to the evidence');
  if (r.state === 'missing' && r.incomplete) return reveal(uri, r.incomplete.range, 'Go to the section');
  if (r.state === 'missing') {
    const args: InsertSectionArgs = { uri, requirement: r.id, title: r.title };
    return { command: Commands.insertSection, title: 'Insert the section', arguments: [args] };
  }
  if (r.notApplicable?.range) return reveal(uri, r.notApplicable.range, 'Go to the comment');
  return undefined;
}

function requirementTooltip(r: RequirementCoverage): string {
  const lines = [`**${escapeMarkdown(r.title)}** — ${escapeMarkdown(stateText(r))}`];
  if (r.citations.length) lines.push(`Required by ${r.citations.map((c) => `${c.regime} ${c.cite}`).map(escapeMarkdown).join('; ')}`);
  for (const e of r.evidence.slice(0, 3)) lines.push(`Line ${lineOf(e)}: ${escapeMarkdown(e.reason)}`);
  if (r.state === 'missing' && !r.incomplete) lines.push('Click to insert the section.');
  const na = r.notApplicable;
  if (na) {
    const by = na.by === 'config' ? 'in the configuration' : na.by === 'document' ? 'because the document never mentions the practice' : na.range ? `by a comment on line ${na.range.start.line + 1} (click to go there)` : 'by a comment in the document';
    lines.push(`Marked not applicable ${by}.`);
  }
  return lines.join('\n\n');
}

function requirementNode(uri: string, r: RequirementCoverage, parent: string, evidence = r.evidence): CoverageNode {
  const id = `${parent}/${r.id}`;
  const command = requirementCommand(uri, r, evidence);
  return {
    id,
    label: r.title,
    description: stateText(r),
    tooltip: requirementTooltip(r),
    icon: stateIcon(r),
    ...(command ? { command } : {}),
    children: evidence.map((e, i) => ({
      id: `${id}#${i}`,
      label: e.quote,
      description: `line ${lineOf(e)}${e.vague ? ', vague' : ''}`,
      tooltip: escapeMarkdown(e.reason),
      icon: { id: e.via === 'heading' ? 'symbol-key' : 'quote' },
      command: reveal(uri, e.range, 'Go to the evidence'),
      children: [],
    })),
  };
}

/** "3/4": covered (vaguely or not) of those that apply. */
function countOf(list: readonly RequirementCoverage[]): string {
  const applies = list.filter((r) => r.state !== 'not-applicable');
  return `${applies.filter((r) => r.state === 'covered' || r.state === 'vague').length}/${applies.length}`;
}

function byRegime(uri: string, result: CoverageResult): CoverageNode[] {
  return result.profiles.map((p) => {
    const list = result.requirements.filter((r) => r.profiles.includes(p.id));
    const id = `profile:${p.id}`;
    return {
      id,
      label: p.regime ?? p.title,
      description: countOf(list),
      tooltip: `${escapeMarkdown(p.title)}: ${countOf(list)} covered`,
      icon: { id: 'law' },
      expanded: true,
      children: list.map((r) => requirementNode(uri, r, id)),
    };
  });
}

function bySection(uri: string, result: CoverageResult): CoverageNode[] {
  const byId = new Map(result.requirements.map((r) => [r.id, r]));
  const { sections } = result;
  // A section's own text runs from its heading to the next heading.
  const inSection = (i: number) => (e: { range: Range }) =>
    !before(e.range.start, sections[i].range.start) && (i + 1 >= sections.length || before(e.range.start, sections[i + 1].range.start));
  const nodes: CoverageNode[] = [];
  const covered = result.requirements.filter((r) => r.state === 'covered' || r.state === 'vague');
  const first = sections[0]?.range.start;
  const preamble = covered.filter((r) => r.evidence.some((e) => !first || before(e.range.start, first)));
  if (preamble.length) {
    const inPreamble = (e: { range: Range }) => !first || before(e.range.start, first);
    nodes.push({
      id: 'section:preamble',
      label: 'Before the first section',
      icon: { id: 'symbol-string' },
      expanded: true,
      children: preamble.map((r) => requirementNode(uri, r, 'section:preamble', r.evidence.filter(inPreamble))),
    });
  }
  sections.forEach((s, i) => {
    if (!s.requirements.length) return;
    const id = `section:${i}:${s.title}`;
    nodes.push({
      id,
      label: s.title,
      description: `line ${lineOf(s)}`,
      icon: { id: 'symbol-string' },
      command: reveal(uri, s.range, 'Go to the section'),
      expanded: true,
      children: s.requirements.flatMap((rid) => {
        const r = byId.get(rid);
        return r ? [requirementNode(uri, r, id, r.evidence.filter(inSection(i)))] : [];
      }),
    });
  });
  const group = (id: string, label: string, icon: string, list: RequirementCoverage[]): CoverageNode[] =>
    list.length ? [{ id, label, description: String(list.length), icon: { id: icon }, expanded: true, children: list.map((r) => requirementNode(uri, r, id)) }] : [];
  nodes.push(
    ...group('missing', 'Not covered', 'circle-large-outline', result.requirements.filter((r) => r.state === 'missing')),
    ...group('not-applicable', 'Not applicable', 'circle-slash', result.requirements.filter((r) => r.state === 'not-applicable')),
  );
  return nodes;
}

/** The coverage view's top-level nodes for a document's coverage. */
export function coverageTree(uri: string, result: CoverageResult, groupBy: GroupBy): CoverageNode[] {
  if (result.skipped) return [{ id: 'skipped', label: 'Not linted', description: result.skipped, tooltip: escapeMarkdown(result.skipped), icon: { id: 'info' }, children: [] }];
  return groupBy === 'regime' ? byRegime(uri, result) : bySection(uri, result);
}

/** The status bar item for a document's coverage: "Policy: 14/17" (covered of required) and a tooltip. */
export function statusText(result: CoverageResult): { text: string; tooltip: string } {
  if (result.skipped) return { text: 'Policy: not linted', tooltip: `Policy Linter: ${escapeMarkdown(result.skipped)}` };
  const s = result.summary;
  const lines = [`**Policy Linter** — ${s.covered} of ${s.required} requirements covered${s.vague ? ` (${s.vague} too vaguely)` : ''}`];
  const profiles = result.profiles.map((p) => p.title).join(', ');
  if (profiles) lines.push(`Profiles: ${escapeMarkdown(profiles)}`);
  const missing = result.requirements.filter((r) => r.state === 'missing').map((r) => r.title);
  if (missing.length) lines.push(`Missing: ${escapeMarkdown(missing.slice(0, 6).join(', '))}${missing.length > 6 ? ` and ${missing.length - 6} more` : ''}`);
  if (s.notApplicable) lines.push(`Not applicable: ${s.notApplicable}`);
  lines.push('Click to open the coverage view.');
  return { text: `Policy: ${s.covered}/${s.required}`, tooltip: lines.join('\n\n') };
}
