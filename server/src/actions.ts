// Code actions for findings: insert missing sections, fill or remove placeholders, mark a topic not applicable,
// disable a rule for a line or the file. Every action is computed from the current lint result, so a topic that is
// already covered never gets an "insert section" action, and every edit carries the document version.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { RULES, type Finding, type InsertSectionFix, type PlaceholderFix, type Span } from '../../engine/index.ts';
import type { LintView, ViewDocument } from './lint-job.ts';
import { escapeSnippet, planInsertSections } from '../../engine/fixes/insert-section.ts';
import { topicById } from '../../engine/topics/index.ts';
import { applySnippets, versionedEdit, type EditCapabilities, type SnippetChange, type Target } from './edits.ts';
import { formatLikeDocument } from './dates.ts';
import { DEFAULT_REASON, notApplicableComment } from './not-applicable.ts';
import { topicTitle } from './topics.ts';
import { afterBom } from '../../engine/text/lines.ts';
import { Commands, type MissingSection, type ReplaceAllArgs } from './protocol.ts';
import { slotPhrase } from '../../engine/placeholders/words.ts';
import { detectPlaceholders } from '../../engine/placeholders/detect.ts';

export const INSERT_MISSING_SECTIONS_KIND = `${CodeActionKind.Source}.policyLinter.insertMissingSections`;

export interface ActionRequest {
  target: Target;
  result: LintView;
  /** Requested range as offsets. */
  span: Span;
  /** CodeActionContext.only. */
  only?: string[];
  caps: EditCapabilities;
  diagnostic: (f: Finding) => Diagnostic;
  /** The .policy-linter.json edit marking a topic not applicable, when one can be made. */
  configEdit: (topic: string) => WorkspaceEdit | undefined;
  today: Date;
}

const wanted = (kind: string, only: string[] | undefined) => !only?.length || only.some((o) => kind === o || kind.startsWith(o + '.'));
const touches = (s: Span, r: Span) => s.start <= r.end && r.start <= s.end;
const quote = (s: string) => `“${s.length > 40 ? s.slice(0, 39) + '…' : s}”`;

function isSectionFix(f: Finding): f is Finding & { fix: InsertSectionFix } {
  return f.fix?.kind === 'insert-section';
}
function isPlaceholder(f: Finding): f is Finding & { fix: PlaceholderFix } {
  return f.fix?.kind === 'placeholder';
}

/** The sections to insert together, each placed and numbered relative to the others too, in document order. */
function allSections(result: LintView): InsertSectionFix[] {
  const topics = result.findings.filter(isSectionFix).flatMap((f) => topicById(f.fix.topic) ?? []);
  return planInsertSections(result.document, result.coverage, topics);
}

/** The sections a document lacks, ready for the client's quick pick (MissingSectionsRequest). */
export function missingSections(result: LintView): MissingSection[] {
  const lines = result.document.lines;
  return allSections(result).map((fix) => ({
    topic: fix.topic,
    title: topicTitle(fix.topic),
    position: lines.positionAt(fix.offset),
    snippet: fix.snippet,
    ...(fix.toc ? { tocEntry: { position: lines.positionAt(fix.toc.offset), snippet: escapeSnippet(fix.toc.text) } } : {}),
  }));
}

/**
 * The actions for the findings at the requested range, grouped and ordered by how often people want them: inserting
 * the missing sections (and all of them at once), filling the placeholders, then saying a topic does not apply, then
 * silencing a rule for a line and for the file.
 */
export function codeActions(req: ActionRequest): CodeAction[] {
  const { result } = req;
  const inserts: CodeAction[] = [];
  const fills: CodeAction[] = [];
  const notApplicable: CodeAction[] = [];
  const lineDisables: CodeAction[] = [];
  const fileDisables: CodeAction[] = [];
  let insertAll: CodeAction | undefined;
  if (wanted(CodeActionKind.QuickFix, req.only)) {
    const here = result.findings.filter((f) => touches(f.span, req.span));
    for (const f of here) {
      let silenced = false;
      if (isSectionFix(f)) {
        inserts.push(...sectionInsert(req, f));
        const na = notApplicableActions(req, f, f.fix.topic, topicTitle(f.fix.topic));
        notApplicable.push(...na);
        // A topic that does not apply says so; disabling its rule for the file as well would be a second way to the same end.
        silenced = na.length > 0;
      } else if (isPlaceholder(f)) fills.push(...placeholderActions(req, f));
      const disable = disableActions(req, f);
      if (disable.line) lineDisables.push(disable.line);
      if (disable.file && !silenced) fileDisables.push(disable.file);
    }
    // "Insert all" belongs in the same menu as the inserts, when there is more than one section to insert.
    if (inserts.length && result.findings.filter(isSectionFix).length > 1) insertAll = insertAllAction(req, CodeActionKind.QuickFix);
  }
  // The source action (the Source Action menu, or a client asking for everything), unless the quick fixes above already hold it.
  if (!insertAll && wanted(INSERT_MISSING_SECTIONS_KIND, req.only) && !(req.only === undefined && inserts.length)) insertAll = insertAllAction(req, INSERT_MISSING_SECTIONS_KIND);
  return [...inserts, ...(insertAll ? [insertAll] : []), ...fills, ...notApplicable, ...lineDisables, ...fileDisables];
}

function action(title: string, kind: string, f: Finding | undefined, req: ActionRequest, how: Pick<CodeAction, 'edit' | 'command'> | undefined, preferred = false): CodeAction[] {
  if (!how) return [];
  return [{ title, kind, ...(f ? { diagnostics: [req.diagnostic(f)] } : {}), ...(preferred ? { isPreferred: true } : {}), ...how }];
}

// ---- missing sections ----

function sectionInsert(req: ActionRequest, f: Finding & { fix: InsertSectionFix }): CodeAction[] {
  const doc = req.result.document;
  const at = doc.lines.positionAt(f.fix.offset);
  return action(
    `Insert "${topicTitle(f.fix.topic)}" section`,
    CodeActionKind.QuickFix,
    f,
    req,
    applySnippets(req.target, [{ range: { start: at, end: at }, snippet: f.fix.snippet, text: f.fix.text }, ...tocChange(doc, f.fix)], req.caps),
    true,
  );
}

/** The new section's table-of-contents entry, as a change beside the section's own. */
function tocChange(doc: ViewDocument, fix: InsertSectionFix): SnippetChange[] {
  if (!fix.toc) return [];
  const at = doc.lines.positionAt(fix.toc.offset);
  return [{ range: { start: at, end: at }, snippet: escapeSnippet(fix.toc.text), text: fix.toc.text }];
}

function insertAllAction(req: ActionRequest, kind: string): CodeAction | undefined {
  const findings = req.result.findings.filter(isSectionFix);
  const fixes = allSections(req.result);
  if (!fixes.length) return undefined;
  const doc = req.result.document;
  const blankEnd = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)$/;
  // Sections inserted at one offset follow each other: each after a blank line, so none runs into the one before.
  const changes = fixes.flatMap((fix, i) => {
    const at = doc.lines.positionAt(fix.offset);
    const joined = i > 0 && fixes[i - 1].offset === fix.offset && !blankEnd.test(fixes[i - 1].text) ? doc.eol : '';
    return [{ range: { start: at, end: at }, snippet: joined + fix.snippet, text: joined + fix.text }, ...tocChange(doc, fix)];
  });
  const how = applySnippets(req.target, changes, req.caps);
  if (!how) return undefined;
  const title = fixes.length === 1 ? `Insert missing section "${topicTitle(fixes[0].topic)}"` : `Insert all ${fixes.length} missing sections`;
  return { title, kind, diagnostics: findings.map(req.diagnostic), ...how };
}

/** Offset of the start of the line after the one containing `offset` (or the end of the text). */
function nextLineStart(doc: ViewDocument, offset: number): number {
  const line = doc.lines.lineOf(offset);
  return line + 1 < doc.lines.lineCount ? doc.lines.lineStart(line + 1) : doc.text.length;
}

/**
 * Where a file-level comment goes: the start of the line of the first block of content, so it comes after front
 * matter (which must stay first in Markdown) and after an HTML head.
 */
function topOffset(doc: ViewDocument): number {
  const first = doc.blocks.find((b) => b.kind !== 'front-matter');
  return afterBom(doc.text, first ? doc.lines.lineStart(doc.lines.lineOf(first.span.start)) : 0);
}

/** The block holding `offset`, if any. */
const blockAt = (doc: ViewDocument, offset: number) => doc.blocks.find((b) => b.span.start <= offset && offset < b.span.end);

/**
 * Whether text inserted at `offset` would land inside markup: in Markdown, strictly inside an excluded span (code, a
 * comment, HTML, link syntax); in HTML, inside a tag or a comment (text between tags is excluded too, and is fine).
 */
function insideExcluded(doc: ViewDocument, offset: number): boolean {
  const strictly = (spans: Span[]) => spans.some((s) => s.start < offset && offset < s.end);
  return doc.format === 'html' ? insideTag(doc.text, offset) || strictly(doc.comments) : strictly(doc.excluded);
}

/**
 * Whether a comment line can go right after the line holding the end of this block without changing what the
 * document means: in Markdown, a heading or paragraph at the top level (not in a list, quote, table or front
 * matter), starting its line; in HTML, a line end outside any tag, comment or preformatted text.
 */
function lineAfterIsFree(doc: ViewDocument, at: number): boolean {
  if (doc.format === 'html') return !insideTag(doc.text, at) && !insideExcluded(doc, at) && !insidePre(doc.text, at);
  const block = blockAt(doc, Math.max(0, at - 1));
  if (!block || (block.kind !== 'heading' && block.kind !== 'paragraph')) return false;
  return /^[ ]{0,3}$/.test(doc.text.slice(doc.lines.lineStart(doc.lines.lineOf(block.span.start)), block.span.start)) && !insideExcluded(doc, at);
}

/**
 * Where the not-applicable comment goes: on the line after the title's block when that is free (see above), else
 * before the first top-level section heading, else at the end of the document; undefined when none of these is safe.
 */
function notApplicableOffset(doc: ViewDocument): number | undefined {
  if (doc.title) {
    const block = blockAt(doc, doc.title.start);
    const end = Math.max(doc.title.start + 1, doc.title.end, block?.span.end ?? 0);
    const offset = nextLineStart(doc, end - 1);
    if (lineAfterIsFree(doc, end) && offset > end - 1) return offset;
  }
  for (const s of doc.sections) {
    const line = doc.lines.lineOf(s.heading.start);
    const lineStart = doc.lines.lineStart(line);
    // The heading starts its line (a Markdown heading at the top level; an HTML heading element outside any tag).
    if (blockAt(doc, s.heading.start)?.kind !== 'heading' || !/^[ ]{0,3}$/.test(doc.text.slice(lineStart, s.heading.start))) continue;
    if (doc.format === 'html' && (insideTag(doc.text, lineStart) || insidePre(doc.text, lineStart) || insideExcluded(doc, lineStart))) continue;
    // A Markdown heading other than ATX (a bold line, a numbered line) must follow a blank line, or it could continue a list or quote.
    if (doc.format === 'markdown' && s.style.kind !== 'atx' && line > 0 && doc.text.slice(doc.lines.lineStart(line - 1), doc.lines.lineEnd(line - 1)).trim()) continue;
    return afterBom(doc.text, lineStart);
  }
  if (doc.openCodeStart === undefined && !insideExcluded(doc, doc.text.length - 1)) return doc.text.length;
  return undefined;
}

/** A comment line inserted at a line start: adds a line break before it when the offset is the end of a text without one. */
function lineInsert(doc: ViewDocument, offset: number): { before: string; after: string } {
  const atEndWithoutBreak = offset === doc.text.length && offset > 0 && !/[\r\n]$/.test(doc.text);
  return { before: atEndWithoutBreak ? doc.eol : '', after: atEndWithoutBreak ? '' : doc.eol };
}

function notApplicableActions(req: ActionRequest, f: Finding, topic: string, title: string): CodeAction[] {
  const doc = req.result.document;
  const out: CodeAction[] = [];
  const offset = doc.supportsComments ? notApplicableOffset(doc) : undefined;
  if (offset !== undefined) {
    const ins = lineInsert(doc, offset);
    // At the end of a Markdown document, a blank line first, so that the comment never joins the last block.
    const before = offset === doc.text.length && doc.format === 'markdown' && doc.text.trim() ? (ins.before || '') + (/(\r?\n|\r)[ \t]*(\r?\n|\r)$/.test(doc.text) ? '' : doc.eol) : ins.before;
    const at = doc.lines.positionAt(offset);
    const snippet = before + notApplicableComment(topic, `\${1:${escapeSnippet(DEFAULT_REASON)}}`) + ins.after;
    const text = before + notApplicableComment(topic, DEFAULT_REASON) + ins.after;
    out.push(...action(`${title} does not apply: say why in this file`, CodeActionKind.QuickFix, f, req, applySnippets(req.target, [{ range: { start: at, end: at }, snippet, text }], req.caps)));
  }
  const edit = req.configEdit(topic);
  if (edit) out.push(...action(`${title} does not apply: say why in .policy-linter.json`, CodeActionKind.QuickFix, f, req, { edit }));
  return out;
}

// ---- placeholders ----

/**
 * Filling a placeholder. A fix never turns a flagged slot into unflagged filler: a choice offers its alternatives, a
 * date slot today's date, and any other slot is selected as it stands (a snippet whose default is the slot itself), so
 * whatever is left unfilled is still reported. A slot written the same way elsewhere can be filled everywhere at once.
 */
function placeholderActions(req: ActionRequest, f: Finding & { fix: PlaceholderFix }): CodeAction[] {
  const doc = req.result.document;
  const { fix } = f;
  const flagged = doc.text.slice(f.span.start, f.span.end);
  const range = f.range;
  const plain = (title: string, edits: TextEdit[], preferred = true) => action(title, CodeActionKind.QuickFix, f, req, { edit: versionedEdit(req.target, edits, req.caps) }, preferred);

  if (fix.replacement !== undefined) {
    // Text inside a tag (a leftover data-cfemail attribute) cannot take an address: that edit would break the markup.
    if (insideTag(doc.text, f.span.start)) return [];
    return plain(`Replace ${quote(flagged)} with ${quote(fix.replacement)}`, [{ range, newText: fix.replacement }]);
  }
  switch (fix.placeholderKind) {
    case 'missing-date': {
      const date = formatLikeDocument(doc.text, req.today);
      const before = doc.text.slice(0, f.span.end);
      const sep = /:\s*$|\s$/.test(before) ? (/\s$/.test(before) ? '' : ' ') : ': ';
      return plain(`Insert today's date (${date})`, [{ range: { start: range.end, end: range.end }, newText: sep + date }]);
    }
    case 'drafting-note':
      return plain('Remove drafting note', [{ range: doc.lines.rangeOf(removalSpan(doc, f.span)), newText: '' }]);
    default: {
      const out: CodeAction[] = [];
      if (fix.policyDate) {
        const date = formatLikeDocument(doc.text, req.today);
        out.push(...plain(`Replace ${quote(flagged)} with today's date (${date})`, [{ range, newText: date }]));
      }
      // A choice whose alternatives still hold a blank ("[X days/months]") is filled like any other slot.
      if (fix.options?.length && fix.options.every((o) => !detectPlaceholders(o, [], { patterns: [], allow: [] }).length)) {
        fix.options.slice(0, MAX_CHOICES).forEach((o, i) => out.push(...plain(`Choose ${quote(o)}`, [{ range, newText: o }], i === 0)));
      } else if (!fix.policyDate) {
        const how = applySnippets(req.target, [{ range, snippet: `\${1:${escapeSnippet(flagged)}}` }], req.caps);
        out.push(...action(`Replace placeholder ${quote(flagged)}…`, CodeActionKind.QuickFix, f, req, how, true));
      }
      out.push(...replaceEveryAction(req, f, flagged));
      return out;
    }
  }
}

/** Choices offered one action each, at most (a longer list is a passage to rewrite rather than a pick). */
const MAX_CHOICES = 6;

/**
 * "Replace every “[Company Name]” in this file…": one input, written at every place the same slot is reported, in one
 * edit. Through the client's command (an input box) when it has one, else one workspace edit of snippet edits, every
 * occurrence the tab stop `${1:…}` over the slot as written; not offered to clients with neither.
 */
function replaceEveryAction(req: ActionRequest, f: Finding & { fix: PlaceholderFix }, flagged: string): CodeAction[] {
  const doc = req.result.document;
  const same = req.result.findings.filter((g) => isPlaceholder(g) && g.span.end - g.span.start === flagged.length && doc.text.slice(g.span.start, g.span.end) === flagged);
  if (same.length < 2) return [];
  const title = `Replace every ${quote(flagged)} in this file (${same.length})…`;
  if (req.caps.snippetCommand) {
    const hint = slotPhrase(f.fix.label);
    const args: ReplaceAllArgs = { uri: req.target.uri, version: req.target.version, slot: flagged, ...(hint ? { hint } : {}), ranges: same.map((g) => g.range) };
    return action(title, CodeActionKind.QuickFix, f, req, { command: { title: 'Replace', command: Commands.replaceAll, arguments: [args] } });
  }
  const snippet = `\${1:${escapeSnippet(flagged)}}`;
  return action(title, CodeActionKind.QuickFix, f, req, applySnippets(req.target, same.map((g) => ({ range: g.range, snippet })), req.caps));
}

/**
 * Whether `offset` is inside an HTML tag: after a "<" that starts a tag and has not been closed by ">", on its line or
 * on the lines before (a start tag can span lines).
 */
function insideTag(text: string, offset: number): boolean {
  const open = text.lastIndexOf('<', offset - 1);
  return open >= 0 && text.lastIndexOf('>', offset - 1) < open && /^<[/!?a-zA-Z]/.test(text.slice(open, open + 2));
}

/** Whether `offset` is inside preformatted HTML text (<pre>, <textarea>, <listing>, <xmp>), where a new line would show. */
function insidePre(text: string, offset: number): boolean {
  const before = text.slice(0, offset).toLowerCase();
  return ['pre', 'textarea', 'listing', 'xmp'].some((tag) => {
    const open = Math.max(before.lastIndexOf(`<${tag}>`), before.lastIndexOf(`<${tag} `), before.lastIndexOf(`<${tag}\n`));
    return open >= 0 && before.lastIndexOf(`</${tag}`) < open;
  });
}

/**
 * What "Remove drafting note" deletes: the note, plus its whole line when the note is all the line holds (so no
 * blank line is left behind), else the note and one adjacent space.
 */
function removalSpan(doc: ViewDocument, span: Span): Span {
  const first = doc.lines.lineOf(span.start);
  const last = doc.lines.lineOf(Math.max(span.start, span.end - 1));
  const lineStart = doc.lines.lineStart(first);
  const lineEnd = doc.lines.lineEnd(last);
  const rest = doc.text.slice(lineStart, span.start) + doc.text.slice(span.end, lineEnd);
  if (/^[\s*_>#-]*$/.test(rest)) {
    // The whole line goes; between two blank lines, one of them goes too, so no double blank line is left.
    let end = nextLineStart(doc, lineEnd);
    const blank = (line: number) => line >= 0 && line < doc.lines.lineCount && doc.text.slice(doc.lines.lineStart(line), doc.lines.lineEnd(line)).trim() === '';
    if (blank(first - 1) && blank(last + 1)) end = nextLineStart(doc, end);
    return { start: lineStart, end };
  }
  if (doc.text[span.end] === ' ') return { start: span.start, end: span.end + 1 };
  if (doc.text[span.start - 1] === ' ') return { start: span.start - 1, end: span.end };
  return span;
}

// ---- disable comments ----

/** What a rule reports, in words ("the missing children's privacy section", "placeholders"). */
const reports = (ruleId: string) => RULES.find((r) => r.meta.id === ruleId)?.meta.reports ?? ruleId;

/** "Stop reporting … on this line" and "… in this file", where a comment can say so. */
function disableActions(req: ActionRequest, f: Finding): { line?: CodeAction; file?: CodeAction } {
  const doc = req.result.document;
  if (!doc.supportsComments) return {};
  const plainEdit = (offset: number, newText: string) => {
    const at = doc.lines.positionAt(offset);
    return { edit: versionedEdit(req.target, [{ range: { start: at, end: at }, newText }], req.caps) };
  };
  const what = reports(f.ruleId);
  const line = isSectionFix(f) ? undefined : disableLineInsert(doc, f);
  const top = topOffset(doc);
  const ins = lineInsert(doc, top);
  return {
    ...(line ? { line: action(`Stop reporting ${what} on this line`, CodeActionKind.QuickFix, f, req, plainEdit(line.offset, line.text))[0] } : {}),
    file: action(`Stop reporting ${what} in this file`, CodeActionKind.QuickFix, f, req, plainEdit(top, ins.before + `<!-- policy-linter-disable ${f.ruleId} -->` + ins.after))[0],
  };
}

/**
 * The comment that silences a finding's line, placed where it changes nothing else in the document:
 * - a comment line above, when the line starts a top-level Markdown paragraph or heading after a blank line;
 * - else a same-line comment at the end of the line: inside the last cell of a table row, before the trailing
 *   backslash or spaces of a hard line break, never inside a tag, a code span, link syntax or a comment;
 * - else none (front matter, where a comment would become part of the YAML, or a line that ends inside a tag):
 *   the rule can still be disabled for the file.
 */
function disableLineInsert(doc: ViewDocument, f: Finding): { offset: number; text: string } | undefined {
  if (blockAt(doc, f.span.start)?.kind === 'front-matter') return undefined;
  const line = f.range.start.line;
  const start = doc.lines.lineStart(line);
  const end = doc.lines.lineEnd(line);
  const content = doc.text.slice(start, end);
  const prevBlank = line === 0 || doc.text.slice(doc.lines.lineStart(line - 1), doc.lines.lineEnd(line - 1)).trim() === '';
  const block = blockAt(doc, f.span.start);
  const startsRootBlock = block && (block.kind === 'paragraph' || block.kind === 'heading') && doc.lines.lineOf(block.span.start) === line && /^[ ]{0,3}$/.test(doc.text.slice(start, block.span.start));
  if (doc.format === 'markdown' && prevBlank && startsRootBlock && !/^\s/.test(content)) {
    return { offset: afterBom(doc.text, start), text: `<!-- policy-linter-disable-next-line ${f.ruleId} -->${doc.eol}` };
  }
  const comment = `<!-- policy-linter-disable-line ${f.ruleId} -->`;
  const pipe = /[ \t]*\|[ \t]*$/.exec(content);
  const tail = pipe && /^\s*\|/.test(content) ? pipe : /(?:[ \t]*\\)?[ \t]*$/.exec(content)!;
  const offset = start + tail.index;
  if (offset < f.span.end || insideTag(doc.text, offset) || insideExcluded(doc, offset)) return undefined;
  // In preformatted HTML text a space before the comment would show.
  return { offset, text: doc.format === 'html' && insidePre(doc.text, offset) ? comment : ` ${comment}` };
}
