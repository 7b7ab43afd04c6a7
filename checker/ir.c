#include "ir.h"

#include <stdlib.h>

void ir_function_free(ir_function *f) {
  if (!f) return;
  for (int i = 0; i < f->ncalls; i++) {
    free(f->calls[i].callee);
    free(f->calls[i].loc.file);
    free(f->calls[i].args);
    free(f->calls[i].fix_loc.file);
    free(f->calls[i].fix_text);
  }
  for (int i = 0; i < f->nblocks; i++) {
    free(f->blocks[i].ev);
    free(f->blocks[i].succ);
  }
  free(f->calls);
  free(f->blocks);
  free(f->tests);
  free(f->var_returned);
  free(f->var_escapes);
  free(f->var_path_root);
  free(f->rets);
  free(f->name);
  free(f->loc.file);
  free(f);
}
