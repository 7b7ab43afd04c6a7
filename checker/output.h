/* Writing findings: text as compilers print it. */
#ifndef OSSL_LINT_OUTPUT_H
#define OSSL_LINT_OUTPUT_H

#include "findings.h"

#include <stdio.h>

/* file:line:col: warning: message [OSSL001-stale-error-queue]
 * file:line:col: note: message */
void output_text(FILE *out, const finding_list *l);
void output_json(FILE *out, const finding_list *l);
void output_gitlab(FILE *out, const finding_list *l);
/* rules_dir: where the rule pages are (their texts go into the rule metadata);
 * help_base: the URL the pages are published under (NULL: file:// links). */
void output_sarif(FILE *out, const finding_list *l, const char *rules_dir, const char *help_base,
                  const char *version);

#endif
