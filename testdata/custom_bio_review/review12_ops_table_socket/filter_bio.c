/* ../buffered_filter/filter_bio.c: the module's own BIO method, whose write
 * function never asks to be retried (see conn.c). */
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
	BIO_clear_retry_flags(b);
	return chain_append(BIO_get_data(b), in, len);
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
