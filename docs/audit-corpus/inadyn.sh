#!/bin/sh
# ossl-lint audit of inadyn (github.com/troglobit/inadyn, branch master) 98e43d7db4b9c8e0989a790dda435075f4f78770 (2025-10-25, "One final note")
# usage: inadyn.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/inadyn (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libconfuse-dev autoconf automake libtool
#   pkg-config): git archive of the commit into $R/inadyn/src, then in src:
#   ./autogen.sh && ./configure --enable-openssl   (only configures: writes include/config.h
#   with ENABLE_SSL, CONFIG_OPENSSL, CAFILE1/2; GnuTLS is the default back end, OpenSSL the
#   option; nothing is built); the flags are src/Makefile's (DEFS -DHAVE_CONFIG_H, AM_CPPFLAGS
#   -I../include with SYSCONFDIR, LOCALSTATEDIR, RUNSTATEDIR under the default prefix and
#   -D_GNU_SOURCE -D_BSD_SOURCE -D_DEFAULT_SOURCE, AM_CFLAGS -std=gnu99)
# Files: the OpenSSL layer openssl.c (ssl_open: context, SSL_new, SNI, SSL_set_fd and a blocking
# SSL_connect; ssl_close: SSL_shutdown; ssl_send and ssl_recv: ERR_clear_error, then SSL_write or
# SSL_read classified with SSL_get_error; ERR_print_errors_cb on failure), openssl_base64.c and
# openssl_hash.c (EVP base64, MD5, SHA1 for the plugins), and the callers: http.c
# (http_init/http_exit/http_transaction over ssl_*), tcp.c (the plain socket, with its
# timeouts), ddns.c (the check-IP and update transactions, the main loop) and main.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/inadyn" ] || { echo "$0: $R/inadyn: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/inadyn/src
exec "$BIN" "$@" -j2 \
  $S/src/openssl.c $S/src/openssl_base64.c $S/src/openssl_hash.c $S/src/http.c $S/src/tcp.c \
  $S/src/ddns.c $S/src/main.c \
  -- -std=gnu99 -DHAVE_CONFIG_H -I$S/include '-DSYSCONFDIR="/usr/local/etc"' \
  '-DLOCALSTATEDIR="/usr/local/var"' '-DRUNSTATEDIR="/usr/local/var/run"' -D_GNU_SOURCE \
  -D_BSD_SOURCE -D_DEFAULT_SOURCE
