import { lint, parseDocument } from './engine/index.ts';
import { markdownProcessor } from './engine/parse/markdown.ts';
import { detectPlaceholders } from './engine/placeholders/detect.ts';
for (const n of [200, 1600]) {
  const t = 'DRAFT (draft) This is a draft. Replace this text. Note to drafter: x. "we" or "I" OR '.repeat(n);
  let s = performance.now(); markdownProcessor.parse(t); const a = performance.now() - s;
  const d = parseDocument(t, { format: 'markdown' });
  s = performance.now(); detectPlaceholders(t, d.excluded, { patterns: [], allow: [], comments: d.comments }); const e = performance.now() - s;
  s = performance.now(); lint(t, { format: 'markdown' }); const f = performance.now() - s;
  console.log(n, a.toFixed(0), e.toFixed(0), f.toFixed(0));
}
