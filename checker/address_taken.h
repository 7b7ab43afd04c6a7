/* The functions whose address a translation unit takes (`.read = my_read`,
 * `cb = on_data`, `qsort(..., cmp)`): they may be called from anywhere, so the
 * top-down analysis takes them as entry points whose callers are unknown. */
#ifndef OSSL_LINT_ADDRESS_TAKEN_H
#define OSSL_LINT_ADDRESS_TAKEN_H

#include <clang-c/Index.h>
#include <stdbool.h>

/* Names of the functions referred to other than as the callee of a direct
 * call, in the declarations that `keep` accepts (the main file and project
 * headers), and "@var:NAME" for each variable of external linkage they
 * define or use, not the system headers' (`stdout`) (units that share one
 * are parts of one program:
 * project_partition). Sorted, unique; *n: how many; the caller frees each
 * and the array. */
#define ADDRESS_TAKEN_VAR "@var:"
/* "@escapes:NAME" besides NAME: a reference to it that the project's own
 * pointers of its type may not be all that keeps (see address_taken.c
 * kept_in_project()): code the run does not see may call it. */
#define ADDRESS_TAKEN_ESCAPES "@escapes:"
/* "@arg:NAME:CALLEE": NAME is given to CALLEE, a function not declared in a
 * system header, as a pointer of its type: kept only if the run defines CALLEE. */
#define ADDRESS_TAKEN_ARG "@arg:"
/* "@typeesc:TYPE": a pointer to functions of canonical type TYPE (as
 * ir_function.fntype spells it) may reach code the run does not see, or be
 * turned into another type (address_taken.c note_type_escape()): every
 * function of that type whose address is taken may be called from there. */
#define ADDRESS_TAKEN_TYPE_ESCAPES "@typeesc:"
/* "@typearg:CALLEE:TYPE": such a pointer is given to CALLEE, a function not
 * declared in a system header: it escapes unless the run defines CALLEE. */
#define ADDRESS_TAKEN_TYPE_ARG "@typearg:"
/* "@ptrarg:NAME:TYPE": NAME is given as a pointer of its type to a call
 * through a pointer to functions of TYPE: kept if the run has functions of
 * TYPE whose address is taken and no pointer of TYPE from elsewhere. */
#define ADDRESS_TAKEN_POINTER_ARG "@ptrarg:"
/* "@typeptrarg:CTYPE:TYPE": a pointer to functions of TYPE given to a call
 * through a pointer to functions of CTYPE: escapes unless the run has
 * functions of CTYPE whose address is taken and no pointer of CTYPE from
 * elsewhere. */
#define ADDRESS_TAKEN_TYPE_POINTER_ARG "@typeptrarg:"
/* "@typeext:TYPE": a pointer to functions of TYPE may come from code the run
 * does not see (a library's result, a conversion from another pointer type):
 * a call through such a pointer may call that code. */
#define ADDRESS_TAKEN_TYPE_EXTERNAL "@typeext:"
/* "@thread:NAME": NAME is given to a call that runs it in a new thread (the
 * model's thread_starts: pthread_create(t, NULL, NAME, arg)), whose error
 * queue is empty; such a use alone does not list NAME. */
#define ADDRESS_TAKEN_THREAD "@thread:"
char **address_taken_collect(CXTranslationUnit tu, bool (*keep)(CXCursor top, void *data), void *data,
                             char *const *thread_starts, const int *thread_start_args, size_t nthread_starts, int *n);

#endif
