// Classes of leftover text that were missed (or wrongly reported) on templates and drafts nobody here had read, each in
// several phrasings of our own, decided by the labelling guide (../shared/reference/labelling.md): what a person was
// meant to replace or delete before publishing is a placeholder; a finished policy's own words are not.
import assert from 'node:assert/strict';
import type { LintOptions } from '../types.ts';
import { lint } from '../index.ts';

/** The texts the placeholder rule reports in `text`. */
function flaggedIn(text: string, options: LintOptions = {}): Array<{ start: number; end: number }> {
  return lint(text, { format: 'markdown', ...options }).findings.filter((f) => f.ruleId === 'placeholder').map((f) => f.span);
}

/** A document, the strings in it that must be reported, and the strings that must not be. */
interface Case {
  doc: string;
  reported: string[];
  quiet?: string[];
  options?: LintOptions;
}

function check({ doc, reported, quiet = [], options }: Case): void {
  const spans = flaggedIn(doc, options);
  const covered = (needle: string) => {
    const at = doc.indexOf(needle);
    assert.ok(at >= 0, `test bug: ${needle}`);
    return spans.some((s) => s.start < at + needle.length && at < s.end);
  };
  for (const needle of reported) assert.ok(covered(needle), `${JSON.stringify(needle)} is not reported`);
  for (const needle of quiet) assert.ok(!covered(needle), `${JSON.stringify(needle)} is reported`);
}

const POLICY = (body: string, title = 'Privacy Policy') => `# ${title}\n\nThis policy explains how Northwind Tools handles personal data.\n\n${body}\n`;

const CLASSES: Record<string, Case[]> = {
  'instructions to the author in capitals': [
    { doc: POLICY('Last updated: UPDATE THIS DATE'), reported: ['UPDATE THIS DATE'] },
    { doc: POLICY('This policy is governed by the laws of YOUR JURISDICTION.'), reported: ['YOUR JURISDICTION'] },
    { doc: POLICY('INSERT COMPANY NAME respects your privacy.'), reported: ['INSERT COMPANY NAME'] },
    { doc: POLICY('Questions? Write to ADD YOUR SUPPORT EMAIL HERE.'), reported: ['ADD YOUR SUPPORT EMAIL HERE'] },
    { doc: POLICY('We keep server logs for SPECIFY RETENTION PERIOD.'), reported: ['SPECIFY RETENTION PERIOD'] },
    { doc: POLICY('## Data retention\n\n**DESCRIBE HOW LONG EACH KIND OF DATA IS KEPT**'), reported: ['DESCRIBE HOW LONG EACH KIND OF DATA IS KEPT'] },
    { doc: POLICY('## Third parties\n\n- **MUST BE SPECIFIC:** name every SDK the app embeds.'), reported: ['MUST BE SPECIFIC'] },
    { doc: POLICY('## Analytics\n\n**CRITICAL:** Disclose which analytics vendor receives crash reports.'), reported: ['CRITICAL:'] },
    { doc: POLICY('Our data protection officer is CHANGE ME.'), reported: ['CHANGE ME'] },
    {
      doc: POLICY('## YOUR RIGHTS\n\nPLEASE READ THIS POLICY CAREFULLY.\n\nTHE SERVICE IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND.\n\nIF YOU DO NOT AGREE, DO NOT USE THE SERVICE.\n\n## YOUR CALIFORNIA PRIVACY RIGHTS\n\nIMPORTANT: by using the app you accept these terms.\n\n## CHANGES TO THIS POLICY\n\nWe may update this policy.'),
      reported: [],
      quiet: ['YOUR RIGHTS', 'PLEASE READ THIS POLICY CAREFULLY', 'AS IS', 'DO NOT USE THE SERVICE', 'YOUR CALIFORNIA PRIVACY RIGHTS', 'IMPORTANT', 'CHANGES TO THIS POLICY'],
    },
  ],
  'instruction slots in braces, apart from a generator\'s expressions': [
    { doc: POLICY('{{One-line: describe what the app does}}'), reported: ['{{One-line: describe what the app does}}'] },
    { doc: POLICY('We keep account data for {{ INSERT RETENTION PERIOD }}.'), reported: ['{{ INSERT RETENTION PERIOD }}'] },
    { doc: POLICY('## Legal basis\n\n{{Describe your lawful basis for each purpose here}}'), reported: ['{{Describe your lawful basis for each purpose here}}'] },
    { doc: POLICY('Our DPO can be reached at {{ TODO: add DPO contact }}.'), reported: ['{{ TODO: add DPO contact }}'] },
    {
      doc: `---\nlayout: page\ntitle: Privacy\n---\n\n# Privacy Policy\n\nWrite to {{ site.email }} with questions. Last updated {{ page.last_modified_at | date: "%B %d, %Y" }}.\n\nWe keep logs for {{ INSERT RETENTION PERIOD }}.\n`,
      reported: ['{{ INSERT RETENTION PERIOD }}'],
      quiet: ['{{ site.email }}', '{{ page.last_modified_at'],
    },
  ],
  'notes to the author in drafts, in a chat\'s voice': [
    { doc: POLICY('Note to self: double-check the list of analytics vendors.'), reported: ['Note to self: double-check the list of analytics vendors.'] },
    { doc: POLICY('## Retention\n\nWe keep data for 30 days.\n\nLet me know if you want a shorter version of this section.'), reported: ['Let me know if you want a shorter version of this section.'] },
    { doc: POLICY('Feel free to adjust the retention periods to match your setup.'), reported: ['Feel free to adjust the retention periods to match your setup.'] },
    { doc: POLICY("I've kept the wording close to the GDPR template; tweak it as needed."), reported: ["I've kept the wording close to the GDPR template; tweak it as needed."] },
    { doc: `Here's a draft privacy policy for your app:\n\n# Privacy Policy\n\nWe keep data for 30 days.\n`, reported: ["Here's a draft privacy policy for your app:"] },
    { doc: POLICY('Want me to add a section on cookies as well?'), reported: ['Want me to add a section on cookies as well?'] },
    {
      doc: POLICY('Feel free to contact us with any questions.\n\nLet us know if you have any questions.\n\nPlease let me know if you would like your data deleted.\n\nFeel free to reach out at privacy@northwind.test.'),
      reported: [],
      quiet: ['Feel free to contact us', 'Let us know', 'let me know if you would like', 'Feel free to reach out'],
    },
  ],
  'publishing checklists': [
    {
      doc: POLICY('We keep data for 30 days.\n\n## Before you publish\n\n- [ ] Replace every bracketed field\n- [ ] Add the DPO\'s contact details\n- [ ] Have a lawyer review the policy'),
      reported: ['Replace every bracketed field', "Add the DPO's contact details", 'Have a lawyer review the policy'],
    },
    {
      doc: POLICY('We keep data for 30 days.\n\n## Launch checklist\n\n1. Confirm the hosting region with the infrastructure team.\n2. Link this page from the store listing.'),
      reported: ['Confirm the hosting region', 'Link this page from the store listing'],
    },
    {
      doc: POLICY('## How to delete your data\n\n1. Open Settings.\n2. Tap Delete account.\n3. Confirm the deletion.'),
      reported: [],
      quiet: ['Open Settings', 'Tap Delete account', 'Confirm the deletion'],
    },
  ],
  'slots, to-dos and notes to the author in other languages': [
    { doc: '# Politique de confidentialité\n\n[Nom de la société] traite vos données. Contact : [Adresse e-mail].\n', reported: ['[Nom de la société]', '[Adresse e-mail]'] },
    { doc: '# Politique de confidentialité\n\nDernière mise à jour : [Insérer la date]\n\nDurée de conservation : À COMPLÉTER.\n', reported: ['[Insérer la date]', 'À COMPLÉTER'] },
    { doc: '# Politique de confidentialité\n\nNous conservons les données pendant (à compléter).\n\nRemplacez ce texte par la description de vos traitements.\n', reported: ['(à compléter)', 'Remplacez ce texte par la description de vos traitements.'] },
    { doc: '# Datenschutzerklärung\n\nVerantwortlich ist [Name des Unternehmens], [Anschrift einfügen].\n\nSpeicherdauer: ZU ERGÄNZEN\n', reported: ['[Name des Unternehmens]', '[Anschrift einfügen]', 'ZU ERGÄNZEN'] },
    { doc: '# Datenschutzerklärung\n\nDies ist eine Vorlage und muss vor der Veröffentlichung angepasst werden.\n\nWir speichern Daten 30 Tage.\n', reported: ['Dies ist eine Vorlage und muss vor der Veröffentlichung angepasst werden.'] },
    { doc: '# Política de privacidad\n\n[Nombre de la empresa] es responsable del tratamiento. Plazo: POR DEFINIR.\n\nSustituya este texto por la descripción de su servicio.\n', reported: ['[Nombre de la empresa]', 'POR DEFINIR', 'Sustituya este texto por la descripción de su servicio.'] },
    { doc: '# Política de Privacidade\n\nO controlador é [Nome da empresa], com sede em [inserir endereço].\n\nEste documento é um modelo e deve ser revisado antes da publicação.\n', reported: ['[Nome da empresa]', '[inserir endereço]', 'Este documento é um modelo e deve ser revisado antes da publicação.'] },
    { doc: '# Informativa sulla privacy\n\nIl titolare è [Ragione sociale], [indicare indirizzo]. Conservazione: DA COMPLETARE.\n', reported: ['[Ragione sociale]', '[indicare indirizzo]', 'DA COMPLETARE'] },
    { doc: '# Privacyverklaring\n\n[Bedrijfsnaam] is verantwoordelijk. Bewaartermijn: [nog invullen].\n\nDit is een sjabloon; pas het aan voordat u het publiceert.\n', reported: ['[Bedrijfsnaam]', '[nog invullen]', 'Dit is een sjabloon; pas het aan voordat u het publiceert.'] },
    { doc: '# Политика конфиденциальности\n\nОператор: [Название компании], [указать адрес]. Срок хранения: УТОЧНИТЬ.\n', reported: ['[Название компании]', '[указать адрес]', 'УТОЧНИТЬ'] },
    { doc: '# 隐私政策\n\n运营者：[公司名称]。保存期限：待补充。\n', reported: ['[公司名称]', '待补充'] },
    { doc: '# プライバシーポリシー\n\n事業者名：【会社名】。保存期間：要確認。\n', reported: ['【会社名】', '要確認'] },
    {
      doc: '# Datenschutzerklärung\n\nSie können der Verarbeitung widersprechen. Wir prüfen jede Anfrage. Nach Ablauf der Frist werden die Daten gelöscht.\n\n# Politique de confidentialité\n\nNous conservons les données trois ans. Vous pouvez nous contacter à tout moment.\n',
      reported: [],
      quiet: ['Sie können', 'Wir prüfen', 'Nous conservons', 'Vous pouvez'],
    },
  ],
  'title words, real names in brackets and code constants in a finished policy': [
    { doc: POLICY('We keep data for 30 days. Contact privacy@northwind.test.', 'Privacy Policy Template'), reported: [], quiet: ['Template'] },
    { doc: POLICY('We keep data for 30 days. Contact privacy@northwind.test.', 'Privacy Policy (Draft)'), reported: [], quiet: ['Draft'] },
    { doc: POLICY('The app is published by [Northwind Tools Ltd] and hosted by [Hetzner Online GmbH].'), reported: [], quiet: ['[Northwind Tools Ltd]', '[Hetzner Online GmbH]'] },
    { doc: POLICY('Write to [privacy@northwind.test] with any question.'), reported: [], quiet: ['[privacy@northwind.test]'] },
    { doc: POLICY('The policy text lives in the PRIVACY_POLICY constant and the URL in PRIVACY_POLICY_URL.'), reported: [], quiet: ['PRIVACY_POLICY', 'PRIVACY_POLICY_URL'] },
    // In a document that is visibly a template, the title's word is left over too.
    { doc: POLICY('[Company Name] keeps data for [NUMBER] days.', 'Privacy Policy Template'), reported: ['[Company Name]', '[NUMBER]', 'Template'] },
  ],
};

describe('placeholders: classes of leftover text', () => {
  for (const [name, cases] of Object.entries(CLASSES)) {
    describe(name, () => {
      for (const c of cases) it(c.reported.length ? c.reported.join(' | ') : `quiet: ${c.quiet?.join(' | ')}`, () => check(c));
    });
  }
});
