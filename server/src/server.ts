// Wires the LSP connection: open documents, settings, scheduling, and the feature modules. Thin by design: every lint
// is the engine's lint(), run by a lint host away from this thread (process-host.ts in Node); this file decides when
// to lint, keeps each document's last result, and answers requests from it without ever linting itself.
import {
  CodeActionKind,
  CodeActionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type Hover,
  type InitializeError,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocumentFileName, isPolicyDocument } from '../../engine/detect.ts';
import { CONFIG_FILE_NAME } from '../../engine/config/parse.ts';
import { DEFAULT_SETTINGS, readSettings, type SettingsResult } from './settings.ts';
import { formatOf, isSupportedLanguage, matchesInclude, pathOf } from './selection.ts';
import { DocumentConfigs, type DocumentConfig } from './config.ts';
import { folderOf, parentUri, type ConfigFiles } from './config-files.ts';
import { LintScheduler, lintDelay } from './scheduler.ts';
import { ProblemReporter } from './problems.ts';
import { notLintedDiagnostic, toDiagnostic } from './diagnostics.ts';
import { hoverAt, type HoverOptions } from './hover.ts';
import { packagedLink, publishedLink, type RuleLink } from './links.ts';
import { codeActions, INSERT_MISSING_SECTIONS_KIND, missingSections } from './actions.ts';
import { coverageOf, documentSymbols, skippedCoverage } from './coverage.ts';
import { notApplicableConfigEdit } from './not-applicable.ts';
import { guard } from './guard.ts';
import { checkSize } from './limits.ts';
import { applyChanges } from './changes.ts';
import { attachText, type LintJob, type LintView } from './lint-job.ts';
import type { HostOutcome, LintHost } from './lint-host.ts';
import { DEFAULT_DEADLINE, LintRunner, type LintRequest } from './runner.ts';
import { mapSpan, unmapOffset, type TextChange } from './shift.ts';
import { Lifecycle } from './lifecycle.ts';
import type { EditCapabilities } from './edits.ts';
import {
  CoverageRequest,
  ForgetFilesNotification,
  LintDocumentRequest,
  LintFileRequest,
  MissingSectionsRequest,
  type CoverageParams,
  type CoverageResult,
  type ForgetFilesParams,
  type LintFileParams,
  type LintFileResult,
  type InitializationOptions,
  type LintDocumentParams,
  type LintDocumentResult,
  type MissingSectionsParams,
  type MissingSectionsResult,
} from './protocol.ts';

/** What linting a document produced. */
type Outcome =
  | { kind: 'ignored' } // not a policy document, or linting disabled: no diagnostics at all
  | { kind: 'skipped'; reason: string } // binary, too large, too slow, out of memory: one information diagnostic
  | { kind: 'linted'; result: LintView; configFile?: string };

/** An outcome and what it is the outcome of: results are keyed by content, never by a version the client chose. */
interface Settled {
  text: string;
  /** The settings generation and whether the user asked for this document (see keyOf). */
  key: string;
  outcome: Outcome;
  /** ms the lint took, and when it came back (performance.now()): see lintDelay. */
  duration: number;
  at: number;
}

/** Edits beyond this many since the last result are not kept: hovers then wait for the next lint. */
const MAX_TRACKED_CHANGES = 1000;

interface DocState {
  settled?: Settled;
  /** Edits applied so far, numbered; `changes` holds those after the text of `settled`, for mapping its spans. */
  seq: number;
  settledSeq: number;
  changes: Array<TextChange & { seq: number }>;
  /** Edits up to this number were not kept (too many): `settled` cannot be mapped until a later result. */
  lostThrough: number;
  /** What was last published: the version and the outcome. */
  published?: { version: number; outcome: Outcome };
  /**
   * `run: "onSave"` and edited since: nothing is published until the save (a request may lint the edited text for its
   * own answer; the Problems panel keeps the saved state).
   */
  held?: boolean;
  /** Whether the document's settings said `run: "onSave"` when it was last linted (while its settings are re-read). */
  onSave?: boolean;
  /** Requests waiting for the outcome of the current text. */
  waiters: Array<() => void>;
}

/** What the runner hands back with a lint's outcome: of an open document, or of a file that is not open (LintFileRequest). */
type JobTag =
  | { state: DocState; key: string; seq: number; configFile?: string }
  | { closed: (outcome: HostOutcome) => void };

/** The runner's key for the lint of a file that is not open, apart from the document's own once it opens. */
const closedKey = (uri: string) => `closed:${uri}`;

/** What differs between the Node server and the browser one. */
export interface ServerPlatform {
  /** Makes the lint host, given the log it may write to. */
  createHost(log: (message: string) => void): LintHost;
  /** How config files are found and read (node-config-files.ts; config-files.ts ClientConfigFiles in the browser). */
  createConfigFiles(connection: Connection): ConfigFiles;
  /** Called with the client's initialize parameters, before anything is linted. */
  initialize?(params: InitializeParams): void;
}

/** Starts serving on `connection`. */
export function startServer(connection: Connection, platform: ServerPlatform): void {
  const lifecycle = new Lifecycle();
  const host = platform.createHost(lifecycle.logger(connection));
  const configFiles = platform.createConfigFiles(connection);
  const states = new Map<string, DocState>();
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => applyChanges(doc, changes, version, (c) => recordChange(doc.uri, c)),
  });
  const log = (message: string) => connection.console.error(message);

  let options: InitializationOptions = {};
  let trusted = true;
  let caps: EditCapabilities = { documentChanges: false, snippetEdits: false, snippetCommand: false, createFiles: false };
  /** Where diagnostics and hovers link to a rule's page (initializationOptions.ruleDocsCommand: the client's copy). */
  let ruleLink: RuleLink = publishedLink;
  let pullConfiguration = false;
  let dynamicConfiguration = false;
  let dynamicWatchers = false;
  let folderEvents = false;
  let folders: string[] = [];

  /** Bumped whenever settings or config files change: results and settings of older generations are stale. */
  let generation = 0;
  /** Settings pushed by clients without workspace/configuration. */
  let pushedSettings: SettingsResult = { settings: DEFAULT_SETTINGS, problems: [] };
  const settingsCache = new Map<string, { generation: number; value: SettingsResult }>();
  const settingsInFlight = new Map<string, { generation: number; promise: Promise<SettingsResult> }>();

  const published = new Set<string>();
  /** Files that are not open whose diagnostics LintFileRequest published. */
  const closedPublished = new Set<string>();
  /** Per file that is not open, how to end the LintFileRequest waiting for its lint (a newer request supersedes it). */
  const closedWaiting = new Map<string, (outcome: HostOutcome | undefined) => void>();
  /** Per file that is not open, the number of its latest LintFileRequest: an older one still reading settings gives way. */
  const closedLatest = new Map<string, number>();
  let closedRequests = 0;
  const forced = new Set<string>();
  /** The document whose didOpen is being handled (TextDocuments fires a content change for it too). */
  let opening: string | undefined;
  /** Documents whose refresh is between its start and its submission. */
  const refreshing = new Set<string>();
  let configs = new DocumentConfigs(true, configFiles);
  const problems = new ProblemReporter(connection, () => options.configProblemNotification === true);
  const scheduler = new LintScheduler((uri) => void refresh(uri).catch((err) => log(`Policy Linter: linting ${uri} failed: ${err?.stack ?? err}`)));
  const runner = new LintRunner<JobTag>(host, linted);

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
        if (lifecycle.running) for (const p of value.problems) problems.report(p);
        return value;
      });
    settingsInFlight.set(uri, { generation: gen, promise });
    return promise;
  }

  // ---- documents and their results ----

  function stateOf(uri: string): DocState {
    let state = states.get(uri);
    if (!state) states.set(uri, (state = { seq: 0, settledSeq: 0, changes: [], lostThrough: 0, waiters: [] }));
    return state;
  }

  function recordChange(uri: string, change: TextChange): void {
    const state = states.get(uri);
    if (!state) return;
    state.seq++;
    state.changes.push({ ...change, seq: state.seq });
    if (state.changes.length > MAX_TRACKED_CHANGES) {
      state.changes = [];
      state.lostThrough = state.seq;
    }
  }

  /** What a result depends on besides the text: the settings generation, and whether the user asked to lint it. */
  const keyOf = (uri: string) => `${generation}${forced.has(uri) ? '+' : ''}`;

  /** The settled outcome of the document's current text, if there is one. */
  function current(doc: TextDocument): Outcome | undefined {
    const s = states.get(doc.uri)?.settled;
    return s && s.key === keyOf(doc.uri) && s.text === doc.getText() ? s.outcome : undefined;
  }

  function wakeWaiters(state: DocState): void {
    const waiters = state.waiters.splice(0);
    for (const w of waiters) w();
  }

  function settle(state: DocState, settled: Omit<Settled, 'at'>, seq: number): void {
    state.settled = { ...settled, at: performance.now() };
    state.settledSeq = seq;
    state.changes = state.changes.filter((c) => c.seq > seq);
    if (settled.outcome.kind === 'linted') problems.reportAll(settled.outcome.result.problems);
    wakeWaiters(state);
  }

  function selected(doc: TextDocument, s: SettingsResult['settings'], format: ReturnType<typeof formatOf>): boolean {
    if (forced.has(doc.uri)) return true;
    if (!isSupportedLanguage(doc.languageId)) return false;
    if (matchesInclude(doc.uri, s.include, folders)) return true;
    return s.detectByContent && checkSize(doc.getText(), format, host.heapMb) === undefined && isPolicyDocument(pathOf(doc.uri), doc.getText());
  }

  /** What to do with the document's current text: an outcome decided here, or a lint job. */
  function decide(doc: TextDocument, s: SettingsResult['settings'], config: DocumentConfig): Outcome | { job: LintJob; configFile?: string } {
    if (!s.enable && !forced.has(doc.uri)) return { kind: 'ignored' };
    const format = formatOf(doc.languageId, doc.uri);
    if (!selected(doc, s, format)) return { kind: 'ignored' };
    const text = doc.getText();
    const tooBig = checkSize(text, format, host.heapMb);
    if (tooBig) return { kind: 'skipped', reason: tooBig };
    problems.reportAll(config.problems);
    return { job: { text, format, fileName: pathOf(doc.uri), languageId: doc.languageId, config: config.spec, document: doc.uri }, ...(config.configFile ? { configFile: config.configFile } : {}) };
  }

  /** Brings the document's outcome up to date with its text: decides, or hands a lint to the runner. */
  async function refresh(uri: string): Promise<void> {
    if (!lifecycle.running || !documents.get(uri)) return;
    refreshing.add(uri);
    try {
      const gen = generation;
      const read = await settingsFor(uri);
      // Config files are looked up before the text is read: the lookup may wait for the client (browser build).
      const config = await configs.forDocument(uri, folders, read.settings.config);
      const doc = documents.get(uri);
      const s = cachedSettings(uri);
      // Settings or config files that changed while they were read: the change handler lints again.
      if (!doc || !s || gen !== generation || !lifecycle.running) return;
      const state = stateOf(uri);
      state.onSave = s.settings.run === 'onSave';
      if (current(doc)) {
        // The text came back to what was linted (typed, then deleted): nothing to lint, but requests may be waiting.
        wakeWaiters(state);
        return publishCurrent(doc);
      }
      const decided = decide(doc, s.settings, config);
      if ('kind' in decided) {
        settle(state, { text: doc.getText(), key: keyOf(uri), outcome: decided, duration: 0 }, state.seq);
        return publishCurrent(doc);
      }
      runner.submit({ uri, job: decided.job, tag: { state, key: keyOf(uri), seq: state.seq, ...(decided.configFile ? { configFile: decided.configFile } : {}) } });
    } finally {
      refreshing.delete(uri);
    }
  }

  /** A lint's outcome: kept (it serves requests, mapped, until the next), and published if the text is still current. */
  function linted(request: LintRequest<JobTag>, outcome: HostOutcome): void {
    if ('closed' in request.tag) return request.tag.closed(outcome);
    const { state, key, seq, configFile } = request.tag;
    const doc = documents.get(request.uri);
    if (!doc || states.get(request.uri) !== state || !lifecycle.running) return; // closed (or reopened) meanwhile
    // A newer text was settled meanwhile without a lint (it became too large, or not a policy): that outcome stands,
    // and the edits since this older text are no longer kept to map it.
    if (seq < state.settledSeq) return;
    const text = request.job.text;
    const result: Outcome =
      outcome.kind === 'done'
        ? { kind: 'linted', result: attachText(outcome.payload, text), ...(configFile ? { configFile } : {}) }
        : { kind: 'skipped', reason: failureMessage(outcome.reason, runner.deadlineFor(text.length)) };
    if (outcome.kind === 'failed') log(`Policy Linter: ${request.uri} was not checked: ${outcome.detail}.`);
    settle(state, { text, key, outcome: result, duration: outcome.kind === 'done' ? outcome.ms : 0 }, seq);
    publishCurrent(doc);
  }

  function failureMessage(reason: 'timeout' | 'memory' | 'crash', deadlineMs: number): string {
    const again = 'It is checked again when you edit it.';
    if (reason === 'timeout') return `Policy Linter stopped checking this document: it took longer than ${(deadlineMs / 1000).toFixed(1)} s. ${again}`;
    if (reason === 'memory') return `Policy Linter stopped checking this document: it needed more than the ${host.heapMb} MB of memory a check may use. ${again}`;
    return `Policy Linter could not check this document: the checker stopped unexpectedly (details in the Policy Linter output). ${again}`;
  }

  function diagnosticsOf(outcome: Outcome, version: number): Diagnostic[] {
    if (outcome.kind === 'skipped') return [notLintedDiagnostic(outcome.reason)];
    if (outcome.kind === 'linted') return outcome.result.findings.map((f) => toDiagnostic(f, version, ruleLink));
    return [];
  }

  /** Publishes the outcome of the document's current text, once per version and outcome. */
  function publishCurrent(doc: TextDocument): void {
    const outcome = current(doc);
    const state = states.get(doc.uri);
    if (!outcome || !state || !lifecycle.running) return; // never publish a result of another text
    if (state.held) return; // run: onSave, edited since the last save
    if (state.published?.version === doc.version && state.published.outcome === outcome) return;
    const relevant = outcome.kind !== 'ignored';
    if (!relevant && !published.has(doc.uri)) return; // documents that are not policies get nothing at all
    if (relevant) published.add(doc.uri);
    else published.delete(doc.uri);
    state.published = { version: doc.version, outcome };
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(outcome, doc.version) });
  }

  /**
   * The outcome of the document's current text, waiting for its scheduled lint when there is none yet (never linting
   * here). Undefined when the document closes, the request is cancelled, or the server shuts down.
   */
  async function currentOutcome(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; outcome: Outcome } | undefined> {
    for (;;) {
      const doc = documents.get(uri);
      if (!doc || !lifecycle.running || token?.isCancellationRequested) return undefined;
      const outcome = current(doc);
      if (outcome) return { doc, outcome };
      const state = stateOf(uri);
      if (!scheduler.has(uri) && !refreshing.has(uri) && !runner.has(uri)) scheduler.schedule(uri, 0);
      await new Promise<void>((resolve) => {
        state.waiters.push(resolve);
        token?.onCancellationRequested(resolve);
      });
    }
  }

  /**
   * The last result, while a newer one is pending: a hover answers from it, through the edits made since. The
   * offset is mapped back to the linted text, and the hovered range forward; nothing is said about text an edit
   * touched.
   */
  function staleHover(doc: TextDocument, offset: number): Hover | null | undefined {
    const state = states.get(doc.uri);
    const s = state?.settled;
    if (!state || !s || s.outcome.kind !== 'linted' || s.key !== keyOf(doc.uri) || state.lostThrough > state.settledSeq) return undefined;
    const old = unmapOffset(offset, state.changes);
    if (old === undefined) return null;
    const result = s.outcome.result;
    const hover = hoverAt(result, old, ruleLink, hoverOptions());
    if (!hover?.range) return hover;
    const lines = result.document.lines;
    const span = mapSpan({ start: lines.offsetAt(hover.range.start), end: lines.offsetAt(hover.range.end) }, state.changes);
    if (!span) return null;
    return { ...hover, range: { start: doc.positionAt(span.start), end: doc.positionAt(span.end) } };
  }

  const hoverOptions = (): HoverOptions => ({ diagnosticsShown: options.diagnosticsInHover === true });

  function relintAll(): void {
    for (const doc of documents.all()) scheduler.schedule(doc.uri, 0);
  }

  /** Publishes the document's results again from now on (saved, or asked for: run: onSave). */
  function release(uri: string): void {
    const state = states.get(uri);
    if (state) state.held = false;
  }

  function configurationChanged(): void {
    generation++;
    settingsCache.clear();
    configs.clear();
    problems.reset();
    // Everything is linted again with the new settings, and shown (run may no longer be onSave).
    for (const uri of states.keys()) release(uri);
    relintAll();
  }

  // ---- lifecycle ----

  connection.onInitialize(
    guard(log, 'initialize', (params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
      // A second initialize must not change the session (it could turn an untrusted session into a trusted one).
      if (lifecycle.state !== 'uninitialized') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized.', { retry: false });
      options = (params.initializationOptions ?? {}) as InitializationOptions;
      platform.initialize?.(params);
      trusted = options.trusted !== false;
      ruleLink = options.ruleDocsCommand === true ? packagedLink : publishedLink;
      configs = new DocumentConfigs(trusted, configFiles);
      const d = options.lintDeadline;
      const ms = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback);
      runner.deadline = { baseMs: ms(d?.baseMs, DEFAULT_DEADLINE.baseMs), perKbMs: ms(d?.perKbMs, DEFAULT_DEADLINE.perKbMs) };
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
      lifecycle.state = 'running';
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          hoverProvider: true,
          documentSymbolProvider: { label: 'Policy Linter' },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, INSERT_MISSING_SECTIONS_KIND] },
          workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        },
        serverInfo: { name: 'policy-linter' },
      };
    }, { capabilities: {} }),
  );

  connection.onInitialized(
    lifecycle.notification(
      guard(log, 'initialized', () => {
        if (!trusted) connection.console.info('Policy Linter: untrusted workspace, safe mode: custom placeholder patterns and include globs are ignored.');
        if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyLinter' });
        if (dynamicWatchers) {
          void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
        }
        if (folderEvents) {
          connection.workspace.onDidChangeWorkspaceFolders(
            lifecycle.notification(
              guard(log, 'workspaceFolders', (e) => {
                const removed = new Set(e.removed.map((f) => f.uri));
                folders = [...folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
                configurationChanged();
              }, undefined),
            ),
          );
        }
      }, undefined),
    ),
  );

  connection.onDidChangeConfiguration(
    lifecycle.notification(
      guard(log, 'didChangeConfiguration', (params) => {
        if (!pullConfiguration) {
          const raw = (params.settings as { policyLinter?: unknown } | undefined)?.policyLinter;
          pushedSettings = readSettings(raw, { trusted });
          problems.reset();
          for (const p of pushedSettings.problems) problems.report(p);
        }
        configurationChanged();
      }, undefined),
    ),
  );

  connection.onDidChangeWatchedFiles(lifecycle.notification(guard(log, 'didChangeWatchedFiles', () => configurationChanged(), undefined)));

  // ---- documents ----

  documents.onDidOpen(
    guard(log, 'didOpen', (e) => {
      const uri = e.document.uri;
      const previous = states.get(uri);
      states.delete(uri); // opened again: whatever was known belongs to the old text
      if (previous) wakeWaiters(previous);
      stateOf(uri);
      // Its live results replace what Lint Workspace published for the file on disk (an empty list if it is not a policy).
      endClosed(uri);
      if (closedPublished.delete(uri)) published.add(uri);
      opening = uri;
      scheduler.schedule(uri, 0);
    }, undefined),
  );

  documents.onDidChangeContent(
    guard(log, 'didChange', (e) => {
      const uri = e.document.uri;
      if (opening === uri) {
        opening = undefined; // the open event itself, already scheduled
        return;
      }
      // Whatever its version number says, the text changed: results are matched by content.
      // With "run": "onSave" the last result stays published until the save (hovers map it through the edits; a code
      // action lints the current text on request, and publishes nothing).
      const settings = cachedSettings(uri)?.settings;
      const state = states.get(uri);
      if ((settings ? settings.run === 'onSave' : state?.onSave) && state?.settled) {
        state.held = true;
        return;
      }
      const debounce = settings?.debounce ?? DEFAULT_SETTINGS.debounce;
      scheduler.schedule(uri, lintDelay(debounce, state?.settled, performance.now()));
    }, undefined),
  );

  documents.onDidSave(
    guard(log, 'didSave', (e) => {
      release(e.document.uri);
      scheduler.schedule(e.document.uri, 0);
    }, undefined),
  );

  documents.onDidClose(
    guard(log, 'didClose', (e) => {
      const uri = e.document.uri;
      scheduler.cancel(uri);
      runner.forget(uri);
      const state = states.get(uri);
      states.delete(uri);
      if (state) wakeWaiters(state);
      forced.delete(uri);
      settingsCache.delete(uri);
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }, undefined),
  );

  // ---- requests ----

  // Registered with onRequest rather than onHover/onCodeAction, whose wrappers read the params (work-done progress)
  // before any handler runs: a request with null params before initialize got InternalError instead of -32002.
  connection.onRequest(
    HoverRequest.type,
    lifecycle.request(
      guard(log, 'hover', async (params, token): Promise<Hover | null> => {
        const doc = documents.get(params.textDocument.uri);
        if (!doc) return null;
        const offset = doc.offsetAt(params.position);
        const now = current(doc);
        if (now) return now.kind === 'linted' ? hoverAt(now.result, offset, ruleLink, hoverOptions()) : null;
        // A newer lint is pending: answer from the last result, through the edits since.
        const stale = staleHover(doc, offset);
        if (stale !== undefined) return stale;
        const c = await currentOutcome(doc.uri, token);
        return c?.outcome.kind === 'linted' ? hoverAt(c.outcome.result, c.doc.offsetAt(params.position), ruleLink, hoverOptions()) : null;
      }, null),
    ),
  );

  connection.onRequest(
    CodeActionRequest.type,
    lifecycle.request(
      guard(log, 'codeAction', async (params, token): Promise<CodeAction[]> => {
        // Edits are computed from a result of exactly the current text: after an edit, wait for its scheduled lint.
        const c = await currentOutcome(params.textDocument.uri, token);
        if (!c || c.outcome.kind !== 'linted') return [];
        const { doc, outcome } = c;
        // The document object is updated in place by edits: its version now is what the outcome is of.
        const version = doc.version;
        // The config file a "not applicable" edit goes to, as it is now (its open buffer, else the file).
        const configUri = outcome.result.findings.some((f) => f.topic) ? configFileTarget(doc.uri, outcome.configFile) : undefined;
        const open = configUri ? documents.get(configUri) : undefined;
        const configNow = open ? { text: open.getText(), version: open.version } : configUri ? { text: await configFiles.readText(configUri) } : undefined;
        // An edit (or a close) during the read: the outcome is of a text that is gone; the editor asks again.
        if (token.isCancellationRequested || documents.get(doc.uri) !== doc || doc.version !== version) return [];
        const a = doc.offsetAt(params.range.start);
        const b = doc.offsetAt(params.range.end);
        const target = { uri: doc.uri, version: doc.version };
        return codeActions({
          target,
          result: outcome.result,
          span: { start: Math.min(a, b), end: Math.max(a, b) },
          only: params.context?.only,
          caps,
          diagnostic: (f) => toDiagnostic(f, doc.version, ruleLink),
          configEdit: (topic) => (configUri && configNow ? notApplicableConfigEdit(configUri, topic, caps.createFiles, configNow) : undefined),
          today: new Date(),
        });
      }, []),
    ),
  );

  /** The user asked Policy Linter about this document: lint it whatever its name or language. */
  function force(uri: string): void {
    if (forced.has(uri)) return;
    forced.add(uri);
    scheduler.schedule(uri, 0);
  }

  connection.onRequest(
    MissingSectionsRequest,
    lifecycle.request(
      guard(log, MissingSectionsRequest, async (params: MissingSectionsParams, token: CancellationToken): Promise<MissingSectionsResult | null> => {
        if (!documents.get(params?.uri)) return null;
        let c = await currentOutcome(params.uri, token);
        if (c?.outcome.kind === 'ignored') {
          force(params.uri);
          c = await currentOutcome(params.uri, token);
        }
        if (!c) return null;
        return { version: c.doc.version, sections: c.outcome.kind === 'linted' ? missingSections(c.outcome.result) : [] };
      }, null),
    ),
  );

  connection.onRequest(
    CoverageRequest,
    lifecycle.request(
      guard(log, CoverageRequest, async (params: CoverageParams, token: CancellationToken): Promise<CoverageResult | null> => {
        if (!documents.get(params?.uri)) return null;
        const c = await currentOutcome(params.uri, token);
        if (!c || c.outcome.kind === 'ignored') return null;
        return c.outcome.kind === 'linted' ? coverageOf(c.outcome.result, c.doc.version) : skippedCoverage(c.doc.version, c.outcome.reason);
      }, null),
    ),
  );

  // Registered with onRequest, as hover and code actions are: a request with null params gets null, not InternalError.
  connection.onRequest(
    DocumentSymbolRequest.type,
    lifecycle.request(
      guard(log, 'documentSymbol', async (params: DocumentSymbolParams, token: CancellationToken): Promise<DocumentSymbol[] | null> => {
        const uri = params?.textDocument?.uri;
        if (!documents.get(uri)) return null;
        const c = await currentOutcome(uri, token);
        return c?.outcome.kind === 'linted' ? documentSymbols(c.outcome.result) : null;
      }, null),
    ),
  );

  connection.onRequest(
    LintDocumentRequest,
    lifecycle.request(
      guard(log, LintDocumentRequest, async (params: LintDocumentParams, token: CancellationToken): Promise<LintDocumentResult | null> => {
        const uri = params?.uri;
        if (!documents.get(uri)) return null;
        release(uri); // asked for: shown, whatever run says
        force(uri);
        const c = await currentOutcome(uri, token);
        if (!c) return null;
        publishCurrent(c.doc);
        const o = c.outcome;
        return { version: c.doc.version, findings: o.kind === 'linted' ? o.result.findings.length : 0, ...(o.kind === 'skipped' ? { skipped: o.reason } : {}) };
      }, null),
    ),
  );

  /**
   * The config file a "not applicable" edit goes to (a URI): the one that applies, else one in the document's
   * workspace folder, else beside the document; none for documents without a folder (untitled).
   */
  function configFileTarget(uri: string, applying: string | undefined): string | undefined {
    if (applying) return applying;
    const dir = folderOf(uri, folders) ?? parentUri(uri);
    return dir ? `${dir}/${CONFIG_FILE_NAME}` : undefined;
  }

  /** Ends the LintFileRequest waiting for `uri`, if any, and drops its pending lint. */
  function endClosed(uri: string): void {
    runner.forget(closedKey(uri));
    const waiting = closedWaiting.get(uri);
    closedWaiting.delete(uri);
    waiting?.(undefined);
  }

  /** Publishes diagnostics for a file that is not open (none: clears what was published). */
  function publishClosed(uri: string, diagnostics: Diagnostic[]): void {
    if (!diagnostics.length && !closedPublished.has(uri)) return;
    if (diagnostics.length) closedPublished.add(uri);
    else closedPublished.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Lints the text of a file that is not open, as an open document with the same name and settings would be. */
  async function lintClosed(uri: string, text: string, token: CancellationToken): Promise<LintFileResult | null> {
    const number = ++closedRequests;
    closedLatest.set(uri, number);
    endClosed(uri);
    const read = await settingsFor(uri);
    const config = await configs.forDocument(uri, folders, read.settings.config);
    const latest = closedLatest.get(uri) === number;
    if (latest) closedLatest.delete(uri);
    if (!latest || documents.get(uri) || token.isCancellationRequested || !lifecycle.running) return null;
    const s = read.settings;
    const format = formatOf('', uri);
    const tooBig = checkSize(text, format, host.heapMb);
    // A file is known by its name only (no editor language): include globs match any name, documents are wanted.
    const policy = s.enable && isDocumentFileName(pathOf(uri)) && (matchesInclude(uri, s.include, folders) || (s.detectByContent && !tooBig && isPolicyDocument(pathOf(uri), text)));
    if (!policy) {
      publishClosed(uri, []);
      return { linted: false, findings: 0 };
    }
    if (tooBig) {
      publishClosed(uri, [notLintedDiagnostic(tooBig)]);
      return { linted: false, findings: 0, skipped: tooBig };
    }
    problems.reportAll(config.problems);
    let end!: (outcome: HostOutcome | undefined) => void;
    const outcome = await new Promise<HostOutcome | undefined>((resolve) => {
      end = resolve;
      closedWaiting.set(uri, resolve);
      token.onCancellationRequested(() => closedWaiting.get(uri) === end && endClosed(uri));
      runner.submit({ uri: closedKey(uri), job: { text, format, fileName: pathOf(uri), config: config.spec }, tag: { closed: resolve } });
    });
    if (closedWaiting.get(uri) === end) closedWaiting.delete(uri);
    if (!outcome || documents.get(uri) || !lifecycle.running) return null;
    if (outcome.kind === 'failed') {
      log(`Policy Linter: ${uri} was not checked: ${outcome.detail}.`);
      const reason = failureMessage(outcome.reason, runner.deadlineFor(text.length));
      publishClosed(uri, [notLintedDiagnostic(reason)]);
      return { linted: false, findings: 0, skipped: reason };
    }
    problems.reportAll(outcome.payload.problems);
    // Versionless: the diagnostics of a file on disk belong to no document version.
    publishClosed(uri, outcome.payload.findings.map((f) => toDiagnostic(f, 0, ruleLink)));
    return { linted: true, findings: outcome.payload.findings.length };
  }

  connection.onRequest(
    LintFileRequest,
    lifecycle.request(
      guard(log, LintFileRequest, (params: LintFileParams, token: CancellationToken): Promise<LintFileResult | null> | null => {
        if (typeof params?.uri !== 'string' || typeof params.text !== 'string' || documents.get(params.uri)) return null;
        return lintClosed(params.uri, params.text, token);
      }, null),
    ),
  );

  connection.onNotification(
    ForgetFilesNotification,
    lifecycle.notification(
      guard(log, ForgetFilesNotification, (params: ForgetFilesParams) => {
        for (const uri of Array.isArray(params?.uris) ? params.uris : []) {
          if (typeof uri !== 'string' || documents.get(uri)) continue;
          closedLatest.delete(uri); // a request still reading settings publishes nothing
          endClosed(uri);
          publishClosed(uri, []);
        }
      }, undefined),
    ),
  );

  connection.onShutdown(
    lifecycle.request(
      guard(log, 'shutdown', () => {
        // From now on nothing is served or published; the lint host stops, and waiting requests end.
        lifecycle.state = 'shutdown';
        scheduler.dispose();
        runner.dispose();
        for (const state of states.values()) wakeWaiters(state);
        for (const uri of [...closedWaiting.keys()]) endClosed(uri);
      }, undefined),
    ),
  );

  lifecycle.unhandled(connection);
  documents.listen(lifecycle.documents(connection));
  connection.listen();
}
