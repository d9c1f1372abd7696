// The LSP lifecycle: nothing is served before `initialize` has been answered (requests get ServerNotInitialized,
// -32002; notifications are dropped), a second `initialize` is refused, and after `shutdown` requests get
// InvalidRequest and notifications are dropped (only `exit`, handled by vscode-languageserver, still acts).
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What TextDocuments.listen registers its handlers on. */
type DocumentsConnection = Parameters<TextDocuments<TextDocument>['listen']>[0];

export type LifecycleState = 'uninitialized' | 'running' | 'shutdown';

export class Lifecycle {
  private current: LifecycleState = 'uninitialized';
  private readonly held: string[] = [];
  private sink?: (message: string) => void;

  get state(): LifecycleState {
    return this.current;
  }

  set state(next: LifecycleState) {
    this.current = next;
    if (next === 'running') for (const m of this.held.splice(0)) this.sink?.(m);
    else this.held.length = 0;
  }

  /**
   * A log for what runs beside the protocol (the lint host): until initialize it holds messages (a server may not
   * send anything before; they go out while initialize is answered), after shutdown it drops them.
   */
  logger(connection: Connection): (message: string) => void {
    this.sink = (m) => connection.console.log(m);
    return (message) => {
      if (this.current === 'running') this.sink!(message);
      else if (this.current === 'uninitialized' && this.held.length < 100) this.held.push(message);
    };
  }

  get running(): boolean {
    return this.state === 'running';
  }

  /** Why a request cannot be served now, as the error to answer it with; undefined while running. */
  refusal(): ResponseError<void> | undefined {
    if (this.state === 'uninitialized') return new ResponseError(ErrorCodes.ServerNotInitialized, 'The server has not been initialized.');
    if (this.state === 'shutdown') return new ResponseError(ErrorCodes.InvalidRequest, 'The server is shutting down.');
    return undefined;
  }

  /** A request handler served only while running. */
  request<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R | ResponseError<void> {
    return (...args: A) => this.refusal() ?? handler(...args);
  }

  /** A notification handler that runs only while running. */
  notification<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (this.running) handler(...args);
    };
  }

  /** The connection as TextDocuments.listen sees it: document notifications only while running. */
  documents(connection: Connection): DocumentsConnection {
    return {
      onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(this.notification(h)),
      onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument(this.notification(h)),
      onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(this.notification(h)),
      onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(this.notification(h)),
      onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(this.request(h) as typeof h),
      onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(this.notification(h)),
    };
  }

  /** Answers requests for methods without a handler: not initialized, shutting down, or MethodNotFound. */
  unhandled(connection: Connection): void {
    connection.onRequest((method: string) => this.refusal() ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`));
  }
}
