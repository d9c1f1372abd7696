#!/usr/bin/env node
// Rebuilds corpus/cache/ from the sources recorded in corpus/manifest.json: each document is fetched from its
// repository at the recorded commit (raw.githubusercontent.com) and checked against the recorded size.
//   node corpus/fetch.mjs [--split dev|test|all]
// Needs network access to GitHub; documents already in the cache are kept.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const i = args.indexOf('--split');
const split = i >= 0 ? args[i + 1] : 'all';
const { documents } = JSON.parse(readFileSync(join(here, 'manifest.json'), 'utf8'));
let fetched = 0;
let kept = 0;
const failed = [];
for (const d of documents.filter((x) => split === 'all' || x.split === split)) {
  const dest = join(here, 'cache', d.file);
  if (existsSync(dest)) {
    kept++;
    continue;
  }
  const { repo, commit, path } = d.source;
  const url = `https://raw.githubusercontent.com/${repo}/${commit}/${path.split('/').map(encodeURIComponent).join('/')}`;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length !== d.bytes) throw new Error(`${bytes.length} bytes, the manifest says ${d.bytes}`);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, bytes);
    fetched++;
  } catch (err) {
    failed.push(`${d.file}: ${url}: ${err.message}`);
  }
}
for (const f of failed) console.log(f);
console.log(`corpus: ${fetched} fetched, ${kept} already present, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
