// A slot's own words, put into a message without mangling them: "[type of data]" asks for "the type of data",
// "[INSERT HIPAA COVERED ENTITY NAME]" for "the HIPAA covered entity name", "[Your Name]" for "your name",
// "[List categories]" for "the categories"; "[verify SDK data]" is an instruction and is repeated as one. A label that
// is not a short noun phrase ("For Quebec users:", "up to 10") is not forced into one: the message then says to
// replace the slot, and quotes it.

/**
 * Abbreviations written in capitals, kept as written when a slot in capitals is turned into ordinary case
 * ("[INSERT DPO EMAIL]" -> "the DPO email"). Words without a vowel ("SMS", "NIF") are kept too.
 */
const ACRONYMS = new Set(
  (
    'GDPR UK EU EEA EFTA US USA CCPA CPRA COPPA HIPAA FERPA GLBA LGPD PIPEDA PIPL APPI DPDP POPIA PDPA CALOPPA VCDPA CPA ' +
    'CTDPA UCPA FTC ICO CNIL EDPB ANPD OPC OAIC DPA DPO DSAR SCC SCCS BCR BCRS DPF DPIA PIA AI API SDK URL URLS URI IP ' +
    'ID IDS OS IOS PC GPS SSL TLS HTTP HTTPS DNS CDN AWS GCP CRM ERP ML LLM SAAS DNT GPC HTML CSS JSON PDF FAQ VAT EIN ' +
    'ABN ACN CNPJ CPF LLC LLP INC LTD PLC GMBH CEO CTO CFO HR IT PR ZIP PIN SSN DOB QR NFC RFID VPN SMS MMS'
  ).split(' '),
);

/** Capitalised abbreviations that are also English words: not put back in capitals when a label comes in lower case. */
const ALSO_WORDS = new Set(['US', 'IT', 'PR', 'PIN', 'ZIP', 'OS', 'AI', 'ID', 'CPA', 'PC', 'IDS']);

/** Words that open an instruction whose object is what goes in the slot: "[Insert date]" asks for "the date". */
const OBJECT_VERBS = /^(?:insert|add|describe|list|specify|provide|enter|fill(?:\s+in)?|state|identify|outline|detail|mention|write|attach|type|put|give)\s+(?:in\s+|out\s+|here\s+)?/i;

/** Words that open an instruction to do something else: the instruction itself is what the message repeats. */
const OTHER_VERBS = /^(?:complete|confirm|check|verify|review|update|choose|select|edit|customi[sz]e|adapt|adjust|modify|amend|tailor|replace|summari[sz]e|explain|decide|delete|remove)\b/i;

/** First words that already make a noun phrase definite or say whose it is: no "the" before them. */
const DETERMINERS = /^(?:your|our|my|his|her|their|its|the|a|an|this|that|these|those|any|each|every|some|other|another|all|no|which|what|whether|how|when|where|why|who)$/i;

/** Labels that name the moment rather than the thing ("{{ lastUpdated }}", "{{TODAY}}"): what goes there is a date. */
const DATE_WORDS = /^(?:today|now|last updated|updated|last modified|modified|effective|last revised|revised)$/i;

/** Words a noun phrase neither starts nor ends with. */
const CONNECTIVES = /^(?:of|or|and|to|for|with|in|on|at|by|if|as|from|unless|than|but|so|then)$/i;

const hasVowel = (w: string) => /[AEIOUY]/i.test(w);
const isCaps = (w: string) => /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/** Whether a word is an abbreviation that keeps its capitals. */
export function isAcronym(word: string): boolean {
  const bare = word.replace(/[^\p{L}\d]/gu, '');
  if (!bare || !isCaps(bare)) return false;
  const upper = bare.replace(/S$/, '').toUpperCase();
  return ACRONYMS.has(bare.toUpperCase()) || ACRONYMS.has(upper) || (bare.length >= 2 && bare.length <= 5 && /^[A-Z]+$/.test(bare) && !hasVowel(bare));
}

/** A word of a label written in lower case ("url" in "cookie_policy_url"), with an abbreviation's capitals restored. */
export function restoreCase(word: string): string {
  const upper = word.toUpperCase();
  return word === word.toLowerCase() && ACRONYMS.has(upper) && !ALSO_WORDS.has(upper) && word.length <= 5 ? upper : word;
}

/** Short words that stay in lower case in Title Case ("Date of Birth"). */
const SMALL = /^(?:of|the|and|or|for|to|a|an|in|on|at|by|with|per|e-?mail)$/i;
const titleWord = (w: string) => /^\p{Lu}[\p{Ll}'’-]*,?$/u.test(w);

/**
 * A label's words in ordinary case. In capitals or Title Case ("COMPANY NAME", "Your Company Name") every word is
 * lowered but abbreviations and "I"; in sentence case ("Data center locations", "For Quebec users") only the first word
 * is, so names stay as written. Inner capitals ("GitHub", "SaaS") are kept; "url" in an identifier becomes "URL".
 */
function ordinaryCase(words: string[]): string[] {
  const allCaps = words.every((w) => !/\p{Ll}/u.test(w));
  const title = !allCaps && words.every((w) => titleWord(w) || SMALL.test(w) || isAcronym(w) || !/\p{L}/u.test(w));
  return words.map((w, i) => {
    if (w === 'I' || isAcronym(w)) return w;
    if (allCaps) return w.toLowerCase();
    // The first word of sentence case is lowered unless it is a name's possessive ("Anthropic's retention policy").
    if ((title || (i === 0 && !/['’]s$/.test(w))) && titleWord(w)) return w.toLowerCase();
    if (title && SMALL.test(w)) return w.toLowerCase();
    return restoreCase(w);
  });
}

/** Quotes, brackets and trailing punctuation around a label. */
function bare(label: string): string {
  return label
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“‘(\[]+|["'”’)\]]+$/g, '')
    .replace(/[\s:.,;]+$/, '')
    .trim();
}

/**
 * What a slot asks for, as a noun phrase to follow "write": "the company name", "your support email", "the DPO email".
 * Undefined when the label is not a short noun phrase (a sentence, an instruction to do something else, a number).
 */
export function slotPhrase(label: string | undefined): string | undefined {
  if (!label) return undefined;
  let text = bare(label);
  if (DATE_WORDS.test(text)) return 'the date';
  // "[Insert date]" asks for the date; "[type of data]" is not an instruction to type.
  const stripped = text.replace(OBJECT_VERBS, '');
  if (stripped && stripped !== text && !CONNECTIVES.test(stripped.split(' ')[0])) text = stripped;
  text = text.replace(/\s+here$/i, '');
  if (!text || OTHER_VERBS.test(text)) return undefined;
  // A short phrase of words: no sentence punctuation, no digits, at most nine words.
  if (!/^[\p{L}'’&/-]+(?:,? [\p{L}'’&/-]+){0,8}$/u.test(text) || / [-–—&]+ |n['’]t\b/.test(text)) return undefined;
  // "[N MONTHS]", "[X days]": a number of something.
  const count = /^(?:X{1,3}|N{1,2}) (\p{L}+)$/iu.exec(text);
  if (count) return `the number of ${count[1].toLowerCase()}`;
  const words = ordinaryCase(text.split(' '));
  if (words.length === 1 && OBJECT_VERBS.test(words[0] + ' ')) return undefined; // "[Insert]" alone
  // A phrase opens and ends with a word of its own, not "for", "if" or "or" ("[For Quebec users:]" is a heading).
  if (CONNECTIVES.test(words[0]) || CONNECTIVES.test(words[words.length - 1])) return undefined;
  if (DATE_WORDS.test(words.join(' '))) return 'the date';
  return (DETERMINERS.test(words[0]) ? '' : 'the ') + words.join(' ');
}

/** An instruction left in a slot ("[verify SDK data]", "[COMPLETE BEFORE PUBLISHING]"), as an imperative for a message. */
export function slotInstruction(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const text = bare(label);
  if (!OTHER_VERBS.test(text) || text.length > 80) return undefined;
  return ordinaryCase(text.split(' ')).join(' ');
}

/** The alternatives of a choice as written, without the quotes and commas around them: ["We" or "I",] -> We, I. */
export function cleanOption(option: string): string {
  return option
    .trim()
    .replace(/^(?:or|and)\s+/i, '')
    .replace(/[,;]+$/, '')
    .replace(/^["'“‘]+|["'”’]+$/g, '')
    .trim();
}

/** “a”, “b” or “c”. */
export function listOptions(options: string[]): string {
  const q = options.map((o) => `“${o}”`);
  return q.length < 2 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}
