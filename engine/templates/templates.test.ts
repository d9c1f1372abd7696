// The template scanner: what each engine's syntax is (directive, comment, data expression, slot for a person), and
// when a file reads as a page that a generator renders. Every sample sentence here is written for these tests.
import assert from 'node:assert/strict';
import { frontMatter, renderedTemplateReason, renderedExtension, scanTemplates, templateEngineOf, type TemplateRole } from './index.ts';
import { formatFor } from '../parse/index.ts';

/** The constructs of `text` as [source text, role] pairs. */
const roles = (text: string) => scanTemplates(text).map((c) => [text.slice(c.span.start, c.span.end), c.role] as [string, TemplateRole]);
const only = (text: string, role: TemplateRole) => assert.deepEqual(roles(text), [[text, role]], text);

describe('template scanner', () => {
  it('reads the tags of Liquid, Jinja, Nunjucks, Twig and Django as directives', () => {
    for (const t of ['{% extends "base.html" %}', '{% block content %}', '{% endblock %}', '{% load i18n static %}', '{% include "footer.html" %}', '{%- assign company = site.owner -%}', '{% trans "Privacy policy" %}', '{% url "privacy" %}', '{% if user.is_authenticated %}', '{% set year = 2025 %}', '{% liquid\n  assign a = 1\n%}']) {
      only(t, 'directive');
    }
    assert.deepEqual(roles('{% if eu %}We follow the GDPR.{% endif %}'), [['{% if eu %}', 'directive'], ['{% endif %}', 'directive']]);
  });

  it('reads Handlebars, Mustache and Ghost blocks, partials and layouts as directives', () => {
    for (const t of ['{{!< default}}', '{{> footer}}', '{{> "post-card"}}', '{{#each posts}}', '{{/each}}', '{{^items}}', '{{else}}', '{{#> layout}}', '{{~#if email~}}', '{{=<% %>=}}']) only(t, 'directive');
  });

  it('reads Go template and Hugo actions and shortcodes as directives', () => {
    for (const t of ['{{ partial "header.html" . }}', '{{ define "main" }}', '{{ end }}', '{{ range .Pages }}', '{{ with .Params.contact }}', '{{ template "footer" . }}', '{{ block "main" . }}', '{{- if .Site.Params.email -}}', '{{ $mail := .Site.Params.email }}', '{{< figure src="team.jpg" >}}', '{{% notice info %}}', '{{ content }}']) {
      only(t, 'directive');
    }
  });

  it('reads ERB, EJS and JSP statements, partials and page directives as directives', () => {
    for (const t of ['<% content_for :title do %>', '<% if current_user %>', '<% end %>', '<%= render "shared/footer" %>', '<%- include("header") %>', '<%@ page contentType="text/html" %>', '<% title = "Privacy" %>']) only(t, 'directive');
  });

  it('reads Blade, Razor, PHP, Smarty and FreeMarker structure as directives', () => {
    for (const t of ["@extends('layouts.app')", "@section('content')", '@endsection', "@include('partials.nav', ['x' => 1])", '@if($user)', '@endif', '@csrf', '@model PrivacyModel', '@{ ViewData["Title"] = "Privacy"; }', "<?php include 'header.php'; ?>", "<?php require_once __DIR__ . '/nav.php'; ?>", '{include file="header.tpl"}', '{/if}', '<#include "header.ftl">', '</#if>']) {
      only(t, 'directive');
    }
    only("<?php\n$title = 'Privacy';\ninclude 'header.php';\n?>", 'directive');
  });

  it("reads every engine's comments as comments, with their inner text", () => {
    for (const t of ['{# reviewed #}', '{{! reviewed }}', '{{!-- reviewed --}}', '<%# reviewed %>', '{{/* reviewed */}}', '{{- /* reviewed */ -}}', '{{-- reviewed --}}', '{* reviewed *}', '<#-- reviewed -->', '<%-- reviewed --%>', '{% # reviewed %}', '{% comment %}reviewed{% endcomment %}']) {
      only(t, 'comment');
      const c = scanTemplates(t)[0];
      assert.match(t.slice(c.inner!.start, c.inner!.end), /^\s*reviewed\s*$/, t);
    }
    // A multi-line comment block hides what is inside it, template code included.
    assert.deepEqual(roles('{% comment %}\n{{ site.email }}\n{% endcomment %} after'), [['{% comment %}\n{{ site.email }}\n{% endcomment %}', 'comment']]);
  });

  it('reads printed data as expressions, and code that no person writes as evidence of rendering', () => {
    const code = (t: string, expected: boolean) => {
      const c = scanTemplates(t);
      assert.equal(c.length, 1, t);
      assert.equal(c[0].role, 'expression', t);
      assert.equal(c[0].code === true, expected, t);
    };
    for (const t of ['{{ site.email }}', '{{ page.date | date: "%B %d, %Y" }}', "{{ config('app.name') }}", '{{ .Site.Params.email }}', '{{ @site.title }}', '{{ t "privacy.title" }}', "{{ _('Privacy') }}", '{{ formatDate updated }}', '<%= privacy_path %>', '<%== raw_html %>', '<?= $site_name ?>', '<?php echo $contact_email; ?>', "<?php _e('Privacy', 'theme'); ?>", '{!! $policy !!}', '%{domain}s', '%{domain}', '%(name)s', '<%{contact_email}>', '{$companyname}', '@Model.Email', '@ViewData["Title"]', "@lang('privacy.title')", '${config.mail?html}', '{{ site.data.company.legal.name }}']) {
      code(t, true);
    }
    for (const t of ['{{ company_name }}', '{{company}}', '{{{raw_name}}}', '${company.name}', '{company_name}', '{{ company.name }}', '{{ year }}']) code(t, false);
  });

  it('reads a value written for a person as a slot, in any notation', () => {
    for (const t of ['{{COMPANY_NAME}}', '{{ COMPANY NAME }}', '{{ Company Name }}', '{{ company name }}', '{{your_email}}', '{{ yourCompanyName }}', '{{ INSERT_DATE }}', '%{COMPANY}', '${COMPANY_EMAIL}', '{COMPANY NAME}', '{COMPANY}', '{% COMPANY %}', '<%{SUPPORT_EMAIL}>']) only(t, 'slot');
    assert.equal(scanTemplates('{{ yourCompanyName }}')[0].label, 'your company name');
    assert.equal(scanTemplates('{{COMPANY_NAME}}')[0].label, 'company name');
  });

  it('finds nothing in text that only looks like template code', () => {
    for (const t of [
      'Write to privacy@example.com or @acme on social media; follow @include_docs.',
      '{: .lead} {#contact} {some words} 50%{ and ${ } and {{ }} and {% %}.',
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<%% literal %>',
      'Blade prints @{{ name }} as it is; Handlebars prints \\{{name}}.',
      'The \\textbf{Name} and file.{lang} and /u/{user_id}.',
      'Mention <@123456> on Discord.',
    ]) {
      assert.deepEqual(roles(t), [], t);
    }
  });

  it('leaves the text of a raw block alone', () => {
    assert.deepEqual(roles('{% raw %}In Handlebars, {{ name }} is a variable.{% endraw %}'), [['{% raw %}', 'directive'], ['{% endraw %}', 'directive']]);
  });

  it('marks which constructs lie in visible text', () => {
    const text = '`{{ site.email }}` and {{ site.url }}';
    const hidden = (o: number) => o < 18;
    assert.deepEqual(scanTemplates(text, (o) => !hidden(o)).map((c) => c.visible), [false, true]);
  });

  it('finishes on inputs made of unclosed openers (not timed: it only has to end)', () => {
    const inputs = ['{{', '{%', '{#', '<%', '<?php ', '@if(', '{{!--', '{{/*', '{{<', '%{', '${', '<#--', '{*', '@{', '{% comment %}', '{% raw %}'].map((o) => o.repeat(20_000));
    for (const t of inputs) assert.ok(Array.isArray(scanTemplates(t)));
    assert.equal(scanTemplates('{{ a }}'.repeat(20_000)).length, 20_000);
  });
});

describe('rendered templates', () => {
  const reason = (text: string, hints = {}) => renderedTemplateReason(text, scanTemplates(text), hints);

  it('knows template languages and file names', () => {
    assert.equal(templateEngineOf('jinja-html', undefined)?.engine.name, 'Jinja');
    assert.equal(templateEngineOf('django-html', undefined)?.engine.name, 'Django templates');
    assert.equal(templateEngineOf(undefined, 'resources/views/privacy.blade.php')?.engine.name, 'Laravel Blade');
    assert.equal(templateEngineOf(undefined, 'privacy.php')?.engine.name, 'PHP');
    assert.equal(templateEngineOf('markdown', 'privacy.md'), undefined);
    assert.equal(templateEngineOf(undefined, '.hbs'), undefined, 'a bare extension is no file name');
    for (const [name, ext, format] of [
      ['app/views/pages/privacy.html.erb', 'html', 'html'],
      ['content/terms.md.j2', 'md', 'markdown'],
      ['privacy.txt.njk', 'txt', 'text'],
      ['src/privacy.njk', 'html', 'html'],
      ['privacy.php', 'html', 'html'],
    ] as const) {
      assert.equal(renderedExtension(name), ext, name);
      assert.equal(formatFor(name), format, name);
    }
    assert.equal(formatFor('privacy.md'), 'markdown');
  });

  it('recognises front matter, YAML or TOML, but not a thematic break', () => {
    assert.deepEqual(frontMatter('---\nlayout: page\npermalink: /privacy/\n---\n# Privacy')?.keys.map((k) => k.key), ['layout', 'permalink']);
    assert.deepEqual(frontMatter('+++\ntitle = "Privacy"\n+++\nText')?.keys.map((k) => k.key), ['title']);
    assert.equal(frontMatter('---\nPrivacy Policy\n---\nWe care.'), undefined);
    assert.equal(frontMatter('# Privacy\n---\nlayout: page\n---'), undefined);
  });

  it('says why a file reads as rendered, from the strongest sign', () => {
    assert.match(reason('Text', { languageId: 'handlebars' })!, /language as "handlebars"/);
    assert.match(reason('Text', { fileName: 'privacy.liquid' })!, /file name ends in "\.liquid" \(Liquid\)/);
    assert.match(reason('---\ntitle: Privacy\nlayout: page\n---\nText')!, /front matter \(`layout: page`\)/);
    assert.match(reason('Intro\n{% extends "base.html" %}')!, /directives such as `\{% extends "base\.html" %\}` \(line 2\)/);
    assert.match(reason('Write to {{ site.email }}.')!, /template code such as `\{\{ site\.email \}\}`/);
    assert.match(reason('Covers %{domain}.')!, /template code such as `%\{domain\}`/);
    assert.equal(reason('Write to {{ company_name }} or [Company Name] or {{COMPANY}}.'), undefined);
    assert.equal(reason('A policy with no template code at all.', { languageId: 'markdown', fileName: 'privacy.md' }), undefined);
  });
});
