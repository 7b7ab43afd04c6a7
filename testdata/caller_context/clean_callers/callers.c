/* The callers of tls_raw_read(): each empties the queue first. */
#include <openssl/err.h>

#include "conn.h"

int handle_input(struct conn *c, char *buf, int len)
{
	log_openssl_errors("before read");
	return tls_raw_read(c, buf, len);
}

int poll_input(struct conn *c, char *buf, int len)
{
	ERR_clear_error();
	return tls_raw_read(c, buf, len);
}
