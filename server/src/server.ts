// Wires the LSP connection: open documents, settings, scheduling, and the feature modules. Thin by design: all
// analysis is the engine's lint(); this file decides when to lint and what to publish.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint, type LintResult } from '../../engine/index.ts';
import { isPolicyDocument } from '../../engine/detect.ts';
import { CONFIG_FILE_NAME } from '../../engine/config/load.ts';
import { DEFAULT_SETTINGS, readSettings, type SettingsResult } from './settings.ts';
import { formatOf, isSupportedLanguage, matchesInclude, pathOf } from './selection.ts';
import { DocumentConfigs } from './config.ts';
import { LintScheduler } from './scheduler.ts';
import { ProblemReporter } from './problems.ts';
import { notLintedDiagnostic, toDiagnostic } from './diagnostics.ts';
import { hoverAt } from './hover.ts';
import { codeActions, INSERT_MISSING_SECTIONS_KIND, missingSections } from './actions.ts';
import { notApplicableConfigEdit } from './not-applicable.ts';
import { guard } from './guard.ts';
import { checkSize } from './limits.ts';
import { applyChanges } from './changes.ts';
import { runLintJob } from './lint-job.ts';
import type { EditCapabilities } from './edits.ts';
import {
  LintDocumentRequest,
  MissingSectionsRequest,
  type InitializationOptions,
  type LintDocumentParams,
  type LintDocumentResult,
  type MissingSectionsParams,
  type MissingSectionsResult,
} from './protocol.ts';

/** What linting a document produced. */
type Outcome =
  | { kind: 'ignored' } // not a policy document, or linting disabled: no diagnostics at all
  | { kind: 'skipped'; reason: string } // binary or too large: one information diagnostic
  | { kind: 'linted'; result: LintResult; configFile?: string };

interface Linted {
  version: number;
  generation: number;
  outcome: Outcome;
  /** How long linting took (ms): large documents wait at least that long after an edit. */
  duration: number;
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments({ create: TextDocument.create, update: applyChanges });
  const log = (message: string) => connection.console.error(message);

  let options: InitializationOptions = {};
  let trusted = true;
  let caps: EditCapabilities = { documentChanges: false, snippetEdits: false, snippetCommand: false, createFiles: false };
  let pullConfiguration = false;
  let dynamicConfiguration = false;
  let dynamicWatchers = false;
  let folderEvents = false;
  let folders: string[] = [];

  /** Bumped whenever settings or config files change: cached results and settings of older generations are stale. */
  let generation = 0;
  /** Settings pushed by clients without workspace/configuration. */
  let pushedSettings: SettingsResult = { settings: DEFAULT_SETTINGS, problems: [] };
  const settingsCache = new Map<string, { generation: number; value: SettingsResult }>();
  const settingsInFlight = new Map<string, { generation: number; promise: Promise<SettingsResult> }>();

  const results = new Map<string, Linted>();
  const published = new Set<string>();
  const forced = new Set<string>();
  const openedAt = new Map<string, number>();
  let configs = new DocumentConfigs(true);
  const problems = new ProblemReporter(connection, () => options.configProblemNotification === true);
  const scheduler = new LintScheduler((uri) => void refresh(uri).catch((err) => log(`Policy Linter: linting ${uri} failed: ${err?.stack ?? err}`)));

  // ---- settings ----

  function cachedSettings(uri: string): SettingsResult | undefined {
    if (!pullConfiguration) return pushedSettings;
    const c = settingsCache.get(uri);
    return c && c.generation === generation ? c.value : undefined;
  }

  async function settingsFor(uri: string): Promise<SettingsResult> {
    const cached = cachedSettings(uri);
    if (cached) return cached;
    const inFlight = settingsInFlight.get(uri);
    if (inFlight && inFlight.generation === generation) return inFlight.promise;
    const gen = generation;
    const promise = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'policyLinter' })
      .then(
        (raw) => readSettings(raw, { trusted }),
        (err) => {
          log(`Policy Linter: cannot read settings: ${err?.message ?? err}`);
          return { settings: DEFAULT_SETTINGS, problems: [] };
        },
      )
      .then((value) => {
        if (gen === generation && documents.get(uri)) settingsCache.set(uri, { generation: gen, value });
        if (settingsInFlight.get(uri)?.promise === promise) settingsInFlight.delete(uri);
        for (const p of value.problems) problems.report(p);
        return value;
      });
    settingsInFlight.set(uri, { generation: gen, promise });
    return promise;
  }

  // ---- linting ----

  function selected(doc: TextDocument, s: SettingsResult['settings']): boolean {
    if (forced.has(doc.uri)) return true;
    if (!isSupportedLanguage(doc.languageId)) return false;
    if (matchesInclude(doc.uri, s.include, folders)) return true;
    return s.detectByContent && checkSize(doc.getText()) === undefined && isPolicyDocument(pathOf(doc.uri), doc.getText());
  }

  /** Lints the document's current text. Synchronous: the result always belongs to doc.version. */
  function compute(doc: TextDocument, s: SettingsResult['settings']): Outcome {
    if (!s.enable && !forced.has(doc.uri)) return { kind: 'ignored' };
    if (!selected(doc, s)) return { kind: 'ignored' };
    const text = doc.getText();
    const tooBig = checkSize(text);
    if (tooBig) return { kind: 'skipped', reason: tooBig };
    const path = doc.uri.startsWith('file:') ? pathOf(doc.uri) : undefined;
    const config = configs.forDocument(path, s.config);
    problems.reportAll(config.problems);
    const fileName = pathOf(doc.uri);
    const result = runLintJob({ text, format: formatOf(doc.languageId, doc.uri), fileName, languageId: doc.languageId, config: config.spec });
    problems.reportAll(result.problems);
    return { kind: 'linted', result, ...(config.configFile ? { configFile: config.configFile } : {}) };
  }

  /** The outcome for the document's current version, computing it if needed (null while settings are unknown). */
  function outcomeFor(doc: TextDocument): Outcome | null {
    const cached = results.get(doc.uri);
    if (cached && cached.version === doc.version && cached.generation === generation) return cached.outcome;
    const s = cachedSettings(doc.uri);
    if (!s) return null;
    const started = performance.now();
    const outcome = compute(doc, s.settings);
    results.set(doc.uri, { version: doc.version, generation, outcome, duration: performance.now() - started });
    return outcome;
  }

  function diagnosticsOf(outcome: Outcome, version: number): Diagnostic[] {
    if (outcome.kind === 'skipped') return [notLintedDiagnostic(outcome.reason)];
    if (outcome.kind === 'linted') return outcome.result.findings.map((f) => toDiagnostic(f, version));
    return [];
  }

  /** Lints the current version of `uri` and publishes, unless the document changed or closed meanwhile. */
  async function refresh(uri: string): Promise<void> {
    if (!documents.get(uri)) return;
    await settingsFor(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const outcome = outcomeFor(doc);
    if (!outcome) return; // settings changed while they were read; the change handler re-lints
    publish(doc.uri, doc.version, diagnosticsOf(outcome, doc.version), outcome.kind !== 'ignored');
  }

  function publish(uri: string, version: number, diagnostics: Diagnostic[], relevant: boolean): void {
    if (documents.get(uri)?.version !== version) return; // never publish for a stale version
    if (!relevant && !published.has(uri)) return; // documents that are not policies get nothing at all
    if (relevant) published.add(uri);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function relintAll(): void {
    for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
  }

  function configurationChanged(): void {
    generation++;
    settingsCache.clear();
    configs.clear();
    problems.reset();
    relintAll();
  }

  // ---- lifecycle ----

  connection.onInitialize(
    guard(log, 'initialize', (params: InitializeParams): InitializeResult => {
      options = (params.initializationOptions ?? {}) as InitializationOptions;
      trusted = options.trusted !== false;
      configs = new DocumentConfigs(trusted);
      const c = params.capabilities;
      const we = c.workspace?.workspaceEdit;
      caps = {
        documentChanges: we?.documentChanges === true,
        snippetEdits: we?.snippetEditSupport === true,
        snippetCommand: options.snippetCommand === true,
        createFiles: we?.documentChanges === true && (we?.resourceOperations ?? []).includes('create'),
      };
      pullConfiguration = c.workspace?.configuration === true;
      dynamicConfiguration = c.workspace?.didChangeConfiguration?.dynamicRegistration === true;
      dynamicWatchers = c.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      folderEvents = c.workspace?.workspaceFolders === true;
      folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
          hoverProvider: true,
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_MISSING_SECTIONS_KIND] },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'policy-linter' },
      };
    }, { capabilities: {} }),
  );

  /**
   * The engine's first lint in a process is slow (its patterns are compiled on first use: seconds on a busy machine).
   * Pay that once right after start-up, one tiny document per format, instead of on the first document opened.
   */
  function warmUp(): void {
    const started = performance.now();
    for (const format of ['markdown', 'text', 'html'] as const) {
      lint('# Privacy Policy\n\n## Contact us\n\nWrite to us at [EMAIL].\n', { format });
    }
    connection.console.log(`Policy Linter: engine ready in ${Math.round(performance.now() - started)} ms`);
  }

  connection.onInitialized(
    guard(log, 'initialized', () => {
      setTimeout(guard(log, 'warm-up', warmUp, undefined), 0);
      if (!trusted) connection.console.info('Policy Linter: untrusted workspace, safe mode: custom placeholder patterns are ignored.');
      if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLinter' });
      if (dynamicWatchers) {
        void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
      }
      if (folderEvents) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard(log, 'workspaceFolders', (e) => {
            const removed = new Set(e.removed.map((f) => f.uri));
            folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
            configurationChanged();
          }, undefined),
        );
      }
    }, undefined),
  );

  connection.onDidChangeConfiguration(
    guard(log, 'didChangeConfiguration', (params) => {
      if (!pullConfiguration) {
        const raw = (params.settings as { policyLinter?: unknown } | undefined)?.policyLinter;
        pushedSettings = readSettings(raw, { trusted });
        problems.reset();
        for (const p of pushedSettings.problems) problems.report(p);
      }
      configurationChanged();
    }, undefined),
  );

  connection.onDidChangeWatchedFiles(guard(log, 'didChangeWatchedFiles', () => configurationChanged(), undefined));

  // ---- documents ----

  documents.onDidOpen(
    guard(log, 'didOpen', (e) => {
      openedAt.set(e.document.uri, e.document.version);
      scheduler.schedule(e.document.uri, 0);
    }, undefined),
  );

  documents.onDidChangeContent(
    guard(log, 'didChange', (e) => {
      const uri = e.document.uri;
      if (openedAt.get(uri) === e.document.version) return; // the open event itself, already scheduled
      // A document that takes long to lint (several MB) is linted at most once per lint duration while typing.
      const debounce = cachedSettings(uri)?.settings.debounce ?? DEFAULT_SETTINGS.debounce;
      scheduler.schedule(uri, Math.max(debounce, results.get(uri)?.duration ?? 0));
    }, undefined),
  );

  documents.onDidClose(
    guard(log, 'didClose', (e) => {
      const uri = e.document.uri;
      scheduler.cancel(uri);
      results.delete(uri);
      forced.delete(uri);
      openedAt.delete(uri);
      settingsCache.delete(uri);
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }, undefined),
  );

  // ---- requests ----

  connection.onHover(
    guard(log, 'hover', (params): Hover | null => {
      const doc = documents.get(params.textDocument.uri);
      const outcome = doc && outcomeFor(doc);
      if (!doc || !outcome || outcome.kind !== 'linted') return null;
      return hoverAt(outcome.result, doc.offsetAt(params.position));
    }, null),
  );

  connection.onCodeAction(
    guard(log, 'codeAction', (params): CodeAction[] => {
      const doc = documents.get(params.textDocument.uri);
      const outcome = doc && outcomeFor(doc);
      if (!doc || !outcome || outcome.kind !== 'linted') return [];
      const a = doc.offsetAt(params.range.start);
      const b = doc.offsetAt(params.range.end);
      const target = { uri: doc.uri, version: doc.version };
      return codeActions({
        target,
        result: outcome.result,
        span: { start: Math.min(a, b), end: Math.max(a, b) },
        only: params.context?.only,
        caps,
        diagnostic: (f) => toDiagnostic(f, doc.version),
        configEdit: (topic) => {
          const path = configFileTarget(doc.uri, outcome.configFile);
          const open = path ? documents.get(pathToFileURL(path).toString()) : undefined;
          return path ? notApplicableConfigEdit(path, topic, caps.createFiles, open && { text: open.getText(), version: open.version }) : undefined;
        },
        today: new Date(),
      });
    }, []),
  );

  connection.onRequest(
    MissingSectionsRequest,
    guard(log, MissingSectionsRequest, async (params: MissingSectionsParams): Promise<MissingSectionsResult | null> => {
      if (!documents.get(params?.uri)) return null;
      await settingsFor(params.uri);
      const doc = documents.get(params.uri);
      let outcome = doc && outcomeFor(doc);
      if (!doc || !outcome) return null;
      if (outcome.kind === 'ignored') {
        // The user asked Policy Linter about this document: treat it like "Lint this file".
        forced.add(doc.uri);
        results.delete(doc.uri);
        outcome = outcomeFor(doc)!;
        scheduler.schedule(doc.uri, 0);
      }
      return { version: doc.version, sections: outcome.kind === 'linted' ? missingSections(outcome.result) : [] };
    }, null),
  );

  connection.onRequest(
    LintDocumentRequest,
    guard(log, LintDocumentRequest, async (params: LintDocumentParams): Promise<LintDocumentResult | null> => {
      const uri = params?.uri;
      if (!documents.get(uri)) return null;
      forced.add(uri);
      results.delete(uri);
      scheduler.cancel(uri);
      await refresh(uri);
      const doc = documents.get(uri);
      const linted = doc && results.get(uri);
      if (!doc || !linted || linted.version !== doc.version) return null;
      const o = linted.outcome;
      return { version: doc.version, findings: o.kind === 'linted' ? o.result.findings.length : 0, ...(o.kind === 'skipped' ? { skipped: o.reason } : {}) };
    }, null),
  );

  /** The config file a "not applicable" edit goes to: the one that applies, else one in the workspace folder. */
  function configFileTarget(uri: string, applying: string | undefined): string | undefined {
    if (applying) return applying;
    if (!uri.startsWith('file:')) return undefined;
    const path = pathOf(uri);
    const folder = folders
      .filter((f) => f.startsWith('file:'))
      .map(pathOf)
      .filter((f) => path.startsWith(f.replace(/[\\/]$/, '') + (path.includes('\\') ? '\\' : '/')))
      .sort((x, y) => y.length - x.length)[0];
    return join(folder ?? dirname(path), CONFIG_FILE_NAME);
  }

  connection.onShutdown(guard(log, 'shutdown', () => scheduler.dispose(), undefined));

  documents.listen(connection);
  connection.listen();
}
