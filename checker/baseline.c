#include "baseline.h"

#include "rules/registry.h"
#include "util.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

bool baseline_write(const char *path, const finding_list *l, char **err) {
  json_t *entries = json_array();
  for (int i = 0; i < l->n; i++) {
    const finding *f = &l->v[i];
    json_array_append_new(entries, json_pack("{s:s, s:s, s:s, s:s}", "fingerprint",
                                             f->fingerprint ? f->fingerprint : "", "rule",
                                             f->rule->id, "file", f->loc.file, "function",
                                             f->function ? f->function : ""));
  }
  json_t *root = json_pack("{s:i, s:s, s:o}", "version", 1, "tool", "ossl-lint", "findings", entries);
  bool ok = json_dump_file(root, path, JSON_INDENT(2) | JSON_PRESERVE_ORDER) == 0;
  json_decref(root);
  if (!ok) *err = xasprintf("%s: error: cannot write the baseline: %s", path, strerror(errno));
  return ok;
}

bool baseline_filter(const char *path, finding_list *l, int *dropped, char **err) {
  *dropped = 0;
  json_error_t je;
  json_t *root = json_load_file(path, 0, &je);
  if (!root) {
    *err = je.line > 0 ? xasprintf("%s:%d:%d: error: invalid baseline: %s", path, je.line, je.column, je.text)
                       : xasprintf("%s: error: cannot read the baseline: %s", path, je.text);
    return false;
  }
  json_t *entries = json_object_get(root, "findings");
  if (!json_is_integer(json_object_get(root, "version")) || !json_is_array(entries)) {
    *err = xasprintf("%s: error: invalid baseline: expected {\"version\": 1, \"findings\": [...]}", path);
    json_decref(root);
    return false;
  }
  size_t n = json_array_size(entries);
  const char **known = xcalloc(n + 1, sizeof *known);
  size_t nk = 0;
  for (size_t i = 0; i < n; i++) {
    const char *fp = json_string_value(json_object_get(json_array_get(entries, i), "fingerprint"));
    if (fp) known[nk++] = fp;
  }
  qsort(known, nk, sizeof *known, cmp_strp);
  int out = 0;
  for (int i = 0; i < l->n; i++) {
    finding *f = &l->v[i];
    const char *key = f->fingerprint ? f->fingerprint : "";
    if (bsearch(&key, known, nk, sizeof *known, cmp_strp)) {
      finding_list one = {.v = f, .n = 1};
      findings_free_entries(&one);
      (*dropped)++;
      continue;
    }
    l->v[out++] = *f;
  }
  l->n = out;
  free(known);
  json_decref(root);
  return true;
}
