/* Writing findings: text as compilers print it. */
#ifndef OSSL_LINT_OUTPUT_H
#define OSSL_LINT_OUTPUT_H

#include "findings.h"
#include "model.h"

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

/* What the HTML report says of the run. */
typedef struct {
  const char *version;        /* the checker's */
  const char *model_path;     /* the model file, and the model read from it */
  const api_model *model;
  const char *rules_dir;      /* where the rule pages are (read at run time) */
  const bool *enabled;        /* per rule of rule_table, or NULL: all */
  char *const *argv;          /* the command line */
  int argc;
  char *const *inputs;        /* the translation units analyzed */
  int ninputs;
} report_run;

/* One self-contained HTML page: a summary, then each finding with its path
 * over the function's source and its rule's page. */
void output_html(FILE *out, const finding_list *l, const report_run *run);

#endif
