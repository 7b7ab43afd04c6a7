#include "findings.h"

#include "rules/registry.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static ir_loc copy_loc(ir_loc l) {
  l.file = xstrdup(l.file ? l.file : "<unknown>");
  return l;
}

finding *findings_add(finding_list *l, const rule_info *rule, ir_loc loc, char *msg) {
  finding f = {.rule = rule, .loc = copy_loc(loc), .msg = msg};
  VEC_PUSH(l->v, l->n, l->cap, f);
  return &l->v[l->n - 1];
}

void finding_note_add(finding *f, ir_loc loc, char *msg) {
  finding_note n = {copy_loc(loc), msg};
  VEC_PUSH(f->notes, f->nnotes, f->notes_cap, n);
}

void finding_step_add(finding *f, ir_loc loc, const char *kind, char *msg) {
  if (!loc.file) {
    free(msg);
    return;
  }
  finding_step st = {copy_loc(loc), msg, kind};
  VEC_PUSH(f->path, f->npath, f->path_cap, st);
}

void finding_set_fix(finding *f, ir_loc loc, const char *text) {
  f->fix_loc = copy_loc(loc);
  f->fix_text = xstrdup(text);
}

static int cmp_finding(const void *a, const void *b) {
  const finding *x = a, *y = b;
  int c = strcmp(x->loc.file, y->loc.file);
  if (c) return c;
  if (x->loc.line != y->loc.line) return x->loc.line < y->loc.line ? -1 : 1;
  if (x->loc.col != y->loc.col) return x->loc.col < y->loc.col ? -1 : 1;
  c = strcmp(x->rule->id, y->rule->id);
  return c ? c : strcmp(x->msg, y->msg);
}

void finding_free(finding *f) {
  free(f->loc.file);
  free(f->msg);
  free(f->function);
  free(f->fingerprint);
  free(f->fix_loc.file);
  free(f->fix_text);
  for (int i = 0; i < f->nnotes; i++) {
    free(f->notes[i].loc.file);
    free(f->notes[i].msg);
  }
  free(f->notes);
  for (int i = 0; i < f->npath; i++) {
    free(f->path[i].loc.file);
    free(f->path[i].msg);
  }
  free(f->path);
  free(f->function_loc.file);
}

void findings_sort_unique(finding_list *l) {
  if (l->n < 2) return;
  qsort(l->v, (size_t)l->n, sizeof *l->v, cmp_finding);
  int out = 1;
  for (int i = 1; i < l->n; i++) {
    finding *prev = &l->v[out - 1], *cur = &l->v[i];
    if (prev->rule == cur->rule && prev->loc.line == cur->loc.line &&
        prev->loc.col == cur->loc.col && !strcmp(prev->loc.file, cur->loc.file)) {
      finding_free(cur);
      continue;
    }
    l->v[out++] = *cur;
  }
  l->n = out;
}

void findings_free_entries(finding_list *l) {
  for (int i = 0; i < l->n; i++) finding_free(&l->v[i]);
}

void findings_free(finding_list *l) {
  for (int i = 0; i < l->n; i++) finding_free(&l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

static unsigned long long fnv1a(unsigned long long h, const char *s) {
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
  return (h ^ 0xff) * 1099511628211ULL;
}

static const char *base_name(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

typedef struct {
  unsigned long long h;
  int index;
} keyed;

static int cmp_keyed(const void *a, const void *b) {
  const keyed *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  return x->index - y->index; /* findings are sorted: the order of occurrence */
}

void findings_fingerprint(finding_list *l) {
  keyed *k = xmalloc(((size_t)l->n + 1) * sizeof *k);
  for (int i = 0; i < l->n; i++) {
    finding *f = &l->v[i];
    unsigned long long h = 14695981039346656037ULL;
    h = fnv1a(h, f->rule->id);
    h = fnv1a(h, base_name(f->loc.file));
    h = fnv1a(h, f->function ? f->function : "");
    h = fnv1a(h, f->msg);
    k[i] = (keyed){h, i};
  }
  if (l->n > 1) qsort(k, (size_t)l->n, sizeof *k, cmp_keyed);
  /* The same finding twice in one function: numbered in the order they appear. */
  for (int i = 0, occurrence = 0; i < l->n; i++) {
    occurrence = i > 0 && k[i].h == k[i - 1].h ? occurrence + 1 : 0;
    finding *f = &l->v[k[i].index];
    free(f->fingerprint);
    f->fingerprint = xasprintf("%016llx:%d", k[i].h, occurrence);
  }
  free(k);
}
