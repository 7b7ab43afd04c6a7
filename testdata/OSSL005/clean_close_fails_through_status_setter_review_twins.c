/*
 * Review twins of clean_close_fails_through_status_setter.c, each reported:
 * the -1 a setter returns reaches the caller as a failure only where every
 * conversion keeps it negative. A reader that returns a _Bool gives its
 * caller true (1); an enum of only non-negative enumerators may be unsigned
 * (4294967295); a constant no int holds is cut (-4294967295 becomes 1); a
 * setter that may fall off its end returns no value; a setter with asm may
 * change its parameter where the IR does not look.
 */
#include <stdbool.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

enum st { ST_A, ST_B };

struct client {
	SSL *ssl;
	int status;
};

static int set_status(struct client *c, int status, int bytes)
{
	c->status = status;
	return bytes;
}

static long set_status_enum(struct client *c, enum st bytes)
{
	c->status = 1;
	return bytes;
}

static int set_status_wide(struct client *c, int status, long long bytes)
{
	c->status = status;
	return bytes;
}

static int set_status_falls_off(struct client *c, int status, int bytes)
{
	c->status = status;
	if (status != 2)
		return bytes;
}

bool client_read_bool(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return true;
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return false;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status(c, 3, -1);
	}
}

long client_read_enum(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status_enum(c, -1);
	}
}

int client_read_wide(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status_wide(c, 3, -4294967295LL);
	}
}

int client_read_falls_off(struct client *c, char *buf, int size)
{
	ERR_clear_error();
	int n = SSL_read(c->ssl, buf, size);
	if (n > 0)
		return n;
	switch (SSL_get_error(c->ssl, n)) { // expect: OSSL005
	case SSL_ERROR_WANT_READ:
	case SSL_ERROR_WANT_WRITE:
		return -2;
	case SSL_ERROR_ZERO_RETURN:
	default:
		return set_status_falls_off(c, 2, -1);
	}
}
