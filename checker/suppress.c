#include "suppress.h"

#include "rules/registry.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Line `n` (1-based) of the file, or NULL. Findings are sorted by file, so one
 * file is read at a time. */
typedef struct {
  char *path;
  char **lines;
  int nlines, cap;
} file_lines;

static void load(file_lines *fl, const char *path) {
  if (fl->path && !strcmp(fl->path, path)) return;
  for (int i = 0; i < fl->nlines; i++) free(fl->lines[i]);
  free(fl->lines);
  free(fl->path);
  memset(fl, 0, sizeof *fl);
  fl->path = xstrdup(path);
  FILE *f = fopen(path, "r");
  if (!f) return;
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, f) != -1) VEC_PUSH(fl->lines, fl->nlines, fl->cap, xstrdup(line));
  free(line);
  fclose(f);
}

static bool line_suppresses(const char *line, const rule_info *rule) {
  for (const char *p = line; (p = strstr(p, "ossl-lint: ignore[")) != NULL;) {
    p += strlen("ossl-lint: ignore[");
    const char *end = strchr(p, ']');
    if (!end) return false;
    char *list = xasprintf("%.*s", (int)(end - p), p), *save = NULL;
    bool hit = false;
    for (char *t = strtok_r(list, ", ", &save); t && !hit; t = strtok_r(NULL, ", ", &save))
      hit = !strcmp(t, rule->id) || !strcmp(t, rule->name);
    free(list);
    if (hit) return true;
    p = end;
  }
  return false;
}

int suppress_apply(finding_list *l) {
  file_lines fl = {0};
  int out = 0, dropped = 0;
  for (int i = 0; i < l->n; i++) {
    finding *f = &l->v[i];
    load(&fl, f->loc.file);
    int n = (int)f->loc.line;
    bool suppressed = (n >= 1 && n <= fl.nlines && line_suppresses(fl.lines[n - 1], f->rule)) ||
                      (n >= 2 && n - 1 <= fl.nlines && line_suppresses(fl.lines[n - 2], f->rule));
    if (suppressed) {
      finding_list one = {.v = f, .n = 1};
      findings_free_entries(&one);
      dropped++;
      continue;
    }
    l->v[out++] = *f;
  }
  l->n = out;
  load(&fl, "");
  free(fl.path);
  return dropped;
}
