#ifndef CONN_H
#define CONN_H
#include <openssl/ssl.h>

struct conn {
	SSL *ssl;
	int fd;
};

int tls_raw_read(struct conn *c, char *buf, int len);
void log_openssl_errors(const char *what);
int handle_input(struct conn *c, char *buf, int len);
int poll_input(struct conn *c, char *buf, int len);

#endif
