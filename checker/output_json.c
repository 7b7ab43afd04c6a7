/* --format json: a stable schema for scripts (documented in the README).
 * {"version": 1, "tool": "ossl-lint", "findings": [{"rule", "name", "file", "line",
 *  "column", "function", "message", "fingerprint", "notes": [{"file", "line",
 *  "column", "message"}], "path": [{"file", "line", "column", "message", "kind"}],
 *  "fix": {"file", "line", "column", "insert", "applied"}}]}
 * ("fix" only where the fix is certain; "path" empty where there is none). */
#include "output.h"

#include "rules/registry.h"

#include <jansson.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

static json_t *location(const char *file, unsigned line, unsigned col, const char *msg) {
  return json_pack("{s:s, s:i, s:i, s:s}", "file", file, "line", (json_int_t)line, "column",
                   (json_int_t)col, "message", msg);
}

void output_json(FILE *out, const finding_list *l) {
  json_t *findings = json_array();
  for (int i = 0; i < l->n; i++) {
    const finding *f = &l->v[i];
    json_t *notes = json_array();
    for (int j = 0; j < f->nnotes; j++)
      json_array_append_new(notes, location(f->notes[j].loc.file, f->notes[j].loc.line,
                                            f->notes[j].loc.col, f->notes[j].msg));
    json_t *o = location(f->loc.file, f->loc.line, f->loc.col, f->msg);
    json_object_set_new(o, "rule", json_string(f->rule->id));
    json_object_set_new(o, "name", json_string(f->rule->name));
    json_object_set_new(o, "function", json_string(f->function ? f->function : ""));
    json_object_set_new(o, "fingerprint", json_string(f->fingerprint ? f->fingerprint : ""));
    json_object_set_new(o, "notes", notes);
    json_t *path = json_array();
    for (int j = 0; j < f->npath; j++) {
      json_t *step = location(f->path[j].loc.file, f->path[j].loc.line, f->path[j].loc.col, f->path[j].msg);
      json_object_set_new(step, "kind", json_string(f->path[j].kind));
      json_array_append_new(path, step);
    }
    json_object_set_new(o, "path", path);
    if (f->fix_text)
      json_object_set_new(o, "fix", json_pack("{s:s, s:i, s:i, s:s, s:b}", "file", f->fix_loc.file,
                                              "line", (json_int_t)f->fix_loc.line, "column",
                                              (json_int_t)f->fix_loc.col, "insert", f->fix_text,
                                              "applied", f->fixed));
    json_array_append_new(findings, o);
  }
  json_t *root = json_pack("{s:i, s:s, s:o}", "version", 1, "tool", "ossl-lint", "findings", findings);
  json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  fputc('\n', out);
  json_decref(root);
}

/* GitLab wants paths relative to the repository: strip the current directory. */
static const char *relative(const char *file) {
  static char cwd[PATH_MAX];
  if (!cwd[0] && !getcwd(cwd, sizeof cwd)) cwd[0] = '\0';
  size_t n = strlen(cwd);
  return n > 1 && !strncmp(file, cwd, n) && file[n] == '/' ? file + n + 1 : file;
}

/* --format gitlab: GitLab's Code Quality report (a JSON array of issues). */
void output_gitlab(FILE *out, const finding_list *l) {
  json_t *issues = json_array();
  for (int i = 0; i < l->n; i++) {
    const finding *f = &l->v[i];
    char check[128];
    snprintf(check, sizeof check, "%s-%s", f->rule->id, f->rule->name);
    json_array_append_new(
        issues, json_pack("{s:s, s:s, s:s, s:s, s:{s:s, s:{s:i}}}", "description", f->msg,
                          "check_name", check, "fingerprint", f->fingerprint ? f->fingerprint : "",
                          "severity", "major", "location", "path", relative(f->loc.file), "lines", "begin",
                          (json_int_t)f->loc.line));
  }
  json_dumpf(issues, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  fputc('\n', out);
  json_decref(issues);
}
