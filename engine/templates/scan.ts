// Finds the template code in a document and says what each piece is:
//
// - a *directive*: machinery that controls the page (`{% extends "base.html" %}`, `{% load i18n %}`, `{{> header}}`,
//   `{{#each}}`, `{{!< default}}`, `<% content_for :title do %>`, `@extends('app')`, `<?php include 'header.php'; ?>`,
//   `{{ partial "nav" . }}`, `{{ define "main" }}`) — never a placeholder;
// - a *comment* of the engine (`{# … #}`, `{{!-- … --}}`, `<%# … %>`, `{{/* … */}}`) — hidden when published;
// - an *expression* that prints data (`{{ site.email }}`, `<%= privacy_path %>`, `<?= $site_name ?>`, `%{domain}s`,
//   `{{ company_name }}`) — filled in by the generator when the file is a rendered template, a slot otherwise;
// - a *slot* written for a person in template notation (`{{COMPANY_NAME}}`, `{{ Company Name }}`, `{{your_email}}`,
//   `%{COMPANY}`) — a placeholder in every file.
//
// Every delimiter search is bounded, and searches for a closing delimiter are memoised, so a scan is linear in the
// length of the text whatever it holds (thousands of unclosed "{{" included).
import type { Span } from '../types.ts';
import { isSlotNoun, linePrefix, SLOT_MODIFIERS, SLOT_NOUNS } from '../placeholders/brackets.ts';
import {
  BLADE_DIRECTIVES,
  BLADE_OUTPUT,
  DATA_ROOTS,
  ERB_DIRECTIVE_WORDS,
  FREEMARKER_TAGS,
  MUSTACHE_DIRECTIVE_WORDS,
  OUTPUT_HELPERS,
  RAZOR_DIRECTIVES,
  RAZOR_OBJECTS,
  SMARTY_TAGS,
} from './engines.ts';

export type TemplateRole = 'directive' | 'comment' | 'expression' | 'slot';

export interface TemplateConstruct {
  span: Span;
  role: TemplateRole;
  /** For comments: the text between the delimiters. */
  inner?: Span;
  /** What an expression or slot stands for, in words ("contact email"). */
  label?: string;
  /**
   * Code that no person fills in by hand — a filter or call, a variable of the generator's data (`{{ site.email }}`,
   * `{{ .Site.Params.x }}`), PHP/ERB/Blade code, an application's interpolation (`%{domain}`): evidence, like a
   * directive, that the file is rendered by a generator.
   */
  code?: boolean;
}

/** Bounds on how far a closing delimiter is looked for. */
const LINE_LIMIT = 200;
const BLOCK_LIMIT = 2_000;
const COMMENT_BLOCK_LIMIT = 20_000;

/** Where a construct may start; each syntax's reader then decides (a fresh RegExp per scan keeps scans independent). */
const OPENER_SOURCE = [
  '\\{\\{', '\\{%', '\\{#', '\\{!!', '\\{\\*(?=\\s)', '\\{\\$', `\\{/?(?:${SMARTY_TAGS})\\b`, '<%', '<\\?(?!xml\\b)(?:php\\b|=|\\s)',
  `</?#(?:--|${FREEMARKER_TAGS}\\b)`, '</?@[A-Za-z]', '@[A-Za-z{]', '%[{(<]', '\\$\\{', '\\{[A-Za-z_\\u0080-\\uffff]',
].join('|');

/**
 * Every template construct in `text`, in order and disjoint. `visible(offset)` tells which offsets are text a reader
 * sees (not code blocks, comments or markup); each construct records whether it lies in visible text.
 */
export function scanTemplates(text: string, visible: (offset: number) => boolean = () => true): Array<TemplateConstruct & { visible: boolean }> {
  const out: Array<TemplateConstruct & { visible: boolean }> = [];
  const find = closer(text);
  const opener = new RegExp(OPENER_SOURCE, 'g');
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const at = m.index;
    const r = readConstruct(text, at, find);
    if (!r) {
      opener.lastIndex = at + 1;
      continue;
    }
    if (r.construct) out.push({ ...r.construct, visible: visible(r.construct.span.start) && visible(r.construct.span.end - 1) });
    opener.lastIndex = Math.max(r.resume, at + 1);
  }
  return out;
}

type Find = (close: string, from: number, limit: number) => number;

/**
 * `find(close, from, limit)`: the index of the next `close` at or after `from`, or -1 when there is none before
 * `from + limit`. Each delimiter's last answer is remembered, so repeated searches over the same stretch cost nothing.
 */
function closer(text: string): Find {
  const memo = new Map<string, { from: number; at: number }>();
  return (close, from, limit) => {
    const last = memo.get(close);
    let at: number;
    if (last && from >= last.from && (last.at === -1 || from <= last.at)) at = last.at;
    else {
      at = text.indexOf(close, from);
      memo.set(close, { from, at });
    }
    return at >= 0 && at - from <= limit ? at : -1;
  };
}

interface Read {
  construct?: TemplateConstruct;
  /** Where scanning goes on. */
  resume: number;
}

function readConstruct(text: string, at: number, find: Find): Read | undefined {
  const c1 = text[at];
  const c2 = text[at + 1];
  if (c1 === '{' && c2 === '{') return mustache(text, at, find);
  if (c1 === '{' && c2 === '%') return liquidTag(text, at, find);
  if (c1 === '{' && c2 === '#') return delimited(text, at, '{#', '#}', BLOCK_LIMIT, find, 'comment');
  if (c1 === '{' && c2 === '!') return delimited(text, at, '{!!', '!!}', LINE_LIMIT, find, 'expression', true);
  if (c1 === '{' && c2 === '*') return delimited(text, at, '{*', '*}', BLOCK_LIMIT, find, 'comment');
  if (c1 === '{' && c2 === '$') return sticky(text, at, /\{\$([A-Za-z_][\w.|:'" -]{0,80})\}/y, (m) => ({ role: 'expression', label: variableLabel(m[1]), code: true }));
  if (c1 === '{') return smartyTag(text, at) ?? singleBrace(text, at);
  if (c1 === '<' && c2 === '%') return erb(text, at, find);
  if (c1 === '<' && c2 === '?') return php(text, at, find);
  if (c1 === '<') return freemarker(text, at, find);
  if (c1 === '@') return atDirective(text, at, find);
  if (c1 === '%') return interpolation(text, at);
  if (c1 === '$') return dollarBrace(text, at);
  return undefined;
}

/** A construct from `open` to the next `close` (within `limit`), with one role. */
function delimited(text: string, at: number, open: string, close: string, limit: number, find: Find, role: TemplateRole, code = false): Read | undefined {
  if (!text.startsWith(open, at)) return undefined;
  const end = find(close, at + open.length, limit);
  if (end < 0) return undefined;
  const span = { start: at, end: end + close.length };
  if (role === 'comment') return { construct: { span, role, inner: { start: at + open.length, end } }, resume: span.end };
  const inner = text.slice(at + open.length, end);
  if (!inner.trim() || /[\r\n]/.test(inner)) return undefined;
  return { construct: { span, role, label: variableLabel(inner), ...(code ? { code } : {}) }, resume: span.end };
}

function sticky(text: string, at: number, re: RegExp, classify: (m: RegExpExecArray) => Omit<TemplateConstruct, 'span'> | undefined): Read | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const c = classify(m);
  if (!c) return undefined;
  const span = { start: at, end: at + m[0].length };
  return { construct: { span, ...c }, resume: span.end };
}

// ---- {{ … }}: Mustache, Handlebars, Jinja/Nunjucks/Twig/Django/Liquid output, Go templates and Hugo, Blade

function mustache(text: string, at: number, find: Find): Read | undefined {
  // "@{{ name }}" is Blade's way to print the braces themselves; "\{{" escapes them in Handlebars.
  // An "@" that ends an e-mail's local part ("hello@{{DOMAIN}}") is the address's, not Blade's.
  if ((text[at - 1] === '@' && !/[\w.+-]/.test(text[at - 2] ?? '')) || text[at - 1] === '\\') return { resume: at + 2 };
  if (text.startsWith('{{!--', at)) return delimited(text, at, '{{!--', '--}}', BLOCK_LIMIT, find, 'comment') ?? delimited(text, at, '{{!', '}}', LINE_LIMIT, find, 'comment');
  if (text.startsWith('{{--', at)) return delimited(text, at, '{{--', '--}}', BLOCK_LIMIT, find, 'comment');
  const go = /\{\{-?\s*\/\*/y;
  go.lastIndex = at;
  if (go.test(text)) {
    const end = find('*/', go.lastIndex, BLOCK_LIMIT);
    const close = end < 0 ? undefined : /^\*\/\s*-?\}\}/.exec(text.slice(end, end + 8));
    if (end < 0 || !close) return undefined;
    return { construct: { span: { start: at, end: end + close[0].length }, role: 'comment', inner: { start: go.lastIndex, end } }, resume: end + close[0].length };
  }
  // Hugo shortcodes: "{{< figure … >}}", "{{% param "email" %}}".
  const shortcode = text[at + 2] === '<' ? '>}}' : text[at + 2] === '%' ? '%}}' : undefined;
  if (shortcode) {
    const end = find(shortcode, at + 3, BLOCK_LIMIT);
    return end < 0 ? undefined : { construct: { span: { start: at, end: end + 3 }, role: 'directive' }, resume: end + 3 };
  }
  const triple = text[at + 2] === '{';
  const open = triple ? 3 : 2;
  const close = triple ? '}}}' : '}}';
  const end = find(close, at + open, LINE_LIMIT);
  if (end < 0) return undefined;
  const raw = text.slice(at + open, end);
  if (/[\r\n]/.test(raw)) return undefined;
  const span = { start: at, end: end + close.length };
  const role = mustacheRole(raw);
  if (role?.role === 'comment') role.inner = { start: at + open + raw.indexOf('!') + 1, end };
  return role ? { construct: { span, ...role }, resume: span.end } : { resume: span.end };
}

function mustacheRole(raw: string): Omit<TemplateConstruct, 'span'> | undefined {
  const inner = raw.replace(/^[-~]/, '').replace(/[-~]$/, '').trim();
  if (!inner) return undefined;
  const first = inner[0];
  if (first === '!') return { role: inner[1] === '<' ? 'directive' : 'comment' }; // "{{!< default}}" is Ghost's layout
  if ('#/^>=*'.includes(first)) return { role: 'directive' }; // blocks, partials, inverted sections, delimiters
  if (first === '&') return valueRole(inner.slice(1).trim(), false);
  const word = /^[a-z]+/.exec(inner)?.[0];
  if (word && MUSTACHE_DIRECTIVE_WORDS.has(word) && /^(?:[\s("]|$)/.test(inner.slice(word.length))) return { role: 'directive' };
  if (/^\$\w*\s*:?=(?!=)/.test(inner)) return { role: 'directive' }; // Go assignment "{{ $x := … }}"
  return valueRole(inner, false);
}

// ---- {% … %}: Liquid, Jinja, Nunjucks, Twig, Django tags

function liquidTag(text: string, at: number, find: Find): Read | undefined {
  const end = find('%}', at + 2, BLOCK_LIMIT);
  if (end < 0) return undefined;
  const inner = text.slice(at + 2, end).replace(/^-/, '').replace(/-$/, '').trim();
  if (!inner) return undefined;
  const span = { start: at, end: end + 2 };
  const word = /^[#\w]+/.exec(inner)?.[0] ?? '';
  if (word.startsWith('#')) return { construct: { span, role: 'comment', inner: { start: text.indexOf('#', at + 2) + 1, end } }, resume: span.end };
  if (word === 'comment') {
    // "{% comment %} … {% endcomment %}": the whole block is hidden.
    const k = find('endcomment', span.end, COMMENT_BLOCK_LIMIT);
    const open = k < 0 ? -1 : text.lastIndexOf('{%', k);
    const close = k < 0 ? -1 : find('%}', k, 20);
    if (open >= span.end && close >= 0) return { construct: { span: { start: at, end: close + 2 }, role: 'comment', inner: { start: span.end, end: open } }, resume: close + 2 };
    return { construct: { span, role: 'comment', inner: { start: at + 2, end } }, resume: span.end };
  }
  if (word === 'raw' || word === 'verbatim') {
    // The text up to {% endraw %} is printed as it is (it often shows template syntax): it is not template code.
    const closing = find(`end${word}`, span.end, COMMENT_BLOCK_LIMIT);
    const resume = closing >= 0 ? Math.max(span.end, text.lastIndexOf('{%', closing)) : span.end;
    return { construct: { span, role: 'directive' }, resume };
  }
  // "{% COMPANY %}" is no engine's tag (tag names are lower case): a person's slot in tag-like brackets.
  if (/^[A-Z][A-Z0-9_]+$/.test(inner)) return { construct: { span, role: 'slot', label: humanize(inner) }, resume: span.end };
  return { construct: { span, role: 'directive' }, resume: span.end };
}

// ---- Smarty tags and single-brace variables

const SMARTY_TAG = new RegExp(`\\{(/?)(${SMARTY_TAGS})\\b([^{}\\n]{0,200})\\}`, 'y');

function smartyTag(text: string, at: number): Read | undefined {
  return sticky(text, at, SMARTY_TAG, (m) => (m[1] || /[=$]/.test(m[3]) || /^(?:else|literal|strip|foreachelse|nocache)$/.test(m[2]) && !m[3].trim() ? { role: 'directive' } : undefined));
}

/**
 * "{company_name}", "{COMPANY NAME}", "{NAME, ADDRESS, EMAIL}", "{company}", "{会社名}" — not "{: .class}", "{#id}",
 * "\textbf{Name}", "{some words}", "{a, b}".
 */
function singleBrace(text: string, at: number): Read | undefined {
  if (/[{$%\\\w/.-]/.test(text[at - 1] ?? '')) return undefined;
  return sticky(text, at, /\{([A-Za-z_][\w. ,/&]{0,60}|[^\P{L}\p{Script=Latin}][\p{L}\p{N}ー・_]{0,20})\}(?!\})/uy, (m) => {
    const v = m[1];
    if (/^[A-Z][A-Z0-9_ ,/&]{1,60}$/.test(v) && !/[ ,/&]$/.test(v)) return { role: 'slot', label: humanize(v.replace(/\s*[,/&]\s*/g, ' ')) };
    // A slot noun in a script without capitals: "{日付}", "{イベント名}", "{회사명}".
    if (!/\p{Script=Latin}/u.test(v)) return isSlotNoun(v) ? { role: 'slot', label: v } : undefined;
    // "{retention period}", "{contact email}": words that name a slot; other words in braces are not ("{some words}").
    if (/[ ,/&]/.test(v)) {
      const words = v.toLowerCase().split(/[ ,/&]+/).filter(Boolean);
      return words.some((w) => SLOT_NOUNS.has(w)) && words.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w)) ? { role: 'slot', label: v } : undefined;
    }
    return /[_.]/.test(v) || SLOT_NOUNS.has(v.toLowerCase()) ? valueRole(v, false) : undefined;
  });
}

// ---- <% … %>: ERB, EJS, JSP, ASP; "<%{name}>" (an interpolation in Markdown angle brackets)

function erb(text: string, at: number, find: Find): Read | undefined {
  if (text[at + 2] === '%') return { resume: at + 3 }; // "<%%" prints "<%"
  const angle = sticky(text, at, /<%\{([A-Za-z_][\w.]{0,100})\}>/y, (m) => interpolationRole(m[1]));
  if (angle) return angle;
  if (text.startsWith('<%--', at)) return delimited(text, at, '<%--', '--%>', BLOCK_LIMIT, find, 'comment');
  if (text[at + 2] === '#') return delimited(text, at, '<%#', '%>', BLOCK_LIMIT, find, 'comment');
  const end = find('%>', at + 2, BLOCK_LIMIT);
  if (end < 0) return undefined;
  const span = { start: at, end: end + 2 };
  const marker = /^<%(==?|-|_|@)?/.exec(text.slice(at, at + 4))![1] ?? '';
  const inner = text.slice(at + 2 + marker.length, end).replace(/[-_]$/, '').trim();
  if (!inner) return { resume: span.end };
  const output = marker === '=' || marker === '==' || (marker === '-' && !ERB_DIRECTIVE_WORDS.test(inner));
  if (!output || ERB_DIRECTIVE_WORDS.test(inner)) return { construct: { span, role: 'directive' }, resume: span.end };
  return { construct: { span, role: 'expression', label: variableLabel(inner), code: true }, resume: span.end };
}

// ---- <?php … ?>, <?= … ?>

function php(text: string, at: number, find: Find): Read | undefined {
  const open = /^<\?(?:php\b|=)?/.exec(text.slice(at, at + 5))![0];
  let end = find('?>', at + open.length, COMMENT_BLOCK_LIMIT);
  let close = 2;
  if (end < 0) {
    // A PHP file may leave its last block open: the code runs to the end of the line at least.
    const nl = text.slice(at, at + BLOCK_LIMIT).search(/[\r\n]/);
    end = nl < 0 ? Math.min(text.length, at + BLOCK_LIMIT) : at + nl;
    close = 0;
  }
  const span = { start: at, end: end + close };
  const inner = text.slice(at + open.length, end).trim().replace(/;$/, '').trim();
  if (!inner) return { resume: span.end };
  const echo = /^(?:echo|print)\s+([^;]+)$/.exec(inner);
  const helper = /^(?:_e|esc_html_e|esc_attr_e|the_\w+|bloginfo)\s*\(/.test(inner) && !/;/.test(inner);
  if (open === '<?=' || echo || helper) {
    return { construct: { span, role: 'expression', label: variableLabel((echo ? echo[1] : inner).trim()), code: true }, resume: span.end };
  }
  return { construct: { span, role: 'directive' }, resume: span.end };
}

// ---- FreeMarker <#if …>, <#-- … -->, <@macro/>

const FREEMARKER_TAG = new RegExp(`</?(?:#(?:${FREEMARKER_TAGS})\\b|@[A-Za-z][\\w.:]*)[^<>\\n]{0,200}>`, 'y');

function freemarker(text: string, at: number, find: Find): Read | undefined {
  if (text.startsWith('<#--', at)) return delimited(text, at, '<#--', '-->', BLOCK_LIMIT, find, 'comment');
  return sticky(text, at, FREEMARKER_TAG, () => ({ role: 'directive' }));
}

// ---- @directives: Laravel Blade and Razor

function atDirective(text: string, at: number, find: Find): Read | undefined {
  // Not an e-mail address, a handle in a URL or a decorator written in code: "@" must start a word.
  if (/[\w.@/:\\-]/.test(text[at - 1] ?? '')) return undefined;
  const head = text.slice(at, at + 40);
  if (head.startsWith('@{{')) return undefined; // Blade's escaped braces: the text "{{ … }}" itself
  if (head.startsWith('@{')) {
    // A Razor code block "@{ ViewData["Title"] = "Privacy"; }": up to its first "}" (blocks in pages are flat).
    const end = find('}', at + 2, BLOCK_LIMIT);
    return end < 0 ? undefined : { construct: { span: { start: at, end: end + 1 }, role: 'directive' }, resume: end + 1 };
  }
  if (RAZOR_OBJECTS.test(head)) {
    const m = /@[A-Za-z]\w*(?:\.\w+|\[[^\]\n]{0,100}\]|\([^()\n]{0,100}\))*/y;
    m.lastIndex = at;
    const r = m.exec(text)!;
    return { construct: { span: { start: at, end: at + r[0].length }, role: 'expression', label: variableLabel(r[0].slice(1)), code: true }, resume: at + r[0].length };
  }
  const before = linePrefix(text, at, LINE_LIMIT);
  if (RAZOR_DIRECTIVES.test(head) && before !== undefined && !before.trim()) {
    const nl = text.slice(at, at + LINE_LIMIT).search(/[\r\n]|$/);
    return { construct: { span: { start: at, end: at + nl }, role: 'directive' }, resume: at + nl };
  }
  const name = /^@([A-Za-z]+)/.exec(head)?.[1];
  const lower = name?.toLowerCase();
  if (!name || !lower || !BLADE_DIRECTIVES.has(lower) || name !== lower && !/^[a-z]+[A-Z]/.test(name)) return undefined;
  let end = at + 1 + name.length;
  const args = /^[ \t]?\(/.exec(text.slice(end, end + 2));
  if (args) {
    const close = matchingParen(text, end + args[0].length - 1, LINE_LIMIT * 2);
    if (close < 0) return undefined;
    end = close;
  } else if (!/^(?:end\w+|else|csrf|show|stop|parent|auth|guest|php|verbatim|once|append|overwrite|production|default|break|continue)$/.test(lower)) {
    return undefined;
  } else if (/[\w(]/.test(text[end] ?? '')) return undefined;
  const output = BLADE_OUTPUT.has(lower);
  const span = { start: at, end };
  return { construct: { span, role: output ? 'expression' : 'directive', ...(output ? { label: 'translated text', code: true } : {}) }, resume: end };
}

/** The offset after the ")" matching the "(" at `open`, or -1 within `limit` (strings are not parsed: bounded and good enough). */
function matchingParen(text: string, open: number, limit: number): number {
  let depth = 0;
  const stop = Math.min(text.length, open + limit);
  for (let i = open; i < stop; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
    else if (c === '\n' && depth > 0 && i - open > LINE_LIMIT) return -1;
  }
  return -1;
}

// ---- application interpolation: %{domain}, %{domain}s, %(name)s, %<name>s; ${…}

function interpolation(text: string, at: number): Read | undefined {
  const c = text[at + 1];
  const re = c === '{' ? /%\{([A-Za-z_][\w.]{0,100})\}(?:s(?![\p{L}\d]))?/uy : c === '(' ? /%\(([A-Za-z_]\w{0,100})\)[sdifr]/y : /%<([A-Za-z_]\w{0,100})>[sdif]/y;
  return sticky(text, at, re, (m) => interpolationRole(m[1]));
}

/** An application's interpolation (Ruby and Python formats): filled in by code, unless its name is a person's slot. */
function interpolationRole(name: string): Omit<TemplateConstruct, 'span'> {
  const slot = humanSlot(name);
  return slot ? { role: 'slot', label: slot } : { role: 'expression', label: variableLabel(name), code: true };
}

/** "${company.name}", also split over lines as formatters leave it ("${\n  this.domain\n}"). */
function dollarBrace(text: string, at: number): Read | undefined {
  return sticky(text, at, /\$\{([^{}]{1,200})\}/y, (m) => {
    const v = m[1];
    if (!v.trim() || (/[\r\n]/.test(v) && !/^\s*[\w.$]+\s*$/.test(v))) return undefined;
    return valueRole(v.trim(), /[()|?!"']/.test(v));
  });
}

// ---- what a printed value is

/**
 * A value printed by a template: a slot when written for a person (capitals, "your…", words with spaces that name a
 * slot), else an expression; `code` when nobody would write it by hand as a blank to fill.
 */
function valueRole(v: string, code: boolean): Omit<TemplateConstruct, 'span'> {
  const slot = humanSlot(v);
  if (slot) return { role: 'slot', label: slot };
  return { role: 'expression', label: variableLabel(v), ...(code || isCode(v) ? { code: true } : {}) };
}

/** Verbs that open an instruction to the person filling in a template. */
const INSTRUCTION_OPENING = /^(?:describe|explain|list|specify|insert|add|enter|provide|state|write|fill\s+in|replace|summari[sz]e|outline|choose|select|confirm|name|give|mention|include|identify|link\s+to)\s/i;

/** The label of a value written as a blank for a person ("COMPANY_NAME" -> "company name"), or undefined. */
export function humanSlot(v: string): string | undefined {
  if (/^[A-Z][A-Z0-9]*(?:[ _-][A-Z0-9]+)*$/.test(v) && /[A-Z].*[A-Z]/.test(v)) return humanize(v);
  if (/^(?:your|Your|YOUR|insert|Insert|enter|Enter|fill|placeholder|todo|tbd)(?:[_-][A-Za-z]|[A-Z][a-z]|$)[\w-]*$/.test(v)) return humanize(v);
  const words = v.split(/\s+/);
  // "Describe your lawful basis for each purpose here", "list the SDKs, e.g. Firebase": an instruction written out.
  if (words.length >= 3 && INSTRUCTION_OPENING.test(v) && /^[\p{L}\d\s,.;:'’()/?-]+$/u.test(v)) return v;
  if (words.length >= 2 && words.every((w) => /^[A-Za-z][A-Za-z'’-]*$/.test(w))) {
    const lower = words.map((w) => w.toLowerCase());
    const titled = words.every((w) => /^[A-Z]/.test(w) || /^(?:of|the|and|or|for|to|a|an)$/.test(w));
    const named = lower.some((w) => SLOT_NOUNS.has(w)) && lower.every((w) => SLOT_NOUNS.has(w) || SLOT_MODIFIERS.has(w) || /^(?:of|the|and|or|for|to|a|an)$/.test(w));
    if (titled || named) return v;
  }
  return undefined;
}

/** Whether a printed value is code: a filter, a call, a string argument, a variable sigil, or a path into generator data. */
function isCode(v: string): boolean {
  if (/[|(]/.test(v) || /^[$@.]/.test(v) || /["']/.test(v) || OUTPUT_HELPERS.test(v)) return true;
  if (/^[A-Za-z_]\w*\s+\S/.test(v)) return true; // a helper with arguments: "{{ formatDate updated }}"
  const path = /^([A-Za-z_]\w*)[.[]/.exec(v);
  return path !== null && (DATA_ROOTS.has(path[1].toLowerCase()) || v.split('.').length > 3);
}

/** "COMPANY_NAME" -> "company name". */
function humanize(v: string): string {
  return v.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
}

/** "site.data.variables.contact.contact_privacy" -> "contact privacy"; "company.name" -> "company name"; "COMPANY_NAME" -> "company name". */
export function variableLabel(raw: string): string | undefined {
  const v = raw.trim().replace(/^[=#/^>&!~$@-]{1,3}\s*/, '').split('|')[0].trim().replace(/-$/, '').trim();
  if (!/^[\w.$-]{1,200}$/.test(v)) return undefined;
  const parts = v.split('.').filter((p) => p && !/^(?:site|data|variables|vars|page|config|settings|params|env|this|self|\$)$/i.test(p));
  if (!parts.length) return undefined;
  let last = parts[parts.length - 1];
  if (!/[_-]|[a-z][A-Z]/.test(last) && parts.length > 1) last = `${parts[parts.length - 2]} ${last}`;
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_\-\s]+/g, ' ').trim();
  return words ? words.toLowerCase() : undefined;
}
