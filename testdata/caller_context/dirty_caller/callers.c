/* The callers of tls_raw_read(): two empty the queue first, one does not. */
#include <openssl/err.h>
#include <openssl/ssl.h>

#include "conn.h"

int handle_input(struct conn *c, char *buf, int len)
{
	log_openssl_errors("before read");
	return tls_raw_read(c, buf, len);
}

int poll_input(struct conn *c, char *buf, int len)
{
	ERR_clear_error();
	return tls_raw_read(c, buf, len);
}

int load_and_read(struct conn *c, SSL_CTX *ctx, const char *file, char *buf, int len)
{
	SSL_CTX_use_certificate_file(ctx, file, SSL_FILETYPE_PEM);
	return tls_raw_read(c, buf, len);
}
