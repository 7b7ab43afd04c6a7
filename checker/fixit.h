/* --fix: apply the findings' certain fixes to the files, each file written to a
 * temporary file beside it and renamed over it. Never on a file with parse
 * errors. */
#ifndef OSSL_LINT_FIXIT_H
#define OSSL_LINT_FIXIT_H

#include "findings.h"

#include <stdbool.h>
#include <stdio.h>

/* `broken` lists the files (any spelling) that had parse errors. Marks the
 * findings whose fix was applied (fixed = true); problems go to `log` as one
 * line each. Returns the number of fixes applied. */
int fixit_apply(finding_list *l, char *const *broken, int nbroken, FILE *log, bool *trouble);

#endif
