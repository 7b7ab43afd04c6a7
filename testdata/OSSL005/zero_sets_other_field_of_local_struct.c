/*
 * Mechanism: OSSL005 zero_joins_failure() / failure_stores_same() (e37e83b).
 * A local struct's field store (`o.eof = 1;`) is lowered as an EV_DEF of the
 * whole variable `o` (no EV_STORE, no target), so failure_stores_same()
 * compares only (var, constant): `o.eof = 1` on the 0's way "matches"
 * `o.failed = 1` on the failure's way. The caller (finish()) is told EOF
 * (complete data) for SSL_read()'s 0 and FAILED for an error: a premature
 * close (OpenSSL 3: SSL_read() 0 + SSL_ERROR_SSL "unexpected eof") is taken
 * as the end of the data.
 * Expected: OSSL005 at the SSL_read() (07e80b6 reports it). HEAD: nothing.
 * With `o.failed = 2;` HEAD reports again (z5b).
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct stream {
	SSL *con;
	char buf[4096];
	int count;
};

struct outcome {
	int eof;     /* the peer ended the stream: the data is complete */
	int failed;  /* a read error: the data is incomplete */
};

long finish(struct stream *s, const struct outcome *o);

long stream_fill(struct stream *s)
{
	struct outcome o = {0, 0};
	int i, e;

	ERR_clear_error();
	while ((i = SSL_read(s->con, s->buf, sizeof s->buf)) < 0 && // expect: OSSL005
	       ((e = SSL_get_error(s->con, i)) == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE))
		;
	if (i <= 0) {
		if (i)
			o.failed = 1;
		else
			o.eof = 1;
		return finish(s, &o);
	}
	s->count = i;
	return 1;
}
