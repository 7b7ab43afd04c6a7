#include "output.h"

#include "rules/registry.h"

/* clang's -fdiagnostics-parseable-fixits escaping */
static void escaped(FILE *out, const char *s) {
  for (; *s; s++) {
    if (*s == '\n') fputs("\\n", out);
    else if (*s == '\t') fputs("\\t", out);
    else if (*s == '"' || *s == '\\') fprintf(out, "\\%c", *s);
    else fputc(*s, out);
  }
}

void output_text(FILE *out, const finding_list *l) {
  for (int i = 0; i < l->n; i++) {
    const finding *f = &l->v[i];
    fprintf(out, "%s:%u:%u: warning: %s [%s-%s]\n", f->loc.file, f->loc.line, f->loc.col, f->msg,
            f->rule->id, f->rule->name);
    /* The path in order where there is one; else the related places. */
    for (int j = 0; j < f->npath; j++)
      fprintf(out, "%s:%u:%u: note: %s\n", f->path[j].loc.file, f->path[j].loc.line, f->path[j].loc.col,
              f->path[j].msg);
    for (int j = 0; !f->npath && j < f->nnotes; j++)
      fprintf(out, "%s:%u:%u: note: %s\n", f->notes[j].loc.file, f->notes[j].loc.line,
              f->notes[j].loc.col, f->notes[j].msg);
    if (f->fix_text) { /* as clang prints a fix-it with -fdiagnostics-parseable-fixits */
      fprintf(out, "fix-it:\"%s\":{%u:%u-%u:%u}:\"", f->fix_loc.file, f->fix_loc.line,
              f->fix_loc.col, f->fix_loc.line, f->fix_loc.col);
      escaped(out, f->fix_text);
      fputs(f->fixed ? "\" (applied)\n" : "\"\n", out);
    }
  }
}
