/* Project-level facts about the BIOs an SSL writes to: when every SSL of the
 * run writes through the project's own BIO methods (BIO_meth_new +
 * BIO_meth_set_write, attached with SSL_set_bio), none of whose write
 * functions ever asks to be retried (BIO_set_retry_write), and none through a
 * socket, SSL_ERROR_WANT_WRITE cannot happen (a web server's buffering output
 * filter). The calls that mean each of these are the model's `custom_bio:`. */
#ifndef OSSL_LINT_CUSTOM_BIO_H
#define OSSL_LINT_CUSTOM_BIO_H

#include "project.h"

#include <stdbool.h>

bool custom_bio_writes_never_retry(const project *p);
/* The same for reads, so that SSL_ERROR_WANT_READ cannot happen: every
 * function the run gives a BIO method's read (BIO_meth_set_read), and its
 * write, never asks to retry a read (BIO_set_retry_read), and no SSL gets a
 * socket or a memory BIO (whose empty read asks to retry). */
bool custom_bio_reads_never_retry(const project *p);

/* Whether no SSL of the run can read the end of its data without a
 * close_notify: every call that gives an SSL its BIOs (SSL_set_bio) gives it
 * OpenSSL memory BIOs of the run's own making (BIO_new(BIO_s_mem()): an empty
 * one asks to retry), no call sets such a BIO to report an end
 * (custom_bio.mem_eof_return with 0 or a value not a constant), no SSL
 * gets a socket, an SSL filter's chain, a method's read or a BIO callback,
 * and none comes from outside the part (a function outside code may call
 * that takes an SSL; an SSL from a function the run does not define). */
bool custom_bio_reads_never_end(const project *p);

/* Whether the run may turn on SSL_MODE_ENABLE_PARTIAL_WRITE (the model's
 * custom_bio.partial_write: a call of one of its functions with its command
 * and a mode with its bits, or either not a constant), under which SSL_write()
 * may succeed with less than its whole length. */
bool custom_bio_partial_writes(const project *p);

/* Whether the run may turn on SSL_MODE_ASYNC (the model's async_mode_bits,
 * through partial_write's setters and command; true where the model does not
 * give the bits): then a handshake call after SSL_ERROR_WANT_ASYNC resumes a
 * paused job without state_machine()'s ERR_clear_error(). */
bool custom_bio_async_mode(const project *p);

/* Whether SSL_get_error()'s SSL_ERROR_SYSCALL means an empty queue in this
 * run: OpenSSL 3's socket, fd and memory BIOs put nothing on the queue when
 * their I/O fails; connect, accept and file BIOs put an ERR_LIB_SYS error there
 * (which SSL_get_error() reports as SYSCALL), and so may a project's own BIO
 * method. True when no call of the run creates one of those (the model's
 * custom_bio.sys_error_sources) nor sets a BIO method's read or write. */
bool custom_bio_syscall_means_empty(const project *p);

/* Whether the run makes a BIO method of its own (the model's
 * custom_bio.method_makers: BIO_meth_new). The derived roles of the calls into
 * a BIO's method (custom_bio.method_calls: BIO_ctrl per command, ...) hold for
 * OpenSSL's own methods, which implement every operation they are asked for
 * and run no code of the project's; a method of the project's may leave an
 * operation out (BIO_R_UNSUPPORTED_METHOD) or push in its own. */
bool custom_bio_own_methods(const project *p);

/* Whether a read of an SSL's own transport BIO (the model's
 * custom_bio.quiet_io: BIO_read, ... of what transport_getters give:
 * SSL_get_wbio()) pushes nothing in this run: it makes no BIO method of its
 * own and no SSL, cipher, connect or accept BIO (ssl_sources,
 * sys_error_sources), and gives SSLs their transports itself (attach, or a
 * socket), every one surely a memory or socket BIO. */
bool custom_bio_io_quiet(const project *p);

/* Whether call c's BIO (its first argument) surely is a memory or socket BIO
 * (whose reads push nothing), in a part of the run that sets no BIO callback
 * (run_facts.bio_callbacks): a BIO_new() of a memory or socket method, a
 * socket BIO made at once (BIO_new_socket()), a local variable given only
 * such BIOs; not a field (which may be NULL: BIO_read(NULL) pushes), nor a
 * connect or accept BIO, whose failed reads push ERR_LIB_SYS errors. */
bool custom_bio_arg_quiet(const project *p, const ir_function *fn, const ir_call *c);

/* Whether call c's BIO (its first argument) surely is a memory BIO or NULL,
 * in a part of the run that sets no BIO callback: a BIO_new() of a memory
 * method, a local variable given only such BIOs, or a field the run stores
 * only such BIOs or NULL in. A write to it (custom_bio.memory_writes) pushes
 * only when it fails: a NULL BIO, a read-only one, a failed allocation. */
bool custom_bio_arg_memory(const project *p, const ir_function *fn, const ir_call *c);

/* Whether call c's BIO (its first argument) surely is an SSL filter (the
 * model's custom_bio.ssl_filter_sources): a call of one, BIO_new() of
 * BIO_f_ssl(), a local variable or a field the run gives only those (or
 * NULL). Through any other BIO, BIO_read is not its SSL's SSL_read. */
bool custom_bio_arg_ssl_filter(const project *p, const ir_function *fn, const ir_call *c);

/* Whether the run (its part in scope) makes an SSL filter BIO (the model's
 * custom_bio.ssl_sources: BIO_f_ssl, BIO_new_ssl_connect), through which BIO
 * I/O is an SSL's own (custom_bio.ssl_filter_io: BIO_read is SSL_read there). */
bool custom_bio_ssl_filters(const project *p);

/* Whether the run (its part in scope) sets a BIO callback (the model's
 * custom_bio.callback_setters): code of its own that runs in a BIO's I/O and
 * may push. */
bool custom_bio_callbacks(const project *p);

#endif
