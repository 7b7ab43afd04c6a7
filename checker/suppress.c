#include "suppress.h"

#include "rules/registry.h"
#include "util.h"

#include <limits.h>
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

static const file_overlay *overlays;
static int noverlays;

void suppress_use_overlays(const file_overlay *v, int n) {
  overlays = v;
  noverlays = n;
}

static void load(file_lines *fl, const char *path) {
  if (fl->path && !strcmp(fl->path, path)) return;
  for (int i = 0; i < fl->nlines; i++) free(fl->lines[i]);
  free(fl->lines);
  free(fl->path);
  memset(fl, 0, sizeof *fl);
  fl->path = xstrdup(path);
  const file_overlay *ov = *path ? overlay_find(overlays, noverlays, path) : NULL;
  FILE *f = ov ? fmemopen(ov->contents, ov->len ? ov->len : 1, "r") : fopen(path, "r");
  if (!f) return;
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, f) != -1) VEC_PUSH(fl->lines, fl->nlines, fl->cap, xstrdup(line));
  free(line);
  fclose(f);
}

/* What suppressions silenced something: "realpath:line:RULEID" keys. */
static char **used;
static int nused, used_cap;

static void remember_use(const char *file, int line, const rule_info *rule) {
  char buf[PATH_MAX];
  const char *p = realpath(file, buf) ? buf : file;
  VEC_PUSH(used, nused, used_cap, xasprintf("%s:%d:%s", p, line, rule->id));
}

static bool was_used(const char *real_file, int line, const rule_info *rule) {
  char *key = xasprintf("%s:%d:%s", real_file, line, rule->id);
  bool found = false;
  for (int i = 0; i < nused && !found; i++) found = !strcmp(used[i], key);
  free(key);
  return found;
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
    int at = n >= 1 && n <= fl.nlines && line_suppresses(fl.lines[n - 1], f->rule)           ? n
             : n >= 2 && n - 1 <= fl.nlines && line_suppresses(fl.lines[n - 2], f->rule) ? n - 1
                                                                                            : 0;
    if (at) {
      remember_use(f->loc.file, at, f->rule);
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

/* Whether the file's content (an overlay's, else the disk's) holds a
 * suppression comment anywhere: most hold none, and need not be split into lines. */
static bool mentions_suppression(const char *path) {
  static const char marker[] = "ossl-lint: ignore[";
  const file_overlay *ov = *path ? overlay_find(overlays, noverlays, path) : NULL;
  if (ov) return ov->len && memmem(ov->contents, ov->len, marker, sizeof marker - 1);
  FILE *f = fopen(path, "r");
  if (!f) return false;
  char *text = NULL;
  size_t len = 0, cap = 0;
  for (;;) {
    if (cap - len < 65536) text = xrealloc(text, cap = cap ? cap * 2 : 65536);
    size_t got = fread(text + len, 1, cap - len, f);
    len += got;
    if (got == 0) break;
  }
  fclose(f);
  bool found = memmem(text, len, marker, sizeof marker - 1) != NULL;
  free(text);
  return found;
}

int suppress_report_unused(char *const *files, int nfiles, const bool *rule_ran, FILE *out) {
  int reported = 0;
  for (int i = 0; i < nfiles; i++) {
    if (!mentions_suppression(files[i])) continue;
    file_lines fl = {0};
    load(&fl, files[i]);
    char buf[PATH_MAX];
    const char *real_file = realpath(files[i], buf) ? buf : files[i];
    for (int n = 1; n <= fl.nlines; n++) {
      if (!strstr(fl.lines[n - 1], "ossl-lint: ignore[")) continue;
      for (int r = 0; r < rule_count; r++) {
        if (!rule_ran[r] || !line_suppresses(fl.lines[n - 1], &rule_table[r])) continue;
        if (was_used(real_file, n, &rule_table[r])) continue;
        if (out)
          fprintf(out, "%s:%d: warning: unused suppression: no %s finding here or on the next line\n",
                  files[i], n, rule_table[r].id);
        reported++;
      }
    }
    load(&fl, "");
    free(fl.path);
  }
  for (int i = 0; i < nused; i++) free(used[i]);
  free(used);
  used = NULL;
  nused = used_cap = 0;
  return reported;
}
