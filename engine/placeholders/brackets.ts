// Decides whether a [bracketed] run of text is a drafting note, a slot to fill in, or ordinary text
// (Markdown link text, footnote, task box, "[at]"/"[dot]" obfuscation, legal "[sic]"...).
// The inner text is at most ~200 characters without newlines, so these small regexes run on bounded input.
import type { PlaceholderKind } from '../types.ts';
import { cleanOption, isAcronym as isAbbreviation } from './words.ts';

/** Words short enough to ignore when deciding whether bracketed text is written in Title Case. */
const SMALL_WORDS = new Set([
  'of', 'the', 'and', 'or', 'for', 'to', 'a', 'an', 'in', 'on', 'at', 'by', 'with', 'per', 'if', 'as', 'e.g.', 'i.e.', 'etc', 'etc.',
  // articles and prepositions of other languages' slot labels ("[Nombre de la empresa]", "[Name der Firma]")
  'de', 'la', 'le', 'les', 'el', 'los', 'las', 'del', 'da', 'do', 'das', 'dos', 'du', 'des', 'der', 'die', 'den', 'di', 'y', 'e', 'et', 'und',
]);

/**
 * Slot words of other languages, for templates written in them ("[Dirección completa]", "[Deine E-Mail]", "[회사 주소]",
 * "[التاريخ]"): what a slot asks for, the words for "your", and words that qualify them. Lower case; words that are also
 * ordinary English words ("data", "land") are left out.
 */
export const SLOT_WORDS_ELSEWHERE = {
  nouns: [
    // Spanish, Portuguese, Italian
    'nombre', 'empresa', 'compañía', 'fecha', 'dirección', 'direccion', 'correo', 'teléfono', 'telefono', 'dominio', 'descripción',
    'descripcion', 'nome', 'endereço', 'endereco', 'telefone', 'domínio', 'descrição', 'descricao', 'azienda', 'società', 'indirizzo',
    // French, German
    'nom', 'société', 'entreprise', 'adresse', 'courriel', 'téléphone', 'domaine', 'firma', 'unternehmen', 'anschrift', 'datum',
    'telefonnummer', 'telefon', 'beschreibung', 'unternehmens', 'firmenname', 'dénomination', 'raison', 'razón', 'ragione',
    'denominazione', 'sede', 'siège', 'sitz',
    // Dutch, Russian
    'naam', 'bedrijfsnaam', 'bedrijf', 'adres', 'e-mailadres', 'telefoonnummer', 'название', 'наименование', 'компании',
    'компания', 'организации', 'адрес', 'телефон', 'дата', 'имя', 'почта', 'почты', 'сайт', 'сайта',
    // Korean, Japanese, Chinese, Arabic
    '회사', '회사명', '주소', '이메일', '날짜', '이름', '전화', '전화번호', '연락처', '앱', '앱명', '도메인', '일자', '설명',
    '会社', '会社名', '住所', '日付', '名前', '氏名', '電話', '電話番号', 'メール', 'メールアドレス', '連絡先', '社名', '事業者名', '年月日',
    '公司', '公司名称', '地址', '日期', '名称', '姓名', '电话', '邮箱', '电子邮件', '联系方式', '网址', '域名',
    'التاريخ', 'تاريخ', 'العنوان', 'عنوان', 'البريد', 'الاسم', 'اسم', 'الهاتف', 'هاتف', 'الشركة', 'شركة',
    // Hebrew
    'שם', 'תאריך', 'כתובת', 'טלפון', 'דוא"ל', 'אימייל', 'מייל', 'חברה', 'אתר', 'מספר',
    // Turkish, Indonesian, Polish
    'tarih', 'tarihi', 'adresi', 'şirket', 'şirketi', 'isim', 'adı', 'unvan', 'unvanı', 'e-posta', 'eposta', 'telefonu',
    'numarası', 'tanggal', 'alamat', 'perusahaan', 'nama', 'nazwa', 'firmy',
  ],
  your: ['sizin', 'senin', 'anda', 'twój', 'twoja', 'twoje', 'tu', 'tus', 'su', 'sus', 'seu', 'sua', 'seus', 'suas', 'votre', 'vos', 'ton', 'ta', 'tes', 'dein', 'deine', 'deinen', 'ihr', 'ihre', 'ihren', 'tuo', 'tua', 'vostro', 'vostra', '귀하의'],
  modifiers: [
    // what a date or an address is for ("[fecha de actualización]", "[correo de contacto]", "[Datum der Aktualisierung]")
    'actualización', 'actualizacion', 'atualização', 'atualizacao', 'aggiornamento', 'aktualisierung', 'vigencia', 'vigência',
    'contacto', 'contato', 'contatto', 'kontakt', 'soporte', 'suporte', 'privacidad', 'privacidade', 'datenschutz',
    // whose address or name it is, in Korean and Turkish ("[개발자 이메일 주소]", "[Geliştirici E-posta Adresi]")
    '개발자', '운영자', '담당자', '책임자', '대표', '서비스', '고객', '문의', '개인정보', '보호', '공식', '웹사이트', 'geliştirici',
    'iletişim', 'destek', 'gizlilik', 'güncelleme', 'yürürlük',
    'completa', 'completo', 'complète', 'complet', 'breve', 'courte', 'kurze', 'electrónico', 'electronico', 'eletrônico', 'électronique', 'postale', 'sociale', 'social', 'legale', 'légale', 'juridique', 'электронной', 'юридический', 'uw', 'jouw', 'ваш', 'ваша', 'вашей'],
};

/** Nouns that name what a template slot asks for. One of them must appear for Title Case / lower-case text to be a slot. */
export const SLOT_NOUNS = new Set([
  'name', 'names', 'company', "company's", 'organization', 'organisation', 'business', 'entity', 'date', 'dates', 'address',
  'addresses', 'email', 'e-mail', 'phone', 'telephone', 'fax', 'number', 'website', 'url', 'domain', 'city', 'country',
  'state', 'province', 'zip', 'postcode', 'jurisdiction', 'day', 'days', 'month', 'months', 'year', 'years', 'period',
  'amount', 'percentage', 'age', 'officer', 'representative', 'dpo', 'link', 'site', 'app', 'brand', 'product', 'description',
  ...SLOT_WORDS_ELSEWHERE.nouns,
]);

/** Words that may qualify a slot noun ("Your Legal Company Name", "Registered Office Address"). */
export const SLOT_MODIFIERS = new Set([
  'your', 'our', 'full', 'legal', 'first', 'last', 'street', 'mailing', 'postal', 'physical', 'registered', 'office',
  'contact', 'web', 'application', 'service', 'team', 'department', 'person', 'support', 'privacy', 'data', 'protection',
  'eu', 'uk', 'effective', 'update', 'updated', 'revision', 'here', 'insert', 'enter', 'add', 'retention',
  'applicable', 'relevant', 'vat', 'registration', 'id', 'time', 'length', 'local', 'mobile', 'home', 'work', 'primary',
  'main', 'official', 'trading', 'general', 'customer', 'counsel', 'governing', 'law', 'storage', 'processing', 'hosting',
  'provider', 'vendor', 'partner', 'third-party', 'party', 'parent', 'subsidiary', 'of', 'notice', 'policy', 'publication',
  'owner', 'operator', 'controller', 'processor', 'responsible', 'authority', 'supervisory', 'cookie', 'analytics', 'shop', 'store',
  'brief', 'short', 'complete', ...SLOT_WORDS_ELSEWHERE.your, ...SLOT_WORDS_ELSEWHERE.modifiers,
]);

/** First words of an instruction ("[Insert date]", "[Describe how long you keep data]"). */
const INSTRUCTION_START =
  /^(?:insert|add|describe|explain|list|specify|complete|fill(?:\s+in|\s+out)?|provide|enter|update|confirm|check|verify|review|state|identify|outline|summari[sz]e|detail|mention|write|replace|attach|choose|select|edit|customi[sz]e|adapt|adjust|modify|amend|tailor|type|put|link\s+to)\b/i;

/** Bracketed text that is a note or instruction to the drafter rather than a slot. Tested on the inner text. */
const DRAFTING_NOTE: RegExp[] = [
  // "[NOTE: ...]", "[Drafting note – ...]", "[Comment: ...]", "[TODO: ...]", "[Optional: ...]"
  // (any one word may qualify the label: "[FINAL NOTE: …]", "[Important note – …]")
  /^(?:drafting|editor'?s|editorial|internal|legal|author'?s|reviewer'?s|translator'?s|client|\p{L}{2,15})?\s*(?:note|notes|comment|comments|instruction|instructions|todo|to-do|tbd|tbc|fixme|placeholder|reminder|question|query|guidance|tip|hint|optional|alternative|option\s+\d{1,2})\s*(?:to\s+(?:drafter|self|editor|client|reviewer|user)s?\s*)?[:\-–—]/iu,
  // "[TO CONFIRM: retention period]", "[To check – hosting location]": what is left to do, then what it is about
  /^to\s+(?:confirm|check|verify|decide|complete|review|clarify|update|add|define|determine)\s*[:\-–—]/i,
  // "[Recommendation: …]", "[Empfehlung: …]", "[Hinweis: …]", "[Sugerencia: …]", "[Suggestion : …]", "[Nota: …]": a note
  // labelled as advice to whoever prepares the document, in the languages templates come in
  /^(?:recommendations?|recommended|suggestions?|suggested|hint|remarks?|empfehlung|hinweis|anmerkung|vorschlag|recomendaci[óo]n|recomenda[çc][ãa]o|sugerencia|sugest[ãa]o|observaci[óo]n|observa[çc][ãa]o|nota|recommandation|remarque|raccomandazione|suggerimento|aanbeveling|suggestie|opmerking|uwaga|sugestia|zalecenie|öneri|saran|catatan|rekomendasi|примечание|рекомендация|замечание|建议|建議|提示|备注|備註|注意|推奨|メモ|참고|권장|메모)\s*[:：–—]/iu,
  // "[(for this purpose, we will usually accept …)]": an optional passage of a legal template, kept or struck by the drafter
  /^\(.{12,}\)$/,
  /^(?:tbd|tbc|todo|fixme|placeholder|optional|pending|draft)$/i,
  // "[Draft v0.3 — pending counsel review]", "[DRAFT – not for publication]": the document's own status
  /^draft\b(?!\s+(?:messages?|e-?mails?|posts?|replies|folder)\b)/i,
  /\bpending\s+(?:legal\s+|counsel\s+|final\s+)?review\b/i,
  /^(?:tbd|tbc|todo|fixme)\b/i,
  /\bto\s+be\s+(?:completed|determined|confirmed|added|updated|inserted|provided|finali[sz]ed|drafted|reviewed|decided|agreed|defined|specified|filled(?:\s+in)?|written|discussed|checked|verified|supplied|announced|included|clarified|drafted)\b/i,
  /\b(?:please|kindly)\b/i,
  // "[IF SERVICE IS 18+]", "[if used]", "[OR disclose if you do]", "[If you do sell:]": conditions for the drafter
  /^(?:if|unless|only\s+if|or:?)\s+[\p{L}\d]/iu,
  /\b(?:if|where|as|when)\s+(?:applicable|relevant|appropriate|needed|necessary|required)\b/i,
  /^(?:include|delete|remove|omit|keep|use|add|insert)\b.{0,160}\b(?:if|when|unless|where|only)\b/i,
  /\b(?:attorney|lawyer|counsel|legal\s+team|admin(?:istrator)?s?|client|drafter|editor|developer|dpo)\b.{0,120}\b(?:to\s+(?:complete|confirm|review|provide|insert|add|fill|update|check|decide|draft|advise)|must|should|needs?\s+to)\b/i,
];

/** BBCode tags: "[B]…[/B]", "[url=https://…]", "[quote]", "[*]" (a bare "[EMAIL]" or "[URL]" is a slot; see bbCode). */
const BBCODE = /^(\/?)(b|i|u|s|quote|url|img|color|colour|size|list|code|center|left|right|spoiler|email|font|table|tr|td|th|h[1-6]|youtube|video|sub|sup|hr|\*)(=[^\]]*)?$/i;

/** Fill-in instructions of Chinese, Japanese and Korean templates ("please fill in", "enter", "insert here", "to be decided"). */
const FILL_IN_ELSEWHERE = /請填入|请填入|請填寫|请填写|填入|填写|填寫|請輸入|请输入|插入|此處|此处|待定|待补充|待補充|待确认|待確認|記入|入力|を入れ|ここに|未定|要確認|입력|기재|삽입|여기에|미정|작성\s?필요/;
/**
 * The same in languages written with spaces, as whole words anywhere in the bracket ("[Insérer la date]", "[Anschrift
 * einfügen]", "[indicare indirizzo]", "[nog invullen]", "[указать адрес]"): a verb asking for text, or a to-do.
 */
const FILL_IN_WORDS =
  /(?<![\p{L}])(?:insérer|indiquer|préciser|compléter|renseigner|saisir|à\s+compléter|à\s+définir|einfügen|eintragen|angeben|ergänzen|zu\s+ergänzen|insertar|introducir|rellenar|completar|por\s+completar|por\s+definir|inserir|preencher|a\s+completar|inserire|indicare|completare|da\s+completare|da\s+definire|invullen|invoegen|vermelden|nog\s+invullen|in\s+te\s+vullen|вставить|вставьте|указать|укажите|заполнить|заполните|вписать|впишите|уточнить)(?![\p{L}])/iu;

/** Bracketed text that is never a placeholder. */
const NEVER: RegExp[] = [
  /^\s*$/, // task box "[ ]"
  /^\^/, // footnote "[^1]"
  /^!/, // GitHub alert "> [!WARNING]", Obsidian callout
  /^[\d\s,–-]+$/, // footnote or citation "[1]", "[12]", "[3-5]", year "[2019]"
  /^[a-z]$/, // "[a]", task box "[x]"
  /^(?:[ivxlc]+|[IVXLC]{2,})$/, // roman numeral references
  /^(?:at|dot|@|\.|…|\.\.\.|\s*\.\s*\.\s*\.\s*)$/i, // "privacy[at]example[dot]com", omission "[...]"
  /^(?:n\/?a|n\.a\.)$/i, // "[N/A]"
  /^(?:sic!?|emphasis (?:added|in original|mine)|citation needed|redacted|omitted|ibid\.?|id\.?|sic passim)$/i,
  // Template code in brackets ("[{{ site.name }}]") is judged as template code, not as a bracketed label
  /^(?:\{\{[^{}]*\}\}|\{%[^{}]*%\}|<%[^%]*%>)$/,
];

export interface BracketVerdict {
  kind: PlaceholderKind;
  label?: string;
  /** A choice left to the drafter ("[16/18]", "[["we" or "I"]]"): the alternatives, as written. */
  options?: string[];
  /**
   * Only a slot when the document is visibly a template (it already holds clear slots or notes):
   * "[Primary use cases]" or "[Data center locations]" read like slots there, but could be anything in finished text.
   */
  weak?: boolean;
}

/** A date written as its format: "DD Month YYYY", "MM/DD/YYYY", "Month Day, Year". */
const DATE_FORMAT = /^(?:DD|MM|YYYY|YY|Month|Day|Year|\d{1,4})(?:[\s/.,-]{1,3}(?:DD|MM|YYYY|YY|Month|Day|Year|\d{1,4})){1,3}$/i;

/** A number and a unit of time: "30 days", "12 months", "2 years", "48 hours". */
const PROPOSED_PERIOD = /^\d{1,4}\s?(?:(?:business|working|calendar)\s)?(?:hours?|days?|weeks?|months?|years?)$/i;

/** Guidance inside brackets ("[ROLE - e.g., DPO, Legal]", "[Specify - typically 30 days]"). */
const GUIDANCE =
  /(?<![\p{L}])(?:e\.g\.|eg\.|i\.e\.|for example|for instance|such as|p\.\s?ej\.|por ejemplo|por exemplo|z\.\s?B\.|zum Beispiel|par ex(?:\.|emple)|ad es\.|per esempio|bijv\.|bijvoorbeeld|напр\.|например|לדוגמה|לדוגמא|مثلا|例如|예를 들어|misalnya|örn\.|np\.|optional|optionnel(?:le)?|opcional|facoltativo|opzionale|optioneel|fakultativ|необязательно|אופציונלי|اختياري)(?![\p{L}])/iu;
/** Where the label ends and the guidance begins: " - ", " – ", ": ". */
const HEAD_END = /\s[-–—]\s|:\s|\s\(|,\s/;
/** Alternatives the drafter must choose between: "[16/18]", "[email / website notice]", "["we" or "I"]". */
const CHOICE_SPLIT = /\s*\/\s*|\s+(?:or|o|ou|oder|או|أو|или|lub|atau|veya)\s+/i;

/**
 * Classifies the bracket text `text[open..close]` (open at "[", close after "]") from its inner text and its neighbours.
 * Returns undefined for anything that is not a placeholder.
 */
export function classifyBracket(text: string, open: number, close: number): BracketVerdict | undefined {
  // A bracket may wrap over a line break ("[Other analytics\n  services]"): its inner text reads as one line.
  // Inline tags inside it ("[<mark>EMAIL</mark>]", "[<b>Company Name</b>]") highlight the slot; its words are what counts.
  const inner = text.slice(open + 1, close - 1).replace(/\\$/, '').replace(/\s*[\r\n]+[\s>]*/g, ' ').replace(INLINE_TAGS, '').trim();
  if (!linkFree(text, open, close)) return undefined;
  if (/^\d{1,3}\+?$/.test(inner)) return ageOrPeriod(text, open, close) ? { kind: 'slot', label: 'number', weak: true } : undefined;
  if (NEVER.some((re) => re.test(inner))) return undefined;
  if (bbCode(text, close, inner)) return undefined;
  if (isTaskBox(text, open, inner)) return undefined;
  if (definesAcronym(text, open, inner)) return undefined;
  // "Settings → [Your Name] → iCloud": the name of a row in a menu path the reader follows.
  if (inMenuPath(text, open, close)) return undefined;
  // A blank the reader fills in a message we suggest: Subject: "Data request - [Type]".
  if (inSuggestedSubject(text, open)) return undefined;
  // "**CNPJ:** [CNPJ]", "Email: [EMAIL]": a bracket that repeats the label of the field it stands in is the field's blank.
  if (repeatsFieldLabel(text, open, inner)) return { kind: 'slot', label: inner };
  const verdict = classifyInner(inner);
  // "**[Required information]**" alone on a line over a list: the list's own label, not a slot.
  if (verdict?.weak && boldLabelOverList(text, open, close)) return undefined;
  // "reach us via [contact method]", "within [response time]", "see [contact info on example.dev]": a lower-case noun
  // phrase standing where a value belongs in a sentence is a slot in any document.
  if (verdict?.weak && verdict.kind === 'slot' && !verdict.options && lowerNounPhrase(inner) && withinSentence(text, open, close)) return { kind: 'slot', label: inner };
  // "…based on [describe the criteria used to set the period]." — an instruction standing where the words belong in a
  // sentence asks for those words: a slot (the sections this linter inserts are written so). On its own line, or
  // opening a sentence, it is a note to the drafter.
  if (verdict?.kind === 'drafting-note' && INSTRUCTION_START.test(inner) && !DRAFTING_NOTE.some((re) => re.test(inner)) && withinSentence(text, open, close)) {
    return { kind: 'slot', label: instructionLabel(inner) };
  }
  return verdict;
}

/** Words that cannot open a noun phrase naming a slot: determiners, pronouns, conjunctions, aside openers. */
const NOT_A_SLOT_HEAD = /^(?:the|this|that|these|those|our|my|his|her|its|their|we|i|it|they|and|or|but|so|sic|see|also|not|no|any|some|each|every|all|more|other|such|which|who|when|where|if|as|etc)$/;
/** Words that cannot close one: particles, adverbs, participles ("[emphasis added]", "[citation needed]", "[click here]"). */
const NOT_A_SLOT_TAIL = /^(?:here|there|more|less|below|above|back|again|out|up|down|only|now|later|too|also)$|(?:ed|ly|ing)$/;

/**
 * A lower-case noun phrase of two or three words, as a template names a value ("contact method", "response time",
 * "hosting provider"), possibly qualified by where it is found ("contact info on example.dev").
 */
function lowerNounPhrase(inner: string): boolean {
  const words = inner.replace(/\s+(?:on|at|via|from|in)\s+\S+$/, '').split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return false;
  return !NOT_A_SLOT_HEAD.test(words[0]) && !SMALL_WORDS.has(words[0]) && !NOT_A_SLOT_TAIL.test(words[words.length - 1]) && !words.slice(1).some((w) => SMALL_WORDS.has(w));
}

/** Inline HTML tags, dropped from a bracket's words. */
const INLINE_TAGS = /<\/?(?:mark|b|strong|i|em|u|span|font|ins|small|big)\b[^<>]{0,120}>/gi;

/** Whether prose comes before the bracket on its line (after markup), so the bracket stands inside a sentence. */
function withinSentence(text: string, open: number, close: number): boolean {
  const before = linePrefix(text, open, 200);
  if (before === undefined) return true;
  const prose = before.replace(/[*_`>#|\s-]+$/, '').replace(/^[\s>#*_+|-]*(?:\d{1,3}[.)]\s+)?/, '');
  if (/\p{L}/u.test(prose) && !/[.!?:]$/.test(prose)) return true;
  // "[list the countries] are where we store data": the sentence goes on after it in lower case.
  return /^[\s*_]{0,3}\p{Ll}/u.test(text.slice(close, close + 8));
}

/** What an instruction in a sentence asks for: "describe the safeguard, e.g. SCCs" -> "the safeguard". */
function instructionLabel(inner: string): string {
  const object = inner.replace(INSTRUCTION_START, '').replace(/^\s*(?:here|in|out)?\s*/i, '');
  const cut = object.search(/,?\s*(?:\be\.g\.|\bi\.e\.|\bfor example\b|\bsuch as\b|\(|:|\s[-–—]\s)/i);
  return (cut > 0 ? object.slice(0, cut) : object).trim() || inner;
}

/** The verdict for a bracket's inner text alone. */
function classifyInner(inner: string): BracketVerdict | undefined {
  if (/^[\s●•◼■▪_]{1,5}$/.test(inner) && /[●•◼■▪_]/.test(inner)) return { kind: 'slot' }; // "[●]", "[•]": a legal draft's blank
  if (DRAFTING_NOTE.some((re) => re.test(inner))) return { kind: 'drafting-note', label: noteLabel(inner) };
  // "[請填入公司名稱]", "［会社名を記入］", "[회사명 입력]": a fill-in instruction in a language written without spaces.
  if (FILL_IN_ELSEWHERE.test(inner) || FILL_IN_WORDS.test(inner)) return { kind: 'slot', label: inner };
  const words = inner.split(/[\s/,&+]+/).filter((w) => /[\p{L}\d]/u.test(w));
  if (!words.length) return undefined;
  // "[your-domain]", "[seu-dominio]", "[company-name]": a slot label written as one hyphenated word
  const parts = words.length === 1 && /^[\p{L}]+(?:-[\p{L}]+){1,3}$/u.test(words[0]) ? words[0].toLowerCase().split('-') : undefined;
  if (parts && parts.some((w) => SLOT_NOUNS.has(w)) && parts.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w))) return { kind: 'slot', label: parts.join(' ') };
  // An instruction that only names what goes there is a slot ("[Insert date]", "[INSERT LAST UPDATE DATE HERE]");
  // a longer instruction is a note ("[Describe how long you keep each kind of data]").
  // One-word buttons and wiki links copied from web pages ("[edit]", "[Select]", "[Print]") are not slots.
  // ("[ADD]", "[INSERT]" in capitals are the drafter's.)
  if (words.length === 1 && INSTRUCTION_START.test(inner) && !SLOT_NOUNS.has(inner.toLowerCase()) && !/^(?:insert|enter|specify|fill|complete|describe|provide|list)$/i.test(inner) && !/^\p{Lu}{3,}$/u.test(inner)) {
    return undefined;
  }
  if (INSTRUCTION_START.test(inner)) {
    const named = words.slice(1).map((w) => w.toLowerCase()).filter((w) => !SMALL_WORDS.has(w));
    const onlyNames = named.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w));
    return words.length <= 3 || onlyNames ? { kind: 'slot', label: slotLabel(inner) } : { kind: 'drafting-note', label: noteLabel(inner) };
  }
  if (DATE_FORMAT.test(inner) && /\b(?:DD|MM|YYYY|YY|Month|Day|Year)\b/i.test(inner)) return { kind: 'slot', label: 'date' }; // "[DD Month YYYY]"
  if (/^(?:X{1,4}|N{1,2}|#{1,3}|X(?:\.X){1,3})$/.test(inner)) return { kind: 'slot', label: 'number' }; // "[X] years", "[N] days", "[X.X]"
  // "[30 days]", "[12 months]": a period the template proposes for the adopter to confirm, as it brackets "[X] years"
  // (only in a visible template: a finished text's brackets around a period are its own).
  if (PROPOSED_PERIOD.test(inner)) return { kind: 'slot', label: 'period', weak: true };
  if (/^[A-Za-z]+(?:_[A-Za-z0-9]+)+$/.test(inner)) return { kind: 'slot', label: inner.replace(/_/g, ' ') }; // "[company_name]"
  // "[Privacy contact email, e.g., dpo@clinic.org]": a slot described, with an example address as guidance.
  if (GUIDANCE.test(inner) && !/^(?:e\.g\.|eg\.|i\.e\.|for example|for instance|such as|z\.\s?B\.)/i.test(inner)) {
    const guided = withGuidance(inner);
    if (guided?.kind === 'slot') return guided;
  }
  if (/@|\bwww\.|https?:|\.com\b/i.test(inner)) {
    // "[CONTACT@YOUREMAIL.COM]", "[YOUR SITE URL]": an address written as a slot, recognisable by capitals or "your".
    // "[xxx@email.com]", "[name@example.org]": an address that is plainly made up.
    const madeUp = /\byour|(?:^|[\s/])x{2,}[@.]|@(?:e-?mail|domain|example|company|website)\.(?:com|org|net)\b/i.test(inner);
    // "[privacy@northwind.test or a dedicated address]": an address still to choose.
    const choice = choiceOf(inner);
    if (choice && !choice.weak) return choice;
    return madeUp || !/[a-z]/.test(inner) ? { kind: 'slot', label: /@/.test(inner) ? 'e-mail address' : 'web address' } : undefined;
  }
  const guided = withGuidance(inner);
  if (guided) return guided;
  const choice = choiceOf(inner);
  if (choice) return choice;
  const letters = inner.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 1 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) return allCaps(inner, words);
  const first = lowerWord(words[0]);
  // "[Nombre del proyecto]", "[תאריך הפרסום]", "[nom du responsable]": languages that put what a slot asks for first.
  if (words.length <= 5 && ELSEWHERE_NOUNS.has(first) && !/[.!?;]$/.test(inner)) return { kind: 'slot', label: inner };
  // "[Bot Name]", "[Game Title Name]", "[Project Email]": Title Case that ends with what it asks for.
  if (words.length >= 2 && words.length <= 4 && HEAD_NOUNS.test(words[words.length - 1]) && words.every((w) => /^\p{Lu}[\p{Ll}\d'’-]*$/u.test(w) || SMALL_WORDS.has(w))) {
    return { kind: 'slot', label: inner };
  }
  // "[Name of the Ministry]", "[Date of Publication]", "[Address of Registered Office]": what is asked for, then whose.
  if (words.length >= 3 && words.length <= 6 && HEAD_NOUNS.test(words[0]) && /^of$/i.test(words[1]) && words.slice(2).every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()))) {
    return { kind: 'slot', label: inner };
  }
  // "[Other relevant data]", "[Other AI features]": the template's invitation to list more.
  if (first === 'other' && words.length >= 2 && words.length <= 6) return { kind: 'slot', label: inner };
  if (words.length > 8) return weakSlot(inner, words);
  if (/^(?:the|this|that|these|those|such|its|their|his|her|a|an|any|each|every|some)$/.test(first)) return weakSlot(inner, words);
  if (first === 'your' && words.length <= 5) return { kind: 'slot', label: inner }; // "[your company name]", "[Your Name]"
  const content = words.map(lowerWord).filter((w) => !SMALL_WORDS.has(w));
  const named = content.length > 0 && content.some(isSlotNoun) && content.every((w) => isSlotNoun(w) || SLOT_MODIFIERS.has(w));
  // Title Case, lower case or sentence case ("[Company Name]", "[contact email]", "[Legal company name]", "[DPO name]").
  const cased = words.slice(1).every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)) || words.slice(1).every((w) => !/\p{Lu}/u.test(w) || isAcronym(w));
  return named && cased ? { kind: 'slot', label: inner } : weakSlot(inner, words);
}

/** "Data Protection Officer [DPO]": an acronym defined by the words just before it. */
function definesAcronym(text: string, open: number, inner: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(inner)) return false;
  const before = text.slice(Math.max(0, open - 120), open).trimEnd().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = before.slice(-inner.length).map((w) => w[0]).join('');
  return initials === inner;
}

/**
 * Compound slot labels of languages written without spaces: a few characters that end with what the slot asks for
 * ("游戏名称" game name, "客服邮箱" support mailbox, "本社住所", "담당자 이메일"). "【重要】", "【设置】" end with no such noun.
 */
const CJK_SLOT_COMPOUND =
  /^(?:[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{1,8}(?:名|名称|名稱|邮箱|郵箱|邮件地址|地址|日期|电话|電話|电话号码|電話番号|网址|網址|域名|住所|所在地|番号|アドレス|メール|連絡先|联系方式|聯繫方式|日付|年月日)|\p{Script=Hangul}{1,8}(?:명|주소|이메일|전화번호|연락처|일자|날짜))$/u;

/** A word in lower case as the lexicons write it: Turkish "İ" lowers to "i" and a combining dot, which is dropped ("TARİH" -> "tarih"). */
function lowerWord(word: string): string {
  return word.toLowerCase().replace(/\u0307/g, '');
}

/** A word that names what a slot asks for, including compounds of languages written without spaces ("패키지명", "イベント名", "游戏名称"). */
export function isSlotNoun(word: string): boolean {
  return SLOT_NOUNS.has(word) || CJK_SLOT_COMPOUND.test(word);
}

/** Arrows between the steps of a menu path: "Settings → [Your Name] → iCloud", "Settings > [Account] > Privacy". */
const MENU_ARROW_BEFORE = /(?:[→➔➜›»]|->|\p{L}\s>)\s{0,3}[*_]{0,2}$/u;
const MENU_ARROW_AFTER = /^[*_]{0,2}\s{0,6}(?:[→➔➜›»]|->|>\s\p{L})/u;

/** Whether the bracket is a step of a menu path, between arrows (a line break may come before the next arrow). */
function inMenuPath(text: string, open: number, close: number): boolean {
  return MENU_ARROW_BEFORE.test(text.slice(Math.max(0, open - 8), open)) && MENU_ARROW_AFTER.test(text.slice(close, close + 10).replace(/^[ \t]*(?:\r\n|\r|\n)[ \t]*/, ' '));
}

/** Whether the bracket, in bold, is all its line holds and a list follows: "**[필수 정보]**" then "- 이메일, 비밀번호". */
function boldLabelOverList(text: string, open: number, close: number): boolean {
  const bold = /^[ \t>]*(\*\*|__)$/.exec(linePrefix(text, open, 12) ?? '')?.[1];
  if (!bold || !text.startsWith(bold, close)) return false;
  return /^[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))?[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]/.test(text.slice(close + 2, close + 40));
}

/**
 * A reference to a requirement, article or section that a passage answers or cites, in parentheses: "(EPF requirement 1 —
 * …)", "(GDPR Art. 13(2)(a))", "(see Section 4)", "(Indicator 9A)", "(Artículo 6 RGPD)", "(제15조)", "(第17条)".
 */
const REFERENCE =
  /^(?:see\s+|cf\.?\s+|per\s+|vgl\.\s+|voir\s+|ver\s+)?(?:[\p{Lu}\d][\p{L}\d.&-]{0,15}\s+){0,3}(?:requirements?|articles?|art\.|sections?|sec\.|§§?|clauses?|indicators?|recitals?|principles?|controls?|criteri(?:on|a)|paragraphs?|para\.|rules?|artikel|art[íi]culo|articolo|artigo|статья|standard)\s?\d|^(?:第\s?\d{1,3}\s?条|제\s?\d{1,3}\s?조)/iu;

/** Parenthesised text that speaks to the drafter. Tested on the inner text. */
const PAREN_NOTE: RegExp[] = [
  // "(to be confirmed during legal review)", "(TBD)", "(Placeholder Date)", "(To verify before publishing: …)"
  /\bto\s+be\s+(?:completed|determined|confirmed|added|updated|decided|defined|specified|finali[sz]ed|verified|checked|provided|announced|written)\b/i,
  /^(?:tbd|tbc|todo|fixme)\b/i,
  /\bplaceholder\b/i,
  // "(Always use the CURRENT date)", "(put today's date)", "(enter the real date here)"
  /^(?:always\s+)?(?:use|put|insert|enter|write|set)\s+(?:the\s+)?(?:current|today'?s|actual|real|latest|publication)\s+date\b/i,
  // (not a purpose of collecting the reader's data: "(to verify legal age, 18+)", "(to confirm your identity)")
  /^to\s+(?:verify|confirm|check|complete|decide|review|do|update)\b(?!\s+(?:that\s+)?(?:you|your|the\s+user'?s?|users?'?|(?:legal\s+|minimum\s+)?age|identity|eligibility|ownership|accounts?|payments?|purchases?)\b)/i,
  /\b(?:before|prior\s+to)\s+(?:publishing|publication|launch|going\s+live|release|submission)\b/i,
  // "(delete if the Hub does not offer this)", "(remove this line unless you sell data)"
  /^(?:include|delete|remove|omit|keep|drop)\b.{0,160}\b(?:if|when|unless|where|only)\b/i,
  // "(or specify your retention period)", "(Provide links for cookie settings for major browsers)" — not the reader's
  // "(provide your order number when you write)"
  /^or\s+(?:specify|insert|describe|list|provide|fill\s+in|replace|state|add|choose)\b/i,
  /^(?:specify|insert|describe|list|provide|fill\s+in|state)\s+(?!of\b|for\b|that\b|your\b|us\b)(?:\S+\s+){3}\S/i,
  // "(recommend OAuth / tokens)": a note to the developer, not "(recommended)"
  /^recommend\s/i,
  // "Hotjar (if used)", "Matomo (nur falls genutzt)", "(si implementado)", "DPO (falls bestellt)": whether the operator uses
  // a tool at all, left open — not "(if provided)" or "(if available)" about the reader's data.
  /^(?:only\s+)?if\s+(?:used|implemented|in\s+use|installed|you\s+use\s+(?:it|this|them))$/i,
  /^(?:nur\s+)?(?:falls|wenn|sofern)\s+(?:genutzt|verwendet|eingesetzt|bestellt|benannt|implementiert)$/i,
  /^(?:solo\s+)?si\s+(?:implementado|se\s+implementa|se\s+utiliza|se\s+usa|utilizado|usado)$/i,
  /^(?:seulement\s+)?si\s+(?:utilisé|mis\s+en\s+place|implémenté)$/i,
];

/** Notes that are the drafter's only in a visible template: "(recommended: define and document)", "(recomendado: …)". */
const PAREN_WEAK_NOTE = /^(?:recommended|recomendad[oa]|recomendável|recommandée?|empfohlen|consigliat[oa]|aanbevolen)\s*:/i;
/**
 * Alternatives left open with a slash, each a noun phrase with its own determiner: "(our mobile application/the
 * Service)", "(the app/our website)" — not "(Firebase/Google Cloud)" or "(EU-hosted database/infrastructure)".
 */
const PAREN_SLASH_CHOICE = /^(?:our|the|your|this|its|their|my|a|an)\s[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,2}\/(?:our|the|your|this|its|their|my|a|an)\s[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,2}$/iu;

/** Choices left open in parentheses: "(Consent | Contract | Legitimate interests)", "(We honor/do not honor DNT signals)". */
const PAREN_CHOICE: RegExp[] = [
  // "(example.app or similar)": an address not settled yet
  /^(?:[\w-]+\.)+[a-z]{2,10}\s+or\s+(?:similar|another)$/i,
  /\S\s\|\s\S.*\S\s\|\s\S/, /\b(\p{L}+)\s*\/\s*(?:do|does|did|will|would|can|is|are)\s+not\s+\1\b/iu, /\b(do|does|will|can|is|are)\s*\/\s*(?:\1\s+)?not\b/i];

/** A condition that belongs to the slot just before it: "{{DPO_EMAIL}} (if applicable)", "[EU REP] (required under GDPR Art. 27 if you …)". */
const SLOT_CONDITION = /\b(?:if|where|when)\s+(?:applicable|required|relevant|needed|necessary|appropriate|any|used|enabled|appointed)\b|\brequired\s+(?:under|by|for|if|in)\b|^optional$/i;

/**
 * A parenthesised slot or note: "(insert date)", "(INSERT COMPANY NAME)", "(COMPANY NAME)", "(앱 이름)"; "(Company Name)"
 * and "(enter your e-mail)" only in a visible template; notes to the drafter ("(to be confirmed)", "(or specify your
 * period)"), open choices ("(Consent | Contract)"), a condition right after a slot, and, in a visible template, a
 * paragraph that is nothing but a parenthesised instruction. Parentheses are everywhere in finished text, so only these
 * shapes count. `open` is at "(", `close` after ")".
 */
export function classifyParenthesis(text: string, open: number, close: number): BracketVerdict | undefined {
  const inner = text.slice(open + 1, close - 1).trim();
  // "(replace with your company name)", "(change to your DPO's address)": an instruction to the drafter.
  if (/^(?:please\s+)?(?:replace|change|update|swap)\s+(?:this\s+|it\s+)?(?:with|to|by)\s+(?:your|the\s+real|the\s+actual)\b/i.test(inner)) return { kind: 'drafting-note', label: inner };
  if (PAREN_NOTE.some((re) => re.test(inner))) return { kind: 'drafting-note', label: noteLabel(inner) };
  if (PAREN_CHOICE.some((re) => re.test(inner))) return { kind: 'slot', label: `choice (${inner})` };
  if (PAREN_WEAK_NOTE.test(inner)) return { kind: 'drafting-note', label: inner, weak: true };
  if (PAREN_SLASH_CHOICE.test(inner)) return { kind: 'slot', options: inner.split('/').map((o) => o.trim()), weak: true };
  if (/[\]}][*_]{0,2}\s{1,2}$/.test(text.slice(Math.max(0, open - 4), open)) && SLOT_CONDITION.test(inner)) return { kind: 'drafting-note', label: inner };
  const words = inner.split(/\s+/);
  const caseless = !/\p{Lu}|\p{Ll}/u.test(inner);
  // "(EPF requirement 1 — …)", "(GDPR Art. 13(2))", "(see Section 4)": a reference to what the passage answers.
  if (REFERENCE.test(inner)) return undefined;
  if (words.length > 7) return ownParagraph(text, open, close) ? { kind: 'drafting-note', label: inner, weak: true } : undefined;
  const verb = /^(?:insert|fill\s+in|enter|specify|add|type)\b/i.exec(inner);
  const rest = (verb ? words.slice(verb[0].split(/\s+/).length) : words).map((w) => w.toLowerCase()).filter((w) => !SMALL_WORDS.has(w));
  const named = rest.length > 0 && rest.some(isSlotNoun) && rest.every((w) => isSlotNoun(w) || SLOT_MODIFIERS.has(w));
  if (!named) return caseless && ownParagraph(text, open, close) && inner.length >= 8 ? { kind: 'drafting-note', label: inner, weak: true } : undefined;
  if (verb) return { kind: 'slot', label: slotLabel(inner), ...(/^(?:insert|fill)/i.test(verb[0]) ? {} : { weak: true }) };
  // "(DPO)", "(Controller)": a defined term or acronym; in a script without capitals, "(이메일)" is a slot.
  if (words.length < 2) return caseless ? { kind: 'slot', label: inner } : undefined;
  const letters = inner.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase() && words.length >= 2) return { kind: 'slot', label: humanizeCaps(inner) };
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)) ? { kind: 'slot', label: inner, weak: true } : undefined;
}

/** Whether the group `open..close` is a paragraph of its own: alone on its line, with no text on the lines around it. */
function ownParagraph(text: string, open: number, close: number): boolean {
  const before = linePrefix(text, open, 40);
  if (before === undefined || !/^[\s>*_]*$/.test(before)) return false;
  const after = /^[\s*_.]*?(?:\r\n|\r|\n|$)/.exec(text.slice(close, close + 8));
  if (!after) return false;
  const lineStart = open - before.length;
  const previous = text.slice(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1)).split(/\r\n|\r|\n/).pop() ?? '';
  const nextFrom = close + after[0].length;
  const next = text.slice(nextFrom, nextFrom + 200).split(/\r\n|\r|\n/)[0];
  // The line before may be a heading ("## Cookies" then "(Say which cookies…)"); the line after must be blank.
  return (lineStart === 0 || !previous.trim() || /^\s{0,3}#{1,6}\s/.test(previous)) && !next.trim();
}

/** "[16] years", "under [16]", "aged [13] or over": a bare number where an age or a period belongs. */
function ageOrPeriod(text: string, open: number, close: number): boolean {
  const before = text.slice(Math.max(0, open - 16), open);
  const after = text.slice(close, close + 12);
  return /\b(?:under|over|aged?(?:\s+of)?|least)\s{1,3}$/i.test(before) || /^\s{1,3}(?:years?|months?|weeks?|days?|hours?)\b/i.test(after);
}

/** "[ROLE - e.g., DPO, Legal, Privacy Manager]": a slot named before its guidance; longer guidance is a note. */
function withGuidance(inner: string): BracketVerdict | undefined {
  const g = GUIDANCE.exec(inner);
  if (!g) return undefined;
  const cut = HEAD_END.exec(inner);
  const head = (cut && cut.index < g.index ? inner.slice(0, cut.index) : inner.slice(0, g.index)).replace(/[\s:,(–—-]+$/, '').trim();
  const headWords = head.split(/\s+/).filter(Boolean);
  if (headWords.length >= 1 && headWords.length <= 4) return { kind: 'slot', label: /\p{Ll}/u.test(head) ? head : humanizeCaps(head) };
  return { kind: 'drafting-note', label: noteLabel(inner) };
}

/** "[16/18]", "[13/16/18]", "[X days/months]", "[email / website notice / other method]", "["we" or "I"]". */
function choiceOf(inner: string): BracketVerdict | undefined {
  const parts = inner.split(CHOICE_SPLIT).map(cleanOption);
  if (parts.length < 2 || parts.length > 6 || parts.some((p) => !p || p.split(/\s+/).length > 4 || !/^[\p{L}\d]/u.test(p))) return undefined;
  // "[2019/2020]", "[1/2]": years and fractions are not choices; ages and periods are ("[16/18]").
  if (parts.every((p) => /^\d+$/.test(p)) && parts.some((p) => p.length > 2 || Number(p) < 10)) return undefined;
  // Two plain words ("[time/date]", "[he/she]") may be an example's wording in finished text; ages, quoted options,
  // "X days", capitals, phrases, three or more options, "or other" are a drafter's choice anywhere.
  // Pronouns ("[he/she]", "[his/her]") are a drafter's choice in any document.
  const pronouns = parts.every((p) => /^(?:he|she|they|his|her|hers|their|him|them|we|i|us|me|our|my)$/i.test(p));
  const plain = !pronouns && parts.length === 2 && parts.every((p) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(p)) && !/^["'“‘]/.test(inner) && !/\bor\b/i.test(inner);
  return { kind: 'slot', options: parts, ...(plain ? { weak: true } : {}) };
}

/**
 * A short bracketed phrase that reads like a label: a slot only in a document that is visibly a template. A longer one
 * counts when it speaks to the drafter ("[User actions that lead to data being collected by your app]").
 */
function weakSlot(inner: string, words: string[]): BracketVerdict | undefined {
  if (!/^["'“(]?[\p{L}]/u.test(inner)) return undefined;
  // An aside is a clause, not a label: "[this is by no means a complete list]", "[which we may change]".
  if (/^(?:this|that|it|which|who|we|you|they)\s+(?:is|are|was|were|will|may|can|might|do|does)\b/i.test(inner)) return undefined;
  if ((words.length > 12 || inner.length > 120) && !(words.length <= 30 && inner.length <= 240 && /\byour\b/i.test(inner))) return undefined;
  if (words.length <= 3 && UI_BUTTON.test(inner)) return undefined; // a button drawn in text: "[Accept All]" 
  return { kind: 'slot', label: inner, weak: true };
}

/** Labels of buttons and menu items that templates draw in brackets ("[Accept All] [Reject Non-Essential]"). */
const UI_BUTTON = /^(?:accept|reject|decline|allow|deny|agree|disagree|manage|save|cancel|submit|subscribe|unsubscribe|sign|log|continue|close|learn|read|download|print|share|back|next|ok|okay|yes|no|got|opt)\b/i;

/** Slot words of other languages (see SLOT_WORDS_ELSEWHERE). */
const ELSEWHERE_NOUNS = new Set(SLOT_WORDS_ELSEWHERE.nouns);
/** What a Title Case slot label ends with: the kind of value asked for. */
const HEAD_NOUNS = /^(?:Name|Names|Email|E-mail|Address|URL|Url|Date|Number|Phone|Telephone|Domain|Website|Link|Handle)$/;

const isAcronym = (w: string) => /^\p{Lu}{2,5}s?$/u.test(w);

/** "[DATE]", "[COMPANY NAME]", "[NUMBER OF DAYS]" are slots; "[GDPR]", "[EU]", "[N/A]" are acronyms. */
function allCaps(inner: string, words: string[]): BracketVerdict | undefined {
  const lower = words.map(lowerWord);
  if (words.length === 1) {
    const w = inner.replace(/[^\p{L}\d]/gu, '');
    const isLexicon = SLOT_NOUNS.has(lower[0]) || INSTRUCTION_START.test(inner);
    // Short capitals are acronyms ("[GDPR]"); editorial marks ("[REDACTED]") are deliberate.
    if (!isLexicon && (w.length < 6 || /^(?:REDACTED|CONFIDENTIAL|ARCHIVED|DELETED|UPDATED|REVISED|AMENDED|REPEALED|OMITTED)$/.test(w))) return undefined;
  }
  return { kind: 'slot', label: humanizeCaps(inner) };
}

/** A slot's label in ordinary case. */
function slotLabel(inner: string): string {
  return /\p{Ll}/u.test(inner) ? inner : humanizeCaps(inner);
}

/** "NUMBER OF DAYS" -> "number of days", keeping abbreviations ("YOUR SITE URL" -> "your site URL", "HIPAA"). */
function humanizeCaps(s: string): string {
  return s.replace(/[\p{L}\d]+/gu, (w) => (isAbbreviation(w) ? w : w.toLowerCase()));
}

function noteLabel(inner: string): string {
  return inner.replace(/^[^:–—]{0,40}\b(?:note|comment|instructions?|todo|tbd|tbc)\b\s*[:\-–—]\s*/i, '').trim() || inner;
}

/** A BBCode tag: one with a value ("[url=…]"), a closing tag, or an opening tag closed later ("[b]…[/b]"), or "[*]". */
function bbCode(text: string, close: number, inner: string): boolean {
  const m = BBCODE.exec(inner);
  if (!m) return false;
  if (m[1] || m[3] || m[2] === '*') return true;
  return text.slice(close, close + 2_000).toLowerCase().includes(`[/${m[2].toLowerCase()}]`);
}

/** Whether the bracket sits in a quoted e-mail subject offered to the reader ("Subject: "Access request – [Type]""). */
function inSuggestedSubject(text: string, open: number): boolean {
  const before = linePrefix(text, open, 120);
  return !!before && /\b(?:subject|asunto|betreff|objet|assunto|oggetto|onderwerp)[*_]{0,2}\s{0,2}[:：][*_]{0,2}\s{0,3}["“'«][^"”'»\r\n]{0,80}$/i.test(before);
}

/** Whether the bracket is the value of a field whose label says the same: "**CNPJ:** [CNPJ]", "Phone – [PHONE]". */
function repeatsFieldLabel(text: string, open: number, inner: string): boolean {
  const before = linePrefix(text, open, 80);
  const label = before && /([\p{L}][\p{L}\d .'’-]{0,40}?)[*_]{0,2}\s{0,2}[:：–—-][*_]{0,2}\s{0,3}[*_]{0,2}$/u.exec(before)?.[1];
  return !!label && label.trim().toLowerCase() === inner.toLowerCase() && /\p{L}{2}/u.test(inner);
}

/** False when the brackets are Markdown link or reference syntax: "[text](url)", "[text][ref]", "![alt]", "[ref]: url", "*[ABBR]: ...". */
function linkFree(text: string, open: number, close: number): boolean {
  const after = text.charCodeAt(close);
  if (after === 40 /* ( */ || after === 91 /* [ */) return false;
  const before = open > 0 ? text.charCodeAt(open - 1) : -1;
  if (before === 93 /* ] */ || before === 33 /* ! */) return false;
  if (after === 58 /* : */) {
    const prefix = linePrefix(text, open, 4);
    if (prefix === undefined) return true;
    if (/^\s{0,3}\*$/.test(prefix)) return false; // abbreviation definition "*[GDS]: ..."
    if (/^\s{0,3}$/.test(prefix) && /^:\s*(?:<|https?:|mailto:|www\.|\/|#|\.\.?\/|\{\{|\$\{)/i.test(text.slice(close, close + 12))) return false;
  }
  return true;
}

/** "- [x] done", "* [ ] open", "1. [X] item": GitHub task list boxes. */
function isTaskBox(text: string, open: number, inner: string): boolean {
  if (!/^[xX ]$/.test(inner) && inner !== '') return false;
  const prefix = linePrefix(text, open, 24);
  return prefix !== undefined && /^\s*(?:[-*+]|\d{1,9}[.)])\s+$/.test(prefix);
}

/** The text from the start of the line to `offset`, or undefined when the line started more than `max` characters earlier. */
export function linePrefix(text: string, offset: number, max: number): string | undefined {
  for (let i = offset - 1; i >= 0 && i >= offset - max - 1; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return text.slice(i + 1, offset);
  }
  return offset <= max ? text.slice(0, offset) : undefined;
}
