/*
 * The twin of pointer_field_set_by_setter.c: one more call of the setter
 * passes tls_timeout(), so the call through the timer's field, where the
 * queue may hold an error, may call it: OSSL001 at the read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

struct timer {
	void (*cb)(void *);
	void *aux;
};

struct notifier {
	void (*cb)(void *);
	void *aux;
};

struct conn {
	SSL *ssl;
	char buf[256];
	struct timer tmr;
	struct notifier note;
};

static void init_timer(struct timer *t, void (*cb)(void *), void *aux)
{
	t->cb = cb;
	t->aux = aux;
}

static void tls_timeout(void *aux)
{
	struct conn *c = aux;
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(c->ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			c->ssl = NULL;
	}
}

static void on_note(void *aux)
{
	(void)aux;
}

void conn_setup(struct conn *c)
{
	init_timer(&c->tmr, tls_timeout, c);
	init_timer(&c->tmr, on_note, c);
	init_timer(&c->tmr, NULL, NULL);
	c->note.cb = tls_timeout;
	c->note.aux = c;
}

void conn_events(struct conn *c, SSL_CTX *ctx)
{
	SSL_CTX_set_cipher_list(ctx, "HIGH"); /* may leave an error */
	c->tmr.cb(c->tmr.aux);
	ERR_clear_error();
	c->note.cb(c->note.aux);
}
