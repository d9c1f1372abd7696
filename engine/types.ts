// The engine's vocabulary. Nothing here (or anywhere under engine/) imports VS Code or LSP packages:
// positions follow the LSP convention (0-based line, UTF-16 character) so the server can pass them through.
import type { LineIndex } from './text/lines.ts';
import type { Citation } from './topics/definition.ts';

export type { LineIndex, Citation };

export type Format = 'markdown' | 'text' | 'html';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity as configured: 'off' disables the rule. */
export type SeveritySetting = Severity | 'off';

export interface Position {
  line: number;
  /** UTF-16 code units from the start of the line. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of UTF-16 offsets into the document text. */
export interface Span {
  start: number;
  end: number;
}

/** How a heading is written, so a section inserted by a quick fix can be written the same way. */
export type HeadingStyle =
  | { kind: 'atx'; level: number; numbering?: NumberingStyle } // "## Title", "## 3. Title" (with numbering)
  | { kind: 'setext'; level: 1 | 2 } // "Title\n-----"
  | { kind: 'html'; level: number; numbering?: NumberingStyle } // "<h2>Title</h2>", "<h2>3. Title</h2>" (with numbering)
  | { kind: 'html-strong' } // "<p><strong>Title</strong></p>"
  | { kind: 'bold' } // "**Title**" on its own line (Markdown)
  | { kind: 'roman'; upper: boolean; suffix: string; prefix?: string; twoLine?: boolean } // "VII. Title", "Part II: Title" (prefix "Part ")
  | { kind: 'arabic'; suffix: string; depth: number; prefix?: string; twoLine?: boolean } // "3. Title", "3.2 Title" (depth 2), "Section 3: Title"
  | { kind: 'letter'; upper: boolean; suffix: string; prefix?: string; twoLine?: boolean } // "C. Title", "(c) Title" (prefix "(")
  | { kind: 'bullet'; bullet: string; indent: string } // "  • Title"
  | { kind: 'caps' } // "CHILDREN'S PRIVACY"
  | { kind: 'plain' } // "Children's privacy" on its own line
  | { kind: 'question' }; // "How can you contact us?"

/** The numbering a Markdown heading carries in its text ("## 3. Retention"), so an inserted section continues it. */
export type NumberingStyle = Extract<HeadingStyle, { kind: 'roman' | 'arabic' | 'letter' }>;
// A numbered style may carry `twoLine: true`: the number on its own line and the title under it ("SECTION 4\nSCOPE").

export interface Section {
  /** Heading text without markers or numbering ("Children's Personal Information"). */
  title: string;
  /** Nesting depth, 1 = top. For plain text it is inferred from numbering/indentation. */
  level: number;
  style: HeadingStyle;
  /** The number/letter/numeral the heading carries, if any ("VII", "3.2", "C"). */
  number?: string;
  /** The whole heading line(s) in the source. */
  heading: Span;
  /** From the end of the heading to the start of the next heading of any level (or the end of the document). */
  body: Span;
}

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote' | 'html' | 'front-matter';

/** A unit of prose in source order, used for topic recognition in body text. */
export interface Block {
  kind: BlockKind;
  span: Span;
  /** Plain text of the block with markup removed (for outline decisions; recognition reads the source, see engine/text/sentences.ts). */
  text: string;
  /** The block that introduces this one, when the format says so: the header cell of a table cell's column. */
  lead?: Span;
  /** For a table cell after the first of its row: the row's first cell, which labels the row ("Retention" beside "30 days"). */
  label?: Span;
}

export interface InlineDirective {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'not-applicable';
  /** Rule ids (empty = all rules), or for 'not-applicable' the topic ids. */
  rules: string[];
  reason?: string;
  span: Span;
}

/** A reference-style link: its span in the source and the destination of its definition. */
export interface LinkReference {
  span: Span;
  url: string;
}

export interface PolicyDocument {
  text: string;
  format: Format;
  lines: LineIndex;
  /** The document's title line (first heading or first non-blank line), where missing-* findings are reported. */
  title?: Span;
  /** Body headings in source order (table-of-contents entries are not sections). */
  sections: Section[];
  /** Table-of-contents runs recognised in the text. */
  toc: Span[];
  blocks: Block[];
  /** Sorted, non-overlapping spans where no placeholder may be reported: code, comments, link destinations, front matter keys, attribute lines... */
  excluded: Span[];
  /**
   * Sorted, non-overlapping spans inside `excluded` that a reader still reads: link destinations ("/contact" in
   * "[page](/contact)") and inline code ("email `privacy@acme.test`"). Never placeholders; evidence for topics.
   */
  readable: Span[];
  directives: InlineDirective[];
  /** Spans of the source's comments (`<!-- … -->` in Markdown and HTML), in order; a drafting note left in one is reported. */
  comments: Span[];
  /** Line ending used by the document. */
  eol: '\n' | '\r\n' | '\r';
  /** Whether the format has comments (inline directives, disable quick fixes). */
  supportsComments: boolean;
  /** What the host said about the file: its name and the editor's language id. */
  source?: { fileName?: string; languageId?: string };
  /** Markdown: where a code block that is never closed (and so runs to the end of the text) starts its line. */
  openCodeStart?: number;
  /** Markdown: the parts read as plain text, in order (absent when there are none; see PlainTextPart). */
  plainText?: PlainTextPart[];
  /**
   * Markdown: reference-style links (`[contact us][form]`, `[form][]`, `[form]`) and the destination their definition
   * gives (`[form]: https://acme.test/contact`), in source order; absent when there are none. The destination is
   * elsewhere in the text, so it is no readable span: recognition reads it after the link's text (see proseOf).
   */
  references?: LinkReference[];
  /**
   * HTML: where the element holding the last section's heading closes (the start of its closing tag), when that element
   * is a container inside the body (a content wrapper `<div>`, `<main>`, `<article>`): a new section goes before it.
   */
  sectionsEnd?: number;
}


/**
 * A part of a Markdown text read as plain text (its markup inert) because parsing it as Markdown would cost far more
 * than any policy needs (engine/parse/markdown-bounds.ts): containers nested too deep (the whole text), too many lines
 * or blocks for its length (a stretch between blank lines: thousands of list items, table cells, one-word lines), or
 * too much inline markup in one paragraph.
 */
export interface PlainTextPart {
  span: Span;
  reason: 'nesting' | 'blocks' | 'inline';
}

/** What a quick fix needs to insert a missing section. */
export interface InsertSectionFix {
  kind: 'insert-section';
  topic: string;
  /**
   * Offset where the new section is inserted: a line start, or in HTML whose markup shares a line (minified), right
   * before the tag it goes in front of (a heading, the closing body or html tag).
   */
  offset: number;
  /** The heading written in the document's own style. */
  headingStyle: HeadingStyle;
  /** Number/numeral for numbered styles ("XI", "12"). */
  number?: string;
  /** Text to insert as an LSP/VS Code snippet (with ${n:...} tab stops). */
  snippet: string;
  /** The same text with default values, for clients without snippet support. */
  text: string;
  /**
   * The new section's entry in the document's table of contents, in the style of the entries there (a line inserted at
   * `offset`, a line start); absent when there is no table of contents before the section or its entries cannot be matched.
   */
  toc?: { offset: number; text: string };
}

export type PlaceholderKind =
  | 'drafting-note'
  | 'slot'
  | 'template-variable'
  | 'todo'
  | 'unfinished-date'
  | 'blank'
  | 'example-domain'
  | 'lorem-ipsum'
  | 'email-obfuscation'
  | 'missing-date'
  | 'custom';

export interface PlaceholderFix {
  kind: 'placeholder';
  placeholderKind: PlaceholderKind;
  /** What the slot asks for, in its own words ("Company Name", "date"). */
  label?: string;
  /**
   * A choice left to the drafter ("[16/18]", "[["website" or "app"]]", '"We" or "I"'): the alternatives as written, one
   * quick fix each. Empty when the alternatives are the text around it ("OR" between two clauses).
   */
  options?: string[];
  /** The slot stands for the date of a "Last updated" or "Effective date" line: a quick fix writes today's date. */
  policyDate?: boolean;
  /** A known replacement, e.g. a decoded Cloudflare address. */
  replacement?: string;
  /** For a template data expression reported although the file looks like a rendered template: why it looks like one. */
  renderedTemplate?: string;
}

export type FixInfo = InsertSectionFix | PlaceholderFix;

export interface Finding {
  ruleId: string;
  topic?: string;
  severity: Severity;
  message: string;
  url: string;
  range: Range;
  /** Offsets of the range, for clients that work on offsets. */
  span: Span;
  fix?: FixInfo;
}

/** Evidence that a topic is covered: the heading or sentence that covers it, and what in it matched. */
export interface TopicEvidence {
  topic: string;
  /** A section titled for the topic, or a sentence that states it. */
  via: 'heading' | 'statement';
  /** The heading, or the sentence. */
  span: Span;
  /** A short quote of the heading or sentence (markup removed). */
  quote: string;
  /** Section heading that covers it, when it is a whole section. */
  section?: Section;
  /** For a statement: which form it has ("period", "trigger"...). */
  statement?: string;
  /** The parts that matched, with the matched words; `fromContext` when a part came from the heading or lead-in. */
  parts: Array<{ part: string; text: string; fromContext?: boolean }>;
  /** The statement covers the topic too vaguely for the law (e.g. "as long as necessary"). */
  vague?: boolean;
  /** The statement covers a conditional requirement by saying the practice does not happen ("we do not sell ..."). */
  denies?: boolean;
  /** One line for people: what was read and why it counts. */
  reason: string;
  score: number;
}

export interface TopicCoverage {
  covered: Map<string, TopicEvidence[]>;
  /** Topic ids recognised for each section, by section index. */
  sectionTopics: string[][];
  /**
   * For requirements that apply only when the document shows the practice (`recognition.appliesWhen`): the sentences
   * or headings that show it. A conditional requirement without an entry here was not checked for that.
   */
  applicable?: Map<string, TopicEvidence[]>;
}

/** A sentence or heading that covers a requirement, as plain data (it crosses worker threads and caches). */
export interface CoverageEvidence {
  /** A section titled for the requirement, or a sentence that states it. */
  via: 'heading' | 'statement';
  span: Span;
  range: Range;
  /** A short quote of the heading or sentence (markup removed). */
  quote: string;
  /** For a statement: its form ("period", "right", "none"...). */
  statement?: string;
  /** The parts that matched, with the matched words; `fromContext` when a part came from a heading or lead-in. */
  parts: Array<{ part: string; text: string; fromContext?: boolean }>;
  /** Too vague for the law ("as long as necessary"). */
  vague?: boolean;
  /** Covers a conditional requirement by saying the practice does not happen. */
  denies?: boolean;
  /** One line for people: what was read and why it counts. */
  reason: string;
}

/** covered; vague (covered, too vaguely for the law); missing (not stated); not applicable (with the reason). */
export type RequirementState = 'covered' | 'vague' | 'missing' | 'not-applicable';

/**
 * The state of one requirement of the active profiles in one document: what the coverage view, the status bar, the
 * hover and the CLI's coverage report show. Plain data.
 */
export interface RequirementCoverage {
  /** "gdpr/legal-basis", "retention". */
  id: string;
  title: string;
  /** The rule that reports it when it is missing. */
  rule: string;
  /** How strongly the active profiles ask for it: must be stated, only if the practice happens, guidance. */
  status: 'must' | 'conditional' | 'guidance';
  state: RequirementState;
  /** The active profiles that ask for it ("gdpr", "ccpa"). */
  profiles: string[];
  /** Their regimes ("GDPR", "CCPA/CPRA"; none for the core profile). */
  regimes: string[];
  /** The requirement's citations for those regimes. */
  citations: Citation[];
  /** For covered and vague: the headings and sentences that cover it, best first. */
  evidence: CoverageEvidence[];
  /**
   * For not applicable: why, and who said so (the config, an inline comment, or the document: the practice never
   * appears); for a comment, where it is.
   */
  notApplicable?: { reason: string; by: 'config' | 'comment' | 'document'; range?: Range };
  /** For missing: a section titled for the requirement that falls short (empty, or without what it needs). */
  incomplete?: { title: string; span: Span; range: Range; shortfall: 'empty' | 'requirement' };
}

/** Counts over a document's requirements: the status bar's "Policy: 14/17" is `covered` of `required`. */
export interface CoverageSummary {
  /** Covered, vaguely or not. */
  covered: number;
  vague: number;
  missing: number;
  notApplicable: number;
  /** Every requirement that is not marked or found not applicable. */
  required: number;
}

// ---- configuration (.policy-linter.json, VS Code settings) ----

export interface TopicSetting {
  applicable?: boolean;
  reason?: string;
  /** Extra heading phrases (plain text, case-insensitive) that mark a section as this topic. */
  headings?: string[];
  /** Extra body phrases (plain text, case-insensitive) that show this topic is covered. */
  phrases?: string[];
}

export interface PlaceholderPatternSetting {
  pattern: string;
  flags?: string;
  message?: string;
}

export interface PolicyLinterConfig {
  /** The jurisdiction profiles whose requirements are checked (default ["core"]); they combine. */
  profiles?: string[];
  rules?: Record<string, SeveritySetting>;
  topics?: Record<string, TopicSetting>;
  placeholders?: {
    patterns?: Array<string | PlaceholderPatternSetting>;
    allow?: string[];
    /** Data expressions of a rendered template ({{ site.email }}): "auto" (default) leaves them alone in a file that looks rendered. */
    templateExpressions?: 'auto' | 'report' | 'ignore';
  };
  /** The address of the rule pages (a copy of docs/rules/): findings link to `<docsUrl>/<rule-id>.md`. Default: the project's published pages. */
  docsUrl?: string;
}

/** A config problem: shown to the user, never thrown. */
export interface ConfigProblem {
  /** File the problem is in, or 'settings'. */
  source: string;
  /** JSON path of the key ("rules.placeholder", "placeholders.patterns[2]"). */
  key: string;
  message: string;
}

export interface LintOptions {
  format?: Format;
  /** File name, used to choose the format when none is given, and as a sign of a template (".njk", ".html.erb"). */
  fileName?: string;
  /** The editor's language id ("markdown", "jinja-html", "handlebars"…), a sign of a template the editor knows. */
  languageId?: string;
  config?: PolicyLinterConfig;
}

export interface LintResult {
  document: PolicyDocument;
  coverage: TopicCoverage;
  /** Each requirement of the active profiles with its state and evidence, in report order (plain data). */
  requirements: RequirementCoverage[];
  findings: Finding[];
  /** Config problems found while applying the config (bad patterns...). */
  problems: ConfigProblem[];
}
