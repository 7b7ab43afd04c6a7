/* --derive-model: the OpenSSL API model derived from OpenSSL's own source.
 *
 * The run analyzes libcrypto and libssl as the project, with a model whose
 * only roles are the calls that put an error on the queue (ERR_new,
 * ERR_set_error, ...) and those that take errors off it. Before the summaries:
 *  - a call through a function pointer is resolved to the functions that
 *    initializers store in that struct field (method tables: `s->method->ssl_read`
 *    reaches every `ssl_read` of every SSL_METHOD), through a dispatcher function
 *    that calls each of them; one that nothing resolves and the model does not
 *    name counts as a call that may push;
 *  - each ctrl function of the public API (a `cmd` parameter) is specialized
 *    per command constant its public macros pass (SSL_set_mode is
 *    SSL_ctrl(s, SSL_CTRL_MODE, ...)): a copy in which only the branches that
 *    admit that value of `cmd` remain, with the calls that pass `cmd` on
 *    specialized alike.
 * After the summaries, every function the public headers declare gets its role:
 * pure, pushes_on_failure (with the values it returns where it may have
 * pushed) or pushes. */
#ifndef OSSL_LINT_DERIVE_H
#define OSSL_LINT_DERIVE_H

#include "frontend.h"
#include "project.h"

#include <stdio.h>

typedef struct derive_state derive_state;

/* Read the public API (every header in public_dir: the functions they declare,
 * the ctrl functions and the command constants their macros pass), then
 * rewrite *fns for the derive run: pointer calls resolved or made may-push,
 * ctrl specializations, dispatchers. *fns grows; the new functions belong to
 * the caller like the others (free each with ir_function_free). Problems go
 * to stderr; returns NULL when the headers cannot be read. */
derive_state *derive_prepare(const char *public_dir, const api_model *m, ir_function ***fns, int *nfns,
                             const tu_result *results, int nresults);

/* Write the derived model to path from the project's summaries. `source`
 * names the OpenSSL tree (version, configuration) and `command` the command
 * that made it, for the file's header. */
bool derive_write(const derive_state *d, const project *p, const char *path, const char *source,
                  const char *command);

void derive_free(derive_state *d);

#endif
