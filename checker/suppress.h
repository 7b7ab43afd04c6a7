/* Inline suppressions: `ossl-lint: ignore[OSSL001]` (or `ignore[OSSL001,OSSL004]`,
 * ids or names) in a comment on the finding's line or the line above. */
#ifndef OSSL_LINT_SUPPRESS_H
#define OSSL_LINT_SUPPRESS_H

#include "findings.h"

/* Drop the suppressed findings; returns how many were dropped. */
int suppress_apply(finding_list *l);

#endif
