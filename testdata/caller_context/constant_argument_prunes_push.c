/*
 * Argument values as caller context: tls_setup() logs a fresh id (an
 * unchecked RAND_bytes(), which may leave an error) only for a client and no
 * name of its own; str_alloc() calls it as tls_setup(NULL, "alloc"), a path on
 * which that branch cannot run (shaped after stunnel's str_alloc_debug ->
 * tls_alloc(NULL, NULL, "alloc") -> log_id, src/tls.c and src/str.c, 5.75). So
 * the SSL_write() after str_alloc() runs on a clean queue: silent. The twin
 * passes a client and no name: the branch runs, OSSL001.
 */
#include <stdlib.h>

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>

struct client {
	SSL *ssl;
	unsigned char id[8];
	const char *name;
};

static void log_id(struct client *c)
{
	RAND_bytes(c->id, sizeof c->id);
}

static void tls_setup(struct client *c, const char *name)
{
	if (name)
		return;
	if (c)
		log_id(c);
}

static void *str_alloc(size_t n)
{
	tls_setup(NULL, "alloc");
	return malloc(n);
}

int send_block(struct client *c, const char *data, int len)
{
	ERR_clear_error();
	char *copy = str_alloc((size_t)len);
	if (copy == NULL)
		return -1;
	free(copy);
	int n = SSL_write(c->ssl, data, len);
	if (n > 0)
		return n;
	int err = SSL_get_error(c->ssl, n);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int send_block_twin(struct client *c, const char *data, int len)
{
	ERR_clear_error();
	tls_setup(c, NULL);
	int n = SSL_write(c->ssl, data, len); // expect: OSSL001
	if (n > 0)
		return n;
	int err = SSL_get_error(c->ssl, n);
	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 0 : -1;
}
