// Seeded generator of realistic privacy-policy drafts, used by the benchmarks (bench/run.ts) and the robustness
// tests (test/robustness/). The same seed always gives the same text. A policy is built as a list of abstract
// sections (heading + blocks of prose, lists, tables) and then rendered as Markdown, plain text or HTML, so the
// three formats carry the same content. Every sentence here was written for this generator.
import type { Format } from '../engine/types.ts';

/** mulberry32: a small, fast, seeded 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Topic = 'retention' | 'contact' | 'children' | 'transfers';
export const TOPIC_IDS: readonly Topic[] = ['retention', 'contact', 'children', 'transfers'];

type Block =
  | { kind: 'para'; text: string }
  | { kind: 'list'; ordered: boolean; items: Array<{ text: string; children?: string[] }> }
  | { kind: 'table'; header: string[]; rows: string[][] };

interface AbstractSection {
  title: string;
  topic?: Topic;
  blocks: Block[];
}

type HeadingKind = 'atx' | 'setext' | 'numbered' | 'roman' | 'bold';

export interface GenerateOptions {
  seed: number;
  /** Approximate size in UTF-16 code units; sections are added until the text reaches it. */
  targetSize: number;
  format?: Format;
  /** Topics whose sections are left out (so missing-* rules fire). */
  omit?: readonly Topic[];
  /** Heading style of the whole document; by default one is drawn per document from the seed. */
  headingStyle?: HeadingKind;
  /** Probability that a sentence carries a leftover placeholder (default 0.04). */
  placeholderRate?: number;
}

const COMPANIES = ['Northwind Analytics Ltd', 'Brightfield Labs GmbH', 'Quillstone Health Inc.', 'Harbourline Logistics SAS', 'Tandem Robotics BV', 'Orchard Row Software LLC'];
const PRODUCTS = ['the Tally app', 'our booking service', 'the Lumen dashboard', 'our mobile wallet', 'the Fieldnote platform', 'our newsletter'];
const DATA = ['account details', 'billing records', 'device identifiers', 'support tickets', 'usage logs', 'location history', 'uploaded files', 'survey answers', 'payment card tokens', 'marketing preferences'];
const PERIODS = ['30 days', '90 days', '12 months', 'two years', 'six years', 'the life of your account'];
const COUNTRIES = ['the United States', 'India', 'Canada', 'Singapore', 'Brazil', 'Japan', 'Australia'];
const PARTNERS = ['our hosting provider', 'a payment processor', 'an email delivery vendor', 'our analytics partner', 'a customer-support tool', 'our auditors'];
const VERBS = ['collect', 'store', 'analyse', 'process', 'share', 'review', 'archive', 'encrypt'];
const PURPOSES = ['to provide the service', 'to prevent fraud', 'to answer your questions', 'to improve our features', 'to meet our tax obligations', 'to send you updates you asked for'];

/** Placeholders of every kind the linter knows, as a drafter leaves them (none that states a topic: "[X] years" next to
 * "we hold" is a retention period, and topics are omitted on purpose). */
const PLACEHOLDERS = [
  '[COMPANY NAME]', '[INSERT DATE]', '[NUMBER OF DAYS]', '{{ company_name }}', '{{site.contact_email}}', '${company.name}',
  '%{domain}', '__EFFECTIVE_DATE__', 'TBD', 'TODO', 'FIXME', '2025-01-XX', 'YYYY-MM-DD', '________', '<COMPANY ADDRESS>',
  '[email protected]', 'lorem ipsum dolor sit amet', '[Date]', '[X]',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(r: () => number, rate: number): string {
  const templates = [
    () => `We ${pick(r, VERBS)} your ${pick(r, DATA)} ${pick(r, PURPOSES)}.`,
    () => `${pick(r, COMPANIES)} uses ${pick(r, DATA)} only ${pick(r, PURPOSES)}, and never for unrelated purposes.`,
    () => `When you use ${pick(r, PRODUCTS)}, ${pick(r, PARTNERS)} may ${pick(r, VERBS)} ${pick(r, DATA)} on our behalf.`,
    () => `You can ask us at any time which ${pick(r, DATA)} we hold about you.`,
    () => `Where the law requires it, we rely on your consent ${pick(r, PURPOSES)}.`,
    () => `Some features of ${pick(r, PRODUCTS)} do not work without ${pick(r, DATA)}.`,
  ];
  let s = pick(r, templates)();
  if (r() < rate) {
    const ph = pick(r, PLACEHOLDERS);
    s = r() < 0.5 ? `${s.slice(0, -1)} (see ${ph}).` : `${ph}: ${s}`;
  }
  return s;
}

function paragraph(r: () => number, rate: number, n = 2 + Math.floor(r() * 4)): Block {
  return { kind: 'para', text: Array.from({ length: n }, () => sentence(r, rate)).join(' ') };
}

function link(r: () => number): string {
  const label = pick(r, ['our cookie notice', 'the settings page', 'the help centre', 'the regulator’s website']);
  return r() < 0.5 ? `[${label}](https://www.northwind-analytics.com/help/${Math.floor(r() * 1000)})` : `[${label}](#section-${Math.floor(r() * 20)})`;
}

const TOPIC_SECTIONS: Record<Topic, { titles: string[]; body: (r: () => number, rate: number) => Block[] }> = {
  retention: {
    titles: ['How Long We Keep Your Information', 'Data Retention', 'Retention of Personal Data', 'How long do we keep your data?'],
    body: (r, rate) => [
      { kind: 'para', text: `We keep personal data only for as long as we need it for the purposes described in this policy. ${sentence(r, rate)}` },
      {
        kind: 'table',
        header: ['Category', 'Retention period', 'Why'],
        rows: Array.from({ length: 2 + Math.floor(r() * 3) }, () => [cap(pick(r, DATA)), pick(r, PERIODS), cap(pick(r, PURPOSES).replace(/^to /, ''))]),
      },
      { kind: 'para', text: `When the retention period ends we delete or anonymise the data. Backups are overwritten within ${pick(r, PERIODS)}.` },
    ],
  },
  contact: {
    titles: ['Contact Us', 'How to Contact Us', 'Questions About This Policy', 'Who can you contact?'],
    body: (r, rate) => [
      { kind: 'para', text: `If you have questions about this policy or want to exercise your rights, write to our privacy team. ${sentence(r, rate)}` },
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: `Email: privacy@${pick(r, ['northwind-analytics.com', 'brightfield-labs.de', 'quillstone.health'])}` },
          { text: `Post: Data Protection Officer, ${pick(r, COMPANIES)}, 12 Mill Lane, Leeds LS1 4AB` },
          { text: `Online: use the form on ${link(r)}` },
        ],
      },
    ],
  },
  children: {
    titles: ["Children's Privacy", 'Children', 'Information About Minors', 'Do we collect data from children?'],
    body: (r, rate) => [
      { kind: 'para', text: `Our services are not directed to children under 13, and we do not knowingly collect personal information from children. ${sentence(r, rate)}` },
      { kind: 'para', text: 'If a parent or guardian learns that a child has given us personal information, they can ask us to delete it and we will do so promptly.' },
    ],
  },
  transfers: {
    titles: ['International Data Transfers', 'Transfers Outside the EEA', 'Where We Store Your Data', 'Is your data sent abroad?'],
    body: (r, rate) => [
      { kind: 'para', text: `We may transfer your personal data to ${pick(r, COUNTRIES)} and other countries where our providers operate. ${sentence(r, rate)}` },
      {
        kind: 'list',
        ordered: true,
        items: [
          { text: 'Standard contractual clauses approved by the European Commission.' },
          { text: 'An adequacy decision for the destination country.', children: ['Such as the decision for Japan.', 'Or the EU-US Data Privacy Framework.'] },
          { text: 'Your explicit consent, where no other safeguard applies.' },
        ],
      },
    ],
  },
};

const OTHER_SECTIONS: Array<{ titles: string[]; body: (r: () => number, rate: number) => Block[] }> = [
  {
    titles: ['Information We Collect', 'What Data We Collect', 'Personal Information We Collect'],
    body: (r, rate) => [
      paragraph(r, rate),
      { kind: 'list', ordered: false, items: Array.from({ length: 3 + Math.floor(r() * 4) }, () => ({ text: `${cap(pick(r, DATA))}: ${sentence(r, rate)}`, ...(r() < 0.3 ? { children: [sentence(r, rate), sentence(r, rate)] } : {}) })) },
    ],
  },
  { titles: ['How We Use Your Information', 'Purposes of Processing'], body: (r, rate) => [paragraph(r, rate), paragraph(r, rate)] },
  {
    titles: ['Cookies and Similar Technologies', 'Cookies'],
    body: (r, rate) => [{ kind: 'para', text: `We use cookies as described in ${link(r)}. ${sentence(r, rate)}` }, paragraph(r, rate)],
  },
  {
    titles: ['Sharing Your Information', 'Who We Share Data With'],
    body: (r, rate) => [
      paragraph(r, rate),
      { kind: 'table', header: ['Recipient', 'Data'], rows: Array.from({ length: 2 + Math.floor(r() * 3) }, () => [cap(pick(r, PARTNERS)), pick(r, DATA)]) },
    ],
  },
  { titles: ['Your Rights', 'Your Privacy Choices'], body: (r, rate) => [paragraph(r, rate), { kind: 'list', ordered: true, items: ['access', 'correct', 'delete', 'object', 'port'].map((x) => ({ text: `The right to ${x} your data. ${sentence(r, rate)}` })) }] },
  { titles: ['Security', 'How We Protect Your Information'], body: (r, rate) => [paragraph(r, rate)] },
  { titles: ['Changes to This Policy', 'Updates'], body: (r, rate) => [{ kind: 'para', text: `We will post any change on this page and update the date above. ${sentence(r, rate)}` }] },
  { titles: ['Release Notes for the Desktop Client', 'Product Roadmap'], body: (r, rate) => [paragraph(r, rate), paragraph(r, rate)] },
];

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

function abstractSections(r: () => number, target: number, omit: readonly Topic[], rate: number): AbstractSection[] {
  const topics = TOPIC_IDS.filter((t) => !omit.includes(t));
  const out: AbstractSection[] = [];
  let size = 0;
  let round = 0;
  // One round = every kept topic section plus the unrelated ones in a shuffled order; large targets repeat rounds
  // (a long policy with several retention tables, as real multi-product policies have).
  while (size < target) {
    const round_: AbstractSection[] = [
      ...topics.map((t) => ({ title: pick(r, TOPIC_SECTIONS[t].titles), topic: t, blocks: TOPIC_SECTIONS[t].body(r, rate) })),
      ...OTHER_SECTIONS.map((s) => ({ title: pick(r, s.titles), blocks: s.body(r, rate) })),
    ];
    for (let i = round_.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [round_[i], round_[j]] = [round_[j], round_[i]];
    }
    for (const s of round_) {
      if (round > 0) s.title = `${s.title} (${round + 1})`;
      out.push(s);
      size += s.title.length + s.blocks.reduce((n, b) => n + blockSize(b), 0);
      if (size >= target && out.length >= topics.length) break;
    }
    round++;
  }
  return out;
}

function blockSize(b: Block): number {
  if (b.kind === 'para') return b.text.length + 2;
  if (b.kind === 'list') return b.items.reduce((n, i) => n + i.text.length + 4 + (i.children ?? []).reduce((m, c) => m + c.length + 6, 0), 0);
  return [b.header, ...b.rows].reduce((n, row) => n + row.join(' | ').length + 4, 0);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const mdLinksToHtml = (s: string) => escapeHtml(s).replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
const mdLinksToText = (s: string) => s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)');

function renderMarkdown(title: string, intro: string, sections: AbstractSection[], style: HeadingKind): string {
  const out: string[] = [];
  out.push(style === 'setext' ? `${title}\n${'='.repeat(title.length)}` : style === 'bold' ? `**${title}**` : `# ${title}`, '', intro, '');
  sections.forEach((s, i) => {
    const n = i + 1;
    if (style === 'atx') out.push(`## ${s.title}`);
    else if (style === 'setext') out.push(s.title, '-'.repeat(Math.max(3, s.title.length)));
    else if (style === 'numbered') out.push(`## ${n}. ${s.title}`);
    else if (style === 'roman') out.push(`## ${toRoman(n)}. ${s.title}`);
    else out.push(`**${s.title}**`);
    out.push('');
    for (const b of s.blocks) {
      if (b.kind === 'para') out.push(b.text);
      else if (b.kind === 'list')
        out.push(
          b.items
            .map((it, k) => `${b.ordered ? `${k + 1}.` : '-'} ${it.text}${(it.children ?? []).map((c) => `\n${b.ordered ? '   ' : '  '}- ${c}`).join('')}`)
            .join('\n'),
        );
      else out.push([`| ${b.header.join(' | ')} |`, `|${b.header.map(() => ' --- |').join('')}`, ...b.rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
      out.push('');
    }
  });
  return out.join('\n');
}

function renderText(title: string, intro: string, sections: AbstractSection[], style: HeadingKind): string {
  const out: string[] = [title.toUpperCase(), '', mdLinksToText(intro), ''];
  sections.forEach((s, i) => {
    const n = i + 1;
    out.push(style === 'roman' ? `${toRoman(n)}. ${s.title}` : style === 'bold' || style === 'setext' ? s.title.toUpperCase() : `${n}. ${s.title}`, '');
    for (const b of s.blocks) {
      if (b.kind === 'para') out.push(mdLinksToText(b.text));
      else if (b.kind === 'list')
        out.push(b.items.map((it, k) => `${b.ordered ? `(${String.fromCharCode(97 + k)})` : '•'} ${mdLinksToText(it.text)}${(it.children ?? []).map((c) => `\n    - ${mdLinksToText(c)}`).join('')}`).join('\n'));
      else out.push([b.header, ...b.rows].map((row) => row.join('\t')).join('\n'));
      out.push('');
    }
  });
  return out.join('\n');
}

function renderHtml(title: string, intro: string, sections: AbstractSection[], style: HeadingKind): string {
  const out: string[] = ['<!DOCTYPE html>', '<html lang="en">', '<head><meta charset="utf-8"><title>Privacy Policy</title></head>', '<body>', `<h1>${escapeHtml(title)}</h1>`, `<p>${mdLinksToHtml(intro)}</p>`];
  sections.forEach((s, i) => {
    const t = style === 'numbered' ? `${i + 1}. ${s.title}` : style === 'roman' ? `${toRoman(i + 1)}. ${s.title}` : s.title;
    out.push(style === 'bold' ? `<p><strong>${escapeHtml(t)}</strong></p>` : `<h2 id="s${i}">${escapeHtml(t)}</h2>`);
    for (const b of s.blocks) {
      if (b.kind === 'para') out.push(`<p>${mdLinksToHtml(b.text)}</p>`);
      else if (b.kind === 'list') {
        const tag = b.ordered ? 'ol' : 'ul';
        out.push(`<${tag}>`, ...b.items.map((it) => `  <li>${mdLinksToHtml(it.text)}${it.children ? `<ul>${it.children.map((c) => `<li>${mdLinksToHtml(c)}</li>`).join('')}</ul>` : ''}</li>`), `</${tag}>`);
      } else {
        out.push('<table>', `  <tr>${b.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`, ...b.rows.map((row) => `  <tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`), '</table>');
      }
    }
  });
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

const STYLES: readonly HeadingKind[] = ['atx', 'setext', 'numbered', 'roman', 'bold'];

/** A privacy-policy draft of about `targetSize` characters. Deterministic in its options. */
export function generatePolicy(options: GenerateOptions): string {
  const r = prng(options.seed);
  const format = options.format ?? 'markdown';
  const style = options.headingStyle ?? pick(r, STYLES);
  const rate = options.placeholderRate ?? 0.04;
  const company = pick(r, COMPANIES);
  const title = pick(r, ['Privacy Policy', 'Privacy Notice', `${company} Privacy Statement`]);
  const intro = `This notice explains how ${company} handles personal data when you use ${pick(r, PRODUCTS)}. Last updated: ${r() < 0.3 ? '[INSERT DATE]' : '3 March 2025'}. See also ${link(r)}.`;
  const sections = abstractSections(r, options.targetSize, options.omit ?? [], rate);
  if (format === 'html') return renderHtml(title, intro, sections, style);
  if (format === 'text') return renderText(title, intro, sections, style);
  return renderMarkdown(title, intro, sections, style);
}

/** `count` policies of mixed formats, styles and omitted topics, each about `size` characters, with file names. */
export function generateCorpus(seed: number, count: number, size: number): Array<{ name: string; text: string; format: Format }> {
  const r = prng(seed);
  const ext: Record<Format, string> = { markdown: 'md', text: 'txt', html: 'html' };
  return Array.from({ length: count }, (_, i) => {
    const format = pick(r, ['markdown', 'markdown', 'text', 'html'] as const);
    const omit = TOPIC_IDS.filter(() => r() < 0.25);
    const text = generatePolicy({ seed: Math.floor(r() * 2 ** 31), targetSize: size, format, omit });
    return { name: `privacy-${String(i).padStart(4, '0')}.${ext[format]}`, text, format };
  });
}
