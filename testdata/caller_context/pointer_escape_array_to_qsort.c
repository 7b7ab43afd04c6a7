/*
 * A function whose address reaches code the run does not see through a
 * pointer of its type: an element of the project's own array of comparators, called after ERR_clear_error() and also given to qsort().
 * The one call through a pointer in the run comes right after
 * ERR_clear_error(), but other callers are not known: OSSL001, as for any
 * address taken. (Review of the callers through pointers: silent when only
 * the first store of the address was followed.)
 */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <stdlib.h>
static SSL *g_ssl;
typedef int (*cmp_fn)(const void *, const void *);
static int cmp_read(const void *a, const void *b)
{
	char buf[16];
	int n = SSL_read(g_ssl, buf, sizeof buf); // expect: OSSL001
	if (n <= 0 && (SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_READ ||
	                 (SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_WRITE ||
	                 SSL_get_error(g_ssl, n) == SSL_ERROR_WANT_READ)))
		return 0;
	return a < b ? -1 : 1;
}
static cmp_fn cmps[] = {cmp_read};
int sorter(void *v, size_t n, int which, const void *x, const void *y)
{
	ERR_clear_error();
	int r = cmps[which](x, y);
	qsort(v, n, 8, cmps[which]);
	return r;
}
