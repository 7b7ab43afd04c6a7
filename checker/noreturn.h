/* Project functions that never return. The CFG already ends a path at a call
 * of a function whose type says noreturn (`exit`, `abort`, a `fatal()`
 * declared `__attribute__((noreturn))`). A function of the run whose exit no
 * path reaches, because every way ends in such a call, in an endless loop or
 * in a call of another function of the kind, does not return either, whatever
 * its declaration says (`void die(...) { log(...); exit(1); }`). Calls of it,
 * or of a copy made for a call's arguments (checker/arg_context.h) that never
 * returns (`log_message(die, ...)`, whose copy calls `die` where the original
 * calls its parameter), end the path too: the rest of their block and its
 * edges are removed from the IR before any analysis runs. */
#ifndef OSSL_LINT_NORETURN_H
#define OSSL_LINT_NORETURN_H

#include "project.h"

/* Finds the run's functions that never return (to a fixed point) and cuts
 * every path at a call of one; returns how many calls were cut. Needs
 * project_init's definitions; before the summaries. */
int noreturn_cut(project *p);

#endif
