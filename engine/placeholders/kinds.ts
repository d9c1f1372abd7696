// Each kind of leftover placeholder in plain language: its name, one sentence for the hover, and the finding's message
// (built from the slot's own words, see words.ts). Written for the people who publish policies, not for engineers; the
// longer explanations are in docs/rules/placeholder.md.
import type { PlaceholderKind } from '../types.ts';
import { listOptions, slotInstruction, slotPhrase } from './words.ts';

/** What a finding knows of the slot: its label (the slot's own words) and, for a choice, the alternatives. */
export interface SlotWords {
  label?: string;
  /** A choice left to the drafter: the alternatives as written; empty when they are the text around it ("OR"). */
  options?: string[];
}

export interface PlaceholderKindInfo {
  /** Short name ("Drafting note"), also the start of the finding's message. */
  title: string;
  /** One sentence for the hover: what this kind of leftover is and what to do with it. */
  what: string;
  /** The finding's message, for the Problems panel: it starts with the finding. `quoted` is the flagged text, shortened and quoted. */
  message: (quoted: string, slot: SlotWords) => string;
}

/** "write the company name here" / "verify SDK data" / the fallback, for a slot's message. */
function fillIn(slot: SlotWords, fallback: string): string {
  const phrase = slotPhrase(slot.label);
  if (phrase) return `write ${phrase} here`;
  return slotInstruction(slot.label) ?? fallback;
}

/** What to do with a choice left open: keep one of the alternatives. */
function choose(options: string[]): string {
  return options.length ? `keep ${listOptions(options)}` : 'keep one of the alternatives around it and delete the rest';
}

export const PLACEHOLDER_KINDS: Record<PlaceholderKind, PlaceholderKindInfo> = {
  'drafting-note': {
    title: 'Drafting note',
    what: 'A note or instruction for whoever prepares the policy, never meant for readers: do what it asks, then delete it.',
    message: (q) => `Drafting note ${q} left in the text: do what it asks, then delete it.`,
  },
  slot: {
    title: 'Unfilled placeholder',
    what: 'A blank from a template: replace it, brackets included, with the real value.',
    message: (q, slot) =>
      slot.options ? `Unmade choice ${q}: ${choose(slot.options)}.` : `Unfilled placeholder ${q}: ${fillIn(slot, 'replace it with the real text')}.`,
  },
  'template-variable': {
    title: 'Unrendered template variable',
    what: 'Template code that a generator or a person should have replaced with a value: write the value in its place, or let the generator that publishes the page fill it in (setting `placeholders.templateExpressions`).',
    message: (q, slot) => `Unrendered template variable ${q}: ${fillIn(slot, 'replace it with the real value')}.`,
  },
  todo: {
    title: 'To-do marker',
    what: 'A TBD, TODO or FIXME left to flag text still to be written or checked: finish the passage, then delete the marker.',
    message: (q) => `To-do marker ${q} left in the text: finish the passage, then delete it.`,
  },
  'unfinished-date': {
    title: 'Unfinished date',
    what: 'A date with parts still to fill in ("2025-01-XX", "YYYY-MM-DD"): write the full date.',
    message: (q) => `Unfinished date ${q}: write the full date.`,
  },
  blank: {
    title: 'Blank to fill in',
    what: 'A run of underscores or dots that marks a blank: write the missing information in its place.',
    message: (q) => `Blank ${q} to fill in: write the missing information.`,
  },
  'example-domain': {
    title: 'Example address',
    what: 'An address on a domain reserved for examples or taken from a template, where nobody receives mail: write your real one.',
    message: (q, slot) => `Example ${slot.label ?? 'address'} ${q}: write your real one.`,
  },
  'lorem-ipsum': {
    title: 'Filler text',
    what: 'Lorem ipsum or similar pseudo-Latin that a template uses to show where text goes: write the real text of the passage.',
    message: (q) => `Filler text ${q}: write the real text of this passage.`,
  },
  'email-obfuscation': {
    title: 'Lost e-mail address',
    what: 'What is left where an e-mail address was, when the text was copied from a web page that hides addresses from spam robots: write the real address (the quick fix offers it when it could be recovered).',
    message: (q) => `Lost e-mail address ${q}, left by a web page's spam protection: write the real address.`,
  },
  'missing-date': {
    title: 'Date missing',
    what: 'A "Last updated" or "Effective date" label with no date after it: write the date the policy took effect or last changed.',
    message: (q) => `Date missing after ${q}: write the date the policy took effect or last changed.`,
  },
  custom: {
    title: 'Custom placeholder',
    what: 'Text that matches a placeholder pattern configured for this project (`placeholders.patterns`): replace it, or change the pattern.',
    message: (q) => `Custom placeholder ${q} (a pattern configured for this project): replace it.`,
  },
};

/** The message of a data expression reported in a file that looks like a rendered template (setting "report"). */
export function renderedExpressionMessage(quoted: string): string {
  return `Template variable ${quoted}, filled in when this page is rendered: check that the generator sets it (reported because placeholders.templateExpressions is "report").`;
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
