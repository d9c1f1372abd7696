// Bundles the entry points (the CLI and its worker, the server and the process it lints in, the client, and the web
// extension's client, server and lint worker). Each bundle is
// self-contained: the VSIX and the npm package need no node_modules. Imported by tests (cli/bundle.test.ts) for the
// same options; builds when run as a script.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
// jsonc-parser's "main" is a UMD build whose dynamic requires esbuild cannot follow: bundle its ES module build.
const alias = { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' };
/**
 * esbuild rewrites every regular expression literal with a Unicode property escape (`/\p{Lu}/u`) into a `new RegExp()`
 * call for a Node target, which then runs each time the expression is evaluated: about 200 ns more per evaluation than
 * a literal, on every line and finding of a document (the engine has dozens of them in per-line code). Node 20 has
 * these escapes, and the tests run the engine's literals as they are (tsx), so they stay literals.
 */
const supported = { 'regexp-unicode-property-escapes': true };
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', supported, format: 'cjs', sourcemap: true, logLevel: 'warning', alias };
const shebang = { js: '#!/usr/bin/env node' };
/**
 * V8 runs a new regular expression in its bytecode interpreter first and compiles it to machine code only after that
 * ("tier-up"). The engine's lexicons are large alternations, for which interpreting costs far more than compiling: it
 * was 1 s of the 1.3 s the CLI took on a 3-line file, 40 % of the CPU time of a 1,000-file run, and 3.4-5.8 s of the
 * lint process's warm-up on a busy machine (docs/performance.md). The CLI and the lint process compile them at once;
 * the matches are the same. The flag is set by the bundle's first line, before any module runs: changed after a
 * regular expression has run, it made a later match crash V8 (SIGSEGV). V8 flags are per process, so the CLI's worker
 * threads get it too. The bundle stays strict code: its own "use strict" comes after this line.
 */
const compileRegExps = `"use strict"; require('node:v8').setFlagsFromString('--no-regexp-tier-up');`;
/** The CLI's worker threads run this bundle (cli/pool.ts finds it beside dist/cli.cjs). */
const CLI_WORKER = 'cli-worker.cjs';

/** The CLI, its worker and the language server as `policy-linter` and `policy-linter-server` (package.json `bin`). */
export function cliBuilds(outdir) {
  return [
    {
      ...common,
      entryPoints: ['cli/main.ts'],
      outfile: join(outdir, 'cli.cjs'),
      banner: { js: `${shebang.js}\n${compileRegExps}` },
      define: { POLICY_LINTER_WORKER: JSON.stringify(CLI_WORKER) },
      // cli/pool.ts reads import.meta.url only when run from sources (tsx), never in the bundle.
      logOverride: { 'empty-import-meta': 'silent' },
    },
    { ...common, entryPoints: ['cli/worker.ts'], outfile: join(outdir, CLI_WORKER) },
  ];
}

/**
 * The web extension (package.json `browser`): the client for the web extension host, the server and the lint worker
 * for Web Workers. Browser platform: a Node built-in reachable from them fails the build (esbuild cannot resolve it),
 * and test/web/bundle.test.ts checks their inputs besides.
 */
export function webBuilds(outdir) {
  // All three run in Web Workers (the web extension host is one): no DOM. The "worker" condition picks packages'
  // worker builds over their DOM ones (decode-named-character-reference's "browser" build needs `document`).
  const web = { ...common, platform: 'browser', target: 'es2022', conditions: ['worker'], define: { 'process.env.NODE_ENV': '"production"' } };
  return [
    { ...web, entryPoints: ['client/src/web.ts'], outfile: join(outdir, 'client.js'), format: 'cjs', external: ['vscode'] },
    { ...web, entryPoints: ['server/src/web-main.ts'], outfile: join(outdir, 'server.js'), format: 'iife' },
    { ...web, entryPoints: ['server/src/web-lint-worker.ts'], outfile: join(outdir, 'lint-worker.js'), format: 'iife' },
  ];
}

const builds = [
  ...cliBuilds('dist'),
  { ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs', banner: shebang },
  { ...common, entryPoints: ['server/src/lint-process.ts'], outfile: 'dist/lint-process.cjs', banner: { js: compileRegExps } },
  { ...common, entryPoints: ['server/src/lint-service.ts'], outfile: 'dist/lint-service.cjs', banner: { js: compileRegExps } },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] },
  ...webBuilds('dist/web'),
];
/** Files run as commands. */
const bins = ['dist/cli.cjs', 'dist/server.cjs'];

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--watch')) {
    for (const b of builds) await (await esbuild.context(b)).watch();
  } else {
    await Promise.all(builds.map((b) => esbuild.build(b)));
    for (const bin of bins) chmodSync(join(root, bin), 0o755);
  }
}
