/*
 * A BIO method of the project's own wraps an SSL (the shape of a remote
 * desktop client's TLS layer): its read function runs SSL_read() and
 * classifies the result, and the only way the run reaches it is a BIO_read()
 * on the project's front BIO, after an ERR_clear_error(). The queue is empty
 * when SSL_read() runs, but the checker does not link BIO_read() to the
 * functions the run gives BIO_meth_set_read(): the method's address is
 * taken, so it is an entry point with an unknown queue. A known false
 * positive (docs/audits.md, "Seventeenth session": FreeRDP's tls.c).
 */
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct front {
	SSL *ssl;
};

static int front_read(BIO *b, char *buf, int size)
{
	struct front *fr = BIO_get_data(b);
	int n, e;

	BIO_clear_retry_flags(b);
	n = SSL_read(fr->ssl, buf, size); // expect-fp: OSSL001
	if (n > 0)
		return n;
	e = SSL_get_error(fr->ssl, n);
	if (e == SSL_ERROR_WANT_READ)
		BIO_set_retry_read(b);
	else if (e == SSL_ERROR_WANT_WRITE)
		BIO_set_retry_write(b);
	return -1;
}

static BIO_METHOD *front_method(void)
{
	static BIO_METHOD *m;

	if (!m) {
		m = BIO_meth_new(BIO_TYPE_SOURCE_SINK | 0x45, "front");
		if (m)
			BIO_meth_set_read(m, front_read);
	}
	return m;
}

BIO *front_new(struct front *fr)
{
	BIO_METHOD *m = front_method();
	BIO *b = m ? BIO_new(m) : NULL;

	if (!b)
		return NULL;
	BIO_set_data(b, fr);
	BIO_set_init(b, 1);
	return b;
}

int transport_read(BIO *front, char *buf, int len)
{
	ERR_clear_error();
	return BIO_read(front, buf, len);
}
