// The real-editor scenarios, as data. Two drivers run them:
//   - test/e2e/ui-driver.ts drives code-server (VS Code 1.100.3) in Chromium through the UI (npm run test:e2e);
//   - test/electron/suite.ts runs them in desktop VS Code through the extension API (npm run test:electron).
// Files are in test/e2e/workspace/ (copied to a scratch folder for each run). Every scenario starts from the file as
// committed: drivers revert the file before a scenario.
import { topicById } from '../../engine/topics/index.ts';

/** A place in the document: the start of the first occurrence of `text` (after `after`, when given), plus `offset`. */
export interface Where {
  text: string;
  after?: string;
  /** UTF-16 units from the start of `text`; default 1 (inside it, so hovers and code actions see it). */
  offset?: number;
}

export interface DiagnosticExpectation {
  /** The rule id (Diagnostic.code). */
  rule: string;
  /** Part of the message. */
  message?: RegExp;
  /** 1-based line, as the Problems panel shows it. */
  line?: number;
}

export type Step =
  /** Opens a workspace file in an editor. */
  | { kind: 'open'; file: string }
  /**
   * Check: these diagnostics are shown (entries in the Problems panel; API: languages.getDiagnostics), and not those.
   * `squiggles`: a second check, at least this many squiggles of each severity in the editor's first screen.
   */
  | {
      kind: 'diagnostics';
      present: DiagnosticExpectation[];
      absent?: DiagnosticExpectation[];
      squiggles?: Partial<Record<'error' | 'warning' | 'info', number>>;
      /** Wait this long first, so that an `absent` check is not satisfied merely because the server has not answered yet. */
      settleMs?: number;
    }
  /** Check: the hover at a place shows all these texts, and is laid out as `layout` says. */
  | { kind: 'hover'; at: Where; expect: RegExp[]; layout?: HoverLayout }
  /**
   * Check: the quick-fix menu at a place lists an action matching `action`, which is then applied. `menu`: the menu's
   * items, each matching its pattern, in this order and no others. `then`: what applying it does — edits the document
   * (default), or opens an input box (the next step is `input`). `shot`: the menu's screenshot name.
   */
  | { kind: 'quickFix'; at: Where; action: RegExp; menu?: RegExp[]; then?: 'edits' | 'input'; shot?: string }
  /**
   * Types into the input box an action opened and accepts it (UI driver only: the API cannot type into an input box).
   * `prompt`: what the box says (its title and prompt). `shot`: a screenshot of the box before accepting.
   */
  | { kind: 'input'; text: string; prompt?: RegExp; shot?: string }
  /** Undoes the last edit (one undo step). */
  | { kind: 'undo' }
  /** Saves the document. */
  | { kind: 'save' }
  /** Runs a palette command; `acceptPick` accepts the quick pick it opens as pre-selected; `edits`: it changes the document. */
  | { kind: 'command'; id: string; title: string; acceptPick?: boolean; edits?: boolean }
  /** Types text at the cursor (into the active snippet tab stop, if any), or at a place. */
  | { kind: 'type'; text: string; at?: Where }
  /** Tab (`times` times, default 1): moves to the next snippet tab stop. */
  | { kind: 'nextTabStop'; times?: number }
  /** Check: the document text (saved first) matches / does not match. */
  | { kind: 'text'; expect: RegExp[]; absent?: RegExp[] }
  /**
   * Check (UI driver only: the API has no view of tokens): the TextMate grammar colours these texts differently from
   * the ordinary word `plain` on the same screen.
   */
  | { kind: 'highlighted'; texts: string[]; plain: string }
  /**
   * Check (API driver only: the UI cannot pass arguments to a command): policyLinter.insertSnippet with a document
   * version other than the current one inserts nothing and returns false.
   */
  | { kind: 'staleInsert' }
  /** Grants workspace trust (Workspaces: Manage Workspace Trust > Trust). UI driver only. */
  | { kind: 'grantTrust' }
  /** Check (UI driver only: the API cannot read another extension's status bar item): the status bar shows this. */
  | { kind: 'statusBar'; expect: RegExp }
  /**
   * Opens the coverage view by clicking the status bar item (UI driver) and checks that it lists these items (labels
   * of the tree's rows, in this order; other rows may come between).
   */
  | { kind: 'coverageView'; expect: string[] }
  /**
   * Clicks the coverage view's row labelled `item` (the requirement `requirement`). `cursorAt`: the cursor then sits on
   * that place's line (UI driver only: the API cannot click a tree item). `inserts`: the click inserts the section
   * (the API driver runs the command the row carries).
   */
  | { kind: 'coverageClick'; item: string; requirement: string; cursorAt?: Where; inserts?: boolean }
  /** Check: the outline (document symbols) lists these sections, in this order. */
  | { kind: 'outline'; expect: string[] }
  /**
   * Check (UI driver only): the Problems panel lists exactly these files (paths relative to the workspace, the folder's
   * name first in a multi-root workspace) with these problems (and not those); `noEditors`: with no editor open, so
   * every entry comes from a file that is not open.
   */
  | { kind: 'problems'; files: Array<{ path: string; present: DiagnosticExpectation[]; absent?: DiagnosticExpectation[] }>; noEditors?: boolean }
  /** Check (UI driver only): a notification says this. */
  | { kind: 'notification'; expect: RegExp }
  /**
   * Saves a screenshot under test-results/e2e/<name>.png (UI driver only). `area`: only that part of the window (the
   * status bar strip, with the tooltip of the item under the mouse), else the whole window. `wholeHover`: first drag
   * the open hover's lower edge down until all of it shows, as a reader would (VS Code opens hovers at most 250 px
   * tall, a quarter of the editor's height, and remembers the size a hover was dragged to).
   */
  | { kind: 'screenshot'; name: string; area?: 'statusBar'; wholeHover?: boolean };

/**
 * How a hover is laid out (UI driver; the API driver checks `once` and `noHeading` on the text).
 * What VS Code shows: the messages of the diagnostics under the cursor, then the hover providers' Markdown.
 */
export interface HoverLayout {
  /** Each matches exactly once in the whole hover (nothing is said twice). */
  once?: RegExp[];
  /** The paragraph or list item of the Markdown part that matches each takes one line. */
  oneLine?: RegExp[];
  /** The paragraph or list item that matches each is in view without scrolling the hover. */
  inView?: RegExp[];
  /** The Markdown part takes at most this many lines. */
  maxLines?: number;
  /** The whole hover is no taller than the editor: it fits on one screen. */
  fitsScreen?: boolean;
  /** The Markdown part has no heading. */
  noHeading?: boolean;
}

export interface Scenario {
  name: string;
  file: string;
  steps: Step[];
  /** Run by the UI driver only (a step the API cannot take, such as typing into an input box). */
  uiOnly?: boolean;
}

const FILE = 'privacy-policy.md';
const NOTICE = 'privacy-notice.txt';
const NOTES = 'meeting-notes.md';
const THEME = 'privacy.hbs';
/** A Markdown template: a choice, a "Last Updated" date slot, the same slot four times. */
const TEMPLATE = 'privacy-template.md';
/** A draft with question headings that lacks all four core sections. */
const DRAFT = 'draft-privacy.md';
/** An HTML policy: its sections inside a content <div>, numbered ALL-CAPS questions, a table of contents. */
const HTML = 'privacy.html';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Today's date as "7 December 2026" (or tomorrow's, for a run that crosses midnight). */
const TODAY = new RegExp(
  [0, 1]
    .map((n) => new Date(Date.now() + n * 86_400_000))
    .map((d) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`)
    .join('|'),
);
/** The quick-fix menu's entries for a missing topic saying it does not apply (comment, config file). */
const doesNotApply = (title: string) => [new RegExp(`^${title} does not apply: say why in this file$`), new RegExp(`^${title} does not apply: say why in \\.policy-linter\\.json$`)];
const insert = (title: string) => new RegExp(`^Insert "${title}" section$`);
/** How many tab stops a topic's section template has (from the engine's topic data, so template edits keep this true). */
function tabStops(topic: string): number {
  const body = topicById(topic)?.template.body ?? '';
  return new Set([...body.matchAll(/\$\{?(\d+)/g)].map((m) => m[1]).filter((n) => n !== '0')).size;
}
const TITLE: Where = { text: '# Lumen Notes Privacy Policy', offset: 3 };

export const SCENARIOS: Scenario[] = [
  {
    name: 'diagnostics: squiggles and Problems entries for placeholders and missing sections',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      {
        kind: 'diagnostics',
        present: [
          { rule: 'missing-children', message: /child/i, line: 1 },
          { rule: 'missing-transfers', message: /countr|transfer/i, line: 1 },
          { rule: 'placeholder', message: /YYYY-MM-DD/, line: 3 },
          { rule: 'placeholder', message: /Company Name/, line: 5 },
          { rule: 'placeholder', message: /NOTE|drafting/i, line: 7 },
        ],
        // Covered by "How long we keep your data" and "Contact us".
        absent: [{ rule: 'missing-retention' }, { rule: 'missing-contact' }],
        // Placeholders are errors by default, missing sections warnings (both on the first screen).
        squiggles: { error: 3, warning: 1 },
      },
      { kind: 'screenshot', name: 'problems' },
    ],
  },
  {
    name: 'hover: a placeholder and a missing section explain themselves',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      // The diagnostic's message (VS Code shows it at the top of the hover), then what only the server's hover says:
      // for a placeholder, what kind of leftover it is, in a line or two, nothing said twice, no rule-id heading.
      {
        kind: 'hover',
        at: { text: '[Company Name]' },
        expect: [/Unfilled placeholder “\[Company Name\]”: write the company name here/, /A blank from a template/],
        layout: { once: [/write the company name here/i], maxLines: 2, noHeading: true },
      },
      { kind: 'screenshot', name: 'hover-placeholder' },
      // A missing section: what is missing (once), the checklist in view without scrolling, one line of linked
      // citations, the fix; all of it on one screen.
      {
        kind: 'hover',
        at: TITLE,
        expect: [/No children.s privacy section/, /A good section states/, /Required by\W+COPPA\W[^\n]*\bCCPA\/CPRA\W/, /Insert "Children.s privacy" section/],
        layout: {
          once: [/No children.s privacy section/, /No international-transfers section/],
          oneLine: [/^Required by /],
          inView: [/^A good section states/, /^The minimum age/],
          fitsScreen: true,
          noHeading: true,
        },
      },
      { kind: 'screenshot', name: 'hover-missing-section', wholeHover: true },
    ],
  },
  {
    name: 'quick fix: insert a missing section, then fill its tab stops',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      { kind: 'staleInsert' },
      {
        kind: 'quickFix',
        at: TITLE,
        action: /^Insert "Children.s privacy" section/,
        // Inserts first, then "Insert all", then "does not apply", in words.
        menu: [insert("Children's privacy"), insert('International data transfers'), /^Insert all 2 missing sections$/, ...doesNotApply("Children's privacy"), ...doesNotApply('International data transfers')],
      },
      { kind: 'type', text: 'ALPHA-13' },
      { kind: 'nextTabStop' },
      { kind: 'type', text: 'BRAVO@lumennotes.app' },
      { kind: 'screenshot', name: 'quick-fix-section' },
      {
        kind: 'text',
        // The heading, then the first stop typed over, template text between, then the second stop.
        expect: [/\n#+ Children.s privacy\s*\n[^#]*ALPHA-13\s*\S[^#]*BRAVO@lumennotes\.app/],
        absent: [/\[minimum age\]/],
      },
      { kind: 'diagnostics', present: [{ rule: 'missing-transfers' }], absent: [{ rule: 'missing-children' }] },
    ],
  },
  {
    name: 'quick fix: replace a placeholder and remove a drafting note',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      { kind: 'quickFix', at: { text: '[Company Name]' }, action: /Replace placeholder/ },
      { kind: 'type', text: 'Lumen Labs Ltd' },
      { kind: 'quickFix', at: { text: '[NOTE:' }, action: /Remove drafting note/ },
      { kind: 'text', expect: [/\nLumen Labs Ltd \("we", "us"\) makes/], absent: [/\[Company Name\]/, /\[NOTE:/] },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /YYYY-MM-DD/ }], absent: [{ rule: 'placeholder', message: /Company Name|NOTE|drafting/i }] },
    ],
  },
  {
    name: 'insert all missing sections from the palette, tab stops across both',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      { kind: 'command', id: 'policyLinter.insertSections', title: 'Policy Linter: Insert Missing Sections...', acceptPick: true, edits: true },
      // One snippet for both sections: transfers goes after "Sharing", children before "Contact us".
      { kind: 'type', text: 'CHARLIE' },
      { kind: 'nextTabStop' },
      { kind: 'type', text: 'DELTA' },
      { kind: 'nextTabStop', times: tabStops('transfers') - 1 },
      { kind: 'type', text: 'ECHO-16' },
      { kind: 'screenshot', name: 'insert-all' },
      {
        kind: 'text',
        expect: [
          /\n#+ International transfers of personal data\s*\n[^#]*CHARLIE\s*\S[^#]*DELTA\s*\S[^#]*\n#+ How long/,
          /\n#+ Children.s privacy\s*\n[^#]*under ECHO-16,[^#]*\n#+ Contact us/,
        ],
      },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /YYYY-MM-DD/ }], absent: [{ rule: 'missing-children' }, { rule: 'missing-transfers' }] },
    ],
  },
  {
    name: 'quick fix: "Insert all" in the same menu as the inserts, and today\'s date over an "Effective date" slot',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      { kind: 'quickFix', at: TITLE, action: /^Insert all 2 missing sections$/ },
      { kind: 'screenshot', name: 'quick-fix-insert-all' },
      { kind: 'quickFix', at: { text: 'YYYY-MM-DD' }, action: /^Replace “YYYY-MM-DD” with today's date/ },
      {
        kind: 'text',
        expect: [/\nEffective date: \d{4}-\d{2}-\d{2}\n/, /\n#+ International transfers of personal data\s*\n/, /\n#+ Children.s privacy\s*\n/],
        absent: [/YYYY-MM-DD/],
      },
      { kind: 'diagnostics', present: [], absent: [{ rule: 'missing-children' }, { rule: 'missing-transfers' }, { rule: 'placeholder', message: /YYYY-MM-DD/ }] },
    ],
  },
  {
    name: 'plain text: the grammar highlights placeholders, the server reports them',
    file: NOTICE,
    steps: [
      { kind: 'open', file: NOTICE },
      { kind: 'highlighted', texts: ['[DATE]', '[COMPANY NAME]', 'TODO'], plain: 'handles' },
      {
        kind: 'diagnostics',
        present: [
          { rule: 'missing-children', line: 1 },
          { rule: 'missing-transfers', line: 1 },
          { rule: 'placeholder', message: /\[DATE\]/, line: 3 },
          { rule: 'placeholder', message: /\[COMPANY NAME\]/, line: 5 },
          { rule: 'placeholder', message: /TODO/, line: 17 },
        ],
        absent: [{ rule: 'missing-retention' }, { rule: 'missing-contact' }],
      },
      { kind: 'screenshot', name: 'plain-text' },
    ],
  },
  {
    name: 'a Handlebars page of a site theme: its directives and site data are not reported, a slot for a person is',
    file: THEME,
    steps: [
      { kind: 'open', file: THEME },
      {
        kind: 'diagnostics',
        present: [{ rule: 'placeholder', message: /COMPANY_NAME/, line: 4 }],
        absent: [{ rule: 'placeholder', message: /default|site|post/ }],
        settleMs: 2000,
      },
      { kind: 'hover', at: { text: '{{COMPANY_NAME}}', offset: 3 }, expect: [/Unrendered template variable/, /company name/] },
    ],
  },
  {
    name: 'lint on demand: a file outside the include patterns, linted by "Lint This File"',
    file: NOTES,
    steps: [
      { kind: 'open', file: NOTES },
      { kind: 'diagnostics', present: [], absent: [{ rule: 'placeholder' }, { rule: 'missing-retention' }], settleMs: 3000 },
      { kind: 'command', id: 'policyLinter.lintFile', title: 'Policy Linter: Lint This File' },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /Company Name/, line: 3 }, { rule: 'missing-retention', line: 1 }] },
    ],
  },
  {
    name: 'choice slot: the quick fix offers each alternative, and picking one replaces the slot',
    file: TEMPLATE,
    steps: [
      { kind: 'open', file: TEMPLATE },
      {
        kind: 'quickFix',
        at: { text: '[["website" or "app"]]' },
        action: /^Choose “app”$/,
        // The alternatives first, silencing the rule last.
        menu: [/^Choose “website”$/, /^Choose “app”$/, /^Stop reporting placeholders on this line$/, /^Stop reporting placeholders in this file$/],
        shot: 'quick-fix-choice',
      },
      { kind: 'text', expect: [/\nThis app is run by \[Company Name\], which/], absent: [/\[\["website"/, /choice \(/] },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /Company Name/, line: 7 }], absent: [{ rule: 'placeholder', message: /Unmade choice|website/ }] },
    ],
  },
  {
    name: 'date slot: "**Last Updated:** [Date]" gets today\'s date, written as the document writes dates',
    file: TEMPLATE,
    steps: [
      { kind: 'open', file: TEMPLATE },
      // The document writes "14 February 2023".
      { kind: 'quickFix', at: { text: '[Date]' }, action: new RegExp(`^Replace “\\[Date\\]” with today's date \\((?:${TODAY.source})\\)$`) },
      { kind: 'text', expect: [new RegExp(`\\n\\*\\*Last Updated:\\*\\* (?:${TODAY.source})\\n`)], absent: [/\[Date\]/, /Last Updated:\*\* Date\b/] },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /Company Name/ }], absent: [{ rule: 'placeholder', message: /\[Date\]/ }] },
    ],
  },
  {
    name: 'replace every "[Company Name]": one input, every occurrence, one undo step',
    file: TEMPLATE,
    uiOnly: true,
    steps: [
      { kind: 'open', file: TEMPLATE },
      { kind: 'quickFix', at: { text: '[Company Name]', after: 'is run by' }, action: /^Replace every “\[Company Name\]” in this file \(4\)…$/, then: 'input', shot: 'quick-fix-replace-all' },
      { kind: 'input', text: 'Fernhill Tours Ltd', prompt: /replace every “\[Company Name\]” in this file \(4 places\)[^]*company name/i, shot: 'replace-all' },
      {
        kind: 'text',
        expect: [/^# Privacy Policy for Fernhill Tours Ltd\n/, /is run by Fernhill Tours Ltd, which/, /\nFernhill Tours Ltd collects/, /Write to Fernhill Tours Ltd at/],
        absent: [/\[Company Name\]/],
      },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /\[Date\]/ }], absent: [{ rule: 'placeholder', message: /Company Name/ }] },
      // One undo step brings all four back.
      { kind: 'undo' },
      { kind: 'text', expect: [/^# Privacy Policy for \[Company Name\]\n(?:[^]*\[Company Name\]){3}/], absent: [/Fernhill Tours Ltd/] },
    ],
  },
  {
    name: 'insert all missing sections: the menu\'s order, and each section where it belongs relative to the others',
    file: DRAFT,
    steps: [
      { kind: 'open', file: DRAFT },
      {
        kind: 'quickFix',
        at: { text: '# Brightside Photos Privacy Policy', offset: 3 },
        action: /^Insert all 4 missing sections$/,
        // On a title with four missing topics: the four inserts, "Insert all 4", then "does not apply" in words;
        // no rule ids.
        menu: [
          insert("Children's privacy"),
          insert('Contact details'),
          insert('Data retention'),
          insert('International data transfers'),
          /^Insert all 4 missing sections$/,
          ...doesNotApply("Children's privacy"),
          ...doesNotApply('Contact details'),
          ...doesNotApply('Data retention'),
          ...doesNotApply('International data transfers'),
        ],
        shot: 'quick-fix-menu-four',
      },
      { kind: 'screenshot', name: 'insert-all-four' },
      {
        kind: 'text',
        // Question headings read as what they are about: the sections go before "your rights", "changes" and at the
        // end, and each after the ones it follows (transfers, retention, children, then contact last).
        expect: [
          /\n## Do we share your information\?\n[^#]*\n## International transfers of personal data\n[^#]*\n## How long we keep your information\n[^#]*\n## What are your privacy rights\?\n[^#]*\n## Children's privacy\n[^#]*\n## What if we change this privacy policy\?\n[^#]*\n## How to contact us\n/,
        ],
      },
      { kind: 'diagnostics', present: [], absent: [{ rule: 'missing-children' }, { rule: 'missing-contact' }, { rule: 'missing-retention' }, { rule: 'missing-transfers' }] },
    ],
  },
  {
    name: 'HTML: the section goes inside the element that holds the others, numbered and capitalised like them, with its contents entry',
    file: HTML,
    steps: [
      { kind: 'open', file: HTML },
      { kind: 'diagnostics', present: [{ rule: 'missing-contact', line: 10 }] },
      { kind: 'quickFix', at: { text: 'PRIVACY POLICY', after: '<h1>' }, action: insert('Contact details') },
      { kind: 'screenshot', name: 'html-section' },
      {
        kind: 'text',
        expect: [
          /\n<li><a href="#abroad">5\. IS YOUR INFORMATION TRANSFERRED INTERNATIONALLY\?<\/a><\/li>\n<li><a href="#([\w-]+)">6\. HOW TO CONTACT US<\/a><\/li>\n<\/ul>\n/,
          /\n<p>No\. All data is stored in the United Kingdom[^\n]*<\/p>\n<h2 id="[\w-]+">6\. HOW TO CONTACT US<\/h2>\n(?:<p>[^\n]*<\/p>\n)+<\/div>\n<footer>/,
        ],
      },
      // The new section's slots are reported once the cursor leaves it (client/src/quiet.ts).
      { kind: 'diagnostics', present: [], absent: [{ rule: 'missing-contact' }] },
    ],
  },
  {
    name: 'coverage view and status bar: what the policy covers, and where',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      // Core profile: retention and contact are covered, children and transfers missing.
      { kind: 'statusBar', expect: /Policy: 2\/4/ },
      { kind: 'coverageView', expect: ['Core topics', 'Data retention', 'Contact details', "Children's privacy", 'International data transfers'] },
      { kind: 'screenshot', name: 'coverage-view' },
      { kind: 'coverageClick', item: 'Data retention', requirement: 'retention', cursorAt: { text: 'We keep your account data' } },
      { kind: 'coverageClick', item: "Children's privacy", requirement: 'children', inserts: true },
      { kind: 'text', expect: [/\n#+ Children.s privacy\s*\n[^#]*\n#+ Contact us/] },
      { kind: 'statusBar', expect: /Policy: 3\/4/ },
      { kind: 'screenshot', name: 'status-bar', area: 'statusBar' },
    ],
  },
  {
    name: 'outline: the sections of a plain-text policy',
    file: NOTICE,
    steps: [
      { kind: 'open', file: NOTICE },
      { kind: 'outline', expect: ['WHAT WE COLLECT', 'HOW LONG WE KEEP DATA', 'CONTACT'] },
      { kind: 'screenshot', name: 'outline' },
    ],
  },
];

/**
 * Workspace trust, run by the UI driver in a separate code-server with trust enabled on test/e2e/trust-workspace/,
 * whose .policy-linter.json has a custom placeholder pattern. Restricted Mode: the server lints but does not run the
 * pattern; once trust is granted the client restarts the server, which then reports it.
 */
export const TRUST_SCENARIO: Scenario = {
  name: 'workspace trust: custom patterns run only once the folder is trusted',
  file: FILE,
  steps: [
    { kind: 'open', file: FILE },
    {
      kind: 'diagnostics',
      present: [{ rule: 'placeholder', message: /\[DATE\]/, line: 3 }],
      absent: [{ rule: 'placeholder', message: /booking-system marker/ }],
      settleMs: 2000,
    },
    { kind: 'grantTrust' },
    { kind: 'open', file: FILE },
    {
      kind: 'diagnostics',
      present: [
        { rule: 'placeholder', message: /\[DATE\]/, line: 3 },
        { rule: 'placeholder', message: /booking-system marker/, line: 9 },
      ],
    },
  ],
};

/**
 * A multi-root workspace (test/e2e/multi-root/policies.code-workspace: folders "app" and "site"), run by the UI driver
 * in the same code-server after the scenarios above. "app" has a .policy-linter.json turning missing-transfers off,
 * two policies (one in a subfolder, plain text) and a README that is not one; "site" has one HTML policy, no config
 * file, and `policyLinter.run: "onSave"` in its folder settings.
 */
export const MULTI_ROOT_WORKSPACE = 'policies.code-workspace';
export const MULTI_ROOT_SCENARIOS: Scenario[] = [
  {
    name: 'Lint Workspace: the policies of both folders in Problems, each folder with its own .policy-linter.json',
    file: 'app/privacy-policy.md',
    uiOnly: true,
    steps: [
      { kind: 'command', id: 'policyLinter.lintWorkspace', title: 'Policy Linter: Lint Workspace' },
      {
        kind: 'problems',
        noEditors: true,
        files: [
          // app/.policy-linter.json turns missing-transfers off for the app folder only.
          { path: 'app/privacy-policy.md', present: [{ rule: 'missing-children', line: 1 }, { rule: 'placeholder', message: /\[DATE\]/, line: 3 }], absent: [{ rule: 'missing-transfers' }] },
          { path: 'app/legal/staff-privacy-notice.txt', present: [{ rule: 'missing-children', line: 1 }, { rule: 'placeholder', message: /TBD/, line: 15 }], absent: [{ rule: 'missing-transfers' }] },
          { path: 'site/privacy.html', present: [{ rule: 'missing-transfers', line: 6 }] },
        ],
      },
      { kind: 'notification', expect: /^Policy Linter: 3 policy files linted, 5 problems \(4 files searched; open files are checked as you edit\)\.$/ },
      { kind: 'screenshot', name: 'lint-workspace' },
    ],
  },
  {
    name: 'run: "onSave": an edit is not linted until the file is saved',
    file: 'site/privacy.html',
    uiOnly: true,
    steps: [
      { kind: 'open', file: 'site/privacy.html' },
      { kind: 'diagnostics', present: [{ rule: 'missing-transfers', line: 6 }], absent: [{ rule: 'placeholder' }] },
      { kind: 'type', at: { text: 'Write to privacy@tidewatertasks.app.', offset: 0 }, text: 'TODO: add a postal address. ' },
      // Long enough for an onType lint (debounce 250 ms) to have been published.
      { kind: 'diagnostics', present: [{ rule: 'missing-transfers' }], absent: [{ rule: 'placeholder', message: /TODO/ }], settleMs: 3000 },
      { kind: 'save' },
      { kind: 'diagnostics', present: [{ rule: 'placeholder', message: /TODO/, line: 11 }, { rule: 'missing-transfers' }] },
    ],
  },
];

/**
 * The web build (package.json `browser`: dist/web/client.js, the server and its lints in Web Workers), run by the UI
 * driver in a code-server whose settings put the extension in the browser's web worker extension host
 * (`remote.extensionKind`: web), on test/e2e/workspace.
 */
export const WEB_SCENARIO: Scenario = {
  name: 'web extension host: the browser build lints, explains and fixes',
  file: FILE,
  uiOnly: true,
  steps: [
    { kind: 'open', file: FILE },
    {
      kind: 'diagnostics',
      present: [
        { rule: 'missing-children', line: 1 },
        { rule: 'placeholder', message: /Company Name/, line: 5 },
      ],
      absent: [{ rule: 'missing-retention' }, { rule: 'missing-contact' }],
    },
    { kind: 'hover', at: TITLE, expect: [/No children.s privacy section/, /A good section states/, /Required by\W+COPPA/] },
    { kind: 'screenshot', name: 'web-hover' },
    { kind: 'quickFix', at: TITLE, action: /^Insert "Children.s privacy" section/ },
    { kind: 'text', expect: [/\n#+ Children.s privacy\s*\n[^#]*\n#+ Contact us/] },
    { kind: 'diagnostics', present: [{ rule: 'missing-transfers' }], absent: [{ rule: 'missing-children' }] },
  ],
};

/** Resolves a Where against a text: 0-based line and UTF-16 character. Throws when the text is absent. */
export function locate(text: string, at: Where): { line: number; character: number; offset: number } {
  const from = at.after ? text.indexOf(at.after) : 0;
  const start = from < 0 ? -1 : text.indexOf(at.text, from);
  if (start < 0) throw new Error(`"${at.text}" not found in the document`);
  const offset = start + (at.offset ?? 1);
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  return { line, character: offset - (before.length - before.split(/\r\n|\r|\n/).pop()!.length), offset };
}
