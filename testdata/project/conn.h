/* Shared by the files of testdata/project/, which are analyzed in ONE run. */
#ifndef CONN_H
#define CONN_H
#include <openssl/ssl.h>

struct conn { SSL *ssl; int depth; };

void log_line(const char *what, const char *text);

void tls_clear(void);
void tls_describe(const char *what);
int tls_classify(struct conn *c, int ret);
int tls_read(struct conn *c, void *buf, int len);
void tls_reset_a(struct conn *c, int depth);
void tls_reset_b(struct conn *c, int depth);
void backend_flush_errors(void);
int tls_get_error(struct conn *c, int ret);
int tls_handle_recv(struct conn *c, int n);

enum { R_OK = 0, R_AGAIN = -2, R_ERROR = -1 };

/* Static inline helpers of a project header, included by every file of the
 * run: each includer's copy is lowered with its own macros. */
#include <openssl/err.h>

static inline void tls_clear_inline(void)
{
	ERR_clear_error();
}

static inline int tls_errno_inline(struct conn *c, int ret)
{
	return SSL_get_error(c->ssl, ret);
}

/* Clears only where the includer defines TLS_CLEARS (reader.c does,
 * backend_other.c does not): each includer gets its own. */
static inline void tls_maybe_clear(void)
{
#ifdef TLS_CLEARS
	ERR_clear_error();
#endif
}

#endif
