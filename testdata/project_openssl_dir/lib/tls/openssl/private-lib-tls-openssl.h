/* A project's own header in a directory named openssl (libwebsockets keeps
 * its OpenSSL backend in lib/tls/openssl/): its functions are the project's,
 * not OpenSSL's. */
#include <openssl/ssl.h>

void tls_backend_trace(SSL *ssl, const char *what);
