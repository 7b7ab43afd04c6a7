/* Fields the run only ever sets to NULL. A field that holds an OpenSSL object
 * (`c->ssl`), where every store the run makes (field_writes.h) is a null
 * pointer, is NULL wherever it is read: a branch taken only where it is not
 * NULL (`if (c->ssl) { SSL_write(c->ssl, ...); }`) is dead code, and its edge
 * is removed from the IR before any analysis runs. */
#ifndef OSSL_LINT_NULL_FIELDS_H
#define OSSL_LINT_NULL_FIELDS_H

#include "ir.h"

/* Whether every value the run stores in field `key` ("TAG.FIELD") is a null
 * pointer, and it stores one at least (writes: field_writes.h's entries of
 * the whole run, sorted). */
bool null_fields_only_null(char *const *writes, int nwrites, const char *key);

/* Removes, in every function, the edges out of a branch on such a field
 * that the field's NULL cannot take; returns how many. */
int null_fields_prune(ir_function **fns, int nfns, char *const *writes, int nwrites);

#endif
