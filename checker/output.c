#include "output.h"

#include "rules/registry.h"

void output_text(FILE *out, const finding_list *l) {
  for (int i = 0; i < l->n; i++) {
    const finding *f = &l->v[i];
    fprintf(out, "%s:%u:%u: warning: %s [%s-%s]\n", f->loc.file, f->loc.line, f->loc.col, f->msg,
            f->rule->id, f->rule->name);
    for (int j = 0; j < f->nnotes; j++)
      fprintf(out, "%s:%u:%u: note: %s\n", f->notes[j].loc.file, f->notes[j].loc.line,
              f->notes[j].loc.col, f->notes[j].msg);
  }
}
