// Shows configuration and engine problems to the user once each, not as a stream of pop-ups.
import type { Connection } from 'vscode-languageserver';
import { MessageType } from 'vscode-languageserver';
import { ConfigProblemNotification, type ConfigProblemParams } from './protocol.ts';
import type { ConfigProblem } from '../../engine/index.ts';

/** "settings: rules.foo: unknown rule" -> one readable sentence naming where the problem is. */
export function describeProblem(p: ConfigProblem): string {
  const where = p.source === 'settings' ? 'Settings' : p.source === 'engine' ? 'Engine' : p.source;
  const key = p.key ? ` (${p.key})` : '';
  return `Policy Linter: ${where}${key}: ${p.message}`;
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
    this.connection.console.warn(message);
    if (this.useNotification()) {
      const params: ConfigProblemParams = { message };
      void this.connection.sendNotification(ConfigProblemNotification, params);
    } else {
      void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message });
    }
  }

  reportAll(problems: ConfigProblem[]): void {
    for (const p of problems) this.report(describeProblem(p), p.source === 'engine');
  }
}
