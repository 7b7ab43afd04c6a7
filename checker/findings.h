/* Findings: what the rules report, sorted and deduplicated before output. */
#ifndef OSSL_LINT_FINDINGS_H
#define OSSL_LINT_FINDINGS_H

#include "ir.h"

#include <stdbool.h>

struct rule_info;

typedef struct {
  ir_loc loc;
  char *msg;
} finding_note;

/* One step of a finding's path, in order: where the error may come from,
 * the branches taken, the calls that matter, the classification. kind is one
 * of "entry", "caller", "push", "loop", "branch", "io", "call", "drain",
 * "classify", "exit" (a static string). */
typedef struct {
  ir_loc loc;
  char *msg;
  const char *kind;
} finding_step;

typedef struct {
  const struct rule_info *rule;
  ir_loc loc;
  char *msg;
  char *function;    /* the function the finding is in */
  char *fingerprint; /* stable across line moves: rule, file, function, message, occurrence */
  finding_note *notes; /* the related places (SARIF relatedLocations) */
  int nnotes, notes_cap;
  finding_step *path;  /* the path, from a witness of the analysis (not in the fingerprint) */
  int npath, path_cap;
  ir_loc function_loc;   /* where the function starts (file NULL: not known) ... */
  unsigned function_end; /* ... and the line where it ends */
  /* A certain fix: insert fix_text at fix_loc (NULL text: none). */
  ir_loc fix_loc;
  char *fix_text;
  bool fixed; /* --fix applied it */
} finding;

typedef struct {
  finding *v;
  int n, cap;
} finding_list;

/* Takes ownership of msg; copies loc. Returns the new finding, to add notes to. */
finding *findings_add(finding_list *l, const struct rule_info *rule, ir_loc loc, char *msg);
void finding_note_add(finding *f, ir_loc loc, char *msg);
/* Takes ownership of msg; a loc with no file is skipped (msg freed). */
void finding_step_add(finding *f, ir_loc loc, const char *kind, char *msg);
void finding_set_fix(finding *f, ir_loc loc, const char *text);
/* Sort by file, line, column, rule; drop repeats of the same rule at the same place. */
void findings_sort_unique(finding_list *l);
/* Set each finding's fingerprint (after sorting). */
void findings_fingerprint(finding_list *l);
/* What one finding owns (its strings, notes, steps, fix). */
void finding_free(finding *f);
void findings_free(finding_list *l);
/* Free the entries' contents but not the array (for filtering in place). */
void findings_free_entries(finding_list *l);

#endif
