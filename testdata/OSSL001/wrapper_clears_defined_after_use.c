/*
 * Shape: a same-file helper that empties the queue with an ERR_get_error()
 * loop that runs until it returns 0 (like libwebsockets' lws_tls_err_describe
 * or lws_ssl_elaborate_error), DEFINED AFTER the function that calls it (only
 * a prototype comes first). Its summary is "clears".
 *
 * Expected: no finding. (The write result is also compared with both wants.)
 */
#include <openssl/ssl.h>
#include <openssl/err.h>

void log_line(const char *s);

static void flush_error_queue(void);

int send_frame(SSL *ssl, const unsigned char *buf, int len)
{
	int n, m;

	flush_error_queue();
	n = SSL_write(ssl, buf, len);
	if (n > 0)
		return n;
	m = SSL_get_error(ssl, n);
	if (m == SSL_ERROR_WANT_WRITE)
		return 0;
	if (m == SSL_ERROR_WANT_READ)
		return 0;
	flush_error_queue();
	return -1;
}

static void flush_error_queue(void)
{
	char buf[160];
	unsigned long l;

	while ((l = ERR_get_error()) != 0) {
		ERR_error_string_n(l, buf, sizeof(buf));
		log_line(buf);
	}
}
