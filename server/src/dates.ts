// Today's date written the way the document already writes dates (for the "insert date" quick fix).
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(?:${MONTHS.join('|')})`;

type Style = (d: Date) => string;

const iso: Style = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Styles recognised in the document, first match in the text wins. */
const STYLES: Array<{ re: RegExp; format: Style }> = [
  { re: /\b\d{4}-\d{2}-\d{2}\b/, format: iso },
  { re: new RegExp(`\\b${MONTH} \\d{1,2}, \\d{4}\\b`), format: (d) => `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}` },
  { re: new RegExp(`\\b\\d{1,2} ${MONTH},? \\d{4}\\b`), format: (d) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}` },
];

/** `date` formatted in the first date style found in `text` (ISO 8601 when the text has no complete date). */
export function formatLikeDocument(text: string, date: Date): string {
  let best: { at: number; format: Style } | undefined;
  const head = text.slice(0, 200_000);
  for (const s of STYLES) {
    const m = s.re.exec(head);
    if (m && (!best || m.index < best.at)) best = { at: m.index, format: s.format };
  }
  return (best?.format ?? iso)(date);
}
