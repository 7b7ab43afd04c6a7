/* --format html: one self-contained page (no script; the style inline; no
 * font, image or style loaded from elsewhere), readable without JavaScript and
 * from the keyboard (headings, a skip link, a table of contents, anchors for
 * every finding, step and line, focusable source regions).
 *  - a summary: findings per rule and per file, the run's inputs, the model;
 *  - per finding: its message, its path as numbered steps linked to the
 *    function's source (line numbers; each step's line highlighted, its place
 *    marked and its message shown under it), the fix-it, and the rule's page
 *    (what it finds, why it matters, bad and fixed), read at run time from the
 *    rules directory next to the model, as SARIF's rule texts are. */
#include "output.h"

#include "html.h"
#include "rules/registry.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* ---- source files, read once ---- */

typedef struct {
  char *path, *text;
  const char **line; /* line[i]: the start of line i + 1 */
  int nlines;
} source_file;

/* Each file read is allocated on its own: a pointer source_get() gave stays
 * valid while later calls add files. */
typedef struct {
  source_file **v;
  int n, cap;
} source_cache;

static const source_file *source_get(source_cache *c, const char *path) {
  for (int i = 0; i < c->n; i++)
    if (!strcmp(c->v[i]->path, path)) return c->v[i];
  source_file *f = xmalloc(sizeof *f);
  *f = (source_file){xstrdup(path), read_text_file(path), NULL, 0};
  int cap = 0;
  for (const char *p = f->text; p && *p;) {
    VEC_PUSH(f->line, f->nlines, cap, p);
    const char *nl = strchr(p, '\n');
    p = nl ? nl + 1 : p + strlen(p);
  }
  VEC_PUSH(c->v, c->n, c->cap, f);
  return f;
}

static size_t line_length(const source_file *f, int line) {
  const char *s = f->line[line - 1], *nl = strchr(s, '\n');
  return nl ? (size_t)(nl - s) : strlen(s);
}

static void source_cache_free(source_cache *c) {
  for (int i = 0; i < c->n; i++) {
    free(c->v[i]->path);
    free(c->v[i]->text);
    free(c->v[i]->line);
    free(c->v[i]);
  }
  free(c->v);
}

typedef struct {
  char *lead, *what, *why, *bad, *fixed;
} rule_page;

static void rule_pages_load(rule_page *pages, const char *rules_dir) {
  for (int i = 0; i < rule_count; i++) {
    char *path = xasprintf("%s/%s-%s.md", rules_dir, rule_table[i].id, rule_table[i].name);
    char *page = read_text_file(path);
    if (page) {
      pages[i] = (rule_page){markdown_lead(page), markdown_section(page, "\n## What it finds"),
                             markdown_section(page, "\n## Why it matters"), markdown_section(page, "\n## Bad"),
                             markdown_section(page, "\n## Fixed")};
    }
    free(page);
    free(path);
  }
}

static void rule_pages_free(rule_page *pages) {
  for (int i = 0; i < rule_count; i++) {
    free(pages[i].lead);
    free(pages[i].what);
    free(pages[i].why);
    free(pages[i].bad);
    free(pages[i].fixed);
  }
}

/* ---- the page ---- */

static const char STYLE[] =
    "*{box-sizing:border-box}"
    "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1b1b;background:#fff;"
    "margin:0 auto;max-width:72rem;padding:0 1.25rem 4rem}"
    "a{color:#0b57d0}a:focus-visible,summary:focus-visible,.source:focus-visible{outline:3px solid #f59e0b;"
    "outline-offset:2px}"
    ".skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}"
    "header{border-bottom:2px solid #ddd;margin-bottom:1rem}h1{margin:.8em 0 .2em}"
    "code,pre{font-family:ui-monospace,'DejaVu Sans Mono',Menlo,Consolas,monospace;font-size:.9em}"
    "table{border-collapse:collapse}caption{text-align:left;font-weight:600;padding:.3rem 0}"
    ".counts td,.counts th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}"
    ".counts td.n{text-align:right}dl.run{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}"
    "dl.run dt{font-weight:600}dl.run dd{margin:0;overflow-wrap:anywhere}"
    ".toc li{margin:.2rem 0}"
    ".finding{border:1px solid #ccc;border-radius:6px;padding:0 1rem 1rem;margin:1.5rem 0}"
    ".finding h3{margin:.8rem 0 .3rem;font-size:1.15rem}.rule-id{background:#7a1f1f;color:#fff;"
    "border-radius:4px;padding:0 .4rem;font-size:.9em}"
    ".message{font-size:1.05rem;background:#fff4e5;border-left:4px solid #d97706;padding:.4rem .8rem}"
    ".steps{padding-left:0;list-style:none;counter-reset:none}.steps li{margin:.3rem 0;display:flex;gap:.5rem;"
    "align-items:baseline}"
    ".badge{display:inline-block;min-width:1.6rem;height:1.6rem;line-height:1.6rem;border-radius:.8rem;"
    "text-align:center;font-weight:700;font-size:.85rem;color:#fff;background:#0b57d0;flex:none;"
    "text-decoration:none}"
    ".k-entry .badge,.k-caller .badge,.k-push .badge,.k-source .badge{background:#b91c1c}"
    ".k-branch .badge,.k-loop .badge{background:#4b5563}.k-io .badge{background:#7c3aed}"
    ".k-classify .badge,.k-exit .badge{background:#047857}.k-call .badge,.k-drain .badge,.k-use .badge"
    "{background:#b45309}"
    ".where{color:#555;font-size:.9em}.excerpt{display:block;color:#333;white-space:pre-wrap}"
    ".source{overflow-x:auto;border:1px solid #ddd;border-radius:4px;background:#fafafa}"
    ".source table{width:100%}.source th{font-weight:400;color:#777;text-align:right;padding:0 .6rem;"
    "user-select:none;vertical-align:top;width:3.5rem}"
    ".source td{padding:0 .6rem 0 0}.source pre{margin:0;tab-size:8;white-space:pre}"
    ".source tr.hl{background:#fff3bf}.source tr.hl th{color:#1b1b1b;font-weight:700}"
    ".source tr.gap td,.source tr.gap th{color:#777;padding:.2rem .6rem}"
    ".source mark{background:#fde047;border-bottom:2px solid #ca8a04;color:inherit}"
    ".source tr.note td{padding:.15rem 0 .35rem}.note ol{list-style:none;margin:0;padding:0}"
    ".note li{display:flex;gap:.5rem;align-items:baseline;margin:.15rem 0;background:#eef2ff;"
    "border-left:4px solid #0b57d0;padding:.15rem .5rem;max-width:60rem;white-space:normal}"
    ".note li.k-entry,.note li.k-caller,.note li.k-push,.note li.k-source{background:#fee2e2;border-color:#b91c1c}"
    ".note li.k-classify,.note li.k-exit{background:#dcfce7;border-color:#047857}"
    ".note li.k-branch,.note li.k-loop{background:#f3f4f6;border-color:#4b5563}"
    ".note li.k-call,.note li.k-drain,.note li.k-use{background:#ffedd5;border-color:#b45309}"
    "pre.fixit,pre.example{background:#f3f4f6;padding:.5rem;overflow-x:auto}"
    "details{margin-top:.8rem}summary{cursor:pointer;font-weight:600}"
    ".rule-page{border-left:3px solid #ddd;padding-left:1rem}"
    "@media print{.skip,nav{display:none}.finding{break-inside:avoid}}";

/* Where finding i's function is: its source and the lines shown. */
typedef struct {
  const source_file *src;
  int first, last; /* the function's lines (1-based), clamped to the file */
} fn_view;

static bool step_in_view(const finding_step *st, const fn_view *v) {
  return v->src && st->loc.file && !strcmp(st->loc.file, v->src->path) && (int)st->loc.line >= v->first &&
         (int)st->loc.line <= v->last;
}

/* One source line, with the places of the steps on it marked. */
static void source_line(strbuf *sb, const fn_view *v, int line, const finding *f) {
  const char *s = v->src->line[line - 1];
  size_t len = line_length(v->src, line), at = 0;
  enum { MAX_MARKS = 16 };
  size_t cols[MAX_MARKS];
  int ncols = 0;
  for (int j = 0; j < f->npath && ncols < MAX_MARKS; j++) {
    const finding_step *st = &f->path[j];
    if (!step_in_view(st, v) || (int)st->loc.line != line || st->loc.col < 1) continue;
    size_t c = st->loc.col - 1;
    bool have = false;
    for (int k = 0; k < ncols; k++) have |= cols[k] == c;
    if (!have && c < len) cols[ncols++] = c;
  }
  for (int a = 1; a < ncols; a++) /* in order along the line */
    for (int b = a; b > 0 && cols[b - 1] > cols[b]; b--) {
      size_t t = cols[b];
      cols[b] = cols[b - 1];
      cols[b - 1] = t;
    }
  for (int k = 0; k < ncols; k++) {
    if (cols[k] < at) continue;
    html_escape_n(sb, s + at, cols[k] - at);
    size_t end = cols[k];
    while (end < len && (s[end] == '_' || (s[end] >= 'a' && s[end] <= 'z') || (s[end] >= 'A' && s[end] <= 'Z') ||
                         (s[end] >= '0' && s[end] <= '9')))
      end++;
    if (end == cols[k]) end++;
    if (k + 1 < ncols && end > cols[k + 1]) end = cols[k + 1];
    sb_append(sb, "<mark>");
    html_escape_n(sb, s + cols[k], end - cols[k]);
    sb_append(sb, "</mark>");
    at = end;
  }
  if (at < len) html_escape_n(sb, s + at, len - at);
}

/* The function's source: all of it when short, else the lines around the steps. */
static void function_source(strbuf *sb, int fi, const finding *f, const fn_view *v) {
  enum { SHORT = 80, CONTEXT = 4 };
  int n = v->last - v->first + 1;
  bool *show = xcalloc((size_t)n + 1, sizeof *show);
  for (int i = 0; i < n; i++) show[i] = n <= SHORT || i < 2 || i >= n - 1;
  int lines[2] = {(int)f->loc.line, 0};
  for (int j = -1; j < f->npath; j++) {
    int line = j < 0 ? lines[0] : (int)f->path[j].loc.line;
    if (j >= 0 && !step_in_view(&f->path[j], v)) continue;
    for (int d = -CONTEXT; d <= CONTEXT; d++)
      if (line + d >= v->first && line + d <= v->last) show[line + d - v->first] = true;
  }
  sb_appendf(sb, "<div class=\"source\" tabindex=\"0\" role=\"region\" aria-label=\"Source of %s, lines %d to %d\">",
             f->function ? f->function : "the function", v->first, v->last);
  sb_append(sb, "<table><tbody>\n");
  bool gap = false;
  for (int line = v->first; line <= v->last; line++) {
    if (!show[line - v->first]) {
      if (!gap) sb_append(sb, "<tr class=\"gap\"><th scope=\"row\">&#8942;</th><td>lines not on the path</td></tr>\n");
      gap = true;
      continue;
    }
    gap = false;
    bool hl = line == (int)f->loc.line && !strcmp(f->loc.file, v->src->path);
    for (int j = 0; j < f->npath && !hl; j++) hl = step_in_view(&f->path[j], v) && (int)f->path[j].loc.line == line;
    sb_appendf(sb, "<tr id=\"f%d-l%d\"%s><th scope=\"row\">%d</th><td><pre>", fi, line, hl ? " class=\"hl\"" : "",
               line);
    source_line(sb, v, line, f);
    sb_append(sb, "</pre></td></tr>\n");
    bool any = false;
    for (int j = 0; j < f->npath; j++) {
      const finding_step *st = &f->path[j];
      if (!step_in_view(st, v) || (int)st->loc.line != line) continue;
      if (!any) sb_append(sb, "<tr class=\"note\"><th></th><td><ol>");
      any = true;
      sb_appendf(sb, "<li id=\"f%d-n%d\" class=\"k-%s\"><a class=\"badge\" href=\"#f%d-s%d\" "
                     "aria-label=\"step %d in the list\">%d</a><span>",
                 fi, j + 1, st->kind, fi, j + 1, j + 1, j + 1);
      html_message(sb, st->msg);
      sb_append(sb, "</span></li>");
    }
    if (any) sb_append(sb, "</ol></td></tr>\n");
  }
  sb_append(sb, "</tbody></table></div>\n");
  free(show);
}

static void finding_article(strbuf *sb, int fi, const finding *f, const rule_page *page, source_cache *cache) {
  const rule_info *r = f->rule;
  sb_appendf(sb, "<article class=\"finding\" id=\"f%d\" aria-labelledby=\"f%d-h\">\n", fi, fi);
  sb_appendf(sb, "<h3 id=\"f%d-h\"><span class=\"rule-id\">%s</span> %s: <a href=\"#f%d\">", fi, r->id, r->name, fi);
  html_escape(sb, f->loc.file);
  sb_appendf(sb, ":%u:%u</a>", f->loc.line, f->loc.col);
  if (f->function) {
    sb_append(sb, " in <code>");
    html_escape(sb, f->function);
    sb_append(sb, "()</code>");
  }
  sb_append(sb, "</h3>\n<p class=\"message\">");
  html_message(sb, f->msg);
  sb_append(sb, "</p>\n");

  fn_view v = {0};
  if (f->function_loc.file) {
    v.src = source_get(cache, f->function_loc.file);
    v.first = (int)f->function_loc.line;
    v.last = (int)(f->function_end > f->function_loc.line ? f->function_end : f->function_loc.line);
    if (!v.src->nlines || v.first < 1 || v.first > v.src->nlines) v.src = NULL;
    else if (v.last > v.src->nlines) v.last = v.src->nlines;
  }

  sb_appendf(sb, "<h4 id=\"f%d-path\">Path: %d step%s</h4>\n<ol class=\"steps\">\n", fi, f->npath,
             f->npath == 1 ? "" : "s");
  for (int j = 0; j < f->npath; j++) {
    const finding_step *st = &f->path[j];
    bool shown = step_in_view(st, &v);
    sb_appendf(sb, "<li id=\"f%d-s%d\" class=\"step k-%s\"><a class=\"badge\" href=\"#f%d-%c%d\" "
                   "aria-label=\"step %d%s\">%d</a><span>",
               fi, j + 1, st->kind, fi, shown ? 'n' : 's', j + 1, j + 1, shown ? ", in the source" : "", j + 1);
    html_message(sb, st->msg);
    sb_append(sb, " <span class=\"where\">");
    if (shown) { /* in the function's source below */
      sb_appendf(sb, "<a href=\"#f%d-l%u\">line %u</a>", fi, st->loc.line, st->loc.line);
    } else {
      html_escape(sb, st->loc.file);
      sb_appendf(sb, ":%u:%u", st->loc.line, st->loc.col);
    }
    sb_append(sb, "</span>");
    if (!shown && st->loc.file) { /* another function: its line here */
      const source_file *other = source_get(cache, st->loc.file);
      if ((int)st->loc.line >= 1 && (int)st->loc.line <= other->nlines) {
        sb_appendf(sb, "<code class=\"excerpt\">%u: ", st->loc.line);
        const char *s = other->line[st->loc.line - 1];
        size_t len = line_length(other, (int)st->loc.line);
        while (len && (*s == ' ' || *s == '\t')) s++, len--;
        html_escape_n(sb, s, len);
        sb_append(sb, "</code>");
      }
    }
    sb_append(sb, "</span></li>\n");
  }
  sb_append(sb, "</ol>\n");

  if (v.src) {
    sb_appendf(sb, "<h4>Source of <code>%s()</code> <span class=\"where\">", f->function ? f->function : "");
    html_escape(sb, v.src->path);
    sb_appendf(sb, ", lines %d&#8211;%d</span></h4>\n", v.first, v.last);
    function_source(sb, fi, f, &v);
  } else {
    sb_append(sb, "<p>(The function's source could not be read.)</p>\n");
  }

  if (f->fix_text) {
    sb_appendf(sb, "<h4>Fix-it%s</h4>\n<p>Insert at <a href=\"#f%d-l%u\">", f->fixed ? " (applied)" : "", fi,
               f->fix_loc.line);
    html_escape(sb, f->fix_loc.file);
    sb_appendf(sb, ":%u:%u</a>:</p>\n<pre class=\"fixit\"><code>", f->fix_loc.line, f->fix_loc.col);
    size_t n = strlen(f->fix_text); /* without the indentation of the next line */
    while (n && (f->fix_text[n - 1] == '\t' || f->fix_text[n - 1] == ' ' || f->fix_text[n - 1] == '\n')) n--;
    html_escape_n(sb, f->fix_text, n);
    sb_append(sb, "</code></pre>\n");
  }

  sb_appendf(sb, "<details class=\"rule\"><summary>The rule: %s %s (what it finds, why it matters, bad and fixed)"
                 "</summary>\n<div class=\"rule-page\">\n",
             r->id, r->name);
  if (page->lead) html_markdown(sb, page->lead);
  static const char *const titles[] = {"What it finds", "Why it matters", "Bad", "Fixed"};
  const char *const texts[] = {page->what, page->why, page->bad, page->fixed};
  for (int i = 0; i < 4; i++) {
    if (!texts[i]) continue;
    sb_appendf(sb, "<h5>%s</h5>\n", titles[i]);
    html_markdown(sb, texts[i]);
  }
  if (!page->lead) sb_append(sb, "<p>(The rule's page was not found in the rules directory.)</p>\n");
  sb_append(sb, "</div></details>\n</article>\n");
}

static unsigned long long fnv1a_file(unsigned long long h, const char *path) {
  char *text = path ? read_text_file(path) : NULL;
  for (const char *s = text; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
  free(text);
  return h;
}

static void summary(strbuf *sb, const finding_list *l, const report_run *run) {
  sb_appendf(sb, "<section id=\"summary\" aria-labelledby=\"summary-h\">\n<h2 id=\"summary-h\">Summary</h2>\n");
  /* files, in the findings' order (sorted by file) */
  int nfiles = 0;
  for (int i = 0; i < l->n; i++) nfiles += i == 0 || strcmp(l->v[i].loc.file, l->v[i - 1].loc.file);
  sb_appendf(sb, "<p>%d finding%s in %d file%s.</p>\n", l->n, l->n == 1 ? "" : "s", nfiles, nfiles == 1 ? "" : "s");
  sb_append(sb, "<table class=\"counts\" id=\"by-rule\"><caption>Findings by rule</caption>\n"
                "<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Name</th><th scope=\"col\">Findings</th>"
                "</tr></thead><tbody>\n");
  for (int r = 0; r < rule_count; r++) {
    int n = 0, first = -1;
    for (int i = 0; i < l->n; i++)
      if (l->v[i].rule == &rule_table[r]) {
        if (first < 0) first = i;
        n++;
      }
    bool on = !run->enabled || run->enabled[r];
    sb_appendf(sb, "<tr><th scope=\"row\">%s</th><td>%s</td><td class=\"n\">", rule_table[r].id, rule_table[r].name);
    if (first >= 0) sb_appendf(sb, "<a href=\"#f%d\">%d</a>", first + 1, n);
    else sb_appendf(sb, "%d%s", n, on ? "" : " (not run)");
    sb_append(sb, "</td></tr>\n");
  }
  sb_append(sb, "</tbody></table>\n");
  if (nfiles) {
    sb_append(sb, "<table class=\"counts\" id=\"by-file\"><caption>Findings by file</caption>\n"
                  "<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Findings</th></tr></thead><tbody>\n");
    for (int i = 0; i < l->n;) {
      int j = i;
      while (j < l->n && !strcmp(l->v[j].loc.file, l->v[i].loc.file)) j++;
      sb_appendf(sb, "<tr><th scope=\"row\"><a href=\"#f%d\">", i + 1);
      html_escape(sb, l->v[i].loc.file);
      sb_appendf(sb, "</a></th><td class=\"n\">%d</td></tr>\n", j - i);
      i = j;
    }
    sb_append(sb, "</tbody></table>\n");
  }
  sb_append(sb, "<h3>The run</h3>\n<dl class=\"run\">\n<dt>Checker</dt><dd>ossl-lint ");
  html_escape(sb, run->version ? run->version : "");
  sb_append(sb, "</dd>\n<dt>Model</dt><dd><code>");
  html_escape(sb, run->model_path ? run->model_path : "");
  sb_append(sb, "</code> (format version 1)");
  if (run->model && run->model->derived_path) {
    sb_append(sb, "; derived roles: <code>");
    html_escape(sb, run->model->derived_path);
    sb_append(sb, "</code>");
    if (run->model->derived_source) {
      sb_append(sb, ", from ");
      html_escape(sb, run->model->derived_source);
    }
  }
  unsigned long long h = fnv1a_file(14695981039346656037ULL, run->model_path);
  h = fnv1a_file(h, run->model ? run->model->derived_path : NULL);
  sb_appendf(sb, "; content hash <code>fnv1a64:%016llx</code></dd>\n", h);
  sb_append(sb, "<dt>Rules</dt><dd>");
  for (int r = 0, k = 0; r < rule_count; r++)
    if (!run->enabled || run->enabled[r]) sb_appendf(sb, "%s%s", k++ ? ", " : "", rule_table[r].id);
  sb_append(sb, "</dd>\n<dt>Command</dt><dd><code>");
  for (int i = 0; i < run->argc; i++) {
    if (i) sb_append(sb, " ");
    html_escape(sb, run->argv[i]);
  }
  sb_appendf(sb, "</code></dd>\n<dt>Inputs</dt><dd>%d translation unit%s", run->ninputs, run->ninputs == 1 ? "" : "s");
  if (run->ninputs) {
    sb_append(sb, run->ninputs > 12 ? "<details><summary>the files</summary><ul>" : "<ul>");
    for (int i = 0; i < run->ninputs; i++) {
      sb_append(sb, "<li><code>");
      html_escape(sb, run->inputs[i]);
      sb_append(sb, "</code></li>");
    }
    sb_append(sb, run->ninputs > 12 ? "</ul></details>" : "</ul>");
  }
  sb_append(sb, "</dd>\n</dl>\n</section>\n");
}

void output_html(FILE *out, const finding_list *l, const report_run *run) {
  strbuf sb = {0};
  rule_page *pages = xcalloc((size_t)rule_count + 1, sizeof *pages);
  rule_pages_load(pages, run->rules_dir ? run->rules_dir : ".");
  source_cache cache = {0};
  sb_appendf(&sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                  "<meta name=\"generator\" content=\"ossl-lint\">\n"
                  "<title>ossl-lint report: %d finding%s</title>\n<style>%s</style>\n</head>\n<body>\n",
             l->n, l->n == 1 ? "" : "s", STYLE);
  sb_append(&sb, "<a class=\"skip\" href=\"#findings\">Skip to the findings</a>\n"
                 "<header><h1>ossl-lint report</h1><p>OpenSSL error-queue findings: each with the path "
                 "that leads to it, step by step.</p></header>\n<main>\n");
  summary(&sb, l, run);
  sb_append(&sb, "<section id=\"findings\" aria-labelledby=\"findings-h\" tabindex=\"-1\">\n"
                 "<h2 id=\"findings-h\">Findings</h2>\n");
  if (!l->n) sb_append(&sb, "<p>No findings.</p>\n");
  else {
    sb_append(&sb, "<nav aria-label=\"Findings\"><ol class=\"toc\">\n");
    for (int i = 0; i < l->n; i++) {
      const finding *f = &l->v[i];
      sb_appendf(&sb, "<li><a href=\"#f%d\">%s ", i + 1, f->rule->id);
      html_escape(&sb, f->loc.file);
      sb_appendf(&sb, ":%u</a>: ", f->loc.line);
      html_message(&sb, f->msg);
      sb_append(&sb, "</li>\n");
    }
    sb_append(&sb, "</ol></nav>\n");
  }
  for (int i = 0; i < l->n; i++)
    finding_article(&sb, i + 1, &l->v[i], &pages[l->v[i].rule - rule_table], &cache);
  sb_append(&sb, "</section>\n</main>\n</body>\n</html>\n");
  char *html = sb_take(&sb);
  fputs(html, out);
  free(html);
  source_cache_free(&cache);
  rule_pages_free(pages);
  free(pages);
}
