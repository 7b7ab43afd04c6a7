/*
 * Branch-prediction hints around a condition (dovecot's and the Linux
 * kernel's style: `unlikely(x)` is `__builtin_expect((x) ? 1 : 0, 0) != 0`,
 * `likely(x)` is `__builtin_expect(!!(x), 1)`) branch on x itself: a write
 * tested with `unlikely(n <= 0)` succeeded on the other way, so it pushed
 * nothing and the read after it runs on the queue cleared before the write.
 * An assertion built on the same hint (`i_assert`) proves what it asserts.
 * The twin tests the hint on another value (`unlikely(closing)`), which says
 * nothing of the write: OSSL001 at its read.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void fatal(const char *what) __attribute__((noreturn));

#define unlikely(expr) (__builtin_expect((expr) ? 1 : 0, 0) != 0)
#define likely(expr) __builtin_expect(!!(expr), 1)
#define check(expr) do { if (unlikely(!(expr))) fatal(#expr); } while (0)

static int classify(SSL *ssl, int n)
{
	int e = SSL_get_error(ssl, n);

	return e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE ? 0 : -1;
}

int request(SSL *ssl, const char *req, int len, char *buf, int size)
{
	int n;

	ERR_clear_error();
	n = SSL_write(ssl, req, len);
	if (unlikely(n <= 0))
		return classify(ssl, n);
	n = SSL_read(ssl, buf, size);
	if (likely(n > 0))
		return n;
	return classify(ssl, n);
}

int request_asserted(SSL *ssl, const char *req, int len, char *buf, int size)
{
	int n;

	ERR_clear_error();
	n = SSL_write(ssl, req, len);
	check(n > 0);
	n = SSL_read(ssl, buf, size);
	return n > 0 ? n : classify(ssl, n);
}

int request_hint_elsewhere(SSL *ssl, const char *req, int len, char *buf, int size, int closing)
{
	int n;

	ERR_clear_error();
	n = SSL_write(ssl, req, len);
	if (unlikely(closing))
		return -1;
	n = SSL_read(ssl, buf, size); // expect: OSSL001
	return n > 0 ? n : classify(ssl, n);
}
