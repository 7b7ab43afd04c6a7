/* Writing findings: text as compilers print it. */
#ifndef OSSL_LINT_OUTPUT_H
#define OSSL_LINT_OUTPUT_H

#include "findings.h"

#include <stdio.h>

/* file:line:col: warning: message [OSSL001-stale-error-queue]
 * file:line:col: note: message */
void output_text(FILE *out, const finding_list *l);

#endif
