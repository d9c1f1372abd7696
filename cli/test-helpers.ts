// Shared by the CLI tests: a temporary project folder with fixture files, and an in-process run of the CLI.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from './run.ts';

/** A policy with every required topic and no placeholder: lints clean. */
export const CLEAN_POLICY = `# Privacy Policy

Northwind Games Ltd. runs the Northwind app. This policy explains what we do with your personal data.

## What we collect

Your e-mail address and the scores you post.

## How long we keep your data

We keep account data while your account is open and delete it within 30 days after you close it.

## Children

The app is not meant for children under 16, and we do not knowingly collect data from them.

## International transfers

Our servers are in Ireland. When a supplier outside the European Economic Area handles your data, we rely on the European Commission's standard contractual clauses.

## Contact us

Write to our data protection officer at privacy@northwind-games.test or to 4 Harbour Lane, Cork, Ireland.
`;

/** The clean policy with one slot left in (an error) and no children section (a warning). */
export const DRAFT_POLICY = CLEAN_POLICY.replace('Northwind Games Ltd. runs', '[Company Name] runs').replace(
  /## Children\n\n.*\n\n/,
  '',
);

export class TempDir {
  readonly root = mkdtempSync(join(tmpdir(), 'policy-linter-cli-'));
  write(rel: string, content: string | Uint8Array): string {
    const path = join(this.root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }
  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], opts: { cwd: string; stdin?: string | Uint8Array; env?: Record<string, string>; tty?: boolean }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd: opts.cwd,
    env: opts.env ?? {},
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    readStdin: () => Buffer.from(opts.stdin ?? ''),
  });
  return { code, stdout, stderr };
}
