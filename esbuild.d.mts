// Types of esbuild.mjs for the tests that build bundles with the same options.
import type { BuildOptions } from 'esbuild';

/** The CLI (cli.cjs) and its worker (cli-worker.cjs), written to `outdir`. */
export function cliBuilds(outdir: string): BuildOptions[];

/** The web extension's client.js, server.js and lint-worker.js, written to `outdir`. */
export function webBuilds(outdir: string): BuildOptions[];
