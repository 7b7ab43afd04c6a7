/* Argument values as caller context: a call that passes a constant to a
 * parameter its callee branches on (`tls_alloc(NULL, NULL, "alloc")`, whose
 * `else if (c) ... log_id(c)` a NULL first argument never takes) gets a copy of
 * the callee without the branches those values cannot take, so that the
 * call's effect on the queue is the copy's summary. A parameter counts as
 * branched on also where the callee compares it with another variable
 * (`numbytes == size`), or hands it on unchanged to a function of the run
 * whose parameter counts (to a fixed point); in the copy it holds the
 * constant for the bounds analysis (ir_bind_param()), and the calls it is
 * handed to get their own copies (a worklist over the hand-ons; an unsigned
 * parameter takes constants up to INT_MAX only, and a function with an asm
 * statement, whose outputs the IR does not show, none). A function of the run
 * given where the callee calls through the parameter (`log_tls_message(die,
 * ...)`) is called by the copy itself (checker/noreturn.h then sees a `die()`
 * that never returns). The copies are added to
 * the run's functions, summary-only (ir_function.summary_only): no rule runs
 * on them, and the queue a function is entered with still comes from the
 * original calls (ir_call.callee keeps naming the original; callee_copy names
 * the copy). Only for callees that may reach an OpenSSL call. */
#ifndef OSSL_LINT_ARG_CONTEXT_H
#define OSSL_LINT_ARG_CONTEXT_H

#include "ir.h"
#include "model.h"

/* Appends the copies to *fns (which it may move), sets callee_copy of the
 * calls that use them; returns how many were made. The caller frees
 * (*fns)[original count ..] with ir_function_free. */
int arg_context_specialize(ir_function ***fns, int *nfns, const api_model *model);

#endif
