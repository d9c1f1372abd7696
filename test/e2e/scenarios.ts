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
  /** Check: the hover at a place shows all these texts. */
  | { kind: 'hover'; at: Where; expect: RegExp[] }
  /** Check: the quick-fix menu at a place lists an action matching `action`, which is then applied. */
  | { kind: 'quickFix'; at: Where; action: RegExp }
  /** Runs a palette command; `acceptPick` accepts the quick pick it opens as pre-selected; `edits`: it changes the document. */
  | { kind: 'command'; id: string; title: string; acceptPick?: boolean; edits?: boolean }
  /** Types text at the cursor (into the active snippet tab stop, if any). */
  | { kind: 'type'; text: string }
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
   * Saves a screenshot under test-results/e2e/<name>.png (UI driver only). `area`: only that part of the window (the
   * status bar strip, with the tooltip of the item under the mouse), else the whole window.
   */
  | { kind: 'screenshot'; name: string; area?: 'statusBar' };

export interface Scenario {
  name: string;
  file: string;
  steps: Step[];
}

const FILE = 'privacy-policy.md';
const NOTICE = 'privacy-notice.txt';
const NOTES = 'meeting-notes.md';
const THEME = 'privacy.hbs';
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
      // The diagnostic's message, then what only the server's hover provider says.
      // One or two lines: the kind of slot and what to write there.
      { kind: 'hover', at: { text: '[Company Name]' }, expect: [/Unfilled placeholder/, /Write the company name here/] },
      { kind: 'screenshot', name: 'hover-placeholder' },
      // What is missing, the checklist, one line of linked citations, the fix.
      { kind: 'hover', at: TITLE, expect: [/No children.s privacy section/, /A good section states/, /Required by\W+COPPA/, /Insert "Children.s privacy" section/] },
      { kind: 'screenshot', name: 'hover-missing-section' },
    ],
  },
  {
    name: 'quick fix: insert a missing section, then fill its tab stops',
    file: FILE,
    steps: [
      { kind: 'open', file: FILE },
      { kind: 'staleInsert' },
      { kind: 'quickFix', at: TITLE, action: /^Insert "Children.s privacy" section/ },
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
