// The parts of a template that are written for whoever prepares the policy rather than for its readers, found from the
// document's outline: a section whose heading says so ("How to Use This Template", "Notes for the developer",
// "Reviewer notes", "Checklist for Publishing", "Template variables", "Open decisions") or whose list is the adopter's
// steps on the document ("1. Copy this template 2. Replace the placeholders 3. Host this policy"),
// which at the end of a document runs to its end ("Hosting Options" and "Quick GitHub Pages Setup" after "Instructions
// for Using This Template" belong to it); what follows an "END OF PRIVACY POLICY" line; and the preamble between a title
// that calls the document a template or a draft and the thematic break (or the real title) after it. Each is one
// drafting note over the whole part, so a quick fix removes it at once.
//
// Heading vocabulary is data (AUTHOR_HEADINGS); the code reads the outline generically.
import type { Span } from '../types.ts';
import { ABOUT_THE_DRAFT, DOCUMENT_NOUN, titleMarkerIn, trimmed } from './banners.ts';

/** What the outline gives for each heading. */
export interface OutlineSection {
  title: string;
  level: number;
  heading: Span;
  body: Span;
}

export interface Wrapper {
  span: Span;
  /** The heading or marker that shows the part is for the author. */
  label: string;
}

/** Headings of sections written for the person preparing the document. */
export const AUTHOR_HEADINGS: RegExp[] = [
  // "How to Use This Template", "How to customise this draft" — not "How to use the app"
  /\bhow\s+to\s+(?:use|customi[sz]e|fill\s+in|complete|adapt|edit|publish|host)\s+(?:this|the)\s+(?:template|draft|boilerplate|sample|generator|policy\s+template)\b/i,
  // "Instructions for Merchants", "Notes for the developer", "Guidance for Attorney", "Questions for counsel"
  // (a developer in the singular: "Notes for developers" may be a platform's section for the developers who use it)
  /\b(?:instructions?|notes?|guidance|checklist|tips|to-?dos?|reminders?|questions)\s+(?:for|to)\s+(?:the\s+)?(?:developer|drafters?|authors?|editors?|attorneys?|lawyers?|counsel|reviewers?|merchants?|publishers?|implementers?|maintainers?)\b/i,
  // "Instructions for Using This Template", "Checklist for Publishing Privacy Policy" — not "Notes on using our app"
  /\b(?:instructions?|notes?|guidance|checklist|steps)\s+(?:for|on|before)\s+(?:using|completing|filling\s+in|customi[sz]ing)\s+(?:this|the)\s+(?:template|draft)\b/i,
  /\b(?:checklist|steps|instructions?)\s+(?:for|before)\s+(?:publishing|publication|launch(?:ing)?)\b/i,
  // "Hosting Instructions", "Publishing steps", "How to publish this policy", "Required drafting sections", "公開方法",
  // "发布步骤", "게시 방법": how the author puts the document online, or what a draft must still hold — not "Hosting"
  /\b(?:hosting|publishing|publication|deployment)\s+(?:instructions?|steps|guide|notes)\b|^how\s+to\s+(?:publish|host|deploy)\b|\bdrafting\s+(?:sections|requirements|items|tasks|points)\b/i,
  /^[^\p{L}\d]{0,4}(?:公開方法|公開手順|掲載方法|発行方法|ホスティング方法|发布方法|發布方法|发布步骤|發布步驟|部署说明|部署說明|托管方法|게시\s?방법|배포\s?방법|호스팅\s?방법)$/u,
  // A checklist in other languages: "✅ 체크리스트", "チェックリスト", "检查清单", "Checkliste", "Lista de verificación"
  /^[^\p{L}\d]{0,4}(?:체크\s?리스트|チェックリスト|检查清单|檢查清單|checkliste|lista\s+de\s+(?:verificaci[óo]n|comprobaci[óo]n|verifica[çc][ãa]o)|liste\s+de\s+contr[ôo]le|controlelijst)$/iu,
  // A section the heading tells the author to delete before publishing, in any language: "Notes for you (delete before
  // publishing)", "ملاحظات لك (احذفها قبل النشر النهائي)", "Hinweise (vor Veröffentlichung löschen)", "公開前に削除"
  /\b(?:delete|remove)\s+(?:(?:this|these|it|them|(?:this\s+)?section)\s+)?before\s+(?:publishing|publication|going\s+live|launch(?:ing)?|release)\b|\b(?:eliminar|borrar|quitar|remover|apagar|excluir)\s+antes\s+de\s+(?:publicar|la\s+publicaci[óo]n|a\s+publica[çc][ãa]o)\b|\b(?:à\s+)?supprimer\s+avant\s+(?:de\s+publier|(?:la\s+)?publication|la\s+mise\s+en\s+ligne)\b|\bvor\s+(?:der\s+|dem\s+)?ver[öo]ffentlich(?:ung|en)\s+(?:l[öo]schen|entfernen)\b|\b(?:da\s+)?(?:eliminare|rimuovere|cancellare)\s+prima\s+(?:della\s+pubblicazione|di\s+pubblicare)\b|\bverwijderen\s+v[óo]{1,2}r\s+(?:publicatie|publiceren)\b|удалит[ьеи]\s+перед\s+публикацией|yay[ıi]nlamadan\s+[öo]nce\s+sil|احذف\p{L}{0,3}\s+قبل\s+(?:ال)?نشر|公開前に削除|公開前に消す|发布前删除|發布前刪除|게시\s?전(?:에)?\s?삭제|배포\s?전(?:에)?\s?삭제/iu,
  // "Reviewer notes", "Drafting notes", "Developer instructions", "Template notes"
  /\b(?:reviewer|developer|drafting|drafter|editor(?:ial)?|author|template)(?:'s|s'|s)?\s+(?:notes?|instructions?|guidance|comments?)\b/i,
  // "Release Checklist", "Legal checklist", "📋 CHECKLIST LEGAL", "Checklist de implementación"
  /\b(?:publishing|publication|pre-?launch|launch|deployment|release|legal|compliance|implementation|review|set-?up|operator)\s+checklist\b|\bchecklist\s+(?:legal|l[ée]gale?|jur[íi]dic[oa]|de\s+(?:implementaci[óo]n|publicaci[óo]n|lanzamiento))\b/i,
  // "Before you publish", "Before going live", "Checklist", "To do", "📋 Checklist"
  /^[^\p{L}\d]{0,4}(?:before\s+(?:you\s+)?(?:publish(?:ing)?|launch(?:ing)?|go(?:ing)?\s+live|ship(?:ping)?|deploy(?:ing)?|submit(?:ting)?|releas(?:e|ing))|checklist|to-?do(?:\s+list)?|todos?)\b/iu,
  // "TEMPLATE VARIABLES", "About this template" — not "How the template editor stores data"
  /\btemplate\s+(?:variables|fields|placeholders|instructions|usage)\b|^(?:about|using|customi[sz]ing|filling\s+in)\s+(?:this|the)\s+template$|\bthis\s+template\b/i,
  // "Open Legal/Product Decisions", "Open questions", "Open items", "Action items"
  /\bopen\s+(?:(?:legal|product|policy)\s*[/&]?\s*)*(?:decisions|questions|items|points|issues)\b|^action\s+items$/i,
  // The same in other languages: "Acties", "Actiepunten", "Open punten" (Dutch), "Offene Punkte", "Aufgaben" (German),
  // "Pendientes", "Tareas pendientes" (Spanish), "Points ouverts", "À faire" (French)
  /^(?:acties|actiepunten|open\s+punten|te\s+doen|offene\s+punkte|offene\s+fragen|(?:tareas\s+)?pendientes|points\s+ouverts|questions\s+ouvertes|à\s+faire)$/i,
];
/**
 * A section of steps for whoever adopts the document, whatever its heading: its list items mostly open with an
 * instruction, and one of them acts on the document itself ("Copy this template…", "Host this policy…", "Replace the
 * placeholders…", "Upload the HTML file…"). A reader's steps ("Open Settings", "Print a copy of this policy") act on
 * their own account, device or copy.
 */
const STEP_VERB =
  /^(?:copy|paste|replace|fill|host|publish|upload|deploy|create|add|remove|delete|modify|edit|update|change|customi[sz]e|adapt|enable|set|go|open|save|commit|push|link|insert|review|have|consult|submit|rename|choose|select|put|use|check|make|download|print|read|find|tap|click|sign|write|give|wait|confirm)\b/i;
/** A step that acts on the document: an adopter's verb, then (within a few words) the template, policy, file or its placeholders. */
const DOCUMENT_STEP =
  /^(?:copy|paste|replace|fill\s+in|host|publish|upload|deploy|customi[sz]e|adapt|rename)\b[^.\n]{0,30}?\b(?:(?:this|the)\s+(?:template|policy|document|(?:html\s+|markdown\s+)?file|html\s+version|placeholders?)|(?:all\s+)?placeholders)\b/i;
/** A list item's text, without its marker and emphasis. */
const LIST_ITEM_TEXT = /^([ \t]{0,12})(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\*\*|__)?(.*)$/;
/** The most of a section's body read for its steps. */
const MAX_STEPS_BODY = 4_000;

function stepsForAuthor(text: string, s: OutlineSection): boolean {
  // The steps are the outermost items ("2. Replace the placeholders:" with the list of them under it counts once).
  // The section is its steps: most of its lines are the list ("**Note:** You must: 1. Replace…" after a reader's quick
  // reference is a note inside the section, found by its own words).
  const all: Array<[number, string]> = [];
  let lines = 0;
  for (const line of text.slice(s.body.start, Math.min(s.body.end, s.body.start + MAX_STEPS_BODY)).split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    lines++;
    const item = LIST_ITEM_TEXT.exec(line);
    if (item) all.push([item[1].length, item[2]]);
  }
  if (all.length * 2 < lines) return false;
  const outer = Math.min(...all.map(([indent]) => indent));
  const items = all.filter(([indent]) => indent === outer).map(([, item]) => item);
  if (items.length < 2) return false;
  const instructions = items.filter((i) => STEP_VERB.test(i));
  return instructions.length * 3 >= items.length * 2 && instructions.some((i) => DOCUMENT_STEP.test(i));
}

/** "Next steps" in the languages templates come in: the author's, when the section speaks about the template or draft. */
const NEXT_STEPS =
  /^[^\p{L}\d]{0,4}(?:next\s+steps|次のステップ|今後の(?:手順|対応|作業)|다음\s?단계|下一步|后续步骤|後續步驟|pr[óo]ximos\s+pas(?:o|so)s|prochaines\s+[ée]tapes|n[äa]chste\s+schritte|prossimi\s+passi|volgende\s+stappen|الخطوات\s+التالية)[^\p{L}\d]{0,4}$/iu;

/** A "Next steps" section whose steps act on the template or the draft ("1. Hand this template to a lawyer"). */
function nextStepsOnDraft(text: string, s: OutlineSection): boolean {
  return NEXT_STEPS.test(s.title) && ABOUT_THE_DRAFT.test(text.slice(s.body.start, Math.min(s.body.end, s.body.start + MAX_STEPS_BODY)));
}

/** Words of a policy's own section headings ("Contact us", "Your rights", "How we use data"): where an author's part ends. */
const POLICY_MATTER =
  /\b(?:contact|collect\w*|personal|data|information|rights?|retention|retain|keep|cookies?|children|minors|security|changes?|updates?|transfers?|shar(?:e|ing)|disclos\w*|third[- ]part\w*|processing|purposes?|privacy|consent|dele(?:te|tion)|storage|how\s+we|what\s+we|who\s+we|your)\b/i;
/** "END OF PRIVACY POLICY": what follows is not the policy. */
const END_OF_DOCUMENT = /^\W*end\s+of\s+(?:the\s+)?(?:privacy\s+)?(?:policy|notice|statement|document|outline|template)\b/i;
/** A section this far into the document (a share of its length) or later is at its end: the author's part runs on. */
const TAIL_SHARE = 0.6;
/** The longest preamble read as the author's (a cover note, not the policy's introduction). */
const MAX_PREAMBLE = 3_000;

/** A thematic break on a line of its own: "---", "***", "___", "* * *", or an HTML "<hr>". */
const THEMATIC_BREAK = /^[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|<hr\b[^>]{0,80}>)[ \t]*$/i;

/** The parts of the document written for its author, in order and disjoint. */
export function authorWrappers(text: string, sections: OutlineSection[], skip: (offset: number) => boolean, after = 0): Wrapper[] {
  const out: Wrapper[] = [];
  const preamble = templatePreamble(text, sections, skip, after);
  if (preamble) out.push(preamble);
  let covered = preamble?.span.end ?? 0;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i];
    if (s.heading.start < covered) continue;
    let start: number;
    let end: number;
    if (END_OF_DOCUMENT.test(s.title)) {
      start = s.body.start;
      end = text.length;
    } else if (AUTHOR_HEADINGS.some((re) => re.test(s.title)) || stepsForAuthor(text, s) || nextStepsOnDraft(text, s)) {
      start = s.heading.start;
      const tail = s.heading.start >= TAIL_SHARE * text.length;
      // Its subsections belong to it; at the end of the document, so do the sections after it at its level ("Hosting
      // options" after "How to use this template"), unless one of them is about the policy's own matters.
      let j = i + 1;
      while (j < sections.length && !(sections[j].level < s.level || (sections[j].level === s.level && (!tail || POLICY_MATTER.test(sections[j].title))))) j++;
      end = j < sections.length ? sections[j].heading.start : text.length;
    } else continue;
    const span = partSpan(text, start, end, skip);
    if (!span) continue;
    out.push({ span, label: s.title });
    covered = end;
  }
  return out;
}

/**
 * "# Privacy Policy Template\n\nThis is a template: replace the brackets…\n\n---\n\n# Privacy Policy": the cover note
 * between a title marked as a template or a draft and the thematic break, or the real title, that ends it. A template's
 * cover note is the author's whatever it says; a draft's only when it speaks about the draft.
 */
function templatePreamble(text: string, sections: OutlineSection[], skip: (offset: number) => boolean, after: number): Wrapper | undefined {
  const titleAt = firstContent(text, after);
  if (titleAt < 0) return undefined;
  const titleEnd = lineEnd(text, titleAt);
  const marker = titleMarkerIn(text, titleAt, titleEnd, skip);
  if (!marker) return undefined;
  const isTemplate = !/draft|초안|下書き|草案|草稿|borrador|rascunho|brouillon|entwurf|bozza|مسودة/i.test(text.slice(marker.start, marker.end));
  // The preamble ends at the first thematic break, or at a heading that names the document again.
  let end = -1;
  for (let i = titleEnd; i < text.length && i - titleEnd <= MAX_PREAMBLE; ) {
    const from = i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
    const e = lineEnd(text, from);
    const line = text.slice(from, e);
    if (THEMATIC_BREAK.test(line) && (!/^\s*-/.test(line) || blankBefore(text, from))) {
      end = from;
      break;
    }
    i = e;
    if (from >= text.length) break;
  }
  const headings = sections.filter((s) => s.heading.start > titleEnd && s.heading.start < (end < 0 ? titleEnd + MAX_PREAMBLE : end));
  if (end < 0) {
    const retitle = headings[0];
    if (!retitle || !DOCUMENT_NOUN.test(retitle.title)) return undefined;
    end = retitle.heading.start;
  } else if (headings.length) return undefined;
  const span = trimmed(text, titleEnd, end, skip);
  if (!span) return undefined;
  if (!isTemplate && !ABOUT_THE_DRAFT.test(text.slice(span.start, span.end))) return undefined;
  return { span, label: text.slice(titleAt, titleEnd).replace(/^[\s#*_>]+|[\s*_]+$/g, '') };
}

/** `start..end` without blank space or excluded text at either end (a heading's "##" stays: the quick fix removes it too). */
function partSpan(text: string, start: number, end: number, skip: (offset: number) => boolean): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && (/\s/.test(text[s]) || skip(s))) s++;
  while (e > s && (/\s/.test(text[e - 1]) || skip(e - 1))) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** The offset of the first non-blank line's content at or after `from`, or -1. */
function firstContent(text: string, from: number): number {
  const m = /\S/.exec(text.slice(from, from + 4_000));
  return m ? from + m.index : -1;
}

function lineEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && text[k] !== '\n' && text[k] !== '\r') k++;
  return k;
}

/** Whether the line before the one starting at `from` is blank (so "---" is a break, not a setext underline). */
function blankBefore(text: string, from: number): boolean {
  let k = from - 1;
  if (text[k] === '\n' && text[k - 1] === '\r') k--;
  k--;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}
