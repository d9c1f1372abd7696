// Shows configuration and engine problems to the user once each, not as a stream of pop-ups.
import type { Connection } from 'vscode-languageserver';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { ConfigProblemNotification, type ConfigProblemParams } from './protocol.ts';
import type { ConfigProblem } from '../../engine/index.ts';

/** One readable sentence naming where the problem is: `Settings (rules.foo): ...`, `/w/.policy-linter.json: ...`. */
export function describeProblem(p: ConfigProblem): string {
  const where = p.source === 'settings' ? 'Settings' : p.source === 'engine' ? 'Engine' : p.source;
  const key = p.key ? ` (${p.key})` : '';
  return `${where}${key}: ${p.message}`;
}

export class ProblemReporter {
  /** Messages shown since the configuration last changed. */
  private shown = new Set<string>();
  /** Engine failures are shown once per session: a new configuration does not fix a crashing rule. */
  private shownForever = new Set<string>();

  constructor(
    private readonly connection: Connection,
    /** The client listens to ConfigProblemNotification (our own client); otherwise window/showMessage is used. */
    private readonly useNotification: () => boolean,
  ) {}

  /** Forget what was shown, after a settings or config-file change, so a problem that persists is shown again once. */
  reset(): void {
    this.shown.clear();
  }

  report(message: string, persistent = false): void {
    const seen = persistent ? this.shownForever : this.shown;
    if (seen.has(message)) return;
    seen.add(message);
    this.connection.console.warn(`Policy Linter: ${message}`);
    // Our client adds the product name itself; a generic client shows the message as it is.
    if (this.useNotification()) {
      const params: ConfigProblemParams = { message };
      void this.connection.sendNotification(ConfigProblemNotification, params);
    } else {
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Policy Linter: ${message}` });
    }
  }

  reportAll(problems: ConfigProblem[]): void {
    for (const p of problems) this.report(describeProblem(p), p.source === 'engine');
  }
}
