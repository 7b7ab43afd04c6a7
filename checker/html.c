#include "html.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- escaping ---- */

void html_escape_n(strbuf *sb, const char *s, size_t n) {
  char one[2] = {0};
  for (size_t i = 0; i < n && s[i]; i++) {
    switch (s[i]) {
    case '<': sb_append(sb, "&lt;"); break;
    case '>': sb_append(sb, "&gt;"); break;
    case '&': sb_append(sb, "&amp;"); break;
    case '"': sb_append(sb, "&quot;"); break;
    case '\'': sb_append(sb, "&#39;"); break;
    case '\r': break;
    default:
      one[0] = s[i];
      sb_append(sb, one);
    }
  }
}

void html_escape(strbuf *sb, const char *s) { html_escape_n(sb, s, strlen(s)); }

/* A message: `code` spans become <code>. */
void html_message(strbuf *sb, const char *s) {
  bool code = false;
  for (const char *p = s; *p; p++) {
    if (*p == '`') {
      sb_append(sb, code ? "</code>" : "<code>");
      code = !code;
    } else {
      html_escape_n(sb, p, 1);
    }
  }
  if (code) sb_append(sb, "</code>");
}

/* ---- markdown (the rule pages): sections, paragraphs, lists, fenced code ---- */

/* The text of section `heading` ("## Bad"), up to the next "## "; NULL if absent. */
char *markdown_section(const char *page, const char *heading) {
  const char *p = strstr(page, heading);
  if (!p) return NULL;
  p = strchr(p + 1, '\n'); /* past the heading's line */
  if (!p) return NULL;
  const char *end = strstr(p, "\n## ");
  if (!end) end = p + strlen(p);
  return xasprintf("%.*s", (int)(end - p), p);
}

/* The page's lead paragraph: after the title. */
char *markdown_lead(const char *page) {
  const char *p = strchr(page, '\n');
  if (!p) return NULL;
  const char *end = strstr(p, "\n## ");
  if (!end) end = p + strlen(p);
  return xasprintf("%.*s", (int)(end - p), p);
}

/* Inline markdown: `code`, **strong**, [text](link) as its text. */
static void md_inline(strbuf *sb, const char *s, size_t n) {
  bool code = false, strong = false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '`') {
      sb_append(sb, code ? "</code>" : "<code>");
      code = !code;
    } else if (!code && s[i] == '*' && i + 1 < n && s[i + 1] == '*') {
      sb_append(sb, strong ? "</strong>" : "<strong>");
      strong = !strong;
      i++;
    } else if (!code && (s[i] == '[' || (s[i] == ']' && i + 1 < n && s[i + 1] == '('))) {
      if (s[i] == ']') { /* skip the link target */
        const char *close = memchr(s + i, ')', n - i);
        if (close) i = (size_t)(close - s);
      }
    } else {
      html_escape_n(sb, s + i, 1);
    }
  }
  if (code) sb_append(sb, "</code>");
  if (strong) sb_append(sb, "</strong>");
}

void html_markdown(strbuf *sb, const char *md) {
  bool in_code = false, in_list = false, in_par = false;
  for (const char *p = md; *p;) {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    const char *next = nl ? nl + 1 : p + n;
    if (n >= 3 && !strncmp(p, "```", 3)) {
      if (in_par) sb_append(sb, "</p>\n"), in_par = false;
      if (in_list) sb_append(sb, "</li></ul>\n"), in_list = false;
      sb_append(sb, in_code ? "</code></pre>\n" : "<pre class=\"example\"><code>");
      in_code = !in_code;
    } else if (in_code) {
      html_escape_n(sb, p, n);
      sb_append(sb, "\n");
    } else if (n == 0) {
      if (in_par) sb_append(sb, "</p>\n"), in_par = false;
      if (in_list) sb_append(sb, "</li></ul>\n"), in_list = false;
    } else if (n >= 2 && !strncmp(p, "- ", 2)) {
      if (in_par) sb_append(sb, "</p>\n"), in_par = false;
      sb_append(sb, in_list ? "</li>\n<li>" : "<ul>\n<li>");
      in_list = true;
      md_inline(sb, p + 2, n - 2);
    } else {
      if (!in_par && !in_list) sb_append(sb, "<p>"), in_par = true;
      else sb_append(sb, " ");
      md_inline(sb, p, n);
    }
    p = next;
  }
  if (in_code) sb_append(sb, "</code></pre>\n");
  if (in_par) sb_append(sb, "</p>\n");
  if (in_list) sb_append(sb, "</li></ul>\n");
}

