// The contract between the VS Code client and the language server, beyond standard LSP.
// Imported by both sides; pure constants and types (no runtime dependency on either side's packages).
import type { CoverageSummary, FixInfo, Range, RequirementCoverage, Span } from '../../engine/types.ts';
import { TEMPLATE_LANGUAGE_IDS } from '../../engine/templates/engines.ts';

/**
 * The editor languages the extension handles: Markdown, plain text, HTML, and the template languages whose pages are
 * HTML or Markdown rendered by a generator (jinja-html, django-html, handlebars, erb, blade, liquid, php…).
 * package.json's activation events and menus are generated from this list (client/scripts/manifest.ts).
 */
export const DOCUMENT_LANGUAGES: readonly string[] = ['markdown', 'plaintext', 'html', ...TEMPLATE_LANGUAGE_IDS];

/** Commands contributed in package.json (palette) and executed by the client. */
export const Commands = {
  /** Lint the active file whatever its name. */
  lintFile: 'policyLinter.lintFile',
  /** Lint every policy file of the workspace folders, open or not (LintFileRequest for those that are not open). */
  lintWorkspace: 'policyLinter.lintWorkspace',
  /** Quick pick of missing sections to insert. */
  insertSections: 'policyLinter.insertSections',
  restartServer: 'policyLinter.restartServer',
  /** Internal: insert a snippet (code actions use it, since workspace edits cannot carry tab stops). */
  insertSnippet: 'policyLinter.insertSnippet',
  /** Internal: ask once for the text of a slot repeated in a document and write it at every occurrence (one undo step). */
  replaceAll: 'policyLinter.replaceAll',
  /** Shows the coverage view (the status bar item runs it). */
  showCoverage: 'policyLinter.showCoverage',
  /** Coverage view title bar: group the requirements by regime (profile) / by the section that covers them. */
  coverageByRegime: 'policyLinter.coverageByRegime',
  coverageBySection: 'policyLinter.coverageBySection',
  /** Internal (coverage view items): select a range of a document and reveal it. Arguments: RevealRangeArgs. */
  revealRange: 'policyLinter.revealRange',
  /** Internal (coverage view items): insert the section of one missing requirement. Arguments: InsertSectionArgs. */
  insertSection: 'policyLinter.insertSection',
  /** Internal (diagnostic and hover links): a rule's page, shipped with the extension, in the Markdown preview. Arguments: ShowRuleDocsArgs. */
  showRuleDocs: 'policyLinter.showRuleDocs',
} as const;

/** The coverage view's id (package.json contributes.views). */
export const COVERAGE_VIEW = 'policyLinter.coverage';

/** Client -> server: lint this document even though it does not match the include patterns. */
export const LintDocumentRequest = 'policyLinter/lintDocument';
export interface LintDocumentParams {
  uri: string;
}
/** null when the server does not have the document open. */
export interface LintDocumentResult {
  version: number;
  /** Number of findings published. */
  findings: number;
  /** Why the document was not linted (binary, too large). */
  skipped?: string;
}

/**
 * Client -> server: lint the text of a file that is not open (Lint Workspace, or the file changed on disk) and publish
 * its diagnostics under its URI. The server lints it when the settings select it (include globs, else detection by
 * content) and publishes nothing for a file that is not a policy (clearing what it published before). Null when the
 * document is open (its live results stand) or the request was cancelled or superseded by a newer one for the URI.
 */
export const LintFileRequest = 'policyLinter/lintFile';
export interface LintFileParams {
  uri: string;
  text: string;
}
export interface LintFileResult {
  /** False: not a policy by the settings (nothing published). */
  linted: boolean;
  /** Number of findings published. */
  findings: number;
  /** Why the file was not linted (binary, too large, too slow): one information diagnostic is published. */
  skipped?: string;
}

/** Client -> server: these files are gone (deleted, or no longer linted): clear the diagnostics LintFileRequest published. */
export const ForgetFilesNotification = 'policyLinter/forgetFiles';
export interface ForgetFilesParams {
  uris: string[];
}

/** Client -> server: the sections the document is missing, ready to insert. */
export const MissingSectionsRequest = 'policyLinter/missingSections';
export interface MissingSectionsParams {
  uri: string;
}
export interface MissingSection {
  topic: string;
  title: string;
  /** Where to insert (LSP position) and the snippet text (VS Code snippet syntax). */
  position: { line: number; character: number };
  snippet: string;
  /** The section's entry in the document's table of contents, inserted with it. */
  tocEntry?: { position: { line: number; character: number }; snippet: string };
}
export interface MissingSectionsResult {
  version: number;
  sections: MissingSection[];
}

/**
 * Client -> server: the state of each requirement of the active profiles in the document, for the coverage view and
 * the status bar. null when the server does not have the document open or does not lint it (not a policy).
 */
export const CoverageRequest = 'policyLinter/coverage';
export interface CoverageParams {
  uri: string;
}
export interface CoverageResult {
  version: number;
  /** The active profiles, in the order their requirements are reported ("core" has no regime). */
  profiles: Array<{ id: string; title: string; regime?: string }>;
  /** Each requirement with its state and evidence (the engine's LintResult.requirements). */
  requirements: RequirementCoverage[];
  summary: CoverageSummary;
  /** The document's sections in order, each with the requirements whose evidence lies in its own text (not its subsections'). */
  sections: CoverageSection[];
  /** Why the document was not linted (binary, too large): then there are no requirements. */
  skipped?: string;
}
export interface CoverageSection {
  title: string;
  /** Nesting depth, 1 = top. */
  level: number;
  /** The heading's range. */
  range: Range;
  /** Ids of the requirements covered (or vaguely covered) by evidence in this section. */
  requirements: string[];
}

/** Arguments of Commands.revealRange. */
export interface RevealRangeArgs {
  uri: string;
  range: Range;
}

/** Arguments of Commands.insertSection: the requirement's section is asked for (MissingSectionsRequest) and inserted. */
export interface InsertSectionArgs {
  uri: string;
  /** The requirement id ("children", "gdpr/legal-basis"). */
  requirement: string;
  title: string;
}

/** Arguments of Commands.showRuleDocs: the page docs/rules/<rule>.md, scrolled to a heading's anchor when given. */
export interface ShowRuleDocsArgs {
  rule: string;
  fragment?: string;
}

/** Arguments of Commands.insertSnippet. The client refuses when the document's version differs. */
export interface InsertSnippetArgs {
  uri: string;
  version: number;
  snippets: Array<{ position: { line: number; character: number }; snippet: string }>;
}

/** Arguments of Commands.replaceAll. The client refuses when the document's version differs. */
export interface ReplaceAllArgs {
  uri: string;
  version: number;
  /** The slot as written ("[Company Name]"). */
  slot: string;
  /** What the slot asks for, for the input box's hint ("the company name"). */
  hint?: string;
  /** Every occurrence of the slot, in document order. */
  ranges: Array<{ start: { line: number; character: number }; end: { line: number; character: number } }>;
}

/** Server -> client notification: a configuration problem to show once (not a stream of pop-ups). */
export const ConfigProblemNotification = 'policyLinter/configProblem';
export interface ConfigProblemParams {
  message: string;
}

/**
 * initializationOptions the client sends. All optional: a generic LSP client gets safe defaults
 * (untrusted = false is NOT assumed: a missing `trusted` means trusted, as for any editor without workspace trust).
 */
export interface InitializationOptions {
  /** Workspace trust. When false the server runs in safe mode: user regex patterns are ignored. */
  trusted?: boolean;
  /** The client runs Commands.insertSnippet, so code actions may insert snippets (tab stops) through it. */
  snippetCommand?: boolean;
  /**
   * The client answers ReadFileRequest: config files of documents that are not file: URIs (a virtual workspace) are
   * read through it. The browser server needs it for every document.
   */
  readFileRequest?: boolean;
  /** The client shows ConfigProblemNotification; otherwise problems are sent as window/showMessage warnings. */
  configProblemNotification?: boolean;
  /**
   * The client runs Commands.showRuleDocs (and trusts it in hovers): findings that link to the project's published
   * rule pages link to that command instead, which opens the copy shipped with the extension.
   */
  ruleDocsCommand?: boolean;
  /**
   * The client's hover shows the messages of the diagnostics under the cursor (VS Code's does): hovers then leave
   * them out instead of saying them twice.
   */
  diagnosticsInHover?: boolean;
  /**
   * How long one lint may run before it is abandoned (the document then gets one information diagnostic):
   * `baseMs` plus `perKbMs` for every KB of text. Defaults: 2000 and 8. For clients (and tests) that need others.
   */
  lintDeadline?: { baseMs?: number; perKbMs?: number };
}

/** Diagnostic.data of every Policy Linter diagnostic. */
export interface DiagnosticData {
  /** Document version the finding was computed for. */
  version: number;
  ruleId: string;
  topic?: string;
  /** UTF-16 offsets of the finding in that version. */
  span: Span;
  fix?: FixInfo;
}

/**
 * Server -> client: the text of a file of the workspace, read through the editor's file system (vscode.workspace.fs),
 * so that the browser build, which has no file system of its own, finds .policy-linter.json files in virtual
 * workspaces (vscode.dev, github.dev). The web client answers it; the Node server reads files itself.
 */
export const ReadFileRequest = 'policyLinter/readFile';
export interface ReadFileParams {
  uri: string;
}
/** null: no such file. `error`: it exists but could not be read (or is larger than `maxBytes`). */
export type ReadFileResult = { text: string } | { error: string } | null;

/** initializationOptions the web client adds for the browser server (dist/web/server.js). */
export interface WebInitializationOptions extends InitializationOptions {
  /** URL of dist/web/lint-worker.js, the worker lints run in (the server's own URL may be a blob: URL). */
  lintWorkerUrl?: string;
}

/**
 * Node flags the desktop client starts the server with (dist/server.cjs). The server lints nothing itself (its lint
 * process does), so a young generation of 1 MB semi-spaces is enough for its messages and saves a few MB of resident
 * memory (docs/performance.md, "Memory"); the tests and the benchmarks start it the same way.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=1'];

/**
 * The server's argument naming the directory where its lint process keeps V8's code cache of its bundle
 * (`--code-cache=DIR`; server/src/code-cache.ts). The desktop client passes a directory in the extension's global
 * storage; without it the lint process compiles its code from source at each start.
 */
export const CODE_CACHE_ARG = '--code-cache=';
