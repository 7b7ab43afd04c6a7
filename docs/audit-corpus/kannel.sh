#!/bin/sh
# ossl-lint audit of kannel (github.com/pruiz/kannel, branch master: a git mirror of Kannel's SVN)
# cdbcfc129ab1f0cb301df741131bccf20d39c17f (2014-04-11, "* added callback function to gw-timer")
# usage: kannel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/kannel (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libxml2-dev bison): git archive of the
# commit into $R/kannel/src, then in src: ./configure --with-ssl=/usr (only configures: writes
# gw-config.h and gwlib/gw_uuid_types.h; nothing is built). configure.in finds OpenSSL by
# AC_CHECK_LIB(crypto, CRYPTO_lock) and (ssl, SSL_library_init), both macros, not symbols, since
# OpenSSL 1.1, so against 3.0 it leaves HAVE_LIBSSL undefined; the flags give -DHAVE_LIBSSL, what
# gw-config.h says with the OpenSSL 0.9.8/1.0 this code was written for. The rest are the
# Makefile's CFLAGS (-D_REENTRANT=1 -I. -Igw -D_XOPEN_SOURCE=600 -D_BSD_SOURCE -D_LARGE_FILES=
# -I/usr/include/libxml2; its -I/usr/include, -g -O2 left out); no -std: the compiler's default.
# conn.c's verify_callback reads X509_STORE_CTX's current_cert, opaque since 1.1 (two "incomplete
# type" errors against 3.0): a shim $R/kannel/shim/ossl10-structs.h (mkdir -p $R/kannel/shim && cp
# docs/audit-corpus/stubs/kannel/ossl10-structs.h $R/kannel/shim/), given with -include, includes
# <openssl/x509.h> and <openssl/x509_vfy.h> and completes struct x509_store_ctx_st with just that
# member; it declares no function, so every OpenSSL call is the model's as in any 3.0 run
# Files: the OpenSSL layer, gwlib/conn.c (the Connection object: unlocked_write/unlocked_read
# running SSL_write/SSL_read on non-blocking sockets, classified with SSL_get_error, the
# handshake left to them after SSL_set_connect_state/SSL_set_accept_state in
# conn_init_client_ssl and conn_wrap_fd, the conn_read_*/conn_write*/conn_flush/conn_wait API and
# the fdset poll_callback that call them, SSL_CTX setup) and gwlib/ssl.c (SSL_smart_shutdown,
# SSL_shutdown in a loop, from conn_destroy); its helper gwlib/fdset.c (the poller thread that
# calls poll_callback through the registered function pointer); and the callers that open TLS
# connections and drive them: gwlib/http.c (the HTTP client, conn_open_ssl_nb, and server,
# conn_wrap_fd(fd, ssl), SSL_get_cipher_version), gw/bb_boxc.c (bearerbox's box connections,
# conn_wrap_fd(fd, ssl)), gw/shared.c (connect_to_bearerbox_real: conn_open_ssl) and
# gw/smsc/smsc_smpp.c (SMPP over TLS: conn_open_ssl).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/kannel" ] || { echo "$0: $R/kannel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/kannel/src
exec "$BIN" "$@" -j2 \
  $S/gwlib/conn.c $S/gwlib/ssl.c $S/gwlib/fdset.c $S/gwlib/http.c $S/gw/bb_boxc.c $S/gw/shared.c \
  $S/gw/smsc/smsc_smpp.c \
  -- -D_REENTRANT=1 -DHAVE_LIBSSL -D_XOPEN_SOURCE=600 -D_BSD_SOURCE -D_LARGE_FILES= \
  -include $R/kannel/shim/ossl10-structs.h -I$S -I$S/gw -I/usr/include/libxml2
