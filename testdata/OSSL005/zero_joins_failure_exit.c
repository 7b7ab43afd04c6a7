/*
 * A read whose 0 joins the way its failures take before the function leaves:
 * `if (n <= 0)` sends both to the same `return abort_stream(s);`, and only a
 * debug line tells them apart (the shape of a mail library's SSL stream
 * read, which logs "end of file" or the SSL error, then aborts the stream
 * and returns its failure). The 0 ends the stream as a failure does: no
 * finding on stream_fill().
 * The twins keep the finding:
 *  - fill_marks_eof_twin stores on the 0's own way (`s->eof = 1;`), which a
 *    caller can read;
 *  - fill_mark_closed_twin calls on the 0's own way a function no failure
 *    calls (mark_closed(), which may record the close);
 *  - fill_own_return_twin leaves on the 0's own way (`return 0;`): the
 *    caller gets the end, not a failure;
 *  - fill_tells_finish_twin hands the shared return's call a flag the 0's
 *    own way sets (`clean = 1;`);
 *  - fill_joins_want_twin joins the way of a want (`break;` to `return 0;`,
 *    wait for more), a retry's, not a failure's (a web server's read loop).
 */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

struct stream {
	SSL *con;
	char buf[4096];
	int count;
	int eof;
};

extern int debug;
void log_line(const char *s);
void mark_closed(struct stream *s);
long abort_stream(struct stream *s);
long finish(struct stream *s, int clean);

long stream_fill(struct stream *s)
{
	int i, e;

	ERR_clear_error();
	while ((i = SSL_read(s->con, s->buf, sizeof s->buf)) < 0 &&
	       ((e = SSL_get_error(s->con, i)) == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE))
		;
	if (i <= 0) {
		if (debug) {
			char tmp[128];
			const char *msg;
			if (i) {
				snprintf(tmp, sizeof tmp, "SSL read error %d", SSL_get_error(s->con, i));
				msg = tmp;
			} else {
				msg = "SSL read end of file";
			}
			log_line(msg);
		}
		return abort_stream(s);
	}
	s->count = i;
	return 1;
}

long fill_marks_eof_twin(struct stream *s)
{
	int i, e;

	ERR_clear_error();
	while ((i = SSL_read(s->con, s->buf, sizeof s->buf)) < 0 && // expect: OSSL005
	       ((e = SSL_get_error(s->con, i)) == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE))
		;
	if (i <= 0) {
		if (i)
			log_line("SSL read error");
		else
			s->eof = 1;
		return abort_stream(s);
	}
	s->count = i;
	return 1;
}

long fill_mark_closed_twin(struct stream *s)
{
	int i, e;

	ERR_clear_error();
	while ((i = SSL_read(s->con, s->buf, sizeof s->buf)) < 0 && // expect: OSSL005
	       ((e = SSL_get_error(s->con, i)) == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE))
		;
	if (i <= 0) {
		if (i)
			log_line("SSL read error");
		else
			mark_closed(s);
		return abort_stream(s);
	}
	s->count = i;
	return 1;
}

long fill_own_return_twin(struct stream *s)
{
	int i, e;

	ERR_clear_error();
	while ((i = SSL_read(s->con, s->buf, sizeof s->buf)) < 0 && // expect: OSSL005
	       ((e = SSL_get_error(s->con, i)) == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE))
		;
	if (i <= 0) {
		if (i == 0) {
			log_line("SSL read end of file");
			return 0;
		}
		log_line("SSL read error");
		return abort_stream(s);
	}
	s->count = i;
	return 1;
}

long fill_tells_finish_twin(struct stream *s)
{
	int i, e, clean = 0;

	ERR_clear_error();
	while ((i = SSL_read(s->con, s->buf, sizeof s->buf)) < 0 && // expect: OSSL005
	       ((e = SSL_get_error(s->con, i)) == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE))
		;
	if (i <= 0) {
		if (i)
			log_line("SSL read error");
		else
			clean = 1;
		return finish(s, clean);
	}
	s->count = i;
	return 1;
}

long fill_joins_want_twin(struct stream *s)
{
	int i, e;

	for (;;) {
		ERR_clear_error();
		i = SSL_read(s->con, s->buf, sizeof s->buf); // expect: OSSL005
		if (i < 0) {
			e = SSL_get_error(s->con, i);
			if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
				return abort_stream(s);
			break;
		} else if (i == 0) {
			break;
		}
		s->count += i;
	}
	return 0;
}
