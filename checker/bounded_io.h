/* I/O calls that cannot fail: a read that asks for at least one byte and at
 * most what SSL_pending() reported already decrypted returns those bytes
 * (rsyslog's second SSL_read of a record's rest). The queries and the calls
 * they bound are the model's `available:`. Such a call neither pushes nor
 * leaves a result for SSL_get_error() to classify: it is taken as pure. */
#ifndef OSSL_LINT_BOUNDED_IO_H
#define OSSL_LINT_BOUNDED_IO_H

#include "analysis.h"
#include "project.h"

/* Rewrites effects[i] of every such call of f to a pure OpenSSL call. */
void bounded_io_mark(const project *p, const ir_function *f, call_effect *effects);

#endif
