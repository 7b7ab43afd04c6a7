/* HTML text for the report (output_html.c): escaping, and the rule pages'
 * markdown (rules/OSSLnnn-*.md) as HTML: their sections, paragraphs, `-`
 * lists, fenced code, `code`, **strong**, and links as their text. */
#ifndef OSSL_LINT_HTML_H
#define OSSL_LINT_HTML_H

#include "util.h"

#include <stddef.h>

/* Append s (its first n bytes, up to a NUL) escaped for HTML text and attributes. */
void html_escape_n(strbuf *sb, const char *s, size_t n);
void html_escape(strbuf *sb, const char *s);
/* A finding's or a step's message: escaped, its `code` spans as <code>. */
void html_message(strbuf *sb, const char *s);

/* The text of the section that starts with `heading` ("\n## Bad"), up to the
 * next "## " heading; NULL if there is none. Caller frees. */
char *markdown_section(const char *page, const char *heading);
/* The page's lead: what follows its title up to the first "## " heading. */
char *markdown_lead(const char *page);
/* Markdown blocks as HTML. */
void html_markdown(strbuf *sb, const char *md);

#endif
