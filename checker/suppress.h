/* Inline suppressions: `ossl-lint: ignore[OSSL001]` (or `ignore[OSSL001,OSSL004]`,
 * ids or names) in a comment on the finding's line or the line above. */
#ifndef OSSL_LINT_SUPPRESS_H
#define OSSL_LINT_SUPPRESS_H

#include "findings.h"
#include "overlay.h"

#include <stdio.h>

/* Read these files' lines from their overlays (the staged content), not the disk. */
void suppress_use_overlays(const file_overlay *v, int n);

/* Drop the suppressed findings; returns how many were dropped. Each suppression
 * that silenced something is remembered for suppress_report_unused(). */
int suppress_apply(finding_list *l);

/* Warn (on `out`) about each `ossl-lint: ignore[ID]` in these files that
 * silenced nothing in this run: a stale suppression hides the next real bug.
 * Only rules that ran count. Returns how many there were (out NULL: count only).
 * Also forgets what suppress_apply() remembered. */
int suppress_report_unused(char *const *files, int nfiles, const bool *rule_ran, FILE *out);

#endif
