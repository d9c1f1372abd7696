// Run by regexp-code.test.ts in a process of its own, with the lint process's V8 flags (--no-regexp-tier-up) and
// --expose-gc: lints one generated policy, then eleven more (plain text, Markdown and HTML; ASCII-only and with
// typographic quotes), and prints the code V8 holds after each step (MB, after a full collection) as JSON.
import { getHeapSpaceStatistics } from 'node:v8';
import { lint } from '../../engine/index.ts';
import { generateCorpus } from '../../bench/generate.ts';

const code = () => {
  (globalThis as { gc: () => void }).gc();
  return getHeapSpaceStatistics().filter((s) => s.space_name.startsWith('code')).reduce((n, s) => n + s.space_used_size, 0) / 2 ** 20;
};
const docs = generateCorpus(50, 12, 30_000);
lint(docs[0].text, { format: docs[0].format });
const one = code();
for (const d of docs.slice(1)) lint(d.text, { format: d.format });
const oneByte = docs.filter((d) => !/[^\x00-\xff]/.test(d.text)).length;
process.stdout.write(JSON.stringify({ one, all: code(), oneByte }));
