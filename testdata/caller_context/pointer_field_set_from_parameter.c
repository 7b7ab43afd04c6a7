/*
 * A twin of pointer_field_early_late.c: the run also stores a parameter in
 * `protocol_early` (a setter of the project's), a value it cannot follow,
 * so a call through that field may call any function of its type whose
 * address the run keeps, tls_late() too, where the queue may hold
 * SSL_CTX_new()'s error: OSSL001 at the read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <string.h>

typedef struct client {
	SSL *ssl;
	char buf[512];
	struct service_options *opt;
} CLI;

typedef struct service_options {
	const char *protocol;
	void (*protocol_early)(CLI *);
	void (*protocol_late)(CLI *);
} SERVICE_OPTIONS;

static SERVICE_OPTIONS service_options, new_service_options;

static void plain_early(CLI *c)
{
	(void)c;
}

static void tls_late(CLI *c)
{
	int n = SSL_read(c->ssl, c->buf, sizeof c->buf); // expect: OSSL001
	if (n <= 0) {
		int e = SSL_get_error(c->ssl, n);
		if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
			c->ssl = NULL;
	}
}

const char *protocol_init(SERVICE_OPTIONS *opt)
{
	typedef struct {
		void (*early)(CLI *);
		void (*late)(CLI *);
	} MODE;
	static const struct {
		const char *name;
		MODE client;
	} protocols[] = {
		{.name = "plain", .client = {.early = plain_early}},
		{.name = "tls", .client = {.late = tls_late}},
		{.name = NULL},
	};
	for (int i = 0; protocols[i].name; i++) {
		if (strcmp(protocols[i].name, opt->protocol))
			continue;
		const MODE *m = &protocols[i].client;
		opt->protocol_early = m->early;
		opt->protocol_late = m->late;
		return NULL;
	}
	opt->protocol_early = NULL;
	opt->protocol_late = NULL;
	return "no such protocol";
}

void options_set_early(SERVICE_OPTIONS *opt, void (*hook)(CLI *))
{
	opt->protocol_early = hook;
}

void options_apply(void)
{
	memcpy(&service_options, &new_service_options, sizeof(SERVICE_OPTIONS));
}

void client_try(CLI *c)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method()); /* may leave an error */
	if (c->opt->protocol_early)
		c->opt->protocol_early(c);
	ERR_clear_error();
	if (c->opt->protocol_late)
		c->opt->protocol_late(c);
	SSL_CTX_free(ctx);
}
