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

typedef struct {
  const struct rule_info *rule;
  ir_loc loc;
  char *msg;
  char *function;    /* the function the finding is in */
  char *fingerprint; /* stable across line moves: rule, file, function, message, occurrence */
  finding_note *notes;
  int nnotes, notes_cap;
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
void finding_set_fix(finding *f, ir_loc loc, const char *text);
/* Sort by file, line, column, rule; drop repeats of the same rule at the same place. */
void findings_sort_unique(finding_list *l);
/* Set each finding's fingerprint (after sorting). */
void findings_fingerprint(finding_list *l);
void findings_free(finding_list *l);
/* Free the entries' contents but not the array (for filtering in place). */
void findings_free_entries(finding_list *l);

#endif
