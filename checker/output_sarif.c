/* --format sarif: SARIF 2.1.0, as GitHub code scanning takes it. Rule texts come
 * from the rule pages (rules/OSSLnnn-name.md): the first paragraph is the short
 * description, the "What it finds" section the full one. */
#include "output.h"

#include "rules/registry.h"
#include "util.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The paragraph that starts after `heading` (or after the title when NULL). */
static char *page_paragraph(const char *page, const char *heading) {
  const char *p = page;
  if (heading) {
    p = strstr(page, heading);
    if (!p) return NULL;
  }
  p = strchr(p, '\n');
  if (!p) return NULL;
  while (*p == '\n') p++;
  const char *end = strstr(p, "\n\n");
  if (!end) end = p + strlen(p);
  char *s = xasprintf("%.*s", (int)(end - p), p);
  for (char *c = s; *c; c++)
    if (*c == '\n') *c = ' ';
  return s;
}

/* Code scanning wants paths relative to the checkout: a path under the
 * current directory is written relative to it (with uriBaseId %SRCROOT%). */
static json_t *artifact(const char *file) {
  static char cwd[PATH_MAX];
  if (!cwd[0] && !getcwd(cwd, sizeof cwd)) cwd[0] = '\0';
  size_t n = strlen(cwd);
  if (file[0] == '/' && n > 1 && !strncmp(file, cwd, n) && file[n] == '/')
    return json_pack("{s:s, s:s}", "uri", file + n + 1, "uriBaseId", "%SRCROOT%");
  if (file[0] != '/') return json_pack("{s:s, s:s}", "uri", file, "uriBaseId", "%SRCROOT%");
  char *uri = xasprintf("file://%s", file);
  json_t *a = json_pack("{s:s}", "uri", uri);
  free(uri);
  return a;
}

static json_t *physical(const char *file, unsigned line, unsigned col) {
  return json_pack("{s:o, s:{s:i, s:i}}", "artifactLocation", artifact(file), "region",
                   "startLine", (json_int_t)(line ? line : 1), "startColumn",
                   (json_int_t)(col ? col : 1));
}

static json_t *rule_descriptor(const rule_info *r, const char *rules_dir, const char *help_base) {
  char *path = xasprintf("%s/%s-%s.md", rules_dir, r->id, r->name);
  char *page = read_text_file(path);
  char *shortd = page ? page_paragraph(page, NULL) : NULL;
  char *fulld = page ? page_paragraph(page, "## What it finds") : NULL;
  char resolved[PATH_MAX];
  char *uri = help_base ? xasprintf("%s/%s-%s.md", help_base, r->id, r->name)
              : realpath(path, resolved) ? xasprintf("file://%s", resolved)
                                         : NULL;
  json_t *d = json_pack("{s:s, s:s, s:{s:s}, s:{s:s}, s:{s:s}}", "id", r->id, "name", r->name,
                        "shortDescription", "text", shortd ? shortd : r->name, "fullDescription",
                        "text", fulld ? fulld : (shortd ? shortd : r->name),
                        "defaultConfiguration", "level", "warning");
  if (uri) json_object_set_new(d, "helpUri", json_string(uri));
  if (page) json_object_set_new(d, "help", json_pack("{s:s, s:s}", "text", shortd ? shortd : r->name,
                                                      "markdown", page));
  free(uri);
  free(path);
  free(page);
  free(shortd);
  free(fulld);
  return d;
}

/* SARIF's threadFlowLocation kinds (3.38.8) for a step's kind. */
static json_t *step_kinds(const char *kind) {
  static const struct {
    const char *kind, *sarif[2];
  } map[] = {{"entry", {"enter", "function"}}, {"caller", {"call", NULL}},  {"push", {"call", "danger"}},
             {"loop", {"branch", NULL}},         {"branch", {"branch", NULL}}, {"io", {"call", NULL}},
             {"call", {"call", "danger"}},       {"drain", {"call", "danger"}}, {"classify", {"call", NULL}},
             {"exit", {"exit", NULL}},          {"source", {"call", "acquire"}}, {"use", {"call", "danger"}}};
  json_t *a = json_array();
  for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
    if (!strcmp(map[i].kind, kind))
      for (int j = 0; j < 2 && map[i].sarif[j]; j++) json_array_append_new(a, json_string(map[i].sarif[j]));
  return a;
}

/* The path as one thread flow: each step in order, its message on its location. */
static json_t *code_flows(const finding *f) {
  json_t *locs = json_array();
  for (int j = 0; j < f->npath; j++) {
    const finding_step *st = &f->path[j];
    bool branch = !strcmp(st->kind, "branch") || !strcmp(st->kind, "loop");
    json_array_append_new(
        locs, json_pack("{s:{s:o, s:{s:s}}, s:o, s:i, s:i, s:s, s:{s:s}}", "location", "physicalLocation",
                        physical(st->loc.file, st->loc.line, st->loc.col), "message", "text", st->msg, "kinds",
                        step_kinds(st->kind), "nestingLevel", (json_int_t)0, "executionOrder", (json_int_t)(j + 1),
                        "importance", branch ? "important" : "essential", "properties", "osslLintKind", st->kind));
  }
  return json_pack("[{s:{s:s}, s:[{s:o}]}]", "message", "text", "the path to the finding", "threadFlows",
                   "locations", locs);
}

void output_sarif(FILE *out, const finding_list *l, const char *rules_dir, const char *help_base,
                  const char *version) {
  json_t *rules = json_array();
  for (int i = 0; i < rule_count; i++)
    json_array_append_new(rules, rule_descriptor(&rule_table[i], rules_dir, help_base));
  json_t *results = json_array();
  for (int i = 0; i < l->n; i++) {
    const finding *f = &l->v[i];
    json_t *related = json_array();
    for (int j = 0; j < f->nnotes; j++) {
      json_t *rl = json_pack("{s:i, s:o, s:{s:s}}", "id", (json_int_t)j, "physicalLocation",
                             physical(f->notes[j].loc.file, f->notes[j].loc.line,
                                      f->notes[j].loc.col),
                             "message", "text", f->notes[j].msg);
      json_array_append_new(related, rl);
    }
    json_t *res = json_pack(
        "{s:s, s:i, s:s, s:{s:s}, s:[{s:o}], s:o, s:{s:s}}", "ruleId", f->rule->id, "ruleIndex",
        (json_int_t)(f->rule - rule_table), "level", "warning", "message", "text", f->msg,
        "locations", "physicalLocation", physical(f->loc.file, f->loc.line, f->loc.col),
        "relatedLocations", related, "partialFingerprints", "osslLintFingerprint/v1",
        f->fingerprint ? f->fingerprint : "");
    if (f->npath) json_object_set_new(res, "codeFlows", code_flows(f));
    if (f->fix_text) {
      json_t *region = json_pack("{s:i, s:i, s:i, s:i}", "startLine", (json_int_t)f->fix_loc.line,
                                 "startColumn", (json_int_t)f->fix_loc.col, "endLine",
                                 (json_int_t)f->fix_loc.line, "endColumn", (json_int_t)f->fix_loc.col);
      json_t *fix = json_pack(
          "{s:{s:s}, s:[{s:o, s:[{s:o, s:{s:s}}]}]}", "description", "text",
          "Insert ERR_clear_error(); right before the I/O call", "artifactChanges",
          "artifactLocation", artifact(f->fix_loc.file), "replacements", "deletedRegion", region,
          "insertedContent", "text", f->fix_text);
      json_object_set_new(res, "fixes", json_pack("[o]", fix));
    }
    json_array_append_new(results, res);
  }
  json_t *root = json_pack(
      "{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:o, s:s}]}", "$schema",
      "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0", "runs", "tool",
      "driver", "name", "ossl-lint", "version", version, "rules", rules, "results", results,
      "columnKind", "unicodeCodePoints");
  json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  fputc('\n', out);
  json_decref(root);
}
