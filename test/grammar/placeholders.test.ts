// Tokenizes sample lines with the contributed placeholder grammar the way VS Code does: the real Markdown grammar
// (VS Code's, as packaged by tm-grammars) with our grammar injected per package.json's contributes.grammars.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
  injectTo?: string[];
}
const contributed: GrammarContribution[] = readJson(join(root, 'package.json')).contributes.grammars;
const PLACEHOLDER = 'text.policy-linter.placeholders';

let registry: textmate.Registry;

before(async () => {
  const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const files = new Map<string, string>(contributed.map((g) => [g.scopeName, join(root, g.path)]));
  files.set('text.html.markdown', require.resolve('tm-grammars/grammars/markdown.json'));
  files.set('text.html.basic', require.resolve('tm-grammars/grammars/html.json'));
  registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    // Grammars the Markdown grammar embeds (fenced code languages, HTML, YAML) are not needed here.
    loadGrammar: async (scopeName) => {
      const file = files.get(scopeName);
      return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => contributed.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
  });
});

/** The placeholder tokens of a document: [text, kind] pairs (kind = the scope's 4th segment). */
async function placeholders(scopeName: string, doc: string): Promise<Array<[string, string]>> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  const found: Array<[string, string]> = [];
  let state = textmate.INITIAL;
  for (const line of doc.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    let open: { text: string; scope: string } | undefined;
    for (const t of r.tokens) {
      const scope = t.scopes.find((s) => s.startsWith('invalid.illegal.placeholder.'));
      const text = line.slice(t.startIndex, t.endIndex);
      if (scope && open?.scope === scope) open.text += text;
      else {
        if (open) found.push([open.text, open.scope.split('.')[3]]);
        open = scope ? { text, scope } : undefined;
      }
    }
    if (open) found.push([open.text, open.scope.split('.')[3]]);
  }
  return found;
}
const md = (doc: string) => placeholders('text.html.markdown', doc);
const texts = async (doc: string) => (await md(doc)).map(([t]) => t);

describe('placeholder grammar', () => {
  it('is injected into Markdown, plain text and HTML per package.json', () => {
    const g = contributed.find((c) => c.scopeName === PLACEHOLDER);
    assert.deepEqual(g?.injectTo, ['text.html.markdown', 'text.plain', 'text.html.basic', 'text.html.derivative']);
    assert.equal(readJson(join(root, g!.path)).scopeName, PLACEHOLDER);
  });

  it('marks slot brackets in capitals and in title case, with their kind', async () => {
    assert.deepEqual(await md('We are [COMPANY NAME] ("[Company Name]"), updated [DATE]; kept [X] years.'), [
      ['[COMPANY NAME]', 'slot'],
      ['[Company Name]', 'slot'],
      ['[DATE]', 'slot'],
      ['[X]', 'slot'],
    ]);
    assert.deepEqual(await texts('Write to [Insert e-mail address] or [your email].'), ['[Insert e-mail address]', '[your email]']);
  });

  it('leaves links, reference links, definitions and footnotes alone', async () => {
    assert.deepEqual(await texts('See [Privacy Policy](https://example.org/p), [Cookie Notice][cookies] and note [1] or [^2].'), []);
    assert.deepEqual(await texts('[Cookie Notice]: https://example.org/cookies'), []);
  });

  it('marks drafting notes, template variables, TODO markers, unfinished dates and e-mail obfuscation', async () => {
    assert.deepEqual(await md('[NOTE: ask legal which regulator applies] and [Drafting note: trim this]'), [
      ['[NOTE: ask legal which regulator applies]', 'drafting-note'],
      ['[Drafting note: trim this]', 'drafting-note'],
    ]);
    assert.deepEqual(await md('Hi {{ COMPANY_NAME }}, {{your_email}}, %{DOMAIN}s, ${EFFECTIVE_DATE}, __EFFECTIVE_DATE__ and <INSERT DATE>.'), [
      ['{{ COMPANY_NAME }}', 'template-variable'],
      ['{{your_email}}', 'template-variable'],
      ['%{DOMAIN}s', 'template-variable'],
      ['${EFFECTIVE_DATE}', 'template-variable'],
      ['__EFFECTIVE_DATE__', 'template-variable'],
      ['<INSERT DATE>', 'template-variable'],
    ]);
    // A generator's data expressions and directives are for the server to judge (a rendered page fills them in).
    assert.deepEqual(await md('Write to {{ site.email }} or {{ company.name }}; {% if eu %}EU{% endif %}; %{domain}s; ${config.mail}.'), []);
    assert.deepEqual(await md('TODO: check. Period TBD; todos are fine.'), [['TODO', 'todo'], ['TBD', 'todo']]);
    assert.deepEqual(await texts('Effective YYYY-MM-DD, revised 2025-01-XX, copyright 20XX; published 2024-05-01.'), ['YYYY-MM-DD', '2025-01-XX', '20XX']);
    assert.deepEqual(await md('Mail [email\u00a0protected] or [email protected].'), [
      ['[email\u00a0protected]', 'email-obfuscation'],
      ['[email protected]', 'email-obfuscation'],
    ]);
    assert.deepEqual(await md('Lorem ipsum dolor sit amet.'), [['Lorem ipsum', 'lorem-ipsum']]);
  });

  it('marks placeholders in HTML text, but not in tags, scripts or comments', async () => {
    const html = (doc: string) => placeholders('text.html.basic', doc);
    assert.deepEqual(await html('<p title="[COMPANY NAME]">We are [COMPANY NAME]. TODO: check.</p>'), [
      ['[COMPANY NAME]', 'slot'],
      ['TODO', 'todo'],
    ]);
    assert.deepEqual(await html('<!-- [NOTE: internal] --><p>Fine.</p>'), []);
  });

  it('marks a blank in a sentence but not a horizontal rule', async () => {
    assert.deepEqual(await md('We keep logs for ____ days.\n\n____\n'), [['____', 'blank']]);
  });

  it('marks placeholders in headings, lists and quotes', async () => {
    assert.deepEqual(await texts('## About [COMPANY]\n\n- Contact: [EMAIL]\n\n> TBD\n'), ['[COMPANY]', '[EMAIL]', 'TBD']);
  });

  it('does not mark code (fenced, indented, inline) or HTML comments', async () => {
    const doc = ['Text [COMPANY] here.', '', '```', 'const x = "[COMPANY]"; // TODO', '```', '', 'Inline `{{ name }}` code.', '', '<!-- TODO: remove -->', '', '    indented [DATE]'];
    assert.deepEqual(await texts(doc.join('\n')), ['[COMPANY]']);
  });

  it('marks placeholders in plain text', async () => {
    assert.deepEqual(await placeholders('text.plain', 'Contact [EMAIL ADDRESS] by YYYY-MM-DD.\nTODO'), [
      ['[EMAIL ADDRESS]', 'slot'],
      ['YYYY-MM-DD', 'unfinished-date'],
      ['TODO', 'todo'],
    ]);
  });
});
