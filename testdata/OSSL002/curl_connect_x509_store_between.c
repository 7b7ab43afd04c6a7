/*
 * Shape: curl lib/vtls/openssl.c (snapshot rc-8_22_0-2-30, 2026):
 * ossl_connect_step2() with Curl_ssl_setup_x509_store() and
 * ossl_log_tls12_secret(). Renamed and stripped; not the real code.
 *
 * curl calls SSL_connect(), then (first time only) sets up the X509 store
 * (curl commit e8b00fcd6a, 2023: "store the CA after first send") and may log
 * TLS 1.2 secrets, and only then calls SSL_get_error(). Both helpers bracket
 * their OpenSSL calls with ERR_set_mark()/ERR_pop_to_mark(), which restores
 * the queue, so the classification is not disturbed. The checker's model
 * (rules/openssl-api.yaml, roles `mark`/`pop_to_mark`) treats such a bracket
 * as leaving the queue as it was, so neither helper "may push".
 * NOTE: under the brief's original role list (no mark roles: ERR_set_mark and
 * ERR_pop_to_mark would be "pushes") both calls would be OSSL002 -- a false
 * positive on real, correct curl code; see testdata/README.md.
 *
 * Expected: no finding. Clear right before SSL_connect: no OSSL001. Both
 * wants: no OSSL003.
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/x509.h>

struct octx { SSL_CTX *ctx; SSL *ssl; int store_done; int keylog_done; int io_need; };

int keylog_enabled(void);
void keylog_write(const unsigned char *r, size_t rl, const unsigned char *k, size_t kl);

static int setup_x509_store(struct octx *o, const char *cafile)
{
	X509_STORE *store;
	int rc = 0;

	ERR_set_mark();
	store = SSL_CTX_get_cert_store(o->ctx);
	if (cafile && !X509_STORE_load_file(store, cafile))
		rc = -1;
	ERR_pop_to_mark();
	return rc;
}

static void log_tls12_secret(const SSL *ssl, int *done)
{
	unsigned char rnd[SSL3_RANDOM_SIZE], key[SSL_MAX_MASTER_KEY_LENGTH];
	const SSL_SESSION *session;
	size_t klen;

	ERR_set_mark();
	session = SSL_get_session(ssl);
	if (!session || *done) {
		ERR_pop_to_mark();
		return;
	}
	SSL_get_client_random(ssl, rnd, sizeof(rnd));
	klen = SSL_SESSION_get_master_key(session, key, sizeof(key));
	ERR_pop_to_mark();
	*done = 1;
	keylog_write(rnd, sizeof(rnd), key, klen);
}

int connect_step2(struct octx *o, const char *cafile)
{
	int err, detail;

	ERR_clear_error();
	err = SSL_connect(o->ssl);
	if (!o->store_done) {
		if (setup_x509_store(o, cafile) != 0) /* set_mark/pop_to_mark: queue restored */
			return -1;
		o->store_done = 1;
	}
	if (keylog_enabled() && !o->keylog_done)
		log_tls12_secret(o->ssl, &o->keylog_done); /* likewise */
	if (err != 1) {
		detail = SSL_get_error(o->ssl, err);
		if (detail == SSL_ERROR_WANT_READ) {
			o->io_need = 1;
			return 1;
		}
		if (detail == SSL_ERROR_WANT_WRITE) {
			o->io_need = 2;
			return 1;
		}
		return -1;
	}
	return 0;
}
