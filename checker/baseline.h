/* Baselines: a file of the fingerprints of accepted findings. --write-baseline
 * writes the current findings; --baseline reports only the findings not in it.
 * Fingerprints (rule, file name, function, message, occurrence) survive lines
 * moving. */
#ifndef OSSL_LINT_BASELINE_H
#define OSSL_LINT_BASELINE_H

#include "findings.h"

#include <stdbool.h>

bool baseline_write(const char *path, const finding_list *l, char **err);
/* Drop the findings whose fingerprint the baseline lists; *dropped counts them. */
bool baseline_filter(const char *path, finding_list *l, int *dropped, char **err);

#endif
