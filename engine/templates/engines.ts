// Template engines as data: which editor languages and file names mean "a page a generator renders", and the words
// that make a template tag a directive (control flow, layout, includes) rather than an expression that prints data.
// scan.ts reads these tables; it has no per-engine branches beyond each syntax's delimiters.
//
// Sources: the engines' own documentation (Jinja/Nunjucks/Twig/Django tags, Liquid tags, Handlebars/Mustache
// helpers and partials, Go text/template actions and Hugo shortcodes, ERB/EJS/JSP tags, PHP, Laravel Blade and
// Razor directives, Smarty and FreeMarker tags) and VS Code's language identifiers.

export interface TemplateEngine {
  /** Name shown to people ("Jinja"). */
  name: string;
  /** VS Code language ids (built-in and from the usual extensions). */
  languageIds: string[];
  /** File-name endings, longest first where one contains another (".blade.php" before ".php"). */
  extensions: string[];
}

export const TEMPLATE_ENGINES: TemplateEngine[] = [
  { name: 'Jinja', languageIds: ['jinja', 'jinja-html', 'jinja-md'], extensions: ['.jinja', '.jinja2', '.j2'] },
  { name: 'Django templates', languageIds: ['django-html', 'django-txt'], extensions: ['.djhtml'] },
  { name: 'Nunjucks', languageIds: ['nunjucks'], extensions: ['.njk', '.nunjucks'] },
  { name: 'Twig', languageIds: ['twig'], extensions: ['.twig'] },
  { name: 'Liquid', languageIds: ['liquid'], extensions: ['.liquid'] },
  { name: 'Handlebars', languageIds: ['handlebars'], extensions: ['.handlebars', '.hbs'] },
  { name: 'Mustache', languageIds: ['mustache'], extensions: ['.mustache'] },
  { name: 'Go templates', languageIds: ['gotmpl', 'go-template'], extensions: ['.gohtml', '.gotmpl', '.tmpl'] },
  { name: 'ERB', languageIds: ['erb'], extensions: ['.erb', '.rhtml'] },
  { name: 'EJS', languageIds: ['ejs'], extensions: ['.ejs'] },
  { name: 'Laravel Blade', languageIds: ['blade'], extensions: ['.blade.php'] },
  { name: 'PHP', languageIds: ['php'], extensions: ['.php', '.phtml'] },
  { name: 'Razor', languageIds: ['razor', 'aspnetcorerazor'], extensions: ['.cshtml', '.razor'] },
  { name: 'Smarty', languageIds: ['smarty'], extensions: ['.tpl'] },
  { name: 'FreeMarker', languageIds: ['freemarker', 'ftl'], extensions: ['.ftl', '.ftlh'] },
  { name: 'Embedded Elixir', languageIds: ['eex', 'html-eex', 'heex', 'phoenix-heex'], extensions: ['.eex', '.heex', '.leex'] },
  { name: 'JSP', languageIds: ['jsp'], extensions: ['.jsp'] },
];

/** Every editor language id of a template engine. */
export const TEMPLATE_LANGUAGE_IDS: readonly string[] = TEMPLATE_ENGINES.flatMap((e) => e.languageIds);

/** The engine a file is written for, by its editor language or (failing that) its file name. */
export function templateEngineOf(languageId: string | undefined, fileName: string | undefined): { engine: TemplateEngine; by: 'language' | 'extension'; value: string } | undefined {
  const id = languageId?.toLowerCase();
  if (id) {
    const engine = TEMPLATE_ENGINES.find((e) => e.languageIds.includes(id));
    if (engine) return { engine, by: 'language', value: languageId! };
  }
  const name = baseName(fileName).toLowerCase();
  for (const engine of TEMPLATE_ENGINES) {
    const ext = engine.extensions.find((x) => name.endsWith(x) && name.length > x.length);
    if (ext) return { engine, by: 'extension', value: ext };
  }
  return undefined;
}

/**
 * The extension a template file renders to, for choosing its format: "privacy.html.erb" -> "html", "terms.md.j2" ->
 * "md", "privacy.njk" -> "html" (engines render HTML unless the name says otherwise). Undefined for other files.
 */
export function renderedExtension(fileName: string | undefined): string | undefined {
  const name = baseName(fileName).toLowerCase();
  for (const engine of TEMPLATE_ENGINES) {
    const ext = engine.extensions.find((x) => name.endsWith(x) && name.length > x.length);
    if (!ext) continue;
    const inner = /\.([a-z0-9]+)$/.exec(name.slice(0, name.length - ext.length))?.[1];
    return inner && /^(?:md|markdown|mdown|mkd|txt|text|html?|xhtml)$/.test(inner) ? inner : 'html';
  }
  return undefined;
}

function baseName(fileName: string | undefined): string {
  return (fileName ?? '').replace(/^.*[\\/]/, '');
}

/**
 * First words of a `{{ … }}` action that make it a directive: Go templates and Hugo (if, range, with, define,
 * template, block, partial, end…), Handlebars `{{else}}`, Jinja's `{{ super() }}`. Anything else prints data.
 */
export const MUSTACHE_DIRECTIVE_WORDS = new Set([
  'if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue', 'partial', 'partialcached',
  'return', 'try', 'super', 'caller', 'yield', 'inline', 'include', 'render', 'extends', 'layout', 'content',
]);

/** Roots of the data a site generator or framework exposes to its templates ({{ site.email }}, {{ page.date }}). */
export const DATA_ROOTS = new Set([
  'site', 'page', 'layout', 'content', 'config', 'params', 'settings', 'app', 'env', 'request', 'user', 'current_user',
  'jekyll', 'paginator', 'post', 'theme', 'data', 'locale', 'i18n', 'meta', 'metadata', 'seo', 'this', 'self', 'options',
  'global', 'globals', 'collections', 'eleventy', 'cookiecutter', 'shop', 'section', 'block', 'vars', 'props', 'model',
]);

/** Names that call a translation or helper in `{{ … }}`/`<%= … %>` (gettext and friends): `{{ _('Privacy') }}`. */
export const OUTPUT_HELPERS = /^(?:_|__|_e|esc_html_?[e_]*|t|tr|trans|translate|gettext|ngettext|pgettext|i18n|lang|url|url_for|route|asset|static|link_to|mail_to|config|env|trans_choice|date|now|format_date|strftime)\s*\(/;

/** ERB/EJS statements (`<% … %>` without "=") that are structure: layout, partials, control flow. */
export const ERB_DIRECTIVE_WORDS = /^(?:(?:if|unless|else|elsif|end|each|for|while|until|case|when|begin|rescue|ensure|do|content_for|provide|render|yield|include|layout|form_with|form_for|cache|javascript_include_tag|stylesheet_link_tag|csrf_meta_tags)\b|[a-z_]\w*\s*=(?!=))/;

/** Blade directives (`@extends('layouts.app')`, `@section`, `@endif`); `@lang` and `@choice` print translations. */
export const BLADE_DIRECTIVES = new Set([
  'extends', 'section', 'endsection', 'yield', 'include', 'includeif', 'includewhen', 'includeunless', 'includefirst',
  'if', 'elseif', 'else', 'endif', 'unless', 'endunless', 'isset', 'endisset', 'empty', 'endempty', 'auth', 'endauth',
  'guest', 'endguest', 'production', 'endproduction', 'env', 'endenv', 'switch', 'case', 'break', 'default', 'endswitch',
  'for', 'endfor', 'foreach', 'endforeach', 'forelse', 'endforelse', 'while', 'endwhile', 'continue', 'php', 'endphp',
  'push', 'endpush', 'stack', 'prepend', 'endprepend', 'component', 'endcomponent', 'slot', 'endslot', 'props', 'aware',
  'csrf', 'method', 'parent', 'show', 'stop', 'append', 'overwrite', 'once', 'endonce', 'verbatim', 'endverbatim',
  'each', 'inject', 'can', 'endcan', 'cannot', 'endcannot', 'error', 'enderror', 'vite', 'livewire', 'livewirestyles',
  'livewirescripts', 'hassection', 'sectionmissing', 'class', 'style', 'checked', 'selected', 'disabled', 'fragment',
  'endfragment', 'pushonce', 'endpushonce', 'lang', 'choice', 'json',
]);
/** Blade directives that print text (translations) rather than structure. */
export const BLADE_OUTPUT = new Set(['lang', 'choice']);

/** Razor: directives at the start of a line, and the objects whose members print data (`@Model.Email`). */
export const RAZOR_DIRECTIVES = /^@(?:model|using|page|inject|inherits|layout|addTagHelper|removeTagHelper|namespace|implements|attribute|functions|code|section|rendermode)\b/;
export const RAZOR_OBJECTS = /^@(?:Model|ViewBag|ViewData|TempData|Html|Url|Localizer|SharedLocalizer|ViewLocalizer|Configuration|Settings|Options|Context|User)\b/;

/** Smarty tags (`{include file="header.tpl"}`, `{if $x}`, `{/if}`). */
export const SMARTY_TAGS = 'include|extends|block|if|elseif|else|foreach|foreachelse|assign|capture|literal|strip|section|function|nocache|insert|config_load|while';

/** FreeMarker directives (`<#if>`, `<#include "x.ftl">`, `</#list>`). */
export const FREEMARKER_TAGS = 'if|else|elseif|list|items|sep|include|import|assign|global|local|macro|function|return|nested|compress|switch|case|default|break|attempt|recover|setting|ftl|noparse|escape|noescape|autoesc|outputformat';
