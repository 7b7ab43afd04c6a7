#include "config.h"

#include "rules/registry.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char CONFIG_NAME[] = ".ossl-lint.yaml";

static char *real_dir_of(const char *file) {
  char buf[PATH_MAX];
  if (!realpath(file, buf)) return NULL;
  char *slash = strrchr(buf, '/');
  if (slash) *(slash == buf ? slash + 1 : slash) = '\0';
  return xstrdup(buf);
}

/* The nearest directory at or above `dir` holding a configuration, or NULL. */
static char *nearest_config_dir(const char *dir) {
  char *d = xstrdup(dir);
  for (;;) {
    char *path = xasprintf("%s/%s", strcmp(d, "/") ? d : "", CONFIG_NAME);
    bool found = access(path, F_OK) == 0;
    free(path);
    if (found) return d;
    char *slash = strrchr(d, '/');
    if (!slash || slash == d) {
      if (strcmp(d, "/")) {
        strcpy(d, "/");
        continue;
      }
      free(d);
      return NULL;
    }
    *slash = '\0';
  }
}

static const config_file *lookup(const config_set *cs, const char *dir) {
  for (int i = 0; i < cs->n; i++)
    if (!strcmp(cs->v[i].dir, dir)) return &cs->v[i];
  return NULL;
}

bool config_discover(config_set *cs, const char *source, const api_model *base, strbuf *errors) {
  char *dir = real_dir_of(source);
  if (!dir) return true; /* the front end reports unreadable files */
  char *cdir = nearest_config_dir(dir);
  free(dir);
  if (!cdir || lookup(cs, cdir)) {
    free(cdir);
    return true;
  }
  config_file cf = {.dir = cdir, .path = xasprintf("%s/%s", strcmp(cdir, "/") ? cdir : "", CONFIG_NAME)};
  memset(cf.rule_state, -1, sizeof cf.rule_state);
  const char *ids[64], *names[64];
  for (int i = 0; i < rule_count; i++) {
    ids[i] = rule_table[i].id;
    names[i] = rule_table[i].name;
  }
  char *err = NULL;
  model_copy(&cf.model, base);
  bool ok = config_load(cf.path, &cf.model, cf.rule_state, ids, names, rule_count, &err);
  if (!ok) { /* a broken configuration counts as none */
    sb_appendf(errors, "%s\n", err);
    free(err);
    memset(cf.rule_state, -1, sizeof cf.rule_state);
    model_free(&cf.model);
    model_copy(&cf.model, base);
  }
  VEC_PUSH(cs->v, cs->n, cs->cap, cf);
  return ok;
}

static const config_file *governing(const config_set *cs, const char *source) {
  if (!cs->n) return NULL;
  char *dir = real_dir_of(source);
  char *cdir = dir ? nearest_config_dir(dir) : NULL;
  const config_file *cf = cdir ? lookup(cs, cdir) : NULL;
  free(dir);
  free(cdir);
  return cf;
}

const api_model *config_model_for(const config_set *cs, const char *source, const api_model *base) {
  const config_file *cf = governing(cs, source);
  return cf ? &cf->model : base;
}

const char *config_path_for(const config_set *cs, const char *source) {
  const config_file *cf = governing(cs, source);
  return cf ? cf->path : NULL;
}

void config_filter(const config_set *cs, finding_list *l) {
  if (!cs->n) return;
  int out = 0;
  for (int i = 0; i < l->n; i++) {
    finding *f = &l->v[i];
    const config_file *cf = governing(cs, f->loc.file);
    if (cf && cf->rule_state[f->rule - rule_table] == 0) {
      finding_list one = {.v = f, .n = 1};
      findings_free_entries(&one);
      continue;
    }
    l->v[out++] = *f;
  }
  l->n = out;
}

void config_free(config_set *cs) {
  for (int i = 0; i < cs->n; i++) {
    free(cs->v[i].dir);
    free(cs->v[i].path);
    model_free(&cs->v[i].model);
  }
  free(cs->v);
  memset(cs, 0, sizeof *cs);
}
