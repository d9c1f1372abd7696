// One lint as a lint host runs it, wherever that is (a child process, a worker, the calling thread): the
// configuration layers are resolved (engine/config/resolve.ts, cached by their key) and the engine lints: a job for an
// open document through the engine's DocumentLinters, which keeps the document's previous lint where the lints run and
// re-does only what an edit touched (engine/incremental.ts; exactly lint()'s result).
// What comes back is a LintView: the result without what only the engine needs, so that it crosses a process or
// thread boundary cheaply (structured clone; see docs/performance.md for what it costs).
import { DocumentLinters, IncrementalLinter, lint, type Block, type Format, type LintResult, type PolicyDocument, type TopicEvidence } from '../../engine/index.ts';
import { resolveLayers, type ResolveResult } from '../../engine/config/resolve.ts';
import { LineIndex } from '../../engine/text/lines.ts';
import type { ConfigSpec } from './config.ts';

export interface LintJob {
  text: string;
  format: Format;
  fileName: string;
  /** The editor's language id (a sign of a template the editor knows). */
  languageId?: string;
  config: ConfigSpec;
  /** The open document this text is a version of (its URI): its previous lint in this host is reused. */
  document?: string;
}

/** Evidence as the hovers show it: where and what was read, without the section object it lies in. */
export type ViewEvidence = Omit<TopicEvidence, 'section'>;

/**
 * What the feature modules (diagnostics, hover, code actions) read of a lint result. The evidence drops its section
 * (already in the document's outline); the document's text and line index are not sent back: the receiver has the
 * text (attachText). Nor is each block's plain text, which only the engine reads: it was half of what an edit of 50 KB
 * sent back (docs/performance.md, "First diagnostics and the edit loop").
 */
export type LintView = Omit<LintResult, 'coverage' | 'document'> & { document: ViewDocument; coverage: { covered: Map<string, ViewEvidence[]>; sectionTopics: string[][] } };

/** The document as a LintView has it: its blocks without their plain text. */
export type ViewDocument = Omit<PolicyDocument, 'blocks'> & { blocks: Array<Omit<Block, 'text'>> };

/** A LintView as it crosses the boundary. */
export type LintPayload = Omit<LintView, 'document'> & { document: Omit<ViewDocument, 'text' | 'lines'> };

/** Resolved configurations by key: a handful of distinct ones are in use at a time (one per settings scope and file). */
const resolvedConfigs = new Map<string, ResolveResult>();
const MAX_CONFIGS = 32;

function resolved(spec: ConfigSpec): ResolveResult {
  let r = resolvedConfigs.get(spec.key);
  if (r) {
    resolvedConfigs.delete(spec.key); // most recently used last
  } else {
    r = resolveLayers(spec.layers);
    if (resolvedConfigs.size >= MAX_CONFIGS) resolvedConfigs.delete(resolvedConfigs.keys().next().value!);
  }
  resolvedConfigs.set(spec.key, r);
  return r;
}

/** The incremental state of the documents this host lints (the few most recently edited; see engine/incremental.ts). */
const documents = new DocumentLinters();

/** Lints the job's text. Its problems are the configuration's (validation) and the engine's. Never throws. */
export function runLintJob(job: LintJob): LintPayload {
  const config = resolved(job.config);
  const options = { format: job.format, fileName: job.fileName, ...(job.languageId ? { languageId: job.languageId } : {}) };
  const r = job.document !== undefined ? documents.lint(job.document, job.text, options, config.config) : lint(job.text, options, config.config);
  const { text: _text, lines: _lines, blocks, ...rest } = r.document;
  const document = { ...rest, blocks: blocks.map(({ text: _blockText, ...block }) => block) };
  const covered = new Map([...r.coverage.covered].map(([topic, evidence]) => [topic, evidence.map(({ section: _section, ...e }) => e)]));
  return { document, coverage: { covered, sectionTopics: r.coverage.sectionTopics }, requirements: r.requirements, findings: r.findings, problems: [...config.problems, ...r.problems] };
}

/**
 * Compiles the engine's patterns (the first lint compiles the lexicons: seconds on a busy machine), so that cost is
 * paid before the first deadline starts. Markdown first, at once: it compiles the lexicons every format reads. Then
 * plain text and HTML, each in its own turn of the event loop (`later`), so that a job that comes meanwhile (the
 * document opened as the server starts) is answered first instead of waiting for formats it may not need. `ready`
 * gets the ms it took in all.
 */
export function warmUpInTurns(later: (step: () => void) => void, ready: (ms: number) => void): void {
  const formats: Format[] = ['markdown', 'text', 'html'];
  let ms = 0;
  const step = () => {
    ms += warmUp(formats.shift()!);
    if (formats.length > 0) later(step);
    else ready(Math.round(ms));
  };
  step();
}

/** Warms up one format; returns the ms it took. */
function warmUp(format: Format): number {
  const started = performance.now();
  // Through the incremental linter, as documents are linted: it also reads the placeholder patterns' syntax once. Two
  // edits (a word typed, a paragraph started) run the edit path once before a user's first keystroke does.
  const text = '# Privacy Policy\n\n## Contact us\n\nWrite to us at [EMAIL].\n';
  const linter = new IncrementalLinter(text, { format });
  linter.update(text.replace('Write', 'Please write'));
  linter.update(text.replace('Write', 'Please\n\nwrite'));
  return performance.now() - started;
}

/** The view of a payload for `text`, the text the job linted. */
export function attachText(payload: LintPayload, text: string): LintView {
  return { ...payload, document: { ...payload.document, text, lines: new LineIndex(text) } };
}
