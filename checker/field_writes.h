/* What the run stores in struct fields that hold OpenSSL objects
 * (`cache->wbio = BIO_new(BIO_s_mem())`), so that such a field, given to
 * OpenSSL elsewhere (`SSL_set_bio(s, cache->rbio, cache->wbio)`), can be
 * traced to the objects the run may have put there. */
#ifndef OSSL_LINT_FIELD_WRITES_H
#define OSSL_LINT_FIELD_WRITES_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include <stddef.h>

/* Sorted, distinct "TAG.FIELD SOURCE" entries, one per kind of value stored
 * in field FIELD of struct TAG (a pointer to a type an OpenSSL header
 * declares: BIO *, SSL *) by the code `keep` accepts (top-level declarations:
 * function bodies and initializers). SOURCE:
 *   "0"                   a null pointer;
 *   "NAME(INNER)"         the result of a call of NAME, whose first argument
 *                         that is a call is a call of INNER
 *                         (`BIO_new(BIO_s_mem)`, BIO_new_ex(NULL,
 *                         BIO_s_mem()) too), or with INNER empty
 *                         (`BIO_new_socket()`);
 *   "^FUNC:N"             parameter N of function FUNC as it came in
 *                         (below; taken as unknown for these fields);
 *   "?"                   anything else: a parameter the function assigns,
 *                         another field, a global, `&x->f` given away, `+=`.
 * A local variable stored gives the sources of each of its values in the
 * function (its initializer, its assignments; "?" once `&v` is given away). 
 * A field of an anonymous struct or of a union has no key: never recorded
 * (never traced). A whole struct stored from anything but a local variable
 * (`*c = *other`, a parameter, a call's result), and an initializer list
 * whose items cannot be matched to fields with certainty (brace elision, an
 * array's elements, nested designators), make every such field of that
 * struct, and of the structs in it, unknown; so does a struct given to a
 * call of `byte_writers` (memcpy(), read(): bytes copied in),
 * and a struct that is a member of a union (C lets another member with the
 * same first fields write it). */
char **field_writes_collect(CXTranslationUnit tu, const char *openssl_dir, char *const *byte_writers, size_t nwriters,
                            bool (*keep)(CXCursor top, void *data), void *data, int *n);

/* The key "TAG.FIELD" of expression e when it is, under parentheses and
 * casts, a field of a named struct (`c->wbio`, `(BIO *)c->b`) that holds an
 * OpenSSL object (as field_writes_collect records); else NULL. The caller
 * frees it. */
char *field_key_of(CXCursor e, const char *openssl_dir);

/* The key "::NAME" of expression e when it is, under parentheses and casts,
 * a variable of static storage (a global, a static local) that holds an
 * OpenSSL object (`tls_conn`); else NULL. field_writes_collect records no
 * writes of it. The caller frees it. */
char *static_variable_key_of(CXCursor e, const char *openssl_dir);

/* field_key_of(), else static_variable_key_of(): the key of the OpenSSL
 * object e names (ir_arg.field, ir_call.result_field); else NULL. */
char *object_key_of(CXCursor e, const char *openssl_dir);

/* The key "TAG.FIELD" of expression e when it is, under parentheses and
 * casts, a function pointer field of a struct the project declares (named by
 * its tag, or by the typedef of an anonymous struct: `MODE.late`); else NULL.
 * field_writes_collect records such fields too, with these SOURCEs:
 *   "&NAME"      the function NAME (`.read = my_read`, `&my_read`);
 *   "=KEY"       the value of the function pointer field KEY (`opt->late =
 *                m->late`);
 *   "^FUNC:N"    parameter N of function FUNC as it came in (a setter's
 *                `t->cb = cb`): what FUNC's callers pass there;
 *   "0", "?"     as above (a parameter, a global, a call's result, ...).
 * A copy of a whole struct from one of the same type (`*a = *b`,
 * memcpy(a, b, sizeof *a)) gives such fields no new value. The caller frees
 * the key. */
char *field_function_key_of(CXCursor e, const char *openssl_dir);

#endif
