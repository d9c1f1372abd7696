// Plain-language explanations of each kind of leftover placeholder, for hovers and documentation,
// and the one-line messages findings carry. Written for the people who publish policies, not for engineers.
import type { PlaceholderKind } from '../types.ts';

export interface PlaceholderKindInfo {
  /** Short name ("Drafting note"). */
  title: string;
  /** What it is. */
  what: string;
  /** Why it matters before publishing. */
  why: string;
  /** What to put there instead. */
  fix: string;
  /** The finding's message; `quoted` is the flagged text, already shortened and quoted. */
  message: (quoted: string, label: string | undefined) => string;
}

const PUBLISHED =
  'Regulators, courts and users read the published text as it stands: a policy with a leftover slot is incomplete, can mislead readers, and a promise that names no one, no date or no address cannot be enforced or relied on.';

export const PLACEHOLDER_KINDS: Record<PlaceholderKind, PlaceholderKindInfo> = {
  'drafting-note': {
    title: 'Drafting note',
    what: 'A note or instruction written for whoever prepares the policy ("[NOTE: To be completed…]", "[Include if you have a DPO]", "[ATTORNEY TO COMPLETE]"). It was never meant to be read by the public.',
    why: `A published note tells readers that the policy is unfinished or that a decision was never made. ${PUBLISHED}`,
    fix: 'Do what the note asks (write the missing text, or decide that the passage does not apply), then delete the note and its brackets.',
    message: (q) => `Unfinished drafting note ${q} must be resolved before publishing.`,
  },
  slot: {
    title: 'Unfilled slot',
    what: 'A bracketed blank from a template, such as "[Company Name]", "[DATE]", "[X] years" or "[YOUR SITE URL]", that was meant to be replaced with a real value.',
    why: `Readers see the label instead of the fact it stands for (who you are, how long you keep data, where to write). ${PUBLISHED}`,
    fix: 'Replace the whole slot, brackets included, with the real value it asks for.',
    message: (q, label) => `Placeholder ${q} was never filled in: replace it with the actual ${label ? lowerLabel(label) : 'value'} before publishing.`,
  },
  'template-variable': {
    title: 'Unrendered template variable',
    what: 'Template code such as "{{company}}", "%{domain}", "${company.name}", "<%= name %>" or "__EFFECTIVE_DATE__" that a website generator or script should have replaced with a value.',
    why: `If the policy is published from this text, readers see the code instead of your name, address or dates. ${PUBLISHED}`,
    fix: 'Write the real value in its place. If a site generator or an application fills this file in when it publishes it, set `placeholders.templateExpressions` to `"ignore"` in `.policy-linter.json` (or the setting `policyLinter.placeholders.templateExpressions`), or add the variable to `placeholders.allow`; slots written for a person, such as `{{COMPANY_NAME}}`, are still reported.',
    message: (q, label) => `Template code ${q} was never filled in: replace it with the actual ${label ? lowerLabel(label) : 'value'} before publishing.`,
  },
  todo: {
    title: 'To-do marker',
    what: 'A marker such as TBD, TBC, TODO, FIXME or XXX that a drafter left to flag text still to be written or checked.',
    why: `It tells readers that part of the policy was never decided. ${PUBLISHED}`,
    fix: 'Write the missing information, then delete the marker.',
    message: (q) => `${q} marks text that was never finished: complete it before publishing.`,
  },
  'unfinished-date': {
    title: 'Unfinished date',
    what: 'A date with parts still to be filled in, such as "2025-01-XX", "YYYY-MM-DD", "Month DD, 20XX" or "DD/MM/YYYY".',
    why: `Dates tell readers which version of the policy applies to them and since when. ${PUBLISHED}`,
    fix: 'Write the full date, for example "1 July 2025".',
    message: (q) => `Unfinished date ${q}: write the full date before publishing.`,
  },
  blank: {
    title: 'Blank to fill in',
    what: 'A run of underscores ("____") or dots ("……") that marks a blank for someone to fill in.',
    why: `Readers see an empty line where a fact should be. ${PUBLISHED}`,
    fix: 'Write the missing information in place of the blank.',
    message: (q) => `Blank ${q} was never filled in: write the missing information before publishing.`,
  },
  'example-domain': {
    title: 'Example address',
    what: 'An e-mail address or web address on a domain reserved for examples or taken from a template (example.com, example.org, yourdomain.com, yourcompany.com…).',
    why: `People who try to reach you or read your linked pages will fail: nobody receives mail at an example domain. ${PUBLISHED}`,
    fix: 'Replace it with your real e-mail address or web address.',
    message: (q, label) => `${q} is an example ${label ?? 'address'}, not a real one: replace it with your own before publishing.`,
  },
  'lorem-ipsum': {
    title: 'Filler text',
    what: 'Lorem ipsum or similar pseudo-Latin filler that a template uses to show where text goes.',
    why: `A section that holds filler says nothing at all, even if its heading looks right. ${PUBLISHED}`,
    fix: 'Write the real content of this passage in its place.',
    message: (q) => `Filler text ${q} must be replaced with the real policy text before publishing.`,
  },
  'email-obfuscation': {
    title: 'Lost e-mail address',
    what: 'Text such as "[email protected]", or Cloudflare "email-protection" markup, left where an e-mail address was when the text was copied from a web page that hides addresses from spam robots.',
    why: `The real address is gone, so readers have no way to write to you. ${PUBLISHED}`,
    fix: 'Type the real e-mail address in its place. When the original address could be recovered from the copied markup, the quick fix offers it.',
    message: (q) => `${q} is what remains of an e-mail address hidden by a web page's spam protection: write the real address before publishing.`,
  },
  'missing-date': {
    title: 'Date missing',
    what: 'A "Last updated", "Effective date" or "Last revised" line that is not followed by a date.',
    why: `Readers cannot tell which version of the policy applies or since when; many laws expect the policy to show when it was last updated. ${PUBLISHED}`,
    fix: 'Write the date after the label, for example "Last updated: 1 July 2025".',
    message: (q) => `${q} has no date after it: add the date the policy took effect or was last changed.`,
  },
  custom: {
    title: 'Custom placeholder',
    what: 'Text that matches one of the placeholder patterns configured for this project in .policy-linter.json ("placeholders.patterns").',
    why: `Your project marked this kind of text as unfinished. ${PUBLISHED}`,
    fix: 'Replace it with the final text, or change the pattern in .policy-linter.json if it should not match.',
    message: (q) => `${q} matches a placeholder pattern configured for this project: replace it before publishing.`,
  },
};

const ACRONYMS = new Set(['URL', 'DPO', 'EU', 'UK', 'US', 'USA', 'VAT', 'ID', 'IP', 'GDPR', 'CCPA', 'SMS', 'EEA', 'CEO', 'HR', 'IT']);

/** A label as a noun phrase for a message: "[YOUR SITE URL]" -> "site URL", "Insert Company Name" -> "company name". */
function lowerLabel(label: string): string {
  const words = label.split(/\s+/).filter(Boolean);
  while (words.length > 1 && /^(?:your|the|insert|enter|add|fill|in|specify|type|provide|here)$/i.test(words[0])) words.shift();
  while (words.length > 1 && /^here$/i.test(words[words.length - 1])) words.pop();
  return words.map((w) => (ACRONYMS.has(w.toUpperCase()) && w === w.toUpperCase() ? w : w.toLowerCase())).join(' ');
}

/** The message of a data expression reported in a file that looks like a rendered template (setting "report"). */
export function renderedExpressionMessage(quoted: string): string {
  return `Template code ${quoted} is filled in when this page is rendered: check that the generator sets it (reported because placeholders.templateExpressions is "report").`;
}

/** The hover paragraph for such an expression: why the file looks like a rendered template, and how to stop reporting it. */
export function explainRenderedTemplate(reason: string): string {
  return (
    `**This file looks like a rendered template:** ${reason}. A site generator or application fills in expressions such as this one ` +
    'when it builds the page, so by default Policy Linter does not report them. It reports them here because ' +
    '`placeholders.templateExpressions` is `"report"`. To stop, set it to `"auto"` (or `"ignore"`) in `.policy-linter.json` ' +
    'or in the setting `policyLinter.placeholders.templateExpressions`.'
  );
}

/** The hover text for a kind of placeholder, as Markdown. */
export function explainPlaceholder(kind: PlaceholderKind): string {
  const k = PLACEHOLDER_KINDS[kind];
  return `**${k.title}.** ${k.what}\n\n**Why it matters:** ${k.why}\n\n**What to do:** ${k.fix}`;
}
