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

const TEMPLATE = (body: string) => POLICY(`[Company Name] keeps server logs for [NUMBER] days.\n\n${body}`);
const HTML = { format: 'html' } as const;

const CLASSES: Record<string, Case[]> = {
  // A template that offers alternative texts labels each one; the label is left over whichever is kept. Japanese
  // templates name their examples hoge, fuga and piyo as English ones say example.
  'labels of alternative texts, and Japanese example names': [
    { doc: TEMPLATE('**Option A — No data collection:**\n\nWe collect nothing.\n\n**Option B — Some data access:**\n\nWe read your bookmarks.'), reported: ['**Option A — No data collection:**', '**Option B — Some data access:**'] },
    { doc: TEMPLATE('Option A - Services not meant for children:\n\nThe service is not for children.'), reported: ['Option A - Services not meant for children:'] },
    { doc: TEMPLATE('- Option 1: if you sell online:\n- Option 2: if you only run a blog:'), reported: ['Option 1: if you sell online:', 'Option 2: if you only run a blog:'] },
    { doc: TEMPLATE('> Alternative B (for apps with accounts):\n\nWe keep your profile.'), reported: ['Alternative B (for apps with accounts):'] },
    { doc: TEMPLATE('__Variant C — research projects:__\n\nSurvey answers are anonymised.'), reported: ['__Variant C — research projects:__'] },
    { doc: POLICY('Option 1: the free plan keeps no history. Write to privacy@northwind.test.'), reported: [], quiet: ['Option 1: the free plan keeps no history.'] },
    { doc: TEMPLATE('You can choose option A: delete everything, or keep your drafts.'), reported: [], quiet: ['option A: delete everything'] },
    { doc: POLICY('お問い合わせ: info@hogehoge.jp までご連絡ください。'), reported: ['info@hogehoge.jp'] },
    { doc: POLICY('Web: https://meeting2021.hogehoge.hoge/'), reported: ['meeting2021.hogehoge.hoge'] },
    { doc: POLICY('Write to admin@fuga.com or visit piyo.net.'), reported: ['admin@fuga.com', 'piyo.net'] },
    { doc: POLICY('Our partner Hogetsu Ltd. hosts the site at hogetsu.co.jp.'), reported: [], quiet: ['hogetsu.co.jp'] },
  ],
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
    // A title that calls the document a draft says it is unfinished by itself (the guide: visible drafting banners).
    { doc: POLICY('We keep data for 30 days. Contact privacy@northwind.test.', 'Privacy Policy (Draft)'), reported: ['(Draft)'] },
    { doc: POLICY('The app is published by [Northwind Tools Ltd] and hosted by [Hetzner Online GmbH].'), reported: [], quiet: ['[Northwind Tools Ltd]', '[Hetzner Online GmbH]'] },
    { doc: POLICY('Write to [privacy@northwind.test] with any question.'), reported: [], quiet: ['[privacy@northwind.test]'] },
    { doc: POLICY('The policy text lives in the PRIVACY_POLICY constant and the URL in PRIVACY_POLICY_URL.'), reported: [], quiet: ['PRIVACY_POLICY', 'PRIVACY_POLICY_URL'] },
    // In a document that is visibly a template, the title's word is left over too.
    { doc: POLICY('[Company Name] keeps data for [NUMBER] days.', 'Privacy Policy Template'), reported: ['[Company Name]', '[NUMBER]', 'Template'] },
  ],
  'what a section is still to say': [
    { doc: POLICY('## Who we are\n\nThis section should include: the controller, its address and the DPO.'), reported: ['This section should include: the controller, its address and the DPO.'] },
    { doc: POLICY('## Transfers\n\nThis paragraph must describe the safeguards used for each transfer.'), reported: ['This paragraph must describe the safeguards'] },
    { doc: POLICY('## Processors\n\nThe section needs to list every processor and the country it works from.'), reported: ['The section needs to list every processor'] },
    { doc: POLICY('## Retention\n\nThis part should explain how long each kind of data is kept.'), reported: ['This part should explain how long'] },
    { doc: POLICY('## Children\n\nHere, provide details on how parents can reach you. We do not knowingly collect data from children.'), reported: ['Here, provide details on how parents can reach you.'], quiet: ['We do not knowingly collect data'] },
    { doc: POLICY('## Legal basis\n\nIn this section, describe the legal basis for each purpose.'), reported: ['In this section, describe the legal basis'] },
    { doc: POLICY('## Cookies\n\nHere: list the cookies the site sets and what each one does.'), reported: ['Here: list the cookies'] },
    // A finished policy's own signposts.
    {
      doc: POLICY('This section explains how we use your data. This section should be read together with our Cookie Notice. Here you can provide feedback about the app. In this section, we describe the rights you have. This section will explain what happens to your data. Here, provide us with your order number so we can find your request.'),
      reported: [],
      quiet: ['This section explains', 'should be read together', 'Here you can provide', 'In this section, we describe', 'This section will explain', 'Here, provide us'],
    },
  ],
  'filler text that talks about filler': [
    {
      doc: '<h1>Privacy</h1>\n<p>Readers notice the layout of a page before its words. Using Lorem Ipsum keeps their eyes on the design.</p>\n<p>We keep logs for 30 days.</p>\n',
      options: HTML,
      reported: ['Readers notice the layout of a page before its words.', 'keeps their eyes on the design'],
      quiet: ['We keep logs for 30 days.'],
    },
    { doc: POLICY('Designers have relied on Lorem Ipsum for decades. It fills a page without distracting anyone who reads it.'), reported: ['Designers have relied', 'It fills a page without distracting anyone'] },
    {
      // The items between two that name it belong to the same passage.
      doc: POLICY('- Lorem Ipsum comes from a Latin treatise on ethics and has been reused for centuries.\n- It was printed on transfer sheets and later in page layout software.\n- Many editors still ship Lorem Ipsum as their default sample text for new pages.'),
      reported: ['Lorem Ipsum comes from', 'It was printed on transfer sheets', 'Many editors still ship'],
    },
    {
      doc: '<h1>Privacy</h1>\n<ul><li>Every Lorem Ipsum generator repeats the same chunks as it needs them.</li>\n<li>Each one uses a dictionary of Latin words to build sentences.</li>\n<li>The generated Lorem Ipsum never repeats, and never sounds like English.</li></ul>\n',
      options: HTML,
      reported: ['Every Lorem Ipsum generator', 'Each one uses a dictionary of Latin words', 'The generated Lorem Ipsum never repeats'],
    },
    { doc: POLICY('Designers like Lorem Ipsum because it reads like nothing at all on a page.'), reported: ['Designers like Lorem Ipsum because it reads like nothing'] },
    // An instruction that names the filler is not itself filler (the phrase is reported); a heading stops the passage.
    { doc: POLICY('Our designers replaced the lorem ipsum in the mock-ups with this notice.'), reported: ['lorem ipsum'], quiet: ['Our designers'] },
    { doc: POLICY('## Lorem Ipsum\n\nWe keep logs for 30 days.'), reported: ['Lorem Ipsum'], quiet: ['We keep logs for 30 days.'] },
    {
      doc: '<h1>Privacy</h1>\n<p>Lorem Ipsum is the filler text used by designers everywhere.</p>\n<h2>Retention</h2>\n<p>We keep logs for 30 days.</p>\n<p>Lorem Ipsum is also the name of the filler in most page editors.</p>\n',
      options: HTML,
      reported: ['used by designers everywhere', 'also the name of the filler'],
      quiet: ['We keep logs for 30 days.'],
    },
  ],
  'drafting notes and instructions in other languages': [
    { doc: POLICY('## Analyse\n\nWenn Sie Analyse-Tools einsetzen, beschreiben Sie hier:\n\n- Anbieter und Werkzeug\n- Zweck der Auswertung\n\n## Kontakt\n\nWir sind erreichbar.'), reported: ['beschreiben Sie hier:', 'Anbieter und Werkzeug', 'Zweck der Auswertung'], quiet: ['Wir sind erreichbar.'] },
    { doc: POLICY('Bitte ergänzen Sie je eingebundenem Dienst den Anbieter und die Rechtsgrundlage.'), reported: ['Bitte ergänzen Sie je eingebundenem Dienst'] },
    { doc: POLICY('Wenn Sie keinen Newsletter versenden: Abschnitt entfernen.'), reported: ['Abschnitt entfernen'] },
    { doc: POLICY('Hinweis: Diese Vorlage ersetzt keine Rechtsberatung.'), reported: ['Diese Vorlage ersetzt keine Rechtsberatung'] },
    { doc: POLICY('**Platzhalter für den Abschnitt über Cookies.** Bitte füllen Sie diesen Bereich aus. Dazu gehören:\n\n- Name des Anbieters\n- Speicherdauer'), reported: ['Platzhalter für den Abschnitt', 'Bitte füllen Sie diesen Bereich aus', 'Name des Anbieters', 'Speicherdauer'] },
    { doc: POLICY('Telefon: 030 1234567 (bitte konkret angeben)'), reported: ['(bitte konkret angeben)'], quiet: ['030 1234567'] },
    { doc: POLICY('- Обязательно укажите реальные данные оператора (ИП или ООО).\n- Если используете рекламу — добавьте пункт о рекламных сетях.'), reported: ['укажите реальные данные', 'добавьте пункт о рекламных сетях'] },
    { doc: POLICY('Fecha de entrada en vigor: completar antes de publicar.'), reported: ['completar antes de publicar'] },
    { doc: POLICY('Dokumen ini adalah draft dan harus dilengkapi sebelum rilis.'), reported: ['Dokumen ini adalah draft'] },
    { doc: POLICY('> **注意**: このドラフトは法務レビュー前の第2稿です。\n\nステータス: **ドラフト（法務レビュー前）**'), reported: ['このドラフトは法務レビュー前の第2稿です。', 'ドラフト（法務レビュー前）'] },
    { doc: POLICY('- Matomo (nur falls genutzt)\n- Hotjar (si implementado)\n- Local storage (if used)\n- Data Protection Officer (falls bestellt)'), reported: ['(nur falls genutzt)', '(si implementado)', '(if used)', '(falls bestellt)'] },
    // The reader's instructions, data categories and ordinary words stay quiet.
    {
      doc: POLICY('Beschreiben Sie hier Ihr Anliegen so genau wie möglich. Bitte füllen Sie das Kontaktformular aus. Bitte ergänzen Sie Ihre Angaben im Profil. Wir speichern Ihre Telefonnummer (falls vorhanden). Die Vorlage eines Ausweises kann verlangt werden.\n\nУкажите в запросе ваше имя и адрес электронной почты.\n\nRevisamos los comentarios antes de publicarlos.\n\nWe store your e-mail address (if provided) and send digests (if configured).'),
      reported: [],
      quiet: ['Beschreiben Sie hier', 'Bitte füllen Sie', 'Bitte ergänzen Sie', '(falls vorhanden)', 'Die Vorlage', 'Укажите в запросе', 'antes de publicarlos', '(if provided)', '(if configured)'],
    },
  ],
  "a generator's words to its user, and choices left in capitals": [
    { doc: POLICY('Unless you ask us for a review, the generated document is information only.'), reported: ['the generated document is information only'] },
    {
      // The rest of its paragraph is the generator's too; the next paragraph is the policy's.
      doc: POLICY("Le présent outil est mis à votre disposition gratuitement. L'outil se base sur l'analyse du cabinet.\nVous restez seul responsable des adaptations.\n\nNous conservons les journaux 30 jours."),
      reported: ['Le présent outil est mis à votre disposition gratuitement.', "L'outil se base sur", 'Vous restez seul responsable'],
      quiet: ['Nous conservons les journaux'],
    },
    { doc: POLICY('Salvo revisión, el documento generado es solo informativo.'), reported: ['el documento generado es solo informativo'] },
    { doc: POLICY("Vous pouvez supprimer votre compte par simple demande à l'Éditeur OU par le menu du compte."), reported: ['OU'] },
    { doc: POLICY('Sie können Ihr Konto per E-Mail ODER im Menü des Kontos löschen.'), reported: ['ODER'] },
    // A policy saying how it was made, and capitals of a heading or an abbreviation, stay quiet.
    { doc: POLICY('This policy was generated with a free tool and reviewed by our counsel. We review the generated reports monthly.\n\n## DROITS OU RECOURS\n\nLe service OU-Connect est fourni par nous.'), reported: [], quiet: ['generated with', 'generated reports', 'DROITS OU', 'OU-Connect'] },
  ],
  'slot labels of other languages': [
    { doc: POLICY('Última actualización: [fecha de actualización]. Escríbenos a [correo de contacto].'), reported: ['[fecha de actualización]', '[correo de contacto]'] },
    { doc: POLICY('《【游戏名称】隐私政策》适用于本游戏。如有疑问，请发送邮件至【客服邮箱】。'), reported: ['【游戏名称】', '【客服邮箱】'] },
    { doc: POLICY('本社所在地：【本社住所】\n\n連絡先：【担当者メールアドレス】'), reported: ['【本社住所】', '【担当者メールアドレス】'] },
    { doc: POLICY('【重要】您可以在【设置】-【应用权限】中关闭权限。'), reported: [], quiet: ['【重要】', '【设置】', '【应用权限】'] },
  ],
  'example contact details, in links too': [
    { doc: POLICY('Questions? [Write to us](mailto:privacy@example.com).'), reported: ['privacy@example.com'] },
    { doc: '<h1>Privacy</h1>\n<p>Use <a href="https://example.org/privacy-request">our request form</a>.</p>\n', options: HTML, reported: ['example.org/privacy-request'] },
    { doc: POLICY('Call [(999) 999-9999](tel:9999999999) or 1588-0000, or fax 02-000-0000.'), reported: ['(999) 999-9999', '9999999999', '1588-0000', '02-000-0000'] },
    { doc: POLICY('[Write to us](mailto:privacy@northwind.test) or call +49 30 1234 0000 or 1588-1234.'), reported: [], quiet: ['privacy@northwind.test', '1234 0000', '1588-1234'] },
    // An example company name counts only where the text says it is one.
    { doc: POLICY('Contact us at privacy@example.com. Acme Corporation runs this site.'), reported: ['privacy@example.com'], quiet: ['Acme Corporation'] },
    { doc: POLICY('The operator (for example, Acme Corp) processes your data.'), reported: ['Acme Corp'] },
  ],
  'a note about the slot before it': [
    { doc: POLICY('**Email:** [jane.doe@gmail.com]  \n*(Please replace this with your actual support email)*'), reported: ['[jane.doe@gmail.com]', '(Please replace this with your actual support email)'] },
    { doc: POLICY('Support: [help@northwind.test] (replace this with your real address)'), reported: ['[help@northwind.test]', '(replace this with your real address)'] },
    { doc: POLICY('The site will live at a public URL (northwind.app or similar).'), reported: ['(northwind.app or similar)'] },
    { doc: POLICY('We use an analytics tool (Matomo or similar) and [write to us](mailto:a@northwind.test) (we reply within a week).'), reported: [], quiet: ['(Matomo or similar)', '(we reply within a week)'] },
  ],
  'checklists and open decisions of a draft': [
    { doc: POLICY('We keep logs for 30 days.\n\n## Release Checklist\n\n| Status | Item |\n| --- | --- |\n| ☐ | Add the hosted policy URL. |\n| ✅ | Confirm the deletion flow. |'), reported: ['Add the hosted policy URL.'], quiet: ['We keep logs for 30 days.'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## 📋 CHECKLIST LEGAL\n\nAl implementar el seguimiento, asegúrate de:\n\n- pedir el consentimiento\n\n### Herramientas recomendadas:\n\n- Cookiebot'), reported: ['asegúrate de', 'Herramientas recomendadas', 'Cookiebot'] },
    { doc: POLICY('A public policy URL must be published before Google Play submission.'), reported: ['A public policy URL must be published before Google Play submission.'] },
    { doc: POLICY('A retention schedule is not yet finalized and must be reviewed before publication.'), reported: ['A retention schedule is not yet finalized'] },
    { doc: POLICY('We test every build before release. Apps are checked by the store before publication of each update.'), reported: [], quiet: ['We test every build', 'Apps are checked'] },
    { doc: POLICY('We keep logs for 30 days.\n\nActies\n------\n\n* Bespreken met de jurist\n* Leeftijdscheck inrichten'), reported: ['Bespreken met de jurist', 'Leeftijdscheck inrichten'], quiet: ['We keep logs'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## Open items\n\n- Decide the backup period.'), reported: ['Decide the backup period.'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## Offene Punkte\n\n- Auftragsverarbeitung prüfen'), reported: ['Auftragsverarbeitung prüfen'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## Actions you can take\n\n- Delete your account in the settings.\n\n## Open source\n\n- The code is public.'), reported: [], quiet: ['Delete your account', 'The code is public.'] },
  ],
  'menu paths, list labels and front matter are not slots': [
    { doc: POLICY('To stop syncing, open Settings → [Your Name] → iCloud → Apps.\n\nTo sign out: iOS Settings → [Your Name]\n  → Sign in with Apple.'), reported: [], quiet: ['[Your Name]'] },
    { doc: TEMPLATE('Open Settings > [Account] > Privacy to change it.'), reported: ['[Company Name]'], quiet: ['[Account]'] },
    { doc: TEMPLATE('Write to [Your Name] at the address below.'), reported: ['[Your Name]'] },
    { doc: `---\ntitle: Privacy\ntags: [privacy, legal]\nauthors: [Company Name]\n---\n${TEMPLATE('We keep data.')}`, reported: ['[NUMBER]'], quiet: ['[privacy, legal]', '[Company Name]\n'] },
    { doc: TEMPLATE('**[필수 정보]**\n- 이메일, 비밀번호\n\n**[Required data]**\n\n- e-mail address'), reported: ['[NUMBER]'], quiet: ['[필수 정보]', '[Required data]'] },
    { doc: TEMPLATE('**[Hosting provider]** stores the data.'), reported: ['[Hosting provider]'] },
  ],
  // ---- classes seen on the third blind set (test3) and fresh notations written before looking at the output
  'a stand-in party name where the company belongs': [
    { doc: POLICY('### What we collect\n\nOur Company collects the following data:'), reported: ['Our Company'] },
    { doc: POLICY('You have the right to request Our Company for copies of your data.'), reported: ['Our Company'] },
    { doc: POLICY('The Our Company website contains links to other websites.'), reported: ['Our Company'] },
    { doc: POLICY('If you feel that Your Business has not addressed your concern, complain to the authority.'), reported: ['Your Business'] },
    { doc: POLICY('Your Organization keeps this policy under regular review.'), reported: ['Your Organization'] },
    { doc: POLICY('Questions about Our Company’s privacy policy go to the team.'), reported: ['Our Company’s'] },
    { doc: POLICY('### Our Company collects the following data:\n\n* **Functionality** – Our Company uses these cookies to remember you.'), reported: ['### Our Company collects', '– Our Company uses'] },
    { doc: POLICY(`${'We collect the device type, the browser, the operating system and the approximate location of a visitor. '.repeat(3)}Our Company sometimes shares it.`), reported: ['Our Company sometimes'] },
    {
      doc: POLICY('## Our Company\n\nAbout Our Company | Careers | Press\n\n# Our Company Values Privacy\n\nour company collects little data. Read the Our Company Blog for news.'),
      reported: [],
      quiet: ['## Our Company', 'About Our Company', 'Our Company Values', 'our company collects', 'Our Company Blog'],
    },
  ],
  'text highlighted for the drafter, and tags inside a bracketed slot': [
    { doc: TEMPLATE('Email us at [<mark>EMAIL</mark>] or call [<mark>NUMBER</mark>].'), reported: ['[<mark>EMAIL</mark>]', '[<mark>NUMBER</mark>]'] },
    { doc: POLICY('[<mark>Full Company Name</mark>] provides the service, and [<b>Company Name</b>] runs it.'), reported: ['[<mark>Full Company Name</mark>]', '[<b>Company Name</b>]'] },
    { doc: TEMPLATE('We share data <mark>to facilitate the provision of the Service</mark> with vendors.'), reported: ['to facilitate the provision of the Service'] },
    { doc: TEMPLATE('<mark>In this section we describe the choices available to all users</mark>.'), reported: ['In this section we describe'] },
    { doc: TEMPLATE('Privacy settings let you control [ADD] and [SPECIFY].'), reported: ['[ADD]', '[SPECIFY]'] },
    { doc: POLICY('Search results show the term <mark>privacy</mark> highlighted. Press [edit] to change it.'), reported: [], quiet: ['privacy</mark>', '[edit]'] },
  ],
  'single-word and Title Case slots in angle brackets': [
    { doc: POLICY('This policy is effective from <date>.'), reported: ['<date>'] },
    { doc: POLICY('The app is run by <Company>, reachable at <email>.'), reported: ['<Company>', '<email>'] },
    { doc: POLICY('Write to <Company Name> at <Your Email>.'), reported: ['<Company Name>', '<Your Email>'] },
    { doc: '<p>The app is run by &lt;Company&gt; from &lt;country&gt;.</p>', options: HTML, reported: ['&lt;Company&gt;', '&lt;country&gt;'] },
    { doc: POLICY('Our office is at <address>Main Street 1, Springfield</address>.<br>Call <b>us</b> any time.'), reported: [], quiet: ['<address>', '<br>', '<b>'] },
  ],
  'a slot that says to write something here': [
    { doc: POLICY('- Address: Your Address Here\n- Website: Company Website Here'), reported: ['Your Address Here', 'Company Website Here'] },
    { doc: POLICY('Send requests to Your Email Here.'), reported: ['Your Email Here'] },
    { doc: POLICY('Phone: your phone number here'), reported: ['your phone number here'] },
    { doc: '<ul><li>Address: Your Address Here</li></ul>', options: HTML, reported: ['Your Address Here'] },
    { doc: POLICY('Click Here to opt out. Start Here if you are new. You Are Here: Privacy. We keep your address here in the EU.'), reported: [], quiet: ['Click Here', 'Start Here', 'You Are Here', 'your address here'] },
  ],
  'a Title Case bracket that names what it asks for': [
    { doc: POLICY('We use your information to operate [Bot Name].'), reported: ['[Bot Name]'] },
    { doc: POLICY('Your continued use of [Game Title Name] means you accept it.'), reported: ['[Game Title Name]'] },
    { doc: POLICY('Join [Server Name] to talk to us, or write to [Project Email].'), reported: ['[Server Name]', '[Project Email]'] },
    { doc: POLICY('Scores are shown on [Team Website] after each match ([Event Date]).'), reported: ['[Team Website]', '[Event Date]'] },
    { doc: POLICY('See [Privacy Policy] and [Terms of Service]; in the app open Settings → [Display Name] → Edit.'), reported: [], quiet: ['[Privacy Policy]', '[Terms of Service]', '[Display Name]'] },
  ],
  'slots in other languages, with their guidance': [
    { doc: POLICY('**עדכון אחרון:** [תאריך הפרסום]'), reported: ['[תאריך הפרסום]'] },
    { doc: POLICY('האפליקציה מנוהלת על ידי [שם המנהל — לדוגמה: דנה כהן].'), reported: ['[שם המנהל — לדוגמה: דנה כהן]'] },
    { doc: POLICY('דוא"ל: [privacy@northwind.co.il או כתובת ייעודית]\n[טלפון — אופציונלי]'), reported: ['[privacy@northwind.co.il או כתובת ייעודית]', '[טלפון — אופציונלי]'] },
    { doc: POLICY('El responsable es [Nombre del proyecto] (p. ej. [Nombre legal — p. ej.: Northwind SL]).'), reported: ['[Nombre del proyecto]', '[Nombre legal — p. ej.: Northwind SL]'] },
    { doc: POLICY('Verantwortlich ist [Firma — optional mit Rechtsform] und [Telefon – optional].'), reported: ['[Firma — optional mit Rechtsform]', '[Telefon – optional]'] },
    { doc: POLICY('Siehe [Art. 6 DSGVO] und [GDPR] sowie [1].'), reported: [], quiet: ['[Art. 6 DSGVO]', '[GDPR]', '[1]'] },
  ],
  'a template\'s e-mail on its domain slot': [
    { doc: '<p>Contact <a href="mailto:hello@{{DOMAIN}}">hello@{{DOMAIN}}</a>.</p>', options: HTML, reported: ['hello@{{DOMAIN}}</a>'] },
    { doc: POLICY('Write to privacy@{{ COMPANY_DOMAIN }} or support@{{SITE_DOMAIN}}.'), reported: ['{{ COMPANY_DOMAIN }}', '{{SITE_DOMAIN}}'] },
  ],
  'code in a page\'s script or style is not prose': [
    { doc: POLICY('Write to us.\n\n<script>\nconst user = "team";\n\nconst mail = `${user}@${domain}`;\n</script>\n\n<style>\n.x::after { content: "[COMPANY NAME]"; }\n</style>'), reported: [], quiet: ['${user}', '${domain}', '[COMPANY NAME]'] },
  ],
  'notes that the document is not legal advice, or must be checked by a lawyer': [
    { doc: POLICY('Not legal advice — adapt with counsel if needed.\n\nWe keep logs for 30 days.'), reported: ['Not legal advice — adapt with counsel if needed.'], quiet: ['We keep logs'] },
    { doc: TEMPLATE('Consult with qualified legal counsel to ensure compliance with applicable laws.'), reported: ['Consult with qualified legal counsel'] },
    { doc: POLICY('Não é aconselhamento jurídico — adapta com apoio legal se necessário.'), reported: ['Não é aconselhamento jurídico'] },
    { doc: POLICY('> **Borrador de trabajo — no es asesoramiento legal.** Revísalo con un abogado antes de publicar.'), reported: ['Borrador de trabajo', 'Revísalo con un abogado antes de publicar.'] },
    { doc: POLICY('Für eine rechtssichere Erklärung empfehlen wir die Prüfung durch einen Rechtsanwalt.'), reported: ['empfehlen wir die Prüfung durch einen Rechtsanwalt'] },
    { doc: POLICY('מסמך זה הוא טיוטה ואינו מהווה ייעוץ משפטי.'), reported: ['מסמך זה הוא טיוטה'] },
    { doc: POLICY('Nothing on this website constitutes legal advice. If you have questions about your rights, you may consult a lawyer of your choice.'), reported: [], quiet: ['Nothing on this website', 'consult a lawyer'] },
  ],
  'before publishing, in other languages': [
    { doc: POLICY('Перед публикацией проверьте реквизиты компании у юриста.'), reported: ['Перед публикацией проверьте'] },
    { doc: POLICY('Avant publication, complétez les coordonnées du responsable.'), reported: ['Avant publication, complétez'] },
    { doc: POLICY('Vor der Veröffentlichung die Angaben zum Hosting ergänzen.'), reported: ['Vor der Veröffentlichung'] },
    { doc: POLICY('Prima della pubblicazione, verificare i dati con un avvocato.'), reported: ['Prima della pubblicazione'] },
    { doc: POLICY('מומלץ שעורך דין יעבור על הנוסח לפני פרסום.'), reported: ['לפני פרסום'] },
    { doc: POLICY('Los comentarios se moderan antes de publicar. Les avis sont vérifiés avant publication.'), reported: [], quiet: ['Los comentarios', 'Les avis'] },
  ],
  'instructions to whoever adopts the template': [
    { doc: POLICY('Adjust the legal bases with counsel if your instance serves a company.'), reported: ['Adjust the legal bases with counsel'] },
    { doc: POLICY('Describe your concrete policy here (e.g. deletion within 30 days of a request).'), reported: ['Describe your concrete policy'] },
    { doc: POLICY('**Account deletion:** document your process (e.g. which records are removed). The app has no delete button yet.'), reported: ['document your process'], quiet: ['The app has no delete button'] },
    { doc: TEMPLATE('See your Firebase project documentation for the region.'), reported: ['See your Firebase project documentation'] },
    { doc: TEMPLATE('See your Firebase / Google Cloud project documentation.'), reported: ['See your Firebase / Google Cloud project documentation.'] },
    { doc: POLICY('To turn telemetry off, configure your instance with the setting below. See your deployment guide for backups.'), reported: [], quiet: ['configure your instance', 'See your deployment guide'] },
    { doc: TEMPLATE('> **Hosting Note:** Ensure your hosting platform is configured to enforce HTTPS.'), reported: ['Ensure your hosting platform is configured'] },
    { doc: POLICY('Ajusta as bases legais com o teu consultor se a instância for empresarial.'), reported: ['Ajusta as bases legais com o teu consultor'] },
    { doc: POLICY('Remove rows for any module you disabled in the configuration.'), reported: ['Remove rows for any module'] },
    { doc: TEMPLATE('> **Canadian Organisations:** If residency is required, ensure your hosting platform stores data in Canada.\n\n> **Note:** Retention periods should align with your organisation\'s record retention policy.'), reported: ['If residency is required', 'Retention periods should align'] },
    { doc: TEMPLATE('> **Note:** You can change your cookie settings at any time.'), reported: [], quiet: ['You can change your cookie settings'] },
    { doc: POLICY('> **Note:** If you self-host, your instance keeps all data on your own server.'), reported: [], quiet: ['If you self-host'] },
    { doc: TEMPLATE('Logs are kept as configured (recommended: define and document). Location data is read when you allow (our mobile application/the Service) or (the app/our website).'), reported: ['(recommended: define and document)', '(our mobile application/the Service)', '(the app/our website)'] },
    { doc: TEMPLATE('The app runs on phones (iOS/Android) and shares data with partners (and/or vendors), hosted (Firebase/Google Cloud) in a database (EU-hosted database/infrastructure) for customers (bei Kunden-/Vertragsbezug).'), reported: ['[NUMBER]'], quiet: ['(iOS/Android)', '(and/or vendors)', '(Firebase/Google Cloud)', '(EU-hosted database/infrastructure)', '(bei Kunden-/Vertragsbezug)'] },
    { doc: POLICY('Use a strong password (recommended: 12 characters). Location data (precise location/approximate location) is optional.'), reported: [], quiet: ['(recommended: 12 characters)', '(precise location/approximate location)'] },
    {
      doc: POLICY('Ensure your password is strong. Review your privacy settings in the app. Check your browser settings to block cookies. See your device documentation. Contact your organisation\'s administrator to exercise your rights.'),
      reported: [],
      quiet: ['Ensure your password', 'Review your privacy settings', 'Check your browser', 'See your device', 'Contact your organisation'],
    },
  ],
  'lead-ins of what the adopter must still do': [
    { doc: POLICY('> **Before-publish checklist:**\n> - the legal entity name (3 times)\n> - the mailing address\n\nWe keep logs for 30 days.'), reported: ['Before-publish checklist', 'the legal entity name (3 times)', 'the mailing address'], quiet: ['We keep logs'] },
    { doc: POLICY('We keep logs for 30 days.\n\n**Required Customization**:\n- Replace the dates with the launch dates\n- Adapt to your institution\n'), reported: ['Required Customization', 'Replace the dates', 'Adapt to your institution'], quiet: ['We keep logs'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## Setup Checklist\n\nBefore deploying, ensure you have set the contact address.'), reported: ['Setup Checklist', 'ensure you have set the contact address'], quiet: ['We keep logs'] },
    { doc: POLICY('### Template text (copy and adapt)\n\nWe keep logs for 30 days.'), reported: ['Template text (copy and adapt)'], quiet: ['We keep logs'] },
    { doc: POLICY('- [ ] Fill in all the placeholders\n- [x] Confirm the hosting region'), reported: ['Fill in all the placeholders'] },
  ],
  'sample names and reserved or misspelt example domains': [
    { doc: POLICY('Our data protection officer is John Doe (jane.doe@northwind.co.uk).'), reported: ['John Doe'] },
    { doc: POLICY('Verantwortlich: Max Mustermann, Musterstraße 1. Kontakt: Erika Mustermann.'), reported: ['Max Mustermann', 'Erika Mustermann'] },
    { doc: POLICY('Write to dpo@exmaple.org, info@domain.tld or visit https://northwind.invalid/privacy.'), reported: ['dpo@exmaple.org', 'info@domain.tld', 'https://northwind.invalid/privacy'] },
    { doc: POLICY('Encarregado: Fulano de Tal. 담당자: 홍길동.'), reported: ['Fulano de Tal', '홍길동'] },
    { doc: POLICY('Pseudonymisation replaces a name such as John Doe with a code. The example.com domain is reserved.'), reported: [], quiet: ['John Doe'] },
    { doc: TEMPLATE('| Field | Example |\n| --- | --- |\n| controller | «Jane Doe» or "John Doe" |'), reported: ['[NUMBER]'], quiet: ['Jane Doe', 'John Doe'] },
  ],
  'to-do marks and blanks in other shapes': [
    { doc: POLICY('We keep logs for ??? days and backups for ?? months.'), reported: ['???', '??'] },
    { doc: POLICY('Dated this ___ day of ________, 20__.'), reported: ['___ day', '20__'] },
    { doc: POLICY('Effective date: 20__-__-__'), reported: ['20__-__-__'] },
    { doc: POLICY('Contact us at EMAIL or write to ADDRESS. Data is stored in COUNTRY.'), reported: ['EMAIL', 'ADDRESS', 'COUNTRY'] },
    { doc: POLICY('Guarda Notas is the working name of this app. Guarda Estados es el nombre provisional de esta aplicación.'), reported: ['is the working name of this app', 'es el nombre provisional'] },
    { doc: POLICY('What?? Really?! We keep the URL of the page. ___Note___: the EMAIL field is optional. YOUR EMAIL ADDRESS IS SAFE WITH US.'), reported: [], quiet: ['??', 'URL', '___Note___', 'EMAIL field', 'YOUR EMAIL ADDRESS IS SAFE'] },
    { doc: POLICY('The COMPANY shall keep the data, and this COMPANY may share it.'), reported: [], quiet: ['COMPANY shall', 'COMPANY may'] },
  ],
  // A template proposes a period and brackets it for the adopter to confirm or change ("[30 days]"), as it brackets
  // "[X] years"; in finished text, or as a link's text, the same words are the policy's own.
  'a period proposed in brackets': [
    { doc: TEMPLATE('Closed accounts are erased within [30 days]. Backups roll over after [12 months].'), reported: ['[30 days]', '[12 months]'] },
    { doc: TEMPLATE('- Access logs: [2 years]\n- Support tickets: [48 hours] after closing\n- Invoices: [6 weeks]'), reported: ['[2 years]', '[48 hours]', '[6 weeks]'] },
    { doc: TEMPLATE('| Data | Period |\n| --- | --- |\n| Logs | [90 days] |'), reported: ['[90 days]'] },
    { doc: POLICY('Closed accounts are erased within [30 days]. Logs are kept for [12 months](#logs).'), reported: [], quiet: ['[30 days]', '[12 months]'] },
    { doc: TEMPLATE('See the [30 days](/retention) page. Chapter [3 sections] covers it.'), reported: [], quiet: ['[30 days]', '[3 sections]'] },
  ],
  // A template's own lead-in to what its adopter must do, in whatever language it is written, often names it with the
  // borrowed word "template" after a demonstrative; the list it introduces is the adopter's too.
  'a lead-in about this template, in any language': [
    { doc: TEMPLATE('Before you rely on this template:\n1. Set the dates.\n2. Ask a lawyer.\n\nWe answer within a week.'), reported: ['Before you rely on this template:', 'Set the dates.', 'Ask a lawyer.'], quiet: ['We answer'] },
    { doc: TEMPLATE("**Not:** Bu template'i yayına almadan önce:\n1. Tarihleri yazın\n2. Adresleri kontrol edin\n\nSorulara bir hafta içinde yanıt veriyoruz."), reported: ["Bu template'i yayına almadan önce:", 'Tarihleri yazın', 'Adresleri kontrol edin'], quiet: ['Sorulara'] },
    { doc: TEMPLATE('Antes de colocar este template no ar:\n- revise as datas\n- confirme o e-mail'), reported: ['Antes de colocar este template no ar:', 'revise as datas', 'confirme o e-mail'] },
    { doc: TEMPLATE('Avant de mettre ce template en ligne :\n- vérifiez les dates'), reported: ['Avant de mettre ce template en ligne :', 'vérifiez les dates'] },
    { doc: TEMPLATE('Zu diesem Template noch offen:\n- Hosting-Ort\n- Speicherdauer'), reported: ['Zu diesem Template noch offen:', 'Hosting-Ort', 'Speicherdauer'] },
    { doc: TEMPLATE('Our newsletter template includes:\n- your first name\n- the unsubscribe link\n\nWe send the order e-mail template below:\n- order number'), reported: [], quiet: ['Our newsletter template includes:', 'your first name', 'We send the order e-mail template below:', 'order number'] },
    { doc: POLICY('Before you rely on this template:\n1. Set the dates.'), reported: [], quiet: ['Before you rely on this template:'] },
    { doc: TEMPLATE('This template follows the usual sections:\n- who we are\n- what we keep'), reported: [], quiet: ['This template follows', 'who we are'] },
  ],
  'fresh notations, second probe': [
    { doc: POLICY('Data is kept for {retention period} and sent to {contact email}.'), reported: ['{retention period}', '{contact email}'] },
    { doc: POLICY('Write to @@COMPANY@@ at ##SUPPORT_EMAIL## by %DATE%.'), reported: ['@@COMPANY@@', '##SUPPORT_EMAIL##', '%DATE%'] },
    { doc: POLICY('The controller is XYZ Company Ltd., 123 Main Street, Anytown. Our processor is ABC Corp.'), reported: ['XYZ Company', '123 Main Street', 'Anytown', 'ABC Corp'] },
    { doc: POLICY('Email support@your-startup.com or hello@yourbrand.com, or visit https://<your-domain>/privacy.'), reported: ['support@your-startup.com', 'hello@yourbrand.com', '<your-domain>'] },
    { doc: POLICY('## Cookies\n\nThis section is a placeholder and will be expanded later.\n\n## Security\n\nComing soon: how we protect your data.\n\n## Children\n\nMore details to follow.'), reported: ['This section is a placeholder', 'Coming soon', 'More details to follow'] },
    { doc: POLICY('Insert your cookie table here.\n\nDescribe the retention of each log here:'), reported: ['Insert your cookie table here.', 'Describe the retention of each log here'] },
    { doc: POLICY('Versi produksi harus memperbarui bagian Data safety sebelum rilis.'), reported: ['Versi produksi harus memperbarui'] },
    {
      doc: POLICY('New features are coming soon to the app, and we will tell you about them. Enter the code you received here. The ABC of privacy: read on. Our site is hosted at yourstory.com. 50% of users agree 20% of the time. Use #hashtags## freely.'),
      reported: [],
      quiet: ['coming soon', 'Enter the code', 'The ABC of privacy', 'yourstory.com', '% of users', '#hashtags'],
    },
  ],
  'fresh notations, third probe': [
    { doc: POLICY('Hinweis: Diese Datenschutzerklärung ist ein Muster und muss angepasst werden.'), reported: ['Diese Datenschutzerklärung ist ein Muster'] },
    { doc: POLICY('À adapter selon votre activité. Da compilare a cura del titolare.'), reported: ['À adapter selon votre activité', 'Da compilare a cura del titolare'] },
    { doc: POLICY('Wpisz tutaj nazwę firmy. Şirket adınızı buraya yazın. Sila isi butiran syarikat anda. Vui lòng điền tên công ty.'), reported: ['Wpisz tutaj', 'buraya yazın', 'Sila isi', 'Vui lòng điền'] },
    { doc: POLICY('请在此处填写公司名称。\n\nここに会社名を入力してください。\n\n여기에 회사명을 입력하세요.'), reported: ['请在此处填写', 'ここに会社名を入力', '여기에 회사명을 입력'] },
    { doc: POLICY('Kontakt: kontakt@beispiel.de, info@example.ru, max@mustermann.de, https://www.tusitio.com, contato@seusite.com.br'), reported: ['kontakt@beispiel.de', 'info@example.ru', 'max@mustermann.de', 'https://www.tusitio.com', 'contato@seusite.com.br'] },
    { doc: POLICY('Diese Erklärung ist ein Teil unserer AGB. Les données sont à adapter? Non. Dieses Beispiel zeigt, wie wir Daten nutzen. Besuchen Sie exemplary.de oder beispielhaft.de.'), reported: [], quiet: ['Diese Erklärung', 'Dieses Beispiel', 'exemplary.de', 'beispielhaft.de'] },
  ],
  // Fictitious contact data: the 555 exchange of North American numbers (with digits or letters), subscriber numbers of
  // zeros, and streets whose name says "example" in the language of the address.
  'fictitious phone numbers and sample streets': [
    { doc: POLICY('Call the clinic at (503) 555-PAWS or (415) 555-2671.'), reported: ['(503) 555-PAWS', '(415) 555-2671'] },
    { doc: POLICY('Toll free: 1-888-555-0142. Support: +1 212 555 7788.'), reported: ['1-888-555-0142', '+1 212 555 7788'] },
    { doc: POLICY('Phone: +254 700 000 000. Telefon: +49 30 00000000. Tel. +33 1 00 00 00 00.'), reported: ['+254 700 000 000', '+49 30 00000000', '+33 1 00 00 00 00'] },
    { doc: POLICY('Adresa: Str. Exemplului nr. 7, Cluj. Anschrift: Beispielstraße 4, 10115 Berlin.'), reported: ['Str. Exemplului', 'Beispielstraße'] },
    { doc: POLICY("Adresse : 4 rue de l'Exemple, Lyon. Dirección: Calle Ejemplo 12. Endereço: Rua Exemplo, 45. Indirizzo: Via Esempio 3."), reported: ["rue de l'Exemple", 'Calle Ejemplo', 'Rua Exemplo', 'Via Esempio'] },
    { doc: POLICY('Write to 9 Sample Street, Leeds, or Voorbeeldstraat 10, Utrecht.'), reported: ['Sample Street', 'Voorbeeldstraat'] },
    {
      doc: POLICY('Call 1-800-FLOWERS, +44 20 7946 0000, +254 712 345 678 or (212) 736-5000. We are at 555 Market Street, San Francisco, on Exeter Street. Order no. 555-1000-2000.'),
      reported: [],
      quiet: ['1-800-FLOWERS', '+44 20 7946 0000', '+254 712 345 678', '(212) 736-5000', '555 Market Street', 'Exeter Street', '555-1000-2000'],
    },
  ],
  // A bracket that describes its slot and gives an example address; lower-case slots named by a contact word and a
  // generic noun; notes labelled as a recommendation or a hint, in several languages.
  'slots with an example inside, generic slot nouns, recommendation notes': [
    { doc: POLICY('Contact: [Privacy contact email, e.g., dpo@northwind-health.org]. Web: [Support page, e.g. https://northwind.test/help]'), reported: ['[Privacy contact email, e.g., dpo@northwind-health.org]', '[Support page, e.g. https://northwind.test/help]'] },
    { doc: POLICY('Kontakt: [E-Mail des Datenschutzbeauftragten, z. B. datenschutz@beispiel-praxis.de]'), reported: ['[E-Mail des Datenschutzbeauftragten, z. B. datenschutz@beispiel-praxis.de]'] },
    { doc: POLICY('You can reach us via [contact method]. Requests go to [support channel] and we answer within [response time].'), reported: ['[contact method]', '[support channel]', '[response time]'] },
    { doc: POLICY('Questions? See [contact info on northwind.dev] or [contact details].'), reported: ['[contact info on northwind.dev]', '[contact details]'] },
    { doc: POLICY('[Empfehlung: Karte erst nach ausdrücklicher Einwilligung laden (Zwei-Klick-Lösung).]\n\n[Recommendation: keep analytics off by default.]\n\n[Sugerencia: revisar con el DPO.]\n\n[Suggestion : limiter à 13 mois.]'), reported: ['[Empfehlung:', '[Recommendation:', '[Sugerencia:', '[Suggestion :'] },
    {
      doc: POLICY('We use [Matomo](https://matomo.org) and [our own servers]. Our mobile app is listed as [Northwind Tools] in the store. Click [Settings] then [Privacy]. See [1] and [^2].'),
      reported: [],
      quiet: ['[Matomo]', '[our own servers]', '[Northwind Tools]', '[Settings]', '[Privacy]', '[1]'],
    },
  ],
  // Drafts that say so in other languages, and "do not publish" banners (not a reader's choice not to publish a profile).
  'draft status and instructions in other languages': [
    { doc: POLICY('本文為草稿，尚未生效。本文件尚未經律師審閱。保存期限仍待管理層核准。'), reported: ['本文為草稿', '本文件尚未經律師審閱', '保存期限仍待管理層核准'] },
    { doc: POLICY('本政策目前为草稿，仅供内部讨论。'), reported: ['本政策目前为草稿'] },
    { doc: POLICY('列印規則仍待 D-002 決議。刪除方式尚未核准。通知方式仍在確認中。變更的通知方式仍待\n  確認。告知方式仍須由\n  法務隨 D-001 確認。'), reported: ['仍待 D-002', '尚未核准', '仍在確認中', '通知方式仍待', '告知方式仍須由'] },
    { doc: POLICY('Definir versão e data efetiva da política publicada.\n\n**[PREENCHER]**. Não inferir a base legal apenas pelo consentimento.\n\nRellenar con los datos del responsable.'), reported: ['Definir versão', 'Não inferir a base legal', 'Rellenar con los datos'] },
    { doc: POLICY('Você tem direito de:\n\n- Definir suas preferências de cookies;\n- Completar ou corrigir dados incompletos.\n\nA empresa vai definir o prazo.'), reported: [], quiet: ['Definir suas', 'Completar ou', 'definir o prazo'] },
    { doc: POLICY('**Modelo técnico — não publicar sem revisão jurídica.**\n\nPreencher antes da publicação: nome do controlador.\n\nDefinir o prazo de retenção antes da publicação.'), reported: ['não publicar sem revisão jurídica', 'Preencher antes da publicação', 'Definir o prazo de retenção antes da publicação'] },
    { doc: POLICY('Borrador interno — no publicar. Entwurf — nicht veröffentlichen. Brouillon — ne pas publier.'), reported: ['no publicar', 'nicht veröffentlichen', 'ne pas publier'] },
    { doc: POLICY('A política final deve identificar os operadores. La política final debe nombrar al encargado. The final policy must list each processor.'), reported: ['A política final deve identificar', 'La política final debe nombrar', 'The final policy must list'] },
    {
      doc: POLICY('用户可以保存草稿，草稿仅存储在您的设备上。Você pode optar por não publicar seu perfil. Puedes elegir no publicar tu perfil. Ce service est destiné à compléter votre dossier.\n\nCet addendum est destiné à compléter, et non à remplacer, notre politique.'),
      reported: [],
      quiet: ['草稿', 'não publicar', 'no publicar', 'à compléter'],
    },
  ],
  // Status lines, reviewer notes, inline arrows and publishing instructions, in plain prose with no bracket or TODO.
  'status lines, reviewer notes, arrows and publishing instructions': [
    { doc: POLICY('Status: Awaiting client input and legal approval.\n\nWe keep logs for 30 days.'), reported: ['Status: Awaiting client input and legal approval.'], quiet: ['We keep logs'] },
    { doc: POLICY('Publish this policy to end users if your jurisdiction requires it. Update this document when providers change. Host this page on your own domain.'), reported: ['Publish this policy', 'Update this document', 'Host this page'] },
    { doc: POLICY('We will update this policy when our practices change. Please review this policy periodically. Read this policy carefully.'), reported: [], quiet: ['update this policy', 'review this policy', 'Read this policy'] },
    { doc: POLICY('**Document status:** pending sign-off by the DPO.\n\nEstado: borrador pendiente de revisión.\n\nStatut : en cours de relecture.\n\n状态：待审核\n\nStatus: Entwurf, in Abstimmung.'), reported: ['Document status:', 'Estado: borrador', 'Statut : en cours de relecture', '状态：待审核', 'Status: Entwurf'] },
    { doc: POLICY('Email: [your-email@example.com] ← _replace before publishing_\n\nPhone: +44 20 7946 0000 ← update this\n\nAddress: 1 High St <- fill in the real one'), reported: ['← _replace before publishing_', '← update this', '<- fill in the real one'] },
    { doc: POLICY('**[REVIEW]** We may need to add a processing addendum for enterprise customers. Confirm with counsel.\n\nLawyer should confirm:\n- whether consent is needed for analytics\n\nConfirm whether an EU representative is required.'), reported: ['We may need to add a processing addendum', 'Lawyer should confirm:', 'whether consent is needed', 'Confirm whether an EU representative is required.'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## Hosting Instructions\n\nTo publish this privacy policy:\n1. Push it to GitHub Pages.\n2. Paste the URL in the store listing.\n\n## 公開方法\n\nGitHub Pages で公開します。'), reported: ['## Hosting Instructions', 'To publish this privacy policy:', 'Push it to GitHub Pages', '## 公開方法', 'GitHub Pages で公開します'], quiet: ['We keep logs'] },
    {
      doc: POLICY('Status: active. Your account status: verified.\n\nCheck whether your browser accepts cookies. Confirm whether you want to delete your account in Settings.\n\nSettings ← Privacy ← Account.\n\nOur lawyer is Jane Roe of Roe LLP.\n\n## Hosting\n\nThe service is hosted by Hetzner in Germany.'),
      reported: [],
      quiet: ['Status: active', 'status: verified', 'Check whether your browser', 'Confirm whether you want', 'Settings ← Privacy', 'Our lawyer', 'hosted by Hetzner'],
    },
  ],
  // An assistant's or a translator's words to the person who asked, left in the document.
  'assistant and translator preambles and replies': [
    { doc: POLICY('Here is a proposed translation of the privacy policy into French:\n\nNous conservons les journaux 30 jours.'), reported: ['Here is a proposed translation of the privacy policy into French:'], quiet: ['Nous conservons'] },
    { doc: POLICY('Voici une proposition de traduction en français de la politique de confidentialité.\n\nNous conservons les journaux 30 jours.'), reported: ['Voici une proposition de traduction'], quiet: ['Nous conservons'] },
    { doc: POLICY('Aquí tienes una traducción al español del aviso. Hier ist eine Übersetzung der Datenschutzerklärung ins Deutsche.'), reported: ['Aquí tienes una traducción', 'Hier ist eine Übersetzung'] },
    { doc: POLICY('Flagging these explicitly per your request — they need your input.\n\nNone of items 1–7 are things I can resolve from inside the codebase.'), reported: ['Flagging these explicitly per your request', 'None of items 1–7 are things I can resolve'] },
    { doc: POLICY("I can't verify the retention period from the repository, so I left it blank. As an AI language model, I cannot give legal advice."), reported: ["I can't verify the retention period from the repository", 'As an AI language model'] },
    {
      doc: POLICY('We delete your data per your request within 30 days. I cannot access your messages: they are end-to-end encrypted. Here is the information we collect:\n\n- your e-mail. We offer a translation of this policy in French.'),
      reported: [],
      quiet: ['per your request', 'I cannot access', 'Here is the information', 'We offer a translation'],
    },
  ],
  // A template's form left unfilled: a list of fields whose value is an ellipsis or nothing, next to fields of the same
  // shape, and a field whose value only repeats its label — in any language, whatever the label says.
  'form fields left unfilled': [
    { doc: POLICY('## Retention\n\n- How long each kind of data is kept: …\n- What triggers deletion: …\n- Who can approve an exception (e.g. the DPO, your\n  legal team): …'), reported: ['How long each kind of data is kept: …', 'What triggers deletion: …', 'Who can approve an exception (e.g. the DPO, your', 'legal team): …'] },
    { doc: POLICY('## Contact\n\n1. Responsable : ...\n2. Adresse : ...\n3. Téléphone : 01 23 45 67 89'), reported: ['Responsable : ...', 'Adresse : ...'], quiet: ['01 23 45 67 89'] },
    { doc: POLICY('<ul>\n<li>보유근거 : 서비스 제공</li>\n<li>관련법령 :</li>\n<li>예외사유 : 이용자 요청</li>\n</ul>'), options: HTML, reported: ['관련법령 :'], quiet: ['보유근거', '예외사유'] },
    { doc: POLICY('<p>1. Rechtsgrundlage :<br>2. Gespeicherte Daten : E-Mail-Adresse<br></p>'), options: HTML, reported: ['Rechtsgrundlage :'], quiet: ['Gespeicherte Daten'] },
    { doc: POLICY('## Officer\n\n- Name: Jane Roe\n- Position:\n- Phone: +44 20 7946 0000'), reported: ['Position:'], quiet: ['Name: Jane Roe'] },
    { doc: POLICY('Questions? Reach us here:\n\nDeveloper Name: Developer Name\nEmail: dev@northwind.test'), reported: ['Developer Name: Developer Name'] },
    { doc: POLICY('- Company Name: Company Name\n- Contact Email: privacy@northwind.test'), reported: ['Company Name: Company Name'] },
    {
      doc: POLICY('You have the right to:\n\n- access your data\n- Contact details:\n  - e-mail: privacy@northwind.test\n\nContact Information:\nNorthwind Tools, 1 High St\n\n- Name: your full name\n- Address:\n  1 High St, Leeds\n\nLegal basis: consent. Retention: 30 days.\n\n<ul><li>You can:</li><li>Request deletion: write to us</li></ul>\n\nManaged by: Managed by Northwind'),
      reported: [],
      quiet: ['You have the right to:', 'Contact details:', 'Contact Information:', 'Address:', 'Legal basis', 'You can:', 'Managed by'],
    },
    { doc: POLICY('<ul><li>You can:</li><li>Request deletion: write to us</li></ul><p>Contact us:</p><ul><li>Email: a@northwind.test</li></ul>'), options: HTML, reported: [], quiet: ['You can:', 'Contact us:'] },
  ],
  // Finished text that looks like a note or a date left over: a reference to the requirement a section answers, a date
  // format named next to the real date, the purpose of asking for a birth date.
  'references, date formats and purposes in parentheses': [
    {
      doc: TEMPLATE('## 1. Minimisation\n\n*(EPF requirement 1 — "Is this the least data the product needs to work at all?")*\n\nWe ask for an e-mail only.\n\n## 2. Security\n\n(GDPR Art. 32 — security of processing, including encryption of backups and access logging)\n\n(see Section 4 for how long each log is kept by the provider and when it is removed)\n\n(Artículo 6 RGPD — base jurídica del tratamiento de los datos de los usuarios registrados)\n\n(제15조 개인정보의 수집 및 이용에 관한 사항을 참고하여 작성된 조항입니다)'),
      reported: ['[Company Name]'],
      quiet: ['EPF requirement 1', 'GDPR Art. 32', 'see Section 4', 'Artículo 6', '제15조'],
    },
    { doc: TEMPLATE('(Describe here which processors receive the data and in which country they store it)'), reported: ['Describe here which processors'] },
    {
      doc: POLICY('**Effective Date (YYYY-MM-DD):** 2025-05-24\n\nDates in exports use the format YYYY-MM-DD. Birthdays are stored in the format DD/MM/YYYY.\n\nLetzte Änderung (DD.MM.YYYY): 01.02.2025'),
      reported: [],
      quiet: ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD.MM.YYYY'],
    },
    { doc: POLICY('Last updated: YYYY-MM-DD\n\nEffective (2025-MM-DD)\n\nRevised: (DD/MM/YYYY)'), reported: ['YYYY-MM-DD', '2025-MM-DD', 'DD/MM/YYYY'] },
    {
      doc: TEMPLATE('- Date of birth (to verify legal age, 18+)\n- Phone number (to confirm your identity)\n- Payment card (to verify purchases)\n- ID scan (to check eligibility for the student plan)'),
      reported: [],
      quiet: ['to verify legal age', 'to confirm your identity', 'to verify purchases', 'to check eligibility'],
    },
    { doc: POLICY('We keep logs for 30 days (to be confirmed by counsel). Retention (to verify with the hosting provider). (To check before publishing: the DPO address.)'), reported: ['to be confirmed by counsel', 'to verify with the hosting provider', 'To check before publishing'] },
  ],
  // Parts written for whoever prepares the policy, in the languages templates come in: a section the heading says to
  // delete before publishing, hosting steps and checklists, "next steps" on the template, a note's announced list, an
  // arrow note whose verb comes last.
  'sections and notes for the author in other languages': [
    { doc: POLICY('We keep logs for 30 days.\n\n## Notes for you (delete before publishing)\n\n- Swap the dates.\n- Add your e-mail.'), reported: ['## Notes for you (delete before publishing)', 'Swap the dates.'], quiet: ['We keep logs'] },
    { doc: POLICY('Nous conservons les journaux 30 jours.\n\n## Remarques (à supprimer avant publication)\n\nVérifiez les dates.', 'Politique de confidentialité'), reported: ['Remarques (à supprimer avant publication)', 'Vérifiez les dates.'], quiet: ['Nous conservons'] },
    { doc: POLICY('Wir speichern Protokolle 30 Tage.\n\n## Hinweise (vor Veröffentlichung löschen)\n\nDatum eintragen.', 'Datenschutzerklärung'), reported: ['Hinweise (vor Veröffentlichung löschen)', 'Datum eintragen.'] },
    { doc: POLICY('نحتفظ بالسجلات 30 يومًا.\n\n## ملاحظات (احذفها قبل النشر)\n\n- بدّل التاريخ', 'سياسة الخصوصية'), reported: ['## ملاحظات (احذفها قبل النشر)', 'بدّل التاريخ'], quiet: ['نحتفظ بالسجلات'] },
    { doc: POLICY('ログは30日間保存します。\n\n## メモ（公開前に削除）\n\n日付を更新する。', 'プライバシーポリシー'), reported: ['メモ（公開前に削除）', '日付を更新する。'], quiet: ['ログは30日間'] },
    { doc: POLICY('로그는 30일간 보관합니다.\n\n## 📝 호스팅 방법\n\n이 문서를 GitHub Pages에 올리세요.\n\n## ✅ 체크리스트\n\n- [ ] 이메일 주소 확인', '개인정보처리방침'), reported: ['호스팅 방법', '이 문서를 GitHub Pages에 올리세요.', '체크리스트', '이메일 주소 확인'], quiet: ['로그는 30일간'] },
    { doc: POLICY('ログは30日間保存します。\n\n## 次のステップ\n\n1. このテンプレートを弁護士に渡す\n2. 最終版をアプリに反映する', 'プライバシーポリシー'), reported: ['次のステップ', '最終版をアプリに反映する'], quiet: ['ログは30日間'] },
    { doc: POLICY('We keep logs for 30 days.\n\n## Next steps\n\n1. Send this draft to counsel.\n2. Publish the final version.'), reported: ['## Next steps', 'Publish the final version.'] },
    { doc: POLICY('このテンプレートは一般的な構成を示すものです。以下の点を必ず確認してください。\n\n1. 弁護士のレビュー\n2. 日付の更新\n\n## 1. 収集する情報\n\nメールアドレスを収集します。', 'プライバシーポリシー'), reported: ['以下の点を必ず確認してください。', '弁護士のレビュー', '日付の更新'], quiet: ['メールアドレスを収集します。'] },
    { doc: POLICY('- メール: [support@northwind.test] ← **実際のメールアドレスに置き換える**\n- 住所: [運営者の住所] ← 実際の住所を記入\n- 이메일: [help@northwind.test] ← 실제 주소로 교체', 'プライバシーポリシー'), reported: ['← **実際のメールアドレスに置き換える', '← 実際の住所を記入', '← 실제 주소로 교체'] },
    {
      doc: POLICY('## Next steps\n\nIf you want to delete your account, open Settings and tap Delete.\n\n## Our checklist for vendors\n\nWe review every processor each year.\n\n## Hosting\n\nOur servers are in Frankfurt. We delete logs before release of a new version? No: after 30 days.\n\n## 다음 단계\n\n설정에서 계정을 삭제할 수 있습니다.\n\nメニュー → 設定 → 変更'),
      reported: [],
      quiet: ['## Next steps', 'If you want to delete', 'Our checklist', 'We review every processor', 'Our servers are in Frankfurt', '다음 단계', '설정에서', '設定 → 変更'],
    },
  ],
  // Slots in more languages and shapes: Turkish capitals with a dotted İ, Korean and Turkish labels that say whose value it
  // is, "[Name of the …]", and a block that only says what is to go there.
  'slot words in more languages, and text that says what goes there': [
    { doc: POLICY('Son güncelleme: [TARİH]\n\nİletişim: [E-POSTA ADRESİ]\n\nŞirket: [ŞİRKET ADI]', 'Gizlilik Politikası'), reported: ['[TARİH]', '[E-POSTA ADRESİ]', '[ŞİRKET ADI]'] },
    { doc: POLICY('Bize [Geliştirici E-posta Adresi] üzerinden ulaşın.', 'Gizlilik Politikası'), reported: ['[Geliştirici E-posta Adresi]'] },
    { doc: POLICY('문의: [개발자 이메일 주소]\n\n책임자: [담당자 이름]', '개인정보처리방침'), reported: ['[개발자 이메일 주소]', '[담당자 이름]'] },
    { doc: POLICY('© 2025 [Name of the Ministry]. Published by [Address of Registered Office].'), reported: ['[Name of the Ministry]', '[Address of Registered Office]'] },
    { doc: POLICY('## Accessibility\n\nAccessibility details goes here..\n\n## Cookies\n\nYour cookie table will go here.'), reported: ['Accessibility details goes here..', 'Your cookie table will go here.'] },
    { doc: POLICY('<div>Contact details go here</div><p>El aviso legal va aquí.</p>'), options: HTML, reported: ['Contact details go here', 'El aviso legal va aquí.'] },
    {
      doc: POLICY('Mark the box where your signature goes here in the form. It goes here. Nothing goes here.\n\nSee [GDPR] and [TR] law; [Terms of Service](https://northwind.test/terms).\n\nWe read the [NAME] field.'),
      reported: [],
      quiet: ['signature goes here', 'It goes here', 'Nothing goes here', '[GDPR]', '[TR]', 'Terms of Service'],
    },
  ],
  // Drafting banners and instructions in shapes the vocabulary lacked: a preliminary policy, advice to consult a lawyer
  // opened by "Consider", a label of customisation steps, "replace … with the real …", a note about the date to use.
  'preliminary policies, customisation notes and instructions about real values': [
    { doc: POLICY('This is a preliminary Privacy Policy. A complete version will follow after review.\n\nWe keep logs for 30 days.'), reported: ['This is a preliminary Privacy Policy.'], quiet: ['We keep logs'] },
    { doc: POLICY('This notice is a provisional version; the final one is being prepared.\n\nThis is an interim privacy notice.'), reported: ['This notice is a provisional version', 'This is an interim privacy notice.'] },
    { doc: POLICY('Consider consulting with a legal professional for compliance with applicable laws. Consider having an attorney review this policy.'), reported: ['Consider consulting with a legal professional', 'Consider having an attorney review'] },
    { doc: POLICY('**Instructions for customization:**\n1. Host this policy on a public website\n2. Add the URL to your store listing\n\nInstructions for using this template: fill every bracket.'), reported: ['Instructions for customization:', 'Host this policy on a public website', 'Instructions for using this template'] },
    { doc: POLICY('Replace `[RETENTION PERIOD]` with the real retention period. Swap the sample address with your actual one. Change the e-mail below with the correct address.'), reported: ['with the real retention period', 'Swap the sample address with your actual one', 'Change the e-mail below with the correct address'] },
    { doc: POLICY('Effective Date: March 22, 2024 (Always use the CURRENT date)\n\nLast updated: 1 May 2025 (put today\'s date)\n\nUpdated (enter the real date here)'), reported: ['(Always use the CURRENT date)', "(put today's date)", '(enter the real date here)'] },
    {
      doc: POLICY('We replaced our old provider with the real-time service. You can change the date format with the actual settings. Consider consulting your doctor before sharing health data. This is a temporary measure. Preliminary results are kept for 30 days. Use the date picker (use the date of your visit).'),
      reported: [],
      quiet: ['We replaced', 'You can change', 'Consider consulting your doctor', 'temporary measure', 'Preliminary results', 'use the date of your visit'],
    },
  ],
};

describe('placeholders: classes of leftover text', () => {
  for (const [name, cases] of Object.entries(CLASSES)) {
    describe(name, () => {
      for (const c of cases) it(c.reported.length ? c.reported.join(' | ') : `quiet: ${c.quiet?.join(' | ')}`, () => check(c));
    });
  }
});
