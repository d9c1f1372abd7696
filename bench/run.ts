// `npm run bench`: how fast Policy Linter is, every figure measured in this run on the same generated inputs.
//   1. engine vs its floor: lint() of a Markdown policy vs remark-parse's parse of the same text (5 KB .. 5 MB)
//   1b. incremental linting: an edit's re-lint (IncrementalLinter.update) vs remark-parse's parse of the same text
//   2. other formats: plain text and HTML (vs rehype-parse)
//   3. against a peer: lint() vs markdownlint (default rules, sync API) on the same Markdown files
//   4. editor loop over LSP: didChange -> publishDiagnostics for a one-character edit (debounce set to 0); hovers and
//      code actions while a 1 MB document lints; first diagnostics on a fresh server; what a lint result costs to
//      send from the lint process; the server's resident memory with 50 open policies
//   5. the CLI against markdownlint-cli2: 1,000 generated policies (all cores, one core, --cache cold and warm) and one
//      small file (start-up)
//   6. memory a lint needs per KB, by format (bench/memory.ts): what the size limits are set from
//   7. the slowest inputs under 200 KB: every pathological shape of the scaling tests, grown to just under 200 KB
// Timings are medians of repeated runs, interleaved (A B C, A B C, ...) so drift hits every column alike.
// Options: --quick (fewer repetitions, no 5 MB, smaller memory inputs), --only=engine,incremental,formats,peer,lsp,rss,
// cli,memory,worst (rss: the server's memory, which lsp includes), --wall (wall-clock time in-process)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import rehypeParse from 'rehype-parse';
import { lint as markdownlint } from 'markdownlint/sync';
import { IncrementalLinter, lint, parseDocument, type Format } from '../engine/index.ts';
import { generateCorpus, generatePolicy, prng } from './generate.ts';
import { LspProcess, MEMORY_PROBE_ARGS } from '../test/robustness/lsp-process.ts';
import { markdownProcessor } from '../engine/parse/markdown.ts';
import { serialize, deserialize } from 'node:v8';
import { attachText, runLintJob } from '../server/src/lint-job.ts';
import { LINT_HEAP_MB } from '../server/src/process-host.ts';
import { CODE_CACHE_ARG } from '../server/src/protocol.ts';
import { LINT_BASE_HEAP_MB, LINT_HEAP_PER_KB, maxLintChars } from '../engine/limits.ts';
import { MEMORY_INPUTS, heapNeeded } from './memory.ts';
import { largestUnder, SCALING_CASES, WORST_LIMIT } from '../test/robustness/scaling-cases.ts';
import type { WorstRow } from './worst.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (part: string) => !only || only.includes(part);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

// ---- measurement helpers ----

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (chars: number) => chars / 1024;

/**
 * In-process timings use this process's CPU time by default (user + system, process.cpuUsage): on a shared machine
 * other processes then do not inflate them, and for this single-threaded work it equals wall time on an idle machine.
 * --wall switches to wall-clock time. The LSP and CLI figures are wall-clock whatever the option.
 */
const wall = args.includes('--wall');
const clock = wall ? () => performance.now() : () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Runs every function `runs` times, interleaved, after `warmup` rounds; returns the median ms of each. */
function interleaved<K extends string>(fns: Record<K, () => unknown>, runs: number, warmup = 2): Record<K, number> {
  const names = Object.keys(fns) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  gc(); // once per set: a forced GC before every run would age and flush compiled code and regexps
  for (let i = 0; i < warmup + runs; i++) {
    for (const n of names) {
      const t0 = clock();
      fns[n]();
      const t = clock() - t0;
      if (i >= warmup) times[n].push(t);
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(times[n])])) as Record<K, number>;
}

function table(header: string[], rows: Array<Array<string | number>>): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- |' : ' ---: |')).join('')}`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

const out: string[] = [];
const say = (s = '') => {
  console.log(s);
  out.push(s);
};
const targets: Array<{ what: string; target: string; measured: string; ok: boolean }> = [];

say(`Policy Linter benchmark — ${new Date().toISOString()}`);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
say(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB${quick ? ', --quick' : ''}; in-process times: ${wall ? 'wall clock' : 'CPU time of this process'}; load average at start ${load()}`);
say('Wall-clock figures are only comparable on an otherwise idle machine; ratios are measured interleaved in this run.');
// The CLI and the language server's lint process run the engine with --no-regexp-tier-up (see docs/performance.md):
// in-process figures without it measure a V8 heuristic more than the engine.
const regexpTierUp = !process.execArgv.includes('--no-regexp-tier-up');
say(`V8 regular expressions: ${regexpTierUp ? 'tier-up (Node\'s default; the CLI and the lint process set --no-regexp-tier-up: run `npm run bench`)' : '--no-regexp-tier-up, as the CLI and the lint process run them'}`);
say();

// ---- 1. engine vs remark-parse ----

const remarkBare = unified().use(remarkParse);
const remarkEngine = markdownProcessor;
const rehype = unified().use(rehypeParse);

if (wants('engine')) {
  const sizes = quick ? [5_000, 50_000, 500_000] : [5_000, 50_000, 500_000, 5_000_000];
  const runsFor = (n: number) => (n <= 5_000 ? 200 : n <= 50_000 ? 40 : n <= 500_000 ? (quick ? 5 : 10) : 3);
  const rows: Array<Array<string | number>> = [];
  const perKb: number[] = [];
  for (const size of sizes) {
    const text = generatePolicy({ seed: size, targetSize: size, format: 'markdown' });
    const t = interleaved(
      {
        bare: () => remarkBare.parse(text),
        gfm: () => remarkEngine.parse(text),
        parse: () => parseDocument(text, { format: 'markdown' }),
        lint: () => lint(text, { format: 'markdown' }),
      },
      runsFor(size),
      size >= 5_000_000 ? 1 : 3,
    );
    const findings = lint(text, { format: 'markdown' }).findings.length;
    perKb.push(t.lint / kb(text.length));
    rows.push([`${(kb(text.length)).toFixed(0)} KB`, ms(t.bare), ms(t.gfm), ms(t.parse), ms(t.lint), (t.lint / t.bare).toFixed(2), (t.lint / t.gfm).toFixed(2), (t.lint / kb(text.length) * 1000).toFixed(0), findings]);
    if (size === 50_000) {
      targets.push({ what: 'full lint of 50 KB vs remark-parse (bare) parse', target: '≤ 1.5×', measured: `${(t.lint / t.bare).toFixed(2)}×`, ok: t.lint / t.bare <= 1.5 });
    }
  }
  say('### Engine vs its floor (Markdown)');
  say();
  say('Median ms. "remark" = unified().use(remarkParse).parse(text); "remark+gfm" = the engine\'s own processor (remark-parse');
  say('with GFM tables, footnotes and task lists, and front matter); "parse" = parseDocument() (that parse, outline, blocks, exclusions);');
  say('"lint" = lint() (parse, topic recognition, all rules, directives).');
  say();
  say(table(['size', 'remark', 'remark+gfm', 'parse', 'lint', 'lint / remark', 'lint / remark+gfm', 'lint µs/KB', 'findings'], rows));
  say();
  const spread = Math.max(...perKb.slice(1)) / Math.min(...perKb.slice(1));
  targets.push({ what: 'linear: lint time per KB, 50 KB .. largest', target: 'max/min ≤ 2', measured: `${spread.toFixed(2)}`, ok: spread <= 2 });
}

// ---- 1b. incremental linting ----

/**
 * Seeded edits of a text as an author makes them: type a letter in the middle of a prose line, delete it again, start
 * a new paragraph there, join it back. Each returns the text after it (the sequence ends where it started).
 */
function typingEdits(text: string, count: number, seed: number): string[] {
  const prose: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (/^(?:<p>)?[A-Z][a-z]/.test(line) && line.length > 40) prose.push(at);
    at += line.length + 1;
  }
  const r = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i += 2) {
    const where = prose[Math.floor(r() * prose.length)] + 10 + Math.floor(r() * 20);
    const insert = i % 4 === 0 ? 'x' : '\n\n';
    out.push(text.slice(0, where) + insert + text.slice(where), text);
  }
  return out.slice(0, count);
}

/** Untimed edits before the timed ones: a tenth of them, at least 10. */
const warmupEdits = (edits: number) => Math.max(10, Math.round(edits / 10) * 2);
const minorGc = () => (globalThis as { gc?: (o: { type: 'minor' }) => void }).gc?.({ type: 'minor' });

if (wants('incremental')) {
  const rows: Array<Array<string | number>> = [];
  const cases: Array<[Format, number, number]> = [
    ['markdown', 50_000, quick ? 100 : 400],
    ['markdown', 1_000_000, quick ? 10 : 40],
    ['text', 50_000, quick ? 100 : 200],
    ['html', 50_000, quick ? 100 : 200],
  ];
  for (const [format, size, edits] of cases) {
    const text = generatePolicy({ seed: size + 3, targetSize: size, format });
    const linter = new IncrementalLinter(text, { format });
    // The format's parser alone (plain text has none): remark-parse, rehype-parse.
    const parser = format === 'markdown' ? (t: string) => remarkBare.parse(t) : format === 'html' ? (t: string) => rehype.parse(t) : undefined;
    const times: number[] = [];
    const parses: number[] = [];
    const full: number[] = [];
    let windows = 0;
    // Warm-up: edits elsewhere in the text (other seed), so that the timed edits are not the first the JIT sees.
    for (const next of typingEdits(text, warmupEdits(edits), size + 1)) linter.update(next);
    gc();
    // Interleaved: each edit's re-lint and the parser's parse of the same text. After each pair, one scavenge, as the
    // lint process does once it has sent a result (server/src/lint-service.ts): the parser's garbage is not the edit's.
    const sequence = typingEdits(text, edits, size);
    for (const next of sequence) {
      let t0 = clock();
      linter.update(next);
      times.push(clock() - t0);
      if (linter.lastParse === 'window') windows++;
      if (parser) {
        t0 = clock();
        parser(next);
        parses.push(clock() - t0);
      }
      minorGc();
    }
    // A full lint() of the same texts (what an edit cost before incremental linting), apart: its garbage (the whole
    // tree of each text) would otherwise be collected during the edits.
    for (const next of sequence) {
      const t0 = clock();
      lint(next, { format });
      full.push(clock() - t0);
    }
    const m = median(times);
    const p95 = percentile(times, 95);
    const floor = parser ? median(parses) : NaN;
    const ratio = (x: number) => (parser ? (x / floor).toFixed(2) : '—');
    rows.push([`${format} ${kb(text.length).toFixed(0)} KB`, edits, ms(m), ms(p95), ms(median(full)), ms(percentile(full, 95)), parser ? ms(floor) : '—', ratio(m), ratio(p95), `${windows} of ${edits}`]);
    if (format !== 'markdown') continue;
    if (size === 50_000) {
      targets.push({ what: 'edit → result in the engine, 50 KB (median; p95)', target: '≤ 15 ms; ≤ 30 ms', measured: `${ms(m)} ms; ${ms(p95)} ms`, ok: m <= 15 && p95 <= 30 });
      targets.push({ what: 'edit → result in the engine, 50 KB, vs remark-parse parse of the same text (median)', target: '≤ 0.5×', measured: `${ratio(m)}× (p95 ${ratio(p95)}×)`, ok: m / floor <= 0.5 });
    } else targets.push({ what: 'edit → result in the engine, 1 MB (median)', target: '≤ 150 ms', measured: `${ms(m)} ms (${ratio(m)}× remark-parse)`, ok: m <= 150 });
  }
  say('### Incremental linting (engine)');
  say();
  say('Per edit, ms: IncrementalLinter.update() after typing a letter in a prose line, deleting it, starting a new paragraph');
  say('there or joining it back (seeded; same edits every run; after a tenth as many untimed edits elsewhere), interleaved with');
  say('the format\'s parser alone on the same text (remark-parse, rehype-parse; plain text has none), one scavenge after each pair');
  say('as the lint process does after each result; then a full lint() of each text (what every edit cost before). "window" =');
  say('edits whose re-parse was a window of top-level blocks rather than the whole text (plain text and HTML are parsed whole).');
  say();
  say(table(['document', 'edits', 'median', 'p95', 'full lint median', 'full lint p95', 'parser', 'median / parser', 'p95 / parser', 'window'], rows));
  say();
}

// ---- 2. other formats ----

if (wants('formats')) {
  const rows: Array<Array<string | number>> = [];
  for (const size of [50_000, 500_000]) {
    const textDoc = generatePolicy({ seed: size + 1, targetSize: size, format: 'text' });
    const htmlDoc = generatePolicy({ seed: size + 2, targetSize: size, format: 'html' });
    const runs = size <= 50_000 ? 40 : quick ? 5 : 10;
    const t = interleaved(
      {
        text: () => lint(textDoc, { format: 'text' }),
        rehype: () => rehype.parse(htmlDoc),
        html: () => lint(htmlDoc, { format: 'html' }),
      },
      runs,
    );
    rows.push([`text ${kb(textDoc.length).toFixed(0)} KB`, '—', ms(t.text), '—', (t.text / kb(textDoc.length) * 1000).toFixed(0)]);
    rows.push([`html ${kb(htmlDoc.length).toFixed(0)} KB`, ms(t.rehype), ms(t.html), (t.html / t.rehype).toFixed(2), (t.html / kb(htmlDoc.length) * 1000).toFixed(0)]);
  }
  say('### Plain text and HTML');
  say();
  say('Median ms; "rehype" = unified().use(rehypeParse).parse(text), the HTML floor. Plain text has no parser floor.');
  say();
  say(table(['input', 'rehype', 'lint', 'lint / rehype', 'lint µs/KB'], rows));
  say();
}

// ---- 3. against markdownlint ----

if (wants('peer')) {
  const corpus = generateCorpus(11, 200, 10_000).map((d, i) => generatePolicy({ seed: 1000 + i, targetSize: d.text.length, format: 'markdown' }));
  const big = generatePolicy({ seed: 500_001, targetSize: 500_000, format: 'markdown' });
  const strings = Object.fromEntries(corpus.map((t, i) => [`p${i}.md`, t]));
  const total = corpus.reduce((n, t) => n + t.length, 0);
  const small = interleaved(
    {
      ours: () => corpus.forEach((t) => lint(t, { format: 'markdown' })),
      peer: () => markdownlint({ strings }),
    },
    quick ? 3 : 10,
    1,
  );
  const large = interleaved(
    {
      ours: () => lint(big, { format: 'markdown' }),
      peer: () => markdownlint({ strings: { 'big.md': big } }),
    },
    quick ? 3 : 7,
    1,
  );
  say('### Against markdownlint 0.38 (default rules, `markdownlint/sync` lint({strings}))');
  say();
  say(table(['input', 'policy-linter', 'markdownlint', 'policy-linter / markdownlint'], [
    [`200 policies, ${kb(total).toFixed(0)} KB in all`, `${ms(small.ours)} ms`, `${ms(small.peer)} ms`, (small.ours / small.peer).toFixed(2)],
    [`1 policy, ${kb(big.length).toFixed(0)} KB`, `${ms(large.ours)} ms`, `${ms(large.peer)} ms`, (large.ours / large.peer).toFixed(2)],
  ]));
  say();
  targets.push({ what: 'faster than markdownlint (200 × 10 KB and 500 KB)', target: '< 1×', measured: `${(small.ours / small.peer).toFixed(2)}×, ${(large.ours / large.peer).toFixed(2)}×`, ok: small.ours < small.peer && large.ours < large.peer });
}

// ---- build for the LSP and CLI parts ----

if (wants('lsp') || wants('rss') || wants('cli') || wants('memory') || wants('worst')) {
  const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (b.status !== 0) throw new Error('build failed (node esbuild.mjs)');
}

const work = mkdtempSync(join(tmpdir(), 'policy-linter-bench-'));
/** The servers get a code cache directory, as the VS Code client gives them one (server/src/code-cache.ts). */
const serverArgs = [`${CODE_CACHE_ARG}${join(work, 'code-cache')}`];

/**
 * CPU time (user + system, all threads) of the children this process has waited for, in ms: fields cutime and cstime
 * of /proc/self/stat, in clock ticks of 10 ms (Linux). NaN elsewhere.
 */
const childCpu = () => {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
};
/** Wall and CPU time of one Node process, start-up included; exit codes 0 and 1 (findings) are success. */
const timed = (args: string[]) => {
  const c0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 30 });
  const t = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return { t, cpu: childCpu() - c0, stdout: r.stdout };
};

// ---- 4. editor loop ----

if (wants('lsp')) {
  const { server } = await LspProcess.start({ settings: { debounce: 0 }, rootUri: pathToFileURL(work).toString(), serverArgs });
  try {
    const rows: Array<Array<string | number>> = [];
    for (const [size, edits] of [[50_000, quick ? 40 : 200], [1_000_000, quick ? 10 : 40]] as const) {
      const text = generatePolicy({ seed: size + 3, targetSize: size, format: 'markdown' });
      const path = join(work, `privacy-${size}.md`);
      writeFileSync(path, text);
      const uri = pathToFileURL(path).toString();
      let version = 1;
      const first = server.diagnostics(uri, 1, 120_000);
      server.open(uri, text);
      const initial = await first;
      // Edit positions: the middle of a random prose line (no heading/list/table markers), seeded.
      const lines = text.split('\n');
      const prose = lines.map((l, i) => [l, i] as const).filter(([l]) => /^[A-Z][a-z]/.test(l) && l.length > 40).map(([, i]) => i);
      const r = prng(size);
      const times: number[] = [];
      let lastLine = 0;
      let lastChar = 0;
      for (let i = 0; i < edits; i++) {
        const line = prose[Math.floor(r() * prose.length)];
        const character = 10 + Math.floor(r() * 20);
        // insert a letter, then delete it again on the next edit, so the size stays put
        const change = i % 2 === 0
          ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
          : { range: { start: { line: lastLine, character: lastChar }, end: { line: lastLine, character: lastChar + 1 } }, text: '' };
        if (i % 2 === 0) [lastLine, lastChar] = [line, character];
        version++;
        const done = server.diagnostics(uri, version, 60_000);
        const t0 = performance.now();
        server.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        await done;
        times.push(performance.now() - t0);
      }
      rows.push([`${kb(text.length).toFixed(0)} KB`, edits, ms(median(times)), ms(percentile(times, 95)), initial.diagnostics.length]);
      if (size === 50_000) targets.push({ what: 'edit → diagnostics, 50 KB (median)', target: '< 15 ms', measured: `${ms(median(times))} ms`, ok: median(times) < 15 });
      server.notify('textDocument/didClose', { textDocument: { uri } });
    }
    say('### Editor loop (LSP over stdio, `dist/server.cjs`)');
    say();
    say('Time from sending a one-character didChange (incremental) to receiving publishDiagnostics for that version.');
    say('policyLinter.debounce is set to 0 through the workspace/configuration answer, so no debounce is included.');
    say();
    say(table(['document', 'edits', 'median ms', 'p95 ms', 'diagnostics'], rows));
    say();
  } finally {
    await server.stop();
  }

  // requests while a 1 MB document lints: hovers and code actions on a small policy (already linted), and hovers on
  // the large one itself after an edit (answered from its last result), sent every 25 ms until the lint publishes
  {
    const { server } = await LspProcess.start({ settings: { debounce: 0 }, rootUri: pathToFileURL(work).toString(), serverArgs });
    try {
      const smallText = generatePolicy({ seed: 50_001, targetSize: 50_000, format: 'markdown' });
      const bigText = generatePolicy({ seed: 1_000_003, targetSize: 1_000_000, format: 'markdown' });
      const small = pathToFileURL(join(work, 'privacy-small.md')).toString();
      const big = pathToFileURL(join(work, 'privacy-large.md')).toString();
      const ready = server.diagnostics(small, 1, 120_000);
      server.open(small, smallText);
      const smallDiagnostics = (await ready).diagnostics;
      const at = smallDiagnostics.find((d) => d.code === 'placeholder')?.range.start ?? { line: 0, character: 0 };
      const hover = { textDocument: { uri: small }, position: at };
      const action = { textDocument: { uri: small }, range: { start: at, end: at }, context: { diagnostics: [] } };
      const times = { hover: [] as number[], action: [] as number[], bigHover: [] as number[] };
      let lintMs = 0;
      const timed = async (list: number[], method: string, params: unknown) => {
        const t0 = performance.now();
        await server.request(method, params, 60_000);
        list.push(performance.now() - t0);
      };
      for (let round = 0; round < (quick ? 2 : 5); round++) {
        const version = round + 1;
        const t0 = performance.now();
        let linting = true;
        const done = server.diagnostics(big, version, 120_000).then(() => ((linting = false), (lintMs += performance.now() - t0)));
        if (round === 0) server.open(big, bigText);
        else server.notify('textDocument/didChange', { textDocument: { uri: big, version }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: round % 2 ? 'x' : '' }] });
        while (linting) {
          await timed(times.hover, 'textDocument/hover', hover);
          await timed(times.action, 'textDocument/codeAction', action);
          if (round > 0) await timed(times.bigHover, 'textDocument/hover', { textDocument: { uri: big }, position: { line: 10, character: 5 } });
          await new Promise((r) => setTimeout(r, 25));
        }
        await done;
      }
      const row = (what: string, xs: number[]) => [what, xs.length, ms(median(xs)), ms(percentile(xs, 95)), ms(Math.max(...xs))];
      say('### Requests while a 1 MB document lints');
      say();
      say(`A 1 MB policy is opened (then edited) with debounce 0; while it lints (${ms(lintMs / (quick ? 2 : 5))} ms a lint, median of the rounds), requests are`);
      say('sent one after another, 25 ms apart, until its diagnostics arrive. Time from request to answer.');
      say();
      say(table(['request', 'answered', 'median ms', 'p95 ms', 'max ms'], [
        row('hover, another policy (50 KB)', times.hover),
        row('code action, another policy (50 KB)', times.action),
        row('hover, the 1 MB policy itself (last result, mapped through the edit)', times.bigHover),
      ]));
      say();
      const worst = Math.max(percentile(times.hover, 95), percentile(times.action, 95), percentile(times.bigHover, 95));
      targets.push({ what: 'hover or code action while a 1 MB document lints (p95)', target: '≤ 50 ms', measured: `${ms(worst)} ms`, ok: worst <= 50 });
    } finally {
      await server.stop();
    }
  }

  // first diagnostics on a fresh server: spawn, initialize, and open a 50 KB policy at once (as VS Code does when a
  // policy is already open); time from didOpen to publishDiagnostics, and when the lint process was ready. The server
  // gets a code cache directory, as the VS Code client gives it (server/src/code-cache.ts): the first start finds it
  // empty and writes the cache once its first lint is done (run 0, not in the median); the later starts read it.
  {
    const text = generatePolicy({ seed: 50_002, targetSize: 50_000, format: 'markdown' });
    const codeCache = join(work, 'code-cache-fresh');
    const rows: Array<Array<string | number>> = [];
    const firsts: number[] = [];
    let uncached = NaN;
    for (let i = 0; i <= (quick ? 3 : 7); i++) {
      const spawned = performance.now();
      const { server } = await LspProcess.start({ settings: { debounce: 0 }, rootUri: pathToFileURL(work).toString(), serverArgs: [`${CODE_CACHE_ARG}${codeCache}`] });
      try {
        const initialized = performance.now() - spawned;
        const uri = pathToFileURL(join(work, `privacy-fresh-${i}.md`)).toString();
        const published = server.diagnostics(uri, 1, 120_000);
        const t0 = performance.now();
        server.open(uri, text);
        await published;
        const first = performance.now() - t0;
        if (i === 0) uncached = first;
        else firsts.push(first);
        // The lint process answers a job that comes during its warm-up first (server/src/lint-job.ts), so it may say it
        // is ready after the first diagnostics.
        const logged = (re: RegExp) => server.notifications.map((n) => re.exec((n.params as { message?: string })?.message ?? '')).find(Boolean);
        const readyLine = () => logged(/engine ready in (\d+) ms/)?.[1];
        for (let waited = 0; !readyLine() && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
        const ready = readyLine();
        const cache = logged(/code read from its cache/) ? 'read' : 'compiled, then written';
        const written = () => {
          try {
            return readdirSync(codeCache).some((f) => f.endsWith('.v8cache'));
          } catch {
            return false;
          }
        };
        if (i === 0) for (let waited = 0; !written() && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
        rows.push([i === 0 ? '0 (not in the median)' : i, ms(initialized), ms(first), ms(initialized + first), ready ?? '—', cache]);
      } finally {
        await server.stop();
      }
    }
    say('### First diagnostics on a fresh server');
    say();
    say('A new server process: spawn → initialize answered, then didOpen of a 50 KB policy → its publishDiagnostics.');
    say('"engine ready" is the lint process\'s own start-up (its first lints compile the lexicons), logged by the server; a job that');
    say('comes meanwhile is answered first, after the Markdown part of it. The server is given a code cache directory, as the');
    say('VS Code client gives it: run 0 finds it empty (as the first start after an install or update does) and writes it.');
    say();
    say(table(['run', 'spawn → initialized ms', 'didOpen → diagnostics ms', 'spawn → diagnostics ms', 'engine ready in (ms)', 'code cache'], rows));
    say();
    targets.push({ what: 'first diagnostics, 50 KB, fresh server (median; the first start, without a code cache)', target: '≤ 300 ms', measured: `${ms(median(firsts))} ms (${ms(uncached)} ms)`, ok: median(firsts) <= 300 });
  }

  // what a lint result costs to send back from the lint process: structured clone (v8 serialize / deserialize, what
  // the 'advanced' IPC serialization does), in-process, against the lint itself
  {
    const rows: Array<Array<string | number>> = [];
    for (const size of [50_000, 1_000_000]) {
      const text = generatePolicy({ seed: size + 9, targetSize: size, format: 'markdown' });
      const job = { text, format: 'markdown' as const, fileName: 'privacy.md', config: { key: '[]', layers: [] } };
      let payload = runLintJob(job);
      let bytes = 0;
      let fullBytes = 0;
      const full = lint(text, { format: 'markdown' });
      const t = interleaved(
        {
          lint: () => (payload = runLintJob(job)),
          write: () => (bytes = serialize(payload).length),
          read: () => attachText(deserialize(serialize(payload)), text),
          fullWrite: () => (fullBytes = serialize({ ...full, document: { ...full.document, lines: undefined } }).length),
        },
        size <= 50_000 ? 20 : quick ? 3 : 7,
      );
      rows.push([`${kb(text.length).toFixed(0)} KB`, ms(t.lint), `${(bytes / 1024).toFixed(0)} KB`, ms(t.write), ms(t.read - t.write), `${(fullBytes / 1024).toFixed(0)} KB`, ms(t.fullWrite)]);
    }
    say('### What crosses the process boundary');
    say();
    say('A lint comes back as a LintView (server/src/lint-job.ts): the result without the topic evidence, the text and the');
    say('line index (the server has the text; it rebuilds the index). "read" = deserialize + re-attach the text, on the');
    say('server\'s thread. "whole result" = the LintResult with the text, as it would be without this.');
    say();
    say(table(['document', 'lint ms', 'LintView', 'write ms', 'read ms', 'whole result', 'write ms'], rows));
    say();
  }

}

// ---- 4b. the server's memory with 50 open policies (also part of lsp) ----

if (wants('lsp') || wants('rss')) {
  // On a fresh server. The probe (test/robustness/memory-probe.cjs) only acts on SIGUSR2: it lets us also report memory
  // retained after a GC.
  const { server: s2 } = await LspProcess.start({ settings: { debounce: 0 }, rootUri: pathToFileURL(work).toString(), nodeArgs: MEMORY_PROBE_ARGS, serverArgs });
  try {
    await new Promise((r) => setTimeout(r, 2000)); // the lint process has warmed up
    const base = s2.rss();
    const baseAll = s2.rssWithChildren();
    const docs = generateCorpus(50, 50, 30_000);
    const lang = { markdown: 'markdown', text: 'plaintext', html: 'html' } as const;
    const waits = docs.map((d) => {
      const path = join(work, d.name);
      writeFileSync(path, d.text);
      const uri = pathToFileURL(path).toString();
      const w = s2.diagnostics(uri, 1, 120_000);
      s2.open(uri, d.text, lang[d.format]);
      return w;
    });
    await Promise.all(waits);
    await new Promise((r) => setTimeout(r, 1500));
    const rss = s2.rss();
    const rssAll = s2.rssWithChildren();
    // At rest: past the lint process's idle collection (2 s without a job, server/src/lint-service.ts).
    await new Promise((r) => setTimeout(r, 3500));
    const rest = s2.rss();
    const restAll = s2.rssWithChildren();
    const pssAll = s2.pssWithChildren();
    const gcd = await s2.memoryAfterGc();
    await new Promise((r) => setTimeout(r, 500));
    const rssAfterGc = s2.rss();
    const total = docs.reduce((n, d) => n + d.text.length, 0);
    const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;
    say('### Server memory');
    say();
    say('The server process, and with its lint process (which holds the engine and its compiled lexicons). "Pss" counts a page');
    say('two processes share (most of the Node binary) half in each: the sum is what the two take from the machine.');
    say();
    say(table(['state', 'VmRSS server', 'VmRSS server + lint process', 'Pss server + lint process', 'server heap used + external after a full GC'], [
      ['after initialize', mb(base), mb(baseAll), '—', '—'],
      [`50 open policies (${kb(total).toFixed(0)} KB in all), 1.5 s after the last was linted`, mb(rss), mb(rssAll), '—', '—'],
      ['the same at rest, 5 s after (past the lint process\'s idle collection)', mb(rest), mb(restAll), mb(pssAll), '—'],
      ['the same, after a full GC of the server', mb(rssAfterGc), '—', '—', mb(gcd.heapUsed + gcd.external)],
    ]));
    say();
    targets.push({ what: 'server RSS with 50 open policies (server + lint process; 1.5 s after; at rest)', target: '< 150 MB', measured: `${mb(rssAll)}; ${mb(restAll)} (Pss ${mb(pssAll)})`, ok: rssAll < 150 * 2 ** 20 });
  } finally {
    await s2.stop();
  }
}

// ---- 5. CLI at scale and at start-up, against markdownlint-cli2 ----

if (wants('cli')) {
  const cli = join(root, 'dist/cli.cjs');
  const peer = join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
  const peerVersion = (JSON.parse(readFileSync(join(root, 'node_modules/markdownlint-cli2/package.json'), 'utf8')) as { version: string }).version;
  const dir = join(work, 'policies');
  mkdirSync(dir);
  const docs = generateCorpus(1000, 1000, 12_000);
  for (const d of docs) writeFileSync(join(dir, d.name), d.text);
  const total = docs.reduce((n, d) => n + d.text.length, 0);
  const cacheFile = join(work, 'cli-cache.json');
  const runs = { ours: [] as number[], jobs1: [] as number[], peer: [] as number[], cold: [] as number[], warm: [] as number[] };
  const cpu = { ours: [] as number[], jobs1: [] as number[], peer: [] as number[], cold: [] as number[], warm: [] as number[] };
  let files = 0;
  let findings = 0;
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const record = (name: keyof typeof runs, r: ReturnType<typeof timed>) => {
      runs[name].push(r.t);
      cpu[name].push(r.cpu);
      return r;
    };
    const ours = record('ours', timed([cli, '--format', 'json', 'policies']));
    record('peer', timed([peer, 'policies/*']));
    const one = record('jobs1', timed([cli, '--jobs', '1', '--format', 'json', 'policies']));
    rmSync(cacheFile, { force: true });
    record('cold', timed([cli, '--cache', '--cache-location', cacheFile, '--format', 'json', 'policies']));
    const warm = record('warm', timed([cli, '--cache', '--cache-location', cacheFile, '--format', 'json', 'policies']));
    if (one.stdout !== ours.stdout || warm.stdout !== ours.stdout) throw new Error('--jobs 1 and --cache must print what the default run prints');
    const report = JSON.parse(ours.stdout) as { files: Array<{ findings: unknown[] }> };
    files = report.files.length;
    findings = report.files.reduce((n, f) => n + f.findings.length, 0);
  }
  const t = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)])) as Record<keyof typeof runs, number>;
  const c = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)])) as Record<keyof typeof runs, number>;
  const cpuCell = (k: keyof typeof runs) => (Number.isNaN(c[k]) ? '—' : `${ms(c[k])} ms (${(c[k] / t[k]).toFixed(2)} cores)`);
  const jobs = cpus().length;
  say(`### CLI on 1,000 policies, against markdownlint-cli2 ${peerVersion}`);
  say();
  say(`Wall time of one process, start-up included, median of ${runs.ours.length} interleaved rounds; ${files} files reported, ${findings} findings.`);
  say('markdownlint-cli2 runs on the same files (`markdownlint-cli2 "policies/*"`, default rules). CPU time is user +');
  say('system of the process and all its threads; CPU ÷ wall is how many cores it had on average (on a shared machine');
  say('other jobs take the rest).');
  say();
  say(table(['run', 'wall time', 'CPU time', 'documents/s', 'markdownlint-cli2 ÷ this'], [
    [`policy-linter --format json policies (--jobs ${jobs}, the default)`, `${ms(t.ours)} ms`, cpuCell('ours'), (1000 / (t.ours / 1000)).toFixed(0), (t.peer / t.ours).toFixed(2)],
    ['policy-linter --jobs 1', `${ms(t.jobs1)} ms`, cpuCell('jobs1'), (1000 / (t.jobs1 / 1000)).toFixed(0), (t.peer / t.jobs1).toFixed(2)],
    ['policy-linter --cache, first run (empty cache)', `${ms(t.cold)} ms`, cpuCell('cold'), '', (t.peer / t.cold).toFixed(2)],
    ['policy-linter --cache, second run (nothing changed)', `${ms(t.warm)} ms`, cpuCell('warm'), '', `${(t.peer / t.warm).toFixed(0)} (${(t.cold / t.warm).toFixed(1)}× faster than the first run)`],
    [`markdownlint-cli2 (${kb(total).toFixed(0)} KB in all)`, `${ms(t.peer)} ms`, cpuCell('peer'), (1000 / (t.peer / 1000)).toFixed(0), '1'],
  ]));
  say();
  targets.push({ what: `CLI on 1,000 policies vs markdownlint-cli2 (${jobs} cores)`, target: '≥ 2× faster', measured: `${(t.peer / t.ours).toFixed(2)}×`, ok: t.peer / t.ours >= 2 });
  targets.push({ what: 'CLI --cache: second run vs first', target: '≥ 10× faster', measured: `${(t.cold / t.warm).toFixed(1)}×`, ok: t.cold / t.warm >= 10 });

  // One small file, as a pre-commit hook or an editor's save action runs it.
  const small = join(work, 'privacy-small.md');
  writeFileSync(small, '# Privacy Policy\n\nWe keep your data for 30 days. Write to privacy@example.test with questions.\n');
  const start = { ours: [] as number[], peer: [] as number[], version: [] as number[], node: [] as number[] };
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    start.ours.push(timed([cli, small]).t);
    start.peer.push(timed([peer, small]).t);
    start.version.push(timed([cli, '--version']).t);
    start.node.push(timed(['-e', '0']).t);
  }
  const s = Object.fromEntries(Object.entries(start).map(([k, v]) => [k, median(v)])) as Record<keyof typeof start, number>;
  say('### CLI on one small file (start-up)');
  say();
  say(`Wall time, median of ${start.ours.length} interleaved runs, of a 3-line Markdown policy.`);
  say();
  say(table(['run', 'wall time', 'this ÷ markdownlint-cli2'], [
    ['policy-linter privacy-small.md', `${ms(s.ours)} ms`, (s.ours / s.peer).toFixed(2)],
    ['markdownlint-cli2 privacy-small.md', `${ms(s.peer)} ms`, '1'],
    ['policy-linter --version (loads the CLI bundle, lints nothing)', `${ms(s.version)} ms`, (s.version / s.peer).toFixed(2)],
    ['node -e 0 (Node start-up alone)', `${ms(s.node)} ms`, (s.node / s.peer).toFixed(2)],
  ]));
  say();
  targets.push({ what: 'CLI on one small file vs markdownlint-cli2', target: '≤ 1×', measured: `${(s.ours / s.peer).toFixed(2)}×`, ok: s.ours <= s.peer });
}

// ---- 6. memory per KB ----

if (wants('memory')) {
  const chars = quick ? 150_000 : 500_000;
  const rows: Array<Array<string | number>> = [];
  const worst = new Map<string, number>();
  const bases = new Map<string, number>();
  for (const input of MEMORY_INPUTS) {
    // What the engine needs whatever the text: the heap for a 2 KB document of the same format.
    if (!bases.has(input.format)) bases.set(input.format, (await heapNeeded(input.make(2000), input.format)).heapMb);
    const base = bases.get(input.format)!;
    const text = input.make(chars);
    const { heapMb: need, free } = await heapNeeded(text, input.format);
    const perKb = ((need - base) * 1024) / kb(text.length);
    if (input.sized) worst.set(input.format, Math.max(worst.get(input.format) ?? 0, perKb));
    rows.push([input.format, `${input.name}${input.sized ? '' : ' †'}`, `${kb(text.length).toFixed(0)} KB`, `${need} MB`, perKb.toFixed(0), `${free.peakRssMb.toFixed(0)} MB`, ((free.peakRssMb * 1024) / kb(text.length)).toFixed(0), ms(free.ms)]);
  }
  say('### Memory per KB');
  say();
  say(`Each input linted in the lint process (dist/lint-process.cjs). "heap needed" = the smallest --max-old-space-size in`);
  say('which the lint completes in at most 5× the time it takes with a 4 GB heap (geometric bisection, 8 %; closer to the');
  say(`bare minimum it only collects garbage); "KB per KB" = (heap needed − the heap a 2 KB document of the format needs:`);
  say(`${[...bases].map(([f, b]) => `${f} ${b} MB`).join(', ')}) per KB of text. "peak RSS" = the lint process's VmHWM with a 4 GB heap: what an`);
  say('unconstrained lint holds, garbage included.');
  say();
  say(table(['format', 'input', 'size', 'heap needed', 'KB per KB', 'peak RSS (4 GB heap)', 'RSS KB per KB', 'lint ms'], rows));
  say();
  say('† not what the limits are sized for (engine/limits.ts): Markdown of tens of thousands of tiny blocks; in the server it');
  say('runs into its deadline or the lint process\'s heap and gets one information diagnostic.');
  say();
  say(`Size limits (engine/limits.ts: ${[...LINT_HEAP_PER_KB].map(([f, k]) => `${f} ${k} KB per KB`).join(', ')}; + ${LINT_BASE_HEAP_MB} MB), with the`);
  say(`server's ${LINT_HEAP_MB} MB lint heap: ${[...LINT_HEAP_PER_KB.keys()].map((f) => `${f} ${(maxLintChars(f, LINT_HEAP_MB) / 2 ** 20).toFixed(1)} MB`).join(', ')}.`);
  say();
  for (const [format, perKb] of worst) {
    const assumed = LINT_HEAP_PER_KB.get(format as never)!;
    targets.push({ what: `memory per KB, ${format}: inputs the limits are sized for, within the figure they use`, target: `≤ ${assumed}`, measured: perKb.toFixed(0), ok: perKb <= assumed });
  }
  const baseMax = Math.max(...bases.values());
  targets.push({ what: 'engine heap for a small document within the base the limits use', target: `≤ ${LINT_BASE_HEAP_MB} MB`, measured: `${baseMax} MB`, ok: baseMax <= LINT_BASE_HEAP_MB });
}

// ---- 7. the slowest inputs under 200 KB ----

if (wants('worst')) {
  // lint() times come from a process with the CLI's V8 flags (bench/worst.ts); the slowest inputs are then linted by
  // the CLI itself, start-up included.
  const runs = quick ? 1 : 3;
  const child = spawnSync(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', 'bench/worst.ts', String(runs)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (child.status !== 0) throw new Error(`bench/worst.ts failed (${child.status}): ${child.stderr.slice(0, 2000)}`);
  const rows = (JSON.parse(child.stdout) as WorstRow[]).sort((a, b) => b.t - a.t);
  const ext = { markdown: 'md', text: 'txt', html: 'html' } as const;
  const slowest = rows.slice(0, 5).map((r) => {
    const file = join(work, `worst.${ext[r.format]}`);
    writeFileSync(file, largestUnder(SCALING_CASES.find((c) => c.name === r.name)!, WORST_LIMIT));
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) cpu.push(timed([join(root, 'dist/cli.cjs'), '--no-config', '--format', 'json', file]).cpu);
    return { ...r, cli: median(cpu) };
  });
  const over = (limit: number) => rows.filter((r) => r.t >= limit).length;
  say('### The slowest inputs under 200 KB');
  say();
  say(`Every pathological shape of the scaling tests (test/robustness/scaling-cases.ts, ${SCALING_CASES.length} shapes, each in the formats it`);
  say(`applies to: ${rows.length} inputs), grown to just under 200 KB. "lint": lint() in a process with the CLI's V8 flags (CPU time, median of ${runs});`);
  say(`"CLI": the CLI's process on the file (\`policy-linter --format json\`, CPU time of all its threads, start-up included, median of ${runs}).`);
  say(`Inputs at 500 ms or more: ${over(500)}; at 1 s or more: ${over(1000)}. The fifteen slowest:`);
  say();
  say(table(['input', 'format', 'size', 'lint', 'CLI'], rows.slice(0, 15).map((r, i) => [r.name, r.format, `${kb(r.chars).toFixed(0)} KB`, `${ms(r.t)} ms`, i < slowest.length ? `${ms(slowest[i].cli)} ms` : ''])));
  say();
  targets.push({ what: `slowest lint of ${rows.length} pathological inputs under 200 KB (${rows[0].name}, ${rows[0].format})`, target: '< 1 s', measured: `${ms(rows[0].t)} ms`, ok: rows[0].t < 1000 });
  const cliMax = slowest.reduce((m, r) => (r.cli > m.cli ? r : m));
  targets.push({ what: `the CLI on the slowest of them, start-up included (${cliMax.name}, ${cliMax.format})`, target: '< 1 s', measured: `${ms(cliMax.cli)} ms`, ok: cliMax.cli < 1000 });
}

rmSync(work, { recursive: true, force: true });

say(`Load average at the end: ${load()}`);
say();
say('### Targets');
say();
say(table(['what', 'target', 'measured', ''], targets.map((t) => [t.what, t.target, t.measured, t.ok ? 'met' : '**missed**'])));
