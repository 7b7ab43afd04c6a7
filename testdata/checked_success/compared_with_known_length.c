/*
 * A BIO pair pumped within what it reports it can take (shaped after
 * dovecot's openssl_iostream_bio_input(), src/lib-ssl-iostream/
 * iostream-openssl.c 2.4): the length written is known to be at least 1 (a
 * size_t tested `== 0` and left on the other way, then clamped to a positive
 * guarantee), and an assertion says BIO_write() returned exactly that length,
 * which none of its failure values (0, -1, -2) can be: the write pushed
 * nothing, so the pump run between SSL_shutdown() and SSL_get_error() leaves
 * nothing for the classification (shutdown_pump). The twins compare with a
 * length that may be 0 (no `== 0` test: OSSL002 at the pump), with one a call
 * given its address may have changed after the test, with an int tested
 * as unsigned (`(unsigned)n < 1U`), which lets -1 through, and with a length
 * cut to a byte (`(unsigned char)size` is 0 for 256), found by review
 * (OSSL002 each).
 */
#include <stddef.h>
#include <sys/types.h>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

void fatal(const char *what) __attribute__((noreturn));
#define unlikely(expr) (__builtin_expect((expr) ? 1 : 0, 0) != 0)
#define check(expr) do { if (unlikely(!(expr))) fatal(#expr); } while (0)

struct stream {
	SSL *ssl;
	BIO *ext;
};

int next_input(struct stream *s, size_t max, const unsigned char **data, size_t *size);
void refill(size_t *size);

static int pump(struct stream *s)
{
	const unsigned char *data;
	size_t bytes, size;
	int ret;

	while ((bytes = BIO_ctrl_get_write_guarantee(s->ext)) > 0) {
		if (next_input(s, bytes, &data, &size) < 0)
			return -1;
		if (size == 0)
			break;
		if (size > bytes)
			size = bytes;
		ret = BIO_write(s->ext, data, (int)size);
		check(ret == (ssize_t)size);
	}
	return 0;
}

static int pump_maybe_empty(struct stream *s)
{
	const unsigned char *data;
	size_t bytes, size;
	int ret;

	while ((bytes = BIO_ctrl_get_write_guarantee(s->ext)) > 0) {
		if (next_input(s, bytes, &data, &size) < 0)
			return -1;
		if (size > bytes)
			size = bytes;
		ret = BIO_write(s->ext, data, (int)size);
		check(ret == (ssize_t)size);
	}
	return 0;
}

static int pump_length_changed(struct stream *s)
{
	const unsigned char *data;
	size_t bytes, size;
	int ret;

	while ((bytes = BIO_ctrl_get_write_guarantee(s->ext)) > 0) {
		if (next_input(s, bytes, &data, &size) < 0)
			return -1;
		if (size == 0)
			break;
		ret = BIO_write(s->ext, data, (int)size);
		refill(&size);
		check(ret == (ssize_t)size);
	}
	return 0;
}

int next_length(struct stream *s);

static int pump_signed_length(struct stream *s, const unsigned char *data)
{
	int n, ret;

	for (;;) {
		n = next_length(s);
		if ((unsigned)n < 1U)
			break;
		ret = BIO_write(s->ext, data, n);
		check(ret == n);
	}
	return 0;
}

static int pump_byte_length(struct stream *s)
{
	const unsigned char *data;
	size_t size;
	int len, ret;

	if (next_input(s, 255, &data, &size) < 0)
		return -1;
	if (size == 0)
		return 0;
	len = (unsigned char)size;
	ret = BIO_write(s->ext, data, len);
	check(ret == len);
	return 0;
}

static int classify(SSL *ssl, int ret)
{
	int err = SSL_get_error(ssl, ret);

	return err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int shutdown_pump(struct stream *s)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(s->ssl);
	if (ret >= 0)
		return ret;
	if (pump(s) < 0)
		return -1;
	return classify(s->ssl, ret);
}

int shutdown_pump_maybe_empty(struct stream *s)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(s->ssl);
	if (ret >= 0)
		return ret;
	if (pump_maybe_empty(s) < 0) // expect: OSSL002
		return -1;
	return classify(s->ssl, ret);
}

int shutdown_pump_length_changed(struct stream *s)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(s->ssl);
	if (ret >= 0)
		return ret;
	if (pump_length_changed(s) < 0) // expect: OSSL002
		return -1;
	return classify(s->ssl, ret);
}

int shutdown_pump_signed_length(struct stream *s, const unsigned char *data)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(s->ssl);
	if (ret >= 0)
		return ret;
	if (pump_signed_length(s, data) < 0) // expect: OSSL002
		return -1;
	return classify(s->ssl, ret);
}

int shutdown_pump_byte_length(struct stream *s)
{
	int ret;

	ERR_clear_error();
	ret = SSL_shutdown(s->ssl);
	if (ret >= 0)
		return ret;
	if (pump_byte_length(s) < 0) // expect: OSSL002
		return -1;
	return classify(s->ssl, ret);
}
