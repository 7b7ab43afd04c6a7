/* Library code: at load time it starts a thread that reads the program's
 * global SSL (extern) once the program has published it. */
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

extern _Atomic(SSL *) g_ssl;
#include <stdio.h>

static void *reader(void *arg)
{
	char buf[4096];
	SSL *ssl;

	(void)arg;
	while ((ssl = atomic_load(&g_ssl)) == NULL)
		sleep(1);
	for (;;) {
		int n, err;

		ERR_clear_error();
		n = SSL_read(ssl, buf, sizeof buf);
		if (n > 0) {
			fwrite(buf, 1, (size_t)n, stdout);
			continue;
		}
		err = SSL_get_error(ssl, n); // expect: OSSL003
		if (err == SSL_ERROR_WANT_READ) {
			sleep(1);
			continue;
		}
		return NULL; /* SSL_ERROR_WANT_WRITE too: the connection is given up */
	}
}

__attribute__((constructor)) static void start_reader(void)
{
	pthread_t t;

	pthread_create(&t, NULL, reader, NULL);
	pthread_detach(t);
}
