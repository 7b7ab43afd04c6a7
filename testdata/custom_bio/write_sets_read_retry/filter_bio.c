/*
 * The output filter of buffered_filter/, whose write function asks, when the
 * chain is full, for a retry of a READ (BIO_set_retry_read(): BIO_FLAGS_READ
 * | BIO_FLAGS_SHOULD_RETRY, tcltls' Tcl channel BIO): it never sets
 * BIO_FLAGS_WRITE, which is what SSL_get_error()'s BIO_should_write() tests,
 * so SSL_write() still never returns SSL_ERROR_WANT_WRITE and the read that
 * handles only SSL_ERROR_WANT_READ (conn.c) is correct: no OSSL003. The
 * should-retry bit the two directions share is no write retry.
 * write_retry_twin/ sets BIO_set_retry_write(): OSSL003.
 */
#include <openssl/bio.h>
#include <openssl/ssl.h>
#include <string.h>

struct out_chain {
	char buf[65536];
	size_t used;
};

static int chain_append(struct out_chain *o, const char *in, int len)
{
	if ((size_t)len > sizeof o->buf - o->used)
		len = (int)(sizeof o->buf - o->used); /* the rest goes to the next chain link */
	memcpy(o->buf + o->used, in, (size_t)len);
	o->used += (size_t)len;
	return len;
}

static int filter_write(BIO *b, const char *in, int len)
{
	struct out_chain *o = BIO_get_data(b);

	BIO_clear_retry_flags(b);
	if (o->used == sizeof o->buf) {
		BIO_set_retry_read(b); /* the channel drains only after its next read */
		return -1;
	}
	return chain_append(o, in, len);
}

static long filter_ctrl(BIO *b, int cmd, long num, void *ptr)
{
	(void)b;
	(void)num;
	(void)ptr;
	return cmd == BIO_CTRL_FLUSH;
}

static BIO_METHOD *filter_method;

int attach_filter(SSL *ssl, struct out_chain *o, BIO *rbio)
{
	BIO *wbio;

	if (!filter_method) {
		filter_method = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "out-chain");
		if (!filter_method || !BIO_meth_set_write(filter_method, filter_write) ||
		    !BIO_meth_set_ctrl(filter_method, filter_ctrl))
			return -1;
	}
	wbio = BIO_new(filter_method);
	if (!wbio)
		return -1;
	BIO_set_data(wbio, o);
	BIO_set_init(wbio, 1);
	SSL_set_bio(ssl, rbio, wbio);
	return 0;
}
