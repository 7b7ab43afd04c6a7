/* The run makes a null BIO only as a sink for a log (never given to an SSL);
 * the SSL's transport BIO comes from a function the run does not define (a
 * non-blocking socket BIO made elsewhere). Its reads and writes may want.
 * (Review of 777bf47: one BIO_s_null() anywhere in the run gave every SSL
 * the never-retry facts, and these findings were lost.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

BIO *transport_bio(int fd); /* elsewhere: BIO_new_socket(fd, BIO_NOCLOSE), non-blocking */

static BIO *log_sink;

void log_init(void)
{
	log_sink = BIO_new(BIO_s_null());
}

int conn_open(SSL *ssl, int fd)
{
	BIO *b = transport_bio(fd);
	if (!b)
		return -1;
	SSL_set_bio(ssl, b, b);
	return 0;
}

int conn_read(SSL *ssl, char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_read(ssl, buf, len);
	if (n > 0)
		return n;
	if (SSL_get_error(ssl, n) == SSL_ERROR_WANT_READ) // expect: OSSL003
		return 0;
	return -1;
}

int conn_write(SSL *ssl, const char *buf, int len)
{
	ERR_clear_error();
	int n = SSL_write(ssl, buf, len);
	if (n > 0)
		return n;
	if (SSL_get_error(ssl, n) == SSL_ERROR_WANT_WRITE) // expect: OSSL003
		return 0;
	return -1;
}
